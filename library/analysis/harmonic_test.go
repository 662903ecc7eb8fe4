package analysis

import (
	"math"
	"testing"
)

func TestHasHarmonicRelative(t *testing.T) {
	peaks := []float64{190, 261.6, 392.4, 523.2, 784.8, 1046}
	for _, c := range []struct {
		f    float64
		want bool
	}{
		{261.6, true}, // 523.2 is its octave
		{392.4, true}, // 784.8 is its octave
		{1046, true},  // 523.2 is its half
		{190, false},  // nothing at 380, 570, 95 or 63
		{784.8, true}, // 392.4 is its half, 261.6 its third
	} {
		if got := hasHarmonicRelative(peaks, c.f); got != c.want {
			t.Errorf("hasHarmonicRelative(%v) = %v, want %v", c.f, got, c.want)
		}
	}
}

// TestPitchedSnareDoesNotDecideTheKey: a C major progression (I-IV-V-I) in
// harmonic tones, with a loud 190 Hz sine ringing out over 0.2 s on every
// beat (a synthesised snare's body in reverb, between F# and G), is heard in
// C major: the sine has no harmonic partials, so it does not vote. When it
// voted, this came out in F# major, as the corpus's sox kit patterns did.
func TestPitchedSnareDoesNotDecideTheKey(t *testing.T) {
	const sr = 22050
	chords := [][]float64{{60, 64, 67}, {65, 69, 72}, {67, 71, 74}, {60, 64, 67}}
	const chordSeconds, beat = 2.0, 0.5
	n := int(4 * 4 * chordSeconds * sr)
	x := make([]float32, n)
	for i := range x {
		ts := float64(i) / sr
		ch := chords[int(ts/chordSeconds)%len(chords)]
		var v float64
		for _, m := range ch {
			f0 := 440 * math.Exp2((m-69)/12)
			for h := 1; h <= 5; h++ {
				v += 0.03 / float64(h) * math.Sin(2*math.Pi*f0*float64(h)*ts)
			}
		}
		tb := math.Mod(ts, beat)
		v += 0.8 * math.Exp(-tb/0.2) * math.Sin(2*math.Pi*190*ts)
		x[i] = float32(v)
	}
	f, err := Analyze(x, sr)
	if err != nil {
		t.Fatal(err)
	}
	if f.Key != "C major" {
		t.Errorf("key %q (confidence %.2f), want C major", f.Key, f.KeyConfidence)
	}
}

// TestLoudBassResonanceDoesNotDecideTheKey: a C major progression (I-IV-V-I)
// of harmonic tones above middle C, with a louder low resonance that every
// beat excites and that rings on between them (92.5 and 185 Hz, F#2 and its
// octave, as a kick drum excites a room's or a reverberator's low modes),
// is heard in C major: the bass register may weigh as much as the register
// above it in each frame, not more. When the loudest bass bin set each
// frame's scale, the resonance's F# outvoted the chords (the corpus's
// reverberant sox kit patterns came out in F# major or minor).
func TestLoudBassResonanceDoesNotDecideTheKey(t *testing.T) {
	const sr = 22050
	chords := [][]float64{{72, 76, 79}, {77, 81, 84}, {79, 83, 86}, {72, 76, 79}}
	const chordSeconds, beat = 2.0, 0.5
	n := int(4 * 4 * chordSeconds * sr)
	x := make([]float32, n)
	for i := range x {
		ts := float64(i) / sr
		ch := chords[int(ts/chordSeconds)%len(chords)]
		var v float64
		for _, m := range ch {
			f0 := 440 * math.Exp2((m-69)/12)
			for h := 1; h <= 4; h++ {
				v += 0.02 / float64(h) * math.Sin(2*math.Pi*f0*float64(h)*ts)
			}
		}
		tb := math.Mod(ts, beat)
		env := 0.3 + 0.7*math.Exp(-tb/0.15)
		v += 0.3 * env * (math.Sin(2*math.Pi*92.5*ts) + 0.7*math.Sin(2*math.Pi*185*ts))
		x[i] = float32(v)
	}
	f, err := Analyze(x, sr)
	if err != nil {
		t.Fatal(err)
	}
	if f.Key != "C major" {
		t.Errorf("key %q (confidence %.2f), want C major", f.Key, f.KeyConfidence)
	}
}

// TestCapBass checks the scaling of the bass register's profile: down to the
// treble's strongest bin when stronger, unchanged when weaker, and kept
// whole when nothing sounds above middle C.
func TestCapBass(t *testing.T) {
	cases := []struct {
		name         string
		bass, treble float64
		want         float64 // the bass bin's share of the sum
	}{
		{"louder bass", 4, 1, 1},
		{"softer bass", 0.5, 1, 0.5},
		{"bass alone", 3, 0, 3},
	}
	for _, c := range cases {
		var b, tr [hpcpSize]float64
		b[0], tr[12] = c.bass, c.treble
		capBass(&b, &tr)
		if math.Abs(tr[0]-c.want) > 1e-12 || tr[12] != c.treble {
			t.Errorf("%s: bass bin %.3f, treble bin %.3f; want %.3f, %.3f", c.name, tr[0], tr[12], c.want, c.treble)
		}
	}
}
