package player

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sleeve/library/decode"
	"sleeve/library/player/playertest"
	"sleeve/library/synth"
)

func newManual(t *testing.T, opt Options) (*Player, *playertest.Output) {
	t.Helper()
	out := &playertest.Output{Rate: testRate}
	p := New(out, opt)
	t.Cleanup(func() {
		p.Stop()
		out.Drain()
		p.Close()
	})
	return p, out
}

func TestFadeShape(t *testing.T) {
	dir := t.TempDir()
	path := writeWAV(t, filepath.Join(dir, "dc.wav"), constant(0.5, 2, testRate), testRate, 1)
	p, out := newManual(t, Options{})
	item := Item{Path: path, Start: 500 * time.Millisecond, Length: time.Second}
	if err := p.Play(context.Background(), item); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, p, EventStarted)
	out.Drain()
	fin := expectEvent(t, p, EventFinished)
	if !fin.Completed || fin.Heard != time.Second {
		t.Errorf("finished: completed %v, heard %v; want true, 1s", fin.Completed, fin.Heard)
	}

	s := out.Samples()
	n := frames(DefaultFade)
	level := s[len(s)/2][0]
	if math.Abs(level-0.5) > 1e-3 {
		t.Fatalf("steady level %v, want 0.5", level)
	}
	if s[0][0] != 0 || s[0][1] != 0 {
		t.Errorf("first frame %v, want exactly 0", s[0])
	}
	// The fade in rises monotonically to the level over n frames, along a
	// raised cosine: symmetric about its midpoint.
	for i := 1; i <= n; i++ {
		if s[i][0] < s[i-1][0] {
			t.Fatalf("fade in falls at frame %d: %v < %v", i, s[i][0], s[i-1][0])
		}
	}
	if s[n][0] != level {
		t.Errorf("fade in reaches %v after %d frames, want %v", s[n][0], n, level)
	}
	for i := 0; i <= n; i++ {
		if d := s[i][0] + s[n-i][0] - level; math.Abs(d) > 1e-9 {
			t.Fatalf("fade in not symmetric: f(%d)+f(%d) = level%+g", i, n-i, d)
		}
	}
	if mid := s[n/2][0] / level; math.Abs(mid-0.5) > 0.01 {
		t.Errorf("fade in at its midpoint is %.3f of the level, want 0.5", mid)
	}
	// The preview ends with the mirror image of the fade in.
	end := frames(time.Second)
	if len(s) < end {
		t.Fatalf("only %d frames played, want %d", len(s), end)
	}
	for k := 1; k <= n; k++ {
		if a, b := s[end-k][0], s[k][0]; math.Abs(a-b) > 1e-9 {
			t.Fatalf("fade out frame end-%d = %v, fade in frame %d = %v", k, a, k, b)
		}
	}
	for i := end; i < len(s); i++ {
		if s[i][0] != 0 {
			t.Fatalf("frame %d after the window's end is %v, want silence", i, s[i][0])
		}
	}
}

func TestStopAndSeekHaveNoClicks(t *testing.T) {
	dir := t.TempDir()
	// 440 Hz at 0.8: the largest step between samples is 2π·440/44100·0.8
	// ≈ 0.050; a hard cut would jump by up to 0.8.
	path := writeWAV(t, filepath.Join(dir, "sine.wav"), synth.Sine(440, 3, testRate, 0.8), testRate, 1)
	const threshold = 0.06
	p, out := newManual(t, Options{})
	if err := p.Play(context.Background(), Item{Path: path}); err != nil {
		t.Fatal(err)
	}
	out.PullFor(500 * time.Millisecond)
	p.Seek(time.Second)
	out.PullFor(300 * time.Millisecond)
	p.Toggle() // pause
	out.PullFor(100 * time.Millisecond)
	p.Toggle() // resume
	out.PullFor(300*time.Millisecond + 123*time.Microsecond)
	p.Stop()
	out.Drain()

	s := out.Samples()
	if j, at := maxJump(s); j > threshold {
		t.Errorf("jump of %.3f at frame %d (%.3f s), want under %.2f", j, at, float64(at)/testRate, threshold)
	}
	last := s[len(s)-1]
	if last[0] != 0 || last[1] != 0 {
		t.Errorf("last frame %v, want silence", last)
	}
	// The stop's fade is short: the output ends within one fade (plus the
	// partial buffer) of the request.
	played := time.Duration(float64(len(s)) / testRate * float64(time.Second))
	want := 500*time.Millisecond + 300*time.Millisecond + 100*time.Millisecond + 300*time.Millisecond
	if played < want || played > want+DefaultFade+10*time.Millisecond {
		t.Errorf("output lasted %v, want %v plus at most a fade", played, want)
	}
	// An unprotected cut would fail the same check: make sure the signal
	// was loud where it stopped.
	expectEvent(t, p, EventStarted)
	sk := expectEvent(t, p, EventSkipped)
	if sk.Completed {
		t.Error("skipped event says completed")
	}
}

