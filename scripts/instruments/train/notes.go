package main

import (
	"fmt"
	"log"
	"path/filepath"

	"sleeve/library/analysis"
)

// noteSet names the version of the note inputs (Analyzer.InstrumentNoteInputs)
// that the cache holds; bump it when library/analysis/instruments_notes.go
// changes what it measures.
const noteSet = "n2"

// measureNotes fills each clip's note inputs (clip.notes), from the cache
// in the data folder or by analysing the clip.
func measureNotes(clips []*clip, data string, jobs int) error {
	return measureSet(clips, filepath.Join(data, "inputs-"+noteSet+".jsonl"), noteSet, jobs, notesOf,
		func(c *clip, x [][]float64) { c.notes = x })
}

// notesOf analyses the clip and returns its note inputs.
func notesOf(c *clip) ([][]float64, error) {
	an, err := analyseClip(c)
	if err != nil {
		return nil, err
	}
	return an.InstrumentNoteInputs(), nil
}

// useInputs sets every clip's inputs (clip.x) by mode: "" the summary
// inputs alone (as measured, kept in clip.summary), "add" those with the
// note inputs appended, "only" the note inputs alone. A clip whose note
// inputs do not align with its summary inputs is left out (x nil).
func useInputs(clips []*clip, mode string) {
	for _, c := range clips {
		if c.summary == nil {
			c.summary = c.x
		}
		c.x = nil
		if mode == "" {
			c.x = c.summary
			continue
		}
		if len(c.notes) != len(c.summary) {
			log.Printf("%s: %d seconds of note inputs, %d of summary inputs; left out", c.ID, len(c.notes), len(c.summary))
			continue
		}
		x := make([][]float64, len(c.summary))
		for k, s := range c.summary {
			if s == nil || c.notes[k] == nil {
				continue
			}
			switch mode {
			case "add":
				x[k] = append(append(make([]float64, 0, len(s)+len(c.notes[k])), s...), c.notes[k]...)
			case "only":
				x[k] = c.notes[k]
			default:
				log.Fatalf("unknown -notes mode %q", mode)
			}
		}
		c.x = x
	}
}

// fixedCalls is a model's calls on clips, made once, so that two models
// over different inputs can be compared on the same clips.
type fixedCalls map[*clip][analysis.NumInstruments]bool

func (f fixedCalls) present(c *clip) [analysis.NumInstruments]bool { return f[c] }

// callsOf records m's calls on clips under the clips' current inputs.
func callsOf(m presenter, clips []*clip) fixedCalls {
	f := fixedCalls{}
	for _, c := range clips {
		f[c] = m.present(c)
	}
	return f
}

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

// compareNotes fits the model over the inputs of mode and the model over
// the summary inputs alone (the shipped one), each chosen as the shipped
// model was, and reports both on the held-out clips with the paired
// bootstrap of their difference. It writes no model.
func compareNotes(mode string, all, train, test, testSeen []*clip, seed uint64) {
	useInputs(all, "")
	base, baseDesc, _ := selectAndFit(train, candidates(), seed)
	baseTest, baseSeen := callsOf(base, test), callsOf(base, testSeen)
	useInputs(all, mode)
	m, desc, _ := selectAndFit(train, candidates(), seed)
	log.Printf("summary inputs: %s; with note inputs (%s): %s", baseDesc, mode, desc)
	logScores("summary inputs, held-out soundfont and pieces", evaluate(baseTest, test))
	logScores("note inputs "+mode+", held-out soundfont and pieces", evaluate(m, test))
	lo, hi := bootstrapInterval(m, test)
	log.Printf("note inputs %s, held-out soundfont: 90 %% bootstrap %.3f–%.3f", mode, lo, hi)
	d, dlo, dhi, wins := pairedBootstrap(callsOf(m, test), baseTest, test)
	log.Printf("paired, held-out soundfont: note inputs minus summary %.3f (90 %% %.3f to %.3f; ahead in %.0f %% of draws)", d, dlo, dhi, 100*wins)
	rs := evaluate(m, testSeen)
	log.Printf("held-out pieces through the training soundfonts: summary %.3f, note inputs %.3f", evaluate(baseSeen, testSeen).macroF1, rs.macroF1)
	d, dlo, dhi, wins = pairedBootstrap(callsOf(m, testSeen), baseSeen, testSeen)
	log.Printf("paired, held-out pieces through the training soundfonts: %.3f (90 %% %.3f to %.3f; ahead in %.0f %% of draws)", d, dlo, dhi, 100*wins)
	log.Printf("training clips: note inputs %.3f", evaluate(m, train).macroF1)
}

// rotate holds each of the three soundfonts out in turn (diagnosis; it
// needs manifest-rotation.jsonl, see generate.py --rotation): the model
// is chosen and fitted, as the shipped one, on the training pieces
// through the other two, and scored on the held-out pieces through the
// one held out. Holding out sf_GMbank is the shipped condition. With a
// -notes mode, the model over those inputs is fitted and scored the same
// way and compared with the summary model on the same clips.
func rotate(all []*clip, mode string, seed uint64) {
	for _, held := range []string{"csound", "timgm6mb", "opl3"} {
		split := func() (train, test []*clip) {
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
			return train, test
		}
		useInputs(all, "")
		train, test := split()
		m, desc, _ := selectAndFit(train, candidates(), seed)
		r := evaluate(m, test)
		lo, hi := bootstrapInterval(m, test)
		log.Printf("rotation: %s held out (%d training clips, %d test clips): %s; macro F1 %.3f (90 %% bootstrap %.3f–%.3f)",
			held, len(train), len(test), desc, r.macroF1, lo, hi)
		logScores("rotation, "+held+" held out", r)
		if mode == "" {
			continue
		}
		base := callsOf(m, test)
		useInputs(all, mode)
		train, test = split()
		mn, desc, _ := selectAndFit(train, candidates(), seed)
		rn := evaluate(mn, test)
		lo, hi = bootstrapInterval(mn, test)
		log.Printf("rotation, note inputs %s: %s held out (%d training clips, %d test clips): %s; macro F1 %.3f (90 %% bootstrap %.3f–%.3f)",
			mode, held, len(train), len(test), desc, rn.macroF1, lo, hi)
		logScores("rotation, note inputs, "+held+" held out", rn)
		d, dlo, dhi, wins := pairedBootstrap(callsOf(mn, test), base, test)
		log.Printf("rotation, %s held out: note inputs minus summary %.3f (90 %% %.3f to %.3f; ahead in %.0f %% of draws)", held, d, dlo, dhi, 100*wins)
	}
}
