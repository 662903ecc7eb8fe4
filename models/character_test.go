package models

import (
	"slices"
	"strings"
	"testing"
)

// TestASettingImpliesItsCharacterUntilTheMessageSaysOne checks that an
// activity or setting read alone brings its default moods, the
// activity's first, shown on the Understood line, and that they give way
// to a mood, an energy, a genre or a comparison said in the message, and
// to an everyday word in passing.
func TestASettingImpliesItsCharacterUntilTheMessageSaysOne(t *testing.T) {
	for msg, want := range map[string]struct {
		moods []string
		of    string
	}{
		"coffee shop vibes":               {[]string{"mellow", "warm"}, "setting"},
		"something for a thunderstorm":    {[]string{"melancholic", "reflective", "calm"}, "setting"},
		"autumn leaves":                   {[]string{"nostalgic", "wistful", "reflective"}, "setting"},
		"music for a first date":          {[]string{"romantic", "sensual", "warm"}, "setting"},
		"yoga music":                      {[]string{"calm", "peaceful", "reflective"}, "activity"},
		"yoga on the beach":               {[]string{"calm", "peaceful", "reflective"}, "activity"},
		"waiting for the bus in the rain": {[]string{"melancholic", "reflective", "calm"}, "setting"},
	} {
		r := ParseRules(msg)
		if got, of := DefaultMoods(r); !slices.Equal(got, want.moods) || of != want.of {
			t.Errorf("%q: default moods %v of the %s, want %v of the %s", msg, got, of, want.moods, want.of)
		}
		said := strings.Join(r.Understood, " · ")
		if !strings.Contains(said, " → "+strings.Join(want.moods, ", ")+" (default for the "+want.of+")") {
			t.Errorf("%q: understood %q, want the default moods shown", msg, said)
		}
		if len(r.Moods) > 0 {
			t.Errorf("%q: moods %v asked outright; a default is not asked", msg, r.Moods)
		}
	}
	if said := ParseRules("coffee shop vibes").Understood; !slices.Contains(said, "coffee shop → mellow, warm (default for the setting)") {
		t.Errorf("coffee shop vibes: understood %q, want “coffee shop → mellow, warm (default for the setting)”", said)
	}
	if said := ParseRules("music for a party").Understood; !slices.Contains(said, "party → happy (default for the activity)") {
		t.Errorf("music for a party: understood %q, want “party → happy (default for the activity)”", said)
	}
	for _, msg := range []string{
		"sad songs for the coffee shop",    // a mood
		"upbeat music for the coffee shop", // an energy
		"jazz for the coffee shop",         // a genre
		"coffee shop music but calmer",     // an energy change
		"nothing melancholic on a rainy day",
		"energetic yoga music",
		"pancakes", // an everyday word in passing (the kitchen)
	} {
		r := ParseRules(msg)
		if got, _ := DefaultMoods(r); got != nil {
			t.Errorf("%q: default moods %v, want none: the message says the character", msg, got)
		}
		if said := strings.Join(r.Understood, " · "); strings.Contains(said, "(default for the") {
			t.Errorf("%q: understood %q shows a default that gave way", msg, said)
		}
	}
}
