package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/browser"
	"sleeve/ui/common"
	"sleeve/ui/detail"
	"sleeve/ui/results"
)

type fakeOllama struct {
	st  OllamaStatus
	err error
}

func (f fakeOllama) CheckOllama(context.Context) (OllamaStatus, error) { return f.st, f.err }

func TestGoldenViews(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"160x48", 160, 48}} {
		t.Run("library_"+size.name, func(t *testing.T) {
			m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(60)}, Deps{}, size.w, size.h)
			press(t, m, "l", "l") // first artist, first album: a track is selected
			golden(t, screenText(m))
		})
		t.Run("first_screen_"+size.name, func(t *testing.T) {
			// Nothing pressed: the first artist's albums and tracks show
			// beside the list (issue 14, bug 7).
			m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(60)}, Deps{}, size.w, size.h)
			golden(t, screenText(m))
		})
		t.Run("flat_filtered_"+size.name, func(t *testing.T) {
			m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(60)}, Deps{}, size.w, size.h)
			press(t, m, "v", "/", "b", "l", "u", "e", "enter", "down")
			golden(t, screenText(m))
		})
		t.Run("empty_"+size.name, func(t *testing.T) {
			m := newTestModel(t, &fakeLibrary{}, Deps{}, size.w, size.h)
			golden(t, screenText(m))
		})
		t.Run("no_ollama_ask_"+size.name, func(t *testing.T) {
			m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Ollama: fakeOllama{err: errors.New("connection refused")}}, size.w, size.h)
			press(t, m, "tab", "tab")
			golden(t, screenText(m))
		})
		t.Run("help_"+size.name, func(t *testing.T) {
			m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, size.w, size.h)
			press(t, m, "?")
			golden(t, screenText(m))
		})
	}
}

func TestViewFitsTheTerminal(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {81, 25}, {100, 30}, {120, 40}, {160, 48}, {237, 61}} {
		m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(200)}, Deps{Ollama: fakeOllama{}}, sz[0], sz[1])
		press(t, m, "l", "l")
		for _, state := range []string{"library", "ask", "taste", "help"} {
			switch state {
			case "ask":
				press(t, m, "tab", "tab")
			case "taste":
				press(t, m, "tab", "tab")
			case "help":
				press(t, m, "tab", "?")
			}
			lines := strings.Split(screenText(m), "\n")
			if len(lines) != sz[1] {
				t.Errorf("%dx%d %s: %d lines, want %d", sz[0], sz[1], state, len(lines), sz[1])
			}
			for i, l := range lines {
				if w := len([]rune(l)); w > sz[0] {
					t.Errorf("%dx%d %s: line %d is %d wide: %q", sz[0], sz[1], state, i, w, l)
				}
			}
		}
	}
}

func TestTooSmall(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 79, 30)
	if got := screenText(m); !strings.Contains(got, "Sleeve needs at least 80×24; this terminal is 79×30") {
		t.Fatalf("too-small message missing:\n%s", got)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 23})
	if got := screenText(m); !strings.Contains(got, "this terminal is 80×23") {
		t.Fatalf("too-small message missing:\n%s", got)
	}
	// Keys other than quit do nothing while too small.
	if _, cmd := m.Update(keyMsg("v")); cmd != nil && m.browser.Flat() {
		t.Fatal("v toggled the view while the terminal was too small")
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if got := screenText(m); strings.Contains(got, "needs at least") {
		t.Fatal("message still shown at 80×24")
	}
}

// TestTooSmallMessageIsWhole checks that the too-small message is wrapped
// to a narrow terminal rather than cut at its right edge ("this termin").
func TestTooSmallMessageIsWhole(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {30, 10}} {
		m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(3)}, Deps{}, sz[0], sz[1])
		got := strings.Join(strings.Fields(screenText(m)), " ")
		want := fmt.Sprintf("Sleeve needs at least 80×24; this terminal is %d×%d. Make it larger, or press q to quit.", sz[0], sz[1])
		if !strings.Contains(got, want) {
			t.Errorf("%dx%d: %q, want %q", sz[0], sz[1], screenText(m), want)
		}
		for i, l := range strings.Split(screenText(m), "\n") {
			if w := len([]rune(l)); w > sz[0] {
				t.Errorf("%dx%d: line %d is %d wide, so the terminal cuts it: %q", sz[0], sz[1], i, w, l)
			}
		}
	}
}

