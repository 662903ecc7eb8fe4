package ui

import (
	"regexp"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/results"
)

// helpEntry matches one "KEY description" entry of the help.
var helpEntry = regexp.MustCompile(`(?:^| {2,}|• )(\S+) +[a-z]`)

// helpBody returns the lines of the Keys panel, without its border.
func helpBody(t *testing.T, m *Model) []string {
	t.Helper()
	var out []string
	in := false
	for _, l := range strings.Split(screenText(m), "\n") {
		switch {
		case strings.Contains(l, "╭"):
			in = true
		case strings.Contains(l, "╰"):
			in = false
		case in:
			out = append(out, strings.Trim(l, "│ "))
		}
	}
	return out
}

// TestHelpIsTrueAndFits opens the help in each pane at 80x24: every key
// is listed once, the keys listed are the ones that work there (R in
// Taste, b and w in Picks but not in the Library), the global keys show in
// full, and nothing is wider than the terminal (issue 14, bug 1).
func TestHelpIsTrueAndFits(t *testing.T) {
	eng := &fakeEngine{}
	for _, c := range []struct {
		name         string
		focus        pane
		want, absent []string
	}{
		{"library", paneBrowser, []string{"↑/k", "enter", "/", "esc", "o", "v", "y", "1-5", "space", "e", "a", ">", "<", "+", "-", "tab", "shift+tab", "?", "q"}, []string{"b", "w", "R", "n", "P", "←", "→"}},
		{"detail", paneDetail, []string{"enter", "1-5", "s", "m", "x", ">", "space", "q"}, []string{"b", "w", "/", "R", "P", "y"}},
		{"picks", paneResults, []string{"enter", "b", "w", "n", "m", "x", "e", "1-5", "a", "P", ">", "<", "q"}, []string{"/", "R", "o", "←", "y"}},
		{"taste", paneTaste, []string{"R", "space", ">", "+", "tab", "q"}, []string{"enter", "b", "/", "a", "P"}},
		{"queue", paneQueue, []string{"↑/k", "enter", "←", "→", "space", ">", "<", "+", "-", "1-5", "s", "m", "x", "e", "tab", "q"}, []string{"a", "P", "/", "b", "w"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Feedback: eng, Recommender: eng, Taste: &countingProfile{}}, 80, 24)
			m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: 3, Title: "Blue", Artist: "Basalt"}}})
			m.setFocus(c.focus)
			press(t, m, "?")
			for _, l := range strings.Split(screenText(m), "\n") {
				if w := lipgloss.Width(l); w > 80 {
					t.Errorf("line %d wide: %q", w, l)
				}
			}
			body := strings.Join(helpBody(t, m), "\n")
			if strings.Contains(body, "…") {
				t.Errorf("the help is cut:\n%s", body)
			}
			count := map[string]int{}
			for _, l := range helpBody(t, m) {
				if strings.HasPrefix(l, "? or esc closes") {
					continue
				}
				// An entry is a key, spaces, a description: after the
				// start of a line, a gap of two or more spaces, or " • ".
				for _, mt := range helpEntry.FindAllStringSubmatch(l, -1) {
					count[mt[1]]++
				}
			}
			for k, n := range count {
				if n > 1 {
					t.Errorf("%s listed %d times:\n%s", k, n, body)
				}
			}
			for _, k := range c.want {
				if count[k] != 1 {
					t.Errorf("%s not listed:\n%s", k, body)
				}
			}
			for _, k := range c.absent {
				if count[k] != 0 {
					t.Errorf("%s listed, but does nothing here:\n%s", k, body)
				}
			}
		})
	}
}

// TestInputsShowTheirOwnHints: while the filter or the Ask box has the
// keyboard, the hint line shows the input's keys, not "? help" or "q
// quit", which would type there (issue 14, bug 2).
func TestInputsShowTheirOwnHints(t *testing.T) {
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Feedback: eng, Recommender: eng}, 80, 24)
	lastLine := func() string {
		lines := strings.Split(screenText(m), "\n")
		return lines[len(lines)-1]
	}
	if l := lastLine(); !strings.Contains(l, "? help") || !strings.Contains(l, "q quit") {
		t.Fatalf("the library's hint line lacks the global keys: %q", l)
	}
	press(t, m, "/")
	if l := lastLine(); strings.Contains(l, "help") || strings.Contains(l, "q quit") || !strings.Contains(l, "ctrl+c quit") || !strings.Contains(l, "enter keep filter") {
		t.Errorf("filter hints: %q", l)
	}
	press(t, m, "q")
	if !m.browser.Filtering() {
		t.Fatal("q left the filter")
	}
	press(t, m, "esc")
	m.setFocus(paneChat)
	if l := lastLine(); strings.Contains(l, "help") || strings.Contains(l, "q quit") || !strings.Contains(l, "ctrl+c quit") || !strings.Contains(l, "enter send") {
		t.Errorf("Ask hints: %q", l)
	}
}

