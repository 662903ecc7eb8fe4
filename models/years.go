package models

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Release years: decades ("80s", "the 1970s", "late 90s", "the
// nineties"), ranges ("1990 to 1995"), bounds ("since 2015", "nothing
// older than 2015", "before 1980") and single years ("from 1995").
var (
	decadeRe     = regexp.MustCompile(`(?:\b(early|mid|late)[\s-]+)?['’]?\b((?:19|20)\d0|\d0)['’]?s\b`)
	decadeWordRe = regexp.MustCompile(`\b(?:(early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)\b`)
	yearRangeRe  = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:-|–|to|and|until|till)\s*((?:19|20)\d\d)\b`)
	yearBoundRe  = regexp.MustCompile(`\b(?:(nothing|not|no)\s+)?(since|after|newer than|later than|older than|earlier than|before|prior to)\s+((?:19|20)\d\d)\b`)
	yearRe       = regexp.MustCompile(`\b(?:from|in|of|released in|year)\s+((?:19|20)\d\d)\b`)
)

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
	for _, m := range yearBoundRe.FindAllStringSubmatch(text, -1) {
		y, _ := strconv.Atoi(m[3])
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
		if m := yearRe.FindStringSubmatch(text); m != nil {
			y, _ := strconv.Atoi(m[1])
			lo, hi = y, y
		}
	}
	if lo > 0 || hi > 0 {
		r.YearMin, r.YearMax = lo, hi
		return
	}
	if !bounded {
		if ix := eraRe.FindStringIndex(text); ix != nil && !negatedAt(text, ix[0]) {
			r.PreferYearMax = eraYearMax
		}
		if ix := recentRe.FindStringIndex(text); ix != nil && !negatedAt(text, ix[0]) {
			r.PreferYearMin = time.Now().Year() - recentYears
		}
	}
}

// recentRe finds words that say the music is recent ("recent indie",
// "the latest pop", "modern jazz"); recentYears is how many years back
// such music goes at least.
var recentRe = regexp.MustCompile(`\b(recent|latest|modern|newer|nowadays|these days|present[- ]day|new releases?)\b`)

const recentYears = 5

// eraRe finds words of an era that say the music is older ("classic rock",
// "old school", "oldies", "vintage soul"); eraYearMax is how recent such
// music is at most, by the usual sense of "classic rock" and "old school
// hip hop": before the 1990s.
var eraRe = regexp.MustCompile(`\b(classic|old[- ]school|oldies|oldie|vintage)\b`)

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
