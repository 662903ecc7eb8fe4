package models

import (
	"slices"
	"strings"

	"sleeve/models/vocab"
)

// originWords reads the words of origin, the adjectives WordNet relates
// to a named place, its people and often its language ("japanese",
// "korean", "nigerian", "spanish"), as the genres of the tree from there
// (vocab.Origin). Before a genre's name ("japanese rock", "nigerian
// funk") the word asks for that genre's kinds from there when the tree
// and the library have them; else the genre is read alone, by the rules
// after this one, and the Understood line says that nothing from there is
// of that genre. Said alone ("some japanese music", "spanish songs",
// "songs in spanish", "no english lyrics") it asks for (or refuses) the
// genres from there that the library has, else the genre of the region
// the place is part of ("japanese" is asian music in a library with no
// j-pop), and when it has none, says so.
// A genre's name that holds the word ("korean pop", "french house") is
// left to the genre rules, as is a word of origin that names a genre
// itself or that the vocabulary reads otherwise ("african", "brazilian");
// before a word that is not about the music ("italian food", "japanese
// cars"; see musicWord) the word is left alone.
func (rd *reading) originWords(r *Request, text string) string {
	toks := wordTokens(text)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		origin, ok := vocab.Origin(t.w)
		if !ok || knownWord(t.w) || rd.inGenrePhrase(text, toks, i) {
			continue
		}
		neg := negatedAt(text, t.a)
		heads, n := genreAfter(text, toks, i)
		if n == 0 && i+1 < len(toks) && adjacent(text, toks[i], toks[i+1]) && !musicWord(toks[i+1].w) {
			continue
		}
		if n > 0 {
			kinds := kindsUnder(origin, heads)
			if !slices.ContainsFunc(kinds, rd.hasGenre) {
				// None from the place itself: those sung in its
				// language elsewhere ("spanish pop" is mexican pop).
				kinds = kindsUnder(vocab.LanguageGenres(t.w), heads)
			}
			phrase := text[toks[i+1].a:toks[i+n].b]
			if rd.readHeld(r, kinds, t.w+" "+phrase, neg) {
				text = blankSpan(text, t.a, toks[i+n].b)
			} else {
				// The genre is read alone by the rules after this one.
				rd.asides = appendNew(rd.asides, "“"+t.w+" "+phrase+"”: nothing "+t.w+" of "+phrase+" known, read as "+phrase)
				text = blankSpan(text, t.a, t.b)
			}
			i += n
			continue
		}
		read := rd.readOrigin(r, t.w, t.w, neg, true)
		switch {
		case read:
		case len(origin) > 0 || len(vocab.LanguageGenres(t.w)) > 0:
			rd.asides = appendNew(rd.asides, "“"+t.w+"”: nothing from there in your library")
		default:
			rd.asides = appendNew(rd.asides, "“"+t.w+"”: a place or language; no genre from there known")
		}
		text = blankSpan(text, t.a, t.b)
	}
	return text
}

// readOrigin reads the word of origin w said alone as the genres from
// there that the library has, else the genre of the region its place is
// part of ("japanese" is asian music when no j-pop is there), else, when
// language, the music of the places where its language is spoken
// ("spanish" is Latin American music when nothing from Spain is there);
// each noted as from the words said, refused when neg. It reports whether
// it read any. A place named ("from spain") is not its language.
func (rd *reading) readOrigin(r *Request, w, from string, neg, language bool) bool {
	origin, _ := vocab.Origin(w)
	read := rd.readHeld(r, origin, from, neg)
	if region := vocab.OriginRegion(w); !read && region != "" && rd.hasGenre(region) {
		read = rd.readNoted(r, region, from, neg)
	}
	if !read && language {
		read = rd.readHeld(r, vocab.LanguageGenres(w), from, neg)
	}
	return read
}

// kindsUnder returns the genres of gs that are kinds of one of heads.
func kindsUnder(gs, heads []string) []string {
	var kinds []string
	for _, g := range gs {
		if slices.ContainsFunc(heads, func(h string) bool { return vocab.Under(g, h) }) {
			kinds = append(kinds, g)
		}
	}
	return kinds
}

