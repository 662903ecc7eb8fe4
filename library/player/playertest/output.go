// Package playertest gives tests an audio output that they pull by hand,
// for the player's own tests and for those of the packages that play
// through it: what a play hears then depends on the test alone, never on
// the clock or the machine's load. It imports nothing of Sleeve, so the
// player's tests can use it too.
package playertest

import (
	"sync"
	"time"

	"github.com/gopxl/beep/v2"
)

// Output is a player.Output that the test pulls by hand, so positions
// and sample shapes are exact. It keeps every frame pulled, for Samples.
type Output struct {
	// Rate is the sample rate, in Hz, that the output reports.
	Rate int
	mu   sync.Mutex
	s    beep.Streamer
	got  [][2]float64
}

// SampleRate returns Rate.
func (o *Output) SampleRate() int { return o.Rate }

// Latency returns 0: a frame is heard as it is pulled.
func (o *Output) Latency() time.Duration { return 0 }

// Play attaches s, which the test then pulls.
func (o *Output) Play(s beep.Streamer) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.s = s
	return nil
}

// Pull asks for frames frames, 256 at a time, and reports whether a
// streamer is still attached.
func (o *Output) Pull(frames int) bool {
	buf := make([][2]float64, 256)
	for frames > 0 {
		o.mu.Lock()
		s := o.s
		o.mu.Unlock()
		if s == nil {
			return false
		}
		n, ok := s.Stream(buf[:min(frames, len(buf))])
		o.mu.Lock()
		o.got = append(o.got, buf[:n]...)
		if !ok {
			o.s = nil
		}
		o.mu.Unlock()
		frames -= n
		if !ok {
			return false
		}
	}
	return true
}

// PullFor pulls d of audio and reports whether a streamer is still
// attached.
func (o *Output) PullFor(d time.Duration) bool {
	return o.Pull(int(d.Seconds() * float64(o.Rate)))
}

// Drain pulls until the streamer detaches (or a minute of audio).
func (o *Output) Drain() {
	for i := 0; i < 60*o.Rate/256 && o.Pull(256); i++ {
	}
}

// Samples returns a copy of every frame pulled since the start or the
// last Reset.
func (o *Output) Samples() [][2]float64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([][2]float64(nil), o.got...)
}

// Reset forgets the frames pulled so far.
func (o *Output) Reset() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.got = nil
}
