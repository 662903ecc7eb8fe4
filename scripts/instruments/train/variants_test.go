package main

import "testing"

// TestSameLabels: a variant has its base clip's labels only when the
// clip's labels and every second's are equal; a variant whose one second
// lost its piano differs, though it has as many seconds.
func TestSameLabels(t *testing.T) {
	const piano = 0
	base := &clip{ys: make([][len(clip{}.y)]float64, 3)}
	base.y[piano] = 1
	for k := range base.ys {
		base.ys[k][piano] = 1
	}
	same := &clip{y: base.y, ys: append(base.ys[:0:0], base.ys...)}
	if !sameLabels(same, base) {
		t.Error("a copy of the base clip's labels differs")
	}
	oneSecond := &clip{y: base.y, ys: append(base.ys[:0:0], base.ys...)}
	oneSecond.ys[1][piano] = 0
	if sameLabels(oneSecond, base) {
		t.Error("a variant whose second second lost its piano has the base clip's labels")
	}
	shorter := &clip{y: base.y, ys: base.ys[:2]}
	if sameLabels(shorter, base) {
		t.Error("a variant with fewer seconds has the base clip's labels")
	}
}
