package models

import (
	"regexp"
	"strings"

	"sleeve/models/vocab"
)

// Negations that are not the speaker's refusal. A negator refuses what
// it has in scope only when it denies the music itself; these deny
// something else, so what follows them is neither refused nor, for the
// first three, asked:
//
//   - a partial negation, where "not" denies a quantifier of all or a
//     necessity rather than what it quantifies ("not all death metal",
//     "not necessarily smooth jazz", "doesn't always"): some of it is
//     still welcome;
//   - a negated necessity, the absence of an obligation ("it doesn't have
//     to be jazz", "needn't be fast"): jazz is allowed, not required and
//     not refused;
//   - a concessive conditional, "even if" with a negation ("perfect for
//     lifting even if you don't dig hip hop"): a condition under which the
//     main clause still holds, conceded, not a wish;
//
// and two whose music is asked for:
//
//   - a negated excess, litotes ("you can never have too much jazz", "not
//     too many ballads"): no limit to it, so it is welcome;
//   - a negated habit the same sentence then sets aside with "but" ("i
//     don't usually listen to jazz but let's try").

// partialNext are the words after "not" (or a negated auxiliary) that
// make it deny a quantifier of all or a necessity rather than what
// follows: "not all", "not every", "not always", "not necessarily".
var partialNext = setOf(`all every always necessarily`)

// necessityVerbs are the verbs of obligation before "to be": "have to
// be", "has to", "need to", "got to".
var necessityVerbs = setOf(`have has need needs got`)

// necessityAdverbs may stand between a negated auxiliary and its verb of
// obligation ("doesn't really have to be", "doesn't necessarily need to
// be").
var necessityAdverbs = setOf(`really necessarily always strictly even`)

// asideEnds end the phrase an unasserted negation holds, walking on:
// contrast, a purpose or result, and the conjunctions that open a clause
// of their own (as scopeEnds does walking back; "and" and "or" join items
// of the same phrase: "doesn't have to be jazz or blues").
var asideEnds = setOf(`but however yet though although just only instead then so for because since when whenever while if unless until cause cuz`)

// habitualAdverbs make a negated verb a statement of habit ("i don't
// usually listen to jazz"), which a following "but" sets aside.
var habitualAdverbs = setOf(`usually normally typically generally ordinarily often`)

// negatorWord reports whether w is "not", "never" or a negated auxiliary
// ("don't", "doesn't", "isn't").
func negatorWord(w string) bool {
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || w == "dont" || w == "doesnt" || w == "cannot"
}

// unasserted blanks the phrases held by a partial negation, a negated
// necessity or a concessive conditional (see above): they neither ask
// nor refuse. Each is said in Understood as not read as a refusal.
func (rd *reading) unasserted(text string) string {
	if !strings.Contains(text, "n't") && !strings.Contains(text, " not ") && !strings.Contains(text, "never") &&
		!strings.Contains(text, "dont") && !strings.Contains(text, "doesnt") && !strings.Contains(text, "cannot") {
		return text
	}
	toks := wordTokens(text)
	// adjacent reports whether toks[k] and toks[k+1] are within one
	// clause.
	adjacent := func(k int) bool {
		return k+1 < len(toks) && !strings.ContainsAny(text[toks[k].b:toks[k+1].a], ",.;:!?()\"")
	}
	for k := 0; k < len(toks); k++ {
		start, from := -1, -1 // where the blank starts; the first word of the phrase held
		w := toks[k].w
		switch {
		case w == "even" && adjacent(k) && toks[k+1].w == "if":
			// "even if you don't dig hip hop": a negator within four
			// words, the subject and its auxiliary.
			for m := k + 2; m < len(toks) && m <= k+5 && adjacent(m-1); m++ {
				if negatorWord(toks[m].w) {
					start, from = toks[k].a, m+1
					break
				}
				if asideEnds[toks[m].w] {
					break
				}
			}
		case !negatorWord(w) || !adjacent(k):
		case partialNext[toks[k+1].w] && !(toks[k+1].w == "all" && adjacent(k+1) && (toks[k+2].w == "that" || toks[k+2].w == "the")):
			// "not all death metal"; but "not all that fast" is "not
			// very fast", and "not all the time" says how often.
			start, from = toks[k].a, k+2
		case w == "needn't" && toks[k+1].w == "be":
			start, from = toks[k].a, k+2
		default:
			m := k + 1
			if necessityAdverbs[toks[m].w] && adjacent(m) {
				m++
			}
			if necessityVerbs[toks[m].w] && adjacent(m) && toks[m+1].w == "to" && adjacent(m+1) && toks[m+2].w == "be" {
				start, from = toks[k].a, m+3 // "it doesn't have to be jazz"
			}
		}
		if start < 0 {
			continue
		}
		end := toks[from-1].b
		for m := from; m < len(toks) && adjacent(m-1) && !asideEnds[toks[m].w]; m++ {
			end = toks[m].b
		}
		rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[start:end]), " ")+"” refuses nothing")
		text = blankSpan(text, start, end)
		for k+1 < len(toks) && toks[k+1].a < end {
			k++
		}
	}
	return text
}

// welcomedDespiteNegation reports whether the last negator of words (the
// clause before a word, lowered) denies an excess ("you can never have
// too much jazz", "not too many ballads") or states a habit that the
// rest of the sentence, after, sets aside with "but" ("i don't usually
// listen to jazz but let's try"): what it holds is asked for, not
// refused.
func welcomedDespiteNegation(words []string, after string) bool {
	j := -1
	for k := len(words) - 1; k >= 0 && k >= len(words)-10; k-- {
		w := strings.Trim(words[k], "'\"()")
		if requestNegators[w] || negatorWord(w) {
			j = k
			break
		}
		if scopeEnds[w] {
			return false
		}
	}
	if j < 0 {
		return false
	}
	for k := j + 1; k+1 < len(words); k++ {
		if words[k] == "too" && (words[k+1] == "much" || words[k+1] == "many") {
			return true
		}
	}
	if j+1 >= len(words) || !habitualAdverbs[words[j+1]] {
		return false
	}
	if k := strings.IndexAny(after, ".;!?"); k >= 0 {
		after = after[:k]
	}
	return strings.Contains(after, " but ")
}

// stateNouns are nouns whose first sense in WordNet 3.0 is a low state of
// mind (noun.state and noun.feeling: "funk", a state of nervous
// depression; "the blues", a state of depression; "doldrums", "dumps",
// "rut", "slump", "low"), read after "out of" as the state left, never as
// the genre of the same name.
var stateNouns = setOf(`funk blues doldrums dumps rut slump low lows`)

// stateDeterminers may stand between "out of" and the state it leaves
// ("out of being sad", "out of my funk", "out of the sad phase").
var stateDeterminers = setOf(`being feeling my a an the this that these such so`)

