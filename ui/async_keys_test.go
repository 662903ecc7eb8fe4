package ui

import (
	"math/rand/v2"
	"runtime/debug"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestKeysWhileWorkIsUnderWay presses random keys, pastes and resizes the
// terminal while the commands they start answer in a random order, late or
// not yet, as they do when the library is slow, and draws the screen after
// every step: nothing may panic. It found the crash on leaving the
// favourites before the artists' rows arrived.
func TestKeysWhileWorkIsUnderWay(t *testing.T) {
	keys := []string{"down", "up", "enter", "esc", "tab", "shift+tab", "right", "left", "F", "v", "y", "o", "/", "a", "g", "G", "j", "k", "l", "h", "1", "4", "s", "x", "n", "P", ">", "<", "?", "H", "D", "N", "b", "w", "d", "K", "J", "e", "m", "R", "M", "r", "p", "space"}
	for seed := range 70 {
		rng := rand.New(rand.NewPCG(uint64(seed), 9))
		tracks := fixtureTracks(12)
		for i := range tracks {
			if i%3 == 0 {
				tracks[i].Rating, tracks[i].RatedAt = 5, time.Unix(int64(i)*60, 0)
			}
			if i%4 == 0 {
				tracks[i].Tags.Artist = ""
			}
		}
		eng := &fakeEngine{}
		p := &fakePlayer{}
		m := newTestModel(t, &fakeLibrary{tracks: tracks}, Deps{Feedback: eng, Recommender: eng, Player: p}, 30+rng.IntN(130), 8+rng.IntN(40))
		var queue []tea.Cmd
		var hist []string
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("seed %d: panic %v after %v\n%s", seed, r, hist, debug.Stack())
				}
			}()
			for step := 0; step < 120; step++ {
				if len(queue) > 0 && rng.IntN(2) == 0 {
					i := rng.IntN(len(queue))
					c := queue[i]
					queue = append(queue[:i], queue[i+1:]...)
					queue = append(queue, deliver(m, c)...)
				} else if rng.IntN(15) == 0 {
					m.Update(tea.WindowSizeMsg{Width: 20 + rng.IntN(140), Height: 5 + rng.IntN(45)})
				} else if rng.IntN(20) == 0 {
					_, next := m.Update(tea.PasteMsg{Content: "calm piano bpm:100..120"})
					queue = append(queue, next)
				} else {
					k := keys[rng.IntN(len(keys))]
					hist = append(hist, k)
					_, next := m.Update(keyMsg(k))
					queue = append(queue, next)
				}
				_ = m.View()
			}
		}()
	}
}
