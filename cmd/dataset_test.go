package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportDatasetNeverWritesOverTheLibrary gives export-dataset the
// database itself, its -wal file and an existing file: the database is
// refused whatever the flags and still opens as a library afterwards, an
// existing file is replaced only with --force, and a new one is written.
func TestExportDatasetNeverWritesOverTheLibrary(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	makeLibrary(t, db)
	for _, target := range []string{db, db + "-wal"} {
		for _, args := range [][]string{{target}, {target, "--force"}} {
			code, _, errOut := run(t, db, append([]string{"models", "export-dataset"}, args...)...)
			if code != 1 || !strings.Contains(errOut, "library database") {
				t.Errorf("export-dataset %q: exit %d, %q; want 1 and a refusal", args, code, errOut)
			}
		}
	}
	if code, _, errOut := run(t, db, "stats"); code != 0 {
		t.Fatalf("the library does not open after export-dataset was given it: %d %s", code, errOut)
	}

	existing := filepath.Join(dir, "train.jsonl")
	os.WriteFile(existing, []byte("mine\n"), 0o644)
	if code, _, errOut := run(t, db, "models", "export-dataset", existing); code != 1 || !strings.Contains(errOut, "--force") {
		t.Errorf("export over an existing file: exit %d, %q", code, errOut)
	}
	if b, _ := os.ReadFile(existing); string(b) != "mine\n" {
		t.Errorf("an existing file was replaced without --force: %q", b)
	}
	if code, out, errOut := run(t, db, "models", "export-dataset", existing, "--force"); code != 0 || !strings.Contains(out, "Wrote 0 notes") {
		t.Errorf("export with --force: exit %d, %q %q", code, out, errOut)
	}
	if b, _ := os.ReadFile(existing); string(b) == "mine\n" {
		t.Errorf("--force did not replace the file")
	}
	fresh := filepath.Join(dir, "new.jsonl")
	if code, _, errOut := run(t, db, "models", "export-dataset", fresh); code != 0 {
		t.Errorf("export to a new file: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error(err)
	}
}
