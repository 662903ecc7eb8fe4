package eval

import (
	"slices"
	"testing"
	"time"

	"sleeve/engine"
)

// TestListenerReactsToATrackWhateverCameBefore checks that the simulated
// listener's reaction to a track (its noisy rating, and a skip or a full
// play) does not depend on which tracks they reacted to before: two
// versions of the engine that show the same track in a training list get
// the same reaction to it, however their other lists differ. With one
// noise stream for every reaction, a change to one list shifted the noise
// of every later rating, and the figures after feedback moved by as much
// as the spread between noise streams. A second hearing of a track is a
// new draw.
func TestListenerReactsToATrackWhateverCameBefore(t *testing.T) {
	f := NewCatalogue(catalogueSeed, 16)
	n := min(200, len(f.Tracks))
	at := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	forward, backward := NewListener(f, listenerSeed), NewListener(f, listenerSeed)
	first := make([][]engine.Feedback, n)
	for k := range n {
		first[k] = forward.React(&f.Tracks[k], at)
	}
	for k := n - 1; k >= 0; k-- {
		if got := backward.React(&f.Tracks[k], at); !slices.Equal(got, first[k]) {
			t.Fatalf("track %d: reaction %v after the tracks before it, %v after the tracks after it", k, first[k], got)
		}
	}
	redrawn := 0
	for k := range n {
		if again := forward.React(&f.Tracks[k], at); !slices.Equal(again, first[k]) {
			redrawn++
		}
	}
	if redrawn == 0 {
		t.Errorf("every second hearing of %d tracks got the first hearing's reaction: the noise is not drawn again", n)
	}
}
