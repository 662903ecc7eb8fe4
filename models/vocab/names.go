package vocab

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// Musician is a musician or band a request may name: one WordNet records,
// or one of the table of well-known artists (artistTable, gen/artists.txt:
// every artist of Wikipedia's list of best-selling music artists;
// gen/artists-bygenre.txt: every artist of its lists of musicians by
// genre). It has
// the name as its source writes it, the genres and instruments the source
// gives ("Miles Davis": jazz, trumpet; "Taylor Swift": pop, country,
// rock), and whether the name is read wherever it is said (a full name, a
// surname whose first sense is the musician, a name that is no English
// word: "rihanna") or only where the request says a name follows ("like
// chopin", "chopin style", "like Queen").
type Musician struct {
	Name        string
	Genres      []string
	Instruments []string
	Alone       bool
	// Listed is whether the name is one of the table of well-known
	// artists.
	Listed bool
	// LikeOnly is whether the name is a word or phrase the reader reads
	// as something else ("low", "heart", "train"): it is a name only
	// where the request says one follows ("like Heart", "heart-style"),
	// not for its capitals.
	LikeOnly bool
}

// MusicianNamed returns the musician a lowercase phrase names, if WordNet
// or the table of well-known artists records one by that name; a leading
// "the" is not part of a band's name ("the beatles"). When both know the
// name, the table's genres (its list's genre column) are kept with
// WordNet's instruments, and the name is read alone when either reads it
// so.
func MusicianNamed(phrase string) (Musician, bool) {
	m, wn := wordNetMusician(phrase)
	a, listed := artistTable()[phrase]
	if !listed {
		if rest, ok := strings.CutPrefix(phrase, "the "); ok {
			a, listed = artistTable()[rest]
		}
	}
	if !listed {
		return m, wn
	}
	f := strings.Split(a, "|")
	m.Name = f[0]
	m.Genres = strings.Split(f[1], "/")
	m.Alone = m.Alone || f[2] == "named"
	m.LikeOnly = !m.Alone && f[2] == "like only"
	m.Listed = true
	return m, true
}

// wordNetMusician returns the musician WordNet records by a lowercase
// name.
func wordNetMusician(phrase string) (Musician, bool) {
	v, ok := musicianTable[phrase]
	if !ok {
		return Musician{}, false
	}
	f := strings.Split(v, "|")
	m := Musician{Name: f[0], Alone: f[3] == "named"}
	if f[1] != "" {
		m.Genres = strings.Split(f[1], "/")
	}
	for _, in := range strings.Split(f[2], "/") {
		if in != "" {
			m.Instruments = append(m.Instruments, strings.Split(in, "+")...)
		}
	}
	return m, true
}

// ArtistSource returns the page the table of well-known artists took an
// artist's genres from, by the lowercase name, or "".
func ArtistSource(phrase string) string {
	a, ok := artistTable()[strings.TrimPrefix(phrase, "the ")]
	if !ok {
		return ""
	}
	f := strings.Split(a, "|")
	var urls []string
	for _, k := range strings.Fields(f[3]) {
		urls = append(urls, artistSources[k])
	}
	return strings.Join(urls, " ")
}

// artistTable maps the names of the table of well-known artists onto
// their lines' values (artistLines), read once.
var artistTable = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, strings.Count(artistLines, "\n"))
	for _, line := range strings.Split(artistLines, "\n") {
		if k, v, ok := strings.Cut(line, "\t"); ok {
			m[k] = v
		}
	}
	return m
})

var musicianFirst = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range musicianTable {
		first, _, _ := strings.Cut(k, " ")
		m[first] = true
	}
	for k := range artistTable() {
		first, _, _ := strings.Cut(k, " ")
		m[first] = true
	}
	m["the"] = true // "the beatles"
	return m
})

// StartsMusicianName reports whether a lowercase word is the first word
// of a name MusicianNamed knows, so a reader need only look further there.
func StartsMusicianName(w string) bool { return musicianFirst()[w] }

