package player

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

// Item is something to play: a whole track, or a preview window of it.
type Item struct {
	// ID identifies the track to the caller; the player only passes it
	// back in events.
	ID int64
	// Path is the audio file.
	Path string
	// Start is where playback begins.
	Start time.Duration
	// Length is the preview window's length; 0 plays from Start to the end
	// of the track.
	Length time.Duration
	// Gain is a linear factor applied to the item's samples before the
	// volume, such as the loudness levelling of LevelGain; 0 means 1.
	Gain float64
}

// Preview reports whether the item is a preview window.
func (it Item) Preview() bool { return it.Length > 0 }

// SeekStep is the usual seek distance for the ±10 s keys.
const SeekStep = 10 * time.Second

// DefaultFade is the fade length used when Options.Fade is zero.
const DefaultFade = 40 * time.Millisecond

// Options configure a Player. The zero value is usable.
type Options struct {
	// Fade is the length of the raised-cosine fades at the start and end
	// of a play, on pause, seek, skip and stop; 0 means DefaultFade.
	Fade time.Duration
	// Rules classify each play; the zero value means
	// DefaultFeedbackRules.
	Rules FeedbackRules
	// Volume is the initial volume in [0, 1]; 0 means 1.
	Volume float64
	// ResampleQuality is beep's resampling quality (1–64) used when a
	// file's rate differs from the output's; 0 means 4.
	ResampleQuality int
	// FFmpegPath is the ffmpeg command for AAC, ALAC and other formats
	// without a Go decoder; empty means "ffmpeg" on PATH.
	FFmpegPath string
}

// ErrNoOutput is wrapped by the errors of Outputs that cannot play sound:
// no sound card, no audio server, or a build without audio output.
var ErrNoOutput = errors.New("no sound output")

// ErrClosed is returned after Close.
var ErrClosed = errors.New("player is closed")

// ErrQueueEnd is returned by Next at the last item of the queue and by
// Previous at the first, when there is nothing to move to.
var ErrQueueEnd = errors.New("no more items in the queue")

// EventKind says what happened.
type EventKind int

const (
	// EventStarted is sent when an item starts playing.
	EventStarted EventKind = iota + 1
	// EventFinished is sent when an item played to its end (the end of
	// the preview window or of the track); Completed is true.
	EventFinished
	// EventSkipped is sent when an item was stopped before its end: by
	// Stop, Next, Previous, another Play, or its context ending.
	EventSkipped
	// EventError is sent when decoding failed during playback, or when an
	// item a list advanced to could not be opened.
	EventError
)

// String returns the kind's name.
func (k EventKind) String() string {
	switch k {
	case EventStarted:
		return "started"
	case EventFinished:
		return "finished"
	case EventSkipped:
		return "skipped"
	case EventError:
		return "error"
	}
	return fmt.Sprintf("EventKind(%d)", int(k))
}

// Event reports a change in playback. Every EventStarted is followed by
// exactly one EventFinished, EventSkipped or EventError for the same item.
type Event struct {
	Kind EventKind
	Item Item
	// Heard is the audio actually played (pauses excluded, seeks not
	// counted as heard).
	Heard time.Duration
	// Length is the preview window's length or the track's remaining
	// length from Item.Start; 0 if unknown.
	Length time.Duration
	// Completed is true when playback reached the end.
	Completed bool
	// Feedback classifies the play by Options.Rules (Neutral for errors
	// and for EventStarted). A play that Close stops is never a Skip:
	// closing the player is leaving the program, not the track.
	Feedback Feedback
	// Err is set for EventError.
	Err error
}

// Status is a snapshot of the player.
type Status struct {
	// Item is the current item; zero when nothing plays.
	Item Item
	// Playing is true while an item is loaded, even if paused.
	Playing bool
	// Paused is true when the current item is paused or pausing.
	Paused bool
	// Position is where in the track playback is.
	Position time.Duration
	// Duration is the track's length; 0 if unknown.
	Duration time.Duration
	// Heard is how much of the current item has been played.
	Heard time.Duration
	// Volume is the volume in [0, 1].
	Volume float64
	// Format and Decoder describe the file ("flac", "go").
	Format, Decoder string
	// Index is the current item's place in the queue, and QueueLength the
	// number of items queued; Index is -1 when the queue is empty.
	Index, QueueLength int
	// Failures counts the items that failed while playing or that the
	// queue passed over because they could not be opened, and
	// LastFailure is the EventError of the latest.
	Failures    int
	LastFailure Event
}

