//go:build cgo && !nosound

// Package speaker is the sound-card Output for the player, through
// beep/speaker and oto (ALSA on Linux). It needs cgo and, on Debian,
// libasound2-dev; without cgo, or with the nosound build tag, a stub is
// built whose New returns an error wrapping player.ErrNoOutput.
package speaker

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gopxl/beep/v2"
	"github.com/gopxl/beep/v2/speaker"

	"sleeve/library/player"
)

// Rate is the fixed rate the device is opened at; the player resamples
// every file to it.
const Rate = 44100

// Buffer is the device buffer: the output's latency.
const Buffer = 100 * time.Millisecond

// Output plays through the sound card. All Outputs share the one device.
type Output struct{}

var (
	initOnce sync.Once
	initErr  error
)

// New opens the sound device once per process (later calls return the
// same Output or the same error). Nothing is printed to stderr: the ALSA
// library's messages are silenced while the device opens, which briefly
// discards anything else the process writes to fd 2. With no usable
// device the error wraps player.ErrNoOutput and reads like "no sound
// output: ALSA: cannot open the default device (is there a sound card?):
// No such file or directory".
func New() (*Output, error) {
	initOnce.Do(func() { initErr = open() })
	if initErr != nil {
		return nil, initErr
	}
	return &Output{}, nil
}

// silence is silenceStderr; tests replace it to show what ALSA prints.
var silence = silenceStderr

func open() error {
	restore := silence()
	defer restore()
	sr := beep.SampleRate(Rate)
	if err := speaker.Init(sr, sr.N(Buffer)); err != nil {
		return describe(err)
	}
	// Init reports success even when no device opened; the real error
	// comes from the first Resume.
	if err := speaker.Resume(); err != nil {
		return describe(err)
	}
	if takesFasterThanRealTime() {
		// ALSA's null device, or a sink that drops audio: oto's driver
		// would write to it without pause for as long as a track plays,
		// a whole core's worth. The device rests for good, and tracks
		// are pulled in real time on a goroutine that sleeps instead.
		discard = player.NewNullOutput(Rate, player.NullOptions{Speed: 1, Chunk: Rate / 100})
	}
	// Nothing plays yet: rest the device until the first Play.
	return idle.suspendNow()
}

// discard is the Output used when the device takes samples faster than
// real time, or nil.
var discard *player.NullOutput

// probeTime is the longest takesFasterThanRealTime lets the device pull,
// and probeStep how often it looks.
const (
	probeTime = 150 * time.Millisecond
	probeStep = 10 * time.Millisecond
)

// takesFasterThanRealTime plays silence and reports whether the device
// takes it faster than real time: a sound card takes at most its buffer
// and the time passed, a device that discards the sound all it is given.
// It answers as soon as the device has taken twice what a card could, or
// after probeTime. A fixed count (a second of sound in 50 ms) was missed
// under load and the race detector, where the driver's loop runs slower
// but still far ahead of the clock, and the process then spun a core.
func takesFasterThanRealTime() bool {
	var pulled atomic.Int64
	start := time.Now()
	speaker.Play(beep.StreamerFunc(func(buf [][2]float64) (int, bool) {
		clear(buf)
		pulled.Add(int64(len(buf)))
		return len(buf), true
	}))
	defer speaker.Clear()
	for {
		time.Sleep(probeStep)
		elapsed := time.Since(start)
		if pulled.Load() > 2*int64((Buffer+elapsed).Seconds()*Rate) {
			return true
		}
		if elapsed >= probeTime {
			return false
		}
	}
}

// idle keeps the device suspended while nothing plays. A running device
// pulls silence from beep's mixer when no stream is attached; a sound card
// takes it at its own pace, but ALSA's null device (or a sink that drops
// audio) takes it as fast as it comes, which kept a whole core busy in an
// explorer left open.
var idle = &gate{suspend: speaker.Suspend, resume: speaker.Resume}

// gate counts the streams playing and suspends the device when the last
// one ends, resuming it before the first of the next ones is mixed.
type gate struct {
	mu      sync.Mutex
	playing int
	resting bool
	suspend func() error
	resume  func() error
}

// suspendNow rests the device while nothing plays.
func (g *gate) suspendNow() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.restLocked()
}

func (g *gate) restLocked() error {
	if g.playing > 0 || g.resting {
		return nil
	}
	if err := g.suspend(); err != nil {
		return nil // a device that cannot rest still plays
	}
	g.resting = true
	return nil
}

// start is called before a stream is handed to the device; it wakes the
// device if it rests.
func (g *gate) start() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.resting {
		if err := g.resume(); err != nil {
			return describe(err)
		}
		g.resting = false
	}
	g.playing++
	return nil
}

// done is called when a stream has drained; the last one rests the
// device.
func (g *gate) done() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.playing--
	g.restLocked()
}

// openError is a device failure: it reads as a sentence and matches both
// player.ErrNoOutput and the underlying error.
type openError struct {
	msg   string
	cause error
}

func (e *openError) Error() string   { return e.msg }
func (e *openError) Unwrap() []error { return []error{player.ErrNoOutput, e.cause} }

// describe turns oto's errors, such as
//
//	failed to resume the speaker: oto: ALSA error at snd_pcm_open: "default": No such file or directory, "plug:default": …
//
// into a short message.
func describe(err error) error {
	msg := err.Error()
	if i := strings.Index(msg, "oto: "); i >= 0 {
		msg = msg[i+len("oto: "):]
	}
	if i := strings.Index(msg, "snd_pcm_open: "); i >= 0 {
		reason := msg[i+len("snd_pcm_open: "):]
		if j := strings.Index(reason, ", "); j >= 0 {
			reason = reason[:j]
		}
		reason = strings.TrimPrefix(reason, `"default": `)
		return &openError{
			msg:   fmt.Sprintf("%v: ALSA: cannot open the default device (is there a sound card?): %s", player.ErrNoOutput, reason),
			cause: err,
		}
	}
	msg = strings.Replace(msg, "ALSA error at ", "ALSA: ", 1)
	return &openError{msg: fmt.Sprintf("%v: %s", player.ErrNoOutput, msg), cause: err}
}

// SampleRate implements player.Output.
func (o *Output) SampleRate() int { return Rate }

// Latency implements player.Output.
func (o *Output) Latency() time.Duration {
	if discard != nil {
		return discard.Latency()
	}
	return Buffer
}

// Play implements player.Output.
func (o *Output) Play(s beep.Streamer) error {
	if initErr != nil {
		return initErr
	}
	if discard != nil {
		return discard.Play(s)
	}
	if err := idle.start(); err != nil {
		return err
	}
	// The callback runs inside the speaker's mixer, which holds its lock;
	// suspending from there would wait on the mixer, so it goes on.
	speaker.Play(beep.Seq(player.Paced(s, Rate, Ahead), beep.Callback(func() { go idle.done() })))
	return nil
}

// Ahead is how far the output may pull ahead of real time. A sound card
// never gets this far ahead (its buffer is Buffer); ALSA's null device,
// which takes samples as fast as they come, is held to real time.
const Ahead = time.Second

var _ player.Output = (*Output)(nil)
