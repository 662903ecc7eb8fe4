package cmd

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library/synth"
)

// TestAmbiguousTitleIsRefusedByEveryCommand gives similar, rate, skip and
// why-not a title that names two tracks (two copies of one song): each
// lists both with their IDs and exits 2, as show and set do, instead of
// quietly taking one of them.
func TestAmbiguousTitleIsRefusedByEveryCommand(t *testing.T) {
	_, db, _ := scanWaltzAndTwoAnnealings(t, 8)
	for _, args := range [][]string{
		{"similar", "Annealing"}, {"rate", "Annealing", "5"}, {"skip", "Annealing"}, {"why-not", "Annealing", "--session", "1"},
	} {
		code, _, errOut := run(t, db, append([]string{"--no-llm"}, args...)...)
		if code != 2 || !strings.Contains(errOut, `"Annealing" matches 2 tracks`) || !strings.Contains(errOut, "copies/Annealing.flac") {
			t.Errorf("%q: exit %d, %q; want 2 and both tracks listed", args, code, errOut)
		}
	}
	if _, out, _ := run(t, db, "ls", "--favourites"); strings.Contains(out, "Annealing") {
		t.Errorf("an ambiguous rate rated a track:\n%s", out)
	}
	// A title that names one track still works.
	if code, out, errOut := run(t, db, "--no-llm", "similar", "Cobblestone Waltz"); code != 0 || !strings.Contains(out, "Annealing") {
		t.Errorf("similar by a unique title: %d\n%s\n%s", code, out, errOut)
	}
}

// TestLsHelpNamesEveryFilterField: ls --help names every field the filter
// knows, as listed by the error for an unknown one.
func TestLsHelpNamesEveryFilterField(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	makeLibrary(t, db)
	code, _, errOut := run(t, db, "ls", "nosuchfield:x")
	_, list, ok := strings.Cut(errOut, "known fields: ")
	if code != 2 || !ok {
		t.Fatalf("unknown field: exit %d, %q", code, errOut)
	}
	_, help, _ := run(t, db, "ls", "--help")
	for _, field := range strings.Split(strings.TrimSpace(list), ", ") {
		if !strings.Contains(help, field) {
			t.Errorf("ls --help does not name the filter field %q", field)
		}
	}
}

// TestSimilarSaysWhyThereIsNothing: similar on a library not analysed
// yet says so, rather than printing nothing.
func TestSimilarSaysWhyThereIsNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	all := synth.DemoTracks()
	picked := []synth.DemoTrack{all[16], all[28]}
	for i := range picked {
		picked[i].Spec.Seconds = 6
	}
	if _, err := synth.WriteDemoTracks(context.Background(), dir, picked, nil); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatalf("scan: %d\n%s\n%s", code, out, errOut)
	}
	code, out, errOut := run(t, db, "--no-llm", "similar", "Annealing")
	if code != 0 || !strings.Contains(out, "not analysed yet") || !strings.Contains(out, "sleeve analyze") {
		t.Errorf("similar before analysis: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, _ := run(t, db, "--no-llm", "similar", "Annealing", "--json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("similar --json before analysis: exit %d, %q; want []", code, out)
	}
}

// TestFavouritesSaysWhenThereAreNone: ls --favourites with nothing rated
// 4 or 5 says what favourites are, on stderr, and prints no rows.
func TestFavouritesSaysWhenThereAreNone(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	makeLibrary(t, db)
	code, out, errOut := run(t, db, "ls", "--favourites")
	if code != 0 || out != "" || !strings.Contains(errOut, "No favourites yet") {
		t.Errorf("ls --favourites with none: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, _ := run(t, db, "ls", "--favourites", "--json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("ls --favourites --json with none: exit %d, %q", code, out)
	}
}
