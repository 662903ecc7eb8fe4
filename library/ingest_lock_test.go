package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sleeve/library/synth"
)

// TestOneScanOrAnalysisAtATime runs a scan with its analysis, as sleeve
// scan and the explorer do, and while it measures tracks starts a second
// scan and an analysis of the same library: both stop at once with
// ErrScanRunning, where they had measured the same tracks again beside
// the first (the lock covered only the reading of tags). Once the first
// has finished, both run.
func TestOneScanOrAnalysisAtATime(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	for i, freq := range []float64{220, 330, 440} {
		f, err := os.Create(filepath.Join(root, string(rune('a'+i))+".flac"))
		if err != nil {
			t.Fatal(err)
		}
		if err := synth.WriteFLAC(f, synth.Sine(freq, 6, 22050, 0.4), 22050, 1, nil); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	s, err := Open(ctx, filepath.Join(t.TempDir(), "lib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	measuring, checked := make(chan struct{}), make(chan struct{})
	first := make(chan error, 1)
	go func() {
		once := false
		res, err := Ingest(ctx, s, TaglibReader{}, []string{root}, IngestOptions{Analyze: AnalyzeOptions{Workers: 1,
			OnProgress: func(AnalyzeProgress) {
				if !once {
					once = true
					close(measuring)
					<-checked // hold the analysis here until the others have tried
				}
			}}})
		if err == nil && (res.Analysis == nil || res.Analysis.Counts.Analysed != 3) {
			err = errors.New("the first scan did not measure its three tracks")
		}
		first <- err
	}()
	<-measuring
	// Without the lock these would wait on the first one's writes: the
	// deadline turns that into a failure.
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	_, scanErr := NewScanner(s, TaglibReader{}, ScanOptions{}).Scan(tctx, []string{root})
	_, analyzeErr := NewAnalyzer(s, AnalyzeOptions{Force: true}).Run(tctx)
	cancel()
	close(checked)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	if !errors.Is(scanErr, ErrScanRunning) {
		t.Errorf("a second scan while the first measures: %v, want ErrScanRunning", scanErr)
	}
	if !errors.Is(analyzeErr, ErrScanRunning) {
		t.Errorf("an analysis while a scan measures: %v, want ErrScanRunning", analyzeErr)
	}

	res, err := Ingest(ctx, s, TaglibReader{}, []string{root}, IngestOptions{})
	if err != nil || res.Scan.Counts.Unchanged != 3 || res.Analysis == nil || res.Analysis.Counts.UpToDate != 3 {
		t.Fatalf("the scan after: %+v %v", res, err)
	}
	if a, err := NewAnalyzer(s, AnalyzeOptions{Force: true}).Run(ctx); err != nil || a.Counts.Analysed != 3 {
		t.Fatalf("the analysis after: %+v %v", a, err)
	}
}

// TestScanOfAFileNamesItsFolder: sleeve scan given a file, not a folder,
// says so and names the folder to scan instead.
func TestScanOfAFileNamesItsFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "song.flac")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.WriteFLAC(f, synth.Sine(440, 2, 22050, 0.4), 22050, 1, nil); err != nil {
		t.Fatal(err)
	}
	f.Close()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "lib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = NewScanner(s, TaglibReader{}, ScanOptions{}).Scan(context.Background(), []string{path})
	if err == nil || !strings.Contains(err.Error(), "is a file, not a folder") || !strings.Contains(err.Error(), "("+dir+")") {
		t.Fatalf("scan of a file: %v", err)
	}
}