// leftStates reads "out of" before a state of mind as leaving it
// (Merriam-Webster, out of, 1: from within to the outside of; "get me
// out of being sad", "lifts me out of my funk", "edging out of the sad
// phase"): the mood is refused, not asked for, and a genre's name that is
// also a low state ("funk", "the blues") is that state, sad. It blanks
// what it read.
func (rd *reading) leftStates(r *Request, text string) string {
	for off := 0; ; {
		k := strings.Index(text[off:], " out of ")
		if k < 0 {
			return text
		}
		at := off + k + 1
		off = at + 7
		toks := wordTokens(text[off:min(len(text), off+60)])
		for m, t := range toks {
			if m > 2 || strings.ContainsAny(text[off:off+t.a], ",.;:!?()\"") {
				break
			}
			if stateDeterminers[t.w] {
				continue
			}
			mood := vocab.Mood(t.w)
			if mood == "" {
				mood = moodSynonyms[t.w]
			}
			if mood == "" && contains(MoodWords, t.w) {
				mood = t.w
			}
			if mood == "" && stateNouns[t.w] {
				mood = "sad"
			}
			if mood == "" || !contains(MoodWords, mood) {
				break
			}
			end := off + t.b
			if m+1 < len(toks) && stateHeads[toks[m+1].w] && strings.TrimSpace(text[end:off+toks[m+1].a]) == "" {
				end = off + toks[m+1].b // "the sad phase"
			}
			r.ExcludeMoods = append(r.ExcludeMoods, mood)
			rd.note("mood:"+mood, text[at:end])
			text = blankSpan(text, at, end)
			break
		}
	}
}

// stateHeads are the nouns a mood word may modify in a state left ("the
// sad phase", "a dark place", "a bad mood").
var stateHeads = setOf(`phase place state mood spell patch period headspace funk slump rut`)

// anxietyStates are the words of anxiety and strain (WordNet's anxiety/n1,
// "anxiousness", with its hyponym panic/n1; the hyponyms of anxiety/n2:
// worry, nervousness, jitteriness; stress/n1, "a state of mental or
// emotional strain or suspense": tension, tenseness), as nouns and as the
// adjectives of a person in them (anxious/a1, nervous/a2, stressed,
// worried, panicky, jittery).
var anxietyStates = setOf(`anxiety anxieties anxious anxiousness nervous nerves nervousness panic panics panicky
stress stresses stressed tension tensions tenseness worry worries worried jitters jittery`)

// relieverWords are the words of relieving a state, verbs (WordNet's
// relieve/v1, ease/v3, soothe/v2, calm/v1, manage/v2, "be able to manage or
// manage successfully") and their nouns, before it ("relieve the tension",
// "calm my nerves") or, the nouns, after it ("anger management", "stress
// relief"); angerStates the states of anger they may relieve as well.
var (
	relieverWords = setOf(`relieve relieves relieving relief ease eases easing soothe soothes soothing calm calms calming
manage manages managing management`)
	angerStates = setOf(`anger rage temper frustration angry`)
)

// relievedStates reads a state of anxiety (anxietyStates) that the music
// is for, said of the listener, as one the music is to relieve: calm
// music, the music given to ease anxiety in care and before surgery
// (Bradt, Dileo and Shim, "Music interventions for preoperative anxiety",
// Cochrane Database of Systematic Reviews, 2013), not tense music, which
// expresses it. The state is the listener's when "for" governs it ("for a
// panic attack", "for the 3am anxiety", "for anxious patients", "for my
// anxious kitty"), when it is said of the speaker ("when i'm anxious",
// "feeling stressed"), and when a word of relieving it comes with it
// ("relieve the tension", "calm my nerves", and of anger too: "anger
// management"). A sad or angry speaker is not relieved so: people in those
// states mostly ask for music that shares them ("for when you're pissed at
// the world"). Said of the music ("tension music", "anxious strings") the
// state is left to the vocabulary, as tense. It blanks what it read.
func (rd *reading) relievedStates(r *Request, text string) string {
	toks := wordTokens(text)
	adjacentTo := func(i, j int) bool { // no punctuation between tokens i < j
		return !strings.ContainsAny(text[toks[i].b:toks[j].a], ",.;:!?()\"/")
	}
	for i, t := range toks {
		anxiety := anxietyStates[t.w]
		if !anxiety && !angerStates[t.w] {
			continue
		}
		end := t.b
		if i+1 < len(toks) && adjacentTo(i, i+1) {
			if n := toks[i+1].w; n == "out" && t.w == "stressed" || n == "attack" || n == "attacks" {
				end = toks[i+1].b // "stressed out", "panic attack"
			}
		}
		relieved := i+1 < len(toks) && adjacentTo(i, i+1) && relieverWords[toks[i+1].w] && strings.HasSuffix(toks[i+1].w, "ment") ||
			i+1 < len(toks) && adjacentTo(i, i+1) && toks[i+1].w == "relief"
		if relieved {
			end = toks[i+1].b // "anger management", "stress relief"
		}
		from := t.a
		for j := i - 1; j >= 0 && j >= i-3 && adjacentTo(j, i) && !relieved; j-- {
			w := toks[j].w
			if relieverWords[w] {
				relieved, from = true, toks[j].a // "relieve the tension": the verb is read too
			} else if anxiety && w == "for" {
				relieved = true
			} else if !stateDeterminers[w] && !vocab.IsDegreeWord(w) && !partitives[w] && !clockTime(w) {
				break
			}
		}
		relieved = relieved || anxiety && speakerState(text, t.a)
		if !relieved {
			continue
		}
		r.Moods = appendNew(r.Moods, "calm")
		if _, ok := rd.moodAt["calm"]; !ok {
			rd.moodAt["calm"] = t.a
		}
		if r.Energy == nil {
			// Implied, as an idiom's level is: a refused level yields it.
			r.Energy = clampPtr(energyWords["calm"], 0, 1)
			rd.idiomEnergy = r.Energy
		}
		rd.note("mood:calm", text[from:end])
		text = blankSpan(text, from, end)
	}
	return text
}

// partitives are the nouns of "a bit" and "a little", which with the
// words of degree (vocab.IsDegreeWord) may come between a word of
// relieving and the state it relieves ("for when i'm so anxious", "for
// a bit of stress").
var partitives = setOf(`bit little`)

// clockTime reports whether w is a time of the clock ("3am", "11pm"), as
// "the 3am anxiety" says when the state comes.
func clockTime(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	if w == "" {
		return false
	}
	for _, c := range w {
		if (c < '0' || c > '9') && c != ':' {
			return false
		}
	}
	return true
}

// Generic statements. A clause whose subject is music in general, a
// quantified noun phrase ("most techno is breakneck fast", "lots of pop
// music sounds the same") or a music noun with an adverb of what is
// usual ("jazz is usually slow", "techno tends to be fast"), says what
// that music is like, not what is asked for (the generic reading of
// Carlson's bare plurals and "most"): its predicate is neither asked nor
// refused, and a quantified subject, music in general, is not asked for
// either. A predicate of excess ("most are overly pop", "that's too
// sad") is left to the refusals, and a subject that is a pronoun ("most
// of them") or no music to the rest of the reader ("all i want is",
// "the most beautiful songs").

