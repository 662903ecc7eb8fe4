package ui

import (
	"strings"
	"testing"

	"sleeve/ui/results"
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

// TestUntaggedTrackReadsPlainly checks a track without an artist tag in
// the detail pane ("(unknown artist) — Album", not "— — Album") and in the
// Picks list (its title alone, not "Title · ").
func TestUntaggedTrackReadsPlainly(t *testing.T) {
	tracks := fixtureTracks(3)
	for i := range tracks {
		tracks[i].Tags.Artist, tracks[i].Tags.AlbumArtist = "", ""
	}
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{Feedback: eng, Recommender: eng}, 120, 36)
	if screen := screenText(m); !strings.Contains(screen, " 3 tracks · Ollama") {
		t.Errorf("the status bar counts artists of untagged files:\n%s", screen)
	}
	press(t, m, "v") // the flat list: the detail pane shows the first track
	screen := screenText(m)
	if !strings.Contains(screen, "(unknown artist) — "+tracks[0].Tags.Album) || strings.Contains(screen, "— — ") {
		t.Errorf("detail of an untagged track:\n%s", screen)
	}
	m.setFocus(paneChat)
	_, cmd := m.chat.Say("anything")
	settle(t, m, cmd)
	m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: tracks[0].ID, Title: "Loose End"}}})
	if screen := screenText(m); !strings.Contains(screen, "1. Loose End ") || strings.Contains(screen, "Loose End ·") {
		t.Errorf("an untagged pick:\n%s", screen)
	}
}

// TestUntaggedRowsSpendNoRoomOnUnknown checks that the flat list, the Queue
// pane and the now-playing line show an untagged file by its title alone,
// rather than spending each row on "· (unknown)" at 80 columns.
func TestUntaggedRowsSpendNoRoomOnUnknown(t *testing.T) {
	tracks := fixtureTracks(4)
	for i := range tracks {
		tracks[i].Tags.Artist, tracks[i].Tags.AlbumArtist = "", ""
	}
	p := &fakePlayer{}
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{Player: p}, 80, 24)
	press(t, m, "v", "a")
	if len(p.queue) != 1 {
		t.Fatalf("a queued %d tracks, want 1", len(p.queue))
	}
	m.setFocus(paneQueue)
	screen := screenText(m)
	if strings.Contains(screen, "(unknown)") {
		t.Errorf("untagged rows spend room on (unknown):\n%s", screen)
	}
	if np := nowPlayingOnScreen(m); !strings.Contains(np, p.queue[0].Title) || strings.Contains(np, " — ") {
		t.Errorf("now playing %q", np)
	}
}

// TestExcludingAnUntaggedArtistSaysWhy checks x on a pick without an artist
// tag: it says there is no artist to leave out, rather than "Choose a track
// first" while a track is chosen, and asks nothing.
func TestExcludingAnUntaggedArtistSaysWhy(t *testing.T) {
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(3)}, Deps{Feedback: eng, Recommender: eng}, 100, 30)
	m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: 2, Title: "Loose End"}}})
	m.setFocus(paneResults)
	press(t, m, "x")
	if msg := m.status.Message(); !strings.Contains(msg, "no artist tag") || len(eng.asked) != 0 {
		t.Errorf("x on an untagged pick: status %q, asked %v", msg, eng.asked)
	}
}

// TestGenreViewWithoutGenreTagsSaysWhy checks y in a library whose files
// carry no genre: the pane says so and how to add one, not "No tracks."
// over a library of tracks.
func TestGenreViewWithoutGenreTagsSaysWhy(t *testing.T) {
	tracks := fixtureTracks(4)
	for i := range tracks {
		tracks[i].Tags.Genres = nil
	}
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{}, 120, 36)
	press(t, m, "y")
	flat := strings.Join(strings.Fields(strings.ReplaceAll(screenText(m), "│", " ")), " ")
	if strings.Contains(flat, "No tracks.") || !strings.Contains(flat, "No track has a genre tag. c in a track's detail gives it genres") {
		t.Errorf("genre view without genres:\n%s", screenText(m))
	}
}
