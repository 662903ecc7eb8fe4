package models

import (
	"regexp"
	"strings"
)

// This file reads references to the library's own works said without
// "like": an album or a track named as one ("the album Rain Rain", "the
// one called Careless Love"), a name set against a change ("Careless
// Love, but faster") and a name a later "like it" stands for ("Kraken
// Attack was great, something like it"). A name of ordinary words is
// taken as a reference only when the phrasing says it is one.

// albumLeads are the words that say the name after them is an album's
// ("the album Rain Rain", "the record Morning Drive", "songs off Rain
// Rain"); calledLeads say it is what a work is called ("the one called
// Careless Love", "a song titled Midnight Boogie").
var (
	albumLeads  = setOf(`album record lp off`)
	calledLeads = setOf(`called named titled`)
)

// namedWorks reads an album of the library named as one, or an album or
// track named as what something is called, as a search of the name's
// words: the person asks for that record or track, whose words are not a
// setting or a time of day ("the album rain rain", "songs off Morning
// Drive"). The name must be the library's exactly. It blanks what it
// read, the leading word with it.
func (rd *reading) namedWorks(text string) string {
	if rd.lex == nil {
		return text
	}
	toks := wordTokens(text)
	for i := 1; i < len(toks); i++ {
		lead := toks[i-1]
		album, called := albumLeads[lead.w], calledLeads[lead.w]
		if !album && !called || strings.ContainsAny(text[lead.b:toks[i].a], ",.;:!?()") || negatedAt(text, lead.a) {
			continue
		}
		for n := min(8, len(toks)-i); n >= 1; n-- {
			a, b := toks[i].a, toks[i+n-1].b
			name := text[a:b]
			if strings.ContainsAny(name, ",.;:!?()\"") {
				continue
			}
			if !rd.lex.IsAlbumName(name) && !(called && rd.lex.IsName(name)) {
				continue
			}
			if n == 1 && stopWords[name] {
				break
			}
			rd.searchTokens(toks[i : i+n])
			text = blankSpan(text, lead.a, b)
			i += n
			break
		}
		if called && i < len(toks) && !stopWords[toks[i].w] && rd.lex.HasWord(toks[i].w) && text[toks[i].a:toks[i].b] == toks[i].w &&
			(i+1 == len(toks) || strings.ContainsAny(text[toks[i].b:toks[i+1].a], ",.;:!?()")) {
			// One word of a name said as the whole name: "anything
			// called lullaby" asks for what has the word in its name, as
			// "lullaby in the title" does. Words that name no work of
			// the library ("a playlist called latin beats") are read as
			// what they say.
			rd.searchTokens(toks[i : i+1])
			text = blankSpan(text, lead.a, toks[i].b)
		}
	}
	return rd.songsNamed(text)
}

// searchTokens adds the words of toks that are not grammar words to the
// words the request searches for, each once.
func (rd *reading) searchTokens(toks []token) {
	for _, t := range toks {
		if !stopWords[t.w] && !contains(rd.search, t.w) {
			rd.search = append(rd.search, t.w)
		}
	}
}

// songNouns are the nouns that say a name before them is a song's ("the
// Careless Love song").
var songNouns = setOf(`song tune track number`)

// songsNamed reads "the NAME song", with NAME exactly a title or an
// artist of the library, as a search of the name's words: the person
// names that song ("the sunday morning coffee song") or that artist's
// song, whose words are then not a time of day, a setting or a mood. Set
// against a change ("the Careless Love song but calmer") the name is left
// for contrastedNames, without the article and the noun.
func (rd *reading) songsNamed(text string) string {
	toks := wordTokens(text)
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].w != "the" {
			continue
		}
		for n := min(8, len(toks)-i-2); n >= 1; n-- {
			end := toks[i+n+1]
			if !songNouns[end.w] {
				continue
			}
			name := text[toks[i+1].a:toks[i+n].b]
			if strings.ContainsAny(name, ",.;:!?()\"") || !rd.lex.IsName(name) {
				continue
			}
			if contrastAfterRe.MatchString(text[end.b:]) {
				// "the Careless Love song but calmer": the name is
				// what the change is measured from (contrastedNames).
				text = blankSpan(blankSpan(text, end.a, end.b), toks[i].a, toks[i].b)
				i += n + 1
				break
			}
			rd.searchTokens(toks[i+1 : i+n+1])
			text = blankSpan(text, toks[i].a, end.b)
			i += n + 1
			break
		}
	}
	return text
}

