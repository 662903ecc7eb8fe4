package ui

import (
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"sleeve/ui/results"
)

// TestHiddenCharactersAreNeutralised lists tracks whose tags carry a
// right-to-left override, isolates, zero-width characters and an escape:
// none reaches the screen, every line keeps the screen's width, and the
// visible words are still there.
func TestHiddenCharactersAreNeutralised(t *testing.T) {
	tracks := fixtureTracks(10)
	tracks[0].Tags.Title = "Evil\u202e3pm.exe\u202c Title"
	tracks[0].Tags.Artist = "\u2067Aurora\u2069 Lane\u200b"
	tracks[0].Tags.AlbumArtist = tracks[0].Tags.Artist
	tracks[0].Tags.Album = "Al\u200fbum\x1b[2J"
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{}, 100, 30)
	check := func(where string) {
		t.Helper()
		view := m.View().Content
		if i := strings.IndexFunc(view, func(r rune) bool { return unicode.Is(unicode.Cf, r) }); i >= 0 {
			t.Errorf("%s: a format character reaches the screen at byte %d", where, i)
		}
		for i, line := range strings.Split(ansi.Strip(view), "\n") {
			if w := ansi.StringWidth(line); w != 100 {
				t.Errorf("%s: line %d is %d cells wide, want 100: %q", where, i, w, line)
			}
			if strings.Contains(line, "[2J") && !strings.Contains(line, "\uFFFD[2J") {
				t.Errorf("%s: a raw escape in line %d: %q", where, i, line)
			}
		}
	}
	check("artists")
	if !strings.Contains(screenText(m), "Aurora Lane") {
		t.Errorf("the artist's name is not shown:\n%s", screenText(m))
	}
	press(t, m, "l", "l")
	check("tracks")
	if !strings.Contains(screenText(m), "Evil3pm.exe Title") {
		t.Errorf("the title is not shown:\n%s", screenText(m))
	}
	m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: 1, Title: tracks[0].Tags.Title, Artist: tracks[0].Tags.Artist, Reason: "because\u202e it is"}}})
	check("picks")
}
