package models

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"sleeve/models/vocab"
)

// spellingTargets are the words a misspelling may be read as, by first
// letter: the vocabulary's words and the reader's own (vocab.Words).
var spellingTargets = sync.OnceValue(func() map[byte][]string {
	byFirst := map[byte][]string{}
	for _, w := range vocab.Words() {
		if len(w) >= 3 {
			byFirst[w[0]] = append(byFirst[w[0]], w)
		}
	}
	// The idioms' words of one word ("sunday", "bops") are words the
	// reader knows too: a misspelling as near to one of them as to
	// another word is not guessed ("sundy" is Sunday or sunny).
	for _, p := range vocab.IdiomPhrases() {
		if len(p) >= 3 && !strings.ContainsAny(p, " -") && !slices.Contains(byFirst[p[0]], p) {
			byFirst[p[0]] = append(byFirst[p[0]], p)
		}
	}
	return byFirst
})

// correction returns the word a misspelt w is read as: the word the
// reader knows with the same first letter and the fewest edits, within
// vocab.CorrectionReach (the shorter of equally near words that mean the
// same, as "funky" and "funked" do). It returns "" for an English word
// near the vocabulary ("classic"), a word of the library, a name of the
// word list ("willie", vocab.IsProperNoun), or when equally
// near words mean different things ("raggae": reggae or ragga), unless
// only one of them is a genre of the library.
func correction(w string, lex *Lexicon) string {
	if lex.HasWord(w) || vocab.IsProperNoun(w) {
		// A name is no misspelling: "willie" is not "willies".
		return ""
	}
	if c, ok := unapostrophed[w]; ok {
		return c
	}
	if c := colloquial(w); c != "" {
		return c
	}
	if c := unlengthened(w); c != "" {
		return c
	}
	for _, b := range vocab.ComparativeBases(w) {
		// "chiller", "darker", "sadder": the adjective compared. A base
		// must be a word as it is: "lower" is not "lowe", which only a
		// stem would read as low.
		if !vocab.IsWord(b) {
			continue
		}
		if !vocab.IsEnglishNear(w) && readableAdjective(b) || vocab.IsEnglishNear(w) && vocab.Mood(b) != "" {
			return b
		}
	}
	if adj, ok := vocab.AdverbAdjective(w); ok {
		// An adverb is read as the adjective it pertains to ("softly" as
		// soft, "slowly" as slow), never as a misspelling; one of a tough
		// adjective says how easily something is done ("easily
		// affected"), not how the music is.
		if readableAdjective(adj) && !toughAdjectives[adj] {
			return adj
		}
		return ""
	}
	reach := vocab.CorrectionReach(len(w))
	if reach == 0 || vocab.IsEnglishNear(w) || vocab.IsRareEnglishNear(w) {
		return ""
	}
	var best []string
	bestD := reach + 1
	for _, t := range spellingTargets()[w[0]] {
		switch d := vocab.SpellingDistance(w, t, reach); {
		case d < bestD:
			best, bestD = []string{t}, d
		case d == bestD && d <= reach:
			best = append(best, t)
		}
	}
	if len(best) == 0 {
		return yBase(w)
	}
	pick := best[0]
	for _, t := range best[1:] {
		if meaning(t) != meaning(pick) || meaning(t) == "" {
			if c := broadestGenre(best); c != "" {
				return c
			}
			if c := inLibraryOnly(best, lex); c != "" {
				return c
			}
			return yBase(w)
		}
		if len(t) < len(pick) {
			pick = t
		}
	}
	return pick
}

