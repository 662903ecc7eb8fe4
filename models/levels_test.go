package models

import "testing"

// TestDimensionWithItsLevel reads a dimension of the sound said with its
// level, either way round and with or without a colon, as the tempo or
// energy it asks for; "intensity" said with a level is the energy, not the
// mood intense, and "high pace" is fast, not a walking pace.
func TestDimensionWithItsLevel(t *testing.T) {
	for _, tc := range []struct {
		msg                  string
		preferMin, preferMax int
		energy               float64
	}{
		{"jazz, speed low, intensity low", 0, 95, 0.2},
		{"tempo high, energy high", 125, 0, 0.9},
		{"speed: medium", 90, 120, -1},
		{"high pace rock", 125, 0, -1},
		{"low volume ambient", 0, 0, 0.2},
		{"intensity medium", 0, 0, 0.5},
		{"moderate intensity, low tempo", 0, 95, 0.5},
	} {
		r := ParseRulesWith(tc.msg, testLexicon())
		e := -1.0
		if r.Energy != nil {
			e = *r.Energy
		}
		if r.PreferTempoMin != tc.preferMin || r.PreferTempoMax != tc.preferMax || e != tc.energy || len(r.Moods) > 0 || r.Activity != "" || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: prefers %d–%d BPM, energy %v, moods %q, activity %q, not understood %q", tc.msg, r.PreferTempoMin, r.PreferTempoMax, e, r.Moods, r.Activity, r.NotUnderstood)
		}
	}
	// A level beside a word that is no dimension is not rewritten.
	if r := ParseRulesWith("a high school party", testLexicon()); r.Energy != nil || r.PreferTempoMin > 0 {
		t.Errorf("a high school party: energy %v, prefers ≥ %d BPM", r.Energy, r.PreferTempoMin)
	}
}
