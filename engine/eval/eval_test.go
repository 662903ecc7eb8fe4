package eval

import (
	"flag"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"

	"sleeve/engine"
	"sleeve/models/vocab"
)

var (
	tune      = flag.Bool("tune", false, "tune the engine weights by coordinate ascent on the training requests and print them")
	trainOnly = flag.Bool("train", false, "print the evaluation of the training requests alone (for tuning, which must not look at the held-out half)")
	bench100k = flag.Bool("bench100k", false, "check the latency and memory budgets on a 100,000-track library")
	measure   = flag.String("measure", "", "print the figures of the named sealed batches that routine runs hide (sealed14)")
)

// heldOutFloor is the held-out nDCG@10 (request grades, before
// feedback) the engine is held to: the measured 0.857, rounded down.
// freshFloor is the same for the fresh batch (0.741), and understoodFloor
// the share of held-out content words understood that issue 12 asks for.
// The sealed batches have no floor: they are measured, never held to a
// figure that a change could be made to reach.
const (
	heldOutFloor    = 0.85
	freshFloor      = 0.74
	understoodFloor = 0.95
)

// Exclusions are decided by one definition, the vocabulary's
// (vocab.Excludes), in the engine and in the grader alike; no list may
// break one.
const knownExclusionViolations = 0

// frozenInertExclusions counts, for a sealed batch frozen by its sha256,
// the exclusion words that name no genre of the vocabulary and so exclude
// nothing: the batch cannot be corrected once frozen, and its requests
// keep their other constraints. TestRequestSet counts them instead of
// naming them, as it did while sealed5 was hidden; the count must stay as
// frozen, or fall when the vocabulary comes to know the genre (one of
// sealed14's two did when tango, polka and the Viennese waltz became
// genres, on 6 December 2026).
var frozenInertExclusions = map[string]int{"sealed5": 1, "sealed14": 1}

func TestRequestSet(t *testing.T) {
	f, reqs := Standard()
	if len(reqs) < 300 {
		t.Fatalf("%d requests, want at least 300", len(reqs))
	}
	var train, fresh, sealed, fail int
	batches := map[string]int{}
	inert := map[string]int{}
	seen := map[string]bool{}
	for _, r := range reqs {
		key := r.Text
		for _, x := range r.Turns {
			key = x + " / " + key
		}
		if seen[key] {
			t.Errorf("request %q twice", key)
		}
		seen[key] = true
		if r.Train {
			train++
		}
		if r.Fresh {
			fresh++
		}
		if r.Sealed {
			sealed++
			batches[r.Batch]++
		}
		for _, x := range r.ExcludeGenres {
			if len(vocab.Excluded(x)) == 0 {
				if n, ok := frozenInertExclusions[r.Batch]; ok && n > 0 {
					inert[r.Batch]++ // counted, not printed: the batch is hidden
					continue
				}
				t.Errorf("%q excludes %q, which names no genre of the vocabulary", r.Text, x)
			}
		}
		if r.Failure {
			fail++
		}
	}
	// The split is by each request's own hash: about half, not exactly.
	if first := len(reqs) - fresh - sealed; train < first*2/5 || train > first*3/5 {
		t.Errorf("%d of %d requests for training, want about half", train, first)
	}
	if fresh < 60 {
		t.Errorf("%d fresh requests, want at least 60", fresh)
	}
	for _, name := range []string{"sealed", "sealed2"} {
		if batches[name] < 100 {
			t.Errorf("%d requests in the sealed batch %q, want at least 100", batches[name], name)
		}
	}
	for _, name := range []string{"sealed3", "sealed4", "sealed5", "sealed6", "sealed7", "sealed8", "sealed9", "sealed10", "sealed11", "sealed12", "sealed13", "sealed14"} {
		if batches[name] < 300 {
			t.Errorf("%d requests in the sealed batch %q, want at least 300", batches[name], name)
		}
	}
	for name, n := range frozenInertExclusions {
		if inert[name] != n {
			t.Errorf("%d exclusion words of the frozen batch %s name no genre of the vocabulary, want %d", inert[name], name, n)
		}
	}
	if len(batches) != 14 {
		t.Errorf("sealed batches %v, want sealed, sealed2, sealed3, sealed4, sealed5, sealed6, sealed7, sealed8, sealed9, sealed10, sealed11, sealed12, sealed13 and sealed14", batches)
	}
	if fail < 10 {
		t.Errorf("%d requests from issue 12's failures", fail)
	}
	// The catalogue spreads its genres over the tree's branches.
	branches := map[string]bool{}
	var notMusic, broken, dups int
	for _, tr := range f.Tracks {
		branches[tr.Branch] = true
		switch {
		case tr.NotMusic:
			notMusic++
		case tr.Undecodable:
			broken++
		case tr.DupOf != 0:
			dups++
		}
	}
	if len(branches) < 15 || notMusic == 0 || broken == 0 || dups == 0 {
		t.Errorf("%d branches, %d not music, %d undecodable, %d duplicates", len(branches), notMusic, broken, dups)
	}
	t.Logf("%d tracks over %d branches, %d requests (%d from issue 12, %d fresh, %d sealed in %d batches)", len(f.Tracks), len(branches)-1, len(reqs), fail, fresh, sealed, len(batches))
}

