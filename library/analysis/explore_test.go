package analysis

import (
	"flag"
	"fmt"
	"testing"

	"sleeve/library/synth"
)

var explore = flag.Bool("explore", false, "print exploratory analysis of synth clips")

func TestExplore(t *testing.T) {
	if !*explore {
		t.Skip("use -explore")
	}
	for i, bpm := range []float64{60, 75, 90, 100, 120, 128, 140, 160, 174, 180} {
		for _, minor := range []bool{false, true} {
			s := synth.Spec{BPM: bpm, Tonic: (i * 5) % 12, Minor: minor, Timbre: synth.Timbre(i % 6), Swing: 0.1 * float64(i%3), Noise: 0.1 * float64(i%4), Energy: 0.2 + 0.08*float64(i), Seconds: 30, SampleRate: 22050, Seed: int64(i), Drums: true}
			x := synth.Render(s)
			f, err := Analyze(x, 22050)
			if err != nil {
				t.Fatal(err)
			}
			hs, he := s.HookRange()
			fmt.Printf("bpm %5.1f -> %6.2f (c %.2f pc %.2f) key %-9s -> %-9s (c %.2f) L %.1f LRA %.1f DR %.1f E %.2f B %.2f cent %.0f fl %.3f on %.2f prev %v [%v-%v]\n",
				bpm, f.BPM, f.BPMConfidence, f.PulseClarity, s.KeyName(), f.Key, f.KeyConfidence, f.LoudnessLUFS, f.LoudnessRange, f.DynamicRange, f.Energy, f.Brightness, f.CentroidHz, f.Flatness, f.OnsetRate, f.PreviewStart, hs, he)
		}
	}
}
