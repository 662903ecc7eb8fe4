package modelsview

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/models/ollamatest"
	"sleeve/ui/common"
)

// newView returns a view of a manager for host, sized like the body of an
// 80x24 terminal, with its first report read.
func newView(t *testing.T, host string) *Model {
	t.Helper()
	mgr, err := app.NewModelManager(app.OllamaSettings{Host: host, ChatModel: "chat", EmbedModel: "embed"})
	if err != nil {
		t.Fatal(err)
	}
	c := common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}
	m := New(c, mgr)
	m.SetSize(80, 19)
	m.Update(run(t, m.Refresh()))
	return m
}

// run runs cmd and returns its message, failing when it takes more than
// ten seconds (a pump that waits for nothing).
func run(t *testing.T, cmd tea.Cmd) tea.Msg {
	t.Helper()
	if cmd == nil {
		t.Fatal("no command")
	}
	got := make(chan tea.Msg, 1)
	go func() { got <- cmd() }()
	select {
	case msg := <-got:
		return msg
	case <-time.After(10 * time.Second):
		t.Fatal("the command did not return")
		return nil
	}
}

func press(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	}
	return tea.KeyPressMsg{Code: rune(k[0]), Text: k}
}

func text(m *Model) string { return ansi.Strip(m.View()) }

// pumpUntil feeds the pull's messages back into the view until one
// satisfies stop, and returns that one and the Cmd that followed it.
func pumpUntil(t *testing.T, m *Model, cmd tea.Cmd, stop func(tea.Msg) bool) (tea.Msg, tea.Cmd) {
	t.Helper()
	for range 100 {
		msg := run(t, cmd)
		_, cmd = m.Update(msg)
		if stop(msg) {
			return msg, cmd
		}
	}
	t.Fatal("the pull never got there")
	return nil, nil
}

func TestViewShowsConfiguredAndInstalled(t *testing.T) {
	fake := ollamatest.New(t)
	fake.Install("chat", ollamatest.Model{Size: 986_000_000, Capabilities: []string{"completion"},
		Modified: time.Date(2026, 11, 28, 12, 0, 0, 0, time.Local)})
	m := newView(t, fake.URL())
	got := text(m)
	for _, want := range []string{
		"Ollama " + ollamatest.Version + " at " + fake.URL(),
		"chat       chat  installed · 986 MB",
		"embedding  embed  missing: enter pulls it",
		"Installed (1)",
		"chat:latest", "986 MB", "2026-11-28",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("view lacks %q:\n%s", want, got)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line %d wide: %q", w, l)
		}
	}
	// The chat model is installed: enter on it pulls nothing.
	if _, cmd := m.Update(press("enter")); m.Pulling() || cmd == nil {
		t.Error("enter on an installed model started a pull, or said nothing")
	}
}

func TestPullShowsProgressAndEndsInstalled(t *testing.T) {
	fake := ollamatest.New(t)
	fake.Install("chat", ollamatest.Model{Size: 1e9, Capabilities: []string{"completion"}})
	fake.Offer("embed", ollamatest.Model{Size: 274_000_000, Capabilities: []string{"embedding"}})
	gate := fake.Hold()
	m := newView(t, fake.URL())
	m.Update(press("down"))
	_, cmd := m.Update(press("enter"))
	if !m.Pulling() {
		t.Fatal("enter on the missing model did not start a pull")
	}
	// The fake holds the pull after its first quarter.
	_, cmd = pumpUntil(t, m, cmd, func(msg tea.Msg) bool {
		p, ok := msg.(PullProgressMsg)
		return ok && p.Progress.Completed > 0
	})
	got := text(m)
	for _, want := range []string{"Pulling embed: pulling 0123456789ab", "25%", "68 MB of 274 MB", "esc cancels the pull", "pulling…"} {
		if !strings.Contains(got, want) {
			t.Errorf("view during the pull lacks %q:\n%s", want, got)
		}
	}
	if line := m.ProgressLine(); line != "Pulling embed 25% (68 MB of 274 MB)" {
		t.Errorf("ProgressLine() = %q", line)
	}
	close(gate)
	msg, cmd := pumpUntil(t, m, cmd, func(msg tea.Msg) bool { _, ok := msg.(PullDoneMsg); return ok })
	if done := msg.(PullDoneMsg); done.Err != nil || done.Cancelled {
		t.Fatalf("pull ended with %+v", done)
	}
	if m.Pulling() {
		t.Error("still pulling after the pull ended")
	}
	m.Update(run(t, cmd)) // the report that follows
	got = text(m)
	for _, want := range []string{"Pulled embed.", "embedding  embed  installed · 274 MB", "Installed (2)"} {
		if !strings.Contains(got, want) {
			t.Errorf("view after the pull lacks %q:\n%s", want, got)
		}
	}
}

