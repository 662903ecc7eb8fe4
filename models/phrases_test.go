package models

import (
	"strings"
	"testing"
	"time"
)

// TestTemplateNotesDoNotRepeatThemselves writes template notes for 300
// tracks of many kinds: no 4-word phrase other than names is in more than
// 10 % of them.
func TestTemplateNotesDoNotRepeatThemselves(t *testing.T) {
	var texts, names []string
	keys := []string{"C", "G", "D", "A", "E", "B", "F#", "Db", "Ab", "Eb", "Bb", "F"}
	for i := range 300 {
		tf := sampleTrack(i)
		// Keys spread as in a real library, not two of them.
		tf.Features.Key = keys[(i*7)%12] + map[bool]string{true: " minor", false: " major"}[tf.Features.Minor]
		texts = append(texts, TemplateNote(tf).Text)
		names = append(names, tf.Title, tf.Artist, tf.Album)
		names = append(names, tf.Genres...)
	}
	top := RepeatedPhrases(texts, names, 0)
	for _, p := range top[:min(5, len(top))] {
		t.Logf("%q in %d of %d notes (%.1f %%)", p.Phrase, p.Notes, len(texts), 100*p.Share)
	}
	for _, p := range RepeatedPhrases(texts, names, 0.10) {
		t.Errorf("%q is in %d of %d notes (%.1f %%)", p.Phrase, p.Notes, len(texts), 100*p.Share)
	}
}

func TestRepeatedPhrasesSkipsNamesAndCountsOncePerNote(t *testing.T) {
	texts := []string{"Blue Train runs hot. It is a slow burner, a slow burner.", "Blue Train again. It is a slow burner.", "Nothing alike here at all."}
	got := RepeatedPhrases(texts, []string{"Blue Train"}, 0.5)
	if len(got) != 2 || got[0].Notes != 2 || got[0].Phrase != "is a slow burner" {
		t.Fatalf("got %+v", got)
	}
	for _, p := range got {
		if strings.Contains(p.Phrase, "blue") || strings.Contains(p.Phrase, "train") {
			t.Errorf("a name was counted: %q", p.Phrase)
		}
	}
}

// TestLengthWordsAreTrue checks that a note says a track is over before it
// starts, or any such thing, only when it is under a minute, and speaks of
// a long track only from seven minutes.
func TestLengthWordsAreTrue(t *testing.T) {
	short := []string{"over before it starts", "makes its point in", "fits in", "and it is gone", "A sketch of"}
	long := []string{"no hurry to end", "stretches out over", "to say its piece", "it uses them"}
	said := map[string]int{}
	for i := range 400 {
		tf := sampleTrack(i)
		for _, d := range []time.Duration{45 * time.Second, 59 * time.Second, 61 * time.Second, 149 * time.Second, 6 * time.Minute, 8 * time.Minute} {
			tf.Duration = d
			text := TemplateNote(tf).Text
			for _, w := range short {
				if strings.Contains(text, w) {
					said["short"]++
					if d >= time.Minute {
						t.Errorf("%s track: %q", d, text)
					}
				}
			}
			for _, w := range long {
				if strings.Contains(text, w) {
					said["long"]++
					if d < 7*time.Minute {
						t.Errorf("%s track: %q", d, text)
					}
				}
			}
		}
	}
	if said["short"] == 0 || said["long"] == 0 {
		t.Errorf("length words never used: %v", said)
	}
}

// TestSuitabilityFollowsTheFeatures compares the contexts that tracks of
// the same energy are sent to: a quiet, sparse, minor, dark calm track and
// a bright, major calm one get different places, a fast energetic track
// can be for running and a mid-tempo one cannot, and across many calm
// tracks many different contexts are named.
func TestSuitabilityFollowsTheFeatures(t *testing.T) {
	ctxOf := func(bpm float64, minor bool, lufs, energy, brightness, onsets, pulse float64, title string) []string {
		key := "C major"
		if minor {
			key = "A minor"
		}
		return TemplateNote(TrackFacts{Title: title, Features: &FeatureFacts{Version: 3, BPM: bpm, Key: key, Minor: minor,
			KeyConfidence: 0.5, LoudnessLUFS: lufs, Energy: energy, Brightness: brightness, OnsetRate: onsets, PulseClarity: pulse}}).Contexts
	}
	all := map[string]bool{}
	for i := range 40 {
		title := string(rune('A'+i%26)) + strings.Repeat("x", i/26)
		dark := ctxOf(70, true, -25, 0.2, 0.2, 1, 0.3, title)
		bright := ctxOf(70, false, -15, 0.2, 0.8, 3, 0.3, title)
		for _, c := range dark {
			all[c] = true
			if c == "morning" {
				t.Errorf("a dark minor calm track is for the morning: %v", dark)
			}
		}
		for _, c := range bright {
			all[c] = true
			if c == "rainy day" || c == "sleeping" {
				t.Errorf("a bright major calm track is for %s: %v", c, bright)
			}
		}
		if mid := ctxOf(100, false, -10, 0.9, 0.5, 3, 0.8, title); contains(mid, "running") {
			t.Errorf("a 100 BPM track is for running: %v", mid)
		}
	}
	if len(all) < 7 {
		t.Errorf("calm tracks go to only %d places: %v", len(all), all)
	}
}

// TestTemplateNotesSayContextsAsPhrases: the demo's template notes read
// "Reach for it during late night or dancing." and "Try it for late night
// or reading." (found trying the demo library): a context word is said as
// a phrase that reads in the sentence, and no frame needs a noun where a
// gerund may come.
func TestTemplateNotesSayContextsAsPhrases(t *testing.T) {
	for i := range 300 {
		text := TemplateNote(sampleTrack(i)).Text
		for _, bad := range []string{"for late night", "to late night", "during ", "into late night", "with late night"} {
			if strings.Contains(text, bad) {
				t.Errorf("note %d says %q: %s", i, bad, text)
			}
		}
	}
}
