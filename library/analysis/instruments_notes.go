package analysis

import (
	"math"
)

// Note descriptors: properties of the notes themselves rather than of the
// mix's spectrum (after Martin 1999, Eronen & Klapuri 2000, Agostini et
// al. 2003). In every long frame the most salient pitches are found by a
// harmonic sum over the frame's spectral peaks; for each pitch the
// amplitudes of its harmonics 1–8 give its harmonic structure (relative
// levels, tristimulus, odd/even balance, irregularity, inharmonicity),
// the change of its partials since the previous long frame and over the
// short frames inside the long one give its temporal envelope (decay,
// attack, tremolo), and the sharpness of its partials its vibrato or
// noise. Each is measured relative to the note itself, so a change of the
// whole mix's level cancels out. They are averaged per second and per
// register (bass, middle, high).

const (
	// noteHarmonics is how many harmonics of a pitch are measured.
	noteHarmonics = 8
	// notePitchesPerFrame is the most pitches taken from one long frame.
	notePitchesPerFrame = 3
	// noteMinHz and noteMaxF0Hz bound a pitch's fundamental; noteMaxHz is
	// the highest partial measured.
	noteMinHz   = 40.0
	noteMaxF0Hz = 1600.0
	noteMaxHz   = 8000.0
	// notePeakFloor is the level (relative to the frame's strongest peak)
	// below which spectral peaks are ignored: -50 dB.
	notePeakFloor = 1e-5
	// noteMinSalience is the least salience of a further pitch relative
	// to the frame's most salient one.
	noteMinSalience = 0.15
	// noteCandidates is how many of the strongest peaks below noteMaxF0Hz
	// are tried as fundamentals.
	noteCandidates = 12
	// numRegisters is the number of pitch registers; registerEdges their
	// upper edges in Hz.
	numRegisters = 3
)

var registerEdges = [numRegisters]float64{200, 700, math.Inf(1)}

// Layout of a pitch's descriptors (noteDescs of them).
const (
	ndRel      = 0                              // noteHarmonics: each harmonic's level re the strongest (dB/60)
	ndTri      = ndRel + noteHarmonics          // 3: tristimulus T1, T2, T3
	ndOddEven  = ndTri + 3                      // log of odd (3, 5, 7) over even (2..8) harmonics' energy
	ndIrreg    = ndOddEven + 1                  // spectral irregularity (Jensen)
	ndCentroid = ndIrreg + 1                    // amplitude-weighted mean harmonic number / noteHarmonics
	ndCount    = ndCentroid + 1                 // share of harmonics found
	ndInharm   = ndCount + 1                    // mean relative stretch of partials 2..8 (percent)
	ndPitch    = ndInharm + 1                   // log2(f0/440)
	ndDecay    = ndPitch + 1                    // level change of harmonics 1–4 since the previous long frame (dB/10)
	ndDecayHi  = ndDecay + 1                    // that of harmonics 5–8 minus that of 1–4 (dB/10)
	ndSharp    = ndDecayHi + 1                  // share of a partial's neighbourhood energy in its peak bin
	ndSharpHi  = ndSharp + 1                    // that of harmonics 5–8 minus that of 1–4
	ndEnvSlope = ndSharpHi + 1                  // level slope over the short frames (dB/s /100)
	ndEnvResid = ndEnvSlope + 1                 // residual level spread about that slope (dB/10)
	ndEnvRise  = ndEnvResid + 1                 // largest rise between short frames (dB/10)
	noteDescs  = ndEnvRise + 1                  // descriptors per pitch
	noteEnvAt  = ndEnvSlope                     // first envelope descriptor
	noteEnvN   = noteDescs - noteEnvAt          // envelope descriptors
	noteStatic = noteEnvAt                      // descriptors known at the long frame
	noteDims   = numRegisters*(noteDescs+1) + 2 // a second's note inputs
)

// notePitch is one pitch of a long frame.
type notePitch struct {
	f0    float64
	reg   int
	amp   [noteHarmonics]float64 // harmonic amplitudes (0: not found)
	freq  [noteHarmonics]float64 // their measured frequencies (Hz)
	bin   [noteHarmonics]int     // their peak bins in the long spectrum
	short [4]int                 // short-spectrum bins of harmonics 1–4
}

