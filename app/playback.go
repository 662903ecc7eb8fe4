package app

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"sleeve/library"
	"sleeve/library/player"
)

// Levelling says whether tracks are played at an even loudness, and at
// which: each is turned by TargetLUFS minus its measured integrated
// loudness, as ReplayGain does, but never so far up that its peak clips.
type Levelling struct {
	On bool
	// TargetLUFS is the loudness aimed at; 0 means
	// player.DefaultTargetLUFS.
	TargetLUFS float64
}

// Gain returns the linear gain levelling gives t: 1 when levelling is
// off or t has not been analysed.
func (lv Levelling) Gain(t library.Track) float64 {
	f := t.Features
	if !lv.On || f == nil {
		return 1
	}
	target := lv.TargetLUFS
	if target == 0 {
		target = player.DefaultTargetLUFS
	}
	// The analysis stores the peak as its ratio to the loudness (PLR).
	peak := math.NaN()
	if f.DynamicRange > 0 {
		peak = f.LoudnessLUFS + f.DynamicRange
	}
	return player.LevelGain(target, f.LoudnessLUFS, peak)
}

// SeekStep is how far the seek keys move within a track.
const SeekStep = player.SeekStep

// ErrQueueEnd is returned by Next at the last track of the queue.
var ErrQueueEnd = player.ErrQueueEnd

// previewFallback is the preview window of a track not analysed yet.
const previewFallback = 25 * time.Second

// PlayItem is what the player plays for t: the whole track, or with
// preview its preview window, at the gain levelling gives it.
func PlayItem(t library.Track, preview bool, lv Levelling) player.Item {
	it := player.Item{ID: int64(t.ID), Path: t.Path, Gain: lv.Gain(t)}
	if !preview {
		return it
	}
	if f := t.Features; f != nil && f.PreviewLength > 0 {
		it.Start, it.Length = f.PreviewStart, f.PreviewLength
		return it
	}
	// Not analysed yet: a window a third of the way in skips most intros.
	if t.Duration > previewFallback {
		it.Start = t.Duration / 3
		if it.Start+previewFallback > t.Duration {
			it.Start = t.Duration - previewFallback
		}
		it.Length = previewFallback
	}
	return it
}

// QueueEntry is one track of the play queue.
type QueueEntry struct {
	ID            library.TrackID
	Title, Artist string
	Duration      time.Duration
	Preview       bool
}

// NowPlaying is what the player is doing, for a now-playing line and the
// queue.
type NowPlaying struct {
	// Playing is true while a track is loaded, even paused.
	Playing, Paused bool
	// Track is the current (or last played) entry of the queue.
	Track              QueueEntry
	Position, Duration time.Duration
	// Volume is in [0, 1].
	Volume float64
	// GainDB is the levelling applied to the current track, in dB.
	GainDB float64
	// Queue is the queue and Index the current entry's place in it (-1
	// when empty).
	Queue []QueueEntry
	Index int
	// Failures counts the tracks that failed to play, or that the queue
	// passed over because they could not be opened; LastFailure says
	// which was the latest and why.
	Failures    int
	LastFailure string
}

// Playback plays tracks of the library through a player: single tracks,
// previews and a queue, levelled as configured. It keeps the titles of
// what it queued, so that NowPlaying can name them. Its methods are safe
// for concurrent use.
type Playback struct {
	p     *player.Player
	level Levelling

	mu      sync.Mutex
	entries map[int64]QueueEntry
}

// NewPlayback plays through p with levelling lv.
func NewPlayback(p *player.Player, lv Levelling) *Playback {
	return &Playback{p: p, level: lv, entries: map[int64]QueueEntry{}}
}

// Levelling returns the levelling in use.
func (pb *Playback) Levelling() Levelling { return pb.level }

