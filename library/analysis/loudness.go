package analysis

import (
	"math"
	"slices"
)

// Loudness constants from ITU-R BS.1770-4 and EBU Tech 3342.
const (
	// SilenceLUFS is reported as the loudness of silence (and anything
	// quieter), instead of -Inf. It equals the absolute gate.
	SilenceLUFS = -70.0
	// absoluteGate is the BS.1770-4 absolute gating threshold (LUFS).
	absoluteGate = -70.0
	// relativeGate is the BS.1770-4 relative gate for integrated loudness.
	relativeGate = -10.0
	// lraRelativeGate is the EBU Tech 3342 relative gate for loudness range.
	lraRelativeGate = -20.0
	// subBlock is the gating step: 100 ms (400 ms blocks with 75 % overlap).
	subBlockSeconds = 0.1
	// blockSubs is the number of sub-blocks in a 400 ms gating block.
	blockSubs = 4
	// shortTermSubs is the number of sub-blocks in a 3 s short-term window.
	shortTermSubs = 30
)

// biquad is a direct-form-I second-order IIR section in float64.
type biquad struct {
	b0, b1, b2, a1, a2 float64
	x1, x2, y1, y2     float64
}

func (f *biquad) reset() { f.x1, f.x2, f.y1, f.y2 = 0, 0, 0, 0 }

func (f *biquad) step(x float64) float64 {
	y := f.b0*x + f.b1*f.x1 + f.b2*f.x2 - f.a1*f.y1 - f.a2*f.y2
	f.x2, f.x1 = f.x1, x
	f.y2, f.y1 = f.y1, y
	return y
}

// kWeighting returns the two stages of the BS.1770 K-weighting filter for
// sample rate fs: a high-shelf "head" filter (+4 dB above ~1.7 kHz) and the
// RLB high-pass (~38 Hz). The analogue prototypes are those that reproduce
// the 48 kHz coefficients tabulated in BS.1770-4 exactly; they are mapped
// to fs with the bilinear transform (as in libebur128), so no rate-specific
// table is needed.
func kWeighting(fs float64) (shelf, highpass biquad) {
	// Stage 1: high shelf.
	{
		f0 := 1681.974450955533
		g := 3.999843853973347
		q := 0.7071752369554196
		k := math.Tan(math.Pi * f0 / fs)
		vh := math.Pow(10, g/20)
		vb := math.Pow(vh, 0.4996667741545416)
		a0 := 1 + k/q + k*k
		shelf = biquad{
			b0: (vh + vb*k/q + k*k) / a0,
			b1: 2 * (k*k - vh) / a0,
			b2: (vh - vb*k/q + k*k) / a0,
			a1: 2 * (k*k - 1) / a0,
			a2: (1 - k/q + k*k) / a0,
		}
	}
	// Stage 2: high-pass (revised low-frequency B-curve).
	{
		f0 := 38.13547087602444
		q := 0.5003270373238773
		k := math.Tan(math.Pi * f0 / fs)
		a0 := 1 + k/q + k*k
		highpass = biquad{
			b0: 1, b1: -2, b2: 1,
			a1: 2 * (k*k - 1) / a0,
			a2: (1 - k/q + k*k) / a0,
		}
	}
	return shelf, highpass
}

// loudnessMeter K-weights a stream and records the mean square of every
// complete 100 ms sub-block, and the sample peak.
type loudnessMeter struct {
	shelf, hp biquad
	subLen    int
	acc       float64
	n         int
	subs      []float64 // mean square per complete sub-block
	peak      float64
}

func newLoudnessMeter(sr int) *loudnessMeter {
	m := &loudnessMeter{subLen: int(math.Round(subBlockSeconds * float64(sr)))}
	m.shelf, m.hp = kWeighting(float64(sr))
	return m
}

func (m *loudnessMeter) write(x []float32) {
	for _, v := range x {
		s := float64(v)
		if a := math.Abs(s); a > m.peak {
			m.peak = a
		}
		y := m.hp.step(m.shelf.step(s))
		m.acc += y * y
		m.n++
		if m.n == m.subLen {
			m.subs = append(m.subs, m.acc/float64(m.subLen))
			m.acc, m.n = 0, 0
		}
	}
}

