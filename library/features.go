package library

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"sleeve/library/analysis"
)

// Features are the measured audio features of a track as the store keeps
// them: everything analysis measured, and when.
type Features struct {
	analysis.Features
	// AnalysedAt is when the features were measured.
	AnalysedAt time.Time
	// Outdated is set when the features were measured by an older analysis
	// version, or before the file last changed. They are still shown until
	// 'sleeve analyze' replaces them.
	Outdated bool
}

// Danceability is a rough figure in [0, 1] derived from the stored
// features rather than measured: the pulse clarity's rank among the
// development corpus's tracks (analysis.PulseClarityRank, so that it
// spreads over 0–1), weighted by how close the tempo is to the 90–140 BPM
// range most dance music sits in (full weight inside it, falling linearly
// to nothing at 50 and 200 BPM).
func (f Features) Danceability() float64 {
	var w float64
	switch bpm := f.BPM; {
	case bpm <= 50 || bpm >= 200:
		w = 0
	case bpm < 90:
		w = (bpm - 50) / 40
	case bpm <= 140:
		w = 1
	default:
		w = (200 - bpm) / 60
	}
	return math.Max(0, math.Min(1, analysis.PulseClarityRank(f.PulseClarity)*w))
}

// AnalysisFailure is why the last analysis of a track failed.
type AnalysisFailure struct {
	// Version is the analysis version that failed.
	Version int
	// NotAnalysable is set when no decoder handles the file's format (for
	// example AAC without ffmpeg); otherwise the file is damaged or too
	// short.
	NotAnalysable bool
	// Reason is one line for people, such as "not analysable: no decoder
	// for this format (aac): install ffmpeg to analyse it".
	Reason string
	// At is when the analysis failed.
	At time.Time
}

// encodeTimbre stores a timbre vector as float32 values, little-endian.
func encodeTimbre(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

// decodeTimbre reads what encodeTimbre wrote.
func decodeTimbre(b []byte) []float32 {
	if len(b) == 0 {
		return nil
	}
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}

// parseKey reads a key filter value: a mode ("minor", "major"), a tonic
// ("a", "f#", "bb"), or both ("a minor", "F# major", "am"). tonic is -1
// when only the mode is given, and mode is "" when only the tonic is.
func parseKey(v string) (tonic int, mode string, err error) {
	s := strings.ToLower(strings.TrimSpace(v))
	fields := strings.Fields(s)
	if len(fields) == 1 {
		switch f := fields[0]; {
		case f == "minor" || f == "major":
			return -1, f, nil
		case len(f) >= 2 && strings.HasSuffix(f, "m") && f != "m":
			// "am", "f#m": the usual short form of a minor key.
			if t, ok := pitchClass(strings.TrimSuffix(f, "m")); ok {
				return t, "minor", nil
			}
		}
	}
	if len(fields) == 0 || len(fields) > 2 {
		return 0, "", fmt.Errorf("%q is not a key such as \"a minor\", \"f#\" or \"major\"", v)
	}
	t, ok := pitchClass(fields[0])
	if !ok {
		return 0, "", fmt.Errorf("%q is not a key such as \"a minor\", \"f#\" or \"major\"", v)
	}
	if len(fields) == 2 {
		switch fields[1] {
		case "minor", "min":
			mode = "minor"
		case "major", "maj":
			mode = "major"
		default:
			return 0, "", fmt.Errorf("%q: the mode must be major or minor", v)
		}
	}
	return t, mode, nil
}

// pitchClass reads a note name in any spelling, such as "a", "f#", "bb"
// or "e♭" (see analysis.ParsePitchClass).
func pitchClass(s string) (int, bool) {
	return analysis.ParsePitchClass(s)
}

// encodeInstruments stores instrument confidences as a JSON object from
// label to confidence (two decimals), in the order of
// analysis.InstrumentLabels, so that SQL can read one label with
// json_extract; "" when there are none.
func encodeInstruments(v []float32) string {
	if len(v) != analysis.NumInstruments {
		return ""
	}
	var b strings.Builder
	b.WriteByte('{')
	for i, l := range analysis.InstrumentLabels {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Quote(l))
		b.WriteByte(':')
		b.WriteString(strconv.FormatFloat(math.Round(float64(v[i])*100)/100, 'f', -1, 64))
	}
	b.WriteByte('}')
	return b.String()
}

// decodeInstruments reads what encodeInstruments wrote; labels it does not
// hold read as 0, and anything unreadable as none at all.
func decodeInstruments(s string) []float32 {
	if s == "" {
		return nil
	}
	var m map[string]float64
	if err := json.Unmarshal([]byte(s), &m); err != nil || len(m) == 0 {
		return nil
	}
	v := make([]float32, analysis.NumInstruments)
	for i, l := range analysis.InstrumentLabels {
		v[i] = float32(math.Max(0, math.Min(1, m[l])))
	}
	return v
}
