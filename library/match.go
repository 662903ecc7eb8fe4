package library

import (
	"database/sql/driver"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"modernc.org/sqlite"

	"sleeve/library/analysis"
)

// A Filter is defined once (ParseFilter) and runs in two places: as SQL for
// `sleeve ls` (Filter.sql) and in memory for the explorer's browser
// (Filter.Matcher). Both read the same fields and match text the same way:
// a field condition matches when its value appears in the field, and a free
// word matches the start of a word of the tags or the path (as SQLite's
// FTS5 prefix query does); case and accents are ignored in both ("cafe"
// finds Café).

// Fold lowercases s and removes its accents (Café → cafe), as SQLite's
// unicode61 tokenizer with remove_diacritics does for free words.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// foldSQLFunction is the SQL name of Fold, which text conditions use so
// that `artist:cafe` finds Café in `ls` as in the browser.
const foldSQLFunction = "sleeve_fold"

func init() {
	// Registered once for every connection the sqlite driver opens.
	if err := sqlite.RegisterDeterministicScalarFunction(foldSQLFunction, 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		switch v := args[0].(type) {
		case string:
			return Fold(v), nil
		case []byte:
			return Fold(string(v)), nil
		case nil:
			return nil, nil
		default:
			return v, nil
		}
	}); err != nil {
		panic("library: registering " + foldSQLFunction + ": " + err.Error())
	}
}

// FilterRow is what a filter reads of one track when it runs in memory.
// Its text is folded (FilterRowOf does it once) so that matching is a
// plain substring search.
type FilterRow struct {
	ID int64
	// Title, Artist, AlbumArtist, Album, Genres, Composer, Comment, Path,
	// Format, Codec and NotMusic are folded; Genres are joined by genreSep.
	Title, Artist, AlbumArtist, Album, Genres, Composer, Comment, Path, Format, Codec, NotMusic string
	// Words are the folded words of the tags and the path, each preceded
	// by a space, for free-word matching.
	Words   string
	Year    int
	Seconds float64
	// Analysed is set when the measured fields below are known.
	Analysed         bool
	BPM              float64 // the reliable tempo; 0 when it is uncertain
	Energy, Loudness float64
	// Tonic is the key's pitch class, or -1 when the key is unknown.
	Tonic int
	Minor bool
	// Rating is the person's latest rating, 1 to 5, or 0 when not rated.
	Rating int
	// Instruments are the confidences of analysis.InstrumentLabels, or nil
	// when not measured.
	Instruments []float32
}

// FilterRowOf makes the in-memory filter row of a track.
func FilterRowOf(t Track) FilterRow {
	r := FilterRow{
		ID:          int64(t.ID),
		Title:       Fold(t.Tags.Title),
		Artist:      Fold(t.Tags.Artist),
		AlbumArtist: Fold(t.Tags.AlbumArtist),
		Album:       Fold(t.Tags.Album),
		Genres:      Fold(strings.Join(t.Tags.Genres, genreSep)),
		Composer:    Fold(t.Tags.Composer),
		Comment:     Fold(t.Tags.Comment),
		Path:        Fold(t.Path),
		Format:      Fold(t.Format),
		Codec:       Fold(t.Codec),
		Year:        t.Tags.Year,
		Seconds:     float64(t.Duration.Milliseconds()) / 1000,
		Tonic:       -1,
		Rating:      t.Rating,
	}
	// The columns of tracks_fts, in its order; it indexes the tags'
	// genres, not corrected ones (which genre: conditions read).
	tagGenres := t.Tags.Genres
	if t.Correction != nil {
		tagGenres = t.Correction.Measured.Genres
	}
	r.Words = searchWords(t.Tags.Title, t.Tags.Artist, t.Tags.Album, t.Tags.AlbumArtist,
		strings.Join(tagGenres, " "), t.Tags.Composer, t.Tags.Comment, t.Path)
	if f := t.Features; f != nil {
		r.Analysed = true
		r.BPM = f.ReliableBPM()
		r.Energy, r.Loudness = f.Energy, f.LoudnessLUFS
		r.NotMusic = Fold(f.NotMusic)
		r.Instruments = f.Instruments
		if f.Key != "" && f.Tonic >= 0 && f.Tonic < 12 {
			r.Tonic, r.Minor = f.Tonic, f.Minor
		}
	}
	return r
}

// searchWords folds texts into their words, each preceded by a space.
func searchWords(texts ...string) string {
	var b strings.Builder
	for _, t := range texts {
		for _, w := range tokens(t) {
			b.WriteByte(' ')
			b.WriteString(w)
		}
	}
	return b.String()
}

