package cmd

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestOverviewCommand writes notes (and with them the overviews) for three
// tracks, then asks for the artist's, the album's and the genre's
// overview, in text and JSON, and checks the mistakes' messages.
func TestOverviewCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	for i, title := range []string{"Harbour", "Kiln", "Yard"} {
		writeTrack(t, filepath.Join(dir, title+".wav"), map[string][]string{"TITLE": {title}, "ARTIST": {"Wren & Alder"},
			"ALBUM": {"Salt Roads"}, "GENRE": {"Folk"}, "DATE": {"2016"}, "TRACKNUMBER": {string(rune('1' + i))}})
	}
	if code, out, errOut := run(t, db, "scan", dir); code != 0 {
		t.Fatalf("scan: %s %s", out, errOut)
	}
	code, out, errOut := run(t, db, "notes", "--no-llm")
	if code != 0 || !strings.Contains(out, "Wrote 3 overviews of artists, albums and genres (3 from templates)") {
		t.Fatalf("notes: %d %s %s", code, out, errOut)
	}
	code, out, _ = run(t, db, "overview", "artist", "wren", "&", "alder", "--json")
	var o struct {
		Kind, Name, Text string
		Template         bool
		Facts            struct {
			Tracks int `json:"tracks"`
		}
	}
	if err := json.Unmarshal([]byte(out), &o); err != nil || code != 0 {
		t.Fatalf("overview --json: %d %v %s", code, err, out)
	}
	if o.Kind != "artist" || o.Name != "Wren & Alder" || !o.Template || o.Facts.Tracks != 3 || !strings.Contains(o.Text, "Wren & Alder has 3 tracks") {
		t.Errorf("overview %+v", o)
	}
	if code, out, _ := run(t, db, "overview", "album", "Salt Roads"); code != 0 || !strings.Contains(out, "Wren & Alder — Salt Roads (album)") {
		t.Errorf("album overview: %d %s", code, out)
	}
	if code, out, _ := run(t, db, "overview", "genre", "folk"); code != 0 || !strings.Contains(out, "under Folk") {
		t.Errorf("genre overview: %d %s", code, out)
	}
	if code, _, errOut := run(t, db, "overview", "genre", "polka"); code != 1 || !strings.Contains(errOut, `no tracks in the library`) {
		t.Errorf("missing genre: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, db, "overview", "planet", "x"); code != 2 || !strings.Contains(errOut, "artist, album or genre") {
		t.Errorf("bad kind: %d %s", code, errOut)
	}
	if code, out, _ := run(t, db, "notes", "--no-llm"); code != 0 || strings.Contains(out, "overviews") {
		t.Errorf("second notes run rewrote overviews: %s", out)
	}
}
