package models

import (
	"slices"
	"testing"
)

// TestLightOnAnInstrument reads "light on X", the opposite of "heavy on
// X", and "go easy on X" as "less X" when X is an instrument, and leaves
// the other senses of "light" and "easy" alone.
func TestLightOnAnInstrument(t *testing.T) {
	lex := testLexicon()
	for _, c := range []struct{ msg, refused string }{
		{"jazz, light on the drums", "drums"},
		{"something light on vocals", "vocals"},
		{"go easy on the bass", "bass"},
	} {
		r := ParseRulesWith(c.msg, lex)
		if !slices.Contains(r.ExcludeInstruments, c.refused) || slices.Contains(r.Instruments, c.refused) || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: instruments %q, refused %q, not understood %q", c.msg, r.Instruments, r.ExcludeInstruments, r.NotUnderstood)
		}
	}
	r := ParseRulesWith("light on the bass, heavy on the piano", lex)
	if !slices.Contains(r.Instruments, "piano") || !slices.Contains(r.ExcludeInstruments, "bass") {
		t.Errorf("light on the bass, heavy on the piano: instruments %q, refused %q", r.Instruments, r.ExcludeInstruments)
	}
	r = ParseRulesWith("calm songs that are easy on the ear", lex)
	if len(r.ExcludeInstruments) > 0 || len(r.Moods) == 0 {
		t.Errorf("easy on the ear: moods %q, refused %q", r.Moods, r.ExcludeInstruments)
	}
}
