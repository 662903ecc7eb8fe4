package cmd

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"sleeve/config"
	"sleeve/library"
	"sleeve/library/analysis"
)

func defaultConfigFile() string { return config.DefaultFile() }

// trackJSON is the stable JSON shape of a track in `sleeve ls --json` and
// `sleeve show --json`. Fields are only ever added, never renamed.
type trackJSON struct {
	ID   int64  `json:"id"`
	Path string `json:"path"`
	// PathBase64 carries the exact bytes of a path that is not valid
	// UTF-8, which JSON strings cannot hold.
	PathBase64  string   `json:"path_base64,omitempty"`
	Missing     bool     `json:"missing"`
	Title       string   `json:"title"`
	Artist      string   `json:"artist"`
	Album       string   `json:"album"`
	AlbumArtist string   `json:"album_artist"`
	Genres      []string `json:"genres"`
	Year        int      `json:"year"`
	Track       int      `json:"track"`
	TrackTotal  int      `json:"track_total"`
	Disc        int      `json:"disc"`
	DiscTotal   int      `json:"disc_total"`
	Composer    string   `json:"composer"`
	Comment     string   `json:"comment"`
	Inferred    []string `json:"inferred"`
	Format      string   `json:"format"`
	Codec       string   `json:"codec"`
	Duration    float64  `json:"duration"`
	Bitrate     int      `json:"bitrate"`
	SampleRate  int      `json:"sample_rate"`
	Channels    int      `json:"channels"`
	Size        int64    `json:"size"`
	ModTime     string   `json:"mtime"`
	Fingerprint string   `json:"fingerprint"`
	AddedAt     string   `json:"added_at"`
	UpdatedAt   string   `json:"updated_at"`
	// BPM is the measured tempo, or null when the track has not been
	// analysed or no steady pulse was found.
	BPM *float64 `json:"bpm"`
	// Key is the measured key, such as "F# minor": null when the track has
	// not been analysed, "" when no key was found.
	Key *string `json:"key"`
	// BPMSource and KeySource say where bpm and key come from: "you" (a
	// correction) or "analysis"; null when the value is.
	BPMSource *string `json:"bpm_source"`
	KeySource *string `json:"key_source"`
	// GenresSource is "you" when the genres are the person's correction,
	// otherwise "tags".
	GenresSource string `json:"genres_source"`
	// NotMusic is what the track is instead of music ("" for music):
	// analysis' reason, or "marked by you"; null when not analysed.
	NotMusic *string `json:"not_music"`
	// NotMusicSource is "you" when the person marked the track as music or
	// not, otherwise "analysis"; null when not analysed.
	NotMusicSource *string `json:"not_music_source"`
	// Corrections are the person's own values, or null when there are
	// none. bpm, key, genres and not_music above already use them; the
	// features object keeps what analysis measured.
	Corrections *correctionsJSON `json:"corrections"`
	// Rating is the person's latest rating, 1 to 5, or null when not
	// rated.
	Rating *int `json:"rating"`
	// Instruments maps each instrument family analysis listens for
	// (piano, organ, guitar, bass, strings, brass, woodwinds, mallets,
	// synth lead, synth pad, drums) to the confidence, 0 to 1, that it
	// sounds for at least a fifth of the track; null when not measured.
	Instruments map[string]float64 `json:"instruments"`
	// InstrumentsHeard lists the families whose confidence reaches 0.5
	// (the instr: filter's threshold), the most confident first.
	InstrumentsHeard []string `json:"instruments_heard"`
	// Features holds every measured value, or null when not analysed.
	Features *featuresJSON `json:"features"`
	// AnalysisError says why the last analysis failed (for example "not
	// analysable: no decoder for this format (aac): install ffmpeg to
	// analyse it"), or is null.
	AnalysisError *string `json:"analysis_error"`
}

// correctionsJSON is the person's corrections of a track; a field not
// corrected is null.
type correctionsJSON struct {
	BPM         *float64 `json:"bpm"`
	Key         *string  `json:"key"`
	Genres      []string `json:"genres"`
	NotMusic    *bool    `json:"not_music"`
	CorrectedAt string   `json:"corrected_at"`
}

