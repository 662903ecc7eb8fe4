package chat

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"sleeve/ui/common"
	"sleeve/ui/results"
)

type fakeRec struct{ events []Event }

func (f fakeRec) Recommend(ctx context.Context, text, session string) (<-chan Event, error) {
	ch := make(chan Event, len(f.events))
	for _, e := range f.events {
		ch <- e
	}
	close(ch)
	return ch, nil
}

func newChat(rec Recommender) *Model {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, rec, "s1")
	m.SetSize(60, 14)
	m.SetFocused(true)
	return m
}

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// drain runs cmd and the Cmds it leads to, returning messages the chat
// does not handle itself.
func drain(m *Model, cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case startedMsg, eventMsg:
			_, next := m.Update(msg)
			queue = append(queue, next)
		case nil:
		default:
			out = append(out, msg)
		}
	}
	return out
}

func TestWithoutEngineSaysSo(t *testing.T) {
	m := newChat(nil)
	typeText(m, "calm jazz")
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	msgs := drain(m, cmd)
	if len(msgs) != 1 || msgs[0].(common.StatusMsg).Text != common.NoRecommender {
		t.Fatalf("messages %#v", msgs)
	}
	tr := m.Transcript()
	if len(tr) != 2 || tr[0] != "you: calm jazz" || !strings.Contains(tr[1], common.NoRecommender) {
		t.Fatalf("transcript %q", tr)
	}
}

func TestReplyStreamsAndPicksArrive(t *testing.T) {
	picks := []results.Pick{{TrackID: 7, Title: "Naima", Reason: "slow ballad"}}
	m := newChat(fakeRec{events: []Event{
		{Understood: "tempo slow · genre jazz"}, {Text: "Here are "}, {Text: "some ballads."}, {Picks: picks},
	}})
	typeText(m, "slow jazz")
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if !m.Streaming() {
		t.Fatal("not streaming after enter")
	}
	msgs := drain(m, cmd)
	if m.Streaming() {
		t.Fatal("still streaming after the channel closed")
	}
	if m.Understood() != "tempo slow · genre jazz" {
		t.Fatalf("understood %q", m.Understood())
	}
	if tr := m.Transcript(); tr[len(tr)-1] != "sleeve: Here are some ballads." {
		t.Fatalf("transcript %q", tr)
	}
	if len(msgs) != 1 || len(msgs[0].(results.PicksMsg).Picks) != 1 {
		t.Fatalf("messages %#v", msgs)
	}
	if !strings.Contains(m.View(), "Understood: tempo slow") {
		t.Fatal("understood request not shown")
	}
}

func TestStaleEventsDropped(t *testing.T) {
	m := newChat(fakeRec{})
	m.reqID, m.streaming = 2, true
	m.Update(eventMsg{req: 1, ev: Event{Text: "old"}})
	if len(m.turns) != 0 {
		t.Fatal("an event of a replaced reply was shown")
	}
}

func TestNotUnderstoodIsShown(t *testing.T) {
	m := newChat(fakeRec{events: []Event{
		{Understood: "mood groovy", NotUnderstood: []string{"zorblax"}}, {Text: "Here you go."},
	}})
	m.SetSize(80, 20)
	typeText(m, "zorblax grooves")
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	drain(m, cmd)
	if got := m.NotUnderstood(); len(got) != 1 || got[0] != "zorblax" {
		t.Fatalf("not understood %q", got)
	}
	v := m.View()
	if !strings.Contains(v, "Understood: mood groovy") || !strings.Contains(v, "Not understood: zorblax") {
		t.Fatalf("view lacks the reading:\n%s", v)
	}
	// A later reply that understood every word clears the line.
	m.rec = fakeRec{events: []Event{{Understood: "genre jazz"}}}
	typeText(m, "jazz")
	_, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	drain(m, cmd)
	if v := m.View(); strings.Contains(v, "Not understood") || !strings.Contains(v, "Understood: genre jazz") {
		t.Fatalf("stale not-understood line:\n%s", v)
	}
}