// Player plays one item at a time to an Output. Its methods are safe for
// concurrent use.
type Player struct {
	out    Output
	opt    Options
	rate   int
	events *eventQueue

	mu       sync.Mutex
	voices   []*voice // the current one, and others still fading out
	cur      *voice
	attached bool
	volume   float64
	gain     float64 // the volume actually applied, smoothed
	gen      uint64  // bumped by every request that changes what plays
	opening  int     // opens in progress
	idle     chan struct{}
	lastErr  error
	closed   bool
	closing  bool // Close has begun: what it stops is no skip
	// failures and lastFailure are Status.Failures and LastFailure.
	failures    int
	lastFailure Event

	// The queue: the items to play in order, the place of the current
	// (or last played) one, and the context that bounds playing them.
	queue    []Item
	index    int
	queueCtx context.Context
}

// New returns a Player writing to out. Call Close when done with it.
func New(out Output, opt Options) *Player {
	if opt.Fade <= 0 {
		opt.Fade = DefaultFade
	}
	if opt.Rules == (FeedbackRules{}) {
		opt.Rules = DefaultFeedbackRules
	}
	if opt.Volume <= 0 {
		opt.Volume = 1
	}
	if opt.ResampleQuality <= 0 {
		opt.ResampleQuality = 4
	}
	opt.ResampleQuality = min(opt.ResampleQuality, 64)
	p := &Player{out: out, opt: opt, rate: out.SampleRate(), events: newEventQueue()}
	p.volume = min(opt.Volume, 1)
	p.gain = p.volume
	return p
}

// Events returns the channel of playback events. It never blocks playback:
// events queue until read. It is closed by Close.
func (p *Player) Events() <-chan Event { return p.events.out }

// Play stops what is playing (with a short fade, reporting it as skipped)
// and plays item, which becomes the whole queue. ctx bounds the playback:
// when it ends, the item stops as if by Stop. Play returns once the file
// is open and playing, or the error opening it.
func (p *Player) Play(ctx context.Context, item Item) error {
	return p.PlayQueue(ctx, []Item{item}, 0)
}

// bumpLocked invalidates pending opens and advances, and stops the
// current item.
func (p *Player) bumpLocked() uint64 {
	p.gen++
	p.stopCurrentLocked()
	return p.gen
}

// start opens item and makes it the current voice, unless a later request
// superseded this one while the file was opening.
func (p *Player) start(ctx context.Context, item Item, gen uint64) error {
	if item.Length < 0 || item.Start < 0 {
		return fmt.Errorf("play %s: negative start or length", item.Path)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	p.mu.Lock()
	p.opening++
	p.updateIdleLocked()
	p.mu.Unlock()

	// ffmpeg must outlive ctx for the length of the fade-out: the voice
	// closes its source when it ends.
	src, err := openSource(context.WithoutCancel(ctx), item.Path, p.rate, p.opt.FFmpegPath, item.Start)
	var v *voice
	if err == nil {
		v, err = p.newVoice(item, src)
		v.gen = gen
		if err != nil {
			src.Close()
		}
	}

	p.mu.Lock()
	p.opening--
	if gen != p.gen || p.closed {
		p.updateIdleLocked()
		p.mu.Unlock()
		if v != nil {
			v.src.Close()
		}
		return nil
	}
	if err != nil {
		p.lastErr = err
		p.updateIdleLocked()
		p.mu.Unlock()
		return err
	}
	p.lastErr = nil
	p.cur = v
	p.voices = append(p.voices, v)
	p.events.push(Event{Kind: EventStarted, Item: item, Length: v.length()})
	attach := !p.attached
	p.attached = true
	p.updateIdleLocked()
	// The func runs on its own goroutine, so registering it with the
	// mutex held is safe even if ctx is already done.
	v.stopWatch = context.AfterFunc(ctx, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.cur == v {
			p.bumpLocked()
			p.updateIdleLocked()
		}
	})
	p.mu.Unlock()

	if attach {
		if err := p.out.Play(&deck{p: p}); err != nil {
			p.mu.Lock()
			p.attached = false
			p.voices = slices.DeleteFunc(p.voices, func(x *voice) bool { return x == v })
			if p.cur == v {
				p.cur = nil
			}
			p.lastErr = fmt.Errorf("play %s: %w", item.Path, err)
			p.endLocked(v, EventError, p.lastErr)
			p.updateIdleLocked()
			p.mu.Unlock()
			v.src.Close()
			return p.lastErr
		}
	}
	return nil
}

