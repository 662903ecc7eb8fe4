package synth

import (
	"math"
)

const tableSize = 2048

type tableKind int

const (
	tablePianoBright tableKind = iota
	tablePianoDull
	tableSaw
	tableOrgan
	tableSquare
	tableBass
)

type tableKey struct {
	kind tableKind
	midi int
}

// table returns a single-cycle wavetable for kind at MIDI note midi,
// band-limited so no harmonic passes 45 % of the sample rate (no aliasing),
// normalised to an RMS of 0.5.
func (r *renderer) table(kind tableKind, midi int) []float32 {
	key := tableKey{kind, midi}
	if t, ok := r.tables[key]; ok {
		return t
	}
	f := midiFreq(float64(midi) + 0.5) // the upper edge of the semitone
	maxH := int(0.45 * r.sr / f)
	var amps []float64
	switch kind {
	case tablePianoBright:
		for k := 1; k <= 12; k++ {
			amps = append(amps, 1/math.Pow(float64(k), 1.1))
		}
	case tablePianoDull:
		amps = []float64{1, 0.35, 0.1}
	case tableSaw:
		for k := 1; k <= 16; k++ {
			amps = append(amps, math.Pow(0.88, float64(k-1))/float64(k))
		}
	case tableOrgan:
		// Drawbars 8', 4', 2 2/3', 2', 1 3/5' (weak), 1 1/3', 1'.
		amps = []float64{1, 0.85, 0.7, 0.6, 0.15, 0.5, 0.1, 0.45}
	case tableSquare:
		// A 25 % pulse: bright, yet its strongest overtone is the octave, so
		// the pitch class stays clear (a true square's odd harmonics pile
		// energy onto the fifth and the major third).
		for k := 1; k <= 31; k++ {
			amps = append(amps, math.Abs(math.Sin(math.Pi*float64(k)*0.25))/float64(k))
		}
	case tableBass:
		amps = []float64{1, 0.45, 0.18, 0.06}
	}
	t := make([]float32, tableSize+1)
	var sumSq float64
	for i := 0; i < tableSize; i++ {
		ph := 2 * math.Pi * float64(i) / tableSize
		var v float64
		for k, a := range amps {
			if k+1 > maxH {
				break
			}
			v += a * math.Sin(float64(k+1)*ph)
		}
		t[i] = float32(v)
		sumSq += v * v
	}
	g := 0.5 / math.Max(math.Sqrt(sumSq/tableSize), 1e-9)
	for i := range t[:tableSize] {
		t[i] *= float32(g)
	}
	t[tableSize] = t[0]
	r.tables[key] = t
	return t
}

// osc reads a wavetable with linear interpolation.
type osc struct {
	table []float32
	phase float64 // in table samples
	inc   float64
}

func newOsc(table []float32, freq, sr, phase float64) osc {
	return osc{table: table, phase: phase * tableSize, inc: freq * tableSize / sr}
}

func (o *osc) next() float64 {
	i := int(o.phase)
	frac := o.phase - float64(i)
	a, b := o.table[i], o.table[i+1]
	o.phase += o.inc
	if o.phase >= tableSize {
		o.phase -= tableSize
	}
	return float64(a) + frac*float64(b-a)
}

// sinTable is a one-cycle sine for the FM voice.
var sinTable = func() []float32 {
	t := make([]float32, tableSize+1)
	for i := range t {
		t[i] = float32(math.Sin(2 * math.Pi * float64(i) / tableSize))
	}
	return t
}()

// fastSin returns sin(2π·x) for any x.
func fastSin(x float64) float64 {
	x -= math.Floor(x)
	p := x * tableSize
	i := int(p)
	frac := p - float64(i)
	a, b := sinTable[i], sinTable[i+1]
	return float64(a) + frac*float64(b-a)
}

// span returns the sample range [i0, i1) for a sound starting at t lasting
// length seconds, clipped to the buffer.
func (r *renderer) span(t, length float64) (i0, i1 int) {
	i0 = int(math.Round(t * r.sr))
	i1 = i0 + int(length*r.sr)
	if i0 < 0 {
		i0 = 0
	}
	if i1 > r.n {
		i1 = r.n
	}
	return i0, i1
}

