package ui

import (
	"context"
	"flag"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/browser"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fakeLibrary is an in-memory stand-in for *app.Library.
type fakeLibrary struct {
	tracks []app.Track
	// delay holds Track calls back, to let tests overtake them.
	delay time.Duration
}

func (f *fakeLibrary) Tracks(ctx context.Context, _ app.Filter) iter.Seq2[app.Track, error] {
	return func(yield func(app.Track, error) bool) {
		for _, t := range f.tracks {
			if !yield(t, nil) {
				return
			}
		}
	}
}

func (f *fakeLibrary) Track(ctx context.Context, id app.TrackID) (app.Track, error) {
	for _, t := range f.tracks {
		if t.ID == id {
			return t, nil
		}
	}
	return app.Track{}, app.ErrNotFound
}

// WritePlaylist writes playlists as *app.Library does, with app's one
// playlist writer.
func (f *fakeLibrary) WritePlaylist(ctx context.Context, ids []app.TrackID, opt app.PlaylistOptions) (string, int, error) {
	return app.WritePlaylist(ctx, f, ids, opt)
}

func (f *fakeLibrary) Stats(ctx context.Context) (app.Stats, error) {
	artists := map[string]bool{}
	for _, t := range f.tracks {
		if a := t.Tags.DisplayArtist(); a != "" { // as the library counts them
			artists[a] = true
		}
	}
	return app.Stats{Tracks: len(f.tracks), Artists: len(artists)}, nil
}

var (
	fixtureArtists = []string{"Aurora Lane", "Basalt", "Cinder Choir", "Dunes of Ohm", "Ember & Ash", "Foxglove", "Glass Harbour"}
	fixtureWords   = []string{"Blue", "Night", "River", "Static", "Golden", "Paper", "Signal", "Winter", "Echo", "Salt"}
	fixtureGenres  = []string{"Ambient", "Jazz", "Techno", "Folk", "Synth-pop"}
)

// fixtureTracks makes n deterministic tracks, most of them analysed.
func fixtureTracks(n int) []app.Track {
	out := make([]app.Track, n)
	for i := range out {
		a := fixtureArtists[i%len(fixtureArtists)]
		t := app.Track{
			ID:       app.TrackID(i + 1),
			Path:     fmt.Sprintf("/music/%s/%d.flac", a, i),
			Format:   "flac",
			Duration: time.Duration(150+i%120) * time.Second,
			AddedAt:  time.Unix(1_700_000_000+int64(i)*60, 0),
			Tags: app.Tags{
				Title:  fmt.Sprintf("%s %s %d", fixtureWords[i%len(fixtureWords)], fixtureWords[(i/7)%len(fixtureWords)], i),
				Artist: a, AlbumArtist: a,
				Album:  fmt.Sprintf("%s Sessions %d", a, (i/len(fixtureArtists))%4+1),
				Genres: []string{fixtureGenres[i%len(fixtureGenres)]},
				Year:   1990 + i%30, TrackNumber: i%12 + 1,
			},
		}
		if i%9 != 8 {
			tonic := i % 12
			minor := i%2 == 1
			key := app.KeyName(tonic, minor)
			t.Features = &app.Features{Features: app.MeasuredFeatures{
				BPM: float64(70 + (i*7)%100), BPMConfidence: 0.9, Key: key, Tonic: tonic, Minor: minor,
				Energy: float64(i%10) / 10, Brightness: float64((i+3)%10) / 10,
				LoudnessLUFS: -20 + float64(i%12), PulseClarity: 0.6,
			}}
		}
		out[i] = t
	}
	// The browser expects artist order, as the store gives it.
	sortByArtist(out)
	return out
}

func sortByArtist(ts []app.Track) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && less(ts[j], ts[j-1]); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

func less(a, b app.Track) bool {
	if a.Tags.Artist != b.Tags.Artist {
		return a.Tags.Artist < b.Tags.Artist
	}
	if a.Tags.Album != b.Tags.Album {
		return a.Tags.Album < b.Tags.Album
	}
	return a.ID < b.ID
}

// fixtureRows makes n rows from tracks, for benchmarks.
func fixtureRows(n int) []browser.Row {
	rows := make([]browser.Row, n)
	for i := range rows {
		a := fixtureArtists[(i*len(fixtureArtists))/n]
		title := fmt.Sprintf("%s %s %d", fixtureWords[i%len(fixtureWords)], fixtureWords[(i/7)%len(fixtureWords)], i)
		artist := fmt.Sprintf("%s %d", a, i/500)
		t := app.Track{ID: app.TrackID(i + 1), Path: fmt.Sprintf("/music/%s/%s.flac", artist, title), Format: "flac",
			Tags: app.Tags{Title: title, Artist: artist, Album: fmt.Sprintf("Album %d", i/12),
				Genres: []string{fixtureGenres[i%len(fixtureGenres)]}, Year: 1990 + i%30}}
		t.Features = &app.Features{Features: app.MeasuredFeatures{BPM: float64(70 + i%100), BPMConfidence: 0.9,
			Energy: float64(i%10) / 10, LoudnessLUFS: -12, Key: "x", Tonic: (i % 24) / 2, Minor: i%2 == 1}}
		rows[i] = browser.RowFromTrack(t)
	}
	return rows
}

// newTestModel returns a model over lib with colours off, sized w×h, with
// the rows loaded and everything settled.
func newTestModel(t testing.TB, lib *fakeLibrary, deps Deps, w, h int) *Model {
	t.Helper()
	deps.NoColor = true
	deps.DemoDir = "/demo"
	if deps.ExportDir == "" {
		deps.ExportDir = filepath.Join(t.TempDir(), "playlists") // never the person's own
	}
	m := newModel(deps, sources{rows: lib, tracks: lib, stats: lib, playlists: lib})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	settle(t, m, m.Init())
	return m
}

// settle runs cmd and every Cmd that follows from it, feeding the
// messages back into m, until none are left. Spinner ticks are not fed
// back, so the spinner never loops.
func settle(t testing.TB, m *Model, cmd tea.Cmd) {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1000 {
			t.Fatal("commands did not settle")
		}
		c := queue[0]
		queue = append(queue[1:], deliver(m, c)...)
	}
}

// deliver runs c and feeds its message to m, returning the Cmds that
// follow: a batch's Cmds, or what Update returned. A nil Cmd, a nil
// message and spinner ticks give none, so the spinner never loops.
func deliver(m *Model, c tea.Cmd) []tea.Cmd {
	if c == nil {
		return nil
	}
	switch msg := c().(type) {
	case nil, spinner.TickMsg:
		return nil
	case tea.BatchMsg:
		return msg
	default:
		_, next := m.Update(msg)
		return []tea.Cmd{next}
	}
}

// press sends a key press, named as key.Binding names keys, and settles.
func press(t testing.TB, m *Model, keys ...string) {
	t.Helper()
	for _, k := range keys {
		settle(t, m, func() tea.Msg { return keyMsg(k) })
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// screen returns the view's text without escape sequences.
func screenText(m *Model) string { return ansi.Strip(m.View().Content) }

// golden compares got with testdata/<test name>.golden, or rewrites it
// with -update.
func golden(t *testing.T, got string) {
	t.Helper()
	path := filepath.Join("testdata", strings.ReplaceAll(t.Name(), "/", "_")+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("view differs from %s (go test -update rewrites it)\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}
