package models

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"sleeve/models/vocab"
)

// Names of people the library may not hold: musicians WordNet records
// ("Miles Davis", "Billie Holiday", "Chopin"), and runs of words that start
// with a proper noun of the SCOWL word list ("brian eno", "kenny g"). A
// name is read as music like that person's, which the ranking says is not
// in the library when it is not, with the genres and instruments WordNet
// gives the musician ("jazz singer"); it is never read as a misspelling
// ("eno" is not "emo").

// styleWords are the words after a name that say music like that
// person's: "brian eno style", "chopin-style", "parliament-esque".
var styleWords = map[string]bool{"style": true, "styled": true, "esque": true, "inspired": true, "era": true}

// nameVerbs are the words before a name that say music by that person
// follows ("play kenny g", "some brian eno").
var nameVerbs = map[string]bool{"play": true, "some": true, "any": true, "more": true, "hear": true}

// vibeWords are further words after a name that say music like that
// person's ("taylor swift vibes", "queen type stuff", "pink floyd kind of
// stuff"); unlike styleWords they also follow ordinary words ("holiday
// vibes", "road trip type songs"), so before a name that is an English word
// they make it a name only when it is capitalised ("Journey vibes").
var vibeWords = map[string]bool{"vibes": true, "vibe": true, "type": true, "kind": true, "sort": true}

// musicianAt returns the longest phrase of up to five words at toks[i]
// that names a WordNet musician or a well-known artist ("the red hot
// chili peppers"), and how many words it took; afterLike allows a
// surname or a band's name that is only a name where a name is expected
// ("chopin", "queen" after "like" or before "style").
func musicianAt(toks []token, i int, afterLike bool) (vocab.Musician, int) {
	if !vocab.StartsMusicianName(toks[i].w) {
		return vocab.Musician{}, 0
	}
	for n := min(5, len(toks)-i); n >= 1; n-- {
		words := make([]string, n)
		for k := range n {
			words[k] = toks[i+k].w
		}
		if m, ok := vocab.MusicianNamed(strings.Join(words, " ")); ok && (m.Alone || afterLike) {
			if i+n < len(toks) && phraseOfTheVocabulary(strings.Join(words, " ")+" "+toks[i+n].w) {
				return vocab.Musician{}, 0 // "the barber shop": a place, not Samuel Barber
			}
			return m, n
		}
	}
	return vocab.Musician{}, 0
}

// phraseOfTheVocabulary reports whether a phrase of several words is one
// the vocabulary reads as a setting, an activity or a genre ("barber
// shop", "queen bee" is none): a name's words that run on into one are
// that phrase's.
func phraseOfTheVocabulary(phrase string) bool {
	return vocab.Setting(phrase) != "" || vocab.Context(phrase) != "" || vocab.IsGenrePhrase(phrase)
}

// nameRunAt returns how many words at toks[i] form the name of a person
// the reader cannot otherwise place: a proper noun of the word list
// ("brian") or a word capitalised past the message's first, followed by
// words that nothing reads ("eno", "g"). It returns 0 when the run does
// not start with such a word.
func nameRunAt(orig string, toks []token, i int) int {
	if !properAt(orig, toks, i) {
		return 0
	}
	n := 1
	for i+n < len(toks) && n < 4 {
		w := toks[i+n].w
		if properAt(orig, toks, i+n) || !knownWord(w) && !stopWords[w] && !fillerWords[w] && !styleWords[w] && !readsOtherwise(w) && len(vocab.Instruments(w)) == 0 {
			n++
			continue
		}
		break
	}
	return n
}

// properAt reports whether the word at toks[i] is a name by its form: a
// proper noun of the word list, or capitalised in the message (toks come
// from a lowercased copy of orig, shifted one byte) past its first word.
func properAt(orig string, toks []token, i int) bool {
	w := toks[i].w
	if vocab.IsProperNoun(w) {
		return true
	}
	a := toks[i].a - 1
	return i > 0 && a >= 0 && a < len(orig) && unicode.IsUpper(rune(orig[a])) && !knownWord(w) && !stopWords[w] && !fillerWords[w]
}

