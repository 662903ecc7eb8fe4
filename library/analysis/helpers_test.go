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
