package ui

import (
	"context"
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/common"
	"sleeve/ui/queue"
)

// nowPlayingEvery is how often the now-playing line and the queue are
// refreshed while something plays.
const nowPlayingEvery = 500 * time.Millisecond

// idleTicksKept is how many refreshes go on after playback stopped, so
// that the start of the queue's next track is seen.
const idleTicksKept = 4

// volumeStep is how much one press of + or - changes the volume.
const volumeStep = 0.05

// nowPlayingMsg carries the player's state, read after a request (with
// the status to show or the error it met) or on a tick.
type nowPlayingMsg struct {
	np     app.NowPlaying
	status string
	err    error
	tick   bool
}

// playerDo runs do on the player in a Cmd, then reads what plays; status
// is shown when do succeeds.
func (m *Model) playerDo(status string, do func(Player) error) tea.Cmd {
	p := m.deps.Player
	if p == nil {
		return common.StatusCmd(m.noPlayerReason())
	}
	return func() tea.Msg {
		err := do(p)
		return nowPlayingMsg{np: p.NowPlaying(), status: status, err: err}
	}
}

// showNowPlaying shows the player's state in the queue pane and the
// now-playing line, and keeps the refreshes going while something plays.
func (m *Model) showNowPlaying(msg nowPlayingMsg) tea.Cmd {
	had := m.nowPlayingLine() != ""
	if msg.tick {
		m.ticking = false
	}
	switch {
	case msg.np.Playing, !msg.tick:
		// A player action (P, a, >, enter) wakes the ticks even when the
		// player has not started yet, so that the line follows it once
		// it does.
		m.idleTicks = 0
	default:
		m.idleTicks++
	}
	failed := msg.np.Failures > m.nowPlaying.Failures && msg.np.LastFailure != ""
	m.nowPlaying = msg.np
	m.queue.SetNowPlaying(msg.np)
	if (m.nowPlayingLine() != "") != had {
		m.layout()
	}
	var cmds []tea.Cmd
	if failed {
		// A track of the queue could not be played: say so, as the
		// queue goes on without it.
		cmds = append(cmds, common.ErrorCmd(errors.New(msg.np.LastFailure)))
	}
	switch {
	case errors.Is(msg.err, app.ErrQueueEnd):
		cmds = append(cmds, common.StatusCmd("That is the last track of the queue"))
	case msg.err != nil:
		cmds = append(cmds, common.ErrorCmd(msg.err))
	case msg.status != "":
		cmds = append(cmds, common.StatusCmd(msg.status))
	}
	return tea.Batch(append(cmds, m.tickNowPlaying())...)
}

// tickNowPlaying schedules the next read of the player's state, unless
// one is scheduled, nothing has played for a while, or ticks are off.
func (m *Model) tickNowPlaying() tea.Cmd {
	p := m.deps.Player
	if p == nil || m.ticking || m.tickEvery <= 0 || (!m.nowPlaying.Playing && m.idleTicks >= idleTicksKept) {
		return nil
	}
	m.ticking = true
	return tea.Tick(m.tickEvery, func(time.Time) tea.Msg { return nowPlayingMsg{np: p.NowPlaying(), tick: true} })
}

// nowPlayingLine is the line under every screen while something is
// queued, or "".
func (m *Model) nowPlayingLine() string {
	if m.deps.Player == nil || m.lib != libReady {
		return ""
	}
	return queue.Line(m.c.Styles, m.nowPlaying, m.width)
}

// loadTracks reads the tracks of ids, leaving out those gone from the
// library.
func loadTracks(ctx context.Context, tracks app.TrackReader, ids []app.TrackID) ([]app.Track, error) {
	var out []app.Track
	for _, id := range ids {
		t, err := tracks.Track(ctx, id)
		if errors.Is(err, app.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// enqueue adds the tracks of ids to the queue in a Cmd; what names them
// in the status ("Blue", "3 tracks of Basalt").
func (m *Model) enqueue(ids []app.TrackID, what string) tea.Cmd {
	p, tracks := m.deps.Player, m.src.tracks
	if p == nil || tracks == nil {
		return common.StatusCmd(m.noPlayerReason())
	}
	if len(ids) == 0 {
		return common.StatusCmd("Choose a track, an album or an artist first")
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		ts, err := loadTracks(ctx, tracks, ids)
		if err == nil && len(ts) == 0 {
			err = errors.New("those tracks are no longer in the library")
		}
		if err != nil {
			return nowPlayingMsg{np: p.NowPlaying(), err: fmt.Errorf("add to queue: %w", err)}
		}
		started, err := p.Enqueue(context.Background(), ts...)
		status := "Added " + what + " to the queue"
		if started {
			status = "Playing " + what
		}
		return nowPlayingMsg{np: p.NowPlaying(), status: status, err: err}
	}
}

// playAll makes the picks the queue and plays them from the first.
func (m *Model) playAll() tea.Cmd {
	p, tracks := m.deps.Player, m.src.tracks
	if p == nil || tracks == nil {
		return common.StatusCmd(m.noPlayerReason())
	}
	ids := m.results.IDs()
	if len(ids) == 0 {
		return common.StatusCmd(common.NoPicks)
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		ts, err := loadTracks(ctx, tracks, ids)
		if err == nil && len(ts) == 0 {
			err = errors.New("the picks are no longer in the library")
		}
		if err == nil {
			err = p.PlayQueue(context.Background(), ts, 0)
		}
		if err != nil {
			return nowPlayingMsg{np: p.NowPlaying(), err: fmt.Errorf("play the picks: %w", err)}
		}
		return nowPlayingMsg{np: p.NowPlaying(), status: fmt.Sprintf("Playing the %d picks: tab to the Queue pane to see them", len(ts))}
	}
}