func TestCancelAPull(t *testing.T) {
	fake := ollamatest.New(t)
	fake.Offer("chat", ollamatest.Model{Size: 1000})
	fake.Hold()
	m := newView(t, fake.URL())
	_, cmd := m.Update(press("enter"))
	_, cmd = pumpUntil(t, m, cmd, func(msg tea.Msg) bool {
		p, ok := msg.(PullProgressMsg)
		return ok && p.Progress.Completed > 0
	})
	if _, status := m.Update(press("esc")); status == nil {
		t.Error("esc during a pull said nothing")
	}
	msg, cmd := pumpUntil(t, m, cmd, func(msg tea.Msg) bool { _, ok := msg.(PullDoneMsg); return ok })
	if done := msg.(PullDoneMsg); !done.Cancelled {
		t.Fatalf("pull ended with %+v, want cancelled", done)
	}
	m.Update(run(t, cmd))
	got := text(m)
	if !strings.Contains(got, "Pull of chat cancelled") || !strings.Contains(got, "chat  missing: enter pulls it") {
		t.Errorf("view after cancelling:\n%s", got)
	}
	deadline := time.Now().Add(5 * time.Second)
	for fake.PullsCut() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if fake.PullsCut() != 1 || fake.Installed("chat") {
		t.Errorf("server saw %d cut pulls, installed %v: want the pull stopped there too", fake.PullsCut(), fake.Installed("chat"))
	}
}

func TestNotRunningSaysHowToStart(t *testing.T) {
	host := ollamatest.ClosedAddress(t)
	m := newView(t, host)
	got := text(m)
	for _, want := range []string{"Ollama does not answer at " + host + ": nothing is listening there.", "ollama serve", "OLLAMA_HOST", "r checks again",
		"unknown while Ollama is not running"} {
		if !strings.Contains(got, want) {
			t.Errorf("view lacks %q:\n%s", want, got)
		}
	}
	_, cmd := m.Update(press("enter"))
	if m.Pulling() {
		t.Fatal("a pull started with Ollama not running")
	}
	if st, ok := run(t, cmd).(common.StatusMsg); !ok || !strings.Contains(st.Text, "not running") {
		t.Errorf("enter said %v", st)
	}
	// r asks again.
	_, cmd = m.Update(press("r"))
	if _, ok := run(t, cmd).(ReportMsg); !ok {
		t.Error("r did not ask Ollama again")
	}
}

func TestStaleReportIsDropped(t *testing.T) {
	fake := ollamatest.New(t)
	m := newView(t, fake.URL())
	first := m.Refresh()
	second := m.Refresh()
	m.Update(run(t, second))
	stale := run(t, first).(ReportMsg)
	stale.Report.Version = "stale"
	m.Update(stale)
	if strings.Contains(text(m), "stale") {
		t.Error("an older report replaced a newer one")
	}
}

func TestManyInstalledModelsAreCounted(t *testing.T) {
	fake := ollamatest.New(t)
	for i := range 30 {
		fake.Install(fmt.Sprintf("model-%02d", i), ollamatest.Model{Size: 1e9})
	}
	m := newView(t, fake.URL())
	got := text(m)
	if !strings.Contains(got, "model-00:latest") || !strings.Contains(got, "more (sleeve models lists them all)") {
		t.Errorf("a long list is not cut with a count:\n%s", got)
	}
	shown := strings.Count(got, "model-")
	more := 0
	for _, l := range strings.Split(got, "\n") {
		if i := strings.Index(l, "… and "); i >= 0 {
			fmt.Sscanf(l[i:], "… and %d more", &more)
		}
	}
	if shown+more != 30 {
		t.Errorf("%d shown and %d counted, want 30 in all:\n%s", shown, more, got)
	}
	if n := len(strings.Split(got, "\n")); n != 19 {
		t.Errorf("the view is %d lines high, want 19", n)
	}
}
