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

// TestBassFifthPartialIsNotAMajorThird: a D minor progression (i-iv-V-i, one
// chord every two seconds) of bright string-like tones (twelve partials of
// amplitude 1/sqrt(h)) voiced as the corpus's sox patterns voice it, the
// root in two octaves under the third and fifth, all below middle C, is
// heard in D minor. The fifth partial of the D2 and D3 roots is an F#, two
// octaves and a major third up, and when every peak voted for its own pitch
// class it outweighed the chords' minor third F: the key came out D major
// for tones this bright (partials 1/h^0.3 or 1/h^0.5), D minor for duller
// ones (1/h^0.7, 1/h). With the fifth partials claimed it is D minor for all
// of them.
func TestBassFifthPartialIsNotAMajorThird(t *testing.T) {
	const sr = 22050
	// D minor, G minor, A major, D minor: MIDI root - 12, root, third, fifth.
	chords := [][]float64{{38, 50, 53, 57}, {43, 55, 58, 62}, {45, 57, 61, 64}, {38, 50, 53, 57}}
	const chordSeconds = 2.0
	n := int(3 * 4 * chordSeconds * sr)
	x := make([]float32, n)
	for i := range x {
		ts := float64(i) / sr
		ch := chords[int(ts/chordSeconds)%len(chords)]
		env := math.Exp(-math.Mod(ts, chordSeconds) / 1.5)
		var v float64
		for _, m := range ch {
			f0 := 440 * math.Exp2((m-69)/12)
			for h := 1; h <= 12; h++ {
				v += 0.03 / math.Sqrt(float64(h)) * math.Sin(2*math.Pi*f0*float64(h)*ts)
			}
		}
		x[i] = float32(env * v)
	}
	f, err := Analyze(x, sr)
	if err != nil {
		t.Fatal(err)
	}
	if f.Key != "D minor" {
		t.Errorf("key %q (confidence %.2f), want D minor", f.Key, f.KeyConfidence)
	}
}

// TestClaimFifthPartials checks the claim: a note takes back the part of
// its fifth partial that its spectral envelope predicts, and a louder peak
// there (a note of its own on the major third) keeps the rest.
func TestClaimFifthPartials(t *testing.T) {
	f := []float64{100, 400, 500, 600}
	for _, c := range []struct {
		name      string
		a5, want5 float64
	}{
		{"partial on the envelope", 0.2, 0},
		{"a note of its own", 1.0, 1.0 - (0.25+1.0+1.0/6)/3},
	} {
		amp := []float64{1, 0.25, c.a5, 1.0 / 6}
		claimFifthPartials(f, amp)
		claimed := c.a5 - c.want5
		if math.Abs(amp[2]-c.want5) > 1e-9 || math.Abs(amp[0]-math.Sqrt(1+claimed*claimed)) > 1e-9 {
			t.Errorf("%s: fifth partial %.4f, fundamental %.4f; want %.4f, %.4f", c.name, amp[2], amp[0],
				c.want5, math.Sqrt(1+claimed*claimed))
		}
		if amp[1] != 0.25 || amp[3] != 1.0/6 {
			t.Errorf("%s: the 4th and 6th partials changed: %.4f, %.4f", c.name, amp[1], amp[3])
		}
	}
}