// namedPeople reads the musicians WordNet records, said without "like"
// ("some miles davis"), and the names before a style word ("brian eno
// style", "chopin-style preludes"), as music like theirs, or refused,
// as artists to leave out; it blanks what it read. Names of the library
// were read before.
func namedPeople(r *Request, orig, out string, sameLen bool) string {
	// "chopin-style" is read as "chopin style".
	scan := out
	for _, w := range []string{"-style", "-styled", "-esque", "-inspired"} {
		scan = strings.ReplaceAll(scan, w, " "+w[1:])
	}
	// A name said with its possessive is read as the name: "radiohead's
	// experimental side" is "radiohead  experimental side".
	scan = possessiveSRe.ReplaceAllString(scan, "$1  ")
	toks := wordTokens(scan)
	// possessed reports whether the n words at toks[i] are said with a
	// possessive of a noun of music after it ("the temptations' records",
	// "queen's greatest hits"): what is owned is music, so its owner is a
	// name.
	possessed := func(i, n int) bool {
		e := toks[i+n-1].b
		if !strings.HasPrefix(out[e:], "'s") && !strings.HasPrefix(out[e:], "' ") {
			return false
		}
		for k := i + n; k < len(toks) && k <= i+n+2; k++ {
			if musicNouns[toks[k].w] || toks[k].w == "hits" {
				return true
			}
		}
		return false
	}
	// read holds where names were read, pending the listed names said
	// where no name was yet expected (namesInLists reads them).
	var read, pending []nameSpan
	for i := 0; i < len(toks); i++ {
		styled := func(n int) (int, bool) {
			if i+n < len(toks) && (styleWords[toks[i+n].w] || vibeWords[toks[i+n].w]) {
				return toks[i+n].b, true
			}
			return toks[i+n-1].b, false
		}
		m, n := musicianAt(toks, i, false)
		end := 0
		if n == 0 {
			// A surname, or a name that is an English word, before a
			// style word ("chopin style"), or capitalised past the
			// message's first word in a message not written in capitals
			// throughout ("I'd like some Queen"; see capitalisedName).
			if m2, n2 := musicianAt(toks, i, true); n2 > 0 {
				if i+n2 < len(toks) && styleWords[toks[i+n2].w] || m2.Listed && !m2.LikeOnly && sameLen && capitalisedName(orig, toks, i, n2) {
					m, n = m2, n2
				} else if e, ok := styled(n2); ok && m2.Listed && !m2.LikeOnly && sameLen && capitalWords(orig, toks, i, n2) {
					m, n, end = m2, n2, e // "Journey vibes"
				} else if m2.Listed && !m2.LikeOnly && (i > 0 && nameVerbs[toks[i-1].w] || i == 0 && i+n2 < len(toks) && toks[i+n2].w == "for") {
					// Where the request says what to play: after "play",
					// "some" ("put on some black sabbath"), or opening a
					// request for a time or task ("the smiths for
					// knitting").
					m, n = m2, n2
				} else if _, ok := styled(n2); ok && m2.Listed && !m2.LikeOnly && n2 >= 2 && listableName(toks[i].w) {
					// A name of several English words before "type",
					// "kind", "vibes" ("iron maiden type stuff"): a
					// phrase of the vocabulary would be likeOnly, and
					// only a name is said to have a type.
					m, n = m2, n2
				} else if m2.Listed && !m2.LikeOnly && possessed(i, n2) {
					m, n = m2, n2
				} else if m2.Listed && !m2.LikeOnly && listableName(toks[i].w) {
					pending = append(pending, nameSpan{i: i, n: n2, name: m2.Name})
				}
			}
		}
		name := ""
		if n > 0 {
			name = m.Name
			if end == 0 {
				end, _ = styled(n)
			}
		} else if sameLen {
			k := nameRunAt(orig, toks, i)
			if k == 0 {
				continue
			}
			e, ok := styled(k)
			if ok && !styleWords[toks[i+k].w] {
				// "café del mar type chill": a vibe word follows many a
				// phrase; only a style word makes unknown words a name.
				e, ok = toks[i+k-1].b, false
			}
			if !ok && (k < 2 || !(i > 0 && nameVerbs[toks[i-1].w] || negatedAt(out, toks[i].a))) {
				// Without a style word, a name of two words or more after
				// "play", "some", "any" ("play some kenny g") or a refusal
				// ("no kenny g") is a name too.
				continue
			}
			n, end = k, e
			name = titleCase(orig[toks[i].a-1 : toks[i+n-1].b-1])
		} else {
			continue
		}
		if negatedAt(out, toks[i].a) && !(i > 0 && toks[i-1].w == "than") {
			r.ExcludeArtists = append(r.ExcludeArtists, name)
		} else {
			// A name compared with is a point of reference, even after a
			// refusal: "nothing rowdier than johnny horton" refuses what
			// is rowdier, and asks for music near his.
			r.LikeArtists = append(r.LikeArtists, name)
		}
		if strings.HasPrefix(out[end:], "'s") {
			end += 2 // the possessive goes with the name
		}
		out = blankSpan(out, toks[i].a, end)
		k := i
		for i+1 < len(toks) && toks[i+1].a < end {
			i++
		}
		read = append(read, nameSpan{i: k, n: i - k + 1})
	}
	return namesInLists(r, scan, out, toks, read, pending)
}

// possessiveSRe is a word's possessive "'s", which a name may be said with.
var possessiveSRe = regexp.MustCompile(`([a-z0-9])'s\b`)

// nameSpan is a name said in a message: n words from toks[i].
type nameSpan struct {
	i, n int
	name string
}

// listableName reports whether a name that starts with the word w may be
// read from the names beside it: not one that starts with a grammar word
// other than "the" ("in the woods", "no one", "me and my" are bands, and
// phrases first).
func listableName(w string) bool {
	return w == "the" || !stopWords[w] && !fillerWords[w]
}

