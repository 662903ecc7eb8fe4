package analysis

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// instrumentModel is a small multi-label network over one second of
// audio: the standardised input vector (the second's inputs and the mean
// of all seconds' inputs, see withContext), one hidden layer of ReLU units
// (none for a logistic regression) and one sigmoid output per instrument
// family, the probability that the family sounds in that second. Its
// weights are trained by scripts/instruments/train and compiled in
// (instruments_model.go).
type instrumentModel struct {
	mean, scale []float32   // standardisation: (x - mean) * scale
	hidden      [][]float32 // hidden units' weights over the inputs
	hiddenBias  []float32
	out         [][]float32 // output weights over the hidden units (or the inputs)
	outBias     []float32
	// threshold is, per family, the share of seconds from which the
	// family counts as present in a track (0.5 confidence); slope is how
	// fast the confidence rises around it (share difference per unit of
	// log-odds).
	threshold []float32
	slope     float32
	// precision is, per family, the share of the held-out clips called
	// present (confidence 0.5) that really had it, as the trainer measured
	// it; notes name only the families measured precise enough.
	precision []float32
}

// predict returns the probability of each label in one second with input
// x.
func (m *instrumentModel) predict(x []float64) []float64 {
	z := make([]float64, len(x))
	for i, v := range x {
		z[i] = (v - float64(m.mean[i])) * float64(m.scale[i])
	}
	h := z
	if len(m.hidden) > 0 {
		h = make([]float64, len(m.hidden))
		for j, w := range m.hidden {
			acc := float64(m.hiddenBias[j])
			for i, v := range z {
				acc += float64(w[i]) * v
			}
			h[j] = math.Max(0, acc)
		}
	}
	y := make([]float64, len(m.out))
	for k, w := range m.out {
		acc := float64(m.outBias[k])
		for j, v := range h {
			acc += float64(w[j]) * v
		}
		y[k] = 1 / (1 + math.Exp(-acc))
	}
	return y
}

// minInstrumentSeconds is the least number of heard seconds from which a
// track's instruments are given.
const minInstrumentSeconds = 3

// shares returns, per family, the mean probability over the heard seconds
// (the expected share of seconds in which it sounds), and how many seconds
// were heard.
func (m *instrumentModel) shares(seconds [][]float64) ([]float64, int) {
	share := make([]float64, NumInstruments)
	n := 0
	for _, x := range InstrumentContext(seconds) {
		if len(x) != len(m.mean) {
			continue
		}
		for k, p := range m.predict(x) {
			share[k] += p
		}
		n++
	}
	if n > 0 {
		for k := range share {
			share[k] /= float64(n)
		}
	}
	return share, n
}

// InstrumentContext appends to each heard second's inputs the mean inputs
// of all heard seconds, so that the model hears each second against the
// whole track (a mix's overall colour, the recording's own balance). The
// trainer calls it too, so training and inference see the same inputs.
func InstrumentContext(secs [][]float64) [][]float64 {
	var mean []float64
	n := 0
	for _, x := range secs {
		if x == nil {
			continue
		}
		if mean == nil {
			mean = make([]float64, len(x))
		}
		for i, v := range x {
			mean[i] += v
		}
		n++
	}
	out := make([][]float64, len(secs))
	for k, x := range secs {
		if x == nil {
			continue
		}
		y := make([]float64, 0, 2*len(x))
		y = append(y, x...)
		for _, v := range mean {
			y = append(y, v/float64(n))
		}
		out[k] = y
	}
	return out
}

// confidences maps the shares to the confidence that each family sounds
// for at least a fifth of the track.
func (m *instrumentModel) confidences(share []float64) []float32 {
	out := make([]float32, NumInstruments)
	for k, s := range share {
		out[k] = float32(1 / (1 + math.Exp(-(s-float64(m.threshold[k]))/float64(m.slope))))
	}
	return out
}

// predictInstruments runs the compiled-in model on the seconds' inputs, or
// returns nil when fewer than minInstrumentSeconds seconds were heard or
// there is no model.
func predictInstruments(seconds [][]float64) []float32 {
	m := trainedInstruments
	if m == nil {
		return nil
	}
	share, n := m.shares(seconds)
	if n < minInstrumentSeconds {
		return nil
	}
	return m.confidences(share)
}

// InstrumentPresent is the confidence from which an instrument counts as
// heard: filters (instr:piano), requests ("piano", "no drums") and
// similarity use it. The model is trained so that 0.5 is its decision
// point (see instruments.md for its precision and recall there).
const InstrumentPresent = 0.5

