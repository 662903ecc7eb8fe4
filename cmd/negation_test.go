package cmd

import (
	"slices"
	"testing"
)

// TestRecommendNegationScope asks through the command line on the demo
// library (Ambient by Halcyon Drift, Jazz by Marisol Quartet, Techno by
// Kiln Logic) with refusals the reader once read as requests: a verb
// group between the negator and the genre ("i don't want to listen to
// jazz"), an idiom of having had enough ("need a break from the jazz"), a
// list whose last item runs on ("everything except jazz and techno
// honestly") and an artist refused in lower case ("but not kiln"). No
// pick is of what was refused.
func TestRecommendNegationScope(t *testing.T) {
	db := recommendLibrary(t)
	for _, tc := range []struct {
		msg, heard, artist string
	}{
		{"i don't want to listen to jazz", "not genre jazz", "Marisol Quartet"},
		{"need a break from the jazz", "not genre jazz", "Marisol Quartet"},
		{"everything except jazz and techno honestly", "not genre jazz, techno", "Kiln Logic"},
		{"something electronic but not kiln", "no artist Kiln Logic", "Kiln Logic"},
	} {
		r := recommendHeard(t, db, "-n", "7", tc.msg)
		if !slices.ContainsFunc(r.Heard, func(h string) bool { return h == tc.heard }) || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: heard %q, not understood %q", tc.msg, r.Heard, r.NotUnderstood)
		}
		for _, it := range r.Results {
			if it["artist"] == tc.artist {
				t.Errorf("%q: a refused pick %v", tc.msg, it)
			}
		}
	}
}

// TestRecommendReadsGenreHeadsLeftOut asks through the command line for
// "modal and free jazz" on the demo library: "modal" is modal jazz, the
// head left out by the coordination, so every word is understood and the
// picks are the library's jazz.
func TestRecommendReadsGenreHeadsLeftOut(t *testing.T) {
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "modal and free jazz")
	if len(r.NotUnderstood) != 0 || len(r.Results) == 0 {
		t.Fatalf("modal and free jazz: heard %q, not understood %q, %d picks", r.Heard, r.NotUnderstood, len(r.Results))
	}
	for _, it := range r.Results {
		if it["artist"] != "Marisol Quartet" {
			t.Errorf("a pick that is not the library's jazz: %v", it)
		}
	}
}

// TestRecommendReadsRefusalsOfOtherPeople asks through the command line
// for "jazz for people who don't like jazz", a playlist title: the
// refusal is the other people's, so the picks are the library's jazz.
func TestRecommendReadsRefusalsOfOtherPeople(t *testing.T) {
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "jazz for people who don't like jazz")
	if !slices.Contains(r.Heard, "genre jazz") || len(r.Results) == 0 {
		t.Fatalf("jazz for people who don't like jazz: heard %q, %d picks", r.Heard, len(r.Results))
	}
	for _, it := range r.Results {
		if it["artist"] != "Marisol Quartet" {
			t.Errorf("a pick that is not the library's jazz: %v", it)
		}
	}
}

// TestRecommendReadsLikeAsAVerbAfterANegation asks through the command
// line "i do not like jazz": the "like" is the verb, so jazz is refused,
// where it had been read as music like jazz.
func TestRecommendReadsLikeAsAVerbAfterANegation(t *testing.T) {
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "7", "i do not like jazz")
	if !slices.ContainsFunc(r.Heard, func(h string) bool { return h == "not genre jazz" }) {
		t.Errorf("i do not like jazz: heard %q", r.Heard)
	}
	for _, it := range r.Results {
		if it["artist"] == "Marisol Quartet" {
			t.Errorf("a refused pick: %v", it)
		}
	}
}
