package models

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"sleeve/models/vocab"
)

// reading is the state of one rule reading: the library's names, which
// word each constraint came from (for Understood), and which bytes of the
// message some rule accounted for.
type reading struct {
	lex  *Lexicon
	from map[string]string // "genre:jazz" -> "jazzy"
	used []bool
	// forms counts genres read from derived forms ("jazzy").
	forms int
	// search are words read as something that should still search.
	search []string
	// implied are the genres only an idiom implied ("beats" is hip hop).
	implied []string
	// partForms are the genres of derived forms said of a part of the
	// music ("jazzy keys"); see yieldImplied.
	partForms []string
	// written is the message as the rules first see it, before any rule
	// blanks what it read, at the same offsets as the text they blank.
	written string
	// inNames are the words of the moods that moodCompounds found inside
	// the name of a thing ("grim" of "grim reaper"): searched, and
	// accounted for as any word no rule read.
	inNames []string
	// families are the genres each name of several branches asked for
	// ("world music" is world, african, asian and latin american); see
	// narrowFamilies.
	families [][]string
	// heads are the last words of the genre names of several words read
	// ("metal" of "glam metal").
	heads []string
	// asides say what a negation that refuses nothing held (unasserted).
	asides []string
	// refusedEnergy are the energy levels of the words a negation
	// refused ("not too sleepy" is 0.1); see settleEnergy.
	refusedEnergy []float64
	// idiomEnergy is the energy target an idiom implied ("sing along"),
	// which a level said in words overrides; nil when none did.
	idiomEnergy *float64
	// degreeMoods are the moods of which a negation refused only a
	// degree ("less sad"); see settleMoods.
	degreeMoods []degreeRefusal
	// moodAt is where the message first asks for each mood it asks for.
	moodAt map[string]int
	// idiomMoods are the moods only an idiom implied ("bops" is happy
	// and playful); see settleMoods.
	idiomMoods []string
	// idiomActivity is whether the activity is the background that an
	// idiom implied ("unobtrusive"): how the music is heard, not what the
	// listener does, which an activity named outright replaces ("reading
	// music, something unobtrusive").
	idiomActivity bool
	// placeActivityEnd is where the place word that set the activity
	// ends ("trail" of "a trail run"), or 0; see readOne.
	placeActivityEnd int
}

func newReading(lex *Lexicon) *reading {
	return &reading{lex: lex, from: map[string]string{}, moodAt: map[string]int{}}
}

// note records that the constraint key came from the words w.
func (rd *reading) note(key, w string) {
	if _, ok := rd.from[key]; !ok {
		rd.from[key] = strings.TrimSpace(w)
	}
}

// genreSuffixes are words that may follow a genre without changing it.
var genreSuffixes = []string{" music", " songs", " tracks", " stuff", " please", " tunes"}

// genresOf returns the genres a phrase names: a built-in genre word, an
// alias, a genre of the tree, a derived form, or a genre tag of the
// library. With a lexicon that knows the library's genres, a tree genre
// that no tag of the library matches is not read as a genre ("boogie"
// then searches titles instead).
// notAGenre are words that name a genre of the tree or of a library's
// tags but never, said alone, the music a person asks for: beets' root
// "other", which is also ID3's genre 12 and a common tag, read from
// "others that sound similar" or "some other stuff".
var notAGenre = map[string]bool{"other": true, "others": true, "other music": true, "others music": true}

// namesAGenreOnlyBeforeMusic are the adjectives that name a genre only
// with "music" after them: world music is also called global or
// international music, but "the global scene" and "an international
// star" say nothing of it, as "dance" alone says dance music; "beautiful
// music" is easy listening's old radio name, but "hauntingly beautiful"
// praises whatever it is said of.
var namesAGenreOnlyBeforeMusic = map[string]bool{"global": true, "international": true, "beautiful": true}

func (rd *reading) genresOf(s string) []string {
	s = strings.TrimSpace(s)
	cands := []string{s}
	for _, suffix := range genreSuffixes {
		if t := strings.TrimSuffix(s, suffix); t != s {
			cands = append(cands, strings.TrimSpace(t))
		}
	}
	// "dance stuff" and "dance" are "dance music" when only that names a
	// genre.
	if last := cands[len(cands)-1]; last != "" && !strings.HasSuffix(last, " music") && !namesAGenreOnlyBeforeMusic[last] {
		cands = append(cands, last+" music")
	}
	for _, c := range cands {
		if c == "" || stopWords[c] || notAGenre[c] {
			continue
		}
		if g, ok := genres[c]; ok {
			rd.note("genre:"+g, s)
			return []string{g}
		}
		if gs, form := vocab.Genres(c); len(gs) > 0 {
			switch {
			case form:
				gs = rd.withNear(gs)
				rd.forms++
			case !rd.lex.HasGenres():
				// Unconfirmed by the library: a genre, and searched too.
				rd.search = append(rd.search, c)
			case !rd.inLibrary(gs):
				continue
			}
			for _, g := range gs {
				rd.note("genre:"+g, c)
			}
			return gs
		}
		if tags := rd.lex.Genre(c); len(tags) > 0 {
			g := strings.ToLower(tags[0])
			rd.note("genre:"+g, c)
			return []string{g}
		}
	}
	return nil
}

// withNear adds to the genres of a derived form the near genres that the
// library has ("jazzy" also means the library's Bossa Nova).
func (rd *reading) withNear(gs []string) []string {
	out := slices.Clone(gs)
	for _, g := range gs {
		for _, n := range vocab.Near(g) {
			if len(rd.lex.GenreLike(n)) > 0 && !contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

func (rd *reading) inLibrary(gs []string) bool {
	for _, g := range gs {
		for _, f := range vocab.Family(g) {
			if len(rd.lex.GenreLike(f)) > 0 {
				return true
			}
		}
	}
	return false
}

// voiceSex are the words for whether a woman or a man sings or plays.
var voiceSex = map[string]bool{"female": true, "male": true, "female-fronted": true, "male-fronted": true}

func trimGenreSuffix(s string) string {
	for _, suffix := range genreSuffixes {
		s = strings.TrimSuffix(s, suffix)
	}
	return s
}

// openCompounds closes a compound written as two words ("up beat",
// "lo fi", "down tempo", "afro beats") when the two words together are
// one word of the vocabulary and neither is a word the reader reads on
// its own nor the pair a phrase it reads ("sing along" stays apart):
// English writes many compounds open, closed or hyphenated alike. A verb
// and its particle stay apart ("stand up", "chill out", "jump up"), and
// so does a grammar word and the word after it ("a cold day"). The text
// keeps its length: the space moves after the closed word. Each is said
// in Understood ("“up beat” read as “upbeat”").
func (rd *reading) openCompounds(text string) string {
	toks := wordTokens(text)
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if text[a.b:b.a] != " " || !hasLetters(a.w) || !hasLetters(b.w) || strings.ContainsAny(a.w+b.w, "'-") {
			continue
		}
		joined := a.w + b.w
		if particles[b.w] || stopWords[a.w] && !particles[a.w] || len(a.w) < 2 ||
			!inSorted(vocab.Words(), joined) || knownWord(a.w) || knownWord(b.w) || knownWord(a.w+" "+b.w) ||
			vocab.IsGenrePhrase(a.w+" "+b.w) || knownWord(a.w+"-"+b.w) || vocab.IsGenre(a.w+"-"+b.w) {
			continue
		}
		rd.asides = append(rd.asides, "“"+a.w+" "+b.w+"” read as “"+joined+"”")
		text = text[:a.a] + joined + " " + text[b.b:]
		i++
	}
	return text
}

// joinedParticiples are the past participles that, after the word they
// take as their agent, make a compound adjective of it whether or not
// the writer puts the hyphen: "80s inspired synth", "jazz influenced hip
// hop", "piano driven ballads" are "80s-inspired", "jazz-influenced",
// "piano-driven" (compoundWith holds them).
var joinedParticiples = setOf(`inspired influenced infused tinged flavoured flavored based driven led laced themed`)

// hyphenParticiples writes the hyphen of a compound adjective written
// open (joinedParticiples), so that readCompound reads it as it reads the
// compound written closed: the word before must be one the reader knows
// (a genre, an instrument, a decade), and the participle must not take
// its agent after it ("inspired by the ocean" is read as a likeness). The
// text keeps its length.
func hyphenParticiples(text string) string {
	if !containsAny(text, []string{"inspired", "influenced", "infused", "tinged", "flavo", "based", "driven", "led", "laced", "themed"}) {
		return text
	}
	toks := wordTokens(text)
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		if !joinedParticiples[b.w] || text[a.b:b.a] != " " || stopWords[a.w] || i+1 < len(toks) && toks[i+1].w == "by" {
			continue
		}
		if !knownWord(a.w) && !decadeRe.MatchString(a.w) && !decadeWordRe.MatchString(a.w) {
			continue
		}
		text = text[:a.b] + "-" + text[b.a:]
	}
	return text
}

// kindNouns are the nouns of sort that, between a word and a noun of
// music, only say the music is of that sort ("dance type music", "chill
// kind of songs").
var kindNouns = setOf(`type kind sort style`)

// musicOfAKind blanks a noun of sort (kindNouns), with its "of", between
// a word and a noun of music, so that the two are read together as they
// would be without it ("dance type music" is dance music, "jazz kind of
// stuff" jazz stuff). A name before it ("brian eno style music") is read
// by the names first.
func musicOfAKind(text string) string {
	if !containsAny(text, []string{"type", "kind", "sort", "style"}) {
		return text
	}
	toks := wordTokens(text)
	for i := 1; i+1 < len(toks); i++ {
		if !kindNouns[toks[i].w] || stopWords[toks[i-1].w] || strings.TrimSpace(text[toks[i-1].b:toks[i].a]) != "" {
			continue
		}
		end, next := toks[i].b, i+1
		if toks[next].w == "of" && next+1 < len(toks) {
			end, next = toks[next].b, next+1
		}
		if !musicNouns[toks[next].w] || strings.TrimSpace(text[end:toks[next].a]) != "" {
			continue
		}
		text = blankSpan(text, toks[i].a, end)
	}
	return text
}

// screenWords are the words before "soundtrack" that say it is the music
// of a film, a show or a game, the genre, or of a kind like it
// ("minecraft style soundtrack").
var screenWords = setOf(`movie movies film films game games gaming video videogame tv television show shows series anime musical musicals broadway cinema disney pixar ghibli original official style type kind sort`)

// soundtrackOfOccasion rewrites "soundtrack" said of what the music is
// for as "playlist", a word the reader reads as asking nothing, padded
// to the same number of bytes: "my study soundtrack", "a power nap
// soundtrack", "the perfect soundtrack for a sunday lunch", "soundtrack
// to my ramadan nights". WordNet's soundtrack/n1 is a film's recorded
// sound, and Merriam-Webster also gives the music that goes with
// something ("the soundtrack of my life"). The soundtrack of a film,
// show or game (screenWords before it), or one said with "music" after
// it, stays the genre.
func soundtrackOfOccasion(text string) string {
	if !strings.Contains(text, "soundtrack") {
		return text
	}
	toks := wordTokens(text)
	for k, t := range toks {
		if t.w != "soundtrack" && t.w != "soundtracks" {
			continue
		}
		var prev string
		if k > 0 {
			prev = toks[k-1].w
		}
		if screenWords[prev] {
			continue
		}
		after := strings.TrimLeft(text[t.b:], " ")
		occasion := possessives[prev] || k > 1 && possessives[toks[k-2].w] ||
			strings.HasPrefix(after, "for ") || strings.HasPrefix(after, "to ") || strings.HasPrefix(after, "of my ") ||
			prev != "" && (vocab.Context(prev) != "" || vocab.Setting(prev) != "")
		if !occasion {
			continue
		}
		word := "playlist"
		if t.w == "soundtracks" {
			word = "playlists"
		}
		text = rewriteSpan(text, t.a, t.b, word)
	}
	return text
}

// inSorted reports whether the sorted list holds s.
func inSorted(list []string, s string) bool {
	_, ok := slices.BinarySearch(list, s)
	return ok
}

// particles are the adverbial particles of English phrasal verbs ("stand
// up", "chill out"); first in a compound they are its first part ("up
// beat", "down tempo").
var particles = setOf(`up down out off in on over back away along around through`)

// danceOfGenre reads "dance music" after a genre's name as music to dance
// to of that genre: in "african dance music" or "latin dance music" the
// genre names the music and "dance" what it is for, where "dance music"
// alone is the family of electronic dance music. It blanks "music", so
// that "dance" is read as dancing; a genre's name of its own ("electronic
// dance music") is left to the genre rules.
func danceOfGenre(text string) string {
	if !strings.Contains(text, " dance music") {
		return text
	}
	toks := wordTokens(text)
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].w != "dance" || toks[i+1].w != "music" || strings.TrimSpace(text[toks[i-1].b:toks[i].a]) != "" {
			continue
		}
		g := toks[i-1].w
		if !isGenreName(g) || vocab.IsGenrePhrase(g+" dance music") || vocab.IsGenrePhrase(g+" dance") {
			continue
		}
		text = blankSpan(text, toks[i+1].a, toks[i+1].b)
	}
	return text
}

// placeGenres reads a place said as where the music is from ("trance
// from 1970s africa", "sounds of brazil", "music from asia") as the genre
// its demonym names, by English's demonym suffixes -n, -an and -ian
// ("africa" → "african", "brazil" → "brazilian"): the place follows
// "from", "of" or "in", with "the" or a decade between at most. A genre
// named just before it that makes a genre's name with the demonym is
// read as that genre ("hip hop from africa" is african hip hop). A place
// whose word of origin is no genre's name ("india": indian, "jamaica":
// jamaican; WordNet) is read as that word said alone (readOrigin). A word
// the vocabulary reads otherwise is left alone.
func (rd *reading) placeGenres(r *Request, text string) string {
	if !strings.Contains(text, "from ") && !strings.Contains(text, "of ") && !strings.Contains(text, "in ") {
		return text
	}
	toks := wordTokens(text)
	for i, t := range toks {
		if i == 0 || len(t.w) < 4 || knownWord(t.w) || rd.lex.HasWord(t.w) {
			continue
		}
		origin := -1
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			w := toks[k].w
			if strings.ContainsAny(text[toks[k].b:toks[k+1].a], ",.;:!?") {
				break
			}
			if w == "from" || w == "of" || w == "in" {
				origin = k
				break
			}
			if w != "the" && !decadeRe.MatchString(w) {
				break
			}
		}
		if origin < 0 {
			continue
		}
		demonym := false
		for _, suf := range []string{"n", "an", "ian"} {
			d := t.w + suf
			if !isGenreName(d) {
				continue
			}
			demonym = true
			// The genre named just before, with the demonym, may be a
			// genre of its own: "hip hop from africa" is african hip hop.
			for n := 2; n >= 1; n-- {
				if origin-n < 0 || strings.ContainsAny(text[toks[origin-n].a:toks[origin].a], ",.;:!?") {
					continue
				}
				words := make([]string, 0, n)
				for k := origin - n; k < origin; k++ {
					words = append(words, toks[k].w)
				}
				phrase := d + " " + strings.Join(words, " ")
				if !vocab.IsGenrePhrase(phrase) || len(rd.genresOf(phrase)) == 0 {
					continue
				}
				if rd.readAs(r, phrase, negatedAt(text, toks[origin-n].a)) {
					rd.note("genre:"+phrase, strings.Join(words, " ")+" from "+t.w)
					text = blankSpan(text, toks[origin-n].a, toks[origin-1].b)
					text = blankSpan(text, t.a, t.b)
					d = ""
				}
				break
			}
			if d != "" && rd.readAs(r, d, negatedAt(text, t.a)) {
				rd.note("genre:"+d, t.w)
				text = blankSpan(text, t.a, t.b)
			}
			break
		}
		// A place whose word of origin names no genre itself, by
		// WordNet ("india": indian, "jamaica": jamaican), is read as
		// that word said alone; after a genre's name, as that genre's
		// kinds from there, else left alone ("city pop from japan" is
		// no wider than city pop).
		o := vocab.PlaceOrigin(t.w)
		if demonym || o == "" {
			continue
		}
		neg := negatedAt(text, t.a)
		if heads := genresBefore(text, toks, origin); len(heads) > 0 {
			gs, _ := vocab.Origin(o)
			if rd.readHeld(r, kindsUnder(gs, heads), t.w, neg) {
				text = blankSpan(text, t.a, t.b)
			}
		} else if rd.readOrigin(r, o, t.w, neg, false) {
			text = blankSpan(text, t.a, t.b)
		}
	}
	return text
}

