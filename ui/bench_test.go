package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"sleeve/ui/browser"
)

// BenchmarkFirstFrame measures building the model, sizing it, taking the
// 100,000 rows it loaded (injected here, as a load Cmd would deliver
// them), running the first query and drawing the first frame.
func BenchmarkFirstFrame(b *testing.B) {
	rows := fixtureRows(100_000)
	b.ReportAllocs()
	for b.Loop() {
		m := newModel(Deps{NoColor: true, DemoDir: "/demo"}, sources{})
		m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
		m.loadID = 1
		_, cmd := m.Update(rowsMsg{id: 1, LoadedMsg: browser.LoadedMsg{Rows: rows}})
		for _, msg := range runAll(cmd) {
			m.Update(msg)
		}
		if m.browser.Len() == 0 {
			b.Fatal("nothing listed")
		}
		_ = m.View()
	}
}

// BenchmarkKeyPress measures one down-arrow (Update and View) in the flat
// list of 100,000 tracks.
func BenchmarkKeyPress(b *testing.B) {
	m := benchModel(b)
	down := tea.KeyPressMsg{Code: tea.KeyDown}
	b.ReportAllocs()
	for b.Loop() {
		m.Update(down)
		_ = m.View()
	}
}

// BenchmarkFilter100k measures filtering 100,000 rows by a free word.
func BenchmarkFilter100k(b *testing.B) {
	rows := fixtureRows(100_000)
	b.ReportAllocs()
	for b.Loop() {
		res, err := browser.Run(rows, browser.Query{Expr: "winter", Sort: "artist"})
		if err != nil || len(res.Indices) == 0 {
			b.Fatal(err, len(res.Indices))
		}
	}
}

// benchModel is a 160×48 model showing the flat list of 100,000 rows.
func benchModel(tb testing.TB) *Model {
	m := newModel(Deps{NoColor: true, DemoDir: "/demo"}, sources{})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	m.loadID = 1
	_, cmd := m.Update(rowsMsg{id: 1, LoadedMsg: browser.LoadedMsg{Rows: fixtureRows(100_000)}})
	for _, msg := range runAll(cmd) {
		m.Update(msg)
	}
	_, cmd = m.Update(tea.KeyPressMsg{Code: 'v', Text: "v"})
	for _, msg := range runAll(cmd) {
		m.Update(msg)
	}
	if !m.browser.Flat() || m.browser.Len() != 100_000 {
		tb.Fatalf("flat %v, %d listed", m.browser.Flat(), m.browser.Len())
	}
	return m
}

// runAll runs cmd and the Cmds of its batches, once, and returns their
// messages.
func runAll(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runAll(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// BenchmarkPaste50KB measures one bracketed paste of 50 KB into the Ask
// box (Update only): it costs what fits the 500-character limit, not what
// was pasted.
func BenchmarkPaste50KB(b *testing.B) {
	big := strings.Repeat("slow warm jazz for a rainy evening\n", 1500)
	m := newModel(Deps{NoColor: true, DemoDir: "/demo"}, sources{})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	m.lib = libReady
	m.setFocus(paneChat)
	b.ReportAllocs()
	for b.Loop() {
		m.chat.Update(tea.KeyPressMsg{Code: tea.KeyEscape}) // empty the box
		m.Update(tea.PasteMsg{Content: big})
		if m.chat.InputValue() == "" {
			b.Fatal("nothing pasted")
		}
	}
}

// BenchmarkTypeAtLimit measures a key typed into a full Ask box, as the
// end of a paste without bracketed paste delivers it (Update and View).
func BenchmarkTypeAtLimit(b *testing.B) {
	m := newModel(Deps{NoColor: true, DemoDir: "/demo"}, sources{})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	m.lib = libReady
	m.setFocus(paneChat)
	m.Update(tea.PasteMsg{Content: strings.Repeat("a", 600)})
	key := tea.KeyPressMsg{Code: 'x', Text: "x"}
	b.ReportAllocs()
	for b.Loop() {
		m.Update(key)
		_ = m.View()
	}
}
