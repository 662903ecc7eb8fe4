package models

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestValidateNewFields(t *testing.T) {
	r := Request{
		PreferTempoMin: 300, PreferTempoMax: 10,
		Instruments:        []string{"Piano", "kazoo", "piano", "saxophone"},
		ExcludeInstruments: []string{"saxophone"},
		SearchWords:        []string{"Boogie", "boogie", "  ", "!!", "\x1b[2Jwoogie"},
		ExcludeTitles:      []string{"Careless Love", "careless love"},
		LikeTracks:         []string{"Careless Love", "Teardrop"},
		Understood:         []string{"genre jazz", "genre jazz", ""},
		NotUnderstood:      []string{"zorblax"},
	}.Validate()
	if r.PreferTempoMin != 40 || r.PreferTempoMax != 220 {
		t.Errorf("preferred tempo %d..%d, want clamped and swapped to 40..220", r.PreferTempoMin, r.PreferTempoMax)
	}
	if !slices.Equal(r.Instruments, []string{"piano"}) || !slices.Equal(r.ExcludeInstruments, []string{"saxophone"}) {
		t.Errorf("instruments %q, excluded %q", r.Instruments, r.ExcludeInstruments)
	}
	if !slices.Equal(r.SearchWords, []string{"boogie", "woogie"}) {
		t.Errorf("search words %q", r.SearchWords)
	}
	if !slices.Equal(r.ExcludeTitles, []string{"Careless Love"}) || !slices.Equal(r.LikeTracks, []string{"Teardrop"}) {
		t.Errorf("exclude titles %q, like tracks %q", r.ExcludeTitles, r.LikeTracks)
	}
	if !slices.Equal(r.Understood, []string{"genre jazz"}) || !slices.Equal(r.NotUnderstood, []string{"zorblax"}) {
		t.Errorf("understood %q, not understood %q", r.Understood, r.NotUnderstood)
	}
}

func TestEqualIgnoresReadingNotes(t *testing.T) {
	a := Request{Genres: []string{"jazz"}, Understood: []string{"genre jazz"}}
	b := Request{Genres: []string{"jazz"}, NotUnderstood: []string{"zorblax"}}
	if !a.Equal(b) {
		t.Error("requests differing only in Understood/NotUnderstood must be equal")
	}
	if !(Request{NotUnderstood: []string{"zorblax"}}).IsZero() {
		t.Error("a request that understood nothing asks for nothing")
	}
	if (Request{SearchWords: []string{"boogie"}}).IsZero() {
		t.Error("a search word is something asked for")
	}
}