// genrePhrases reads the genre names of more than one word ("outlaw
// country", "deep house", "old school hip hop", "rhythm and blues")
// before the one-word rules can take their last word alone and leave the
// rest unread, and blanks them. A named genre the library does not have is
// read as its nearest ancestor that it has ("outlaw country" as country),
// its leading mood words read as moods ("dark ambient" as dark ambient
// music), when the name is a kind of genre: it ends in a genre's name or in
// "music" after a word that is not a mood, activity or setting. A refused
// genre is refused as named, never widened to its ancestor ("jazz but not
// smooth jazz").
func (rd *reading) genrePhrases(r *Request, text string) string {
	toks := wordTokens(text)
	for i := 0; i < len(toks); i++ {
		for n := min(5, len(toks)-i); n >= 2; n-- {
			last := toks[i+n-1]
			if strings.TrimSpace(text[toks[i].a:last.b]) != text[toks[i].a:last.b] {
				continue
			}
			words := make([]string, n)
			adjacent, ampersand := true, -1
			for k := range n {
				words[k] = toks[i+k].w
				if k > 0 {
					switch strings.TrimSpace(text[toks[i+k-1].b:toks[i+k].a]) {
					case "":
					case "&":
						ampersand = k
					default:
						adjacent = false
					}
				}
			}
			phrase := strings.Join(words, " ")
			if ampersand > 0 {
				// "rhythm & blues", "country & western": the ampersand
				// is "and", as the names are written.
				if n != 2 {
					continue
				}
				phrase = words[0] + " and " + words[1]
			}
			if n == 3 && (words[1] == "n" || words[1] == "'n'" || words[1] == "'n") {
				// "rock n roll", "rock 'n' roll": "n" is "and".
				if and := words[0] + " and " + words[2]; vocab.IsGenrePhrase(and) {
					phrase = and
				}
			}
			if spaced := strings.ReplaceAll(phrase, "-", " "); spaced != phrase && !vocab.IsGenrePhrase(phrase) && vocab.IsGenrePhrase(spaced) {
				// "african hip-hop": a word of a genre's name written
				// with a hyphen ("hip-hop") is the name's words.
				phrase = spaced
			}
			if !adjacent || !vocab.IsGenrePhrase(phrase) {
				continue
			}
			neg := negatedAt(text, toks[i].a)
			gs := rd.genresOf(phrase)
			if len(gs) == 0 && neg {
				gs = []string{phrase}
				rd.note("genre:"+phrase, phrase)
			}
			keep := -1 // the words before it are left to the other rules
			if len(gs) == 0 {
				gs = rd.ancestorInLibrary(phrase)
				// "dark ambient" read as ambient is still dark, and "old
				// school hip hop" read as hip hop still old school.
				for keep+1 < n-1 && (describesMood(words[keep+1]) || eraWords[words[keep+1]]) {
					keep++
				}
			}
			if len(gs) == 0 && rd.lex.HasGenres() && namesAKind(phrase) && !rd.namesInLibrary(phrase) {
				// Nothing near it in the library either: read as itself,
				// for the ranking to say so.
				gs = namedGenres(phrase)
				for _, g := range gs {
					rd.note("genre:"+g, phrase)
				}
				keep = -1
			}
			if len(gs) == 0 {
				continue
			}
			if neg {
				r.ExcludeGenres = append(r.ExcludeGenres, gs...)
				// Searching would pull toward what was refused.
				rd.search = slices.DeleteFunc(rd.search, func(w string) bool { return w == phrase })
			} else {
				r.Genres = append(r.Genres, gs...)
				if len(gs) > 1 {
					rd.families = append(rd.families, gs)
				}
			}
			from := toks[i+keep+1].a
			text = blankSpan(text, from, last.b)
			if keep < 0 {
				text = rd.elidedHeads(r, text, toks[:i], toks[i].a, words[1:], neg)
				if h := strings.Join(words[1:], " "); !contains(rd.heads, h) {
					rd.heads = append(rd.heads, h)
				}
			}
			i += n - 1
			break
		}
	}
	return text
}

// elidedHeads reads the genres whose shared last words a coordination
// leaves out before a genre's name ("glam and hair metal" is glam metal
// and hair metal, "death, black and doom metal", "deep or tech house"):
// walking back from start over before, each word joined by "and", "or",
// "nor", "&" or a comma that is no genre of its own (or one only as a
// shortening, see shortenedName) but makes a genre's name with head is
// read as that genre, refused when the name was. It blanks what it read.
func (rd *reading) elidedHeads(r *Request, text string, before []token, start int, head []string, neg bool) string {
	cur := start
	for k := len(before) - 1; k >= 0; k-- {
		t := before[k]
		between := strings.TrimSpace(text[t.b:cur])
		var mod token
		switch {
		case between == "" && (t.w == "and" || t.w == "or" || t.w == "nor" || t.w == "&"):
			if k--; k < 0 {
				return text
			}
			mod = before[k]
			if gap := strings.TrimSpace(text[mod.b:t.a]); gap != "" && gap != "," {
				return text
			}
		case between == ",":
			mod = t
		default:
			return text
		}
		phrase := mod.w + " " + strings.Join(head, " ")
		own := genres[mod.w] != "" || len(rd.genresOf(mod.w)) > 0 && !shortenedName(mod.w)
		if own || !vocab.IsGenrePhrase(phrase) {
			return text
		}
		gs := rd.genresOf(phrase)
		if len(gs) == 0 {
			gs = rd.ancestorInLibrary(phrase)
		}
		if len(gs) == 0 {
			return text
		}
		if neg {
			r.ExcludeGenres = append(r.ExcludeGenres, gs...)
		} else {
			r.Genres = append(r.Genres, gs...)
		}
		text = blankSpan(text, mod.a, mod.b)
		cur = mod.a
	}
	return text
}

// shortenedName reports whether a word names a genre only as a
// shortening of a longer name (an alias, not a genre of the tree nor a
// derived form: "glam" is glam rock, "thrash" thrash metal), which
// coordinated before a head ("glam and hair metal") is the modifier of
// the head's genre.
func shortenedName(w string) bool {
	gs, form := vocab.Genres(w)
	return len(gs) > 0 && !form && !vocab.IsGenre(w)
}

// genreCompounds blanks the genre's name in WordNet's nouns of two words
// that name a thing, place, event or food ("background noise", "house
// party", "beach house", "soul food"), so it is not read as the genre; the
// other word is read on its own ("house party" is a party). A compound of
// two genres' names ("country house") is left to the genre rules, and one
// the vocabulary reads whole ("acoustic guitar") to the vocabulary.
func genreCompounds(text string) string {
	toks := wordTokens(text)
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if strings.TrimSpace(text[a.b:b.a]) != "" || !vocab.IsGenreCompound(a.w+" "+b.w) || knownWord(a.w+" "+b.w) {
			continue
		}
		if eraWords[a.w] {
			// "old country" is WordNet's homeland, but in a request it
			// is country music from long ago ("old jazz"): the era word
			// is read as such.
			continue
		}
		if i > 0 && strings.TrimSpace(text[toks[i-1].b:a.a]) == "" && knownWord(toks[i-1].w+" "+a.w) {
			// The first word already ends a phrase with the word before
			// it, which claims it first: "laid back country" is laid-back
			// country music, not the back country.
			continue
		}
		ga, gb := isGenreName(a.w), isGenreName(b.w)
		switch {
		case ga && !gb:
			text = blankSpan(text, a.a, a.b)
		case gb && !ga:
			text = blankSpan(text, b.a, b.b)
		}
		i++
	}
	return text
}

// moodCompounds blanks a mood's word that begins one of WordNet's nouns
// of two words naming a thing, person, place or act (vocab's
// moodCompounds: "grim reaper", "soft drink", "bubble bath", "heavy
// lifting"): the word is part of the name and says nothing of the music.
// The other word is read on its own ("bubble bath" is a bath). A compound
// with a genre's name in it is left to genreCompounds and the genre
// rules, and one the vocabulary reads whole to the vocabulary. The word
// blanked is still searched, and reported as not understood unless the
// library holds it (account).
func (rd *reading) moodCompounds(text string) string {
	toks := wordTokens(text)
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		phrase := a.w + " " + b.w
		if strings.TrimSpace(text[a.b:b.a]) != "" || !vocab.IsMoodCompound(phrase) || knownWord(phrase) || !describesMood(a.w) || isGenreName(b.w) {
			continue
		}
		if i > 0 && strings.TrimSpace(text[toks[i-1].b:a.a]) == "" && knownWord(toks[i-1].w+" "+a.w) {
			continue // the word before claims it first, as in genreCompounds
		}
		rd.inNames = append(rd.inNames, a.w)
		text = blankSpan(text, a.a, a.b)
		i++
	}
	return text
}

// isGenreName reports whether a word is a genre's name for the reader.
func isGenreName(w string) bool {
	gs, form := vocab.Genres(w)
	return genres[w] != "" || vocab.IsGenre(w) || len(gs) > 0 && !form
}

// eraWords are the words of eraRe.
var eraWords = setOf(`classic old school skool oldies oldie vintage`)

// describesMood reports whether a word is a mood or energy word and not
// a genre's name ("dark", "smooth"; not "progressive").
func describesMood(w string) bool {
	if gs, _ := vocab.Genres(w); len(gs) > 0 || genres[w] != "" {
		return false
	}
	_, syn := moodSynonyms[w]
	_, energy := energyWords[w]
	return syn || energy || contains(MoodWords, w) || vocab.Mood(w) != ""
}

// verbBases returns the forms a verb said with an ending could have
// before it: "hypes" hype, "ramping" ramp, "hyping" hype, "getting" get
// (vocab.VerbBases: English's regular inflections, with a doubled last
// consonant or a dropped final e). Only a phrase of the idioms that one
// of them starts is read so. The past participle is left out: it is as
// often an adjective with a sense of its own ("pumped up music" is
// energetic, where "pump me up" also lifts the spirits).
func verbBases(w string) []string {
	if strings.HasSuffix(w, "ed") {
		return nil
	}
	var out []string
	for _, b := range vocab.VerbBases(w) {
		if len(b) >= 2 && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}

// idioms reads the slang and playlist idioms of the vocabulary
// (vocab.IdiomOf: "slow jams", "bangers", "songs to cry to", "pump some
// iron", "the whip"), longest first, into what they ask of the music, and
// blanks them, before the one-word rules can take a word of them alone
// ("slow" of "slow jams"). A number's unit ("120 beats") and an exact
// name of the library are not idioms. Refused, an idiom's genres and
// moods are left out; what else it asks is dropped.
func (rd *reading) idioms(r *Request, text string) string {
	var tempo [][]int
	tempoFound := false
	inTempo := func(a, b int) bool {
		if !tempoFound {
			tempoFound = true
			for _, re := range []*regexp.Regexp{bpmRangeRe, bpmBoundRe, bpmAfterRe, bpmRe2} {
				tempo = append(tempo, re.FindAllStringIndex(text, -1)...)
			}
		}
		return slices.ContainsFunc(tempo, func(s []int) bool { return s[0] < b && a < s[1] })
	}
	toks := wordTokens(text)
	for i := 0; i < len(toks); i++ {
		first, _, _ := strings.Cut(toks[i].w, "-")
		most := vocab.IdiomWords(first)
		bases := verbBases(toks[i].w)
		for _, base := range bases {
			most = max(most, vocab.IdiomWords(base))
		}
		if most == 0 {
			continue
		}
		for n := min(most, len(toks)-i); n >= 1; n-- {
			a, b := toks[i].a, toks[i+n-1].b
			if strings.ContainsAny(text[a:b], ",.;!?\"") {
				continue
			}
			words := make([]string, n)
			for k := range n {
				words[k] = toks[i+k].w
			}
			phrase := strings.Join(words, " ")
			id, ok := vocab.IdiomOf(phrase)
			for _, base := range bases {
				if ok || n < 2 {
					break
				}
				// "hypes me up", "ramping me up": a verb phrase of the
				// idioms said in another form of its verb.
				id, ok = vocab.IdiomOf(base + " " + strings.Join(words[1:], " "))
			}
			if !ok || inTempo(a, b) || rd.lex.IsName(phrase) || n > 1 && overlapsAPhrase(text, b, words[n-1], toks[i+n:]) {
				continue
			}
			// The words before may be read and blanked already ("slower
			// melodic beats"): they describe the beat as written.
			if phrase == "beats" && (rhythmDescribed(text, toks[:i]) || len(rd.written) == len(text) && rhythmDescribed(rd.written, wordTokens(rd.written[:a]))) {
				id, _ = vocab.IdiomOf("beat") // "fast aggressive beats": the beat itself
			}
			tooFor := exceedsANeed(text, a, b) // "too sleepy to focus"
			neg := negatedAt(text, a) || tooFor
			if neg && (tooFor || refusedAsLevel(text[:a])) && id.HasEnergy {
				// "not too sleepy", "calm but not sleepy": a level of energy
				// refused, not only the activity the word names.
				rd.refusedEnergy = append(rd.refusedEnergy, id.Energy)
			}
			if neg && (tooFor || refusedAsLevel(text[:a])) {
				// A tempo refused as a level flips as the tempo words'
				// do: "not too sluggish" is "not too slow" ("anything
				// but bangers" refuses the music, not a tempo).
				if lo, hi := refusedTempo(id.Tempo); lo > 0 {
					r.PreferTempoMin = max(r.PreferTempoMin, lo)
				} else if hi > 0 && (r.PreferTempoMax == 0 || r.PreferTempoMax > hi) {
					r.PreferTempoMax = hi
				}
			}
			rd.readIdiom(r, id, phrase, neg)
			if !neg {
				// A word of the library's names in it still ranks what holds
				// it ("a sunday afternoon" beside a title with "Sunday"),
				// unless the word alone names the activity the idiom asks
				// for ("dance" of "a slow dance" is the dancing).
				for _, w := range words {
					if id.Activity != "" && vocab.Context(w) == id.Activity {
						continue
					}
					if !stopWords[w] && !fillerWords[w] && rd.lex.HasWord(w) && !contains(rd.search, w) {
						rd.search = append(rd.search, w)
					}
				}
			}
			text = blankSpan(text, a, b)
			i += n - 1
			break
		}
	}
	return text
}

// overlapsAPhrase reports whether an idiom's last word and the word right
// after it (next, the tokens that follow the idiom, which ends at byte b)
// form an activity or setting of the vocabulary: "keep us moving boxes" is
// moving house, not music that keeps one moving.
func overlapsAPhrase(text string, b int, last string, next []token) bool {
	if len(next) == 0 || strings.ContainsAny(text[b:next[0].a], ",.;:!?") {
		return false
	}
	p := last + " " + next[0].w
	return vocab.Context(p) != "" || vocab.Setting(p) != ""
}

// rhythmDescribed reports whether one of the two words just before
// "beats" (before, the tokens up to it, in the same phrase) says how fast
// or how forceful the beat is ("fast aggressive beats", "slower melodic
// beats", "pounding beats"): a tempo word, its comparative, or a word of
// high energy. "beats" is then the beat of the music, not hip hop, which
// the bare plural names in "beats to study to"; words of low energy
// ("chill beats", "soft beats") are the idiom's own.
func rhythmDescribed(text string, before []token) bool {
	end := len(text)
	for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
		t := before[k]
		if k < len(before)-1 && strings.ContainsAny(text[t.b:end], ",.;:!?") {
			return false
		}
		end = t.a
		for _, w := range append([]string{t.w}, vocab.ComparativeBases(t.w)...) {
			if energyWords[w] >= 0.7 {
				return true
			}
			for _, tw := range tempoWords {
				if tw.min > 0 || tw.max > 0 {
					if tw.re.MatchString(w) && tw.re.FindString(w) == w {
						return true
					}
				}
			}
		}
	}
	return false
}

// levelNegators are the words right before a refused word that make it a
// refused degree of something ("not sleepy", "not too sleepy", "nothing
// overly sleepy") rather than a refused thing ("nothing for a barbecue").
var levelNegators = map[string]bool{
	"not": true, "too": true, "overly": true, "excessively": true, "that": true, "so": true,
	"very": true, "super": true, "extra": true, "n't": true,
}

// refusedAsLevel reports whether the negated words that follow before
// are refused as a degree: the word before them is "not" or a word of
// degree (see levelNegators).
func refusedAsLevel(before string) bool {
	w := lastWord(before)
	return levelNegators[w] || strings.HasSuffix(w, "n't")
}

