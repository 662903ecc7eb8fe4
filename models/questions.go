package models

import "strings"

// Questions that are conversation, not requests. A question about what
// some music is ("is edm the new classical music? play me some", "is
// this a daytime party or a sunset slow jam?") asks whether its subject
// is what the predicate names; the predicate, a noun phrase after the
// copula, is neither asked for nor refused, while the subject stays
// read, since the request that follows ("play me some") is about it. A
// rhetorical "who says X can't be Y?" asserts that X can be Y, so its
// negation refuses nothing.
//
// The questions that are requests are left alone: an offer or a wish
// ("can you play some jazz?", "could i get"), a question of having ("got
// any jazz?", "do you have any", "any kuduro?"), an existential ("is
// there any jazz?") and a question with an adjective predicate ("is jazz
// good for studying?"), which reads as asking for what it names.

// questionCopulas open a question about what something is.
var questionCopulas = setOf(`is are was were isn't aren't`)

// questionSubjects are the pronouns that may be the subject of such a
// question besides music ("is this a party or a slow jam?").
var questionSubjects = setOf(`this that it these those`)

// predicateDeterminers open the noun phrase a question's predicate is,
// with the adverbs that may come before it ("is edm really the new
// rock?").
var predicateDeterminers = setOf(`the a an`)
var predicateAdverbs = setOf(`really just still now actually officially basically`)

// conversationalQuestions blanks the predicates of the questions about
// what music is and the "who says" of a rhetorical question with the
// negation it denies (see above), saying each in Understood.
func (rd *reading) conversationalQuestions(text string) string {
	if !strings.Contains(text, "?") {
		return text
	}
	toks := wordTokens(text)
	start := 0 // the first token of the sentence
	for k := 0; k < len(toks); k++ {
		if k > 0 && strings.ContainsAny(text[toks[k-1].b:toks[k].a], ".!?;") {
			start = k
		}
		if k != start {
			continue
		}
		// The end of the sentence: the token before its question mark.
		end := -1
		for m := k; m < len(toks); m++ {
			gap := text[toks[m].b:]
			if m+1 < len(toks) {
				gap = text[toks[m].b:toks[m+1].a]
			}
			if strings.Contains(gap, "?") {
				end = m
				break
			}
			if strings.ContainsAny(gap, ".!;") {
				break
			}
		}
		if end < 0 {
			continue
		}
		switch w := toks[k].w; {
		case questionCopulas[w]:
			text = rd.predicateAsked(text, toks[k:end+1])
		case w == "who" && end > k+1 && (toks[k+1].w == "says" || toks[k+1].w == "said"):
			for m := k + 2; m <= end; m++ {
				if negatorWord(toks[m].w) {
					rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[toks[k].a:toks[end].b]), " ")+"” refuses nothing")
					text = blankSpan(text, toks[k].a, toks[k+1].b)
					text = blankSpan(text, toks[m].a, toks[m].b)
					break
				}
			}
		}
	}
	return text
}

// predicateAsked blanks the predicate of the question q (its tokens from
// the copula to the question mark) when q asks whether a subject of
// music, or "this", is what a noun phrase names.
func (rd *reading) predicateAsked(text string, q []token) string {
	k, music := 1, false
	for ; k < len(q) && k <= 4; k++ {
		w := q[k].w
		if predicateDeterminers[w] || predicateAdverbs[w] {
			break
		}
		switch {
		case questionSubjects[w] && k == 1, readKind(w) == "genre", musicNouns[w], k > 1 && isGenreName(q[k-1].w+" "+w):
			music = true
		case stopWords[w]:
			return text // "is there", "are you", "is anything"
		}
	}
	if !music || k >= len(q) || k > 4 {
		return text
	}
	for k < len(q) && predicateAdverbs[q[k].w] {
		k++
	}
	if k >= len(q)-1 || !predicateDeterminers[q[k].w] {
		return text
	}
	from, to := q[k].a, q[len(q)-1].b
	rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[from:to]), " ")+"” is asked about, not for")
	return blankSpan(text, from, to)
}
