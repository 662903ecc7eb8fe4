package player

import (
	"sync"
	"time"

	"github.com/gopxl/beep/v2"
)

// Output is where the player's samples go: a sound device, or a NullOutput
// in tests. The player attaches one stereo streamer at the output's rate
// whenever something starts playing; the output pulls it from its own
// goroutine until the streamer reports it is drained (ok == false).
type Output interface {
	// SampleRate returns the fixed rate, in Hz, at which the output
	// consumes samples.
	SampleRate() int
	// Play starts pulling s.
	Play(s beep.Streamer) error
	// Latency returns how long a sample takes from being pulled to being
	// heard (the device buffer); Wait sleeps this long after the end so
	// that the last samples, including the fade-out, are played.
	Latency() time.Duration
}

// NullOutput is an Output without a device. It pulls samples on its own
// goroutine, either as fast as it can or at a multiple of real time, and
// can keep what it pulled so tests can inspect it.
type NullOutput struct {
	rate    int
	opt     NullOptions
	mu      sync.Mutex
	samples [][2]float64
	pulled  int64
}

// NullOptions configure a NullOutput.
type NullOptions struct {
	// Speed paces the pulls at this multiple of real time; 0 pulls as fast
	// as possible. An unpaced output spins while the player is paused, so
	// tests that pause should set a Speed.
	Speed float64
	// Capture keeps every pulled sample, for Samples.
	Capture bool
	// Chunk is the number of frames per pull; 0 means 512.
	Chunk int
}

// NewNullOutput returns a NullOutput consuming samples at rate Hz.
func NewNullOutput(rate int, opt NullOptions) *NullOutput {
	if opt.Chunk <= 0 {
		opt.Chunk = 512
	}
	return &NullOutput{rate: rate, opt: opt}
}

// SampleRate implements Output.
func (o *NullOutput) SampleRate() int { return o.rate }

// Latency implements Output; a NullOutput has none.
func (o *NullOutput) Latency() time.Duration { return 0 }

// Play implements Output: it pulls s on a new goroutine until s drains.
func (o *NullOutput) Play(s beep.Streamer) error {
	go o.pull(s)
	return nil
}

func (o *NullOutput) pull(s beep.Streamer) {
	buf := make([][2]float64, o.opt.Chunk)
	start := time.Now()
	var frames int64
	for {
		n, ok := s.Stream(buf)
		o.mu.Lock()
		o.pulled += int64(n)
		if o.opt.Capture {
			o.samples = append(o.samples, buf[:n]...)
		}
		o.mu.Unlock()
		if !ok {
			return
		}
		frames += int64(n)
		if o.opt.Speed > 0 {
			due := time.Duration(float64(frames) / float64(o.rate) / o.opt.Speed * float64(time.Second))
			if d := due - time.Since(start); d > 0 {
				time.Sleep(d)
			}
		}
	}
}

// Samples returns a copy of every frame pulled so far (only with
// NullOptions.Capture).
func (o *NullOutput) Samples() [][2]float64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([][2]float64(nil), o.samples...)
}

// Pulled returns the number of frames pulled so far.
func (o *NullOutput) Pulled() int64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.pulled
}

var _ Output = (*NullOutput)(nil)