func (p *Player) newVoice(item Item, src *source) (*voice, error) {
	v := &voice{
		item:    item,
		src:     src,
		rate:    p.rate,
		quality: p.opt.ResampleQuality,
		fadeN:   max(1, int(p.opt.Fade.Seconds()*float64(p.rate))),
		preview: item.Preview(),
		gain:    item.Gain,
	}
	if v.gain <= 0 {
		v.gain = 1
	}
	if n := src.Len(); n > 0 {
		v.duration = time.Duration(float64(n) / float64(src.rate) * float64(time.Second))
	}
	start := item.Start
	if v.duration > 0 {
		// A window past the end is moved back to end with the track.
		if item.Preview() && start+item.Length > v.duration {
			start = max(0, v.duration-item.Length)
		}
		start = min(start, v.duration)
	}
	switch {
	case item.Preview() && v.duration > 0:
		v.end = min(start+item.Length, v.duration)
	case item.Preview():
		v.end = start + item.Length
	default:
		v.end = v.duration
	}
	v.start = start
	want := int(start.Seconds()*float64(src.rate) + 0.5)
	if src.Position() != want {
		if err := safeSeek(src, want); err != nil {
			return nil, fmt.Errorf("play %s: %w", item.Path, err)
		}
	}
	v.rebuild()
	return v, nil
}

// stopCurrentLocked fades the current voice out and reports it skipped.
func (p *Player) stopCurrentLocked() {
	v := p.cur
	if v == nil {
		return
	}
	p.cur = nil
	v.requestStop()
	p.endLocked(v, EventSkipped, nil)
}

// endLocked sends the end event of v.
func (p *Player) endLocked(v *voice, kind EventKind, err error) {
	if v.stopWatch != nil {
		// AfterFunc's stop does not wait for a running func, so calling
		// it with the mutex held is safe.
		v.stopWatch()
	}
	e := Event{Kind: kind, Item: v.item, Heard: v.heardDuration(), Length: v.length(),
		Completed: kind == EventFinished, Err: err}
	if kind != EventError {
		e.Feedback = p.opt.Rules.Classify(e.Heard, e.Length, e.Completed)
	}
	if p.closing && e.Feedback == Skip {
		// Stopped by Close: the person left the program, not the track.
		e.Feedback = Neutral
	}
	p.events.push(e)
}

// voiceEndedLocked is called from the output's goroutine when v has
// played out.
func (p *Player) voiceEndedLocked(v *voice) {
	go v.src.Close() // stopping ffmpeg waits for it to exit
	if v.stopped {
		return // its event was sent when the stop was asked for
	}
	if p.cur == v {
		p.cur = nil
	}
	if v.err != nil {
		p.lastErr = fmt.Errorf("play %s: %w", v.item.Path, v.err)
		p.endLocked(v, EventError, p.lastErr)
		p.failures++
		p.lastFailure = Event{Kind: EventError, Item: v.item, Err: p.lastErr}
	} else {
		p.endLocked(v, EventFinished, nil)
	}
	// The queue moves on, unless a request changed what plays meanwhile.
	if v.gen == p.gen && p.index+1 < len(p.queue) && !p.closed {
		p.index++
		p.gen++
		p.opening++ // Wait must not see the gap between two items
		go p.advance(p.queueCtx, p.gen)
	}
}

// updateIdleLocked keeps p.idle open while anything plays or opens.
func (p *Player) updateIdleLocked() {
	busy := len(p.voices) > 0 || p.opening > 0
	switch {
	case busy && p.idle == nil:
		p.idle = make(chan struct{})
	case !busy && p.idle != nil:
		close(p.idle)
		p.idle = nil
	}
}

// Toggle pauses a playing item or resumes a paused one.
func (p *Player) Toggle() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if v := p.cur; v != nil {
		if v.pausedOrPausing() {
			v.requestResume()
		} else {
			v.requestPause()
		}
	}
}

// Seek moves playback by delta (negative to go back) and returns the new
// position. The target is clamped to the start of the track and to where
// playback stops: the track's end, or for a preview the end of its
// window. A preview may seek back before its window (to hear the intro)
// but always stops at its window's end, so seeking to that end finishes
// it. Seeking fades out, jumps, and fades back in; while paused it jumps
// at once and stays paused.
func (p *Player) Seek(delta time.Duration) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cur == nil {
		return 0
	}
	return p.seekLocked(p.cur.position() + delta)
}

func (p *Player) seekLocked(t time.Duration) time.Duration {
	p.cur.requestSeek(t)
	return p.cur.position()
}

// SetVolume sets the volume: a linear gain in [0, 1], applied smoothly.
func (p *Player) SetVolume(v float64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.volume = max(0, min(v, 1))
}

// Stop fades out and stops the current item, reporting it skipped.
func (p *Player) Stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bumpLocked()
	p.updateIdleLocked()
}

