// Package vocab is Sleeve's music vocabulary for reading requests: genres
// with their parents and neighbours, derived word forms ("bluesy",
// "jazzy"), moods, activities, settings and instruments with their
// synonyms. The data is generated into data.go by ./gen from beets'
// lastgenre genre tree (MIT), WordNet 3.0 (WordNet 3.0 licence) and
// curated seed lists (see gen/main.go); Sources lists them. Words are
// looked up lowercase; a word not in a table is tried by its Snowball stem
// ("relaxes" finds "relax"), except for genres, which need their exact
// name, an alias or a listed form.
package vocab

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// Source is one source of the vocabulary and its licence.
type Source struct {
	Name, Licence, Origin string
}

// Sources are the vocabulary's sources, for attribution.
var Sources = []Source{
	{Name: "beets lastgenre genre tree (genres-tree.yaml) and genre list (genres.txt, for the genres named with a place's initial: j-pop, k-pop)", Licence: "MIT", Origin: "Debian package beets, /usr/share/beets/beetsplug/lastgenre"},
	{Name: "WordNet 3.0", Licence: "WordNet 3.0 licence (Princeton University, permissive)", Origin: "Debian package wordnet-base, /usr/share/wordnet"},
	{Name: "SCOWL English word list (american-english): its capitalised-only words as names, its lowercase words as English words (never misspellings) and the inflected forms of the reader's grammar words", Licence: "SCOWL licence (Copyright 2000-2011 by Kevin Atkinson; permission to use, copy, modify, distribute and sell, with this notice)", Origin: "Debian package wamerican, /usr/share/dict/american-english"},
	{Name: "SCOWL's larger English word list (american-english-large, size 70): its lowercase words as English words, never misspellings", Licence: "SCOWL licence (Copyright 2000-2011 by Kevin Atkinson; permission to use, copy, modify, distribute and sell, with this notice)", Origin: "Debian package wamerican-large, /usr/share/dict/american-english-large"},
	{Name: "Unicode CLDR: English emoji annotations and labels, English names of languages and territories, territory data (languages spoken, UN M49 regions)", Licence: "Unicode-DFS-2016 (© Unicode, Inc., permissive)", Origin: "Debian package unicode-cldr-core, /usr/share/unicode/cldr/common"},
	{Name: "Sleeve seed lists (seeds.txt, genres-extra.txt, deny.txt)", Licence: "the project's licence", Origin: "models/vocab/gen"},
	{Name: "Sleeve slang and idiom table (idioms.txt): meanings taken from public dictionaries, Wikipedia, slang glossaries and playlist articles, each entry citing its pages (IdiomSources)", Licence: "the project's licence (meanings only, no text copied)", Origin: "models/vocab/gen"},
	{Name: "Sleeve table of well-known artists (artists.txt): every artist of Wikipedia's List of best-selling music artists (https://en.wikipedia.org/wiki/List_of_best-selling_music_artists) with the genres of its genre column mapped onto the genre tree, each entry citing the page (ArtistSource)", Licence: "the project's licence (facts only, no text copied)", Origin: "models/vocab/gen"},
}

// Stem returns the Snowball (Porter2) English stem of a lowercase word.
func Stem(word string) string { return english.Stem(word, false) }

// IsGenre reports whether g is a genre of the tree (lowercase).
func IsGenre(g string) bool { _, ok := genreParent[g]; return ok }

// Parent returns the parent genre of g, or "" for a root or unknown genre.
func Parent(g string) string { return genreParent[g] }

// Parents returns every parent of g: its parent in the tree and the
// further parents the vocabulary records (a tag "Game" is under
// soundtrack and under video game music).
func Parents(g string) []string {
	var out []string
	if p := genreParent[g]; p != "" {
		out = append(out, p)
	}
	return append(out, genreAlso[g]...)
}

// Under reports whether genre g is want or has want among its ancestors
// along any parent: "hard bop" is under jazz, and video game music is
// under soundtrack and under electronic.
func Under(g, want string) bool {
	seen := map[string]bool{}
	todo := []string{g}
	for len(todo) > 0 {
		n := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if n == want {
			return true
		}
		if seen[n] {
			continue
		}
		seen[n] = true
		todo = append(todo, Parents(n)...)
	}
	return false
}