// genericQuantifiers are the quantifiers of a generic subject, of one
// word or two.
var genericQuantifiers = setOf(`most much many lots plenty`)

// genericCopulas are the verbs that link a generic subject to what it
// says of it, negated or not ("most pop isn't great background music"
// describes pop as much as "most pop is loud" does).
var genericCopulas = setOf(`is are was were isn't aren't wasn't weren't sounds sound tends tend gets get seems seem`)

// usualAdverbs say what is usual of a subject ("jazz is usually slow").
var usualAdverbs = setOf(`usually often typically generally normally mostly always tends tend`)

// musicNouns are the nouns of music that may head a generic subject.
var musicNouns = setOf(`music songs song tracks tunes stuff radio genre genres bands artists albums records`)

// genericStatements blanks the generic statements of text (see above),
// saying each in Understood.
func (rd *reading) genericStatements(text string) string {
	toks := wordTokens(text)
	adjacent := func(k int) bool {
		return k+1 < len(toks) && !strings.ContainsAny(text[toks[k].b:toks[k+1].a], ",.;:!?()\"")
	}
	for k := 1; k < len(toks); k++ {
		if !genericCopulas[toks[k].w] || !adjacent(k) || !adjacent(k-1) {
			continue
		}
		next := toks[k+1].w
		if next == "too" || next == "overly" || next == "way" || next == "far" || next == "so" {
			continue // an excess, or praise of what was named
		}
		// The subject: up to four words back within the clause.
		start, quantified, music := -1, false, false
		for m := k - 1; m >= 0 && m >= k-4; m-- {
			w := toks[m].w
			if m < k-1 && !adjacent(m) {
				break
			}
			if readKind(w) == "genre" || musicNouns[w] {
				music = true
				continue
			}
			if genericQuantifiers[w] || w == "lot" && m > 0 && toks[m-1].w == "a" {
				if m > 0 && (toks[m-1].w == "the" || toks[m-1].w == "at") {
					break // "the most beautiful songs", "at most"
				}
				start, quantified = toks[m].a, true
				if w == "lot" {
					start = toks[m-1].a
				}
				break
			}
			if w != "of" && w != "the" && (stopWords[w] || anaphors[w] || invertedSubjects[w]) {
				break
			}
		}
		usual := usualAdverbs[next] || usualAdverbs[toks[k].w] || usualAdverbs[toks[k-1].w]
		if !music || !quantified && !usual {
			continue
		}
		from := toks[k].a
		if quantified {
			from = start
		} else if usualAdverbs[toks[k-1].w] {
			from = toks[k-1].a // "jazz often is"
		}
		end := toks[k].b
		for m := k + 1; m < len(toks) && adjacent(m-1) && !asideEnds[toks[m].w]; m++ {
			end = toks[m].b
		}
		rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[from:end]), " ")+"” describes, asks nothing")
		text = blankSpan(text, from, end)
		for k+1 < len(toks) && toks[k+1].a < end {
			k++
		}
	}
	return text
}

// heavyOnRe is Merriam-Webster's "heavy on", using or containing a large
// amount of something ("heavy on the piano", "heavy on the bass"): it
// asks for what follows, not for heavy music.
var heavyOnRe = regexp.MustCompile(`\bheavy on\s+(?:the\s+)?[a-z]`)

// lightOnRe is "light on", the opposite of "heavy on" (Merriam-Webster's
// light, adjective 1: of little quantity), and "easy on" and "go easy
// on" (using little of, sparing): "light on the drums" asks for less of
// them, as "less drums" does, when what follows is an instrument or a
// genre ("go easy on the techno"; "light on my feet" and "easy on the
// ear" say something else). Sleeve has no measure of how much of a
// genre a list holds, so less of a genre leaves it out, as "less
// techno" does.
var lightOnRe = regexp.MustCompile(`\b(?:(?:go|goes|going|went)\s+)?(?:light|easy) on\s+(?:the\s+)?[a-z]`)

// amountIdioms blanks "heavy on" before what it asks a lot of, which the
// rest of the reader then reads, and reads "light on" an instrument as
// "less" of it.
func amountIdioms(text string) string {
	if strings.Contains(text, "heavy on") {
		for _, m := range heavyOnRe.FindAllStringIndex(text, -1) {
			text = blankSpan(text, m[0], m[0]+len("heavy on"))
		}
	}
	if strings.Contains(text, "light on") || strings.Contains(text, "easy on") {
		for _, m := range lightOnRe.FindAllStringIndex(text, -1) {
			if instrumentAt(text, m[1]-1) || genreAt(text, m[1]-1) {
				n := strings.Index(text[m[0]:], " on") + len(" on")
				text = rewriteSpan(text, m[0], m[0]+n, "less")
			}
		}
	}
	return text
}

// comparisonStandards blanks the standard of a comparison, the phrase
// after "than", when it is an activity, setting, mood or instrument
// ("different songs for driving than for the gym", "more guitar than
// piano"): what the music is compared with is neither asked for nor
// refused. A genre compared with is a point of reference near what is
// wanted and is read as before; a number ("faster than 120 bpm"), a name
// of the library and "other than" and "rather than" (refusals:
// refusalBeforeRe) are left to their rules.
func (rd *reading) comparisonStandards(text string) string {
	if !strings.Contains(text, " than ") {
		return text
	}
	toks := wordTokens(text)
	adjacent := func(k int) bool {
		return k+1 < len(toks) && !strings.ContainsAny(text[toks[k].b:toks[k+1].a], ",.;:!?()\"")
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].w != "than" || toks[k-1].w == "other" || toks[k-1].w == "rather" || !adjacent(k) {
			continue
		}
		if end, ok := libraryNameAt(rd.lex, text, toks[k+1].a, toks[k+1].b); ok && end > 0 {
			continue
		}
		end, read := toks[k].b, false
		// A preposition may open the standard ("than for the gym").
		for m := k + 1; m < len(toks) && m <= k+5 && adjacent(m-1) && (m == k+1 || !asideEnds[toks[m].w]); m++ {
			if strings.ContainsAny(toks[m].w, "0123456789") {
				read = false
				break
			}
			switch readKind(toks[m].w) {
			case "genre":
				// A genre compared with is a point of reference near
				// what is wanted ("rougher than traditional disco but
				// slicker than harder funk", "nothing wields more bounce
				// than tech house"): read as it is. But a genre said
				// with what it usually is ("more toe tapping than jazz
				// often is", "faster than techno usually gets") is the
				// standard of what is not wanted, and asks nothing.
				if e, ok := usualStandard(text, toks, m); ok {
					read, end = true, e
				} else {
					read = false
				}
				m = len(toks)
				continue
			case "":
			default:
				read = true
			}
			end = toks[m].b
		}
		if !read {
			continue
		}
		rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[toks[k].a:end]), " ")+"” is what it is compared with")
		// "than" stays: a change said before it is not relative to the
		// list before ("more upbeat than jazz", parseShifts).
		text = blankSpan(text, toks[k+1].a, end)
	}
	return text
}

