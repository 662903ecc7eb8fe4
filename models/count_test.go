package models

import "testing"

// TestCountsInEveryCommonPhrasing reads the number of tracks however it
// is said: before a coordination of two kinds ("8 folk and country
// tunes"), as "a half dozen" (Merriam-Webster gives "half dozen" and "a
// half-dozen" beside "half a dozen"), and as a follow-up that counts
// what was just asked for ("just five of them", "give me 3 of those").
// An amount of time before its "of" is never a count.
func TestCountsInEveryCommonPhrasing(t *testing.T) {
	tests := []struct {
		msg   string
		count int
	}{
		{"a list of 8 folk and country tunes", 8},
		{"12 jazz or blues songs", 12},
		{"about a half dozen romantic slow songs for the couples", 6},
		{"a half-dozen blues songs", 6},
		{"just five of them", 5},
		{"give me 3 of those", 3},
		{"only ten of these please", 10},
		// Not a count: hours of music, a number of a thing.
		{"two hours of jazz and blues songs", 0},
		{"five of the best", 0},
	}
	for _, tc := range tests {
		if r := ParseRulesWith(tc.msg, testLexicon()); r.Count != tc.count {
			t.Errorf("%q: %d tracks (%s), want %d", tc.msg, r.Count, r.Understood, tc.count)
		}
	}
}
