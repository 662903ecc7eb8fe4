package synth

import (
	"math"
	"math/rand/v2"
)

// DrumPattern selects the groove of a DrumLoop.
type DrumPattern int

// The drum patterns. Each names where the kick (K), snare (S) and hi-hat
// (H) play within one bar.
const (
	// Rock is 4/4 with the kick on 1 and 3 (and the "and" of 3), the
	// snare on 2 and 4 and closed hats on every eighth note.
	Rock DrumPattern = iota
	// Hats16 is Rock with hats on every sixteenth note.
	Hats16
	// FourOnFloor is 4/4 house: a kick on every beat, a clap on 2 and 4
	// and an open hat on every off-beat eighth.
	FourOnFloor
	// Breakbeat is a syncopated 4/4 groove: kicks on 1, the "and" of 2 and
	// the "a" of 3, snares on 2 and 4, eighth hats.
	Breakbeat
	// Waltz is 3/4: a kick on 1, snares on 2 and 3, hats on eighths.
	Waltz
	// SixEight is 6/8 counted in dotted quarters (the beat): a kick on 1,
	// a snare on 4 and hats on all six eighths.
	SixEight
	numDrumPatterns
)

// DrumPatterns returns every pattern.
func DrumPatterns() []DrumPattern {
	out := make([]DrumPattern, 0, numDrumPatterns)
	for p := DrumPattern(0); p < numDrumPatterns; p++ {
		out = append(out, p)
	}
	return out
}

// String returns the pattern's name, such as "rock".
func (p DrumPattern) String() string {
	return [...]string{"rock", "hats16", "four-on-floor", "breakbeat", "waltz", "six-eight", "?"}[min(int(p), int(numDrumPatterns))]
}

// DrumSpec describes a drum loop.
type DrumSpec struct {
	// BPM is the beat rate: quarter notes, or dotted quarters in 6/8.
	BPM     float64
	Pattern DrumPattern
	// Swing delays every off-beat eighth (or sixteenth with Hats16) by
	// this fraction of its length (0 to 0.3).
	Swing float64
	// Drift is the total relative tempo change from start to end, such
	// as 0.03 for a loop that speeds up by 3 %.
	Drift float64
	// Noise adds white noise at this fraction of the loop's RMS.
	Noise float64
	// Seconds and SampleRate default to 30 and 44100.
	Seconds    float64
	SampleRate int
	// Seed varies the velocities, timing jitter and noise.
	Seed uint64
}

