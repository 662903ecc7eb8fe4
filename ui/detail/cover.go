package detail

import (
	"context"
	"errors"
	"image"
	"path/filepath"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"sleeve/app"
	"sleeve/ui/coverart"
)

// The cover art box, in cells: each cell shows two pixels, so the picture
// is fitted into coverCols×(2·coverRows) pixels.
const (
	coverCols = 24
	coverRows = 12
	// coverMinWidth and coverMinHeight are the pane's inner size below
	// which the art is left out, so that a small terminal (80x24) keeps
	// the tags, the features and the note in view.
	coverMinWidth  = 46
	coverMinHeight = coverRows + 16
	// coverCacheSize bounds the folders and albums whose art is kept.
	coverCacheSize = 256
)

// CoverLoader reads a track's cover art fitted into width×height pixels;
// app.LoadCover is one.
type CoverLoader func(ctx context.Context, path string, width, height int) (app.CoverArt, error)

// CoverMsg carries the cover art loaded for one folder and album; the
// root model hands it to the pane with SetCover.
type CoverMsg struct {
	key string
	img *image.RGBA
	err error
	// passed is set when the art was not read because the person had
	// moved on before its turn came.
	passed bool
}

// covers is the pane's cover art: the terminal's colours, and the art
// loaded per folder and album.
type covers struct {
	profile colorprofile.Profile
	load    CoverLoader
	entries map[string]*coverEntry
	gate    *coverGate
}

// coverGate lets at most coverReaders pictures be read at once, and only
// the one still wanted: while the person scrolls through the library, the
// albums passed over are not read at all. Update writes wanted and the
// Cmds read it, so it is atomic.
type coverGate struct {
	slots  chan struct{}
	wanted atomic.Pointer[string]
}

// coverReaders is how many pictures are read and decoded at once.
const coverReaders = 2

// enter waits for a reader's slot and reports whether key is still wanted;
// when it returns true, the caller reads and then calls leave.
func (g *coverGate) enter(key string) bool {
	g.slots <- struct{}{}
	if w := g.wanted.Load(); w == nil || *w != key {
		<-g.slots
		return false
	}
	return true
}

func (g *coverGate) leave() { <-g.slots }

// coverEntry is one folder and album's art: loading, loaded (img, nil
// when it has none) and drawn for a colour profile.
type coverEntry struct {
	loading bool
	img     *image.RGBA
	drawn   []string
	drawnAs colorprofile.Profile
}

// SetColorProfile tells the pane what the terminal can show: cover art is
// drawn in true colour or 256 colours, and left out otherwise.
func (m *Model) SetColorProfile(p colorprofile.Profile) { m.cover.profile = p }

// SetCoverLoader replaces how cover art is read (tests); nil turns it off.
func (m *Model) SetCoverLoader(l CoverLoader) {
	m.cover.load = l
	m.cover.entries = nil
}

// coverKey names the art of a track: its folder and album, so that the
// tracks of one album share it.
func coverKey(t app.Track) string { return filepath.Dir(t.Path) + "\x00" + t.Tags.Album }

// coverShown reports whether the pane draws art at all: a terminal with
// enough colours, colours not turned off, and room.
func (m *Model) coverShown(iw, ih int) bool {
	return coverart.Shown(m.cover.profile) && !m.c.Styles.NoColor && iw >= coverMinWidth && ih >= coverMinHeight
}

// LoadCover starts reading the art of the track shown, in a Cmd, unless it
// is known or on its way, or would not be shown.
func (m *Model) LoadCover() tea.Cmd {
	if m.track == nil || m.track.Path == "" || m.cover.load == nil {
		return nil
	}
	iw, ih := m.c.Styles.PanelInner(m.width, m.height)
	if !m.coverShown(iw, ih) {
		return nil
	}
	key := coverKey(*m.track)
	if !m.wantCover(key) {
		return nil
	}
	load, path, gate := m.cover.load, m.track.Path, m.cover.gate
	return func() tea.Msg {
		if !gate.enter(key) {
			return CoverMsg{key: key, passed: true}
		}
		defer gate.leave()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		art, err := load(ctx, path, coverCols, 2*coverRows)
		return CoverMsg{key: key, img: art.Image, err: err}
	}
}

