package library

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

// stallingReader reads the first files and then blocks for ever, like a
// scan that is killed half-way.
type stallingReader struct {
	TagReader
	after int64
	n     atomic.Int64
}

func (s *stallingReader) ReadFile(p string) (FileInfo, error) {
	if s.n.Add(1) > s.after {
		select {}
	}
	return s.TagReader.ReadFile(p)
}

// TestKilledScanLeavesATrueRecord runs a scan in a child process, which
// stalls after 12 files. While it runs, a second scan of the library is
// refused with ErrScanRunning and the record says the scan is not
// interrupted. After the child is killed with SIGKILL, the record says
// interrupted, with the files it added, and a new scan runs.
func TestKilledScanLeavesATrueRecord(t *testing.T) {
	if db := os.Getenv("SLEEVE_TEST_KILLED_SCAN_DB"); db != "" {
		s, err := Open(context.Background(), db)
		if err != nil {
			os.Exit(3)
		}
		NewScanner(s, &stallingReader{TagReader: TaglibReader{}, after: 12}, ScanOptions{Workers: 1}).
			Scan(context.Background(), []string{os.Getenv("SLEEVE_TEST_KILLED_SCAN_ROOT")})
		os.Exit(4) // never reached: the scan stalls
	}
	root := t.TempDir()
	for i := range 30 {
		writeTaggedWAV(t, filepath.Join(root, string(rune('a'+i))+".wav"), 440, nil)
	}
	db := filepath.Join(t.TempDir(), "lib.db")
	s, err := Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	child := exec.Command(os.Args[0], "-test.run=^TestKilledScanLeavesATrueRecord$")
	child.Env = append(os.Environ(), "SLEEVE_TEST_KILLED_SCAN_DB="+db, "SLEEVE_TEST_KILLED_SCAN_ROOT="+root)
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Process.Kill()
	deadline := time.Now().Add(60 * time.Second)
	var last ScanRecord
	for {
		if last, err = s.lastScan(context.Background()); err == nil && last.Counts.Added >= 12 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the child scan recorded no progress: %+v %v", last, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if last.Interrupted {
		t.Error("a running scan is recorded as interrupted")
	}
	if _, err := NewScanner(s, TaglibReader{}, ScanOptions{}).Scan(context.Background(), []string{root}); !errors.Is(err, ErrScanRunning) {
		t.Fatalf("a second scan at the same time: %v, want ErrScanRunning", err)
	}

	child.Process.Kill()
	child.Wait()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if ls := st.LastScan; ls == nil || !ls.Interrupted || ls.Counts.Added != 12 || st.Tracks != 12 {
		t.Fatalf("after kill -9: tracks %d, last scan %+v; want interrupted with 12 added", st.Tracks, st.LastScan)
	}
	res := scanOnce(t, s, root)
	if res.Counts.Added != 18 || res.Counts.Unchanged != 12 {
		t.Fatalf("the scan after the killed one: %+v", res.Counts)
	}
}
