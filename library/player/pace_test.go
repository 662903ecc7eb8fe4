package player

import (
	"math"
	"testing"
	"time"

	"github.com/gopxl/beep/v2"
)

// fakeClock is a clock that moves only when slept on or told to.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) sleep(d time.Duration)   { c.t = c.t.Add(d) }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// silenceFor streams zeros for ever.
func silenceFor() beep.Streamer {
	return beep.StreamerFunc(func(buf [][2]float64) (int, bool) {
		clear(buf)
		return len(buf), true
	})
}

// pull draws d of audio from s in chunks of 512 frames at rate.
func pull(s beep.Streamer, rate int, d time.Duration) {
	buf := make([][2]float64, 512)
	for left := int(d.Seconds() * float64(rate)); left > 0; left -= len(buf) {
		s.Stream(buf[:min(len(buf), left)])
	}
}

// TestPacedHoldsAnEagerOutputToRealTime pulls 3 s as fast as an output
// that never blocks would: with 0.5 s allowed ahead, the pulls must wait
// out the other 2.5 s.
func TestPacedHoldsAnEagerOutputToRealTime(t *testing.T) {
	const rate = 44100
	c := &fakeClock{t: time.Unix(1000, 0)}
	p := newPacer(silenceFor(), rate, 500*time.Millisecond, c.now, c.sleep)
	start := c.t
	pull(p, rate, 3*time.Second)
	if got := c.t.Sub(start).Seconds(); math.Abs(got-2.5) > 0.02 {
		t.Errorf("3 s of audio took %.3f s of clock, want 2.5", got)
	}
}

// TestPacedLeavesARealTimeOutputAlone pulls as a sound card does, one
// chunk per chunk's worth of time: it never waits.
func TestPacedLeavesARealTimeOutputAlone(t *testing.T) {
	const rate = 44100
	c := &fakeClock{t: time.Unix(1000, 0)}
	slept := time.Duration(0)
	p := newPacer(silenceFor(), rate, 500*time.Millisecond, c.now, func(d time.Duration) { slept += d; c.sleep(d) })
	buf := make([][2]float64, 512)
	for range 1000 {
		p.Stream(buf)
		c.advance(time.Duration(float64(len(buf)) / rate * float64(time.Second)))
	}
	if slept != 0 {
		t.Errorf("a real-time output was held back %v", slept)
	}
}

// TestPacedDoesNotBankAPause: after 10 s without pulls (the player paused
// on an output that stops pulling), only the allowance runs ahead again.
func TestPacedDoesNotBankAPause(t *testing.T) {
	const rate = 44100
	c := &fakeClock{t: time.Unix(1000, 0)}
	p := newPacer(silenceFor(), rate, 500*time.Millisecond, c.now, c.sleep)
	pull(p, rate, time.Second)
	c.advance(10 * time.Second)
	start := c.t
	pull(p, rate, 2*time.Second)
	if got := c.t.Sub(start).Seconds(); math.Abs(got-1.5) > 0.02 {
		t.Errorf("2 s after a pause took %.3f s of clock, want 1.5", got)
	}
}
