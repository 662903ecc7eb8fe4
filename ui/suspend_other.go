//go:build !unix

package ui

import tea "charm.land/bubbletea/v2"

// suspendOnSIGTSTP leaves Ctrl-Z to Bubble Tea where there is no SIGTSTP.
func suspendOnSIGTSTP(*tea.Program, func(string, ...any)) (tea.Cmd, func()) {
	return tea.Suspend, func() {}
}