// State returns a snapshot of the player.
func (p *Player) State() Status {
	p.mu.Lock()
	defer p.mu.Unlock()
	st := Status{Volume: p.volume, Index: -1, QueueLength: len(p.queue), Failures: p.failures, LastFailure: p.lastFailure}
	if len(p.queue) > 0 {
		st.Index = p.index
	}
	if v := p.cur; v != nil {
		st.Item = v.item
		st.Playing = true
		st.Paused = v.pausedOrPausing()
		st.Position = v.position()
		st.Duration = v.duration
		st.Heard = v.heardDuration()
		st.Format = string(v.src.format)
		st.Decoder = v.src.decoder
	}
	return st
}

// Wait blocks until nothing plays or opens,
// plus the output's latency so the last samples are heard, or until ctx
// ends. It returns the error of the last item if it failed.
func (p *Player) Wait(ctx context.Context) error {
	p.mu.Lock()
	idle := p.idle
	p.mu.Unlock()
	if idle != nil {
		select {
		case <-idle:
		case <-ctx.Done():
			return ctx.Err()
		}
		if d := p.out.Latency(); d > 0 {
			t := time.NewTimer(d)
			defer t.Stop()
			select {
			case <-t.C:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.lastErr
}

// Close stops playback (with its fade, reporting it skipped), waits up to
// a second for the fade to play, and closes the events channel.
func (p *Player) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closing = true
	p.bumpLocked()
	p.updateIdleLocked()
	p.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	p.Wait(ctx)
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.events.close()
	return nil
}

// deck is the streamer the output pulls: the mix of the player's voices,
// at the volume. It drains (detaching from the output) once no voice is
// left, and the player attaches a new deck when something plays again.
type deck struct{ p *Player }

// Stream implements beep.Streamer.
func (d *deck) Stream(buf [][2]float64) (int, bool) {
	p := d.p
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.voices) == 0 {
		p.attached = false
		return 0, false
	}
	clear(buf)
	kept := p.voices[:0]
	for _, v := range p.voices {
		if v.mix(buf) {
			p.voiceEndedLocked(v)
		} else {
			kept = append(kept, v)
		}
	}
	clear(p.voices[len(kept):])
	p.voices = kept
	// Volume changes glide linearly over one fade length.
	step := 1 / float64(max(1, int(p.opt.Fade.Seconds()*float64(p.rate))))
	for i := range buf {
		switch {
		case p.gain < p.volume:
			p.gain = min(p.volume, p.gain+step)
		case p.gain > p.volume:
			p.gain = max(p.volume, p.gain-step)
		}
		buf[i][0] *= p.gain
		buf[i][1] *= p.gain
	}
	p.updateIdleLocked()
	return len(buf), true
}

// Err implements beep.Streamer.
func (d *deck) Err() error { return nil }

// eventQueue delivers events in order on a channel without ever blocking
// the sender.
type eventQueue struct {
	mu   sync.Mutex
	q    []Event
	wake chan struct{}
	done chan struct{}
	out  chan Event
	once sync.Once
}

func newEventQueue() *eventQueue {
	e := &eventQueue{wake: make(chan struct{}, 1), done: make(chan struct{}), out: make(chan Event, 16)}
	go e.run()
	return e
}

func (e *eventQueue) push(ev Event) {
	e.mu.Lock()
	e.q = append(e.q, ev)
	e.mu.Unlock()
	select {
	case e.wake <- struct{}{}:
	default:
	}
}

func (e *eventQueue) run() {
	defer close(e.out)
	for {
		e.mu.Lock()
		if len(e.q) == 0 {
			e.mu.Unlock()
			select {
			case <-e.wake:
				continue
			case <-e.done:
				e.flush() // a push may have raced with close
				return
			}
		}
		ev := e.q[0]
		e.q[0] = Event{}
		e.q = e.q[1:]
		e.mu.Unlock()
		select {
		case e.out <- ev:
		case <-e.done:
			e.flush(ev)
			return
		}
	}
}

// closeGrace is how long a closed queue waits for its reader to take the
// events still queued, such as the skip or full play that stopping the
// last track produced.
const closeGrace = time.Second

// flush hands first and the events still queued to the reader, giving up
// after closeGrace when nobody reads them.
func (e *eventQueue) flush(first ...Event) {
	e.mu.Lock()
	rest := append(first, e.q...)
	e.q = nil
	e.mu.Unlock()
	timeout := time.NewTimer(closeGrace)
	defer timeout.Stop()
	for _, ev := range rest {
		select {
		case e.out <- ev:
		case <-timeout.C:
			return
		}
	}
}

// close stops delivery: events already queued are still handed to a
// reader that keeps reading for up to closeGrace, then the channel closes.
func (e *eventQueue) close() { e.once.Do(func() { close(e.done) }) }
