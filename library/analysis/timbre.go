package analysis

import (
	"math"
)

// TimbreDims is the length of Features.Timbre.
const TimbreDims = 40

// Layout of the timbre vector (see timbreVector).
const (
	timbreMFCCMean = 0  // 12 dims: MFCC c1..c12 means
	timbreMFCCStd  = 12 // 12 dims: MFCC c1..c12 standard deviations
	timbreTonal    = 24 // 12 dims: chroma rotated to the tonic
	timbreScalars  = 36 // 4 dims: brightness, flatness, onset rate, pulse clarity
)

// rolloffFraction is the share of spectral energy below the roll-off.
const rolloffFraction = 0.85

// referenceSlopeDBPerOctave is the spectral tilt of the reference spectrum
// whose MFCCs centre the timbre vector: the long-term average spectrum of
// popular music falls roughly 4.5 dB per octave above a few hundred Hz.
const referenceSlopeDBPerOctave = -4.5

// spectralAccum accumulates the frame-level spectral descriptors of
// non-silent frames.
type spectralAccum struct {
	n                  int
	centroid, rolloff  float64
	flatness           float64
	mfccSum, mfccSumSq [numMFCC]float64
	refMFCC            [numMFCC]float64
	freqs              []float64
}

// init computes the reference MFCCs: those of a spectrum with a constant
// tilt of referenceSlopeDBPerOctave, seen through the same mel bank.
func (s *spectralAccum) init(mb melBank) {
	var logmel [numMel]float64
	for b := range mb.weights {
		var e float64
		for _, w := range mb.weights[b] {
			e += w
		}
		// Power density at the band centre times the band's width.
		dens := math.Pow(mb.centre[b]/1000, referenceSlopeDBPerOctave/(10*math.Log10(2)))
		logmel[b] = 10 * math.Log10(dens*e+powerFloor)
	}
	d := dctMatrix(numMFCC, numMel)
	for j := range s.refMFCC {
		for b, l := range logmel {
			s.refMFCC[j] += d[j][b] * l
		}
	}
}

// addFrame adds one frame's power spectrum p (bins 1..K, with total power
// total) and MFCCs.
func (s *spectralAccum) addFrame(p []float64, total, binHz float64, mfcc *[numMFCC]float64) {
	if len(s.freqs) != len(p) {
		s.freqs = make([]float64, len(p))
		for i := range s.freqs {
			s.freqs[i] = float64(i+1) * binHz
		}
	}
	// Centroid on magnitudes (as librosa and Essentia's spectral centroid
	// over the magnitude spectrum).
	var num, den float64
	for i, v := range p {
		m := math.Sqrt(v)
		num += s.freqs[i] * m
		den += m
	}
	// Roll-off on energy.
	target := rolloffFraction * total
	var cum float64
	roll := s.freqs[len(p)-1]
	for i, v := range p {
		cum += v
		if cum >= target {
			roll = s.freqs[i]
			break
		}
	}
	// Flatness: geometric over arithmetic mean of the power spectrum
	// (Gray & Markel 1974; MPEG-7 AudioSpectrumFlatness over one band).
	// Logs are taken of products of 8 bins to save time; with the floor
	// the products stay well inside float64 range.
	var logSum float64
	prod := 1.0
	for i, v := range p {
		prod *= v + powerFloor
		if i&7 == 7 {
			logSum += math.Log(prod)
			prod = 1
		}
	}
	logSum += math.Log(prod)
	nb := float64(len(p))
	flat := math.Exp(logSum/nb) / (total/nb + powerFloor)

	if den > 0 {
		s.centroid += num / den
	}
	s.rolloff += roll
	s.flatness += math.Min(1, flat)
	for j, v := range mfcc {
		s.mfccSum[j] += v
		s.mfccSumSq[j] += v * v
	}
	s.n++
}

// means returns the mean centroid, roll-off and flatness (zeros without
// non-silent frames).
func (s *spectralAccum) means() (centroid, rolloff, flatness float64) {
	if s.n == 0 {
		return 0, 0, 0
	}
	n := float64(s.n)
	return s.centroid / n, s.rolloff / n, s.flatness / n
}