func TestPositionAndSeek(t *testing.T) {
	dir := t.TempDir()
	path := writeWAV(t, filepath.Join(dir, "ten.wav"), synth.Sine(220, 10, testRate, 0.3), testRate, 1)
	p, out := newManual(t, Options{})
	if err := p.Play(context.Background(), Item{ID: 7, Path: path}); err != nil {
		t.Fatal(err)
	}
	frame := time.Second / testRate
	st := p.State()
	if !st.Playing || st.Duration != 10*time.Second || st.Position != 0 || st.Item.ID != 7 || st.Format != "wav" {
		t.Fatalf("state at start: %+v", st)
	}
	out.PullFor(time.Second)
	if st := p.State(); !near(st.Position, time.Second, frame) || !near(st.Heard, time.Second, frame) {
		t.Fatalf("after 1 s: position %v, heard %v", st.Position, st.Heard)
	}

	// A seek reports its target at once, then plays on from there.
	if got := p.Seek(3 * time.Second); got != 4*time.Second {
		t.Errorf("Seek(+3s) from 1s = %v, want 4s", got)
	}
	if pos := p.State().Position; pos != 4*time.Second {
		t.Errorf("position with the seek pending = %v, want 4s", pos)
	}
	out.PullFor(DefaultFade + 10*time.Millisecond) // the fade out, then the jump
	out.PullFor(time.Second)
	st = p.State()
	if st.Position < 5*time.Second || st.Position > 5*time.Second+10*time.Millisecond {
		t.Errorf("1 s after seeking to 4s: position %v", st.Position)
	}
	// Heard counts what was played, not what was jumped over.
	if want := 2*time.Second + DefaultFade + 10*time.Millisecond; !near(st.Heard, want, 2*frame) {
		t.Errorf("heard %v, want %v", st.Heard, want)
	}

	// Seeks clamp to the track.
	if got := p.Seek(-time.Hour); got != 0 {
		t.Errorf("Seek(-1h) = %v, want 0", got)
	}
	out.PullFor(100 * time.Millisecond)
	if got := p.Seek(time.Hour); got != 10*time.Second {
		t.Errorf("Seek(+1h) = %v, want the track's end, 10s", got)
	}
	out.Drain()
	expectEvent(t, p, EventStarted)
	fin := expectEvent(t, p, EventFinished)
	if !fin.Completed || fin.Item.ID != 7 || fin.Length != 10*time.Second {
		t.Errorf("finished event %+v", fin)
	}
	if st := p.State(); st.Playing {
		t.Errorf("still playing after the end: %+v", st)
	}
}

