package models

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestRulesReadInstruments checks that the rule reader turns instrument
// words into wanted and unwanted instruments, including the families that
// analysis hears and that notes had no word for (mallets, woodwinds, synth
// pads), and that each maps to a measured family.
func TestRulesReadInstruments(t *testing.T) {
	for _, c := range []struct {
		msg           string
		want, exclude []string
	}{
		{"calm piano", []string{"piano"}, nil},
		{"no drums", nil, []string{"drums"}},
		{"guitar", []string{"acoustic guitar", "electric guitar"}, nil},
		{"something with vibraphone", []string{"mallets"}, nil},
		{"clarinet and strings, no drums", []string{"woodwinds", "strings"}, []string{"drums"}},
		{"ambient pads", []string{"synth pad"}, nil},
	} {
		r := ParseRules(c.msg)
		if !sameSet(r.Instruments, c.want) || !sameSet(r.ExcludeInstruments, c.exclude) {
			t.Errorf("%q: instruments %v, excluded %v; want %v, %v", c.msg, r.Instruments, r.ExcludeInstruments, c.want, c.exclude)
		}
		for _, w := range append(slices.Clone(r.Instruments), r.ExcludeInstruments...) {
			if len(InstrumentFamilies[w]) == 0 {
				t.Errorf("%q: %q maps to no measured family", c.msg, w)
			}
		}
	}
	if got := ParseRules("calm piano").Moods; !slices.Contains(got, "calm") {
		t.Errorf(`"calm piano": moods %v, want calm`, got)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// TestTemplateNamesConfidentInstruments checks that a template note names
// the piano and the strings ("piano-led, with strings" in one wording)
// only for instruments heard with confidence,
// lists them as the note's instruments, and that the model prompt carries
// them too.
func TestTemplateNamesConfidentInstruments(t *testing.T) {
	facts := TrackFacts{Title: "Rain", Artist: "Trio", Features: &FeatureFacts{Version: 4, BPM: 70, BPMConfidence: 0.9,
		Energy: 0.2, Brightness: 0.4, LoudnessLUFS: -18, OnsetRate: 2, PulseClarity: 0.4,
		InstrumentsHeard: []string{"piano", "strings"}, InstrumentsAbsent: []string{"drums", "brass"}}}
	n := TemplateNote(facts)
	if !strings.Contains(n.Text, "piano") || !strings.Contains(n.Text, "strings") {
		t.Errorf("note %q does not name the piano and the strings", n.Text)
	}
	// Every wording names the lead first and the rest after it.
	tr := ReadTraits(facts.Features)
	for seed := range 64 {
		s := templateInstruments(picker(seed), tr)
		if !strings.Contains(s, "piano") || !strings.Contains(s, "strings") || strings.Index(s, "piano") > strings.Index(s, "strings") {
			t.Errorf("wording %q: want the piano named as the lead and the strings", s)
		}
	}
	if !slices.Equal(n.Instruments, []string{"piano", "strings"}) {
		t.Errorf("note instruments %v, want [piano strings]", n.Instruments)
	}
	if kept, dropped := CheckText(n.Text, ReadTraits(facts.Features)); len(dropped) > 0 || kept != n.Text {
		t.Errorf("the template note fails its own check: %v", dropped)
	}
	_, user := PromptText(facts)
	if !strings.Contains(user, "instruments heard: piano, strings") {
		t.Errorf("prompt %q does not pass the instruments heard", user)
	}
	facts.Features.InstrumentsHeard = nil
	if n := TemplateNote(facts); strings.Contains(n.Text, "piano") || len(n.Instruments) > 0 {
		t.Errorf("with no instrument heard confidently, the note still names one: %q %v", n.Text, n.Instruments)
	}
}

// TestCheckerDropsUnheardInstruments checks that a sentence naming an
// instrument that analysis confidently does not hear is dropped, while a
// negated mention and instruments it may hear are kept.
func TestCheckerDropsUnheardInstruments(t *testing.T) {
	tr := ReadTraits(&FeatureFacts{Energy: 0.5, Brightness: 0.5, InstrumentsAbsent: []string{"drums", "brass", "piano"}})
	for _, c := range []struct {
		text string
		drop bool
	}{
		{"Thundering drums drive it.", true},
		{"A lonely trumpet calls over the top.", true},
		{"Gentle keys float above.", true},
		{"There are no drums at all.", false},
		{"A guitar carries the tune.", false},
		{"Voices and a synthesizer swell.", false},
	} {
		_, dropped := CheckText(c.text, tr)
		if (len(dropped) > 0) != c.drop {
			t.Errorf("%q: dropped %v, want dropped %v", c.text, dropped, c.drop)
		}
	}
	kept, dropped := CheckWords([]string{"piano", "strings", "drum machine"}, tr)
	if !slices.Equal(kept, []string{"strings"}) || len(dropped) != 2 {
		t.Errorf("words: kept %v, dropped %v; want only strings kept", kept, dropped)
	}
}

// TestInstrumentWordingsReadWellAndVary writes the instruments sentence
// for a library whose every track hears the same families (a folder of
// drum patterns, the worst case), and checks that no 4-word phrase is in
// more than a tenth of the sentences, and that a plural family never takes
// a singular verb or a possessive ("The drums leads", "the drums's").
func TestInstrumentWordingsReadWellAndVary(t *testing.T) {
	agreement := regexp.MustCompile(`(?i)\b(drums|strings|woodwinds|mallets|pads)('s| leads| carries| takes| sits)\b`)
	for _, heard := range [][]string{{"drums"}, {"strings"}, {"bass"}, {"drums", "bass"}, {"mallets", "drums"}} {
		tr := Traits{Heard: heard}
		var texts []string
		for seed := range 1000 {
			s := templateInstruments(picker(uint64(seed)*0x9e3779b97f4a7c15+7), tr)
			if m := agreement.FindString(s); m != "" {
				t.Fatalf("%q: %q", s, m)
			}
			texts = append(texts, s)
		}
		if rep := RepeatedPhrases(texts, nil, 0.10); len(rep) > 0 {
			t.Errorf("heard %v: %q is in %.0f %% of the sentences", heard, rep[0].Phrase, 100*rep[0].Share)
		}
	}
}

// TestStruckInstrumentsByWordNet reads the kinds of percussion WordNet
// records as percussion ("cymbal", "gong", "maracas"), its kinds of piano
// as the piano, and the stand-up bass as the bass (it had been stand-up
// comedy), while "bones" and "chimes" stay unread (a body's bones, wind
// chimes).
func TestStruckInstrumentsByWordNet(t *testing.T) {
	lex := testLexicon()
	for _, c := range []struct{ msg, want string }{
		{"jazz with a ride cymbal", "percussion"},
		{"gongs for meditation", "percussion"},
		{"maracas and castanets", "percussion"},
		{"a baby grand in a quiet room", "piano"},
		{"the ultimate groove with stand-up bass", "bass"},
	} {
		if r := ParseRulesWith(c.msg, lex); !slices.Contains(r.Instruments, c.want) {
			t.Errorf("%q: instruments %q, want %s (understood %q)", c.msg, r.Instruments, c.want, r.Understood)
		}
	}
	for _, msg := range []string{"these old punk rock bones", "wind chimes and waterfalls", "stand-up comedy"} {
		if r := ParseRulesWith(msg, lex); len(r.Instruments) > 0 {
			t.Errorf("%q: instruments %q, want none", msg, r.Instruments)
		}
	}
}
