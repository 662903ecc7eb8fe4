package main

import (
	"fmt"
	"log"

	"sleeve/library/analysis"
)

// selectAndFit chooses a candidate and its thresholds on the training
// clips (pieceFold, as the shipped model was chosen) and fits it on all of
// them; it returns the model, its description and the selection's rows.
func selectAndFit(train []*clip, cands []config, seed uint64) (*net, string, []string) {
	best, bestScore := cands[0], -1.0
	var bestThresholds []float64
	var selection []string
	pf := pieceFold(train)
	for _, cfg := range cands {
		m := fit(pf.fit, cfg, seed)
		var shares [][]float64
		for _, c := range pf.val {
			shares = append(shares, m.shares(c))
		}
		th := chooseThresholds(shares, pf.val)
		score := evaluateShares(&net{threshold: th}, shares, pf.val)
		selection = append(selection, fmt.Sprintf("| %s | %.3f | %.3f |", cfg, evaluate(m, pf.val).macroF1, score))
		log.Printf("%s: validation macro F1 %.3f at share 0.2, %.3f with tuned thresholds", cfg, evaluate(m, pf.val).macroF1, score)
		if score > bestScore {
			best, bestScore, bestThresholds = cfg, score, th
		}
	}
	log.Printf("chosen: %s", best)
	model := fit(train, best, seed)
	model.threshold = bestThresholds
	log.Printf("share thresholds: %.2f", bestThresholds)
	return model, best.String(), selection
}

// logScores logs a model's per-label precision, recall and F1 on clips.
func logScores(name string, r result) {
	log.Printf("%s: macro F1 %.3f, every label right %.0f %%", name, r.macroF1, 100*r.exact)
	for k, l := range analysis.InstrumentLabels {
		log.Printf("  %-10s P %.2f R %.2f F1 %.2f (%d clips, %d false alarms)", l, r.precision[k], r.recall[k], r.f1[k], r.support[k], r.fp[k])
	}
}

// rotate holds each of the three soundfonts out in turn (diagnosis; it
// needs manifest-rotation.jsonl, see generate.py --rotation): the model
// is chosen and fitted, as the shipped one, on the training pieces
// through the other two, and scored on the held-out pieces through the
// one held out. Holding out sf_GMbank is the shipped condition.
//
// With -variants, the training clips' variants (through TimGM6mb and OPL-3
// only) join the fit, sf_GMbank is not held out (that is the test, scored
// by the default mode), and each rotation also fits the model without the
// variants and logs the paired difference on the same clips.
func rotate(all []*clip, cands []config, seed uint64) {
	withVariants := hasVariants(all)
	for _, held := range []string{"csound", "timgm6mb", "opl3"} {
		if withVariants && held == "csound" {
			continue
		}
		var train, test []*clip
		for _, c := range all {
			if c.x == nil {
				continue
			}
			switch {
			case (c.Split == "train" || c.Split == "train-heldout-sf") && c.Soundfont != held:
				train = append(train, c)
			case (c.Split == "test" || c.Split == "test-seen-sf") && c.Soundfont == held:
				test = append(test, c)
			}
		}
		m, desc, _ := selectAndFit(train, cands, seed)
		r := evaluate(m, test)
		lo, hi := bootstrapInterval(m, test)
		log.Printf("rotation: %s held out (%d training clips, %d test clips): %s; macro F1 %.3f (90 %% bootstrap %.3f–%.3f)",
			held, len(train), len(test), desc, r.macroF1, lo, hi)
		logScores("rotation, "+held+" held out", r)
		if withVariants {
			var plain *net
			withoutCopies(train, func() { plain, _, _ = selectAndFit(train, cands, seed) })
			d, lo, hi, wins := pairedBootstrap(m, plain, test)
			log.Printf("PAIRED rotation, %s held out: with variants %.3f, without %.3f; difference %.3f, 90 %% interval %.3f to %.3f, ahead in %.0f %% of draws",
				held, r.macroF1, evaluate(plain, test).macroF1, d, lo, hi, 100*wins)
		}
	}
}
