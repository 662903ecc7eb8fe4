package library

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sleeve/library/analysis"
)

// Filter selects tracks. It is usually parsed from what a person typed,
// such as `artist:radiohead genre:jazz year:1990..1999 blue train`.
type Filter struct {
	// Conditions must all hold.
	Conditions []Condition
	// Words are free words, all of which must appear somewhere in the
	// tags or the path (prefix match, case and accent insensitive).
	Words []string
	// IncludeMissing also yields tracks whose file was not found by the
	// last scan.
	IncludeMissing bool
	// Sort names the order: "artist" (the default: artist, album, disc,
	// track), "title", "album", "year", "added", "rated" (the most
	// recently rated first, tracks not rated last), "duration", "path", or
	// a measured feature: "bpm", "energy", "loudness" or "key" (tracks not
	// analysed yet come last).
	Sort string
	// Limit caps the number of tracks; zero means no cap.
	Limit int
}

// Condition is one field filter. Text fields match when Value appears in
// them, ignoring case. Numeric fields match when they lie in [Min, Max].
type Condition struct {
	Field    string
	Value    string
	Min, Max float64
}

// filterField says how a filter field maps onto the tracks table.
type filterField struct {
	// columns are matched as text; a track matches if any of them does.
	columns []string
	// numeric fields compare a single column against a range.
	numeric string
	// key is set for the musical key, which has its own syntax (see
	// parseKey).
	key bool
	// rating is set for the person's rating: a range of stars (numeric
	// holds its column) or "none" for tracks not rated.
	rating bool
	// instrument is set for an instrument family heard by analysis (see
	// analysis.ParseInstrument): confidence at least
	// analysis.InstrumentPresent.
	instrument bool
	help       string
}

// reliableBPMColumn is the effective tempo of an analysed track: the
// person's (a correction counts as certain), or else the measured one where
// its confidence reaches analysis.MinTempoConfidence; NULL (unknown)
// otherwise, so that a bpm filter never matches a guessed tempo.
var reliableBPMColumn = fmt.Sprintf("(CASE WHEN f.track_id IS NULL THEN NULL WHEN c.bpm IS NOT NULL THEN c.bpm WHEN f.bpm_confidence >= %g THEN f.bpm END)", analysis.MinTempoConfidence)

// The effective key of an analysed track, the person's over the measured
// one (tonic -1 when no key was found).
const (
	tonicColumn = "(CASE WHEN f.track_id IS NULL THEN NULL ELSE coalesce(c.tonic, f.tonic) END)"
	minorColumn = "coalesce(c.minor, f.minor)"
)

// genresColumn is the effective genres: the person's over the tags'.
const genresColumn = "coalesce(c.genre, genres)"

// notMusicColumn is the effective not-music reason of an analysed track:
// NotMusicMarked when the person marked it, ” when they said it is music,
// and analysis' reason otherwise.
var notMusicColumn = "(CASE WHEN f.track_id IS NULL THEN NULL WHEN c.not_music = 1 THEN '" + NotMusicMarked +
	"' WHEN c.not_music = 0 THEN '' ELSE f.not_music END)"

var filterFields = map[string]filterField{
	"title":       {columns: []string{"title"}, help: "title contains the text"},
	"artist":      {columns: []string{"artist", "album_artist"}, help: "artist or album artist contains the text"},
	"album":       {columns: []string{"album"}, help: "album contains the text"},
	"albumartist": {columns: []string{"album_artist"}, help: "album artist contains the text"},
	"genre":       {columns: []string{genresColumn}, help: "one of the genres contains the text"},
	"composer":    {columns: []string{"composer"}, help: "composer contains the text"},
	"comment":     {columns: []string{"comment"}, help: "comment contains the text"},
	"path":        {columns: []string{"path"}, help: "file path contains the text"},
	"format":      {columns: []string{"format", "codec"}, help: "format or codec, such as flac, mp3, alac"},
	"year":        {numeric: "year", help: "a year or a range such as 1990..1999"},
	"duration":    {numeric: "duration_ms / 1000.0", help: "seconds, such as 60..300"},
	"id":          {numeric: "id", help: "track ID or a range"},
	"bpm":         {numeric: reliableBPMColumn, help: "measured tempo, such as 120..130 (tracks whose tempo is uncertain never match)"},
	"energy":      {numeric: "f.energy", help: "measured energy from 0 to 1, such as 0.7.."},
	"loudness":    {numeric: "f.loudness_lufs", help: "integrated loudness in LUFS, such as -12..-6"},
	"key":         {key: true, help: `measured key: "a minor", "f#", "bb major", "am", major or minor`},
	"notmusic":    {columns: []string{notMusicColumn}, help: `what analysis found instead of music: silence, "test tone", "too short", or "marked" by you`},
	"instr":       {instrument: true, help: "an instrument heard: " + strings.Join(analysis.InstrumentLabels[:], ", ") + ` (quote "synth pad")`},
	"rating":      {numeric: ratingColumn, rating: true, help: "your latest rating, 1 to 5: 5, 4.. (four or five stars), or none"},
}