func TestEval(t *testing.T) {
	if *trainOnly {
		t.Skip("-train: see TestTrainingReport")
	}
	f, reqs := Standard()
	if raceEnabled || testing.Short() {
		// The race detector slows ranking about tenfold: a quarter of the
		// requests, with their exclusions, still exercise the harness.
		var some []Request
		for i, r := range reqs {
			if i%4 == 0 || r.Failure {
				some = append(some, r)
			}
		}
		rep := Run(f, some, engine.DefaultWeights, NewListener(f, listenerSeed), 1)
		if rep.ExclusionViolations > knownExclusionViolations {
			t.Errorf("%d lists break an exclusion", rep.ExclusionViolations)
		}
		t.Skip("figures are asserted without -race and -short")
	}
	rep := Run(f, reqs, engine.DefaultWeights, NewListener(f, listenerSeed), 3)
	t.Log("\n" + rep.Measure(strings.Split(*measure, ",")...).String())
	if rep.ExclusionViolations > knownExclusionViolations {
		t.Errorf("%d lists break an exclusion", rep.ExclusionViolations)
	}
	if rep.Heldout < heldOutFloor {
		t.Errorf("held-out nDCG@10 %.3f, below the floor %.2f", rep.Heldout, heldOutFloor)
	}
	if rep.Fresh < freshFloor {
		t.Errorf("fresh nDCG@10 %.3f, below the floor %.2f", rep.Fresh, freshFloor)
	}
	if rep.Understood < understoodFloor {
		t.Errorf("held-out content words understood %.1f%%, below %.0f%%", 100*rep.Understood, 100*understoodFloor)
	}
	if rep.Heldout <= rep.Random+0.2 {
		t.Errorf("held-out nDCG@10 %.3f does not clearly beat random %.3f", rep.Heldout, rep.Random)
	}
	for _, k := range []int{1, 3} {
		if rep.NDCG[k] <= rep.NDCG[0] {
			t.Errorf("held-out nDCG@10 after %d rounds of feedback %.3f, without %.3f", k, rep.NDCG[k], rep.NDCG[0])
		}
		if rep.NDCGTrain[k] <= rep.NDCGTrain[0] {
			t.Errorf("train nDCG@10 after %d rounds of feedback %.3f, without %.3f", k, rep.NDCGTrain[k], rep.NDCGTrain[0])
		}
	}
}

// TestTrainingReport prints the evaluation of the training requests
// alone, for tuning: run with -train.
func TestTrainingReport(t *testing.T) {
	if !*trainOnly {
		t.Skip("run with -train")
	}
	f, reqs := Standard()
	var train []Request
	for _, r := range reqs {
		if r.Train {
			r.Train = false // Run reports the requests it is given as held out
			train = append(train, r)
		}
	}
	rep := Run(f, train, engine.DefaultWeights, NewListener(f, listenerSeed), 0)
	t.Log("\n" + rep.String())
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return rep.PerRequest[order[a]] < rep.PerRequest[order[b]] })
	for _, i := range order[:min(40, len(order))] {
		t.Logf("%.3f %q %v", rep.PerRequest[i], train[i].Text, train[i].Turns)
	}
}

