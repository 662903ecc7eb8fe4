package models

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// feat builds features: bpm, minor, LUFS, energy, brightness, onsets, pulse.
func feat(bpm float64, minor bool, lufs, energy, bright, onsets, pulse float64) *FeatureFacts {
	key := "C major"
	if minor {
		key = "A minor"
	}
	return &FeatureFacts{Version: 3, BPM: bpm, BPMConfidence: 0.8, Key: key, Minor: minor, KeyConfidence: 0.5,
		LoudnessLUFS: lufs, DynamicRange: 10, Energy: energy, Brightness: bright, OnsetRate: onsets, PulseClarity: pulse}
}

var (
	slowQuietDark  = ReadTraits(feat(70, true, -24, 0.2, 0.2, 1, 0.3))
	fastLoudBright = ReadTraits(feat(148, false, -7, 0.85, 0.8, 5, 0.8))
	midDance       = ReadTraits(feat(118, false, -12, 0.6, 0.5, 3, 0.7))
)

func TestContradictions(t *testing.T) {
	tests := []struct {
		text string
		tr   Traits
		bad  bool
	}{
		// tempo
		{"A fast, driving track.", slowQuietDark, true},
		{"A breakneck rush of drums.", slowQuietDark, true},
		{"It is slow and patient.", slowQuietDark, false},
		{"It is slow and patient.", fastLoudBright, true},
		{"An upbeat shuffle.", slowQuietDark, true},
		{"An upbeat shuffle.", midDance, false},
		{"A fast one.", midDance, true},
		{"It is not fast at all.", slowQuietDark, false},
		{"It is not fast at all.", fastLoudBright, true},
		{"Far from slow.", fastLoudBright, false},
		{"Anything but slow.", slowQuietDark, true},
		{"A slow-burning fast track.", fastLoudBright, false},
		{"A slow-burning ballad.", fastLoudBright, false},
		{"It moves at 70 BPM.", slowQuietDark, false},
		{"It moves at 72 bpm.", slowQuietDark, false},
		{"It moves at 140 BPM.", slowQuietDark, true},
		{"A mid-tempo stroll.", midDance, false},
		{"A mid-tempo stroll.", fastLoudBright, true},
		// key and mode
		{"Written in A minor.", slowQuietDark, false},
		{"Written in C major.", slowQuietDark, true},
		{"Written in D minor.", slowQuietDark, true},
		{"A bright major-key melody.", slowQuietDark, true},
		{"A minor-key lament.", slowQuietDark, false},
		{"A minor-key lament.", fastLoudBright, true},
		{"A major influence on the scene.", slowQuietDark, false},
		{"A minor detail in the mix.", fastLoudBright, false},
		{"Not in a major key.", slowQuietDark, false},
		// loudness
		{"A loud, crashing finale.", slowQuietDark, true},
		{"A hushed whisper of a song.", fastLoudBright, true},
		{"A hushed whisper of a song.", slowQuietDark, false},
		{"Never loud.", fastLoudBright, true},
		{"Loud and clear, the message lands.", slowQuietDark, false},
		// brightness
		{"Bright, shimmering guitars.", slowQuietDark, true},
		{"Murky and dark.", fastLoudBright, true},
		{"Dark and murky.", slowQuietDark, false},
		// energy
		{"Calm and serene throughout.", fastLoudBright, true},
		{"Calm and serene throughout.", slowQuietDark, false},
		{"An explosive, energetic workout.", slowQuietDark, true},
		{"Hardly energetic.", fastLoudBright, true},
		{"It never gets aggressive.", slowQuietDark, false},
		// danceability
		{"Made for dancing.", slowQuietDark, true},
		{"A dancefloor filler.", midDance, false},
		{"A beatless drift.", midDance, true},
		// nothing checkable
		{"The singer sounds wistful.", slowQuietDark, false},
		{"", slowQuietDark, false},
		{"A fast track.", Traits{}, true}, // an unknown tempo is not stated
	}
	for _, tt := range tests {
		got := Contradictions(tt.text, tt.tr)
		if (len(got) > 0) != tt.bad {
			t.Errorf("Contradictions(%q) = %q, want contradiction %v", tt.text, got, tt.bad)
		}
	}
}

func TestContradictionReasonNamesTheFact(t *testing.T) {
	got := Contradictions("A fast track.", slowQuietDark)
	if len(got) != 1 || !strings.Contains(got[0], "70 BPM") || !strings.Contains(got[0], `"fast"`) {
		t.Errorf("reason = %q", got)
	}
}

