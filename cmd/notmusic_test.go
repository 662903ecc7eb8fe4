package cmd

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library/decode"
	"sleeve/library/synth"
)

// showTrack runs show --json for a track given by path.
func showTrack(t *testing.T, db, path string) map[string]any {
	t.Helper()
	code, out, errOut := run(t, db, "show", "--json", path)
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil || code != 0 {
		t.Fatalf("show %s: %d %v\n%s\n%s", path, code, err, out, errOut)
	}
	return m
}

// encodeFile encodes samples at 22050 Hz to path, by the path's suffix.
func encodeFile(t *testing.T, path string, samples []float32, title string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := synth.Encode(context.Background(), path, samples, 22050, map[string]string{"TITLE": title, "ARTIST": "Test",
		"GENRE": "Ambient"}); err != nil {
		t.Fatal(err)
	}
}

// TestNotMusicThroughTheCLI scans a library that holds, beside music, 10 s
// of digital silence, a 0.35 s blip and a 1 kHz test tone: they are
// listed and searchable, shown with what they are, get no tempo or key
// and a note that says what they are, and are never recommended.
func TestNotMusicThroughTheCLI(t *testing.T) {
	t.Parallel()
	const sr = 22050
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	all := synth.DemoTracks()
	var picked []synth.DemoTrack
	for _, i := range []int{0, 2, 17} { // two ambient tracks and a jazz one
		d := all[i]
		d.Spec.Seconds = 10
		picked = append(picked, d)
	}
	if _, err := synth.WriteDemoTracks(context.Background(), dir, picked, nil); err != nil {
		t.Fatal(err)
	}
	silence := filepath.Join(dir, "odd", "Silence.flac")
	encodeFile(t, silence, make([]float32, 10*sr), "Quiet Ambient Silence")
	blip := filepath.Join(dir, "odd", "Blip.flac")
	encodeFile(t, blip, synth.Sine(880, 0.35, sr, 0.5), "Calm Ambient Blip")
	tone := filepath.Join(dir, "odd", "Tone.wav")
	encodeFile(t, tone, synth.Sine(1000, 12, sr, 0.5), "Calm Ambient Tone")

	if code, out, errOut := run(t, db, "scan", dir); code != 0 {
		t.Fatalf("scan: %s %s", out, errOut)
	}
	if code, out, errOut := run(t, db, "notes", "--no-llm"); code != 0 {
		t.Fatalf("notes: %d %s %s", code, out, errOut)
	}

	cases := []struct {
		path, flag, note string
	}{
		{silence, "silence", "is 10 seconds of silence, not music"},
		{blip, "too short (0.35 s)", "is a 0.35-second clip, not music"},
		{tone, "test tone (1 kHz)", "is a 1 kHz test tone, not music"},
	}
	for _, c := range cases {
		m := showTrack(t, db, c.path)
		feats, _ := m["features"].(map[string]any)
		if feats == nil || feats["not_music"] != c.flag {
			t.Errorf("%s: features %v, want not_music %q", filepath.Base(c.path), feats, c.flag)
		}
		if m["bpm"] != nil || (m["key"] != nil && m["key"] != "") {
			t.Errorf("%s: bpm %v, key %v; want neither", filepath.Base(c.path), m["bpm"], m["key"])
		}
		note, _ := m["note"].(map[string]any)
		text, _ := note["text"].(string)
		if !strings.Contains(text, c.note) || strings.Contains(text, "BPM") || strings.Contains(text, "space between") {
			t.Errorf("%s: note %q, want it to say it %s", filepath.Base(c.path), text, c.note)
		}
	}

	// The plain show says it too, and gives no tempo.
	if code, out, _ := run(t, db, "show", silence); code != 0 || !strings.Contains(out, "10 seconds of silence: no tempo or key") ||
		strings.Contains(out, "BPM") {
		t.Errorf("show %s: %d\n%s", silence, code, out)
	}

	// Listed and searchable.
	code, out, _ := run(t, db, "ls", "--json", "silence")
	var found []map[string]any
	if err := json.Unmarshal([]byte(out), &found); err != nil || code != 0 || len(found) != 1 || found[0]["path"] != silence {
		t.Errorf("ls silence: %d %v %s", code, err, out)
	}
	for filter, want := range map[string]string{"notmusic:silence": silence, `notmusic:"test tone"`: tone, "notmusic:short": blip} {
		code, out, _ = run(t, db, "ls", "--json", filter)
		if err := json.Unmarshal([]byte(out), &found); err != nil || code != 0 || len(found) != 1 || found[0]["path"] != want {
			t.Errorf("ls %s: %d %v %s", filter, code, err, out)
		}
	}
	code, out, _ = run(t, db, "ls", "--json")
	if err := json.Unmarshal([]byte(out), &found); err != nil || code != 0 || len(found) != 6 {
		t.Errorf("ls: %d tracks (%v), want all 6", len(found), err)
	}

	// Never recommended, even when the request matches their titles and
	// asks for more tracks than the music alone can give...
	for _, req := range []string{"calm ambient", "quiet ambient", "something calm for sleeping"} {
		r := recommend(t, db, "-n", "6", req)
		if len(r.Results) == 0 {
			t.Errorf("%q: nothing recommended", req)
		}
		for _, it := range r.Results {
			if p, _ := it["path"].(string); filepath.Dir(p) == filepath.Join(dir, "odd") {
				t.Errorf("%q recommends %s, which is not music", req, filepath.Base(p))
			}
		}
	}
	// ...unless asked for.
	r := recommend(t, db, "-n", "6", "test tones")
	asked := false
	for _, it := range r.Results {
		asked = asked || it["path"] == tone
	}
	if !asked {
		t.Errorf("\"test tones\" does not recommend the test tone: %v", r.Results)
	}
}

