package ui

// This file holds the root's I/O seams and the Cmds that read the library
// and ask Ollama, with the messages they return.

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/browser"
	"sleeve/ui/detail"
	"sleeve/ui/welcome"
)

// statsReader reads the library summary; *app.Library is one.
type statsReader interface {
	Stats(ctx context.Context) (app.Stats, error)
}

// sources are the explorer's I/O seams, filled from Deps.Store, or by
// tests with fakes.
type sources struct {
	rows   browser.TrackSource
	tracks detail.TrackReader
	stats  statsReader
	scan   welcome.ScanFunc
	demo   welcome.DemoFunc
	// playlists writes the exported lists.
	playlists playlistWriter
	// version tells when another process changed the library; nil means
	// the explorer does not watch.
	version versionReader
}

// versionReader is the part of the library that tells library changes
// apart; *app.Library is one.
type versionReader interface {
	LibraryVersion(ctx context.Context) (string, error)
}

// libraryWatchEvery is how often the explorer checks, while it runs,
// whether another process (a scan on the command line) changed the
// library.
const libraryWatchEvery = 2 * time.Second

// libVersionMsg carries the library's version, read by watchLibrary.
type libVersionMsg struct {
	version string
	err     error
}

// Messages the root handles.
type (
	statsMsg struct {
		stats app.Stats
		err   error
	}
	rowsMsg struct {
		id int
		browser.LoadedMsg
	}
	ollamaMsg struct {
		status OllamaStatus
		err    error
	}
)

// readLibraryVersion reads the library's version in a Cmd.
func (m *Model) readLibraryVersion() tea.Cmd {
	src := m.src.version
	if src == nil {
		return nil
	}
	return func() tea.Msg {
		v, err := src.LibraryVersion(context.Background())
		return libVersionMsg{version: v, err: err}
	}
}

// watchLibrary reads the library's version again after a pause.
func (m *Model) watchLibrary() tea.Cmd {
	src := m.src.version
	if src == nil || m.watchEvery <= 0 {
		return nil
	}
	return tea.Tick(m.watchEvery, func(time.Time) tea.Msg {
		v, err := src.LibraryVersion(context.Background())
		return libVersionMsg{version: v, err: err}
	})
}

// reload reads the rows and the summary again.
func (m *Model) reload() tea.Cmd {
	m.loadID++
	m.loading = true
	id, src := m.loadID, m.src
	var cmds []tea.Cmd
	if src.rows != nil {
		load := browser.Load(context.Background(), src.rows)
		cmds = append(cmds, func() tea.Msg { return rowsMsg{id: id, LoadedMsg: load().(browser.LoadedMsg)} })
	}
	if src.stats != nil {
		cmds = append(cmds, func() tea.Msg {
			st, err := src.stats.Stats(context.Background())
			return statsMsg{stats: st, err: err}
		})
	}
	return tea.Batch(cmds...)
}

func (m *Model) checkOllama() tea.Cmd {
	checker := m.deps.Ollama
	if checker == nil {
		return nil
	}
	m.status.SetOllama("Ollama: checking…")
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		st, err := checker.CheckOllama(ctx)
		return ollamaMsg{status: st, err: err}
	}
}

// libraryChangeListener is told when the library changed (a correction
// here, a scan elsewhere), so that it reloads what it keeps in memory;
// AppRecommender is one.
type libraryChangeListener interface {
	LibraryChanged()
}

// syncSelection shows the browser's selected track in the detail pane.
func (m *Model) syncSelection() tea.Cmd {
	r, ok := m.browser.Selected()
	if !ok {
		if title, lines, ok := m.browser.Preview(); ok {
			// On an artist or an album: its albums and tracks, so that
			// the first screen has music on it, and its overview once
			// read.
			if kind, _, _, _ := m.browser.Group(); kind == "genre" {
				m.detail.ShowSummaryHeaded("Genre", title, lines)
			} else {
				m.detail.ShowSummary(title, lines)
			}
			var cmds []tea.Cmd
			if artist, album, id, ok := m.browser.PreviewAlbum(); ok {
				// On an album: its cover art too.
				cmds = append(cmds, m.detail.ShowSummaryCover(artist, album, id))
			}
			if kind, name, artist, ok := m.browser.Group(); ok && m.deps.Overviews != nil {
				cmds = append(cmds, m.detail.LoadOverview(m.deps.Overviews, kind, name, artist))
			}
			return tea.Batch(cmds...)
		}
		return m.detail.Show(0)
	}
	return m.detail.Show(r.ID)
}
