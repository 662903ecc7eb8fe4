package main

import "testing"

// TestUseInputs checks that the note inputs are appended to (or replace)
// the summary inputs second by second, that a second missing from either
// is left out, that a clip whose seconds do not align is left out, and
// that the summary inputs come back unchanged.
func TestUseInputs(t *testing.T) {
	ok := &clip{ID: "ok", x: [][]float64{{1, 2}, nil, {3, 4}}, notes: [][]float64{{5}, {6}, nil}}
	bad := &clip{ID: "bad", x: [][]float64{{1, 2}}, notes: [][]float64{{5}, {6}}}
	clips := []*clip{ok, bad}
	useInputs(clips, "add")
	if len(ok.x) != 3 || len(ok.x[0]) != 3 || ok.x[0][2] != 5 || ok.x[1] != nil || ok.x[2] != nil {
		t.Errorf("add: %v", ok.x)
	}
	if bad.x != nil {
		t.Errorf("add: misaligned clip kept: %v", bad.x)
	}
	useInputs(clips, "only")
	if len(ok.x[0]) != 1 || ok.x[0][0] != 5 || ok.x[1] != nil {
		t.Errorf("only: %v", ok.x)
	}
	useInputs(clips, "")
	if len(ok.x[0]) != 2 || ok.x[2][1] != 4 || len(bad.x) != 1 {
		t.Errorf("summary: %v, %v", ok.x, bad.x)
	}
}
