package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/common"
	"sleeve/ui/results"
)

// action handles the keys that act on the current track or list from any
// pane. Keys whose feature is not ready say so in the status bar.
func (m *Model) action(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Pause):
		return m.playerDo("", func(p Player) error { return p.Toggle() }), true
	case key.Matches(msg, k.NextTrack):
		return m.playerDo("", func(p Player) error { return p.Next() }), true
	case key.Matches(msg, k.PrevTrack):
		return m.playerDo("", func(p Player) error { return p.Previous() }), true
	case key.Matches(msg, k.VolumeUp, k.VolumeDown):
		step := volumeStep
		if key.Matches(msg, k.VolumeDown) {
			step = -step
		}
		p := m.deps.Player
		if p == nil {
			return common.StatusCmd(m.noPlayerReason()), true
		}
		return func() tea.Msg {
			v := p.AdjustVolume(step)
			return nowPlayingMsg{np: p.NowPlaying(), status: fmt.Sprintf("Volume %d%%", int(v*100+0.5))}
		}, true
	// In the detail pane the same key approves the note (issue 16), so
	// the queue is filled from the library and the picks.
	case key.Matches(msg, k.Enqueue) && m.focus == paneBrowser:
		ids, what := m.browser.QueueSelection()
		return m.enqueue(ids, what), true
	case key.Matches(msg, k.Enqueue) && m.focus == paneResults:
		p, ok := m.results.Selected()
		if !ok {
			return common.StatusCmd(common.NoPicks), true
		}
		return m.enqueue([]app.TrackID{p.TrackID}, common.CleanText(p.Title)), true
	case key.Matches(msg, k.PlayAll) && m.focus == paneResults:
		return m.playAll(), true
	case key.Matches(msg, k.Rate):
		if m.deps.Feedback == nil {
			return common.StatusCmd("Ratings are not stored: " + common.NoRecommender), true
		}
		stars := m.c.Keys.RatingOf(msg.String())
		if stars == 0 {
			return common.StatusCmd("Rate with the keys for 1 (not for me) to 5"), true
		}
		return m.feedback("rate", stars), true
	case key.Matches(msg, k.Skip):
		if m.deps.Feedback == nil {
			return common.StatusCmd("Skips are not stored: " + common.NoRecommender), true
		}
		return m.feedback("skip", 0), true
	case key.Matches(msg, k.More):
		if m.deps.Feedback == nil {
			return common.StatusCmd("More like this: " + common.NoRecommender), true
		}
		return m.feedback("more", 0), true
	case key.Matches(msg, k.Exclude):
		if m.deps.Recommender == nil {
			return common.StatusCmd("Excluding an artist: " + common.NoRecommender), true
		}
		id, artist := m.target()
		switch {
		case id == 0:
			return common.StatusCmd("Choose a track first"), true
		case strings.TrimSpace(artist) == "":
			return common.StatusCmd("This track has no artist tag, so there is no artist to leave out; s skips the track"), true
		}
		// The request goes through the chat, but the keyboard stays where
		// it was, so that j and k still move through the picks.
		_, cmd := m.chat.Say("nothing by " + artist)
		return tea.Batch(cmd, common.StatusCmd("Asking again without "+artist+": the picks follow")), true
	case key.Matches(msg, k.NewChat):
		if m.deps.Recommender == nil {
			return common.StatusCmd("Conversations: " + common.NoRecommender), true
		}
		m.chat.NewConversation()
		m.results.Update(results.PicksMsg{Picks: []results.Pick{}})
		return common.StatusCmd("A new conversation: the next request starts afresh"), true
	case key.Matches(msg, k.Export):
		return m.export(), true
	}
	return nil, false
}

// target is the track the feedback keys act on: the selected pick in the
// results, otherwise the track in the detail pane.
func (m *Model) target() (app.TrackID, string) {
	if m.focus == paneQueue {
		// In the Queue pane: the entry under the cursor, what plays by
		// default, so that it can be rated while it plays.
		if e, ok := m.queue.Selected(); ok {
			return e.ID, e.Artist
		}
		return 0, ""
	}
	if m.focus == paneResults || m.focus == paneChat {
		if p, ok := m.results.Selected(); ok {
			return p.TrackID, p.Artist
		}
	}
	if t, ok := m.detail.Track(); ok && t.ID != 0 {
		return t.ID, t.Tags.DisplayArtist()
	}
	return 0, ""
}

// feedbackDoneMsg says a rating, skip or "more like this" was stored.
type feedbackDoneMsg struct {
	text string
	// id and stars are the track and its new rating, for a rating.
	id    app.TrackID
	stars int
	// ask is the request to send next, "more like this", or "".
	ask string
}

// feedback stores feedback on the target track in a Cmd. A rating or a
// skip leaves the picks as they are, so that "the second one" still means
// the same track; the next request takes it into account. "More like
// this" is a request, and asks.
func (m *Model) feedback(kind string, stars int) tea.Cmd {
	id, _ := m.target()
	if id == 0 {
		return common.StatusCmd("Choose a track first")
	}
	fb, ask, session := m.deps.Feedback, "", m.chat.Session()
	if kind == "more" && m.chat.LastRequest() != "" {
		ask = "more like this"
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := fb.Feedback(ctx, session, id, kind, stars); err != nil {
			return common.ErrMsg{Err: err}
		}
		text := map[string]string{"rate": fmt.Sprintf("Rated %d of 5", stars), "skip": "Skipped", "more": "More like this"}[kind]
		if ask == "" {
			text += ": the next request takes it into account"
		}
		return feedbackDoneMsg{text: text, ask: ask, id: id, stars: stars}
	}
}

