package cmd

import (
	"slices"
	"testing"
)

// TestRecommendReadsEveryWordOfThesePhrasings asks through the command
// line, on one demo library (Ambient by Halcyon Drift, Jazz by Marisol
// Quartet, Techno by Kiln Logic), with phrasings the reader has learned to
// read whole: no word is left not understood, what the message asks for
// is heard, and what it does not ask for is not. A new phrasing is a new
// row.
func TestRecommendReadsEveryWordOfThesePhrasings(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	for _, c := range []struct {
		msg        string
		heard      []string // each of these is heard
		heardOneOf []string // when not empty, one of these is heard
		notHeard   []string // none of these is heard
	}{
		// The tempo and the intensity said as levels, as a music
		// service's sliders put them: "speed low" is slow and "intensity
		// low" low energy, not the mood intense.
		{msg: "ambient, speed low, intensity low",
			heard:    []string{"genre ambient", "prefers ≤ 95 BPM (slow, beatless counts)", "energy 0.20"},
			notHeard: []string{"mood intense (from “intensity”)"}},
		// Words of degree and inflected grammar words ("super", "real",
		// "keeps", "gets") ask for nothing of their own; the words they
		// qualify are read.
		{msg: "super chill ambient that keeps going, real slow", heard: []string{"genre ambient", "mood chill"}},
		// A genre of the tree written as one word, which the demo
		// library answers from its ambient tracks.
		{msg: "some ambientdub", heardOneOf: []string{"genre ambient (from “ambientdub”)", "genre ambient dub"}},
		// Texting abbreviations: "rn" and "af" are conversation,
		// understood and asking nothing, and "hiit" is a workout.
		{msg: "hiit techno rn, loud af", heard: []string{"for working out (from “hiit”)", "genre techno"}},
		// "frosty" is the weather of winter.
		{msg: "ambient for a frosty morning", heard: []string{"setting snowy (from “frosty”)"}},
		// "warm-up" is the verb, so no warm mood is heard.
		{msg: "ambient for warm-up stretches", heard: []string{"genre ambient"}, notHeard: []string{"mood warm"}},
	} {
		r := recommendHeard(t, db, "-n", "3", c.msg)
		ok := len(r.NotUnderstood) == 0
		for _, h := range c.heard {
			ok = ok && slices.Contains(r.Heard, h)
		}
		for _, h := range c.notHeard {
			ok = ok && !slices.Contains(r.Heard, h)
		}
		if len(c.heardOneOf) > 0 {
			ok = ok && slices.ContainsFunc(c.heardOneOf, func(h string) bool { return slices.Contains(r.Heard, h) })
		}
		if !ok {
			t.Errorf("%q: heard %q, not understood %q; want heard %q (or one of %q), not %q",
				c.msg, r.Heard, r.NotUnderstood, c.heard, c.heardOneOf, c.notHeard)
		}
	}
}
