package models

import (
	"slices"
	"testing"
)

// TestAKindDescribedAfterACommaIsTheKind reads a genre said first and then
// described, after a comma, colon, bracket or spaced dash, in words that
// name a broader genre: the kind is asked for, not the broader genre
// beside it. Genres coordinated, listed, said broader first, or joined by
// a hyphen stay both asked for.
func TestAKindDescribedAfterACommaIsTheKind(t *testing.T) {
	for _, tc := range []struct {
		msg         string
		want, never []string
	}{
		{"kwaito, the south african house thing from the 90s", []string{"kwaito"}, []string{"african"}},
		{"lovers rock - smooth reggae love songs", []string{"lovers rock"}, []string{"reggae"}},
		{"hip pop, radio friendly rap", []string{"hip pop"}, []string{"hip hop"}},
		{"lovers rock (reggae for slow dancing)", []string{"lovers rock"}, []string{"reggae"}},

		{"hip pop, rap and jazz", []string{"hip pop", "hip hop", "jazz"}, nil},
		{"lovers rock or reggae", []string{"lovers rock", "reggae"}, nil},
		{"reggae, lovers rock", []string{"lovers rock", "reggae"}, nil},
		{"techno-electronica to code by", []string{"techno", "electronic"}, nil},
		{"video game soundtracks", []string{"video game music", "soundtrack"}, nil},
	} {
		r := ParseRulesWith(tc.msg, testLexicon())
		for _, g := range tc.want {
			if !slices.Contains(r.Genres, g) {
				t.Errorf("%q: genres %q lack %q", tc.msg, r.Genres, g)
			}
		}
		for _, g := range tc.never {
			if slices.Contains(r.Genres, g) {
				t.Errorf("%q: genres %q hold %q, which the words after the comma describe the kind with", tc.msg, r.Genres, g)
			}
		}
	}
}
