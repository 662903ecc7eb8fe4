package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"log"
	"math"
	"sort"
	"strings"

	"sleeve/library/analysis"
)

// contextOf turns a clip's per-second inputs into the model's inputs: by
// default analysis.InstrumentContext, what inference does; the diagnosis
// (-cv) may swap it for the variants at the end of this file.
var contextOf = analysis.InstrumentContext

// kFolds splits the training clips by piece into k folds (by a hash of the
// piece name), every soundfont of a piece in the same fold.
func kFolds(train []*clip, k int) [][]*clip {
	out := make([][]*clip, k)
	for _, c := range train {
		h := fnv.New32a()
		io.WriteString(h, c.Piece)
		out[h.Sum32()%uint32(k)] = append(out[h.Sum32()%uint32(k)], c)
	}
	return out
}

// crossSoundfont makes crossValidate fit on one training soundfont and
// score the other (-xsf).
var crossSoundfont bool

// secondProbs returns the per-second probabilities of the clip's heard
// seconds.
func (n *net) secondProbs(c *clip) [][]float64 {
	var out [][]float64
	for _, x := range contextOf(c.x) {
		if x == nil {
			continue
		}
		out = append(out, n.predict(x))
	}
	return out
}

// aggregate turns per-second probabilities into a clip share by mode:
// "mean" (the mean probability) or "qNN" (the NN-th percentile).
func aggregate(probs [][]float64, mode string) []float64 {
	share := make([]float64, analysis.NumInstruments)
	if len(probs) == 0 {
		return share
	}
	for k := range share {
		col := make([]float64, len(probs))
		for i, p := range probs {
			col[i] = p[k]
		}
		switch {
		case mode == "mean":
			for _, v := range col {
				share[k] += v
			}
			share[k] /= float64(len(col))
		case strings.HasPrefix(mode, "q"):
			var q float64
			fmt.Sscanf(mode[1:], "%g", &q)
			sort.Float64s(col)
			share[k] = col[min(len(col)-1, int(q/100*float64(len(col))))]
		}
	}
	return share
}

// crossValidate fits cfg on k-1 folds and predicts the remaining one, for
// every fold, and returns the out-of-fold per-second probabilities of
// every training clip (in the order of the folds' clips) with the clips.
func crossValidate(train []*clip, cfg config, seed uint64, k int) ([]*clip, [][][]float64) {
	folds := kFolds(train, k)
	var clips []*clip
	var probs [][][]float64
	if crossSoundfont {
		// Each fold's clips are predicted by models fitted on the other
		// folds' clips of one soundfont, the clips of the other soundfont
		// only: new pieces through an unheard soundfont, as in the test.
		for i := range folds {
			for _, sf := range []string{"timgm6mb", "opl3"} {
				var fitSet []*clip
				for j := range folds {
					for _, c := range folds[j] {
						if j != i && c.Soundfont == sf {
							fitSet = append(fitSet, c)
						}
					}
				}
				m := fit(fitSet, cfg, seed)
				for _, c := range folds[i] {
					if c.Soundfont != sf && (c.Soundfont == "timgm6mb" || c.Soundfont == "opl3") {
						clips = append(clips, c)
						probs = append(probs, m.secondProbs(c))
					}
				}
			}
		}
		return clips, probs
	}
	for i := range folds {
		var fitSet []*clip
		for j := range folds {
			if j != i {
				fitSet = append(fitSet, folds[j]...)
			}
		}
		m := fit(fitSet, cfg, seed)
		for _, c := range folds[i] {
			clips = append(clips, c)
			probs = append(probs, m.secondProbs(c))
		}
	}
	return clips, probs
}

// macroAt returns the macro F1 of shares under thresholds, with per-label
// F1.
func macroAt(shares [][]float64, clips []*clip, th []float64) (float64, []float64) {
	f1s := make([]float64, analysis.NumInstruments)
	var sum float64
	for k := range f1s {
		tp, fp, fn := labelCounts(shares, clips, k, th[k])
		f1s[k] = 2 * tp / math.Max(1, 2*tp+fp+fn)
		sum += f1s[k]
	}
	return sum / float64(len(f1s)), f1s
}

