package cmd

import (
	"slices"
	"testing"
)

// TestRecommendReadsADimensionWithItsLevel asks through the command line
// with the tempo and the intensity said as levels, as a music service's
// sliders put them: "speed low" is slow and "intensity low" low energy,
// and neither is left unread or read as the mood intense.
func TestRecommendReadsADimensionWithItsLevel(t *testing.T) {
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "ambient, speed low, intensity low")
	for _, h := range []string{"genre ambient", "prefers ≤ 95 BPM (slow, beatless counts)", "energy 0.20"} {
		if !slices.Contains(r.Heard, h) {
			t.Errorf("speed low, intensity low: heard %q, lacks %q", r.Heard, h)
		}
	}
	if len(r.NotUnderstood) != 0 || slices.Contains(r.Heard, "mood intense (from “intensity”)") {
		t.Errorf("speed low, intensity low: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}

// TestRecommendReadsWordsOfDegreeAndGrammarForms asks through the command
// line with words of degree and inflected grammar words ("super", "real",
// "keeps", "gets"): they ask for nothing of their own, so the command does
// not list them as not understood, and reads the words they qualify.
func TestRecommendReadsWordsOfDegreeAndGrammarForms(t *testing.T) {
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "super chill ambient that keeps going, real slow")
	if len(r.NotUnderstood) != 0 || !slices.Contains(r.Heard, "genre ambient") || !slices.Contains(r.Heard, "mood chill") {
		t.Errorf("super chill ambient: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}

// TestRecommendReadsAGenreNameWrittenClosedUp asks through the command
// line for "ambientdub", a genre of the tree written as one word, which
// the demo library answers from its ambient tracks.
func TestRecommendReadsAGenreNameWrittenClosedUp(t *testing.T) {
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "some ambientdub")
	if len(r.NotUnderstood) != 0 || !slices.ContainsFunc(r.Heard, func(h string) bool { return h == "genre ambient (from “ambientdub”)" || h == "genre ambient dub" }) {
		t.Errorf("ambientdub: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}

// TestRecommendReadsTextingAbbreviations asks through the command line
// with texting abbreviations: "rn" and "af" are conversation, understood
// and asking nothing, and "hiit" is a workout.
func TestRecommendReadsTextingAbbreviations(t *testing.T) {
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "hiit techno rn, loud af")
	if len(r.NotUnderstood) != 0 || !slices.Contains(r.Heard, "for working out (from “hiit”)") || !slices.Contains(r.Heard, "genre techno") {
		t.Errorf("hiit techno rn: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}

// TestRecommendReadsTheWeatherOfTemperature asks through the command line
// for music for a frosty morning: "frosty" is the weather of winter, read
// and said.
func TestRecommendReadsTheWeatherOfTemperature(t *testing.T) {
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "ambient for a frosty morning")
	if len(r.NotUnderstood) != 0 || !slices.Contains(r.Heard, "setting snowy (from “frosty”)") {
		t.Errorf("frosty morning: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}

// TestRecommendReadsAMoodWordThatStartsAVerb asks through the command
// line for music for warm-up stretches: "warm-up" is the verb, so no warm
// mood is heard.
func TestRecommendReadsAMoodWordThatStartsAVerb(t *testing.T) {
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "ambient for warm-up stretches")
	if len(r.NotUnderstood) != 0 || slices.Contains(r.Heard, "mood warm") || !slices.Contains(r.Heard, "genre ambient") {
		t.Errorf("warm-up stretches: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}