func TestCheckTextDropsOnlyContradictingSentences(t *testing.T) {
	text := "A hushed piece in A minor. Its breakneck tempo thrills! The strings sigh? It is calm."
	kept, dropped := CheckText(text, slowQuietDark)
	if kept != "A hushed piece in A minor. The strings sigh? It is calm." {
		t.Errorf("kept = %q", kept)
	}
	if len(dropped) != 1 || !strings.Contains(dropped[0], "breakneck") {
		t.Errorf("dropped = %q", dropped)
	}
}

func TestCheckWords(t *testing.T) {
	kept, dropped := CheckWords([]string{"calm", "energetic", "melancholic", "running", "sleeping", "dancing"}, slowQuietDark)
	if strings.Join(kept, ",") != "calm,melancholic,sleeping" || len(dropped) != 3 {
		t.Errorf("kept %q dropped %q", kept, dropped)
	}
	kept, _ = CheckWords([]string{"calm", "energetic", "sleeping", "running", "dancing", "party"}, fastLoudBright)
	if strings.Join(kept, ",") != "energetic,running,dancing,party" {
		t.Errorf("kept %q", kept)
	}
}

func TestSplitSentences(t *testing.T) {
	got := SplitSentences(`It moves at 120.5 BPM. "Wow!" she said. Then... it ends`)
	want := []string{"It moves at 120.5 BPM.", `"Wow!" she said.`, "Then... it ends"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("SplitSentences = %q", got)
	}
}

func TestReadTraits(t *testing.T) {
	tr := ReadTraits(feat(148, true, -7, 0.85, 0.8, 5, 0.8))
	if got := strings.Join(tr.Words(), ", "); got != "fast (148 BPM), minor key (A minor), loud, bright, energetic, busy, steady beat, danceable" {
		t.Errorf("Words = %q", got)
	}
	// The facts carry BPM 0 for a tempo the analysis is not confident of.
	low := feat(0, false, -14, 0.5, 0.5, 2, 0.5)
	low.BPMConfidence, low.KeyConfidence = 0.05, 0.01
	tr = ReadTraits(low)
	if tr.BPM != 0 || tr.Tempo != LevelUnknown || tr.Mode != "" {
		t.Errorf("unconfident tempo/key stated: %+v", tr)
	}
	if len(ReadTraits(nil).Words()) != 0 {
		t.Errorf("nil features gave words")
	}
}

// TestTemplatesNeverContradictFeatures runs the checker over template
// notes for a grid of features.
func TestTemplatesNeverContradictFeatures(t *testing.T) {
	n := 0
	for _, bpm := range []float64{0, 60, 85, 95, 118, 125, 139, 150, 175} {
		for _, minor := range []bool{false, true} {
			for _, lufs := range []float64{-28, -15, -6} {
				for _, e := range []float64{0.1, 0.5, 0.9} {
					for _, b := range []float64{0.1, 0.5, 0.9} {
						for _, pulse := range []float64{0.1, 0.5, 0.9} {
							for _, title := range []string{"Night Drive", ""} {
								f := feat(bpm, minor, lufs, e, b, e*6, pulse)
								tf := TrackFacts{Title: title, Artist: "Band", Genres: []string{"rock"}, Year: 1999, Duration: time.Duration(n%10) * time.Minute, Features: f}
								note := TemplateNote(tf)
								tr := ReadTraits(f)
								if why := Contradictions(note.Text, tr); len(why) > 0 {
									t.Fatalf("template contradicts %v: %q: %q", tr.Words(), note.Text, why)
								}
								for _, list := range [][]string{note.Moods, note.Contexts} {
									if _, dropped := CheckWords(list, tr); len(dropped) > 0 {
										t.Fatalf("template words contradict %v: %q", tr.Words(), dropped)
									}
								}
								n++
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d template notes checked", n)
}

// TestEveryHighEnergyMoodIsChecked: the moods a note may name that claim
// energy (energetic, intense, aggressive, angry) are dropped from a track
// of low energy, as "aggressive" was and "angry" was not (a hushed track
// at energy 0.01 was called angry).
func TestEveryHighEnergyMoodIsChecked(t *testing.T) {
	kept, dropped := CheckWords([]string{"energetic", "intense", "aggressive", "angry", "brooding"}, slowQuietDark)
	if !slices.Equal(kept, []string{"brooding"}) || len(dropped) != 4 {
		t.Errorf("kept %q, dropped %q", kept, dropped)
	}
}
