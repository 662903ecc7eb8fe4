package decode

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"sleeve/library/synth"
)

func TestResampleQuality(t *testing.T) {
	for _, rates := range [][2]int{{44100, 22050}, {48000, 22050}, {44100, 16000}, {35467, 22050}, {22050, 44100}} {
		from, to := rates[0], rates[1]
		// A tone well inside the pass band keeps its level and pitch...
		pass := Resample(synth.Sine(1000, 1, from, 0.5), from, to)
		if want := int(math.Ceil(float64(from) * float64(to) / float64(from))); len(pass) != want {
			t.Errorf("%d→%d: %d samples, want %d", from, to, len(pass), want)
		}
		mid := pass[len(pass)/4 : 3*len(pass)/4]
		if r := rmsOf(mid) * math.Sqrt2; math.Abs(r-0.5) > 0.005 {
			t.Errorf("%d→%d: 1 kHz amplitude %.4f, want 0.5", from, to, r)
		}
		if f := dominantFreq(pass, to); math.Abs(f-1000) > 1 {
			t.Errorf("%d→%d: 1 kHz came out at %.1f Hz", from, to, f)
		}
		// ...and one above the output's Nyquist is removed, not aliased.
		if to < from {
			stop := Resample(synth.Sine(0.52*float64(from), 1, from, 0.5), from, to)
			if to < from/2 {
				stop = Resample(synth.Sine(0.6*float64(to), 1, from, 0.5), from, to)
			}
			mid := stop[len(stop)/4 : 3*len(stop)/4]
			if db := 20 * math.Log10(rmsOf(mid)*math.Sqrt2/0.5+1e-12); db > -60 {
				t.Errorf("%d→%d: a tone above Nyquist is only %.1f dB down", from, to, db)
			}
		}
	}
	if out := Resample([]float32{1, 2, 3}, 8000, 8000); len(out) != 3 || out[2] != 3 {
		t.Errorf("same-rate resample changed the samples: %v", out)
	}
}

func rmsOf(x []float32) float64 {
	var s float64
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	return math.Sqrt(s / float64(len(x)))
}

// Benchmarks decode a 4-minute synthesised track in each format and report
// the realtime factor (seconds of audio per second of decoding).

var (
	benchOnce  sync.Once
	benchDir   string
	benchAudio []float32
)

const benchSeconds = 240

func benchFile(b *testing.B, name string) string {
	b.Helper()
	benchOnce.Do(func() {
		benchDir, _ = os.MkdirTemp("", "decode-bench-")
		benchAudio = synth.Render(synth.Spec{BPM: 124, Tonic: 9, Minor: true, Timbre: synth.Piano,
			Energy: 0.7, Seconds: benchSeconds, SampleRate: 44100, Seed: 1, Drums: true})
	})
	path := filepath.Join(benchDir, name)
	if _, err := os.Stat(path); err != nil {
		fixture(b, benchDir, name, benchAudio, 44100)
	}
	return path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

func benchDecode(b *testing.B, name string, opt Options) {
	path := benchFile(b, name)
	opt.SampleRate = 22050
	b.ResetTimer()
	for b.Loop() {
		a, err := Mono(context.Background(), path, opt)
		if err != nil {
			b.Fatal(err)
		}
		if a.Seconds() < benchSeconds-1 && opt.MaxDuration == 0 {
			b.Fatalf("decoded %.1f s", a.Seconds())
		}
	}
	audio := float64(benchSeconds)
	if opt.MaxDuration > 0 {
		audio = opt.MaxDuration.Seconds()
	}
	b.ReportMetric(audio*float64(b.N)/b.Elapsed().Seconds(), "x_realtime")
}

func BenchmarkDecodeWAV(b *testing.B)  { benchDecode(b, "b.wav", Options{FFmpeg: FFmpegNever}) }
func BenchmarkDecodeFLAC(b *testing.B) { benchDecode(b, "b.flac", Options{FFmpeg: FFmpegNever}) }
func BenchmarkDecodeAIFF(b *testing.B) { benchDecode(b, "b.aiff", Options{FFmpeg: FFmpegNever}) }
func BenchmarkDecodeVorbis(b *testing.B) {
	benchDecode(b, "b.ogg", Options{FFmpeg: FFmpegNever})
}
func BenchmarkDecodeOpus(b *testing.B) { benchDecode(b, "b.opus", Options{FFmpeg: FFmpegNever}) }
func BenchmarkDecodeMP3GoMP3(b *testing.B) {
	benchDecode(b, "b.mp3", Options{FFmpeg: FFmpegNever})
}

// BenchmarkDecodeMP3Window decodes 30 s from the middle: the cost of
// seeking with go-mp3 rather than decoding from the start.
func BenchmarkDecodeMP3Window(b *testing.B) {
	benchDecode(b, "b.mp3", Options{FFmpeg: FFmpegNever, Offset: 100 * time.Second, MaxDuration: 30 * time.Second})
}

func BenchmarkDecodeOpusWindow(b *testing.B) {
	benchDecode(b, "b.opus", Options{FFmpeg: FFmpegNever, Offset: 100 * time.Second, MaxDuration: 30 * time.Second})
}

func skipNoFFmpeg(b *testing.B) {
	if !FFmpegAvailable() {
		b.Skip("ffmpeg is not installed")
	}
}

func BenchmarkDecodeMP3FFmpeg(b *testing.B) {
	skipNoFFmpeg(b)
	benchDecode(b, "b.mp3", Options{FFmpeg: FFmpegPrefer})
}

func BenchmarkDecodeAACFFmpeg(b *testing.B) {
	skipNoFFmpeg(b)
	benchDecode(b, "b.m4a", Options{})
}

func BenchmarkDecodeALACFFmpeg(b *testing.B) {
	skipNoFFmpeg(b)
	benchDecode(b, "b.alac.m4a", Options{})
}

func BenchmarkResample(b *testing.B) {
	for _, rates := range [][2]int{{44100, 22050}, {48000, 22050}} {
		in := synth.Sine(440, 10, rates[0], 0.5)
		b.Run(fmt.Sprintf("%dto%d", rates[0], rates[1]), func(b *testing.B) {
			for b.Loop() {
				Resample(in, rates[0], rates[1])
			}
			b.ReportMetric(10*float64(b.N)/b.Elapsed().Seconds(), "x_realtime")
		})
	}
}
