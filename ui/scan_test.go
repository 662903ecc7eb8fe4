package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/library/synth"
	"sleeve/ui/welcome"
)

// TestExplorerScanAnalyses runs the explorer's scan on a folder of two
// rendered FLAC pieces of known tempo with a real store: as with sleeve
// scan, the tracks come out analysed, and the analysis reported progress.
func TestExplorerScanAnalyses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for i, bpm := range []float64{90, 128} {
		s := synth.Spec{BPM: bpm, Tonic: 9, Minor: i == 0, Timbre: synth.Piano, Energy: 0.6, Seconds: 12, SampleRate: 22050, Seed: int64(i + 1), Drums: true}
		f, err := os.Create(filepath.Join(dir, []string{"a.flac", "b.flac"}[i]))
		if err != nil {
			t.Fatal(err)
		}
		if err := synth.WriteFLAC(f, synth.Render(s), 22050, 1, map[string]string{"TITLE": s.KeyName()}); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	lib, err := app.OpenLibrary(ctx, filepath.Join(t.TempDir(), "sleeve.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	m := New(Deps{Library: lib})
	var lastAnalysis app.AnalyzeProgress
	res, err := m.src.scan(ctx, []string{dir}, nil, func(p app.AnalyzeProgress) { lastAnalysis = p })
	if err != nil || res.Scan.Counts.Added != 2 || res.Analysis == nil || res.Analysis.Counts.Analysed != 2 {
		t.Fatalf("explorer scan: %+v %v", res, err)
	}
	if lastAnalysis.Total != 2 {
		t.Errorf("analysis progress %+v, want a total of 2", lastAnalysis)
	}
	for tr, err := range lib.Tracks(ctx, app.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		if tr.Features == nil || tr.Features.Key == "" {
			t.Errorf("%s was not analysed: %+v", tr.Path, tr.Features)
		}
	}
}

// scanningModel returns a model over a library of 20 tracks, 80x24, whose
// scan is scan.
func scanningModel(t *testing.T, lib *fakeLibrary, scan welcome.ScanFunc) *Model {
	t.Helper()
	m := newModel(Deps{NoColor: true, DemoDir: "/demo", ExportDir: filepath.Join(t.TempDir(), "playlists")},
		sources{rows: lib, tracks: lib, stats: lib, playlists: lib, scan: scan})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	settle(t, m, m.Init())
	return m
}

// TestScanAnotherFolderFromTheLibrary: with a library open, f asks for a
// folder (the explorer had no way to scan one once a library existed),
// enter scans it as the first run's scan does, and once it is done the
// library shows the new tracks and the status says what the scan did.
func TestScanAnotherFolderFromTheLibrary(t *testing.T) {
	lib := &fakeLibrary{tracks: fixtureTracks(20)}
	var roots []string
	m := scanningModel(t, lib, func(ctx context.Context, r []string, scanned func(app.ScanProgress), _ func(app.AnalyzeProgress)) (app.IngestResult, error) {
		roots = r
		more := fixtureTracks(22)
		lib.tracks = append(lib.tracks, more[20:]...)
		var res app.IngestResult
		res.Scan.Counts.Added = 2
		return res, nil
	})
	press(t, m, "f")
	if s := screenText(m); !strings.Contains(s, "Scan a folder") || !strings.Contains(s, "Which folder holds your music?") || !m.typing() {
		t.Fatalf("f in the library does not ask for a folder:\n%s", s)
	}
	press(t, m, "q") // typed into the folder, not quitting
	press(t, m, "backspace")
	for _, r := range "/music/new" {
		press(t, m, string(r))
	}
	press(t, m, "enter")
	if !slices.Equal(roots, []string{"/music/new"}) {
		t.Fatalf("scanned %q, want /music/new", roots)
	}
	s := screenText(m)
	if strings.Contains(s, "Scan a folder") || m.typing() {
		t.Errorf("the scan is done and the folder still shows:\n%s", s)
	}
	if !strings.Contains(s, "Scan done: 2 added") || !strings.Contains(s, "22 tracks") {
		t.Errorf("after the scan the screen lacks its summary or the new count:\n%s", s)
	}
	// esc on the folder goes back to the library, scanning nothing.
	roots = nil
	press(t, m, "f", "esc")
	if s := screenText(m); strings.Contains(s, "Scan a folder") || roots != nil {
		t.Errorf("esc left the folder open or scanned %q:\n%s", roots, s)
	}
}

// TestScanFromTheLibraryStreamsAndStops: the scan of another folder
// reports its progress while it runs, and esc stops it; the library
// stays as it was.
func TestScanFromTheLibraryStreamsAndStops(t *testing.T) {
	lib := &fakeLibrary{tracks: fixtureTracks(20)}
	stopped := make(chan error, 1)
	m := scanningModel(t, lib, func(ctx context.Context, _ []string, scanned func(app.ScanProgress), _ func(app.AnalyzeProgress)) (app.IngestResult, error) {
		scanned(app.ScanProgress{Found: 7})
		<-ctx.Done()
		stopped <- ctx.Err()
		var res app.IngestResult
		res.Scan.Interrupted = true
		return res, nil
	})
	press(t, m, "f")
	for _, r := range "/music/big" {
		press(t, m, string(r))
	}
	_, cmd := m.Update(keyMsg("enter"))
	batch, ok := cmd().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("enter gave %T, want the scan and its progress", cmd())
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- batch[0]() }()
	m.Update(batch[1]()) // the first progress line
	if s := screenText(m); !strings.Contains(s, "Scanning: 7 files found") {
		t.Errorf("the scan's progress does not show:\n%s", s)
	}
	press(t, m, "esc")
	if err := <-stopped; err == nil {
		t.Fatal("esc did not stop the scan")
	}
	settle(t, m, func() tea.Msg { return <-done })
	if s := screenText(m); strings.Contains(s, "Scan a folder") || !strings.Contains(s, "Scan stopped") || !strings.Contains(s, "20 tracks") {
		t.Errorf("after esc the screen reads:\n%s", s)
	}
}

// TestScanFolderKeyInTheLibraryHelp: the library's help lists f once, and
// at 80x24 still fits.
func TestScanFolderKeyInTheLibraryHelp(t *testing.T) {
	m := scanningModel(t, &fakeLibrary{tracks: fixtureTracks(20)}, nil)
	press(t, m, "?")
	s := screenText(m)
	if n := strings.Count(s, "scan a folder"); n != 1 {
		t.Errorf("the library's help lists scan a folder %d times:\n%s", n, s)
	}
	if !strings.Contains(s, "or esc closes the help") {
		t.Errorf("the help does not fit:\n%s", s)
	}
}
