package models

import (
	"slices"
	"strings"
	"testing"
)

// TestInterjectionsAskForNothing: the sounds and abbreviations people type
// around a request ("hmm", "umm", "pls") are neither searched for nor
// said to be not understood, so a follow-up such as "hmm, no electronic
// stuff" still refines the request instead of starting a new one about
// the word "hmm", and "pls" does not stay in the request as a search.
func TestInterjectionsAskForNothing(t *testing.T) {
	for _, msg := range []string{"hmm, no electronic stuff", "umm pls no electronic", "slower pls", "uh, calmer plz",
		"hm ok something calm", "erm, thx, more like the first one", "jazz lol",
		"nah, calmer", "perfect, more like the first one", "yep, more of that", "nope, slower", "awesome, thanks"} {
		r := ParseRules(msg)
		if len(r.NotUnderstood) > 0 || len(r.SearchWords) > 0 {
			t.Errorf("%q: not understood %q, searched %q", msg, r.NotUnderstood, r.SearchWords)
		}
	}
	if r := ParseRules("nah too sleepy"); r.Activity == "napping" || r.Activity == "sleeping" && strings.Contains(strings.Join(r.Understood, " "), "nap") {
		t.Errorf("nah read as nap: %+v", r.Understood)
	}
	if r := ParseRules("hmm, no electronic stuff"); !slices.Contains(r.ExcludeGenres, "electronic") {
		t.Errorf("hmm, no electronic stuff: %+v", r)
	}
}
