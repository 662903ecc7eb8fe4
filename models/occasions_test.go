package models

import (
	"slices"
	"testing"

	"sleeve/models/vocab"
)

// TestAudienceAndDaysAskNothing reads the people music is played for (a
// family, a crowd, everyone) and when it is played (a day of the week but
// Sunday, the weekend, tomorrow) as understood words that ask nothing of
// the music: what is asked for them is in the other words.
func TestAudienceAndDaysAskNothing(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string]Request{
		"mellow stuff for my mom":                   {Moods: []string{"mellow"}},
		"older stuff for the grandparents":          {PreferYearMax: eraYearMax},
		"jazz for the dinner crowd":                 {Genres: []string{"jazz"}, Activity: "dinner party"},
		"songs that get everyone dancing":           {Activity: "dancing"},
		"rock my dad and my uncle would like":       {Genres: []string{"rock"}},
		"happy songs so people feel good":           {Moods: []string{"happy"}},
		"a country playlist for saturday":           {Genres: []string{"country"}},
		"long run tomorrow":                         {Activity: "running"},
		"dance songs to get me through the weekend": {Activity: "dancing"},
		"jazz for a tuesday morning":                {Genres: []string{"jazz"}, TimeOfDay: "morning"},
	} {
		r := ParseRulesWith(msg, lex)
		if len(r.NotUnderstood) != 0 || len(r.SearchWords) != 0 {
			t.Errorf("%q: not understood %q, searched %q (understood %q)", msg, r.NotUnderstood, r.SearchWords, r.Understood)
		}
		if r.Activity != want.Activity || r.TimeOfDay != want.TimeOfDay || r.Setting != "" ||
			!slices.Equal(r.Moods, want.Moods) || r.PreferYearMax != want.PreferYearMax {
			t.Errorf("%q: activity %q, time %q, setting %q, moods %q, year max %d; want %q, %q, no setting, %q, %d",
				msg, r.Activity, r.TimeOfDay, r.Setting, r.Moods, r.PreferYearMax, want.Activity, want.TimeOfDay, want.Moods, want.PreferYearMax)
		}
		for _, g := range want.Genres {
			if !slices.Contains(r.Genres, g) {
				t.Errorf("%q: genres %q, want %q", msg, r.Genres, g)
			}
		}
	}
	// Sunday keeps its mood, and a Friday or Saturday night is going out.
	if r := ParseRulesWith("songs for a lazy sunday", lex); !slices.Contains(r.Moods, "mellow") {
		t.Errorf("lazy sunday: moods %q", r.Moods)
	}
	if r := ParseRulesWith("honky tonk for a saturday night", lex); r.Activity != "party" || r.TimeOfDay != "night" {
		t.Errorf("saturday night: activity %q, time %q", r.Activity, r.TimeOfDay)
	}
}

// TestDancesAsOccasions reads the dances people name as occasions: a first
// dance is a wedding's (its romance a default that yields to any mood
// said), a slow dance a couple's romantic sway to slow songs, line
// dancing country-western and a conga line a Latin party dance; a baby
// shower is a social gathering. The word "dance" in them is the dancing,
// not a word to search the library's titles for.
func TestDancesAsOccasions(t *testing.T) {
	lex := NewLexicon(nil, []string{"Last Dance", "Dance With Me"}, nil, []string{"Country", "Latin", "Pop"})
	tests := []struct {
		msg, activity, setting string
		moods, genres          []string
		slow                   bool
	}{
		{"a song for our first dance", "dancing", "wedding", nil, nil, false},
		{"upbeat happy song for the first dance", "dancing", "wedding", []string{"happy"}, nil, false},
		{"lovers rock for a slow dance", "dancing", "", []string{"romantic"}, nil, true},
		{"slow-dance tunes", "dancing", "", []string{"romantic"}, nil, true},
		{"upbeat line dancing songs", "dancing", "", nil, []string{"country"}, false},
		{"think of a conga line", "dancing", "", nil, []string{"latin"}, false},
		{"oldies for a baby shower", "", "dinner party", nil, nil, false},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, lex)
		if r.Activity != tc.activity || r.Setting != tc.setting || len(r.NotUnderstood) != 0 || len(r.SearchWords) != 0 {
			t.Errorf("%q: activity %q, setting %q, not understood %q, search %q; want %q, %q (understood %q)",
				tc.msg, r.Activity, r.Setting, r.NotUnderstood, r.SearchWords, tc.activity, tc.setting, r.Understood)
		}
		for _, m := range tc.moods {
			if !slices.Contains(r.Moods, m) {
				t.Errorf("%q: moods %q, want %q", tc.msg, r.Moods, m)
			}
		}
		for _, g := range tc.genres {
			if !slices.Contains(r.Genres, g) {
				t.Errorf("%q: genres %q, want %q", tc.msg, r.Genres, g)
			}
		}
		if tc.slow != (r.PreferTempoMax > 0 && r.PreferTempoMax <= 95) {
			t.Errorf("%q: prefers at most %d BPM", tc.msg, r.PreferTempoMax)
		}
	}
	// A first dance that is said to be upbeat keeps the moods said, not
	// the wedding's default romance.
	if r := ParseRulesWith("an upbeat happy first dance", lex); slices.Contains(r.Moods, "romantic") {
		t.Errorf("upbeat first dance: moods %q", r.Moods)
	}
}