// readIdiom applies what an idiom asks: its genres as the library's (or
// their nearest ancestor it has), moods, activity, setting, time of day,
// energy, tempo preference and era, each said as the idiom.
func (rd *reading) readIdiom(r *Request, id vocab.Idiom, phrase string, neg bool) {
	for _, g := range id.Genres {
		gs := rd.genresOf(g)
		if len(gs) > 0 && !neg && rd.lex.HasGenres() && !rd.inLibrary(gs) {
			gs = nil // a built-in name the library has nothing of
		}
		if len(gs) == 0 && !neg {
			gs = rd.ancestorInLibrary(g)
		}
		if len(gs) == 0 && (neg || !rd.lex.HasGenres()) {
			gs = namedGenres(g)
		}
		// A genre an idiom only implies ("headbanging" is metal) is
		// dropped when the library has nothing near it; its mood and
		// energy still say what was asked.
		for _, x := range gs {
			rd.from["genre:"+x] = phrase
		}
		switch {
		case neg:
			r.ExcludeGenres = append(r.ExcludeGenres, gs...)
		case phrase == g || phrase == g+" sound" || phrase == g+" music":
			// The idiom is the genre's own name ("motown", "motown
			// sound", whose entry adds its era): the genre is said
			// outright, and does not yield to another named beside it
			// ("any motown, some big band swing").
			r.Genres = append(r.Genres, gs...)
		default:
			r.Genres = append(r.Genres, gs...)
			rd.implied = append(rd.implied, gs...)
		}
	}
	for _, m := range id.Moods {
		if neg {
			r.ExcludeMoods = append(r.ExcludeMoods, m)
		} else {
			r.Moods = append(r.Moods, m)
			rd.idiomMoods = append(rd.idiomMoods, m)
		}
		rd.from["mood:"+m] = phrase
	}
	if len(id.Instruments) > 0 {
		// "sing along" asks for a voice to sing with; refused ("nothing
		// i'd sing along to"), for instrumental music.
		rd.readInstruments(r, phrase, id.Instruments, neg)
	}
	if id.Familiar {
		// "top 40" asks for what the listener knows, as "mainstream"
		// does (familiarWords); refused ("not top 40"), for the new.
		v := 0.15
		if neg {
			v = familiarOpposite(v)
		}
		r.Familiarity = clampPtr(v, 0, 1)
	}
	if neg {
		// "not too sleepy" refuses a level of energy and, with it, the
		// activity or setting the word would have asked for.
		// "nothing for a barbecue", "not too sleepy": the activity or
		// setting the words would have asked for is refused.
		for _, c := range []string{id.Activity, id.Setting} {
			if c != "" {
				r.ExcludeContexts = appendNew(r.ExcludeContexts, c)
				rd.asides = appendNew(rd.asides, "not "+phrase)
			}
		}
		return
	}
	if id.Activity != "" && r.Activity == "" {
		r.Activity, rd.idiomActivity = id.Activity, id.Activity == "background"
		rd.note("activity:"+id.Activity, phrase)
	}
	if id.Setting != "" && r.Setting == "" {
		r.Setting = id.Setting
		rd.note("setting:"+id.Setting, phrase)
	}
	if id.Time != "" && r.TimeOfDay == "" {
		r.TimeOfDay = id.Time
	}
	if id.HasEnergy && r.Energy == nil {
		r.Energy = clampPtr(id.Energy, 0, 1)
		rd.idiomEnergy = r.Energy
		rd.note("energy:level", phrase) // "energy 0.25 (from “subdued”)"
	}
	switch id.Tempo {
	case "slow":
		if r.PreferTempoMax == 0 || r.PreferTempoMax > 95 {
			r.PreferTempoMax = 95
		}
	case "fast":
		r.PreferTempoMin = max(r.PreferTempoMin, 125)
	}
	if id.Old && r.PreferYearMax == 0 {
		r.PreferYearMax = eraYearMax
	}
}

// namedGenres returns the genres of the tree (or of an alias) that a
// phrase names, said with or without hyphens and a trailing "music"
// ("honky-tonk", "j pop", "celtic"), and nil for a derived form or a
// phrase that names none.
func namedGenres(phrase string) []string {
	phrase = strings.TrimSpace(phrase)
	bare := trimGenreSuffix(phrase)
	if notAGenre[phrase] || notAGenre[bare] {
		return nil
	}
	forms := []string{phrase, bare}
	if len(bare) > 4 && strings.HasSuffix(bare, "s") && !strings.HasSuffix(bare, "ss") {
		forms = append(forms, strings.TrimSuffix(bare, "s")) // "gregorian chants", "string quartets"
	}
	for _, c := range forms {
		cands := []string{c}
		if strings.Contains(c, "-") {
			cands = append(cands, strings.ReplaceAll(c, "-", " "))
		}
		if strings.Contains(c, " ") {
			cands = append(cands, strings.ReplaceAll(c, " ", "-"))
		}
		if !namesAGenreOnlyBeforeMusic[c] {
			cands = append(cands, c+" music")
		}
		for _, k := range cands {
			if gs, form := vocab.Genres(k); len(gs) > 0 {
				if form {
					return nil
				}
				return gs
			}
		}
	}
	return nil
}

// namedGenresLacking returns the genres a phrase names (namedGenres) when
// the reader knows the library's genres, and nil otherwise.
func (rd *reading) namedGenresLacking(phrase string) []string {
	if !rd.lex.HasGenres() {
		return nil
	}
	return namedGenres(phrase)
}

// namesInLibrary reports whether phrase names something of the library
// rather than a genre it lacks: a word of its names ("boogie", in three
// titles), or, for several words, exactly a title, artist or album ("dream
// pop" is a genre even where a title holds "Dream").
func (rd *reading) namesInLibrary(phrase string) bool {
	if strings.Contains(strings.TrimSpace(phrase), " ") {
		return rd.lex.IsName(phrase)
	}
	return phrase != "" && rd.lex.HasWord(phrase)
}

// namesAKind reports whether a genre phrase names a kind of music rather
// than saying what the music is for or like in words the vocabulary reads
// otherwise: "background music", "acoustic" and "swing" are read as an
// activity, an instrument and a mood when the library has no such genre;
// "honky tonk", "bebop" and "dark ambient" name kinds of music.
func namesAKind(phrase string) bool {
	rest := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(phrase), " music"))
	// A word read otherwise, or one before "music", says what the music is
	// for or like ("acoustic", "background music"); a name of several
	// words is judged by its words ("honky tonk", though a honky-tonk is
	// also a bar).
	// A place that says nothing of the music names the genre before
	// "music" ("lounge music").
	beforeMusic := rest != strings.TrimSpace(phrase)
	other := func(w string) bool { return readsOtherwise(w) && !(beforeMusic && placeOfNoCharacter(w)) }
	if other(rest) && (!strings.Contains(rest, " ") || beforeMusic) {
		return false
	}
	words := strings.Fields(rest)
	for _, w := range words {
		if !other(w) && !stopWords[w] {
			return true
		}
	}
	// Every word is read otherwise, unless the last names a genre
	// ("dark ambient").
	for k := 1; k < len(words); k++ {
		if tail := strings.Join(words[k:], " "); vocab.IsGenre(tail) || genres[tail] != "" {
			return true
		}
	}
	return false
}

// placeOfNoCharacter reports whether w is read only as a setting that
// says nothing of the music ("lounge", a bar, where people play what they
// like): before "music" it is the genre that the tree names so ("lounge
// music", easy listening), which says what the music is.
func placeOfNoCharacter(w string) bool {
	s := vocab.Setting(w)
	return s != "" && len(vocab.SettingMoods(s)) == 0 && vocab.Mood(w) == "" && vocab.Context(w) == "" &&
		len(vocab.Instruments(w)) == 0 && moodSynonyms[w] == "" && !contains(MoodWords, w) && !contains(ContextWords, w)
}

// readsOtherwise reports whether the reader reads a word or phrase as
// something other than a genre: a mood, energy, activity, setting, time
// of day or instrument word, or a tempo word.
func readsOtherwise(s string) bool {
	if s == "" {
		return true
	}
	_, syn := moodSynonyms[s]
	_, energy := energyWords[s]
	if syn || energy || contains(MoodWords, s) || contains(ContextWords, s) || contains(TimeWords, s) {
		return true
	}
	if vocab.Mood(s) != "" || vocab.Context(s) != "" || vocab.Setting(s) != "" || len(vocab.Instruments(s)) > 0 {
		return true
	}
	for _, w := range tempoWords {
		if w.re.MatchString(" " + s + " ") {
			return true
		}
	}
	return false
}

// ancestorInLibrary returns, for a genre phrase of the tree or of an
// alias that the library has no tag of, its nearest ancestor whose
// family the library has, as genresOf reads it ("bebop" is jazz, "samba"
// the library's Brazilian music, "honky tonk" country), or nil: the
// smallest branch of the tree that holds both what was named and
// something of the library. A phrase that is a word of the library's
// names is left to the search ("boogie" in three titles).
func (rd *reading) ancestorInLibrary(phrase string) []string {
	if !rd.lex.HasGenres() {
		return nil
	}
	if rd.namesInLibrary(trimGenreSuffix(phrase)) {
		return nil
	}
	named := namedGenres(phrase)
	if len(named) == 0 || !namesAKind(phrase) {
		return nil
	}
	if rd.inLibrary(named) {
		// Said otherwise than the library's tag ("chiptunes").
		for _, g := range named {
			rd.from["genre:"+g] = phrase
		}
		return named
	}
	seen := map[string]bool{}
	var todo []string
	for _, g := range named {
		todo = append(todo, vocab.Parents(g)...)
	}
	for len(todo) > 0 {
		var next, found []string
		for _, p := range todo {
			if seen[p] {
				continue
			}
			seen[p] = true
			if rd.inLibrary([]string{p}) {
				// Every ancestor the library has at the nearest level: a
				// genre filed under two parents ("trap", under UK garage
				// in the tree and under hip hop in use) is both.
				rd.from["genre:"+p] = phrase // said as the phrase, not the ancestor
				found = append(found, p)
				continue
			}
			next = append(next, vocab.Parents(p)...)
		}
		if len(found) > 0 {
			return found
		}
		todo = next
	}
	return nil
}

// instrumentsOf returns the instruments a phrase names ("no sax"). What
// an instrument plays ("bass lines", "a guitar riff", "piano notes",
// "guitar solos") is the instrument's sound.
func instrumentsOf(s string) []string {
	s = strings.TrimSpace(s)
	for _, suffix := range instrumentParts {
		s = strings.TrimSuffix(s, suffix)
	}
	if ins := vocab.Instruments(s); len(ins) > 0 || !strings.Contains(s, " ") {
		return ins
	}
	if register, rest, _ := strings.Cut(s, " "); vocab.IsRegister(register) && !strings.Contains(rest, " ") {
		// A register before an instrument that no entry names says which
		// member of its family it is: "tenor sax" is a saxophone, not a
		// tenor's voice beside one ("bass guitar" is its own entry).
		if ins := instrumentsOf(rest); len(ins) > 0 {
			return ins
		}
	}
	if !strings.HasSuffix(s, "s") {
		return nil
	}
	return vocab.Instruments(strings.TrimSuffix(s, "s")) // "electric guitars"
}

// instrumentPartOfRe is what an instrument plays, then the instrument
// after "of" ("notes of a piano", "the lines of a bass").
var instrumentPartOfRe = regexp.MustCompile(`^(?:solos?|lines?|riffs?|licks?|notes?) of (?:an? |the |his |her |their |my )?([a-z]+(?: [a-z]+)?)\b`)

// instrumentPartOf reports whether rest (the text from a word on) starts
// with what an instrument plays and "of" the instrument ("notes of a
// piano", "riffs of an electric guitar").
func instrumentPartOf(rest string) bool {
	m := instrumentPartOfRe.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	one, _, _ := strings.Cut(m[1], " ")
	return len(instrumentsOf(m[1])) > 0 || len(instrumentsOf(one)) > 0
}

// instrumentParts are the suffixes instrumentsOf takes off a phrase: what
// an instrument plays (a solo, a line, a riff or lick, its notes), and
// "music" and "please".
var instrumentParts = []string{" solos", " solo", " lines", " line", " riffs", " riff", " licks", " lick", " notes", " music", " please"}

// coverRes are the patterns whose matches account for words: what the
// rules read from the text, wherever it was used.
var coverRes = func() []*regexp.Regexp {
	res := []*regexp.Regexp{moodRe, genreRe, settingWords, instrumentalRe, bpmRangeRe, bpmBoundRe, bpmAfterRe, bpmRe2,
		minutesRe, hoursRe, halfHourRe, hourHalfRe, quarterRe, countRe, bareCountRe, reqKeyRe, reqModeRe, widenRe, varietyRe, notMusicRe,
		decadeRe, decadeWordRe, decadeBoundWordsRe, yearRangeRe, yearBoundRe, yearAfterRe, yearRe, yearOfRe, eraRe, recentRe, eitherEraRe, lastYearsRe, shortYearRe, refusalWordsRe, acceptanceRe, popularRe}
	for _, w := range tempoWords {
		res = append(res, w.re)
	}
	for _, a := range activityWords {
		res = append(res, a.re)
	}
	for _, t := range timeWords {
		res = append(res, t.re)
	}
	for _, f := range familiarWords {
		res = append(res, f.re)
	}
	return res
}()

// acceptanceRe is what a person accepts, said of what it follows ("drum
// and bass is fine", "other pop is fine too", "growling is fine by me"):
// it asks for no more than what it is said of, which is read as asked.
var acceptanceRe = regexp.MustCompile(`\b(?:is|are|'s|'re|be|seems?|sounds?)\s+(?:(?:totally|perfectly|also|just|all|quite|absolutely|more than)\s+)?(?:fine|alright|acceptable)\b(?:\s+(?:too|as well|by me|with me))?|\bfine (?:by|with) me\b`)

// coverNeeds are, for patterns of coverRes that need one of a few words,
// those words: the pattern is not run on text without any of them.
var coverNeeds = map[*regexp.Regexp][]string{
	lastYearsRe:    {"year"},
	acceptanceRe:   {"fine", "alright", "acceptable"},
	popularRe:      popularWords,
	eitherEraRe:    eitherEraWords,
	refusalWordsRe: refusalWordsNeed,
}

// refusalWordsRe finds the words of the refusals of several words that
// negatedAt reads and the reader's word lists do not hold ("nix", "pass
// on", "out of the question", "not keen on"; what annoys after a copula
// and "too": "vocals are too distracting", "the horns get too
// overbearing"): they are read by what they refuse, never searched or a
// mood ("crazy about").
var (
	refusalWordsRe   = regexp.MustCompile(`\b(?:nix|veto|pass on|out of the question|off the table|no[- ]go|up for|keen on|big on|crazy about|mad about|wild about|nuts about|fond of|partial to|sold on|(?:can|could|will have to|can always) wait|(?:bores?|annoys?|irritates?|grates? on|distracts?) me|(?:is|are|was|were|'s|'re|gets?|get) (?:(?:way|far|much|a bit|a little|just|kinda|a tad|always|often|usually) )?(?:too|overly) (?:distracting|annoying|irritating|grating|jarring|intrusive|obtrusive|bothersome|overbearing|overwhelming|much)|(?:gets?|got) on my nerves|(?:is|are|'s|'re) for (?:later|another (?:time|day|night)|some other time|next time))\b`)
	refusalWordsNeed = []string{"nix", "veto", "pass", "question", "table", "go", " for", " on", "about", " of", " to", " wait", " me", "nerves", "too ", "overly "}
)

// numericRes are the patterns of coverRes that match only where the text
// has a digit.
var numericRes = map[*regexp.Regexp]bool{bpmRangeRe: true, bpmBoundRe: true, bpmAfterRe: true, bpmRe2: true, shortYearRe: true, yearOfRe: true}

var (
	// varietyRe are the words of asking for variety: WordNet's adjective
	// "varied" (characterized by variety) and its similar "assorted",
	// "diverse", "eclectic" (selecting what seems best of various styles)
	// and "miscellaneous", the nouns "variety", "diversity", "assortment"
	// and "mixed bag", and the verb phrases of varying what plays ("mix
	// it up", "switch it up", "change things up": Merriam-Webster's
	// switch up and change up, to vary), with mixed genres or styles.
	varietyRe = regexp.MustCompile(`\b(varied|variety|varieties|assorted|diverse|diversity|eclectic|miscellaneous|assortment|mixed bag|(?:mix|switch|change) (?:it|things) up|mix(?:ed)? (?:of )?(?:genres|styles))\b`)
	widenRe   = regexp.MustCompile(`\b(anything close|anything similar|anything near|close enough|widen it|widen|broaden it|broaden|loosen up|be less strict|less strict)\b`)
	// playedSilence matches what comes before "silence" when silence
	// itself is asked to be played ("play me some silence"); "silence"
	// said otherwise is the absence of music, not a track ("i'd rather
	// have total silence", "music to fill the silence").
	playedSilence = regexp.MustCompile(`\b(?:play|playing|queue|add|show)(?:\s+me)?(?:\s+(?:some|the|a bit of|a little))?\s+$`)
	notMusicRe    = regexp.MustCompile(`\b(?:(?:include|including|includes)\s+(?:the\s+|any\s+)?)?(silence|silent tracks?|test tones?|sine waves?|short clips?|sound effects|sfx|not music|non-music|blips?)\b`)
	wordRe        = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'&-]*`)
)

// relativeFollows reports whether rest opens with a relative pronoun
// ("that", "which"), as after a head the clause restricts.
func relativeFollows(rest string) bool {
	w := firstWord(rest)
	return w == "that" || w == "which" || w == "that's" || w == "thats"
}

// token is one word of the lowered message and where it is.
type token struct {
	w    string
	a, b int
}

// wordSpans returns where the words of text are, as wordRe finds them (a
// letter or digit, then letters, digits, apostrophes, ampersands and
// hyphens), without the regular expression's cost.
func wordSpans(text string) [][2]int {
	out := make([][2]int, 0, 16) // a request is a few words: one allocation

	start := -1
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && (r == '\'' || r == '&' || r == '-'):
		default:
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// blankSpan returns text with its bytes a to b replaced by spaces: what
// was read is taken out of the text without moving the offsets after it.
func blankSpan(text string, a, b int) string {
	return text[:a] + strings.Repeat(" ", b-a) + text[b:]
}

// rewriteSpan returns text with its bytes a to b replaced by word and
// spaces after it, to the same number of bytes: what was read becomes the
// word the reader reads for it ("slow it down" negated is "slow"), without
// moving the offsets after it. word is no longer than the span.
func rewriteSpan(text string, a, b int, word string) string {
	return text[:a] + word + strings.Repeat(" ", b-a-len(word)) + text[b:]
}

// blankMatches returns text with every match of re replaced by spaces, as
// blankSpan does for one span.
func blankMatches(re *regexp.Regexp, text string) string {
	return re.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) })
}

