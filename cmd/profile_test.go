package cmd

import (
	"strings"
	"testing"
)

// TestProfileCountsTheTracksRatedFour: the profile's count of what a
// liked genre or artist rests on counts a track rated 4 as a 5 is
// counted; it said "You like jazz (1 loved)" of two jazz tracks rated 5
// and 4.
func TestProfileCountsTheTracksRatedFour(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	jazz := lsIDs(t, db, "genre:jazz")
	if len(jazz) != 2 {
		t.Fatalf("the library has %d jazz tracks, want 2", len(jazz))
	}
	for i, stars := range []string{"5", "4"} {
		if code, out, errOut := run(t, db, "rate", jazz[i], stars); code != 0 {
			t.Fatalf("rate %s %s: %d %s %s", jazz[i], stars, code, out, errOut)
		}
	}
	code, out, errOut := run(t, db, "profile")
	if code != 0 || !strings.Contains(out, "You like jazz (2 liked)") || !strings.Contains(out, "Marisol Quartet (2 liked)") {
		t.Errorf("profile after rating two jazz tracks 5 and 4: %d\n%s%s", code, out, errOut)
	}
}