// Idioms whose words name a genre. "snap out of" (Merriam-Webster: to
// return quickly to a normal or better state of mind) is no request for
// snap music, "in a funk" (a state of depression, said of the speaker:
// "i'm in a funk", "been stuck in a funk") none for funk, and "rock the
// boat" (to upset a situation) none for rock. "some funk", "funky
// blues", "funk rock" and "rock out" are read as genres as before.
var (
	// snapOutRe is the verb of "snap out of" with its forms; the state
	// left is read by leftStates.
	snapOutRe = regexp.MustCompile(`\bsnap(?:s|ped|ping)?\s+out of\b`)
	// inAFunkRe is "in a funk" said of someone: after a copula or a verb
	// of being or staying, with up to one adverb between ("i'm really in
	// a funk"), and not before a noun it modifies ("in a funk style").
	inAFunkRe = regexp.MustCompile(`\b(?:i'm|im|am|is|are|was|were|been|be|stuck|feeling|feel|feels|we're|you're|he's|she's)\s+(?:[a-z]+\s+)?(in (?:a|such a|this|my) (?:bit of a )?funk)\b(\s+(?:style|groove|vein|mood|band|track|song|songs|tune|tunes|vibe|sound|record|album)\b)?`)
	// rockTheBoatRe is "rock the boat".
	rockTheBoatRe = regexp.MustCompile(`\brock(?:s|ed|ing)?\s+the boat\b`)
)

// genreIdioms blanks the words of the idioms above that name a genre,
// saying each in Understood.
func (rd *reading) genreIdioms(text string) string {
	if strings.Contains(text, "snap") {
		for _, m := range snapOutRe.FindAllStringIndex(text, -1) {
			verb := strings.Fields(text[m[0]:m[1]])[0]
			rd.asides = append(rd.asides, "“"+verb+" out of” is leaving a state, not snap music")
			text = blankSpan(text, m[0], m[0]+len(verb))
		}
	}
	if strings.Contains(text, " funk") {
		for _, m := range inAFunkRe.FindAllStringSubmatchIndex(text, -1) {
			if m[4] >= 0 {
				continue // "in a funk style"
			}
			rd.asides = append(rd.asides, "“"+text[m[2]:m[3]]+"” is a low mood, not the genre")
			text = blankSpan(text, m[2], m[3])
		}
	}
	if strings.Contains(text, "the boat") {
		for _, m := range rockTheBoatRe.FindAllStringIndex(text, -1) {
			rd.asides = append(rd.asides, "“"+text[m[0]:m[1]]+"” is an idiom, not rock")
			text = blankSpan(text, m[0], m[1])
		}
	}
	return text
}

// Words of music said of something else. "heavy" said of a feeling ("when
// everything feels heavy", "with a heavy heart", "heavy-hearted") is
// Merriam-Webster's heavy, "sad, sorrowful", not loud music; "dark" said
// of the time ("until it gets dark", "after dark", "when it's getting
// dark") is nightfall, not a dark mood: "after dark" is WordNet's "at
// night", and so is the dark one is in ("the drive home in the dark",
// "walking through the dark", WordNet's dark/n1, "absence of light"),
// unless a noun follows ("in the dark forest"). A feeling said of the
// music ("a song that feels heavy", "it feels heavy"), or with its subject
// left out ("not metal but feels heavier"), is the music's.
var (
	// heavyFeelingRe is "heavy" after a verb of feeling, with its
	// subject and up to two adverbs between, or said of the heart.
	heavyFeelingRe = regexp.MustCompile(`\b(?:([a-z']+)\s+)?(?:feel|feels|felt|feeling)\s+(?:(?:so|really|very|pretty|quite|too|kinda|a bit|kind of|sort of|a little|rather)\s+){0,2}heavy\b(\s+(?:music|songs?|tracks?|tunes?|stuff|beats?|metal|rock|sounds?))?|\bheavy(?:[- ]hearted|\s+hearts?)\b`)
	// nightfallRe is "dark" said of the time of day.
	nightfallRe = regexp.MustCompile(`\b(?:in|through|into)\s+the\s+dark\b|\b(?:(?:until|till|til|before|after|once|when|as)\s+(?:it\s+(?:gets|get|got|goes|turns|is|starts getting|starts to get|'s getting)\s+|it's\s+(?:getting\s+)?)?dark|it(?:'s| is)?\s+(?:gets|getting|got|goes|going|turns|turning)\s+dark)\b`)
)

// musicSubjects are the subjects of a verb of feeling that make what is
// felt the music's ("a song that feels heavy", "it feels heavy").
var musicSubjects = setOf(`it that which this music song songs track tracks tune tunes stuff sound sounds record records album beat`)

// feelingsAndNightfall blanks "heavy" said of a feeling and "dark" said of
// the time (see above), saying each in Understood; "after dark" asks for
// the night when no time of day is said.
func (rd *reading) feelingsAndNightfall(r *Request, text string) string {
	if strings.Contains(text, "heavy") {
		for _, m := range heavyFeelingRe.FindAllStringSubmatchIndex(text, -1) {
			heart := text[m[0]:m[0]+5] == "heavy"
			if !heart && (m[4] >= 0 || m[2] < 0 || musicSubjects[text[m[2]:m[3]]] || scopeEnds[text[m[2]:m[3]]]) {
				// "feeling heavy music", "it feels heavy", "not metal but
				// feels heavier": a subject left out is the music's.
				continue
			}
			from := m[0]
			if m[2] >= 0 {
				from = m[2]
			}
			rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[from:m[1]]), " ")+"” is a low mood, not loud music")
			text = blankSpan(text, from, m[1])
		}
	}
	if strings.Contains(text, "dark") {
		for _, m := range nightfallRe.FindAllStringIndex(text, -1) {
			phrase := strings.Join(strings.Fields(text[m[0]:m[1]]), " ")
			inTheDark := !strings.HasPrefix(phrase, "after") && strings.HasSuffix(phrase, "the dark")
			if next := firstWord(text[m[1]:]); inTheDark && next != "" && !stopWords[next] && !fillerWords[next] && !strings.ContainsAny(text[m[1]:m[1]+1], ",.;:!?") {
				continue // "in the dark forest": the dark is the forest's
			}
			if (phrase == "after dark" || inTheDark) && r.TimeOfDay == "" && !negatedAt(text, m[0]) {
				r.TimeOfDay = "night"
			}
			rd.asides = append(rd.asides, "“"+phrase+"” is a time, not a dark mood")
			text = blankSpan(text, m[0], m[1])
		}
	}
	if strings.Contains(text, "fast") {
		for _, m := range fastingRe.FindAllStringIndex(text, -1) {
			rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[m[0]:m[1]]), " ")+"” is a meal, not a tempo")
			text = blankSpan(text, m[0], m[1])
		}
	}
	return text
}

