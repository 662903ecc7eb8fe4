package app

import (
	"context"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/library/player"
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
