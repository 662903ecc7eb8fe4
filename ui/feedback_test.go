package ui

import (
	"context"
	"strings"
	"testing"

	"sleeve/app"
	"sleeve/ui/results"
)

// fakeEngine records feedback and requests with their sessions, and
// answers every request with fixed picks in session "s1".
type fakeEngine struct {
	feedback []string
	asked    []string
}

func (f *fakeEngine) Feedback(_ context.Context, session string, id app.TrackID, kind string, stars int) error {
	f.feedback = append(f.feedback, session+":"+kind+":"+itoa(int(id))+":"+itoa(stars))
	return nil
}

func (f *fakeEngine) Recommend(_ context.Context, text, session string) (Reply, error) {
	f.asked = append(f.asked, session+":"+text)
	return Reply{Session: "s1", Text: "ok", Picks: []results.Pick{{TrackID: 4, Title: "Other", Artist: "B"}}}, nil
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestRatingAPickStoresItAndKeepsTheList: a rating and a skip are stored
// in the chat's session, and the picks keep their order and numbers, so
// that "the second one" still means the same track; nothing is asked
// again until the person asks (issue 14, bug 5).
func TestRatingAPickStoresItAndKeepsTheList(t *testing.T) {
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Feedback: eng, Recommender: eng}, 100, 30)
	m.setFocus(paneChat)
	_, cmd := m.chat.Say("slow and warm")
	settle(t, m, cmd)
	two := []results.Pick{{TrackID: 3, Title: "Blue", Artist: "Basalt"}, {TrackID: 5, Title: "Green", Artist: "Cedar"}}
	m.Update(results.PicksMsg{Picks: two})
	m.setFocus(paneResults)

	press(t, m, "2")
	if len(eng.feedback) != 1 || eng.feedback[0] != "s1:rate:3:2" {
		t.Fatalf("feedback %v, want the selected pick rated 2 in session s1", eng.feedback)
	}
	if len(eng.asked) != 1 {
		t.Fatalf("requests %v: a rating must not ask again", eng.asked)
	}
	press(t, m, "j", "s")
	if eng.feedback[len(eng.feedback)-1] != "s1:skip:5:0" {
		t.Fatalf("skip not stored on the second pick: %v", eng.feedback)
	}
	if got := m.results.Picks(); len(got) != 2 || got[0].TrackID != 3 || got[1].TrackID != 5 || m.results.Cursor() != 1 {
		t.Fatalf("the picks moved after feedback: %+v, cursor %d", got, m.results.Cursor())
	}
	if !strings.Contains(screenText(m), "the next request takes it into account") {
		t.Errorf("the status does not say when the rating shows:\n%s", screenText(m))
	}
	// The Picks list shows the rating at once, as the library does.
	if sc := screenText(m); !strings.Contains(sc, "1. Blue · Basalt  ★2") || strings.Contains(sc, "Green · Cedar  ★") {
		t.Errorf("the picks do not show the rating:\n%s", sc)
	}
	// Asking again is the person's choice, and then the list changes.
	m.setFocus(paneChat)
	press(t, m, "c", "a", "l", "m", "e", "r", "enter")
	if len(eng.asked) != 2 || eng.asked[1] != "s1:calmer" {
		t.Fatalf("requests %v", eng.asked)
	}
	if p, _ := m.results.Selected(); p.TrackID != 4 {
		t.Fatalf("the picks were not replaced by the new request: %+v", m.results.Picks())
	}
}

// TestNewConversation: n in the Picks pane forgets the session and the
// transcript, so the next request starts a new conversation.
func TestNewConversation(t *testing.T) {
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Feedback: eng, Recommender: eng}, 100, 30)
	m.setFocus(paneChat)
	press(t, m, "a", "enter")
	m.setFocus(paneResults)
	press(t, m, "n")
	if m.chat.Session() != "" || len(m.chat.Transcript()) != 0 || len(m.results.Picks()) != 0 {
		t.Fatalf("after n: session %q, transcript %v, picks %v", m.chat.Session(), m.chat.Transcript(), m.results.Picks())
	}
	if m.focus != paneResults {
		t.Errorf("n moved the focus to %v", m.focus)
	}
	m.setFocus(paneChat)
	press(t, m, "b", "enter")
	if len(eng.asked) != 2 || eng.asked[1] != ":b" {
		t.Fatalf("requests %v: the one after n must carry no session", eng.asked)
	}
}

// TestExcludeKeepsFocusOnPicks: x on a pick asks to leave its artist out,
// and the keyboard stays on the picks, where j and k still move (issue
// 14, bug 4).
func TestExcludeKeepsFocusOnPicks(t *testing.T) {
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Feedback: eng, Recommender: eng}, 100, 30)
	m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: 3, Title: "Blue", Artist: "Basalt"}}})
	m.setFocus(paneResults)
	press(t, m, "x")
	if len(eng.asked) != 1 || eng.asked[0] != ":nothing by Basalt" {
		t.Fatalf("requests %v", eng.asked)
	}
	if m.focus != paneResults {
		t.Fatalf("focus moved to %v after x", m.focus)
	}
	m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: 4, Title: "A"}, {TrackID: 5, Title: "B"}}})
	press(t, m, "j")
	if m.results.Cursor() != 1 {
		t.Fatalf("j did not move through the picks after x: cursor %d", m.results.Cursor())
	}
}

