package player

import (
	"math"
	"time"

	"github.com/gopxl/beep/v2"
)

// action is what a voice does once its envelope has faded to zero.
type action int

const (
	actNone action = iota
	actPause
	actSeek
	actStop
)

// ramp moves the envelope along a raised-cosine (half a cosine period)
// from one level to another over n frames.
type ramp struct {
	from, to float64
	i, n     int
	active   bool
}

// next returns the envelope for the current frame and advances. A ramp
// lasts n+1 frames: the first is exactly from, the last exactly to.
func (r *ramp) next() float64 {
	g := r.from + (r.to-r.from)*(0.5-0.5*math.Cos(math.Pi*float64(r.i)/float64(r.n)))
	r.i++
	if r.i > r.n {
		r.active = false
	}
	return g
}

// raisedCosine returns the fade-in gain x frames into a fade of n frames:
// 0 at x = 0, 1 at x = n.
func raisedCosine(x, n int) float64 {
	switch {
	case x <= 0:
		return 0
	case x >= n:
		return 1
	}
	return 0.5 - 0.5*math.Cos(math.Pi*float64(x)/float64(n))
}

// voice is one item being played: the decoded source, limited to where
// playback stops and resampled to the output rate, under a fade envelope.
// All its fields are guarded by the Player's mutex; mix runs on the
// output's goroutine.
type voice struct {
	item    Item
	gen     uint64  // the player's request that started it
	gain    float64 // the item's gain
	src     *source
	rate    int // output rate
	quality int
	fadeN   int // fade length in output frames
	stream  beep.Streamer
	tmp     [][2]float64

	duration time.Duration // of the track; 0 if unknown
	start    time.Duration // where play began
	end      time.Duration // where playback stops; 0 if unknown (the end of the file)
	preview  bool

	base      time.Duration // track time of the frame at outFrames == 0
	outFrames int64         // frames produced since base
	heard     int64         // frames played, pauses and seeks excluded
	endFrame  int64         // outFrames at end, or -1 if unknown

	env     float64
	ramp    ramp
	pending action
	seekTo  time.Duration
	paused  bool
	stopped bool // a stop was requested; its event is already sent
	err     error

	stopWatch func() bool // stops the context watcher
}

// fadeTo starts a ramp from the current envelope to level.
func (v *voice) fadeTo(level float64) {
	n := v.fadeN
	if v.env == level {
		v.ramp.active = false
		return
	}
	// A partial ramp takes proportionally less time, so a fade-out that
	// interrupts a fade-in keeps the same slope.
	if n = int(math.Ceil(float64(n) * math.Abs(level-v.env))); n < 1 {
		n = 1
	}
	v.ramp = ramp{from: v.env, to: level, n: n, active: true}
}

// rebuild sets up the stream from the source's current position.
func (v *voice) rebuild() {
	pos := v.src.Position()
	var s beep.Streamer = full{v.src}
	if v.end > 0 {
		s = &limit{s: full{v.src}, pos: v.src.Position, end: int(v.end.Seconds()*float64(v.src.rate) + 0.5)}
	}
	if v.src.rate != v.rate {
		s = beep.Resample(v.quality, beep.SampleRate(v.src.rate), beep.SampleRate(v.rate), s)
	}
	v.stream = s
	v.base = time.Duration(float64(pos) / float64(v.src.rate) * float64(time.Second))
	v.outFrames = 0
	v.endFrame = -1
	if v.end > 0 {
		v.endFrame = int64(math.Round((v.end - v.base).Seconds() * float64(v.rate)))
	}
}

// position returns where in the track playback is (or is about to be,
// with a seek pending).
func (v *voice) position() time.Duration {
	if v.pending == actSeek {
		return v.seekTo
	}
	p := v.base + time.Duration(float64(v.outFrames)/float64(v.rate)*float64(time.Second))
	if v.end > 0 {
		p = min(p, v.end)
	}
	return p
}

// length returns the length Classify compares heard with.
func (v *voice) length() time.Duration {
	if v.end > 0 {
		return v.end - v.start
	}
	return 0
}

func (v *voice) heardDuration() time.Duration {
	return time.Duration(float64(v.heard) / float64(v.rate) * float64(time.Second))
}

// clampSeek limits a seek target to [0, end], where end is the preview
// window's end or the track's length.
func (v *voice) clampSeek(t time.Duration) time.Duration {
	t = max(t, 0)
	switch {
	case v.end > 0:
		t = min(t, v.end)
	case v.duration > 0:
		t = min(t, v.duration)
	}
	return t
}

