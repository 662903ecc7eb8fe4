package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"

	"sleeve/app"
	"sleeve/ui/results"
)

// queueModel is an 80x24 explorer over ten tracks with a fake player and
// three picks (tracks 3, 5 and 7), which it returns.
func queueModel(t *testing.T) (*Model, *fakePlayer, []app.Track) {
	t.Helper()
	p := &fakePlayer{}
	tracks := fixtureTracks(10)
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{Player: p, Feedback: eng, Recommender: eng}, 80, 24)
	byID := map[app.TrackID]app.Track{}
	for _, tr := range tracks {
		byID[tr.ID] = tr
	}
	var picks []results.Pick
	for _, id := range []app.TrackID{3, 5, 7} {
		tr := byID[id]
		picks = append(picks, results.Pick{TrackID: tr.ID, Title: tr.Tags.Title, Artist: tr.Tags.Artist})
	}
	m.Update(results.PicksMsg{Picks: picks})
	return m, p, []app.Track{byID[3], byID[5], byID[7]}
}

// checkScreen fails when the screen is not exactly w×h cells.
func checkScreen(t *testing.T, m *Model, w, h int) {
	t.Helper()
	lines := strings.Split(screenText(m), "\n")
	if len(lines) != h {
		t.Errorf("screen has %d lines, want %d", len(lines), h)
	}
	for _, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("line %d wide: %q", lipgloss.Width(l), l)
		}
	}
}

// nowPlayingOnScreen returns the now-playing line, found by its mark.
func nowPlayingOnScreen(m *Model) string {
	for _, l := range strings.Split(screenText(m), "\n") {
		if strings.HasPrefix(l, " ▶ ") || strings.HasPrefix(l, " ⏸ ") || strings.HasPrefix(l, " ■ ") {
			return l
		}
	}
	return ""
}

// TestPlayThePicksThenNext plays the picks as a queue from the Picks pane,
// moves through it with > and <, changes the volume, pauses, and jumps
// and seeks from the Queue pane; the now-playing line follows, and the
// screen keeps its size (issue 14).
func TestPlayThePicksThenNext(t *testing.T) {
	m, p, picks := queueModel(t)
	if l := nowPlayingOnScreen(m); l != "" {
		t.Fatalf("a now-playing line before anything played: %q", l)
	}
	m.setFocus(paneResults)
	press(t, m, "P")
	if len(p.queue) != 3 || p.index != 0 || p.played[0] != 3 {
		t.Fatalf("P queued %v at %d, played %v; want the three picks from the first", p.queue, p.index, p.played)
	}
	if msg := m.status.Message(); !strings.HasPrefix(msg, "Playing the 3 picks") {
		t.Errorf("status %q", msg)
	}
	if l := nowPlayingOnScreen(m); !strings.Contains(l, picks[0].Tags.Title) || !strings.Contains(l, "1/3") {
		t.Errorf("now playing %q, want %q, 1/3", l, picks[0].Tags.Title)
	}
	checkScreen(t, m, 80, 24)

	press(t, m, ">")
	if p.index != 1 || p.played[len(p.played)-1] != 5 {
		t.Fatalf("> played %v, at %d; want track 5", p.played, p.index)
	}
	if l := nowPlayingOnScreen(m); !strings.Contains(l, picks[1].Tags.Title) || !strings.Contains(l, "2/3") {
		t.Errorf("after >: now playing %q", l)
	}
	press(t, m, ">", ">")
	if p.index != 2 {
		t.Errorf("> past the end moved to %d", p.index)
	}
	if msg := m.status.Message(); msg != "That is the last track of the queue" {
		t.Errorf("> at the end: status %q", msg)
	}
	press(t, m, "<")
	if p.index != 1 {
		t.Errorf("< went to %d, want 1", p.index)
	}
	press(t, m, "-", "-")
	if msg := m.status.Message(); msg != "Volume 90%" || !strings.Contains(nowPlayingOnScreen(m), "vol 90%") {
		t.Errorf("two presses of -: status %q, line %q", msg, nowPlayingOnScreen(m))
	}
	press(t, m, "space")
	if !p.paused || !strings.HasPrefix(nowPlayingOnScreen(m), " ⏸ ") {
		t.Errorf("space did not pause: %q", nowPlayingOnScreen(m))
	}

	// The Queue pane lists the picks with the current one marked; enter
	// plays the one under the cursor and ←/→ seek.
	press(t, m, "tab", "tab")
	if m.focus != paneQueue {
		t.Fatalf("two tabs from the picks went to pane %d", m.focus)
	}
	s := screenText(m)
	if !strings.Contains(s, "Queue · 2 of 3") || !strings.Contains(s, "▶  2. "+picks[1].Tags.Title) {
		t.Fatalf("queue pane:\n%s", s)
	}
	press(t, m, "down", "enter")
	if p.index != 2 || p.played[len(p.played)-1] != 7 {
		t.Errorf("enter on the third entry played %v at %d", p.played, p.index)
	}
	press(t, m, "right", "right", "left")
	if p.pos != 10*time.Second {
		t.Errorf("→ → ←: at %v, want 10 s", p.pos)
	}
	checkScreen(t, m, 80, 24)

	// The track ends: a tick shows the queue stopped after its last.
	p.finish()
	m.Update(nowPlayingMsg{np: p.NowPlaying(), tick: true})
	if l := nowPlayingOnScreen(m); !strings.HasPrefix(l, " ■ ") {
		t.Errorf("after the last track: %q", l)
	}
}