func TestPreviewWindowBounds(t *testing.T) {
	dir := t.TempDir()
	path := writeWAV(t, filepath.Join(dir, "ten.wav"), synth.Sine(220, 10, testRate, 0.3), testRate, 1)
	frame := time.Second / testRate

	t.Run("plays exactly its window", func(t *testing.T) {
		p, out := newManual(t, Options{})
		if err := p.Play(context.Background(), Item{Path: path, Start: 2 * time.Second, Length: 3 * time.Second}); err != nil {
			t.Fatal(err)
		}
		if pos := p.State().Position; pos != 2*time.Second {
			t.Errorf("preview starts at %v, want 2s", pos)
		}
		out.PullFor(time.Second)
		if pos := p.State().Position; !near(pos, 3*time.Second, frame) {
			t.Errorf("position %v, want 3s", pos)
		}
		out.Drain()
		expectEvent(t, p, EventStarted)
		fin := expectEvent(t, p, EventFinished)
		if fin.Heard != 3*time.Second || fin.Length != 3*time.Second || fin.Feedback != Interest {
			t.Errorf("finished: heard %v, length %v, feedback %v; want 3s, 3s, interest", fin.Heard, fin.Length, fin.Feedback)
		}
	})

	t.Run("may seek back before its window but not past its end", func(t *testing.T) {
		p, out := newManual(t, Options{})
		if err := p.Play(context.Background(), Item{Path: path, Start: 2 * time.Second, Length: 3 * time.Second}); err != nil {
			t.Fatal(err)
		}
		out.PullFor(time.Second)
		if got := p.Seek(-10 * time.Second); got != 0 {
			t.Errorf("seek back = %v, want 0 (the track's start)", got)
		}
		out.PullFor(time.Second)
		if got := p.Seek(10 * time.Second); got != 5*time.Second {
			t.Errorf("seek forward = %v, want 5s, the window's end", got)
		}
		out.Drain()
		expectEvent(t, p, EventStarted)
		fin := expectEvent(t, p, EventFinished)
		if !fin.Completed {
			t.Error("seeking to the window's end did not finish the preview")
		}
	})

	t.Run("a window past the end moves back", func(t *testing.T) {
		p, out := newManual(t, Options{})
		if err := p.Play(context.Background(), Item{Path: path, Start: 9 * time.Second, Length: 3 * time.Second}); err != nil {
			t.Fatal(err)
		}
		if pos := p.State().Position; pos != 7*time.Second {
			t.Errorf("window 9–12 s of a 10 s track starts at %v, want 7s", pos)
		}
		out.Drain()
		expectEvent(t, p, EventStarted)
		if fin := expectEvent(t, p, EventFinished); fin.Heard != 3*time.Second {
			t.Errorf("heard %v, want 3s", fin.Heard)
		}
	})
}

func TestPauseResume(t *testing.T) {
	dir := t.TempDir()
	path := writeWAV(t, filepath.Join(dir, "dc.wav"), constant(0.5, 2, testRate), testRate, 1)
	p, out := newManual(t, Options{})
	if err := p.Play(context.Background(), Item{Path: path}); err != nil {
		t.Fatal(err)
	}
	out.PullFor(200 * time.Millisecond)
	p.Toggle()
	if !p.State().Paused {
		t.Fatal("not paused after Toggle")
	}
	out.PullFor(DefaultFade + 5*time.Millisecond)
	heard := p.State().Heard
	pos := p.State().Position
	out.Reset()
	out.PullFor(500 * time.Millisecond)
	for i, f := range out.Samples() {
		if f != [2]float64{} {
			t.Fatalf("frame %d while paused = %v", i, f)
		}
	}
	if st := p.State(); st.Heard != heard || st.Position != pos {
		t.Errorf("paused: heard %v→%v, position %v→%v; want unchanged", heard, st.Heard, pos, st.Position)
	}
	p.Toggle()
	out.Reset()
	out.PullFor(100 * time.Millisecond)
	s := out.Samples()
	if s[0][0] != 0 || math.Abs(s[len(s)-1][0]-0.5) > 1e-3 {
		t.Errorf("resume: first %v, last %v; want a fade from 0 to 0.5", s[0][0], s[len(s)-1][0])
	}
}

