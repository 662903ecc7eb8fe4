//go:build unix

package library

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"sleeve/library/analysis"
	"sleeve/library/decode"
	"sleeve/library/synth"
)

// Benchmarks of the per-track analysis (decode plus features) on 4- and
// 12-minute synthesised tracks. They report CPU seconds per track, counting
// this process and the ffmpeg children it waited for, which is what the
// issue budgets (1 s per 4-minute MP3), and the peak heap while one track
// is measured. Run with
//
//	go test -run XXX -bench Analyze -benchtime 3x ./library/

var (
	analyzeBenchMu    sync.Mutex
	analyzeBenchFiles = map[string]string{}
	benchDirOnce      sync.Once
)

// benchTrack writes (once per process) a synthesised track of the given
// length in the format the name's suffix says, and returns it as a Track.
func benchTrack(b *testing.B, name string, seconds float64) Track {
	b.Helper()
	benchDirOnce.Do(func() {
		benchDirPath, _ = os.MkdirTemp("", "sleeve-analyze-bench-")
	})
	analyzeBenchMu.Lock()
	defer analyzeBenchMu.Unlock()
	path, ok := analyzeBenchFiles[name]
	if !ok {
		if filepath.Ext(name) != ".flac" && filepath.Ext(name) != ".wav" {
			needFFmpeg(b)
		}
		path = filepath.Join(benchDirPath, name)
		spec := synth.Spec{BPM: 124, Tonic: 9, Minor: true, Timbre: synth.Piano, Energy: 0.7,
			Seconds: seconds, SampleRate: 44100, Seed: 1, Drums: true}
		if err := synth.Encode(context.Background(), path, synth.Render(spec), 44100, nil); err != nil {
			b.Fatal(err)
		}
		analyzeBenchFiles[name] = path
	}
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	format := filepath.Ext(name)[1:]
	return Track{Path: path, Format: format, Size: fi.Size(), Duration: time.Duration(seconds * float64(time.Second))}
}

// cpuTime is the user and system CPU time of this process and of its
// waited-for children (ffmpeg).
func cpuTime() time.Duration {
	var self, kids syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &kids)
	tv := func(t syscall.Timeval) time.Duration { return time.Duration(t.Nano()) }
	return tv(self.Utime) + tv(self.Stime) + tv(kids.Utime) + tv(kids.Stime)
}

// heapPeak samples the live heap every millisecond until stop is called
// and returns the peak above the baseline at the start.
func heapPeak() (stop func() uint64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base && m.HeapAlloc-base > peak.Load() {
				peak.Store(m.HeapAlloc - base)
			}
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak.Load()
	}
}

func benchMeasure(b *testing.B, tr Track, opt AnalyzeOptions) {
	a := NewAnalyzer(nil, opt)
	ctx := context.Background()
	measure := func() {
		f, err := a.Measure(ctx, tr)
		if err != nil {
			b.Fatal(err)
		}
		if f.BPM == 0 {
			b.Fatal("no tempo measured")
		}
	}
	measure() // warm up, and check it works
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		measure()
	}
	b.StopTimer()
	cpu := cpuTime() - cpu0
	// The heap is sampled in a separate run: reading it stops the world,
	// which would inflate the CPU figure.
	stopPeak := heapPeak()
	measure()
	peak := stopPeak()
	b.ReportMetric(cpu.Seconds()/float64(b.N), "s/track")
	b.ReportMetric(float64(peak)/(1<<20), "MB_peak_heap")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkAnalyzeMP3 measures a 4-minute MP3 through the runner's
// per-track function, decoded by ffmpeg and by go-mp3.
func BenchmarkAnalyzeMP3(b *testing.B) {
	tr := benchTrack(b, "4min.mp3", 240)
	b.Run("ffmpeg", func(b *testing.B) {
		if !decode.FFmpegAvailable() {
			b.Skip("ffmpeg is not installed")
		}
		benchMeasure(b, tr, AnalyzeOptions{})
	})
	b.Run("go-mp3", func(b *testing.B) { benchMeasure(b, tr, AnalyzeOptions{NoFFmpeg: true}) })
}

// BenchmarkAnalyzeFLAC measures a 4-minute FLAC (pure Go decoding).
func BenchmarkAnalyzeFLAC(b *testing.B) {
	benchMeasure(b, benchTrack(b, "4min.flac", 240), AnalyzeOptions{})
}

// BenchmarkAnalyzeMemory compares the peak heap of one worker on a 4- and
// a 12-minute track: the excerpt plan and the streaming analyser keep it
// from growing with the length.
func BenchmarkAnalyzeMemory(b *testing.B) {
	for _, c := range []struct {
		name    string
		seconds float64
	}{{"4min", 240}, {"12min", 720}} {
		b.Run(c.name, func(b *testing.B) {
			benchMeasure(b, benchTrack(b, c.name+".flac", c.seconds), AnalyzeOptions{})
		})
	}
}

// BenchmarkAnalyzeParts splits the 4-minute MP3's cost into decoding the
// three excerpts and measuring them, as realtime factors (seconds of audio
// per second of wall time on one core).
func BenchmarkAnalyzeParts(b *testing.B) {
	tr := benchTrack(b, "4min.mp3", 240)
	plan := excerptPlan(tr.Duration, false)
	decodeAll := func(opt decode.Options) [][]float32 {
		var out [][]float32
		for _, w := range plan {
			o := opt
			o.Offset, o.MaxDuration = w.start, w.length
			a, err := decode.Mono(context.Background(), tr.Path, o)
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, a.Samples)
		}
		return out
	}
	audio := 0.0
	for _, w := range plan {
		audio += w.length.Seconds()
	}
	for _, c := range []struct {
		name string
		use  decode.FFmpegUse
	}{{"decode-ffmpeg", decode.FFmpegPrefer}, {"decode-go-mp3", decode.FFmpegNever}} {
		b.Run(c.name, func(b *testing.B) {
			if c.use == decode.FFmpegPrefer && !decode.FFmpegAvailable() {
				b.Skip("ffmpeg is not installed")
			}
			for b.Loop() {
				decodeAll(decode.Options{SampleRate: analysisRate, FFmpeg: c.use})
			}
			b.ReportMetric(audio*float64(b.N)/b.Elapsed().Seconds(), "x_realtime")
		})
	}
	b.Run("features", func(b *testing.B) {
		parts := decodeAll(decode.Options{SampleRate: analysisRate, FFmpeg: decode.FFmpegNever})
		var ex []analysis.Excerpt
		for i, w := range plan {
			ex = append(ex, analysis.Excerpt{Start: w.start, Samples: parts[i]})
		}
		b.ResetTimer()
		for b.Loop() {
			if _, err := analysis.AnalyzeExcerpts(ex, analysisRate, tr.Duration); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(audio*float64(b.N)/b.Elapsed().Seconds(), "x_realtime")
	})
}
