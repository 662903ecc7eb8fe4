package app

import (
	"context"
	"time"

	"sleeve/library"
	"sleeve/library/player"
)

// PlayFeedback turns the end of a play into stored feedback: a preview
// abandoned within the skip threshold is a skip, and one heard to the end
// (or nearly) is a full play. Neutral plays store nothing. It reports
// whether anything was stored.
func PlayFeedback(ctx context.Context, store *library.Store, ev player.Event, session string) (bool, error) {
	if ev.Kind != player.EventFinished && ev.Kind != player.EventSkipped {
		return false, nil
	}
	kind := ""
	switch ev.Feedback {
	case player.Skip:
		kind = "skip"
	case player.Interest:
		kind = "play"
	default:
		return false, nil
	}
	err := store.AddFeedback(ctx, library.Feedback{TrackID: library.TrackID(ev.Item.ID), Kind: kind, At: time.Now(), SessionID: session})
	return err == nil, err
}

// RecordPlays stores the feedback of every play the player reports until
// its events end, and passes each error to onErr.
func RecordPlays(store *library.Store, p *player.Player, session func() string, onErr func(error)) {
	for ev := range p.Events() {
		s := ""
		if session != nil {
			s = session()
		}
		if _, err := PlayFeedback(context.Background(), store, ev, s); err != nil && onErr != nil {
			onErr(err)
		}
	}
}