// namesInLists reads the listed names said where no name was expected
// when they stand in a list of names: joined by "and", "or", "plus", a
// comma or an ampersand to a name that was read ("fleet foxes and
// vampire weekend", "minus the bear and two door cinema club", "pearl
// jam, oasis, neil young"), or "from" one name "to" another ("anything
// from nelly to nine inch nails"). A name of several words may stand
// beside another such name; a name of one word ("oasis", "nelly") must
// stand beside one read, since most are English words first. It blanks
// what it read.
func namesInLists(r *Request, scan, out string, toks []token, read, pending []nameSpan) string {
	if len(pending) == 0 {
		return out
	}
	taken := make([]bool, len(pending))
	overlaps := func(p nameSpan, spans []nameSpan) bool {
		return slices.ContainsFunc(spans, func(s nameSpan) bool { return p.i < s.i+s.n && s.i < p.i+p.n })
	}
	// joined reports whether the name a stands right before b in a list.
	joined := func(a, b nameSpan) bool {
		end := a.i + a.n
		if end > b.i {
			return false
		}
		gap := scan[toks[end-1].b:toks[b.i].a]
		words := 0
		for k := end; k < b.i; k++ {
			switch toks[k].w {
			case "and", "or", "nor", "plus", "n", "&":
			case "the":
				if k != b.i-1 {
					return false
				}
			case "to":
				if a.i == 0 || toks[a.i-1].w != "from" {
					return false
				}
			default:
				return false
			}
			words++
		}
		return words > 0 || strings.ContainsAny(gap, ",&/+")
	}
	for changed := true; changed; {
		changed = false
		for k, p := range pending {
			if taken[k] || overlaps(p, read) {
				continue
			}
			beside := func(s nameSpan) bool { return joined(s, p) || joined(p, s) }
			ok := slices.ContainsFunc(read, beside)
			if !ok && p.n >= 2 {
				for j, q := range pending {
					if j != k && !overlaps(q, read) && !overlaps(q, []nameSpan{p}) && beside(q) {
						ok = true
						break
					}
				}
			}
			if !ok {
				continue
			}
			taken[k], changed = true, true
			read = append(read, p)
			if negatedAt(out, toks[p.i].a) {
				r.ExcludeArtists = append(r.ExcludeArtists, p.name)
			} else {
				r.LikeArtists = append(r.LikeArtists, p.name)
			}
			out = blankSpan(out, toks[p.i].a, toks[p.i+p.n-1].b)
		}
	}
	return out
}

// capitalWords reports whether the n words at toks[i] are written
// capitalised in orig, a leading "the" aside ("Journey", "the Eagles"). A
// word written all in capitals is stressed, not a name ("feel the PAIN").
func capitalWords(orig string, toks []token, i, n int) bool {
	for k := i; k < i+n; k++ {
		a, b := toks[k].a-1, toks[k].b-1
		if k == i && toks[k].w == "the" {
			continue
		}
		if a < 0 || a >= len(orig) || !unicode.IsUpper(rune(orig[a])) {
			return false
		}
		if w := orig[a:min(b, len(orig))]; len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return false
		}
	}
	return true
}

// capitalisedName reports whether the n words at toks[i] are written
// capitalised in orig (capitalWords) past the message's first word, in a
// message that writes some other word in lower case: "I'd play some
// Journey", not "Queen of the night" or "Road Trip Journey Mix".
func capitalisedName(orig string, toks []token, i, n int) bool {
	start, end := toks[i].a-1, toks[i+n-1].b-1
	if start < 0 || end > len(orig) || strings.TrimSpace(orig[:start]) == "" || !capitalWords(orig, toks, i, n) {
		return false
	}
	for _, w := range strings.Fields(orig[:start] + " " + orig[end:]) {
		if unicode.IsLower([]rune(w)[0]) {
			return true
		}
	}
	return false
}

// titleCase capitalises the first letter of each word of a name typed in
// lowercase ("brian eno" is Brian Eno); a name typed with capitals is
// kept as typed.
func titleCase(s string) string {
	if strings.ToLower(s) != s {
		return s
	}
	words := strings.Fields(s)
	for k, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[k] = string(r)
	}
	return strings.Join(words, " ")
}

// namePartWords returns the lowercase words of msg that belong to a name
// and so are never read as misspellings: a proper noun of the word list
// and the word after it ("brian eno", "kenny g"), a word capitalised past
// the message's first, and the words of a WordNet musician's name.
func namePartWords(msg string) map[string]bool {
	lower := strings.ToLower(msg)
	if len(lower) != len(msg) {
		return nil
	}
	toks := wordTokens(" " + lower + " ")
	out := map[string]bool{}
	for i := range toks {
		if properAt(msg, toks, i) {
			out[toks[i].w] = true
			if i+1 < len(toks) && !stopWords[toks[i+1].w] {
				out[toks[i+1].w] = true
			}
		}
		if _, n := musicianAt(toks, i, true); n > 0 {
			for k := range n {
				out[toks[i+k].w] = true
			}
		}
	}
	return out
}
