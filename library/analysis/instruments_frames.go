package analysis

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// frameModel reads a second's log-mel frames themselves, where
// instrumentModel reads their summary: each frame with its ctx neighbours
// on either side (every stride-th frame) goes through one layer of ReLU
// units, a convolution over time with the mel bands as channels; the
// units' mean and maximum over the second feed one hidden ReLU layer and
// one sigmoid per family, the probability that the family sounds in that
// second. Its weights are trained by scripts/instruments/train (-frames)
// and compiled in.
type frameModel struct {
	ctx, stride         int
	bandMean, bandScale []float32   // per band, after the second's mean level is removed (dB/10)
	conv                []float32   // convolution units' weights, one row of (2*ctx+1)*numMel per unit
	convBias            []float32   // per convolution unit
	hidden              [][]float32 // hidden units' weights over the pooled means then maxima
	hiddenBias          []float32
	out                 [][]float32 // output weights over the hidden units
	outBias             []float32
}

// units returns the number of convolution units.
func (m *frameModel) units() int { return len(m.convBias) }

// predict returns the probability of each family in the second whose
// log-mel frames (dB, numMel per frame) are mel, or nil when the second
// has too few frames.
func (m *frameModel) predict(mel []float32) []float64 {
	nf := len(mel) / numMel
	width := (2*m.ctx + 1) * numMel
	if nf < 2*m.ctx+1 {
		return nil
	}
	// Gain-free and standardised frames.
	var level float64
	for _, v := range mel {
		level += float64(v)
	}
	level /= float64(len(mel))
	z := make([]float32, len(mel))
	for i, v := range mel {
		b := i % numMel
		z[i] = (float32((float64(v)-level)/10) - m.bandMean[b]) * m.bandScale[b]
	}
	// One row per position: the window of frames around every
	// stride-th frame.
	positions := (nf-2*m.ctx-1)/m.stride + 1
	windows := make([]float32, positions*width)
	for p := range positions {
		copy(windows[p*width:(p+1)*width], z[p*m.stride*numMel:])
	}
	h := m.units()
	act := make([]float32, positions*h)
	for p := range positions {
		copy(act[p*h:], m.convBias)
	}
	blas32.Gemm(blas.NoTrans, blas.Trans, 1,
		blas32.General{Rows: positions, Cols: width, Stride: width, Data: windows},
		blas32.General{Rows: h, Cols: width, Stride: width, Data: m.conv},
		1, blas32.General{Rows: positions, Cols: h, Stride: h, Data: act})
	pooled := make([]float64, 2*h)
	for p := range positions {
		for j, v := range act[p*h : (p+1)*h] {
			if v < 0 {
				v = 0
			}
			pooled[j] += float64(v)
			if float64(v) > pooled[h+j] {
				pooled[h+j] = float64(v)
			}
		}
	}
	for j := range h {
		pooled[j] /= float64(positions)
	}
	hid := make([]float64, len(m.hidden))
	for g, w := range m.hidden {
		acc := float64(m.hiddenBias[g])
		for j, v := range pooled {
			acc += float64(w[j]) * v
		}
		hid[g] = math.Max(0, acc)
	}
	y := make([]float64, len(m.out))
	for k, w := range m.out {
		acc := float64(m.outBias[k])
		for g, v := range hid {
			acc += float64(w[g]) * v
		}
		y[k] = 1 / (1 + math.Exp(-acc))
	}
	return y
}