func TestStaleDetailResultDropped(t *testing.T) {
	lib := &fakeLibrary{tracks: fixtureTracks(30)}
	m := newTestModel(t, lib, Deps{}, 100, 30)
	// Open the first artist's first album without running the loads.
	m.Update(keyMsg("l"))
	_, cmdFirst := m.Update(keyMsg("l"))
	first, _ := m.browser.Selected()
	_, cmdSecond := m.Update(keyMsg("down"))
	second, _ := m.browser.Selected()
	if first.ID == second.ID {
		t.Fatal("cursor did not move to another track")
	}
	// The second result arrives first, then the stale first one.
	settle(t, m, cmdSecond)
	settle(t, m, cmdFirst)
	got, ok := m.detail.Track()
	if !ok || got.ID != second.ID {
		t.Fatalf("detail shows track %d (loaded %v), want %d", got.ID, ok, second.ID)
	}
	// A result with an old request ID is dropped outright.
	m.Update(detail.LoadedMsg{ReqID: m.detail.ReqID() - 1, Track: lib.tracks[0]})
	if got, _ := m.detail.Track(); got.ID != second.ID {
		t.Fatalf("stale result replaced the track: %d", got.ID)
	}
}

func TestStaleRowsDropped(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(5)}, Deps{}, 100, 30)
	m.reload() // a newer load is now pending
	m.Update(rowsMsg{id: m.loadID - 1, LoadedMsg: browser.LoadedMsg{Rows: fixtureRows(99)}})
	if n := len(m.browser.Rows()); n != 5 {
		t.Fatalf("stale rows were used: %d rows", n)
	}
}

func TestMouseWheelScrollsAndClickSelects(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(500)}, Deps{}, 100, 30)
	press(t, m, "v") // flat: 500 rows
	r := m.rects[paneBrowser]
	settle(t, m, func() tea.Msg { return tea.MouseWheelMsg{X: r.x + 2, Y: r.y + 3, Button: tea.MouseWheelDown} })
	settle(t, m, func() tea.Msg { return tea.MouseWheelMsg{X: r.x + 2, Y: r.y + 3, Button: tea.MouseWheelDown} })
	if m.browser.Offset() != 6 || m.browser.Cursor() != 6 {
		t.Fatalf("after two wheel steps: offset %d cursor %d, want 6 and 6", m.browser.Offset(), m.browser.Cursor())
	}
	settle(t, m, func() tea.Msg { return tea.MouseWheelMsg{X: r.x + 2, Y: r.y + 3, Button: tea.MouseWheelUp} })
	if m.browser.Offset() != 3 {
		t.Fatalf("wheel up: offset %d, want 3", m.browser.Offset())
	}
	// Click the fifth list row: border and title are above it.
	settle(t, m, func() tea.Msg { return tea.MouseClickMsg{X: r.x + 4, Y: r.y + 2 + 4, Button: tea.MouseLeft} })
	if m.browser.Cursor() != 3+4 {
		t.Fatalf("click: cursor %d, want %d", m.browser.Cursor(), 7)
	}
	sel, _ := m.browser.Selected()
	if got, ok := m.detail.Track(); !ok || got.ID != sel.ID {
		t.Fatalf("detail did not follow the click: %d vs %d", got.ID, sel.ID)
	}
	// A click in the detail pane focuses it.
	d := m.rects[paneDetail]
	settle(t, m, func() tea.Msg { return tea.MouseClickMsg{X: d.x + 3, Y: d.y + 3, Button: tea.MouseLeft} })
	if m.focus != paneDetail {
		t.Fatalf("focus %d after clicking the detail pane", m.focus)
	}
}

