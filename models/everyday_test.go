package models

import (
	"slices"
	"testing"

	"sleeve/models/vocab"
)

// TestEverydayWords checks the generated table of everyday words: a word
// whose first sense WordNet puts below an anchor synset names the
// setting or activity, in its regular inflections of the part of speech
// that has the meaning, and nothing else does.
func TestEverydayWords(t *testing.T) {
	tests := []struct{ word, kind, target string }{
		{"oven", "setting", "kitchen"},
		{"croissants", "setting", "kitchen"}, // a plural
		{"pasta", "setting", "kitchen"},
		{"frying pans", "setting", "kitchen"}, // a phrase, its last word inflected
		{"broom", "setting", "housework"},
		{"scrubbing", "setting", "housework"},
		{"vacuumed", "setting", "housework"}, // a verb's -ed form
		{"laptop", "setting", "office"},
		{"emails", "setting", "office"},
		{"tea", "setting", "cafe"},
		{"cognacs", "setting", "bar"},
		{"boxing", "context", "working out"},
		{"volleyball", "context", "working out"}, // a court game
		{"hockey", "context", "working out"},     // a field game
		{"skating", "context", "dancing"},
		{"skate", "context", "dancing"},
		{"rink", "context", "dancing"},
		{"quilting", "context", "focus"},
		{"knitting", "context", "focus"},
		{"crafting", "context", "focus"}, // craft, the verb
		{"painting", "", ""},             // a picture or a coat of paint
		{"mowing", "setting", "garden"},
		{"patio", "setting", "garden"},
		{"gardening", "setting", "garden"},
		{"motorcycle", "context", "driving"},
		{"truck", "context", "driving"},
		{"fishing", "context", "relaxing"},
		{"bike", "", ""},      // as often a bicycle
		{"trolling", "", ""},  // the internet's, not the fishing line's
		{"mixed", "", ""},     // "mix" is a food only as a noun
		{"sweet", "", ""},     // an adjective describes the music
		{"soul food", "", ""}, // a phrase with a genre's name is the genre's
		{"jam", "", ""},       // a word of music
		{"vitamin", "", ""},   // a nutrient, not a food of noun.food
		{"dishes", "", ""},    // first a piece of crockery
	}
	for _, tt := range tests {
		if k, g := vocab.Everyday(tt.word); k != tt.kind || g != tt.target {
			t.Errorf("Everyday(%q) = %q %q, want %q %q", tt.word, k, g, tt.kind, tt.target)
		}
	}
}

// TestReadEverydayWords checks that the reader reads an everyday word as
// a weak setting or activity, which a word for a setting or activity
// takes the place of, and that a refused one asks for nothing.
func TestReadEverydayWords(t *testing.T) {
	r := ParseRules("upbeat songs while I do some scrubbing")
	if r.Setting != "housework" || !r.WeakSetting || slices.Contains(r.NotUnderstood, "scrubbing") {
		t.Errorf("scrubbing: setting %q weak %v, not understood %q", r.Setting, r.WeakSetting, r.NotUnderstood)
	}
	if !slices.Contains(r.Understood, "setting housework (from “scrubbing”)") {
		t.Errorf("scrubbing: understood %q", r.Understood)
	}
	r = ParseRules("something intense for a boxing session")
	if r.Activity != "working out" || !r.WeakActivity {
		t.Errorf("boxing: activity %q weak %v", r.Activity, r.WeakActivity)
	}
	r = ParseRules("pasta and wine on the beach")
	if r.Setting != "beach" || r.WeakSetting {
		t.Errorf("pasta on the beach: setting %q weak %v", r.Setting, r.WeakSetting)
	}
	r = ParseRules("boxing then some running")
	if r.Activity != "running" || r.WeakActivity {
		t.Errorf("boxing then running: activity %q weak %v", r.Activity, r.WeakActivity)
	}
	r = ParseRules("jazz but no wine talk")
	if r.Setting != "" || slices.Contains(r.NotUnderstood, "wine") {
		t.Errorf("no wine: setting %q, not understood %q", r.Setting, r.NotUnderstood)
	}
	r = ParseRules("music for typing up a thesis")
	if r.Setting != "" {
		t.Errorf("typing: setting %q, want none", r.Setting)
	}
}

// TestRefineKeepsWeakness checks that a follow-up that names a setting
// replaces the weakness with its own, and one that names none keeps it.
func TestRefineKeepsWeakness(t *testing.T) {
	prev := Request{Setting: "kitchen", WeakSetting: true, Activity: "working out", WeakActivity: true}
	if r := Refine(prev, Request{Moods: []string{"happy"}}); !r.WeakSetting || !r.WeakActivity {
		t.Errorf("a mood kept setting %q weak %v, activity %q weak %v", r.Setting, r.WeakSetting, r.Activity, r.WeakActivity)
	}
	if r := Refine(prev, Request{Setting: "beach", Activity: "running"}); r.WeakSetting || r.WeakActivity || r.Setting != "beach" {
		t.Errorf("a setting said: setting %q weak %v, activity %q weak %v", r.Setting, r.WeakSetting, r.Activity, r.WeakActivity)
	}
}

// TestCorrectionKeepsWordsAndNames checks two classes of misreading by
// spelling correction: a comparative's base that is no word ("lower" is
// not "lowe", which a stem reads as low and so sad), and a name of the
// word list read as a near word ("willie" is not "willies", tense).
func TestCorrectionKeepsWordsAndNames(t *testing.T) {
	for _, w := range []string{"lower", "willie"} {
		if c := correction(w, nil); c != "" {
			t.Errorf("correction(%q) = %q, want none", w, c)
		}
	}
	for w, want := range map[string]string{"chiller": "chill", "darker": "dark", "jazzz": "jazz"} {
		if c := correction(w, nil); c != want {
			t.Errorf("correction(%q) = %q, want %q", w, c, want)
		}
	}
	r := ParseRules("waylon and willie, lower energy")
	if slices.Contains(r.Moods, "sad") || slices.Contains(r.Moods, "tense") {
		t.Errorf("waylon and willie, lower energy: moods %q, understood %q", r.Moods, r.Understood)
	}
}