func wordTokens(text string) []token {
	spans := wordSpans(text)
	out := make([]token, 0, len(spans))
	for _, ix := range spans {
		w := strings.Trim(text[ix[0]:ix[1]], "'-")
		out = append(out, token{w: w, a: ix[0], b: ix[0] + len(w)})
	}
	return out
}

func (rd *reading) mark(a, b int) {
	for i := max(0, a); i < min(b, len(rd.used)); i++ {
		rd.used[i] = true
	}
}

// markPhrasesOfWordsRead accounts for the rest of an activity or setting
// of several words that the rule patterns read a word of with the same
// meaning: "square dance", "cardiopulmonary exercise" and "final exam"
// are what "dance", "exercise" and "exam" said, and their other words
// are not left over. A phrase that means something else than the word
// read ("bar mitzvah" is a celebration, not the bar; "hatha yoga") is
// left to say what was missed.
func (rd *reading) markPhrasesOfWordsRead(text string) {
	toks := wordTokens(text)
	for i := range toks {
		for n := min(4, len(toks)-i); n >= 2; n-- {
			span := toks[i : i+n]
			read, unread := 0, 0
			for k, t := range span {
				if k > 0 && !adjacent(text, span[k-1], t) {
					read, unread = -1, 0
					break
				}
				if rd.isUsed(t) {
					read++
				} else {
					unread++
				}
			}
			if read <= 0 || unread == 0 {
				continue
			}
			words := make([]string, n)
			for k, t := range span {
				words[k] = t.w
			}
			if !sameMeaningAsWordsRead(rd, strings.Join(words, " "), span) {
				continue
			}
			rd.mark(span[0].a, span[n-1].b)
			break
		}
	}
}

