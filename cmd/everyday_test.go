package cmd

import (
	"slices"
	"testing"
)

// TestRecommendReadsEverydayWords checks, through the command line, that
// an everyday word of a setting ("emails", "oven") is understood as that
// setting and said so, and that a word it does not know still is not.
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
	r = recommendHeard(t, db, "-n", "3", "cheesy zorblax")
	if !slices.Contains(r.NotUnderstood, "cheesy") {
		t.Errorf("cheesy: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}
