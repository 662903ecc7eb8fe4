package cmd

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library/analysis"
	"sleeve/library/synth"
	"sleeve/models"
)

func TestDemoTracksAreScannedAndAnalysed(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	// Three demo tracks of different genres: ambient (no drums), synth-pop
	// and techno.
	all := synth.DemoTracks()
	picked := []synth.DemoTrack{all[3], all[12], all[28]}
	for i := range picked {
		picked[i].Spec.Seconds = 16 // short, to keep the race detector quick
	}
	if _, err := synth.WriteDemoTracks(context.Background(), dir, picked, nil); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "notes.mp3"), []byte("ID3 but no audio at all, not even a frame header"), 0o644)

	code, out, errOut := run(t, db, "scan", dir)
	if code != 0 || !strings.Contains(out, "Analysed 3 tracks") || !strings.Contains(out, "0 failed, 0 not analysable") {
		t.Fatalf("scan: %d\n%s\n%s", code, out, errOut)
	}

	code, out, _ = run(t, db, "ls", "--json", "--sort", "bpm")
	var tracks []map[string]any
	if err := json.Unmarshal([]byte(out), &tracks); err != nil || code != 0 || len(tracks) != 3 {
		t.Fatalf("ls --json: %d %v\n%s", code, err, out)
	}
	prev, unknownSeen := 0.0, false
	for _, tr := range tracks {
		var spec synth.Spec
		for _, p := range picked {
			if p.Title == tr["title"] {
				spec = p.Spec
			}
		}
		bpm, ok := tr["bpm"].(float64)
		if !ok {
			t.Errorf("%s: bpm %v is not a number", tr["title"], tr["bpm"])
			continue
		}
		f := tr["features"].(map[string]any)
		bpmConf, _ := f["bpm_confidence"].(float64)
		keyConf, _ := f["key_confidence"].(float64)
		// A tempo below analysis.MinTempoConfidence is unknown: it sorts
		// after the known ones, and is not held to the truth (the ambient
		// demo has no beat to speak of).
		if bpmConf < analysis.MinTempoConfidence {
			unknownSeen = true
		} else {
			if unknownSeen || bpm < prev {
				t.Errorf("ls --sort bpm out of order: %.1f (confidence %.2f) after %.1f", bpm, bpmConf, prev)
			}
			prev = bpm
			octave := false
			for _, m := range []float64{1, 2, 0.5} {
				octave = octave || math.Abs(bpm-spec.BPM*m) <= 0.04*spec.BPM*m
			}
			if !octave {
				t.Errorf("%s: %.1f BPM, want %.0f", tr["title"], bpm, spec.BPM)
			}
		}
		// A key the analysis is not confident of (the notes do not state
		// it) may be the relative major or minor, which shares its notes.
		relative := analysis.KeyName((spec.Tonic+3)%12, false)
		if !spec.Minor {
			relative = analysis.KeyName((spec.Tonic+9)%12, true)
		}
		if tr["key"] != spec.KeyName() && (keyConf >= models.MinKeyConfidence || tr["key"] != relative) {
			t.Errorf("%s: key %v (confidence %.2f), want %s", tr["title"], tr["key"], keyConf, spec.KeyName())
		}
		if _, has := f["timbre"]; has {
			t.Error("timbre included without --timbre")
		}
		for _, k := range []string{"bpm_confidence", "key_confidence", "mode", "loudness_lufs", "loudness_range",
			"dynamic_range", "energy", "brightness", "centroid_hz", "rolloff_hz", "flatness", "onset_rate",
			"pulse_clarity", "repetition", "preview_start", "preview_length", "version", "analysed_at"} {
			if _, has := f[k]; !has {
				t.Errorf("features lack %q", k)
			}
		}
	}

	// show, as JSON (with the timbre on request) and for people.
	id := itoa(int(tracks[0]["id"].(float64)))
	code, out, _ = run(t, db, "show", id, "--json", "--timbre")
	var one map[string]any
	if err := json.Unmarshal([]byte(out), &one); err != nil || code != 0 {
		t.Fatalf("show --json: %v\n%s", err, out)
	}
	if one["bpm"] != tracks[0]["bpm"] || one["key"] != tracks[0]["key"] {
		t.Errorf("show --json bpm/key %v %v differ from ls: %v %v", one["bpm"], one["key"], tracks[0]["bpm"], tracks[0]["key"])
	}
	if tv, _ := one["features"].(map[string]any)["timbre"].([]any); len(tv) != 40 {
		t.Errorf("show --timbre: %d timbre values", len(tv))
	}
	code, out, _ = run(t, db, "show", id)
	for _, want := range []string{" BPM (confidence ", tracks[0]["key"].(string) + " (confidence", " LUFS (range ", "Energy", "█", "Preview", "–"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}

	// Nothing left to do.
	code, out, _ = run(t, db, "analyze")
	if code != 0 || !strings.Contains(out, "Nothing to analyse: 3 tracks up to date") || strings.Contains(out, "Analysed 0") {
		t.Errorf("analyze after scan: %d %s", code, out)
	}
	// Forcing one track by filter redoes only it.
	code, out, _ = run(t, db, "analyze", "--force", "--json", "id:"+id)
	var sum map[string]any
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 || sum["analysed"] != 1.0 {
		t.Errorf("analyze --force id:%s: %v %s", id, err, out)
	}
	// The ls filters understand the features.
	_, out, _ = run(t, db, "ls", "--json", "key:"+strings.Fields(tracks[0]["key"].(string))[0])
	if !strings.Contains(out, `"id":`+id+",") {
		t.Errorf("key filter does not find track %s: %s", id, out)
	}
}