func TestRequestJSONRoundTrip(t *testing.T) {
	in := Request{
		Intent: "calm piano, no sax", TempoMin: 100, TempoMax: 120, PreferTempoMax: 95,
		Instruments: []string{"piano"}, ExcludeInstruments: []string{"saxophone"}, SearchWords: []string{"boogie"},
		ExcludeTitles: []string{"Careless Love"}, Widen: true, IncludeNotMusic: true,
		Understood: []string{"instrument piano"}, NotUnderstood: []string{"zorblax"},
	}.Validate()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"prefer_tempo_max":95`, `"instruments":["piano"]`, `"exclude_instruments":["saxophone"]`,
		`"search_words":["boogie"]`, `"exclude_titles":["Careless Love"]`, `"widen":true`, `"include_not_music":true`,
		`"understood":["instrument piano"]`, `"not_understood":["zorblax"]`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON %s lacks %s", b, key)
		}
	}
	var out Request
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if dataJSON(out) != dataJSON(in) {
		t.Errorf("round trip changed the request:\n%s\n%s", dataJSON(in), dataJSON(out))
	}
}

func TestRefineRelativeChangesReplace(t *testing.T) {
	// "calmer" after "≥ 110 BPM" lowers the energy and lifts the floor.
	r := Refine(Request{TempoMin: 110, Energy: f64(0.7)}, Request{EnergyShift: -1})
	if r.TempoMin != 0 || r.PreferTempoMin != 0 || r.Energy == nil || *r.Energy != 0.45 {
		t.Errorf("calmer after ≥110 BPM: tempo ≥ %d, preferred ≥ %d, energy %v", r.TempoMin, r.PreferTempoMin, deref(r.Energy))
	}
	// A ceiling stays when calmer: it agrees with the change.
	r = Refine(Request{TempoMax: 100}, Request{EnergyShift: -1})
	if r.TempoMax != 100 {
		t.Errorf("calmer must keep a ceiling, got %d", r.TempoMax)
	}
	// "more energy" lifts a ceiling, hard or preferred.
	r = Refine(Request{PreferTempoMax: 95}, Request{EnergyShift: 1})
	if r.PreferTempoMax != 0 || *r.Energy != 0.75 {
		t.Errorf("more energy after slow: preferred ≤ %d, energy %v", r.PreferTempoMax, deref(r.Energy))
	}
	// "slower" after a hard range turns it into a preference below its middle.
	r = Refine(Request{TempoMin: 110, TempoMax: 130}, Request{TempoShift: -1})
	if r.TempoMin != 0 || r.TempoMax != 0 || r.PreferTempoMax != 108 || r.PreferTempoMin != 0 {
		t.Errorf("slower after 110–130: hard %d..%d, preferred %d..%d", r.TempoMin, r.TempoMax, r.PreferTempoMin, r.PreferTempoMax)
	}
	// "faster" twice moves on from the last preference, not the first.
	r = Refine(Refine(Request{PreferTempoMax: 95}, Request{TempoShift: 1}), Request{TempoShift: 1})
	if r.PreferTempoMin != 116 || r.PreferTempoMax != 0 {
		t.Errorf("faster twice from ≤95: preferred %d..%d, want 116..0 (95×1.1≈105, ×1.1≈116)", r.PreferTempoMin, r.PreferTempoMax)
	}
	// A number replaces a preference, and words replace a number.
	r = Refine(Request{PreferTempoMax: 95}, Request{TempoMin: 120, TempoMax: 130})
	if r.PreferTempoMax != 0 || r.TempoMin != 120 {
		t.Errorf("number after words: %+v", r)
	}
	r = Refine(Request{TempoMin: 120, TempoMax: 130}, Request{PreferTempoMax: 95})
	if r.TempoMin != 0 || r.TempoMax != 0 || r.PreferTempoMax != 95 {
		t.Errorf("words after number: %+v", r)
	}
}

// TestASlightChangeMovesAStep checks that a relative change said with a
// small degree ("a bit slower", "slightly calmer", "a little faster") is
// read as slight and moves the tempo or energy a step from where it was,
// where the plain change goes further: after "fast" (≥ 125 BPM), "a bit
// slower" prefers a window just below, with a floor that keeps the slowest
// and beatless tracks out, not everything up to 113 BPM.
func TestASlightChangeMovesAStep(t *testing.T) {
	fast := ParseRules("something fast")
	if fast.PreferTempoMin != 125 {
		t.Fatalf("fast prefers ≥ %d BPM", fast.PreferTempoMin)
	}
	for _, msg := range []string{"a bit slower", "slightly slower", "a little slower", "just a tad slower"} {
		next := ParseRules(msg)
		if next.TempoShift != -1 || !next.SlightShift || len(next.NotUnderstood) > 0 {
			t.Errorf("%q: shift %d, slight %v, not understood %v", msg, next.TempoShift, next.SlightShift, next.NotUnderstood)
			continue
		}
		r := Refine(fast, next)
		if r.PreferTempoMin < 100 || r.PreferTempoMax >= 125 || r.PreferTempoMax <= r.PreferTempoMin {
			t.Errorf("%q after fast: prefers %d..%d BPM, want a window just below 125", msg, r.PreferTempoMin, r.PreferTempoMax)
		}
		if !strings.Contains(DescribeRequest(r), "a bit slower") {
			t.Errorf("%q: understood %q", msg, DescribeRequest(r))
		}
	}
	if r := Refine(fast, ParseRules("slower")); r.PreferTempoMin != 0 || r.PreferTempoMax != 113 || r.SlightShift {
		t.Errorf("slower after fast: prefers %d..%d BPM, slight %v; want ≤ 113", r.PreferTempoMin, r.PreferTempoMax, r.SlightShift)
	}
	if r := Refine(Request{PreferTempoMax: 95}, ParseRules("a little faster")); r.PreferTempoMin != 100 || r.PreferTempoMax != 109 {
		t.Errorf("a little faster after ≤ 95: prefers %d..%d BPM, want 100..109", r.PreferTempoMin, r.PreferTempoMax)
	}
	calm := Request{Energy: f64(0.8)}
	if r := Refine(calm, ParseRules("a bit calmer")); r.Energy == nil || *r.Energy != 0.7 {
		t.Errorf("a bit calmer after 0.8: energy %v, want 0.7", deref(r.Energy))
	}
	if r := Refine(calm, ParseRules("calmer")); r.Energy == nil || *r.Energy != 0.55 {
		t.Errorf("calmer after 0.8: energy %v, want 0.55", deref(r.Energy))
	}
	// A degree elsewhere in the message is not the change's.
	if r := ParseRules("a bit of jazz, slower"); r.SlightShift {
		t.Errorf("'a bit of jazz, slower' read as slight")
	}
}

func TestRefineNewFields(t *testing.T) {
	prev := Request{Instruments: []string{"piano"}, ExcludeInstruments: []string{"saxophone"}, SearchWords: []string{"boogie"},
		ExcludeTitles: []string{"Careless Love"}, IncludeNotMusic: true, Widen: true,
		Understood: []string{"instrument piano"}, NotUnderstood: []string{"zorblax"}}
	r := Refine(prev, Request{EnergyShift: -1, Understood: []string{"calmer"}})
	if !slices.Equal(r.Instruments, []string{"piano"}) || !slices.Equal(r.SearchWords, []string{"boogie"}) ||
		!slices.Equal(r.ExcludeTitles, []string{"Careless Love"}) || !r.IncludeNotMusic {
		t.Errorf("a refinement must keep what it does not change: %+v", r)
	}
	if r.Widen || !slices.Equal(r.Understood, []string{"calmer"}) || len(r.NotUnderstood) != 0 {
		t.Errorf("Widen and the reading notes describe the latest message only: %+v", r)
	}
	r = Refine(prev, Request{Instruments: []string{"saxophone"}, ExcludeInstruments: []string{"piano"},
		LikeTracks: []string{"Careless Love"}, SearchWords: []string{"woogie"}})
	if !slices.Equal(r.Instruments, []string{"saxophone"}) || !slices.Equal(r.ExcludeInstruments, []string{"piano"}) {
		t.Errorf("instruments %q, excluded %q", r.Instruments, r.ExcludeInstruments)
	}
	if len(r.ExcludeTitles) != 0 || !slices.Equal(r.LikeTracks, []string{"Careless Love"}) || !slices.Equal(r.SearchWords, []string{"woogie"}) {
		t.Errorf("asking for an excluded title takes it back: %+v", r)
	}
	r = Refine(prev, Request{Different: true})
	if !slices.Equal(r.ExcludeTitles, []string{"Careless Love"}) || !slices.Equal(r.ExcludeInstruments, []string{"saxophone"}) || len(r.SearchWords) != 0 {
		t.Errorf("something different keeps exclusions only: %+v", r)
	}
}

// TestAnEnergyChangeDropsTheMoodItLeaves checks that a change of energy
// gives way to no mood said before that names the other side of it:
// "livelier" after "calm jazz" asks for more energy than calm, so "calm"
// goes and the jazz stays; "calmer" after "energetic rock" drops
// "energetic". A slight change that stays within the mood's band ("a bit
// livelier": still low energy) keeps it, and so does a mood that names no
// energy ("sad"), or a mood said in the same turn.
func TestAnEnergyChangeDropsTheMoodItLeaves(t *testing.T) {
	calmJazz := ParseRules("calm jazz")
	if !slices.Equal(calmJazz.Moods, []string{"calm"}) || !slices.Equal(calmJazz.Genres, []string{"jazz"}) {
		t.Fatalf("calm jazz read as moods %q, genres %q", calmJazz.Moods, calmJazz.Genres)
	}
	for _, msg := range []string{"livelier", "more energy", "more upbeat please"} {
		r := Refine(calmJazz, ParseRules(msg))
		if slices.Contains(r.Moods, "calm") || !slices.Equal(r.Genres, []string{"jazz"}) || r.Energy == nil || *r.Energy <= 0.35 {
			t.Errorf("%q after calm jazz: moods %q, genres %q, energy %v; want no calm, jazz, energy above calm", msg, r.Moods, r.Genres, deref(r.Energy))
		}
	}
	if r := Refine(calmJazz, ParseRules("a bit livelier")); !slices.Contains(r.Moods, "calm") {
		t.Errorf("a bit livelier after calm jazz (energy %v) dropped calm: moods %q", deref(r.Energy), r.Moods)
	}
	energetic := ParseRules("energetic rock")
	if r := Refine(energetic, ParseRules("calmer")); slices.Contains(r.Moods, "energetic") || !slices.Equal(r.Genres, []string{"rock"}) {
		t.Errorf("calmer after energetic rock: moods %q, genres %q", r.Moods, r.Genres)
	}
	sad := ParseRules("sad piano")
	if r := Refine(sad, ParseRules("more energy")); !slices.Contains(r.Moods, "sad") {
		t.Errorf("more energy after sad piano dropped sad: moods %q", r.Moods)
	}
}

// TestANewActivitySetsItsOwnLevel checks that a follow-up naming a new
// activity of a character of its own drops the energy asked for the
// activity before: "good, now something slower for the cooldown" after
// "running music" and "more energy" had kept the energy 1.0 of the run,
// so the cool-down list was of loud tracks and the activity's calm and
// peaceful defaults never applied. An energy said with the activity is
// kept, and so is the level when the activity is the same.
func TestANewActivitySetsItsOwnLevel(t *testing.T) {
	run := Refine(ParseRules("running music"), ParseRules("more energy"))
	if run.Energy == nil || *run.Energy < 0.7 {
		t.Fatalf("more energy after running music: energy %v, want a high one", run.Energy)
	}
	r := Refine(run, ParseRules("good, now something slower for the cooldown"))
	if r.Activity != "winding down" || r.Energy != nil || r.TempoShift >= 0 {
		t.Errorf("slower for the cooldown: activity %q, energy %v, tempo shift %d; want winding down, no energy, slower", r.Activity, r.Energy, r.TempoShift)
	}
	if moods, _ := DefaultMoods(r); len(moods) == 0 {
		t.Errorf("slower for the cooldown: no default moods of winding down")
	}
	if r := Refine(run, ParseRules("something quiet for the cooldown")); r.Energy == nil || *r.Energy > 0.4 {
		t.Errorf("something quiet for the cooldown: energy %v, want the quiet said", r.Energy)
	}
	if r := Refine(run, ParseRules("faster")); r.Energy == nil || *r.Energy < 0.7 {
		t.Errorf("faster after more energy for running: energy %v, want it kept", r.Energy)
	}
}
