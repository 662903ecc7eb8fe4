package models

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ollama/ollama/api"
)

// anthemReply is the reply of a model that answers every note the same
// way, whatever the track (issue 11, item 14).
const anthemReply = `{"text":"A fast, bright, major-key track at 180 BPM. It is a loud, high-energy party anthem. It is perfect for running.",` +
	`"moods":["euphoric","energetic"],"genres":["dance"],"instruments":["synthesizer","drums"],"contexts":["running","party"]}`

// statedTempo are words that state a tempo.
var statedTempo = regexp.MustCompile(`(?i)\b(fast|slow|upbeat|uptempo|up-tempo|downtempo|brisk|rapid|quick|mid-?tempo|\d+\s*bpm)\b`)

// TestAnthemReplyIsCheckedAgainstTheSound sends the anthem reply for
// tracks it does not fit: tracks of 61–77 BPM whose tempo confidence is 0
// (so their tempo is unknown), a moderate track and a 65 BPM ambient
// track. What is stored states no unknown tempo, no loudness or energy
// the track lacks, and keeps no mood or context that contradicts it.
func TestAnthemReplyIsCheckedAgainstTheSound(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) { f.reply = func(api.ChatRequest) string { return anthemReply } })
	d := NewDescriber(f.client(t, nil), DescriberConfig{})
	describe := func(ff *FeatureFacts) Note {
		t.Helper()
		n, err := d.Describe(context.Background(), TrackFacts{Title: fmt.Sprintf("Track %v", ff.LoudnessLUFS), Artist: "A", Features: ff})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	// Tempo unknown: measured between 61 and 77 BPM with confidence 0,
	// which the facts carry as BPM 0. Otherwise a moderate track.
	for bpm := 61; bpm <= 77; bpm += 4 {
		n := describe(&FeatureFacts{Version: 3, BPM: 0, BPMConfidence: 0, Key: "C major", KeyConfidence: 0.5,
			LoudnessLUFS: -14 - float64(bpm)/100, DynamicRange: 10, Energy: 0.5, Brightness: 0.5, OnsetRate: 2, PulseClarity: 0.4})
		if m := statedTempo.FindString(n.Text); m != "" {
			t.Errorf("measured %d BPM at confidence 0: the note states a tempo (%q): %q", bpm, m, n.Text)
		}
		if strings.Contains(n.Text, "loud") || strings.Contains(n.Text, "high-energy") {
			t.Errorf("moderate track: %q", n.Text)
		}
	}

	// A moderate track with a known moderate tempo: "loud" and
	// "high-energy" go.
	n := describe(&FeatureFacts{Version: 3, BPM: 105, BPMConfidence: 0.9, Key: "C major", KeyConfidence: 0.5,
		LoudnessLUFS: -15, DynamicRange: 10, Energy: 0.5, Brightness: 0.5, OnsetRate: 2.5, PulseClarity: 0.5})
	if strings.Contains(n.Text, "loud") || strings.Contains(n.Text, "high-energy") || strings.Contains(n.Text, "180") || strings.Contains(n.Text, "fast") {
		t.Errorf("moderate track kept %q", n.Text)
	}

	// A 65 BPM ambient track: quiet, calm, dark, no steady beat.
	n = describe(&FeatureFacts{Version: 3, BPM: 65, BPMConfidence: 0.9, Key: "A minor", Minor: true, KeyConfidence: 0.5,
		LoudnessLUFS: -26, DynamicRange: 12, Energy: 0.15, Brightness: 0.2, OnsetRate: 0.6, PulseClarity: 0.15})
	for _, w := range []string{"euphoric", "energetic"} {
		if slices.Contains(n.Moods, w) {
			t.Errorf("ambient track kept the mood %q: %v", w, n.Moods)
		}
	}
	for _, w := range []string{"running", "party"} {
		if slices.Contains(n.Contexts, w) {
			t.Errorf("ambient track kept the context %q: %v", w, n.Contexts)
		}
	}
	if m := statedTempo.FindString(n.Text); m != "" && !n.Template {
		t.Errorf("ambient track: the model's tempo claim %q was kept: %q", m, n.Text)
	}
	if n.Template && strings.Contains(n.Text, "180") {
		t.Errorf("template note with the model's numbers: %q", n.Text)
	}
}
