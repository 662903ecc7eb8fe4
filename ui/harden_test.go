package ui

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
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

// TestPasteIsBoundedAndNeverReadAsKeys pastes 50 KB with line breaks into
// the Ask box and into the filter: each input takes what fits its limit as
// one line, says what was left out, and no request is sent by the line
// breaks.
func TestPasteIsBoundedAndNeverReadAsKeys(t *testing.T) {
	big := strings.Repeat("slow warm jazz for a rainy evening\n", 1500) // 52,500 bytes
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(50)}, Deps{}, 100, 30)
	press(t, m, "tab", "tab")
	if m.focus != paneChat {
		t.Fatalf("focus %d, want the chat", m.focus)
	}
	settle(t, m, func() tea.Msg { return tea.PasteMsg{Content: big} })
	in := m.chat.InputValue()
	if n := utf8.RuneCountInString(in); n != 500 || strings.ContainsAny(in, "\n\r") {
		t.Errorf("the Ask box holds %d characters (want the 500 limit) on one line", n)
	}
	if len(m.chat.Transcript()) != 0 {
		t.Errorf("the paste sent requests: %v", m.chat.Transcript())
	}
	if msg := m.status.Message(); !strings.Contains(msg, "at most 500 characters") || !strings.Contains(msg, "left out") {
		t.Errorf("status %q does not say the paste was cut", msg)
	}
	// A key typed at the limit says so too.
	press(t, m, "x")
	if !strings.Contains(m.status.Message(), "at most 500") {
		t.Errorf("a key at the limit: status %q", m.status.Message())
	}

	m = newTestModel(t, &fakeLibrary{tracks: fixtureTracks(50)}, Deps{}, 100, 30)
	press(t, m, "/")
	settle(t, m, func() tea.Msg { return tea.PasteMsg{Content: "Basalt\n" + big} })
	if q := m.browser.Query().Expr; utf8.RuneCountInString(q) != 200 || !strings.HasPrefix(q, "Basalt slow") {
		t.Errorf("filter after the paste: %d characters, %.30q", utf8.RuneCountInString(q), q)
	}
	if !strings.Contains(m.status.Message(), "left out") {
		t.Errorf("status %q", m.status.Message())
	}
}

// TestCtrlZSuspends checks that Ctrl-Z asks to suspend, even while the
// Ask box has the keyboard, and that a resume redraws.
func TestCtrlZSuspends(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	press(t, m, "tab", "tab")
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if cmd == nil {
		t.Fatal("ctrl+z returned no command")
	}
	if !containsMsg(cmd(), tea.SuspendMsg{}) {
		t.Error("ctrl+z does not suspend")
	}
	if m.chat.InputValue() != "" {
		t.Errorf("ctrl+z was typed into the Ask box: %q", m.chat.InputValue())
	}
	if _, cmd := m.Update(tea.ResumeMsg{}); cmd == nil {
		t.Error("no redraw after a resume")
	}
	// A SIGTSTP from outside arrives as a request and suspends the same
	// way, from the event loop.
	_, cmd = m.Update(suspendRequestMsg{})
	if cmd == nil || !containsMsg(cmd(), tea.SuspendMsg{}) {
		t.Error("an outside request to suspend does not suspend")
	}
}

// containsMsg reports whether msg is want or a batch that holds it.
func containsMsg(msg, want tea.Msg) bool {
	if msg == want {
		return true
	}
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			if c != nil && containsMsg(c(), want) {
				return true
			}
		}
	}
	return false
}

// fakeVersion is a library version that a test changes.
type fakeVersion struct{ v string }

func (f *fakeVersion) LibraryVersion(context.Context) (string, error) { return f.v, nil }

// TestExplorerNoticesLibraryChanges changes the library behind the
// explorer's back, as a scan on the command line does: once the version
// read says so, the explorer reloads and shows the new count.
func TestExplorerNoticesLibraryChanges(t *testing.T) {
	lib := &fakeLibrary{tracks: fixtureTracks(10)}
	ver := &fakeVersion{v: "1"}
	m := newModel(Deps{NoColor: true, DemoDir: "/demo"}, sources{rows: lib, tracks: lib, stats: lib, version: ver})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	settle(t, m, m.Init())
	if !strings.Contains(screenText(m), "10 tracks") {
		t.Fatalf("before:\n%s", screenText(m))
	}
	lib.tracks = fixtureTracks(40)
	settle(t, m, m.readLibraryVersion()) // nothing written: no reload
	if !strings.Contains(screenText(m), "10 tracks") {
		t.Fatalf("reloaded with an unchanged version:\n%s", screenText(m))
	}
	ver.v = "2"
	settle(t, m, m.readLibraryVersion())
	if !strings.Contains(screenText(m), "40 tracks") {
		t.Fatalf("after another process added tracks:\n%s", screenText(m))
	}
}
