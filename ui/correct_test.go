package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/library/synth"
)

// listeningRecommender answers nothing and counts how often it was told
// that the library changed.
type listeningRecommender struct{ changed int }

func (r *listeningRecommender) Recommend(context.Context, string, string) (Reply, error) {
	return Reply{}, nil
}

func (r *listeningRecommender) LibraryChanged() { r.changed++ }

// TestCorrectingInTheExplorer corrects a real track of a real store from
// the detail pane: keys that mean something elsewhere type into the
// input, the store keeps the person's tempo, the library's rows show it
// at once and the recommender is told to load the library again.
func TestCorrectingInTheExplorer(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := synth.Spec{BPM: 120, Tonic: 2, Minor: true, Timbre: synth.Piano, Energy: 0.6, Seconds: 10, SampleRate: 22050, Seed: 3, Drums: true}
	f, err := os.Create(filepath.Join(dir, "a.flac"))
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.WriteFLAC(f, synth.Render(s), 22050, 1, map[string]string{"TITLE": "Tide", "ARTIST": "Halcyon", "ALBUM": "Atlas"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	lib, err := app.OpenLibrary(ctx, filepath.Join(t.TempDir(), "sleeve.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if _, err := lib.Ingest(ctx, []string{dir}, nil, nil); err != nil {
		t.Fatal(err)
	}
	rec := &listeningRecommender{}
	m := newModel(Deps{Library: lib, NoColor: true, DemoDir: "/demo", ExportDir: t.TempDir(), Recommender: rec},
		sources{rows: lib, tracks: lib, stats: lib})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	settle(t, m, m.Init())
	press(t, m, "l", "l", "tab") // artist › album › the track, then the detail pane
	if m.focus != paneDetail {
		t.Fatalf("focus %v", m.focus)
	}
	press(t, m, "t")
	if !m.detail.Editing() || !m.typing() {
		t.Fatal("t did not open the tempo input")
	}
	// q and ? type into the input rather than quit or open the help.
	press(t, m, "q", "?")
	if m.showHelp || !m.detail.Editing() {
		t.Fatalf("q or ? left the input (help %v)", m.showHelp)
	}
	if h := ansi.Strip(m.helpLine()); !strings.Contains(h, "enter save") || strings.Contains(h, "q quit") || !strings.Contains(h, "ctrl+c quit") {
		t.Errorf("the hint line while typing: %q", h)
	}
	if v := m.detail.Editing(); !v || !strings.HasSuffix(m.detail.EditValue(), "q?") {
		t.Fatalf("the input holds %q", m.detail.EditValue())
	}
	for range len([]rune(m.detail.EditValue())) {
		settle(t, m, func() tea.Msg { return tea.KeyPressMsg{Code: tea.KeyBackspace} })
	}
	press(t, m, "1", "0", "3", "enter")
	if m.detail.Editing() {
		t.Fatal("enter did not close the input")
	}
	var tr app.Track
	for t2, err := range lib.Tracks(ctx, app.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		if t2.Path == filepath.Join(dir, "a.flac") {
			tr = t2
		}
	}
	if tr.Features == nil {
		t.Fatalf("no analysed track at %s", filepath.Join(dir, "a.flac"))
	}
	if tr.Features.BPM != 103 || !tr.Correction.Corrected(app.CorrectBPM) {
		t.Fatalf("stored tempo %.1f, correction %+v", tr.Features.BPM, tr.Correction)
	}
	screen := screenText(m)
	for _, want := range []string{"Tempo 103 BPM (yours)", "Tempo set: 103 BPM"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the screen lacks %q:\n%s", want, screen)
		}
	}
	if r, ok := m.browser.Selected(); !ok || r.BPM != 103 {
		t.Errorf("the library's row reads %.0f BPM", r.BPM)
	}
	if rec.changed != 1 {
		t.Errorf("the recommender was told %d times", rec.changed)
	}
}