// mfccStats returns the mean and standard deviation of coefficient j.
func (s *spectralAccum) mfccStats(j int) (mean, std float64) {
	if s.n == 0 {
		return 0, 0
	}
	n := float64(s.n)
	mean = s.mfccSum[j] / n
	v := s.mfccSumSq[j]/n - mean*mean
	return mean, math.Sqrt(math.Max(0, v))
}

// brightnessOf maps a spectral centroid to [0, 1] on a log-frequency scale:
// 250 Hz or less is 0, 4 kHz or more is 1 (one quarter per octave).
func brightnessOf(centroid float64) float64 {
	if centroid <= 0 {
		return 0
	}
	return clamp01(math.Log2(centroid/250) / 4)
}

// energyOf is the Energy feature: a fixed blend of how loud (integrated
// loudness mapped linearly from -30 LUFS = 0 to -5 LUFS = 1, weight 0.6),
// how busy (1 - exp(-onsets per second / 4), weight 0.25) and how bright
// (weight 0.15) a track is. The ingredients follow the description of the
// Echo Nest / Spotify "energy" attribute (loudness, onset rate, timbre).
func energyOf(lufs, onsetRate, brightness float64) float64 {
	loud := clamp01((lufs + 30) / 25)
	busy := 1 - math.Exp(-onsetRate/4)
	return clamp01(0.6*loud + 0.25*busy + 0.15*brightness)
}

func clamp01(x float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	return math.Max(0, math.Min(1, x))
}

// timbreVector builds Features.Timbre: TimbreDims values, each block
// centred and scaled with fixed constants (never fitted to the data being
// compared), then weighted and L2-normalised so that cosine similarity
// compares tracks:
//
//   - [0, 12): MFCC c1..c12 means minus the reference spectrum's MFCCs,
//     times sqrt(j)/12 (higher coefficients vary less).
//   - [12, 24): log of the MFCC c1..c12 standard deviations over 6/sqrt(j)
//     dB, weight 0.7.
//   - [24, 36): the 12-bin chroma rotated so the tonic comes first, minus
//     1/12, times 12 and weight 0.5: the tonal "colour" (major, minor,
//     modal, chromatic) independent of the key.
//   - [36, 40): brightness-0.5, log10(flatness)+1.5 (clamped to ±1.5),
//     log2(onset rate/2)/2, pulse clarity-0.3, weight 0.7.
//
// The vector is all zeros when there was no non-silent frame.
func (s *spectralAccum) timbreVector(k keyResult, f Features) []float32 {
	v := make([]float32, TimbreDims)
	if s.n == 0 {
		return v
	}
	x := make([]float64, TimbreDims)
	for j := 1; j < numMFCC; j++ {
		mean, std := s.mfccStats(j)
		x[timbreMFCCMean+j-1] = (mean - s.refMFCC[j]) * math.Sqrt(float64(j)) / 12
		x[timbreMFCCStd+j-1] = 0.7 * math.Log((std+1e-3)/(6/math.Sqrt(float64(j))))
	}
	if k.tonic >= 0 {
		for i := range 12 {
			x[timbreTonal+i] = 0.5 * 12 * (k.chroma[(i+k.tonic)%12] - 1.0/12)
		}
	}
	flat := math.Log10(f.Flatness+1e-9) + 1.5
	flat = math.Max(-1.5, math.Min(1.5, flat))
	x[timbreScalars+0] = 0.7 * (f.Brightness - 0.5)
	x[timbreScalars+1] = 0.7 * flat
	x[timbreScalars+2] = 0.7 * math.Log2((f.OnsetRate+0.25)/2) / 2
	x[timbreScalars+3] = 0.7 * (f.PulseClarity - 0.3)
	var norm float64
	for _, e := range x {
		norm += e * e
	}
	norm = math.Sqrt(norm)
	if norm == 0 || math.IsNaN(norm) || math.IsInf(norm, 0) {
		return v
	}
	for i, e := range x {
		v[i] = float32(e / norm)
	}
	return v
}
