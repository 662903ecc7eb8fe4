package player

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sleeve/library/synth"
)

// queueFiles writes n short mono tones, each at its own frequency, and
// returns their items with IDs 1…n.
func queueFiles(t *testing.T, n int, seconds float64) []Item {
	t.Helper()
	dir := t.TempDir()
	var items []Item
	for i := range n {
		path := writeWAV(t, filepath.Join(dir, fmt.Sprintf("t%d.wav", i+1)),
			synth.Sine(220*float64(i+1), seconds, testRate, 0.3), testRate, 1)
		items = append(items, Item{ID: int64(i + 1), Path: path})
	}
	return items
}

// TestQueueAdvancesWhenATrackEnds plays a queue of three through a fast
// null output: each item starts when the one before it ends, an item that
// cannot be opened is reported and passed over, and Wait returns only
// after the last.
func TestQueueAdvancesWhenATrackEnds(t *testing.T) {
	items := queueFiles(t, 3, 0.5)
	items[1].Path = filepath.Join(t.TempDir(), "gone.wav")
	p := New(NewNullOutput(testRate, NullOptions{}), Options{})
	defer p.Close()
	ctx := context.Background()
	if err := p.PlayQueue(ctx, items, 0); err != nil {
		t.Fatal(err)
	}
	if err := p.Wait(ctx); err != nil {
		t.Fatalf("wait: %v", err)
	}
	want := []struct {
		kind EventKind
		id   int64
	}{{EventStarted, 1}, {EventFinished, 1}, {EventError, 2}, {EventStarted, 3}, {EventFinished, 3}}
	for _, w := range want {
		e := nextEvent(t, p)
		if e.Kind != w.kind || e.Item.ID != w.id {
			t.Fatalf("event %v of item %d (err %v), want %v of item %d", e.Kind, e.Item.ID, e.Err, w.kind, w.id)
		}
		if e.Kind == EventFinished && e.Feedback != Interest {
			t.Errorf("item %d heard to the end: feedback %v, want interest", e.Item.ID, e.Feedback)
		}
	}
	st := p.State()
	if st.Playing || st.Index != 2 || st.QueueLength != 3 {
		t.Errorf("after the queue: playing %v, index %d of %d; want stopped at 2 of 3", st.Playing, st.Index, st.QueueLength)
	}
	if st.Failures != 1 || st.LastFailure.Item.ID != 2 || !errors.Is(st.LastFailure.Err, os.ErrNotExist) {
		t.Errorf("failures %d, last %+v; want item 2, not found", st.Failures, st.LastFailure)
	}
}

