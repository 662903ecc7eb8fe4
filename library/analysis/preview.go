package analysis

import (
	"math"
	"time"
)

// Preview window parameters.
const (
	// PreviewSeconds is the preview window's length when the audio allows.
	PreviewSeconds = 25
	// previewEdge is the share of the track at each end (intro and outro)
	// in which the window may not lie.
	previewEdge = 0.1
	// previewRepWeight and previewTypWeight convert repetition and
	// typicality (both cosine similarities in [0, 1]) to loudness units, so
	// that a window 1 LU louder beats one 0.25 more repetitive.
	previewRepWeight = 4.0
	previewTypWeight = 2.0
)

// secondVec is the per-second description used to compare seconds.
type secondVec struct {
	t      float64 // track time (s) of the second's start
	loud   float64 // short-term loudness of the second (LUFS)
	chroma [12]float64
	mfcc   [numMFCC - 1]float64
	ok     bool    // has spectral data
	rep    float64 // best similarity to a distant second
}

// cosine returns the cosine similarity of a and b (0 if either is zero).
func cosine(a, b []float64) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += a[i] * b[i]
		aa += a[i] * a[i]
		bb += b[i] * b[i]
	}
	if aa == 0 || bb == 0 {
		return 0
	}
	return ab / math.Sqrt(aa*bb)
}

func (v *secondVec) similarity(w *secondVec) float64 {
	if !v.ok || !w.ok {
		return 0
	}
	return 0.5*cosine(v.chroma[:], w.chroma[:]) + 0.5*math.Max(0, cosine(v.mfcc[:], w.mfcc[:]))
}

// preview chooses the most representative window: the one that maximises
//
//	mean short-term loudness (LUFS, per second)
//	  + previewRepWeight * mean repetition
//	  + previewTypWeight * typicality,
//
// where the repetition of a second is its best similarity (chroma and MFCC
// cosine) to any second at least half a window away, as choruses recur
// (Bartsch & Wakefield 2005, "Audio thumbnailing of popular music using
// chroma-based representations"), and typicality is the similarity of the
// window's mean to the whole track's mean (Logan & Chu 2000). Windows that
// reach into the first or last 10 % of the track (intro and outro) are
// skipped while any other window exists. Windows lie within one excerpt
// and are placed on whole seconds. It also returns the track's
// repetition: the mean repetition of its seconds with spectral data
// (Features.Repetition).
func (a *Analyzer) preview(total time.Duration) (start, length time.Duration, repetition float64) {
	// Per-second vectors, per excerpt.
	per := make([][]secondVec, len(a.excerpts))
	var all []*secondVec
	var meanVec secondVec
	var nMean int
	subsPerSec := int(math.Round(1 / subBlockSeconds))
	longest := 0
	for ei, e := range a.excerpts {
		ns := len(e.meter.subs) / subsPerSec
		longest = max(longest, ns)
		vs := make([]secondVec, ns)
		for i := range vs {
			v := &vs[i]
			v.t = e.start.Seconds() + float64(i)
			var z float64
			for _, s := range e.meter.subs[i*subsPerSec : (i+1)*subsPerSec] {
				z += s
			}
			v.loud = energyToLUFS(z / float64(subsPerSec))
			if i < len(e.seconds) {
				st := &e.seconds[i]
				if st.nMFCC > 0 && st.nChroma > 0 {
					v.ok = true
					for j := 1; j < numMFCC; j++ {
						v.mfcc[j-1] = (st.mfcc[j]/float64(st.nMFCC) - a.spec.refMFCC[j]) * math.Sqrt(float64(j)) / 12
					}
					for j := range v.chroma {
						v.chroma[j] = st.chroma[j] / float64(st.nChroma)
					}
					for j := range v.mfcc {
						meanVec.mfcc[j] += v.mfcc[j]
					}
					for j := range v.chroma {
						meanVec.chroma[j] += v.chroma[j]
					}
					nMean++
				}
			}
		}
		per[ei] = vs
		for i := range vs {
			all = append(all, &vs[i])
		}
	}
	if longest == 0 {
		return 0, min(total, PreviewSeconds*time.Second), 0
	}
	meanVec.ok = nMean > 0

	win := min(PreviewSeconds, longest)
	totalS := total.Seconds()
	edge := math.Min(previewEdge*totalS, math.Max(0, (totalS-float64(win))/2))

	// Repetition per second. Quadratic in the number of seconds, which is
	// small (a 10-minute track has 600).
	minGap := float64(win) / 2
	var repSum float64
	var repN int
	for _, vs := range per {
		for i := range vs {
			v := &vs[i]
			var best float64
			for _, w := range all {
				if math.Abs(w.t-v.t) >= minGap {
					best = math.Max(best, v.similarity(w))
				}
			}
			v.rep = best
			if v.ok {
				repSum += best
				repN++
			}
		}
	}
	if repN > 0 {
		repetition = repSum / float64(repN)
	}

	bestScore := math.Inf(-1)
	bestStart := 0.0
	for pass := 0; pass < 2 && math.IsInf(bestScore, -1); pass++ {
		for _, vs := range per {
			for s := 0; s+win <= len(vs); s++ {
				t0 := vs[s].t
				if pass == 0 && (t0 < edge-1e-9 || t0+float64(win) > totalS-edge+1e-9) {
					continue
				}
				var loud, rep float64
				var mean secondVec
				n := 0
				for i := s; i < s+win; i++ {
					v := &vs[i]
					loud += v.loud
					rep += v.rep
					if v.ok {
						for j := range v.mfcc {
							mean.mfcc[j] += v.mfcc[j]
						}
						for j := range v.chroma {
							mean.chroma[j] += v.chroma[j]
						}
						n++
					}
				}
				mean.ok = n > 0
				score := loud/float64(win) + previewRepWeight*rep/float64(win) +
					previewTypWeight*mean.similarity(&meanVec)
				if score > bestScore {
					bestScore, bestStart = score, t0
				}
			}
		}
	}
	return time.Duration(bestStart * float64(time.Second)), time.Duration(win) * time.Second, repetition
}