// DrumLoop renders a kick/snare/hi-hat loop: a kick is a sine sweeping
// from 150 to 50 Hz, a snare a 190 Hz tone with a burst of band-limited
// noise, a hat a short burst of high-passed noise. Velocities and timing
// vary a little, as a drummer's do.
func DrumLoop(s DrumSpec) []float32 {
	if s.BPM <= 0 {
		s.BPM = DefaultBPM
	}
	if s.Seconds <= 0 {
		s.Seconds = DefaultSeconds
	}
	if s.SampleRate <= 0 {
		s.SampleRate = DefaultSampleRate
	}
	sr := float64(s.SampleRate)
	out := make([]float32, int(s.Seconds*sr))
	rng := rand.New(rand.NewPCG(s.Seed, 99))

	// Grid: steps per beat and the hits of one bar.
	type hit struct {
		step int
		kind byte // 'K', 'S', 'H' (closed), 'O' (open)
	}
	stepsPerBeat, beatsPerBar := 2, 4
	var bar []hit
	add := func(kind byte, steps ...int) {
		for _, st := range steps {
			bar = append(bar, hit{st, kind})
		}
	}
	switch s.Pattern {
	case Hats16:
		stepsPerBeat = 4
		add('K', 0, 8, 10)
		add('S', 4, 12)
		add('H', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
	case FourOnFloor:
		add('K', 0, 2, 4, 6)
		add('S', 2, 6)
		add('O', 1, 3, 5, 7)
	case Breakbeat:
		stepsPerBeat = 4
		add('K', 0, 6, 10)
		add('S', 4, 12)
		add('H', 0, 2, 4, 6, 8, 10, 12, 14)
	case Waltz:
		beatsPerBar = 3
		add('K', 0)
		add('S', 2, 4)
		add('H', 0, 1, 2, 3, 4, 5)
	case SixEight:
		stepsPerBeat, beatsPerBar = 3, 2
		add('K', 0)
		add('S', 3)
		add('H', 0, 1, 2, 3, 4, 5)
	default: // Rock
		add('K', 0, 4, 5)
		add('S', 2, 6)
		add('H', 0, 1, 2, 3, 4, 5, 6, 7)
	}

	// Beat times with linear tempo drift: the tempo goes from bpm to
	// bpm*(1+Drift) over the loop.
	t := 0.0
	for b := 0; t < s.Seconds; b++ {
		frac := t / s.Seconds
		beat := 60 / (s.BPM * (1 + s.Drift*frac))
		for _, h := range bar {
			if h.step/stepsPerBeat != b%beatsPerBar {
				continue
			}
			sub := h.step % stepsPerBeat
			off := float64(sub) / float64(stepsPerBeat)
			if sub%2 == 1 && stepsPerBeat != 3 {
				off += s.Swing / float64(stepsPerBeat)
			}
			at := t + off*beat + 0.004*rng.NormFloat64()
			vel := 0.85 + 0.15*rng.Float64()
			if h.kind == 'H' && sub != 0 {
				vel *= 0.7
			}
			switch h.kind {
			case 'K':
				drumKick(out, at, vel, sr)
			case 'S':
				drumSnare(out, at, vel, sr, rng)
			case 'H':
				drumHat(out, at, vel*0.5, 0.04, sr, rng)
			case 'O':
				drumHat(out, at, vel*0.5, 0.18, sr, rng)
			}
		}
		t += beat
	}
	if s.Noise > 0 {
		a := s.Noise * rms(out) * math.Sqrt(3)
		for i := range out {
			out[i] += float32(a * (2*rng.Float64() - 1))
		}
	}
	normalizePeak(out, 0.9)
	return out
}

// span returns the sample range [i0, i1) of length seconds starting at t,
// clipped to out.
func drumSpan(out []float32, t, length, sr float64) (int, int) {
	i0 := max(0, int(t*sr))
	i1 := min(len(out), int((t+length)*sr))
	return i0, i1
}

func drumKick(out []float32, t, vel, sr float64) {
	i0, i1 := drumSpan(out, t, 0.35, sr)
	var phase float64
	for i := i0; i < i1; i++ {
		x := float64(i-i0) / sr
		f := 50 + 100*math.Exp(-x/0.03)
		phase += 2 * math.Pi * f / sr
		out[i] += float32(vel * math.Exp(-x/0.12) * math.Sin(phase))
	}
}

func drumSnare(out []float32, t, vel, sr float64, rng *rand.Rand) {
	i0, i1 := drumSpan(out, t, 0.25, sr)
	var lp, prev float64
	for i := i0; i < i1; i++ {
		x := float64(i-i0) / sr
		n := 2*rng.Float64() - 1
		// A crude band-pass: first difference of a one-pole low-pass.
		lp += 0.5 * (n - lp)
		bp := lp - prev
		prev = lp
		tone := math.Sin(2*math.Pi*190*x) * math.Exp(-x/0.05)
		out[i] += float32(vel * (0.5*tone + 1.2*bp*math.Exp(-x/0.07)))
	}
}

func drumHat(out []float32, t, vel, decay, sr float64, rng *rand.Rand) {
	i0, i1 := drumSpan(out, t, 4*decay, sr)
	var prev float64
	for i := i0; i < i1; i++ {
		x := float64(i-i0) / sr
		n := 2*rng.Float64() - 1
		hp := n - prev // first difference: high-pass
		prev = n
		out[i] += float32(vel * 0.6 * hp * math.Exp(-x/decay))
	}
}