func toCorrectionsJSON(c *library.Correction) *correctionsJSON {
	if c == nil {
		return nil
	}
	j := &correctionsJSON{Genres: c.Genres, NotMusic: c.NotMusic, CorrectedAt: c.At.UTC().Format(time.RFC3339)}
	if c.BPM > 0 {
		bpm := c.BPM
		j.BPM = &bpm
	}
	if c.HasKey {
		k := c.KeyName()
		j.Key = &k
	}
	return j
}

// featuresJSON is the stable JSON shape of a track's measured features.
// Times are in seconds.
type featuresJSON struct {
	Version       int     `json:"version"`
	AnalysedAt    string  `json:"analysed_at"`
	Outdated      bool    `json:"outdated"`
	BPM           float64 `json:"bpm"`
	BPMConfidence float64 `json:"bpm_confidence"`
	Key           string  `json:"key"`
	Mode          string  `json:"mode"`
	KeyConfidence float64 `json:"key_confidence"`
	LoudnessLUFS  float64 `json:"loudness_lufs"`
	LoudnessRange float64 `json:"loudness_range"`
	DynamicRange  float64 `json:"dynamic_range"`
	Energy        float64 `json:"energy"`
	Brightness    float64 `json:"brightness"`
	Danceability  float64 `json:"danceability"`
	CentroidHz    float64 `json:"centroid_hz"`
	RolloffHz     float64 `json:"rolloff_hz"`
	Flatness      float64 `json:"flatness"`
	OnsetRate     float64 `json:"onset_rate"`
	PulseClarity  float64 `json:"pulse_clarity"`
	// Repetition is how much the material recurs, 0–1 (0: not measured,
	// by an analysis version before 10).
	Repetition    float64 `json:"repetition"`
	PreviewStart  float64 `json:"preview_start"`
	PreviewLength float64 `json:"preview_length"`
	// NotMusic is "" for music; otherwise what the audio is instead:
	// "silence", "test tone (1 kHz)" or "too short (0.35 s)". Such tracks
	// have no tempo or key and are not recommended unless asked for.
	NotMusic string `json:"not_music"`
	// Timbre is only included with --timbre.
	Timbre []float32 `json:"timbre,omitempty"`
}

// round rounds x to the given number of decimals, so JSON stays readable.
func round(x float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(x*p) / p
}

func toFeaturesJSON(f *library.Features, timbre bool) *featuresJSON {
	mode := ""
	if f.Key != "" {
		mode = "major"
		if f.Minor {
			mode = "minor"
		}
	}
	j := &featuresJSON{
		Version: f.Version, AnalysedAt: f.AnalysedAt.UTC().Format(time.RFC3339), Outdated: f.Outdated,
		BPM: round(f.BPM, 2), BPMConfidence: round(f.BPMConfidence, 3),
		Key: f.Key, Mode: mode, KeyConfidence: round(f.KeyConfidence, 3),
		LoudnessLUFS: round(f.LoudnessLUFS, 2), LoudnessRange: round(f.LoudnessRange, 2),
		DynamicRange: round(f.DynamicRange, 2), Energy: round(f.Energy, 3), Brightness: round(f.Brightness, 3),
		Danceability: round(f.Danceability(), 3), CentroidHz: round(f.CentroidHz, 1), RolloffHz: round(f.RolloffHz, 1),
		Flatness: round(f.Flatness, 4), OnsetRate: round(f.OnsetRate, 3), PulseClarity: round(f.PulseClarity, 3),
		Repetition: round(f.Repetition, 3), PreviewStart: f.PreviewStart.Seconds(), PreviewLength: f.PreviewLength.Seconds(),
		NotMusic: f.NotMusic,
	}
	if timbre {
		j.Timbre = f.Timbre
	}
	return j
}

// sourceYou is the source of a value the person corrected.
var sourceYou = "you"

