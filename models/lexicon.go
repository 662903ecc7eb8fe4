package models

import (
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Lexicon is what a library holds, so that a request's names resolve
// against it: "like careless love" finds the title "Careless Love",
// "nothing by Freedoom" also rules out "Freedoom Project", "bluesy" finds
// the library's own "Blues" tag, and a word such as "boogie" that names
// something in the library counts as understood. The caller builds it from
// the catalogue (models does not import library). The zero value and nil
// are an empty library.
type Lexicon struct {
	Artists, Titles, Albums, Genres []string

	once  sync.Once
	words map[string]bool     // folded words of every name
	genre map[string][]string // folded genre tag -> the tags as written
	// Folded words of each artist, in list order, and the folded names
	// of artists and titles for exact and fuzzy lookup.
	artistWords             [][]string
	artists, titles, albums nameIndex
}

// nameIndex finds names by their folded form: exactly (also without a
// leading "the"), then within a small edit distance.
type nameIndex struct {
	names []string
	keys  []string          // folded, in list order
	exact map[string]string // folded (and folded without "the ") -> first name
}

func newNameIndex(names []string) nameIndex {
	ix := nameIndex{names: names, keys: make([]string, len(names)), exact: map[string]string{}}
	for i, n := range names {
		k := strings.Join(foldWords(n), " ")
		ix.keys[i] = k
		for _, v := range []string{k, strings.TrimPrefix(k, "the ")} {
			if _, ok := ix.exact[v]; !ok && v != "" {
				ix.exact[v] = n
			}
		}
	}
	return ix
}

// find returns the name that s means: equal when folded, else equal
// ignoring a leading "the", else the closest within an edit distance of
// one per five letters (for at least four letters).
func (ix nameIndex) find(s string) (string, bool) {
	want := strings.Join(foldWords(s), " ")
	if want == "" {
		return "", false
	}
	if n, ok := ix.exact[want]; ok {
		return n, true
	}
	if n, ok := ix.exact[strings.TrimPrefix(want, "the ")]; ok {
		return n, true
	}
	if len(want) < 4 {
		return "", false
	}
	limit := len(want) / 5
	best, bestD := "", -1
	for i, have := range ix.keys {
		if abs(len(have)-len(want)) > limit {
			continue
		}
		if d := EditDistance(have, want, limit); d <= limit && (bestD < 0 || d < bestD) {
			best, bestD = ix.names[i], d
		}
	}
	return best, bestD >= 0
}

// NewLexicon returns a lexicon of these names; lists may repeat names.
func NewLexicon(artists, titles, albums, genres []string) *Lexicon {
	return &Lexicon{Artists: artists, Titles: titles, Albums: albums, Genres: genres}
}

func (l *Lexicon) index() {
	l.once.Do(func() {
		l.words, l.genre = map[string]bool{}, map[string][]string{}
		for _, list := range [][]string{l.Artists, l.Titles, l.Albums, l.Genres} {
			for _, n := range list {
				for _, w := range foldWords(n) {
					l.words[w] = true
				}
			}
		}
		l.artistWords = foldAll(l.Artists)
		l.artists, l.titles, l.albums = newNameIndex(l.Artists), newNameIndex(l.Titles), newNameIndex(l.Albums)
		for _, g := range l.Genres {
			k := Fold(g)
			if k != "" && !contains(l.genre[k], g) {
				l.genre[k] = append(l.genre[k], g)
			}
		}
	})
}

func foldAll(names []string) [][]string {
	out := make([][]string, len(names))
	for i, n := range names {
		out[i] = foldWords(n)
	}
	return out
}

// HasWord reports whether a folded word occurs in any name of the library.
func (l *Lexicon) HasWord(w string) bool {
	if l == nil {
		return false
	}
	l.index()
	return l.words[Fold(w)]
}

// HasGenres reports whether the lexicon knows the library's genre tags.
func (l *Lexicon) HasGenres() bool { return l != nil && len(l.Genres) > 0 }

// Genre returns the library's genre tags that fold to g ("Blues" for
// "blues"), or nil.
func (l *Lexicon) Genre(g string) []string {
	if l == nil {
		return nil
	}
	l.index()
	return l.genre[Fold(g)]
}

// GenreLike returns the library's genre tags that g matches the way the
// ranking does: the same name, or one of its words ("game" finds "Video
// Game Music").
func (l *Lexicon) GenreLike(g string) []string {
	if l == nil {
		return nil
	}
	l.index()
	g = Fold(g)
	var out []string
	for k, tags := range l.genre {
		if k == g || containsWord(k, g) {
			out = append(out, tags...)
		}
	}
	sort.Strings(out)
	return out
}

// Artist returns the library artist that name means, folded and fuzzy.
func (l *Lexicon) Artist(name string) (string, bool) {
	if l == nil {
		return "", false
	}
	l.index()
	return l.artists.find(name)
}

// Title returns the library title that name means, folded and fuzzy.
func (l *Lexicon) Title(name string) (string, bool) {
	if l == nil {
		return "", false
	}
	l.index()
	return l.titles.find(name)
}

// IsName reports whether s, folded, is exactly an artist or a title of
// the library (also without a leading "the").
func (l *Lexicon) IsName(s string) bool { return l.isName(s, true) }

// IsArtistName reports whether s, folded, is exactly an artist of the
// library (also without a leading "the").
func (l *Lexicon) IsArtistName(s string) bool { return l.isName(s, false) }

// IsAlbumName reports whether s, folded, is exactly an album of the
// library (also without a leading "the").
func (l *Lexicon) IsAlbumName(s string) bool {
	if l == nil {
		return false
	}
	l.index()
	return l.exactIn(s, l.albums)
}

func (l *Lexicon) isName(s string, titles bool) bool {
	if l == nil {
		return false
	}
	l.index()
	if titles {
		return l.exactIn(s, l.artists, l.titles)
	}
	return l.exactIn(s, l.artists)
}

// exactIn reports whether s, folded, is exactly a name of one of the
// indexes (also without a leading "the").
func (l *Lexicon) exactIn(s string, ixs ...nameIndex) bool {
	k := strings.Join(foldWords(s), " ")
	if k == "" {
		return false
	}
	for _, ix := range ixs {
		if _, ok := ix.exact[k]; ok {
			return true
		}
		if _, ok := ix.exact[strings.TrimPrefix(k, "the ")]; ok {
			return true
		}
	}
	return false
}

// ArtistsByPrefix returns the library artists whose folded words start
// with the folded words of name: "Freedoom" finds "Freedoom" and
// "Freedoom Project", not "Freedoomed".
func (l *Lexicon) ArtistsByPrefix(name string) []string {
	if l == nil {
		return nil
	}
	want := foldWords(name)
	if len(want) == 0 {
		return nil
	}
	l.index()
	var out []string
	for i, a := range l.Artists {
		have := l.artistWords[i]
		if len(have) >= len(want) && equalWords(have[:len(want)], want) && !containsFold(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// EditDistance is the Levenshtein distance of a and b in runes. It gives
// up once the distance must exceed limit and then returns limit+1, so a
// caller compares the result with limit.
func EditDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c = 1 + min(c, prev[j], cur[j-1])
			}
			cur[j] = c
			rowMin = min(rowMin, c)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], limit+1)
}

// Fold lowercases s, strips accents from Latin letters and folds
// typographic quotes, so "Beyoncé" and "beyonce" compare equal.
func Fold(s string) string {
	return strings.Join(foldWords(s), " ")
}

// foldWords splits a folded s into words of letters and digits (an
// apostrophe inside a word is dropped: "don't" is "dont").
func foldWords(s string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := accentFold[r]; ok {
			b.WriteString(f)
			continue
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '\'' || r == '’':
		case r == '&':
			flush()
			words = append(words, "and")
		default:
			flush()
		}
	}
	flush()
	return words
}

var accentFold = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ł': "l", 'þ': "th"}
	for base, accented := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı",
		"j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ", "o": "òóôõöōŏő", "r": "ŕŗř", "s": "śŝşšș",
		"t": "ţťŧț", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()
