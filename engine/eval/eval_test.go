package eval

import (
	"flag"
	"testing"

	"sleeve/engine"
)

var (
	tune      = flag.Bool("tune", false, "tune the engine weights by coordinate ascent and print them")
	evalLog   = flag.Bool("eval.report", false, "print the full evaluation report")
	bench100k = flag.Bool("bench100k", false, "check the latency and memory budgets on a 100,000-track library")
)

func TestEval(t *testing.T) {
	f, reqs := Standard()
	if len(reqs) < 30 {
		t.Fatalf("%d requests, want at least 30", len(reqs))
	}
	rep := Run(f, reqs, engine.DefaultWeights, NewListener(f, listenerSeed), 5)
	t.Log("\n" + rep.String())
	if *evalLog {
		for _, v := range rep.Violations {
			t.Log(v)
		}
	}
	for k, v := range rep.NDCG {
		if v <= rep.Random+0.2 {
			t.Errorf("nDCG@10 after %d rounds %.3f does not clearly beat random %.3f", k, v, rep.Random)
		}
	}
	for _, k := range []int{1, 3, 5} {
		if rep.NDCG[k] <= rep.NDCG[0] {
			t.Errorf("held-out nDCG@10 after %d rounds of feedback %.3f, without %.3f", k, rep.NDCG[k], rep.NDCG[0])
		}
		if rep.NDCGTrain[k] <= rep.NDCGTrain[0] {
			t.Errorf("train nDCG@10 after %d rounds of feedback %.3f, without %.3f", k, rep.NDCGTrain[k], rep.NDCGTrain[0])
		}
	}
	if rep.ViolationRate != 0 {
		t.Errorf("constraints violated in %.1f%% of lists: %v", 100*rep.ViolationRate, rep.Violations)
	}
	if rep.DistinctArtists < 5 {
		t.Errorf("%.1f distinct artists in a top 10", rep.DistinctArtists)
	}
}

// TestEvalWithoutEachSignal shows that no signal is dead weight: the tuned
// weights beat the same weights with the signal removed, before feedback
// (or, for the taste signals, after it).
func TestEvalWithoutEachSignal(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("eight evaluation runs: too slow with -race or -short (TestEval covers the same code)")
	}
	f, reqs := Standard()
	full := Run(f, reqs, engine.DefaultWeights, NewListener(f, listenerSeed), 3)
	for k, name := range []string{"semantic", "lexical", "fit", "sounds_like", "taste", "dislike", "context"} {
		v := engine.DefaultWeights.Vec()
		if v[k] == 0 {
			continue
		}
		v[k] = 0
		rep := Run(f, reqs, engine.WeightsFromVec(v), NewListener(f, listenerSeed), 3)
		if Objective(rep) > Objective(full) {
			t.Errorf("without %s the objective is %.4f, with it %.4f", name, Objective(rep), Objective(full))
		}
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
	t.Log("\n" + Run(f, reqs, w, NewListener(f, listenerSeed), 5).String())
}
