package analysis

import (
	"math"

	"gonum.org/v1/gonum/dsp/fourier"
)

// Tempo search range and prior.
const (
	// MinBPM and MaxBPM bound the reported tempo.
	MinBPM = 50.0
	MaxBPM = 220.0
	// priorBPM and priorOctaves are the centre and standard deviation (in
	// octaves) of the log-Gaussian tempo prior of Ellis (2007) and
	// librosa's beat.tempo defaults.
	priorBPM     = 120.0
	priorOctaves = 1.0
	// detrendSeconds is the length of the moving average removed from each
	// onset envelope before autocorrelation (a high-pass near 0.7 Hz, as in
	// Ellis 2007, which uses 0.4 Hz).
	detrendSeconds = 1.5
	// harmonicWeight scales the boost a period gets from the
	// autocorrelation at twice its lag: r(lag) * (1 + harmonicWeight *
	// r(2*lag)), after the "enhanced" autocorrelation of Tzanetakis & Cook
	// (2002) and Percival & Tzanetakis (2014). It favours the period whose
	// double is also a periodicity, which is the beat, over subdivisions,
	// while (unlike adding the two) never creating a peak at a lag that is
	// not itself periodic.
	harmonicWeight = 0.5
)

// tempoResult is the outcome of tempo estimation.
type tempoResult struct {
	bpm, confidence, clarity float64
}

// onsetACF holds the pooled, normalised autocorrelations of the onset
// envelopes of every excerpt, per band and for the full band.
type onsetACF struct {
	frameRate float64
	maxLag    int
	bands     [numOnsetBands][]float64
	full      []float64
	grid      []float64                // tempo grid (BPM)
	spec      [numOnsetBands][]float64 // pooled sub-band tempogram spectra on grid
	tg        *tempogram
	weight    float64 // total frames pooled
}

func newOnsetACF(frameRate float64) *onsetACF {
	a := &onsetACF{frameRate: frameRate}
	// Lags up to four times the slowest tempo's period (for the harmonic
	// salience and the refinement), plus room for interpolation.
	a.maxLag = int(math.Ceil(4*60*frameRate/MinBPM)) + 4
	for b := range a.bands {
		a.bands[b] = make([]float64, a.maxLag+1)
	}
	a.full = make([]float64, a.maxLag+1)
	a.grid = tempoGrid()
	for b := range a.spec {
		a.spec[b] = make([]float64, len(a.grid))
	}
	a.tg = newTempogram(frameRate)
	return a
}

// detrend returns x minus its centred moving average over w frames.
func detrend(x []float32, w int) []float64 {
	n := len(x)
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	h := w / 2
	prefix := make([]float64, n+1)
	for i, v := range x {
		prefix[i+1] = prefix[i] + float64(v)
	}
	for i := range x {
		lo, hi := max(0, i-h), min(n, i+h+1)
		out[i] = float64(x[i]) - (prefix[hi]-prefix[lo])/float64(hi-lo)
	}
	return out
}

// autocorr returns r(0..maxLag) of x, unbiased (each lag divided by the
// number of products) and normalised so r(0) = 1. A silent x gives zeros.
func autocorr(x []float64, maxLag int) []float64 {
	r := make([]float64, maxLag+1)
	n := len(x)
	for lag := 0; lag <= maxLag && lag < n; lag++ {
		var acc float64
		a, b := x[:n-lag], x[lag:]
		for i := range a {
			acc += a[i] * b[i]
		}
		r[lag] = acc / float64(n-lag)
	}
	if r[0] <= 1e-12 {
		clear(r)
		return r
	}
	r0 := r[0]
	for i := range r {
		r[i] /= r0
	}
	return r
}

// add pools the onset envelopes of one excerpt, weighted by its length.
func (a *onsetACF) add(env *[numOnsetBands][]float32) {
	n := len(env[0])
	if n < 2*int(60*a.frameRate/MinBPM) {
		return // too short to hold two beats at the slowest tempo
	}
	w := max(3, int(detrendSeconds*a.frameRate))
	full := make([]float32, n)
	for b := range env {
		for i, v := range env[b] {
			full[i] += v
		}
		d := detrend(env[b], w)
		r := autocorr(d, a.maxLag)
		for i, v := range r {
			a.bands[b][i] += float64(n) * v
		}
		a.tg.add(d, a.frameRate, a.grid, a.spec[b], float64(n))
	}
	r := autocorr(detrend(full, w), a.maxLag)
	for i, v := range r {
		a.full[i] += float64(n) * v
	}
	a.weight += float64(n)
}

// interp returns x at fractional index t by linear interpolation.
func interp(x []float64, t float64) float64 {
	if t <= 0 {
		return x[0]
	}
	i := int(t)
	if i >= len(x)-1 {
		return x[len(x)-1]
	}
	f := t - float64(i)
	return x[i]*(1-f) + x[i+1]*f
}

// parabolicPeak returns the offset in (-0.5, 0.5) of the vertex of the
// parabola through (-1, a), (0, b), (1, c), and its height.
func parabolicPeak(a, b, c float64) (float64, float64) {
	d := a - 2*b + c
	if d >= 0 {
		return 0, b
	}
	p := 0.5 * (a - c) / d
	p = math.Max(-0.5, math.Min(0.5, p))
	return p, b - 0.25*(a-c)*p
}

