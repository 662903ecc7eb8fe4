package cmd

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"sleeve/library/synth"
)

// TestListNamesItsColumnsOnATerminal checks that sleeve ls names its
// columns when a person reads it on a terminal, and stays plain in a pipe.
func TestListNamesItsColumnsOnATerminal(t *testing.T) {
	dir := t.TempDir()
	writeTrack(t, filepath.Join(dir, "Basalt", "Stone", "01 Flint.wav"), map[string][]string{"ARTIST": {"Basalt"}, "TITLE": {"Flint"}})
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, out, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatalf("scan: %d %s %s", code, out, errOut)
	}
	ls := func(terminal bool, args ...string) string {
		var out, errb bytes.Buffer
		env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(string) string { return "" },
			StdoutIsTerminal: terminal}
		if code := Run(context.Background(), append(append([]string{"ls"}, args...), "--db", db, "--config", writeEmptyConfig(t)), env); code != 0 {
			t.Fatalf("ls: %d %s", code, errb.String())
		}
		return out.String()
	}
	lines := strings.Split(strings.TrimSpace(ls(true)), "\n")
	if len(lines) != 2 || strings.Join(strings.Fields(lines[0]), " ") != "ID ARTIST TITLE ALBUM LENGTH TEMPO KEY RATING" ||
		!strings.Contains(lines[1], "Flint") || strings.Index(lines[1], "Flint") != strings.Index(lines[0], "TITLE") {
		t.Errorf("on a terminal:\n%s", strings.Join(lines, "\n"))
	}
	if out := ls(false); strings.Contains(out, "TITLE") || !strings.HasPrefix(out, "1  Basalt  Flint") {
		t.Errorf("in a pipe: %q", out)
	}
	if out := ls(true, "nothing-matches-this"); strings.Contains(out, "TITLE") {
		t.Errorf("column names over no tracks: %q", out)
	}
}

// TestScanSaysWhatComesNext checks that a scan on a terminal ends with the
// next step while tracks have no sleeve note, and says nothing of it once
// they have, or in a pipe.
func TestScanSaysWhatComesNext(t *testing.T) {
	dir := t.TempDir()
	writeTrack(t, filepath.Join(dir, "Basalt", "Stone", "01 Flint.wav"), map[string][]string{"ARTIST": {"Basalt"}, "TITLE": {"Flint"}})
	db := filepath.Join(t.TempDir(), "lib.db")
	scan := func(terminal bool) string {
		var out, errb bytes.Buffer
		env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(string) string { return "" },
			StdoutIsTerminal: terminal}
		if code := Run(context.Background(), []string{"scan", dir, "--db", db, "--config", writeEmptyConfig(t)}, env); code != 0 {
			t.Fatalf("scan: %d %s", code, errb.String())
		}
		return out.String()
	}
	if out := scan(true); !strings.Contains(out, "Next: sleeve notes writes sleeve notes for the 1 track without one") {
		t.Errorf("a first scan on a terminal:\n%s", out)
	}
	if out := scan(false); strings.Contains(out, "Next:") {
		t.Errorf("a scan into a pipe:\n%s", out)
	}
	if code, out, errOut := run(t, db, "notes", "--no-llm"); code != 0 {
		t.Fatalf("notes: %d %s %s", code, out, errOut)
	}
	if out := scan(true); strings.Contains(out, "Next:") {
		t.Errorf("a scan with every note written:\n%s", out)
	}
}

