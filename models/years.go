package models

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"sleeve/models/vocab"
)

// Release years: decades ("80s", "the 1970s", "late 90s", "the
// nineties", "60s-era"), ranges ("1990 to 1995"), bounds ("since 2015",
// "nothing older than 2015", "before 1980", "pre-1965"), single years
// ("from 1995") and years said roughly ("around 1980").
var (
	decadeRe     = regexp.MustCompile(`(?:\b(early|mid|late)[\s-]+)?['’]?\b((?:19|20)\d0|\d0)['’]?s\b(?:[\s-]era\b)?`)
	decadeWordRe = regexp.MustCompile(`\b(?:(early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)\b`)
	yearRangeRe  = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:-|–|to|and|until|till)\s*((?:19|20)\d\d)\b`)
	yearBoundRe  = regexp.MustCompile(`\b(?:(nothing|not|no)\s+)?(` + boundWords + `)(?:\s+|-)((?:19|20)\d\d)\b`)
	// yearAroundRe is a year said roughly ("around 1980", "circa 1968"):
	// two years either side, as "the late 70s" is five.
	yearAroundRe = regexp.MustCompile(`\b(?:around|about|circa|ca\.?|c\.|roughly|approximately|approx\.?)\s*((?:19|20)\d\d)\b`)
	yearRe       = regexp.MustCompile(`\b(?:from|in|of|released in|year)\s+((?:19|20)\d\d)\b`)
	// yearAfterRe is a bound said after the year ("2020 onwards", "from
	// 1995 on", "2015 and later", "1979 or earlier", "2010+"): the
	// adverbs and coordinated comparatives that leave one end open.
	yearAfterRe = regexp.MustCompile(`\b((?:from|since)\s+)?((?:19|20)\d\d)(?:\s*(\+)|\s+(onwards?|on|and (?:later|after|newer|up|beyond)|or (?:later|after|newer)|and (?:earlier|before|older)|or (?:earlier|before|older))\b)`)
)

// onEnds reports whether "on" after a year ends its phrase ("from 1995
// on", "from 1995 on, please"), where "from 1995 on vinyl" takes an
// object.
func onEnds(after string) bool {
	after = strings.TrimSpace(after)
	if after == "" || strings.ContainsRune(",.;:!?)", rune(after[0])) {
		return true
	}
	w, _, _ := strings.Cut(after, " ")
	return w == "and" || w == "but" || w == "please" || w == "only"
}

// boundWords are the words that make a year or a decade one end of the
// years asked for (yearBoundRe, decadeBoundRe).
const boundWords = `since|after|newer than|later than|older than|earlier than|before|prior to|pre|post`

// decadeBoundRe is a bound said before a decade, with the negation that
// turns it about ("since the 80s", "after the 70s", "nothing after the
// mid 80s", "nothing older than the 90s").
var decadeBoundRe = regexp.MustCompile(`(?:\b(nothing|not|no)\s+)?\b(` + boundWords + `)[\s-]+(?:the\s+)?$`)

// decadeBoundWordsRe is a bound of decadeBoundRe with its decade, whose
// words it accounts for ("older" in "nothing older than the 90s").
var decadeBoundWordsRe = regexp.MustCompile(`\b(?:` + boundWords + `)[\s-]+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:['’]?(?:19|20)?\d0['’]?s\b|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)\b)`)

// yearListGapRe is what separates the times of a list: spaces, commas,
// slashes, "and", "or", "nor" and "&" ("the 70s, 80s and 90s").
var yearListGapRe = regexp.MustCompile(`^(?:[\s,/&]|\band\b|\bor\b|\bnor\b|\bthe\b)*$`)

// decadePart returns the years of part of the decade from start: its
// early, mid or late years, or all ten when part is empty.
func decadePart(part string, start int) (lo, hi int) {
	switch part {
	case "early":
		return start, start + 4
	case "mid":
		return start + 3, start + 7
	case "late":
		return start + 5, start + 9
	}
	return start, start + 9
}

// submatch returns group n of an index match m in text, or "" when it did
// not take part.
func submatch(text string, m []int, n int) string {
	if m[2*n] < 0 {
		return ""
	}
	return text[m[2*n]:m[2*n+1]]
}

var decadeWords = map[string]int{"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950,
	"sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990, "noughties": 2000}

// parseYears reads the release years a message asks for. Several decades
// ("the 70s and 80s") span from the first to the last. written is the
// text before the rules blanked what they read (oldMusicSpans).
func parseYears(r *Request, text, written string, lex *Lexicon) {
	lo, hi := 0, 0
	span := func(a, b int) {
		if lo == 0 || a < lo {
			lo = a
		}
		if hi == 0 || b > hi {
			hi = b
		}
	}
	// A time said where a refusal governs it ("no 80s stuff", "I can't
	// do the 70s, 80s and 90s", "nothing from 1995") is refused, not asked
	// for.
	bounded := false
	// A time listed right after a refused one is refused with it: "the
	// 70s 80s and 90s stuff".
	refusedEnd := -1
	spanOrRefuse := func(at, end, a, b int) {
		if bound := decadeBoundRe.FindStringSubmatch(text[:at]); bound != nil {
			// "since the 80s", "nothing after the mid 80s": the time is
			// one end of the years asked for.
			later := bound[2] == "since"
			after := later || bound[2] == "after" || bound[2] == "post" || bound[2] == "newer than" || bound[2] == "later than"
			switch {
			case bound[1] == "" && later:
				lo = a
			case bound[1] == "" && after:
				lo = b + 1
			case bound[1] == "":
				hi = a - 1
			case later: // "nothing since the 80s"
				hi = a - 1
			case after: // "nothing after the mid 80s"
				hi = b
			default: // "nothing before the 90s"
				lo = a
			}
			bounded = true
			return
		}
		if refusedEnd >= 0 && refusedEnd <= at && yearListGapRe.MatchString(text[refusedEnd:at]) || negatedAt(text, at) {
			r.ExcludeYears = append(r.ExcludeYears, YearSpan{From: a, To: b})
			refusedEnd = end
			return
		}
		span(a, b)
	}
	for _, m := range decadeRe.FindAllStringSubmatchIndex(text, -1) {
		start, _ := strconv.Atoi(text[m[4]:m[5]])
		if start < 100 { // "80s" is the 1980s, "00s" and "10s" this century
			if start < 30 {
				start += 2000
			} else {
				start += 1900
			}
		}
		a, b := decadePart(submatch(text, m, 1), start)
		spanOrRefuse(m[0], m[1], a, b)
	}
	for _, m := range decadeWordRe.FindAllStringSubmatchIndex(text, -1) {
		a, b := decadePart(submatch(text, m, 1), decadeWords[text[m[4]:m[5]]])
		spanOrRefuse(m[0], m[1], a, b)
	}
	for _, m := range yearRangeRe.FindAllStringSubmatchIndex(text, -1) {
		a, _ := strconv.Atoi(text[m[2]:m[3]])
		b, _ := strconv.Atoi(text[m[4]:m[5]])
		spanOrRefuse(m[0], m[1], min(a, b), max(a, b))
	}
	for _, m := range yearAfterRe.FindAllStringSubmatchIndex(text, -1) {
		word := ""
		if m[8] >= 0 {
			word = text[m[8]:m[9]]
		}
		if word == "on" && (m[2] < 0 || !onEnds(text[m[1]:])) || negatedAt(text, m[0]) {
			continue // "2020 on vinyl", "from 2020 on vinyl"; "nothing 2015 and later"
		}
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		if strings.HasSuffix(word, "earlier") || strings.HasSuffix(word, "before") || strings.HasSuffix(word, "older") {
			hi = y
		} else {
			lo = y
		}
		bounded = true
	}
	for _, m := range yearBoundRe.FindAllStringSubmatch(text, -1) {
		y, _ := strconv.Atoi(m[3])
		switch m[2] { // "pre-1965", "post 2000"
		case "pre":
			m[2] = "before"
		case "post":
			m[2] = "after"
		}
		later := m[2] == "since" || m[2] == "after" || m[2] == "newer than" || m[2] == "later than"
		if m[1] != "" { // "nothing older than 2015" is since 2015
			later = !later
		} else if m[2] == "after" {
			y++
		} else if !later {
			y--
		}
		if later {
			lo = y
		} else {
			hi = y
		}
		bounded = true
	}
	if lo == 0 && hi == 0 && !bounded {
		if m := yearOfRe.FindStringSubmatchIndex(text); m != nil {
			y, _ := strconv.Atoi(text[m[2]:m[3]])
			lo, hi = y, y
			if roughlyAfterRe.MatchString(text[m[1]:]) {
				lo, hi = y-2, y+2 // "1984, or around it"
			}
		}
	}
	if lo == 0 && hi == 0 && !bounded {
		if m := yearAroundRe.FindStringSubmatch(text); m != nil {
			y, _ := strconv.Atoi(m[1])
			lo, hi = y-2, y+2
		}
	}
	if lo == 0 && hi == 0 && !bounded {
		if m := yearRe.FindStringSubmatchIndex(text); m != nil {
			y, _ := strconv.Atoi(text[m[2]:m[3]])
			spanOrRefuse(m[0], m[1], y, y)
		}
	}
	if lo == 0 && hi == 0 && !bounded {
		if m := shortYearRe.FindStringSubmatch(text); m != nil {
			y, _ := strconv.Atoi(m[1])
			y += 1900
			if y < 1930 {
				y += 100 // "'05" is 2005
			}
			lo, hi = y, y
		}
	}
	if lo > 0 || hi > 0 {
		r.YearMin, r.YearMax = lo, hi
		// Years said outright are what was asked: an era word or idiom
		// beside them ("90s throwbacks", "classic 60s songs") adds nothing.
		r.PreferYearMin, r.PreferYearMax = 0, 0
		return
	}
	if bounded {
		return
	}
	// "old and new", "traditional or modern": both ends, no preference.
	if containsAny(text, eitherEraWords) {
		text = blankMatches(eitherEraRe, text)
	}
	if ix := eraRe.FindStringIndex(text); ix != nil && !negatedAt(text, ix[0]) {
		r.PreferYearMax = eraYearMax
	} else if spans := oldMusicSpans(text, written, lex); len(spans) > 0 && !negatedAt(text, spans[0][0]) {
		r.PreferYearMax = eraYearMax
	}
	var m []string
	if strings.Contains(text, "year") {
		m = lastYearsRe.FindStringSubmatch(text)
	}
	if m != nil {
		n := numberWords[m[1]]
		if v, err := strconv.Atoi(m[1]); err == nil {
			n = v
		}
		switch m[1] {
		case "couple", "couple of":
			n = 2
		case "few":
			n = 3
		}
		if n > 0 && n <= 50 {
			r.PreferYearMin = time.Now().Year() - n
		}
	} else if ix := recentRe.FindStringIndex(text); ix != nil && !negatedAt(text, ix[0]) {
		r.PreferYearMin = time.Now().Year() - recentYears
	}
	if _, shift := eraShifts(text, written, lex); shift != 0 {
		r.EraShift = shift
		if shift < 0 && r.PreferYearMax == 0 {
			r.PreferYearMax, r.PreferYearMin = eraYearMax, 0
		} else if shift > 0 && r.PreferYearMin == 0 {
			r.PreferYearMin, r.PreferYearMax = time.Now().Year()-recentYears, 0
		}
	}
}

// yearOfRe is a year named by what happened in it, then said in
// apposition ("the year I was born, 1987", "the year we met, 2009"):
// the number is the year, and the clause says which year it is.
var yearOfRe = regexp.MustCompile(`\bthe year(?:\s+[a-z']+){1,5},?\s+((?:19|20)\d\d)\b`)

// roughlyAfterRe is a year's approximation said after it ("1984, or
// around it", "1984 or so", "1984, give or take").
var roughlyAfterRe = regexp.MustCompile(`^(?:,?\s*or\s+(?:around|about|near|close to)\s+(?:it|then|that)\b|\s+or so\b|,?\s*give or take\b)`)

// releasedRe is a verb of a record's release before the time it dates
// ("released in the early 2000s", "recorded before 1965", "stuff
// released the year I was born"): the time says when, and the verb is
// read with it (releasedSpans).
var releasedRe = regexp.MustCompile(`\b(?:released|recorded|came out|put out)\s+(?:(?:in|during|between|from|before|after|since|around|circa|by)\s+)?(?:the\s+)?`)

// timeStartRe is the start of a time the rules read: a decade ("the
// early 2000s", "the seventies"), a year ("1965", "'77") or "the year"
// of yearOfRe.
var timeStartRe = regexp.MustCompile(`^(?:(?:early|mid|late)[\s-]+)?(?:['’]?(?:19|20)?\d0['’]?s\b|(?:19|20)\d\d\b|['’]\d\d\b|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)\b|year\b)`)

// releasedSpans returns where a verb of releasedRe stands before a time
// (timeStartRe).
func releasedSpans(text string) [][]int {
	if !containsAny(text, releasedWords) {
		return nil
	}
	var out [][]int
	for _, m := range releasedRe.FindAllStringIndex(text, -1) {
		if timeStartRe.MatchString(text[m[1]:]) {
			out = append(out, m)
		}
	}
	return out
}

// releasedWords are the words releasedRe needs one of.
var releasedWords = []string{"released", "recorded", " out "}

// shortYearRe is a year of two digits after an apostrophe ("punk from
// '77", "in '05").
var shortYearRe = regexp.MustCompile(`\b(?:from|in|of|since|circa)\s+['’](\d\d)\b`)

// lastYearsRe is a span of recent years ("the last couple years", "the
// past 5 years", "last few years"): music from that many years back on is
// preferred.
var lastYearsRe = regexp.MustCompile(`\b(?:the\s+)?(?:last|past)\s+(couple of|couple|few|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\b`)

// eitherEraRe is an old era word joined to a new one ("old and new",
// "classic or modern", "traditional or contemporary"): the person asks
// for both, so neither is preferred; its words are understood.
var eitherEraRe = regexp.MustCompile(`\b(?:old|older|classic|traditional|vintage|new|newer|modern|recent|contemporary)\s+(?:and|or|&|to)\s+(?:old|older|classic|traditional|vintage|new|newer|modern|recent|contemporary)\b`)

// eitherEraWords are the words eitherEraRe needs one of.
var eitherEraWords = []string{"old", "classic", "traditional", "vintage", "new", "modern", "recent", "contemporary"}

// oldMusicWords are the words after "old" that make it an era of music
// ("the old stuff", "old songs"), besides a genre ("old jazz").
var oldMusicWords = setOf(`stuff songs song music tunes tracks records recordings ones jams hits classics favourites favorites school skool`)

// ageWords are the nouns of an age before "old" ("a 7 year old", "ten
// years old"): there "old" says how old someone is, not an era.
var ageWords = setOf(`year years yr yrs month months week weeks day days`)

// oldRunMax is how many words a run of modifiers after "old" may hold
// before the noun of music it describes ("old nostalgic crooner stuff").
const oldRunMax = 3

// oldMusicSpans returns where "old" (or "older") says an era of music:
// by WordNet's first sense of the adjective, "belonging to times long
// past", when the noun phrase it opens is music. The phrase's head is a
// word for music or a piece of it, a genre's name (of the tree or the
// library's tags, one to three words), or a decade ("the good old 90s");
// the words between are modifiers that describe music: a mood, a word of
// origin, an instrument or voice, a genre's derived form or an era word
// ("old japanese pop", "old nostalgic crooner stuff", "good old classic
// rock", "older hip hop"), and at most one other word ("old southern
// gospel"). A phrase without such a head is not music ("old memories",
// "an old car", "old growth forests", "old san juan", "old folks"), nor
// one broken by punctuation, and "old" after an age ("my 7 year old") is
// an age.
// written is the text as the person wrote it, with the offsets of text,
// so that a genre read before ("japanese pop") still heads the phrase;
// an "old" that text has blanked was read already.
func oldMusicSpans(text, written string, lex *Lexicon) [][]int {
	if !strings.Contains(text, "old") {
		return nil
	}
	if len(written) != len(text) {
		written = text
	}
	var out [][]int
	toks := wordTokens(written)
	for i, t := range toks {
		if t.w != "old" && t.w != "older" || text[t.a:t.b] != t.w || i > 0 && ageWords[toks[i-1].w] {
			continue
		}
		other := 0
		for k := i + 1; k <= i+1+oldRunMax && k < len(toks) && adjacent(written, toks[k-1], toks[k]); k++ {
			if oldMusicHead(written, toks, k, lex) {
				out = append(out, []int{t.a, t.b})
				break
			}
			if !musicModifier(toks[k].w) {
				if other++; other > 1 {
					break
				}
			}
		}
	}
	return out
}

// oldMusicHead reports whether the token k of text heads a noun phrase of
// music: a word for music or a piece of it, a genre's name of one to three
// words (of the tree or the library), or a decade.
func oldMusicHead(text string, toks []token, k int, lex *Lexicon) bool {
	w := toks[k].w
	if oldMusicWords[w] || vocab.IsPieceWord(w) || genres[w] != "" || vocab.IsGenre(w) || len(lex.Genre(w)) > 0 {
		return true
	}
	if gs, form := vocab.Genres(w); len(gs) > 0 && !form {
		return true
	}
	if _, n := genreAfter(text, toks, k-1); n > 0 {
		return true
	}
	if ix := decadeRe.FindStringIndex(text[toks[k].a:]); ix != nil && ix[0] == 0 {
		return true
	}
	ix := decadeWordRe.FindStringIndex(text[toks[k].a:])
	return ix != nil && ix[0] == 0
}

// musicModifier reports whether a word may stand between "old" and the
// noun of music it describes: a mood, a word of origin, an instrument or
// voice ("crooner"), a genre's derived form ("jazzy") or a word of an era
// ("classic", "vintage").
func musicModifier(w string) bool {
	if vocab.Mood(w) != "" || len(instrumentsOf(w)) > 0 || eraRe.MatchString(w) {
		return true
	}
	if _, ok := vocab.Origin(w); ok {
		return true
	}
	gs, form := vocab.Genres(w)
	return len(gs) > 0 && form
}

// eraShiftRe finds the comparatives of an era: "older" and "newer", and
// "more" or "less" with an adjective of recency or age ("more recent",
// "more modern", "less dated"). Said without "than", they compare with
// what came before (Request.EraShift).
var eraShiftRe = regexp.MustCompile(`\b(older|newer|more (?:recent|modern|current|contemporary)|less (?:dated|old))\b`)

// eraShifts returns where text says a change of era and its direction
// (−1 older, +1 newer): a comparative of eraShiftRe that is not followed
// by "than" (a bound, yearBoundRe) nor refused. "older" is one when it
// describes music (oldMusicSpans: "older songs", "older hip hop") or
// ends its phrase, with no noun after it ("older, 70s", "something
// older please"); before any other noun it describes that ("older
// folks", "older kids").
func eraShifts(text, written string, lex *Lexicon) (spans [][]int, shift int) {
	if !containsAny(text, eraShiftWords) {
		return nil, 0
	}
	var music [][]int
	for _, m := range eraShiftRe.FindAllStringIndex(text, -1) {
		after := text[m[1]:]
		if strings.HasPrefix(after, " than") || negatedAt(text, m[0]) {
			continue
		}
		dir := 1 // "newer", "more recent", "less dated", "less old"
		if text[m[0]:m[1]] == "older" {
			dir = -1
			if music == nil {
				music = oldMusicSpans(text, written, lex)
			}
			if !phraseEnds(after) && !slices.ContainsFunc(music, func(s []int) bool { return s[0] == m[0] }) {
				continue
			}
		}
		spans = append(spans, m)
		shift = dir
	}
	return spans, shift
}

// eraShiftWords are the words eraShiftRe needs one of.
var eraShiftWords = []string{"older", "newer", "more ", "less "}

// phraseEnds reports whether nothing after a word continues its noun
// phrase: the text ends, punctuation follows, or a word of no content
// ("please", "and", "for", "ones", "stuff").
func phraseEnds(after string) bool {
	after = strings.TrimLeft(after, " ")
	if after == "" || strings.ContainsRune(",.;:!?)", rune(after[0])) {
		return true
	}
	w := strings.FieldsFunc(after, func(r rune) bool { return r == ' ' || strings.ContainsRune(",.;:!?)", r) })[0]
	return stopWords[w] || fillerWords[w] && !companyWords[w]
}

// recentRe finds words that say the music is recent ("recent indie",
// "the latest pop", "the newest releases", "modern jazz", "up to date
// tracks": WordNet's up-to-date, "reflecting the latest information or
// changes", whose "date" is no date night); recentYears is how many years
// back such music goes at least.
var recentRe = regexp.MustCompile(`\b((?:new|newest|latest|recent) releases?|recent|latest|newest|modern|newer|nowadays|these days|present[- ]day|contemporary|current|up[- ]to[- ]date)\b`)

const recentYears = 5

// eraRe finds words of an era that say the music is older ("classic rock",
// "old school", "oldies", "vintage soul", "the good old days");
// eraYearMax is how recent such music is at most, by the usual sense of "classic rock" and "old school
// hip hop": before the 1990s.
var eraRe = regexp.MustCompile(`\b(classic|old[- ]s(?:ch|k)ool|oldies|oldie|vintage|golden (?:era|age|oldies)|(?:good )?old(?:en)? (?:days|times))\b`)

const eraYearMax = 1989

// describeYears renders a year range: "from the 1980s", "from 1995",
// "1970–1989", "from 2015 on", "up to 1979"; "" when open.
func describeYears(lo, hi int) string {
	switch {
	case lo == 0 && hi == 0:
		return ""
	case lo > 0 && hi == 0:
		return fmt.Sprintf("from %d on", lo)
	case lo == 0:
		return fmt.Sprintf("up to %d", hi)
	case lo == hi:
		return fmt.Sprintf("from %d", lo)
	case lo%10 == 0 && hi == lo+9:
		return fmt.Sprintf("from the %ds", lo)
	}
	return fmt.Sprintf("%d–%d", lo, hi)
}