// sameMeaningAsWordsRead reports whether phrase is an activity or setting
// of the vocabulary that each of its words already read (span) means on
// its own too.
func sameMeaningAsWordsRead(rd *reading, phrase string, span []token) bool {
	for _, meaning := range []func(string) string{vocab.Context, vocab.Setting} {
		m := meaning(phrase)
		if m == "" {
			continue
		}
		same := true
		for _, t := range span {
			if rd.isUsed(t) && meaning(t.w) != m {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

func (rd *reading) isUsed(t token) bool {
	for i := t.a; i < t.b; i++ {
		if !rd.used[i] {
			return false
		}
	}
	return true
}

// vocabulary reads the words that the older rules left alone with the
// generated vocabulary: genres (with forms and aliases), moods,
// instruments, activities and settings, longest phrase first, each
// negated when a negator comes shortly before it.
func (rd *reading) vocabulary(r *Request, text string) {
	rd.used = make([]bool, len(text))
	for i, c := range text {
		if c == ' ' { // blanked names and shifts were read already
			rd.used[i] = true
		}
	}
	digits := strings.ContainsAny(text, "0123456789")
	for _, re := range coverRes {
		if !digits && numericRes[re] {
			continue // it matches digits only
		}
		if words, ok := coverNeeds[re]; ok && !containsAny(text, words) {
			continue // none of the words it needs is there
		}
		for _, ix := range re.FindAllStringIndex(text, -1) {
			if re == moodRe && inCompound(text, ix[0], ix[1]) {
				continue // unread by the mood rule: left to readCompound ("pumped-up", "soft-strummed")
			}
			rd.mark(ix[0], ix[1])
		}
	}
	rd.markPhrasesOfWordsRead(text)
	for _, ix := range oldMusicSpans(text, rd.written, rd.lex) {
		rd.mark(ix[0], ix[1])
	}
	shifts, _ := eraShifts(text, rd.written, rd.lex)
	for _, ix := range shifts {
		rd.mark(ix[0], ix[1])
	}
	for _, ix := range releasedSpans(text) {
		rd.mark(ix[0], ix[1])
	}
	// An age said of the company ("the old folks", "older kids", "young
	// guests") describes the people, as the company word asks nothing.
	if strings.Contains(text, "old") || strings.Contains(text, "young") || strings.Contains(text, "elderly") {
		toks := wordTokens(text)
		for i := 0; i+1 < len(toks); i++ {
			if ageAdjectives[toks[i].w] && companyWords[toks[i+1].w] && adjacent(text, toks[i], toks[i+1]) {
				rd.mark(toks[i].a, toks[i].b)
			}
		}
	}
	kinAfterPossessive(rd, text)
	// A tempo word that is also a genre of the library ("downtempo") asks
	// for the genre too.
	for _, w := range tempoWords {
		for _, ix := range w.re.FindAllStringIndex(text, -1) {
			word := strings.TrimSpace(text[ix[0]:ix[1]])
			if !vocab.IsGenre(word) || !rd.lex.HasGenres() {
				continue
			}
			if gs := rd.genresOf(word); len(gs) > 0 && !negatedAt(text, ix[0]) {
				r.Genres = append(r.Genres, gs...)
			}
		}
	}
	// "6 funky tracks": the count and the noun are read; the words between
	// them are left to the vocabulary.
	for _, ix := range countAdjRe.FindAllStringSubmatchIndex(text, -1) {
		rd.mark(ix[2], ix[3])
		if k := strings.LastIndexByte(text[:ix[1]], ' '); k >= 0 {
			rd.mark(k, ix[1])
		}
	}
	if widenRe.MatchString(text) {
		r.Widen = true
	}
	for _, ix := range varietyRe.FindAllStringIndex(text, -1) {
		if !negatedAt(text, ix[0]) {
			r.Variety = true
		}
	}
	for _, ix := range notMusicRe.FindAllStringSubmatchIndex(text, -1) {
		if text[ix[2]:ix[3]] == "not music" && relativeFollows(text[ix[3]:]) {
			continue // "not music that puts me to sleep": a refusal of music of a kind
		}
		if text[ix[2]:ix[3]] == "silence" && ix[0] == ix[2] && !playedSilence.MatchString(text[:ix[2]]) {
			continue // "i'd rather have silence", "to fill the silence": no silent track asked for
		}
		r.IncludeNotMusic = true
	}
	toks := wordTokens(text)
	var uncovered []token
	for _, t := range toks {
		if !rd.isUsed(t) {
			uncovered = append(uncovered, t)
		}
	}
	for i := 0; i < len(uncovered); {
		n := rd.readPhrase(r, text, uncovered[i:])
		if n == 0 {
			n = 1
		}
		i += n
	}
}

// readPhrase reads the longest phrase (up to four words, adjacent in the
// text) at the start of ts and returns how many words it took, or 0.
func (rd *reading) readPhrase(r *Request, text string, ts []token) int {
	for n := min(4, len(ts)); n >= 1; n-- {
		if n > 1 && strings.TrimSpace(text[ts[n-2].b:ts[n-1].a]) != "" {
			continue // not adjacent
		}
		words := make([]string, n)
		for k := range n {
			words[k] = ts[k].w
		}
		phrase := strings.Join(words, " ")
		if n == 1 && (stopWords[phrase] || fillerWords[phrase]) {
			return 0
		}
		if n == 1 && toughAdjectives[phrase] && infinitiveFollows(text[ts[0].b:]) {
			rd.mark(ts[0].a, ts[0].b)
			return 1 // "easy to groove to": how easily it is done, not easy-going music
		}
		if n == 1 && rd.genreOnlyBeforeMusic(phrase) && premodifiesThing(text[ts[0].b:]) {
			return 0 // "film noir", "computer games": the noun's, not film music
		}
		if n == 1 && len(ts) > 0 {
			// "game night": a setting whose last word a time of day read
			// already ("night") is still the setting, not game music.
			if next := wordTokens(text[ts[0].b:]); len(next) > 0 && strings.TrimSpace(text[ts[0].b:ts[0].b+next[0].a]) == "" {
				if two := phrase + " " + next[0].w; vocab.Setting(two) != "" && !vocab.IsGenrePhrase(two) && !stopWords[phrase] {
					rd.readSetting(r, vocab.Setting(two), two, negatedAt(text, ts[0].a))
					rd.mark(ts[0].a, ts[0].b)
					return 1
				}
			}
		}
		if n == 1 && vocab.Setting(phrase) != "" && settingVerbAt(text, ts[0]) {
			return 1 // "fall asleep": the verb, not autumn
		}
		if first, _, _ := strings.Cut(phrase, "-"); n == 1 && vocab.Mood(first) != "" && moodVerbAt(text, phrase, ts[0].b) {
			rd.mark(ts[0].a, ts[0].b)
			return 1 // "warm up", "warm to": the verb, not the mood
		}
		forms, genres := rd.forms, len(r.Genres)
		if rd.readOne(r, text, phrase, ts[0].a) || n == 1 && rd.readCompound(r, text, phrase, ts[0].a) {
			rd.mark(ts[0].a, ts[n-1].b)
			written := text // the idioms blank what they read ("beats")
			if len(rd.written) == len(text) {
				written = rd.written
			}
			if rd.forms > forms && len(r.Genres) > genres && partFollows(written[ts[n-1].b:]) {
				// A derived form said of a part of the music ("jazzy
				// keys", "soulful vocals", "a funky beat") says how that
				// part sounds: beside a genre named outright it is the
				// genre's flavour, and yields as an idiom's genre does
				// (yieldImplied).
				rd.partForms = append(rd.partForms, r.Genres[genres:]...)
			}
			return n
		}

	}
	return 0
}

// toughAdjectives are the adjectives the reader reads of the music
// ("easy" is mellow, "simple" sparse) that also say how hard something
// is to do. Before a to-infinitive ("easy to groove to", "simple to play
// on guitar") or as the adverb of manner ("too easily affected", which
// the spelling leaves as written) they say that, and nothing of the
// music.
var toughAdjectives = map[string]bool{"easy": true, "simple": true}

// infinitiveFollows reports whether rest, the text after a word, starts
// with "to" and a verb: a word of the vocabulary's activities or no word
// it reads otherwise ("to groove", "to pick along", "to sing"), not a
// grammar word or a noun of music ("easy to the ear" is easy on it).
func infinitiveFollows(rest string) bool {
	toks := wordTokens(rest)
	if len(toks) < 2 || toks[0].w != "to" || strings.TrimSpace(rest[:toks[0].a]) != "" || strings.TrimSpace(rest[toks[0].b:toks[1].a]) != "" {
		return false
	}
	w := toks[1].w
	return !stopWords[w] && hasLetters(w) && !vocab.IsPieceWord(w) && !musicNouns[w] && readKind(w) != "genre"
}

// genreOnlyBeforeMusic reports whether the word w names a genre only as
// the first word of "w music" ("film music", "computer music", "tape
// music") and the reader reads it as nothing else.
func (rd *reading) genreOnlyBeforeMusic(w string) bool {
	if knownWord(w) || len(rd.lex.Genre(w)) > 0 || !hasLetters(w) {
		return false
	}
	gs, _ := vocab.Genres(w + " music")
	return len(gs) > 0 || genres[w+" music"] != ""
}

// premodifiesThing reports whether rest, the text after a word, starts
// with more of the same phrase that names no music in its next two words:
// the word then says which thing that phrase is ("film noir", "a movie
// night", "tape experiments"), as "film" in "film songs", "sacred" in
// "sacred choral music" or "elevator" in "the elevator ride kind" says
// which music.
func premodifiesThing(rest string) bool {
	toks := wordTokens(rest)
	if len(toks) == 0 || strings.TrimSpace(rest[:toks[0].a]) != "" {
		return false
	}
	for k := 0; k < len(toks) && k < 2; k++ {
		if k > 0 && strings.TrimSpace(rest[toks[k-1].b:toks[k].a]) != "" {
			break
		}
		w := toks[k].w
		if musicNouns[w] || kindNouns[w] || vocab.IsPieceWord(w) || readKind(w) == "genre" || !hasLetters(w) ||
			slices.Contains(genreSuffixes, " "+w) {
			return false
		}
	}
	return true
}

// partFollows reports whether rest, the text after a word, starts with a
// part of the music that word describes: an instrument or voice ("jazzy
// keys", "soulful vocals") or a part WordNet files under music ("a funky
// rhythm"), or the beat ("jazzy beats"), and no genre ("acoustic").
func partFollows(rest string) bool {
	toks := wordTokens(rest)
	if len(toks) == 0 || strings.TrimSpace(rest[:toks[0].a]) != "" {
		return false
	}
	w := toks[0].w
	if gs, _ := vocab.Genres(w); len(gs) > 0 || genres[w] != "" {
		return false // "folky acoustic songs": a genre of its own
	}
	return w == "beat" || w == "beats" || vocab.IsMusicPart(w) || len(instrumentsOf(w)) > 0
}

// moodVerbAt reports whether the word ending at b in text starts one of
// WordNet's verbs of several words that say no mood ("warm up", "warm-up
// stretches", "don't really warm to"): there the word is the verb. The
// verb's words are joined by spaces or a hyphen, never by punctuation
// ("something warm, up tempo"), and its last word is a word of its own,
// not the start of a compound ("warm up-tempo jazz").
func moodVerbAt(text, word string, b int) bool {
	if first, _, _ := strings.Cut(word, "-"); !vocab.StartsMoodVerb(first) {
		return false
	}
	phrase := strings.ReplaceAll(word, "-", " ")
	if vocab.IsMoodVerb(phrase) {
		return true // "warm-up" read as one word
	}
	rest := text[b:]
	for range 2 {
		gap := len(rest) - len(strings.TrimLeft(rest, " -"))
		if gap == 0 || strings.Count(rest[:gap], "-") > 1 {
			return false
		}
		rest = rest[gap:]
		end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(rest)
		}
		if end == 0 {
			return false
		}
		phrase += " " + rest[:end]
		rest = rest[end:]
		if vocab.IsMoodVerb(phrase) && !strings.HasPrefix(rest, "-") {
			return true
		}
	}
	return false
}

// settingVerbAt reports whether the setting word t starts one of
// WordNet's verbs of several words in text ("fall asleep", "fall in
// love").
func settingVerbAt(text string, t token) bool {
	rest := wordTokens(text[t.b:min(len(text), t.b+40)])
	phrase := t.w
	for k := 0; k < len(rest) && k < 3; k++ {
		phrase += " " + rest[k].w
		if vocab.IsSettingVerb(phrase) {
			return true
		}
	}
	return false
}

// compoundWith are the second halves of compounds that mean "with much
// of the first" or "like the first" ("synth-heavy", "piano-led",
// "guitar-driven", "jazz-sounding", "dream-like", "energy-packed"): the
// English combining forms that only attach the first part as an
// attribute; compoundWithout those that mean "without it"
// ("vocal-free"). compoundFor are those that say whom or what the music
// suits ("family-friendly", "floor-oriented"): the first part is the
// company or the use, which the reader reads as it reads the word alone,
// never as music of that kind ("kid-friendly" is no children's music).
var (
	compoundWith = setOf(`heavy led driven based laden focused focussed centric centered centred filled rich forward
		infused tinged flavoured flavored inspired influenced style styled esque ish y ey oriented soaked drenched
		sounding like packed laced loaded themed tinted fuelled fueled powered leaning`)
	compoundWithout = setOf(`free less`)
	compoundFor     = setOf(`friendly proof appropriate safe ready`)
)

// readCompound reads a hyphenated word that no table holds by its parts:
// "synth-heavy" and "piano-led" ask for the synthesizer and the piano,
// "vocal-free" leaves vocals out, and a compound of words the reader
// knows ("dark-ambient", "jazz-funk" when not a genre) is read as them.
func (rd *reading) readCompound(r *Request, text, phrase string, at int) bool {
	parts := strings.Split(phrase, "-")
	if len(parts) < 2 {
		return false
	}
	// Which parts a rule read already ("slow" of "slow-burning", "1970s"
	// of "1970s-sounding"): they are not read again.
	read := make([]bool, len(parts))
	for i, p, a := 0, "", at; i < len(parts); i, a = i+1, a+len(p)+1 {
		p = parts[i]
		read[i] = p != "" && rd.isUsed(token{w: p, a: a, b: a + len(p)})
	}
	headRead := !slices.Contains(read[:len(read)-1], false)
	head, tail := strings.Join(parts[:len(parts)-1], " "), parts[len(parts)-1]
	neg := negatedAt(text, at)
	if compoundPrefixes[parts[0]] {
		// A prefix that says not of the rest ("non-repetitive",
		// "anti-pop"): the rest is read as it would be alone, refused.
		rest := strings.Join(parts[1:], "-")
		if slices.Contains(read[1:], true) {
			return false // a rule read part of it as it stands
		}
		return rd.readWord(r, rest, !neg)
	}
	switch {
	case compoundWith[tail]:
		return headRead || rd.readWord(r, head, neg)
	case compoundWithout[tail]:
		return rd.readAs(r, head, !neg)
	case len(parts) == 2 && participle(tail) && mannerAdjective(head):
		// An adjective of manner and a participle ("slow-burning",
		// "soft-strummed", "heavy-hitting") say how the music does what
		// the participle names: the adjective is what is measured.
		return headRead || rd.readWord(r, head, neg)
	}
	// Each part as a word alone: read, a word of grammar or filler
	// ("cool" of "cool-down", "day" of "day-long" ask nothing, as they
	// would alone), a word the reader reads, or one of degree or a form of
	// a grammar word ("super-chill"). A part must say something: a word of
	// degree beside nothing read says nothing ("forward-looking").
	says, grammar := false, true
	for i, p := range parts {
		_, form := vocab.GrammarForm(p)
		switch {
		case read[i]:
			says = true
		case p == "" || stopWords[p] || fillerWords[p]:
		case knownWord(p) || ruleWord(p):
			says = true
		case vocab.IsDegreeWord(p) || form:
			grammar = false
		default:
			return false
		}
	}
	if !says && !grammar {
		return false
	}
	for i, p := range parts {
		if !read[i] && p != "" && !stopWords[p] && !fillerWords[p] && (knownWord(p) || ruleWord(p)) {
			rd.readWord(r, p, neg)
		}
	}
	return true
}

// compoundPrefixes are the English prefixes written with a hyphen that
// say of the rest of the word not ("non-repetitive", "anti-pop").
var compoundPrefixes = setOf(`non anti`)

// readWord reads a word as the rules read it alone: by the reader's own
// tables of moods and energy first ("pumped", "soft"), as the mood rule
// comes before the vocabulary, and by the vocabulary otherwise.
func (rd *reading) readWord(r *Request, w string, neg bool) bool {
	return rd.readRuleWord(r, w, neg) || rd.readAs(r, w, neg)
}

// ruleWord reports whether the reader's own tables read w as a mood or a
// level of energy ("pumped", "soft", "loud"), as the mood rule does a
// word alone.
func ruleWord(w string) bool {
	_, energy := energyWords[w]
	return energy || moodSynonyms[w] != "" || contains(MoodWords, w)
}

// readRuleWord reads a word of the reader's own tables of moods and
// energy ("pumped" of "pumped-up", "soft" of "soft-strummed") as the mood
// rule reads it alone, refused when neg. It reports whether w was one.
func (rd *reading) readRuleWord(r *Request, w string, neg bool) bool {
	if !ruleWord(w) {
		return false
	}
	if e, ok := energyWords[w]; ok {
		if neg {
			rd.refusedEnergy = append(rd.refusedEnergy, e)
		} else if r.Energy == nil {
			r.Energy = clampPtr(e, 0, 1)
		}
	}
	mood := w
	if syn, ok := moodSynonyms[w]; ok {
		mood = syn
	}
	if !contains(MoodWords, mood) {
		return true
	}
	if neg {
		r.ExcludeMoods = append(r.ExcludeMoods, mood)
	} else {
		r.Moods = append(r.Moods, mood)
	}
	return true
}

// participle reports whether w has the form of an English present or
// past participle ("burning", "strummed"), the head of a compound
// adjective whose first part says how ("slow-burning").
func participle(w string) bool {
	return len(w) >= 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// mannerAdjective reports whether a is an adjective of manner: one that
// WordNet's adverb in -ly pertains to ("slow": slowly, "soft": softly,
// "gentle": gently, "heavy": heavily).
func mannerAdjective(a string) bool {
	if len(a) < 3 || strings.ContainsAny(a, " -") {
		return false
	}
	forms := []string{a + "ly"}
	switch {
	case strings.HasSuffix(a, "y"):
		forms = append(forms, a[:len(a)-1]+"ily")
	case strings.HasSuffix(a, "le"):
		forms = append(forms, a[:len(a)-1]+"y")
	case strings.HasSuffix(a, "ic"):
		forms = append(forms, a+"ally")
	}
	for _, f := range forms {
		if adj, ok := vocab.AdverbAdjective(f); ok && adj == a {
			return true
		}
	}
	return false
}

// knownWord reports whether the vocabulary reads a word as a genre,
// instruments, a mood, an activity or a setting.
func knownWord(w string) bool {
	gs, _ := vocab.Genres(w)
	return len(gs) > 0 || genres[w] != "" || len(instrumentsOf(w)) > 0 || vocab.Mood(w) != "" ||
		vocab.Context(w) != "" || vocab.Setting(w) != ""
}

func (rd *reading) readOne(r *Request, text, phrase string, at int) bool {
	if phrase == "works" {
		// "what works for a skating programme", "it works on my toddler
		// too": the verb says that something suits, as "fits" does, and
		// asks for nothing; it is never the working done.
		return true
	}
	if phrase == "work" && companyWords[strings.Trim(firstWord(text[at+len(phrase):]), ".,;:!?")] {
		// "work colleagues", "her work friends": who they are, not work
		// being done.
		return true
	}
	if phrase == "clean" && !choreVerb(text, at, at+len(phrase)) {
		// The adjective ("a good clean mix", "clean, modern sounds",
		// "keep it clean"), not the chore: left to the search.
		return false
	}
	if nounGenres[phrase] && nounNotGenre(text, at, at+len(phrase)) {
		return false
	}
	if (phrase == "game" || phrase == "games") && gamePlayed(text, at, at+len(phrase)) {
		return rd.readSetting(r, "gaming", phrase, negatedAt(text, at))
	}
	neg := negatedAt(text, at)
	if neg && phrase == "words" {
		// "Words" are speech (WordNet words/n1: "someone else's words in
		// my head") or a song's text (words/n2: "lyric, words,
		// language"). Refused as what the music has ("nothing with
		// words", "no words whatsoever"), they are its lyrics: no vocals.
		return rd.readInstruments(r, phrase, []string{"vocals"}, true)
	}
	if before := strings.TrimSpace(text[:at]); neg && harshDelivery[lastWord(before)] && !knownVoice[lastWord(strings.TrimSuffix(before, lastWord(before)))] &&
		slices.Contains(instrumentsOf(phrase), "vocals") {
		// A refused harsh delivery ("no growling vocals", "nothing with
		// screamed vocals") refuses that kind of voice, read as its sound
		// (the word before is read by itself), not singing. After a
		// definite or possessive determiner the word describes the voice
		// already known ("stuff like X without the growling vocals", "their
		// screamed vocals"), and that voice is refused.
		return true
	}
	if neg && negatedAuxiliaries[lastWord(text[:at])] && (vocab.Context(phrase) != "" || vocab.Setting(phrase) != "") {
		// A verb a negated auxiliary governs says what the speaker
		// cannot or will not do ("can't sleep"): no refusal to report.
		// An activity the speaker cannot manage ("i can't concentrate";
		// unableWords) is what the music is to help with.
		if unableWords[lastWord(text[:at])] && vocab.Context(phrase) != "" {
			return rd.readAs(r, phrase, false)
		}
		return true
	}
	if !neg && rd.placeActivityEnd > 0 && rd.placeActivityEnd <= at && strings.TrimSpace(text[rd.placeActivityEnd:at]) == "" && vocab.Context(phrase) != "" {
		// "a trail run", "a road run": the activity word is the head of
		// the compound, and the place before it only says where.
		delete(rd.from, "activity:"+r.Activity)
		r.Activity, rd.placeActivityEnd = "", 0
	}
	if phrase == "minimal" && !minimalGenre(cmp.Or(rd.written, text), at+len(phrase)) {
		// Said of anything but dance music, "minimal" is WordNet's
		// minimal/a1, "the least possible": few notes and hits, the
		// sparse sound ("minimal ambient", "super minimal", "minimal
		// restrained pieces"), not the genre minimal techno.
		rd.readSound(r, SoundSparse, phrase, neg)
		return true
	}
	before := r.Activity
	read := rd.readAs(r, phrase, neg)
	if !neg && before == "" && r.Activity != "" && placeActivities[phrase] {
		rd.placeActivityEnd = at + len(phrase)
	}
	return read
}

// minimalGenre reports whether "minimal", ending at end of text, names
// the genre minimal techno (beets files minimal under techno): before a
// word of dance music ("minimal techno", "minimal house", "minimal
// beats"), or in a message that asks for a beat ("beat heavy, minimal,
// pumping beats").
func minimalGenre(text string, end int) bool {
	if end <= len(text) && minimalHeads[strings.ToLower(strings.Trim(firstWord(text[end:]), ".,;:!?"))] {
		return true
	}
	return slices.ContainsFunc(wordTokens(strings.ToLower(text)), func(t token) bool {
		return t.w == "beat" || t.w == "beats" || strings.HasPrefix(t.w, "beat-")
	})
}

// minimalHeads are the words after "minimal" that make it the genre.
var minimalHeads = setOf(`techno house tech electro electronica beats beat dance club wave`)

// placeActivities are the words of the vocabulary's activities that name
// a place or a thing, not an act (WordNet's first sense is a noun of
// noun.artifact or noun.object: a trail, a road, a car, a desk): before
// an activity word they only say where it is done, and the activity word,
// the head of the compound, is the activity ("a trail run" is running,
// not walking).
var placeActivities = setOf(`trail trails road roads highway highways car office desk gym`)

// choreVerb reports whether the word at text[a:b] ("clean") is said as a
// verb, the chore: before what is cleaned ("clean the flat", "clean my
// room", "clean up") or after its subject or "to" ("while i clean", "to
// clean"). Said otherwise it is the adjective. The object must follow the
// verb at once: after a comma ("clean, modern sounds") a new phrase
// begins.
func choreVerb(text string, a, b int) bool {
	if b < len(text) && text[b] == ' ' && choreObjects[strings.Trim(firstWord(text[b:]), ".,;:!?")] {
		return true
	}
	return choreSubjects[lastWord(text[:a])]
}

// choreObjects are the words that open what a verb of a chore acts on
// (determiners, possessives, particles); choreSubjects the words before
// such a verb (its subject, "to", a modal).
var (
	choreObjects  = setOf(`the my our your his her their this that these those up out it everything all a an`)
	choreSubjects = setOf(`to i we you they i'll we'll gonna wanna will must can let's lets and`)
)

// knownVoice are the determiners before which a voice is one already
// known: the artist's, the song's.
var knownVoice = map[string]bool{"the": true, "their": true, "his": true, "her": true, "its": true, "that": true, "those": true}

// harshDelivery are the words of a harsh, noisy delivery of the voice,
// which soundTable reads as the rough sound: said before "vocals" in a
// refusal they say which kind of voice is refused.
var harshDelivery = map[string]bool{"growling": true, "growled": true, "growly": true, "screaming": true,
	"screamed": true, "screamy": true, "guttural": true, "harsh": true, "raspy": true, "gravelly": true}

// readAs reads a phrase with the vocabulary, refused when neg: a genre,
// instruments, a mood, an activity or a setting. It reports whether the
// phrase was any of them.
func (rd *reading) readAs(r *Request, phrase string, neg bool) bool {
	if gs := rd.genresOf(phrase); len(gs) > 0 {
		if neg {
			r.ExcludeGenres = append(r.ExcludeGenres, gs...)
		} else {
			r.Genres = append(r.Genres, gs...)
		}
		return true
	}
	if gs := rd.namedGenresLacking(phrase); len(gs) > 0 && namesAKind(phrase) && !rd.namesInLibrary(trimGenreSuffix(phrase)) {
		// A genre the library has no tag of: refused as named (never
		// widened to its ancestor); asked for as its nearest ancestor that
		// the library has, or as itself when it has none, for the ranking
		// to say so.
		if !neg {
			if anc := rd.ancestorInLibrary(phrase); len(anc) > 0 {
				r.Genres = append(r.Genres, anc...)
				return true
			}
		}
		for _, g := range gs {
			rd.note("genre:"+g, phrase)
		}
		if neg {
			r.ExcludeGenres = append(r.ExcludeGenres, gs...)
		} else {
			r.Genres = append(r.Genres, gs...)
		}
		return true
	}
	if ins := instrumentsOf(phrase); len(ins) > 0 {
		return rd.readInstruments(r, phrase, ins, neg)
	}
	if m := vocab.Mood(phrase); m != "" {
		if neg {
			r.ExcludeMoods = append(r.ExcludeMoods, m)
		} else {
			r.Moods = append(r.Moods, m)
		}
		rd.note("mood:"+m, phrase)
		return true
	}
	if c := vocab.Context(phrase); c != "" {
		if neg {
			// Refused: nothing ranks away from an activity, so it is
			// said, not dropped ("not for studying").
			rd.asides = appendNew(rd.asides, refusedAside("not for "+c, phrase, c))
			r.ExcludeContexts = appendNew(r.ExcludeContexts, c)
		} else if r.Activity == "" || r.WeakActivity || rd.idiomActivity {
			r.Activity, r.WeakActivity, rd.idiomActivity = c, false, false
			rd.note("activity:"+c, phrase)
		}
		return true
	}
	if s := vocab.Setting(phrase); s != "" {
		return rd.readSetting(r, s, phrase, neg)
	}
	if qs := SoundsOf(phrase); len(qs) > 0 {
		if neg {
			qs = qs[:1] // "nothing catchy" refuses the hook that recurs, not the beat
		}
		for _, q := range qs {
			rd.readSound(r, q, phrase, neg)
		}
		return true
	}
	return rd.readEveryday(r, phrase, neg)
}

// readSound reads phrase as the quality of sound q, refused when neg (the
// other end of its measure), and notes the words it came from.
func (rd *reading) readSound(r *Request, q, phrase string, neg bool) {
	addSound(r, q, neg)
	if neg {
		rd.note("sound:"+SoundOpposite(q), "not "+phrase)
	} else {
		rd.note("sound:"+q, phrase)
	}
}

// readSetting reads phrase as the setting s, refused when neg.
func (rd *reading) readSetting(r *Request, s, phrase string, neg bool) bool {
	if neg {
		rd.asides = appendNew(rd.asides, refusedAside("not setting "+s, phrase, s))
		r.ExcludeContexts = appendNew(r.ExcludeContexts, s)
	} else if r.Setting == "" || r.WeakSetting {
		r.Setting, r.WeakSetting = s, false
		rd.note("setting:"+s, phrase)
	}
	return true
}

// gameMusicBefore are the words before "game" that make it the music's
// source, not a game being played: "music from a game", "the score of the
// game".
var gameMusicBefore = map[string]bool{"from": true, "of": true, "video": true, "computer": true, "arcade": true, "console": true}

// gameDeterminers are the articles and possessives that make "game" a
// game being played ("a horror game", "the party game", "my co-op game").
var gameDeterminers = map[string]bool{"a": true, "an": true, "the": true, "my": true, "our": true, "your": true, "this": true,
	"that": true, "every": true, "each": true, "one": true, "some": true}

// gamePlayed reports whether "game" or "games" at text[a:b] is a game
// being played, not its music: after an article or possessive and at most
// three words that describe it ("a high stress co-op game", "the racing
// game"), or after "play" or "playing" ("while playing games"), and before
// no noun of music ("the game soundtrack"). Video game music is said as
// "game music", "video game" or "music from a game".
func gamePlayed(text string, a, b int) bool {
	if genreNounAfterRe.MatchString(text[b:]) || strings.HasPrefix(strings.TrimSpace(text[b:]), "soundtrack") || strings.HasPrefix(strings.TrimSpace(text[b:]), "ost") {
		return false
	}
	// The words of its clause before it, nearest last.
	clause := text[:a]
	if k := strings.LastIndexAny(clause, ",.;:!?\""); k >= 0 {
		clause = clause[k+1:]
	}
	before := strings.Fields(clause)
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		switch w := before[k]; {
		case gameMusicBefore[w]:
			return false
		case w == "play" || w == "playing" || w == "played" || w == "plays":
			return true
		case gameDeterminers[w]:
			return k == 0 || !gameMusicBefore[before[k-1]]
		}
	}
	return false
}

// refusedAside is what a refused activity or setting is said as, with
// the word it came from when that is another ("not setting holiday
// (from “christmas”)").
func refusedAside(said, phrase, value string) string {
	if phrase == value {
		return said
	}
	return said + " (from “" + phrase + "”)"
}

func (rd *reading) readInstruments(r *Request, phrase string, ins []string, neg bool) bool {
	if neg {
		r.ExcludeInstruments = append(r.ExcludeInstruments, ins...)
		r.Instrumental = r.Instrumental || contains(ins, "vocals")
	} else {
		r.Instruments = append(r.Instruments, ins...)
	}
	for _, in := range ins {
		rd.note("instrument:"+in, phrase)
	}
	return true
}

// resolve matches names against the library: "like X" becomes the
// library's artist or title X, excluded names also rule out the artists
// whose names start with them, and an excluded name that is a title
// excludes the title.
func (rd *reading) resolve(r *Request) {
	if rd.lex == nil {
		return
	}
	var artists []string
	for _, n := range r.LikeArtists {
		if a, ok := rd.lex.Artist(n); ok {
			artists = append(artists, a)
		} else if t, ok := rd.lex.Title(n); ok {
			r.LikeTracks = append(r.LikeTracks, t)
		} else {
			artists = append(artists, n)
		}
	}
	r.LikeArtists = artists
	rd.musicianGenres(r)
	for i, n := range r.LikeTracks {
		if t, ok := rd.lex.Title(n); ok {
			r.LikeTracks[i] = t
		}
	}
	var ex []string
	for _, n := range r.ExcludeArtists {
		found := rd.lex.ArtistsByPrefix(n)
		if len(found) == 0 {
			if a, ok := rd.lex.Artist(n); ok {
				found = []string{a}
			}
		}
		if len(found) == 0 {
			if t, ok := rd.lex.Title(n); ok {
				r.ExcludeTitles = append(r.ExcludeTitles, t)
				continue
			}
			found = []string{n}
		}
		for _, a := range found {
			if !containsFold(ex, a) {
				ex = append(ex, a)
			}
		}
	}
	r.ExcludeArtists = ex
}

// musicianGenres adds, for each artist to sound like that the library
// does not hold but WordNet records as a musician or the table of
// well-known artists lists, the genres and instruments given them ("like
// Miles Davis" also asks for jazz and the trumpet, "taylor swift vibes"
// for pop, country and rock), read as the library's (or their nearest
// ancestor it has), each said as the name. A listed artist's genres stand
// for the genres the request does not name: beside genres it names ("70s
// disco like abba", "the blues like chicago") they are not asked for, as
// the list's several broad genres would crowd out what was said. Nor is
// a genre broader than one the request names ("ballet music, tchaikovsky
// style" asks for ballet, not all of classical music).
func (rd *reading) musicianGenres(r *Request) {
	said := slices.Clone(r.Genres)
	for i, n := range r.LikeArtists {
		if _, ok := rd.lex.Artist(n); ok {
			continue
		}
		m, ok := vocab.MusicianNamed(strings.ToLower(n))
		if !ok {
			continue
		}
		if strings.ToLower(n) == n {
			r.LikeArtists[i] = m.Name
		}
		genres := m.Genres
		if m.Listed && len(said) > 0 {
			genres = nil
		}
		for _, g := range genres {
			gs := rd.genresOf(g)
			if len(gs) > 0 && rd.lex.HasGenres() && !rd.inLibrary(gs) {
				gs = nil
			}
			if len(gs) == 0 {
				gs = rd.ancestorInLibrary(g)
			}
			for _, x := range gs {
				if !contains(r.Genres, x) && !slices.ContainsFunc(said, func(kind string) bool { return vocab.Under(kind, x) }) {
					r.Genres = append(r.Genres, x)
					rd.from["genre:"+x] = r.LikeArtists[i]
				}
			}
		}
		for _, in := range m.Instruments {
			if !contains(r.Instruments, in) {
				r.Instruments = append(r.Instruments, in)
				rd.from["instrument:"+in] = r.LikeArtists[i]
			}
		}
	}
}

// refusedKinds keeps a genre the message asks for when its refusal in the
// same message names only a kind of it, by a word before the genre's
// name that the reader does not read or reads as praise or a mood ("jazz,
// but not commercial jazz", "hip hop from africa, not american rap", "rock
// but not cheesy rock"; see kindModifier):
// the genre stays asked for and the refusal is said, not read, as the
// kind has no name the library can match. A refusal of the genre itself
// ("jazz, no wait, no jazz") still refuses it. text is the message as
// written (lowercase), so that a refusal another rule read and blanked
// is still seen.
func (rd *reading) refusedKinds(r *Request, text string) {
	if len(r.ExcludeGenres) == 0 || len(r.Genres) == 0 {
		return
	}
	toks := wordTokens(text)
	for _, g := range slices.Clone(r.ExcludeGenres) {
		if !contains(r.Genres, g) {
			continue
		}
		kind, plain := "", false
		for k, t := range toks {
			name := ""
			for n := 1; n <= 3 && k+n <= len(toks); n++ {
				w := toks[k].w
				for m := k + 1; m < k+n; m++ {
					w += " " + toks[m].w
				}
				if namesGenre(w, g) {
					name = w
				}
			}
			if name == "" || !negatedAt(text, t.a) {
				continue
			}
			if k > 0 && strings.TrimSpace(text[toks[k-1].b:t.a]) == "" && kindModifier(toks[k-1].w) {
				kind = toks[k-1].w + " " + name
			} else {
				plain = true
			}
		}
		if kind == "" || plain {
			continue
		}
		r.ExcludeGenres = slices.DeleteFunc(r.ExcludeGenres, func(e string) bool { return e == g })
		rd.asides = append(rd.asides, "“"+kind+"” is a kind of "+g+": "+g+" stays asked for")
	}
}

// namesGenre reports whether the words w name genre g: its name, a
// built-in genre word for it ("rap" for hip hop) or an alias of it.
func namesGenre(w, g string) bool {
	if w == g || genres[w] == g {
		return true
	}
	gs, _ := vocab.Genres(w)
	return contains(gs, g)
}

// kindModifier reports whether w, before a genre's name, names a kind of
// it: a word the reader does not read (unreadModifier), a word of praise
// or blame ("boring rock"), or a mood ("cheesy rock", "sad pop"), whose
// refusal the mood's reading keeps.
func kindModifier(w string) bool {
	return unreadModifier(w) || praiseWords[w] || vocab.Mood(w) != "" || moodSynonyms[w] != ""
}

// unreadModifier reports whether w is a word the reader reads as nothing
// that may describe a genre: not a grammar, filler or negating word, and
// not a word of the vocabulary.
func unreadModifier(w string) bool {
	return hasLetters(w) && !stopWords[w] && !fillerWords[w] && !requestNegators[w] && !knownWord(w) &&
		moodSynonyms[w] == "" && energyWords[w] == 0 && !eraWords[w]
}

// yieldImplied drops the genres only an idiom implied when the request
// names a genre outright: what is said outright is what was asked ("soft
// beats" beside r&b is the beat of the r&b, not hip hop; "headbanging to
// punk" is punk). A derived form said of a part of the music ("house
// with jazzy keys", "90s hip hop, jazzy beats", "soulful vocals") says
// how that part sounds: beside a genre named outright it is that
// genre's flavour and yields too, while beside an idiom alone it is
// still the genre asked ("funky beats" is funk). A genre the message
// also names outright is kept ("jazz, jazzy beats"): r.Genres holds it
// once more than the idioms and forms added it, since nothing merges
// repeats before this.
func (rd *reading) yieldImplied(r *Request) {
	if len(rd.implied) == 0 && len(rd.partForms) == 0 {
		return
	}
	said := map[string]int{}
	for _, g := range r.Genres {
		said[g]++
	}
	for _, g := range rd.implied {
		said[g]--
	}
	for _, g := range rd.partForms {
		said[g]--
	}
	outright := false
	for g, n := range said {
		outright = outright || n > 0
		if n > 0 && (contains(rd.implied, g) || contains(rd.partForms, g)) {
			delete(rd.from, "genre:"+g) // said outright, not from the idiom
		}
	}
	if !outright {
		// No genre named outright: a form is what was asked, and an
		// idiom's genres yield to it as to one named outright.
		if len(rd.partForms) == 0 || len(rd.implied) == 0 {
			return
		}
		for _, g := range rd.partForms {
			said[g]++
		}
	}
	r.Genres = slices.DeleteFunc(r.Genres, func(g string) bool { return said[g] <= 0 })
}

// narrowFamilies keeps, of a name of several branches asked for ("world
// music" is world, african, asian and latin american music), only the
// branches the message also names a genre of: "world music, anything
// from africa" asks for african music. A genre said apart that belongs
// to none of the branches ("world music and jazz") narrows nothing, nor
// does one of a name whose genres are filed under one another (see
// branches).
func (rd *reading) narrowFamilies(r *Request) {
	for _, fam := range rd.families {
		said := map[string]int{}
		for _, g := range r.Genres {
			said[g]++
		}
		for _, g := range fam {
			said[g]--
		}
		named := func(branch string) bool {
			for g, n := range said {
				if n > 0 && (g == branch || vocab.Under(g, branch)) {
					return true
				}
			}
			return false
		}
		if !slices.ContainsFunc(fam, named) || !branches(fam) {
			continue
		}
		drop := map[string]bool{}
		for _, g := range fam {
			drop[g] = !named(g)
			if said[g] > 0 {
				delete(rd.from, "genre:"+g) // said outright, not from the family's name
			}
		}
		r.Genres = slices.DeleteFunc(r.Genres, func(g string) bool {
			if drop[g] {
				delete(rd.from, "genre:"+g)
				return true
			}
			return false
		})
	}
}

// narrowToKinds drops a wanted genre that a wanted kind of it was said
// before, set off by a comma, colon, bracket or dash: the words after the
// kind describe it ("sertanejo, brazilian country basically", "kwaito, the
// south african house thing", "hip pop, radio friendly rap"), so the
// broader genre is not asked for beside it. Genres coordinated ("disco or
// electronica"), listed ("soft acoustic, indie folk or mellow jazz"), said
// broader first ("electronica, drum and bass") or read from one word
// ("video game") stay.
func (rd *reading) narrowToKinds(r *Request) {
	described := map[string]bool{}
	for _, kind := range r.Genres {
		for _, broader := range r.Genres {
			if kind != broader && vocab.Under(kind, broader) && rd.describes(kind, broader) {
				described[broader] = true
			}
		}
	}
	r.Genres = slices.DeleteFunc(r.Genres, func(g string) bool {
		if described[g] {
			delete(rd.from, "genre:"+g)
		}
		return described[g]
	})
}

// describes reports whether the words broader was read from follow the
// words kind was read from, set off by a comma, colon, bracket or spaced
// dash, with no word between that joins a second thing asked for and no
// list going on after them.
func (rd *reading) describes(kind, broader string) bool {
	k, kEnd := rd.saidAt(kind, 0)
	if k < 0 {
		return false
	}
	b, bEnd := rd.saidAt(broader, kEnd)
	if b < 0 || b == k {
		return false
	}
	gap := rd.written[kEnd:b]
	return appositiveGap.MatchString(gap) && !coordinators.MatchString(gap) && !listGoesOn.MatchString(rd.written[bEnd:])
}

// saidAt returns where in the message, at or after from, the words genre
// g was read from stand: the words noted for it, its name, or a built-in
// word for it ("rap" for hip hop). It returns -1, -1 when none is there.
func (rd *reading) saidAt(g string, from int) (int, int) {
	words := []string{g}
	if w, ok := rd.from["genre:"+g]; ok {
		words = []string{w}
	} else {
		for w, canon := range genres {
			if canon == g && w != g {
				words = append(words, w)
			}
		}
	}
	at, end := -1, -1
	for _, w := range words {
		if i := wordAt(rd.written, w, from); i >= 0 && (at < 0 || i < at) {
			at, end = i, i+len(w)
		}
	}
	return at, end
}

// appositiveGap matches what may stand between a genre and words that
// describe it: a comma, colon, bracket or a dash set apart by spaces (not
// the hyphen of "techno-electronica"), then words that join nothing.
var appositiveGap = regexp.MustCompile(`^(?:\s*[,:(–—]|\s+-\s)[^,.;:!?&/]*$`)

// coordinators are the words that join a second thing asked for to the
// first rather than describe it.
var coordinators = regexp.MustCompile(`\b(?:and|or|nor|plus|with|but|not|no|then|also)\b`)

// listGoesOn matches the rest of a message after an item of a list that
// goes on ("soft acoustic, indie folk or mellow jazz"): the words after a
// comma are then the list's next item, not a description.
var listGoesOn = regexp.MustCompile(`^\s*(?:or|and|nor|&|/)(?:\s|$)`)

// wordAt returns the index of the first whole-word occurrence of w in text
// at or after from, or -1.
func wordAt(text, w string, from int) int {
	for i := from; i <= len(text)-len(w); {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return -1
		}
		j += i
		if (j == 0 || !isWordByte(text[j-1]) && text[j-1] < 0x80) && (j+len(w) == len(text) || !isWordByte(text[j+len(w)]) && text[j+len(w)] < 0x80) {
			return j
		}
		i = j + 1
	}
	return -1
}

// branches reports whether no genre of fam is a kind of another: the
// branches of a family ("world music"), not one genre with the genres it
// is filed under ("video game" is video game music, game and their
// parent soundtrack, and "a video game soundtrack" asks for all three).
func branches(fam []string) bool {
	for _, g := range fam {
		for _, h := range fam {
			if g != h && vocab.Under(g, h) {
				return false
			}
		}
	}
	return true
}

// modifiersOfHeads reads a word no rule read that, with the last words of
// a genre's name said elsewhere in the message or with a genre of one word
// it names, makes a genre's name: the head is left out as understood
// ("glam metal, i really don't like thrash" refuses thrash metal; "rock,
// but nothing too hard" hard rock), refused when the word is.
func (rd *reading) modifiersOfHeads(r *Request, text string) {
	heads := slices.Clone(rd.heads)
	for _, g := range append(slices.Clone(r.Genres), r.ExcludeGenres...) {
		if !strings.Contains(g, " ") && !contains(heads, g) {
			heads = append(heads, g)
		}
	}
	if len(heads) == 0 {
		return
	}
	for _, t := range wordTokens(text) {
		w := t.w
		if rd.isUsed(t) || stopWords[w] || fillerWords[w] || requestNegators[w] || !hasLetters(w) {
			continue
		}
		for _, h := range heads {
			phrase := w + " " + h
			if !vocab.IsGenrePhrase(phrase) {
				continue
			}
			if knownWord(w) || len(rd.genresOf(w)) > 0 {
				break // a word read otherwise, or a genre of its own
			}
			notes := maps.Clone(rd.from)
			gs := rd.genresOf(phrase)
			if len(gs) == 0 {
				gs = rd.ancestorInLibrary(phrase)
			}
			if len(gs) == 0 {
				continue
			}
			if negatedAt(text, t.a) {
				if slices.ContainsFunc(gs, func(g string) bool { return contains(r.Genres, g) }) {
					// The library has it only as the genre asked for:
					// refusing that would refuse what was asked.
					rd.from = notes
					continue
				}
				r.ExcludeGenres = append(r.ExcludeGenres, gs...)
			} else {
				r.Genres = append(r.Genres, gs...)
			}
			rd.mark(t.a, t.b)
			break
		}
	}
}

// account sorts the words no rule accounted for: words in the library's
// names are searched and understood as a search; others are searched too
// (notes and tags may hold them) but reported as not understood. It then
// writes Understood.
func (rd *reading) account(r *Request, text string) {
	rd.modifiersOfHeads(r, text)
	r.SearchWords = append(r.SearchWords, rd.search...)
	for _, w := range rd.inNames {
		r.SearchWords = append(r.SearchWords, w)
		if !rd.lex.HasWord(w) {
			r.NotUnderstood = append(r.NotUnderstood, w)
		}
	}
	var parts []string  // words for a part of music ("choruses", "harmonies")
	var voices []string // words for who sings ("female")
	toks := wordTokens(text)
	for k, t := range toks {
		w := t.w
		if rd.isUsed(t) || stopWords[w] || fillerWords[w] || requestNegators[w] || vocab.IsRefusalVerb(w) || !hasLetters(w) {
			continue // a negator ("skip", "except", "exclude") is read by what it refuses
		}
		if strings.Contains(w, "-") && rd.compoundAccounted(t) {
			continue // "slow-burning", "1970s-sounding", "fast-tempo": read part by part
		}
		if negativePolarity[w] && negatedAt(text, t.a) {
			continue // "no sad songs whatsoever": the refusal, made stronger
		}
		if sessionNouns[w] && k > 0 && adjacent(text, toks[k-1], t) && rd.isUsed(toks[k-1]) && !stopWords[toks[k-1].w] && !rd.lex.HasWord(w) {
			// "spin class", "ballet practice", "study session": the
			// time given to what the word before names, which was read.
			continue
		}
		if describedHeads[w] && k > 0 && adjacent(text, toks[k-1], t) && rd.isUsed(toks[k-1]) && !stopWords[toks[k-1].w] && !rd.lex.HasWord(w) {
			// "stringed instruments", "world instruments", "the mellow
			// side (of jazz)": what the word before, which was read, says
			// they are.
			continue
		}
		if instrumentPartOf(text[t.a:]) && !rd.lex.HasWord(w) {
			// "the ethereal notes of a piano": the piano's sound, read
			// with the piano.
			continue
		}
		if statesAge(text, toks, k) {
			// "my 7 year old", "a 90 year old grandmother", "the 12 year
			// olds": a person's age, which asks nothing of the music.
			continue
		}
		if numberWords[w] > 1 && countsCompany(text, toks, k) {
			// "a romantic dinner for two", "two of us", "two adults and a
			// teenager": how many people, as the company asks nothing.
			continue
		}
		if partOfWhole[w] && rd.saysWhichPart(text, toks, k) && !rd.lex.HasWord(w) {
			// "the first snow of winter", "the last day of summer", "the
			// end of my workout": which part of what is read, which asks
			// for the whole.
			continue
		}
		if genreHeads[w] && rd.genreBefore(text, t) && !rd.lex.HasWord(w) {
			// "the riot grrrl scene", "jazz standards", "the swing era":
			// the genre's world, songs or time, which the genre read asks.
			continue
		}
		if sizeWords[w] && k+1 < len(toks) && adjacent(text, t, toks[k+1]) && rd.isUsed(toks[k+1]) && !rd.lex.HasWord(w) {
			// "a big party", "big drums": how much of what follows,
			// which was read.
			continue
		}
		if voiceSex[w] && !negatedAt(text, t.a) && !rd.lex.HasWord(w) {
			// Whether a woman or a man sings ("a soulful female voice",
			// "female artists") is no sound analysis tells: said so, not
			// searched.
			voices = appendNew(voices, w)
			continue
		}
		if vocab.IsMusicPart(w) && !negatedAt(text, t.a) && !rd.lex.HasWord(w) {
			// A part or property of music ("catchy choruses", "vocal
			// harmonies", "upbeat rhythms") is music, but nothing Sleeve
			// measures: said so, not searched.
			parts = appendNew(parts, w)
			continue
		}
		if vocab.IsPieceWord(w) && !negatedAt(text, t.a) && !rd.lex.HasWord(w) {
			// A word for a piece of music ("melodies", "nocturnes") asks
			// for nothing more than "songs" does.
			continue
		}
		if adj, ok := vocab.AdverbAdjective(w); ok && (!readableAdjective(adj) || toughAdjectives[adj]) && !rd.lex.HasWord(w) {
			// An adverb of WordNet whose adjective the reader does not
			// read says how, not what ("mostly", "somehow", "suddenly"),
			// and so does the adverb of a tough adjective ("easily
			// affected").
			continue
		}
		if _, ok := vocab.GrammarForm(w); ok && !rd.lex.HasWord(w) {
			// A form of a grammar or filler word ("gets", "keeps", "goes")
			// asks for no more than the word.
			continue
		}
		if vocab.IsDegreeWord(w) && !rd.lex.HasWord(w) {
			// A word of degree ("super chill", "real slow", "low enough")
			// says how much of what is beside it.
			continue
		}
		if negatedAt(text, t.a) {
			// "no boogie": searching would pull toward what was refused.
			r.NotUnderstood = append(r.NotUnderstood, w)
			continue
		}
		r.SearchWords = append(r.SearchWords, w)
		if !rd.lex.HasWord(w) {
			r.NotUnderstood = append(r.NotUnderstood, w)
		}
	}
	r.Qualifies = rd.forms > 0 && r.Activity == "" && r.TimeOfDay == "" && r.Setting == "" &&
		len(r.LikeArtists)+len(r.LikeTracks) == 0 && r.TempoMin == 0 && r.TempoMax == 0 && r.Duration == 0 && r.Count == 0 &&
		r.YearMin == 0 && r.YearMax == 0 && r.PreferYearMax == 0 && r.PreferYearMin == 0 ||
		continuesRequest(*r)
	r.Understood = describeMessage(r.Validate(), rd.from)
	if len(parts) > 0 {
		rd.asides = append(rd.asides, "“"+strings.Join(parts, "”, “")+"”: music, nothing Sleeve measures")
	}
	if len(voices) > 0 {
		rd.asides = append(rd.asides, "“"+strings.Join(voices, "”, “")+"”: who sings, which Sleeve does not measure")
	}
	for _, a := range rd.asides {
		// A refusal of what the message asks for elsewhere is said by
		// what is asked ("no summer playlist goes without reggae ...
		// a hot summer's day").
		if r.Setting != "" && strings.HasPrefix(a, "not setting "+r.Setting) || r.Activity != "" && strings.HasPrefix(a, "not for "+r.Activity) ||
			r.TimeOfDay != "" && a == "not "+r.TimeOfDay {
			continue
		}
		r.Understood = append(r.Understood, a)
	}
	if n := rd.excludeFamilies(r); n > 0 {
		r.Understood = append(r.Understood, kindsOfThem(n))
	}
}

// compoundAccounted reports whether a hyphenated word that no rule read
// whole is accounted for part by part, each part as the word alone would
// be: read, or a word of grammar, filler or degree. A combining form
// (compoundWith: "1970s-sounding", "reverb-heavy"; compoundFor:
// "family-friendly") or a participle after an adjective of manner
// ("slow-burning") is accounted for when the part before it is read (or,
// for compoundFor, is the company). At least one part must be read:
// "8-bit" and "built-in" say something that no part of them says alone.
func (rd *reading) compoundAccounted(t token) bool {
	var parts []token
	for a, p := t.a, ""; a <= t.b; a += len(p) + 1 {
		p, _, _ = strings.Cut(t.w[a-t.a:], "-")
		parts = append(parts, token{w: p, a: a, b: a + len(p)})
	}
	if len(parts) < 2 {
		return false
	}
	read := func(p token) bool { return p.w != "" && rd.isUsed(p) }
	idle := func(w string) bool {
		if w == "" || stopWords[w] || fillerWords[w] || requestNegators[w] || !hasLetters(w) || vocab.IsDegreeWord(w) || vocab.IsPieceWord(w) {
			return true
		}
		_, ok := vocab.GrammarForm(w)
		return ok
	}
	last := len(parts) - 1
	anyRead, company := false, false
	for _, p := range parts[:last] {
		switch {
		case read(p):
			anyRead = true
		case idle(p.w):
			company = company || companyWords[p.w]
		default:
			return false
		}
	}
	tail := parts[last]
	switch {
	case read(tail):
		return true
	case idle(tail.w), compoundWith[tail.w], compoundWithout[tail.w]:
		return anyRead
	case compoundFor[tail.w]:
		return anyRead || company
	case last == 1 && participle(tail.w) && mannerAdjective(parts[0].w):
		return anyRead
	}
	return false
}

// sessionNouns name a time given to an activity ("spin class", "ballet
// practice", "study session", "workout routine"): after a word the reader
// read, they are the head of its phrase and ask for nothing more.
var sessionNouns = setOf(`class classes practice practices session sessions lesson lessons routine routines
	rehearsal rehearsals drills`)

// describedHeads are nouns that stand for the music, or a part of it,
// as the word before them describes it: its instruments ("stringed
// instruments", "soothing instruments") or a side of it ("the mellow
// side", "the more melancholic side of jazz").
var describedHeads = setOf(`instruments side sides`)

// statesAge reports whether toks[k] is "year(s)" or "month(s)" of an age
// said as a number, the unit and "old" ("a 7 year old", "90 years old",
// "the 12 year olds"), or that "old".
func statesAge(text string, toks []token, k int) bool {
	unit := func(i int) bool {
		switch toks[i].w {
		case "year", "years", "month", "months":
			return i > 0 && adjacent(text, toks[i-1], toks[i]) && (numberWords[toks[i-1].w] > 1 || isNumber(toks[i-1].w))
		}
		return false
	}
	old := func(i int) bool { return toks[i].w == "old" || toks[i].w == "olds" }
	switch {
	case k+1 < len(toks) && unit(k) && old(k+1) && adjacent(text, toks[k], toks[k+1]):
		return true
	case k > 0 && old(k) && unit(k-1) && adjacent(text, toks[k-1], toks[k]):
		return true
	}
	return false
}

// isNumber reports whether w is written in digits.
func isNumber(w string) bool {
	_, err := strconv.Atoi(w)
	return err == nil
}

// countsCompany reports whether toks[k], a number, counts the people the
// music is for: the whole object of "for" ("dinner for two," at the end
// of a clause), before "of" and a personal pronoun ("two of us") or
// before a word of the company ("two adults").
func countsCompany(text string, toks []token, k int) bool {
	t := toks[k]
	if k > 0 && toks[k-1].w == "for" && adjacent(text, toks[k-1], t) &&
		(k+1 == len(toks) || strings.ContainsAny(text[t.b:toks[k+1].a], ",.;:!?")) {
		return true
	}
	if k+1 < len(toks) && adjacent(text, t, toks[k+1]) {
		if companyWords[toks[k+1].w] {
			return true
		}
		if toks[k+1].w == "of" && k+2 < len(toks) && adjacent(text, toks[k+1], toks[k+2]) {
			switch toks[k+2].w {
			case "us", "them", "you":
				return true
			}
		}
	}
	return false
}

// partOfWhole are the words that say which part of a time or an
// activity is meant: an ordinal before it ("the first warm day of
// spring", "the last dance") or a noun of its parts before "of" ("the
// end of summer", "the middle of the dinner").
var partOfWhole = setOf(`first last end beginning middle`)

// partOfOf are the words of partOfWhole that are nouns, said of the whole
// after "of".
var partOfOf = setOf(`end beginning middle`)

// saysWhichPart reports whether toks[k], a word of partOfWhole, says
// which part of what the reader read: an ordinal directly before a word
// read or a filler noun of time ("first snow", "the first day of
// summer"), or a noun of parts before "of", a determiner and such a word
// ("the end of summer", "the end of my workout").
func (rd *reading) saysWhichPart(text string, toks []token, k int) bool {
	i := k + 1
	if partOfOf[toks[k].w] {
		if i >= len(toks) || toks[i].w != "of" || !adjacent(text, toks[k], toks[i]) {
			return false
		}
		i++
		if i < len(toks) && stopWords[toks[i].w] && adjacent(text, toks[i-1], toks[i]) {
			i++ // "the", "my"
		}
	}
	if i >= len(toks) || !adjacent(text, toks[i-1], toks[i]) {
		return false
	}
	next := toks[i]
	return rd.isUsed(next) && !stopWords[next.w] || fillerWords[next.w] && !companyWords[next.w]
}

// genreHeads are nouns that, after a genre's name, stand for the genre's
// music: its world ("the riot grrrl scene", "the canterbury scene"), its
// time ("the swing era") or its repertoire ("jazz standards", the songs
// every player of the genre knows).
var genreHeads = setOf(`scene scenes era eras standards`)

// genreBefore reports whether the words just before head (up to three,
// adjacent to each other and to head) were read and name a genre.
func (rd *reading) genreBefore(text string, head token) bool {
	if len(rd.written) == len(text) {
		text = rd.written // as written: a rule blanks the genre it read
	}
	toks := wordTokens(text[:head.a])
	if len(toks) == 0 || !adjacent(text, toks[len(toks)-1], head) {
		return false
	}
	for n := 1; n <= 3 && n <= len(toks); n++ {
		ws := toks[len(toks)-n:]
		words := make([]string, 0, n)
		for i, t := range ws {
			if !rd.isUsed(t) || i > 0 && !adjacent(text, ws[i-1], t) {
				return false
			}
			words = append(words, t.w)
		}
		if isGenreName(strings.Join(words, " ")) {
			return true
		}
	}
	return false
}

// sizeWords say how big what follows is ("a big party", "big drums", "a
// huge crescendo"): before a word the reader read, a degree of it.
var sizeWords = setOf(`big huge massive giant`)

// continuesRequest reports whether a message is a fragment that only
// adds to or refines the request before it: one that opens with a
// preposition, a coordinator or a comparative of degree and so has no
// head of its own ("with banjo" after "folk music", "from the sixties",
// "and faster", "less aggressive", "more of the romantic kind"), or one
// that opens with a comparative of a mood ("happier"), or one
// that only refuses ("no vocals please" after "something to study to",
// which asks for instrumental music by refusing the voice). A
// follow-up that names a topic of its own in a whole phrase ("calm
// piano") is still a new request.
func continuesRequest(r Request) bool {
	opening := strings.ToLower(strings.Trim(SanitizeText(r.Intent), " ,.!?"))
	words := strings.FieldsFunc(opening, func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c) && c != '\'' && c != '-' && c != '&'
	})
	if len(words) == 0 || len(r.LikeArtists)+len(r.LikeTracks) > 0 {
		return false
	}
	comparative := func(w string) bool { return comparativeOfMood(w) || comparativeOfLevel(w) }
	if comparative(words[0]) {
		return true
	}
	if words[0] == "in" && len(words) > 2 && words[1] == "the" && words[2] == "mood" {
		// "in the mood for jazz" says what is wanted, as "i want jazz"
		// does; "in spanish", "in a minor key" add to what was.
		return false
	}
	if continuationOpeners[words[0]] {
		// "and now something to cool down" names what it is for in a
		// whole phrase of its own: a new request, as it would be without
		// the "and"; "and something sadder" stays a fragment.
		i := 1
		for i < len(words) && comparativeFillers[words[i]] && !purposeHeads[words[i]] {
			i++
		}
		return !(i+1 < len(words) && purposeHeads[words[i]] && (words[i+1] == "to" || words[i+1] == "for"))
	}
	// "something sadder", "a bit happier", "make it less sad", "ok but
	// darker": fillers before a comparative or an opener give the
	// fragment no head of its own either.
	i := 0
	for i < len(words)-1 && i < 3 && comparativeFillers[words[i]] {
		i++
	}
	if i > 0 && (comparative(words[i]) || words[i] == "less" || words[i] == "more" || continuationOpeners[words[i]]) {
		return true
	}
	// "the dark kind", "the slower ones": a head that points back at what
	// was asked for, described only by a mood or a level.
	if slices.ContainsFunc(words, func(w string) bool { return anaphoricHeads[w] }) &&
		len(r.Genres)+len(r.Instruments)+len(r.SearchWords) == 0 && r.Activity == "" && r.TimeOfDay == "" && r.Setting == "" &&
		r.Duration == 0 && r.Count == 0 && r.YearMin == 0 && r.YearMax == 0 {
		return true
	}
	refuses := len(r.ExcludeGenres)+len(r.ExcludeMoods)+len(r.ExcludeInstruments)+len(r.ExcludeArtists)+len(r.ExcludeTitles)+len(r.ExcludeYears) > 0 || r.Instrumental ||
		r.Variety // "mix it up": the same request, spread wider
	return refuses && len(r.Genres)+len(r.Moods)+len(r.Instruments)+len(r.LikeArtists)+len(r.LikeTracks)+len(r.SearchWords) == 0 &&
		r.Activity == "" && r.TimeOfDay == "" && r.Setting == "" && r.TempoMin == 0 && r.TempoMax == 0 && r.Mode == "" &&
		r.Duration == 0 && r.Count == 0 && r.YearMin == 0 && r.YearMax == 0
}