func (pb *Playback) items(tracks []library.Track, preview bool) []player.Item {
	pb.mu.Lock()
	defer pb.mu.Unlock()
	items := make([]player.Item, len(tracks))
	for i, t := range tracks {
		items[i] = PlayItem(t, preview, pb.level)
		pb.entries[int64(t.ID)] = QueueEntry{ID: t.ID, Title: t.Tags.Title, Artist: t.Tags.DisplayArtist(),
			Duration: t.Duration, Preview: preview}
	}
	return items
}

// Play plays t whole, or with preview its preview window, in place of
// the queue.
func (pb *Playback) Play(ctx context.Context, t library.Track, preview bool) error {
	return pb.p.Play(ctx, pb.items([]library.Track{t}, preview)[0])
}

// PlayQueue makes tracks the queue and plays them from index on.
func (pb *Playback) PlayQueue(ctx context.Context, tracks []library.Track, index int) error {
	return pb.p.PlayQueue(ctx, pb.items(tracks, false), index)
}

// Enqueue adds tracks at the end of the queue; when nothing plays, the
// first of them starts, and started says so.
func (pb *Playback) Enqueue(ctx context.Context, tracks ...library.Track) (started bool, err error) {
	return pb.p.Enqueue(ctx, pb.items(tracks, false)...)
}

// PlayIndex plays the queue's track at index, keeping the queue.
func (pb *Playback) PlayIndex(ctx context.Context, index int) error {
	items, _ := pb.p.Queue()
	return pb.p.PlayQueue(ctx, items, index)
}

// Remove takes the queue's track at index out; when it was playing, the
// track that takes its place plays.
func (pb *Playback) Remove(index int) error { return pb.p.Remove(index) }

// Move moves the queue's track at from to the place to; what plays plays
// on.
func (pb *Playback) Move(from, to int) error { return pb.p.Move(from, to) }

// Next plays the next track of the queue; player.ErrQueueEnd at the last.
func (pb *Playback) Next() error { return pb.p.Next() }

// Previous goes back a track, or to the start of this one.
func (pb *Playback) Previous() error { return pb.p.Previous() }

// Seek moves by delta within the track and returns the new position.
func (pb *Playback) Seek(delta time.Duration) time.Duration { return pb.p.Seek(delta) }

// Toggle pauses or resumes.
func (pb *Playback) Toggle() error {
	pb.p.Toggle()
	return nil
}

// AdjustVolume changes the volume by delta (clamped to [0, 1]) and
// returns the new volume.
func (pb *Playback) AdjustVolume(delta float64) float64 {
	v := max(0, min(1, pb.p.State().Volume+delta))
	v = math.Round(v*100) / 100 // steps of 0.05 stay exact
	pb.p.SetVolume(v)
	return v
}

// NowPlaying returns what plays and what is queued.
func (pb *Playback) NowPlaying() NowPlaying {
	st := pb.p.State()
	items, index := pb.p.Queue()
	pb.mu.Lock()
	defer pb.mu.Unlock()
	np := NowPlaying{Playing: st.Playing, Paused: st.Paused, Position: st.Position, Duration: st.Duration,
		Volume: st.Volume, Index: index, Failures: st.Failures}
	if f := st.LastFailure; f.Err != nil {
		name := pb.entries[f.Item.ID].Title
		if name == "" {
			name = f.Item.Path
		}
		np.LastFailure = fmt.Sprintf("could not play %s: %v", name, f.Err)
	}
	for _, it := range items {
		e := pb.entries[it.ID]
		e.ID = library.TrackID(it.ID)
		e.Preview = it.Preview()
		np.Queue = append(np.Queue, e)
	}
	if index >= 0 && index < len(np.Queue) {
		np.Track = np.Queue[index]
		if !st.Playing {
			np.Duration = np.Track.Duration // stopped: the track's own length
		}
	}
	if st.Playing {
		np.Track.ID = library.TrackID(st.Item.ID)
		if e, ok := pb.entries[st.Item.ID]; ok {
			np.Track = e
		}
		np.Track.Preview = st.Item.Preview()
		if g := st.Item.Gain; g > 0 {
			np.GainDB = 20 * math.Log10(g)
		}
	}
	return np
}