// countingProfile counts how often the taste pane reads the profile, and
// whether it was reset.
type countingProfile struct {
	describes, resets int
}

func (p *countingProfile) Describe(context.Context) ([]string, error) {
	p.describes++
	return []string{"Artists you come back to: Basalt (" + itoa(p.describes) + ")"}, nil
}

func (p *countingProfile) Reset(context.Context) error { p.resets++; return nil }

// TestTasteFollowsFeedbackAndResetAsks: the Taste pane reads the profile
// again after each rating, skip, "more like this" and exclusion; R first
// says what a reset forgets, and only a second R resets (issue 14, bug 3).
func TestTasteFollowsFeedbackAndResetAsks(t *testing.T) {
	eng, prof := &fakeEngine{}, &countingProfile{}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Feedback: eng, Recommender: eng, Taste: prof}, 100, 30)
	m.setFocus(paneChat)
	press(t, m, "a", "enter")
	m.setFocus(paneResults)
	for _, k := range []string{"4", "s", "m", "x"} {
		before := prof.describes
		press(t, m, k)
		if prof.describes == before {
			t.Errorf("the Taste pane was not read again after %s", k)
		}
	}
	m.setFocus(paneTaste)
	if !strings.Contains(screenText(m), "("+itoa(prof.describes)+")") {
		t.Errorf("the Taste pane does not show the latest profile:\n%s", screenText(m))
	}
	press(t, m, "R")
	if prof.resets != 0 || !m.taste.Confirming() || !strings.Contains(screenText(m), "Press R again to reset") {
		t.Fatalf("one R: %d resets, confirming %v\n%s", prof.resets, m.taste.Confirming(), screenText(m))
	}
	press(t, m, "j")
	if prof.resets != 0 || m.taste.Confirming() {
		t.Fatalf("another key after R must keep the profile: %d resets", prof.resets)
	}
	press(t, m, "R", "tab", "shift+tab")
	if m.focus != paneTaste || m.taste.Confirming() {
		t.Fatalf("leaving the pane must drop the confirmation (focus %v)", m.focus)
	}
	press(t, m, "R", "R")
	if prof.resets != 1 {
		t.Fatalf("R R: %d resets, want 1", prof.resets)
	}
}

// TestRatingsShowAndFilterInTheLibrary: the library marks rated tracks
// ("★4"), a `rating:` filter selects by them as `sleeve ls` does, the
// detail pane shows the rating, and a new rating shows at once in both
// (issue 14).
func TestRatingsShowAndFilterInTheLibrary(t *testing.T) {
	tracks := fixtureTracks(10)
	tracks[3].Rating, tracks[5].Rating = 4, 2
	eng, prof := &fakeEngine{}, &countingProfile{}
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{Feedback: eng, Taste: prof}, 160, 40)
	press(t, m, "v")
	screen := screenText(m)
	if !strings.Contains(screen, "★4") || !strings.Contains(screen, "★2") {
		t.Fatalf("the rated tracks are not marked:\n%s", screen)
	}
	press(t, m, append(strings.Split("/rating:4..", ""), "enter")...)
	screen = screenText(m)
	if !strings.Contains(screen, tracks[3].Tags.Title) || strings.Contains(screen, tracks[5].Tags.Title) || strings.Contains(screen, tracks[0].Tags.Title) {
		t.Fatalf("rating:4.. does not keep only the track rated 4:\n%s", screen)
	}
	if sel, ok := m.browser.Selected(); !ok || sel.ID != tracks[3].ID {
		t.Fatalf("selected %+v, want track %d", sel, tracks[3].ID)
	}
	if !strings.Contains(screen, "Your rating ★★★★☆ 4/5") {
		t.Fatalf("the detail pane does not show the rating:\n%s", screen)
	}
	press(t, m, "5")
	if want := ":rate:" + itoa(int(tracks[3].ID)) + ":5"; len(eng.feedback) != 1 || eng.feedback[0] != want {
		t.Fatalf("feedback %v, want %s", eng.feedback, want)
	}
	screen = screenText(m)
	if !strings.Contains(screen, "Your rating ★★★★★ 5/5") || !strings.Contains(screen, "★5") || strings.Contains(screen, "★4") {
		t.Fatalf("the new rating does not show in the detail and the row:\n%s", screen)
	}
	press(t, m, "esc")
	press(t, m, append(strings.Split("/rating:none", ""), "enter")...)
	screen = screenText(m)
	if strings.Contains(screen, tracks[3].Tags.Title) || strings.Contains(screen, tracks[5].Tags.Title) || !strings.Contains(screen, tracks[0].Tags.Title) {
		t.Fatalf("rating:none keeps a rated track or drops an unrated one:\n%s", screen)
	}
	// A taste reset forgets the ratings, and the library shows none.
	press(t, m, "esc")
	m.setFocus(paneTaste)
	press(t, m, "R", "R")
	m.setFocus(paneBrowser)
	if screen = screenText(m); prof.resets != 1 || strings.Contains(screen, "★") {
		t.Fatalf("after a taste reset (%d) ratings still show:\n%s", prof.resets, screen)
	}
}