func TestTune(t *testing.T) {
	if !*tune {
		t.Skip("run with -tune to search the weights")
	}
	f, reqs := Standard()
	start := engine.DefaultWeights
	w, score := Tune(f, reqs, listenerSeed, start, 2, t.Logf)
	t.Logf("tuned weights %+v, training objective %.4f", w, score)
}

// hiddenYardstick is the newest sealed batch, the one that will be kept as
// the untuned yardstick of the reader once the batch before it is opened;
// openedYardstick is the batch the current yardstick took over from,
// reported again since it was opened for diagnosis; and hiddenBatches are
// the batches routine reports hide (measuredOnRequest): sealed14, the
// yardstick now.
const hiddenYardstick, openedYardstick = "sealed14", "sealed13"

var hiddenBatches = []string{"sealed14"}

// TestHiddenBatchIsHidden runs a few requests of each sealed batch and
// checks that a routine report neither prints nor exposes the figures of
// the batch kept hidden (sealed14, the untuned yardstick), that it shows
// the others (sealed13, the batch the yardstick took over from, among
// them), and that -measure shows the hidden one.
func TestHiddenBatchIsHidden(t *testing.T) {
	hidden := []string{}
	for name := range measuredOnRequest {
		hidden = append(hidden, name)
	}
	slices.Sort(hidden)
	if want := slices.Sorted(slices.Values(hiddenBatches)); !slices.Equal(hidden, want) {
		t.Fatalf("batches reported only on request %v, want %v", hidden, hiddenBatches)
	}
	f, reqs := Standard()
	var some []Request
	per := map[string]int{}
	for _, r := range reqs {
		if r.Sealed && per[r.Batch] < 4 {
			some = append(some, r)
			per[r.Batch]++
		}
	}
	if per[openedYardstick] == 0 || per["sealed2"] == 0 {
		t.Fatalf("sealed requests picked %v", per)
	}
	for _, name := range hiddenBatches {
		if per[name] == 0 {
			t.Fatalf("no request of the hidden batch %s among the sealed requests picked %v", name, per)
		}
	}
	rep := Run(f, some, engine.DefaultWeights, NewListener(f, listenerSeed), 0)
	routine := rep.String()
	for _, b := range rep.Sealed {
		if measuredOnRequest[b.Batch] {
			t.Errorf("a routine report holds %s's figures %+v", b.Batch, b)
		}
	}
	for _, name := range hiddenBatches {
		if want := name + ": hidden (run with -measure " + name + ")"; !strings.Contains(routine, want) {
			t.Errorf("the routine report does not say %q:\n%s", want, routine)
		}
	}
	for _, shown := range []string{"sealed2", openedYardstick} {
		if !strings.Contains(routine, shown+" ") || strings.Contains(routine, shown+": hidden") {
			t.Errorf("the routine report does not show %s:\n%s", shown, routine)
		}
	}
	for i, r := range some {
		if hidden := measuredOnRequest[r.Batch]; hidden != math.IsNaN(rep.PerRequest[i]) {
			t.Errorf("request %d of %s: per-request nDCG %v", i, r.Batch, rep.PerRequest[i])
		}
	}
	measured := rep.Measure(hiddenYardstick)
	var fig *SealedFigures
	for i := range measured.Sealed {
		if measured.Sealed[i].Batch == hiddenYardstick {
			fig = &measured.Sealed[i]
		}
	}
	if fig == nil || fig.N != per[hiddenYardstick] {
		t.Fatalf("-measure %s gives %+v, want %d requests", hiddenYardstick, measured.Sealed, per[hiddenYardstick])
	}
	text := measured.String()
	for _, figure := range []string{
		fmt.Sprintf("%d %s", fig.N, hiddenYardstick),
		fmt.Sprintf("%s %.3f", hiddenYardstick, fig.NDCG),
		fmt.Sprintf("%s %.1f%%", hiddenYardstick, 100*fig.Understood),
		fmt.Sprintf("%s %d", hiddenYardstick, fig.Violations),
	} {
		if !strings.Contains(text, figure) {
			t.Errorf("the measured report lacks %q:\n%s", figure, text)
		}
		if strings.Contains(routine, figure) {
			t.Errorf("the routine report shows %s's figure %q:\n%s", hiddenYardstick, figure, routine)
		}
	}
	if strings.Contains(text, hiddenYardstick+": hidden") {
		t.Errorf("the measured report still calls %s hidden:\n%s", hiddenYardstick, text)
	}
}