// TestPlacesByWaterAndSand reads a lake, a desert and a boat as settings
// that say nothing of the music (as the ocean and the forest), an island
// as a beach's sunny day out, and Tchaikovsky's "Swan Lake" as ballet,
// no lake.
func TestPlacesByWaterAndSand(t *testing.T) {
	lex := testLexicon()
	for msg, setting := range map[string]string{
		"fishing on the lake at sunrise":      "lake",
		"driving through the desert at night": "desert",
		"classic rock on the charter boat":    "boat",
		"uplifting groove for the yacht":      "boat",
		"upbeat tempo but island vibes":       "island",
	} {
		r := ParseRulesWith(msg, lex)
		if r.Setting != setting {
			t.Errorf("%q: setting %q, want %q (understood %q)", msg, r.Setting, setting, r.Understood)
		}
	}
	if m := vocab.SettingMoods("island"); !slices.Contains(m, "happy") || !slices.Contains(m, "mellow") {
		t.Errorf("island moods %q", m)
	}
	for _, s := range []string{"lake", "desert", "boat"} {
		if m := vocab.SettingMoods(s); m != nil {
			t.Errorf("%s moods %q, want none", s, m)
		}
	}
	if r := ParseRules("swan lake and the nutcracker for ballet practice"); r.Setting != "" || !slices.Contains(r.Genres, "ballet") || len(r.NotUnderstood) != 0 {
		t.Errorf("swan lake: setting %q, genres %q, not understood %q", r.Setting, r.Genres, r.NotUnderstood)
	}
	if r := ParseRules("yacht rock for the boat"); !slices.Contains(r.Genres, "yacht rock") && !slices.Contains(r.Genres, "soft rock") {
		t.Errorf("yacht rock: genres %q", r.Genres)
	}
}

// TestTemperatureOfTheWeather reads "cold" and "hot" said of a time, of
// the outdoors or as the cold or the heat as the weather's setting
// (snowy, sunny, or the weather a word of the phrase names), and leaves
// them to the sound when they are said of the music, and to a place that
// is said.
func TestTemperatureOfTheWeather(t *testing.T) {
	lex := testLexicon()
	for msg, setting := range map[string]string{
		"waltzes for a cold winter day":               "snowy",
		"it's ridiculously cold outside":              "snowy",
		"atmospheric tunes for a cold rainy day":      "rainy",
		"music to write by on dark cold january days": "snowy",
		"acoustic guitar for the cold":                "snowy",
		"a celebration of the cold":                   "snowy",
		"too darn hot out, soca for the heat":         "sunny",
		"reggae on a hot summer's day":                "sunny",
		"songs for a cold tuesday morning":            "snowy",
	} {
		r := ParseRulesWith(msg, lex)
		if r.Setting != setting || slices.Contains(r.NotUnderstood, "cold") || slices.Contains(r.NotUnderstood, "hot") {
			t.Errorf("%q: setting %q, not understood %q; want %q (understood %q)", msg, r.Setting, r.NotUnderstood, setting, r.Understood)
		}
	}
	// Said of the music, or of a drink; a place said stays the setting.
	for msg, setting := range map[string]string{
		"industrial, cold and mechanical":        "",
		"computer music, glitchy and cold":       "",
		"cold sounding rap":                      "",
		"hot cocoa and a book":                   "cafe",
		"the heat of the moment":                 "",
		"songs for a cold morning at the office": "office",
	} {
		if r := ParseRulesWith(msg, lex); r.Setting != setting {
			t.Errorf("%q: setting %q, want %q (understood %q)", msg, r.Setting, setting, r.Understood)
		}
	}
}

// TestFogAndTheSun reads fog and mist as hazy (WordNet's synset "brumous,
// foggy, hazy, misty"), so dreamy; the sun going down or coming up as the
// evening or the morning.
func TestFogAndTheSun(t *testing.T) {
	lex := testLexicon()
	for msg, mood := range map[string]string{"foggy morning walk": "dreamy", "a misty harbour": "dreamy"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Moods, mood) {
			t.Errorf("%q: moods %q, want %q", msg, r.Moods, mood)
		}
	}
	for msg, want := range map[string][2]string{
		"dancing as the sun goes down": {"evening", ""},
		"as if the sun is coming up":   {"morning", ""},
	} {
		r := ParseRulesWith(msg, lex)
		if r.TimeOfDay != want[0] || r.Setting != want[1] || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: time %q, setting %q, not understood %q; want %q, %q", msg, r.TimeOfDay, r.Setting, r.NotUnderstood, want[0], want[1])
		}
	}
}
