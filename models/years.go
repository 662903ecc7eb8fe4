package models

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"sleeve/models/vocab"
)

// Release years: decades ("80s", "the 1970s", "late 90s", "the
// nineties"), ranges ("1990 to 1995"), bounds ("since 2015", "nothing
// older than 2015", "before 1980", "pre-1965"), single years ("from
// 1995") and years said roughly ("around 1980").
var (
	decadeRe     = regexp.MustCompile(`(?:\b(early|mid|late)[\s-]+)?['’]?\b((?:19|20)\d0|\d0)['’]?s\b`)
	decadeWordRe = regexp.MustCompile(`\b(?:(early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)\b`)
	yearRangeRe  = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:-|–|to|and|until|till)\s*((?:19|20)\d\d)\b`)
	yearBoundRe  = regexp.MustCompile(`\b(?:(nothing|not|no)\s+)?(since|after|newer than|later than|older than|earlier than|before|prior to|pre|post)(?:\s+|-)((?:19|20)\d\d)\b`)
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

var decadeWords = map[string]int{"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950,
	"sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990, "noughties": 2000}

// parseYears reads the release years a message asks for. Several decades
// ("the 70s and 80s") span from the first to the last.
func parseYears(r *Request, text string) {
	lo, hi := 0, 0
	span := func(a, b int) {
		if lo == 0 || a < lo {
			lo = a
		}
		if hi == 0 || b > hi {
			hi = b
		}
	}
	decade := func(part string, start int) {
		switch part {
		case "early":
			span(start, start+4)
		case "mid":
			span(start+3, start+7)
		case "late":
			span(start+5, start+9)
		default:
			span(start, start+9)
		}
	}
	for _, m := range decadeRe.FindAllStringSubmatch(text, -1) {
		start, _ := strconv.Atoi(m[2])
		if start < 100 { // "80s" is the 1980s, "00s" and "10s" this century
			if start < 30 {
				start += 2000
			} else {
				start += 1900
			}
		}
		decade(m[1], start)
	}
	for _, m := range decadeWordRe.FindAllStringSubmatch(text, -1) {
		decade(m[1], decadeWords[m[2]])
	}
	for _, m := range yearRangeRe.FindAllStringSubmatch(text, -1) {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		span(min(a, b), max(a, b))
	}
	bounded := false
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
		if m := yearAroundRe.FindStringSubmatch(text); m != nil {
			y, _ := strconv.Atoi(m[1])
			lo, hi = y-2, y+2
		}
	}
	if lo == 0 && hi == 0 && !bounded {
		if m := yearRe.FindStringSubmatch(text); m != nil {
			y, _ := strconv.Atoi(m[1])
			lo, hi = y, y
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
	} else if spans := oldMusicSpans(text); len(spans) > 0 && !negatedAt(text, spans[0][0]) {
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
}

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
var oldMusicWords = setOf(`stuff songs song music tunes tracks records ones jams hits classics favourites favorites school skool`)

// oldMusicSpans returns where "old" (or "older") says an era of music:
// before a word for music or a genre's name, at most one word between
// ("old jazz", "the old stuff", "older country songs"), by WordNet's first
// sense of the adjective, "belonging to times long past"; "old memories"
// is not music.
func oldMusicSpans(text string) [][]int {
	if !strings.Contains(text, "old") {
		return nil
	}
	var out [][]int
	toks := wordTokens(text)
	for i, t := range toks {
		if t.w != "old" && t.w != "older" {
			continue
		}
		for k := i + 1; k <= i+2 && k < len(toks); k++ {
			w := toks[k].w
			gs, _ := vocab.Genres(w)
			if oldMusicWords[w] || genres[w] != "" || vocab.IsGenre(w) || len(gs) > 0 {
				out = append(out, []int{t.a, t.b})
				break
			}
		}
	}
	return out
}

// recentRe finds words that say the music is recent ("recent indie",
// "the latest pop", "the newest releases", "modern jazz"); recentYears is how many years back
// such music goes at least.
var recentRe = regexp.MustCompile(`\b((?:new|newest|latest|recent) releases?|recent|latest|newest|modern|newer|nowadays|these days|present[- ]day|contemporary|current)\b`)

const recentYears = 5

// eraRe finds words of an era that say the music is older ("classic rock",
// "old school", "oldies", "vintage soul"); eraYearMax is how recent such
// music is at most, by the usual sense of "classic rock" and "old school
// hip hop": before the 1990s.
var eraRe = regexp.MustCompile(`\b(classic|old[- ]s(?:ch|k)ool|oldies|oldie|vintage|golden (?:era|age|oldies))\b`)

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
