package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
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
		// Wrapped to the terminal, however narrow, so none of it is cut.
		msg = lipgloss.NewStyle().Width(m.width).Align(lipgloss.Center).Render(msg)
		return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, msg)
	}
	parts := []string{m.headerView()}
	if b := m.bannerView(); b != "" {
		parts = append(parts, b)
	}
	parts = append(parts, m.bodyView())
	if l := m.nowPlayingLine(); l != "" {
		parts = append(parts, l)
	}
	parts = append(parts, m.status.View(m.spinnerView()), m.helpLine())
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
	names := []string{"Library", "Ask", "Taste", "Queue"}
	out := s.Header.Render("Sleeve")
	cur := m.focus.screen()
	if m.lib == libEmpty || m.showModels {
		cur = -1
	}
	for i, n := range names {
		if screen(i) == cur {
			out += s.TabActive.Render(n)
		} else {
			out += s.Tab.Render(n)
		}
	}
	if m.showModels {
		out += s.TabActive.Render("Models")
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
	if m.showModels {
		return m.models.View()
	}
	if m.lib == libEmpty || m.adding() {
		return m.welcome.View()
	}
	switch m.focus.screen() {
	case screenAsk:
		return lipgloss.JoinHorizontal(lipgloss.Top, m.chat.View(), m.results.View())
	case screenTaste:
		return m.taste.View()
	case screenQueue:
		return m.queue.View()
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, m.browser.View(), m.detail.View())
}

// focused returns the focused pane as a component.
func (m *Model) focused() common.Component {
	if m.showModels {
		return m.models
	}
	if m.lib == libEmpty || m.adding() {
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
	case paneQueue:
		return m.queue
	}
	return m.browser
}

// typing reports whether an input has the keyboard, so that ? and q type
// characters rather than open the help or quit.
func (m *Model) typing() bool {
	if m.showModels {
		return false
	}
	if m.lib == libEmpty || m.adding() {
		return m.welcome.Typing()
	}
	return m.focus == paneChat || (m.focus == paneBrowser && m.browser.Filtering()) ||
		(m.focus == paneDetail && m.detail.Editing())
}

// globalHelp returns the keys that work on the current screen whatever
// pane has the focus: none while an input has the keyboard, ? and q on
// the first-run screen, and tab, shift+tab, ? and q in a library.
func (m *Model) globalHelp() []key.Binding {
	k := m.c.Keys
	switch {
	case m.typing():
		return nil
	case m.lib == libEmpty && !m.showModels && m.deps.Models != nil:
		// Models can be pulled before there is a library.
		return []key.Binding{k.Help, k.Quit, k.Models}
	case m.lib == libEmpty, m.adding():
		return []key.Binding{k.Help, k.Quit}
	}
	if m.deps.Models != nil && !m.showModels {
		// The Models view's own help lists M as "close".
		return append(k.GlobalHelp(), k.Models)
	}
	return k.GlobalHelp()
}

// helpLine is the short help of the focused pane, cut to fit, followed by
// the global keys, which always show. An input shows only its own keys.
func (m *Model) helpLine() string {
	if m.showHelp {
		return common.Fit(" "+m.help.ShortHelpView([]key.Binding{common.As(m.c.Keys.Help, "or esc closes the help")}), m.width)
	}
	var global []key.Binding
	if m.typing() {
		// q and ? are typed into the input; ctrl+c still quits.
		global = []key.Binding{key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))}
	}
	if g := m.globalHelp(); len(g) > 0 {
		// The short line has no room for shift+tab.
		global = []key.Binding{m.c.Keys.Help, m.c.Keys.Quit}
		switch {
		case m.lib != libEmpty && !m.adding():
			global = append([]key.Binding{m.c.Keys.NextPane, m.c.Keys.Ask}, global...)
		case !m.showModels && m.deps.Models != nil:
			global = append(global, m.c.Keys.Models)
		}
	}
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
	left := fitShortHelp(m.help, local, room)
	if left != "" && right != "" {
		left += m.c.Styles.HelpSep.Render(" • ")
	}
	return common.Fit(" "+left+right, m.width)
}

// fitShortHelp lays out as many of the bindings, whole and in order, as
// fit in width, ending with "…" when some were left out, so that no key
// shows with its description cut ("o s…" for "o sort"). (help's own
// truncation keeps adding keys once its ellipsis no longer fits.)
func fitShortHelp(h help.Model, bindings []key.Binding, width int) string {
	h.SetWidth(0)
	for n := len(bindings); n > 0; n-- {
		s := h.ShortHelpView(bindings[:n])
		if n < len(bindings) {
			s += " …"
		}
		if lipgloss.Width(s) <= width {
			return s
		}
	}
	return ""
}

