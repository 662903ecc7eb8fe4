package engine

import (
	"strings"
	"testing"
)

// TestRefusedContextKeepsTheClockOut: when the person refuses a time of
// day or a context ("not morning music, even though it's 9am", "nothing
// for the evening"), the clock's time of day is not taken for the
// context, since it may be the very one refused; without a refusal the
// clock still is.
func TestRefusedContextKeepsTheClockOut(t *testing.T) {
	cat := testCatalog(t)
	r := NewRanker(cat)
	for _, c := range []struct {
		text  string
		hour  int
		clock bool
	}{
		{"something calm", 8, true},
		{"something calm, not morning music", 8, false},
		{"something calm, nothing for the evening", 19, false},
		{"something calm but not for studying", 8, false},
	} {
		q := query(t, cat, nil, c.text)
		q.Hour = c.hour
		res := r.Rank(q, Taste{}, Options{N: 10})
		clock := false
		for _, it := range res.Items {
			clock = clock || strings.Contains(strings.Join(it.Reasons, "; "), " now)")
		}
		if clock != c.clock {
			t.Errorf("%q at %d h: a reason names the clock %v, want %v", c.text, c.hour, clock, c.clock)
		}
	}
}