// TestQueueFollowsThePlayer: as the player moves on by itself, a tick
// brings the queue pane's cursor and the now-playing line along.
func TestQueueFollowsThePlayer(t *testing.T) {
	m, p, picks := queueModel(t)
	m.setFocus(paneResults)
	press(t, m, "P")
	m.setFocus(paneQueue)
	p.finish()
	m.Update(nowPlayingMsg{np: p.NowPlaying(), tick: true})
	if m.queue.Cursor() != 1 || !strings.Contains(nowPlayingOnScreen(m), picks[1].Tags.Title) {
		t.Errorf("after the first track ended: cursor %d, line %q", m.queue.Cursor(), nowPlayingOnScreen(m))
	}
}

// TestAFailedTrackIsSaid: when the player passed over a track it could
// not open, the next refresh says so in the status bar, once.
func TestAFailedTrackIsSaid(t *testing.T) {
	m, p, _ := queueModel(t)
	m.setFocus(paneResults)
	press(t, m, "P")
	p.failures, p.lastFailure = 1, "could not play Gone Song: file does not exist"
	p.finish()
	_, cmd := m.Update(nowPlayingMsg{np: p.NowPlaying(), tick: true})
	settle(t, m, cmd)
	if s := screenText(m); !strings.Contains(s, "could not play Gone Song") {
		t.Errorf("the failure is not said:\n%s", s)
	}
	press(t, m, "j") // a key clears the message; the same failure is not said again
	_, cmd = m.Update(nowPlayingMsg{np: p.NowPlaying(), tick: true})
	settle(t, m, cmd)
	if s := screenText(m); strings.Contains(s, "Gone Song") {
		t.Errorf("the failure is said again:\n%s", s)
	}
}

// TestRateWhatPlaysFromTheQueue: in the Queue pane the rating keys act on
// the entry under the cursor (what plays, unless the cursor moved), and
// e exports the queue.
func TestRateWhatPlaysFromTheQueue(t *testing.T) {
	m, _, picks := queueModel(t)
	eng := m.deps.Feedback.(*fakeEngine)
	m.setFocus(paneResults)
	press(t, m, "P", ">")
	m.setFocus(paneQueue)
	press(t, m, "4", "down", "s")
	want := fmt.Sprintf(":rate:%d:4 :skip:7:0", picks[1].ID)
	if got := strings.Join(eng.feedback, " "); got != want {
		t.Errorf("feedback %q, want %q", got, want)
	}
	press(t, m, "e")
	if msg := m.status.Message(); !strings.HasPrefix(msg, "Exported 3 tracks to ") || !strings.Contains(msg, "sleeve-queue-") {
		t.Errorf("e in the Queue pane: %q", msg)
	}
}

// TestAddToQueueFromTheLibrary adds an artist, then one track, with a.
func TestAddToQueueFromTheLibrary(t *testing.T) {
	m, p, _ := queueModel(t)
	press(t, m, "a")
	artist := m.browser.Result().Artists[0]
	if len(p.queue) != artist.Count || !p.playing {
		t.Fatalf("a on %s queued %d (playing %v), want its %d tracks", artist.Name, len(p.queue), p.playing, artist.Count)
	}
	if msg := m.status.Message(); msg != fmt.Sprintf("Playing %d tracks of %s", artist.Count, artist.Name) {
		t.Errorf("status %q", msg)
	}
	press(t, m, "down", "l", "l", "a")
	sel, _ := m.browser.Selected()
	if len(p.queue) != artist.Count+1 || p.queue[len(p.queue)-1].ID != sel.ID || p.index != 0 {
		t.Errorf("a on a track while playing: queue %v at %d, want %d added at the end", p.queue, p.index, sel.ID)
	}
	if msg := m.status.Message(); msg != "Added "+sel.Title+" to the queue" {
		t.Errorf("status %q", msg)
	}
	// From the picks, a adds the pick under the cursor.
	m.setFocus(paneResults)
	press(t, m, "a")
	if p.queue[len(p.queue)-1].ID != 3 {
		t.Errorf("a in the picks added %d, want 3", p.queue[len(p.queue)-1].ID)
	}
	// In the detail pane a approves the note; it adds nothing.
	queued := len(p.queue)
	m.setFocus(paneDetail)
	press(t, m, "a")
	if len(p.queue) != queued {
		t.Errorf("a in the detail pane queued a track (%d, want %d)", len(p.queue), queued)
	}
}