// measuredFeatures returns the track's features as analysis measured them,
// before the person's corrections.
func measuredFeatures(t library.Track) *library.Features {
	c := t.Correction
	if c == nil || t.Features == nil {
		return t.Features
	}
	f := *t.Features
	m := c.Measured
	f.BPM, f.BPMConfidence, f.NotMusic = m.BPM, m.BPMConfidence, m.NotMusic
	f.Key, f.Tonic, f.Minor, f.KeyConfidence = m.Key, m.Tonic, m.Minor, m.KeyConfidence
	return &f
}

func toTrackJSON(t library.Track, timbre bool) trackJSON {
	j := trackJSON{
		ID: int64(t.ID), Path: t.Path, Missing: t.Missing,
		Title: t.Tags.Title, Artist: t.Tags.Artist, Album: t.Tags.Album, AlbumArtist: t.Tags.AlbumArtist,
		Genres: t.Tags.Genres, Year: t.Tags.Year, Track: t.Tags.TrackNumber, TrackTotal: t.Tags.TrackTotal,
		Disc: t.Tags.DiscNumber, DiscTotal: t.Tags.DiscTotal, Composer: t.Tags.Composer, Comment: t.Tags.Comment,
		Inferred: t.Tags.Inferred, Format: t.Format, Codec: t.Codec, Duration: t.Duration.Seconds(),
		Bitrate: t.Bitrate, SampleRate: t.SampleRate, Channels: t.Channels, Size: t.Size,
		ModTime: t.ModTime.UTC().Format(time.RFC3339Nano), Fingerprint: t.Fingerprint,
		AddedAt: t.AddedAt.UTC().Format(time.RFC3339), UpdatedAt: t.UpdatedAt.UTC().Format(time.RFC3339),
	}
	if !utf8.ValidString(t.Path) {
		j.Path = strings.ToValidUTF8(t.Path, "\uFFFD")
		j.PathBase64 = base64.StdEncoding.EncodeToString([]byte(t.Path))
	}
	if j.Genres == nil {
		j.Genres = []string{}
	}
	if j.Inferred == nil {
		j.Inferred = []string{}
	}
	c := t.Correction
	source := func(field, other string) *string {
		if c.Corrected(field) {
			return &sourceYou
		}
		return &other
	}
	j.GenresSource = *source(library.CorrectGenre, "tags")
	j.Corrections = toCorrectionsJSON(c)
	if f := t.Features; f != nil {
		// The top-level values are the effective ones; the features
		// object keeps what analysis measured.
		j.Features = toFeaturesJSON(measuredFeatures(t), timbre)
		if f.BPM > 0 {
			bpm := round(f.BPM, 2)
			j.BPM, j.BPMSource = &bpm, source(library.CorrectBPM, "analysis")
		}
		key := f.Key
		j.Key, j.KeySource = &key, source(library.CorrectKey, "analysis")
		notMusic := f.NotMusic
		j.NotMusic, j.NotMusicSource = &notMusic, source(library.CorrectNotMusic, "analysis")
		if len(f.Instruments) == analysis.NumInstruments {
			j.Instruments = map[string]float64{}
			for i, l := range analysis.InstrumentLabels {
				j.Instruments[l] = round(float64(f.Instruments[i]), 2)
			}
		}
		j.InstrumentsHeard = f.InstrumentsHeard(analysis.InstrumentPresent)
	}
	if j.InstrumentsHeard == nil {
		j.InstrumentsHeard = []string{}
	}
	if e := t.AnalysisFailure; e != nil {
		j.AnalysisError = &e.Reason
	}
	if t.Rating > 0 {
		j.Rating = &t.Rating
	}
	return j
}

func init() {
	register(newLsCommand)
	register(newShowCommand)
}

// sortOrders are the orders `sleeve ls --sort` takes.
var sortOrders = []string{"artist", "title", "album", "year", "added", "rated", "duration", "path", "bpm", "energy", "loudness", "key"}

