package models

import (
	"slices"
	"testing"
)

// TestDimensionWithItsLevel reads a dimension of the sound said with its
// level, either way round and with or without a colon, as the tempo or
// energy it asks for; "intensity" said with a level is the energy, not the
// mood intense, and "high pace" is fast, not a walking pace.
func TestDimensionWithItsLevel(t *testing.T) {
	for _, tc := range []struct {
		msg                  string
		preferMin, preferMax int
		energy               float64
	}{
		{"jazz, speed low, intensity low", 0, 95, 0.2},
		{"tempo high, energy high", 125, 0, 0.9},
		{"speed: medium", 90, 120, -1},
		{"high pace rock", 125, 0, -1},
		{"low volume ambient", 0, 0, 0.2},
		{"intensity medium", 0, 0, 0.5},
		{"moderate intensity, low tempo", 0, 95, 0.5},
		// A dimension with its own level or number before it leaves the
		// level after it to the next dimension.
		{"120 bpm high energy", 118, 122, 0.9},
		{"90 bpm low energy rock", 88, 92, 0.2},
		{"slow tempo low energy", 0, 95, 0.2},
		{"speed low intensity high", 0, 95, 0.9},
		// "mid" is as short as the dimension beside it.
		{"energy mid", 0, 0, 0.5},
		{"volume: mid", 0, 0, 0.5},
		{"pace mid", 90, 120, -1},
		{"mid pace rock", 90, 120, -1},
		// Without a comma between them, a level belongs to the dimension
		// it is read with first, from the left.
		{"high energy low tempo", 0, 95, 0.9},
		{"low tempo high energy", 0, 95, 0.9},
		{"energy low tempo high", 125, 0, 0.2},
		{"high-energy low-tempo", 0, 95, 0.9},
	} {
		r := ParseRulesWith(tc.msg, testLexicon())
		e := -1.0
		if r.Energy != nil {
			e = *r.Energy
		}
		if r.PreferTempoMin != tc.preferMin || r.PreferTempoMax != tc.preferMax || e != tc.energy || len(r.Moods) > 0 || r.Activity != "" || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: prefers %d–%d BPM, energy %v, moods %q, activity %q, not understood %q", tc.msg, r.PreferTempoMin, r.PreferTempoMax, e, r.Moods, r.Activity, r.NotUnderstood)
		}
	}
	// A level beside a word that is no dimension is not rewritten.
	if r := ParseRulesWith("a high school party", testLexicon()); r.Energy != nil || r.PreferTempoMin > 0 {
		t.Errorf("a high school party: energy %v, prefers ≥ %d BPM", r.Energy, r.PreferTempoMin)
	}
}

// TestGenreNamesWrittenClosedUp reads a genre's name of several words
// written as one ("bossanova", "drumandbass", "triphop") as the genre, and
// leaves alone a closed form that is an English word.
func TestGenreNamesWrittenClosedUp(t *testing.T) {
	for msg, want := range map[string]string{"bossanova": "bossa nova", "some drumandbass": "drum and bass", "triphop please": "trip hop", "bluesrock": "blues rock"} {
		r := ParseRules(msg)
		if len(r.Genres) == 0 || r.Genres[0] != want || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: genres %q, not understood %q", msg, r.Genres, r.NotUnderstood)
		}
	}
	// "housework" is a word, not "house work".
	if r := ParseRules("music for housework"); len(r.Genres) > 0 {
		t.Errorf("housework: genres %q", r.Genres)
	}
}