func TestKeysNotReadySayWhy(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	press(t, m, "v")
	for k, want := range map[string]string{
		"space": common.NoPlayer, "enter": common.NoPlayer, "3": "Ratings are not stored: " + common.NoRecommender,
		"m": common.NoRecommender, "x": common.NoRecommender, "s": "Skips are not stored: " + common.NoRecommender,
	} {
		press(t, m, k)
		if got := m.status.Message(); !strings.Contains(got, want) {
			t.Errorf("%s: status %q, want it to contain %q", k, got, want)
		}
	}
}

func TestErrorShownThenClearedOnNextKey(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	m.Update(common.ErrMsg{Err: errors.New("disk on fire")})
	if !strings.Contains(screenText(m), "disk on fire") {
		t.Fatal("error not in the status bar")
	}
	press(t, m, "down")
	if m.status.Err() != nil || strings.Contains(screenText(m), "disk on fire") {
		t.Fatal("error not cleared by the next key")
	}
}

// TestLongErrorTakesLinesOfItsOwn: at 80x24 an error too long for the
// status line is shown in full on the lines under it; the panes give up
// those lines, the screen keeps its size, and the next key gives them
// back.
func TestLongErrorTakesLinesOfItsOwn(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 80, 24)
	body := m.rects[paneBrowser].h
	long := "could not export the queue to /home/someone/Music/Playlists/sleeve-queue-2026-11-30.m3u: no space left on device"
	m.Update(common.ErrMsg{Err: errors.New(long)})
	checkScreen(t, m, 80, 24)
	s := screenText(m)
	if !strings.Contains(s, "no space left on device") || !strings.Contains(s, "/home/someone/Music/") {
		t.Errorf("the error is not shown in full:\n%s", s)
	}
	if got := m.rects[paneBrowser].h; got != body-m.status.Height()+1 {
		t.Errorf("the panes are %d high with a %d-line status, want %d", got, m.status.Height(), body-m.status.Height()+1)
	}
	press(t, m, "down")
	checkScreen(t, m, 80, 24)
	if m.rects[paneBrowser].h != body || strings.Contains(screenText(m), "no space left") {
		t.Errorf("the next key did not give the lines back (panes %d high, want %d)", m.rects[paneBrowser].h, body)
	}
}

func TestBadFilterReportsError(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	press(t, m, "/", "n", "o", "p", "e", ":", "x")
	if m.status.Err() == nil || !strings.Contains(m.status.Err().Error(), "nope") {
		t.Fatalf("status error %v, want the unknown field named", m.status.Err())
	}
}

func TestIdleScreenSchedulesNoTicks(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	if m.busy() {
		t.Fatal("busy after everything settled")
	}
	if _, cmd := m.Update(m.spinner.Tick()); cmd != nil {
		if msg := cmd(); msg != nil {
			if _, ok := msg.(tea.BatchMsg); !ok || len(msg.(tea.BatchMsg)) > 0 {
				// A nil batch is fine; any real Cmd would be a tick.
				for _, c := range msg.(tea.BatchMsg) {
					if c != nil {
						t.Fatal("a spinner tick was scheduled while idle")
					}
				}
			}
		}
	}
	if m.spinning {
		t.Fatal("spinner still marked as spinning while idle")
	}
	// Starting work starts the spinner.
	m.reload()
	if cmd := m.startSpinner(); cmd == nil {
		t.Fatal("no spinner tick while loading")
	}
	if _, ok := m.spinner.Tick().(spinner.TickMsg); !ok {
		t.Fatal("spinner Tick is not a TickMsg")
	}
}

func TestTabCyclesFocusAndScreens(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	want := []pane{paneDetail, paneChat, paneResults, paneTaste, paneQueue, paneBrowser}
	for _, p := range want {
		press(t, m, "tab")
		if m.focus != p {
			t.Fatalf("focus %d, want %d", m.focus, p)
		}
	}
	// In the chat, q is typed, not quit; tab still leaves.
	press(t, m, "tab", "tab")
	if _, cmd := m.Update(keyMsg("q")); quits(cmd) {
		t.Fatal("q quit from the chat input")
	}
	press(t, m, "tab")
	if m.focus != paneResults {
		t.Fatalf("tab did not leave the chat: focus %d", m.focus)
	}
	if _, cmd := m.Update(keyMsg("q")); !quits(cmd) {
		t.Fatal("q did not quit from the results")
	}
}