// newLsCommand builds `sleeve ls`.
func newLsCommand(a *runner) *cobra.Command {
	var o lsOptions
	c := &cobra.Command{
		Use:   "ls [FILTER]",
		Short: "List tracks, optionally filtered (artist:radiohead genre:jazz year:1990..1999 words)",
		Long: `List tracks, optionally filtered (artist:radiohead genre:jazz year:1990..1999 words).

Filter fields: artist, album, albumartist, title, genre, composer, comment, path, format,
year, duration, id, rating, and the measured bpm, energy (0 to 1), loudness (LUFS), key,
notmusic (silence, "test tone", short, or marked by you) and instr (an instrument heard:
instr:piano, instr:drums, instr:"synth pad").
Text fields match case-insensitively anywhere in the field; quote values with spaces
(artist:"pink floyd"). Numeric fields take N, A..B, A.. or ..B (bpm:120..130,
loudness:..-10). key takes a key, a tonic or a mode: key:"a minor", key:am, key:f#,
key:"bb major", key:minor. Free words must all appear in the tags or the path (prefix match).
Sorting by bpm, energy, loudness or key puts tracks not analysed yet last.`,
		RunE: a.run(func(ctx context.Context, words []string) error { return runLs(ctx, a, words, o) }),
	}
	f := c.Flags()
	f.BoolVar(&o.asJSON, "json", false, "print a JSON array of tracks")
	f.StringVar(&o.sortBy, "sort", "artist", "order: "+strings.Join(sortOrders[:len(sortOrders)-1], ", ")+" or key")
	f.BoolVar(&o.favourites, "favourites", false, "only your favourites: tracks rated 4 or 5, the most recently rated first (as rating:4.. --sort rated)")
	f.BoolVar(&o.timbre, "timbre", false, "include the timbre vector in --json output")
	limitFlag(f, &o.limit, 0, "show at most N tracks")
	f.BoolVar(&o.missing, "missing", false, "include tracks whose files are missing")
	_ = c.RegisterFlagCompletionFunc("sort", cobra.FixedCompletions(sortOrders, cobra.ShellCompDirectiveNoFileComp))
	return c
}

// The widest artist, title or album sleeve ls prints, in display cells,
// on a terminal and into a pipe or a file.
const (
	lsTerminalCell = 48
	lsPipeCell     = 200
)

// lsOptions are the flags of `sleeve ls`.
type lsOptions struct {
	asJSON, timbre, missing, favourites bool
	sortBy                              string
	limit                               int
}

