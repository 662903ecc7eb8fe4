package models

import (
	"slices"
	"testing"
)

// TestQuestionsThatAreNotRequests reads a question about what music is
// ("is edm the new classical music?") as conversation: its predicate is
// neither asked nor refused, while its subject and the request that
// follows are read; a rhetorical "who says X can't be Y?" refuses
// nothing. Questions that are requests are read as before.
func TestQuestionsThatAreNotRequests(t *testing.T) {
	lex := testLexicon()
	r := ParseRulesWith("is edm the new classical music? play me some", lex)
	if slices.Contains(r.Genres, "classical") || slices.Contains(r.Genres, "classical music") || !slices.Contains(r.Genres, "edm") ||
		!slices.Contains(r.Understood, "“the new classical music” is asked about, not for") {
		t.Errorf("is edm the new classical music: genres %q, understood %q", r.Genres, r.Understood)
	}
	r = ParseRulesWith("is this a daytime party or a sunset slow jam? sunset slow jam", lex)
	if r.Activity == "party" {
		t.Errorf("is this a party or a slow jam: activity %q, understood %q", r.Activity, r.Understood)
	}
	r = ParseRulesWith("who says rock can't be relaxing? mellow guitar to wind down", lex)
	if !slices.Contains(r.Genres, "rock") || slices.Contains(r.ExcludeMoods, "calm") {
		t.Errorf("who says rock can't be relaxing: genres %q, excluded moods %q", r.Genres, r.ExcludeMoods)
	}
	for _, msg := range []string{"can you play some jazz?", "got any jazz?", "is there any jazz?", "do you have any jazz?", "is jazz good for studying?"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Genres, "jazz") {
			t.Errorf("%q: genres %q", msg, r.Genres)
		}
	}
}