var properList = sync.OnceValue(func() []string {
	words := strings.Fields(properNouns)
	sort.Strings(words)
	return words
})

// IsProperNoun reports whether a lowercase word is a name that English
// writes only capitalised and WordNet does not hold ("brian", "kenny"):
// the SCOWL word list's capitalised-only words.
func IsProperNoun(w string) bool {
	list := properList()
	i := sort.SearchStrings(list, w)
	return i < len(list) && list[i] == w
}

// AdverbAdjective reports whether a lowercase word is one of WordNet's
// adverbs that is no other part of speech ("softly", "mostly"), and the
// adjective its first sense with one pertains to ("soft"), or "".
func AdverbAdjective(w string) (string, bool) {
	adj, ok := adverbTable[w]
	return adj, ok
}

var settingVerbSet = listSet(settingVerbs)

// IsSettingVerb reports whether a lowercase phrase is one of WordNet's
// verbs of several words that start with a setting's word ("fall
// asleep"), where the word is the verb and not the setting.
func IsSettingVerb(phrase string) bool { return settingVerbSet()[phrase] }

// IsSetting reports whether s is a setting the vocabulary reads some word
// as ("sunny", which "summer" is read as).
func IsSetting(s string) bool {
	for _, v := range settingTable {
		if v == s {
			return true
		}
	}
	return false
}

var genreCompoundSet = listSet(genreCompounds)

// IsGenreCompound reports whether a lowercase phrase of two words is one
// of WordNet's nouns that name a thing, place, event or food with a
// genre's name in it ("background noise", "house party"), where the word
// is not the genre.
func IsGenreCompound(phrase string) bool { return genreCompoundSet()[phrase] }

var stemFalseFriendSet = listSet(stemFalseFriends)

var moodCompoundSet = listSet(moodCompounds)

// IsMoodCompound reports whether a lowercase phrase of two words is one of
// WordNet's nouns whose first word is a mood's word and which names a
// thing, person, place or act ("grim reaper", "soft drink"), where the
// word is part of the name and says nothing of the music.
func IsMoodCompound(phrase string) bool { return moodCompoundSet()[phrase] }

// ComparativeBases returns the adjectives a comparative or superlative
// may come from, by WordNet's irregular forms (adj.exc, for the words the
// reader knows: "sadder" is sad) or else its rules for adjectives (morphy:
// "darker" dark, "chiller" chill, "looser" loose); nil for a word that
// ends in neither.
func ComparativeBases(w string) []string {
	if b, ok := comparativeTable[w]; ok {
		return []string{b}
	}
	var out []string
	for _, suf := range [][2]string{{"est", ""}, {"er", ""}, {"est", "e"}, {"er", "e"}} {
		if strings.HasSuffix(w, suf[0]) && len(w) > len(suf[0])+2 {
			out = append(out, strings.TrimSuffix(w, suf[0])+suf[1])
		}
	}
	return out
}

var pieceSet = listSet(pieceWords)

// IsPieceWord reports whether a lowercase word names a piece of music, as
// WordNet's synonyms and kinds of tune, song and musical composition do
// ("melody", "aria", "nocturne"); a plural is tried by WordNet's rules
// for nouns (morphy: -s, -es, -ies to -y).
func IsPieceWord(w string) bool { return holdsNoun(pieceSet(), w) }

// holdsNoun reports whether set holds the lowercase noun w or, for a
// plural, its singular by WordNet's rules for nouns (morphy: -s, -es,
// -ies to -y).
func holdsNoun(set map[string]bool, w string) bool {
	if set[w] {
		return true
	}
	for _, suf := range [][2]string{{"s", ""}, {"es", ""}, {"ies", "y"}} {
		if strings.HasSuffix(w, suf[0]) && set[strings.TrimSuffix(w, suf[0])+suf[1]] {
			return true
		}
	}
	return false
}

var degreeWordSet = listSet(degreeWordList)

