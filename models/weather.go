package models

import (
	"regexp"
	"strings"

	"sleeve/models/vocab"
)

// The temperature of the weather. "cold" and "hot" say the weather when
// they are said of a time ("a cold winter day", "a cold rainy day", "dark
// cold january days", "a cold tuesday morning", "a hot summer night"), of
// the outdoors ("it's cold outside", "too darn hot out"), or as its
// nouns after a preposition ("for the cold", "a celebration of the cold",
// "for the heat"): WordNet's cold/a1 and hot/a1, of a low or a high
// temperature, and cold/n3, "the sensation produced by low temperatures".
// Said of the music they are its sound ("cold and mechanical", "cold
// sounding rap", "glitchy and cold") and are left to the other readers.
// The weather's setting is the snowy one for the cold and the sunny one
// for the heat, by WordNet's seasons (winter "the coldest season",
// summer "the warmest"), unless a word of the phrase names the weather
// itself ("a cold rainy day" is rainy, "a cold winter night" wintry).
var (
	// temperatureRe is a temperature word said of a time: up to three
	// words of a time, a season or the weather after it, the last of them
	// a time (weatherTimeRe's words).
	temperatureRe = regexp.MustCompile(`\b(cold|chilly|freezing|frosty|hot|sweltering|scorching)((?:[ ,]+[a-z]+){1,3})`)
	// outdoorsRe is a temperature word said of the outdoors, with up to
	// two words of degree between ("too darn hot out").
	outdoorsRe = regexp.MustCompile(`\b(cold|chilly|freezing|frosty|hot|sweltering|scorching)\s+(outside|outdoors|out there|out)\b(\s+of\b)?`)
	// coldNounRe is the cold or the heat after a preposition ("for the
	// cold", "of the cold", "beat the heat"), not of something ("the heat
	// of the moment").
	coldNounRe = regexp.MustCompile(`\b(?:for|in|of|against|from|beat|escape|escaping)\s+the\s+(cold|heat)\b(\s+of\b)?`)
)

// weatherTimes are the words of a time that a temperature word is said of
// (weatherWords may come between: "cold rainy day").
var weatherTimes = setOf(`day days night nights morning mornings evening evenings afternoon afternoons weather
week weekend weekends season seasons spell snap winter winters summer summers autumn fall spring
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays`)

// weatherWords may stand between a temperature word and the time it is
// said of: other words of the weather and the day ("cold rainy day",
// "cold dark night", "a cold grey morning", "hot lazy afternoon").
var weatherWords = setOf(`rainy wet damp grey gray dark bleak dreary windy stormy snowy wintry icy foggy misty cloudy
overcast sunny humid muggy long lazy early late crisp clear bright still quiet and`)

// weatherTemperature reads the temperature words said of the weather
// (see temperatureRe): it asks for the weather's setting when no other
// is said (an everyday word's yields), says the phrase it came from, and
// blanks the temperature word (and "outside") so that nothing reads it
// as the music's.
func (rd *reading) weatherTemperature(r *Request, text string) string {
	if !strings.Contains(text, "cold") && !strings.Contains(text, "hot") && !strings.Contains(text, "chilly") &&
		!strings.Contains(text, "freezing") && !strings.Contains(text, "frosty") && !strings.Contains(text, "heat") &&
		!strings.Contains(text, "sweltering") && !strings.Contains(text, "scorching") {
		return text
	}
	read := func(word string, a, b, blankTo int, named string) {
		if negatedAt(text, a) || vocab.Setting(word) != "" {
			return // a word of the weather itself ("frosty", "chilly") is the vocabulary's
		}
		setting := "sunny"
		if word == "cold" || word == "chilly" || word == "freezing" || word == "frosty" {
			setting = "snowy"
		}
		if named != "" {
			setting = named
		}
		phrase := strings.Join(strings.Fields(strings.ReplaceAll(text[a:b], ",", " ")), " ")
		switch {
		case r.Setting == "" || r.WeakSetting:
			r.Setting, r.WeakSetting = setting, false
		case r.Setting != setting:
			return // a place said ("at the office") is the setting
		}
		rd.note("setting:"+setting, phrase)
		text = blankSpan(text, a, blankTo)
	}
	for _, m := range outdoorsRe.FindAllStringSubmatchIndex(text, -1) {
		if m[6] >= 0 { // "hot out of the oven"
			continue
		}
		read(text[m[2]:m[3]], m[0], m[5], m[5], "")
	}
	for _, m := range coldNounRe.FindAllStringSubmatchIndex(text, -1) {
		if m[4] >= 0 {
			continue
		}
		w := text[m[2]:m[3]]
		if w == "heat" {
			w = "hot"
		}
		read(w, m[2], m[3], m[3], "")
	}
	for _, m := range temperatureRe.FindAllStringSubmatchIndex(text, -1) {
		if strings.TrimSpace(text[m[2]:m[3]]) == "" {
			continue // read above
		}
		rest := strings.Fields(strings.ReplaceAll(text[m[4]:m[5]], ",", " "))
		// The words after it, up to the last word of a time, all of the
		// weather or of a time.
		end, named := -1, ""
		for k, w := range rest {
			w = strings.TrimSuffix(w, "'s") // "a hot summer's day"
			if !weatherTimes[w] && !weatherWords[w] {
				break
			}
			if weatherTimes[w] {
				end = k
			}
			if s := vocab.Setting(w); named == "" && s != "" && w != "and" {
				named = s
			}
		}
		if end < 0 {
			continue
		}
		// The span ends after the last word of a time.
		b := m[4]
		for k := 0; k <= end; k++ {
			i := strings.Index(text[b:], rest[k])
			b += i + len(rest[k])
		}
		if strings.ContainsAny(text[m[0]:b], ".;:!?") {
			continue
		}
		read(text[m[2]:m[3]], m[2], b, m[3], named)
	}
	return text
}
