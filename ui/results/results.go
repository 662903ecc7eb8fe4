// Package results is the recommendations pane: ranked picks with a
// one-line reason each, and the score breakdown and "why not" one key away.
package results

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/common"
)

// ScorePart is one term of a pick's score, such as "tempo match" 0.31.
type ScorePart struct {
	Name  string
	Value float64
}

// Pick is one recommended track.
type Pick struct {
	TrackID       app.TrackID
	Title, Artist string
	// Reason is one line saying why the track was picked.
	Reason    string
	Score     float64
	Breakdown []ScorePart
	// Rating is the person's latest rating, 1 to 5, or 0.
	Rating int
}

// PicksMsg replaces the picks shown.
type PicksMsg struct{ Picks []Pick }

// Model is the results pane.
type Model struct {
	c             common.Common
	width, height int
	focused       bool

	picks []Pick
	// answered is set once a list has arrived, even an empty one, so that
	// an empty answer is not shown as "no picks yet".
	answered      bool
	cursor        int
	showBreakdown bool
	showWhyNot    bool
	// offset is the first line shown, so that the selected pick, with its
	// reason, breakdown and why-not, stays in view.
	offset int
}

// New returns an empty results pane.
func New(c common.Common) *Model { return &Model{c: c} }

// SetFocused tells the pane whether it has the keyboard.
func (m *Model) SetFocused(f bool) { m.focused = f }

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Picks returns the picks shown.
func (m *Model) Picks() []Pick { return m.picks }

// Cursor returns the index of the selected pick.
func (m *Model) Cursor() int { return m.cursor }

// ShowingBreakdown reports whether the score breakdown is open.
func (m *Model) ShowingBreakdown() bool { return m.showBreakdown }

// Selected returns the pick under the cursor.
func (m *Model) Selected() (Pick, bool) {
	if m.cursor < len(m.picks) {
		return m.picks[m.cursor], true
	}
	return Pick{}, false
}

// IDs returns the tracks picked, in rank order.
func (m *Model) IDs() []app.TrackID {
	ids := make([]app.TrackID, len(m.picks))
	for i, p := range m.picks {
		ids[i] = p.TrackID
	}
	return ids
}

// Update handles new picks and the pane's keys.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case PicksMsg:
		m.picks, m.cursor, m.answered = cleanPicks(msg.Picks), 0, true
	case tea.KeyPressMsg:
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.Up):
			m.cursor = max(0, m.cursor-1)
		case key.Matches(msg, k.Down):
			m.cursor = max(0, min(len(m.picks)-1, m.cursor+1))
		case key.Matches(msg, k.Breakdown):
			if len(m.picks) == 0 {
				return m, common.StatusCmd(common.NoPicks)
			}
			m.showBreakdown = !m.showBreakdown
		case key.Matches(msg, k.WhyNot):
			if len(m.picks) == 0 {
				return m, common.StatusCmd(common.NoPicks)
			}
			m.showWhyNot = !m.showWhyNot
		}
	}
	return m, nil
}

// SetRating shows a new rating of track id (of every pick when id is 0,
// as after a taste reset) without moving the list or its numbers.
func (m *Model) SetRating(id app.TrackID, stars int) {
	for i := range m.picks {
		if id == 0 || m.picks[i].TrackID == id {
			m.picks[i].Rating = stars
		}
	}
}

