package analysis

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestInstrumentFramesAlignWithInputs checks that the frame model's input
// has one entry per second of the summary inputs, empty exactly where the
// second is not heard, and every frame of a heard second (about 43 a
// second at 22050 Hz, numMel values each).
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

// TestFrameModelMatchesItsDefinition checks the frame model's fast path
// (its windows as one matrix product) against the definition written out
// as loops, on random weights and frames.
func TestFrameModelMatchesItsDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	randv := func(n int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(rng.NormFloat64() * 0.3)
		}
		return v
	}
	const ctx, stride, units, hidden = 1, 2, 5, 4
	width := (2*ctx + 1) * numMel
	m := &frameModel{ctx: ctx, stride: stride, bandMean: randv(numMel), bandScale: randv(numMel),
		conv: randv(units * width), convBias: randv(units), hiddenBias: randv(hidden), outBias: randv(NumInstruments)}
	for range hidden {
		m.hidden = append(m.hidden, randv(2*units))
	}
	for range NumInstruments {
		m.out = append(m.out, randv(hidden))
	}
	const nf = 12
	mel := make([]float32, nf*numMel)
	for i := range mel {
		mel[i] = float32(-60 + 20*rng.Float64())
	}
	got := m.predict(mel)

	var level float64
	for _, v := range mel {
		level += float64(v)
	}
	level /= float64(len(mel))
	z := func(f, b int) float64 {
		return ((float64(mel[f*numMel+b])-level)/10 - float64(m.bandMean[b])) * float64(m.bandScale[b])
	}
	mean := make([]float64, units)
	maxv := make([]float64, units)
	positions := 0
	for c := ctx; c < nf-ctx; c += stride {
		positions++
		for j := range units {
			acc := float64(m.convBias[j])
			for d := -ctx; d <= ctx; d++ {
				for b := range numMel {
					acc += float64(m.conv[j*width+(d+ctx)*numMel+b]) * z(c+d, b)
				}
			}
			acc = math.Max(0, acc)
			mean[j] += acc
			maxv[j] = math.Max(maxv[j], acc)
		}
	}
	pooled := make([]float64, 0, 2*units)
	for j := range units {
		pooled = append(pooled, mean[j]/float64(positions))
	}
	pooled = append(pooled, maxv...)
	for k := range NumInstruments {
		acc := float64(m.outBias[k])
		for g := range hidden {
			h := float64(m.hiddenBias[g])
			for j, v := range pooled {
				h += float64(m.hidden[g][j]) * v
			}
			acc += float64(m.out[k][g]) * math.Max(0, h)
		}
		want := 1 / (1 + math.Exp(-acc))
		if math.Abs(got[k]-want) > 1e-4 {
			t.Errorf("family %d: %.6f, want %.6f", k, got[k], want)
		}
	}
	if m.predict(mel[:2*numMel]) != nil {
		t.Errorf("a second of two frames gave a prediction")
	}
}