// ShowSummaryCover shows the cover art of the album summarised, read in a
// Cmd through one of its tracks, id. Call it after ShowSummary.
func (m *Model) ShowSummaryCover(artist, album string, id app.TrackID) tea.Cmd {
	if m.summary == nil || m.cover.load == nil || m.tracks == nil {
		return nil
	}
	key := "album\x00" + artist + "\x00" + album
	m.summary.coverKey, m.summary.coverID = key, id
	return m.summaryCover(key, id)
}

// summaryCover reads the art key of an album through its track id.
func (m *Model) summaryCover(key string, id app.TrackID) tea.Cmd {
	iw, ih := m.c.Styles.PanelInner(m.width, m.height)
	if !m.coverShown(iw, ih) || !m.wantCover(key) {
		return nil
	}
	load, tracks, gate := m.cover.load, m.tracks, m.cover.gate
	return func() tea.Msg {
		if !gate.enter(key) {
			return CoverMsg{key: key, passed: true}
		}
		defer gate.leave()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		t, err := tracks.Track(ctx, id)
		if err != nil {
			return CoverMsg{key: key, err: err}
		}
		art, err := load(ctx, t.Path, coverCols, 2*coverRows)
		return CoverMsg{key: key, img: art.Image, err: err}
	}
}

// wantCover makes key the art wanted now, and reports whether it must be
// read: it is neither known nor on its way. The cache is emptied when it
// is full.
func (m *Model) wantCover(key string) bool {
	if m.cover.gate == nil {
		m.cover.gate = &coverGate{slots: make(chan struct{}, coverReaders)}
	}
	m.cover.gate.wanted.Store(&key)
	if _, ok := m.cover.entries[key]; ok {
		return false
	}
	if m.cover.entries == nil || len(m.cover.entries) >= coverCacheSize {
		m.cover.entries = map[string]*coverEntry{}
	}
	m.cover.entries[key] = &coverEntry{loading: true}
	return true
}

// SetCover keeps loaded art. A track without art shows none; art that
// cannot be read is logged, never shown as an error, as it is decoration.
// Art passed over is read again, in the Cmd returned, when the person is
// back on it.
func (m *Model) SetCover(msg CoverMsg) tea.Cmd {
	e, ok := m.cover.entries[msg.key]
	if !ok {
		return nil // the cache was emptied meanwhile
	}
	if msg.passed {
		delete(m.cover.entries, msg.key)
		switch {
		case m.id != 0 && m.track != nil && coverKey(*m.track) == msg.key:
			return m.LoadCover()
		case m.id == 0 && m.summary != nil && m.summary.coverKey == msg.key:
			return m.summaryCover(msg.key, m.summary.coverID)
		}
		return nil
	}
	e.loading = false
	if msg.err != nil && !errors.Is(msg.err, app.ErrNoCover) {
		m.c.Logf("cover art: %v", msg.err)
	}
	if msg.err == nil {
		e.img = msg.img
	}
	return nil
}

// coverLines is the art of the track or album shown, drawn, with a blank
// line under it; nothing when it is left out, loading or missing.
func (m *Model) coverLines(iw, ih int) []string {
	if !m.coverShown(iw, ih) {
		return nil
	}
	var key string
	switch {
	case m.id == 0 && m.summary != nil && m.summary.coverKey != "":
		key = m.summary.coverKey
	case m.id != 0 && m.track != nil:
		key = coverKey(*m.track)
	default:
		return nil
	}
	e, ok := m.cover.entries[key]
	if !ok || e.img == nil {
		return nil
	}
	if e.drawn == nil || e.drawnAs != m.cover.profile {
		e.drawn, e.drawnAs = coverart.Render(e.img, m.cover.profile), m.cover.profile
	}
	return append(append([]string(nil), e.drawn...), "")
}