// fastingRe is "fast" the noun, a time of not eating (Merriam-Webster's
// fast, noun 1: "abstention from food"), broken by a meal ("breaking the
// fast", "after we break our fast"): a time of day's meal, not a tempo.
var fastingRe = regexp.MustCompile(`\b(?:break|breaks|breaking|broke|broken)\s+(?:the|my|our|their|his|her|your)\s+fasts?\b`)

// praiseRe finds the idioms of praise built on "nothing": "there's
// nothing like" (Merriam-Webster's nothing like, something that is as good
// as: "there's nothing like a hot bath"), "there's nothing better than",
// "nothing beats", "nothing compares to", "nothing tops". What follows is
// praised, so asked for, not refused. The first group is the "like" of
// "there's nothing like".
var praiseRe = regexp.MustCompile(`\b(?:(?:there'?s|there is|there was|nothing'?s)\s+nothing\s+(?:quite\s+)?(?:(like)|better than|as good as|to beat)|(?:nothing|nothing'?s)\s+(?:quite\s+)?(?:beats|compares to|compares with|tops|can beat|is better than|better than))\s`)

// praise blanks the idioms of praise (see praiseRe), so that what they
// praise is read as asked for, saying each in Understood. The "like" of
// "there's nothing like" stays before a name ("there's nothing like
// Freedoom" asks for music like Freedoom) and goes before words that
// describe music ("there's nothing like jazz on a rainy day").
func (rd *reading) praise(text string) string {
	if !strings.Contains(text, "nothing") {
		return text
	}
	for _, m := range praiseRe.FindAllStringSubmatchIndex(text, -1) {
		end := m[1] - 1
		if m[2] >= 0 {
			rest := text[m[3]:]
			if i := strings.IndexAny(rest, ",.;:!?"); i >= 0 {
				rest = rest[:i]
			}
			if !rd.describesMusic(strings.TrimSpace(rest)) {
				end = m[2] // "like" and the name after it are read by parseNames
			}
		}
		rd.asides = append(rd.asides, "“"+strings.TrimSpace(text[m[0]:m[1]-1])+"” praises what follows")
		text = blankSpan(text, m[0], end)
	}
	return text
}

// usualStandard reports whether the genre at toks[m], after "than", is
// followed, within its clause, by what that genre usually is: an
// optional adverb of what is usual and a copula ending the clause ("than
// jazz often is", "than techno usually gets", "than rock is"), and
// where that ends. Further words of the genre's name may come between
// ("than smooth jazz often is").
func usualStandard(text string, toks []token, m int) (int, bool) {
	adjacent := func(k int) bool {
		return k+1 < len(toks) && !strings.ContainsAny(text[toks[k].b:toks[k+1].a], ",.;:!?()\"")
	}
	j := m
	for j+1 < len(toks) && j < m+3 && adjacent(j) && !usualAdverbs[toks[j+1].w] && !genericCopulas[toks[j+1].w] && toks[j+1].w != "does" && toks[j+1].w != "do" {
		j++
	}
	if !adjacent(j) {
		return 0, false
	}
	j++
	if usualAdverbs[toks[j].w] && adjacent(j) {
		j++
	}
	if !genericCopulas[toks[j].w] && toks[j].w != "does" && toks[j].w != "do" {
		return 0, false
	}
	if adjacent(j) && !asideEnds[toks[j+1].w] && toks[j+1].w != "and" {
		return 0, false // "than jazz is for me": a clause going on
	}
	return toks[j].b, true
}

// withoutDoingRe is "without" before a gerund ("hours without skipping",
// "without stopping", "without getting bored"): it says how the music
// should go on, an action not done, and names nothing to leave out.
var withoutDoingRe = regexp.MustCompile(`\bwithout\s+([a-z]{2,}ing)\b`)

// copularGerunds are the gerunds of "be" and of the verbs of becoming and
// seeming (Merriam-Webster's linking verbs: "get", "become", "turn",
// "sound", "feel", "go", "grow"): after "without" they say what the music
// should not be ("atmospheric without being too dark", "upbeat without
// getting too loud"), as "not" does.
var copularGerunds = map[string]bool{"being": true, "getting": true, "becoming": true, "turning": true, "sounding": true,
	"feeling": true, "going": true, "growing": true}

// degreeBeforeRe is the adverbs of degree that may stand between a
// linking verb and what it says of the music ("too", "overly", "all that").
var degreeBeforeRe = regexp.MustCompile(`^\s+(?:(?:too|so|overly|excessively|very|really|super|that|all that|way too|a bit|a little|too much)\s+)*`)

// describedAfter reports whether rest, the text after a linking verb,
// starts (after adverbs of degree) with a word the reader reads of the
// music: a mood, an energy, a tempo or a level ("too dark", "loud").
func describedAfter(rest string) bool {
	loc := degreeBeforeRe.FindStringIndex(rest)
	if loc == nil {
		return false
	}
	toks := wordTokens(rest[loc[1]:])
	if len(toks) == 0 || toks[0].a != 0 {
		return false
	}
	w := toks[0].w
	return readKind(w) == "mood" || isVocabWord(w) && readKind(w) != "context"
}

// withoutDoing blanks "without" and a gerund no vocabulary reads (a
// gerund it reads, "without singing", is left to the refusals) nor the
// library names, with the rest of its clause, saying it in Understood:
// it refuses nothing, where the gerund was taken for an artist's name.
func (rd *reading) withoutDoing(text string) string {
	if !strings.Contains(text, "without ") {
		return text
	}
	for _, m := range withoutDoingRe.FindAllStringSubmatchIndex(text, -1) {
		w := text[m[2]:m[3]]
		if copularGerunds[w] && describedAfter(text[m[3]:]) {
			// "atmospheric without being too dark": what the music should
			// not be, as "not too dark" says it.
			text = rewriteSpan(text, m[0], m[3], "not")
			continue
		}
		if readKind(w) != "" || isVocabWord(w) {
			continue
		}
		if _, ok := libraryNameAt(rd.lex, text, m[2], m[3]); ok {
			continue
		}
		end := m[1]
		if k := strings.IndexAny(text[end:], ",.;:!?()\""); k >= 0 {
			end += k
		} else {
			end = len(text)
		}
		rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[m[0]:end]), " ")+"” refuses nothing")
		text = blankSpan(text, m[0], end)
	}
	return text
}

