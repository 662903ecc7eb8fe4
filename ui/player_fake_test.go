package ui

import (
	"context"
	"errors"
	"sync"
	"time"

	"sleeve/app"
)

// fakePlayer records what it was asked to play and keeps a queue as the
// real player does, without sound: nothing ends by itself, and finish
// ends the current track as if it had played out.
type fakePlayer struct {
	mu      sync.Mutex
	played  []app.TrackID
	preview []bool
	queue   []app.QueueEntry
	index   int
	playing bool
	paused  bool
	pos     time.Duration
	volume  float64
	// failures and lastFailure are what NowPlaying reports of tracks
	// that could not be played.
	failures    int
	lastFailure string
}

func entry(t app.Track, preview bool) app.QueueEntry {
	return app.QueueEntry{ID: t.ID, Title: t.Tags.Title, Artist: t.Tags.DisplayArtist(), Duration: t.Duration, Preview: preview}
}

func (p *fakePlayer) start(i int) {
	p.index, p.playing, p.paused, p.pos = i, true, false, 0
	p.played = append(p.played, p.queue[i].ID)
	p.preview = append(p.preview, p.queue[i].Preview)
}

func (p *fakePlayer) Play(_ context.Context, t app.Track, preview bool) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.queue = []app.QueueEntry{entry(t, preview)}
	p.start(0)
	return nil
}

func (p *fakePlayer) PlayQueue(_ context.Context, ts []app.Track, index int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.queue = nil
	for _, t := range ts {
		p.queue = append(p.queue, entry(t, false))
	}
	p.start(index)
	return nil
}

func (p *fakePlayer) Enqueue(_ context.Context, ts ...app.Track) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	first := len(p.queue)
	for _, t := range ts {
		p.queue = append(p.queue, entry(t, false))
	}
	if p.playing {
		return false, nil
	}
	p.start(first)
	return true, nil
}

func (p *fakePlayer) PlayIndex(_ context.Context, i int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if i < 0 || i >= len(p.queue) {
		return errors.New("play: no such item") // as the real player says
	}
	p.start(i)
	return nil
}

func (p *fakePlayer) Remove(i int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if i < 0 || i >= len(p.queue) {
		return errors.New("remove: no such item")
	}
	p.queue = append(p.queue[:i:i], p.queue[i+1:]...)
	switch {
	case i < p.index:
		p.index--
	case i == p.index && p.playing && p.index < len(p.queue):
		p.start(p.index)
	case i == p.index:
		p.playing, p.index = false, max(0, min(p.index, len(p.queue)-1))
	}
	return nil
}

func (p *fakePlayer) Move(from, to int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if from < 0 || from >= len(p.queue) || to < 0 || to >= len(p.queue) {
		return errors.New("move: no such item")
	}
	e := p.queue[from]
	p.queue = append(p.queue[:from:from], p.queue[from+1:]...)
	p.queue = append(p.queue[:to:to], append([]app.QueueEntry{e}, p.queue[to:]...)...)
	switch {
	case from == p.index:
		p.index = to
	case from < p.index && to >= p.index:
		p.index--
	case from > p.index && to <= p.index:
		p.index++
	}
	return nil
}

func (p *fakePlayer) step(d int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	i := p.index + d
	if i < 0 || i >= len(p.queue) {
		return app.ErrQueueEnd
	}
	p.start(i)
	return nil
}

func (p *fakePlayer) Next() error     { return p.step(1) }
func (p *fakePlayer) Previous() error { return p.step(-1) }

func (p *fakePlayer) Seek(d time.Duration) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pos = max(0, p.pos+d)
	return p.pos
}

func (p *fakePlayer) AdjustVolume(d float64) float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.volume == 0 {
		p.volume = 1
	}
	p.volume = max(0, min(1, p.volume+d))
	return p.volume
}

func (p *fakePlayer) Toggle() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.paused = !p.paused
	return nil
}

// finish ends the current track as if it had played out: the queue moves
// on, or stops after its last track.
func (p *fakePlayer) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.index+1 < len(p.queue) {
		p.start(p.index + 1)
		return
	}
	p.playing = false
}

func (p *fakePlayer) NowPlaying() app.NowPlaying {
	p.mu.Lock()
	defer p.mu.Unlock()
	np := app.NowPlaying{Playing: p.playing, Paused: p.paused, Position: p.pos, Volume: p.volume, Index: -1,
		Queue: append([]app.QueueEntry(nil), p.queue...), Failures: p.failures, LastFailure: p.lastFailure}
	if np.Volume == 0 {
		np.Volume = 1
	}
	if len(p.queue) > 0 {
		np.Index = p.index
		np.Track = p.queue[p.index]
		np.Duration = np.Track.Duration
	}
	return np
}