// quits reports whether cmd, or a Cmd in its batch, quits.
func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if quits(c) {
				return true
			}
		}
	}
	return false
}

func TestOllamaBanner(t *testing.T) {
	down := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Ollama: fakeOllama{st: OllamaStatus{Running: false}}}, 100, 30)
	if s := screenText(down); !strings.Contains(s, "ollama serve") || !strings.Contains(s, "https://ollama.com/download") ||
		!strings.Contains(s, "Ollama: not running") {
		// Without the Models view, the banner says how to install it too:
		// on a fresh machine "ollama serve" alone is "command not found".
		t.Fatalf("no banner without Ollama:\n%s", s)
	}
	mgr, err := app.NewModelManager(app.OllamaSettings{Host: "127.0.0.1:9", ChatModel: "chat", EmbedModel: "embed"})
	if err != nil {
		t.Fatal(err)
	}
	withModels := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Ollama: fakeOllama{st: OllamaStatus{Running: false}},
		Models: mgr}, 100, 30)
	if s := strings.Join(strings.Fields(screenText(withModels)), " "); !strings.Contains(s, "M shows how to install or start it") {
		t.Fatalf("the banner does not point to the Models view:\n%s", s)
	}
	// Once a key is pressed the banner has been read: it gives its rows
	// back to the panes, and the status bar still says Ollama is not
	// running.
	rows := lipgloss.Height(down.browser.View())
	press(t, down, "j")
	if s := screenText(down); strings.Contains(s, "ollama serve") || !strings.Contains(s, "Ollama: not running") || lipgloss.Height(down.browser.View()) <= rows {
		t.Fatalf("the banner stays after a key (panes %d rows, were %d):\n%s", lipgloss.Height(down.browser.View()), rows, s)
	}
	up := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Ollama: fakeOllama{st: OllamaStatus{Running: true, Models: []string{"llama3.2"}}}}, 100, 30)
	if s := screenText(up); strings.Contains(s, "ollama serve") || !strings.Contains(s, "Ollama: llama3.2") {
		t.Fatalf("banner shown with Ollama running:\n%s", s)
	}
	unchecked := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	if s := screenText(unchecked); !strings.Contains(s, "Ollama: not checked") {
		t.Fatalf("unchecked Ollama not said:\n%s", s)
	}
	off := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{LanguageModelOff: true}, 100, 30)
	if s := screenText(off); !strings.Contains(s, "Ollama: turned off") || strings.Contains(s, "not checked") {
		t.Fatalf("a language model turned off is not said so:\n%s", s)
	}
}

// TestEnterPlaysWholeTrackPPlaysPreview checks, in the library, the detail
// pane and the picks, that enter plays the whole track and p its preview
// (issue 14).
func TestEnterPlaysWholeTrackPPlaysPreview(t *testing.T) {
	p := &fakePlayer{}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Player: p}, 100, 30)
	press(t, m, "l", "l", "down", "enter")
	sel, _ := m.browser.Selected()
	if len(p.played) != 1 || p.played[0] != sel.ID || p.preview[0] {
		t.Fatalf("enter in the library: played %v preview %v, want whole track %d", p.played, p.preview, sel.ID)
	}
	if msg := m.status.Message(); msg != "Playing "+sel.Title {
		t.Fatalf("status %q", msg)
	}
	press(t, m, "p")
	if len(p.played) != 2 || p.played[1] != sel.ID || !p.preview[1] {
		t.Fatalf("p in the library: played %v preview %v, want the preview of %d", p.played, p.preview, sel.ID)
	}
	if msg := m.status.Message(); !strings.HasPrefix(msg, "Playing the preview of ") {
		t.Fatalf("status %q", msg)
	}

	m.setFocus(paneDetail)
	press(t, m, "enter", "p")
	if len(p.played) != 4 || p.played[2] != sel.ID || p.preview[2] || p.played[3] != sel.ID || !p.preview[3] {
		t.Fatalf("enter, p in the detail pane: played %v preview %v", p.played, p.preview)
	}

	m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: 3, Title: "Blue", Artist: "Basalt"}}})
	m.setFocus(paneResults)
	press(t, m, "p", "enter")
	if len(p.played) != 6 || p.played[4] != 3 || !p.preview[4] || p.played[5] != 3 || p.preview[5] {
		t.Fatalf("p, enter on a pick: played %v preview %v", p.played, p.preview)
	}
}