// envelope is a linear attack, an exponential decay towards a sustain level
// and a linear release after the note ends, computed incrementally (one
// multiply per sample instead of an exp).
type envelope struct {
	i, attackN, endN int
	releaseN         float64
	sustain, dec     float64
	mul              float64
}

func newEnvelope(sr, dur, attack, decayRate, sustain, release float64) envelope {
	return envelope{
		attackN:  max(1, int(attack*sr)),
		endN:     int(dur * sr),
		releaseN: math.Max(1, release*sr),
		sustain:  sustain,
		dec:      1,
		mul:      math.Exp(-decayRate / sr),
	}
}

func (e *envelope) next() float64 {
	var v float64
	if e.i < e.attackN {
		v = float64(e.i) / float64(e.attackN)
	} else {
		v = e.sustain + (1-e.sustain)*e.dec
		e.dec *= e.mul
	}
	if e.i > e.endN {
		x := 1 - float64(e.i-e.endN)/e.releaseN
		if x <= 0 {
			x = 0
		}
		v *= x
	}
	e.i++
	return v
}

// decay returns an exponential decay of rate per second, one multiply per
// sample.
type decay struct{ v, mul float64 }

func newDecay(rate, sr float64) decay { return decay{1, math.Exp(-rate / sr)} }

func (d *decay) next() float64 {
	v := d.v
	d.v *= d.mul
	return v
}

// note renders one pitched note of the spec's timbre into buf.
func (r *renderer) note(buf []float32, t, dur, midi, vel, bright float64) {
	f := midiFreq(midi)
	m := int(math.Round(midi))
	switch r.s.Timbre {
	case Piano:
		rel := 0.12
		i0, i1 := r.span(t, dur+rel)
		ob := newOsc(r.table(tablePianoBright, m), f, r.sr, 0)
		od := newOsc(r.table(tablePianoDull, m), f, r.sr, 0)
		env := newEnvelope(r.sr, dur, 0.004, 0.9+0.03*math.Max(0, midi-48), 0, rel)
		bd := newDecay(5, r.sr)
		for i := i0; i < i1; i++ {
			b := bright * bd.next()
			v := b*ob.next() + (1-b)*od.next()
			buf[i] += float32(vel * env.next() * v)
		}
	case Pad:
		rel := 0.5
		i0, i1 := r.span(t, dur+rel)
		tab := r.table(tableSaw, m)
		oscs := [3]osc{
			newOsc(tab, f*math.Pow(2, -8.0/1200), r.sr, r.rng.Float64()),
			newOsc(tab, f, r.sr, r.rng.Float64()),
			newOsc(tab, f*math.Pow(2, 8.0/1200), r.sr, r.rng.Float64()),
		}
		env := newEnvelope(r.sr, dur, math.Min(0.45, dur/3), 1, 0.85, rel)
		for i := i0; i < i1; i++ {
			v := (oscs[0].next() + oscs[1].next() + oscs[2].next()) / 2
			buf[i] += float32(vel * env.next() * v)
		}
	case Organ:
		rel := 0.04
		i0, i1 := r.span(t, dur+rel)
		o := newOsc(r.table(tableOrgan, m), f, r.sr, 0)
		env := newEnvelope(r.sr, dur, 0.008, 0, 1, rel)
		for i := i0; i < i1; i++ {
			buf[i] += float32(vel * env.next() * o.next())
		}
	case Lead:
		rel := 0.06
		i0, i1 := r.span(t, dur+rel)
		o := newOsc(r.table(tableSquare, m), f, r.sr, 0)
		env := newEnvelope(r.sr, dur, 0.005, 8, 0.7, rel)
		for i := i0; i < i1; i++ {
			buf[i] += float32(vel * env.next() * o.next())
		}
	case Bell:
		r.fmBell(buf, t, dur, f, vel, bright)
	case Pluck:
		r.karplusStrong(buf, t, dur, f, vel, bright)
	}
}