// broadestGenre returns the one of equally near words that names genres
// holding every genre the others name ("raggae" is reggae, as ragga is a
// kind of reggae; "metall" is metal, as "metally" is metal too), or ""
// when a word names no genre or none holds the others'.
func broadestGenre(words []string) string {
	named := func(w string) []string {
		var out []string
		gs, _ := vocab.Genres(w)
		for _, g := range gs {
			if vocab.IsGenre(g) {
				out = append(out, g)
				continue
			}
			// A form's genre by another name ("metally": metal, which is
			// heavy metal).
			more, _ := vocab.Genres(g)
			out = append(out, more...)
		}
		return out
	}
	for _, w := range words {
		gs := named(w)
		holds := len(gs) > 0
		for _, o := range words {
			ogs := named(o)
			holds = holds && len(ogs) > 0
			for _, g := range ogs {
				holds = holds && slices.ContainsFunc(gs, func(h string) bool { return vocab.Under(g, h) })
			}
		}
		if holds {
			return w
		}
	}
	return ""
}

// inLibraryOnly returns the one word of equally near words that names a
// genre of the library ("raggae" is reggae in a library with reggae and
// no ragga), or "" when none or several do.
func inLibraryOnly(words []string, lex *Lexicon) string {
	if !lex.HasGenres() {
		return ""
	}
	var found string
	for _, w := range words {
		gs, _ := vocab.Genres(w)
		in := false
		for _, g := range gs {
			in = in || len(lex.GenreLike(g)) > 0
		}
		if in {
			if found != "" {
				return ""
			}
			found = w
		}
	}
	return found
}

// colloquial returns the word a colloquial spelling stands for when the
// reader knows that word: a dropped g ("relaxin", "chillin'", "sleepin")
// or a z for a plural s ("tunez", "beatz"); otherwise "". It comes before
// the English-word check, since "relaxin" is also a hormone. A dropped g
// of an English word the reader does not read is that word too
// ("sittin"), so that no correction makes it another.
func colloquial(w string) string {
	var c string
	switch {
	case len(w) >= 5 && strings.HasSuffix(w, "in"):
		c = w + "g"
		if vocab.IsEnglishNear(c) || vocab.IsRareEnglishNear(c) {
			return c // "sittin" is sitting, an English word, not "smitten"
		}
	case len(w) >= 4 && strings.HasSuffix(w, "z"):
		c = w[:len(w)-1] + "s"
	default:
		return ""
	}
	if meaning(c) != "" || readerWord(c) {
		return c
	}
	return ""
}

// readableAdjective reports whether the reader reads an adjective an
// adverb pertains to: a word of the vocabulary or of the reader's rules.
func readableAdjective(adj string) bool {
	return adj != "" && !stopWords[adj] && (knownWord(adj) || readsOtherwise(adj) || readerWord(adj))
}

// readerWord reports whether w is one of the words vocab.Words lists.
func readerWord(w string) bool {
	_, ok := slices.BinarySearch(vocab.Words(), w)
	return ok
}

// meaning is what the vocabulary reads a word as, for comparing words;
// "" when it reads it as nothing (a word of the reader's own rules).
func meaning(w string) string {
	gs, _ := vocab.Genres(w)
	if len(gs) == 0 && vocab.Mood(w) == "" && vocab.Context(w) == "" && vocab.Setting(w) == "" && vocab.Instruments(w) == nil {
		return ""
	}
	return fmt.Sprint(gs, vocab.Mood(w), vocab.Context(w), vocab.Setting(w), vocab.Instruments(w))
}

// correctSpelling replaces in msg the words of missed that correction
// reads as another word, and says what each was read as. A word of a name
// (namePartWords: "eno" after the proper noun "brian", a word capitalised
// past the first) is left as it is.
func correctSpelling(msg string, missed []string, lex *Lexicon) (string, []string) {
	var said []string
	names := namePartWords(msg)
	for _, w := range missed {
		if names[w] {
			continue // part of a name: "brian eno" is no "emo"
		}
		c := correction(w, lex)
		if c == "" || c == w {
			continue // "hours" after "sad": a word of the rules, not misspelt, that no rule read there
		}
		re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(w) + `\b`)
		msg = re.ReplaceAllString(msg, c)
		said = append(said, fmt.Sprintf("“%s” read as “%s”", w, c))
	}
	return msg, said
}

