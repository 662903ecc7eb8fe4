package analysis

import (
	"math"
	"testing"
)

// inputsOf runs the analyser over x and returns the mean of the
// instrument inputs of its seconds, checking that there is one vector per
// second and every value is finite.
func inputsOf(t *testing.T, x []float32, sr int) []float64 {
	t.Helper()
	a, err := NewAnalyzer(sr, 0)
	if err != nil {
		t.Fatal(err)
	}
	a.Write(x)
	if _, err := a.Finish(); err != nil {
		t.Fatal(err)
	}
	secs := a.InstrumentInputs()
	if want := len(x) / sr; len(secs) < want-1 || len(secs) > want+1 {
		t.Fatalf("%d seconds of inputs for %d s of audio", len(secs), want)
	}
	mean := make([]float64, instrumentDims)
	n := 0
	for _, in := range secs {
		if in == nil {
			continue
		}
		if len(in) != instrumentDims {
			t.Fatalf("got %d inputs, want %d", len(in), instrumentDims)
		}
		for i, v := range in {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("input %d is %v", i, v)
			}
			mean[i] += v / float64(len(secs))
		}
		n++
	}
	if n < len(secs)-1 {
		t.Fatalf("only %d of %d seconds heard", n, len(secs))
	}
	return mean
}

// TestInstrumentInputsTell a held tone from clicks: the stationary share
// of a sustained tone's energy is near 1 and that of short noise bursts
// low; the tone's spectrum is peaky (high contrast) where noise is flat.
func TestInstrumentInputsHeldToneAndClicks(t *testing.T) {
	const sr = 22050
	tone := inputsOf(t, sine(440, 0.5, 8, sr), sr)
	clicks := inputsOf(t, clickTrain(240, 8, sr), sr)
	// 440 Hz lies in the middle harmonic band (250–1000 Hz).
	if h := tone[instrHarmonic+1]; h < 0.9 {
		t.Errorf("held tone: stationary share %.2f, want ≥ 0.9", h)
	}
	if h := clicks[instrHarmonic+1]; h > 0.5 {
		t.Errorf("clicks: stationary share %.2f, want ≤ 0.5", h)
	}
	// Contrast in the 400–800 Hz octave, in tens of dB.
	if tone[instrContrast+2] < clicks[instrContrast+2]+0.5 {
		t.Errorf("contrast 400–800 Hz: tone %.2f, clicks %.2f; want the tone 5 dB peakier",
			tone[instrContrast+2], clicks[instrContrast+2])
	}
	// Clicks change from frame to frame far more than a held tone.
	var dTone, dClicks float64
	for b := 0; b < numMel; b++ {
		dTone += tone[instrMelDelta+b]
		dClicks += clicks[instrMelDelta+b]
	}
	if dClicks < 3*dTone {
		t.Errorf("mean |Δ log-mel|: clicks %.2f, tone %.2f; want clicks ≥ 3×", dClicks, dTone)
	}
}

// TestInstrumentInputsIgnoreLevel checks that the inputs do not depend on
// how loud the audio is, so that a quieter master is heard as the same
// instruments. Like a recording, the audio has a noise floor (-40 dB), so
// that no frame falls to digital silence, where the analysis's fixed
// floors would make a difference.
func TestInstrumentInputsIgnoreLevel(t *testing.T) {
	const sr = 22050
	x := concat(sine(220, 0.3, 3, sr), clickTrain(100, 3, sr))
	noise := whiteNoise(0.01, 6, sr, 3)
	quiet := make([]float32, len(x))
	for i := range x {
		x[i] += noise[i]
		quiet[i] = x[i] * 0.25 // 12 dB quieter
	}
	a, b := inputsOf(t, x, sr), inputsOf(t, quiet, sr)
	for i := range a {
		if math.Abs(a[i]-b[i]) > 0.03*math.Max(1, math.Abs(a[i])) {
			t.Errorf("input %d: %.4f at full level, %.4f 20 dB quieter", i, a[i], b[i])
		}
	}
}

// TestNotesNameOnlyPreciseFamilies checks that a note may name a family
// only when it is heard confidently and the model was precise on it in the
// held-out clips: drums (precision 0.90) are named, brass (0.19) is not,
// however confident the track's figure.
func TestNotesNameOnlyPreciseFamilies(t *testing.T) {
	conf := make([]float32, NumInstruments)
	for i, l := range InstrumentLabels {
		switch l {
		case "drums", "brass":
			conf[i] = 0.95
		case "bass":
			conf[i] = 0.6 // heard, but not confidently enough for words
		}
	}
	f := Features{Instruments: conf}
	got := f.InstrumentsToName()
	if len(got) != 1 || got[0] != "drums" {
		t.Errorf("InstrumentsToName = %v, want [drums]", got)
	}
	if p := InstrumentPrecision("brass"); p >= InstrumentNotePrecision || p <= 0 {
		t.Errorf("brass precision %v", p)
	}
	if p := InstrumentPrecision("harp"); p != 0 {
		t.Errorf("unknown family precision %v", p)
	}
}
