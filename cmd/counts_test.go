package cmd

import (
	"fmt"
	"slices"
	"testing"
)

// TestRecommendCountsInEveryPhrasing asks the demo library (Ambient by
// Halcyon Drift, Jazz by Marisol Quartet, Techno by Kiln Logic) for a
// number of tracks said as the requests said it, which the reader
// once left unread: before a coordination of two kinds, as "a half
// dozen", and in a follow-up that counts what was just asked for.
func TestRecommendCountsInEveryPhrasing(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	for _, c := range []struct {
		msg   string
		count int
	}{
		{"a list of 3 jazz and techno tunes", 3},
		{"about a half dozen songs for the couples", 6},
	} {
		r := recommendHeard(t, db, c.msg)
		if !slices.Contains(r.Heard, countHeard(c.count)) || len(r.Results) != c.count {
			t.Errorf("%q: heard %q, %d picks, want %d", c.msg, r.Heard, len(r.Results), c.count)
		}
	}
	first := recommendHeard(t, db, "some jazz and ambient")
	r := recommendHeard(t, db, "--session", first.Session, "just two of them")
	if !slices.Contains(r.Heard, countHeard(2)) || len(r.Results) != 2 {
		t.Errorf("just two of them: heard %q, %d picks, want 2", r.Heard, len(r.Results))
	}
}

// countHeard is how a reading says a number of tracks.
func countHeard(n int) string { return fmt.Sprintf("%d tracks", n) }
