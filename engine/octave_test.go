package engine

import (
	"fmt"
	"strings"
	"testing"

	"sleeve/library"
	"sleeve/library/analysis"
)

// genreRows returns n measured tracks of genre, one artist each, whose
// tempos step from bpm by step, with ids from first on.
func genreRows(genre string, n int, bpm, step, energy float64, first library.TrackID) []TrackRow {
	var rows []TrackRow
	for k := range n {
		rows = append(rows, TrackRow{ID: first + library.TrackID(k), Title: fmt.Sprintf("%s %d", genre, k+1),
			Artist: fmt.Sprintf("%s Artist %d", genre, k+1), Genres: []string{genre}, HasFeatures: true,
			BPM: bpm + float64(k)*step, Energy: energy})
	}
	return rows
}

// TestGenresDoubtAnOctave checks which readings the tracks of their genres
// doubt: a drum and bass track read at half time is taken to be twice
// that, a reading its genre keeps is not, nor one a second tag of the
// track keeps, nor any reading of a genre whose tempos vary widely, nor a
// tempo the person set by hand.
func TestGenresDoubtAnOctave(t *testing.T) {
	rows := genreRows("Drum and Bass", 10, 168, 1, 0.9, 1)             // 168–177
	rows = append(rows, genreRows("Downtempo", 10, 82, 1, 0.3, 20)...) // 82–91
	rows = append(rows, genreRows("Rock", 10, 70, 12, 0.7, 40)...)     // 70–178
	halfTime := TrackRow{ID: 100, Title: "Half Time", Artist: "Breaks", Genres: []string{"Drum and Bass"}, HasFeatures: true, BPM: 86, Energy: 0.9}
	bothTags := TrackRow{ID: 101, Title: "Both Ways", Artist: "Breaks", Genres: []string{"Drum and Bass", "Downtempo"}, HasFeatures: true, BPM: 86, Energy: 0.5}
	doubleTime := TrackRow{ID: 102, Title: "Double Time", Artist: "Slow Hands", Genres: []string{"Downtempo"}, HasFeatures: true, BPM: 172, Energy: 0.3}
	slowRock := TrackRow{ID: 103, Title: "Ballad", Artist: "Slow Hands", Genres: []string{"Rock"}, HasFeatures: true, BPM: 60, Energy: 0.3}
	setByHand := TrackRow{ID: 104, Title: "Half Time Set", Artist: "Breaks", Genres: []string{"Drum and Bass"}, HasFeatures: true, BPM: 86, Energy: 0.9, TempoSet: true}
	cat := NewCatalog(append(rows, halfTime, bothTags, doubleTime, slowRock, setByHand))
	alt := func(id library.TrackID) float32 { return cat.altBPM[cat.index[id]] }
	if got := alt(100); got != 172 {
		t.Errorf("drum and bass read at 86: other level %v, want 172", got)
	}
	if got := alt(102); got != 86 {
		t.Errorf("downtempo read at 172: other level %v, want 86", got)
	}
	for _, id := range []library.TrackID{1, 10, 20, 29, 101, 103, 104} {
		if got := alt(id); got != 0 {
			t.Errorf("track %d (%.0f BPM) doubted, other level %v", id, cat.bpm[cat.index[id]], got)
		}
	}
}

// TestDoubtedTempoRanksAfterSureOnes checks that "under 100 bpm" lists
// the tracks their genre keeps slow before a drum and bass track read at
// half time, which the filter still lets through, and that "something
// fast" lists that track after the drum and bass its genre keeps fast
// but before the slow tracks, where its reading alone would rank it with
// them.
func TestDoubtedTempoRanksAfterSureOnes(t *testing.T) {
	// The track comes first in the library and has the lowest id, so that
	// a tie would rank it first.
	rows := []TrackRow{{ID: 1, Title: "Half Time", Artist: "Breaks", Genres: []string{"Drum and Bass"}, HasFeatures: true, BPM: 86, Energy: 0.9}}
	rows = append(rows, genreRows("Drum and Bass", 10, 168, 1, 0.9, 2)...)
	rows = append(rows, genreRows("Downtempo", 10, 82, 1, 0.9, 20)...)
	cat := NewCatalog(rows)
	_, res := rankFirstTurn(cat, "under 100 bpm", 11)
	if len(res.Items) != 11 || res.Items[10].ID != 1 {
		t.Errorf("under 100 bpm ranks %v, want the ten downtempo tracks and then Half Time (1)", res.IDs())
	}
	_, res = rankFirstTurn(cat, "something fast", 21)
	if r := rankOf(res, 1); r != 11 {
		t.Errorf("something fast ranks Half Time at %d in %v, want 11th, after the ten drum and bass tracks", r, res.IDs())
	}
}

