package player

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sleeve/library/synth"
)

const testRate = 44100

// writeWAV writes interleaved samples as a 16-bit WAV.
func writeWAV(t testing.TB, path string, samples []float32, rate, channels int) string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := synth.WriteWAV(f, samples, rate, channels); err != nil {
		t.Fatal(err)
	}
	return path
}

// constant returns seconds of a constant level (DC), which makes gains
// directly visible in the output.
func constant(level float32, seconds float64, rate int) []float32 {
	out := make([]float32, int(seconds*float64(rate)))
	for i := range out {
		out[i] = level
	}
	return out
}

// encode writes a mono sine of seconds to dir/name through synth.Encode,
// skipping the test when the format needs ffmpeg and there is none.
func encode(t testing.TB, dir, name string, seconds float64) string {
	t.Helper()
	path := filepath.Join(dir, name)
	err := synth.Encode(context.Background(), path, synth.Sine(440, seconds, testRate, 0.5), testRate, nil)
	if errors.Is(err, synth.ErrNoEncoder) {
		t.Skipf("cannot write %s: %v", name, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// nextEvent returns the next event, failing after a timeout.
func nextEvent(t testing.TB, p *Player) Event {
	t.Helper()
	select {
	case e := <-p.Events():
		return e
	case <-time.After(10 * time.Second):
		t.Fatal("no event within 10 s")
	}
	return Event{}
}

// expectEvent returns the next event and checks its kind.
func expectEvent(t testing.TB, p *Player, kind EventKind) Event {
	t.Helper()
	e := nextEvent(t, p)
	if e.Kind != kind {
		t.Fatalf("event %v (item %q, err %v), want %v", e.Kind, e.Item.Path, e.Err, kind)
	}
	return e
}

// near reports whether a and b differ by at most tol.
func near(a, b, tol time.Duration) bool {
	d := a - b
	return d <= tol && d >= -tol
}

func frames(d time.Duration) int { return int(d.Seconds() * testRate) }

func maxJump(s [][2]float64) (float64, int) {
	worst, at := 0.0, -1
	for i := 1; i < len(s); i++ {
		for c := range 2 {
			if d := abs(s[i][c] - s[i-1][c]); d > worst {
				worst, at = d, i
			}
		}
	}
	return worst, at
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
