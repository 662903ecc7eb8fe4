package engine

import "testing"

// TestWeakContextIsAHint checks that an activity or setting read from an
// everyday word named in passing weighs half, as the clock does, and
// yields to a time of day or a setting said outright.
func TestWeakContextIsAHint(t *testing.T) {
	tests := []struct {
		name  string
		q     Query
		tag   string
		scale float64
	}{
		{"a setting said", Query{Setting: "kitchen"}, "cooking", 1},
		{"a setting from a word in passing", Query{Setting: "kitchen", WeakSetting: true}, "cooking", 0.5},
		{"an activity from a word in passing", Query{Activity: "working out", WeakActivity: true}, "working out", 0.5},
		{"a time of day beats a weak setting", Query{Setting: "kitchen", WeakSetting: true, TimeOfDay: "morning"}, "morning", 1},
		{"a setting said beats a weak activity", Query{Activity: "working out", WeakActivity: true, Setting: "beach"}, "sunny", 1},
		{"a weak activity beats a weak setting", Query{Activity: "working out", WeakActivity: true, Setting: "kitchen", WeakSetting: true}, "working out", 0.5},
		{"an activity said beats a time of day", Query{Activity: "running", TimeOfDay: "morning"}, "running", 1},
	}
	for _, tt := range tests {
		tt.q.Hour = -1
		s := &scorer{q: tt.q}
		s.setContext()
		if s.ctxTag != tt.tag || s.ctxScale != tt.scale || !s.ctxOn {
			t.Errorf("%s: context %q at %.1f (on %v), want %q at %.1f", tt.name, s.ctxTag, s.ctxScale, s.ctxOn, tt.tag, tt.scale)
		}
	}
}