// runCV reports, for cfg, the out-of-fold macro F1 on the training clips
// for several aggregations: thresholds chosen on half the pieces' clips
// and scored on the other half, and the reverse, averaged (so that the
// figure is not tuned on what it scores).
func runCV(name string, train []*clip, cfg config, seed uint64) {
	clips, probs := crossValidate(train, cfg, seed, 5)
	for _, mode := range []string{"mean", "q50", "q75", "q90"} {
		var all [][]float64
		for i := range clips {
			all = append(all, aggregate(probs[i], mode))
		}
		log.Printf("CV %s | %s | %s: %s", name, cfg, mode, halfHalf(clips, all))
		if mode == "mean" {
			// By soundfont of the validation clips, under thresholds tuned
			// on all out-of-fold clips (optimistic, for comparing them).
			th := chooseThresholdsWide(all, clips)
			for _, sf := range []string{"timgm6mb", "opl3"} {
				var sh [][]float64
				var cs []*clip
				for i, c := range clips {
					if c.Soundfont == sf {
						sh, cs = append(sh, all[i]), append(cs, c)
					}
				}
				m, _ := macroAt(sh, cs, th)
				log.Printf("CV %s | %s | %s: %s clips only, thresholds tuned on all: macro F1 %.3f", name, cfg, mode, sf, m)
			}
		}
	}
}

// halfHalf scores out-of-fold shares with thresholds tuned on half the
// pieces' clips and scored on the other half, and the reverse, averaged.
func halfHalf(clips []*clip, shares [][]float64) string {
	halves := kFolds(clips, 2)
	in := map[*clip]int{}
	for i, c := range clips {
		in[c] = i
	}
	var total float64
	perLabel := make([]float64, analysis.NumInstruments)
	for h := 0; h < 2; h++ {
		tune, score := halves[h], halves[1-h]
		sh := func(cs []*clip) [][]float64 {
			var out [][]float64
			for _, c := range cs {
				out = append(out, shares[in[c]])
			}
			return out
		}
		th := chooseThresholdsWide(sh(tune), tune)
		m, f1s := macroAt(sh(score), score, th)
		total += m / 2
		for k := range perLabel {
			perLabel[k] += f1s[k] / 2
		}
	}
	var parts []string
	for k, v := range perLabel {
		parts = append(parts, fmt.Sprintf("%s %.2f", analysis.InstrumentLabels[k], v))
	}
	return fmt.Sprintf("macro F1 %.3f (%s)", total, strings.Join(parts, ", "))
}

// chooseThresholdsWide picks per label the share threshold from 0.02 to
// 0.98 with the best F1 on the given clips' shares (training clips'
// out-of-fold shares, never test ones).
func chooseThresholdsWide(shares [][]float64, clips []*clip) []float64 {
	return chooseThresholdsIn(shares, clips, 0.02, 0.98)
}

// noContext gives the model each second alone.
func noContext(secs [][]float64) [][]float64 { return secs }

// cvCandidates are the models that -cv compares.
func cvCandidates() []config {
	return append(candidates(),
		config{hidden: 64, weightDecay: 1e-2, noise: 0.5, steps: 8000},
		config{hidden: 32, weightDecay: 1e-3, noise: 0.5, steps: 6000},
	)
}

// neighbourMean returns, for each heard second, the mean of the heard
// seconds within r of it (itself included); concat appends it to the
// second's own inputs instead of replacing them.
func neighbourMean(r int, concat bool) func([][]float64) [][]float64 {
	return func(secs [][]float64) [][]float64 {
		out := make([][]float64, len(secs))
		for k, x := range secs {
			if x == nil {
				continue
			}
			m := make([]float64, len(x))
			n := 0
			for j := max(0, k-r); j <= min(len(secs)-1, k+r); j++ {
				if secs[j] == nil {
					continue
				}
				for i, v := range secs[j] {
					m[i] += v
				}
				n++
			}
			for i := range m {
				m[i] /= float64(n)
			}
			if concat {
				out[k] = append(append([]float64{}, x...), m...)
			} else {
				out[k] = m
			}
		}
		return out
	}
}