// Excluded returns the genres that leaving out the word or genre x rules
// out, each with everything under it: the genres x names (itself, an
// alias such as "game music" or "dance music", or a derived form) and
// their kin, the same family filed elsewhere (chiptune for video game
// music). It is nil when x names no genre.
func Excluded(x string) []string {
	x = strings.TrimSpace(x)
	var out []string
	add := func(g string) {
		if !contains(out, g) {
			out = append(out, g)
		}
	}
	// A genre's own name means the genre, even where a derived form
	// reads it otherwise ("electro" is a genre, not electronic).
	gs, form := Genres(x)
	if IsGenre(x) {
		add(x)
		if form {
			gs = nil
		}
	}
	for _, g := range gs {
		add(g)
	}
	for _, g := range slices.Clone(out) {
		for _, k := range genreKin[g] {
			add(k)
		}
	}
	return out
}

// Excludes reports whether leaving out x rules out genre g: g has one of
// the genres Excluded(x) among its ancestors along any parent, or is one.
// The engine and the evaluation both decide exclusions with it.
func Excludes(g, x string) bool {
	for _, e := range Excluded(x) {
		if Under(g, e) {
			return true
		}
	}
	return false
}

// Words returns the one-word entries of the vocabulary (genres, aliases,
// forms, moods, activities, settings and instruments) and the words the
// reader reads by its own rules ("upbeat", "minutes"), sorted.
func Words() []string {
	load()
	return words
}

