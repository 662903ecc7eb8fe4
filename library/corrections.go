package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sleeve/library/analysis"
)

// Corrections are the person's own values for what analysis measured or
// the tags say: a tempo, a key, genres, and whether a track is music. They
// live in their own table, so re-analysis and rescans never overwrite them,
// and they are applied in one place, when a track is read from the store
// (Correction.apply): every reader of a Track (notes, filters, ranking,
// listings, the explorer) sees the effective value, the person's where
// there is one and the measured or tagged one otherwise. The SQL side of
// filters and sorts reads the same effective values (effectiveBPMColumn and
// its siblings in filter.go).

// The fields a correction can set, as `sleeve set` and the explorer name
// them.
const (
	CorrectBPM      = "bpm"
	CorrectKey      = "key"
	CorrectGenre    = "genre"
	CorrectNotMusic = "notmusic"
)

// CorrectionFields lists the fields a correction can set, in the order
// they are shown.
var CorrectionFields = []string{CorrectBPM, CorrectKey, CorrectGenre, CorrectNotMusic}

// The tempo range a correction accepts, in BPM. Slower or faster "tempos"
// are almost always a typing mistake.
const (
	MinCorrectBPM = 20
	MaxCorrectBPM = 300
)

// Limits on corrected genres.
const (
	maxCorrectGenres      = 10
	maxCorrectGenreLength = 100
)

// NotMusicMarked is the not-music reason of a track the person marked as
// not music (Features.NotMusic), where analysis writes "silence" or "test
// tone (1 kHz)".
const NotMusicMarked = "marked by you"

// ErrNotAnalysed is returned when a correction of a measured value (tempo,
// key, not music) is asked for a track that has not been analysed: there
// is nothing yet for it to correct.
var ErrNotAnalysed = errors.New("not analysed yet")

// ErrBadCorrection marks a correction whose value cannot be applied to the
// track, such as halving a tempo below MinCorrectBPM or halving a track
// with no tempo: the person's mistake, like a bad value to
// ParseCorrections.
var ErrBadCorrection = errors.New("bad correction")

// Correction is what the person set for one track. A field that is not
// corrected keeps its zero value (BPM 0, HasKey false, Genres nil,
// NotMusic nil).
type Correction struct {
	// BPM is the person's tempo, or 0.
	BPM float64
	// HasKey is set when the person set the key: Tonic (0 = C … 11 = B)
	// and Minor.
	HasKey bool
	Tonic  int
	Minor  bool
	// Genres replace the tags' genres when not nil.
	Genres []string
	// NotMusic, when not nil, is true for a track the person marked as not
	// music, and false for one they said is music whatever analysis found.
	NotMusic *bool
	// At is when the correction last changed.
	At time.Time
	// Measured is what analysis and the tags said before the correction
	// replaced it, so that both can be shown.
	Measured Measured
}

// Measured is what analysis measured and the tags said for the fields a
// correction can replace.
type Measured struct {
	// HasFeatures is false when the track has not been analysed; the
	// measured fields are then zero.
	HasFeatures   bool
	BPM           float64
	BPMConfidence float64
	// Key is the measured key's name, "" when none was found; Tonic (-1
	// when none) and Minor are the same key as numbers.
	Key           string
	Tonic         int
	Minor         bool
	KeyConfidence float64
	// NotMusic is analysis' reason, "" for music.
	NotMusic string
	// Genres are the tags' genres.
	Genres []string
}

// Corrected reports whether the named field (CorrectBPM, CorrectKey,
// CorrectGenre, CorrectNotMusic) holds the person's value.
func (c *Correction) Corrected(field string) bool {
	if c == nil {
		return false
	}
	switch field {
	case CorrectBPM:
		return c.BPM > 0
	case CorrectKey:
		return c.HasKey
	case CorrectGenre:
		return c.Genres != nil
	case CorrectNotMusic:
		return c.NotMusic != nil
	}
	return false
}

// KeyName is the corrected key's name, such as "D minor", or "".
func (c *Correction) KeyName() string {
	if c == nil || !c.HasKey {
		return ""
	}
	return analysis.KeyName(c.Tonic, c.Minor)
}

// empty reports whether the correction corrects nothing.
func (c *Correction) empty() bool {
	return c.BPM <= 0 && !c.HasKey && c.Genres == nil && c.NotMusic == nil
}

