package cmd

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runWithEnv runs the command line with extra environment variables.
func runWithEnv(t *testing.T, db string, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	cfg := writeEmptyConfig(t)
	env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(k string) string { return vars[k] }}
	code := Run(context.Background(), append(args, "--db", db, "--config", cfg), env)
	return code, out.String(), errb.String()
}

// TestNotesApproveAndEdit approves one note, edits another with --text and
// a third in $EDITOR (a script that rewrites the file), and checks that
// show reports each, that sleeve notes --force keeps all three, and that
// bad uses say what is wrong.
func TestNotesApproveAndEdit(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	for i, title := range []string{"Harbour", "Kiln", "Yard", "Gate"} {
		writeTrack(t, filepath.Join(dir, title+".wav"), map[string][]string{"TITLE": {title}, "ARTIST": {"Wren"}, "TRACKNUMBER": {string(rune('1' + i))}})
	}
	if code, out, errOut := run(t, db, "scan", dir); code != 0 {
		t.Fatalf("scan: %s %s", out, errOut)
	}
	path := func(title string) string { return filepath.Join(dir, title+".wav") }
	if code, _, errOut := run(t, db, "notes", "approve", path("Harbour")); code != 1 || !strings.Contains(errOut, "no sleeve note yet") {
		t.Fatalf("approve before notes: %d %s", code, errOut)
	}
	if code, out, errOut := run(t, db, "notes", "--no-llm"); code != 0 {
		t.Fatalf("notes: %s %s", out, errOut)
	}
	before := showTrack(t, db, path("Kiln"))["note"].(map[string]any)["text"].(string)

	if code, out, errOut := run(t, db, "notes", "approve", path("Harbour")); code != 0 || !strings.Contains(out, "Approved") {
		t.Fatalf("approve: %d %s %s", code, out, errOut)
	}
	if code, out, errOut := run(t, db, "notes", "edit", path("Kiln"), "--text", "  A kiln's slow\nburn, in my words. "); code != 0 || !strings.Contains(out, "edit") {
		t.Fatalf("edit --text: %d %s %s", code, out, errOut)
	}
	// The editor is a script: it checks that it was given the note and
	// its instructions, and replaces the note.
	script := filepath.Join(t.TempDir(), "ed.sh")
	os.WriteFile(script, []byte("#!/bin/sh\ngrep -q '^# Edit the sleeve note of Yard' \"$1\" || exit 3\nprintf 'Yard at dusk.\\n# a comment\\n' > \"$1\"\n"), 0o755)
	if code, out, errOut := runWithEnv(t, db, map[string]string{"EDITOR": script}, "notes", "edit", path("Yard")); code != 0 {
		t.Fatalf("edit in $EDITOR: %d %s %s", code, out, errOut)
	}
	// An editor that fails leaves the note alone.
	if code, _, errOut := runWithEnv(t, db, map[string]string{"VISUAL": "false"}, "notes", "edit", path("Gate")); code != 1 || !strings.Contains(errOut, "left as it was") {
		t.Fatalf("failing editor: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, db, "notes", "edit", path("Gate"), "--text", "# only a comment"); code != 1 || !strings.Contains(errOut, "empty") {
		t.Fatalf("empty edit: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, db, "notes", "approve", path("Gate"), "--text", "x"); code != 2 {
		t.Fatalf("approve --text: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, db, "notes", "polish", path("Gate")); code != 2 || !strings.Contains(errOut, "unknown notes command") {
		t.Fatalf("unknown verb: %d %s", code, errOut)
	}

	if code, out, errOut := run(t, db, "notes", "--no-llm", "--force"); code != 0 {
		t.Fatalf("notes --force: %s %s", out, errOut)
	}
	want := map[string][2]string{"Harbour": {"approved", ""}, "Kiln": {"edited", "A kiln's slow burn, in my words."},
		"Yard": {"edited", "Yard at dusk."}, "Gate": {"", ""}}
	for title, w := range want {
		note := showTrack(t, db, path(title))["note"].(map[string]any)
		if note["review"] != w[0] || (w[1] != "" && note["text"] != w[1]) {
			t.Errorf("%s: review %v text %q, want %q %q", title, note["review"], note["text"], w[0], w[1])
		}
	}
	kiln := showTrack(t, db, path("Kiln"))["note"].(map[string]any)
	if kiln["original_text"] != before {
		t.Errorf("original text %q, want %q", kiln["original_text"], before)
	}
	if code, out, _ := run(t, db, "show", path("Kiln")); code != 0 || !strings.Contains(out, "edited by you from a template note") {
		t.Errorf("show of an edited note:\n%s", out)
	}
}
