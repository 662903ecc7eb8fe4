package app

import (
	"context"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/library/player"
	"sleeve/library/player/playertest"
)

func TestPlayFeedbackIsStored(t *testing.T) {
	s := demoStore(t, 2)
	ctx := context.Background()
	var ids []library.TrackID
	for tr, err := range s.Tracks(ctx, library.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, tr.ID)
	}
	cases := []struct {
		ev     player.Event
		stored string
	}{
		{player.Event{Kind: player.EventSkipped, Item: player.Item{ID: int64(ids[0])}, Heard: 2 * time.Second, Feedback: player.Skip}, "skip"},
		{player.Event{Kind: player.EventFinished, Item: player.Item{ID: int64(ids[1])}, Heard: 25 * time.Second, Completed: true, Feedback: player.Interest}, "play"},
		{player.Event{Kind: player.EventSkipped, Item: player.Item{ID: int64(ids[1])}, Heard: 12 * time.Second, Feedback: player.Neutral}, ""},
		{player.Event{Kind: player.EventStarted, Item: player.Item{ID: int64(ids[1])}}, ""},
	}
	for _, c := range cases {
		ok, err := PlayFeedback(ctx, s, c.ev, "sess")
		if err != nil || ok != (c.stored != "") {
			t.Fatalf("%+v: stored %v, %v", c.ev, ok, err)
		}
	}
	fb, err := s.Feedback(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fb) != 2 || fb[0].Kind != "skip" || fb[0].TrackID != ids[0] || fb[1].Kind != "play" || fb[1].SessionID != "sess" {
		t.Fatalf("feedback %+v", fb)
	}
}

// TestWholeTrackPlaysFeedTheTaste plays whole tracks (not preview windows)
// through a real player, as the explorer's enter does, and checks that
// RecordPlays stores a play heard to the end as a full play and one
// stopped within the first 5 s as a skip. The test pulls the audio itself
// (playertest.Output), so what each play heard is exact, whatever the
// machine's load.
func TestWholeTrackPlaysFeedTheTaste(t *testing.T) {
	s := demoStore(t, 2)
	ctx := context.Background()
	tracks := allTracks(t, s)
	out := &playertest.Output{Rate: 44100}
	p := player.New(out, player.Options{})
	recorded := make(chan struct{})
	go func() {
		defer close(recorded)
		RecordPlays(s, p, func() string { return "sess" }, func(err error) { t.Error(err) })
	}()
	whole := func(tr library.Track) player.Item { return player.Item{ID: int64(tr.ID), Path: tr.Path} }
	if err := p.Play(ctx, whole(tracks[0])); err != nil {
		t.Fatal(err)
	}
	out.Drain() // the whole 8 s track
	if err := p.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	if err := p.Play(ctx, whole(tracks[1])); err != nil {
		t.Fatal(err)
	}
	out.PullFor(time.Second)
	p.Stop()
	out.Drain() // the fade
	// Close drops events not yet read, so wait until both are stored
	// (the deadline only guards against a hang) before closing.
	var fb []library.Feedback
	for deadline := time.Now().Add(deadlockGuard); ; time.Sleep(time.Millisecond) {
		var err error
		if fb, err = s.Feedback(ctx); err != nil {
			t.Fatal(err)
		}
		if len(fb) >= 2 || time.Now().After(deadline) {
			break
		}
	}
	p.Close()
	<-recorded
	if len(fb) != 2 || fb[0].Kind != "play" || fb[0].TrackID != tracks[0].ID ||
		fb[1].Kind != "skip" || fb[1].TrackID != tracks[1].ID || fb[1].SessionID != "sess" {
		t.Fatalf("feedback %+v, want a full play of %d then a skip of %d", fb, tracks[0].ID, tracks[1].ID)
	}
}

// TestQuittingIsNoSkip plays a track through a real player, as the
// explorer does, and closes the player half a second in, as quitting the
// explorer does: the person left the program, not the track, so no skip
// is stored (one had been, and the taste profile then called the track's
// genre and artist "not for you"). A track heard to 90 % before the quit
// still counts as a full play. The test pulls the audio itself
// (playertest.Output), so the quit comes exactly 0.5 s and 7.4 s into the
// 8 s tracks; a paced output could play the second to its end before a
// late poll closed the player, and a full play was then stored without
// the quit being tested.
func TestQuittingIsNoSkip(t *testing.T) {
	s := demoStore(t, 2)
	ctx := context.Background()
	tracks := allTracks(t, s)
	quitAfter := func(tr library.Track, heard time.Duration) {
		t.Helper()
		out := &playertest.Output{Rate: 44100}
		p := player.New(out, player.Options{})
		recorded := make(chan struct{})
		go func() {
			defer close(recorded)
			RecordPlays(s, p, nil, func(err error) { t.Error(err) })
		}()
		if err := p.Play(ctx, player.Item{ID: int64(tr.ID), Path: tr.Path}); err != nil {
			t.Fatal(err)
		}
		out.PullFor(heard)
		// Nothing pulls the fade, so Close waits its second for it.
		p.Close()
		<-recorded
	}

	quitAfter(tracks[0], 500*time.Millisecond)
	fb, err := s.Feedback(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fb) != 0 {
		t.Fatalf("quitting half a second into a track stored %+v", fb)
	}

	// Heard nearly to its end (7.4 of 8 s), then the quit: a full play.
	quitAfter(tracks[1], 7400*time.Millisecond)
	if fb, err = s.Feedback(ctx); err != nil {
		t.Fatal(err)
	}
	if len(fb) != 1 || fb[0].Kind != "play" || fb[0].TrackID != tracks[1].ID {
		t.Fatalf("feedback %+v, want one full play of %d", fb, tracks[1].ID)
	}
}

// deadlockGuard bounds a wait for something that must happen; it only
// turns a hang into a failure and says nothing about speed.
const deadlockGuard = 30 * time.Second
