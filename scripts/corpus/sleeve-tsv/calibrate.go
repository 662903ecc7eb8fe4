package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// truthRow is one file's tempo truth.
type truthRow struct {
	path    string
	bpm     float64
	quality string
}

// readTruth reads the path, tempo_bpm and tempo_quality columns of a truth
// TSV (../shared/peers/README.md); rows without a tempo are left out.
func readTruth(path string) ([]truthRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("truth %s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	pathCol, ok := col["path"]
	if !ok {
		pathCol = 0
	}
	bpmCol, ok := col["tempo_bpm"]
	if !ok {
		return nil, fmt.Errorf("truth %s has no tempo_bpm column", path)
	}
	qualityCol, hasQuality := col["tempo_quality"]
	var out []truthRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("truth %s: %w", path, err)
		}
		if bpmCol >= len(rec) || pathCol >= len(rec) {
			continue
		}
		bpm, err := strconv.ParseFloat(strings.TrimSpace(rec[bpmCol]), 64)
		if err != nil || bpm <= 0 {
			continue
		}
		t := truthRow{path: rec[pathCol], bpm: bpm}
		if hasQuality && qualityCol < len(rec) {
			t.quality = strings.TrimSpace(rec[qualityCol])
		}
		if t.quality == "unknown" {
			continue
		}
		out = append(out, t)
	}
}

// Calibration says how far a tempo confidence can be trusted.
type Calibration struct {
	Threshold float64
	// Scored is how many analysed files have a tempo truth; Confident how
	// many of those reach the threshold, and ConfidentRight how many of
	// those are within 4 % of the truth. AllRight counts the files within
	// 4 % whatever their confidence.
	Scored, Confident, ConfidentRight, AllRight int
}

// String reports the calibration against the target (90 %).
func (c Calibration) String() string {
	share := func(n, d int) string {
		if d == 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.0f %%", 100*float64(n)/float64(d))
	}
	return fmt.Sprintf("confidence calibration: %d of %d files with tempo truth have bpm_confidence >= %.2f; "+
		"%d of them (%s) are within 4 %% of the truth (target >= 90 %%); all files: %d of %d (%s) within 4 %%",
		c.Confident, c.Scored, c.Threshold, c.ConfidentRight, share(c.ConfidentRight, c.Confident),
		c.AllRight, c.Scored, share(c.AllRight, c.Scored))
}

// calibrate matches rows to the truth (by path relative to root, or else by
// the longest path-component suffix) and counts how often a confident
// tempo is right.
func calibrate(rows []Row, truth []truthRow, root string, threshold float64) Calibration {
	c := Calibration{Threshold: threshold}
	for _, r := range rows {
		t, ok := matchTruth(r.Path, truth, root)
		if !ok {
			continue
		}
		c.Scored++
		right := r.Err == nil && r.Features.BPM > 0 && math.Abs(r.Features.BPM-t.bpm) <= 0.04*t.bpm
		if right {
			c.AllRight++
		}
		if r.Err == nil && r.Features.BPMConfidence >= threshold {
			c.Confident++
			if right {
				c.ConfidentRight++
			}
		}
	}
	return c
}

// matchTruth finds the truth row of path.
func matchTruth(path string, truth []truthRow, root string) (truthRow, bool) {
	p := filepath.ToSlash(path)
	if root != "" {
		if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") {
			p = filepath.ToSlash(rel)
		}
	}
	best, bestLen := truthRow{}, 0
	for _, t := range truth {
		tp := filepath.ToSlash(t.path)
		if tp == p {
			return t, true
		}
		if strings.HasSuffix(p, "/"+tp) && len(tp) > bestLen {
			best, bestLen = t, len(tp)
		}
	}
	return best, bestLen > 0
}
