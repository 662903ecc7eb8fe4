package analysis

import (
	"testing"
	"time"

	"sleeve/library/synth"
)

// TestNotMusic flags silence, steady test tones and short clips, clears
// their tempo and key, and leaves music alone.
func TestNotMusic(t *testing.T) {
	const sr = 22050
	blip := sine(440, 0.5, 0.35, sr)
	twoSines := sine(440, 0.4, 10, sr)
	for i, v := range sine(660, 0.2, 10, sr) {
		twoSines[i] += v
	}
	music := synth.Render(synth.Spec{BPM: 120, Tonic: 9, Minor: true, Timbre: synth.Piano, Energy: 0.5, Seconds: 20,
		SampleRate: sr, Seed: 4, Drums: true})
	pad := synth.Render(synth.Spec{BPM: 70, Tonic: 2, Timbre: synth.Pad, Energy: 0.2, Seconds: 20, SampleRate: sr, Seed: 5})
	beeps := make([]float32, 0, 10*sr)
	for range 10 { // 1 kHz, half a second on and half off: it has a rhythm
		beeps = append(beeps, sine(1000, 0.5, 0.5, sr)...)
		beeps = append(beeps, make([]float32, sr/2)...)
	}
	cases := []struct {
		name string
		x    []float32
		want string
	}{
		{"10 s of digital silence", make([]float32, 10*sr), "silence"},
		{"10 s of hiss at -80 dBFS", scale(whiteNoise(1, 10, sr, 9), 1e-4), "silence"},
		{"half a second of silence", make([]float32, sr/2), "silence"},
		{"1 kHz sine", sine(1000, 0.5, 10, sr), "test tone (1 kHz)"},
		{"440 Hz and 660 Hz", twoSines, "test tone (440 Hz + 660 Hz)"},
		{"0.35 s blip", blip, "too short (0.35 s)"},
		{"3.2 s of music", music[:int(3.2*sr)], "too short (3.2 s)"},
		{"music", music, ""},
		{"soft pad chords", pad, ""},
		{"beeping 1 kHz", beeps, ""},
		{"click track", clickTrain(120, 10, sr), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Analyze(c.x, sr)
			if err != nil {
				t.Fatal(err)
			}
			if f.NotMusic != c.want {
				t.Errorf("NotMusic = %q, want %q", f.NotMusic, c.want)
			}
			if c.want != "" && (f.BPM != 0 || f.BPMConfidence != 0 || f.Key != "" || f.Tonic != -1) {
				t.Errorf("not music, yet BPM %.1f (confidence %.2f), key %q", f.BPM, f.BPMConfidence, f.Key)
			}
			if c.want == "" && f.BPM == 0 {
				t.Errorf("music without a tempo")
			}
		})
	}
}

func TestDescribeNotMusic(t *testing.T) {
	cases := []struct {
		reason string
		length time.Duration
		want   string
	}{
		{"silence", 10 * time.Second, "10 seconds of silence"},
		{"silence", 1100 * time.Millisecond, "a second of silence"},
		{"silence", 5 * time.Minute, "5 minutes of silence"},
		{"test tone (1 kHz)", 30 * time.Second, "a 1 kHz test tone"},
		{"test tone (440 Hz)", 30 * time.Second, "a 440 Hz test tone"},
		{"test tone (440 Hz + 660 Hz)", 30 * time.Second, "a 440 Hz + 660 Hz test tone"},
		{"too short (0.35 s)", 350 * time.Millisecond, "a 0.35-second clip"},
		{"too short (1 s)", time.Second, "a one-second clip"},
		{"", time.Second, ""},
		{"something new", time.Second, ""},
	}
	for _, c := range cases {
		if got := DescribeNotMusic(c.reason, c.length); got != c.want {
			t.Errorf("DescribeNotMusic(%q, %v) = %q, want %q", c.reason, c.length, got, c.want)
		}
	}
	for hz, want := range map[float64]string{1000: "1 kHz", 997: "1 kHz", 440.4: "440 Hz", 2512: "2.5 kHz", 60: "60 Hz"} {
		if got := FormatHz(hz); got != want {
			t.Errorf("FormatHz(%v) = %q, want %q", hz, got, want)
		}
	}
}

// BenchmarkToneFrame measures what the test-tone detector adds to each
// short frame of a music track's analysis.
func BenchmarkToneFrame(b *testing.B) {
	const sr = 22050
	cfg := newConfig(sr)
	x := synth.Render(synth.Spec{BPM: 120, Tonic: 2, Timbre: synth.Piano, Energy: 0.6, Seconds: 4, SampleRate: sr, Seed: 2, Drums: true})
	st := newSTFT(cfg.nShort)
	var frames [][]float64
	for pos := 0; pos+cfg.nShort <= len(x); pos += cfg.hopShort {
		coef := st.transform(x[pos : pos+cfg.nShort])
		p := make([]float64, cfg.kmaxShort)
		for k := range p {
			c := coef[k+1]
			p[k] = real(c)*real(c) + imag(c)*imag(c)
		}
		frames = append(frames, p)
	}
	totals := make([]float64, len(frames))
	for i, p := range frames {
		for _, v := range p {
			totals[i] += v
		}
	}
	var acc toneAccum
	b.ResetTimer()
	for i := range b.N {
		j := i % len(frames)
		acc.addFrame(frames[j], totals[j], cfg.binHzShort)
	}
	b.ReportMetric(float64(sr)/float64(cfg.hopShort), "frames/s-of-audio")
}