// TestExportM3U exports the selected album into a playlists folder that
// does not exist yet: it is made, and the status names the file in full
// (issue 14, bug 9).
func TestExportM3U(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "sleeve", "playlists")
	lib := &fakeLibrary{tracks: fixtureTracks(20)}
	m := newTestModel(t, lib, Deps{ExportDir: dir}, 200, 30)
	press(t, m, "l", "e") // the first artist's first album
	files, _ := filepath.Glob(filepath.Join(dir, "*.m3u"))
	if len(files) != 1 {
		t.Fatalf("%d playlists written; status %q err %v", len(files), m.status.Message(), m.status.Err())
	}
	if msg := m.status.Message(); !strings.HasSuffix(msg, " to "+files[0]) || !filepath.IsAbs(files[0]) {
		t.Errorf("status %q does not name %s in full", msg, files[0])
	}
	b, _ := os.ReadFile(files[0])
	ids := m.browser.SelectedIDs()
	if !strings.HasPrefix(string(b), "#EXTM3U\n") || strings.Count(string(b), "#EXTINF") != len(ids) {
		t.Fatalf("playlist for %d tracks:\n%s", len(ids), b)
	}
	first, _ := lib.Track(context.Background(), ids[0])
	if !strings.Contains(string(b), first.Path) {
		t.Fatalf("playlist lacks %s", first.Path)
	}
}

// TestExportOneTrackSaysTrack: exporting a single track says "Exported 1
// track", not "1 tracks".
func TestExportOneTrackSaysTrack(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "playlists")
	lib := &fakeLibrary{tracks: fixtureTracks(20)}
	m := newTestModel(t, lib, Deps{ExportDir: dir}, 200, 30)
	press(t, m, "l", "l", "e") // the first track of the first album
	if msg := m.status.Message(); !strings.HasPrefix(msg, "Exported 1 track to ") {
		t.Errorf("status %q, err %v", msg, m.status.Err())
	}
}

func TestPicksReachResults(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: 3, Title: "Blue", Artist: "Basalt", Reason: "slow and warm"}}})
	press(t, m, "tab", "tab", "tab") // results
	if m.focus != paneResults || len(m.results.Picks()) != 1 {
		t.Fatalf("focus %d, picks %d", m.focus, len(m.results.Picks()))
	}
	if !strings.Contains(screenText(m), "slow and warm") {
		t.Fatal("pick reason not shown")
	}
}

func TestRebindChangesKeysAndHelp(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	if err := m.Keys().Rebind(map[string][]string{"quit": {"Q"}}); err != nil {
		t.Fatal(err)
	}
	if _, cmd := m.Update(keyMsg("q")); quits(cmd) {
		t.Fatal("q still quits after rebinding")
	}
	if _, cmd := m.Update(keyMsg("Q")); !quits(cmd) {
		t.Fatal("Q does not quit after rebinding")
	}
	if !strings.Contains(screenText(m), "Q quit") {
		t.Fatal("help line does not show the new key")
	}
}

