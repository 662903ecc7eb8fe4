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

// View renders the bar; spinner is drawn before the progress when work
// runs.
func (m *Model) View(spinner string) string {
	s := m.c.Styles
	sep := s.Muted.Render(" · ")
	left := s.StatusBar.Render(" "+m.library) + sep + s.StatusBar.Render(m.ollama)
	if m.progress != "" {
		left += sep + s.StatusBusy.Render(strings.TrimSpace(spinner+" "+m.progress))
	}
	var right string
	switch {
	case m.err != nil:
		right = s.StatusError.Render("✗ " + m.err.Error())
	case m.message != "":
		right = s.StatusMessage.Render(m.message)
	}
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	if right == "" {
		return common.Fit(left, m.width)
	}
	// The error or message wins the space: it is what the person needs now.
	if lw+rw+2 > m.width {
		room := m.width - rw - 2
		if room < 20 {
			return common.Fit(" "+common.Truncate(right, m.width-1), m.width)
		}
		left = common.Truncate(left, room)
		lw = ansi.StringWidth(left)
	}
	return left + strings.Repeat(" ", max(1, m.width-lw-rw-1)) + right + " "
}
