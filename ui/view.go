package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"sleeve/ui/common"
)

// View draws the whole screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "Sleeve"
	return v
}

// render draws the screen's content.
func (m *Model) render() string {
	if m.width == 0 {
		return "Starting Sleeve…"
	}
	if m.tooSmall() {
		msg := fmt.Sprintf("Sleeve needs at least %d×%d; this terminal is %d×%d.\nMake it larger, or press q to quit.",
			MinWidth, MinHeight, m.width, m.height)
		return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, msg)
	}
	parts := []string{m.headerView()}
	if b := m.bannerView(); b != "" {
		parts = append(parts, b)
	}
	parts = append(parts, m.bodyView(), m.status.View(m.spinnerView()), m.helpLine())
	return strings.Join(parts, "\n")
}

func (m *Model) spinnerView() string {
	if !m.spinning {
		return ""
	}
	return m.spinner.View()
}

// headerView is the title and the screens, the current one marked.
func (m *Model) headerView() string {
	s := m.c.Styles
	names := []string{"Library", "Ask", "Taste"}
	out := s.Header.Render("Sleeve")
	cur := m.focus.screen()
	if m.lib == libEmpty {
		cur = -1
	}
	for i, n := range names {
		if screen(i) == cur {
			out += s.TabActive.Render(n)
		} else {
			out += s.Tab.Render(n)
		}
	}
	return common.Fit(out, m.width)
}

// bannerView explains the fallbacks when Ollama is missing.
func (m *Model) bannerView() string {
	t := m.bannerText()
	if t == "" {
		return ""
	}
	s := m.c.Styles
	w := m.width - s.Banner.GetHorizontalFrameSize()
	return s.Banner.Width(m.width).Render(strings.Join(common.Wrap(t, w), "\n"))
}

// bodyView draws the panes of the current screen, or the help.
func (m *Model) bodyView() string {
	if m.showHelp {
		return m.helpView()
	}
	if m.lib == libEmpty {
		return m.welcome.View()
	}
	switch m.focus.screen() {
	case screenAsk:
		return lipgloss.JoinHorizontal(lipgloss.Top, m.chat.View(), m.results.View())
	case screenTaste:
		return m.taste.View()
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, m.browser.View(), m.detail.View())
}

// focused returns the focused pane as a component.
func (m *Model) focused() common.Component {
	if m.lib == libEmpty {
		return m.welcome
	}
	switch m.focus {
	case paneDetail:
		return m.detail
	case paneChat:
		return m.chat
	case paneResults:
		return m.results
	case paneTaste:
		return m.taste
	}
	return m.browser
}

// helpLine is the short help of the focused pane, cut to fit, followed by
// the global keys, which always show.
func (m *Model) helpLine() string {
	k := m.c.Keys
	global := []key.Binding{k.NextPane, k.Help, k.Quit}
	seen := map[string]bool{}
	for _, b := range global {
		seen[b.Help().Key] = true
	}
	var local []key.Binding
	for _, b := range m.focused().ShortHelp() {
		if !seen[b.Help().Key] {
			seen[b.Help().Key] = true
			local = append(local, b)
		}
	}
	right := m.help.ShortHelpView(global)
	room := m.width - lipgloss.Width(right) - 4
	left := common.Truncate(m.help.ShortHelpView(local), room)
	if left != "" {
		left += m.c.Styles.HelpSep.Render(" • ")
	}
	return common.Fit(" "+left+right, m.width)
}

// helpView is the full help, generated from the key map.
func (m *Model) helpView() string {
	k := m.c.Keys
	groups := append(m.focused().FullHelp(),
		[]key.Binding{k.Enter, k.Pause, k.Rate, k.Skip, k.More, k.Exclude, k.Export},
		[]key.Binding{k.NextPane, k.PrevPane, k.Filter, k.Cancel, k.Help, k.Quit},
	)
	r := m.rects[paneTaste]
	body := m.help.FullHelpView(groups) + "\n\n" + m.c.Styles.Muted.Render("? or esc closes the help.")
	return m.c.Styles.Panel("Keys", body, r.w, r.h, true)
}