// wrapShortHelp lays bindings out as short help ("key desc • key desc"),
// starting a new line where the next one would pass width.
func wrapShortHelp(h help.Model, bindings []key.Binding, width int) string {
	var lines []string
	var line []key.Binding
	for _, b := range bindings {
		if len(line) > 0 && lipgloss.Width(h.ShortHelpView(append(line, b))) > width {
			lines = append(lines, h.ShortHelpView(line))
			line = nil
		}
		line = append(line, b)
	}
	if len(line) > 0 {
		lines = append(lines, h.ShortHelpView(line))
	}
	return strings.Join(lines, "\n")
}

// sayHelp lists what can be said in the Ask box beside the keys: the
// novelty dial, the artist controls and the follow-ups, which no key
// shows, each wrapped to width.
func (m *Model) sayHelp(width int) string {
	st, k := m.c.Styles, m.c.Keys
	lines := []string{st.Label.Render("Say in the Ask box")}
	for _, l := range [][2]string{
		{"new to you or not", "something new, deep cuts, familiar favourites"},
		{"fewer of an artist", "no more of that artist, nothing by ARTIST (" + k.Exclude.Help().Key + " on a pick)"},
		{"like a pick", "more like the second one, like TITLE but slower"},
		{"refine the list", "slower, calmer, piano, no drums, anything close"},
		{"start afresh", "something completely different, or " + k.NewChat.Help().Key + " to start over"},
	} {
		for i, w := range common.Wrap(l[0]+": "+l[1], max(8, width-2)) {
			if i == 0 {
				w = st.HelpKey.Render(l[0]+":") + strings.TrimPrefix(w, l[0]+":")
			}
			lines = append(lines, "  "+w)
		}
	}
	return strings.Join(lines, "\n")
}

// helpView is the full help, generated from the focused pane's active
// bindings: each key once, in columns that fit the width (a row of
// columns wraps to another), the global keys on a line of their own.
func (m *Model) helpView() string {
	r := m.rects[paneTaste]
	iw, ih := m.c.Styles.PanelInner(r.w, r.h)
	groups := m.focused().FullHelp()
	if m.lib == libReady && !m.typing() && !m.showModels && !m.adding() && m.focus.screen() == screenLibrary && len(groups) > 0 {
		// Scanning another folder into the library goes with the keys
		// that choose what the library shows (after the filter), or last.
		at := len(groups) - 1
		for i, g := range groups {
			if slices.ContainsFunc(g, func(b key.Binding) bool { return b.Help().Key == m.c.Keys.Filter.Help().Key }) {
				at = i
			}
		}
		groups = slices.Clone(groups)
		groups[at] = append(slices.Clone(groups[at]), m.c.Keys.ScanFolder)
	}
	groups = common.Unique(groups)
	var playing []key.Binding
	if m.lib == libReady && !m.typing() && !m.showModels && !m.adding() {
		// The player's keys act in every pane but the inputs (and not in
		// the models view, which keeps its keys to itself): one line
		// of them, after the pane's own, each key once.
		all := common.Unique(append(append([][]key.Binding{}, groups...), m.c.Keys.PlayerHelp()))
		if n := len(all); n > len(groups) {
			playing = all[n-1]
		}
	}
	var global []key.Binding
	if m.typing() {
		// q and ? are typed into the input; ctrl+c still quits.
		global = []key.Binding{key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))}
	}
	if g := m.globalHelp(); len(g) > 0 {
		// The global keys once, after the pane's own.
		all := common.Unique(append(append([][]key.Binding{}, groups...), g))
		if n := len(all); n > len(groups) {
			global = all[n-1]
		}
	}
	full := m.help
	full.SetWidth(0) // columns are laid out here, never cut
	const gap = "   "
	var rows, row []string
	rowW := 0
	for _, g := range groups {
		col := full.FullHelpView([][]key.Binding{g})
		w := lipgloss.Width(col)
		if len(row) > 0 && rowW+len(gap)+w > iw {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowW = nil, 0
		}
		if len(row) > 0 {
			row = append(row, gap)
			rowW += len(gap)
		}
		row = append(row, col)
		rowW += w
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	body := strings.Join(rows, "\n\n")
	if len(playing) > 0 {
		body += "\n\n" + wrapShortHelp(full, playing, iw)
	}
	if len(global) > 0 {
		body += "\n\n" + wrapShortHelp(full, global, iw)
	}
	if m.focus == paneChat || m.focus == paneResults {
		body += "\n\n" + m.sayHelp(iw)
	}
	var lines []string
	for _, l := range strings.Split(body, "\n") {
		lines = append(lines, common.Truncate(l, iw))
	}
	if len(lines) > ih {
		// Taller than the panel (the Picks pane's help at 80x24): the
		// blank lines between the groups go before any line is cut.
		lines = slices.DeleteFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "" })
	}
	return m.c.Styles.Panel("Keys", strings.Join(lines, "\n"), r.w, r.h, true)
}
