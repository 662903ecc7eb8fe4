package chat

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/ui/common"
	"sleeve/ui/results"
)

// fakeRec answers with a fixed reply and records the sessions asked in.
type fakeRec struct {
	reply    Reply
	sessions *[]string
}

func (f fakeRec) Recommend(ctx context.Context, text, session string) (Reply, error) {
	if f.sessions != nil {
		*f.sessions = append(*f.sessions, session)
	}
	return f.reply, nil
}

func newChat(rec Recommender) *Model {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, rec, "")
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
		case replyMsg:
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

func TestReplyAndPicksArrive(t *testing.T) {
	picks := []results.Pick{{TrackID: 7, Title: "Naima", Reason: "slow ballad"}}
	m := newChat(fakeRec{reply: Reply{Understood: "tempo slow · genre jazz", Text: "Here are some ballads.", Picks: picks}})
	typeText(m, "slow jazz")
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if !m.Waiting() {
		t.Fatal("not waiting after enter")
	}
	msgs := drain(m, cmd)
	if m.Waiting() {
		t.Fatal("still waiting after the reply")
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

func TestStaleRepliesDropped(t *testing.T) {
	m := newChat(fakeRec{})
	m.reqID, m.waiting = 2, true
	m.Update(replyMsg{req: 1, reply: Reply{Text: "old", Session: "old"}})
	if len(m.turns) != 0 || m.Session() != "" {
		t.Fatal("a replaced reply was shown")
	}
}

// TestSessionIsCarriedToTheNextRequest: the first request starts a session
// (empty), and each later one is asked in the session of the last reply.
func TestSessionIsCarriedToTheNextRequest(t *testing.T) {
	var sessions []string
	m := newChat(fakeRec{reply: Reply{Session: "abc", Text: "ok"}, sessions: &sessions})
	for _, text := range []string{"calm", "calmer"} {
		typeText(m, text)
		_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		drain(m, cmd)
	}
	if len(sessions) != 2 || sessions[0] != "" || sessions[1] != "abc" || m.Session() != "abc" {
		t.Fatalf("sessions asked in %q, now %q", sessions, m.Session())
	}
}

func TestNotUnderstoodIsShown(t *testing.T) {
	m := newChat(fakeRec{reply: Reply{Understood: "mood groovy", NotUnderstood: []string{"zorblax"}, Text: "Here you go."}})
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
	m.rec = fakeRec{reply: Reply{Understood: "genre jazz"}}
	typeText(m, "jazz")
	_, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	drain(m, cmd)
	if v := m.View(); strings.Contains(v, "Not understood") || !strings.Contains(v, "Understood: genre jazz") {
		t.Fatalf("stale not-understood line:\n%s", v)
	}
}

// TestLongReadingWraps checks that a long reading of the request is shown
// whole on several lines in a narrow Ask pane, not cut at the pane's edge.
func TestLongReadingWraps(t *testing.T) {
	understood := "mood calm · instrument piano · prefers ≤ 130 BPM (slow, beatless counts) · energy 0.20 · evening · setting rainy"
	m := newChat(fakeRec{reply: Reply{Understood: understood, NotUnderstood: []string{"zorblax", "quux"}, Text: "Here you go."}})
	m.SetSize(40, 20)
	typeText(m, "calm piano zorblax quux")
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	drain(m, cmd)
	v := m.View()
	flat := strings.Join(strings.Fields(strings.NewReplacer("│", " ", "╭", " ", "╰", " ", "─", " ", "╮", " ", "╯", " ").Replace(v)), " ")
	if !strings.Contains(flat, "evening · setting rainy") || !strings.Contains(flat, "Not understood: zorblax, quux") {
		t.Fatalf("the reading is cut:\n%s", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if w := lipgloss.Width(l); w > 40 {
			t.Errorf("line %d wide: %q", w, l)
		}
	}
}

// TestReadingShownAndReplacedPerRequest: the pane shows how a request was
// read when the model had a part or failed ("Read by: …"), and a new
// request takes the last one's reading away while it waits, so nothing
// stale shows under it.
func TestReadingShownAndReplacedPerRequest(t *testing.T) {
	rec := &fakeRec{reply: Reply{Session: "s1", Text: "3 picks.", Understood: "genre blues", NotUnderstood: []string{"zorblax"},
		Reading: "the rules (the model tiny did not answer within 20s)"}}
	m := newChat(rec)
	m.SetSize(60, 20)
	typeText(m, "bluesy zorblax")
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	drain(m, cmd)
	view := ansi.Strip(m.View())
	for _, want := range []string{"Understood: genre blues", "Not understood: zorblax", "Read by: the rules (the model tiny did"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	typeText(m, "calmer")
	_, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	view = ansi.Strip(m.View())
	if !m.Waiting() || strings.Contains(view, "Not understood") || strings.Contains(view, "Read by") || strings.Contains(view, "Understood") {
		t.Errorf("while the next reply is awaited the last reading still shows:\n%s", view)
	}
	rec.reply = Reply{Session: "s1", Text: "2 picks.", Understood: "calmer"}
	drain(m, cmd)
	if m.Understood() != "calmer" || len(m.NotUnderstood()) != 0 || m.Reading() != "" {
		t.Errorf("after the second reply: understood %q, not understood %q, reading %q", m.Understood(), m.NotUnderstood(), m.Reading())
	}
}