// noteSecond holds one second's sums of pitch descriptors per register.
type noteSecond struct {
	longFrames int
	voiced     int // long frames with a pitch
	pitches    int
	n          [numRegisters]float64
	sum        [numRegisters][noteDescs]float64
	envN       [numRegisters]float64
}

// noteAccum collects the note descriptors of the current excerpt.
type noteAccum struct {
	on       bool
	pow      []float64 // this long frame's power spectrum (bins 0..kmax)
	prevPow  []float64 // the previous long frame's
	havePrev bool
	kmin     int
	kmax     int
	peakK    []int
	peakF    []float64
	peakA    []float64
	used     []bool
	cand     []int // the peaks tried as fundamentals
	// pitches are the last long frame's pitches, which lies from
	// longStart to longEnd in second second; their envelopes are read
	// from the short frames within it when the next long frame comes (or
	// the excerpt ends), by which time every such short frame has been
	// seen, however the audio was written.
	pitches            []notePitch
	second             int
	longStart, longEnd int64
	// recent holds the short frames' power spectra since the last long
	// frame's start, in order; spare keeps dropped ones for reuse.
	recent, spare []shortSpectrum
	seconds       []noteSecond
}

// shortSpectrum is one short frame's power spectrum (bins 1..K) and
// where the frame lies.
type shortSpectrum struct {
	start, end int64
	p          []float64
}

// at returns the sums of second sec.
func (s *noteAccum) at(sec int) *noteSecond {
	for len(s.seconds) <= sec {
		s.seconds = append(s.seconds, noteSecond{})
	}
	return &s.seconds[sec]
}

// addLong measures the pitches of one long frame (coef, power scale
// norm) starting at pos, in second sec; fresh marks an excerpt's first
// frame, which has no previous frame to compare with.
func (s *noteAccum) addLong(sec int, coef []complex128, norm, binHz, binHzShort float64, pos int64, n int, fresh bool) {
	s.flushEnvelopes()
	// Short frames before this long frame are not needed any more.
	keep := s.recent[:0]
	for _, r := range s.recent {
		if r.start >= pos {
			keep = append(keep, r)
		} else {
			s.spare = append(s.spare, r)
		}
	}
	s.recent = keep
	if s.pow == nil {
		s.kmin = max(2, int(noteMinHz/binHz))
		s.kmax = min(len(coef)-2, int(noteMaxHz/binHz))
		s.pow = make([]float64, s.kmax+2)
		s.prevPow = make([]float64, s.kmax+2)
	}
	s.pow, s.prevPow = s.prevPow, s.pow
	s.havePrev = !fresh
	var peakMax float64
	for k := s.kmin - 1; k <= s.kmax+1; k++ {
		c := coef[k]
		p := (real(c)*real(c) + imag(c)*imag(c)) * norm
		s.pow[k] = p
		if p > peakMax {
			peakMax = p
		}
	}
	d := s.at(sec)
	d.longFrames++
	s.second, s.longStart, s.longEnd = sec, pos, pos+int64(n)
	if peakMax < silentFramePower*1e-3 {
		return
	}
	// Spectral peaks, interpolated on the log magnitude.
	s.peakK, s.peakF, s.peakA, s.used = s.peakK[:0], s.peakF[:0], s.peakA[:0], s.used[:0]
	thr := peakMax * notePeakFloor
	for k := s.kmin; k <= s.kmax; k++ {
		p := s.pow[k]
		if p <= thr || p <= s.pow[k-1] || p < s.pow[k+1] {
			continue
		}
		off, h := parabolicPeak(0.5*math.Log(s.pow[k-1]+1e-20), 0.5*math.Log(p), 0.5*math.Log(s.pow[k+1]+1e-20))
		s.peakK = append(s.peakK, k)
		s.peakF = append(s.peakF, (float64(k)+off)*binHz)
		s.peakA = append(s.peakA, math.Exp(h))
		s.used = append(s.used, false)
	}
	// The strongest peaks below noteMaxF0Hz are the candidate
	// fundamentals.
	s.cand = s.cand[:0]
	for i, f := range s.peakF {
		if f < noteMinHz || f > noteMaxF0Hz {
			continue
		}
		if len(s.cand) < noteCandidates {
			s.cand = append(s.cand, i)
		} else if weakest := s.weakestCandidate(); s.peakA[i] > s.peakA[s.cand[weakest]] {
			s.cand[weakest] = i
		}
	}
	// Pitches by harmonic sum, the strongest first; a pitch's partials are
	// taken out before the next is sought.
	var first float64
	for len(s.pitches) < notePitchesPerFrame {
		best, bestSal := -1, 0.0
		for _, i := range s.cand {
			if s.used[i] {
				continue
			}
			sal, found := s.salience(s.peakF[i], binHz)
			if found >= 2 && (sal > bestSal || sal == bestSal && best >= 0 && i < best) {
				best, bestSal = i, sal
			}
		}
		if best < 0 || bestSal < noteMinSalience*first {
			break
		}
		if first == 0 {
			first = bestSal
		}
		p := s.takePitch(s.peakF[best], binHz, binHzShort)
		s.addStatic(d, &p)
		s.pitches = append(s.pitches, p)
	}
	if len(s.pitches) > 0 {
		d.voiced++
	}
}