// TestTextingAbbreviations reads the texting abbreviations the idioms
// cite: conversation ("rn", "lol", "af", "idgaf") asks for nothing and is
// understood; "tbt" is a throwback and "hiit" a workout.
func TestTextingAbbreviations(t *testing.T) {
	for _, msg := range []string{"jazz rn", "some jazz lol", "chill af jazz", "idgaf, just play jazz"} {
		r := ParseRulesWith(msg, testLexicon())
		if len(r.NotUnderstood) > 0 || len(r.Genres) == 0 || r.Genres[0] != "jazz" {
			t.Errorf("%q: genres %q, not understood %q", msg, r.Genres, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("tbt rock", testLexicon()); len(r.Moods) == 0 || r.Moods[0] != "nostalgic" || r.PreferYearMax == 0 {
		t.Errorf("tbt rock: moods %q, prefers years up to %d", r.Moods, r.PreferYearMax)
	}
	if r := ParseRulesWith("hiit playlist", testLexicon()); r.Activity != "working out" || r.Energy == nil || *r.Energy < 0.8 {
		t.Errorf("hiit playlist: activity %q, energy %v", r.Activity, r.Energy)
	}
}

// TestWeatherOfTemperature reads the satellites of WordNet's cold and hot
// as the weather of winter and summer ("frosty", "icy", "sweltering",
// "scorching"), and leaves out the ones that say more than the weather
// ("a fiery solo", "a glacial pace").
func TestWeatherOfTemperature(t *testing.T) {
	for msg, want := range map[string]string{"frosty morning jazz": "snowy", "an icy night": "snowy", "a sweltering afternoon": "sunny", "scorching days": "sunny"} {
		if r := ParseRulesWith(msg, testLexicon()); r.Setting != want || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: setting %q, not understood %q", msg, r.Setting, r.NotUnderstood)
		}
	}
	for _, msg := range []string{"a fiery guitar solo", "a glacial pace"} {
		if r := ParseRulesWith(msg, testLexicon()); r.Setting != "" {
			t.Errorf("%q: setting %q", msg, r.Setting)
		}
	}
}

// TestMoodWordsThatStartAVerb reads a mood word that starts one of
// WordNet's verbs of several words whose sense keeps no mood ("warm up",
// "warm-up", "warm to") as the verb, asking for no warm music; one whose
// sense keeps a mood ("chill out") and the mood word alone are still read.
func TestMoodWordsThatStartAVerb(t *testing.T) {
	for _, msg := range []string{"slow songs for warm-up stretches", "songs to warm up to", "i never warm to jazz"} {
		r := ParseRulesWith(msg, testLexicon())
		if slices.Contains(r.Moods, "warm") || slices.Contains(r.ExcludeMoods, "warm") || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: moods %q, excluded %q, not understood %q", msg, r.Moods, r.ExcludeMoods, r.NotUnderstood)
		}
	}
	// The verb's words are not parted by punctuation, and its last word
	// does not start a compound ("up-tempo").
	for _, msg := range []string{"warm jazz", "warm up-tempo jazz", "something warm, up tempo", "warm. up next: jazz"} {
		if r := ParseRulesWith(msg, testLexicon()); !slices.Contains(r.Moods, "warm") {
			t.Errorf("%q: moods %q", msg, r.Moods)
		}
	}
}

// TestTheNounsOfTenseAndEnergetic checks that tension is the mood tense
// (unless it is to be relieved), that pep and oomph are energetic, and
// that "more pep" asks for more energy than before as "more energy" does.
func TestTheNounsOfTenseAndEnergetic(t *testing.T) {
	lex := testLexicon()
	if r := ParseRulesWith("tension. puts pressure on the scene", lex); !slices.Contains(r.Moods, "tense") {
		t.Errorf("tension: moods %q; want tense", r.Moods)
	}
	if r := ParseRulesWith("something to relieve the tension", lex); slices.Contains(r.Moods, "tense") || !slices.Contains(r.Moods, "calm") {
		t.Errorf("relieve the tension: moods %q; want calm, not tense", r.Moods)
	}
	for _, msg := range []string{"give me some pep", "some extra oomph for the workshop"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Moods, "energetic") {
			t.Errorf("%q: moods %q; want energetic", msg, r.Moods)
		}
	}
	if r := ParseRulesWith("like that but with a bit more pep", lex); r.EnergyShift <= 0 || slices.Contains(r.Moods, "energetic") {
		t.Errorf("more pep: energy shift %v, moods %q; want more energy than before, no mood", r.EnergyShift, r.Moods)
	}
}

// TestPoundingIsHeavy checks that a pounding or thumping beat asks for the
// energy of "heavy", and that refusing one refuses it.
func TestPoundingIsHeavy(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"heart-pounding music before a big race", "industrial, pounding and dark"} {
		if r := ParseRulesWith(msg, lex); r.Energy == nil || *r.Energy < 0.8 || slices.Contains(r.NotUnderstood, "pounding") {
			t.Errorf("%q: energy %v, not understood %q; want heavy", msg, r.Energy, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("something gentle, no pounding drums", lex); r.Energy != nil && *r.Energy > 0.5 {
		t.Errorf("no pounding drums: energy %v; want no more than 0.5", *r.Energy)
	}
}

// TestEnergyAndVolumeRaisedOrLowered reads the energy or the volume said
// to go up or down, as a comparative level or a verb with its particle,
// as "more energy" and "calmer" are read, with the noun "level" after a
// dimension accounted for; "energy" in them is not the mood energetic.
func TestEnergyAndVolumeRaisedOrLowered(t *testing.T) {
	for _, tc := range []struct {
		msg   string
		shift int
	}{
		{"mellow dinner music at a lower energy level", -1},
		{"lower energy please", -1},
		{"lower the volume", -1},
		{"turn the volume down a bit", -1},
		{"bring the energy down", -1},
		{"volume down", -1},
		{"less volume", -1},
		{"higher energy levels", 1},
		{"spring cleaning, windows open, volume up", 1},
		{"crank it up, i'm paddling by myself", 1},
		{"rock to crank up after a shift", 1},
	} {
		r := ParseRulesWith(tc.msg, testLexicon())
		if sign(r.EnergyShift) != tc.shift || slices.Contains(r.Moods, "energetic") || slices.ContainsFunc(r.NotUnderstood, func(w string) bool {
			return w == "level" || w == "levels" || w == "volume" || w == "lower" || w == "higher" || w == "crank" || w == "turn"
		}) {
			t.Errorf("%q: energy shift %d, moods %q, not understood %q; want shift %d", tc.msg, r.EnergyShift, r.Moods, r.NotUnderstood, tc.shift)
		}
	}
	// The level of a dimension is read with "level" after the dimension.
	for msg, want := range map[string]float64{"low energy levels": 0.2, "keep energy levels high": 0.9, "a mid energy level": 0.5} {
		if r := ParseRulesWith(msg, testLexicon()); r.Energy == nil || *r.Energy != want || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: energy %v, not understood %q; want %v", msg, r.Energy, r.NotUnderstood, want)
		}
	}
	// "pump up the volume" stays the idiom "pump up", a high energy.
	if r := ParseRulesWith("pump up the volume", testLexicon()); r.EnergyShift != 0 || r.Energy == nil || *r.Energy < 0.7 {
		t.Errorf("pump up the volume: energy shift %d, energy %v", r.EnergyShift, r.Energy)
	}
}
