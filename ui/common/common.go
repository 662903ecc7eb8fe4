// Package common holds what every pane of the explorer shares: the Common
// struct passed to constructors, the KeyMap, the Theme and Styles, the
// messages panes use to report status and errors, and small text helpers.
package common

import (
	"fmt"
	"io"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Common is passed to every pane's constructor instead of globals: the
// styles, the key bindings and the log.
type Common struct {
	Styles *Styles
	Keys   *KeyMap
	// Log receives diagnostics; it is never the terminal. It may be nil.
	Log io.Writer
}

// Logf writes one line to the log, if there is one.
func (c Common) Logf(format string, args ...any) {
	if c.Log == nil {
		return
	}
	fmt.Fprintf(c.Log, time.Now().Format("15:04:05.000 ")+format+"\n", args...)
}

// Component is what every pane implements besides Update, whose return
// type is the pane's own.
type Component interface {
	View() string
	SetSize(width, height int)
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// StatusMsg asks the status bar to show a short message until the next key.
type StatusMsg struct{ Text string }

// ErrMsg reports an error to show in the status bar until the next key.
type ErrMsg struct{ Err error }

// Error implements error.
func (e ErrMsg) Error() string { return e.Err.Error() }

// StatusCmd returns a Cmd that shows text in the status bar.
func StatusCmd(text string) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Text: text} }
}

// ErrorCmd returns a Cmd that reports err in the status bar.
func ErrorCmd(err error) tea.Cmd {
	return func() tea.Msg { return ErrMsg{Err: err} }
}

// Messages shown when the explorer was started without one of its parts
// (Deps leaves it nil; the sleeve command always gives every part, tests
// often do not).
const (
	NoPlayer      = "Nothing plays: no sound output was given to the explorer"
	NoRecommender = "No recommender is connected"
	// NoPicks is said by keys that act on a pick while there is none.
	NoPicks = "No picks yet: ask for something in the Ask pane"
)
