package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/library/analysis"
	"sleeve/library/synth"
)

// clip is a generated test clip with its truth.
type clip struct {
	name  string
	bpm   float64
	tonic int
	minor bool
}

var clips = []clip{
	{"a-minor-100.flac", 100, 9, true},
	{"c-major-128.wav", 128, 0, false},
	{"eb-major-90.flac", 90, 3, false},
	{"f-minor-140.wav", 140, 5, true},
}

// writeClips renders the clips with library/synth into dir (FLAC and WAV,
// both written in pure Go) and writes a truth TSV beside them.
func writeClips(t *testing.T, dir string) (files []string, truthPath string) {
	t.Helper()
	var truth strings.Builder
	truth.WriteString("path\ttempo_bpm\tkey\ttempo_quality\tkey_quality\tduration_s\n")
	names := []string{"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"}
	for i, c := range clips {
		samples := synth.Render(synth.Spec{BPM: c.bpm, Tonic: c.tonic, Minor: c.minor, Seconds: 12,
			Drums: true, Energy: 0.6, Seed: int64(i + 1), Timbre: synth.Timbres()[i%len(synth.Timbres())]})
		path := filepath.Join(dir, c.name)
		if err := synth.Encode(context.Background(), path, samples, synth.DefaultSampleRate, nil); err != nil {
			t.Fatal(err)
		}
		mode := "major"
		if c.minor {
			mode = "minor"
		}
		fmt.Fprintf(&truth, "%s\t%g\t%s %s\texact\texact\t12\n", c.name, c.bpm, names[c.tonic], mode)
		files = append(files, path)
	}
	truthPath = filepath.Join(dir, "truth.tsv")
	if err := os.WriteFile(truthPath, []byte(truth.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return files, truthPath
}

// TestTSVPathScores runs the corpus tool's path (tags, Measure, TSV) on a
// few generated clips and scores the TSV with the peers' compare.py when it
// is beside the checkout, as CI places it.
func TestTSVPathScores(t *testing.T) {
	dir := t.TempDir()
	files, truthPath := writeClips(t, dir)
	var out, progress bytes.Buffer
	rows, err := analyseFiles(context.Background(), files, library.AnalyzeOptions{NoFFmpeg: true}, &out, &progress)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(clips) {
		t.Fatalf("%d rows for %d clips", len(rows), len(clips))
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) != len(clips)+1 {
		t.Fatalf("TSV has %d lines, want a header and %d rows:\n%s", len(lines), len(clips), out.String())
	}
	header := strings.Split(lines[0], "\t")
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, want := range []string{"path", "bpm", "key", "seconds", "cpu_s", "duration_s", "confidence_bpm", "error"} {
		if _, ok := col[want]; !ok {
			t.Fatalf("TSV header %q lacks %q", lines[0], want)
		}
	}
	for _, h := range header {
		// compare.py would score these as variant systems.
		if h == "bpm_confidence" || h == "key_confidence" {
			t.Errorf("column %q would be scored as a variant by compare.py", h)
		}
	}
	for i, line := range lines[1:] {
		cells := strings.Split(line, "\t")
		if len(cells) != len(header) {
			t.Fatalf("row %d has %d cells, header %d: %q", i, len(cells), len(header), line)
		}
		if e := cells[col["error"]]; e != "" {
			t.Fatalf("row %d failed: %s", i, e)
		}
		if cells[col["path"]] != files[i] {
			t.Errorf("row %d path %q, want %q", i, cells[col["path"]], files[i])
		}
		bpm, err := strconv.ParseFloat(cells[col["bpm"]], 64)
		if err != nil || bpm < analysis.MinBPM || bpm > analysis.MaxBPM {
			t.Errorf("row %d bpm %q not a tempo", i, cells[col["bpm"]])
		}
		if !strings.HasSuffix(cells[col["key"]], " major") && !strings.HasSuffix(cells[col["key"]], " minor") {
			t.Errorf("row %d key %q", i, cells[col["key"]])
		}
		dur, err := strconv.ParseFloat(cells[col["duration_s"]], 64)
		if err != nil || dur < 11.5 || dur > 12.5 {
			t.Errorf("row %d duration_s %q, want about 12", i, cells[col["duration_s"]])
		}
		cpu, err := strconv.ParseFloat(cells[col["cpu_s"]], 64)
		if err != nil || cpu <= 0 {
			t.Errorf("row %d cpu_s %q, want a positive CPU time", i, cells[col["cpu_s"]])
		}
	}
	if got := strings.Count(progress.String(), "\n"); got != len(clips) {
		t.Errorf("%d progress lines, want %d", got, len(clips))
	}

	truth, err := readTruth(truthPath)
	if err != nil {
		t.Fatal(err)
	}
	if cal := calibrate(rows, truth, dir, 0.7); cal.Scored != len(clips) {
		t.Errorf("calibration matched %d files to the truth, want %d: %v", cal.Scored, len(clips), cal)
	}

	compare := comparePy(t)
	if compare == "" {
		return
	}
	resultPath := filepath.Join(dir, "sleeve.tsv")
	if err := os.WriteFile(resultPath, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", compare, truthPath, "sleeve="+resultPath, "--root", dir)
	report, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("compare.py: %v\n%s", err, report)
	}
	score := parseScoreLine(t, string(report), "sleeve")
	if score["Ntmp"] != float64(len(clips)) || score["Nkey"] != float64(len(clips)) || score["Nfile"] != float64(len(clips)) {
		t.Errorf("compare.py scored %v of %d clips:\n%s", score, len(clips), report)
	}
	if score["err"] != 0 || score["miss"] != 0 {
		t.Errorf("compare.py counts errors or missing files: %v\n%s", score, report)
	}
	for _, k := range []string{"Acc1", "Acc2", "MIREX", "xRTcpu"} {
		if v, ok := score[k]; !ok || v < 0 {
			t.Errorf("compare.py gave no %s: %v\n%s", k, score, report)
		}
	}
	if score["Acc2"] < score["Acc1"] || score["Acc2"] > 1 || score["MIREX"] > 1 {
		t.Errorf("scores out of range: %v", score)
	}
	if strings.Contains(string(report), "sleeve/") {
		t.Errorf("compare.py scored a variant system from our extra columns:\n%s", report)
	}
	t.Logf("compare.py on %d generated clips:\n%s", len(clips), report)
}

// comparePy finds compare.py: $SLEEVE_PEERS_DIR, else ../shared/peers beside
// the checkout. It returns "" (and says why) when it or python3 is absent.
func comparePy(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("SLEEVE_PEERS_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared", "peers")
	}
	path := filepath.Join(dir, "compare.py")
	if _, err := os.Stat(path); err != nil {
		t.Logf("scoring skipped: no compare.py at %s (CI places ../shared beside the checkout)", path)
		return ""
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Logf("scoring skipped: python3 is not installed")
		return ""
	}
	return path
}

// parseScoreLine reads compare.py's table row of system into numbers by
// column name (percentages as fractions).
func parseScoreLine(t *testing.T, report, system string) map[string]float64 {
	t.Helper()
	var header []string
	for _, line := range strings.Split(report, "\n") {
		fields := strings.Fields(line)
		if len(fields) > 0 && fields[0] == "system" {
			header = fields
		}
		if len(fields) == 0 || fields[0] != system || header == nil {
			continue
		}
		if len(fields) != len(header) {
			t.Fatalf("row %q does not match header %q", line, header)
		}
		out := map[string]float64{}
		for i, f := range fields[1:] {
			f = strings.TrimSuffix(f, "%")
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				continue // "-" for no timing
			}
			if strings.HasSuffix(fields[i+1], "%") {
				v /= 100
			}
			out[header[i+1]] = v
		}
		return out
	}
	t.Fatalf("no %q row in compare.py's output:\n%s", system, report)
	return nil
}

