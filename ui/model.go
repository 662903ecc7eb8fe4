package ui

import (
	"context"
	"fmt"
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/browser"
	"sleeve/ui/chat"
	"sleeve/ui/common"
	"sleeve/ui/detail"
	"sleeve/ui/modelsview"
	"sleeve/ui/queue"
	"sleeve/ui/results"
	"sleeve/ui/statusbar"
	"sleeve/ui/taste"
	"sleeve/ui/welcome"
)

// Minimum terminal size the layout is designed for.
const (
	MinWidth  = 80
	MinHeight = 24
)

// pane names a focusable pane. Tab visits them in this order.
type pane int

const (
	paneBrowser pane = iota
	paneDetail
	paneChat
	paneResults
	paneTaste
	paneQueue
	paneCount
)

// screen is a group of panes shown together.
type screen int

const (
	screenLibrary screen = iota
	screenAsk
	screenTaste
	screenQueue
)

func (p pane) screen() screen {
	switch p {
	case paneChat, paneResults:
		return screenAsk
	case paneTaste:
		return screenTaste
	case paneQueue:
		return screenQueue
	}
	return screenLibrary
}

// libState is what is known of the library.
type libState int

const (
	libLoading libState = iota
	libEmpty
	libReady
)

// Model is the root model: focus, layout and routing.
type Model struct {
	deps Deps
	src  sources
	// suspend is what Ctrl-Z and an outside SIGTSTP run: tea.Suspend, or
	// while Run runs the explorer, the tea.Exec of a job that stops the
	// process until fg.
	suspend tea.Cmd
	// libVersion is the library's version last seen, and watchEvery how
	// often it is read again (0: only once, as in tests).
	libVersion string
	watchEvery time.Duration
	c          common.Common
	dark       bool

	browser *browser.Model
	detail  *detail.Model
	chat    *chat.Model
	results *results.Model
	taste   *taste.Model
	queue   *queue.Model
	welcome *welcome.Model
	models  *modelsview.Model
	status  *statusbar.Model
	help    help.Model

	focus    pane
	showHelp bool
	// showModels is set while the Models view (M) covers the body.
	showModels    bool
	width, height int
	rects         map[pane]rect

	lib     libState
	loadID  int
	loading bool
	ollama  *ollamaMsg
	// bannerRead is set by the first key pressed while the Ollama banner
	// shows, which hides it.
	bannerRead bool
	spinner    spinner.Model
	spinning   bool

	// nowPlaying is the player's state last read; tickEvery is how often
	// it is read again while something plays (0: only after a key, as in
	// tests), and ticking says a read is scheduled.
	nowPlaying app.NowPlaying
	tickEvery  time.Duration
	ticking    bool
	idleTicks  int
}

// New returns the root model for deps.
func New(deps Deps) *Model {
	var src sources
	if lib := deps.Library; lib != nil {
		src = sources{rows: lib, tracks: lib, stats: lib, scan: lib.Ingest, demo: app.WriteDemo,
			version: lib, playlists: lib}
		if deps.Notes == nil {
			getenv := deps.Getenv
			if getenv == nil {
				getenv = os.Getenv
			}
			deps.Notes = libraryNotes{lib: lib, getenv: getenv}
		}
		if deps.Overviews == nil {
			deps.Overviews = libraryOverviews{lib}
		}
	}
	m := newModel(deps, src)
	m.watchEvery = libraryWatchEvery
	m.tickEvery = nowPlayingEvery
	return m
}

// newModel builds the model over explicit sources, so tests can pass fakes.
func newModel(deps Deps, src sources) *Model {
	if deps.DemoDir == "" {
		deps.DemoDir = app.DefaultDemoDir()
	}
	c := common.Common{Styles: common.NewStyles(true, deps.NoColor), Keys: common.NewKeyMap(), Log: deps.Log}
	m := &Model{
		deps: deps, src: src, c: c, dark: true,
		browser: browser.New(c),
		detail:  detail.New(c, src.tracks, deps.Notes),
		chat:    chat.New(c, deps.Recommender, ""),
		results: results.New(c),
		taste:   taste.New(c, deps.Taste),
		queue:   queue.New(c),
		welcome: welcome.New(c, src.scan, src.demo, deps.DemoDir),
		models:  modelsview.New(c, deps.Models),
		status:  statusbar.New(c),
		help:    help.New(),
		rects:   map[pane]rect{},
		spinner: spinner.New(spinner.WithSpinner(spinner.MiniDot)),
	}
	if deps.Player == nil {
		m.queue.SetUnavailable(m.noPlayerReason())
	}
	if deps.Ollama == nil && deps.LanguageModelOff {
		m.status.SetOllama("Ollama: turned off")
	}
	m.applyStyles()
	m.setFocus(paneBrowser)
	return m
}

