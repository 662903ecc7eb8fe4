package analysis

import (
	"sync"
	"testing"
	"time"

	"sleeve/library/synth"
)

var (
	benchOnce  sync.Once
	benchTrack []float32
)

// fourMinutes renders a 4-minute synthetic track at 22050 Hz once.
func fourMinutes() []float32 {
	benchOnce.Do(func() {
		benchTrack = synth.Render(synth.Spec{BPM: 123, Tonic: 4, Minor: true, Timbre: synth.Piano, Swing: 0.1, Noise: 0.05, Energy: 0.7, Seconds: 240, SampleRate: 22050, Seed: 1, Drums: true})
	})
	return benchTrack
}

// BenchmarkAnalyze4Min measures all features of 4 minutes of 22050 Hz
// audio and reports the realtime factor (audio seconds per CPU second).
func BenchmarkAnalyze4Min(b *testing.B) {
	x := fourMinutes()
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if _, err := Analyze(x, 22050); err != nil {
			b.Fatal(err)
		}
	}
	el := time.Since(start).Seconds() / float64(b.N)
	b.ReportMetric(240/el, "x-realtime")
}

// BenchmarkAnalyzeExcerpts3x30s measures three 30 s excerpts of a 4-minute
// track, the suggested budget for long MP3s.
func BenchmarkAnalyzeExcerpts3x30s(b *testing.B) {
	x := fourMinutes()
	const sr = 22050
	var ex []Excerpt
	for _, at := range []int{30, 105, 180} {
		ex = append(ex, Excerpt{Start: time.Duration(at) * time.Second, Samples: x[at*sr : (at+30)*sr]})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := AnalyzeExcerpts(ex, sr, 240*time.Second); err != nil {
			b.Fatal(err)
		}
	}
}
