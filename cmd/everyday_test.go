package cmd

import (
	"slices"
	"testing"
)

// TestRecommendReadsEverydayWords checks, through the command line, that
// an everyday word of a setting ("emails", "oven") is understood as that
// setting and said so, as is a place named by a phrase whose last word
// names another ("dentist office" is a waiting room, not the office) and
// a game night's game ("board game", no genre of game music), that the
// people it is for ("the kids") are understood and ask nothing, and that
// a word it does not know still is not.
func TestRecommendReadsEverydayWords(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "jazz for answering emails")
	if !slices.Contains(r.Heard, "setting office (from “emails”)") || slices.Contains(r.NotUnderstood, "emails") {
		t.Errorf("emails: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	r = recommendHeard(t, db, "-n", "3", "the croissants just came out of the oven")
	if !slices.Contains(r.Heard, "setting kitchen (from “croissants”)") || slices.Contains(r.NotUnderstood, "oven") {
		t.Errorf("oven: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	r = recommendHeard(t, db, "-n", "3", "oldies for the dentist office")
	if !slices.Contains(r.Heard, "setting waiting room") || slices.Contains(r.Heard, "setting office") {
		t.Errorf("dentist office: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	r = recommendHeard(t, db, "-n", "3", "big band music while we play a board game")
	if !slices.Contains(r.Heard, "setting game night (from “board game”)") || len(r.NotUnderstood) > 0 {
		t.Errorf("board game: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	r = recommendHeard(t, db, "-n", "3", "a dance party for the kids")
	if !slices.Contains(r.Heard, "for party") || len(r.NotUnderstood) > 0 {
		t.Errorf("for the kids: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	r = recommendHeard(t, db, "-n", "3", "cheesy zorblax")
	if !slices.Contains(r.NotUnderstood, "zorblax") || slices.Contains(r.NotUnderstood, "cheesy") {
		t.Errorf("zorblax: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}