// Keys returns the key map, so that configuration can Rebind it before Run.
func (m *Model) Keys() *common.KeyMap { return m.c.Keys }

// Init loads the library and its summary and checks Ollama, all in Cmds.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.reload(), m.checkOllama(), m.taste.Load(), m.startSpinner(),
		m.readLibraryVersion())
}

// busy reports whether work runs that the spinner should show.
func (m *Model) busy() bool {
	return m.loading || m.welcome.Running() || m.chat.Waiting() || m.browser.Busy() || m.models.Pulling() ||
		(m.showModels && m.models.Loading())
}

// startSpinner starts the spinner's ticks if work runs and it is not
// already ticking. With nothing running, no tick is scheduled at all.
func (m *Model) startSpinner() tea.Cmd {
	if m.spinning || !m.busy() {
		return nil
	}
	m.spinning = true
	return m.spinner.Tick
}

// shutdown stops running work; Run calls it once the program ends.
func (m *Model) shutdown() {
	m.welcome.Cancel()
	m.chat.Cancel()
	m.models.Cancel()
}

// applyStyles hands the current styles to the widgets that keep their own.
func (m *Model) applyStyles() {
	s := m.c.Styles
	m.help.Styles = help.Styles{
		Ellipsis: s.HelpSep, ShortKey: s.HelpKey, ShortDesc: s.HelpDesc, ShortSeparator: s.HelpSep,
		FullKey: s.HelpKey, FullDesc: s.HelpDesc, FullSeparator: s.HelpSep,
	}
	m.spinner.Style = s.StatusBusy
}

// setFocus moves the keyboard to p and shows its screen.
func (m *Model) setFocus(p pane) tea.Cmd {
	m.focus = p
	m.browser.SetFocused(p == paneBrowser)
	m.detail.SetFocused(p == paneDetail)
	m.results.SetFocused(p == paneResults)
	m.taste.SetFocused(p == paneTaste)
	m.queue.SetFocused(p == paneQueue)
	cmd := m.chat.SetFocused(p == paneChat)
	m.layout()
	return cmd
}