// TestPlayerKeysWithoutAPlayer say why nothing plays.
func TestPlayerKeysWithoutAPlayer(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{PlayerUnavailable: "Nothing plays: ALSA: no card"}, 80, 24)
	for _, k := range []string{">", "<", "+", "a", "space"} {
		press(t, m, k)
		if msg := m.status.Message(); msg != "Nothing plays: ALSA: no card" {
			t.Errorf("%s without a player: status %q", k, msg)
		}
	}
	m.setFocus(paneQueue)
	if s := screenText(m); !strings.Contains(s, "Nothing queued.") || !strings.Contains(s, "Nothing plays: ALSA: no card") ||
		strings.Contains(s, "a adds") {
		t.Errorf("empty queue pane without a player does not say why, or names keys that cannot queue:\n%s", s)
	}
}

// TestEmptyQueueHintFits: at 80 columns the empty queue's hint is wrapped,
// not cut off.
func TestEmptyQueueHintFits(t *testing.T) {
	m, _, _ := queueModel(t)
	m.setFocus(paneQueue)
	s := screenText(m)
	if !strings.Contains(s, "plays the picks") || strings.Contains(s, "P pla…") {
		t.Errorf("the empty queue's hint is cut off:\n%s", s)
	}
}

// TestPlayerActionWakesTheTicks: after a long idle, a player action whose
// answer comes before the player has started (Playing still false) starts
// the ticks again, so the now-playing line follows once it plays.
func TestPlayerActionWakesTheTicks(t *testing.T) {
	m, _, _ := queueModel(t)
	m.tickEvery = time.Millisecond
	m.idleTicks = idleTicksKept
	if cmd := m.tickNowPlaying(); cmd != nil {
		t.Fatal("ticks scheduled while idle")
	}
	m.Update(nowPlayingMsg{np: app.NowPlaying{}, status: "Playing the 4 picks"})
	if !m.ticking {
		t.Error("a player action that has not started yet left the ticks asleep")
	}
}

// TestNowPlayingTicksOnlyWhilePlaying: the refresh is scheduled once at a
// time, goes on while something plays, and stops a few ticks after it
// stopped.
func TestNowPlayingTicksOnlyWhilePlaying(t *testing.T) {
	m, p, _ := queueModel(t)
	m.tickEvery = time.Millisecond
	if cmd := m.tickNowPlaying(); cmd == nil {
		t.Fatal("no tick with a player and nothing yet shown") // the first few idle ticks run
	}
	if cmd := m.tickNowPlaying(); cmd != nil {
		t.Fatal("a second tick scheduled while one is pending")
	}
	p.queue = append(p.queue, entry(app.Track{ID: 1}, false))
	p.start(0)
	for range 10 {
		if _, cmd := m.Update(nowPlayingMsg{np: p.NowPlaying(), tick: true}); cmd == nil {
			t.Fatal("the ticks stopped while playing")
		}
	}
	p.playing = false
	stopped := 0
	for range 10 {
		_, cmd := m.Update(nowPlayingMsg{np: p.NowPlaying(), tick: true})
		if cmd == nil {
			break
		}
		stopped++
	}
	if stopped != idleTicksKept-1 {
		t.Errorf("%d ticks after playback stopped, want %d", stopped, idleTicksKept-1)
	}
}