// weakestCandidate returns the position in cand of its weakest peak.
func (s *noteAccum) weakestCandidate() int {
	w := 0
	for j, i := range s.cand {
		if s.peakA[i] < s.peakA[s.cand[w]] {
			w = j
		}
	}
	return w
}

// tolerance is how far (Hz) harmonic h of f0 may lie from h·f0.
func tolerance(f0 float64, h int, binHz float64) float64 {
	return math.Min(0.4*f0, math.Max(1.5*binHz, 0.03*float64(h)*f0))
}

// match returns the index of the free peak nearest harmonic h of f0
// within tolerance, or -1.
func (s *noteAccum) match(f0 float64, h int, binHz float64) int {
	target, tol := float64(h)*f0, tolerance(f0, h, binHz)
	best, bestD := -1, tol
	// The peaks ascend in frequency: start at the first within reach.
	lo, hi := 0, len(s.peakF)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.peakF[m] < target-tol {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(s.peakF); i++ {
		f := s.peakF[i]
		if f > target+tol {
			break
		}
		if d := math.Abs(f - target); !s.used[i] && d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}

// salience is the harmonic sum of f0 over the free peaks (harmonic h
// weighted 0.8^(h-1)) and how many harmonics were found.
func (s *noteAccum) salience(f0, binHz float64) (float64, int) {
	var sal float64
	found := 0
	w := 1.0
	for h := 1; h <= noteHarmonics; h++ {
		if i := s.match(f0, h, binHz); i >= 0 {
			sal += w * s.peakA[i]
			found++
		}
		w *= 0.8
	}
	return sal, found
}

// takePitch measures the pitch at f0 and marks its partials used.
func (s *noteAccum) takePitch(f0, binHz, binHzShort float64) notePitch {
	p := notePitch{f0: f0}
	for p.reg < numRegisters-1 && f0 >= registerEdges[p.reg] {
		p.reg++
	}
	for h := 1; h <= noteHarmonics; h++ {
		i := s.match(f0, h, binHz)
		if i < 0 {
			continue
		}
		s.used[i] = true
		p.amp[h-1], p.freq[h-1], p.bin[h-1] = s.peakA[i], s.peakF[i], s.peakK[i]
	}
	for h := range p.short {
		p.short[h] = int(math.Round(float64(h+1) * f0 / binHzShort))
	}
	return p
}

// addStatic adds the pitch's descriptors known from the long frame to
// second d.
func (s *noteAccum) addStatic(d *noteSecond, p *notePitch) {
	var x [noteStatic]float64
	var amax, total, energy float64
	for _, a := range p.amp {
		amax = math.Max(amax, a)
		total += a
		energy += a * a
	}
	for h, a := range p.amp {
		x[ndRel+h] = 20 * math.Log10((a+1e-3*amax)/amax) / 60
	}
	x[ndTri] = p.amp[0] / total
	x[ndTri+1] = (p.amp[1] + p.amp[2] + p.amp[3]) / total
	x[ndTri+2] = (p.amp[4] + p.amp[5] + p.amp[6] + p.amp[7]) / total
	eps := 1e-4 * amax * amax
	odd := p.amp[2]*p.amp[2] + p.amp[4]*p.amp[4] + p.amp[6]*p.amp[6] + eps
	even := p.amp[1]*p.amp[1] + p.amp[3]*p.amp[3] + p.amp[5]*p.amp[5] + p.amp[7]*p.amp[7] + eps
	x[ndOddEven] = math.Log(odd/even) / 5
	var irr, centroid float64
	found := 0
	for h, a := range p.amp {
		if h+1 < noteHarmonics {
			irr += (a - p.amp[h+1]) * (a - p.amp[h+1])
		}
		centroid += float64(h+1) * a
		if a > 0 {
			found++
		}
	}
	x[ndIrreg] = irr / energy
	x[ndCentroid] = centroid / total / noteHarmonics
	x[ndCount] = float64(found) / noteHarmonics
	// Inharmonicity: how far partials 2..8 lie from multiples of the
	// fundamental that they imply with it (stiff strings stretch upward).
	if p.amp[0] > 0 {
		var stretch float64
		n := 0
		for h := 1; h < noteHarmonics; h++ {
			if p.amp[h] > 0 {
				stretch += p.freq[h]/(float64(h+1)*p.freq[0]) - 1
				n++
			}
		}
		if n > 0 {
			x[ndInharm] = math.Max(-3, math.Min(3, 100*stretch/float64(n)))
		}
	}
	x[ndPitch] = math.Log2(p.f0 / 440)
	// Decay since the previous long frame, and partial sharpness.
	var lo, hi, loW, hiW, shLo, shHi float64
	for h, k := range p.bin {
		a := p.amp[h]
		if a == 0 {
			continue
		}
		var nb float64
		for j := max(1, k-3); j <= min(len(s.pow)-1, k+3); j++ {
			nb += s.pow[j]
		}
		sharp := s.pow[k] / nb
		var change float64
		if s.havePrev {
			change = math.Max(-30, math.Min(30, 10*math.Log10((s.pow[k]+powerFloor)/(s.prevPow[k]+powerFloor))))
		}
		if h < 4 {
			lo += a * change
			shLo += a * sharp
			loW += a
		} else {
			hi += a * change
			shHi += a * sharp
			hiW += a
		}
	}
	if loW > 0 {
		x[ndDecay] = lo / loW / 10
		x[ndSharp] = shLo / loW
		if hiW > 0 {
			x[ndDecayHi] = (hi/hiW - lo/loW) / 10
			x[ndSharpHi] = shHi/hiW - shLo/loW
		}
	}
	d.pitches++
	d.n[p.reg]++
	for i, v := range x {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			d.sum[p.reg][i] += v
		}
	}
}

// addShort keeps the power spectrum p (bins 1..K) of a short frame from
// start to end, for the envelopes of the pitches around it.
func (s *noteAccum) addShort(p []float64, start, end int64) {
	var r shortSpectrum
	if n := len(s.spare); n > 0 {
		r, s.spare = s.spare[n-1], s.spare[:n-1]
	}
	r.start, r.end, r.p = start, end, append(r.p[:0], p...)
	s.recent = append(s.recent, r)
}

// flushEnvelopes adds the envelope descriptors of the last long frame's
// pitches to their second and forgets the pitches: each pitch's level
// (harmonics 1–4) in the short frames that lie within the long frame, its
// slope, the spread about that slope (tremolo, beating) and the largest
// rise between frames (attacks).
func (s *noteAccum) flushEnvelopes() {
	if len(s.pitches) == 0 {
		return
	}
	d := s.at(s.second)
	env := make([]float64, 0, 8)
	for i := range s.pitches {
		q := &s.pitches[i]
		env = env[:0]
		for _, r := range s.recent {
			if r.start < s.longStart || r.end > s.longEnd {
				continue
			}
			var e float64
			for _, k := range q.short {
				for j := max(1, k-1); j <= min(len(r.p), k+1); j++ {
					e += r.p[j-1]
				}
			}
			env = append(env, 10*math.Log10(e+powerFloor))
		}
		if len(env) < 4 {
			continue
		}
		slope, resid := lineFit(env)
		var rise float64
		for j := 1; j < len(env); j++ {
			rise = math.Max(rise, env[j]-env[j-1])
		}
		// Slope per short frame to dB per second at 43 frames a second
		// (22050 Hz; other rates differ by the hop, a constant factor).
		d.sum[q.reg][ndEnvSlope] += math.Max(-3, math.Min(3, slope*43/100))
		d.sum[q.reg][ndEnvResid] += resid / 10
		d.sum[q.reg][ndEnvRise] += math.Min(3, rise/10)
		d.envN[q.reg]++
	}
	s.pitches = s.pitches[:0]
}

// lineFit returns the least-squares slope of y over its index and the
// standard deviation of the residuals.
func lineFit(y []float64) (slope, resid float64) {
	n := float64(len(y))
	var sx, sy, sxx, sxy float64
	for i, v := range y {
		x := float64(i)
		sx += x
		sy += v
		sxx += x * x
		sxy += x * v
	}
	slope = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	icpt := (sy - slope*sx) / n
	var ss float64
	for i, v := range y {
		r := v - icpt - slope*float64(i)
		ss += r * r
	}
	return slope, math.Sqrt(ss / n)
}

// endExcerpt hands over the excerpt's seconds and starts afresh.
func (s *noteAccum) endExcerpt() []noteSecond {
	s.flushEnvelopes()
	s.spare = append(s.spare, s.recent...)
	s.recent = s.recent[:0]
	out := s.seconds
	s.seconds = nil
	s.havePrev = false
	return out
}

// vector returns the second's note inputs: per register, the mean of its
// pitches' descriptors and its share of the second's pitches; then the
// pitches per long frame and the share of long frames with a pitch
// (zeros where no pitch was heard).
func (d *noteSecond) vector() []float64 {
	x := make([]float64, noteDims)
	for r := 0; r < numRegisters; r++ {
		at := r * (noteDescs + 1)
		if d.n[r] > 0 {
			for i := 0; i < noteStatic; i++ {
				x[at+i] = d.sum[r][i] / d.n[r]
			}
			x[at+noteDescs] = d.n[r] / float64(d.pitches)
		}
		if d.envN[r] > 0 {
			for i := noteEnvAt; i < noteDescs; i++ {
				x[at+i] = d.sum[r][i] / d.envN[r]
			}
		}
	}
	if d.longFrames > 0 {
		x[numRegisters*(noteDescs+1)] = float64(d.pitches) / float64(d.longFrames)
		x[numRegisters*(noteDescs+1)+1] = float64(d.voiced) / float64(d.longFrames)
	}
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			x[i] = 0
		}
	}
	return x
}

// KeepInstrumentNotes makes the analyser measure the note descriptors that
// InstrumentNoteInputs returns; call it before the first Write.
func (a *Analyzer) KeepInstrumentNotes() {
	a.notes.on = true
}

// InstrumentNoteInputs returns, per second of audio analysed and in the
// order of InstrumentInputs, the second's note descriptors (nil where
// InstrumentInputs is nil, and for every second unless the notes were
// measured: see KeepInstrumentNotes). It is valid after Finish and is what
// the trainer reads.
func (a *Analyzer) InstrumentNoteInputs() [][]float64 {
	var out [][]float64
	for _, e := range a.excerpts {
		for i := range e.instr {
			if !a.notes.on || e.instr[i].frames < minInstrumentFrames {
				out = append(out, nil)
				continue
			}
			var d noteSecond
			if i < len(e.notes) {
				d = e.notes[i]
			}
			out = append(out, d.vector())
		}
	}
	return out
}