// apply makes the track's features and genres the effective ones: the
// person's values over the measured and tagged ones, keeping those in
// c.Measured. Measured values are only corrected on an analysed track; a
// corrected tempo or key counts as certain.
func (c *Correction) apply(t *Track) {
	c.Measured.Genres = t.Tags.Genres
	if c.Genres != nil {
		t.Tags.Genres = c.Genres
	}
	f := t.Features
	if f == nil {
		return
	}
	c.Measured.HasFeatures = true
	c.Measured.BPM, c.Measured.BPMConfidence = f.BPM, f.BPMConfidence
	c.Measured.Key, c.Measured.KeyConfidence = f.Key, f.KeyConfidence
	c.Measured.Tonic, c.Measured.Minor = f.Tonic, f.Minor
	c.Measured.NotMusic = f.NotMusic
	// A copy, so that a caller holding the measured features (there are
	// none today) never sees them change.
	eff := *f
	if c.BPM > 0 {
		eff.BPM, eff.BPMConfidence = c.BPM, 1
	}
	if c.HasKey {
		eff.Tonic, eff.Minor, eff.Key, eff.KeyConfidence = c.Tonic, c.Minor, analysis.KeyName(c.Tonic, c.Minor), 1
	}
	if c.NotMusic != nil {
		if *c.NotMusic {
			eff.NotMusic = NotMusicMarked
		} else {
			eff.NotMusic = ""
		}
	}
	t.Features = &eff
}

// correctionColumns are the joined columns scanTrackFeatures reads after
// the rating, in order.
const correctionColumns = `c.bpm, c.tonic, c.minor, c.genre, c.not_music, c.corrected_at`

// correctionRow holds the nullable columns of one corrections row.
type correctionRow struct {
	bpm          sql.NullFloat64
	tonic, minor sql.NullInt64
	genre        sql.NullString
	notMusic, at sql.NullInt64
}

func (r *correctionRow) dest() []any {
	return []any{&r.bpm, &r.tonic, &r.minor, &r.genre, &r.notMusic, &r.at}
}

// correction turns the row into a Correction, or nil when there is none.
func (r *correctionRow) correction() *Correction {
	if !r.at.Valid {
		return nil
	}
	c := &Correction{At: time.UnixMilli(r.at.Int64)}
	if r.bpm.Valid && r.bpm.Float64 > 0 {
		c.BPM = r.bpm.Float64
	}
	if r.tonic.Valid && r.tonic.Int64 >= 0 && r.tonic.Int64 < 12 {
		c.HasKey, c.Tonic, c.Minor = true, int(r.tonic.Int64), r.minor.Int64 != 0
	}
	if r.genre.Valid {
		c.Genres = []string{}
		if r.genre.String != "" {
			c.Genres = strings.Split(r.genre.String, genreSep)
		}
	}
	if r.notMusic.Valid {
		v := r.notMusic.Int64 != 0
		c.NotMusic = &v
	}
	return c
}

// CorrectionEdit is one change to a track's correction, as parsed by
// ParseCorrections: fields to set, a tempo to halve or double, and fields
// to clear (back to the measured or tagged value).
type CorrectionEdit struct {
	// BPM sets the tempo when above 0.
	BPM float64
	// ScaleBPM, when above 0, multiplies the current tempo (the person's,
	// or else the measured one): 0.5 halves it, 2 doubles it.
	ScaleBPM float64
	// Key sets the key when SetKey is true.
	SetKey bool
	Tonic  int
	Minor  bool
	// Genres set the genres when not nil.
	Genres []string
	// NotMusic sets whether the track is music when not nil.
	NotMusic *bool
	// Clear names fields to give back to analysis and the tags.
	Clear []string
}

// Empty reports whether the edit changes nothing.
func (e CorrectionEdit) Empty() bool {
	return e.BPM <= 0 && e.ScaleBPM <= 0 && !e.SetKey && e.Genres == nil && e.NotMusic == nil && len(e.Clear) == 0
}

// Clearing reports whether the edit clears the named field.
func (e CorrectionEdit) Clearing(field string) bool {
	for _, f := range e.Clear {
		if f == field {
			return true
		}
	}
	return false
}

