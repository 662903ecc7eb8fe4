package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"sleeve/library"
	"sleeve/library/synth"
)

// TestIngestScansThenAnalyses checks that a track written to a folder is
// both read and measured by one call, with progress reported for each step.
func TestIngestScansThenAnalyses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "tone.wav"))
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.WriteWAV(f, synth.Sine(440, 8, 22050, 0.5), 22050, 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	store, err := library.Open(ctx, filepath.Join(t.TempDir(), "lib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var scanned, analysed int
	res, err := Ingest(ctx, store, []string{dir}, library.IngestOptions{
		Scan:    library.ScanOptions{OnProgress: func(library.ScanProgress) { scanned++ }},
		Analyze: library.AnalyzeOptions{OnProgress: func(library.AnalyzeProgress) { analysed++ }},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Scan.Counts.Added != 1 || res.Analysis == nil || res.Analysis.Counts.Analysed != 1 {
		t.Fatalf("ingest: %+v", res)
	}
	if scanned == 0 || analysed == 0 {
		t.Errorf("progress: %d scan reports, %d analysis reports", scanned, analysed)
	}
}