// TestReasonSaysTheDoubt checks that a pick whose tempo its genre doubts
// says both levels where it cites its tempo.
func TestReasonSaysTheDoubt(t *testing.T) {
	rows := []TrackRow{{ID: 1, Title: "Half Time", Artist: "Breaks", Genres: []string{"Drum and Bass"}, HasFeatures: true, BPM: 86, Energy: 0.9}}
	rows = append(rows, genreRows("Drum and Bass", 10, 168, 1, 0.9, 2)...)
	_, res := rankFirstTurn(NewCatalog(rows), "under 100 bpm", 5)
	if len(res.Items) != 1 || res.Items[0].ID != 1 {
		t.Fatalf("under 100 bpm ranks %v, want Half Time (1) alone", res.IDs())
	}
	if got, want := strings.Join(res.Items[0].Reasons, "; "), "86 BPM (its genre suggests 172) fits up to 100 BPM"; !strings.Contains(got, want) {
		t.Errorf("reasons %q, want %q", got, want)
	}
}

// TestLikeXButSlowerDoubtsAHalfTimeReading ranks, for "like X but
// slower", a track its genre keeps slow above one that sounds as much
// like X but whose slow reading its genre doubts: a drum and bass track
// read at 86 BPM is likelier at 172, faster than X's 120, than slower.
func TestLikeXButSlowerDoubtsAHalfTimeReading(t *testing.T) {
	var rows []TrackRow
	for _, r := range genreRows("Drum and Bass", 10, 168, 1, 0.9, 10) {
		r.Timbre = nearTimbre(0, 1)
		rows = append(rows, r)
	}
	for _, r := range genreRows("Downtempo", 10, 92, 1, 0.5, 30) {
		r.Timbre = nearTimbre(0, 1)
		rows = append(rows, r)
	}
	// The track its genre doubts has the lower id, so that a tie would
	// rank it first.
	rows = ironTides(120, 0.6, append([]TrackRow{
		{ID: 3, Title: "Half Time", Artist: "Breaks", Genres: []string{"Drum and Bass"}, HasFeatures: true, BPM: 86, Energy: 0.6, Timbre: nearTimbre(1, 0.1)},
		{ID: 4, Title: "Slow Kin", Artist: "Slow Hands", Genres: []string{"Downtempo"}, HasFeatures: true, BPM: 86, Energy: 0.6, Timbre: nearTimbre(1, 0.1)},
	}, rows...)...)
	_, res := rankFirstTurn(NewCatalog(rows), "like Iron Tides but slower", 5)
	if r3, r4 := rankOf(res, 3), rankOf(res, 4); r4 != 1 || r3 <= r4 {
		t.Errorf("like Iron Tides but slower ranks %v, want Slow Kin (4) first and Half Time (3) after it", res.IDs())
	}
}

// TestCorrectedTempoIsSet checks that a tempo the person corrected comes
// to the ranker marked as set by hand, and a measured one does not.
func TestCorrectedTempoIsSet(t *testing.T) {
	measured := library.Track{Features: &library.Features{Features: analysis.Features{BPM: 86, BPMConfidence: 1}}}
	corrected := library.Track{Features: &library.Features{Features: analysis.Features{BPM: 86, BPMConfidence: 1}},
		Correction: &library.Correction{BPM: 86}}
	if RowFromTrack(measured).TempoSet || !RowFromTrack(corrected).TempoSet {
		t.Errorf("TempoSet: measured %v, corrected %v; want false, true", RowFromTrack(measured).TempoSet, RowFromTrack(corrected).TempoSet)
	}
}
