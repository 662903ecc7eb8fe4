package models

import (
	"slices"
	"testing"
)

// TestSeasonsDaysAndWeather reads seasons (WordNet's "fall" is autumn,
// except in a phrasal verb of WordNet such as "fall asleep"), months by
// the meteorological seasons, days of the week as the playlists for them
// use them, and weather by WordNet's seasons.
func TestSeasonsDaysAndWeather(t *testing.T) {
	lex := testLexicon()
	tests := []struct {
		msg, setting, activity, time string
		moods                        []string
	}{
		{"cozy fall playlist", "autumn", "", "", []string{"warm"}},
		{"jazz for october", "autumn", "", "", nil},
		{"july road trip", "sunny", "road trip", "", nil},
		{"winter evening jazz", "snowy", "", "evening", nil},
		{"music to fall asleep to", "", "sleeping", "", nil},
		{"sunday morning jazz", "", "", "morning", []string{"mellow", "calm"}},
		{"friday night", "", "party", "night", nil},
		{"songs for cold nights", "snowy", "", "", nil},
		{"hot weather playlist", "sunny", "", "", nil},
		{"monsoon songs", "rainy", "", "", nil},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, lex)
		if r.Setting != tc.setting || r.Activity != tc.activity || r.TimeOfDay != tc.time || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: setting %q, activity %q, time %q, not understood %q; want %q, %q, %q (understood %q)", tc.msg,
				r.Setting, r.Activity, r.TimeOfDay, r.NotUnderstood, tc.setting, tc.activity, tc.time, r.Understood)
		}
		for _, m := range tc.moods {
			if !slices.Contains(r.Moods, m) {
				t.Errorf("%q: moods %q, want %q", tc.msg, r.Moods, m)
			}
		}
	}
	// "fall in love" is WordNet's verb: "fall" is not autumn, and is not
	// claimed as understood.
	if r := ParseRulesWith("songs to fall in love to", lex); r.Setting != "" || !slices.Contains(r.Moods, "romantic") {
		t.Errorf("fall in love: setting %q, moods %q", r.Setting, r.Moods)
	}
}

// TestSatelliteMoods reads the adjectives WordNet files as satellites of
// a mood seed's cluster ("energizing" is similar to dynamic, so
// energetic), except those reviewed and denied for meaning the head's
// other side ("shiny" is light, not a bright mood).
func TestSatelliteMoods(t *testing.T) {
	for msg, mood := range map[string]string{
		"energizing music for coding": "energetic",
		"vibrant pop":                 "energetic",
		"heartbreaking ballads":       "sad",
		"i'm so mad":                  "angry",
		"flirtatious r&b":             "sensual",
	} {
		r := ParseRulesWith(msg, testLexicon())
		if !slices.Contains(r.Moods, mood) || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: moods %q, not understood %q; want %q", msg, r.Moods, r.NotUnderstood, mood)
		}
	}
	if r := ParseRulesWith("shiny pop", testLexicon()); slices.Contains(r.Moods, "bright") {
		t.Errorf("shiny pop: moods %q", r.Moods)
	}
}

// TestRoadsKeyboardsAndRefusals reads kinds of road as where one drives
// (WordNet's kinds of road and highway), kinds of clavier as the piano,
// and "wouldn't", "won't", "shouldn't", "doesn't" as refusals, except in
// "wouldn't mind", which asks.
func TestRoadsKeyboardsAndRefusals(t *testing.T) {
	lex := testLexicon()
	if r := ParseRulesWith("chillwave for an empty highway", lex); r.Activity != "driving" {
		t.Errorf("highway: activity %q (understood %q)", r.Activity, r.Understood)
	}
	if r := ParseRulesWith("baroque harpsichord", lex); !slices.Contains(r.Instruments, "piano") || len(r.NotUnderstood) != 0 {
		t.Errorf("harpsichord: instruments %q, not understood %q", r.Instruments, r.NotUnderstood)
	}
	if r := ParseRulesWith("you wouldn't play jazz at a party", lex); !slices.Contains(r.ExcludeGenres, "jazz") || slices.Contains(r.Genres, "jazz") {
		t.Errorf("wouldn't play jazz: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
	if r := ParseRulesWith("i wouldn't mind some jazz", lex); !slices.Contains(r.Genres, "jazz") || len(r.ExcludeGenres) != 0 {
		t.Errorf("wouldn't mind jazz: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
}

// TestIdiomWordsOfTheLibraryStillSearch reads "a sunday afternoon" as the
// idiom (mellow and calm) and still ranks the library's title with
// "Sunday" by searching the word.
func TestIdiomWordsOfTheLibraryStillSearch(t *testing.T) {
	lex := NewLexicon([]string{"Anna"}, []string{"Sunday Best"}, nil, []string{"Jazz"})
	r := ParseRulesWith("music for a sunday afternoon", lex)
	if !slices.Contains(r.Moods, "mellow") || !slices.Contains(r.SearchWords, "sunday") || len(r.NotUnderstood) != 0 {
		t.Errorf("moods %q, search %q, not understood %q", r.Moods, r.SearchWords, r.NotUnderstood)
	}
	if r := ParseRulesWith("music for a sunday afternoon", testLexicon()); slices.Contains(r.SearchWords, "sunday") {
		t.Errorf("a word no name holds is not searched: %q", r.SearchWords)
	}
}

// TestKindsOfKindsOfActivities reads WordNet's kinds of kinds of what
// people do as the activity ("aerobics" is a cardiopulmonary exercise, an
// exercise), except those reviewed and denied ("scissors") and genres'
// names.
func TestKindsOfKindsOfActivities(t *testing.T) {
	lex := testLexicon()
	for msg, act := range map[string]string{"aerobics class music": "working out", "weightlifting": "working out", "autobahn cruise": "driving"} {
		if r := ParseRulesWith(msg, lex); r.Activity != act {
			t.Errorf("%q: activity %q, want %q (understood %q)", msg, r.Activity, act, r.Understood)
		}
	}
	if r := ParseRulesWith("scissors", lex); r.Activity != "" {
		t.Errorf("scissors: activity %q", r.Activity)
	}
}

// TestWeeHours reads "the wee small hours" and "the wee hours" as late
// night, every word of them understood.
func TestWeeHours(t *testing.T) {
	for _, msg := range []string{"songs for the wee small hours", "the wee hours"} {
		if r := ParseRulesWith(msg, testLexicon()); r.TimeOfDay != "late night" || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: time %q, not understood %q", msg, r.TimeOfDay, r.NotUnderstood)
		}
	}
}