// TestFavouritesView: F in the library lists the tracks rated 4 or 5, the
// most recently rated first, and F again goes back to the artists; a
// track rated 5 meanwhile leads the list the next time (issue 14).
func TestFavouritesView(t *testing.T) {
	tracks := fixtureTracks(10)
	t0 := time.Unix(1_750_000_000, 0)
	rate := map[app.TrackID][2]int{2: {5, 1}, 4: {4, 3}, 6: {3, 4}, 8: {5, 2}} // stars, minutes after t0
	for i := range tracks {
		if r, ok := rate[tracks[i].ID]; ok {
			tracks[i].Rating, tracks[i].RatedAt = r[0], t0.Add(time.Duration(r[1])*time.Minute)
		}
	}
	eng := &fakeEngine{}
	m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{Feedback: eng, Recommender: eng}, 80, 24)
	ids := func() []app.TrackID {
		var out []app.TrackID
		for range m.browser.Len() {
			r, _ := m.browser.Selected()
			out = append(out, r.ID)
			press(t, m, "down")
		}
		press(t, m, "g")
		return out
	}
	press(t, m, "F")
	if got := fmt.Sprint(ids()); got != "[4 8 2]" {
		t.Errorf("favourites %s, want [4 8 2]: rated 4 or 5, the latest first", got)
	}
	if s := screenText(m); !strings.Contains(s, "Favourites (3)") {
		t.Errorf("no title for the favourites:\n%s", s)
	}
	// Rate the last one (2) down, leave, rate the first track of the
	// first album 5, and come back: that one leads, 2 is gone.
	press(t, m, "G", "2", "F")
	if m.browser.Favourites() || m.browser.Level() != 0 || m.browser.Flat() {
		t.Fatalf("F again: favourites %v, level %d, flat %v; want the artists", m.browser.Favourites(), m.browser.Level(), m.browser.Flat())
	}
	press(t, m, "l", "l", "5")
	top, _ := m.browser.Selected()
	press(t, m, "F")
	if got, want := fmt.Sprint(ids()), fmt.Sprintf("[%d 4 8]", top.ID); got != want {
		t.Errorf("favourites after rating 2 down and %d 5: %s, want %s", top.ID, got, want)
	}
}

// TestHelpFitsWhilePlaying opens the help of every pane at 80x24 with the
// Ollama banner and the now-playing line taking rows: the player's keys
// and the global keys still show, nothing is cut.
func TestHelpFitsWhilePlaying(t *testing.T) {
	m, _, _ := queueModel(t)
	m.setFocus(paneResults)
	press(t, m, "P")
	// The check of Ollama answers after the first key (which would have
	// hidden the banner), so the banner and the now-playing line show
	// together, the most crowded screen.
	m.Update(ollamaMsg{err: errors.New("connection refused")})
	if nowPlayingOnScreen(m) == "" || m.bannerText() == "" {
		t.Fatal("want the banner and the now-playing line")
	}
	for _, p := range []pane{paneBrowser, paneDetail, paneResults, paneTaste, paneQueue} {
		m.setFocus(p)
		press(t, m, "?")
		s := screenText(m)
		for _, want := range []string{"space pause • > next • < previous • + louder • - quieter", "q quit"} {
			if !strings.Contains(s, want) {
				t.Errorf("pane %d: the help lacks %q:\n%s", p, want, s)
			}
		}
		if strings.Contains(strings.Join(helpBody(t, m), "\n"), "…") {
			t.Errorf("pane %d: the help is cut:\n%s", p, s)
		}
		checkScreen(t, m, 80, 24)
		press(t, m, "esc")
	}
}

// TestEditTheQueue moves the entry under the cursor down and up with J
// and K, and takes entries out with d: one that waits, then the one that
// plays, after which the entry in its place plays.
func TestEditTheQueue(t *testing.T) {
	m, p, picks := queueModel(t)
	m.setFocus(paneResults)
	press(t, m, "P")
	m.setFocus(paneQueue)
	ids := func() string {
		var s []string
		for _, e := range p.queue {
			s = append(s, fmt.Sprint(e.ID))
		}
		return strings.Join(s, " ")
	}
	// What plays, moved down one: it plays on, second; the cursor goes
	// with it.
	press(t, m, "J")
	if got := ids(); got != "5 3 7" || p.index != 1 || m.queue.Cursor() != 1 {
		t.Errorf("after J: queue %s, playing index %d, cursor %d; want 5 3 7, 1, 1", got, p.index, m.queue.Cursor())
	}
	press(t, m, "K", "K") // the second K is at the top: nothing moves
	if got := ids(); got != "3 5 7" || m.queue.Cursor() != 0 {
		t.Errorf("after K K: queue %s, cursor %d; want 3 5 7, 0", got, m.queue.Cursor())
	}
	// A waiting entry out: what plays plays on.
	press(t, m, "down", "d")
	if got := ids(); got != "3 7" || p.played[len(p.played)-1] != picks[0].ID {
		t.Errorf("after removing a waiting entry: queue %s, last played %d", got, p.played[len(p.played)-1])
	}
	if msg := m.status.Message(); msg != "Removed from the queue" {
		t.Errorf("status %q", msg)
	}
	if !strings.Contains(screenText(m), "Queue · 1 of 2") {
		t.Errorf("the Queue pane does not show two entries:\n%s", screenText(m))
	}
	// The playing entry out: the next plays.
	press(t, m, "up", "delete")
	if got := ids(); got != "7" || p.played[len(p.played)-1] != picks[2].ID || !p.playing {
		t.Errorf("after removing what played: queue %s, last played %d, playing %v", got, p.played[len(p.played)-1], p.playing)
	}
	if l := nowPlayingOnScreen(m); !strings.Contains(l, picks[2].Tags.Title) {
		t.Errorf("now playing %q, want %q", l, picks[2].Tags.Title)
	}
}