// IsDegreeWord reports whether w has a WordNet adverb sense of degree
// ("super", "real", "whole", "pretty", "enough"): it says how much, not
// what.
func IsDegreeWord(w string) bool { return degreeWordSet()[w] }

// GrammarForm returns the reader's grammar or filler word an inflected
// form stands for, when WordNet's morphology gives it no other lemma
// ("gets": get, "goes": go, "helps": help).
func GrammarForm(w string) (string, bool) {
	l, ok := grammarFormTable[w]
	return l, ok
}

var moodVerbSet = listSet(moodVerbs)

// moodVerbFirst holds the first words of the verbs moodVerbSet holds.
var moodVerbFirst = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for v := range moodVerbSet() {
		first, _, _ := strings.Cut(v, " ")
		m[first] = true
	}
	return m
})

// StartsMoodVerb reports whether a word is the first word of one of
// WordNet's verbs that IsMoodVerb holds ("warm").
func StartsMoodVerb(word string) bool { return moodVerbFirst()[word] }

// IsMoodVerb reports whether a lowercase phrase is one of WordNet's verbs
// of several words whose first word is a mood but which says no mood
// ("warm up", "warm to"): there the word is a verb.
func IsMoodVerb(phrase string) bool { return moodVerbSet()[phrase] }

// listSet returns a function that builds once, and then returns, the set
// of the entries of a list the generator wrote joined by "|".
func listSet(list string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, v := range strings.Split(list, "|") {
			m[v] = true
		}
		return m
	})
}

var registerSet = listSet(registerWords)

// IsRegister reports whether a lowercase word names the register of a
// voice or an instrument, as the satellites of WordNet's adjectives of
// pitch do ("tenor", "alto", "soprano", "baritone", "falsetto",
// "throaty"): before an instrument it says which member of the family it
// is ("tenor sax" is a saxophone).
func IsRegister(w string) bool { return registerSet()[w] }

var musicPartSet = listSet(musicPartWords)

// IsMusicPart reports whether a lowercase word names a part or property
// of music that is neither a piece nor a genre, as WordNet's kinds of
// music and musical time do ("chorus", "harmony", "rhythm",
// "syncopation"); a plural is tried by WordNet's rules for nouns
// (morphy: -s, -es, -ies to -y).
func IsMusicPart(w string) bool { return holdsNoun(musicPartSet(), w) }

// Origin reports whether a lowercase word is a word of origin, an
// adjective WordNet relates to a named place ("japanese", "korean",
// "nigerian", "spanish"), and returns the genres of the tree from there
// ("j-pop", "k-pop", "korean pop"; "african" for "nigerian"), none when the
// tree has none ("irish").
func Origin(w string) ([]string, bool) {
	gs, ok := originGenres[w]
	return gs, ok
}

// PlaceOrigin returns the word of origin of a place named in one word
// ("india": "indian", "jamaica": "jamaican"), or "" when the word is not
// first the name of a place with one.
func PlaceOrigin(w string) string { return placeOrigins[w] }

// LanguageGenres returns the genres from the places where the language a
// word of origin also names is spoken, other than its own ("spanish":
// caribbean and latin american, mexican pop; "portuguese": brazilian),
// or nil for a word that names no language or whose language names no
// genre beyond its own (gen/languages.go).
func LanguageGenres(w string) []string { return slices.Clone(languageGenres[w]) }

// OriginRegion returns the genre of the region a word of origin's place
// is part of, when the word has genres of its own ("japanese": asian,
// "korean": asian), or "".
func OriginRegion(w string) string { return originRegions[w] }

var refusalVerbSet = listSet(refusalVerbs)

// IsRefusalVerb reports whether a lowercase word, or a verb of two words
// ("leave out", "rule out"), is one of WordNet's verbs of leaving out or
// turning down, or an inflected form of one ("exclude", "nixed",
// "skipping"): said of music, it refuses what it governs.
func IsRefusalVerb(w string) bool { return refusalVerbSet()[w] }
