package models

import (
	"slices"
	"strings"
	"testing"
)

// TestASettingImpliesItsCharacterUntilTheMessageSaysOne checks that a
// setting read alone brings its default moods, shown on the Understood
// line, and that they give way to a mood, an energy, a genre or a
// comparison said in the message, and to an everyday word in passing.
func TestASettingImpliesItsCharacterUntilTheMessageSaysOne(t *testing.T) {
	for msg, want := range map[string][]string{
		"coffee shop vibes":            {"mellow", "warm"},
		"something for a thunderstorm": {"melancholic", "reflective", "calm"},
		"autumn leaves":                {"nostalgic", "wistful", "reflective"},
		"music for a first date":       {"romantic", "sensual", "warm"},
	} {
		r := ParseRules(msg)
		if got := SettingDefaults(r); !slices.Equal(got, want) {
			t.Errorf("%q: default moods %v, want %v", msg, got, want)
		}
		said := strings.Join(r.Understood, " · ")
		if !strings.Contains(said, " → "+strings.Join(want, ", ")+" (default for the setting)") {
			t.Errorf("%q: understood %q, want the setting's default moods shown", msg, said)
		}
		if len(r.Moods) > 0 {
			t.Errorf("%q: moods %v asked outright; a default is not asked", msg, r.Moods)
		}
	}
	if said := ParseRules("coffee shop vibes").Understood; !slices.Contains(said, "coffee shop → mellow, warm (default for the setting)") {
		t.Errorf("coffee shop vibes: understood %q, want “coffee shop → mellow, warm (default for the setting)”", said)
	}
	for _, msg := range []string{
		"sad songs for the coffee shop",    // a mood
		"upbeat music for the coffee shop", // an energy
		"jazz for the coffee shop",         // a genre
		"coffee shop music but calmer",     // an energy change
		"nothing melancholic on a rainy day",
		"pancakes", // an everyday word in passing (the kitchen)
	} {
		r := ParseRules(msg)
		if got := SettingDefaults(r); got != nil {
			t.Errorf("%q: default moods %v, want none: the message says the character", msg, got)
		}
		if said := strings.Join(r.Understood, " · "); strings.Contains(said, "default for the setting") {
			t.Errorf("%q: understood %q shows a default that gave way", msg, said)
		}
	}
}
