package player

import "math"

// Loudness levelling, as ReplayGain does it: each track is turned up or
// down so that its integrated loudness (ITU-R BS.1770, as the analysis
// measures it) meets a target, but never so far up that its peak clips.
const (
	// DefaultTargetLUFS is the loudness tracks are levelled to: ReplayGain
	// 2.0's reference level.
	DefaultTargetLUFS = -18.0
	// PeakCeilingDBFS is the highest a track's known sample peak may be
	// raised to. The peak is measured on the analysed excerpts, so a
	// decibel is left for peaks elsewhere in the track.
	PeakCeilingDBFS = -1.0
	// MaxBoostDB bounds the gain of a track whose peak is not known.
	MaxBoostDB = 12.0
	// silenceLUFS and below is silence (the analysis reports -70), which
	// is left as it is.
	silenceLUFS = -70.0
)

// LevelGain returns the linear gain that brings a track of integrated
// loudness trackLUFS to targetLUFS, lowered where need be so that its
// sample peak (in dBFS; NaN when not known) stays at or below
// PeakCeilingDBFS. Without a known peak, a boost is limited to MaxBoostDB.
// Silence, and a loudness that is not a number, get a gain of 1.
func LevelGain(targetLUFS, trackLUFS, peakDBFS float64) float64 {
	if math.IsNaN(trackLUFS) || math.IsInf(trackLUFS, 0) || trackLUFS <= silenceLUFS {
		return 1
	}
	gainDB := targetLUFS - trackLUFS
	if math.IsNaN(peakDBFS) || math.IsInf(peakDBFS, 0) {
		gainDB = min(gainDB, MaxBoostDB)
	} else {
		gainDB = min(gainDB, PeakCeilingDBFS-peakDBFS)
	}
	return math.Pow(10, gainDB/20)
}
