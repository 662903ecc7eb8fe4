package engine

// DefaultWeights are the signal weights tuned on the evaluation harness
// (engine/eval), not guessed.
//
// How: coordinate ascent (eval.Tune) over the seven relevance and taste
// weights, each tried at ×0, ×0.25, ×0.5, ×0.75, ×1.5, ×2 and ×4 of its
// current value, keeping the best gain of the objective: the mean nDCG@10
// over the 24 training requests before feedback and after three rounds of
// a simulated listener's ratings, on the standard fixture (840 tracks,
// 48 requests parsed by models.ParseRules, fixture seed 42, listener
// seed 7). The search started at semantic 1.5, lexical 0.75, fit 1.5,
// sounds-like 3, taste 1.5, dislike 0.5, context 1.5 and stopped when a
// full pass found no gain; a later re-run from these weights (after the
// feature-space kernel became a Cauchy kernel) confirmed them as a local
// optimum. Coordinate ascent is path-dependent: from the same start the
// current code stops at 0.687 instead.
//
// Harness score then: training objective 0.6915; held-out nDCG@10 0.725
// before feedback, 0.78 after feedback; random lists 0.155.
//
// Issue 12 replaced that harness with the tree catalogue (976 tracks whose
// genres follow beets' genre tree) and 363 requests; the weights were kept
// (a re-run of the search did not fit the session's time), and the work
// went into the ranking itself. On it, with these weights: held-out
// nDCG@10 of the request 0.792 (training 0.837, random 0.184), and with a
// simulated listener 0.588 before feedback, 0.692 after one round.
//
// Re-run with: go test ./engine/eval -run TestTune -tune -v
var DefaultWeights = Weights{
	Semantic:   1.125,
	Lexical:    0.75,
	Fit:        1.125,
	SoundsLike: 3,
	Taste:      1.5,
	Dislike:    0.375,
	Context:    0.375,
	Novelty:    0.5,
	Exposure:   0.1,
}
