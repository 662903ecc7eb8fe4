package cmd

import "testing"

// TestRecommendRefusalVerbs asks the demo library (Ambient by Halcyon
// Drift, Jazz by Marisol Quartet, Techno by Kiln Logic) with the issue's
// refusals the reader once read as requests: WordNet's verbs of leaving
// out or turning down, in any form ("exclude", "nixed").
func TestRecommendRefusalVerbs(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	for _, c := range []heardRow{
		{msg: "play random but exclude jazz, I want to discover new songs", heard: "not genre jazz", refused: "Marisol Quartet", unread: true},
		{msg: "nixed the techno station since the baby came, just ambient in the car", heard: "not genre techno", refused: "Kiln Logic", unread: true},
	} {
		c.check(t, db)
	}
}
