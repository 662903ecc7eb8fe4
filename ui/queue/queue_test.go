package queue

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/common"
)

func newPane(w, h int) *Model {
	c := common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}
	m := New(c)
	m.SetSize(w, h)
	m.SetFocused(true)
	return m
}

func playing(n, index int) app.NowPlaying {
	np := app.NowPlaying{Playing: true, Index: index, Volume: 0.8, Position: 75 * time.Second, Duration: 200 * time.Second}
	for i := range n {
		np.Queue = append(np.Queue, app.QueueEntry{Title: "Song " + string(rune('A'+i)), Artist: "Band", Duration: 200 * time.Second})
	}
	np.Track = np.Queue[index]
	return np
}

// run sends a key and returns the message its Cmd gives, or nil.
func run(m *Model, code rune) tea.Msg {
	_, cmd := m.Update(tea.KeyPressMsg{Code: code})
	if cmd == nil {
		return nil
	}
	return cmd()
}

// TestCursorFollowsUntilMoved: the cursor stays on the current entry as
// the queue moves on, until the person moves it; enter jumps there and
// follows again.
func TestCursorFollowsUntilMoved(t *testing.T) {
	m := newPane(80, 20)
	m.SetNowPlaying(playing(5, 1))
	if m.Cursor() != 1 {
		t.Fatalf("cursor %d, want the current entry 1", m.Cursor())
	}
	m.SetNowPlaying(playing(5, 2))
	if m.Cursor() != 2 {
		t.Fatalf("cursor %d after the queue moved on, want 2", m.Cursor())
	}
	run(m, tea.KeyDown)
	run(m, tea.KeyDown)
	m.SetNowPlaying(playing(5, 3))
	if m.Cursor() != 4 {
		t.Fatalf("cursor %d, want 4 where the person put it", m.Cursor())
	}
	if msg := run(m, tea.KeyEnter); msg != (JumpMsg{Index: 4}) {
		t.Fatalf("enter: %#v, want a jump to 4", msg)
	}
	m.SetNowPlaying(playing(5, 4))
	m.SetNowPlaying(playing(3, 0)) // a new, shorter queue
	if m.Cursor() != 0 {
		t.Errorf("cursor %d in a new queue, want 0", m.Cursor())
	}
}

func TestSeekKeys(t *testing.T) {
	m := newPane(80, 20)
	m.SetNowPlaying(playing(2, 0))
	if msg := run(m, tea.KeyRight); msg != (SeekMsg{Delta: 10 * time.Second}) {
		t.Errorf("→: %#v", msg)
	}
	if msg := run(m, tea.KeyLeft); msg != (SeekMsg{Delta: -10 * time.Second}) {
		t.Errorf("←: %#v", msg)
	}
}

// TestViewAndLine draw the pane and the now-playing line at 80 columns.
func TestViewAndLine(t *testing.T) {
	m := newPane(80, 20)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Nothing queued.") {
		t.Errorf("empty pane:\n%s", v)
	}
	np := playing(30, 12)
	np.GainDB = -4.25
	m.SetNowPlaying(np)
	v := ansi.Strip(m.View())
	for _, want := range []string{"Queue · 13 of 30", "Playing Song M — Band", "1:15 / 3:20", "volume 80% · levelled -4.2 dB", "▶ 13. Song M · Band"} {
		if !strings.Contains(v, want) {
			t.Errorf("pane lacks %q:\n%s", want, v)
		}
	}
	if lines := strings.Split(v, "\n"); len(lines) != 20 {
		t.Errorf("pane is %d lines, want 20", len(lines))
	}
	s := common.NewStyles(true, true)
	if l := Line(s, app.NowPlaying{Index: -1}, 80); l != "" {
		t.Errorf("line with nothing queued: %q", l)
	}
	np.Track.Title = strings.Repeat("Very long title ", 10)
	l := ansi.Strip(Line(s, np, 80))
	if lipgloss.Width(l) != 80 || !strings.HasPrefix(l, " ▶ Very long") || !strings.Contains(l, "1:15 / 3:20  vol 80%  13/30") {
		t.Errorf("line %q (%d wide)", l, lipgloss.Width(l))
	}
}

func TestClock(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0:00", 59499 * time.Millisecond: "0:59", 75 * time.Second: "1:15", 3725 * time.Second: "1:02:05"} {
		if got := Clock(d); got != want {
			t.Errorf("Clock(%v) = %q, want %q", d, got, want)
		}
	}
}