// View implements common.Component.
func (m *Model) View() string {
	s := m.c.Styles
	iw, ih := s.PanelInner(m.width, m.height)
	var lines []string
	from, to := 0, 0 // the selected pick's lines
	switch {
	case len(m.picks) == 0 && m.answered:
		lines = append(lines, s.Muted.Render("Nothing fits the last request."))
		lines = append(lines, common.Wrap("The Ask pane says what was understood; take something back "+
			"(\"anything close\", or a new request), and the picks come back here.", iw)...)
	case len(m.picks) == 0:
		lines = append(lines, s.Muted.Render("No picks yet."))
		lines = append(lines, common.Wrap("Ask for something in the Ask pane: each pick comes with a reason, "+
			"its score breakdown (b) and why it is not higher (w).", iw)...)
	}
	for i, p := range m.picks {
		marker := "  "
		if i == m.cursor {
			marker = "▌ "
		}
		head := fmt.Sprintf("%s%d. %s", marker, i+1, p.Title)
		if strings.TrimSpace(p.Artist) != "" {
			head += " · " + p.Artist // a file with no artist tag shows its title alone
		}
		if p.Rating > 0 {
			// The rating, as the library's rows show it.
			head += fmt.Sprintf("  ★%d", p.Rating)
		}
		if i == m.cursor && m.focused {
			head = s.RowSelected.Render(common.Fit(head, iw))
		}
		if i == m.cursor+1 {
			to = len(lines)
		}
		if i == m.cursor {
			from = len(lines)
		}
		lines = append(lines, head)
		lines = append(lines, reasonLines(s, p.Reason, iw-3, i == m.cursor)...)
		if i != m.cursor {
			continue
		}
		if m.showBreakdown {
			for _, part := range p.Breakdown {
				lines = append(lines, fmt.Sprintf("   %-18s %+.2f", common.Truncate(part.Name, 18), part.Value))
			}
			lines = append(lines, fmt.Sprintf("   %-18s %.2f", "score", p.Score))
		}
		if m.showWhyNot {
			for _, l := range common.Wrap(whyNotHigher(m.picks, i), max(1, iw-3)) {
				lines = append(lines, "   "+l)
			}
		}
	}
	return s.Panel("Picks", strings.Join(m.inView(lines, from, to, ih), "\n"), m.width, m.height, m.focused)
}

// inView returns the height lines to show, scrolled so that lines from..to
// (the selected pick; to of 0 means to the end) are in view, its top first
// when it is taller than the pane.
func (m *Model) inView(lines []string, from, to, height int) []string {
	if to == 0 {
		to = len(lines)
	}
	height = max(1, height)
	if to > m.offset+height {
		m.offset = to - height
	}
	if from < m.offset {
		m.offset = from
	}
	m.offset = max(0, min(m.offset, len(lines)-height))
	return lines[m.offset:]
}

// reasonLines wraps a pick's reason to the pane's width, indented: in full
// for the selected pick, in at most two lines for the others, the second
// cut with "…" if more remains.
func reasonLines(s *common.Styles, reason string, width int, full bool) []string {
	width = max(1, width)
	wrapped := common.Wrap(reason, width)
	if !full && len(wrapped) > 2 {
		rest := strings.Join(wrapped[1:], " ")
		wrapped = []string{wrapped[0], common.Truncate(rest, width)}
	}
	out := make([]string, len(wrapped))
	for i, l := range wrapped {
		out[i] = "   " + s.Muted.Render(l)
	}
	return out
}

// ShortHelp implements common.Component.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Up, k.Down, common.As(k.Enter, "play"), k.PlayAll, k.Breakdown, k.WhyNot, k.More, k.Exclude, k.NewChat}
}

// FullHelp implements common.Component.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{{k.Up, k.Down, common.As(k.Enter, "play"), k.PlayAll, k.Breakdown, k.WhyNot, k.NewChat},
		k.TrackActions()}
}

// cleanPicks neutralises the text of picks for display.
func cleanPicks(picks []Pick) []Pick {
	if picks == nil {
		return nil
	}
	out := make([]Pick, len(picks))
	for i, p := range picks {
		p.Title, p.Artist = common.CleanText(p.Title), common.CleanText(p.Artist)
		p.Reason = common.CleanText(p.Reason)
		out[i] = p
	}
	return out
}

// whyNotHigher says what kept pick i below the pick above it: the score
// parts on which it lost most, or, when it scores as high, that the list's
// rules for variety placed it lower.
func whyNotHigher(picks []Pick, i int) string {
	if i == 0 {
		return "Why not higher: it is the first pick."
	}
	p, above := picks[i], picks[i-1]
	if p.Score >= above.Score {
		return fmt.Sprintf("Why not higher: it scores %.2f, as high as #%d (%.2f); the list's variety rules (artists and genres) placed it lower.",
			p.Score, i, above.Score)
	}
	worst, deficit, theirs := "", 0.0, 0.0
	mine := map[string]float64{}
	for _, part := range p.Breakdown {
		mine[part.Name] = part.Value
	}
	for _, part := range above.Breakdown {
		if d := part.Value - mine[part.Name]; d > deficit {
			worst, deficit, theirs = part.Name, d, part.Value
		}
	}
	why := fmt.Sprintf("Why not higher: #%d scores %.2f more (%.2f against %.2f)", i, above.Score-p.Score, above.Score, p.Score)
	if worst != "" {
		why += fmt.Sprintf(", most of it on %s (%+.2f against %+.2f)", worst, theirs, mine[worst])
	}
	return why + "."
}
