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

// The instrument model hears a track one second at a time: for each second
// it reads the summary below (instrumentInputs), says which families sound
// in it, and the track's confidence follows from the share of seconds in
// which each family sounds (see predictInstruments).
//
// Layout of one second's input vector.
const (
	instrMelMean   = 0                                // numMel: mean level-normalised log-mel (dB/10)
	instrMelStd    = instrMelMean + numMel            // numMel: its standard deviation within the second
	instrMelDelta  = instrMelStd + numMel             // numMel: mean |frame-to-frame change| per band
	instrMFCC      = instrMelDelta + numMel           // 2*(numMFCC-1): MFCC c1..c12 means and standard deviations
	instrContrast  = instrMFCC + 2*(numMFCC-1)        // numContrastBands: spectral contrast
	instrHarmonic  = instrContrast + numContrastBands // numHarmonicBands: stationary share of energy
	instrOnset     = instrHarmonic + numHarmonicBands // numOnsetBands: mean onset strength
	instrumentDims = instrOnset + numOnsetBands
)

// minInstrumentFrames is the least number of non-silent short frames a
// second needs to be heard (about a tenth of a second at 22050 Hz).
const minInstrumentFrames = 5

// numContrastBands is the number of octave bands of the spectral contrast;
// contrastEdges are their edges in Hz.
const numContrastBands = 7

var contrastEdges = [numContrastBands + 1]float64{0, 200, 400, 800, 1600, 3200, 6400, maxAnalysisHz}

// numHarmonicBands is the number of bands of the harmonicity measure;
// harmonicEdges are their edges in Hz, within the long frames' range.
const numHarmonicBands = 3

var harmonicEdges = [numHarmonicBands + 1]float64{hpcpMinHz, 250, 1000, hpcpMaxHz}

// instrSecond holds the sums of one second of audio that its input vector
// is made of.
type instrSecond struct {
	frames, deltaFrames   int
	melSum, melSumSq      [numMel]float64
	deltaSum              [numMel]float64
	mfccSum, mfccSumSq    [numMFCC]float64
	contrastSum           [numContrastBands]float64
	harmStable, harmTotal [numHarmonicBands]float64
	onsetSum              [numOnsetBands]float64
	// mel holds the second's non-silent short frames' log-mel spectra
	// (dB), numMel values per frame, in order: the patch that the
	// trainer's frame model reads.
	mel []float32
}

// instrAccum collects the per-second sums of the current excerpt.
type instrAccum struct {
	seconds     []instrSecond
	contrastBin [numContrastBands + 1]int // bounds in the short power spectrum p (p[0] is bin 1)
	haveBins    bool
	prevMel     [numMel]float64
	havePrev    bool
	harmBin     [numHarmonicBands + 1]int
	prevLong    []float64
	// keepFrames keeps each second's log-mel frames (instrSecond.mel),
	// which only the trainer's frame model reads (KeepInstrumentFrames).
	keepFrames bool
}

// at returns the sums of second s.
func (s *instrAccum) at(sec int) *instrSecond {
	for len(s.seconds) <= sec {
		s.seconds = append(s.seconds, instrSecond{})
	}
	return &s.seconds[sec]
}

// addShortFrame adds one non-silent short frame of second sec: its log-mel
// spectrum, MFCCs, sub-band onset strengths and power spectrum p (bins
// 1..K).
func (s *instrAccum) addShortFrame(sec int, logmel *[numMel]float64, mfcc *[numMFCC]float64,
	flux *[numOnsetBands]float64, p []float64, binHz float64) {
	if !s.haveBins {
		for i, e := range contrastEdges {
			s.contrastBin[i] = min(len(p), max(0, int(math.Round(e/binHz))-1))
		}
		s.haveBins = true
	}
	d := s.at(sec)
	var mean float64
	for _, l := range logmel {
		mean += l
	}
	mean /= numMel
	for b, l := range logmel {
		x := l - mean
		d.melSum[b] += x
		d.melSumSq[b] += x * x
	}
	if s.havePrev {
		for b, l := range logmel {
			d.deltaSum[b] += math.Abs(l - s.prevMel[b])
		}
		d.deltaFrames++
	}
	s.prevMel = *logmel
	s.havePrev = true
	for j, v := range mfcc {
		d.mfccSum[j] += v
		d.mfccSumSq[j] += v * v
	}
	for g, v := range flux {
		d.onsetSum[g] += v
	}
	if s.keepFrames {
		if d.mel == nil {
			d.mel = make([]float32, 0, numMel*48)
		}
		for _, l := range logmel {
			d.mel = append(d.mel, float32(l))
		}
	}
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
			if v > peak { // not math.Max, which costs a third of this loop
				peak = v
			}
		}
		d.contrastSum[c] += 10 * math.Log10((peak+powerFloor)/(sum/float64(hi-lo)+powerFloor))
	}
	d.frames++
}

// breakShort marks a gap (silence or a new excerpt), so that the next
// frame's change is not measured against an unrelated one.
func (s *instrAccum) breakShort() {
	s.havePrev = false
}

