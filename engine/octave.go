package engine

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Beat trackers most often err by a metrical level: they report half or
// twice the tempo a listener taps. A single reading cannot tell, but the
// other tracks of its genre can. Hörschläger, Vogl, Böck and Knees
// ("Addressing tempo estimation octave errors in electronic music by
// incorporating style information extracted from Wikipedia", SMC 2015)
// correct a tracker's octave with the tempo range of the track's style;
// Sleeve takes the ranges from the person's own library, where each genre
// tag's tracks show the tempos that genre keeps.

// The bounds of an octave doubt: how many tracks a genre needs, and
// distances in octaves (log2 of a tempo ratio) or in the genre's spreads.
const (
	// octavePeers is how many measured tracks with a beat a genre needs
	// before its tempos say anything of one of them.
	octavePeers = 8
	// octaveFar is the least distance from the genre's middle tempo at
	// which a reading may be doubted: half an octave (a factor of 1.41),
	// however tightly the genre keeps its tempo.
	octaveFar = 0.5
	// octaveSpread is how many of the genre's spreads away a reading must
	// lie to be doubted, and octaveNear how many its other level must lie
	// within: a genre whose tempos vary widely (rock runs from ballads to
	// punk) doubts nothing.
	octaveSpread = 3.0
	octaveNear   = 2.0
	// octaveMinSpread keeps a genre whose tracks were all read at one
	// tempo from doubting every other reading by a hair.
	octaveMinSpread = 0.05
)

// doubtOctaves fills c.altBPM: for each measured track with a beat whose
// tempo lies far outside the tempos of its genre tags while twice or half
// of it lies well inside them, the other level, which is likelier what a
// listener would tap; 0 for every other track. A track is doubted only
// when each of its genres with enough measured tracks doubts it the same
// way, so a track tagged both "Ambient" and "Drum and Bass" keeps its
// reading, and never a tempo the person set (set[i]).
func (c *Catalog) doubtOctaves(set []bool) {
	c.altBPM = make([]float32, c.rows)
	type spread struct{ mid, sd float64 }
	stats := make([]spread, len(c.genres))
	var logs []float64
	for g, rows := range c.genreRows {
		logs = logs[:0]
		for _, i := range rows {
			if c.hasFeat[i] && c.bpm[i] > 0 && !c.notMusic[i] {
				logs = append(logs, math.Log2(float64(c.bpm[i])))
			}
		}
		if len(logs) < octavePeers {
			continue
		}
		mid := middle(logs)
		for k, x := range logs {
			logs[k] = math.Abs(x - mid)
		}
		// The median absolute deviation, scaled to a normal spread's
		// standard deviation, is not moved by the misread tracks
		// themselves as a mean would be.
		stats[g] = spread{mid, max(octaveMinSpread, 1.4826*middle(logs))}
	}
	for i := range int32(c.rows) {
		if !c.hasFeat[i] || c.bpm[i] <= 0 || set[i] {
			continue
		}
		x := math.Log2(float64(c.bpm[i]))
		var dir float64 // +1: twice the reading; -1: half of it
		for _, g := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
			st := stats[g]
			if st.sd == 0 {
				continue
			}
			off := x - st.mid
			d := -1.0
			if off < 0 {
				d = 1
			}
			if math.Abs(off) < max(octaveFar, octaveSpread*st.sd) || math.Abs(off+d) > octaveNear*st.sd || dir != 0 && d != dir {
				dir = 0
				break
			}
			dir = d
		}
		if dir != 0 {
			c.altBPM[i] = float32(float64(c.bpm[i]) * math.Exp2(dir))
		}
	}
}

// middle returns the median of xs (of an even count, the upper of the
// two middle values), which it sorts; xs is not empty.
func middle[T cmp.Ordered](xs []T) T {
	slices.Sort(xs)
	return xs[len(xs)/2]
}

// tempoChance is how well row i's tempo fits by fit: fit of the reading,
// or, for a reading its genre doubts (doubtOctaves), the mean of fit at
// the reading and at the other level, since either may be the tempo a
// listener hears.
func (c *Catalog) tempoChance(i int32, fit func(bpm float64) float64) float64 {
	f := fit(float64(c.bpm[i]))
	if alt := c.altBPM[i]; alt > 0 {
		f = (f + fit(float64(alt))) / 2
	}
	return f
}

// tempoReading says row i's measured tempo ("86 BPM"), and for a reading
// its genre doubts, the other level too ("86 BPM (its genre suggests
// 172)"), so that a reason does not vouch for a tempo the ranking itself
// only half believes.
func (c *Catalog) tempoReading(i int32) string {
	if alt := c.altBPM[i]; alt > 0 {
		return fmt.Sprintf("%.0f BPM (its genre suggests %.0f)", c.bpm[i], alt)
	}
	return fmt.Sprintf("%.0f BPM", c.bpm[i])
}
