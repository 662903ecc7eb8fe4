package library

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestOpenCreatesAndMigrates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "nested", "folder", "sleeve.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	migs, _ := loadMigrations()
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != len(migs) {
		t.Fatalf("schema version %d (%v), want %d", v, err, len(migs))
	}
	var mode string
	s.r.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal mode %q, want wal", mode)
	}
	var fk int
	s.w.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
	if fk != 1 {
		t.Errorf("foreign keys off on the writer")
	}
	s.Close()
	// Opening again migrates nothing and keeps the data.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v2, _ := s.SchemaVersion(ctx); v2 != v {
		t.Fatalf("version changed on reopen: %d → %d", v, v2)
	}
}

func TestReadPoolCannotWrite(t *testing.T) {
	s := openTestStore(t)
	_, err := s.r.Exec("INSERT INTO scans (roots, started_at) VALUES ('x', 1)")
	if err == nil {
		t.Fatal("the read pool accepted a write")
	}
}

func TestMigrationFromAnOlderSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	// Build a version-1 database by hand, as the first release made it.
	migs, _ := loadMigrations()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(migs[0].sql); err != nil {
		t.Fatal(err)
	}
	db.Exec("PRAGMA user_version = 1")
	db.Exec(`INSERT INTO tracks (path, dir, size, mtime_ns, fingerprint, format, title, added_at, updated_at)
		VALUES ('/m/a.flac', '/m', 1, 1, 'fp', 'flac', 'Kept', 1, 1)`)
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(ctx); v != len(migs) {
		t.Fatalf("version %d after migration, want %d", v, len(migs))
	}
	tr, err := s.TrackByPath(ctx, "/m/a.flac")
	if err != nil || tr.Tags.Title != "Kept" {
		t.Fatalf("track lost in migration: %+v %v", tr, err)
	}
	// Version 2 added the features tables, empty: the old track needs
	// analysis and has none yet.
	if tr.Features != nil || tr.AnalysisFailure != nil {
		t.Errorf("migrated track has features %v / failure %v", tr.Features, tr.AnalysisFailure)
	}
	var n int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM features").Scan(&n); err != nil || n != 0 {
		t.Fatalf("features table after migration: %d %v", n, err)
	}
	b, err := s.AnalysisBacklog(ctx, AnalysisQuery{})
	if err != nil || b.Need != 1 {
		t.Errorf("backlog after migration %+v %v, want the kept track", b, err)
	}
}

func TestNewerDatabaseIsRefusedAndLeftUntouched(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "future.db")
	db, _ := sql.Open("sqlite", path)
	db.Exec("CREATE TABLE from_the_future (x)")
	db.Exec("PRAGMA user_version = 999")
	db.Close()
	before, _ := os.ReadFile(path)
	st, _ := os.Stat(path)

	_, err := Open(ctx, path)
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("error %v, want ErrSchemaTooNew", err)
	}
	if !strings.Contains(err.Error(), "999") {
		t.Errorf("error %q does not name the version", err)
	}
	after, _ := os.ReadFile(path)
	st2, _ := os.Stat(path)
	if !bytes.Equal(before, after) || !st.ModTime().Equal(st2.ModTime()) {
		t.Fatal("the newer database was modified")
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("opening left a %s file", suffix)
		}
	}
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "music.db")
	os.WriteFile(path, bytes.Repeat([]byte("this is a text file, not SQLite. "), 200), 0o644)
	_, err := Open(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), "not a sleeve database") {
		t.Fatalf("error %v, want a clear 'not a sleeve database'", err)
	}
}

// TestKilledWriterLosesNothingCommitted runs a child process that inserts
// rows one transaction at a time and reports each commit, kills it with
// SIGKILL mid-stream, and checks that the database opens with every row
// the child saw committed.
func TestKilledWriterLosesNothingCommitted(t *testing.T) {
	if os.Getenv("SLEEVE_KILL_CHILD") != "" {
		return
	}
	path := filepath.Join(t.TempDir(), "kill.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$")
	cmd.Env = append(os.Environ(), "SLEEVE_KILL_CHILD="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 0, 1<<16)
	tmp := make([]byte, 4096)
	deadline := time.Now().Add(20 * time.Second)
	lastCommitted := 0
	for time.Now().Before(deadline) {
		n, err := out.Read(tmp)
		buf = append(buf, tmp[:n]...)
		lines := strings.Fields(string(buf))
		for _, l := range lines {
			if v, e := strconv.Atoi(strings.TrimPrefix(l, "committed:")); e == nil && v > lastCommitted {
				lastCommitted = v
			}
		}
		if lastCommitted >= 200 || err != nil {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if lastCommitted < 50 {
		t.Fatalf("child committed only %d rows before the deadline:\n%s", lastCommitted, buf)
	}

	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("database did not open after the kill: %v", err)
	}
	defer s.Close()
	var n int
	if err := s.r.QueryRow("SELECT count(*) FROM scans").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n < lastCommitted {
		t.Fatalf("%d rows survive, but the child had committed %d", n, lastCommitted)
	}
	var check string
	s.r.QueryRow("PRAGMA integrity_check").Scan(&check)
	if check != "ok" {
		t.Fatalf("integrity check: %s", check)
	}
}

// TestKillChild is the child half of TestKilledWriterLosesNothingCommitted.
func TestKillChild(t *testing.T) {
	path := os.Getenv("SLEEVE_KILL_CHILD")
	if path == "" {
		t.Skip("run by TestKilledWriterLosesNothingCommitted")
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	for i := 1; ; i++ {
		// A multi-row transaction, so a kill can land inside one.
		if _, err := s.beginScan(context.Background(), []string{strings.Repeat("x", 1000)}); err != nil {
			fmt.Println("write:", err)
			os.Exit(1)
		}
		fmt.Printf("committed:%d\n", i)
	}
}