// energyToLUFS converts a K-weighted mean square (channel weight 1.0) to
// LUFS, clamped at SilenceLUFS.
func energyToLUFS(z float64) float64 {
	if z <= 0 {
		return SilenceLUFS
	}
	l := -0.691 + 10*math.Log10(z)
	if l < SilenceLUFS || math.IsNaN(l) {
		return SilenceLUFS
	}
	return l
}

// windowEnergies returns the mean square of every window of w sub-blocks
// that starts on a sub-block boundary, within each excerpt (windows never
// span two excerpts).
func windowEnergies(excerpts [][]float64, w int) []float64 {
	var out []float64
	for _, subs := range excerpts {
		if len(subs) < w {
			continue
		}
		var acc float64
		for i := 0; i < w; i++ {
			acc += subs[i]
		}
		out = append(out, acc/float64(w))
		for i := w; i < len(subs); i++ {
			acc += subs[i] - subs[i-w]
			if acc < 0 {
				acc = 0
			}
			out = append(out, acc/float64(w))
		}
	}
	return out
}

// integratedLoudness implements the gated integrated loudness of ITU-R
// BS.1770-4 section 2.8: 400 ms blocks overlapping by 75 %, an absolute
// gate at -70 LUFS and a relative gate 10 LU below the loudness of the
// blocks that passed the absolute gate. Input shorter than one block is
// measured as a single block. It returns SilenceLUFS when nothing passes.
func integratedLoudness(excerpts [][]float64) float64 {
	blocks := windowEnergies(excerpts, blockSubs)
	if len(blocks) == 0 {
		// Shorter than 400 ms: one block over whatever there is.
		var acc float64
		var n int
		for _, subs := range excerpts {
			for _, z := range subs {
				acc += z
				n++
			}
		}
		if n == 0 {
			return SilenceLUFS
		}
		return energyToLUFS(acc / float64(n))
	}
	return gatedMean(blocks, relativeGate)
}

// gatedMean applies the absolute gate and then a relative gate rel LU below
// the mean of what passed, and returns the loudness of the mean energy of
// the blocks that pass both.
func gatedMean(blocks []float64, rel float64) float64 {
	zAbs := math.Pow(10, (absoluteGate+0.691)/10)
	var acc float64
	var n int
	for _, z := range blocks {
		if z > zAbs {
			acc += z
			n++
		}
	}
	if n == 0 {
		return SilenceLUFS
	}
	zRel := acc / float64(n) * math.Pow(10, rel/10)
	acc, n = 0, 0
	for _, z := range blocks {
		if z > zAbs && z > zRel {
			acc += z
			n++
		}
	}
	if n == 0 {
		return SilenceLUFS
	}
	return energyToLUFS(acc / float64(n))
}

// loudnessRange implements EBU Tech 3342: short-term loudness over 3 s
// windows (here every 100 ms), an absolute gate at -70 LUFS, a relative gate
// 20 LU below the power mean of the remaining windows, and the difference
// between the 95th and 10th percentiles of what is left, in LU. Input shorter
// than 3 s gives 0.
func loudnessRange(excerpts [][]float64) float64 {
	st := windowEnergies(excerpts, shortTermSubs)
	zAbs := math.Pow(10, (absoluteGate+0.691)/10)
	var acc float64
	var n int
	for _, z := range st {
		if z > zAbs {
			acc += z
			n++
		}
	}
	if n == 0 {
		return 0
	}
	zRel := acc / float64(n) * math.Pow(10, lraRelativeGate/10)
	var ls []float64
	for _, z := range st {
		if z > zAbs && z > zRel {
			ls = append(ls, energyToLUFS(z))
		}
	}
	if len(ls) == 0 {
		return 0
	}
	slices.Sort(ls)
	return percentile(ls, 0.95) - percentile(ls, 0.10)
}

// percentile returns the p-quantile of sorted values by linear
// interpolation between closest ranks.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	x := p * float64(len(sorted)-1)
	i := int(x)
	if i >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	f := x - float64(i)
	return sorted[i]*(1-f) + sorted[i+1]*f
}

// peakToLoudness returns the peak-to-loudness ratio (PLR, as in EBU R128
// s1 and AES TD1004) in LU: the sample peak in dBFS minus the integrated
// loudness. It is 0 for silence. A sample peak at a reduced sample rate
// can read up to a few tenths of a dB under the true peak.
func peakToLoudness(peak, lufs float64) float64 {
	if peak <= 0 || lufs <= SilenceLUFS {
		return 0
	}
	return 20*math.Log10(peak) - lufs
}