func TestVolume(t *testing.T) {
	dir := t.TempDir()
	path := writeWAV(t, filepath.Join(dir, "dc.wav"), constant(0.5, 2, testRate), testRate, 1)
	p, out := newManual(t, Options{Volume: 0.5})
	if err := p.Play(context.Background(), Item{Path: path}); err != nil {
		t.Fatal(err)
	}
	out.PullFor(200 * time.Millisecond)
	if got := out.Samples()[frames(150*time.Millisecond)][0]; math.Abs(got-0.25) > 1e-3 {
		t.Errorf("level at volume 0.5 = %v, want 0.25", got)
	}
	p.SetVolume(2) // clamps to 1
	if v := p.State().Volume; v != 1 {
		t.Errorf("volume %v after SetVolume(2), want 1", v)
	}
	out.Reset()
	out.PullFor(200 * time.Millisecond)
	s := out.Samples()
	if j, _ := maxJump(s); j > 0.001 {
		t.Errorf("volume change jumps by %v, want a glide", j)
	}
	if got := s[len(s)-1][0]; math.Abs(got-0.5) > 1e-3 {
		t.Errorf("level at volume 1 = %v, want 0.5", got)
	}
}

func TestResampleAndChannels(t *testing.T) {
	dir := t.TempDir()

	t.Run("mono 22050 Hz is resampled and duplicated", func(t *testing.T) {
		path := writeWAV(t, filepath.Join(dir, "mono22.wav"), synth.Sine(440, 1, 22050, 0.5), 22050, 1)
		p, out := newManual(t, Options{})
		if err := p.Play(context.Background(), Item{Path: path}); err != nil {
			t.Fatal(err)
		}
		out.Drain()
		expectEvent(t, p, EventStarted)
		fin := expectEvent(t, p, EventFinished)
		if !near(fin.Heard, time.Second, 2*time.Millisecond) {
			t.Errorf("heard %v of a 1 s file", fin.Heard)
		}
		s := out.Samples()
		var peak float64
		for _, f := range s {
			if f[0] != f[1] {
				t.Fatalf("mono not duplicated: %v", f)
			}
			peak = max(peak, abs(f[0]))
		}
		if peak < 0.45 || peak > 0.55 {
			t.Errorf("peak %v after resampling, want about 0.5", peak)
		}
		// 440 Hz at 44.1 kHz steps by at most 0.031 per frame at 0.5.
		if j, at := maxJump(s); j > 0.04 {
			t.Errorf("jump of %v at %d: resampling is not smooth", j, at)
		}
	})

	t.Run("stereo keeps its channels", func(t *testing.T) {
		l := synth.Sine(440, 1, testRate, 0.5)
		inter := make([]float32, 2*len(l))
		for i, v := range l {
			inter[2*i] = v // right stays silent
		}
		path := writeWAV(t, filepath.Join(dir, "left.wav"), inter, testRate, 2)
		p, out := newManual(t, Options{})
		if err := p.Play(context.Background(), Item{Path: path}); err != nil {
			t.Fatal(err)
		}
		out.Drain()
		var left, right float64
		for _, f := range out.Samples() {
			left = max(left, abs(f[0]))
			right = max(right, abs(f[1]))
		}
		if left < 0.45 || right != 0 {
			t.Errorf("peaks left %v, right %v; want about 0.5 and 0", left, right)
		}
	})
}

func ctxTimeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func TestStopAfterTwoSecondsIsSkip(t *testing.T) {
	dir := t.TempDir()
	path := writeWAV(t, filepath.Join(dir, "six.wav"), synth.Sine(330, 6, testRate, 0.3), testRate, 1)
	// Two seconds are pulled by the test itself, not polled for while a
	// paced output runs on: a late poll under load heard more.
	m, out := newManual(t, Options{})
	ctx := context.Background()
	if err := m.Play(ctx, Item{ID: 3, Path: path, Start: time.Second, Length: 4 * time.Second}); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, m, EventStarted)
	out.PullFor(2 * time.Second)
	m.Stop()
	out.Drain()
	sk := expectEvent(t, m, EventSkipped)
	if sk.Heard < 2*time.Second || sk.Heard > 2500*time.Millisecond || sk.Feedback != Skip || sk.Completed || sk.Item.ID != 3 {
		t.Errorf("skipped event: heard %v, feedback %v, completed %v, id %d; want about 2s, skip, false, 3",
			sk.Heard, sk.Feedback, sk.Completed, sk.Item.ID)
	}

	// The same preview heard to the end counts as interest.
	p := New(NewNullOutput(testRate, NullOptions{Speed: 8}), Options{})
	defer p.Close()
	if err := p.Play(ctx, Item{ID: 3, Path: path, Start: time.Second, Length: time.Second}); err != nil {
		t.Fatal(err)
	}
	if err := p.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, p, EventStarted)
	if fin := expectEvent(t, p, EventFinished); fin.Feedback != Interest {
		t.Errorf("preview heard to the end: feedback %v, want interest", fin.Feedback)
	}
}