// TestQueueNextAndPrevious moves through a queue by hand.
func TestQueueNextAndPrevious(t *testing.T) {
	items := queueFiles(t, 3, 6)
	p, out := newManual(t, Options{})
	ctx := context.Background()
	if err := p.PlayQueue(ctx, items, 0); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, p, EventStarted)
	out.PullFor(time.Second)
	if err := p.Next(); err != nil {
		t.Fatal(err)
	}
	if e := expectEvent(t, p, EventSkipped); e.Item.ID != 1 || e.Feedback != Skip {
		t.Errorf("next: item %d reported %v, want item 1 skipped", e.Item.ID, e.Feedback)
	}
	if e := expectEvent(t, p, EventStarted); e.Item.ID != 2 {
		t.Errorf("next started item %d, want 2", e.Item.ID)
	}
	out.PullFor(100 * time.Millisecond)
	p.Next()
	expectEvent(t, p, EventSkipped)
	if e := expectEvent(t, p, EventStarted); e.Item.ID != 3 {
		t.Errorf("second next started item %d, want 3", e.Item.ID)
	}
	if err := p.Next(); !errors.Is(err, ErrQueueEnd) {
		t.Errorf("next at the last item: %v, want ErrQueueEnd", err)
	}
	if st := p.State(); !st.Playing || st.Item.ID != 3 || st.Index != 2 {
		t.Errorf("next at the end changed what plays: %+v", st)
	}

	// Within the first seconds, previous goes back an item.
	out.PullFor(time.Second)
	if err := p.Previous(); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, p, EventSkipped)
	if e := expectEvent(t, p, EventStarted); e.Item.ID != 2 {
		t.Errorf("previous started item %d, want 2", e.Item.ID)
	}
	// Further in, it starts the track again.
	out.PullFor(4 * time.Second)
	if err := p.Previous(); err != nil {
		t.Fatal(err)
	}
	out.PullFor(200 * time.Millisecond)
	if st := p.State(); st.Item.ID != 2 || st.Position > 300*time.Millisecond {
		t.Errorf("previous 4 s in: item %d at %v, want item 2 from the start", st.Item.ID, st.Position)
	}
	// Seeking moves within the track, clamped to its start.
	if pos := p.Seek(SeekStep / 5); !near(pos, 2*time.Second+200*time.Millisecond, 50*time.Millisecond) {
		t.Errorf("seek +2 s: at %v", pos)
	}
	if pos := p.Seek(-SeekStep); pos != 0 {
		t.Errorf("seek back past the start: at %v, want 0", pos)
	}

	// Adding to a queue that plays does not interrupt it.
	extra := queueFiles(t, 1, 1)
	extra[0].ID = 9
	started, err := p.Enqueue(ctx, extra...)
	if started || err != nil {
		t.Errorf("enqueue while playing: started %v, %v", started, err)
	}
	if q, i := p.Queue(); len(q) != 4 || i != 1 || q[3].ID != 9 {
		t.Errorf("queue after enqueue: %d items at %d", len(q), i)
	}
}

// TestEnqueueStartsWhenIdle queues onto a stopped player: the first item
// added plays at once and the next follows it.
func TestEnqueueStartsWhenIdle(t *testing.T) {
	items := queueFiles(t, 2, 0.3)
	p := New(NewNullOutput(testRate, NullOptions{}), Options{})
	defer p.Close()
	ctx := context.Background()
	if q, i := p.Queue(); q != nil || i != -1 {
		t.Errorf("new player's queue: %v at %d", q, i)
	}
	if err := p.Next(); !errors.Is(err, ErrQueueEnd) {
		t.Errorf("next with nothing queued: %v", err)
	}
	started, err := p.Enqueue(ctx, items...)
	if !started || err != nil {
		t.Fatalf("enqueue on an idle player: started %v, %v", started, err)
	}
	p.Wait(ctx)
	var ids []int64
	for range 4 {
		ids = append(ids, nextEvent(t, p).Item.ID)
	}
	if fmt.Sprint(ids) != "[1 1 2 2]" {
		t.Errorf("events of items %v, want [1 1 2 2]", ids)
	}
}

// TestItemGain checks that an item's gain scales its samples.
func TestItemGain(t *testing.T) {
	dir := t.TempDir()
	path := writeWAV(t, filepath.Join(dir, "dc.wav"), constant(0.5, 1, testRate), testRate, 1)
	p, out := newManual(t, Options{})
	if err := p.Play(context.Background(), Item{Path: path, Gain: 0.5}); err != nil {
		t.Fatal(err)
	}
	out.PullFor(200 * time.Millisecond)
	if got := out.Samples()[frames(150*time.Millisecond)][0]; math.Abs(got-0.25) > 1e-3 {
		t.Errorf("level with gain 0.5 = %v, want 0.25", got)
	}
}

func TestLevelGain(t *testing.T) {
	nan := math.NaN()
	cases := []struct {
		name             string
		lufs, peak, want float64 // want in dB
	}{
		{"loud master turned down", -8, -0.1, -10},
		{"quiet track turned up", -24, -10, 6},
		{"boost limited by the peak", -30, -6, 5},
		{"unknown peak: boost capped", -40, nan, MaxBoostDB},
		{"unknown peak: cut as asked", -9, nan, -9},
		{"silence left alone", -70, nan, 0},
		{"no loudness", nan, nan, 0},
	}
	for _, c := range cases {
		got := 20 * math.Log10(LevelGain(DefaultTargetLUFS, c.lufs, c.peak))
		if math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s: %.2f dB, want %.2f dB", c.name, got, c.want)
		}
	}
}

