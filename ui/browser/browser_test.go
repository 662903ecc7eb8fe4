package browser

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/common"
)

// track makes a library track with tags and, when bpm > 0, features.
func track(id int, title, artist, album, genre string, year int, key string, bpm, energy, loudness float64) app.Track {
	t := app.Track{ID: app.TrackID(id), Path: "/music/" + artist + "/" + title + ".flac", Format: "flac",
		Tags: app.Tags{Title: title, Artist: artist, Album: album, Genres: []string{genre}, Year: year}}
	if bpm > 0 {
		f := app.MeasuredFeatures{BPM: bpm, BPMConfidence: 0.9, Energy: energy, LoudnessLUFS: loudness, Tonic: -1}
		if key != "" {
			f.Key = key
			f.Minor = strings.HasSuffix(key, "m")
			f.Tonic, _ = app.ParsePitchClass(strings.TrimSuffix(key, "m"))
		}
		t.Features = &app.Features{Features: f}
	}
	return t
}

func testRows() []Row {
	var rows []Row
	for _, t := range []app.Track{
		track(1, "Blue Train", "John Coltrane", "Blue Train", "Jazz", 1957, "Am", 140, 0.6, -14),
		track(2, "Naima", "John Coltrane", "Giant Steps", "Jazz", 1960, "Bb", 62, 0.2, -20),
		track(3, "Windowlicker", "Aphex Twin", "Windowlicker", "Electronic", 1999, "", 0, 0, 0),
		track(4, "Xtal", "Aphex Twin", "SAW 85-92", "Ambient", 1992, "Am", 124, 0.7, -9),
		track(5, "Ça plane pour moi", "Plastic Bertrand", "An 1", "Punk", 1977, "C", 160, 0.9, -7),
	} {
		rows = append(rows, RowFromTrack(t))
	}
	return rows
}

func ids(rows []Row, res Result) []int {
	var out []int
	for _, i := range res.Indices {
		out = append(out, int(rows[i].ID))
	}
	return out
}

// TestRunFilters filters through the library's matcher: the same fields,
// word matching and accent folding as sleeve ls (library's
// TestMatcherAgreesWithSQL holds the two to each other).
func TestRunFilters(t *testing.T) {
	rows := append(testRows(), RowFromTrack(track(6, "Café del Mar", "Energy 52", "Café del Mar", "Trance", 1993, "", 0, 0, 0)))
	for _, tc := range []struct {
		expr string
		want []int
	}{
		{"", []int{1, 2, 3, 4, 5, 6}},
		{"blue", []int{1}},
		{"BLUE train", []int{1}},
		{"coltrane", []int{1, 2}},
		{"artist:aphex", []int{3, 4}},
		{"genre:jazz year:1958..", []int{2}},
		{"bpm:120..145", []int{1, 4}},
		{"energy:0.65..", []int{4, 5}},
		{"loudness:..-15", []int{2}},
		{"key:am", []int{1, 4}},
		{`key:"a minor"`, []int{1, 4}},
		{"key:minor", []int{1, 4}},
		{"key:bb", []int{2}},
		{"key:c major", nil}, // "major" is a free word here, matching nothing
		{"ça", []int{5, 6}},  // ça is the start of café too, as in sleeve ls
		{"ca", []int{5, 6}},  // the start of a word, accents ignored
		{"PLANE", []int{5}},
		{"lane", nil}, // not the start of a word, as in sleeve ls
		{"cafe", []int{6}},
		{"café del", []int{6}},
		{"artist:énergy", []int{6}},
		{"path:cafe", []int{6}},
		{"composer:bach", nil}, // a field the browser did not know before
		{"format:flac", []int{1, 2, 3, 4, 5, 6}},
		{"zzz", nil},
	} {
		res, err := Run(rows, Query{Expr: tc.expr})
		if err != nil {
			t.Errorf("%q: %v", tc.expr, err)
			continue
		}
		if got := ids(rows, res); !equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.expr, got, tc.want)
		}
	}
}

func TestRunRejectsBadFilters(t *testing.T) {
	for _, expr := range []string{"nope:x", "year:abc", "key:h"} {
		if _, err := Run(testRows(), Query{Expr: expr}); err == nil {
			t.Errorf("%q: no error", expr)
		}
	}
}

func TestRunSorts(t *testing.T) {
	rows := testRows()
	for order, want := range map[string][]int{
		"bpm":    {2, 4, 1, 5, 3}, // not analysed last
		"energy": {2, 1, 4, 5, 3},
		"year":   {1, 2, 5, 4, 3},
		"title":  {1, 2, 3, 4, 5},
		"key":    {5, 1, 4, 2, 3}, // stable among equal keys
		"artist": {1, 2, 3, 4, 5}, // the load order
	} {
		res, _ := Run(rows, Query{Sort: order})
		if got := ids(rows, res); !equal(got, want) {
			t.Errorf("sort %s: got %v, want %v", order, got, want)
		}
	}
}

func TestArtistsGroupedInOrder(t *testing.T) {
	res, _ := Run(testRows(), Query{Sort: "bpm"})
	var names []string
	for _, g := range res.Artists {
		names = append(names, g.Name)
	}
	if got := strings.Join(names, "|"); got != "John Coltrane|Aphex Twin|Plastic Bertrand" {
		t.Fatalf("artists by their first track under bpm order: %s", got)
	}
}

func newTestBrowser(t *testing.T) *Model {
	t.Helper()
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(60, 10)
	m.SetFocused(true)
	deliver(m, m.SetRows(testRows()))
	return m
}

// deliver runs cmd and feeds its message back.
func deliver(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			deliver(m, c)
		}
		return
	}
	_, next := m.Update(msg)
	deliver(m, next)
}