// tokens splits folded text into words as FTS5's unicode61 tokenizer does:
// runs of letters and digits.
func tokens(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// Matcher returns the filter as a predicate over in-memory rows, with the
// meaning its SQL has. IncludeMissing, Sort and Limit are the caller's.
func (f Filter) Matcher() func(*FilterRow) bool {
	var preds []func(*FilterRow) bool
	for _, w := range f.Words {
		toks := tokens(w)
		if len(toks) == 0 {
			continue
		}
		// FTS5 reads a quoted prefix term as a phrase whose last word is a
		// prefix: the words in a row, the last one begun.
		phrase := " " + strings.Join(toks, " ")
		preds = append(preds, func(r *FilterRow) bool { return strings.Contains(r.Words, phrase) })
	}
	for _, c := range f.Conditions {
		preds = append(preds, conditionMatcher(c))
	}
	return func(r *FilterRow) bool {
		for _, p := range preds {
			if !p(r) {
				return false
			}
		}
		return true
	}
}

// textFields give the folded text of each text field of filterFields:
// one or two columns, a track matching if either does.
var textFields = map[string]func(*FilterRow) (string, string){
	"title":       func(r *FilterRow) (string, string) { return r.Title, "" },
	"artist":      func(r *FilterRow) (string, string) { return r.Artist, r.AlbumArtist },
	"album":       func(r *FilterRow) (string, string) { return r.Album, "" },
	"albumartist": func(r *FilterRow) (string, string) { return r.AlbumArtist, "" },
	"genre":       func(r *FilterRow) (string, string) { return r.Genres, "" },
	"composer":    func(r *FilterRow) (string, string) { return r.Composer, "" },
	"comment":     func(r *FilterRow) (string, string) { return r.Comment, "" },
	"path":        func(r *FilterRow) (string, string) { return r.Path, "" },
	"format":      func(r *FilterRow) (string, string) { return r.Format, r.Codec },
	"notmusic":    func(r *FilterRow) (string, string) { return r.NotMusic, "" },
}

// numericFields read each numeric field of filterFields; ok is false when
// the value is unknown (NULL in SQL), which no range matches.
var numericFields = map[string]func(*FilterRow) (float64, bool){
	"year":     func(r *FilterRow) (float64, bool) { return float64(r.Year), true },
	"duration": func(r *FilterRow) (float64, bool) { return r.Seconds, true },
	"id":       func(r *FilterRow) (float64, bool) { return float64(r.ID), true },
	"bpm":      func(r *FilterRow) (float64, bool) { return r.BPM, r.Analysed && r.BPM > 0 },
	"energy":   func(r *FilterRow) (float64, bool) { return r.Energy, r.Analysed },
	"loudness": func(r *FilterRow) (float64, bool) { return r.Loudness, r.Analysed },
	"rating":   func(r *FilterRow) (float64, bool) { return float64(r.Rating), r.Rating > 0 },
}

// conditionMatcher is one condition as a predicate. A condition not
// made by ParseFilter that it cannot read matches nothing, as in SQL.
func conditionMatcher(c Condition) func(*FilterRow) bool {
	field := filterFields[c.Field]
	switch {
	case field.rating && c.Value == noRating:
		return func(r *FilterRow) bool { return r.Rating == 0 }
	case field.numeric != "":
		get := numericFields[c.Field]
		if get == nil {
			return func(*FilterRow) bool { return false }
		}
		return func(r *FilterRow) bool {
			v, ok := get(r)
			return ok && v >= c.Min && v <= c.Max
		}
	case field.instrument:
		label, ok := analysis.ParseInstrument(c.Value)
		i := analysis.InstrumentIndex(label)
		if !ok || i < 0 {
			return func(*FilterRow) bool { return false }
		}
		return func(r *FilterRow) bool {
			return len(r.Instruments) == analysis.NumInstruments && float64(r.Instruments[i]) >= analysis.InstrumentPresent
		}
	case field.key:
		tonic, mode, err := parseKey(c.Value)
		if err != nil {
			return func(*FilterRow) bool { return false }
		}
		return func(r *FilterRow) bool {
			if r.Tonic < 0 || (tonic >= 0 && r.Tonic != tonic) {
				return false
			}
			return mode == "" || r.Minor == (mode == "minor")
		}
	}
	get := textFields[c.Field]
	if get == nil {
		return func(*FilterRow) bool { return false }
	}
	needle := Fold(c.Value)
	return func(r *FilterRow) bool {
		a, b := get(r)
		return strings.Contains(a, needle) || (b != "" && strings.Contains(b, needle))
	}
}