// playOrderRe finds an instruction to the player about the order of the
// list ("play it on shuffle", "on repeat", "in random order", "shuffle
// my rock songs", "shuffle mode"), with the verb and object that lead to
// it: how to play what is picked, not a word to search for. "A blues
// shuffle" (the rhythm) and a title with the word are not instructions.
var playOrderRe = regexp.MustCompile(`\b(?:(?:play|put|have|set|keep)\s+(?:it|them|this|that|these|those|everything|(?:the|my)\s+(?:list|playlist|songs|tracks))\s+)?(?:on|in)\s+(?:shuffle|repeat|loop|(?:a\s+)?random\s+order)(?:\s+mode)?\b|\bshuffle(?:d)?\s+(?:mode|play|it|them|everything|(?:the|my|these|those)\b)|\bshuffled\b`)

// playOrder blanks an instruction about the order of play
// (playOrderRe), saying in Understood that it asks nothing of the music,
// where "shuffle" was searched for in the library's names and notes. An
// exact name of the library is left to the names.
func (rd *reading) playOrder(text string) string {
	if !strings.Contains(text, "shuffle") && !strings.Contains(text, "repeat") && !strings.Contains(text, "loop") && !strings.Contains(text, "random") {
		return text
	}
	for _, m := range playOrderRe.FindAllStringIndex(text, -1) {
		if _, ok := libraryNameAt(rd.lex, text, m[0], m[1]); ok {
			continue
		}
		end := m[1]
		if strings.HasSuffix(text[m[0]:end], " the") || strings.HasSuffix(text[m[0]:end], " my") || strings.HasSuffix(text[m[0]:end], " these") || strings.HasSuffix(text[m[0]:end], " those") {
			end = strings.LastIndexByte(text[:end], ' ') // "shuffle my rock songs": the songs are still read
		}
		rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[m[0]:end]), " ")+"” is how to play the list, not what to play")
		text = blankSpan(text, m[0], end)
	}
	return text
}

// vibeRe finds the nouns of a character a name may modify: "a Careless
// Love vibe", "the boogie stop shuffle vibe", "that So What feel".
var vibeRe = regexp.MustCompile(`\b(?:kind of |type of |sort of )?(?:vibes?|feel|sound|mood|energy)\b`)

// vibeNames reads a name of the library said before "vibe", "feel" or
// "sound" ("something with a Careless Love vibe", "the boogie stop
// shuffle vibe but mellower") as music like it, where its words were
// searched for and the title itself listed. The name must be the
// library's exactly, of two words or more or a word no vocabulary reads
// ("summer vibes", "reggae vibes" and "chill vibes" are read as before).
// It blanks what it read.
func (rd *reading) vibeNames(r *Request, text string) string {
	if rd.lex == nil || !vibeRe.MatchString(text) {
		return text
	}
	for _, m := range vibeRe.FindAllStringIndex(text, -1) {
		toks := wordTokens(text[max(0, m[0]-80):m[0]])
		base := max(0, m[0]-80)
		for n := min(6, len(toks)); n >= 1; n-- {
			first := toks[len(toks)-n]
			if strings.ContainsAny(text[base+first.a:m[0]], ",.;:!?()\"") {
				continue
			}
			name := strings.TrimSpace(text[base+first.a : m[0]])
			if !rd.lex.IsName(name) {
				continue
			}
			if n == 1 && (isVocabWord(name) || readKind(name) != "" || stopWords[name]) || len(rd.genresOf(name)) > 0 || readsOtherwise(name) {
				break
			}
			addLike(r, name, rd.lex)
			text = blankSpan(text, base+first.a, m[1])
			break
		}
	}
	return text
}

// incompleteWithoutRe is a negated "without" of need: "isn't complete
// without", "no summer playlist goes without", "wouldn't be the same
// without", "never goes without". Two negations make it a need (Merriam-
// Webster's go without, to do without; "X isn't complete without Y"
// says Y belongs in X): what follows "without" is asked for. The group
// is the negator that starts it.
var incompleteWithoutRe = regexp.MustCompile(`\b(isn't|is not|ain't|aren't|are not|wouldn't be|won't be|would not be|will not be|can't be|never|no)\s+(?:[a-z']+\s+){0,3}?(?:(?:is|are|be|feels|feel)\s+)?(?:(?:ever|really|quite|truly)\s+)?(?:complete|goes|go|the same|right|done|finished)\s+without\b`)

// neededWith blanks a negated "without" of need (see
// incompleteWithoutRe), from its negator, so that what follows is read as
// asked for, saying it in Understood.
func (rd *reading) neededWith(text string) string {
	if !strings.Contains(text, "without") {
		return text
	}
	for _, m := range incompleteWithoutRe.FindAllStringSubmatchIndex(text, -1) {
		if strings.ContainsAny(text[m[0]:m[1]], ",.;:!?()\"") {
			continue
		}
		rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[m[0]:m[1]]), " ")+"” asks for what follows")
		text = blankSpan(text, m[0], m[1])
	}
	return text
}

// rapDelivery are the words of rapping as a way of delivering the words,
// a kind of vocals (Merriam-Webster's rap, verb 2: to perform rap; an MC,
// the rapper who performs it), not the genre: "rapping", "rapped",
// "mcs", "emcees". "rap" itself, the noun, is the genre ("no rap" refuses
// hip hop), and "MC" alone begins many a rapper's name ("nothing by MC
// One"). A second word of voice may follow ("rap vocals", "rapped
// verses").
var rapDelivery = setOf(`rapping rapped mcs mcing emcee emcees emceeing`)

// rapVoiceHeads are the nouns of a voice that "rap" or "rapped" may
// modify ("rap vocals", "rapped verses").
var rapVoiceHeads = setOf(`vocals vocal verses verse lyrics voices voice`)

// nameLeads are the words after which a word is a name ("nothing by
// MCs of Rhyme").
var nameLeads = setOf(`by from like`)

// refusedRapping reads a refused delivery of rap ("instrumental hip hop
// beats, no rapping", "no rap vocals", "nothing with mcs") as a refusal
// of the voice, vocals, leaning instrumental, and not as a refusal of
// hip hop: hip hop asked for in the same request stays asked for, and
// the beats of hip hop without a rapper are what is wanted. It blanks
// what it read, saying it in Understood.
func (rd *reading) refusedRapping(r *Request, text string) string {
	if !strings.Contains(text, "rap") && !strings.Contains(text, "mc") && !strings.Contains(text, "emcee") {
		return text
	}
	toks := wordTokens(text)
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		end := t.b
		switch {
		case rapDelivery[t.w]:
		case t.w == "rap" && k+1 < len(toks) && rapVoiceHeads[toks[k+1].w] && strings.TrimSpace(text[t.b:toks[k+1].a]) == "":
		default:
			continue
		}
		if k+1 < len(toks) && rapVoiceHeads[toks[k+1].w] && strings.TrimSpace(text[t.b:toks[k+1].a]) == "" {
			end = toks[k+1].b
			k++
		}
		if !negatedAt(text, t.a) || nameLeads[lastWord(text[:t.a])] {
			continue
		}
		if _, ok := libraryNameAt(rd.lex, text, t.a, end); ok {
			continue // a name of the library
		}
		r.ExcludeInstruments = appendNew(r.ExcludeInstruments, "vocals")
		r.Instrumental = true
		rd.note("instrument:vocals", text[t.a:end])
		text = blankSpan(text, t.a, end)
	}
	return text
}

