package cmd

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"sleeve/library/synth"
)

// recommendLibrary returns a copy of a small demo library (two ambient,
// two jazz and three techno tracks), scanned and analysed, with template
// notes; the tests share its music (see sharedLibrary).
func recommendLibrary(t *testing.T) string {
	t.Helper()
	return sharedLibrary(t, "recommend", buildRecommendLibrary)
}

// buildRecommendLibrary writes recommendLibrary's music into dir, scans
// and analyses it into a database in dir, writes template notes, and
// returns the database.
func buildRecommendLibrary(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "lib.db")
	dir = filepath.Join(dir, "music")
	all := synth.DemoTracks()
	var picked []synth.DemoTrack
	for _, i := range []int{0, 2, 17, 18, 28, 29, 30} {
		d := all[i]
		d.Spec.Seconds = 10
		picked = append(picked, d)
	}
	if _, err := synth.WriteDemoTracks(context.Background(), dir, picked, nil); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, db, "scan", dir); code != 0 {
		t.Fatalf("scan: %s %s", out, errOut)
	}
	if code, out, errOut := run(t, db, "notes", "--no-llm"); code != 0 || !strings.Contains(out, "7 template notes") {
		t.Fatalf("notes: %d %s %s", code, out, errOut)
	}
	return db
}

type recommendOut struct {
	Session    string           `json:"session"`
	Understood string           `json:"understood"`
	ReadBy     string           `json:"read_by"`
	Results    []map[string]any `json:"results"`
	Notices    []string         `json:"notices"`
}

func recommend(t *testing.T, db string, args ...string) recommendOut {
	t.Helper()
	code, out, errOut := run(t, db, append([]string{"recommend", "--json"}, args...)...)
	var r recommendOut
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 0 {
		t.Fatalf("recommend %v: %d %v\n%s\n%s", args, code, err, out, errOut)
	}
	return r
}

func TestRecommendRateAndRefine(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	first := recommend(t, db, "-n", "3", "upbeat techno for running")
	if first.Session == "" || first.ReadBy != "rules" || !strings.Contains(first.Understood, "techno") {
		t.Fatalf("first reply %+v", first)
	}
	if len(first.Results) != 3 {
		t.Fatalf("%d results, want 3", len(first.Results))
	}
	keys := []string{}
	for k := range first.Results[0] {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if got := strings.Join(keys, " "); got != "album artist breakdown duration id path reasons score title" {
		t.Errorf("result JSON keys changed: %s", got)
	}
	top := first.Results[0]
	if top["artist"] != "Kiln Logic" || len(top["reasons"].([]any)) == 0 {
		t.Fatalf("top pick for techno is %v by %v, reasons %v", top["title"], top["artist"], top["reasons"])
	}
	topID := int(top["id"].(float64))

	// Rating the top pick down sinks it in the next list of the session.
	if code, out, errOut := run(t, db, "rate", itoa(topID), "1", "--session", first.Session); code != 0 {
		t.Fatalf("rate: %s %s", out, errOut)
	}
	again := recommend(t, db, "--session", first.Session, "-n", "3", "upbeat techno for running")
	for i, r := range again.Results {
		if int(r["id"].(float64)) == topID && i == 0 {
			t.Fatalf("the track rated 1 still leads: %v", again.Results)
		}
	}
	_, out, _ := run(t, db, "why-not", itoa(topID), "--session", first.Session)
	if strings.TrimSpace(out) == "" {
		t.Error("why-not said nothing")
	}
	code, out, _ := run(t, db, "profile", "--json")
	if code != 0 || !strings.Contains(out, "Kiln Logic") {
		t.Errorf("profile does not show the disliked artist:\n%s", out)
	}

	// Refining: "slower" keeps the session and lowers the tempo.
	slower := recommend(t, db, "--session", first.Session, "slower")
	if slower.Session != first.Session || !strings.Contains(slower.Understood, "slower") {
		t.Errorf("refinement %+v", slower)
	}
	// Exclusions are always honoured.
	excl := recommend(t, db, "-n", "5", "anything but nothing by Kiln Logic")
	for _, r := range excl.Results {
		if r["artist"] == "Kiln Logic" {
			t.Fatalf("excluded artist in %v", excl.Results)
		}
	}

	m3u := filepath.Join(t.TempDir(), "list.m3u")
	if code, out, errOut := run(t, db, "playlist", "export", "--session", first.Session, "--m3u", m3u); code != 0 {
		t.Fatalf("export: %s %s", out, errOut)
	}
	data, _ := os.ReadFile(m3u)
	if !strings.HasPrefix(string(data), "#EXTM3U\n#EXTINF:") || strings.Count(string(data), ".flac") != len(slower.Results) {
		t.Errorf("playlist:\n%s", data)
	}
	// Without --m3u the playlist goes into the config's playlists folder,
	// as the explorer's export does, and the full path is printed.
	playlists := filepath.Join(t.TempDir(), "playlists")
	cfg := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("playlists = %q\n", playlists)), 0o644)
	var out2, err2 bytes.Buffer
	code = Run(context.Background(), []string{"playlist", "export", "--session", first.Session, "--db", db, "--config", cfg},
		Env{Stdout: &out2, Stderr: &err2, Getenv: func(string) string { return "" }})
	written, _ := filepath.Glob(filepath.Join(playlists, "sleeve-session-*.m3u"))
	if code != 0 || len(written) != 1 || !strings.Contains(out2.String(), " to "+written[0]+".") {
		t.Fatalf("export into the playlists folder: %d %q %q, files %v", code, out2.String(), err2.String(), written)
	}

	code, out, _ = run(t, db, "similar", itoa(topID), "--json", "-n", "3")
	var sim []map[string]any
	if err := json.Unmarshal([]byte(out), &sim); err != nil || code != 0 || len(sim) == 0 {
		t.Fatalf("similar: %v %s", err, out)
	}
	for _, r := range sim {
		if int(r["id"].(float64)) == topID {
			t.Error("similar lists the track itself")
		}
	}
}

func TestRecommendErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	makeLibrary(t, db)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"recommend"}, 2, "say what you want"},
		{[]string{"rate", "1", "9"}, 2, "from 1"},
		{[]string{"why-not", "1"}, 2, "--session"},
		{[]string{"playlist", "export"}, 2, "--m3u"},
		{[]string{"recommend", "--session", "nope", "jazz"}, 1, "no session"},
	}
	for _, c := range cases {
		code, _, errOut := run(t, db, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: %d %q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
	}
}