// comparativeOfMood reports whether w compares a mood ("happier",
// "sadder", "dreamier"): said first, it refines the mood of the request
// before and keeps the rest, as "calmer" does ("happier" after "sad folk
// songs" is happier folk, where it had been read as a new request for
// anything happy).
func comparativeOfMood(w string) bool {
	if !strings.HasSuffix(w, "er") {
		return false
	}
	if m, ok := moodSynonyms[w]; ok && m != "" {
		return true
	}
	for _, b := range vocab.ComparativeBases(w) {
		if contains(MoodWords, b) || moodSynonyms[b] != "" {
			return true
		}
	}
	return false
}

// purposeHeads head a phrase that says what music is for ("something to
// cool down", "music for the drive home").
var purposeHeads = setOf(`something anything music songs tunes stuff`)

// anaphoricHeads are nouns that stand for a kind of what was asked for
// before ("the dark kind", "the slower ones", "that sort but sadder").
var anaphoricHeads = setOf(`kind kinds sort sorts type types ones variety`)

// comparativeOfLevel reports whether w compares a tempo or an energy
// ("faster", "louder", "quieter"): said first, it changes the music before
// ("faster than 120 bpm" after "jazz" is faster jazz).
func comparativeOfLevel(w string) bool {
	if !strings.HasSuffix(w, "er") {
		return false
	}
	for _, b := range vocab.ComparativeBases(w) {
		if _, ok := energyWords[b]; ok {
			return true
		}
		for _, t := range tempoWords {
			if t.re.MatchString(b) {
				return true
			}
		}
	}
	return false
}

