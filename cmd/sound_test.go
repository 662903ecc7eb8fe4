package cmd

import (
	"fmt"
	"strings"
	"testing"
)

// TestQualitiesOfSoundThroughTheCLI asks an analysed demo library for
// "something simple" and for "busy, intricate music": each is read as a
// quality of the sound analysis measured (the onset rate), the track at
// that end of the library is among the first picks and is said to be,
// in the person's word, and the two requests share no first pick.
func TestQualitiesOfSoundThroughTheCLI(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	firsts := map[string]bool{}
	for _, tc := range []struct{ msg, understood, why string }{
		{"something simple", "sparse sound", "the sparsest of your library fits 'simple'"},
		{"busy, intricate music", "busy sound", "the busiest of your library fits 'busy'"},
		{"gritty, distorted stuff", "rough sound", "the noisiest, roughest of your library fits 'gritty'"},
		{"hypnotic, repetitive music", "repetitive sound", "the most repetitive of your library fits 'hypnotic'"},
	} {
		r := recommend(t, db, "-n", "3", tc.msg)
		if !strings.Contains(r.Understood, tc.understood) {
			t.Errorf("%q: understood %q, want %q", tc.msg, r.Understood, tc.understood)
		}
		said := false
		for _, x := range r.Results {
			said = said || strings.Contains(fmt.Sprint(x["reasons"]), tc.why)
		}
		if !said {
			t.Errorf("%q: no pick says %q: %v", tc.msg, tc.why, r.Results)
		}
		if tc.msg == "gritty, distorted stuff" || tc.msg == "hypnotic, repetitive music" || len(r.Results) == 0 {
			continue
		}
		id := fmt.Sprint(r.Results[0]["id"])
		if firsts[id] {
			t.Errorf("%q: first pick %s was the other request's first pick too", tc.msg, id)
		}
		firsts[id] = true
	}
}
