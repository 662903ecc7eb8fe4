package analysis

import "testing"

// TestInstrumentFramesAlignWithInputs checks that the frames kept for the
// trainer's frame model have one entry per second of the summary inputs,
// empty exactly where the second is not heard, and every frame of a heard
// second (about 43 a second at 22050 Hz, numMel values each).
func TestInstrumentFramesAlignWithInputs(t *testing.T) {
	const sr = 22050
	x := concat(sine(330, 0.3, 3, sr), make([]float32, 2*sr), clickTrain(120, 3, sr))
	a, err := NewAnalyzer(sr, 0)
	if err != nil {
		t.Fatal(err)
	}
	a.KeepInstrumentFrames()
	a.Write(x)
	if _, err := a.Finish(); err != nil {
		t.Fatal(err)
	}
	inputs, frames := a.InstrumentInputs(), a.InstrumentFrames()
	if len(inputs) != len(frames) {
		t.Fatalf("%d seconds of inputs, %d of frames", len(inputs), len(frames))
	}
	silent := 0
	for k := range inputs {
		if (inputs[k] == nil) != (frames[k] == nil) {
			t.Errorf("second %d: inputs nil %v, frames nil %v", k, inputs[k] == nil, frames[k] == nil)
		}
		if frames[k] == nil {
			silent++
			continue
		}
		if len(frames[k])%numMel != 0 {
			t.Errorf("second %d: %d values, not whole frames", k, len(frames[k]))
		}
		// The clicks leave no frame silent; the tone's seconds that touch
		// the gap hold fewer frames.
		if n := len(frames[k]) / numMel; n > 44 {
			t.Errorf("second %d: %d frames, want at most 44", k, n)
		}
	}
	if silent < 1 {
		t.Errorf("no second of the 2 s gap left out")
	}
}
