package cmd

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library"
	"sleeve/library/synth"
)

// TestStatsSaysDamagedTracksCouldNotBeAnalysed scans a good FLAC and one
// cut short (a download that stopped): stats says the damaged one could
// not be analysed, where it called it "not analysable", which the README
// keeps for a format with no decoder.
func TestStatsSaysDamagedTracksCouldNotBeAnalysed(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, name := range []string{"good.flac", "cut.flac"} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := synth.WriteFLAC(f, synth.Render(synth.Spec{BPM: 120, Timbre: synth.Piano, Energy: 0.6, Seconds: 20,
			SampleRate: 22050, Seed: 3, Drums: true}), 22050, 1, nil); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	cut := filepath.Join(dir, "cut.flac")
	fi, err := os.Stat(cut)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(cut, fi.Size()*6/10); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, out, errOut := run(t, db, "scan", dir); code != 0 || !strings.Contains(errOut, "cut.flac") {
		t.Fatalf("scan: %d %s %s", code, out, errOut)
	}
	code, out, errOut := run(t, db, "stats")
	if code != 0 || !strings.Contains(out, "Analysed: 1 of 2, 1 could not be analysed") || strings.Contains(out, "not analysable") {
		t.Fatalf("stats: %d %s %s", code, out, errOut)
	}
	// Nothing sounds like it, and sleeve analyze would not change that:
	// similar says why, where it said "not analysed yet (run sleeve analyze)".
	code, out, errOut = run(t, db, "similar", cut)
	if code != 0 || !strings.Contains(out, "could not be analysed (") || !strings.Contains(out, "truncated") || strings.Contains(out, "run sleeve analyze") {
		t.Fatalf("similar: %d %s %s", code, out, errOut)
	}
}

// TestInterruptedForcedAnalysisSaysWhatIsLeft: after Ctrl-C stops
// 'sleeve analyze --force', the tracks not reached are up to date already,
// so the summary does not send the person to a plain 'sleeve analyze'
// (which would do nothing); without --force it does.
func TestInterruptedForcedAnalysisSaysWhatIsLeft(t *testing.T) {
	res := library.AnalyzeResult{Counts: library.AnalyzeCounts{Analysed: 77}, Interrupted: true}
	for _, forced := range []bool{true, false} {
		var out bytes.Buffer
		printAnalyzeSummary(&runner{env: Env{Stdout: &out}}, res, forced)
		again := strings.Contains(out.String(), "run 'sleeve analyze' again to do the rest")
		if !strings.Contains(out.String(), "Interrupted analysis: 77 tracks") || again == forced {
			t.Errorf("forced %v: %q", forced, out.String())
		}
	}
}

// TestHelpSaysWhatScanAndNotesDo: the command list says that scan also
// measures (it analyses after reading tags unless --no-analyze), and
// notes' help says it writes the overviews too.
func TestHelpSaysWhatScanAndNotesDo(t *testing.T) {
	code, out, _ := runBare(t, "--help")
	if code != 0 || !strings.Contains(out, "then measure the tracks that need it") {
		t.Errorf("sleeve --help: %d\n%s", code, out)
	}
	code, out, _ = runBare(t, "notes", "--help")
	if code != 0 || !strings.Contains(out, "overview of every artist, album") || !strings.Contains(out, "templates") {
		t.Errorf("sleeve notes --help: %d\n%s", code, out)
	}
}

// TestProfileRefusesOppositeEditsOfOneName: --like and --dislike of the
// same artist in one command is a usage mistake (exit 2) that changes
// nothing, where the dislike silently won.
func TestProfileRefusesOppositeEditsOfOneName(t *testing.T) {
	dir := t.TempDir()
	writeTrack(t, filepath.Join(dir, "Basalt", "Stone", "01 Flint.wav"), map[string][]string{"ARTIST": {"Basalt"}, "TITLE": {"Flint"}})
	db := filepath.Join(t.TempDir(), "lib.db")
	if code, out, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatalf("scan: %d %s %s", code, out, errOut)
	}
	code, _, errOut := run(t, db, "profile", "--like", "Basalt", "--dislike", "basalt")
	if code != 2 || !strings.Contains(errOut, "--like and --dislike both name") {
		t.Fatalf("profile --like X --dislike X: %d %s", code, errOut)
	}
	if code, out, _ := run(t, db, "profile"); code != 0 || strings.Contains(out, "Basalt") {
		t.Errorf("the refused edit changed the profile: %d %s", code, out)
	}
}
