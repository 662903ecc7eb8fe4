package engine

import (
	"math"
	"slices"

	"sleeve/library/analysis"
	"sleeve/models"
)

// heardConfidence returns the highest confidence, among the families that
// the instrument word w names (models.InstrumentFamilies), that row i's
// audio holds one, and false when w names no family or row i's
// instruments were not measured.
func (c *Catalog) heardConfidence(i int32, w string) (float32, bool) {
	fams := models.InstrumentFamilies[w]
	if len(fams) == 0 || !c.hasInstr[i] {
		return 0, false
	}
	var best float32
	row := c.instr[int(i)*analysis.NumInstruments : int(i+1)*analysis.NumInstruments]
	for _, f := range fams {
		if k := analysis.InstrumentIndex(f); k >= 0 {
			best = max(best, row[k])
		}
	}
	return best, true
}

// absentInstruments returns the instrument words of ws that no track of
// the library has: none is tagged with it, and analysis hears it in none
// (confidence at least analysis.InstrumentPresent).
func (c *Catalog) absentInstruments(ws []string) []string {
	var absent []string
	for _, w := range ws {
		found := false
		for i := range int32(c.rows) {
			if c.tags[i].has(w) {
				found = true
				break
			}
			if h, ok := c.heardConfidence(i, w); ok && float64(h) >= analysis.InstrumentPresent {
				found = true
				break
			}
		}
		if !found && !slices.Contains(absent, w) {
			absent = append(absent, w)
		}
	}
	return absent
}

// centredCos is the cosine of a−0.5 and b−0.5: instrument confidences
// centred on the decision point, so that sharing a family and lacking one
// both count, in −1…1.
func centredCos(a, b []float32) float32 {
	var ab, aa, bb float32
	for k := range a {
		x, y := a[k]-0.5, b[k]-0.5
		ab += x * y
		aa += x * x
		bb += y * y
	}
	if aa == 0 || bb == 0 {
		return 0
	}
	return ab / float32(math.Sqrt(float64(aa*bb)))
}
