package engine

import (
	"strings"
	"testing"

	"sleeve/library"
	"sleeve/models"
)

// soundRows are six analysed tracks, alike in everything but the three
// measures the qualities of sound are read from: track k has the k-th
// lowest onset rate, the k-th clearest pulse from the bottom, and the
// k-th flattest spectrum and the k-th most repetitive material, except
// that tracks 5 and 6 swap their flatness.
func soundRows() []TrackRow {
	var rows []TrackRow
	for k := 1; k <= 6; k++ {
		flat := 0.01 * float64(k)
		switch k {
		case 5:
			flat = 0.06
		case 6:
			flat = 0.05
		}
		rows = append(rows, TrackRow{ID: library.TrackID(k), Path: "/m/" + string(rune('a'+k)) + ".flac",
			Title: "Piece " + string(rune('A'+k)), Artist: "Artist " + string(rune('A'+k)), HasFeatures: true,
			BPM: 100, Energy: 0.5, Brightness: 0.5, Timbre: []float32{1, 0, 0, 0}, Note: "A piece of music.",
			OnsetRate: float64(k), PulseClarity: 0.1 * float64(k), Flatness: flat, Repetition: 0.8 + 0.01*float64(k)})
	}
	return rows
}

// TestQualitiesOfSoundRankByTheirMeasures checks that each quality of
// sound a request names ranks the library by the measure it is read
// from, from the end it names, and that the reason says where the track
// stands in the library with the person's word.
func TestQualitiesOfSoundRankByTheirMeasures(t *testing.T) {
	cat := NewCatalog(soundRows())
	r := NewRanker(cat)
	for _, tc := range []struct {
		msg   string
		first library.TrackID
		why   string
	}{
		{"something simple", 1, "the sparsest of your library fits 'simple'"},
		{"busy, intricate music", 6, "the busiest of your library fits 'busy'"},
		{"music with a steady beat", 6, "the steadiest beat of your library"},
		{"something rubato", 1, "the loosest pulse of your library fits 'rubato'"},
		{"gritty and distorted", 5, "the noisiest, roughest of your library fits 'gritty'"},
		{"nothing too harsh", 1, "the cleanest-sounding of your library fits"},
		{"hypnotic and repetitive", 6, "the most repetitive of your library fits 'hypnotic'"},
		{"something evolving", 1, "the most varied of your library fits 'evolving'"},
		{"catchy tunes", 6, "the most repetitive of your library fits 'catchy'"},
	} {
		res := r.Rank(query(t, cat, nil, tc.msg), Taste{}, Options{N: 6, Diversity: NoDiversity})
		if len(res.Items) == 0 || res.Items[0].ID != tc.first {
			t.Errorf("%q: %v, want track %d first", tc.msg, ids(res), tc.first)
			continue
		}
		if why := strings.Join(res.Items[0].Reasons, "; "); !strings.Contains(why, tc.why) {
			t.Errorf("%q: first pick's reasons %q, want %q", tc.msg, why, tc.why)
		}
	}
	// The ranks are within the library: the second busiest stands among
	// the busiest 20 % (one of five other tracks is busier).
	res := r.Rank(query(t, cat, nil, "busy music"), Taste{}, Options{N: 6, Diversity: NoDiversity})
	if len(res.Items) < 2 || !strings.Contains(strings.Join(res.Items[1].Reasons, "; "), "among the busiest 20 % of your library") {
		t.Errorf(`"busy music": second pick %v, reasons %q, want it among the busiest 20 %%`, ids(res), res.Items[1].Reasons)
	}
}

// TestQualityOfSoundWithoutAnalysisSaysSo checks that a library whose
// sound was never measured ranks as if the quality were not asked for,
// and says why.
func TestQualityOfSoundWithoutAnalysisSaysSo(t *testing.T) {
	rows := soundRows()
	for i := range rows {
		rows[i].OnsetRate, rows[i].PulseClarity, rows[i].Flatness, rows[i].Repetition = 0, 0, 0, 0
	}
	cat := NewCatalog(rows)
	res := NewRanker(cat).Rank(query(t, cat, nil, "something simple"), Taste{}, Options{N: 6, Diversity: NoDiversity})
	if len(res.Items) != 6 {
		t.Fatalf("got %v, want all six tracks", ids(res))
	}
	if !strings.Contains(strings.Join(res.Notices, " "), "'simple' could not be measured: no track of your library has been analysed for it yet") {
		t.Errorf("notices %q, want one saying 'simple' could not be measured", res.Notices)
	}
	// Features of an analysis version before repetition was measured:
	// the other measures still rank, and only repetition is said missing.
	rows = soundRows()
	for i := range rows {
		rows[i].Repetition = 0
	}
	cat = NewCatalog(rows)
	res = NewRanker(cat).Rank(query(t, cat, nil, "something simple and hypnotic"), Taste{}, Options{N: 6, Diversity: NoDiversity})
	notices := strings.Join(res.Notices, " ")
	if !strings.Contains(notices, "'hypnotic' could not be measured") || strings.Contains(notices, "'simple'") {
		t.Errorf("notices %q, want only 'hypnotic' said unmeasured", res.Notices)
	}
	if len(res.Items) == 0 || res.Items[0].ID != 1 {
		t.Errorf("%v, want the sparsest track first", ids(res))
	}
}

// TestEveryQualityOfSoundIsMeasuredAndSaid checks that each quality a
// request may name has a measure in the catalogue and words for where a
// track stands on it.
func TestEveryQualityOfSoundIsMeasuredAndSaid(t *testing.T) {
	cat := NewCatalog(soundRows())
	for _, w := range models.SoundWords {
		if _, ok := cat.soundFit(0, w); !ok {
			t.Errorf("quality %q has no measure", w)
		}
		for _, f := range []float64{0.9, 1} {
			if s := soundReason(w, f); strings.Contains(s, "%!") || !strings.HasSuffix(s, " of your library") || len(s) < 20 {
				t.Errorf("soundReason(%q, %.1f) = %q", w, f, s)
			}
		}
	}
}