// postponedRe is a verb of keeping something back for another time
// before what it keeps and the time ("save the techno for later", "let's
// keep jazz for another day", "leave the ballads for next time"):
// Merriam-Webster's save, 2b: to put aside as a store or reserve. What is
// kept for later is not wanted now. The first group is the verb, the
// second the time.
var postponedRe = regexp.MustCompile(`\b(save|saving|keep|keeping|leave|leaving)\s+(?:[a-z0-9'&-]+\s+){1,4}?(for\s+(?:later|another\s+(?:time|day|night)|some\s+other\s+time|next\s+time|tomorrow|the\s+weekend))\b`)

// savedForRe is "save" before what it keeps and another place or
// occasion it is kept for ("save the indie for starbucks", "save the
// ballads for the car"): as with a time (postponedRe), what is saved is
// not wanted here and now. Only save: "keep it jazz for the party" asks
// for jazz. The groups are postponedRe's.
var savedForRe = regexp.MustCompile(`\b(save|saving)\s+(?:[a-z0-9'&-]+\s+){1,4}?(for\s+(?:the\s+|a\s+|an\s+|my\s+|your\s+|our\s+)?[a-z0-9'&-]+)\b`)

// objectPronouns are the pronouns that stand for a person as the object
// of a verb.
var objectPronouns = setOf(`me us you him her them myself yourself ourselves`)

// laterTimes are the words after "for later" that make it the time when
// what is kept is wanted, the rest of a time ("for later tonight", "for
// later in the night"), not a putting off.
var laterTimes = setOf(`tonight today in on at this that when during`)

// postponed reads what a verb of keeping back puts off for another time
// (postponedRe) as refused now: the verb becomes "skip" and the time is
// blanked, so that the refusals read what stands between, and it is said
// in Understood.
func (rd *reading) postponed(text string) string {
	if !strings.Contains(text, " for ") || !strings.Contains(text, "sav") && !strings.Contains(text, "keep") && !strings.Contains(text, "leav") {
		return text
	}
	ms := postponedRe.FindAllStringSubmatchIndex(text, -1)
	if len(ms) == 0 {
		ms = savedForRe.FindAllStringSubmatchIndex(text, -1)
	}
	for _, m := range ms {
		if strings.ContainsAny(text[m[0]:m[1]], ",.;:!?()\"") || lastWord(text[:m[0]]) == "to" && text[m[2]:m[3]] == "save" {
			continue // "music to save the world for tomorrow"
		}
		if objectPronouns[firstWord(text[m[3]:])] {
			continue // "songs that save me for the day": a person kept, no music
		}
		if laterTimes[firstWord(text[m[1]:])] {
			continue // "keep the ballads for later tonight": when they are wanted
		}
		rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[m[0]:m[1]]), " ")+"” puts it off: not now")
		text = rewriteSpan(text, m[2], m[3], "skip")
		text = blankSpan(text, m[4], m[5])
	}
	return text
}

// Reasons for a refusal. A clause after a refusal whose subject is a
// pronoun standing for what was refused and whose verb is causative
// ("no metal or industrial, it made my guests aggressive last time", "no
// country because it makes me sad", "skip the techno, they get me
// anxious") gives the reason for the refusal: the state it says the
// music causes is what is not wanted, so its moods are refused, never
// asked for, and nothing else in it is asked.

// reasonSubjects are the pronouns that stand for what was refused.
var reasonSubjects = setOf(`it they that this those these which`)

// reasonVerbs are causative verbs of a state brought about ("made me
// sad", "gets me anxious", "puts me to sleep", "drives me crazy").
var reasonVerbs = setOf(`made makes make making gets got get getting gives gave give puts put drives drove turns turned leaves left sends sent`)

// reasonOpeners may open a clause of reason before its subject.
var reasonOpeners = setOf(`because since cause cuz as coz`)

// reasonAdverbs may stand between the subject and the verb ("it just
// makes me", "they always get me", "it kinda made").
var reasonAdverbs = setOf(`just always only usually really kinda sorta totally honestly literally all even still`)

// A consequence to be avoided is said the same way: a clause opened by
// "or", "otherwise" or "else" (after a request: "something upbeat or
// i'll fall asleep") or by "because" after a refusal ("not too sleepy
// because i will literally fall asleep"), whose subject is a person and
// whose verb has a modal of the future or of condition ("i'll", "we
// would", "people might"): what it says would happen is not wanted. A
// verb of wanting after the modal ("or i'd take blues", "or i'd like
// jazz") says what is wanted instead and is left to the rest.

// consequenceOpeners open a clause of a consequence; reasonOpeners, after
// a refusal, do too.
var consequenceOpeners = setOf(`or otherwise else`)

// personSubjects are the subjects of a consequence, with the contracted
// modals that join them ("i'll", "we'd").
var personSubjects = setOf(`i we you they people everyone everybody someone somebody he she`)

// contractedModals are a person and a modal of the future or condition in
// one word.
var contractedModals = setOf(`i'll ill we'll you'll they'll he'll she'll i'd we'd you'd they'd`)

// consequenceModals are the modals of the future or of condition, and
// the verbs of becoming that say a consequence in the present ("or
// everyone gets sleepy", "otherwise i fall asleep").
var consequenceModals = setOf(`will would might could may gonna gets get falls fall goes go starts start ends end becomes become`)

// wantVerbs after the modal say what is wanted instead ("or i'd take
// blues").
var wantVerbs = setOf(`like love want prefer take enjoy rather settle go accept also be choose pick play try listen`)

// consequenceAt reports whether toks[m:] opens with a person and a modal
// of a consequence and a verb that is no verb of wanting, or a verb of
// becoming ("everyone gets sleepy").
func consequenceAt(toks []token, m int) bool {
	v := m
	switch {
	case v < len(toks) && contractedModals[toks[v].w]:
		v++
	case v+1 < len(toks) && personSubjects[toks[v].w] && consequenceModals[toks[v+1].w]:
		v += 2
		if becomeVerbs[toks[v-1].w] {
			return true
		}
	default:
		return false
	}
	for v < len(toks) && reasonAdverbs[toks[v].w] {
		v++
	}
	return v < len(toks) && !wantVerbs[toks[v].w] && !stopWords[toks[v].w]
}

// becomeVerbs are the verbs of becoming among consequenceModals, after
// which the state follows.
var becomeVerbs = setOf(`gets get falls fall goes go starts start ends end becomes become`)

