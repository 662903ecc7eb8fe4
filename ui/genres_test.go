package ui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"sleeve/app"
)

// recordingOverviews answers every overview with a sentence naming the
// group, and records what was asked for.
type recordingOverviews struct {
	mu    sync.Mutex
	asked []string
}

func (r *recordingOverviews) Overview(_ context.Context, kind, name, artist string) (string, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.asked = append(r.asked, kind+"/"+name+"/"+artist)
	return fmt.Sprintf("The %s %s moves at a walking pace.", kind, name), false, nil
}

func (r *recordingOverviews) last() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.asked) == 0 {
		return ""
	}
	return r.asked[len(r.asked)-1]
}

// TestGenreViewListsOpensAndShowsOverviews: y lists the genres with their
// track counts (a track with two genres counts under both; genres that
// differ only in letter case are one), a highlighted genre shows its
// summary and asks for its overview as kind "genre", → opens its tracks,
// ← goes back to it, and y again shows the artists (issue 16).
func TestGenreViewListsOpensAndShowsOverviews(t *testing.T) {
	tracks := fixtureTracks(20)
	first, last := &tracks[0], &tracks[len(tracks)-1]
	first.Tags.Genres = append(first.Tags.Genres, "Dub")
	last.Tags.Genres = append(last.Tags.Genres, "Dub", "dub ")
	tracks[5].Tags.Genres = []string{"jazz"}
	want := map[string]int{}
	for _, tr := range tracks {
		seen := map[string]bool{}
		for _, g := range tr.Tags.Genres {
			if g = strings.ToLower(strings.TrimSpace(g)); !seen[g] {
				seen[g] = true
				want[g]++
			}
		}
	}
	eng := &fakeEngine{}
	ov := &recordingOverviews{}
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{Feedback: eng, Recommender: eng, Overviews: ov}, 160, 48)
	if ov.last() != "artist/"+tracks[0].Tags.Artist+"/" {
		t.Fatalf("first screen asked for %q, want the first artist's overview", ov.last())
	}

	press(t, m, "y")
	if !m.browser.ByGenre() {
		t.Fatal("y did not show the genres")
	}
	got := m.browser.Genres()
	if len(got) != len(want) {
		t.Fatalf("genres %v, want %v", got, want)
	}
	for i, g := range got {
		if want[strings.ToLower(g.Name)] != g.Count {
			t.Errorf("%s: %d tracks, want %d", g.Name, g.Count, want[strings.ToLower(g.Name)])
		}
		if i > 0 && strings.ToLower(got[i-1].Name) >= strings.ToLower(g.Name) {
			t.Errorf("genres out of order: %v", got)
		}
	}
	if got[1].Name != "Dub" || got[1].Count != 2 {
		t.Fatalf("second genre %+v, want Dub with 2 tracks", got[1])
	}
	screen := screenText(m)
	if !strings.Contains(screen, "Genres (6)") || ov.last() != "genre/Ambient/" ||
		!strings.Contains(screen, "The genre Ambient moves at a walking pace.") {
		t.Fatalf("asked for %q; screen:\n%s", ov.last(), screen)
	}

	press(t, m, "down")
	screen = screenText(m)
	if ov.last() != "genre/Dub/" || !strings.Contains(screen, "The genre Dub moves") ||
		!strings.Contains(screen, "2 tracks · 2 artists") || !strings.Contains(screen, "│Genre ") || !strings.Contains(screen, first.Tags.Artist+" · 1 track") {
		t.Fatalf("asked for %q; screen:\n%s", ov.last(), screen)
	}
	if ids, what := m.browser.QueueSelection(); len(ids) != 2 || what != "2 tracks of Dub" {
		t.Fatalf("queue selection %v %q", ids, what)
	}

	press(t, m, "right")
	if m.browser.Len() != 2 || !strings.Contains(screenText(m), "Genre › Dub (2)") {
		t.Fatalf("opened Dub: %d tracks listed:\n%s", m.browser.Len(), screenText(m))
	}
	ids := map[app.TrackID]bool{}
	for _, id := range m.browser.SelectedIDs() {
		ids[id] = true
	}
	if !ids[first.ID] || !ids[last.ID] {
		t.Fatalf("Dub lists %v, want tracks %d and %d", ids, first.ID, last.ID)
	}
	if r, ok := m.browser.Selected(); !ok || !ids[r.ID] {
		t.Fatal("no track of Dub under the cursor")
	}

	press(t, m, "left")
	if kind, name, _, ok := m.browser.Group(); !ok || kind != "genre" || name != "Dub" {
		t.Fatalf("back on %s %q, want the genre Dub", kind, name)
	}
	press(t, m, "y")
	if kind, _, _, ok := m.browser.Group(); m.browser.ByGenre() || !ok || kind != "artist" {
		t.Fatalf("y again: by genre %v, on a %s", m.browser.ByGenre(), kind)
	}
}

// TestGenreViewFollowsTheFilter: the genres count only the tracks that
// match the filter.
func TestGenreViewFollowsTheFilter(t *testing.T) {
	tracks := fixtureTracks(20)
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{Feedback: eng, Recommender: eng}, 160, 48)
	press(t, m, "y", "/", "g", "e", "n", "r", "e", ":", "j", "a", "z", "z", "enter")
	got := m.browser.Genres()
	if len(got) != 1 || got[0].Name != "Jazz" || got[0].Count != 4 {
		t.Fatalf("genres under genre:jazz: %+v", got)
	}
}
