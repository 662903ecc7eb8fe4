package analysis

import (
	"math"
)

// InstrumentLabels are the instrument families that the analysis hears, in
// the order of Features.Instruments. They follow General MIDI's program
// families: piano (acoustic and electric pianos, harpsichord, clavinet),
// organ (with accordion and harmonica), guitar, bass, strings (solo,
// ensemble, pizzicato, harp), brass, woodwinds (reeds and pipes), mallets
// (GM's chromatic percussion: celesta, glockenspiel, vibraphone, marimba,
// xylophone, bells), synth lead, synth pad and drums.
var InstrumentLabels = [NumInstruments]string{"piano", "organ", "guitar", "bass", "strings", "brass",
	"woodwinds", "mallets", "synth lead", "synth pad", "drums"}

// NumInstruments is the number of InstrumentLabels.
const NumInstruments = 11

// InstrumentIndex returns the position of label (as in InstrumentLabels)
// in Features.Instruments, or -1 for an unknown label.
func InstrumentIndex(label string) int {
	for i, l := range InstrumentLabels {
		if l == label {
			return i
		}
	}
	return -1
}

// Layout of the instrument model's input vector (instrumentInputs).
const (
	instrMelMean   = 0                                  // numMel: mean level-normalised log-mel
	instrMelStd    = instrMelMean + numMel              // numMel: its standard deviation over frames
	instrMelDelta  = instrMelStd + numMel               // numMel: mean |frame-to-frame change| per band
	instrMFCC      = instrMelDelta + numMel             // 24: MFCC c1..c12 means and standard deviations
	instrContrast  = instrMFCC + 2*(numMFCC-1)          // 2*numContrastBands: spectral contrast mean and std
	instrHarmonic  = instrContrast + 2*numContrastBands // numHarmonicBands: stationary share of energy
	instrOnset     = instrHarmonic + numHarmonicBands   // 2*numOnsetBands: onset strength mean and std
	instrScalars   = instrOnset + 2*numOnsetBands       // 3: log centroid, log flatness, log roll-off
	instrumentDims = instrScalars + 3
)

// numContrastBands is the number of octave bands of the spectral contrast;
// contrastEdges are their edges in Hz.
const numContrastBands = 7

var contrastEdges = [numContrastBands + 1]float64{0, 200, 400, 800, 1600, 3200, 6400, maxAnalysisHz}

// numHarmonicBands is the number of bands of the harmonicity measure;
// harmonicEdges are their edges in Hz, within the long frames' range.
const numHarmonicBands = 3

var harmonicEdges = [numHarmonicBands + 1]float64{hpcpMinHz, 250, 1000, hpcpMaxHz}

// instrAccum accumulates, over the non-silent short frames and the long
// frames, the statistics the instrument model reads. Everything is a sum,
// so excerpts pool by simply writing on.
type instrAccum struct {
	frames                  int
	melSum, melSumSq        [numMel]float64
	deltaSum                [numMel]float64
	deltaFrames             int
	contrastSum, contrastSq [numContrastBands]float64
	contrastBin             [numContrastBands + 1]int // first short-STFT bin (1-based index into p) of each band
	haveBins                bool
	prevMel                 [numMel]float64
	havePrev                bool

	harmStable, harmTotal [numHarmonicBands]float64
	harmBin               [numHarmonicBands + 1]int
	prevLong              []float64
}

// addShortFrame adds one non-silent short frame: its log-mel spectrum and
// its power spectrum p (bins 1..K).
func (s *instrAccum) addShortFrame(logmel *[numMel]float64, p []float64, binHz float64) {
	if !s.haveBins {
		for i, e := range contrastEdges {
			s.contrastBin[i] = min(len(p), max(0, int(math.Round(e/binHz))))
		}
		s.haveBins = true
	}
	var mean float64
	for _, l := range logmel {
		mean += l
	}
	mean /= numMel
	for b, l := range logmel {
		x := l - mean
		s.melSum[b] += x
		s.melSumSq[b] += x * x
	}
	if s.havePrev {
		for b, l := range logmel {
			s.deltaSum[b] += math.Abs(l - s.prevMel[b])
		}
		s.deltaFrames++
	}
	s.prevMel = *logmel
	s.havePrev = true
	// Spectral contrast (after Jiang et al. 2002, simplified): per octave
	// band, the peak bin's level over the band's mean level, in dB. Tones
	// give sharp peaks, noise and dense mixtures flat bands.
	for c := 0; c < numContrastBands; c++ {
		lo, hi := s.contrastBin[c], s.contrastBin[c+1]
		if hi <= lo {
			continue
		}
		var peak, sum float64
		for _, v := range p[lo:hi] {
			sum += v
			if v > peak {
				peak = v
			}
		}
		x := 10 * math.Log10((peak+powerFloor)/(sum/float64(hi-lo)+powerFloor))
		s.contrastSum[c] += x
		s.contrastSq[c] += x * x
	}
	s.frames++
}