// contrastAfterRe finds "but" or "only" said right after a name: the
// name is what the change after it is measured from ("Careless Love, but
// find me faster ones", "Midnight Boogie but a notch calmer").
var contrastAfterRe = regexp.MustCompile(`^\s*,?\s*(?:but|only)\b`)

// contrastedNames reads a name of the library that opens a clause and is
// set against what follows by "but" or "only" ("Careless Love, but find
// me faster ones", "Midnight Boogie but a notch calmer") as music like
// it: "but" joins what contrasts with the name, so the name is the
// standard of the comparison, not the words of a search or a time of day.
// The name must be the library's exactly, of two words or more or a word
// no vocabulary reads. It blanks what it read.
func (rd *reading) contrastedNames(r *Request, text string) string {
	if rd.lex == nil || !strings.Contains(text, "but") && !strings.Contains(text, "only") {
		return text
	}
	toks := wordTokens(text)
	for i := 0; i < len(toks); i++ {
		if !opensClause(text, toks, i) {
			continue
		}
		a, b, ok := rd.libraryRunAt(text, toks, i)
		if !ok || !contrastAfterRe.MatchString(text[b:]) || negatedAt(text, a) {
			continue
		}
		addLike(r, text[a:b], rd.lex)
		text = blankSpan(text, a, b)
	}
	return text
}

// libraryRunAt returns the longest run of up to eight words from toks[i],
// within a clause, that is exactly a name of the library and reads as
// nothing else: of two words or more, or one word no vocabulary reads.
func (rd *reading) libraryRunAt(text string, toks []token, i int) (a, b int, ok bool) {
	for n := min(8, len(toks)-i); n >= 1; n-- {
		a, b := toks[i].a, toks[i+n-1].b
		name := text[a:b]
		if strings.ContainsAny(name, ",.;:!?()\"") || !rd.lex.IsName(name) {
			continue
		}
		if n == 1 && (isVocabWord(name) || readKind(name) != "" || stopWords[name]) || len(rd.genresOf(name)) > 0 || readsOtherwise(name) {
			return 0, 0, false
		}
		return a, b, true
	}
	return 0, 0, false
}

// opensClause reports whether toks[i] starts its clause: only words that
// ask to hear something ("play", "put on some") or grammar words come
// between it and the start of the message or the last punctuation.
func opensClause(text string, toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if strings.ContainsAny(text[toks[k].b:toks[k+1].a], ",.;:!?") {
			return true
		}
		if w := toks[k].w; !playWords[w] && !stopWords[w] && !fillerWords[w] {
			return false
		}
	}
	return true
}

// nameBefore returns the last name of the library said in text before
// end that reads as nothing else (see libraryRunAt), for a pronoun after
// it to stand for ("Kraken Attack was great, something like it").
func (rd *reading) nameBefore(text string, end int) (a, b int, ok bool) {
	if rd.lex == nil {
		return 0, 0, false
	}
	toks := wordTokens(text[:end])
	for i := 0; i < len(toks); i++ {
		if x, y, found := rd.libraryRunAt(text, toks, i); found {
			a, b, ok = x, y, true
			for i < len(toks) && toks[i].b <= y {
				i++
			}
			i--
		}
	}
	return a, b, ok
}

// inTitleRe finds a word said to be in the title or name ("anything with
// coffee in the title", "songs with \"rain\" in their names").
var inTitleRe = regexp.MustCompile(`(?:"([^"]{1,40})"|\b([\p{L}\p{N}'&-]+))\s+in\s+(?:the|its|their|his|her)\s+(?:titles?|names?)\b`)

// wordsInTitles reads a word said to be in the title or name of a track
// ("anything with coffee in the title") as a search for it, not as what
// the word would otherwise ask for (coffee is no café here), and blanks
// the phrase.
func (rd *reading) wordsInTitles(text string) string {
	for _, m := range inTitleRe.FindAllStringSubmatchIndex(text, -1) {
		a, b := m[2], m[3]
		if a < 0 {
			a, b = m[4], m[5]
		}
		words := strings.Fields(text[a:b])
		var kept []token
		for _, w := range words {
			if w = strings.Trim(w, "'-"); w != "" && !stopWords[w] {
				kept = append(kept, token{w: w})
			}
		}
		if len(kept) == 0 {
			continue
		}
		rd.searchTokens(kept)
		text = blankSpan(text, m[0], m[1])
	}
	return text
}