// TestCalibrationCounts checks the confidence-calibration arithmetic.
func TestCalibrationCounts(t *testing.T) {
	truth := []truthRow{{path: "a.flac", bpm: 120}, {path: "b/c.flac", bpm: 100}, {path: "d.flac", bpm: 90}, {path: "e.flac", bpm: 80}}
	row := func(path string, bpm, conf float64) Row {
		return Row{Path: path, Features: analysis.Features{BPM: bpm, BPMConfidence: conf}}
	}
	rows := []Row{
		row("/m/a.flac", 121, 0.9),    // confident, right (within 4 %)
		row("/m/b/c.flac", 200, 0.95), // confident, double: wrong
		row("/m/d.flac", 90, 0.3),     // right, not confident
		row("/m/x.flac", 90, 1),       // no truth: not scored
		{Path: "/m/e.flac", Err: fmt.Errorf("broken"), Duration: time.Second},
	}
	got := calibrate(rows, truth, "/m", 0.7)
	want := Calibration{Threshold: 0.7, Scored: 4, Confident: 2, ConfidentRight: 1, AllRight: 2}
	if got != want {
		t.Errorf("calibrate = %+v, want %+v", got, want)
	}
	if s := got.String(); !strings.Contains(s, "1 of them (50 %)") {
		t.Errorf("summary %q does not give the confident share", s)
	}
	// Without a root, the longest path suffix matches.
	if got := calibrate(rows, truth, "", 0.7); got.Scored != 4 {
		t.Errorf("suffix matching scored %d files, want 4", got.Scored)
	}
}

// TestRunNeedsFiles checks that a run without files says what to give.
func TestRunNeedsFiles(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), nil, &out, &errOut); code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	if !strings.Contains(errOut.String(), "no files given") {
		t.Errorf("stderr %q does not say that no files were given", errOut.String())
	}
}