// CorrectionReach is how many edits a misspelt word of n letters may be
// from the word it is read as: none under three letters, one up to five,
// two from six (the generator uses the same rule).
func CorrectionReach(n int) int {
	switch {
	case n < 3:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// IsEnglishNear reports whether w is an English word (a WordNet lemma)
// within CorrectionReach of a vocabulary word: "classic" is a word, not
// a misspelling of "classical".
func IsEnglishNear(w string) bool {
	load()
	return englishWords[w]
}

// IsRareEnglishNear reports whether w is one of the rarer words of SCOWL's
// larger list within CorrectionReach of a vocabulary word: "themed" is a
// word, not a misspelling of "theses". Unlike IsEnglishNear's words, these
// are not read as the vocabulary's words in any other way.
func IsRareEnglishNear(w string) bool {
	load()
	return rareEnglishWords[w]
}

// SpellingDistance is the optimal string alignment distance of a and b
// in runes (insertions, deletions, substitutions and swaps of neighbours
// count one each), or limit+1 once it must exceed limit.
func SpellingDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return min(d[len(ra)][len(rb)], limit+1)
}

// Children returns the genres directly under g, sorted.
func Children(g string) []string {
	load()
	return children[g]
}

// Neighbours returns the genres that share g's parent, and the genres
// listed as near g, sorted and without g.
func Neighbours(g string) []string {
	load()
	var out []string
	if p := genreParent[g]; p != "" {
		for _, c := range children[p] {
			if c != g {
				out = append(out, c)
			}
		}
	}
	for _, n := range genreNear[g] {
		if n != g && !contains(out, n) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// Near returns the genres a derived form of g ("jazzy") also means, such
// as bossa nova for jazz.
func Near(g string) []string { return genreNear[g] }

// Family returns g and every genre below it in the tree, along any
// parent.
func Family(g string) []string {
	load()
	out := []string{g}
	seen := map[string]bool{g: true}
	for i := 0; i < len(out); i++ {
		for _, c := range children[out[i]] {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// Genres returns the genres a word or phrase names: an alias ("game
// music" names video game music, game and soundtrack), a genre of the
// tree, or a derived form ("bluesy" names blues; "funky" is funk, not the
// tree's "funky"). form is true for a
// derived form, which describes rather than names ("jazzy").
func Genres(phrase string) (genres []string, form bool) {
	phrase = strings.TrimSpace(phrase)
	if gs, ok := genreAliases[phrase]; ok {
		return gs, false
	}
	if g, ok := formTable[phrase]; ok {
		return []string{g}, true
	}
	if IsGenre(phrase) {
		return []string{phrase}, false
	}
	return nil, false
}

// Mood returns the mood of models.MoodWords a word means, or "".
func Mood(word string) string { return lookup(moodTable, moodStems, word) }

// Context returns the activity of models.ContextWords a word means, or "".
// A verb of several words is read in the inflections of its first word,
// where English inflects it ("drifting off", "dozed off", "going to bed"
// are "drift off", "doze off", "go to bed").
func Context(word string) string {
	if c := lookup(contextTable, contextStems, word); c != "" || !strings.Contains(word, " ") {
		return c
	}
	first, rest, _ := strings.Cut(word, " ")
	for _, base := range VerbBases(first) {
		if c := contextTable[base+" "+rest]; c != "" {
			return c
		}
	}
	return ""
}

// VerbBases returns the bases a regular inflection of a verb may have
// been made from (morphy's detachment rules for verbs, with a doubled
// final consonant undone: "drifting" drift, "dozed" doze, "nodding" nod,
// "goes" go; "-es" only after a sibilant or an "o", TakesES), or nil for
// a word of no such ending.
func VerbBases(w string) []string {
	var stem []string
	switch {
	case strings.HasSuffix(w, "ing"):
		stem = []string{strings.TrimSuffix(w, "ing")}
	case strings.HasSuffix(w, "ied"):
		return []string{strings.TrimSuffix(w, "ied") + "y"}
	case strings.HasSuffix(w, "ed"):
		stem = []string{strings.TrimSuffix(w, "ed")}
	case strings.HasSuffix(w, "ies"):
		return []string{strings.TrimSuffix(w, "ies") + "y"}
	case strings.HasSuffix(w, "es") && TakesES(strings.TrimSuffix(w, "es")):
		return []string{strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "s")}
	case strings.HasSuffix(w, "es"):
		return []string{strings.TrimSuffix(w, "s")} // "dozes" is doze
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return []string{strings.TrimSuffix(w, "s")}
	default:
		return nil
	}
	b := stem[0]
	out := []string{b, b + "e"}
	if n := len(b); n >= 2 && b[n-1] == b[n-2] {
		out = append(out, b[:n-1])
	}
	return out
}

// Setting returns the setting a word means ("rainy", "beach"), or "".
func Setting(word string) string { return lookup(settingTable, settingStems, word) }

// Instruments returns the instruments of models.InstrumentWords a word
// means ("sax" is saxophone; "guitar" is acoustic and electric guitar).
// A relational adjective in -ic that the table does not hold reaches no
// instrument by its stem: it relates to its base in the base's general
// sense ("organic" to organisms, "tympanic" to the eardrum, "vocalic" to
// vowels), never to the instrument that shares the stem. ("acoustics",
// acoustic songs, is a noun and still reaches the acoustic guitar.)
func Instruments(word string) []string {
	if _, ok := instrumentTable[word]; !ok && strings.HasSuffix(word, "ic") {
		return nil
	}
	v := lookup(instrumentTable, instrumentStems, word)
	if v == "" {
		return nil
	}
	return strings.Split(v, "+")
}

// IsGenrePhrase reports whether phrase, of more than one word, is the
// name of a genre of the tree or an alias of genres ("outlaw country",
// "old school hip hop", "drum n bass"), not a derived form.
func IsGenrePhrase(phrase string) bool {
	load()
	return genrePhrases[phrase]
}

// Phrases returns every entry of more than one word, longest first, so a
// reader can match "video game music" before "music".
func Phrases() []string {
	load()
	return phrases
}

var (
	once                                                   sync.Once
	children                                               map[string][]string
	moodStems, contextStems, settingStems, instrumentStems map[string]string
	phrases                                                []string
	genrePhrases                                           map[string]bool
	words                                                  []string
	englishWords                                           map[string]bool
	rareEnglishWords                                       map[string]bool
)

func load() {
	once.Do(func() {
		children = map[string][]string{}
		for g := range genreParent {
			for _, p := range Parents(g) {
				children[p] = append(children[p], g)
			}
		}
		for _, c := range children {
			sort.Strings(c)
		}
		englishWords = map[string]bool{}
		for _, w := range strings.Fields(englishNear) {
			englishWords[w] = true
		}
		rareEnglishWords = map[string]bool{}
		for _, w := range strings.Fields(rareEnglishNear) {
			rareEnglishWords[w] = true
		}
		one := map[string]bool{}
		for _, m := range []map[string]string{genreParent, moodTable, contextTable, settingTable, instrumentTable, formTable} {
			for k := range m {
				one[k] = true
			}
		}
		for k := range genreAliases {
			one[k] = true
		}
		for _, k := range strings.Fields(readerWords) {
			one[k] = true
		}
		for k := range one {
			if !strings.ContainsAny(k, " -&'") {
				words = append(words, k)
			}
		}
		sort.Strings(words)
		moodStems, contextStems = stems(moodTable), stems(contextTable)
		settingStems, instrumentStems = stems(settingTable), stems(instrumentTable)
		seen := map[string]bool{}
		for _, m := range []map[string]string{genreParent, moodTable, contextTable, settingTable, instrumentTable, formTable} {
			for k := range m {
				if strings.Contains(k, " ") && !seen[k] {
					seen[k] = true
					phrases = append(phrases, k)
				}
			}
		}
		for k := range genreAliases {
			if strings.Contains(k, " ") && !seen[k] {
				seen[k] = true
				phrases = append(phrases, k)
			}
		}
		genrePhrases = map[string]bool{}
		for k := range genreParent {
			if strings.Contains(k, " ") {
				genrePhrases[k] = true
			}
		}
		for k := range genreAliases {
			if strings.Contains(k, " ") {
				genrePhrases[k] = true
			}
		}
		sort.Slice(phrases, func(i, j int) bool {
			if len(phrases[i]) != len(phrases[j]) {
				return len(phrases[i]) > len(phrases[j])
			}
			return phrases[i] < phrases[j]
		})
	})
}

// StemKeys indexes the one-word keys of a table by stem, stem to key;
// the first key in sorted order wins a shared stem. An adjective made with
// "-ly" from a noun or a verb ("lively", "lonely", "sparkly", "unearthly")
// is left out: the stemmer takes it back to that base ("live", "lone",
// "spark", "unearth"), a word of its own that says something else ("live
// music", "our lives"), so the adjective is read only as itself. The
// generator (gen/stems.go) finds the words whose stem match is false by
// the same index.
func StemKeys(table map[string]string) map[string]string {
	keys := make([]string, 0, len(table))
	for k := range table {
		if !strings.Contains(k, " ") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := map[string]string{}
	for _, k := range keys {
		s := Stem(k)
		if strings.HasSuffix(k, "ly") && !strings.HasSuffix(s, "li") {
			continue
		}
		if _, ok := out[s]; !ok && len(s) >= 3 {
			out[s] = k
		}
	}
	return out
}

// stems maps each stem of StemKeys onto its key's value in the table.
func stems(table map[string]string) map[string]string {
	out := map[string]string{}
	for s, k := range StemKeys(table) {
		out[s] = table[k]
	}
	return out
}

func lookup(table, byStem map[string]string, word string) string {
	if v, ok := table[word]; ok {
		return v
	}
	if strings.Contains(word, " ") {
		// "hard hitting" is the table's "hard-hitting".
		if v, ok := table[strings.ReplaceAll(word, " ", "-")]; ok {
			return v
		}
	}
	if strings.Contains(word, " ") || len(word) < 4 || IsProperNoun(word) {
		return "" // a name is read by no stem: "willie" is not "willies"
	}
	if stemFalseFriendSet()[word] {
		return "" // "literally" shares a stem with "literate", and nothing else
	}
	load()
	return byStem[Stem(word)]
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// AllGenres returns every genre of the tree, sorted.
func AllGenres() []string {
	out := make([]string, 0, len(genreParent))
	for g := range genreParent {
		out = append(out, g)
	}
	sort.Strings(out)
	return out
}

// Idiom is what a slang word or playlist idiom asks of the music
// ("slow jams", "bangers", "songs to cry to", "pump some iron"), from
// gen/idioms.txt.
type Idiom struct {
	// Genres are genres of the tree or aliases; Moods are of
	// models.MoodWords; Instruments of models.InstrumentWords; Activity of
	// models.ContextWords; Setting a setting; Time of models.TimeWords.
	Genres, Moods, Instruments []string
	Activity, Setting, Time    string
	// Energy is a level in [0, 1] when HasEnergy.
	Energy    float64
	HasEnergy bool
	// Tempo is "slow", "fast" or "".
	Tempo string
	// Old prefers older music; Familiar asks for what the listener
	// knows ("top 40"); Song means the phrase only names a song; Says
	// means it is conversation, asking nothing of the music (a texting
	// abbreviation: "rn", "lol", "af").
	Old, Familiar, Song, Says bool
	// Sources are the keys of the pages the meaning was taken from
	// (IdiomSource gives their addresses).
	Sources []string
}

// IdiomOf returns the idiom a lowercase phrase is (hyphens read as
// spaces), and whether it is one.
func IdiomOf(phrase string) (Idiom, bool) {
	v, ok := idiomTable[strings.Join(strings.Fields(strings.ReplaceAll(phrase, "-", " ")), " ")]
	if !ok {
		return Idiom{}, false
	}
	var id Idiom
	for _, f := range strings.Split(v, ";") {
		name, value, _ := strings.Cut(f, "=")
		switch name {
		case "genre":
			id.Genres = strings.Split(value, "|")
		case "mood":
			id.Moods = strings.Split(value, "|")
		case "instrument":
			id.Instruments = strings.Split(value, "|")
		case "activity":
			id.Activity = value
		case "setting":
			id.Setting = value
		case "time":
			id.Time = value
		case "energy":
			id.Energy, _ = strconv.ParseFloat(value, 64)
			id.HasEnergy = true
		case "tempo":
			id.Tempo = value
		case "era":
			id.Old = value == "old"
		case "familiar":
			id.Familiar = true
		case "song":
			id.Song = true
		case "says":
			id.Says = true
		case "src":
			id.Sources = strings.Fields(value)
		}
	}
	return id, true
}

// IdiomWords returns the most words an idiom starting with word has (its
// first word with hyphens read as spaces: "pick" for "pick-me-up"), or 0
// when none starts with it.
func IdiomWords(word string) int {
	idiomOnce.Do(loadIdioms)
	return idiomStart[word]
}

// IdiomSource returns the address of an idiom source key.
func IdiomSource(key string) string { return idiomSources[key] }

// IdiomPhrases returns every idiom, longest first (by words, then
// letters), hyphens as spaces.
func IdiomPhrases() []string {
	idiomOnce.Do(loadIdioms)
	return idiomList
}

func loadIdioms() {
	idiomStart = map[string]int{}
	for k := range idiomTable {
		idiomList = append(idiomList, k)
		f := strings.Fields(k)
		idiomStart[f[0]] = max(idiomStart[f[0]], len(f))
	}
	sort.Slice(idiomList, func(i, j int) bool {
		a, b := idiomList[i], idiomList[j]
		if na, nb := strings.Count(a, " "), strings.Count(b, " "); na != nb {
			return na > nb
		}
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
}

var (
	idiomOnce  sync.Once
	idiomList  []string
	idiomStart map[string]int // first word -> most words of an idiom starting with it
)

// MoodNear returns the moods WordNet relates to a mood (moodNear): a
// track tagged with one of them suits a request for the mood nearly as
// well ("melancholic" for "sad").
func MoodNear(mood string) []string { return moodNear[mood] }

// MoodKinds returns the moods WordNet files as kinds of a mood
// (moodKinds): a track tagged "melancholic" or "wistful" is sad, while
// a track tagged sad is only near melancholic (MoodNear).
func MoodKinds(mood string) []string { return moodKinds[mood] }

// EmojiWords returns what the Unicode CLDR annotations call an emoji:
// its short name and then its keywords, lowercase, in the order a reader
// should try them ("😴": sleeping face, face, good night, sleep, zzz). A
// variation selector in e is ignored; nil when e is no emoji CLDR names.
func EmojiWords(e string) []string {
	s, ok := emojiNames[strings.ReplaceAll(e, "\ufe0f", "")]
	if !ok {
		return nil
	}
	return strings.Split(s, "|")
}
