package cmd

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library/synth"
)

// TestTemplateNoteOfAFastQuietTrackIsNotRestful writes the template notes
// of two demo tracks that analysis hears low in energy at a fast tempo
// (The Miller's Daughter at 156 BPM, The Long Low Tide at 154), and checks
// through `sleeve show` that neither note pairs its tempo with winding
// down, sleep, meditation or relaxing, nor calls the track calm, gentle or
// peaceful. Before, the first read "played at a rapid 156 BPM ... Try it
// for a rainy day or winding down", with the mood peaceful.
func TestTemplateNoteOfAFastQuietTrackIsNotRestful(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	var picked []synth.DemoTrack
	for _, d := range synth.DemoTracks() {
		if d.Title == "The Miller's Daughter" || d.Title == "The Long Low Tide" {
			picked = append(picked, d)
		}
	}
	if len(picked) != 2 {
		t.Fatalf("%d demo tracks picked", len(picked))
	}
	if _, err := synth.WriteDemoTracks(context.Background(), dir, picked, nil); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := run(t, db, "scan", dir); code != 0 {
		t.Fatalf("scan: %s %s", out, errOut)
	}
	if code, out, errOut := run(t, db, "notes", "--no-llm"); code != 0 {
		t.Fatalf("notes: %s %s", out, errOut)
	}
	restful := []string{"winding down", "sleeping", "meditation", "relaxing", "calm", "gentle", "peaceful"}
	fastQuiet := 0
	for _, id := range []string{"1", "2"} {
		_, out, _ := run(t, db, "show", "--json", id)
		var tr struct {
			Title    string `json:"title"`
			Features struct {
				BPM        float64 `json:"bpm"`
				Confidence float64 `json:"bpm_confidence"`
				Energy     float64 `json:"energy"`
			} `json:"features"`
			Note struct {
				Text     string   `json:"text"`
				Moods    []string `json:"moods"`
				Contexts []string `json:"contexts"`
			} `json:"note"`
		}
		if err := json.Unmarshal([]byte(out), &tr); err != nil {
			t.Fatal(err)
		}
		f := tr.Features
		if f.BPM < 120 || f.Confidence < 0.7 || f.Energy >= 0.35 {
			continue
		}
		fastQuiet++
		all := strings.ToLower(tr.Note.Text + " | " + strings.Join(tr.Note.Moods, ", ") + " | " + strings.Join(tr.Note.Contexts, ", "))
		for _, w := range restful {
			if strings.Contains(all, w) {
				t.Errorf("%s at %.0f BPM, energy %.2f: %q in %q", tr.Title, f.BPM, f.Energy, w, all)
			}
		}
	}
	if fastQuiet == 0 {
		t.Fatal("analysis heard neither track as fast and low in energy")
	}
}
