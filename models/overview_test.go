package models

import (
	"regexp"
	"strings"
	"testing"
)

// group builds the facts of tracks at the given tempos and energies, in
// the given modes.
func group(bpms, energies []float64, minor []bool) GroupFacts {
	var tracks []TrackFacts
	for i := range bpms {
		key := "C major"
		if minor[i] {
			key = "A minor"
		}
		tracks = append(tracks, TrackFacts{Title: "t", Genres: []string{"techno"}, Features: &FeatureFacts{Version: 3, BPM: bpms[i],
			Key: key, Minor: minor[i], KeyConfidence: 0.5, Energy: energies[i], PulseClarity: 0.7, LoudnessLUFS: -10}})
	}
	return SummarizeGroup(OverviewArtist, "Kiln Logic", "", tracks, make([]Note, len(tracks)))
}

func TestCheckOverviewAgainstTheTracks(t *testing.T) {
	fastMinor := group([]float64{126, 130, 134, 128}, []float64{0.9, 0.8, 0.85, 0.9}, []bool{true, true, true, false})
	mixed := group([]float64{70, 100, 150}, []float64{0.2, 0.5, 0.9}, []bool{false, true, false})
	for _, c := range []struct {
		g          GroupFacts
		text, kept string
	}{
		{fastMinor, "A slow, calm set. It runs between 126 and 134 BPM.", "It runs between 126 and 134 BPM."},
		{fastMinor, "Everything sits at 90 BPM. Mostly in minor keys.", "Mostly in minor keys."},
		{fastMinor, "Mostly in major keys. Energetic and fast throughout.", "Energetic and fast throughout."},
		{fastMinor, "3 of 4 in minor keys. Two in minor keys.", "3 of 4 in minor keys."},
		{fastMinor, "One track is in A minor. Another is in F# major.", "One track is in A minor."},
		{mixed, "A fast artist. Some tracks are fast, one is slow.", "Some tracks are fast, one is slow."},
		{mixed, "Tempos run from 70 to 150 BPM.", "Tempos run from 70 to 150 BPM."},
	} {
		kept, dropped := CheckOverview(c.text, c.g)
		if kept != c.kept {
			t.Errorf("%q: kept %q, want %q (dropped %v)", c.text, kept, c.kept, dropped)
		}
	}
	if fastMinor.Tempos != 4 || fastMinor.TempoMin != 126 || fastMinor.TempoMax != 134 || fastMinor.Minor != 3 || fastMinor.Major != 1 || fastMinor.Energetic != 4 {
		t.Errorf("facts %+v", fastMinor)
	}
}

// TestTemplateOverviewsPassTheirOwnCheck writes template overviews of
// groups of many shapes; the checker finds nothing to drop in any.
func TestTemplateOverviewsPassTheirOwnCheck(t *testing.T) {
	for i, g := range []GroupFacts{
		group([]float64{126, 130, 134, 128}, []float64{0.9, 0.8, 0.85, 0.9}, []bool{true, true, true, false}),
		group([]float64{70, 128, 150}, []float64{0.2, 0.5, 0.9}, []bool{false, true, false}),
		group([]float64{0, 0, 64}, []float64{0.1, 0.2, 0.1}, []bool{true, true, true}),
		group([]float64{0}, []float64{0.5}, []bool{false}),
	} {
		for _, kind := range []string{OverviewArtist, OverviewAlbum, OverviewGenre} {
			g.Kind = kind
			o := TemplateOverview(g)
			if kept, dropped := CheckOverview(o.Text, g); kept != o.Text || len(dropped) > 0 {
				t.Errorf("group %d %s: %q drops %v", i, kind, o.Text, dropped)
			}
			if !strings.Contains(o.Text, "Kiln Logic") || !o.Template || o.Key == "" {
				t.Errorf("group %d %s: %+v", i, kind, o)
			}
		}
	}
}

// TestTemplateOverviewEnergyReadsAsAPredicate: the energy phrase ("calm
// throughout", "low in energy on every track") follows "is", never "with"
// ("It is 2 of 4 in major keys, with low in energy on every track"),
// whatever leads the sentence and whichever wording is picked.
func TestTemplateOverviewEnergyReadsAsAPredicate(t *testing.T) {
	bad := regexp.MustCompile(`with (calm|low in|energetic|high in|of moderate|even in)|\bis is\b|and and`)
	for _, g := range []GroupFacts{
		group([]float64{0, 0, 0, 0}, []float64{0.1, 0.1, 0.2, 0.1}, []bool{true, false, true, false}), // no beat: keys lead
		group([]float64{120, 122}, []float64{0.9, 0.9}, []bool{true, true}),                           // tempo leads
		group([]float64{0, 0}, []float64{0.5, 0.5}, []bool{false, false}),
	} {
		for _, name := range []string{"Kiln Logic", "Halcyon Drift", "Tidal Atlas", "Low Light Cartography", "Ambient", "Wren & Alder", "X", "Y", "Z"} {
			for _, kind := range []string{OverviewArtist, OverviewAlbum, OverviewGenre} {
				g.Kind, g.Name = kind, name
				text := TemplateOverview(g).Text
				if bad.MatchString(text) {
					t.Errorf("%s %q: %q", kind, name, text)
				}
				if !strings.Contains(text, "calm throughout") && !strings.Contains(text, " low in energy on every track") &&
					!strings.Contains(text, "energetic throughout") && !strings.Contains(text, "high in energy on every track") &&
					!strings.Contains(text, "of moderate energy throughout") && !strings.Contains(text, "even in energy") {
					t.Errorf("%s %q: no energy phrase in %q", kind, name, text)
				}
			}
		}
	}
}

// TestTemplateOverviewOfAPartlyMeasuredGroup: an artist whose tracks are
// not all measured (an analysis interrupted, files that cannot be
// analysed, a test tone among them) is not said to be calm "on every
// track" or "throughout" from the tracks measured; the energy is said of
// the tracks measured. An interrupted scan left "Artist 0 ... is low in
// energy on every track." with 9 of its 17 tracks measured (found in the
// end-to-end trial).
func TestTemplateOverviewOfAPartlyMeasuredGroup(t *testing.T) {
	for _, energy := range []float64{0.1, 0.5, 0.9} {
		for _, name := range []string{"Artist 0", "Kiln Logic", "Wren & Alder", "Halcyon Drift"} {
			var tracks []TrackFacts
			for i := range 5 {
				tr := TrackFacts{Title: "t", Genres: []string{"rock"}}
				if i < 3 {
					tr.Features = &FeatureFacts{Version: 3, BPM: 120, Key: "C major", KeyConfidence: 0.5, Energy: energy, PulseClarity: 0.7, LoudnessLUFS: -10}
				}
				tracks = append(tracks, tr)
			}
			for _, kind := range []string{OverviewArtist, OverviewAlbum, OverviewGenre} {
				g := SummarizeGroup(kind, name, "", tracks, make([]Note, len(tracks)))
				text := TemplateOverview(g).Text
				if kept, dropped := CheckOverview(text, g); kept != text {
					t.Errorf("the checker drops %q of %q", dropped, text)
				}
				if strings.Contains(text, "every track") || strings.Contains(text, "throughout") || strings.Contains(text, "even in energy") ||
					!strings.Contains(text, "all 3 tracks measured") {
					t.Errorf("%s %q, energy %.1f, 3 of 5 tracks measured: %q", kind, name, energy, text)
				}
			}
		}
	}
}
