package analysis

import (
	"math"
	"testing"

	"sleeve/library/synth"
)

// measureLUFS runs only the loudness path.
func measureLUFS(x []float32, sr int) (lufs, lra float64) {
	m := newLoudnessMeter(sr)
	m.write(x)
	subs := [][]float64{m.subs}
	return integratedLoudness(subs), loudnessRange(subs)
}

func TestKWeightingMatchesBS1770At48k(t *testing.T) {
	// Coefficients tabulated in ITU-R BS.1770-4, Tables 1 and 2.
	shelf, hp := kWeighting(48000)
	want := []struct {
		name      string
		got, want float64
	}{
		{"shelf b0", shelf.b0, 1.53512485958697},
		{"shelf b1", shelf.b1, -2.69169618940638},
		{"shelf b2", shelf.b2, 1.19839281085285},
		{"shelf a1", shelf.a1, -1.69065929318241},
		{"shelf a2", shelf.a2, 0.73248077421585},
		{"hp b0", hp.b0, 1},
		{"hp b1", hp.b1, -2},
		{"hp b2", hp.b2, 1},
		{"hp a1", hp.a1, -1.99004745483398},
		{"hp a2", hp.a2, 0.99007225036621},
	}
	for _, w := range want {
		if math.Abs(w.got-w.want) > 1e-8 {
			t.Errorf("%s = %.14f, want %.14f", w.name, w.got, w.want)
		}
	}
}

func TestIntegratedLoudnessReference(t *testing.T) {
	tests := []struct {
		name string
		f    float64
		amp  float64
		sr   int
		want float64
	}{
		// BS.1770-4: a 0 dBFS 997 Hz sine in one channel reads -3.01 LUFS.
		{"997Hz 0dBFS 48k", 997, 1, 48000, -3.01},
		{"997Hz 0dBFS 44.1k", 997, 1, 44100, -3.01},
		{"997Hz 0dBFS 22.05k", 997, 1, 22050, -3.01},
		{"1kHz -20dBFS 22.05k", 1000, 0.1, 22050, -23.01},
		{"1kHz -20dBFS 8k", 1000, 0.1, 8000, -23.01},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := measureLUFS(sine(tt.f, tt.amp, 5, tt.sr), tt.sr)
			if math.Abs(got-tt.want) > 0.1 {
				t.Errorf("loudness %.3f LUFS, want %.2f ± 0.1", got, tt.want)
			}
		})
	}
}

func TestLoudnessScaledToMinus23(t *testing.T) {
	const sr = 22050
	x := synth.Render(synth.Spec{BPM: 110, Tonic: 2, Timbre: synth.Piano, Energy: 0.6, Seconds: 15, SampleRate: sr, Seed: 3, Drums: true})
	l0, _ := measureLUFS(x, sr)
	scale(x, math.Pow(10, (-23-l0)/20))
	l1, _ := measureLUFS(x, sr)
	if math.Abs(l1+23) > 0.05 {
		t.Errorf("scaled loudness %.3f, want -23 ± 0.05 (unscaled %.2f)", l1, l0)
	}
}

func TestLoudnessSilence(t *testing.T) {
	for _, n := range []int{0, 100, 22050, 22050 * 10} {
		l, lra := measureLUFS(make([]float32, n), 22050)
		if l != SilenceLUFS || lra != 0 {
			t.Errorf("silence of %d samples: %v LUFS, LRA %v; want %v, 0", n, l, lra, SilenceLUFS)
		}
	}
}

func TestLoudnessGating(t *testing.T) {
	const sr = 22050
	tone := sine(1000, 0.1, 10, sr) // -23.01 LUFS alone
	tests := []struct {
		name string
		x    []float32
		want float64
	}{
		// The absolute gate drops the silence entirely.
		{"tone then 30 s silence", concat(tone, make([]float32, 30*sr)), -23.01},
		{"silence, tone, silence", concat(make([]float32, 5*sr), tone, make([]float32, 20*sr)), -23.01},
		// The relative gate (-10 LU) drops a part 20 dB quieter; only the
		// few blocks straddling the step remain to pull it down slightly.
		{"tone then quiet tone", concat(tone, sine(1000, 0.01, 20, sr)), -23.01},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := measureLUFS(tt.x, sr)
			if math.Abs(got-tt.want) > 0.15 {
				t.Errorf("%.3f LUFS, want %.2f ± 0.15", got, tt.want)
			}
		})
	}
	// Without gating the quiet part would pull the mean well down.
	got, _ := measureLUFS(concat(tone, sine(1000, 0.05, 20, 22050)), 22050)
	if got > -25 {
		t.Errorf("a part 6 dB quieter passes the relative gate and must lower the loudness, got %.2f", got)
	}
}

func TestLoudnessRangeTech3342(t *testing.T) {
	// EBU Tech 3342 test signal 1: 20 s at -20 dBFS then 20 s at -30 dBFS
	// (1 kHz) has LRA = 10 ± 1 LU.
	const sr = 22050
	x := concat(sine(1000, 0.1, 20, sr), sine(1000, 0.1/math.Sqrt(10), 20, sr))
	_, lra := measureLUFS(x, sr)
	if math.Abs(lra-10) > 1 {
		t.Errorf("LRA %.2f LU, want 10 ± 1", lra)
	}
	// A steady tone has no range.
	_, lra = measureLUFS(sine(1000, 0.3, 20, sr), sr)
	if lra > 0.1 {
		t.Errorf("steady tone LRA %.2f, want ~0", lra)
	}
}

func TestLoudnessSampleRateIndependence(t *testing.T) {
	// The same band-limited music at 44100 Hz and decimated to 22050 Hz.
	x44 := synth.Render(synth.Spec{BPM: 96, Tonic: 7, Timbre: synth.Organ, Energy: 0.5, Seconds: 8, SampleRate: 44100, Seed: 9, Drums: true})
	x44 = lowpassFIR(x44, 10000, 44100)
	x22 := decimate2(x44)
	a, _ := measureLUFS(x44, 44100)
	b, _ := measureLUFS(x22, 22050)
	if math.Abs(a-b) > 0.2 {
		t.Errorf("music: 44100 Hz %.2f LUFS, 22050 Hz %.2f LUFS; want within 0.2 LU", a, b)
	}
	// A mix of tones below 10 kHz, generated at each rate.
	mix := func(sr int) []float32 {
		x := sine(100, 0.2, 6, sr)
		for _, f := range []float64{440, 1000, 3000, 7000} {
			y := sine(f, 0.1, 6, sr)
			for i := range x {
				x[i] += y[i]
			}
		}
		return x
	}
	a, _ = measureLUFS(mix(22050), 22050)
	b, _ = measureLUFS(mix(44100), 44100)
	if math.Abs(a-b) > 0.2 {
		t.Errorf("tone mix: 22050 Hz %.2f vs 44100 Hz %.2f LUFS", a, b)
	}
}

func TestPeakToLoudness(t *testing.T) {
	// A sine's PLR is its crest factor (3.01 dB) plus the 3.01 dB between a
	// 0 dBFS sine and its loudness: 6.02 LU.
	f, err := Analyze(sine(997, 0.5, 5, 22050), 22050)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(f.DynamicRange-3.01) > 0.15 {
		t.Errorf("sine PLR %.2f, want 3.01 ± 0.15", f.DynamicRange)
	}
}