// Update routes messages: keys to the focused pane (an active input sees
// them first), results to the pane that asked, resizes to all.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	m.status.SetProgress(m.progress())
	return m, tea.Batch(cmd, m.startSpinner())
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		// A pane grown large enough shows the cover art it left out.
		return m.detail.LoadCover()
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		*m.c.Styles = *common.NewStyles(m.dark, m.deps.NoColor)
		m.applyStyles()
		return nil
	case spinner.TickMsg:
		if !m.busy() {
			m.spinning = false // nothing runs: let the ticks stop
			return nil
		}
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return cmd
	case statsMsg:
		if msg.err != nil {
			return common.ErrorCmd(fmt.Errorf("read library summary: %w", msg.err))
		}
		st := msg.stats
		summary := countOf(st.Tracks, "track")
		if st.Artists > 0 { // untagged files have no artist to count
			summary += " · " + countOf(st.Artists, "artist")
		}
		m.status.SetLibrary(summary)
		if st.Tracks == 0 {
			m.status.SetLibrary("Library empty")
		}
		return nil
	case rowsMsg:
		if msg.id != m.loadID {
			return nil // a newer load is on its way
		}
		m.loading = false
		if msg.Err != nil {
			return common.ErrorCmd(fmt.Errorf("read library: %w", msg.Err))
		}
		m.c.Logf("loaded %d rows in %s", len(msg.Rows), msg.Elapsed)
		m.lib = libReady
		if len(msg.Rows) == 0 {
			m.lib = libEmpty
		}
		m.layout()
		return m.browser.SetRows(msg.Rows)
	case browser.QueryMsg:
		_, cmd := m.browser.Update(msg)
		return tea.Batch(cmd, m.syncSelection())
	case browser.PlayMsg:
		return m.play(msg.Row.ID, msg.Preview)
	case nowPlayingMsg:
		return m.showNowPlaying(msg)
	case queue.JumpMsg:
		return m.playerDo("", func(p Player) error { return p.PlayIndex(context.Background(), msg.Index) })
	case queue.RemoveMsg:
		return m.playerDo("Removed from the queue", func(p Player) error { return p.Remove(msg.Index) })
	case queue.MoveMsg:
		return m.playerDo("", func(p Player) error { return p.Move(msg.From, msg.To) })
	case queue.SeekMsg:
		return m.playerDo("", func(p Player) error {
			p.Seek(msg.Delta)
			return nil
		})
	case detail.LoadedMsg, detail.ReviewMsg, detail.OverviewMsg:
		_, cmd := m.detail.Update(msg)
		if _, loaded := msg.(detail.LoadedMsg); loaded {
			return tea.Batch(cmd, m.detail.LoadCover())
		}
		return cmd
	case detail.CorrectedMsg:
		_, cmd := m.detail.Update(msg)
		if msg.Err != nil {
			return cmd
		}
		// The rows show the new values at once, and the next request
		// ranks with them.
		if r, ok := m.deps.Recommender.(libraryChangeListener); ok {
			r.LibraryChanged()
		}
		return tea.Batch(cmd, m.reload())
	case detail.CoverMsg:
		return m.detail.SetCover(msg)
	case tea.ColorProfileMsg:
		// Cover art is drawn in true colour or 256 colours only.
		m.detail.SetColorProfile(msg.Profile)
		return m.detail.LoadCover()
	case results.PicksMsg:
		// A reply may have changed the profile (an artist left out).
		_, cmd := m.results.Update(msg)
		return tea.Batch(cmd, m.taste.Load())
	case taste.LoadedMsg:
		if msg.Reset {
			// A reset forgets the ratings: the library and the detail
			// no longer show them.
			m.browser.SetRating(0, 0)
			m.detail.SetRating(m.detail.TrackID(), 0)
			m.results.SetRating(0, 0)
		}
		_, cmd := m.taste.Update(msg)
		return cmd
	case welcome.ProgressMsg:
		_, cmd := m.welcome.Update(msg)
		return cmd
	case welcome.DoneMsg:
		_, cmd := m.welcome.Update(msg)
		if msg.Err != nil {
			return cmd
		}
		// A folder scanned into the library: the next request ranks
		// its tracks too.
		if r, ok := m.deps.Recommender.(libraryChangeListener); ok {
			r.LibraryChanged()
		}
		return tea.Batch(cmd, m.reload())
	case common.StatusMsg, common.ErrMsg:
		h := m.status.Height()
		_, cmd := m.status.Update(msg)
		if m.status.Height() != h {
			m.layout() // a long message takes lines under the bar
		}
		return cmd
	case feedbackDoneMsg:
		if msg.stars > 0 {
			// The new rating shows at once in the library and the detail.
			m.browser.SetRating(msg.id, msg.stars)
			m.detail.SetRating(msg.id, msg.stars)
			m.results.SetRating(msg.id, msg.stars)
		}
		// What was learned shows in the Taste pane at once.
		status := tea.Batch(common.StatusCmd(msg.text), m.taste.Load())
		if msg.ask == "" || m.deps.Recommender == nil {
			return status
		}
		_, cmd := m.chat.Say(msg.ask)
		return tea.Batch(status, cmd)
	case modelsview.ReportMsg, modelsview.PullProgressMsg:
		_, cmd := m.models.Update(msg)
		return cmd
	case modelsview.PullDoneMsg:
		// A pulled model changes what the status bar and the banner say.
		_, cmd := m.models.Update(msg)
		return tea.Batch(cmd, m.checkOllama())
	case chat.ModelFailedMsg:
		// Ollama did not answer the chat: the status bar looks again.
		return m.checkOllama()
	case ollamaMsg:
		m.ollama = &msg
		pull := "sleeve models pull"
		if m.deps.Models != nil {
			pull = "M pulls"
		}
		m.status.SetOllama(ollamaLine(msg, pull))
		m.layout()
		return nil
	case tea.MouseWheelMsg:
		return m.wheel(msg.Mouse())
	case tea.MouseClickMsg:
		return m.click(msg.Mouse())
	case tea.KeyPressMsg:
		h := m.status.Height()
		m.status.ClearTransient()
		relayout := m.status.Height() != h
		if !m.bannerRead && m.bannerText() != "" {
			// The banner has been read once a key is pressed; the status
			// bar keeps saying that Ollama is not running, and the panes
			// get the banner's rows back (three of 24 at 80×24).
			m.bannerRead, relayout = true, true
		}
		if relayout {
			m.layout()
		}
		return m.key(msg)
	case tea.PasteMsg:
		return m.paste(msg)
	case libVersionMsg:
		if msg.err != nil {
			m.c.Logf("watch library: %v", msg.err)
			return m.watchLibrary()
		}
		changed := m.libVersion != "" && msg.version != m.libVersion
		if changed && m.loading {
			return m.watchLibrary() // seen again on the next read
		}
		m.libVersion = msg.version
		if changed {
			m.c.Logf("the library changed on disk: reloading")
			if r, ok := m.deps.Recommender.(libraryChangeListener); ok {
				r.LibraryChanged()
			}
			return tea.Batch(m.reload(), m.watchLibrary())
		}
		return m.watchLibrary()
	case suspendRequestMsg:
		return m.suspendCmd()
	case tea.ResumeMsg:
		// Back from a suspension: draw everything again, as the shell
		// may have written over the screen.
		m.c.Logf("resumed: redrawing")
		m.layout()
		return tea.ClearScreen
	}
	// Anything else (the chat's stream, input blinks) goes to the panes
	// that run work of their own.
	_, c1 := m.chat.Update(msg)
	return c1
}
