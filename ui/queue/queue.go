// Package queue is the play queue pane: what plays, with its progress and
// the volume, and the tracks queued before and after it. It shows the
// player's state as the root hands it over (SetNowPlaying, on a tick
// while something plays) and asks for changes with messages: it never
// calls the player itself.
package queue

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"sleeve/app"
	"sleeve/ui/common"
)

// JumpMsg asks to play the queue's entry at Index.
type JumpMsg struct{ Index int }

// RemoveMsg asks to take the queue's entry at Index out of it.
type RemoveMsg struct{ Index int }

// MoveMsg asks to move the queue's entry at From to the place To.
type MoveMsg struct{ From, To int }

// SeekMsg asks to move by Delta within the current track.
type SeekMsg struct{ Delta time.Duration }

// Model is the queue pane.
type Model struct {
	c             common.Common
	width, height int
	focused       bool

	np     app.NowPlaying
	cursor int
	offset int
	// follow keeps the cursor on the current entry as the queue moves on,
	// until the person moves it.
	follow bool
	// unavailable, when set, says why nothing can be queued (no sound
	// output), in place of how to queue.
	unavailable string
}

// SetUnavailable tells the pane that nothing can be queued, and why; the
// empty pane says so instead of naming the keys that queue.
func (m *Model) SetUnavailable(reason string) { m.unavailable = reason }

// New returns an empty queue pane.
func New(c common.Common) *Model { return &Model{c: c, follow: true} }

// SetFocused tells the pane whether it has the keyboard.
func (m *Model) SetFocused(f bool) { m.focused = f }

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Cursor returns the selected entry.
func (m *Model) Cursor() int { return m.cursor }

// Selected returns the entry under the cursor.
func (m *Model) Selected() (app.QueueEntry, bool) {
	if m.cursor < 0 || m.cursor >= len(m.np.Queue) {
		return app.QueueEntry{}, false
	}
	return m.np.Queue[m.cursor], true
}

// IDs returns the tracks of the queue, in order.
func (m *Model) IDs() []app.TrackID {
	ids := make([]app.TrackID, len(m.np.Queue))
	for i, e := range m.np.Queue {
		ids[i] = e.ID
	}
	return ids
}

// NowPlaying returns the state last shown.
func (m *Model) NowPlaying() app.NowPlaying { return m.np }

// SetNowPlaying shows the player's state. The cursor follows the current
// entry unless the person moved it away.
func (m *Model) SetNowPlaying(np app.NowPlaying) {
	m.np = np
	if m.follow && np.Index >= 0 {
		m.cursor = np.Index
	}
	m.cursor = max(0, min(m.cursor, len(np.Queue)-1))
}

// Update handles the pane's keys.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	k := m.c.Keys
	n := len(m.np.Queue)
	move := func(to int) {
		if n == 0 {
			return
		}
		m.cursor = max(0, min(to, n-1))
		m.follow = m.cursor == m.np.Index
	}
	switch {
	case key.Matches(kp, k.Up):
		move(m.cursor - 1)
	case key.Matches(kp, k.Down):
		move(m.cursor + 1)
	case key.Matches(kp, k.PageUp):
		move(m.cursor - m.listHeight())
	case key.Matches(kp, k.PageDown):
		move(m.cursor + m.listHeight())
	case key.Matches(kp, k.Top):
		move(0)
	case key.Matches(kp, k.Bottom):
		move(n - 1)
	case key.Matches(kp, k.Enter):
		if n == 0 {
			return m, common.StatusCmd(m.emptyText())
		}
		m.follow = true
		i := m.cursor
		return m, func() tea.Msg { return JumpMsg{Index: i} }
	case key.Matches(kp, k.RemoveFromQueue):
		if n == 0 {
			return m, common.StatusCmd(m.emptyText())
		}
		i := m.cursor
		m.follow = false
		return m, func() tea.Msg { return RemoveMsg{Index: i} }
	case key.Matches(kp, k.MoveUp, k.MoveDown):
		to := m.cursor + 1
		if key.Matches(kp, k.MoveUp) {
			to = m.cursor - 1
		}
		if n == 0 || to < 0 || to >= n {
			return m, nil
		}
		from := m.cursor
		// The cursor goes with the entry.
		m.cursor = to
		m.follow = false
		return m, func() tea.Msg { return MoveMsg{From: from, To: to} }
	case key.Matches(kp, k.SeekBack):
		return m, func() tea.Msg { return SeekMsg{Delta: -app.SeekStep} }
	case key.Matches(kp, k.SeekForward):
		return m, func() tea.Msg { return SeekMsg{Delta: app.SeekStep} }
	}
	return m, nil
}

// Empty is said where the queue is empty.
const Empty = "The queue is empty: a adds the track, album or artist under the cursor, P plays the picks"

// emptyText says how to fill the empty queue, or why it cannot be.
func (m *Model) emptyText() string {
	if m.unavailable != "" {
		return m.unavailable
	}
	return Empty
}

