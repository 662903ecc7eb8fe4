package analysis

import (
	"math"
)

// instrumentModel is a small multi-label network: the standardised input
// vector, one hidden layer of ReLU units (none for a logistic regression)
// and one sigmoid output per instrument family. Its weights are trained by
// scripts/instruments/train and compiled in (instruments_model.go).
type instrumentModel struct {
	mean, scale []float32   // standardisation: (x - mean) * scale
	hidden      [][]float32 // hidden units' weights over the inputs
	hiddenBias  []float32
	out         [][]float32 // output weights over the hidden units (or the inputs)
	outBias     []float32
}

// predict returns the confidence of each label for input x.
func (m *instrumentModel) predict(x []float64) []float32 {
	if len(x) != len(m.mean) {
		return nil
	}
	z := make([]float64, len(x))
	for i, v := range x {
		z[i] = (v - float64(m.mean[i])) * float64(m.scale[i])
	}
	h := z
	if len(m.hidden) > 0 {
		h = make([]float64, len(m.hidden))
		for j, w := range m.hidden {
			acc := float64(m.hiddenBias[j])
			for i, v := range z {
				acc += float64(w[i]) * v
			}
			h[j] = math.Max(0, acc)
		}
	}
	y := make([]float32, len(m.out))
	for k, w := range m.out {
		acc := float64(m.outBias[k])
		for j, v := range h {
			acc += float64(w[j]) * v
		}
		y[k] = float32(1 / (1 + math.Exp(-acc)))
	}
	return y
}

// predictInstruments runs the compiled-in model on x, or returns nil when
// there is no input (nothing measured) or no model.
func predictInstruments(x []float64) []float32 {
	if x == nil || trainedInstruments == nil {
		return nil
	}
	return trainedInstruments.predict(x)
}
