package ui

import (
	"strings"
	"testing"
)

// TestStatusCountsReadAsEnglish checks the library summary in the status
// bar: one artist is "1 artist", not "1 artists".
func TestStatusCountsReadAsEnglish(t *testing.T) {
	tracks := fixtureTracks(3)
	for i := range tracks {
		tracks[i].Tags.Artist, tracks[i].Tags.AlbumArtist = "Basalt", "Basalt"
	}
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{}, 120, 36)
	screen := screenText(m)
	if !strings.Contains(screen, "3 tracks · 1 artist") || strings.Contains(screen, "1 artists") {
		t.Fatalf("status bar for 3 tracks by one artist:\n%s", screen)
	}
}
