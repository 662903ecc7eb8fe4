package cmd

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library"
	"sleeve/library/analysis"
	"sleeve/library/synth"
)

// showTrack runs show --json for ref and decodes it.
func showOne(t *testing.T, db, ref string) map[string]any {
	t.Helper()
	code, out, errOut := run(t, db, "show", ref, "--json")
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil || code != 0 {
		t.Fatalf("show %s: %d %v\n%s\n%s", ref, code, err, out, errOut)
	}
	return m
}

// lsIDs lists the IDs a filter selects.
func lsIDs(t *testing.T, db string, filter ...string) []string {
	t.Helper()
	code, out, errOut := run(t, db, append([]string{"ls", "--json"}, filter...)...)
	var tracks []map[string]any
	if err := json.Unmarshal([]byte(out), &tracks); err != nil || code != 0 {
		t.Fatalf("ls %q: %d %v\n%s", filter, code, err, errOut)
	}
	var ids []string
	for _, tr := range tracks {
		ids = append(ids, itoa(int(tr["id"].(float64))))
	}
	return ids
}

func containsID(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSetCorrectsThroughTheCLI scans and analyses two synthesised tracks
// (and a copy of one), corrects one with `sleeve set`, and checks that
// show, ls --json, the filters, notes and recommendations use the
// person's values, that bad input changes nothing, and that the values
// survive a forced re-analysis.
func TestSetCorrectsThroughTheCLI(t *testing.T) {
	t.Parallel()
	dir, db, picked := scanWaltzAndTwoAnnealings(t, 12)
	if code, out, errOut := run(t, db, "notes", "--no-llm"); code != 0 {
		t.Fatalf("notes: %d\n%s\n%s", code, out, errOut)
	}

	// The waltz, found by its title.
	before := showOne(t, db, "Cobblestone Waltz")
	id := itoa(int(before["id"].(float64)))
	measured, ok := before["bpm"].(float64)
	if !ok || before["bpm_source"] != "analysis" || before["corrections"] != nil || before["genres_source"] != "tags" {
		t.Fatalf("before: bpm %v from %v, corrections %v, genres from %v", before["bpm"], before["bpm_source"], before["corrections"], before["genres_source"])
	}

	code, out, errOut := run(t, db, "set", "Cobblestone Waltz", "bpm=double", "key=D minor", "genre=Bossa Nova")
	if code != 0 {
		t.Fatalf("set: %d\n%s\n%s", code, out, errOut)
	}
	want := math.Round(measured*2*100) / 100
	for _, s := range []string{"Cobblestone Waltz", "(yours; measured " + trimFloat(measured), "D minor   (yours; measured",
		"Bossa Nova   (yours; tags: Jazz)", "Its sleeve note was written before this change"} {
		if !strings.Contains(out, s) {
			t.Errorf("set printed no %q:\n%s", s, out)
		}
	}
	after := showOne(t, db, id)
	f := after["features"].(map[string]any)
	corr, _ := after["corrections"].(map[string]any)
	if after["bpm"] != want || after["bpm_source"] != "you" || f["bpm"] != before["features"].(map[string]any)["bpm"] {
		t.Errorf("after set: bpm %v from %v (want %v from you), measured %v", after["bpm"], after["bpm_source"], want, f["bpm"])
	}
	if after["key"] != "D minor" || after["key_source"] != "you" || f["key"] != before["key"] {
		t.Errorf("after set: key %v from %v, measured %v (was %v)", after["key"], after["key_source"], f["key"], before["key"])
	}
	if g, _ := after["genres"].([]any); len(g) != 1 || g[0] != "Bossa Nova" || after["genres_source"] != "you" {
		t.Errorf("after set: genres %v from %v", after["genres"], after["genres_source"])
	}
	if corr == nil || corr["bpm"] != want || corr["key"] != "D minor" || corr["not_music"] != nil || corr["corrected_at"] == "" {
		t.Errorf("corrections object %v", corr)
	}
	// Filters read the corrected values.
	for _, filter := range [][]string{{"genre:bossa"}, {"key:dm"}, {"bpm:" + trimFloat(want-1) + ".." + trimFloat(want+1)}} {
		if ids := lsIDs(t, db, filter...); !containsID(ids, id) {
			t.Errorf("ls %q does not find the corrected track %s: %v", filter, id, ids)
		}
	}
	if ids := lsIDs(t, db, "genre:jazz"); containsID(ids, id) {
		t.Errorf("ls genre:jazz still finds the track corrected to Bossa Nova")
	}
	// ls marks the person's tempo and key with a star.
	if _, out, _ := run(t, db, "ls", "id:"+id); !strings.Contains(out, " BPM*") || !strings.Contains(out, "D minor*") {
		t.Errorf("ls does not mark the corrected values:\n%s", out)
	}
	// show for people marks the values as the person's, with the rating.
	run(t, db, "rate", id, "4")
	_, out, _ = run(t, db, "show", id)
	for _, s := range []string{"(yours; measured", "Your rating", "★★★★☆ 4/5", "written before your correction"} {
		if !strings.Contains(out, s) {
			t.Errorf("show lacks %q:\n%s", s, out)
		}
	}
	// Notes are rewritten from the corrected values.
	run(t, db, "notes", "--no-llm")
	_, out, _ = run(t, db, "show", id)
	if strings.Contains(out, "written before your correction") {
		t.Errorf("after sleeve notes the note is still older than the correction:\n%s", out)
	}
	note := showOne(t, db, id)["note"].(map[string]any)
	if text := note["text"].(string); !strings.Contains(text, trimFloat(math.Round(want))+" BPM") {
		t.Errorf("the rewritten note does not state the corrected tempo %v: %q", want, text)
	}
	// An approved note is never rewritten, so after a later correction set
	// and show say it is kept, not that sleeve notes rewrites it.
	run(t, db, "notes", "approve", id)
	_, out, _ = run(t, db, "set", id, "bpm=half")
	if strings.Contains(out, "run `sleeve notes` to rewrite it") || !strings.Contains(out, "is kept as it is") {
		t.Errorf("set of a track with an approved note:\n%s", out)
	}
	_, out, _ = run(t, db, "show", id)
	if strings.Contains(out, "rewrite") || strings.Contains(out, "replaces it") || !strings.Contains(out, "approved by you") {
		t.Errorf("show of an approved note older than the correction:\n%s", out)
	}
	run(t, db, "set", id, "bpm=double")
	corr, _ = showOne(t, db, id)["corrections"].(map[string]any)

	// Bad input: exit status 2, a message that names it, and nothing changes.
	for _, bad := range [][]string{
		{"set", id, "bpm=fast"}, {"set", id, "bpm=1000"}, {"set", id, "key=H minor"}, {"set", id, "tempo=120"},
		{"set", id, "notmusic=perhaps"}, {"set", id}, {"set", id, "genre=Rock", "bpm=0"}, {"set", id, "--clear", "tempo"},
	} {
		code, _, errOut := run(t, db, bad...)
		if code != 2 || !strings.Contains(errOut, "sleeve: ") {
			t.Errorf("%q: exit %d, stderr %q", bad, code, errOut)
		}
	}
	if code, _, errOut := run(t, db, "set", "no such title at all", "bpm=100"); code != 1 || !strings.Contains(errOut, "no track") {
		t.Errorf("unknown track: exit %d, %q", code, errOut)
	}
	// A title that names two copies lists both, with their IDs and files.
	code, _, errOut = run(t, db, "set", "Annealing", "bpm=100")
	if code != 2 || !strings.Contains(errOut, `"Annealing" matches 2 tracks`) || !strings.Contains(errOut, "copies/Annealing.flac") {
		t.Errorf("ambiguous title: exit %d\n%s", code, errOut)
	}
	// show names the other copy of Annealing, by ID and file.
	if _, out, _ := run(t, db, "show", filepath.Join(dir, "copies", "Annealing.flac")); !strings.Contains(out, "Other copies") ||
		!strings.Contains(out, "FLAC, same file: ") || !strings.Contains(out, "01 Annealing.flac") {
		t.Errorf("show lacks the other copy:\n%s", out)
	}
	if copies, _ := showOne(t, db, filepath.Join(dir, "copies", "Annealing.flac"))["copies"].([]any); len(copies) != 1 ||
		copies[0].(map[string]any)["same_content"] != true {
		t.Errorf("show --json copies: %v", copies)
	}
	// A correction of one copy goes to the other: the same music.
	code, out, errOut = run(t, db, "set", filepath.Join(dir, "copies", "Annealing.flac"), "genre=Acid Techno", "bpm=133")
	if code != 0 || !strings.Contains(out, "The same went to its other copy (") {
		t.Errorf("set on a copy: %d\n%s\n%s", code, out, errOut)
	}
	for _, p := range []string{filepath.Join(dir, "copies", "Annealing.flac"), filepath.Join(dir, filepath.FromSlash(picked[1].Path))} {
		if c := showOne(t, db, p); c["bpm"] != 133.0 || c["genres"].([]any)[0] != "Acid Techno" {
			t.Errorf("%s after correcting a copy: bpm %v, genres %v", p, c["bpm"], c["genres"])
		}
	}
	unchanged := showOne(t, db, id)
	if c, _ := json.Marshal(unchanged["corrections"]); string(c) != mustJSON(t, corr) {
		t.Errorf("bad input changed the correction: %s, was %s", c, mustJSON(t, corr))
	}

	// A forced re-analysis measures again and keeps the person's values.
	if code, out, errOut := run(t, db, "analyze", "--force"); code != 0 || !strings.Contains(out, "Analysed 3 tracks") {
		t.Fatalf("analyze --force: %d\n%s\n%s", code, out, errOut)
	}
	again := showOne(t, db, id)
	if again["bpm"] != want || again["key"] != "D minor" || again["bpm_source"] != "you" {
		t.Errorf("after re-analysis: bpm %v key %v from %v", again["bpm"], again["key"], again["bpm_source"])
	}
	if again["features"].(map[string]any)["analysed_at"] == nil {
		t.Error("no analysis time after re-analysis")
	}

	// Not music: the track leaves the recommendations.
	if code, _, errOut := run(t, db, "set", id, "notmusic=yes"); code != 0 {
		t.Fatalf("set notmusic: %s", errOut)
	}
	if ids := lsIDs(t, db, "notmusic:marked"); len(ids) != 1 || ids[0] != id {
		t.Errorf("notmusic:marked = %v", ids)
	}
	_, out, _ = run(t, db, "recommend", "--json", "--no-llm", "Cobblestone Waltz bossa nova")
	var rec recommendJSON
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("recommend: %v\n%s", err, out)
	}
	for _, r := range rec.Results {
		if itoa(int(r.ID)) == id {
			t.Errorf("a track marked not music was recommended: %+v", r)
		}
	}

	// Clearing: one field, then everything.
	if code, _, errOut := run(t, db, "set", id, "bpm="); code != 0 {
		t.Fatalf("set bpm=: %s", errOut)
	}
	if c := showOne(t, db, id); c["bpm_source"] != "analysis" || c["key_source"] != "you" {
		t.Errorf("after bpm=: bpm from %v, key from %v", c["bpm_source"], c["key_source"])
	}
	if code, _, errOut := run(t, db, "set", id, "--clear", "all"); code != 0 {
		t.Fatalf("set --clear all: %s", errOut)
	}
	if c := showOne(t, db, id); c["corrections"] != nil || c["key"] != before["key"] || c["genres_source"] != "tags" {
		t.Errorf("after --clear all: corrections %v key %v genres from %v", c["corrections"], c["key"], c["genres_source"])
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// scanWaltzAndTwoAnnealings writes two demo tracks of the given length,
// Cobblestone Waltz (jazz) and Annealing (techno), and a second copy of
// Annealing elsewhere (so that its title names two tracks), and scans
// them into a new library. It returns the folder, the database and the
// two tracks.
func scanWaltzAndTwoAnnealings(t *testing.T, seconds float64) (dir, db string, picked []synth.DemoTrack) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(t.TempDir(), "lib.db")
	all := synth.DemoTracks()
	picked = []synth.DemoTrack{all[16], all[28]}
	for i := range picked {
		picked[i].Spec.Seconds = seconds
	}
	if _, err := synth.WriteDemoTracks(context.Background(), dir, picked, nil); err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(picked[1].Path)))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "copies"), 0o755)
	os.WriteFile(filepath.Join(dir, "copies", "Annealing.flac"), body, 0o644)
	if code, out, errOut := run(t, db, "scan", dir); code != 0 {
		t.Fatalf("scan: %d\n%s\n%s", code, out, errOut)
	}
	return dir, db, picked
}

// TestShowSaysAnUncertainKey: show printed "B minor (confidence 0.00)" for
// a demo track whose pitches fitted another key as well; a key whose
// margin is that small is called uncertain, with the command that sets it,
// and a clear one keeps its confidence.
func TestShowSaysAnUncertainKey(t *testing.T) {
	for _, tc := range []struct {
		conf float64
		want string
	}{
		{0.0, `B minor (uncertain: another key fits about as well; set it with sleeve set 14 key="…")`},
		{0.22, "B minor (confidence 0.22)"},
	} {
		var got string
		row := func(k, v, _ string) {
			if k == "Key" {
				got = v
			}
		}
		showFeatures(row, library.Track{ID: 14, Features: &library.Features{Features: analysis.Features{Key: "B minor", Tonic: 11, Minor: true, KeyConfidence: tc.conf}}})
		if got != tc.want {
			t.Errorf("confidence %.2f: Key %q, want %q", tc.conf, got, tc.want)
		}
	}
}
