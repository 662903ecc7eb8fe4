package analysis

import (
	"math"
	"math/rand/v2"
)

// sine returns seconds of a sine of frequency f and peak amplitude amp.
func sine(f, amp, seconds float64, sr int) []float32 {
	n := int(seconds * float64(sr))
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(amp * math.Sin(2*math.Pi*f*float64(i)/float64(sr)))
	}
	return x
}

// whiteNoise returns uniform white noise with the given RMS.
func whiteNoise(rms, seconds float64, sr int, seed uint64) []float32 {
	r := rand.New(rand.NewPCG(seed, 1))
	n := int(seconds * float64(sr))
	x := make([]float32, n)
	a := rms * math.Sqrt(3)
	for i := range x {
		x[i] = float32(a * (2*r.Float64() - 1))
	}
	return x
}

// clickTrain returns decaying noise bursts (5 ms) every 60/bpm seconds.
func clickTrain(bpm, seconds float64, sr int) []float32 {
	n := int(seconds * float64(sr))
	x := make([]float32, n)
	r := rand.New(rand.NewPCG(7, 7))
	period := 60 / bpm * float64(sr)
	burst := int(0.005 * float64(sr))
	for k := 0; ; k++ {
		start := int(math.Round(float64(k) * period))
		if start >= n {
			break
		}
		for i := 0; i < burst*4 && start+i < n; i++ {
			env := math.Exp(-float64(i) / float64(burst))
			x[start+i] += float32(0.8 * env * (2*r.Float64() - 1))
		}
	}
	return x
}

// concat joins signals.
func concat(parts ...[]float32) []float32 {
	var out []float32
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// scale multiplies x by g in place and returns it.
func scale(x []float32, g float64) []float32 {
	for i := range x {
		x[i] = float32(float64(x[i]) * g)
	}
	return x
}

// lowpassFIR filters x with a Blackman-windowed sinc low-pass of the given
// cutoff (Hz) and 127 taps.
func lowpassFIR(x []float32, cutoff float64, sr int) []float32 {
	const taps = 127
	h := make([]float64, taps)
	fc := cutoff / float64(sr)
	var sum float64
	for i := range h {
		m := float64(i - taps/2)
		s := 2 * fc
		if m != 0 {
			s = math.Sin(2*math.Pi*fc*m) / (math.Pi * m)
		}
		w := 0.42 - 0.5*math.Cos(2*math.Pi*float64(i)/(taps-1)) + 0.08*math.Cos(4*math.Pi*float64(i)/(taps-1))
		h[i] = s * w
		sum += h[i]
	}
	out := make([]float32, len(x))
	for n := range x {
		var acc float64
		for k, c := range h {
			j := n - k + taps/2
			if j >= 0 && j < len(x) {
				acc += c * float64(x[j])
			}
		}
		out[n] = float32(acc / sum)
	}
	return out
}

// decimate2 halves the sample rate of x, which must already be band-limited
// below a quarter of its rate.
func decimate2(x []float32) []float32 {
	out := make([]float32, len(x)/2)
	for i := range out {
		out[i] = x[2*i]
	}
	return out
}
