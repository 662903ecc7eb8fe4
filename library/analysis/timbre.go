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

// deciles are the values of a measurement at 0, 10, …, 100 % of the tracks
// of the development corpus (164 files: sox patterns, abcmidi tunes and
// MuseScore scores through three soundfonts, Hydrogen and LMMS songs; see
// scripts/corpus), so that rank maps the measurement to its share of
// corpus tracks below it.
type deciles [11]float64

// rank returns the share of corpus tracks with a lower value, interpolated
// linearly between deciles: 0 at or below the corpus minimum, 1 at or above
// its maximum.
func (d *deciles) rank(x float64) float64 {
	if math.IsNaN(x) || x <= d[0] {
		return 0
	}
	for i := 0; i < len(d)-1; i++ {
		if x <= d[i+1] {
			if d[i+1] <= d[i] {
				return float64(i+1) / 10
			}
			return (float64(i) + (x-d[i])/(d[i+1]-d[i])) / 10
		}
	}
	return 1
}

// The corpus deciles of the ingredients of Energy and Brightness, and of
// the blend that makes Energy (the corpus is peak-normalised to -1 dBFS,
// so its loudness spreads as the music's crest factor does).
var (
	loudnessDeciles    = deciles{-23.07, -19.65, -18.22, -17.28, -16.82, -16.04, -14.72, -12.56, -11.59, -10.29, -6.05}
	onsetRateDeciles   = deciles{1.06, 2.366, 2.852, 3.129, 3.606, 3.865, 3.996, 4.3, 4.734, 5.344, 6.53}
	logCentroidDeciles = deciles{8.718, 9.829, 10.09, 10.38, 10.58, 10.86, 11.15, 11.47, 11.69, 11.79, 12.14}
	energyBlendDeciles = deciles{0.08561, 0.2865, 0.3797, 0.4201, 0.4636, 0.5097, 0.5421, 0.5857, 0.6354, 0.6996, 0.8734}
)

// pulseClarityDeciles are the corpus deciles of PulseClarity.
var pulseClarityDeciles = deciles{0.031, 0.256, 0.3712, 0.4615, 0.495, 0.5385, 0.592, 0.6541, 0.6968, 0.777, 0.915}

// PulseClarityRank returns the share of the development corpus's tracks
// whose pulse is less clear than clarity (a PulseClarity), in [0, 1].
func PulseClarityRank(clarity float64) float64 {
	return pulseClarityDeciles.rank(clarity)
}

// brightnessOf is the Brightness feature: the rank of the spectral
// centroid (on a log-frequency scale) among the development corpus's
// tracks, from 0 (about 420 Hz or duller) to 1 (4.5 kHz or brighter).
func brightnessOf(centroid float64) float64 {
	if centroid <= 0 {
		return 0
	}
	return logCentroidDeciles.rank(math.Log2(centroid))
}

// energyOf is the Energy feature. How loud, how busy (onsets per second)
// and how bright a track is, each as its rank in the development corpus,
// are blended 0.4/0.35/0.25 (the ingredients of the Echo Nest / Spotify
// "energy" attribute: loudness, onset rate, timbre), and the blend is
// ranked in turn, so that Energy spreads evenly over 0–1 on the corpus and
// its thirds split a library into calm, moderate and energetic.
func energyOf(lufs, onsetRate, brightness float64) float64 {
	blend := 0.4*loudnessDeciles.rank(lufs) + 0.35*onsetRateDeciles.rank(onsetRate) + 0.25*brightness
	return clamp01(energyBlendDeciles.rank(blend))
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
