package models

import "testing"

// TestTimesOfDayMisspelt: a time of day typed as people type it ("mornin",
// "evenin") or misspelt ("mornng", "afternon") is read as that time of
// day, as "somethin" is read as "something".
func TestTimesOfDayMisspelt(t *testing.T) {
	for msg, want := range map[string]string{
		"chill for the mornin":      "morning",
		"chill for the mornng":      "morning",
		"music for the evenin":      "evening",
		"a rainy afternon":          "afternoon",
		"something for the morning": "morning",
	} {
		r := ParseRules(msg)
		if r.TimeOfDay != want || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: time of day %q, not understood %q; want %q", msg, r.TimeOfDay, r.NotUnderstood, want)
		}
	}
}
