package models

import (
	"slices"
	"strings"
	"testing"
)

// TestWordsOfSoundAreMeasuredQualities checks that words for a quality
// of the sound analysis measures are read as that quality, refused as its
// opposite, said in "Understood", and not read where the word means
// something else.
func TestWordsOfSoundAreMeasuredQualities(t *testing.T) {
	for _, tc := range []struct {
		msg    string
		sounds []string
		said   string
	}{
		{"something simple", []string{SoundSparse}, "sparse sound (from “simple”)"},
		{"stripped-down acoustic songs", []string{SoundSparse}, "sparse sound (from “stripped-down”)"},
		{"dense, intricate jazz", []string{SoundBusy}, "busy sound (from “dense”)"},
		{"gritty blues", []string{SoundRough}, "rough sound (from “gritty”)"},
		{"no distortion please", []string{SoundClean}, "clean sound (from “not distortion”)"},
		{"nothing too busy", []string{SoundSparse}, "sparse sound (from “not busy”)"},
		{"songs with a steady beat for running", []string{SoundSteady}, "steady beat"},
		{"clean guitars", []string{SoundClean}, "clean sound (from “clean guitars”)"},
		{"rubato piano", []string{SoundLoose}, "loose pulse (from “rubato”)"},
		{"upbeat pop with catchy hooks", []string{SoundRepetitive, SoundSteady}, "repetitive sound (from “catchy”)"},
		{"hypnotic techno", []string{SoundRepetitive}, "repetitive sound (from “hypnotic”)"},
		{"nothing catchy", []string{SoundVaried}, "varied sound (from “not catchy”)"},
		{"slowly evolving ambient", []string{SoundVaried}, "varied sound (from “evolving”)"},
		{"stark piano pieces", []string{SoundSparse}, "sparse sound (from “stark”)"},
		{"lush orchestral pop", []string{SoundBusy}, "busy sound (from “lush”)"},
		{"jarring noise rock", []string{SoundRough}, "rough sound (from “jarring”)"},
		{"steady-state cardio, rhythmic and uplifting", []string{SoundSteady}, "steady beat (from “rhythmic”)"},
		{"a consistent driving rhythm for deep coding", []string{SoundSteady}, "steady beat (from “consistent”)"},
		// Words that are first something else are not qualities.
		{"music for a rough day", nil, ""},
		{"music to clean the house to", nil, ""},
		{"let loose at a party", nil, ""},
	} {
		r := ParseRules(tc.msg)
		if !slices.Equal(r.Sounds, tc.sounds) {
			t.Errorf("%q: sounds %v, want %v", tc.msg, r.Sounds, tc.sounds)
		}
		if tc.said != "" && !slices.Contains(r.Understood, tc.said) {
			t.Errorf("%q: understood %q, want %q", tc.msg, r.Understood, tc.said)
		}
		for _, w := range []string{"simple", "gritty", "dense", "intricate", "distortion", "busy", "rubato", "catchy", "hooks", "hypnotic", "evolving"} {
			if slices.Contains(r.NotUnderstood, w) {
				t.Errorf("%q: %q not understood", tc.msg, w)
			}
		}
	}
}

// TestALaterQualityReplacesItsOpposite checks that a follow-up asking
// for one end of a measure replaces the other end asked before, and keeps
// the other qualities.
func TestALaterQualityReplacesItsOpposite(t *testing.T) {
	prev := ParseRules("something simple and gritty")
	if !slices.Equal(prev.Sounds, []string{SoundSparse, SoundRough}) {
		t.Fatalf("first turn: %v", prev.Sounds)
	}
	next := Refine(prev, ParseRules("busier"))
	if !slices.Equal(next.Sounds, []string{SoundRough, SoundBusy}) {
		t.Errorf("after “busier”: %v, want rough and busy", next.Sounds)
	}
	next = Refine(prev, ParseRules("more intricate"))
	if slices.Contains(next.Sounds, SoundSparse) || !slices.Contains(next.Sounds, SoundBusy) || !slices.Contains(next.Sounds, SoundRough) {
		t.Errorf("after “more intricate”: %v, want busy and rough, not sparse", next.Sounds)
	}
	if w := SoundWordIn("Something Stripped-Down, please", SoundSparse); w != "stripped-down" {
		t.Errorf("SoundWordIn = %q, want stripped-down", w)
	}
	if w := SoundWordIn("a steady beat", SoundSteady); !strings.HasPrefix(w, "steady") {
		t.Errorf("SoundWordIn = %q, want steady beat", w)
	}
}

// TestTheTimeOfAnActivityAndTheSizeOfAThingAskForNoMore checks that a
// noun for the time given to an activity after a word that was read
// ("spin class", "meditation practice") and a word of size before one
// ("a big party", "big drums") are accounted for as part of that word,
// and stay not understood beside a word that was not read.
func TestTheTimeOfAnActivityAndTheSizeOfAThingAskForNoMore(t *testing.T) {
	for _, tc := range []struct {
		msg     string
		missing []string
	}{
		{"loud songs for my spin class", nil},
		{"quiet music for my meditation practice", nil},
		{"a big party", nil},
		{"funk with big drums", nil},
		{"slow instrumental for the start of class", []string{"class"}},
		{"music before a big race", []string{"big", "race"}},
		{"what was big in hip hop", []string{"big"}},
	} {
		r := ParseRules(tc.msg)
		if !slices.Equal(r.NotUnderstood, tc.missing) {
			t.Errorf("%q: not understood %q, want %q", tc.msg, r.NotUnderstood, tc.missing)
		}
		if strings.Contains(strings.Join(r.SearchWords, " "), "class") || strings.Contains(strings.Join(r.SearchWords, " "), "practice") {
			if tc.missing == nil {
				t.Errorf("%q: searches %q", tc.msg, r.SearchWords)
			}
		}
	}
}

// TestRefusedHarshDeliveryKeepsTheVoice reads a refused growled or
// screamed voice ("no growling vocals") as refusing that rough sound, not
// singing: the vocals are neither refused nor the music instrumental,
// while "no vocals" and "without the growling vocals" (the voice known)
// still refuse them.
func TestRefusedHarshDeliveryKeepsTheVoice(t *testing.T) {
	for _, msg := range []string{"fast aggressive metal from the 2000s, no growling vocals", "nothing with screamed vocals"} {
		r := ParseRules(msg)
		if r.Instrumental || slices.Contains(r.ExcludeInstruments, "vocals") || !slices.Equal(r.Sounds, []string{SoundClean}) {
			t.Errorf("%q: instrumental %v, refused instruments %q, sounds %q", msg, r.Instrumental, r.ExcludeInstruments, r.Sounds)
		}
	}
	r := ParseRules("power metal that sounds like a bear growling")
	if !slices.Equal(r.Sounds, []string{SoundRough}) {
		t.Errorf("a bear growling: sounds %q", r.Sounds)
	}
	for _, msg := range []string{"metal with no vocals", "stuff like that band without the growling vocals"} {
		if r := ParseRules(msg); !r.Instrumental {
			t.Errorf("%q: not instrumental", msg)
		}
	}
}