// TestExportNeverReplacesAFile exports the same list twice within one
// second: the second playlist gets a new name instead of replacing the
// first, which was edited by hand in between.
func TestExportNeverReplacesAFile(t *testing.T) {
	dir := t.TempDir()
	lib := &fakeLibrary{tracks: fixtureTracks(20)}
	m := newTestModel(t, lib, Deps{ExportDir: dir}, 100, 30)
	ids := m.browser.SelectedIDs()
	at := time.Date(2026, 11, 30, 21, 0, 0, 0, time.UTC)
	first, _, err := lib.WritePlaylist(context.Background(), ids, app.PlaylistOptions{Dir: dir, Name: "library", Now: at})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(first, []byte("edited by hand\n"), 0o644)
	second, n, err := lib.WritePlaylist(context.Background(), ids, app.PlaylistOptions{Dir: dir, Name: "library", Now: at})
	if err != nil || second == first || n != len(ids) {
		t.Fatalf("second export: %s %d %v", second, n, err)
	}
	if b, _ := os.ReadFile(first); string(b) != "edited by hand\n" {
		t.Fatalf("the first playlist was replaced: %q", b)
	}
}

// TestFirstScreenShowsMusic: on the artists, the detail pane shows the
// highlighted artist's albums and tracks and follows the cursor; on a
// track it shows the track (issue 14, bug 7).
func TestFirstScreenShowsMusic(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(60)}, Deps{}, 120, 40)
	detail := func() string { return ansi.Strip(m.detail.View()) }
	if d := detail(); strings.Contains(d, "Choose a track") || !strings.Contains(d, "Aurora Lane") ||
		!strings.Contains(d, "Aurora Lane Sessions 1 (") || !strings.Contains(d, "Blue Blue 0") {
		t.Fatalf("first screen's detail pane:\n%s", d)
	}
	press(t, m, "j")
	if d := detail(); !strings.Contains(d, "Basalt") || strings.Contains(d, "Aurora Lane Sessions") {
		t.Fatalf("the detail pane did not follow the cursor to Basalt:\n%s", d)
	}
	press(t, m, "l")
	if d := detail(); !strings.Contains(d, "Basalt — Basalt Sessions 1") {
		t.Fatalf("on an album, the detail pane shows its tracks:\n%s", d)
	}
	press(t, m, "l")
	if m.detail.TrackID() == 0 || !strings.Contains(detail(), "/music/Basalt/") {
		t.Fatalf("on a track, the detail pane shows it with its file:\n%s", detail())
	}
}

// TestCopiesAreToldApart: two copies of a song (FLAC and MP3 in other
// folders) are listed with their format and folder, other rows are not,
// and the detail pane shows each copy's path (issue 14, bug 8).
func TestCopiesAreToldApart(t *testing.T) {
	tracks := fixtureTracks(7)
	a, b := tracks[0], tracks[0]
	a.ID, a.Path, a.Format = 100, "/music/lossless/Aurora Lane/Song.flac", "flac"
	b.ID, b.Path, b.Format = 101, "/music/phone/Song.mp3", "mp3"
	a.Tags.Title, b.Tags.Title = "Same Song", "Same Song"
	tracks = append([]app.Track{a, b}, tracks...)
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{}, 120, 40)
	press(t, m, "v") // the flat list
	view := screenText(m)
	if !strings.Contains(view, "Same Song · Aurora Lane [FLAC · Aurora Lane/]") ||
		!strings.Contains(view, "Same Song · Aurora Lane [MP3 · phone/]") {
		t.Fatalf("the copies are not told apart:\n%s", view)
	}
	if strings.Count(view, "[FLAC") != 1 {
		t.Errorf("a track with no copy is marked:\n%s", view)
	}
	seen := map[string]bool{}
	for range m.browser.Len() {
		if r, ok := m.browser.Selected(); ok && r.Title == "Same Song" {
			d := ansi.Strip(m.detail.View())
			for _, p := range []string{a.Path, b.Path} {
				if strings.Contains(d, p) {
					seen[p] = true
				}
			}
		}
		press(t, m, "j")
	}
	if !seen[a.Path] || !seen[b.Path] {
		t.Errorf("the detail pane did not show both paths: %v", seen)
	}
}