// ParseCorrections reads corrections as a person types them, each
// `field=value`: bpm=126, bpm=half, bpm=double, key="D minor" (or Dm, F#,
// "eb major"; a tonic alone is major), genre=Jazz (several separated by
// ";"), notmusic=yes or no. An empty value (bpm=) clears the field. A bad
// field or value is an error that says what is accepted; nothing is
// half-parsed.
func ParseCorrections(assignments []string) (CorrectionEdit, error) {
	var e CorrectionEdit
	seen := map[string]bool{}
	for _, a := range assignments {
		name, value, ok := strings.Cut(a, "=")
		field := strings.ToLower(strings.TrimSpace(name))
		if field == "genres" {
			field = CorrectGenre
		}
		if field == "not_music" || field == "not-music" {
			field = CorrectNotMusic
		}
		if !ok || !isCorrectionField(field) {
			return CorrectionEdit{}, fmt.Errorf("%q is not a correction: give field=value, where the field is %s", a, strings.Join(CorrectionFields, ", "))
		}
		if seen[field] {
			return CorrectionEdit{}, fmt.Errorf("%s is given twice", field)
		}
		seen[field] = true
		value = strings.TrimSpace(strings.Trim(strings.TrimSpace(value), `"'`))
		if value == "" {
			e.Clear = append(e.Clear, field)
			continue
		}
		if err := e.set(field, value); err != nil {
			return CorrectionEdit{}, err
		}
	}
	return e, nil
}

func isCorrectionField(f string) bool {
	for _, c := range CorrectionFields {
		if f == c {
			return true
		}
	}
	return false
}

// set reads one field's value into the edit.
func (e *CorrectionEdit) set(field, value string) error {
	switch field {
	case CorrectBPM:
		switch strings.ToLower(value) {
		case "half", "halve", "/2":
			e.ScaleBPM = 0.5
			return nil
		case "double", "x2", "*2":
			e.ScaleBPM = 2
			return nil
		}
		bpm, err := ParseBPM(value)
		if err != nil {
			return err
		}
		e.BPM = bpm
	case CorrectKey:
		tonic, minor, err := ParseKeyCorrection(value)
		if err != nil {
			return err
		}
		e.SetKey, e.Tonic, e.Minor = true, tonic, minor
	case CorrectGenre:
		genres, err := ParseGenres(value)
		if err != nil {
			return err
		}
		e.Genres = genres
	case CorrectNotMusic:
		switch strings.ToLower(value) {
		case "yes", "y", "true", "1", "on":
			v := true
			e.NotMusic = &v
		case "no", "n", "false", "0", "off":
			v := false
			e.NotMusic = &v
		default:
			return fmt.Errorf("notmusic=%s: give yes (not music) or no (music); notmusic= gives it back to analysis", value)
		}
	}
	return nil
}

// ParseBPM reads a tempo a person typed, such as "126" or "92.5", and
// checks that it lies between MinCorrectBPM and MaxCorrectBPM.
func ParseBPM(value string) (float64, error) {
	v := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.ToLower(value)), "bpm"))
	bpm, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(bpm) || math.IsInf(bpm, 0) {
		return 0, fmt.Errorf("bpm=%s: give a tempo in beats per minute, such as 126, or half or double", value)
	}
	if err := checkBPM(bpm); err != nil {
		return 0, fmt.Errorf("bpm=%s: %w", value, err)
	}
	return math.Round(bpm*100) / 100, nil
}

func checkBPM(bpm float64) error {
	if bpm < MinCorrectBPM || bpm > MaxCorrectBPM {
		return fmt.Errorf("a tempo must lie between %d and %d BPM", MinCorrectBPM, MaxCorrectBPM)
	}
	return nil
}

// ParseKeyCorrection reads a key a person typed, in any spelling: "D
// minor", "Dm", "d min", "F#", "e♭ major". A tonic without a mode is
// major, as in chord symbols.
func ParseKeyCorrection(value string) (tonic int, minor bool, err error) {
	t, mode, err := parseKey(value)
	if err != nil || t < 0 {
		return 0, false, fmt.Errorf("key=%s: give a key with its tonic, such as \"D minor\", Dm, F# or \"Eb major\"", value)
	}
	return t, mode == "minor", nil
}

// ParseGenres reads genres a person typed, separated by ";": "Jazz" or
// "Hard Bop; Soul Jazz".
func ParseGenres(value string) ([]string, error) {
	var out []string
	for _, g := range strings.Split(value, ";") {
		g = strings.TrimSpace(g)
		if g == "" {
			continue
		}
		if utf8.RuneCountInString(g) > maxCorrectGenreLength {
			return nil, fmt.Errorf("genre %.20q…: a genre has at most %d characters", g, maxCorrectGenreLength)
		}
		if strings.IndexFunc(g, func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }) >= 0 {
			return nil, fmt.Errorf("genre %q holds control characters", g)
		}
		out = append(out, g)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("genre=%s: give a genre, such as Jazz, or several separated by \";\"", value)
	}
	if len(out) > maxCorrectGenres {
		return nil, fmt.Errorf("at most %d genres", maxCorrectGenres)
	}
	return out, nil
}

