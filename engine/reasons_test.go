package engine

import (
	"strings"
	"testing"

	"sleeve/library"
)

// TestReasonsSayEachThingOnce: on the demo library a pick read "tagged
// energetic; its tags say energetic", "its note names drums; its note
// says drums" and "its note says drive, driving; its note suits driving"
// (found trying the demo library). A word another reason of the same pick
// names is not cited again as the text's.
func TestReasonsSayEachThingOnce(t *testing.T) {
	cat := testCatalog(t)
	r := NewRanker(cat)
	for msg, word := range map[string]string{
		"energetic techno":   "energetic",
		"something on drums": "drums",
		"music for driving":  "driving",
	} {
		res := r.Rank(query(t, cat, nil, msg), Taste{}, Options{N: 3})
		if len(res.Items) == 0 {
			t.Fatalf("%q: no picks", msg)
		}
		for _, it := range res.Items {
			var inText, elsewhere bool
			for _, r := range it.Reasons {
				for _, part := range strings.Split(r, "; ") {
					if !strings.Contains(part, word) {
						continue
					}
					if strings.HasPrefix(part, "its note says") || strings.HasPrefix(part, "its tags say") {
						inText = true
					} else {
						elsewhere = true
					}
				}
			}
			if !elsewhere || inText {
				t.Errorf("%q: %s's reasons %q: %q named by another reason %v, cited as the text's %v; want only the other", msg, it.Title, it.Reasons, word, elsewhere, inText)
			}
		}
	}
}

// TestReasonsCiteOnlyThePersonsWords: "something romantic for dinner"
// explained its picks by "its note says party", a word of the context's
// name ("dinner party") that the person never wrote (found trying the
// demo library).
func TestReasonsCiteOnlyThePersonsWords(t *testing.T) {
	cat := testCatalog(t)
	res := NewRanker(cat).Rank(query(t, cat, nil, "something mellow for dinner"), Taste{}, Options{N: 5})
	if len(res.Items) == 0 {
		t.Fatal("no picks")
	}
	for _, it := range res.Items {
		for _, r := range it.Reasons {
			if strings.HasPrefix(r, "its note says") && strings.Contains(r, "party") {
				t.Errorf("%s: reason %q cites a word the request does not hold", it.Title, r)
			}
		}
	}
}

// TestReasonsNameTheMoodsMeasurements: "something dark" on the demo
// library, which has no track tagged dark, explained its picks by the
// clock alone, though the mood ranked them by their measurements (a minor
// key, a dim sound). A pick that fits a mood by its measurements says so,
// naming only the parts that hold.
func TestReasonsNameTheMoodsMeasurements(t *testing.T) {
	cat := testCatalog(t)
	res := NewRanker(cat).Rank(query(t, cat, nil, "dark classical"), Taste{}, Options{N: 3})
	if len(res.Items) == 0 {
		t.Fatal("no picks")
	}
	for _, it := range res.Items {
		got := strings.Join(it.Reasons, " | ")
		if !strings.Contains(got, "a minor key and brightness 0.40 suit dark") {
			t.Errorf("%s: reasons %q do not say why it is dark", it.Title, got)
		}
	}
	// A mood said of a tagged track keeps the tag as its reason.
	res = NewRanker(cat).Rank(query(t, cat, nil, "something dark"), Taste{}, Options{N: 3})
	for _, it := range res.Items {
		if got := strings.Join(it.Reasons, " | "); !strings.Contains(got, "tagged dark") || strings.Contains(got, "suit dark") {
			t.Errorf("%s: reasons %q, want the tag alone", it.Title, got)
		}
	}
}

