package main

import (
	"math"
	"testing"

	"sleeve/library/analysis"
)

// TestMacroF1Of checks the macro F1 on hand-counted calls. Two piano
// clips, one found and one missed (F1 2/3); a drums clip missed, and
// drums called on a piano clip (F1 0); the other families are neither
// present nor called and do not count.
func TestMacroF1Of(t *testing.T) {
	const piano, drums = 0, analysis.NumInstruments - 1
	labelled := func(labels ...int) *clip {
		c := &clip{}
		for _, k := range labels {
			c.y[k] = 1
		}
		return c
	}
	clips := []*clip{labelled(piano), labelled(piano), labelled(drums)}
	pred := make([][analysis.NumInstruments]bool, len(clips))
	pred[0][piano] = true
	pred[1][drums] = true
	if got, want := macroF1Of(pred, clips, []int{0, 1, 2}), (2.0/3+0)/2; math.Abs(got-want) > 1e-12 {
		t.Errorf("macro F1 %.4f, want %.4f", got, want)
	}
	// A bootstrap draw: the found clip twice, the drums clip not at all.
	// Piano has 2 hits and 1 miss (F1 0.8); drums, present in no drawn
	// clip, no longer count, though called once.
	if got, want := macroF1Of(pred, clips, []int{0, 0, 1}), 0.8; math.Abs(got-want) > 1e-12 {
		t.Errorf("macro F1 over a draw %.4f, want %.4f", got, want)
	}
}
