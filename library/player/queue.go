package player

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// restartAfter is how far into an item Previous restarts it rather than
// going back to the item before, as most players do.
const restartAfter = 3 * time.Second

// PlayQueue replaces the queue with items and plays the one at index,
// stopping what played (reported as skipped). When an item plays to its
// end, the next one starts; one that cannot be opened is reported as an
// EventError and passed over. ctx bounds the playback of the whole queue.
// PlayQueue returns once the item at index is open and playing, or the
// error opening it; the queue is kept either way, so Next can move past it.
func (p *Player) PlayQueue(ctx context.Context, items []Item, index int) error {
	if len(items) == 0 {
		return fmt.Errorf("play: the queue is empty")
	}
	if index < 0 || index >= len(items) {
		return fmt.Errorf("play: item %d of a queue of %d", index+1, len(items))
	}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return ErrClosed
	}
	p.queue, p.index, p.queueCtx = slices.Clone(items), index, ctx
	gen := p.bumpLocked()
	p.mu.Unlock()
	return p.start(ctx, items[index], gen)
}

// Enqueue adds items at the end of the queue. When nothing plays (the
// queue played out, was stopped, or was empty), the first of them starts
// at once, and Enqueue reports true with the error of opening it; ctx
// then bounds the queue's playback from now on.
func (p *Player) Enqueue(ctx context.Context, items ...Item) (started bool, err error) {
	if len(items) == 0 {
		return false, nil
	}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return false, ErrClosed
	}
	first := len(p.queue)
	p.queue = append(p.queue, items...)
	if p.cur != nil || p.opening > 0 {
		p.mu.Unlock()
		return false, nil
	}
	p.index, p.queueCtx = first, ctx
	gen := p.bumpLocked()
	p.mu.Unlock()
	return true, p.start(ctx, items[0], gen)
}

// Queue returns a copy of the queue and the index of the current (or
// last played) item, -1 when the queue is empty.
func (p *Player) Queue() ([]Item, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.queue) == 0 {
		return nil, -1
	}
	return slices.Clone(p.queue), p.index
}

// Next stops the current item (reported as skipped) and plays the next
// one in the queue. At the last item it changes nothing and returns
// ErrQueueEnd.
func (p *Player) Next() error {
	return p.step(+1)
}

// Previous goes back: more than 3 s into a whole track it starts that
// track again; otherwise it stops it (reported as skipped) and plays the
// item before it. At the first item it starts that one again, and with
// nothing queued it returns ErrQueueEnd.
func (p *Player) Previous() error {
	p.mu.Lock()
	if v := p.cur; v != nil && !v.preview && v.position()-v.start > restartAfter {
		p.seekLocked(v.start)
		p.mu.Unlock()
		return nil
	}
	p.mu.Unlock()
	err := p.step(-1)
	if err == ErrQueueEnd {
		return p.step(0)
	}
	return err
}

// step plays the item delta places from the current one.
func (p *Player) step(delta int) error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return ErrClosed
	}
	i := p.index + delta
	if len(p.queue) == 0 || i < 0 || i >= len(p.queue) {
		p.mu.Unlock()
		return ErrQueueEnd
	}
	p.index = i
	item, ctx := p.queue[i], p.queueCtx
	gen := p.bumpLocked()
	p.mu.Unlock()
	if ctx == nil || ctx.Err() != nil {
		ctx = context.Background() // the queue's context ended: a key press starts it again
		p.mu.Lock()
		p.queueCtx = ctx
		p.mu.Unlock()
	}
	return p.start(ctx, item, gen)
}

// advance plays the queue's current item after the previous one ended,
// passing over items that cannot be opened (each reported as an
// EventError). voiceEndedLocked counted it as an open in progress.
func (p *Player) advance(ctx context.Context, gen uint64) {
	defer func() {
		p.mu.Lock()
		p.opening--
		p.updateIdleLocked()
		p.mu.Unlock()
	}()
	for {
		p.mu.Lock()
		if gen != p.gen || p.closed {
			p.mu.Unlock()
			return
		}
		item := p.queue[p.index]
		p.mu.Unlock()
		err := p.start(ctx, item, gen)
		if err == nil {
			return
		}
		p.mu.Lock()
		if gen != p.gen || p.closed {
			p.mu.Unlock()
			return
		}
		p.failures++
		p.lastFailure = Event{Kind: EventError, Item: item, Err: err}
		p.events.push(p.lastFailure)
		if p.index+1 >= len(p.queue) || ctx.Err() != nil {
			p.mu.Unlock()
			return
		}
		p.index++
		p.mu.Unlock()
	}
}

// Remove takes the item at index out of the queue. Removing the item
// that plays (or opens) stops it, reported as skipped, and plays the one
// that now takes its place, if any; removing any other item changes
// nothing that plays. The current item keeps its place in the order.
func (p *Player) Remove(index int) error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return ErrClosed
	}
	if index < 0 || index >= len(p.queue) {
		n := len(p.queue)
		p.mu.Unlock()
		return fmt.Errorf("remove: item %d of a queue of %d", index+1, n)
	}
	p.queue = slices.Delete(p.queue, index, index+1)
	busy := p.cur != nil || p.opening > 0
	switch {
	case index < p.index:
		p.index--
	case index > p.index:
	case !busy:
		// Nothing plays it: the item after it takes its place.
		p.index = max(0, min(p.index, len(p.queue)-1))
	case p.index >= len(p.queue):
		// It was the last and it played: stop at the new last one.
		p.bumpLocked()
		p.index = max(0, len(p.queue)-1)
		p.updateIdleLocked()
	default:
		item, ctx := p.queue[p.index], p.queueCtx
		gen := p.bumpLocked()
		if ctx == nil || ctx.Err() != nil {
			ctx = context.Background() // the queue's context ended: the key press starts it again
			p.queueCtx = ctx
		}
		p.mu.Unlock()
		return p.start(ctx, item, gen)
	}
	p.mu.Unlock()
	return nil
}

// Move moves the item at from to the place to, shifting the items
// between; what plays goes on playing, at its new place.
func (p *Player) Move(from, to int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	n := len(p.queue)
	if from < 0 || from >= n || to < 0 || to >= n {
		return fmt.Errorf("move: item %d to %d in a queue of %d", from+1, to+1, n)
	}
	if from == to {
		return nil
	}
	item := p.queue[from]
	p.queue = slices.Insert(slices.Delete(p.queue, from, from+1), to, item)
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