// noPlayerReason says why nothing plays.
func (m *Model) noPlayerReason() string {
	if m.deps.PlayerUnavailable != "" {
		return m.deps.PlayerUnavailable
	}
	return common.NoPlayer
}

// play loads a track and plays it whole, or with preview its preview
// window, in a Cmd.
func (m *Model) play(id app.TrackID, preview bool) tea.Cmd {
	p, tracks := m.deps.Player, m.src.tracks
	if p == nil || tracks == nil {
		return common.StatusCmd(m.noPlayerReason())
	}
	if id == 0 {
		return nil
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		t, err := tracks.Track(ctx, id)
		if err != nil {
			return nowPlayingMsg{np: p.NowPlaying(), err: fmt.Errorf("play: %w", err)}
		}
		if err := p.Play(context.Background(), t, preview); err != nil {
			return nowPlayingMsg{np: p.NowPlaying(), err: fmt.Errorf("play %s: %w", t.Tags.Title, err)}
		}
		if preview {
			return nowPlayingMsg{np: p.NowPlaying(), status: "Playing the preview of " + t.Tags.Title}
		}
		return nowPlayingMsg{np: p.NowPlaying(), status: "Playing " + t.Tags.Title}
	}
}

// playlistWriter writes a list of tracks as an M3U playlist and returns
// the file's full path and how many tracks it holds; *app.Library is one.
type playlistWriter interface {
	WritePlaylist(ctx context.Context, ids []app.TrackID, opt app.PlaylistOptions) (string, int, error)
}

// export writes the focused list (the picks, or the browser's tracks) to
// an M3U playlist in the playlists folder, in a Cmd.
func (m *Model) export() tea.Cmd {
	var ids []app.TrackID
	name := "library"
	switch {
	case m.focus == paneResults || m.focus == paneChat:
		ids, name = m.results.IDs(), "picks"
	case m.focus == paneQueue:
		ids, name = m.queue.IDs(), "queue"
	default:
		ids = m.browser.SelectedIDs()
	}
	if len(ids) == 0 {
		return common.StatusCmd("Nothing to export here")
	}
	w := m.src.playlists
	if w == nil {
		return common.StatusCmd("Export needs the library store")
	}
	dir := m.deps.ExportDir
	return func() tea.Msg {
		path, n, err := w.WritePlaylist(context.Background(), ids, app.PlaylistOptions{Dir: dir, Name: name})
		if err != nil {
			return common.ErrMsg{Err: fmt.Errorf("export M3U: %w", err)}
		}
		return common.StatusMsg{Text: fmt.Sprintf("Exported %s to %s", countOf(n, "track"), app.DisplayPath(path))}
	}
}

// wheel scrolls the list under the pointer.
func (m *Model) wheel(ev tea.Mouse) tea.Cmd {
	if m.showModels || m.adding() {
		return nil // the panes under the Models view or the folder to scan stay put
	}
	d := 0
	switch ev.Button {
	case tea.MouseWheelUp:
		d = -3
	case tea.MouseWheelDown:
		d = 3
	default:
		return nil
	}
	switch m.paneAt(ev.X, ev.Y) {
	case paneBrowser:
		m.browser.Scroll(d)
		return m.syncSelection()
	case paneResults:
		for range 3 {
			if d < 0 {
				m.results.Update(tea.KeyPressMsg{Code: tea.KeyUp})
			} else {
				m.results.Update(tea.KeyPressMsg{Code: tea.KeyDown})
			}
		}
	case paneDetail:
		for range 3 {
			if d < 0 {
				m.detail.Update(tea.KeyPressMsg{Code: tea.KeyUp})
			} else {
				m.detail.Update(tea.KeyPressMsg{Code: tea.KeyDown})
			}
		}
	}
	return nil
}

// click focuses the pane under the pointer, and in the browser selects the
// row clicked.
func (m *Model) click(ev tea.Mouse) tea.Cmd {
	if ev.Button != tea.MouseLeft || m.lib != libReady || m.showHelp || m.showModels || m.adding() {
		return nil
	}
	p := m.paneAt(ev.X, ev.Y)
	if p < 0 {
		return nil
	}
	cmd := m.setFocus(p)
	if p == paneBrowser {
		// The row under the pointer: below the top border and the title.
		m.browser.Click(ev.Y - m.rects[p].y - 2)
		return tea.Batch(cmd, m.syncSelection())
	}
	return cmd
}

// paneAt returns the pane of the current screen at x, y, or -1.
func (m *Model) paneAt(x, y int) pane {
	if m.lib != libReady || m.tooSmall() || m.showHelp {
		return -1
	}
	for p := pane(0); p < paneCount; p++ {
		if p.screen() == m.focus.screen() && m.rects[p].contains(x, y) {
			return p
		}
	}
	return -1
}