// fmBell is a two-operator FM voice at a 1:1 ratio (so its partials are
// every harmonic and the pitch is unambiguous) with a decaying index, plus a
// quiet 1:7 shimmer.
func (r *renderer) fmBell(buf []float32, t, dur, f, vel, bright float64) {
	ring := dur + 0.9
	i0, i1 := r.span(t, ring)
	index0 := (0.6 + 1.4*bright) / (2 * math.Pi)
	env := newEnvelope(r.sr, ring, 0.002, 2.2, 0, 0.01)
	idx := newDecay(3, r.sr)
	shim := newDecay(6, r.sr)
	inc := f / r.sr
	var pc, pm, ps float64 // phases in cycles
	for i := i0; i < i1; i++ {
		mod := sinCycle(pm) * index0 * idx.next()
		v := sinCycle(wrap1(pc+mod+1)) + 0.15*shim.next()*sinCycle(ps)
		buf[i] += float32(0.7 * vel * env.next() * v)
		pc = wrap1(pc + inc)
		pm = wrap1(pm + inc)
		ps = wrap1(ps + 7*inc)
	}
}

// wrap1 wraps x (>= 0, < 3) into [0, 1).
func wrap1(x float64) float64 {
	for x >= 1 {
		x--
	}
	return x
}

// sinCycle returns sin(2π·x) for x in [0, 1).
func sinCycle(x float64) float64 {
	p := x * tableSize
	i := int(p)
	frac := p - float64(i)
	a, b := sinTable[i], sinTable[i+1]
	return float64(a) + frac*float64(b-a)
}

// karplusStrong plucks a string: a delay line of one period with an
// averaging filter and a first-order all-pass for the fractional part of the
// period, so the pitch is accurate to a few cents.
func (r *renderer) karplusStrong(buf []float32, t, dur, f, vel, bright float64) {
	ring := dur + 0.4
	i0, i1 := r.span(t, ring)
	if i1 <= i0 {
		return
	}
	// The averaging filter delays half a sample.
	period := r.sr/f - 0.5
	n := int(period)
	d := period - float64(n)
	if d < 0.1 {
		n--
		d++
	}
	if n < 2 {
		n, d = 2, 0.5
	}
	c := (1 - d) / (1 + d)
	line := make([]float64, n)
	// Excitation: noise, low-passed more when less bright.
	a := 0.25 + 0.7*bright
	var y float64
	var mean float64
	for i := range line {
		y += a * (r.rng.Float64()*2 - 1 - y)
		line[i] = y
		mean += y
	}
	mean /= float64(n)
	for i := range line {
		line[i] -= mean
	}
	decay := math.Pow(0.001, 1/(f*3.5)) // about -60 dB in 3.5 s
	var apIn, apOut, prev float64
	pos := 0
	for i := i0; i < i1; i++ {
		tt := float64(i-i0) / r.sr
		x := line[pos]
		avg := 0.5 * (x + prev) * decay
		prev = x
		// All-pass fractional delay.
		ap := c*avg + apIn - c*apOut
		apIn, apOut = avg, ap
		line[pos] = ap
		pos++
		if pos == n {
			pos = 0
		}
		env := 1.0
		if tt > dur {
			env = math.Max(0, 1-(tt-dur)/0.4)
		}
		buf[i] += float32(1.6 * vel * env * x)
	}
}

func (r *renderer) bassNote(t, dur, midi, vel float64) {
	rel := 0.05
	i0, i1 := r.span(t, dur+rel)
	o := newOsc(r.table(tableBass, int(math.Round(midi))), midiFreq(midi), r.sr, 0)
	env := newEnvelope(r.sr, dur, 0.006, 2, 0.6, rel)
	for i := i0; i < i1; i++ {
		r.bass[i] += float32(vel * env.next() * o.next())
	}
}

// ---- drums ------------------------------------------------------------------