// comparativeFillers are the words said before a comparative that asks
// for a change of the music before ("something sadder", "a bit happier",
// "make it less sad", "the same but with piano").
var comparativeFillers = setOf(`something anything maybe now ok okay go just slightly somewhat a bit little tad make it again the same
hmm hmmm hm umm um uhm uh uhh erm er well oh ah yeah yep yup nah`)

// continuationOpeners are the words that open a fragment continuing the
// request before: prepositions and coordinators with nothing to attach
// to in the message itself, and the comparatives of degree.
var continuationOpeners = setOf(`with without from in and but plus also less more even`)

// kindsOfThem says how many of the library's genre tags an exclusion
// also rules out.
func kindsOfThem(n int) string {
	if n == 1 {
		return "and 1 kind of them in your library"
	}
	return fmt.Sprintf("and %d kinds of them in your library", n)
}

// excludeFamilies adds to the excluded genres the library's genre tags
// that leaving them out rules out, by the vocabulary's definition
// (vocab.Excludes, which the ranking uses too): kinds of them along any
// parent of the genre tree, and their kin ("no metal" also rules out the
// library's thrash metal and power metal; "no game music" its chiptune).
// A tag the tree does not know is ruled out when it holds an excluded
// genre as a word. It returns how many tags it added.
func (rd *reading) excludeFamilies(r *Request) int {
	if !rd.lex.HasGenres() || len(r.ExcludeGenres) == 0 {
		return 0
	}
	n := 0
	excluded := slices.Clone(r.ExcludeGenres)
	// A refused genre that holds a genre asked for in the same message
	// ("house music, none of the commercial edm stuff") refuses the rest
	// of its family, not the genre asked and its kinds: it is left out of
	// the exclusions and only its other kinds in the library are refused.
	var spared []string
	for _, x := range excluded {
		for _, g := range r.Genres {
			if g != x && vocab.Excludes(g, x) && !vocab.Excludes(x, g) {
				spared = append(spared, g)
				r.ExcludeGenres = slices.DeleteFunc(r.ExcludeGenres, func(e string) bool { return e == x })
			}
		}
	}
	for _, tag := range rd.lex.Genres {
		lower := strings.ToLower(tag)
		if contains(r.ExcludeGenres, lower) || len(r.ExcludeGenres) >= maxExcludeItems {
			continue
		}
		known := tagGenres(tag)
		if slices.ContainsFunc(known, func(g string) bool {
			return slices.ContainsFunc(spared, func(s string) bool { return vocab.Excludes(g, s) || vocab.Excludes(s, g) })
		}) {
			continue // a kind of the genre asked, or the genre that holds it
		}
		for _, x := range excluded {
			out := false
			if len(known) == 0 {
				f := Fold(tag)
				out = f == Fold(x) || containsWord(f, Fold(x))
			}
			for _, g := range known {
				out = out || vocab.Excludes(g, x)
			}
			if out {
				r.ExcludeGenres = append(r.ExcludeGenres, lower)
				n++
				break
			}
		}
	}
	return n
}

