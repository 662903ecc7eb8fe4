package analysis

import (
	"flag"
	"fmt"
	"math"
	"sync"
	"testing"

	"sleeve/library/synth"
)

var reportSeconds = flag.Float64("report-seconds", 30, "length of each clip in TestAccuracyReport")

// clip is one synthetic test piece with its ground truth.
type clip struct {
	spec synth.Spec
}

// accuracyClips returns n clips that cycle through every key (major and
// minor), tempos from 60 to 180 BPM, every timbre, swing and noise. The
// parameters come from fixed arithmetic, not from looking at results.
//
// Clip i has tonic 7i mod 12 and is minor when i + i/12 is odd, so any 24
// consecutive clips hold all 24 keys, and any two consecutive clips both
// modes.
func accuracyClips(n int, seconds float64, sr int) []clip {
	tempos := []float64{60, 66, 72, 80, 86, 92, 98, 105, 112, 120, 126, 132, 140, 150, 160, 170, 180}
	timbres := synth.Timbres()
	out := make([]clip, 0, n)
	for i := 0; i < n; i++ {
		s := synth.Spec{
			BPM:        tempos[(i*7)%len(tempos)],
			Tonic:      (i * 7) % 12,
			Minor:      (i+i/12)%2 == 1,
			Timbre:     timbres[(i*5+i/12)%len(timbres)],
			Swing:      []float64{0, 0, 0.15, 0.3}[i%4],
			Noise:      []float64{0, 0.05, 0.2, 0.4}[(i/4)%4],
			Energy:     0.15 + 0.7*float64((i*3)%8)/7,
			Seconds:    seconds,
			SampleRate: sr,
			Seed:       int64(1000 + i),
			Drums:      true,
		}
		out = append(out, clip{spec: s})
	}
	return out
}

// scores of one clip.
type clipScore struct {
	acc1, acc2 bool
	keyExact   bool
	mirex      float64
	est        Features
}

func tempoMatch(est, ref, tol float64) bool {
	return math.Abs(est-ref) <= tol*ref
}

// mirexKeyScore is the MIREX key weighting as in mir_eval.key: 1 for the
// same key, 0.5 for the key a fifth above in the same mode, 0.3 for the
// relative key, 0.2 for the parallel key, else 0.
func mirexKeyScore(refTonic int, refMinor bool, estTonic int, estMinor bool) float64 {
	if estTonic < 0 {
		return 0
	}
	switch {
	case refTonic == estTonic && refMinor == estMinor:
		return 1
	case refMinor == estMinor && estTonic == (refTonic+7)%12:
		return 0.5
	case !refMinor && estMinor && estTonic == (refTonic+9)%12:
		return 0.3
	case refMinor && !estMinor && estTonic == (refTonic+3)%12:
		return 0.3
	case refTonic == estTonic:
		return 0.2
	}
	return 0
}

func scoreClip(t testing.TB, c clip) clipScore {
	x := synth.Render(c.spec)
	f, err := Analyze(x, c.spec.SampleRate)
	if err != nil {
		t.Fatal(err)
	}
	ref := c.spec.BPM
	var s clipScore
	s.est = f
	s.acc1 = tempoMatch(f.BPM, ref, 0.04)
	s.acc2 = s.acc1
	for _, m := range []float64{2, 0.5, 3, 1.0 / 3} {
		s.acc2 = s.acc2 || tempoMatch(f.BPM, ref*m, 0.04)
	}
	s.keyExact = f.Tonic == c.spec.Tonic && f.Minor == c.spec.Minor
	s.mirex = mirexKeyScore(c.spec.Tonic, c.spec.Minor, f.Tonic, f.Minor)
	return s
}

// summary aggregates clip scores.
type summary struct {
	n                      int
	acc1, acc2, key, mirex float64
	majorSeen, minorSeen   bool
}

func evaluate(t testing.TB, clips []clip, verbose bool) summary {
	scores := make([]clipScore, len(clips))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i := range clips {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			scores[i] = scoreClip(t, clips[i])
		}(i)
	}
	wg.Wait()
	var sum summary
	for i, s := range scores {
		sum.n++
		if s.acc1 {
			sum.acc1++
		}
		if s.acc2 {
			sum.acc2++
		}
		if s.keyExact {
			sum.key++
		}
		sum.mirex += s.mirex
		if s.est.Minor {
			sum.minorSeen = true
		} else if s.est.Tonic >= 0 {
			sum.majorSeen = true
		}
		if verbose {
			c := clips[i].spec
			mark := func(ok bool) string {
				if ok {
					return " "
				}
				return "x"
			}
			t.Logf("%2d %-6s bpm %5.1f -> %6.2f %s (conf %.2f)  key %-8s -> %-8s %s (conf %.2f) swing %.2f noise %.2f energy %.2f",
				i, c.Timbre, c.BPM, s.est.BPM, mark(s.acc1), s.est.BPMConfidence, c.KeyName(), s.est.Key, mark(s.keyExact), s.est.KeyConfidence, c.Swing, c.Noise, c.Energy)
		}
	}
	n := float64(sum.n)
	sum.acc1 /= n
	sum.acc2 /= n
	sum.key /= n
	sum.mirex /= n
	return sum
}

func (s summary) String() string {
	return fmt.Sprintf("clips %d: tempo Acc1 %.3f Acc2 %.3f, key exact %.3f MIREX %.3f", s.n, s.acc1, s.acc2, s.key, s.mirex)
}

// TestAccuracyReport runs the full synthetic benchmark (96 clips by
// default: every key in both modes four times over, 60–180 BPM, six
// timbres, swing up to 0.3, pink noise up to 40 % of the music's RMS) and
// prints tempo Accuracy1/Accuracy2, exact key accuracy and the MIREX key
// score. It is skipped with -short and under the race detector; run it with
//
//	go test -run TestAccuracyReport -v ./library/analysis/
func TestAccuracyReport(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("accuracy report skipped with -short or -race")
	}
	clips := accuracyClips(96, *reportSeconds, 22050)
	s := evaluate(t, clips, testing.Verbose())
	t.Logf("accuracy report (%.0f s clips at 22050 Hz): %v", *reportSeconds, s)
	if s.acc1 < 0.8 || s.acc2 < 0.9 || s.key < 0.8 {
		t.Errorf("accuracy below thresholds (Acc1 >= 0.8, Acc2 >= 0.9, key >= 0.8): %v", s)
	}
	if !s.majorSeen || !s.minorSeen {
		t.Errorf("both modes must be emitted: major %v minor %v", s.majorSeen, s.minorSeen)
	}
}
