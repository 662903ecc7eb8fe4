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
