package models

import (
	"slices"
	"testing"
)

// TestRefusedWordsAreLyrics checks that "words" refused as what the music
// has are its lyrics (WordNet words/n2), while words said otherwise are
// left alone (words/n1, speech).
func TestRefusedWordsAreLyrics(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"deep focus, nothing with words", "classical or tribal drumming, nothing with words"} {
		r := ParseRulesWith(msg, lex)
		if !r.Instrumental || !slices.Contains(r.ExcludeInstruments, "vocals") || slices.Contains(r.NotUnderstood, "words") {
			t.Errorf("%q: instrumental %v, excluded instruments %q, not understood %q; want instrumental, no vocals, words understood", msg, r.Instrumental, r.ExcludeInstruments, r.NotUnderstood)
		}
	}
	for _, msg := range []string{"writing an essay, the last thing I need is someone else's words in my head", "auto-tuned enough that anyone can make out the words"} {
		r := ParseRulesWith(msg, lex)
		if slices.Contains(r.Instruments, "vocals") || slices.Contains(r.ExcludeInstruments, "vocals") {
			t.Errorf("%q: instruments %q, excluded %q; want the words left as speech", msg, r.Instruments, r.ExcludeInstruments)
		}
	}
}
