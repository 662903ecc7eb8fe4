package cmd

import (
	"fmt"
	"strings"
	"testing"
)

// TestCalmerThanALoudTrackIsSaidOfItsPicks asks a demo library (Ambient
// by Halcyon Drift, Jazz by Marisol Quartet, Techno by Kiln Logic) for
// "like Slag Heap Cathedral but calmer", a loud techno track (energy about
// 0.9): the energy asked for is then moderate, and a pick said "fits
// moderate energy" when near it and nothing of its energy when well
// below it (the quiet jazz picked here), though it is calmer. A pick that
// makes the change now says so, with where it was measured from.
func TestCalmerThanALoudTrackIsSaidOfItsPicks(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	r := recommend(t, db, "-n", "5", "like Slag Heap Cathedral but calmer")
	calmer := 0
	for _, x := range r.Results {
		reasons := fmt.Sprint(x["reasons"])
		if strings.Contains(reasons, "fits moderate energy") {
			t.Errorf("%v: reasons %s quote the level, not the change asked for", x["title"], reasons)
		}
		if strings.Contains(reasons, "fits 'calmer' (from ") {
			calmer++
		}
	}
	if calmer == 0 {
		t.Errorf("%d of %d picks said to fit 'calmer': %v", calmer, len(r.Results), r.Results)
	}
}