// TestTasteReasonLeavesTheSeedToTheSoundAlike: "like Heartbeat Telegraph
// but calmer", after Heartbeat Telegraph was rated 5, gave picks that
// read "it sounds like Heartbeat Telegraph …; it is close to Heartbeat
// Telegraph, which you liked" (found trying the demo library). The track
// asked after is named once, by the sound-alike reason.
func TestTasteReasonLeavesTheSeedToTheSoundAlike(t *testing.T) {
	cat := testCatalog(t)
	seed := cat.ids[0]
	taste := LearnTaste([]Feedback{{TrackID: seed, Kind: Rate, Rating: 5}}, nil, cat)
	q := query(t, cat, nil, "something mellow")
	q.Seeds, q.SeedLabel = []library.TrackID{seed}, cat.labelID(seed)
	res := NewRanker(cat).Rank(q, taste, Options{N: 5, Weights: Weights{Taste: 3, Fit: 1, SoundsLike: 1}})
	if len(res.Items) == 0 {
		t.Fatal("no picks")
	}
	for _, it := range res.Items {
		if got := strings.Join(it.Reasons, " | "); strings.Contains(got, "close to "+q.SeedLabel+", which you liked") {
			t.Errorf("%s: reasons %q name the seed as liked", it.Title, got)
		}
	}
}

// TestMoodReasonLeavesTheEnergyToItsOwnReason: "songs to cry to" reads
// the mood sad with an energy target of its own, and a pick's reasons
// said the energy twice, "energy 0.27 fits 'sad'; a minor key and energy
// 0.27 suit sad" (found trying the demo library). When the request sets
// the energy, the energy's own reason speaks for it and the mood's reason
// names the rest of what suits the mood.
func TestMoodReasonLeavesTheEnergyToItsOwnReason(t *testing.T) {
	rows := []TrackRow{
		{ID: 1, Title: "Rain on Glass", Artist: "A", HasFeatures: true, BPM: 70, Energy: 0.27, Brightness: 0.3, Minor: true},
		{ID: 2, Title: "Bright Day", Artist: "B", HasFeatures: true, BPM: 128, Energy: 0.85, Brightness: 0.8},
		{ID: 3, Title: "Stomp", Artist: "C", HasFeatures: true, BPM: 140, Energy: 0.95, Brightness: 0.7},
	}
	cat := NewCatalog(rows)
	res := NewRanker(cat).Rank(query(t, cat, nil, "songs to cry to"), Taste{}, Options{N: 3})
	if len(res.Items) == 0 || res.Items[0].ID != 1 {
		t.Fatalf("Rain on Glass is not first: %v", res.IDs())
	}
	why := strings.Join(res.Items[0].Reasons, "; ")
	if strings.Count(why, "energy 0.27") != 1 || !strings.Contains(why, "a minor key suits sad") {
		t.Errorf("reasons %q, want the energy said once and the minor key as the mood's reason", why)
	}
}

// TestTempoReasonQuotesTheRefusal: "something for a long drive at night,
// not too slow" explained its picks by "154 BPM fits 'slow'", quoting the
// word the person refused (found trying the demo library). A refused
// excess is quoted whole, and a complaint ("too slow", which asks for
// faster than the list before) is never quoted as what was asked.
func TestTempoReasonQuotesTheRefusal(t *testing.T) {
	cat := testCatalog(t)
	for msg, want := range map[string]string{
		"something for a long drive at night, not too slow": "'not too slow'",
		"jazz, nothing too fast":                            "'nothing too fast'",
		"slow jazz":                                         "'slow'",
	} {
		if got := query(t, cat, nil, msg).TempoLabel; got != want {
			t.Errorf("%q: tempo label %q, want %q", msg, got, want)
		}
	}
	if got := query(t, cat, nil, "this is too slow").TempoLabel; strings.Contains(got, "slow") {
		t.Errorf("too slow: tempo label %q quotes the complaint as asked", got)
	}
}

