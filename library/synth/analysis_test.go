package synth

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/dsp/fourier"
)

// Small, independent analysis helpers so the tests can check that the
// ground truth a Spec promises is really in the audio.

// powerSpectrum returns the summed power spectrum of x over frames of size n
// (Hann window) and the frequency resolution.
func powerSpectrum(x []float32, sr, n int) (power []float64, binHz float64) {
	fft := fourier.NewFFT(n)
	win := make([]float64, n)
	for i := range win {
		win[i] = 0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(n))
	}
	buf := make([]float64, n)
	power = make([]float64, n/2+1)
	var coeff []complex128
	for off := 0; off+n <= len(x); off += n / 2 {
		for i := range buf {
			buf[i] = float64(x[off+i]) * win[i]
		}
		coeff = fft.Coefficients(coeff, buf)
		for k, c := range coeff {
			a := cmplx.Abs(c)
			power[k] += a * a
		}
	}
	return power, float64(sr) / float64(n)
}

// centroid returns the spectral centroid in Hz.
func centroid(x []float32, sr int) float64 {
	p, hz := powerSpectrum(x, sr, 2048)
	var num, den float64
	for k, v := range p {
		num += float64(k) * hz * v
		den += v
	}
	return num / den
}

// dominantFreq returns the frequency of the strongest bin with parabolic
// interpolation.
func dominantFreq(x []float32, sr int) float64 {
	p, hz := powerSpectrum(x, sr, 8192)
	best := 1
	for k := 1; k < len(p)-1; k++ {
		if p[k] > p[best] {
			best = k
		}
	}
	a, b, c := math.Log(p[best-1]+1e-30), math.Log(p[best]+1e-30), math.Log(p[best+1]+1e-30)
	d := 0.5 * (a - c) / (a - 2*b + c)
	return (float64(best) + d) * hz
}

// Krumhansl–Kessler key profiles.
var (
	kkMajor = [12]float64{6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88}
	kkMinor = [12]float64{6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17}
)

// estimateKey returns the best-correlating key from a chroma vector.
func estimateKey(x []float32, sr int) (tonic int, minor bool) {
	p, hz := powerSpectrum(x, sr, 8192)
	var chroma [12]float64
	for k := 1; k < len(p); k++ {
		f := float64(k) * hz
		if f < 60 || f > 2000 {
			continue
		}
		pc := int(math.Round(12*math.Log2(f/440)+69)) % 12
		chroma[pc] += math.Sqrt(p[k])
	}
	best := math.Inf(-1)
	for t := range 12 {
		for _, m := range []bool{false, true} {
			prof := kkMajor
			if m {
				prof = kkMinor
			}
			var rot [12]float64
			for i := range 12 {
				rot[(i+t)%12] = prof[i]
			}
			if c := corr(chroma[:], rot[:]); c > best {
				best, tonic, minor = c, t, m
			}
		}
	}
	return tonic, minor
}

func corr(a, b []float64) float64 {
	var ma, mb float64
	for i := range a {
		ma += a[i]
		mb += b[i]
	}
	ma /= float64(len(a))
	mb /= float64(len(b))
	var num, da, db float64
	for i := range a {
		num += (a[i] - ma) * (b[i] - mb)
		da += (a[i] - ma) * (a[i] - ma)
		db += (b[i] - mb) * (b[i] - mb)
	}
	return num / math.Sqrt(da*db)
}

// estimateBPM autocorrelates an onset-strength envelope and returns the
// tempo of the strongest lag between 60 and 200 BPM.
func estimateBPM(x []float32, sr int) float64 {
	const hop = 128
	var env []float64
	prev := 0.0
	for off := 0; off+hop <= len(x); off += hop {
		// Energy of the first difference: the high frequencies, where
		// drums stand out from sustained notes.
		var e float64
		for i := max(off, 1); i < off+hop; i++ {
			d := float64(x[i] - x[i-1])
			e += d * d
		}
		l := math.Log(e + 1e-9)
		env = append(env, math.Max(0, l-prev))
		prev = l
	}
	fps := float64(sr) / hop
	acf := func(lag int) float64 {
		if lag >= len(env) {
			return 0
		}
		var s float64
		for i := lag; i < len(env); i++ {
			s += env[i] * env[i-lag]
		}
		return s / float64(len(env)-lag)
	}
	// A comb over the lag and its multiples favours the beat over
	// sub-beat periodicities such as eighth-note hats.
	bestLag, best := 0, math.Inf(-1)
	for lag := int(fps * 60 / 200); lag <= int(fps*60/60); lag++ {
		s := acf(lag) + acf(2*lag)/2 + acf(4*lag)/4
		if s > best {
			best, bestLag = s, lag
		}
	}
	return 60 * fps / float64(bestLag)
}