func TestNotAnalysedAndNotAnalysable(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "tone.wav"), map[string][]string{"TITLE": {"Tone"}})
	code, _, errOut := run(t, db, "scan", "--no-analyze", dir)
	if code != 0 {
		t.Fatalf("scan: %s", errOut)
	}
	_, out, _ := run(t, db, "show", "1")
	if !strings.Contains(out, "Not analysed yet: run sleeve analyze") {
		t.Errorf("show of an unanalysed track:\n%s", out)
	}
	_, out, _ = run(t, db, "show", "1", "--json")
	var one map[string]any
	json.Unmarshal([]byte(out), &one)
	if one["bpm"] != nil || one["key"] != nil || one["features"] != nil || one["analysis_error"] != nil {
		t.Errorf("unanalysed track JSON: bpm %v key %v features %v error %v", one["bpm"], one["key"], one["features"], one["analysis_error"])
	}

	if _, err := exec.LookPath("ffmpeg"); err != nil {
		t.Skip("ffmpeg is not installed: cannot make an AAC file for the not-analysable case")
	}
	m4a := filepath.Join(dir, "song.m4a")
	if err := synth.Encode(context.Background(), m4a, synth.Sine(440, 2, 22050, 0.3), 22050, map[string]string{"TITLE": "AAC"}); err != nil {
		t.Fatal(err)
	}
	run(t, db, "scan", "--no-analyze", dir)
	code, out, errOut = run(t, db, "analyze", "--no-ffmpeg")
	if code != 0 || !strings.Contains(out, "1 not analysable") || !strings.Contains(errOut, "song.m4a: not analysable: no decoder for this format") {
		t.Fatalf("analyze --no-ffmpeg: %d\n%s\n%s", code, out, errOut)
	}
	if n := strings.Count(errOut, "\n"); n != 1 {
		t.Errorf("want one problem line, got %d:\n%s", n, errOut)
	}
	_, out, _ = run(t, db, "ls", "--json", "title:aac")
	var tracks []map[string]any
	json.Unmarshal([]byte(out), &tracks)
	if len(tracks) != 1 || tracks[0]["features"] != nil || !strings.HasPrefix(tracks[0]["analysis_error"].(string), "not analysable: ") {
		t.Fatalf("the m4a track is not listed with its reason: %s", out)
	}
	_, out, _ = run(t, db, "analyze", "--no-ffmpeg")
	if !strings.Contains(out, "1 track that failed before was not retried") {
		t.Errorf("second analyze: %s", out)
	}
}
