package player

import (
	"time"

	"github.com/gopxl/beep/v2"
)

// Paced returns s pulled no faster than real time at rate Hz, with up to
// ahead of audio allowed in advance. A sound card pulls at its own pace and
// is never held back; an output that swallows samples at once (ALSA's null
// device, a sink that drops audio) would otherwise play a whole track in a
// blink, so that positions, the queue, skips and full listens meant
// nothing. Pausing does not bank time: after a pause the output may run at
// most ahead in front again.
func Paced(s beep.Streamer, rate int, ahead time.Duration) beep.Streamer {
	return newPacer(s, rate, ahead, time.Now, time.Sleep)
}

// pacer is a token bucket of frames, filled at the sample rate up to its
// capacity and drawn on by every pull; a pull that overdraws it sleeps
// until real time catches up.
type pacer struct {
	s        beep.Streamer
	rate     float64 // frames per second
	capacity float64 // frames that may be pulled ahead of real time
	tokens   float64
	last     time.Time
	now      func() time.Time
	sleep    func(time.Duration)
}

func newPacer(s beep.Streamer, rate int, ahead time.Duration, now func() time.Time, sleep func(time.Duration)) *pacer {
	capacity := ahead.Seconds() * float64(rate)
	return &pacer{s: s, rate: float64(rate), capacity: capacity, tokens: capacity, now: now, sleep: sleep}
}

// Stream implements beep.Streamer.
func (p *pacer) Stream(buf [][2]float64) (int, bool) {
	t := p.now()
	if !p.last.IsZero() {
		p.tokens = min(p.capacity, p.tokens+t.Sub(p.last).Seconds()*p.rate)
	}
	p.last = t
	n, ok := p.s.Stream(buf)
	p.tokens -= float64(n)
	if p.tokens < 0 {
		p.sleep(time.Duration(-p.tokens / p.rate * float64(time.Second)))
	}
	return n, ok
}

// Err implements beep.Streamer.
func (p *pacer) Err() error { return p.s.Err() }