// logPrior is the log-Gaussian tempo prior weight of bpm.
func logPrior(bpm float64) float64 {
	z := math.Log2(bpm/priorBPM) / priorOctaves
	return math.Exp(-0.5 * z * z)
}

// estimate returns the tempo.
//
// Two periodicity functions of the onset strength are combined, as in
// Peeters (2007, "Template-based estimation of time-varying tempo"): the
// autocorrelation, which peaks at the beat period and its multiples (half,
// third... of the tempo), and the Fourier spectrum, which peaks at the
// tempo and its multiples (twice, three times the tempo). The product of
// the autocorrelation and the spectrum's magnitude peaks where both agree, which suppresses octave
// errors in both directions. The autocorrelation pools the sub-band onset envelopes
// (detrended, normalised, equal votes: a kick, a snare on 2 and 4 and hats
// on eighths agree on the beat; Scheirer 1998, Klapuri et al. 2006); the
// spectrum is the mean sub-band Fourier tempogram. The product is
// weighted by the log-Gaussian prior of Ellis (2007) and librosa, and the
// best tempo is refined with the autocorrelation peaks at multiples of the
// period.
//
// Confidence is the relative margin between the best tempo and the best
// tempo that is not related to it by a ratio of 1/3, 1/2, 2/3, 3/2, 2 or 3,
// scaled down when the pulse is unclear. Clarity (pulse clarity, after
// Lartillot et al. 2008) is the normalised autocorrelation of the full-band
// onset envelope at the beat period.
func (a *onsetACF) estimate() tempoResult {
	if a.weight == 0 {
		return tempoResult{}
	}
	r := make([]float64, a.maxLag+1)
	for b := range a.bands {
		for i, v := range a.bands[b] {
			r[i] += v / a.weight / numOnsetBands
		}
	}
	full := make([]float64, len(a.full))
	for i, v := range a.full {
		full[i] = v / a.weight
	}
	grid := tempoGrid()
	score := make([]float64, len(grid))
	for i, bpm := range grid {
		lag := 60 * a.frameRate / bpm
		ac := interp(r, lag)
		if ac <= 0 {
			continue
		}
		ac *= 1 + harmonicWeight*math.Max(0, interp(r, 2*lag))
		var d float64
		for b := range a.spec {
			d += a.spec[b][i] / a.weight / numOnsetBands
		}
		score[i] = ac * math.Sqrt(d) * logPrior(bpm)
	}
	best := -1
	for i := 1; i+1 < len(grid); i++ {
		if score[i] >= score[i-1] && score[i] >= score[i+1] && score[i] > 0 {
			if best < 0 || score[i] > score[best] {
				best = i
			}
		}
	}
	if best < 0 {
		return tempoResult{}
	}
	off, peak := parabolicPeak(score[best-1], score[best], score[best+1])
	bpm := MinBPM * math.Exp2((float64(best)+off)*tempoGridStep)
	period := a.refinePeriod(r, 60*a.frameRate/bpm)
	bpm = 60 * a.frameRate / period
	bpm = math.Max(MinBPM, math.Min(MaxBPM, bpm))

	// Second-best unrelated peak.
	related := func(b float64) bool {
		for _, q := range []float64{1, 2, 0.5, 3, 1.0 / 3, 1.5, 2.0 / 3} {
			if math.Abs(math.Log2(b/(bpm*q))) < 0.06 {
				return true
			}
		}
		return false
	}
	var second float64
	for i := 1; i+1 < len(grid); i++ {
		if score[i] >= score[i-1] && score[i] >= score[i+1] && !related(grid[i]) {
			second = math.Max(second, score[i])
		}
	}
	clarity := 0.0
	for d := -1.0; d <= 1; d++ {
		clarity = math.Max(clarity, interp(full, period+d*0.5))
	}
	clarity = math.Max(0, math.Min(1, clarity))
	conf := 0.0
	if peak > 0 {
		conf = math.Max(0, (peak-second)/peak)
	}
	conf *= math.Min(1, clarity/0.3)
	return tempoResult{bpm: bpm, confidence: conf, clarity: clarity}
}

// tempoGridStep is the spacing of the tempo grid in octaves.
const tempoGridStep = 0.004

// tempoGrid returns log-spaced tempi from MinBPM to MaxBPM.
func tempoGrid() []float64 {
	n := int(math.Log2(MaxBPM/MinBPM)/tempoGridStep) + 1
	g := make([]float64, n)
	for i := range g {
		g[i] = MinBPM * math.Exp2(float64(i)*tempoGridStep)
	}
	return g
}

// Fourier tempogram parameters.
const (
	// tempogramSeconds is the length of the Hann-windowed segments whose
	// onset-strength spectra are averaged (as in a Fourier tempogram,
	// Grosche & Müller 2011): long enough to resolve a few BPM, short
	// enough to tolerate slow tempo drift.
	tempogramSeconds = 12.0
	// tempogramPad is the zero-padding factor of each segment's FFT.
	tempogramPad = 4
)