// TestAskKeyReachesTheAskBoxFromEveryPane checks that i (and :) take the
// keyboard to the Ask box from any pane, so that a request typed next is
// read as a request and not as the pane's keys, and that the hint line
// says so.
func TestAskKeyReachesTheAskBoxFromEveryPane(t *testing.T) {
	for _, askKey := range []string{"i", ":"} {
		for start := paneBrowser; start < paneCount; start++ {
			m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
			press(t, m, "esc")
			m.setFocus(start)
			press(t, m, askKey)
			if m.focus != paneChat {
				t.Fatalf("%s from pane %d: focus is pane %d, not the Ask box", askKey, start, m.focus)
			}
			press(t, m, "s", "a", "d", " ", "j", "a", "z", "z")
			want := "sad jazz"
			if start == paneChat {
				want = askKey + want // in the Ask box the key is text
			}
			if got := m.chat.InputValue(); got != want {
				t.Errorf("%s from pane %d: the Ask box holds %q, want %q", askKey, start, got, want)
			}
		}
	}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 100, 30)
	if line := m.helpLine(); !strings.Contains(ansi.Strip(line), "i ask") {
		t.Errorf("the library's hint line does not offer i: %q", ansi.Strip(line))
	}
}

// TestHintLineCutsWholeKeys: when the focused pane's keys do not all fit
// on the hint line, it leaves out whole keys and ends them with "…", so
// that no key is shown with its description cut ("o s…" for "o sort").
func TestHintLineCutsWholeKeys(t *testing.T) {
	for _, w := range []int{60, 80, 100, 110, 120, 140} {
		m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, w, 30)
		press(t, m, "esc")
		for pane := paneBrowser; pane < paneCount; pane++ {
			m.setFocus(pane)
			whole := map[string]bool{"…": true, "ctrl+c quit": true}
			bindings := append(m.focused().ShortHelp(), m.c.Keys.NextPane, m.c.Keys.PrevPane, m.c.Keys.Ask, m.c.Keys.Help, m.c.Keys.Quit, m.c.Keys.Models)
			for _, b := range bindings {
				whole[b.Help().Key+" "+b.Help().Desc] = true
			}
			line := strings.TrimSpace(ansi.Strip(m.helpLine()))
			for _, item := range strings.Split(line, "•") {
				item = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(item), "…"))
				if item != "" && !whole[item] {
					t.Errorf("width %d, pane %d: the hint line shows %q, which is not a whole key: %q", w, pane, item, line)
				}
			}
		}
	}
}

// TestHelpOfTheAskAndPicksSaysWhatToSay: the help of the Ask box and of
// the Picks pane also lists what can be said there, so that the novelty
// dial ("something new", "deep cuts", "familiar favourites"), the artist
// controls ("no more of that artist", "nothing by ARTIST") and the
// follow-ups can be found without the README; the library's help does not.
func TestHelpOfTheAskAndPicksSaysWhatToSay(t *testing.T) {
	for _, pane := range []pane{paneChat, paneResults, paneBrowser} {
		m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 120, 40)
		press(t, m, "esc")
		m.setFocus(pane)
		v := ansi.Strip(m.helpView())
		wants := []string{"something new", "deep cuts", "familiar favourites", "no more of that artist", "nothing by ARTIST",
			"more like the second one", "anything close"}
		for _, w := range wants {
			if strings.Contains(v, w) != (pane != paneBrowser) {
				t.Errorf("pane %d: help holds %q: %v\n%s", pane, w, strings.Contains(v, w), v)
			}
		}
	}
}

// TestSayHelpNamesTheReboundKeys: the keys that the Ask box's help names
// beside what can be said (exclude an artist, start a new conversation)
// are the bindings in force, so a config file that rebinds them does not
// leave the help naming keys that do nothing.
func TestSayHelpNamesTheReboundKeys(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 120, 40)
	if err := m.Keys().Rebind(map[string][]string{"exclude": {"X"}, "new_conversation": {"ctrl+n"}}); err != nil {
		t.Fatal(err)
	}
	press(t, m, "esc")
	m.setFocus(paneChat)
	v := ansi.Strip(m.helpView())
	for _, want := range []string{"(X on a pick)", "or ctrl+n to start over"} {
		if !strings.Contains(v, want) {
			t.Errorf("help lacks %q:\n%s", want, v)
		}
	}
	for _, stale := range []string{"(x on a pick)", "or n to start over"} {
		if strings.Contains(v, stale) {
			t.Errorf("help names a key that is no longer bound: %q", stale)
		}
	}
}

// TestHelpFitsTheSmallestTerminal: at 80x24, the smallest size the
// explorer draws, the help of every pane shows its last line; in the
// Picks and Ask panes the list of what can be said lost "start afresh",
// cut by the panel's height (found in the end-to-end trial). The blank
// lines between groups go first when the help is taller than the panel.
func TestHelpFitsTheSmallestTerminal(t *testing.T) {
	eng := &fakeEngine{}
	mgr, err := app.NewModelManager(app.OllamaSettings{Host: "127.0.0.1:9", ChatModel: "chat", EmbedModel: "embed"})
	if err != nil {
		t.Fatal(err)
	}
	for _, focus := range []pane{paneBrowser, paneDetail, paneResults, paneChat, paneTaste, paneQueue} {
		// Every part connected, as in the real explorer: the player's and
		// the Models view's keys take lines of their own.
		m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Feedback: eng, Recommender: eng, Taste: &countingProfile{},
			Player: &fakePlayer{}, Models: mgr}, 80, 24)
		m.Update(results.PicksMsg{Picks: []results.Pick{{TrackID: 3, Title: "Blue", Artist: "Basalt"}}})
		m.setFocus(focus)
		m.showHelp = true // in the Ask box ? is typed; the help shows over any pane alike
		body := strings.Join(helpBody(t, m), "\n")
		last := "q quit"
		if focus == paneResults || focus == paneChat {
			last = "start afresh: something completely different"
		}
		if !strings.Contains(body, last) {
			t.Errorf("pane %d: the help lacks %q:\n%s", focus, last, body)
		}
	}
}