func TestContextStopsPlayback(t *testing.T) {
	dir := t.TempDir()
	path := writeWAV(t, filepath.Join(dir, "two.wav"), synth.Sine(330, 2, testRate, 0.3), testRate, 1)
	p, out := newManual(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	if err := p.Play(ctx, Item{Path: path}); err != nil {
		t.Fatal(err)
	}
	out.PullFor(100 * time.Millisecond)
	cancel()
	expectEvent(t, p, EventStarted)
	if e := expectEvent(t, p, EventSkipped); e.Completed {
		t.Error("cancelled play reported completed")
	}
	out.Drain()
	if st := p.State(); st.Playing {
		t.Errorf("still playing after cancel: %+v", st)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	p, _ := newManual(t, Options{})
	ctx := context.Background()
	missing := filepath.Join(dir, "missing.mp3")
	if err := p.Play(ctx, Item{Path: missing}); !errors.Is(err, os.ErrNotExist) ||
		!strings.Contains(err.Error(), "no longer there") || strings.Count(err.Error(), missing) != 1 {
		// A file deleted or moved since the scan: said once, plainly.
		t.Errorf("missing file: %v", err)
	}
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("not audio at all, just words"), 0o644)
	if err := p.Play(ctx, Item{Path: text}); !errors.Is(err, decode.ErrNoDecoder) {
		t.Errorf("text file: %v, want ErrNoDecoder", err)
	}
	bad := filepath.Join(dir, "bad.wav")
	os.WriteFile(bad, []byte("RIFF\x24\x00\x00\x00WAVEjunkjunkjunk"), 0o644)
	if err := p.Play(ctx, Item{Path: bad}); !errors.Is(err, decode.ErrCorrupt) {
		t.Errorf("corrupt wav: %v, want ErrCorrupt", err)
	}
	if err := p.Play(ctx, Item{Path: bad, Length: -time.Second}); err == nil {
		t.Error("negative length accepted")
	}
	if st := p.State(); st.Playing {
		t.Errorf("playing after failed opens: %+v", st)
	}
}

// TestCloseDeliversQueuedEvents checks that events queued when the player
// closes still reach a reader that goes on reading, so the skip or full
// play of the last track is not lost at exit.
func TestCloseDeliversQueuedEvents(t *testing.T) {
	q := newEventQueue()
	const n = 40 // more than the channel's buffer
	for i := range n {
		q.push(Event{Kind: EventFinished, Heard: time.Duration(i)})
	}
	q.close()
	got := 0
	for ev := range q.out {
		if ev.Heard != time.Duration(got) {
			t.Fatalf("event %d arrived as %v: out of order", got, ev.Heard)
		}
		got++
	}
	if got != n {
		t.Errorf("%d of %d queued events reached the reader after close", got, n)
	}
}

// TestCloseGivesUpOnAnAbsentReader checks that a closed queue nobody reads
// still closes its channel after the grace period.
func TestCloseGivesUpOnAnAbsentReader(t *testing.T) {
	q := newEventQueue()
	for range 40 {
		q.push(Event{Kind: EventFinished})
	}
	time.Sleep(50 * time.Millisecond) // let the buffer fill
	q.close()
	deadline := time.After(10 * closeGrace)
	for {
		select {
		case _, ok := <-q.out:
			if !ok {
				return
			}
			time.Sleep(closeGrace / 10) // a slow reader: some events are dropped
		case <-deadline:
			t.Fatal("the events channel never closed")
		}
	}
}
