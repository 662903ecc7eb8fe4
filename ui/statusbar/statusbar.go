// Package statusbar is the explorer's bottom line: the library's size,
// the Ollama state, the progress of running work with the time left, and
// the last message or error until the next key.
package statusbar

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/ui/common"
)

// Model is the status bar.
type Model struct {
	c     common.Common
	width int

	library  string
	ollama   string
	progress string
	message  string
	err      error
}

// New returns a status bar with nothing known yet.
func New(c common.Common) *Model {
	return &Model{c: c, library: "Reading library…", ollama: "Ollama: not checked"}
}

// SetSize sets the width; the bar is one line high.
func (m *Model) SetSize(w int) { m.width = w }

// SetLibrary sets the library summary, such as "1,234 tracks".
func (m *Model) SetLibrary(s string) { m.library = s }

// SetOllama sets the Ollama state, such as "Ollama: 2 models".
func (m *Model) SetOllama(s string) { m.ollama = s }

// SetProgress sets the running work's progress, or "" when none runs.
func (m *Model) SetProgress(s string) { m.progress = s }

// Err returns the error shown, if any.
func (m *Model) Err() error { return m.err }

// Message returns the message shown, if any.
func (m *Model) Message() string { return m.message }

// ClearTransient clears the message and the error; the root calls it on
// every key.
func (m *Model) ClearTransient() { m.message, m.err = "", nil }

// Update shows status and error messages.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.StatusMsg:
		m.message, m.err = msg.Text, nil
	case common.ErrMsg:
		m.err, m.message = msg.Err, ""
		m.c.Logf("error: %v", msg.Err)
	}
	return m, nil
}

// maxNoticeLines is how many lines under the bar a message or error too
// long for the bar's own line may take; beyond them it is cut with "…".
const maxNoticeLines = 3

// notice returns the message or error shown, styled, or "".
func (m *Model) notice() string {
	s := m.c.Styles
	switch {
	case m.err != nil:
		return s.StatusError.Render("✗ " + m.err.Error())
	case m.message != "":
		return s.StatusMessage.Render(m.message)
	}
	return ""
}

// summary is the bar's left part: the library, Ollama and the progress.
func (m *Model) summary(spinner string) string {
	s := m.c.Styles
	sep := s.Muted.Render(" · ")
	left := s.StatusBar.Render(" "+m.library) + sep + s.StatusBar.Render(m.ollama)
	if m.progress != "" {
		left += sep + s.StatusBusy.Render(strings.TrimSpace(spinner+" "+m.progress))
	}
	return left
}

// minSummary is the fewest cells of the summary kept beside a notice on
// one line.
const minSummary = 20

// wraps reports whether the notice needs lines of its own under the bar:
// it does not fit on the bar's line beside the shortest summary.
func (m *Model) wraps() bool {
	n := m.notice()
	return n != "" && ansi.StringWidth(n)+minSummary+2 > m.width
}

// Height returns how many lines the bar takes: one, and up to
// maxNoticeLines more while a message or error too long for its line is
// shown in full under it.
func (m *Model) Height() int {
	if !m.wraps() {
		return 1
	}
	return 1 + len(m.noticeLines())
}

// noticeLines wraps the notice to the width, at most maxNoticeLines.
func (m *Model) noticeLines() []string {
	lines := strings.Split(ansi.Wrap(m.notice(), max(1, m.width-2), "/"), "\n")
	if len(lines) > maxNoticeLines {
		lines = lines[:maxNoticeLines]
		last := lines[maxNoticeLines-1]
		lines[maxNoticeLines-1] = ansi.Truncate(last, max(1, m.width-3), "") + "…"
	}
	for i, l := range lines {
		lines[i] = common.Fit(" "+l, m.width)
	}
	return lines
}

// View renders the bar; spinner is drawn before the progress when work
// runs. A message or error that does not fit beside the summary is
// wrapped onto the lines under it (Height says how many), so that the
// person can read all of it.
func (m *Model) View(spinner string) string {
	left := m.summary(spinner)
	right := m.notice()
	if right == "" {
		return common.Fit(left, m.width)
	}
	if m.wraps() {
		return strings.Join(append([]string{common.Fit(left, m.width)}, m.noticeLines()...), "\n")
	}
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	// The message wins the space: it is what the person needs now.
	if lw+rw+2 > m.width {
		left = common.Truncate(left, m.width-rw-2)
		lw = ansi.StringWidth(left)
	}
	return left + strings.Repeat(" ", max(1, m.width-lw-rw-1)) + right + " "
}
