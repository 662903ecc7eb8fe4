package analysis

import (
	"testing"

	"sleeve/library/synth"
)

// TestSynthSpellsKeysAsAnalysisDoes holds synth's copy of the key names
// (synth cannot import analysis, whose tests import synth) to KeyName, for
// all 24 keys: there is one spelling.
func TestSynthSpellsKeysAsAnalysisDoes(t *testing.T) {
	for pc := range 12 {
		for _, minor := range []bool{false, true} {
			if got, want := (synth.Spec{Tonic: pc, Minor: minor}).KeyName(), KeyName(pc, minor); got != want {
				t.Errorf("tonic %d minor %v: synth spells %q, analysis %q", pc, minor, got, want)
			}
		}
	}
}
