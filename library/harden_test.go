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

// TestLibraryVersionSeesOtherWriters opens the library twice, as the
// explorer and a command-line scan would: the first sees the version
// change when the second adds tracks, and not when nothing was written.
func TestLibraryVersionSeesOtherWriters(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	explorer, err := Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer explorer.Close()
	cli, err := Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	ctx := context.Background()
	v1, err := explorer.LibraryVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := explorer.LibraryVersion(ctx); again != v1 {
		t.Fatalf("version changed with no write: %s → %s", v1, again)
	}
	root := t.TempDir()
	for i := range 3 {
		writeTaggedWAV(t, filepath.Join(root, string(rune('a'+i))+".wav"), 440, nil)
	}
	scanOnce(t, cli, root)
	v2, err := explorer.LibraryVersion(ctx)
	if err != nil || v2 == v1 {
		t.Fatalf("version after another connection's scan: %s → %s, %v", v1, v2, err)
	}
	scanOnce(t, cli, root) // a rescan that changes nothing listed
	if v3, _ := explorer.LibraryVersion(ctx); v3 != v2 {
		t.Errorf("an unchanged rescan changed the version: %s → %s", v2, v3)
	}
}