// InstrumentConfident is the confidence from which notes name an
// instrument ("piano-led", "with strings"): higher than
// InstrumentPresent, so that words are only written where the model is
// sure.
const InstrumentConfident = 0.8

// InstrumentNotePrecision is the held-out precision (see instruments.md)
// that a family needs before notes name it. A note states only what the
// data supports, so a family the model often hears where it is not
// (brass, guitar) is left to filters and ranking, which weigh its
// confidence, and out of the words.
const InstrumentNotePrecision = 0.75

// InstrumentsToName returns the families a note may name, the most
// confident first: heard with InstrumentConfident, of a family whose
// held-out precision reaches InstrumentNotePrecision.
func (f Features) InstrumentsToName() []string {
	var out []string
	for _, l := range f.InstrumentsHeard(InstrumentConfident) {
		if InstrumentPrecision(l) >= InstrumentNotePrecision {
			out = append(out, l)
		}
	}
	return out
}

// InstrumentPrecision returns the instrument model's held-out precision
// for a family, or 0 for a family it does not know.
func InstrumentPrecision(label string) float64 {
	for i, l := range InstrumentLabels {
		if l == label && i < len(trainedInstruments.precision) {
			return float64(trainedInstruments.precision[i])
		}
	}
	return 0
}

// InstrumentAbsent is the confidence below which an instrument counts as
// confidently not heard: a note that names it is contradicted.
const InstrumentAbsent = 0.1

// InstrumentsAbsent returns the labels whose confidence is below
// InstrumentAbsent, in the order of InstrumentLabels.
func (f Features) InstrumentsAbsent() []string {
	if len(f.Instruments) != NumInstruments {
		return nil
	}
	var out []string
	for i, c := range f.Instruments {
		if float64(c) < InstrumentAbsent {
			out = append(out, InstrumentLabels[i])
		}
	}
	return out
}

// Instrument returns the confidence that the instrument family label (one
// of InstrumentLabels) sounds in the track, and false when instruments
// were not measured or the label is unknown.
func (f Features) Instrument(label string) (float64, bool) {
	i := InstrumentIndex(label)
	if i < 0 || len(f.Instruments) != NumInstruments {
		return 0, false
	}
	return float64(f.Instruments[i]), true
}

// InstrumentsHeard returns the labels whose confidence is at least min,
// the most confident first.
func (f Features) InstrumentsHeard(min float64) []string {
	if len(f.Instruments) != NumInstruments {
		return nil
	}
	var idx []int
	for i, c := range f.Instruments {
		if float64(c) >= min {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return f.Instruments[idx[a]] > f.Instruments[idx[b]] })
	out := make([]string, len(idx))
	for i, k := range idx {
		out[i] = InstrumentLabels[k]
	}
	return out
}

// ParseInstrument reads an instrument family as people type it: a label
// of InstrumentLabels in any case, with "-", "_" or nothing for its space,
// singular or plural ("drum", "synth-pad", "Woodwind", "synthleads").
func ParseInstrument(s string) (string, bool) {
	key := func(x string) string {
		x = strings.ToLower(strings.TrimSpace(x))
		x = strings.NewReplacer(" ", "", "-", "", "_", "").Replace(x)
		return strings.TrimSuffix(x, "s")
	}
	k := key(s)
	if k == "" {
		return "", false
	}
	for _, l := range InstrumentLabels {
		if key(l) == k {
			return l, true
		}
	}
	return "", false
}

// DescribeInstruments puts the instruments heard in words for people:
// "piano 0.97, strings 0.62", the most confident first, or "none heard
// (most likely: guitar 0.31)" when none reaches InstrumentPresent; "" when
// instruments were not measured.
func (f Features) DescribeInstruments() string {
	if len(f.Instruments) != NumInstruments {
		return ""
	}
	heard := f.InstrumentsHeard(InstrumentPresent)
	if len(heard) == 0 {
		best := 0
		for i, c := range f.Instruments {
			if c > f.Instruments[best] {
				best = i
			}
		}
		return fmt.Sprintf("none heard (most likely: %s %.2f)", InstrumentLabels[best], f.Instruments[best])
	}
	parts := make([]string, len(heard))
	for i, l := range heard {
		c, _ := f.Instrument(l)
		parts[i] = fmt.Sprintf("%s %.2f", l, c)
	}
	return strings.Join(parts, ", ")
}
