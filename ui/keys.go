package ui

// This file holds the root's key handling: the keys routed to the focused
// pane, the inputs and the overlays (the Models view, the folder to scan),
// and pastes.

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"sleeve/ui/common"
)

// paste sends pasted text to the input that has the keyboard: the
// welcome screen's folder, the filter or the Ask box. Elsewhere it is
// dropped with a word, never read as keys.
func (m *Model) paste(msg tea.PasteMsg) tea.Cmd {
	switch {
	case m.lib == libEmpty || m.adding():
		_, cmd := m.welcome.Update(msg)
		return cmd
	case m.focus == paneBrowser && m.browser.Filtering():
		_, cmd := m.browser.Update(msg)
		return tea.Batch(cmd, m.syncSelection())
	case m.focus == paneChat:
		_, cmd := m.chat.Update(msg)
		return cmd
	case m.focus == paneDetail && m.detail.Editing():
		return m.detail.Paste(msg.Content)
	}
	return common.StatusCmd("Nothing to paste into here: / opens the filter, i reaches the Ask box")
}

// suspendRequestMsg asks the explorer to suspend: a SIGTSTP sent from
// outside (kill -TSTP) arrives as this message, so that the suspension
// runs from the event loop as Ctrl-Z's does.
type suspendRequestMsg struct{}

// suspendCmd hands the terminal back and stops, as a shell job does;
// Bubble Tea takes the terminal again on fg and a ResumeMsg redraws.
func (m *Model) suspendCmd() tea.Cmd {
	if m.suspend != nil {
		return m.suspend
	}
	return tea.Suspend
}

// everywhereKey handles the keys that work on every pane while no input
// has the keyboard: q quits, ? opens the help and, where models is true,
// M opens the language models. It reports whether the key was one.
func (m *Model) everywhereKey(msg tea.KeyPressMsg, models bool) (tea.Cmd, bool) {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Quit):
		m.shutdown()
		return tea.Quit, true
	case key.Matches(msg, k.Help):
		m.showHelp = true
		return nil, true
	case models && key.Matches(msg, k.Models) && m.deps.Models != nil:
		return m.openModels(), true
	}
	return nil, false
}

// key handles a key press.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	if msg.String() == "ctrl+c" {
		m.shutdown()
		return tea.Quit
	}
	if msg.String() == "ctrl+z" {
		return m.suspendCmd()
	}
	if m.tooSmall() {
		if key.Matches(msg, k.Quit) {
			m.shutdown()
			return tea.Quit
		}
		return nil
	}
	if m.showHelp {
		if key.Matches(msg, k.Help, k.Cancel, k.Quit) {
			m.showHelp = false
		}
		return nil
	}
	if m.showModels {
		return m.modelsKey(msg)
	}
	if m.adding() || m.lib == libEmpty {
		// The welcome pane: the first folder to scan, or (adding) another
		// folder or its scan, where esc leaves the folder or stops the
		// scan. q and ? work while no input has the keyboard, and M on
		// the first run.
		if !m.welcome.Typing() {
			if cmd, ok := m.everywhereKey(msg, !m.adding()); ok {
				return cmd
			}
		}
		_, cmd := m.welcome.Update(msg)
		return cmd
	}
	// An active input sees keys first.
	switch {
	case m.focus == paneBrowser && m.browser.Filtering():
		_, cmd := m.browser.Update(msg)
		return tea.Batch(cmd, m.syncSelection())
	case m.focus == paneChat && !key.Matches(msg, k.NextPane, k.PrevPane):
		_, cmd := m.chat.Update(msg)
		return cmd
	case m.focus == paneDetail && m.detail.Editing():
		_, cmd := m.detail.Update(msg)
		return cmd
	}
	if cmd, ok := m.everywhereKey(msg, true); ok {
		return cmd
	}
	switch {
	case key.Matches(msg, k.Ask):
		return m.setFocus(paneChat)
	case key.Matches(msg, k.ScanFolder) && m.focus.screen() == screenLibrary:
		if m.src.scan == nil {
			return common.StatusCmd("Scanning is not available here; run sleeve scan")
		}
		return m.welcome.AskFolder()
	case key.Matches(msg, k.NextPane):
		return m.setFocus((m.focus + 1) % paneCount)
	case key.Matches(msg, k.PrevPane):
		return m.setFocus((m.focus + paneCount - 1) % paneCount)
	}
	if cmd, ok := m.action(msg); ok {
		return cmd
	}
	switch m.focus {
	case paneBrowser:
		_, cmd := m.browser.Update(msg)
		return tea.Batch(cmd, m.syncSelection())
	case paneDetail:
		if key.Matches(msg, k.Enter, k.Preview) {
			return m.play(m.detail.TrackID(), key.Matches(msg, k.Preview))
		}
		_, cmd := m.detail.Update(msg)
		return cmd
	case paneResults:
		if key.Matches(msg, k.Enter, k.Preview) {
			if p, ok := m.results.Selected(); ok {
				return m.play(p.TrackID, key.Matches(msg, k.Preview))
			}
			return common.StatusCmd(common.NoPicks)
		}
		_, cmd := m.results.Update(msg)
		return cmd
	case paneTaste:
		_, cmd := m.taste.Update(msg)
		return cmd
	case paneQueue:
		_, cmd := m.queue.Update(msg)
		return cmd
	}
	return nil
}

// adding reports whether the welcome pane covers the library to scan a
// folder into it (f in the library), or scans one.
func (m *Model) adding() bool { return m.lib != libEmpty && m.welcome.Open() }

// openModels shows the Models view and asks Ollama again, for the view and
// for the status bar.
func (m *Model) openModels() tea.Cmd {
	m.showModels = true
	m.layout()
	return tea.Batch(m.models.Refresh(), m.checkOllama())
}

// modelsKey handles a key while the Models view is shown: M closes it, as
// does esc when no pull runs (esc cancels a pull first); tab closes it and
// moves on; q quits; the rest is the view's.
func (m *Model) modelsKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Quit):
		m.shutdown()
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = true
		return nil
	case key.Matches(msg, k.Models), key.Matches(msg, k.Cancel) && !m.models.Pulling():
		m.showModels = false
		return nil
	case key.Matches(msg, k.NextPane):
		m.showModels = false
		return m.setFocus((m.focus + 1) % paneCount)
	case key.Matches(msg, k.PrevPane):
		m.showModels = false
		return m.setFocus((m.focus + paneCount - 1) % paneCount)
	}
	_, cmd := m.models.Update(msg)
	return cmd
}
