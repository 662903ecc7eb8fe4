package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"sleeve/app"
	"sleeve/library/synth"
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