// TestListShowsOnlyTempoItTrusts checks that sleeve ls, like the explorer,
// shows a tempo only when the analysis is confident of it (the filters and
// sorting take the others as unknown), while show still gives the measured
// value with its confidence. A beatless ambient track and a techno track
// from the demo make one of each.
func TestListShowsOnlyTempoItTrusts(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	var picked []synth.DemoTrack
	for _, artist := range []string{"Halcyon Drift", "Kiln Logic"} {
		for _, d := range synth.DemoTracks() {
			if d.Artist == artist {
				d.Spec.Seconds = 20
				picked = append(picked, d)
				break
			}
		}
	}
	if _, err := synth.WriteDemoTracks(context.Background(), dir, picked, nil); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, db, "scan", dir); code != 0 {
		t.Fatalf("scan: %d %s %s", code, out, errOut)
	}
	tempo := regexp.MustCompile(`Tempo\s+(\d+) BPM \(confidence ([0-9.]+)\)`)
	var trusted, unsure int
	for _, d := range picked {
		_, show, _ := run(t, db, "show", d.Title)
		m := tempo.FindStringSubmatch(show)
		if m == nil {
			t.Fatalf("show %q gives no measured tempo:\n%s", d.Title, show)
		}
		confidence, _ := strconv.ParseFloat(m[2], 64)
		_, ls, _ := run(t, db, "ls", d.Title)
		switch shown := strings.Contains(ls, m[1]+" BPM"); {
		case confidence >= 0.7 && !shown:
			t.Errorf("%s: a tempo of confidence %.2f is not listed: %q", d.Title, confidence, ls)
		case confidence < 0.7 && shown:
			t.Errorf("%s: a tempo of confidence %.2f is listed as a fact: %q", d.Title, confidence, ls)
		case confidence >= 0.7:
			trusted++
		default:
			unsure++
		}
	}
	if trusted == 0 || unsure == 0 {
		t.Errorf("the demo tracks gave %d trusted and %d unsure tempos; the test needs one of each", trusted, unsure)
	}
}

// TestListCutsVeryLongTags gives one track a 5,000-character title and a
// 3,000-character artist: sleeve ls cuts them with "…" (48 cells on a
// terminal, 200 in a pipe), so the other rows are not padded to their
// width, while show and --json keep them whole.
func TestListCutsVeryLongTags(t *testing.T) {
	dir := t.TempDir()
	longTitle, longArtist := strings.Repeat("Largo ", 833)+"xx", strings.Repeat("Orchestra ", 300)
	writeTrack(t, filepath.Join(dir, "a.wav"), map[string][]string{"ARTIST": {longArtist}, "TITLE": {longTitle}})
	writeTrack(t, filepath.Join(dir, "b.wav"), map[string][]string{"ARTIST": {"Basalt"}, "TITLE": {"Flint"}})
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, out, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatalf("scan: %d %s %s", code, out, errOut)
	}
	cmd := func(terminal bool, args ...string) string {
		var out, errb bytes.Buffer
		env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(string) string { return "" },
			StdoutIsTerminal: terminal}
		if code := Run(context.Background(), append(args, "--db", db, "--config", writeEmptyConfig(t)), env); code != 0 {
			t.Fatalf("%v: %d %s", args, code, errb.String())
		}
		return out.String()
	}
	for _, c := range []struct {
		terminal bool
		widest   int
	}{{true, 48}, {false, 200}} {
		out := cmd(c.terminal, "ls")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 2 {
			t.Fatalf("terminal %v: %q", c.terminal, out)
		}
		for _, l := range lines {
			// ID, three text columns, length, tempo, key, rating, gaps.
			if w := len([]rune(l)); w > 3*c.widest+60 {
				t.Errorf("terminal %v: a line of %d characters: %.120q…", c.terminal, w, l)
			}
		}
		if !strings.Contains(out, "Largo Largo") || !strings.Contains(out, "…") || !strings.Contains(out, "Flint") {
			t.Errorf("terminal %v: %.300q", c.terminal, out)
		}
	}
	if show := cmd(false, "show", filepath.Join(dir, "a.wav")); !strings.Contains(show, strings.TrimSpace(longTitle)) {
		t.Errorf("show cut the title: %.200q", show)
	}
	if js := cmd(false, "ls", "--json"); !strings.Contains(js, strings.TrimSpace(longTitle)) || !strings.Contains(js, strings.TrimSpace(longArtist)) {
		t.Errorf("--json cut the tags")
	}
}