// Correct applies an edit to a track's correction in one transaction and
// returns the track as it now reads. Tempo, key and not-music corrections
// need an analysed track (ErrNotAnalysed otherwise); halving or doubling
// works from the current tempo, the person's or else the measured one
// (whatever its confidence). A correction left with nothing set is
// removed. On any error nothing changes.
func (s *Store) Correct(ctx context.Context, id TrackID, e CorrectionEdit) (Track, error) {
	if e.Empty() {
		return Track{}, errors.New("nothing to correct")
	}
	if err := s.correct(ctx, id, e, time.Now()); err != nil {
		return Track{}, err
	}
	return s.Track(ctx, id)
}

func (s *Store) correct(ctx context.Context, id TrackID, e CorrectionEdit, now time.Time) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("correct track %d: %w", id, err)
	}
	defer tx.Rollback()
	var (
		analysed   bool
		measured   sql.NullFloat64
		row        correctionRow
		trackFound int
	)
	err = tx.QueryRowContext(ctx, `SELECT 1, f.track_id IS NOT NULL, f.bpm, `+correctionColumns+`
		FROM tracks LEFT JOIN features f ON f.track_id = tracks.id
		LEFT JOIN corrections c ON c.track_id = tracks.id WHERE tracks.id = ?`, id).Scan(
		append([]any{&trackFound, &analysed, &measured}, row.dest()...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("track %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("correct track %d: %w", id, err)
	}
	c := row.correction()
	if c == nil {
		c = &Correction{}
	}
	measuredEdit := e.BPM > 0 || e.ScaleBPM > 0 || e.SetKey || e.NotMusic != nil
	if measuredEdit && !analysed {
		return fmt.Errorf("track %d: %w: its tempo, key and not-music flag can be corrected once it is (sleeve analyze)", id, ErrNotAnalysed)
	}
	for _, f := range e.Clear {
		switch f {
		case CorrectBPM:
			c.BPM = 0
		case CorrectKey:
			c.HasKey = false
		case CorrectGenre:
			c.Genres = nil
		case CorrectNotMusic:
			c.NotMusic = nil
		}
	}
	switch {
	case e.BPM > 0:
		c.BPM = e.BPM
	case e.ScaleBPM > 0:
		cur := c.BPM
		if cur <= 0 {
			cur = measured.Float64
		}
		if cur <= 0 {
			return fmt.Errorf("%w: track %d has no tempo to halve or double; type one, such as bpm=120", ErrBadCorrection, id)
		}
		bpm := math.Round(cur*e.ScaleBPM*100) / 100
		if err := checkBPM(bpm); err != nil {
			return fmt.Errorf("%w: %g BPM × %g is %g BPM: %v", ErrBadCorrection, cur, e.ScaleBPM, bpm, err)
		}
		c.BPM = bpm
	}
	if e.SetKey {
		c.HasKey, c.Tonic, c.Minor = true, e.Tonic, e.Minor
	}
	if e.Genres != nil {
		c.Genres = e.Genres
	}
	if e.NotMusic != nil {
		v := *e.NotMusic
		c.NotMusic = &v
	}
	if c.empty() {
		if _, err := tx.ExecContext(ctx, `DELETE FROM corrections WHERE track_id = ?`, id); err != nil {
			return fmt.Errorf("correct track %d: %w", id, err)
		}
	} else {
		var bpm, tonic, minor, genre, notMusic any
		if c.BPM > 0 {
			bpm = c.BPM
		}
		if c.HasKey {
			tonic, minor = c.Tonic, boolInt(c.Minor)
		}
		if c.Genres != nil {
			genre = strings.Join(c.Genres, genreSep)
		}
		if c.NotMusic != nil {
			notMusic = boolInt(*c.NotMusic)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO corrections (track_id, bpm, tonic, minor, genre, not_music, corrected_at)
			VALUES (?,?,?,?,?,?,?) ON CONFLICT (track_id) DO UPDATE SET bpm = excluded.bpm, tonic = excluded.tonic,
			minor = excluded.minor, genre = excluded.genre, not_music = excluded.not_music,
			corrected_at = excluded.corrected_at`, id, bpm, tonic, minor, genre, notMusic, now.UnixMilli())
		if err != nil {
			return fmt.Errorf("correct track %d: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("correct track %d: %w", id, err)
	}
	return nil
}
