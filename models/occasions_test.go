package models

import (
	"slices"
	"testing"
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