// breakShort marks a gap (silence or a new excerpt), so that the next
// frame's change is not measured against an unrelated one.
func (s *instrAccum) breakShort() {
	s.havePrev = false
}

// addLong adds one long frame's spectrum coef (power scale norm): per
// band, its energy and the energy that survives the two-frame minimum
// filter against the previous frame (the stationary part, as in
// Fitzgerald 2010's harmonic/percussive split). Sustained tones (organ,
// pads, strings, winds) keep most of it, decaying and struck sounds less,
// drums little. It keeps its own previous frame, so that it does not
// depend on how the key finder filters the spectrum; fresh marks the first
// frame of an excerpt.
func (s *instrAccum) addLong(coef []complex128, norm float64, lo, hi int, binHz float64, fresh bool) {
	if s.prevLong == nil {
		s.prevLong = make([]float64, len(coef))
		for i, e := range harmonicEdges {
			s.harmBin[i] = max(lo, min(hi+1, int(math.Round(e/binHz))))
		}
	}
	for h := 0; h < numHarmonicBands; h++ {
		for k := s.harmBin[h]; k < s.harmBin[h+1]; k++ {
			c := coef[k]
			m := math.Sqrt((real(c)*real(c) + imag(c)*imag(c)) * norm)
			if !fresh {
				st := math.Min(m, s.prevLong[k])
				s.harmTotal[h] += m * m
				s.harmStable[h] += st * st
			}
			s.prevLong[k] = m
		}
	}
}

// instrumentInputs assembles the model's input vector from the
// accumulators, the MFCC statistics, the onset envelopes and the spectral
// means. It returns nil when no frame was measured.
func (a *Analyzer) instrumentInputs(f *Features) []float64 {
	s := &a.instr
	if s.frames == 0 {
		return nil
	}
	x := make([]float64, instrumentDims)
	n := float64(s.frames)
	for b := 0; b < numMel; b++ {
		m := s.melSum[b] / n
		x[instrMelMean+b] = m / 10
		x[instrMelStd+b] = math.Sqrt(math.Max(0, s.melSumSq[b]/n-m*m)) / 10
		if s.deltaFrames > 0 {
			x[instrMelDelta+b] = s.deltaSum[b] / float64(s.deltaFrames) / 10
		}
	}
	for j := 1; j < numMFCC; j++ {
		mean, std := a.spec.mfccStats(j)
		x[instrMFCC+j-1] = (mean - a.spec.refMFCC[j]) / 10
		x[instrMFCC+numMFCC-1+j-1] = math.Log(std + 1e-3)
	}
	for c := 0; c < numContrastBands; c++ {
		m := s.contrastSum[c] / n
		x[instrContrast+c] = m / 10
		x[instrContrast+numContrastBands+c] = math.Sqrt(math.Max(0, s.contrastSq[c]/n-m*m)) / 10
	}
	for h := 0; h < numHarmonicBands; h++ {
		if s.harmTotal[h] > 0 {
			x[instrHarmonic+h] = s.harmStable[h] / s.harmTotal[h]
		}
	}
	var frames int
	for _, e := range a.excerpts {
		for g := range e.onset {
			var sum, sq float64
			for _, v := range e.onset[g] {
				sum += float64(v)
				sq += float64(v) * float64(v)
			}
			x[instrOnset+g] += sum
			x[instrOnset+numOnsetBands+g] += sq
		}
		frames += len(e.onset[0])
	}
	if frames > 0 {
		for g := 0; g < numOnsetBands; g++ {
			m := x[instrOnset+g] / float64(frames)
			x[instrOnset+g] = m
			x[instrOnset+numOnsetBands+g] = math.Sqrt(math.Max(0, x[instrOnset+numOnsetBands+g]/float64(frames)-m*m))
		}
	}
	x[instrScalars+0] = math.Log2(f.CentroidHz+50) - 10
	x[instrScalars+1] = math.Log10(f.Flatness + 1e-6)
	x[instrScalars+2] = math.Log2(f.RolloffHz+50) - 10
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			x[i] = 0
		}
	}
	return x
}

// InstrumentInputs returns the instrument model's input vector for the
// audio analysed, or nil when nothing was measured. It is valid after
// Finish and is what the training program (scripts/instruments/train)
// reads, so that training and inference share one extractor.
func (a *Analyzer) InstrumentInputs() []float64 {
	return a.instrInputs
}
