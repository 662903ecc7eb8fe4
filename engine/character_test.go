package engine

import (
	"fmt"
	"testing"

	"sleeve/library"
)

// TestASettingRanksByTheCharacterItImplies checks that the moods a
// setting implies (models.DefaultMoods) rank a library where energy
// and pace do not tell its tracks apart: "coffee shop vibes" puts the
// mellow, warm tracks before the aggressive ones of the same energy, and
// a mood the message says itself takes the default's place.
func TestASettingRanksByTheCharacterItImplies(t *testing.T) {
	var rows []TrackRow
	for k := range 4 {
		// Same energy and tempo, which suit a coffee shop; only the moods
		// differ. The aggressive tracks come first in the library.
		rows = append(rows,
			TrackRow{ID: library.TrackID(1 + k), Title: fmt.Sprintf("Edge %d", k), Artist: fmt.Sprintf("Loud %d", k), Moods: []string{"aggressive"}, Note: "An aggressive track.", HasFeatures: true, BPM: 100, Energy: 0.35, Minor: true, Brightness: 0.5},
			TrackRow{ID: library.TrackID(11 + k), Title: fmt.Sprintf("Cup %d", k), Artist: fmt.Sprintf("Soft %d", k), Moods: []string{"mellow", "warm"}, Note: "A mellow, warm track.", HasFeatures: true, BPM: 100, Energy: 0.35, Brightness: 0.5},
		)
	}
	cat := NewCatalog(rows)
	rk := NewRanker(cat)
	res := rk.Rank(query(t, cat, nil, "coffee shop vibes"), Taste{}, Options{N: 4, Weights: DefaultWeights})
	if len(res.Items) < 4 {
		t.Fatalf("coffee shop vibes lists %v, want 4 tracks", res.IDs())
	}
	for _, it := range res.Items {
		if it.ID < 11 {
			t.Errorf("coffee shop vibes lists %v, want the mellow, warm tracks (11-14) first", res.IDs())
			break
		}
	}
	res = rk.Rank(query(t, cat, nil, "aggressive music for the coffee shop"), Taste{}, Options{N: 4, Weights: DefaultWeights})
	for _, it := range res.Items {
		if it.ID >= 11 {
			t.Errorf("aggressive music for the coffee shop lists %v, want the aggressive tracks (1-4): the mood said replaces the default", res.IDs())
			break
		}
	}
}

// TestAnActivityRanksByTheCharacterItImplies checks the same of an
// activity: "yoga music" puts the calm tracks before the aggressive ones
// of the same energy and tempo.
func TestAnActivityRanksByTheCharacterItImplies(t *testing.T) {
	var rows []TrackRow
	for k := range 4 {
		rows = append(rows,
			TrackRow{ID: library.TrackID(1 + k), Title: fmt.Sprintf("Edge %d", k), Artist: fmt.Sprintf("Loud %d", k), Moods: []string{"aggressive"}, Note: "An aggressive track.", HasFeatures: true, BPM: 70, Energy: 0.2, Minor: true, Brightness: 0.5},
			TrackRow{ID: library.TrackID(11 + k), Title: fmt.Sprintf("Still %d", k), Artist: fmt.Sprintf("Soft %d", k), Moods: []string{"calm", "peaceful"}, Note: "A calm, peaceful track.", HasFeatures: true, BPM: 70, Energy: 0.2, Brightness: 0.5},
		)
	}
	cat := NewCatalog(rows)
	res := NewRanker(cat).Rank(query(t, cat, nil, "yoga music"), Taste{}, Options{N: 4, Weights: DefaultWeights})
	if len(res.Items) < 4 {
		t.Fatalf("yoga music lists %v, want 4 tracks", res.IDs())
	}
	for _, it := range res.Items {
		if it.ID < 11 {
			t.Errorf("yoga music lists %v, want the calm tracks (11-14) first", res.IDs())
			break
		}
	}
}
