package cmd

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// fixtureRoot holds the libraries that several tests share, built once
// per run of the test binary (see sharedLibrary); TestMain removes it.
var fixtureRoot string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sleeve-cmd-fixtures-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fixtureRoot = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// fixture is one shared library: its database once built, and whether
// building it failed.
type fixture struct {
	once   sync.Once
	db     string
	failed bool
}

var (
	fixturesMu sync.Mutex
	fixtures   = map[string]*fixture{}
)

// sharedLibrary returns a copy of the library that build makes, for t
// alone: build runs once per test binary, in a folder of its own under
// fixtureRoot, writes its music there and returns its database; each
// caller gets the database copied into its own temporary folder, so it
// may rate, correct or prune, while the music files (which build's
// library names) are shared and must not be changed. Scanning and
// analysing synthesised audio is most of what the package's tests cost
// under the race detector, and a library built the same way is the
// same library.
func sharedLibrary(t *testing.T, name string, build func(t *testing.T, dir string) string) string {
	t.Helper()
	fixturesMu.Lock()
	f := fixtures[name]
	if f == nil {
		f = &fixture{}
		fixtures[name] = f
	}
	fixturesMu.Unlock()
	f.once.Do(func() {
		// A build that fails calls t.Fatal, which leaves this function
		// with failed still set: the later callers fail too, at once.
		f.failed = true
		dir := filepath.Join(fixtureRoot, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		f.db = build(t, dir)
		f.failed = false
	})
	if f.failed {
		t.Fatalf("the shared %s library could not be built (see the first test that asked for it)", name)
	}
	db := filepath.Join(t.TempDir(), filepath.Base(f.db))
	for _, suffix := range []string{"", "-wal"} {
		if err := copyFile(f.db+suffix, db+suffix); err != nil && !(suffix != "" && os.IsNotExist(err)) {
			t.Fatal(err)
		}
	}
	return db
}

// copyFile copies the file at from to a new file at to.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
