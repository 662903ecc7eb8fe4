// Package ui is Sleeve's terminal explorer, a Bubble Tea program. This is
// its first screen: the library at a glance while the full explorer (browse,
// notes, chat, previews) is built.
package ui

import (
	"context"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"sleeve/library"
)

// Deps are what the explorer needs from the rest of Sleeve.
type Deps struct {
	Store *library.Store
}

// Run starts the explorer and blocks until the person quits.
func Run(ctx context.Context, deps Deps) error {
	p := tea.NewProgram(newModel(deps), tea.WithContext(ctx))
	_, err := p.Run()
	if err != nil && ctx.Err() != nil {
		return nil
	}
	return err
}

// statsMsg carries the library summary, loaded off the event loop.
type statsMsg struct {
	stats library.Stats
	err   error
}

type model struct {
	deps          Deps
	width, height int
	stats         *library.Stats
	err           error
}

func newModel(deps Deps) model { return model{deps: deps} }

// loadStats reads the library summary in a Cmd, never in Update.
func loadStats(store *library.Store) tea.Cmd {
	return func() tea.Msg {
		st, err := store.Stats(context.Background())
		return statsMsg{stats: st, err: err}
	}
}

func (m model) Init() tea.Cmd { return loadStats(m.deps.Store) }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case statsMsg:
		m.err = msg.err
		if msg.err == nil {
			m.stats = &msg.stats
		}
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c", "esc":
			return m, tea.Quit
		}
	}
	return m, nil
}

var (
	titleStyle = lipgloss.NewStyle().Bold(true).Padding(0, 1)
	bodyStyle  = lipgloss.NewStyle().Padding(1, 2)
	faintStyle = lipgloss.NewStyle().Faint(true)
)

func (m model) View() tea.View {
	var b strings.Builder
	b.WriteString(titleStyle.Render("Sleeve") + "\n")
	var body strings.Builder
	switch {
	case m.err != nil:
		fmt.Fprintf(&body, "Could not read the library: %v\n", m.err)
	case m.stats == nil:
		body.WriteString("Reading the library…\n")
	case m.stats.Tracks == 0:
		body.WriteString("Your library is empty.\n\nScan your music with:  sleeve scan ~/Music\nor try the demo with:  sleeve demo\n")
	default:
		st := m.stats
		fmt.Fprintf(&body, "%d tracks by %d artists on %d albums.\n\n", st.Tracks, st.Artists, st.Albums)
		body.WriteString("The full explorer is on its way. Until then:\n")
		body.WriteString("  sleeve ls [FILTER]   list and filter tracks\n")
		body.WriteString("  sleeve show TRACK    everything about one track\n")
		body.WriteString("  sleeve stats         the library at a glance\n")
	}
	b.WriteString(bodyStyle.Render(body.String()))
	b.WriteString("\n" + faintStyle.Render("  q quit"))
	v := tea.NewView(b.String())
	v.AltScreen = true
	return v
}