// header is the lines above the list: the current track, its progress
// and the volume.
func (m *Model) header(width int) []string {
	s := m.c.Styles
	np := m.np
	if len(np.Queue) == 0 && !np.Playing {
		lines := []string{s.Muted.Render("Nothing queued."), ""}
		for _, l := range common.Wrap(m.emptyText(), width) {
			lines = append(lines, s.Muted.Render(l))
		}
		return lines
	}
	state := "Stopped"
	switch {
	case np.Paused:
		state = "Paused"
	case np.Playing:
		state = "Playing"
	}
	title := titleBy(np.Track.Title, np.Track.Artist, " — ")
	clock := Clock(np.Position) + " / " + Clock(np.Duration)
	bar := ""
	if bw := min(width-len(clock)-1, 50); bw > 4 && np.Duration > 0 {
		bar = s.Bar(float64(np.Position)/float64(np.Duration), bw) + " "
	}
	level := fmt.Sprintf("volume %d%%", int(np.Volume*100+0.5))
	if np.Playing && np.GainDB != 0 {
		level += fmt.Sprintf(" · levelled %+.1f dB", np.GainDB)
	}
	return []string{
		s.Label.Render(state+" ") + s.Value.Render(common.Truncate(title, width-len(state)-1)),
		bar + s.Value.Render(clock),
		s.Muted.Render(level),
	}
}

// listHeight is the rows left for the entries.
func (m *Model) listHeight() int {
	iw, ih := m.c.Styles.PanelInner(m.width, m.height)
	return max(1, ih-len(m.header(iw))-1)
}

// View implements common.Component.
func (m *Model) View() string {
	s := m.c.Styles
	iw, _ := s.PanelInner(m.width, m.height)
	lines := m.header(iw)
	n := len(m.np.Queue)
	if n > 0 {
		lines = append(lines, "")
		h := m.listHeight()
		if m.cursor < m.offset {
			m.offset = m.cursor
		}
		if m.cursor >= m.offset+h {
			m.offset = m.cursor - h + 1
		}
		m.offset = max(0, min(m.offset, n-h))
		for i := m.offset; i < n && i < m.offset+h; i++ {
			lines = append(lines, m.renderEntry(i, iw))
		}
	}
	title := "Queue"
	if n > 0 {
		title = fmt.Sprintf("Queue · %d of %d", m.np.Index+1, n)
	}
	return s.Panel(title, strings.Join(lines, "\n"), m.width, m.height, m.focused)
}

// renderEntry draws entry i: a ▶ on the current one, its number, title,
// artist and length.
func (m *Model) renderEntry(i, width int) string {
	s := m.c.Styles
	e := m.np.Queue[i]
	mark := "  "
	if i == m.np.Index {
		mark = "▶ "
	}
	left := fmt.Sprintf("%s%2d. %s", mark, i+1, titleBy(e.Title, e.Artist, " · "))
	right := Clock(e.Duration)
	if e.Preview {
		right = "preview"
	}
	line := common.Fit(left, max(1, width-len(right)-1)) + " " + right
	switch {
	case i == m.cursor && m.focused:
		return s.RowSelected.Render(line)
	case i == m.cursor:
		return s.RowSelectedBlurred.Render(line)
	}
	return s.Row.Render(line)
}

// Line is the one-line now-playing summary shown under every screen while
// something is queued: state, title, artist, progress and volume, width
// cells wide.
func Line(s *common.Styles, np app.NowPlaying, width int) string {
	if len(np.Queue) == 0 && !np.Playing {
		return ""
	}
	mark := "■"
	switch {
	case np.Paused:
		mark = "⏸"
	case np.Playing:
		mark = "▶"
	}
	right := fmt.Sprintf("%s / %s", Clock(np.Position), Clock(np.Duration))
	if np.Duration > 0 {
		right = s.Bar(float64(np.Position)/float64(np.Duration), 10) + " " + right
	}
	right += fmt.Sprintf("  vol %d%%", int(np.Volume*100+0.5))
	if len(np.Queue) > 1 {
		right += fmt.Sprintf("  %d/%d", np.Index+1, len(np.Queue))
	}
	title := titleBy(np.Track.Title, np.Track.Artist, " — ")
	room := width - 4 - lipgloss.Width(right)
	if room < 8 {
		return common.Fit(" "+mark+" "+title, width)
	}
	return common.Fit(" "+mark+" "+s.Value.Render(common.Fit(title, room))+" "+s.Muted.Render(right), width)
}

// Clock formats d as m:ss, or h:mm:ss from an hour.
func Clock(d time.Duration) string {
	t := int(d.Round(time.Second) / time.Second)
	if t >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", t/3600, t/60%60, t%60)
	}
	return fmt.Sprintf("%d:%02d", t/60, t%60)
}

// titleBy names a track as "Title — Artist" (with sep between), or by its
// title alone when the file has no artist tag, so that a folder of untagged
// files does not spend every row on "(unknown)".
func titleBy(title, artist, sep string) string {
	out := common.CleanText(orUnknown(title))
	if strings.TrimSpace(artist) != "" {
		out += sep + common.CleanText(artist)
	}
	return out
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}

// ShortHelp implements common.Component.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Up, k.Down, common.As(k.Enter, "play"), k.SeekBack, k.SeekForward, k.NextTrack, k.PrevTrack}
}

// FullHelp implements common.Component.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{common.As(k.Enter, "play this one"), k.SeekBack, k.SeekForward, common.As(k.RemoveFromQueue, "remove"), k.MoveUp, k.MoveDown},
		{k.Rate, k.Skip, k.More, k.Exclude, common.As(k.Export, "export the queue")},
	}
}
