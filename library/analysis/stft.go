package analysis

import (
	"math"

	"gonum.org/v1/gonum/dsp/fourier"
)

// Spectral analysis limits shared by every feature.
const (
	// maxAnalysisHz caps every spectral feature, so that 44.1 kHz input gives
	// the same numbers as the same audio resampled to 22.05 kHz.
	maxAnalysisHz = 11025.0
	// numMel is the number of mel bands for MFCCs and onset strength.
	numMel = 40
	// melMinHz is the lowest mel filter edge; it keeps DC offsets out.
	melMinHz = 25.0
	// numMFCC is the number of cepstral coefficients kept, c0..c12.
	numMFCC = 13
	// numOnsetBands is the number of sub-band onset envelopes.
	numOnsetBands = 4
	// powerFloor is the power added before taking logs: -100 dB re a
	// full-scale sine.
	powerFloor = 1e-10
	// silentFramePower is the frame power below which a frame is treated as
	// silence and left out of the spectral statistics (-70 dB).
	silentFramePower = 1e-7
)

// onsetBandEdges are the upper edges (Hz) of the onset sub-bands: kick and
// bass, low mids (snare body, chords), high mids, and hats and cymbals.
var onsetBandEdges = [numOnsetBands]float64{200, 1000, 4000, math.Inf(1)}

// lowOnsetBands is how many onset sub-bands lie below 1 kHz.
const lowOnsetBands = 2

// config holds the frame sizes derived from the sample rate.
type config struct {
	sr                 int
	nShort, hopShort   int
	nLong, hopLong     int
	kmaxShort          int // highest short-STFT bin analysed
	frameRate          float64
	binHzShort, binHzL float64
}

// newConfig picks the short window as the power of two nearest to 46.4 ms
// (1024 at 22050 Hz, 2048 at 44100 Hz) with a half-window hop, and a long
// window four times as long hopping by its whole length: the long frames
// only feed time averages (key) and one-second summaries (preview), for
// which half the frames suffice, and this halves their cost.
func newConfig(sr int) config {
	p := math.Round(math.Log2(float64(sr) * 1024 / 22050))
	n := 1 << int(p)
	c := config{
		sr:       sr,
		nShort:   n,
		hopShort: n / 2,
		nLong:    4 * n,
		hopLong:  4 * n,
	}
	c.frameRate = float64(sr) / float64(c.hopShort)
	c.binHzShort = float64(sr) / float64(c.nShort)
	c.binHzL = float64(sr) / float64(c.nLong)
	fmax := math.Min(maxAnalysisHz, float64(sr)/2)
	c.kmaxShort = int(fmax / c.binHzShort)
	if c.kmaxShort > n/2 {
		c.kmaxShort = n / 2
	}
	return c
}

// hann returns a periodic Hann window of length n and its sum.
func hann(n int) ([]float64, float64) {
	w := make([]float64, n)
	var sum float64
	for i := range w {
		w[i] = 0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(n))
		sum += w[i]
	}
	return w, sum
}

// stft is one reusable short-time Fourier transform: the FFT plan, window
// and buffers are allocated once, so a frame costs no allocation.
type stft struct {
	fft  *fourier.FFT
	win  []float64
	buf  []float64
	coef []complex128
	// norm scales |X|^2 so that a sine of amplitude A has a peak bin power
	// of A^2 (the window's coherent gain is removed).
	norm float64
}

func newSTFT(n int) *stft {
	w, sum := hann(n)
	return &stft{
		fft:  fourier.NewFFT(n),
		win:  w,
		buf:  make([]float64, n),
		coef: make([]complex128, n/2+1),
		norm: 4 / (sum * sum),
	}
}

// transform windows frame (len n) and returns its spectrum (n/2+1 bins).
func (s *stft) transform(frame []float32) []complex128 {
	for i, w := range s.win {
		s.buf[i] = float64(frame[i]) * w
	}
	return s.fft.Coefficients(s.coef, s.buf)
}

// melBank is a sparse bank of triangular filters on the mel scale of Slaney
// (linear below 1 kHz, logarithmic above), each with a peak of 1.
type melBank struct {
	start   []int       // first bin of each band
	weights [][]float64 // weights from start
	centre  []float64   // centre frequency of each band (Hz)
}

func hzToMel(f float64) float64 {
	const fsp = 200.0 / 3
	const minLogHz = 1000.0
	const minLogMel = minLogHz / fsp
	logstep := math.Log(6.4) / 27
	if f < minLogHz {
		return f / fsp
	}
	return minLogMel + math.Log(f/minLogHz)/logstep
}

func melToHz(m float64) float64 {
	const fsp = 200.0 / 3
	const minLogHz = 1000.0
	const minLogMel = minLogHz / fsp
	logstep := math.Log(6.4) / 27
	if m < minLogMel {
		return m * fsp
	}
	return minLogHz * math.Exp(logstep*(m-minLogMel))
}

// newMelBank builds nb bands between fmin and fmax for an FFT with the
// given bin spacing, using bins 1..kmax.
func newMelBank(nb int, fmin, fmax, binHz float64, kmax int) melBank {
	lo, hi := hzToMel(fmin), hzToMel(fmax)
	edges := make([]float64, nb+2)
	for i := range edges {
		edges[i] = melToHz(lo + (hi-lo)*float64(i)/float64(nb+1))
	}
	mb := melBank{
		start:   make([]int, nb),
		weights: make([][]float64, nb),
		centre:  make([]float64, nb),
	}
	for b := 0; b < nb; b++ {
		f0, f1, f2 := edges[b], edges[b+1], edges[b+2]
		mb.centre[b] = f1
		var ws []float64
		first := -1
		for k := 1; k <= kmax; k++ {
			f := float64(k) * binHz
			var w float64
			switch {
			case f > f0 && f <= f1:
				w = (f - f0) / (f1 - f0)
			case f > f1 && f < f2:
				w = (f2 - f) / (f2 - f1)
			}
			if w <= 0 {
				if first >= 0 {
					break
				}
				continue
			}
			if first < 0 {
				first = k
			}
			ws = append(ws, w)
		}
		if first < 0 {
			// Band narrower than a bin: take the nearest bin.
			k := int(math.Round(f1 / binHz))
			k = max(1, min(k, kmax))
			first, ws = k, []float64{1}
		}
		mb.start[b] = first
		mb.weights[b] = ws
	}
	return mb
}

// apply writes the band energies of power spectrum p into out.
func (m *melBank) apply(p []float64, out []float64) {
	for b, ws := range m.weights {
		s := m.start[b]
		var acc float64
		for i, w := range ws {
			acc += w * p[s+i]
		}
		out[b] = acc
	}
}

// dctMatrix returns the orthonormal DCT-II rows 0..nc-1 for n inputs, as
// used for MFCCs.
func dctMatrix(nc, n int) [][]float64 {
	d := make([][]float64, nc)
	for j := range d {
		d[j] = make([]float64, n)
		scale := math.Sqrt(2 / float64(n))
		if j == 0 {
			scale = math.Sqrt(1 / float64(n))
		}
		for i := range d[j] {
			d[j][i] = scale * math.Cos(math.Pi*float64(j)*(float64(i)+0.5)/float64(n))
		}
	}
	return d
}
