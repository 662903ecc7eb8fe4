package models

import (
	"slices"
	"strings"
	"testing"
)

// TestPlayOrderAsksNothingOfTheMusic reads an instruction about the order
// of play ("on shuffle", "on repeat", "shuffle my rock songs") as
// understood and asking nothing, where "shuffle" was searched for; the
// rhythm ("a blues shuffle") is no instruction.
func TestPlayOrderAsksNothingOfTheMusic(t *testing.T) {
	for _, tc := range []struct {
		msg    string
		genres []string
	}{
		{"a mix of sixty songs to celebrate winter, play it on shuffle", nil},
		{"shuffle my rock songs", []string{"rock"}},
		{"some jazz on repeat", []string{"jazz"}},
		{"put the playlist on shuffle mode", nil},
	} {
		r := ParseRules(tc.msg)
		if len(r.NotUnderstood) > 0 || len(r.SearchWords) > 0 || !slices.Equal(r.Genres, tc.genres) {
			t.Errorf("%q: genres %q, searched %q, not understood %q; want genres %q", tc.msg, r.Genres, r.SearchWords, r.NotUnderstood, tc.genres)
		}
		if !slices.ContainsFunc(r.Understood, func(u string) bool { return strings.Contains(u, "how to play the list") }) {
			t.Errorf("%q: understood %q, want the order of play said", tc.msg, r.Understood)
		}
	}
	if r := ParseRules("a blues shuffle"); !slices.Contains(r.SearchWords, "shuffle") {
		t.Errorf("a blues shuffle: searched %q, want shuffle", r.SearchWords)
	}
}

// TestBeatsRefusedOrDescribed reads "no beats", "less beats", "without
// any beats" as the slow tempo's beatless end, as "no beat" is, not as a
// refusal of hip hop; and "beats" described by a tempo word already read
// ("slower melodic beats") as the beat, not hip hop.
func TestBeatsRefusedOrDescribed(t *testing.T) {
	for _, msg := range []string{"meditation, no beats", "less beats, more ambient", "without any beats", "fewer beats"} {
		r := ParseRules(msg)
		if len(r.ExcludeGenres) > 0 || r.PreferTempoMax == 0 || r.PreferTempoMax > 95 {
			t.Errorf("%q: refused %q, tempo at most %d; want no refusal, at most 95", msg, r.ExcludeGenres, r.PreferTempoMax)
		}
	}
	if r := ParseRules("slower melodic beats for yoga"); slices.Contains(r.Genres, "hip hop") || r.TempoShift >= 0 {
		t.Errorf("slower melodic beats: genres %q, tempo shift %d; want no hip hop, slower", r.Genres, r.TempoShift)
	}
	if r := ParseRules("beats to study to"); !slices.Contains(r.Genres, "hip hop") {
		t.Errorf("beats to study to: genres %q, want hip hop", r.Genres)
	}
}