// noRating is the value of a rating condition that selects tracks not
// rated.
const noRating = "none"

// FilterFields returns the names of the fields a filter understands, with
// a short description of each, sorted by name.
func FilterFields() [][2]string {
	var out [][2]string
	for name, f := range filterFields {
		out = append(out, [2]string{name, f.help})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

var sortOrders = map[string]string{
	"artist": "lower(CASE WHEN artist <> '' THEN artist ELSE album_artist END), lower(album), disc_no, track_no, path",
	"title":  "lower(title), path",
	"album":  "lower(album), disc_no, track_no, path",
	"year":   "year, lower(album), disc_no, track_no, path",
	"added":  "added_at DESC, id DESC",
	// The most recently rated first; tracks not rated last.
	"rated":    ratedAtColumn + " IS NULL, " + ratedAtColumn + " DESC, path",
	"duration": "duration_ms, path",
	"path":     "path",
	// Analysed tracks first for the measured orders; the rest by path.
	"bpm":      reliableBPMColumn + " IS NULL, " + reliableBPMColumn + ", path",
	"energy":   "f.energy IS NULL, f.energy, path",
	"loudness": "f.loudness_lufs IS NULL, f.loudness_lufs, path",
	"key":      "coalesce(" + tonicColumn + ", -1) < 0, " + tonicColumn + ", " + minorColumn + ", path",
}

// ParseFilter reads a filter expression: `field:value` terms, where a value
// with spaces is quoted (`artist:"pink floyd"`), numeric fields take a
// number or a range (`year:1990..1999`, `year:..1980`), and anything else is
// a free word.
func ParseFilter(expr string) (Filter, error) {
	var f Filter
	toks := splitFilter(expr)
	if len(toks) > MaxFilterTerms {
		return Filter{}, fmt.Errorf("the filter has %d terms; at most %d are allowed", len(toks), MaxFilterTerms)
	}
	for _, tok := range toks {
		if n := utf8.RuneCountInString(tok); n > MaxFilterTermLength {
			return Filter{}, fmt.Errorf("a filter term of %d characters is too long; at most %d are allowed (%.20s…)", n, MaxFilterTermLength, tok)
		}
		name, value, ok := strings.Cut(tok, ":")
		field, known := filterFields[strings.ToLower(name)]
		if !ok || name == "" || !known {
			if ok && name != "" && !strings.ContainsAny(name, "/\\") {
				return Filter{}, fmt.Errorf("unknown filter field %q; known fields: %s", name, strings.Join(fieldNames(), ", "))
			}
			f.Words = append(f.Words, strings.Trim(tok, `"`))
			continue
		}
		value = strings.Trim(value, `"`)
		if value == "" {
			return Filter{}, fmt.Errorf("filter %s: needs a value", name)
		}
		c := Condition{Field: strings.ToLower(name), Value: value}
		if field.key {
			if _, _, err := parseKey(value); err != nil {
				return Filter{}, fmt.Errorf("filter %s: %w", name, err)
			}
		}
		if field.instrument {
			label, ok := analysis.ParseInstrument(value)
			if !ok {
				return Filter{}, fmt.Errorf("filter %s: %q is not an instrument family; known: %s", name, value,
					strings.Join(analysis.InstrumentLabels[:], ", "))
			}
			c.Value = label
		}
		switch {
		case field.rating && strings.EqualFold(value, noRating):
			c.Value = noRating
		case field.numeric != "":
			lo, hi, err := parseRange(value)
			if err != nil {
				return Filter{}, fmt.Errorf("filter %s: %w", name, err)
			}
			if field.rating && (hi < 1 || lo > 5) {
				return Filter{}, fmt.Errorf("filter %s: ratings go from 1 to 5; give 5, a range such as 4.., or none", name)
			}
			c.Min, c.Max = lo, hi
		}
		f.Conditions = append(f.Conditions, c)
	}
	return f, nil
}

func fieldNames() []string {
	var names []string
	for n := range filterFields {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// splitFilter splits on spaces outside double quotes.
func splitFilter(s string) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
			cur.WriteRune(r)
		case unicode.IsSpace(r) && !quoted:
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// MaxFilterTermLength bounds one term of a filter, in characters: longer
// ones are refused with a message (SQLite refuses long LIKE patterns with
// an obscure one).
const MaxFilterTermLength = 1000

// MaxFilterTerms bounds how many terms a filter has.
const MaxFilterTerms = 64

// maxFilterNumber bounds the numbers a filter takes: every field's values
// are far smaller, and larger ones would lose precision in SQLite.
const maxFilterNumber = 1e15

// parseNumber reads a finite number of sensible size.
func parseNumber(v string) (float64, error) {
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(n) || math.IsInf(n, 0) {
		return 0, fmt.Errorf("%q is not a number", v)
	}
	if math.Abs(n) > maxFilterNumber {
		return 0, fmt.Errorf("%q is out of range", v)
	}
	return n, nil
}

// parseRange reads "N", "A..B", "A.." or "..B".
func parseRange(v string) (lo, hi float64, err error) {
	a, b, isRange := strings.Cut(v, "..")
	if !isRange {
		n, err := parseNumber(v)
		if err != nil {
			return 0, 0, fmt.Errorf("%w; give a number or a range like 1990..1999", err)
		}
		return n, n, nil
	}
	lo, hi = -1e18, 1e18
	if a != "" {
		if lo, err = parseNumber(a); err != nil {
			return 0, 0, err
		}
	}
	if b != "" {
		if hi, err = parseNumber(b); err != nil {
			return 0, 0, err
		}
	}
	if lo > hi {
		return 0, 0, fmt.Errorf("range %s is empty", v)
	}
	return lo, hi, nil
}

// likePattern escapes a LIKE pattern so that % and _ match themselves.
func likePattern(v string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(v) + "%"
}

// ftsQuery turns free words into an FTS5 query of quoted prefix terms, so
// that nothing a person types is read as FTS5 syntax.
func ftsQuery(words []string) string {
	var parts []string
	for _, w := range words {
		w = strings.ReplaceAll(w, `"`, `""`)
		if w != "" {
			parts = append(parts, `"`+w+`"*`)
		}
	}
	return strings.Join(parts, " ")
}

// sql builds the WHERE clause and its arguments.
func (f Filter) sql() (string, []any) {
	var conds []string
	var args []any
	if !f.IncludeMissing {
		conds = append(conds, "missing = 0")
	}
	for _, c := range f.Conditions {
		field := filterFields[c.Field]
		if field.rating && c.Value == noRating {
			conds = append(conds, "("+field.numeric+" IS NULL)")
			continue
		}
		if field.numeric != "" {
			conds = append(conds, "("+field.numeric+" BETWEEN ? AND ?)")
			args = append(args, c.Min, c.Max)
			continue
		}
		if field.instrument {
			// Validated by ParseFilter; a hand-built bad value matches nothing.
			label, ok := analysis.ParseInstrument(c.Value)
			if !ok {
				conds = append(conds, "0")
				continue
			}
			conds = append(conds, "(f.instruments <> '' AND json_extract(f.instruments, ?) >= ?)")
			args = append(args, `$."`+label+`"`, analysis.InstrumentPresent)
			continue
		}
		if field.key {
			// Validated by ParseFilter; a hand-built bad value matches nothing.
			tonic, mode, err := parseKey(c.Value)
			switch {
			case err != nil:
				conds = append(conds, "0")
			case tonic >= 0 && mode != "":
				conds = append(conds, "("+tonicColumn+" = ? AND "+minorColumn+" = ?)")
				args = append(args, tonic, boolInt(mode == "minor"))
			case tonic >= 0:
				conds = append(conds, "("+tonicColumn+" = ?)")
				args = append(args, tonic)
			default:
				conds = append(conds, "("+tonicColumn+" >= 0 AND "+minorColumn+" = ?)")
				args = append(args, boolInt(mode == "minor"))
			}
			continue
		}
		var ors []string
		for _, col := range field.columns {
			// Folded on both sides, so that case and accents are ignored
			// as in the browser (Matcher).
			ors = append(ors, foldSQLFunction+"("+col+`) LIKE ? ESCAPE '\'`)
			args = append(args, likePattern(Fold(c.Value)))
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	if q := ftsQuery(f.Words); q != "" {
		conds = append(conds, "id IN (SELECT rowid FROM tracks_fts WHERE tracks_fts MATCH ?)")
		args = append(args, q)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func (f Filter) orderBy() string {
	if o, ok := sortOrders[f.Sort]; ok {
		return o
	}
	return sortOrders["artist"]
}

// ValidSort reports whether name is a sort order that Filter understands.
func ValidSort(name string) bool {
	_, ok := sortOrders[name]
	return ok
}