func (r *renderer) renderDrums(hookA, hookB float64) {
	e := r.s.Energy
	bar := 4 * r.beat
	for b := 0; float64(b)*bar < r.s.Seconds; b++ {
		t0 := float64(b) * bar
		hook := t0 >= hookA-1e-9 && t0 < hookB-1e-9
		if hook && math.Abs(t0-hookA) < 1e-6 {
			r.crash(t0, 0.8)
		}
		fill := b%8 == 7
		for beat := 0; beat < 4; beat++ {
			tb := t0 + float64(beat)*r.beat
			if beat%2 == 0 || e >= 0.4 {
				r.kick(tb, r.human(1))
			}
			if beat%2 == 1 {
				r.snare(tb, r.human(0.85))
			}
		}
		if e >= 0.8 && b%2 == 1 {
			r.kick(r.swung(t0, 5), r.human(0.6)) // an extra push before beat 3
		}
		if fill && e >= 0.3 {
			for k := 1; k < 4; k++ {
				r.snare(t0+3*r.beat+float64(k)*r.beat/4, r.human(0.35+0.15*float64(k)))
			}
		}
		switch {
		case e < 0.3:
			for beat := 0; beat < 4; beat++ {
				r.hat(t0+float64(beat)*r.beat, r.human(0.6), false)
			}
		case e < 0.75:
			for k := 0; k < 8; k++ {
				vel := 0.45
				if k%2 == 0 {
					vel = 0.65
				}
				open := hook && e >= 0.5 && k%2 == 1
				r.hat(r.swung(t0, k), r.human(vel), open)
			}
		default:
			for k := 0; k < 16; k++ {
				vel := 0.35
				switch {
				case k%4 == 0:
					vel = 0.7
				case k%2 == 0:
					vel = 0.5
				}
				// Sixteenths sit between the (swung) eighths.
				t := r.swung(t0, k/2)
				if k%2 == 1 {
					t = (t + r.swung(t0, k/2+1)) / 2
				}
				open := hook && k%4 == 2
				r.hat(t, r.human(vel), open)
			}
		}
	}
}

// human varies a velocity by up to ±8 %.
func (r *renderer) human(v float64) float64 {
	return v * (0.92 + 0.16*r.rng.Float64())
}

func (r *renderer) kick(t, vel float64) {
	i0, i1 := r.span(t, 0.35)
	var phase float64
	for i := i0; i < i1; i++ {
		tt := float64(i-i0) / r.sr
		f := 48 + 110*math.Exp(-tt*35)
		phase += f / r.sr
		v := fastSin(phase) * math.Exp(-tt*9)
		if tt < 0.003 {
			v += 0.3 * (r.rng.Float64()*2 - 1)
		}
		r.drums[i] += float32(1.1 * vel * v)
	}
}

func (r *renderer) snare(t, vel float64) {
	i0, i1 := r.span(t, 0.22)
	var prev float64
	for i := i0; i < i1; i++ {
		tt := float64(i-i0) / r.sr
		w := r.rng.Float64()*2 - 1
		hp := w - prev
		prev = w
		v := 0.45*hp*math.Exp(-tt*18) + 0.5*fastSin(185*tt)*math.Exp(-tt*30)
		r.drums[i] += float32(vel * v)
	}
}

func (r *renderer) hat(t, vel float64, open bool) {
	rate, length := 70.0, 0.07
	if open {
		rate, length = 11, 0.35
	}
	r.metal(t, vel*0.35, rate, length)
}

func (r *renderer) crash(t, vel float64) {
	r.metal(t, vel*0.4, 2.5, 1.6)
}

// metal is twice-differentiated (high-passed) noise with an exponential
// decay.
func (r *renderer) metal(t, vel, rate, length float64) {
	i0, i1 := r.span(t, length)
	var p1, p2 float64
	for i := i0; i < i1; i++ {
		tt := float64(i-i0) / r.sr
		w := r.rng.Float64()*2 - 1
		d1 := w - p1
		p1 = w
		d2 := d1 - p2
		p2 = d1
		r.drums[i] += float32(vel * 0.5 * d2 * math.Exp(-tt*rate))
	}
}
