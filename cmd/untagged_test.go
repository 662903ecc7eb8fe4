package cmd

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library/synth"
)

// TestUntaggedFilesReadPlainly checks the lines that name a track when its
// file has no artist tag: they give the title alone, never "— — title" or
// "Rated  — title".
func TestUntaggedFilesReadPlainly(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "music"), 0o755); err != nil {
		t.Fatal(err)
	}
	demo := synth.DemoTracks()
	for i, title := range []string{"first light", "second wind", "third eye"} {
		spec := demo[i*9].Spec
		spec.Seconds = 10
		path := filepath.Join(dir, "music", itoa(i+1)+".flac")
		if err := synth.Encode(context.Background(), path, synth.Render(spec), spec.SampleRate, map[string]string{"TITLE": title}); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, out, errOut := run(t, db, "scan", dir); code != 0 {
		t.Fatalf("scan: %d %s %s", code, out, errOut)
	}
	if code, out, errOut := run(t, db, "notes", "--no-llm"); code != 0 {
		t.Fatalf("notes: %d %s %s", code, out, errOut)
	}
	// stats counts no artist for files without an artist tag.
	code, out, errOut := run(t, db, "stats")
	if code != 0 || !strings.HasPrefix(out, "3 tracks (none with an artist tag) on 0 albums, 0 genres\n30 s of music") {
		t.Errorf("stats: %d %q %q", code, out, errOut)
	}
	// A template note says so once, without parentheses inside its own.
	code, out, errOut = run(t, db, "show", "first light")
	if code != 0 || !strings.Contains(out, "(a template note, as no language model was available; ") || strings.Contains(out, "((") ||
		strings.Count(out, "(") != strings.Count(out, ")") {
		t.Errorf("show: %d\n%s\n%s", code, out, errOut)
	}
	code, out, errOut = run(t, db, "rate", "first light", "4")
	if code != 0 || !strings.HasPrefix(out, "Rated first light 4 of 5.") {
		t.Errorf("rate: %d %q %q", code, out, errOut)
	}
	code, out, errOut = run(t, db, "skip", "second wind")
	if code != 0 || !strings.HasPrefix(out, "Skipped second wind;") {
		t.Errorf("skip: %d %q %q", code, out, errOut)
	}
	code, out, errOut = run(t, db, "recommend", "--no-llm", "third eye")
	if code != 0 || !strings.Contains(out, ". third eye  (") {
		t.Errorf("recommend: %d\n%s\n%s", code, out, errOut)
	}
	for _, bad := range []string{"— —", "  — ", " by ;", " by  "} {
		if strings.Contains(out, bad) {
			t.Errorf("recommend prints %q for an untagged track:\n%s", bad, out)
		}
	}
}
