package synth

import (
	"math"
	"math/rand/v2"
)

// peakTarget is -1 dBFS.
var peakTarget = math.Pow(10, -1.0/20)

// Render synthesises s as mono samples in [-1, 1] at s.SampleRate. The
// result is the same for the same Spec (and so the same Seed).
//
// The music is an eight-chord diatonic progression (see Spec.Progression)
// with a bass on the chord roots, chords and a melody in s.Timbre and, when
// s.Drums is set, kick on the beats, snare on 2 and 4 and hats on eighths or
// sixteenths. It is laid out as intro (no melody), verse, hook (every part
// louder, the melody doubled an octave up, an open hat and a crash) and
// outro, with a short fade at both ends. The peak is normalised to -1 dBFS.
func Render(s Spec) []float32 {
	s = s.Normalized()
	r := newRenderer(s)
	return r.render()
}

// section gains per bus.
type sectionGain struct {
	drums, bass, chords, melody float64
}

type renderer struct {
	s    Spec
	sr   float64
	n    int
	beat float64 // seconds
	rng  *rand.Rand

	drums, bass, chords, melody []float32
	tables                      map[tableKey][]float32
}

func newRenderer(s Spec) *renderer {
	n := int(s.Seconds * float64(s.SampleRate))
	seed := uint64(s.Seed)
	return &renderer{
		s:      s,
		sr:     float64(s.SampleRate),
		n:      n,
		beat:   60 / s.BPM,
		rng:    rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		drums:  make([]float32, n),
		bass:   make([]float32, n),
		chords: make([]float32, n),
		melody: make([]float32, n),
		tables: map[tableKey][]float32{},
	}
}

func (r *renderer) render() []float32 {
	if r.n == 0 {
		return []float32{}
	}
	hookA, hookB := r.s.hookSeconds()
	r.renderHarmony(hookA, hookB)
	if r.s.Drums {
		r.renderDrums(hookA, hookB)
	}

	// Brightness follows energy: a gentle low-pass on the pitched parts.
	cutoff := 1500 + 9000*r.s.Energy
	onePoleLowpass(r.chords, cutoff, r.sr)
	onePoleLowpass(r.melody, cutoff*1.3, r.sr)

	out := make([]float32, r.n)
	gIntro := sectionGain{drums: 0.55, bass: 0.8, chords: 0.9, melody: 0}
	gVerse := sectionGain{drums: 0.8, bass: 0.9, chords: 0.8, melody: 0.75}
	gHook := sectionGain{drums: 1, bass: 1, chords: 1, melody: 1}
	gOutro := sectionGain{drums: 0.7, bass: 0.85, chords: 0.85, melody: 0.6}
	introEnd := roundTo(0.15*r.s.Seconds, 4*r.beat)
	ramp := 0.08 // seconds of crossfade between sections
	drumLevel := 0.45 + 0.55*r.s.Energy
	for i := range out {
		t := float64(i) / r.sr
		var g sectionGain
		switch {
		case t < introEnd:
			g = mixGain(gIntro, gVerse, (t-introEnd)/ramp+1)
		case t < hookA:
			g = mixGain(gVerse, gHook, (t-hookA)/ramp+1)
		case t < hookB:
			g = mixGain(gHook, gOutro, (t-hookB)/ramp+1)
		default:
			g = gOutro
		}
		v := g.drums*drumLevel*float64(r.drums[i]) +
			0.55*g.bass*float64(r.bass[i]) +
			0.30*g.chords*float64(r.chords[i]) +
			0.30*g.melody*float64(r.melody[i])
		out[i] = float32(v)
	}

	if r.s.Noise > 0 {
		r.addNoise(out)
	}

	// Energy sets the crest factor: normalise, saturate, normalise again.
	normalizePeak(out, 1)
	drive := 0.4 + 2.6*r.s.Energy
	norm := math.Tanh(drive)
	for i, v := range out {
		out[i] = float32(math.Tanh(drive*float64(v)) / norm)
	}
	r.fade(out)
	normalizePeak(out, peakTarget)
	return out
}

func mixGain(a, b sectionGain, x float64) sectionGain {
	x = clamp(x, 0, 1)
	return sectionGain{
		drums:  a.drums + (b.drums-a.drums)*x,
		bass:   a.bass + (b.bass-a.bass)*x,
		chords: a.chords + (b.chords-a.chords)*x,
		melody: a.melody + (b.melody-a.melody)*x,
	}
}

func (r *renderer) fade(out []float32) {
	in := math.Min(0.5, 0.05*r.s.Seconds)
	outLen := math.Min(2, 0.08*r.s.Seconds)
	nIn := int(in * r.sr)
	nOut := int(outLen * r.sr)
	for i := 0; i < nIn && i < len(out); i++ {
		out[i] *= float32(float64(i) / float64(nIn))
	}
	for i := 0; i < nOut && i < len(out); i++ {
		j := len(out) - 1 - i
		out[j] *= float32(float64(i) / float64(nOut))
	}
}