// TestCalmerIsSaidOfEveryPickThatIsCalmer: "like X but calmer" than a
// loud X asks for a moderate energy, a step below X's. Its picks said
// "energy 0.63 fits moderate energy" when they were near that target and
// nothing when they were well below it, though they are calmer still:
// "calmer" was quoted only for a target below the middle, and the energy
// reason only near the target. A change is a direction from what it was
// measured from, and the reason says so for every pick that makes it.
func TestCalmerIsSaidOfEveryPickThatIsCalmer(t *testing.T) {
	cat := NewCatalog(ironTides(128, 0.9,
		TrackRow{ID: 3, Title: "A Step Down", Artist: "Other A", HasFeatures: true, BPM: 120, Energy: 0.62, Timbre: nearTimbre(1, 0.1)},
		TrackRow{ID: 4, Title: "Far Below", Artist: "Other B", HasFeatures: true, BPM: 110, Energy: 0.3, Timbre: nearTimbre(1, 0.2)},
		TrackRow{ID: 5, Title: "Just As Loud", Artist: "Other C", HasFeatures: true, BPM: 128, Energy: 0.92, Timbre: nearTimbre(1, 0.1)},
	))
	q, res := rankFirstTurn(cat, "like Iron Tides but calmer", 5)
	if q.EnergyShift >= 0 || q.EnergyLabel != "'calmer'" {
		t.Fatalf("like Iron Tides but calmer: energy change %d labelled %s, want -1 labelled 'calmer'", q.EnergyShift, q.EnergyLabel)
	}
	said := map[library.TrackID]string{}
	for _, it := range res.Items {
		said[it.ID] = strings.Join(it.Reasons, " | ")
	}
	for _, id := range []library.TrackID{3, 4} {
		if got, ok := said[id]; ok && !strings.Contains(got, "fits 'calmer' (from 0.90)") {
			t.Errorf("track %d (calmer than Iron Tides): reasons %q, want it to fit 'calmer' (from 0.90)", id, got)
		} else if !ok {
			t.Errorf("track %d (calmer than Iron Tides) is not listed: %v", id, res.IDs())
		}
	}
	if got := said[5]; strings.Contains(got, "calmer") {
		t.Errorf("track 5 (as loud as Iron Tides): reasons %q say it fits 'calmer'", got)
	}
}

// TestSoundAlikeReasonNamesTheArtistOnce: "give me 3 tracks by halcyon
// drift" explained its picks by "it sounds like Halcyon Drift; its
// artist's name has halcyon, drift" (found trying the demo library). The
// name the seed reason gives is not cited again as the text's, and a
// track by the artist asked for is said to be by them, not like them.
func TestSoundAlikeReasonNamesTheArtistOnce(t *testing.T) {
	rows := []TrackRow{
		{ID: 1, Title: "Contour Lines", Artist: "Halcyon Drift", Genres: []string{"Ambient"}, HasFeatures: true, Energy: 0.2, Brightness: 0.4, Timbre: []float32{1, 0, 0, 0}},
		{ID: 2, Title: "Estuary Hymn", Artist: "Halcyon Drift", Genres: []string{"Ambient"}, HasFeatures: true, Energy: 0.15, Brightness: 0.35, Timbre: []float32{0.9, 0.1, 0, 0}},
		{ID: 3, Title: "Lantern Buoys", Artist: "Halcyon Drift", Genres: []string{"Ambient"}, HasFeatures: true, Energy: 0.25, Brightness: 0.4, Timbre: []float32{0.95, 0, 0.1, 0}},
		{ID: 4, Title: "Anneal", Artist: "Kiln Logic", Genres: []string{"Techno"}, HasFeatures: true, BPM: 130, Energy: 0.9, Brightness: 0.6, Timbre: []float32{0, 1, 0, 0}},
		{ID: 5, Title: "Isobar", Artist: "Sub Rosa Circuit", Genres: []string{"Drum and Bass"}, HasFeatures: true, BPM: 174, Energy: 0.85, Brightness: 0.6, Timbre: []float32{0, 0, 1, 0}},
	}
	cat := NewCatalog(rows)
	res := NewRanker(cat).Rank(query(t, cat, nil, "give me 3 tracks by halcyon drift"), Taste{}, Options{N: 3})
	if len(res.Items) == 0 {
		t.Fatal("no picks")
	}
	said := false
	for _, it := range res.Items {
		why := strings.Join(it.Reasons, "; ")
		said = said || strings.HasPrefix(why, "by Halcyon Drift")
		if strings.Contains(why, "sounds like Halcyon Drift") {
			t.Errorf("%s: reasons %q say a track by Halcyon Drift sounds like them", it.Title, why)
		}
		if strings.Contains(why, "its artist's name has") {
			t.Errorf("%s: reasons %q name the artist twice", it.Title, why)
		}
	}
	if !said {
		t.Errorf("no pick says it is by Halcyon Drift")
	}
}