// TestDecodingByContentThroughTheCLI scans and analyses files that the Go
// decoders or the tag reader used to skip: a chained Ogg that the Go
// Vorbis reader stops reading after 0.12 s, an Ogg named .mp3, and a
// FastTracker module.
func TestDecodingByContentThroughTheCLI(t *testing.T) {
	t.Parallel()
	if !decode.FFmpegAvailable() {
		t.Skip("ffmpeg is not installed: these files are only made and analysed with it")
	}
	const sr = 22050
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	music := synth.Render(synth.Spec{BPM: 120, Tonic: 9, Minor: true, Timbre: synth.Piano, Energy: 0.6, Seconds: 20,
		SampleRate: sr, Seed: 11, Drums: true})
	rng := rand.New(rand.NewPCG(5, 5))
	for i := range music {
		music[i] += 0.02 * float32(rng.NormFloat64()) // a larger file, as real recordings are
	}
	chained := filepath.Join(dir, "Chained.ogg")
	if err := synth.EncodeChainedOgg(context.Background(), chained, sr, map[string]string{"TITLE": "Chained"},
		synth.Sine(440, 0.12, sr, 0.3), music); err != nil {
		t.Fatal(err)
	}
	misnamed := filepath.Join(dir, "Misnamed.mp3")
	encodeFile(t, filepath.Join(dir, "tmp.ogg"), music, "Ogg in disguise")
	if err := os.Rename(filepath.Join(dir, "tmp.ogg"), misnamed); err != nil {
		t.Fatal(err)
	}
	module := filepath.Join(dir, "tune.xm")
	f, err := os.Create(module)
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.WriteXM(f, "Little Tune", 3); err != nil {
		t.Fatal(err)
	}
	f.Close()

	code, out, errOut := run(t, db, "scan", dir, "--json")
	var sum map[string]any
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 {
		t.Fatalf("scan: %d %v\n%s\n%s", code, err, out, errOut)
	}
	if sum["added"] != 3.0 || sum["failed"] != 0.0 {
		t.Fatalf("scan %v\n%s", sum, errOut)
	}
	if an, _ := sum["analysis"].(map[string]any); an["analysed"] != 3.0 {
		t.Errorf("analysis %v, want all three analysed\n%s", an, errOut)
	}
	for _, c := range []struct{ path, title, format string }{
		{chained, "Chained", "ogg"},
		{misnamed, "Ogg in disguise", "ogg"},
		{module, "Little Tune", "xm"},
	} {
		m := showTrack(t, db, c.path)
		if m["title"] != c.title || m["format"] != c.format {
			t.Errorf("%s: title %v, format %v; want %q, %q", filepath.Base(c.path), m["title"], m["format"], c.title, c.format)
		}
		feats, _ := m["features"].(map[string]any)
		if feats == nil || m["analysis_error"] != nil {
			t.Errorf("%s: not analysed: %v", filepath.Base(c.path), m["analysis_error"])
			continue
		}
		if feats["not_music"] != "" {
			t.Errorf("%s: flagged as %v", filepath.Base(c.path), feats["not_music"])
		}
		if d, _ := m["duration"].(float64); d < 20 {
			t.Errorf("%s: duration %.2f s, want the whole file", filepath.Base(c.path), d)
		}
	}
	// The chained file was analysed whole: 20 s of music at 120 BPM, not
	// the 0.12 s first link.
	feats := showTrack(t, db, chained)["features"].(map[string]any)
	if bpm, _ := feats["bpm"].(float64); bpm < 117 || bpm > 123 {
		t.Errorf("chained Ogg: %v BPM, want 120 (the music in its second link)", feats["bpm"])
	}
}
