package ui

import (
	"context"
	"testing"

	tea "charm.land/bubbletea/v2"

	"sleeve/library"
	"sleeve/ui/results"
)

// fakeEngine records feedback and requests with their sessions, and
// answers every request with fixed picks in session "s1".
type fakeEngine struct {
	feedback []string
	asked    []string
}

func (f *fakeEngine) Feedback(_ context.Context, session string, id library.TrackID, kind string, stars int) error {
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

func TestRatingAPickStoresItAndAsksAgain(t *testing.T) {
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Feedback: eng, Recommender: eng}, 100, 30)
	// A first request, so there is something to ask again.
	m.setFocus(paneChat)
	_, cmd := m.chat.Say("slow and warm")
	settle(t, m, cmd)
	m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: 3, Title: "Blue", Artist: "Basalt"}}})
	m.setFocus(paneResults)

	_, cmd = m.Update(tea.KeyPressMsg{Code: '2', Text: "2"})
	settle(t, m, cmd)
	// The rating and the request after it are in the session of the
	// first reply; the first request started one.
	if len(eng.feedback) != 1 || eng.feedback[0] != "s1:rate:3:2" {
		t.Fatalf("feedback %v, want the selected pick rated 2 in session s1", eng.feedback)
	}
	if len(eng.asked) != 2 || eng.asked[0] != ":slow and warm" || eng.asked[1] != "s1:slow and warm" {
		t.Fatalf("requests %v: the last request must be asked again so the list changes", eng.asked)
	}
	if p, _ := m.results.Selected(); p.TrackID != 4 {
		t.Fatalf("the picks were not replaced: %+v", m.results.Picks())
	}

	_, cmd = m.Update(tea.KeyPressMsg{Code: 's', Text: "s"})
	settle(t, m, cmd)
	if eng.feedback[len(eng.feedback)-1] != "s1:skip:4:0" {
		t.Fatalf("skip not stored: %v", eng.feedback)
	}
}
