package analysis

import "testing"

// TestBeatlessAndTempoUnsureAreApart checks that a track without a beat
// (no periodicity, or a guess from a pulse too weak to count) is told from
// one with a beat whose tempo is unsure, and that a sure tempo is neither.
func TestBeatlessAndTempoUnsureAreApart(t *testing.T) {
	for _, tc := range []struct {
		name             string
		f                Features
		beatless, unsure bool
		reliable         float64
	}{
		{"no periodicity", Features{}, true, false, 0},
		{"a drone's guess", Features{BPM: 72, BPMConfidence: 0.1, PulseClarity: 0.03}, true, false, 0},
		{"a clear beat, tempo unsure", Features{BPM: 92, BPMConfidence: 0.57, PulseClarity: 0.92}, false, true, 0},
		{"a weak beat at the bound", Features{BPM: 148, BPMConfidence: 0.6, PulseClarity: MinPulseClarity}, false, true, 0},
		{"a sure tempo", Features{BPM: 128, BPMConfidence: 0.95, PulseClarity: 0.7}, false, false, 128},
		{"a sure tempo, weak pulse", Features{BPM: 60, BPMConfidence: 0.8, PulseClarity: 0.1}, false, false, 60},
	} {
		if got := tc.f.Beatless(); got != tc.beatless {
			t.Errorf("%s: Beatless() = %v, want %v", tc.name, got, tc.beatless)
		}
		if got := tc.f.TempoUnsure(); got != tc.unsure {
			t.Errorf("%s: TempoUnsure() = %v, want %v", tc.name, got, tc.unsure)
		}
		if got := tc.f.ReliableBPM(); got != tc.reliable {
			t.Errorf("%s: ReliableBPM() = %v, want %v", tc.name, got, tc.reliable)
		}
	}
}
