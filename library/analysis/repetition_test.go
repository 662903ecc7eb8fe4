package analysis

import (
	"math"
	"math/rand/v2"
	"testing"
)

// notes renders a melody of half-second notes (pitches as MIDI numbers),
// each a decaying tone with three harmonics.
func notes(pitches []int, sr int) []float32 {
	per := sr / 2
	x := make([]float32, len(pitches)*per)
	for k, p := range pitches {
		f := 440 * math.Pow(2, float64(p-69)/12)
		for i := range per {
			t := float64(i) / float64(sr)
			env := math.Exp(-3 * t)
			v := math.Sin(2*math.Pi*f*t) + 0.5*math.Sin(4*math.Pi*f*t) + 0.25*math.Sin(6*math.Pi*f*t)
			x[k*per+i] = float32(0.3 * env * v)
		}
	}
	return x
}

// TestRepetitionTellsALoopFromMelodyThatMovesOn renders two 40-second
// melodies of the same notes per second from the same scale: one repeats
// a four-second phrase ten times, the other draws every note afresh. The
// loop's material recurs, so its Repetition is higher.
func TestRepetitionTellsALoopFromMelodyThatMovesOn(t *testing.T) {
	t.Parallel()
	const sr = 22050
	scale := []int{60, 62, 64, 65, 67, 69, 71, 72, 74, 76, 77, 79}
	rng := rand.New(rand.NewPCG(3, 5))
	phrase := make([]int, 8)
	for i := range phrase {
		phrase[i] = scale[rng.IntN(len(scale))]
	}
	var loop, moving []int
	for range 10 {
		loop = append(loop, phrase...)
		for range phrase {
			moving = append(moving, scale[rng.IntN(len(scale))])
		}
	}
	fl := mustAnalyze(t, notes(loop, sr), sr)
	fm := mustAnalyze(t, notes(moving, sr), sr)
	t.Logf("repetition: loop %.3f, moving %.3f", fl.Repetition, fm.Repetition)
	if fl.Repetition < 0.9 {
		t.Errorf("loop repetition %.3f, want at least 0.9", fl.Repetition)
	}
	if fl.Repetition-fm.Repetition < 0.05 {
		t.Errorf("loop repetition %.3f, melody that moves on %.3f: want the loop clearly higher", fl.Repetition, fm.Repetition)
	}
	for _, f := range []Features{fl, fm} {
		if f.Repetition <= 0 || f.Repetition > 1 {
			t.Errorf("repetition %.3f outside (0, 1]", f.Repetition)
		}
	}
}