// refusalReasons blanks each clause that gives the reason for a refusal
// before it in its sentence, or a consequence to be avoided (see above),
// refusing the moods, energy and activities it names, and says it in
// Understood.
func (rd *reading) refusalReasons(r *Request, text string) string {
	if !strings.Contains(text, "ma") && !strings.Contains(text, "g") && !strings.Contains(text, "put") &&
		!strings.Contains(text, "drov") && !strings.Contains(text, "driv") && !strings.Contains(text, "turn") &&
		!strings.Contains(text, "le") && !strings.Contains(text, "sen") {
		return text
	}
	toks := wordTokens(text)
	gap := func(k int) string { return text[toks[k-1].b:toks[k].a] } // what stands before toks[k]
	for k := 1; k < len(toks); k++ {
		// A clause opens after punctuation or with an opener of reason.
		m := k
		switch {
		case (reasonOpeners[toks[k].w] || consequenceOpeners[toks[k].w]) && !strings.ContainsAny(gap(k), ".;!?"):
			m = k + 1
		case strings.ContainsAny(gap(k), ",;:-—"):
		default:
			continue
		}
		if m+1 >= len(toks) {
			continue
		}
		v := m + 1
		for v < len(toks) && v <= m+2 && reasonAdverbs[toks[v].w] {
			v++
		}
		consequence := m > k && (consequenceOpeners[toks[k].w] || reasonOpeners[toks[k].w]) && consequenceAt(toks, m)
		if !consequence && (!reasonSubjects[toks[m].w] || v >= len(toks) || !reasonVerbs[toks[v].w]) {
			continue
		}
		if consequence {
			v = m
		}
		// A refusal before it in its sentence.
		refused := consequence && consequenceOpeners[toks[k].w]
		for j := k - 1; j >= 0; j-- {
			if j+1 < len(toks) && strings.ContainsAny(text[toks[j].b:toks[j+1].a], ".!?") {
				break
			}
			if w := toks[j].w; requestNegators[w] || negatorWord(w) || vocab.IsRefusalVerb(w) {
				refused = true
				break
			}
		}
		if !refused {
			continue
		}
		end := toks[v].b
		for e := v + 1; e < len(toks) && !strings.ContainsAny(gap(e), ",.;:!?()\"") && !asideEnds[toks[e].w] && toks[e].w != "and"; e++ {
			end = toks[e].b
			w := toks[e].w
			mood := moodSynonyms[w]
			if mood == "" && contains(MoodWords, w) {
				mood = w
			}
			if mood == "" {
				mood = vocab.Mood(w)
			}
			if mood != "" && contains(MoodWords, mood) {
				r.ExcludeMoods = appendNew(r.ExcludeMoods, mood)
				rd.note("mood:"+mood, w)
			}
			if e, ok := energyWords[w]; ok {
				rd.refusedEnergy = append(rd.refusedEnergy, e)
			}
			if c := vocab.Context(w); c != "" && consequence {
				// "or i'll fall asleep": not music to sleep to.
				r.ExcludeContexts = appendNew(r.ExcludeContexts, c)
				rd.asides = append(rd.asides, "not for "+c)
			}
		}
		from := toks[k].a
		said := "” is why: it asks nothing"
		if consequence {
			said = "” is what to avoid"
		}
		rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[from:end]), " ")+said)
		text = blankSpan(text, from, end)
		for k+1 < len(toks) && toks[k+1].a < end {
			k++
		}
	}
	return text
}

// nearlyButNotRe is an approximation a speaker then denies ("almost metal
// but not quite", "nearly jazz but not really"): "but not quite" elides
// what it denies, the phrase the approximator held, which is said to be
// near what is wanted and not it. The first group is the approximator,
// the second the denial.
var nearlyButNotRe = regexp.MustCompile(`\b(almost|nearly|bordering on|verging on|close to)\s+(?:[a-z0-9&'-]+\s+){0,3}?[a-z0-9&'-]+(\s+but\s+not\s+(?:quite|really|exactly|entirely))\s*(?:$|[,.;:!?])`)

// nearlyButNot reads an approximation denied (nearlyButNotRe) as the
// negation of what it held, "not metal": the approximator becomes "not"
// and the elliptical denial is blanked, saying it in Understood.
func (rd *reading) nearlyButNot(text string) string {
	if !strings.Contains(text, "but not") {
		return text
	}
	for _, m := range nearlyButNotRe.FindAllStringSubmatchIndex(text, -1) {
		rd.asides = append(rd.asides, "“"+strings.Join(strings.Fields(text[m[0]:m[5]]), " ")+"” is near it, not it")
		text = rewriteSpan(text, m[2], m[3], "not")
		text = blankSpan(text, m[4], m[5])
	}
	return text
}

// negativePolarity are the words that strengthen a negation and say
// nothing of their own ("no sad songs whatsoever", "no words
// whatsoever"; Merriam-Webster's whatsoever, adjective: at all, used
// after a noun in a negative phrase).
var negativePolarity = setOf(`whatsoever whatever`)

// cadenceRe is a rate per minute of a movement: steps or strides ("170
// steps a minute", "about 146 steps per minute", "180 spm"), or strokes,
// pedal turns, breaths or repetitions, whose rate says no tempo. ("rpm"
// is left alone: it is as often a record's speed, "45 rpm singles".)
var cadenceRe = regexp.MustCompile(`\b(\d{2,3})\s*(?:(steps|strides|footsteps|revolutions|pedal strokes|strokes|breaths|reps)\s+(?:a|per|each|every)\s+minute|(spm))\b`)

// cadences reads a rate per minute as the rate it is, never as a length
// of music ("a minute"): a cadence of steps or strides is the tempo a
// runner matches the beat to, one step a beat, and is rewritten as that
// many beats per minute ("about 146 steps a minute" is "about 146 bpm");
// a rate of strokes, pedal turns, breaths or repetitions names no beat:
// it is blanked with what it counts, and said so.
func (rd *reading) cadences(text string) string {
	if !strings.Contains(text, "minute") && !strings.Contains(text, "pm") {
		return text
	}
	for _, m := range cadenceRe.FindAllStringSubmatchIndex(text, -1) {
		unit := ""
		if m[4] >= 0 {
			unit = text[m[4]:m[5]]
		}
		switch unit {
		case "strokes", "pedal strokes", "revolutions", "breaths", "reps":
			rd.asides = appendNew(rd.asides, "“"+strings.TrimSpace(text[m[0]:m[1]])+"”: a rate Sleeve matches no beat to")
			text = blankSpan(text, m[0], m[1])
		default:
			// Rewritten in place, offsets kept: "180spm" has room for
			// "180bpm" only.
			bpm := text[m[2]:m[3]] + " bpm"
			if len(bpm) > m[1]-m[0] {
				bpm = text[m[2]:m[3]] + "bpm"
			}
			text = rewriteSpan(text, m[0], m[1], bpm)
		}
	}
	return text
}