func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	}
	return tea.KeyPressMsg{Code: []rune(s)[0], Text: s}
}

func TestDrillDownAndBack(t *testing.T) {
	m := newTestBrowser(t)
	if m.Level() != LevelArtists || m.Len() != 3 {
		t.Fatalf("level %d with %d items", m.Level(), m.Len())
	}
	m.Update(press("j")) // Aphex Twin
	m.Update(press("l"))
	if m.Level() != LevelAlbums || m.Len() != 2 {
		t.Fatalf("albums: level %d, %d items", m.Level(), m.Len())
	}
	m.Update(press("j"))
	_, cmd := m.Update(press("enter"))
	if cmd != nil || m.Level() != LevelTracks {
		t.Fatal("enter on an album did not open it")
	}
	if r, ok := m.Selected(); !ok || r.Title != "Xtal" {
		t.Fatalf("selected %+v", r)
	}
	_, cmd = m.Update(press("enter"))
	if cmd == nil {
		t.Fatal("enter on a track asked for no preview")
	}
	if p, ok := cmd().(PlayMsg); !ok || p.Row.ID != 4 {
		t.Fatalf("enter on a track: %#v", cmd())
	}
	m.Update(press("h"))
	m.Update(press("h"))
	if m.Level() != LevelArtists || m.Cursor() != 1 {
		t.Fatalf("back: level %d cursor %d, want artists at 1", m.Level(), m.Cursor())
	}
}

func TestStaleQueryDropped(t *testing.T) {
	m := newTestBrowser(t)
	m.Update(press("v"))
	_, _ = m.Update(press("/"))
	_, slow := m.Update(press("x")) // "x": matches Xtal
	_, fast := m.Update(press("t")) // "xt": also Xtal
	// The newer result lands first, then the older one arrives late.
	deliver(m, fast)
	want := m.Len()
	stale := QueryMsg{ID: m.queryID - 1, Result: Result{Indices: []int32{0, 1, 2}}}
	m.Update(stale)
	if m.Len() != want {
		t.Fatalf("stale result applied: %d items, want %d", m.Len(), want)
	}
	_ = slow
	if r, ok := m.Selected(); !ok || r.Title != "Xtal" {
		t.Fatalf("selected %+v", r)
	}
	// esc cancels the edit and restores the previous (empty) filter.
	deliver(m, func() tea.Msg { return press("esc") })
	if m.Filtering() || m.Query().Expr != "" {
		t.Fatalf("esc: filtering %v, expr %q", m.Filtering(), m.Query().Expr)
	}
}

func TestVirtualListDrawsOnlyVisibleRows(t *testing.T) {
	rows := make([]Row, 10_000)
	for i := range rows {
		rows[i] = Row{ID: 1, Title: "Row", Artist: "A", Key: -1}
	}
	rows[0].Title, rows[9999].Title = "FirstRow", "LastRow"
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(60, 12)
	deliver(m, m.SetRows(rows))
	m.Update(press("v"))
	v := ansi.Strip(m.View())
	if n := strings.Count(v, "\n") + 1; n != 12 {
		t.Fatalf("view is %d lines, want 12", n)
	}
	if !strings.Contains(v, "FirstRow") || strings.Contains(v, "LastRow") {
		t.Fatalf("first row missing or last row drawn:\n%s", v)
	}
	m.Update(press("G"))
	if v := ansi.Strip(m.View()); !strings.Contains(v, "LastRow") || m.Offset() != 10_000-m.list.height {
		t.Fatalf("G: offset %d, last row shown %v", m.Offset(), strings.Contains(v, "LastRow"))
	}
	m.Scroll(-3)
	if m.Offset() != 10_000-m.list.height-3 || m.Cursor() >= m.Offset()+m.list.height {
		t.Fatalf("wheel up: offset %d cursor %d", m.Offset(), m.Cursor())
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestLeavingFavouritesDrawsBeforeTheRowsArrive leaves the favourites (two
// tracks by one artist) and draws the pane before the query for the
// artists answers: it drew item 1 of the favourites' one artist, and
// crashed.
func TestLeavingFavouritesDrawsBeforeTheRowsArrive(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(60, 10)
	m.SetFocused(true)
	var tracks []Row
	for _, tr := range []app.Track{
		track(1, "Blue Train", "John Coltrane", "Blue Train", "Jazz", 1957, "Am", 140, 0.6, -14),
		track(2, "Naima", "John Coltrane", "Giant Steps", "Jazz", 1960, "Bb", 62, 0.2, -20),
		track(3, "Xtal", "Aphex Twin", "SAW 85-92", "Ambient", 1992, "Am", 124, 0.7, -9),
	} {
		if tr.ID != 3 {
			tr.Rating, tr.RatedAt = 5, time.Unix(int64(tr.ID)*60, 0)
		}
		tracks = append(tracks, RowFromTrack(tr))
	}
	deliver(m, m.SetRows(tracks))
	_, cmd := m.Update(press("F"))
	deliver(m, cmd)
	if !m.Favourites() || m.Len() != 2 {
		t.Fatalf("favourites %v with %d tracks, want the 2 rated 5", m.Favourites(), m.Len())
	}
	_, cmd = m.Update(press("F")) // the artists' rows are not delivered yet
	if v := m.View(); !strings.Contains(v, "John Coltrane") {
		t.Errorf("before the rows arrive:\n%s", v)
	}
	deliver(m, cmd)
	if m.Favourites() || m.Level() != LevelArtists || m.Len() != 2 {
		t.Fatalf("after F again: favourites %v, level %d, %d items; want the 2 artists", m.Favourites(), m.Level(), m.Len())
	}
}
