package library

import (
	"context"
	"path/filepath"
	"testing"
)

// TestIngestScansThenAnalysesTheFoldersScanned scans one folder with
// ScanOnly (nothing analysed), then another with analysis: the tracks of
// the second are analysed with the real decoder and analyser, and those of
// the first are left to their own scan.
func TestIngestScansThenAnalysesTheFoldersScanned(t *testing.T) {
	ctx := context.Background()
	a, b := t.TempDir(), t.TempDir()
	writeTaggedWAV(t, filepath.Join(a, "one.wav"), 440, tagsOf("One", "X", "Y"))
	writeTaggedWAV(t, filepath.Join(b, "two.wav"), 330, tagsOf("Two", "X", "Y"))
	writeTaggedWAV(t, filepath.Join(b, "three.wav"), 550, tagsOf("Three", "X", "Y"))
	s := openTestStore(t)

	res, err := Ingest(ctx, s, TaglibReader{}, []string{a}, IngestOptions{ScanOnly: true})
	if err != nil || res.Scan.Counts.Added != 1 || res.Analysis != nil {
		t.Fatalf("scan only: %+v %v", res, err)
	}
	scanned := false
	res, err = Ingest(ctx, s, TaglibReader{}, []string{b}, IngestOptions{OnScanned: func(r ScanResult) { scanned = r.Counts.Added == 2 }})
	if err != nil || !scanned || res.Analysis == nil || res.Interrupted() {
		t.Fatalf("ingest: %+v %v (OnScanned saw the scan: %v)", res, err, scanned)
	}
	if got := res.Analysis.Counts.Analysed + res.Analysis.Counts.NotAnalysable + res.Analysis.Counts.Failed; got != 2 {
		t.Fatalf("analysis dealt with %d tracks, want the 2 scanned: %+v", got, res.Analysis.Counts)
	}
	for _, name := range []string{"two.wav", "three.wav"} {
		if tr := mustTrackByPath(t, s, filepath.Join(b, name)); tr.Features == nil {
			t.Errorf("%s was scanned but not analysed", name)
		}
	}
	if tr := mustTrackByPath(t, s, filepath.Join(a, "one.wav")); tr.Features != nil {
		t.Error("a track outside the folders ingested was analysed")
	}
}