// queueIDs returns the IDs of the queue's items and the current index.
func queueIDs(p *Player) ([]int64, int) {
	q, i := p.Queue()
	ids := make([]int64, len(q))
	for k, it := range q {
		ids[k] = it.ID
	}
	return ids, i
}

// TestQueueRemoveAndMove edits a queue while it plays: removing an item
// before or after the current one changes nothing that plays, removing
// the current one skips to the item that takes its place, removing the
// last while it plays stops, and moving items keeps the current one
// playing at its new place.
func TestQueueRemoveAndMove(t *testing.T) {
	items := queueFiles(t, 5, 6)
	p, out := newManual(t, Options{})
	ctx := context.Background()
	if err := p.PlayQueue(ctx, items, 1); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, p, EventStarted)
	out.PullFor(200 * time.Millisecond)

	// Before the current item: it keeps playing, one place up.
	if err := p.Remove(0); err != nil {
		t.Fatal(err)
	}
	if ids, i := queueIDs(p); fmt.Sprint(ids) != "[2 3 4 5]" || i != 0 {
		t.Errorf("after removing the first: %v at %d, want [2 3 4 5] at 0", ids, i)
	}
	if st := p.State(); !st.Playing || st.Item.ID != 2 {
		t.Errorf("removing another item changed what plays: %+v", st)
	}
	// After it: nothing changes but the order.
	if err := p.Remove(2); err != nil {
		t.Fatal(err)
	}
	if ids, i := queueIDs(p); fmt.Sprint(ids) != "[2 3 5]" || i != 0 {
		t.Errorf("after removing a later item: %v at %d, want [2 3 5] at 0", ids, i)
	}

	// Move the playing item to the end, then one from the end before it.
	if err := p.Move(0, 2); err != nil {
		t.Fatal(err)
	}
	if ids, i := queueIDs(p); fmt.Sprint(ids) != "[3 5 2]" || i != 2 {
		t.Errorf("after moving the current item down: %v at %d, want [3 5 2] at 2", ids, i)
	}
	if err := p.Move(0, 2); err != nil {
		t.Fatal(err)
	}
	if ids, i := queueIDs(p); fmt.Sprint(ids) != "[5 2 3]" || i != 1 {
		t.Errorf("after moving an item past the current one: %v at %d, want [5 2 3] at 1", ids, i)
	}
	if st := p.State(); !st.Playing || st.Item.ID != 2 {
		t.Errorf("moving changed what plays: %+v", st)
	}
	if err := p.Move(0, 3); err == nil {
		t.Error("moving to a place past the end did not fail")
	}

	// The current item: skipped, and the one now in its place plays.
	if err := p.Remove(1); err != nil {
		t.Fatal(err)
	}
	if e := expectEvent(t, p, EventSkipped); e.Item.ID != 2 {
		t.Errorf("removing the current item reported item %d, want 2 skipped", e.Item.ID)
	}
	if e := expectEvent(t, p, EventStarted); e.Item.ID != 3 {
		t.Errorf("after removing the current item, item %d started; want 3", e.Item.ID)
	}
	if ids, i := queueIDs(p); fmt.Sprint(ids) != "[5 3]" || i != 1 {
		t.Errorf("after removing the current item: %v at %d, want [5 3] at 1", ids, i)
	}
	// The last, while it plays: playback stops at the new last item.
	out.PullFor(200 * time.Millisecond)
	if err := p.Remove(1); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, p, EventSkipped)
	if st := p.State(); st.Playing || st.Index != 0 || st.QueueLength != 1 {
		t.Errorf("after removing the last item as it played: %+v; want stopped at 0 of 1", st)
	}
	if err := p.Remove(5); err == nil {
		t.Error("removing an item past the end did not fail")
	}
}
