// Package taste is the taste profile pane: what Sleeve has learned of the
// person's taste, in words, with a reset.
package taste

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"sleeve/ui/common"
)

// Profile describes and resets the learned taste; the engine will provide
// one.
type Profile interface {
	Describe(ctx context.Context) ([]string, error)
	Reset(ctx context.Context) error
}

// LoadedMsg carries the profile's description.
type LoadedMsg struct {
	Lines []string
	Err   error
	// Reset is set when the taste was just reset, which forgets the
	// ratings too.
	Reset bool
}

// Model is the taste pane.
type Model struct {
	c             common.Common
	profile       Profile
	width, height int
	focused       bool
	lines         []string
	// confirming is set by a first R: the pane says what a reset forgets,
	// and a second R does it. Any other key keeps the profile.
	confirming bool
}

// Confirming reports whether the pane asks to confirm a reset.
func (m *Model) Confirming() bool { return m.confirming }

// resetWarning says what a reset forgets, and what it keeps.
const resetWarning = "Press R again to reset your taste: Sleeve forgets what it learned from your ratings, " +
	"skips and requests for more, and the artists and genres you said you like or dislike are deleted. " +
	"Your ratings stay as history. This cannot be undone. Any other key keeps everything."

// New returns the pane; profile may be nil until the engine exists.
func New(c common.Common, profile Profile) *Model { return &Model{c: c, profile: profile} }

// SetFocused tells the pane whether it has the keyboard.
func (m *Model) SetFocused(f bool) {
	m.focused = f
	if !f {
		m.confirming = false // a reset is confirmed here and now, or not at all
	}
}

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Load reads the profile's description in a Cmd, or returns nil when
// there is no profile.
func (m *Model) Load() tea.Cmd {
	p := m.profile
	if p == nil {
		return nil
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		lines, err := p.Describe(ctx)
		return LoadedMsg{Lines: lines, Err: err}
	}
}

// Update handles the profile loading and the reset key.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case LoadedMsg:
		if msg.Err != nil {
			return m, common.ErrorCmd(msg.Err)
		}
		m.lines = msg.Lines
	case tea.KeyPressMsg:
		confirmed := m.confirming
		m.confirming = false
		if key.Matches(msg, m.c.Keys.ResetTaste) {
			if m.profile == nil {
				return m, common.StatusCmd("Nothing to forget: " + common.NoRecommender)
			}
			if !confirmed {
				m.confirming = true
				return m, nil
			}
			p := m.profile
			return m, func() tea.Msg {
				if err := p.Reset(context.Background()); err != nil {
					return common.ErrMsg{Err: err}
				}
				return LoadedMsg{Reset: true}
			}
		}
		if confirmed {
			return m, common.StatusCmd("Taste kept: nothing was reset")
		}
	}
	return m, nil
}

// View implements common.Component.
func (m *Model) View() string {
	s := m.c.Styles
	iw, _ := s.PanelInner(m.width, m.height)
	var lines []string
	if len(m.lines) == 0 {
		lines = append(lines, s.Muted.Render("Sleeve has not learned anything about your taste yet."))
		lines = append(lines, common.Wrap("As you rate, skip and ask for more like a track, what it learns is written "+
			"here in words, and R forgets it all.", iw)...)
	}
	for _, l := range m.lines {
		lines = append(lines, common.Wrap("• "+l, iw)...)
	}
	if m.confirming {
		// First, so that it shows however long the profile is.
		var warn []string
		for _, l := range common.Wrap(resetWarning, iw) {
			warn = append(warn, s.Warning.Render(l))
		}
		lines = append(append(warn, ""), lines...)
	}
	return s.Panel("Taste", strings.Join(lines, "\n"), m.width, m.height, m.focused)
}

// ShortHelp implements common.Component.
func (m *Model) ShortHelp() []key.Binding {
	if m.confirming {
		return []key.Binding{common.As(m.c.Keys.ResetTaste, "confirm the reset"), key.NewBinding(key.WithHelp("other", "keep"))}
	}
	return []key.Binding{common.As(m.c.Keys.ResetTaste, "reset taste (asks first)")}
}

// FullHelp implements common.Component.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