// addNoise adds pink noise (Paul Kellet's economy filter) at s.Noise times
// the music's RMS.
func (r *renderer) addNoise(out []float32) {
	musicRMS := rms(out)
	noise := make([]float32, len(out))
	var b0, b1, b2 float64
	for i := range noise {
		w := r.rng.Float64()*2 - 1
		b0 = 0.99765*b0 + w*0.0990460
		b1 = 0.96300*b1 + w*0.2965164
		b2 = 0.57000*b2 + w*1.0526913
		noise[i] = float32(b0 + b1 + b2 + w*0.1848)
	}
	g := r.s.Noise * musicRMS / math.Max(rms(noise), 1e-12)
	for i := range out {
		out[i] += float32(g * float64(noise[i]))
	}
}

func rms(x []float32) float64 {
	if len(x) == 0 {
		return 0
	}
	var sum float64
	for _, v := range x {
		sum += float64(v) * float64(v)
	}
	return math.Sqrt(sum / float64(len(x)))
}

func normalizePeak(x []float32, target float64) {
	var peak float64
	for _, v := range x {
		peak = math.Max(peak, math.Abs(float64(v)))
	}
	if peak == 0 {
		return
	}
	g := float32(target / peak)
	for i := range x {
		x[i] *= g
	}
}

func onePoleLowpass(x []float32, cutoff, sr float64) {
	a := 1 - math.Exp(-2*math.Pi*cutoff/sr)
	var y float64
	for i, v := range x {
		y += a * (float64(v) - y)
		x[i] = float32(y)
	}
}

// ---- harmony: bass, chords, melody ----------------------------------------

func midiFreq(m float64) float64 {
	return 440 * math.Pow(2, (m-69)/12)
}

// degreePitch returns the MIDI note of scale degree d (may exceed 6 or be
// negative) with the tonic placed at MIDI base+tonic.
func (r *renderer) degreePitch(d, base int) int {
	steps := majorSteps
	if r.s.Minor {
		steps = minorSteps
	}
	oct := 0
	for d < 0 {
		d += 7
		oct--
	}
	oct += d / 7
	return base + r.s.Tonic + steps[d%7] + 12*oct
}

// inRange moves note m by octaves into [lo, lo+12).
func inRange(m, lo int) int {
	for m < lo {
		m += 12
	}
	for m >= lo+12 {
		m -= 12
	}
	return m
}

// swung returns the time of eighth note e (counted from the bar start at t0).
func (r *renderer) swung(t0 float64, e int) float64 {
	eighth := r.beat / 2
	t := t0 + float64(e)*eighth
	if e%2 == 1 {
		t += r.s.Swing * eighth
	}
	return t
}

func (r *renderer) renderHarmony(hookA, hookB float64) {
	prog := r.s.Progression()
	bar := 4 * r.beat
	chordLen := float64(r.s.barsPerChord()) * bar
	melodyStart := roundTo(0.15*r.s.Seconds, bar)
	melodyEnd := roundTo(0.85*r.s.Seconds, bar)
	prevMel := r.degreePitch(0, 60) + 12 // start the melody near the tonic

	for ci := 0; float64(ci)*chordLen < r.s.Seconds; ci++ {
		t0 := float64(ci) * chordLen
		deg := prog[ci%len(prog)]
		root := inRange(r.degreePitch(deg, 0), 53)
		third := root + (r.degreePitch(deg+2, 0)-r.degreePitch(deg, 0)+120)%12
		fifth := root + (r.degreePitch(deg+4, 0)-r.degreePitch(deg, 0)+120)%12
		if r.s.Minor && deg == 4 {
			third++ // harmonic minor: a major V with the leading tone
		}
		tones := []int{root, third, fifth}
		hook := t0 >= hookA-1e-9 && t0 < hookB-1e-9

		r.playChords(t0, chordLen, tones, hook)
		r.playBass(t0, chordLen, inRange(root, 36))
		for b := 0; b < r.s.barsPerChord(); b++ {
			tb := t0 + float64(b)*bar
			if tb >= melodyStart && tb < melodyEnd {
				last := (ci%len(prog) == len(prog)-1) && b == r.s.barsPerChord()-1
				prevMel = r.playMelodyBar(tb, tones, prevMel, hook, last)
			}
		}
	}
}

func (r *renderer) playChords(t0, length float64, tones []int, hook bool) {
	vel := 0.8
	if hook {
		vel = 1
	}
	bright := 0.5 + 0.5*r.s.Energy
	switch r.s.Timbre {
	case Pad, Organ:
		for _, m := range tones {
			r.note(r.chords, t0, length, float64(m), vel, bright)
		}
		if hook {
			r.note(r.chords, t0, length, float64(tones[0]+12), 0.6*vel, bright)
		}
	case Piano:
		step := 2 * r.beat
		for t := t0; t < t0+length-1e-9; t += step {
			for _, m := range tones {
				r.note(r.chords, t, step*0.95, float64(m), vel, bright)
			}
		}
	case Lead:
		for b := 0; float64(b)*r.beat < length-1e-9; b++ {
			t := t0 + float64(b)*r.beat
			for _, m := range tones {
				r.note(r.chords, t, r.beat*0.45, float64(m), 0.8*vel, bright)
			}
		}
	case Pluck, Bell:
		arp := []int{tones[0], tones[1], tones[2], tones[0] + 12, tones[2], tones[1], tones[0] + 12, tones[2]}
		eighths := int(length/(r.beat/2) + 0.5)
		for e := 0; e < eighths; e++ {
			t := r.swung(t0, e)
			r.note(r.chords, t, r.beat*0.9, float64(arp[e%len(arp)]), vel, bright)
		}
		// A soft sustained root keeps the harmony clear under the arpeggio.
		r.note(r.chords, t0, length, float64(tones[0]), 0.5*vel, bright)
	}
}