// addLong adds one long frame's spectrum coef (power scale norm) to second
// sec: per band, its energy and the energy that survives the two-frame
// minimum filter against the previous frame (the stationary part, as in
// Fitzgerald 2010's harmonic/percussive split). Sustained tones (organ,
// pads, strings, winds) keep most of it, decaying and struck sounds less,
// drums little. It keeps its own previous frame, so that it does not
// depend on how the key finder filters the spectrum; fresh marks the first
// frame of an excerpt.
func (s *instrAccum) addLong(sec int, coef []complex128, norm float64, lo, hi int, binHz float64, fresh bool) {
	if s.prevLong == nil {
		s.prevLong = make([]float64, len(coef))
		for i, e := range harmonicEdges {
			s.harmBin[i] = max(lo, min(hi+1, int(math.Round(e/binHz))))
		}
	}
	var d *instrSecond
	if !fresh {
		d = s.at(sec)
	}
	for h := 0; h < numHarmonicBands; h++ {
		for k := s.harmBin[h]; k < s.harmBin[h+1]; k++ {
			c := coef[k]
			m := math.Sqrt((real(c)*real(c) + imag(c)*imag(c)) * norm)
			if d != nil {
				st := math.Min(m, s.prevLong[k])
				d.harmTotal[h] += m * m
				d.harmStable[h] += st * st
			}
			s.prevLong[k] = m
		}
	}
}

// endExcerpt hands over the excerpt's seconds and starts afresh.
func (s *instrAccum) endExcerpt() []instrSecond {
	out := s.seconds
	s.seconds = nil
	s.havePrev = false
	return out
}

// vector returns the second's input vector, or nil when it holds too little
// sound to be heard.
func (d *instrSecond) vector(refMFCC *[numMFCC]float64) []float64 {
	if d.frames < minInstrumentFrames {
		return nil
	}
	x := make([]float64, instrumentDims)
	n := float64(d.frames)
	for b := 0; b < numMel; b++ {
		m := d.melSum[b] / n
		x[instrMelMean+b] = m / 10
		x[instrMelStd+b] = math.Sqrt(math.Max(0, d.melSumSq[b]/n-m*m)) / 10
		if d.deltaFrames > 0 {
			x[instrMelDelta+b] = d.deltaSum[b] / float64(d.deltaFrames) / 10
		}
	}
	for j := 1; j < numMFCC; j++ {
		m := d.mfccSum[j] / n
		x[instrMFCC+j-1] = (m - refMFCC[j]) / 10
		x[instrMFCC+numMFCC-1+j-1] = math.Log(math.Sqrt(math.Max(0, d.mfccSumSq[j]/n-m*m)) + 0.1)
	}
	for c := 0; c < numContrastBands; c++ {
		x[instrContrast+c] = d.contrastSum[c] / n / 10
	}
	for h := 0; h < numHarmonicBands; h++ {
		if d.harmTotal[h] > 0 {
			x[instrHarmonic+h] = d.harmStable[h] / d.harmTotal[h]
		}
	}
	for g := 0; g < numOnsetBands; g++ {
		x[instrOnset+g] = d.onsetSum[g] / n
	}
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			x[i] = 0
		}
	}
	return x
}

// instrumentInputs returns the input vectors of every second heard, in
// order, excerpt by excerpt (nil entries for seconds with too little
// sound).
func (a *Analyzer) instrumentInputs() [][]float64 {
	var out [][]float64
	for _, e := range a.excerpts {
		for i := range e.instr {
			out = append(out, e.instr[i].vector(&a.spec.refMFCC))
		}
	}
	return out
}

// KeepInstrumentFrames makes the analyser keep the log-mel frames that
// InstrumentFrames returns; call it before the first Write. Only the
// trainer's frame model (scripts/instruments/train -frames) reads them: the
// shipped model does not, so the analyser does not keep them by itself.
func (a *Analyzer) KeepInstrumentFrames() {
	a.instr.keepFrames = true
}

// InstrumentFrames returns, per second of audio analysed, the log-mel
// spectra (dB, numMel values per frame) of its non-silent short frames,
// nil for the seconds that InstrumentInputs leaves out (and for every
// second unless the frames were kept: see KeepInstrumentFrames). It is
// valid after Finish and is what the trainer reads for the frame model.
func (a *Analyzer) InstrumentFrames() [][]float32 {
	var out [][]float32
	for _, e := range a.excerpts {
		for i := range e.instr {
			if e.instr[i].frames < minInstrumentFrames {
				out = append(out, nil)
				continue
			}
			out = append(out, e.instr[i].mel)
		}
	}
	return out
}

// InstrumentInputs returns the instrument model's input vectors, one per
// second of audio analysed (nil for seconds with too little sound), in
// order. It is valid after Finish and is what the training program
// (scripts/instruments/train) reads, so that training and inference share
// one extractor.
func (a *Analyzer) InstrumentInputs() [][]float64 {
	return a.instrInputs
}