// readHeld reads each genre of gs that the library has, noted as from
// the words said, refused when neg; it reports whether it read any.
func (rd *reading) readHeld(r *Request, gs []string, from string, neg bool) bool {
	read := false
	for _, g := range gs {
		if rd.hasGenre(g) && rd.readNoted(r, g, from, neg) {
			read = true
		}
	}
	return read
}

// inGenrePhrase reports whether toks[i] is one of the words of a genre's
// name of two to five words ("korean pop", "french house", "caribbean
// and latin american", "hong kong english pop").
func (rd *reading) inGenrePhrase(text string, toks []token, i int) bool {
	for j := max(0, i-4); j <= i; j++ {
		for n := max(2, i-j+1); n <= 5 && j+n <= len(toks); n++ {
			if !adjacent(text, toks[j+n-2], toks[j+n-1]) {
				break
			}
			if vocab.IsGenrePhrase(text[toks[j].a:toks[j+n-1].b]) {
				return true
			}
		}
	}
	return false
}

// genreAfter returns the genres the longest genre's name right after
// toks[i] names (up to three words) and how many words it has; 0 when no
// genre's name follows.
func genreAfter(text string, toks []token, i int) ([]string, int) {
	for n := min(3, len(toks)-i-1); n >= 1; n-- {
		ok := true
		for k := i; k < i+n; k++ {
			if !adjacent(text, toks[k], toks[k+1]) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		phrase := text[toks[i+1].a:toks[i+n].b]
		if gs := genresNamed(phrase); len(gs) > 0 {
			return gs, n
		}
	}
	return nil, 0
}

// genresNamed returns the genres a phrase names as a genre's name (not
// as a derived form such as "jazzy"), or nil.
func genresNamed(phrase string) []string {
	if g := genres[phrase]; g != "" {
		return []string{g}
	}
	if gs, form := vocab.Genres(phrase); len(gs) > 0 && !form {
		return gs
	}
	return nil
}

// genresBefore returns the genres the longest genre's name right before
// toks[i] names (up to three words, in the same clause), or nil.
// (reading.genreBefore asks only whether a genre read stands there.)
func genresBefore(text string, toks []token, i int) []string {
	for n := min(3, i); n >= 1; n-- {
		if strings.TrimSpace(text[toks[i-n].a:toks[i-1].b]) != text[toks[i-n].a:toks[i-1].b] || strings.ContainsAny(text[toks[i-n].a:toks[i].a], ",.;:!?") {
			continue
		}
		ws := make([]string, 0, n)
		for k := i - n; k < i; k++ {
			ws = append(ws, toks[k].w)
		}
		if gs := genresNamed(strings.Join(ws, " ")); len(gs) > 0 {
			return gs
		}
	}
	return nil
}

// adjacent reports whether two tokens stand next to each other with only
// spaces between.
func adjacent(text string, a, b token) bool {
	return strings.TrimSpace(text[a.b:b.a]) == ""
}

// musicWord reports whether a word after a word of origin keeps it about
// the music: a function or filler word ("japanese music", "spanish
// songs", "korean stuff"), a word for a piece or part of music, an
// instrument ("korean instruments", "english lyrics"), or a word English
// does not know (a genre's name in its language). Any other word
// ("italian food", "french food and wine", "japanese cars") makes the
// place the thing's, not the music's.
func musicWord(w string) bool {
	return stopWords[w] || fillerWords[w] || vocab.IsPieceWord(w) || vocab.IsMusicPart(w) || len(instrumentsOf(w)) > 0 || !vocab.IsWord(w)
}

// hasGenre reports whether the library has genre g or a kind of it; with
// no genres known of the library, every genre of the tree counts.
func (rd *reading) hasGenre(g string) bool {
	return !rd.lex.HasGenres() || rd.inLibrary([]string{g})
}

// readNoted reads genre g as readAs does, the Understood line saying it
// came from the words w ("genre j-pop (from “japanese”)").
func (rd *reading) readNoted(r *Request, g, w string, neg bool) bool {
	key := "genre:" + g
	if _, had := rd.from[key]; had {
		return rd.readAs(r, g, neg)
	}
	rd.from[key] = w
	if !rd.readAs(r, g, neg) {
		delete(rd.from, key)
		return false
	}
	return true
}