func (r *renderer) playBass(t0, length float64, root int) {
	e := r.s.Energy
	switch {
	case e < 0.35:
		// Whole/half notes.
		step := 2 * r.beat
		for t := t0; t < t0+length-1e-9; t += step {
			r.bassNote(t, step*0.9, float64(root), 1)
		}
	case e < 0.7:
		for b := 0; float64(b)*r.beat < length-1e-9; b++ {
			m := root
			if b%4 == 3 {
				m = root + 7 // a fifth on the last beat of the bar
			}
			r.bassNote(t0+float64(b)*r.beat, r.beat*0.8, float64(m), 1)
		}
	default:
		eighths := int(length/(r.beat/2) + 0.5)
		for i := 0; i < eighths; i++ {
			m := root
			if i%4 == 3 {
				m = root + 12
			}
			r.bassNote(r.swung(t0, i), r.beat*0.4, float64(m), 0.9)
		}
	}
}

// melody rhythms for a bar, in eighths (sum 8).
var melodyRhythms = [][]int{
	{2, 2, 2, 2},
	{3, 1, 2, 2},
	{2, 1, 1, 2, 2},
	{4, 2, 2},
	{1, 1, 2, 1, 1, 2},
	{2, 2, 4},
}

func (r *renderer) playMelodyBar(t0 float64, tones []int, prev int, hook, cadence bool) int {
	rhythm := melodyRhythms[r.rng.IntN(len(melodyRhythms))]
	if cadence {
		rhythm = []int{2, 2, 4}
	}
	scale := r.s.Scale()
	inScale := func(m int) bool {
		pc := ((m % 12) + 12) % 12
		for _, p := range scale {
			if p == pc {
				return true
			}
		}
		return false
	}
	nearestChordTone := func(m int) int {
		best, bestD := m, 99
		for _, ct := range tones {
			for o := -24; o <= 24; o += 12 {
				c := ct + o
				d := c - m
				if d < 0 {
					d = -d
				}
				if d < bestD {
					best, bestD = c, d
				}
			}
		}
		return best
	}
	pos := 0
	m := prev
	for i, dur := range rhythm {
		strong := pos%4 == 0
		// Random walk in scale steps.
		step := r.rng.IntN(5) - 2
		for k := 0; k < abs(step); k++ {
			dir := 1
			if step < 0 {
				dir = -1
			}
			m += dir
			for !inScale(m) {
				m += dir
			}
		}
		if strong {
			m = nearestChordTone(m)
			// Lean on the tonic where the chord allows, as tunes do.
			if tonicIn(tones, r.s.Tonic) && r.rng.IntN(2) == 0 {
				m = nearestPC(m, r.s.Tonic)
			}
		}
		if cadence && i == len(rhythm)-1 {
			m = inRange(r.degreePitch(0, 0), 67) // land on the tonic
		}
		// Keep it in a singable range.
		for m < 65 {
			m += 12
		}
		for m > 86 {
			m -= 12
		}
		t := r.swung(t0, pos)
		d := float64(dur) * r.beat / 2 * 0.9
		vel := 0.75
		if strong {
			vel = 0.9
		}
		r.note(r.melody, t, d, float64(m), vel, 0.8)
		if hook {
			r.note(r.melody, t, d, float64(m+12), 0.45*vel, 0.8)
		}
		pos += dur
	}
	return m
}

// tonicIn reports whether pitch class pc is among the MIDI notes.
func tonicIn(notes []int, pc int) bool {
	for _, n := range notes {
		if n%12 == pc {
			return true
		}
	}
	return false
}

// nearestPC returns the MIDI note of pitch class pc nearest to m.
func nearestPC(m, pc int) int {
	d := ((pc-m)%12 + 12) % 12 // 0..11 semitones up
	if d > 6 {
		d -= 12
	}
	return m + d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Sine returns seconds of a sine wave of freq Hz and peak amplitude amp at
// sampleRate, starting at phase zero. It is handy as a test signal.
func Sine(freq, seconds float64, sampleRate int, amp float64) []float32 {
	n := int(seconds * float64(sampleRate))
	out := make([]float32, n)
	w := 2 * math.Pi * freq / float64(sampleRate)
	for i := range out {
		out[i] = float32(amp * math.Sin(w*float64(i)))
	}
	return out
}