// tempogram holds the FFT plan and buffers for the segment spectra.
type tempogram struct {
	seg  int // segment length (frames)
	fft  *fourier.FFT
	win  []float64
	buf  []float64
	coef []complex128
	pow  []float64
}

func newTempogram(frameRate float64) *tempogram {
	seg := int(math.Round(tempogramSeconds * frameRate))
	n := 1
	for n < tempogramPad*seg {
		n *= 2
	}
	w, _ := hann(seg)
	return &tempogram{
		seg:  seg,
		fft:  fourier.NewFFT(n),
		win:  w,
		buf:  make([]float64, n),
		coef: make([]complex128, n/2+1),
		pow:  make([]float64, n/2+1),
	}
}

// add adds to spec (on the tempo grid) the mean normalised power spectrum
// of x's Hann-windowed segments (hop half a segment; one shorter segment
// for short x). Each segment's spectrum is divided by its energy, so
// loud and quiet passages and bands vote equally.
func (tg *tempogram) add(x []float64, frameRate float64, grid, spec []float64, weight float64) {
	seg := min(tg.seg, len(x))
	if seg < 8 {
		return
	}
	win := tg.win
	if seg != tg.seg {
		win, _ = hann(seg)
	}
	n := len(tg.buf)
	binBPM := 60 * frameRate / float64(n)
	hop := max(1, seg/2)
	var count int
	acc := make([]float64, len(grid))
	for s := 0; s+seg <= len(x); s += hop {
		clear(tg.buf)
		var energy float64
		for i := 0; i < seg; i++ {
			v := x[s+i] * win[i]
			tg.buf[i] = v
			energy += v * v
		}
		if energy <= 1e-12 {
			continue
		}
		c := tg.fft.Coefficients(tg.coef, tg.buf)
		for k, z := range c {
			tg.pow[k] = (real(z)*real(z) + imag(z)*imag(z)) / energy
		}
		for i, bpm := range grid {
			acc[i] += interp(tg.pow, bpm/binBPM)
		}
		count++
	}
	if count == 0 {
		return
	}
	for i := range acc {
		spec[i] += weight * acc[i] / float64(count)
	}
}

// refinePeriod improves the beat period using the autocorrelation peaks at
// its multiples, whose relative precision is k times better: the peak near
// k*period (k = 1, 2, 3, 4, when in range and a local maximum) is located by
// parabolic interpolation and divided by k, and the estimates are averaged
// with weights k*r.
func (a *onsetACF) refinePeriod(r []float64, period float64) float64 {
	var num, den float64
	for k := 1; k <= 4; k++ {
		c := int(math.Round(float64(k) * period))
		if c < 1 || c+1 >= len(r) {
			break
		}
		// Search the local maximum within +-1 frame of the prediction.
		bestI := c
		for i := c - 1; i <= c+1; i++ {
			if i >= 1 && i+1 < len(r) && r[i] > r[bestI] {
				bestI = i
			}
		}
		if bestI < 1 || bestI+1 >= len(r) || r[bestI] <= 0 ||
			r[bestI] < r[bestI-1] || r[bestI] < r[bestI+1] {
			continue
		}
		off, h := parabolicPeak(r[bestI-1], r[bestI], r[bestI+1])
		est := (float64(bestI) + off) / float64(k)
		if math.Abs(est-period) > 0.5 {
			continue
		}
		w := float64(k) * h
		num += w * est
		den += w
	}
	if den == 0 {
		return period
	}
	return num / den
}

// countOnsets picks onsets in the full-band onset strength of one excerpt
// and returns how many there are. A frame is an onset when it is the
// maximum within +-3 frames (about +-70 ms), exceeds the mean of the
// preceding 0.5 s and following 70 ms by delta, and exceeds an absolute
// floor; delta is half the excerpt's mean onset strength (the adaptive
// thresholding of Bello et al. 2005 and librosa's onset_detect).
func countOnsets(env *[numOnsetBands][]float32, frameRate float64) int {
	n := len(env[0])
	if n == 0 {
		return 0
	}
	o := make([]float64, n)
	var mean float64
	for b := range env {
		for i, v := range env[b] {
			o[i] += float64(v)
		}
	}
	for _, v := range o {
		mean += v
	}
	mean /= float64(n)
	const floor = 2.0 // dB of summed band-mean flux
	delta := math.Max(0.5*mean, 0.5)
	pre := int(0.5 * frameRate)
	const post = 3
	prefix := make([]float64, n+1)
	for i, v := range o {
		prefix[i+1] = prefix[i] + v
	}
	count := 0
	for i := 1; i < n; i++ {
		v := o[i]
		if v < floor {
			continue
		}
		isMax := true
		for j := max(0, i-post); j <= min(n-1, i+post); j++ {
			if j < i && o[j] >= v || j > i && o[j] > v {
				isMax = false
				break
			}
		}
		if !isMax {
			continue
		}
		lo, hi := max(0, i-pre), min(n, i+post+1)
		local := (prefix[hi] - prefix[lo]) / float64(hi-lo)
		if v >= local+delta {
			count++
		}
	}
	return count
}