// tagGenres returns the genres of the vocabulary a library tag names:
// itself lowercased or folded (with or without hyphens, and without a
// trailing "music"), or an alias; nil when the vocabulary does not know it.
func tagGenres(tag string) []string {
	lower := strings.ToLower(strings.TrimSpace(tag))
	f := Fold(tag)
	for _, k := range []string{lower, f, strings.ReplaceAll(f, " ", "-"), strings.TrimSuffix(f, " music"), f + " music"} {
		if vocab.IsGenre(k) {
			return []string{k}
		}
		if gs, form := vocab.Genres(k); len(gs) > 0 && !form {
			return gs
		}
	}
	return nil
}

// DescribeRequest renders a request in a few words, so a misunderstanding
// can be seen at a glance: the phrases of describeMessage joined by " · ",
// or "anything (no constraints understood)" when it asks for nothing.
func DescribeRequest(r Request) string {
	parts := describeMessage(r, nil)
	if len(parts) == 0 {
		return "anything (no constraints understood)"
	}
	return strings.Join(parts, " · ")
}

// describeMessage renders what a message was read as, one phrase per
// constraint, naming the word a constraint came from when it differs
// ("genre blues (from “bluesy”)").
func describeMessage(r Request, from map[string]string) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	uses := map[string]int{} // how many values each source word gave
	for _, w := range from {
		uses[w]++
	}
	src := func(key, value string) string {
		w, ok := from[key+":"+value]
		if !ok || w == value || uses[w] == 1 && trimGenreSuffix(w) == value {
			return "" // "jazz music" is just jazz
		}
		return " (from “" + w + "”)"
	}
	// list writes one phrase per source word: "genre jazz, bossa nova
	// (from “jazzy”)"; values said as themselves share one phrase.
	list := func(label, key string, vals []string) {
		var order []string
		groups := map[string][]string{}
		for _, v := range vals {
			s := src(key, v)
			if _, ok := groups[s]; !ok {
				order = append(order, s)
			}
			groups[s] = append(groups[s], v)
		}
		for _, s := range order {
			add("%s %s%s", label, strings.Join(groups[s], ", "), s)
		}
	}
	switch {
	case r.Different:
		add("something different")
	case r.More:
		add("more of the same, leaving out what was shown")
	case r.ListShift > 0 && r.Count == 0 && r.Duration == 0:
		add("a longer list")
	case r.ListShift < 0 && r.Count == 0 && r.Duration == 0:
		add("a shorter list")
	}
	list("genre", "genre", r.Genres)
	list("not genre", "genre", r.ExcludeGenres)
	list("mood", "mood", r.Moods)
	list("not mood", "mood", r.ExcludeMoods)
	list("instrument", "instrument", r.Instruments)
	list("no instrument", "instrument", r.ExcludeInstruments)
	if r.Instrumental {
		add("instrumental")
	}
	for _, q := range r.Sounds {
		add("%s%s", SoundLabel(q), src("sound", q))
	}
	switch {
	case r.TempoMin > 0 && r.TempoMax > 0:
		add("tempo %d–%d BPM", r.TempoMin, r.TempoMax)
	case r.TempoMin > 0:
		add("tempo ≥ %d BPM", r.TempoMin)
	case r.TempoMax > 0:
		add("tempo ≤ %d BPM", r.TempoMax)
	}
	switch {
	case r.PreferTempoMin > 0 && r.PreferTempoMax > 0:
		add("prefers %d–%d BPM", r.PreferTempoMin, r.PreferTempoMax)
	case r.PreferTempoMin > 0:
		add("prefers ≥ %d BPM", r.PreferTempoMin)
	case r.PreferTempoMax > 0:
		add("prefers ≤ %d BPM (slow, beatless counts)", r.PreferTempoMax)
	}
	bit := ""
	if r.SlightShift {
		bit = "a bit "
	}
	if r.TempoShift < 0 {
		add("%sslower", bit)
	} else if r.TempoShift > 0 {
		add("%sfaster", bit)
	}
	if r.EraShift < 0 {
		add("older")
	} else if r.EraShift > 0 {
		add("newer")
	}
	if r.EnergyShift < 0 {
		add("%scalmer", bit)
	} else if r.EnergyShift > 0 {
		add("%smore energy", bit)
	}
	if r.Energy != nil {
		add("energy %.2f%s", *r.Energy, src("energy", "level"))
	}
	if r.Key != "" {
		add("key %s", r.Key)
	} else if r.Mode != "" {
		add("%s key", r.Mode)
	}
	for _, a := range r.LikeArtists {
		if containsFold(r.OnlyArtists, a) {
			add("only by %s", a)
			continue
		}
		add("like %s", a)
	}
	for _, t := range r.LikeTracks {
		add("like “%s”", t)
	}
	if len(r.ExcludeArtists) > 0 {
		add("no artist %s", strings.Join(r.ExcludeArtists, ", "))
	}
	for _, t := range r.ExcludeTitles {
		add("not “%s”", t)
	}
	if r.AvoidLastArtist {
		add("no more of that artist")
	}
	if r.Activity != "" {
		add("for %s%s", r.Activity, src("activity", r.Activity))
	}
	if r.TimeOfDay != "" {
		add("%s", r.TimeOfDay)
	}
	if r.Setting != "" && r.Setting != r.Activity { // "for dinner party" says it
		add("setting %s%s", r.Setting, src("setting", r.Setting))
	}
	if d, of := DefaultMoods(r); len(d) > 0 {
		// What the activity or setting was taken to mean, in the person's
		// words: "coffee shop → mellow, warm (default for the setting)".
		said := r.Activity
		if of == "setting" {
			said = r.Setting
		}
		if w, ok := from[of+":"+said]; ok {
			said = w
		}
		add("%s → %s (default for the %s)", said, strings.Join(d, ", "), of)
	}
	if r.Duration > 0 {
		add("%d min", int(r.Duration.Round(time.Minute).Minutes()))
	}
	switch {
	case r.Count == 1:
		add("1 track")
	case r.Count > 1:
		add("%d tracks", r.Count)
	}
	switch {
	case r.TrackMin > 0 && r.TrackMax > 0:
		add("each track %s–%s", FormatLength(r.TrackMin), FormatLength(r.TrackMax))
	case r.TrackMin > 0:
		add("each track ≥ %s", FormatLength(r.TrackMin))
	case r.TrackMax > 0:
		add("each track ≤ %s", FormatLength(r.TrackMax))
	}
	if y := describeYears(r.YearMin, r.YearMax); y != "" {
		add("%s", y)
	}
	for _, y := range r.ExcludeYears {
		add("not %s", describeYears(y.From, y.To))
	}
	if r.PreferYearMax > 0 {
		add("prefers music up to %d", r.PreferYearMax)
	}
	if r.PreferYearMin > 0 {
		add("prefers music from %d on", r.PreferYearMin)
	}
	if r.Familiarity != nil {
		switch f := *r.Familiarity; {
		case f >= 0.95:
			add("deep cuts")
		case f >= 0.66:
			add("new to you")
		case f <= FamiliarDial:
			add("familiar")
		default:
			add("familiar and new")
		}
	}
	for _, w := range r.SearchWords {
		if !contains(r.NotUnderstood, w) {
			add("search “%s”", w)
		}
	}
	if r.Widen {
		add("anything close")
	}
	if r.Variety {
		add("more variety")
	}
	if r.IncludeNotMusic {
		add("include sounds that are not music")
	}
	return out
}

// FormatLength renders a track length in minutes and seconds: "4 min",
// "3:12".
func FormatLength(d time.Duration) string {
	d = d.Round(time.Second)
	if d%time.Minute == 0 {
		return fmt.Sprintf("%d min", int(d.Minutes()))
	}
	return fmt.Sprintf("%d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}

// stopWords are function words; they carry no request of their own.
var stopWords = setOf(`a an the and or but nor of to in on at for from by with without into onto over under
about above below after before during while than then so as if that this these those it its it's i i'm i'd i'll
me my mine we us our you your yours he him his she her they them their what which who whom whose where when why how
is are was were be been being am do does did done have has had having can could will would shall should may might
what's that's there's here's it'll you're you've you'll you'd we're we've they're they've i've he's she's let's who's
must not no none nothing never don't dont doesn't isn't aren't won't can't cannot any some all each every both
either neither other another such same own only just also too very really quite rather pretty bit little lot lots
much many more most less least few fewer again still even ever yet up down out off there here now please thanks
thank ok okay yes yeah hey hi minus hate hates dislike dislikes stand avoid leave hello like else something anything everything whatever one ones let let's lets
someone somebody anyone anybody
around about roughly approximately approx circa between within least max maximum minimum long through
fan ditch zero stay away steer clear spare rid sick tired fed bored enough solo pre post opposite
hmm hmmm hm umm um uhm uh uhh erm er pls plz thx ty nah naw nope yep yup perfect awesome
because since until till unless although though whereas whether whenever wherever whoever whichever
toward towards against among amongst upon via thru besides gonna gotta
myself yourself himself herself itself ourselves yourselves themselves
he'll she'll we'll they'll that'll there'll who'll what'll it'd he'd she'd we'd they'd who'd that'd there'd
who've would've could've should've might've must've how's where's when's why's
haven't hasn't hadn't wasn't weren't wouldn't couldn't shouldn't didn't mustn't ain't needn't shan't`)

// fillerWords are content-looking words that ask for nothing beyond the
// rest of the message ("music", "songs", "play"), with the company the
// music is played for (companyWords). When it is played is one of them,
// as "today" and "tonight" are: tomorrow, the week, the weekend and the
// days of the week but Sunday, which has a mood of its own (idioms.txt:
// "sunday" is mellow, as "sunday morning" is); a Friday or Saturday night
// is read whole, as going out. No other day has one character: a
// Saturday is a birthday party, a soul night at a studio or a morning's
// pancakes ("saturday morning pancakes").
var fillerWords = withPraise(withCompany(setOf(`music song songs track tracks tune tunes stuff thing things piece pieces number numbers
playlist playlists list mix mixes selection set album albums record records artist artists band bands
play playing put give gimme want wanna need find show get make makes making listen listening hear hearing
feel feeling feels vibe vibes mood moods kind sort type style sound sounds sounding way good nice great cool
love loving enjoy maybe perhaps actually definitely bunch couple today tonight time times go going
keep keeping start starting try trying recommend recommendations suggest suggestions some more spirit
called named titled similar tempo pace help doing hits looking look searching preferably ideally prefer prefers book
day days session sessions ride break early notch think choice random best top recordings remixes versions
tomorrow tomorrow's tonight's week weeks weekend weekends weekday weekdays monday mondays tuesday tuesdays
wednesday wednesdays thursday thursdays friday fridays saturday saturdays`)))

// praiseWords are adjectives of praise and blame, said of the music or of
// anything else: how much the person likes or dislikes it, not how it
// sounds, as "good", "great" and "nice" are. In WordNet: beautiful/a1,
// "delighting the senses or exciting intellectual or emotional
// admiration", lovely (lovely/a1, "appealing to the emotions as well as
// the eye", which the stem of "love" read as romantic), gorgeous
// ("dazzlingly beautiful") and stunning (arresting, "commanding
// attention"); pleasant/a1,
// "affording pleasure", with enjoyable; sweet in its senses said of sound
// and feeling (a3 dulcet, "pleasing to the ear"; a4 "pleasing to the
// senses"; a5 "pleasing to the mind or feeling"), which seeds.txt leaves out
// of the moods as praise; wonderful/a1, "extraordinarily good or great;
// used especially as intensifiers" (fantastic, amazing), excellent/a1
// ("very good; of the highest quality") and the slang praise killer and
// insane (Merriam-Webster: "extremely good", "extreme"); classy/a1, "elegant
// and fashionable", with elegant, sophisticated and tasteful, praise of
// style; and bad/a1, terrible, awful, boring/a1 ("so lacking in interest
// as to cause mental weariness") and interesting, said of the music or of a
// day, a breakup, a task ("a bad breakup", "boring work"). None asks
// for a mood or a sound: "a sweet, gentle song" and "beautiful and calm"
// ask what their other words ask.
var praiseWords = setOf(`sweet beautiful lovely gorgeous stunning pleasant enjoyable wonderful fantastic amazing
excellent killer insane classy elegant sophisticated tasteful bad terrible awful boring interesting`)

// withPraise returns the set of words with praiseWords added.
func withPraise(words map[string]bool) map[string]bool {
	for w := range praiseWords {
		words[w] = true
	}
	return words
}

// companyWords are the people music is played for or with: children and
// a family ("a road trip with the kids", "the kids' room", "a kiddie
// party", "for mom's 85th", "with my dad", "older stuff for the
// grandparents"), guests and friends, a crowd and everyone ("a dinner
// crowd", "songs that get everyone on the dance floor", "so people can
// browse"), and the people of a workplace (customers, clients,
// patients, residents, coworkers, viewers of a stream). They
// say nothing of the music by themselves: what is asked for them is in
// the other words ("a dance party for the kids", "music to help the kids
// sleep", "something our customers can sing along to"), so they are read
// as filler, understood and asking nothing. "kid" and "children's" are
// left out, as is "baby": they name a kind of music as often ("no kid
// music", "children's songs", "baby making music"). "folks" is WordNet's
// "people in general" ("the old folks"): the music is "folk", never in
// the plural. The family are WordNet's kin (relative/n1, "a person related
// to another by heredity or marriage": mother, father, daughter, sister,
// grandmother, cousin; spouse/n1: wife, husband), and so are a partner, a
// girlfriend or boyfriend (girlfriend/n2, boyfriend/n1), a fiancé and a
// wedding's bride and groom, the people one lives or studies with
// (roommate/n1, classmate/n1, students) and the pets ("music to leave on
// for my dog"). "son" alone is the Cuban genre (son/n2 is not WordNet's,
// the library's tree has it): after a possessive ("my son", "our
// teenage son") it is the person (kinAfterPossessive).
var companyWords = setOf(`kids kid's kids' kiddie kiddies child children child's toddler toddlers
babies baby's family families family's guests guests' friends friends' customers customers' clients clients'
patients patients' residents residents' coworkers co-workers colleagues viewers viewers'
mom mom's moms mum mum's mums dad dad's dads parents parents' grandma grandma's grandmas granny grandpa grandpa's
grandparent grandparents grandparents' grandkids grandchildren aunt uncle adults teenager teenagers teens
people people's everyone everyone's everybody everybody's crowd crowds crowd's folks folks'
mother mother's mothers father father's fathers parent parent's daughter daughter's daughters sons son's
sister sister's sisters brother brother's brothers sibling siblings grandmother grandmother's grandfather
grandfather's granddaughter grandson nephew niece cousin cousins wife wife's husband husband's spouse
partner partner's girlfriend girlfriend's boyfriend boyfriend's fiance fiancé fiancee fiancée bride bride's
groom groom's bridesmaids newlyweds couple's students students' pupils classmates roommate roommates
housemates flatmates neighbours neighbors teammates pets pet's dog dog's dogs puppy`)

// ageAdjectives are the adjectives of age said of the company ("the old
// folks", "older kids").
var ageAdjectives = setOf(`old older young younger elderly`)

// withCompany returns the set of words with companyWords added.
func withCompany(words map[string]bool) map[string]bool {
	for w := range companyWords {
		words[w] = true
	}
	return words
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// possessives are the determiners that say whose a person is.
var possessives = setOf(`my our your his her their`)

// kinAfterPossessive marks "son" when a possessive comes before it, with
// at most two words between ("my son", "my college age son", "our
// teenage son"): a person, not the genre the word also names. So with
// "baby" after a possessive or an article ("the baby won't", "a colicky
// baby"), where it ends its phrase: the child the music is for, not
// "baby music", "a baby shower" or the word of a title ("oldies with
// baby in the title"). Words of companyWords need no marking; they are
// filler wherever they stand.
func kinAfterPossessive(rd *reading, text string) {
	if !strings.Contains(text, "son") && !strings.Contains(text, "baby") {
		return
	}
	toks := wordTokens(text)
	for i, t := range toks {
		if t.w != "son" && (t.w != "baby" || !babyEndsPhrase(text[t.b:])) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if !adjacent(text, toks[j], toks[j+1]) {
				break
			}
			if possessives[toks[j].w] || t.w == "baby" && (toks[j].w == "the" || toks[j].w == "a") {
				rd.mark(t.a, t.b)
				break
			}
		}
	}
}

// babyEndsPhrase reports whether "baby" ends its noun phrase: nothing
// follows but punctuation, a word of no content or a grammar form ("the
// baby won't", "the baby starts").
func babyEndsPhrase(after string) bool {
	if phraseEnds(after) {
		return true
	}
	w := strings.FieldsFunc(after, func(r rune) bool { return r == ' ' || strings.ContainsRune(",.;:!?)", r) })[0]
	_, ok := vocab.GrammarForm(w)
	return ok
}