func runLs(ctx context.Context, a *runner, words []string, o lsOptions) error {
	if o.favourites {
		words = append(words, "rating:4..")
		if o.sortBy == "artist" {
			o.sortBy = "rated"
		}
	}
	f, err := library.ParseFilter(strings.Join(words, " "))
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if !library.ValidSort(o.sortBy) {
		return fmt.Errorf("%w: unknown sort %q", errUsage, o.sortBy)
	}
	f.Sort, f.Limit, f.IncludeMissing = o.sortBy, o.limit, o.missing
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	if o.asJSON {
		return streamTracksJSON(a.env.Stdout, store.Tracks(ctx, f), o.timbre)
	}
	tw := newTable(a.env.Stdout, 2)
	// A long artist, title or album is cut, so that one 10,000-character
	// tag neither wraps a terminal's rows nor pads every row of a pipe to
	// its width; sleeve show and --json give it whole.
	clip := lsPipeCell
	if a.env.StdoutIsTerminal {
		clip = lsTerminalCell
	}
	n := 0
	for t, err := range store.Tracks(ctx, f) {
		if err != nil {
			return err
		}
		n++
		mark := ""
		if t.Missing {
			mark = " (missing)"
		}
		bpm, key := "", ""
		if f := t.Features; f != nil {
			// As in the explorer, a tempo the analysis is unsure of is not
			// shown as a fact: filters and sorting take it as unknown too,
			// and show gives the measured value with its confidence.
			if b := f.ReliableBPM(); b > 0 {
				bpm = fmt.Sprintf("%.0f BPM", b)
			}
			key = f.Key
			// A star marks the person's own value (sleeve set).
			if t.Correction.Corrected(library.CorrectBPM) {
				bpm += "*"
			}
			if t.Correction.Corrected(library.CorrectKey) {
				key += "*"
			}
		}
		tw.Row(fmt.Sprint(t.ID), clipCell(orDash(t.Tags.DisplayArtist()), clip), clipCell(orDash(t.Tags.Title), clip),
			clipCell(orDash(albumYear(t.Tags)), clip), formatClock(t.Duration), orDash(bpm), orDash(key), orDash(library.Stars(t.Rating))+mark)
	}
	if n > 0 && a.env.StdoutIsTerminal {
		// Column names for a person; a "—" below them means not known.
		tw.rows = append([][]string{{"ID", "ARTIST", "TITLE", "ALBUM", "LENGTH", "TEMPO", "KEY", "RATING"}}, tw.rows...)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	switch {
	case n == 0 && o.favourites && len(words) == 1:
		// Only the rating term: there are no favourites at all.
		fmt.Fprintln(a.env.Stderr, "No favourites yet: they are the tracks you rate 4 or 5 (sleeve rate TRACK 5, or 4 and 5 in the explorer).")
	case n == 0 && a.env.StderrIsTerminal:
		fmt.Fprintln(a.env.Stderr, "No tracks match.")
	}
	return nil
}

// streamTracksJSON writes a JSON array one track at a time, so that a
// listing of the whole library does not sit in memory.
func streamTracksJSON(w io.Writer, tracks func(func(library.Track, error) bool), timbre bool) error {
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	first := true
	for t, err := range tracks {
		if err != nil {
			return err
		}
		b, err := json.Marshal(toTrackJSON(t, timbre))
		if err != nil {
			return err
		}
		sep := ",\n  "
		if first {
			sep, first = "\n  ", false
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	if !first {
		_, err := io.WriteString(w, "\n]\n")
		return err
	}
	_, err := io.WriteString(w, "]\n")
	return err
}

func albumYear(t library.Tags) string {
	if t.Year > 0 && t.Album != "" {
		return fmt.Sprintf("%s (%d)", t.Album, t.Year)
	}
	return t.Album
}

// artistTitle names a track in a line of text: "Artist — Title", or the
// title alone when the artist is not known, so that an untagged file does
// not read "— — title".
func artistTitle(artist, title string) string {
	if strings.TrimSpace(artist) == "" {
		return orDash(title)
	}
	return artist + " — " + orDash(title)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// newShowCommand builds `sleeve show`.
func newShowCommand(a *runner) *cobra.Command {
	var asJSON, timbre bool
	c := &cobra.Command{
		Use:               "show TRACK",
		Short:             "Show everything known about one track (TRACK is an ID, a path or a title)",
		ValidArgsFunction: completeFiles,
		RunE:              a.run(func(ctx context.Context, refs []string) error { return runShow(ctx, a, refs, asJSON, timbre) }),
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the track as JSON")
	c.Flags().BoolVar(&timbre, "timbre", false, "include the timbre vector in --json output")
	return c
}

// completeFiles offers file names, for the commands whose TRACK may be a
// path.
func completeFiles(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveDefault
}

func runShow(ctx context.Context, a *runner, refs []string, asJSON, timbre bool) error {
	store, t, err := a.oneTrack(ctx, "show", refs)
	if err != nil {
		return err
	}
	note, err := store.Note(ctx, t.ID)
	hasNote := err == nil
	if err != nil && !errors.Is(err, library.ErrNotFound) {
		return err
	}
	copies, err := store.Copies(ctx, t)
	if err != nil {
		return err
	}
	if asJSON {
		out := showJSON{trackJSON: toTrackJSON(t, timbre), Copies: []copyJSON{}}
		for _, c := range copies {
			out.Copies = append(out.Copies, copyJSON{ID: int64(c.ID), Path: strings.ToValidUTF8(c.Path, "\uFFFD"), Format: c.Format,
				Codec: c.Codec, Bitrate: c.Bitrate, SampleRate: c.SampleRate, SameContent: c.Fingerprint == t.Fingerprint})
		}
		if hasNote {
			out.Note = toNoteJSON(note)
		}
		return writeJSON(a.env.Stdout, out)
	}
	w := newTable(a.env.Stdout, 2)
	row := func(k, v string, field string) {
		if v == "" || v == "0" {
			return
		}
		if field != "" && t.Tags.IsInferred(field) {
			v += "   (guessed from the file name)"
		}
		w.Row(k, v)
	}
	row("Title", t.Tags.Title, "title")
	row("Artist", t.Tags.Artist, "artist")
	row("Album", t.Tags.Album, "album")
	row("Album artist", t.Tags.AlbumArtist, "")
	genres := strings.Join(t.Tags.Genres, ", ")
	if t.Correction.Corrected(library.CorrectGenre) {
		genres = fmt.Sprintf("%s   (yours; tags: %s)", orDash(genres), orDash(strings.Join(t.Correction.Measured.Genres, ", ")))
	}
	row("Genres", genres, "")
	row("Year", itoa(t.Tags.Year), "")
	row("Track", position(t.Tags.TrackNumber, t.Tags.TrackTotal), "track")
	row("Disc", position(t.Tags.DiscNumber, t.Tags.DiscTotal), "")
	row("Composer", t.Tags.Composer, "")
	row("Comment", t.Tags.Comment, "")
	format := t.Format
	if t.Codec != "" && t.Codec != t.Format {
		format += " (" + t.Codec + ")"
	}
	row("Format", fmt.Sprintf("%s, %d Hz, %s, %d kbit/s", format, t.SampleRate, channels(t.Channels), t.Bitrate), "")
	row("Length", formatClock(t.Duration), "")
	if t.Rating > 0 {
		row("Your rating", fmt.Sprintf("%s %d/5", library.Stars(t.Rating), t.Rating), "")
	} else {
		row("Your rating", "not rated (sleeve rate TRACK 1..5)", "")
	}
	showFeatures(row, t)
	showNote(row, note, hasNote)
	if hasNote && t.Correction != nil && note.CreatedAt.Before(t.Correction.At) {
		if note.Reviewed() {
			row("", "(written before your correction and kept, as you approved or edited it: sleeve notes edit changes it)", "")
		} else {
			row("", "(written before your correction: run sleeve notes to rewrite it)", "")
		}
	}
	row("File", library.DisplayPath(t.Path), "")
	for i, c := range copies {
		label := ""
		if i == 0 {
			label = "Other copies"
		}
		what := "same file"
		if c.Fingerprint != t.Fingerprint {
			what = "another encoding"
		}
		row(label, fmt.Sprintf("%d  %s, %s: %s", c.ID, strings.ToUpper(c.Format), what, library.DisplayPath(c.Path)), "")
	}
	if t.Missing {
		row("Status", "missing: the last scan did not find this file", "")
	}
	row("ID", itoa(int(t.ID)), "")
	return w.Flush()
}

// uncertainKey is the key confidence (the relative margin of the best
// key's profile correlation over the second's) below which show calls the
// key uncertain rather than printing a confidence of 0.00.
const uncertainKey = 0.05

// showFeatures adds the measured features to show's output, or says why
// there are none.
func showFeatures(row func(k, v, field string), t library.Track) {
	f := t.Features
	if fail := t.AnalysisFailure; fail != nil {
		what := "Analysis"
		if f != nil {
			what = "Last analysis"
		}
		row(what, fail.Reason, "")
	}
	if f == nil {
		if t.AnalysisFailure == nil {
			row("Features", "Not analysed yet: run sleeve analyze", "")
		}
		return
	}
	corrected := map[string]string{}
	for _, r := range correctionRows(t) {
		corrected[r[0]] = r[1]
	}
	c := t.Correction
	switch {
	case c.Corrected(library.CorrectNotMusic):
		row("Not music", corrected["Not music"], "")
	case f.NotMusic != "":
		row("Not music", analysis.DescribeNotMusic(f.NotMusic, t.Duration)+
			": no tempo or key, and not recommended unless asked for", "")
	}
	switch {
	case c.Corrected(library.CorrectBPM):
		row("Tempo", corrected["Tempo"], "")
	case f.NotMusic != "":
	case f.BPM > 0:
		row("Tempo", fmt.Sprintf("%.0f BPM (confidence %.2f)", f.BPM, f.BPMConfidence), "")
	default:
		row("Tempo", "no steady pulse", "")
	}
	switch {
	case c.Corrected(library.CorrectKey):
		row("Key", corrected["Key"], "")
	case f.NotMusic != "":
	case f.Key != "" && f.KeyConfidence < uncertainKey:
		// A margin near 0 means another key fitted the pitches as well
		// (often the relative major or minor): say so, and how to set it.
		row("Key", fmt.Sprintf("%s (uncertain: another key fits about as well; set it with sleeve set %d key=\"…\")", f.Key, t.ID), "")
	case f.Key != "":
		row("Key", fmt.Sprintf("%s (confidence %.2f)", f.Key, f.KeyConfidence), "")
	default:
		row("Key", "none found", "")
	}
	row("Loudness", fmt.Sprintf("%s LUFS (range %.1f LU, dynamic range %.1f LU)",
		minus(fmt.Sprintf("%.1f", f.LoudnessLUFS)), f.LoudnessRange, f.DynamicRange), "")
	row("Energy", meter(f.Energy), "")
	row("Brightness", meter(f.Brightness)+fmt.Sprintf("  (centroid %.0f Hz)", f.CentroidHz), "")
	row("Danceability", meter(f.Danceability()), "")
	switch d := f.DescribeInstruments(); {
	case d != "":
		row("Instruments", d, "")
	case f.NotMusic == "":
		row("Instruments", "not measured yet: run sleeve analyze", "")
	}
	if f.PreviewLength > 0 {
		row("Preview", formatClock(f.PreviewStart)+"–"+formatClock(f.PreviewStart+f.PreviewLength), "")
	}
	analysed := fmt.Sprintf("%s, analysis version %d", f.AnalysedAt.Local().Format("2006-01-02 15:04"), f.Version)
	if f.Outdated {
		analysed += "   (out of date: run sleeve analyze)"
	}
	row("Analysed", analysed, "")
}

// meter draws a value in [0, 1] as a ten-step text bar and the number.
func meter(x float64) string {
	x = math.Max(0, math.Min(1, x))
	n := int(math.Round(x * 10))
	return strings.Repeat("█", n) + strings.Repeat("░", 10-n) + fmt.Sprintf(" %.2f", x)
}

// minus uses the typographic minus sign for negative numbers.
func minus(s string) string { return strings.Replace(s, "-", "−", 1) }

func itoa(n int) string { return fmt.Sprint(n) }

func position(n, total int) string {
	if n == 0 {
		return ""
	}
	if total > 0 {
		return fmt.Sprintf("%d of %d", n, total)
	}
	return fmt.Sprint(n)
}

func channels(n int) string {
	switch n {
	case 1:
		return "mono"
	case 2:
		return "stereo"
	}
	return fmt.Sprintf("%d channels", n)
}

// showJSON is the stable JSON shape of `sleeve show --json`: a track with
// its sleeve note, null when it has none yet.
type showJSON struct {
	trackJSON
	Note *noteJSON `json:"note"`
	// Copies are the track's other copies: the same content elsewhere, or
	// the same song in another encoding.
	Copies []copyJSON `json:"copies"`
}

// copyJSON is one other copy of a track.
type copyJSON struct {
	ID         int64  `json:"id"`
	Path       string `json:"path"`
	Format     string `json:"format"`
	Codec      string `json:"codec"`
	Bitrate    int    `json:"bitrate"`
	SampleRate int    `json:"sample_rate"`
	// SameContent is set for a copy of the same file (the same
	// fingerprint), unset for another encoding of the song.
	SameContent bool `json:"same_content"`
}

// noteJSON is a sleeve note in JSON.
type noteJSON struct {
	Text           string   `json:"text"`
	Model          string   `json:"model"`
	Template       bool     `json:"template"`
	Moods          []string `json:"moods"`
	Genres         []string `json:"genres"`
	Instruments    []string `json:"instruments"`
	Contexts       []string `json:"contexts"`
	Dropped        []string `json:"dropped"`
	PromptVersion  int      `json:"prompt_version"`
	FeatureVersion int      `json:"feature_version"`
	CreatedAt      string   `json:"created_at"`
	// Review is "", "approved" or "edited"; OriginalText is the text
	// written before the person's edit.
	Review       string `json:"review"`
	OriginalText string `json:"original_text,omitempty"`
}

func toNoteJSON(n library.Note) *noteJSON {
	orEmpty := func(v []string) []string {
		if v == nil {
			return []string{}
		}
		return v
	}
	return &noteJSON{Text: n.Text, Model: n.Model, Template: n.Template, Moods: orEmpty(n.Moods),
		Genres: orEmpty(n.Genres), Instruments: orEmpty(n.Instruments), Contexts: orEmpty(n.Contexts),
		Dropped: orEmpty(n.Dropped), PromptVersion: n.PromptVersion, FeatureVersion: n.FeatureVersion,
		CreatedAt: n.CreatedAt.UTC().Format(time.RFC3339), Review: n.Review, OriginalText: n.OriginalText}
}

// showNote adds the sleeve note to show's output.
func showNote(row func(k, v, field string), n library.Note, ok bool) {
	if !ok {
		row("Sleeve note", "none yet: run sleeve notes", "")
		return
	}
	by := "written by " + n.Model
	if n.Template {
		by = "a template note, as no language model was available; a run of sleeve notes with Ollama replaces it"
	}
	switch n.Review {
	case library.ReviewApproved:
		if n.Template {
			// sleeve notes never replaces an approved note.
			by = "a template note"
		}
		by += "; approved by you"
	case library.ReviewEdited:
		if n.Template {
			by = "edited by you from a template note"
		} else {
			by = "edited by you from a note written by " + n.Model
		}
	}
	row("Sleeve note", n.Text, "")
	row("", "("+by+")", "")
	if len(n.Moods) > 0 {
		row("Moods", strings.Join(n.Moods, ", "), "")
	}
	if len(n.Contexts) > 0 {
		row("Suits", strings.Join(n.Contexts, ", "), "")
	}
	if len(n.Instruments) > 0 {
		row("Instruments", strings.Join(n.Instruments, ", "), "")
	}
}

// oneTrack opens the store and finds the one TRACK a command was given,
// by ID, path or title (findTrack).
func (a *runner) oneTrack(ctx context.Context, command string, refs []string) (*library.Store, library.Track, error) {
	if len(refs) != 1 {
		return nil, library.Track{}, fmt.Errorf("%w: %s takes one TRACK: an ID, a path or a title", errUsage, command)
	}
	store, err := a.openStore(ctx)
	if err != nil {
		return nil, library.Track{}, err
	}
	t, err := findTrack(ctx, store, refs[0])
	if err != nil {
		return nil, library.Track{}, err
	}
	return store, t, nil
}

// findTrack finds the track a person named by ID, path or title. A title
// that names several tracks is a usage mistake whose message lists them
// with their IDs and files, so that the person can pick one.
func findTrack(ctx context.Context, store *library.Store, ref string) (library.Track, error) {
	t, err := store.FindTrack(ctx, ref)
	var amb *library.AmbiguousError
	switch {
	case errors.As(err, &amb):
		var b strings.Builder
		fmt.Fprintf(&b, "%q matches %d tracks; give one of their IDs:", ref, len(amb.Candidates)+amb.More)
		for _, c := range amb.Candidates {
			fmt.Fprintf(&b, "\n  %d  %s  (%s)", c.ID, artistTitle(c.Tags.DisplayArtist(), c.Tags.Title), library.DisplayPath(c.Path))
		}
		if amb.More > 0 {
			fmt.Fprintf(&b, "\n  … and %d more (sleeve ls %s)", amb.More, ref)
		}
		return library.Track{}, fmt.Errorf("%w: %s", errUsage, b.String())
	case errors.Is(err, library.ErrNotFound):
		return library.Track{}, fmt.Errorf("no track %q in the library (give an ID from 'sleeve ls', the path of a scanned file, or a title)", ref)
	}
	return t, err
}