func (v *voice) requestSeek(t time.Duration) {
	v.seekTo = v.clampSeek(t)
	if v.pending == actStop {
		return
	}
	v.pending = actSeek
	if v.paused {
		// Silent already: seek now and stay paused.
		v.doSeek()
		return
	}
	v.fadeTo(0)
}

func (v *voice) requestPause() {
	if v.paused || v.pending == actStop {
		return
	}
	if v.pending == actNone {
		v.pending = actPause
	}
	// With a seek pending, the pause takes effect after it.
	v.fadeTo(0)
}

func (v *voice) requestResume() {
	if v.pending == actPause {
		v.pending = actNone
		v.fadeTo(1)
		return
	}
	if v.paused {
		v.paused = false
		v.fadeTo(1)
	}
}

func (v *voice) requestStop() {
	v.pending = actStop
	v.stopped = true
	if v.paused {
		v.env = 0
		v.ramp.active = false
		return
	}
	v.fadeTo(0)
}

func (v *voice) pausedOrPausing() bool {
	return v.paused || v.pending == actPause
}

func (v *voice) doSeek() {
	v.pending = actNone
	frame := int(v.seekTo.Seconds()*float64(v.src.rate) + 0.5)
	if err := safeSeek(v.src, frame); err != nil {
		v.err = err
		return
	}
	v.rebuild()
}

func safeSeek(s beep.StreamSeeker, p int) (err error) {
	defer recoverCorrupt(&err)
	if err := s.Seek(p); err != nil {
		return corruptf("seek: %v", err)
	}
	return nil
}

func (v *voice) pull(buf [][2]float64) (n int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			n, ok = 0, false
			v.err = corruptf("decoder failed: %v", r)
		}
	}()
	return v.stream.Stream(buf)
}

// mix adds up to len(buf) frames into buf and reports whether the voice
// has ended: played to its end, stopped, or failed (v.err).
func (v *voice) mix(buf [][2]float64) (ended bool) {
	i := 0
	for i < len(buf) {
		if v.err != nil {
			return true
		}
		if !v.ramp.active && v.env == 0 {
			switch v.pending {
			case actStop:
				return true
			case actPause:
				v.pending = actNone
				v.paused = true
			case actSeek:
				v.doSeek()
				if v.err != nil {
					return true
				}
				if !v.paused {
					v.fadeTo(1)
				}
				continue
			}
		}
		if v.paused {
			return false
		}
		if v.env == 0 && !v.ramp.active {
			v.fadeTo(1) // the start of a voice
		}
		chunk := len(buf) - i
		if v.ramp.active {
			chunk = min(chunk, v.ramp.n-v.ramp.i+1)
		}
		if cap(v.tmp) < chunk {
			v.tmp = make([][2]float64, max(chunk, 1024))
		}
		tmp := v.tmp[:chunk]
		n, ok := v.pull(tmp)
		for k := range n {
			g := v.env
			if v.ramp.active {
				g = v.ramp.next()
				v.env = g
			}
			g *= v.gain
			if v.endFrame >= 0 {
				g *= raisedCosine(int(v.endFrame-v.outFrames-int64(k)), v.fadeN)
			}
			buf[i+k][0] += tmp[k][0] * g
			buf[i+k][1] += tmp[k][1] * g
		}
		v.outFrames += int64(n)
		v.heard += int64(n)
		i += n
		if !ok || n < chunk {
			if err := v.stream.Err(); err != nil && v.err == nil {
				v.err = err
			}
			return true
		}
	}
	return false
}

// full makes short reads whole: beep's WAV decoder returns what one Read
// gave, while the resampler (and mix) take a short read for the end.
type full struct{ s beep.Streamer }

// Stream implements beep.Streamer.
func (f full) Stream(buf [][2]float64) (int, bool) {
	n := 0
	for n < len(buf) {
		k, ok := f.s.Stream(buf[n:])
		n += k
		if !ok || k == 0 {
			break
		}
	}
	return n, n > 0
}

// Err implements beep.Streamer.
func (f full) Err() error { return f.s.Err() }

// limit ends a stream at frame end of its source.
type limit struct {
	s   beep.Streamer
	pos func() int
	end int
}

// Stream implements beep.Streamer.
func (l *limit) Stream(buf [][2]float64) (int, bool) {
	left := l.end - l.pos()
	if left <= 0 {
		return 0, false
	}
	if len(buf) > left {
		buf = buf[:left]
	}
	return l.s.Stream(buf)
}

// Err implements beep.Streamer.
func (l *limit) Err() error { return l.s.Err() }