// unlengthened returns the word a lengthened one stands for ("sooo",
// "sloooow", "reeeaallly", "chiiill"): people stretch a word by repeating
// its letters for emphasis (Brody and Diakopoulos, "Cooooooooooooooollllll
// llllll!!!!!!!!!!!!!! Using word lengthening to detect sentiment in
// microblogs", EMNLP 2011), and no English word holds a letter three times
// running. Every run of a letter in w is tried as one letter and as two,
// and the first form the reader knows (a word of the vocabulary, of its
// rules, of its grammar, or an idiom's) is returned; "" when w has no run
// of three or no form is known.
func unlengthened(w string) string {
	type run struct {
		c byte
		n int
	}
	var runs []run
	long := false
	for i := 0; i < len(w); i++ {
		if n := len(runs); n > 0 && runs[n-1].c == w[i] {
			runs[n-1].n++
			long = long || runs[n-1].n >= 3
			continue
		}
		runs = append(runs, run{w[i], 1})
	}
	var doubled []int // the runs that may be one letter or two
	for i, r := range runs {
		if r.n >= 2 {
			doubled = append(doubled, i)
		}
	}
	if !long || len(doubled) > 8 {
		return ""
	}
	for mask := 0; mask < 1<<len(doubled); mask++ {
		var b strings.Builder
		k := 0
		for i, r := range runs {
			n := 1
			if k < len(doubled) && doubled[k] == i {
				if mask&(1<<k) != 0 {
					n = 2
				}
				k++
			}
			b.WriteString(strings.Repeat(string(r.c), n))
		}
		c := b.String()
		if meaning(c) != "" || readerWord(c) || stopWords[c] || fillerWords[c] || slices.Contains(vocab.IdiomPhrases(), c) || vocab.IsDegreeWord(c) {
			return c
		}
	}
	return ""
}

// yBase returns the genre or instrument an informal adjective in -y
// (-ey after a vowel) is made of ("drummy": drum, "trancey": trance,
// "proggy": prog, "bassy": bass): English makes an adjective of "like
// X" or "full of X" from almost any noun so, and people write them of
// music freely. The base must be a word of the vocabulary (vocab.Words)
// of four letters or more ("kitty" is no drum kit) that names a genre or
// an instrument, and w no English word of its own (vocab.IsEnglishNear,
// which holds the English words near the vocabulary's: "horny",
// "brassy", "stringy", "noisy"); "" otherwise. It is the last guess of
// correction: a misspelling of a word or form the reader knows
// ("funkey": funky) comes first.
func yBase(w string) string {
	if len(w) < 5 || !strings.HasSuffix(w, "y") || vocab.IsEnglishNear(w) || vocab.IsWord(w) {
		return ""
	}
	stem := w[:len(w)-1]
	n := len(stem)
	var bases []string
	switch {
	case stem[n-1] == 'e':
		bases = []string{stem[:n-1], stem} // "echoey", "trancey"
	case stem[n-1] == stem[n-2]:
		bases = []string{stem[:n-1], stem} // "drummy": a doubled consonant; "bassy"
	default:
		bases = []string{stem, stem + "e"} // "synthy", "ravy"
	}
	for _, b := range bases {
		if len(b) < 4 || vocab.IsProperNoun(b) || !readerWord(b) {
			continue
		}
		if gs, _ := vocab.Genres(b); len(gs) > 0 || vocab.Instruments(b) != nil {
			return b
		}
	}
	return ""
}

// unapostrophed are the contractions people type without their
// apostrophe ("doesnt", "isnt", "wont"), each read as the contraction, so
// that it negates as it does ("something that doesnt drown out my voice")
// and is never corrected to a word near it ("djent"). "dont" the rules
// read as it is.
var unapostrophed = map[string]string{
	"doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't",
	"werent": "weren't", "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't", "wont": "won't",
	"wouldnt": "wouldn't", "shouldnt": "shouldn't", "couldnt": "couldn't", "cant": "can't", "aint": "ain't",
}
