package engine

import (
	"sleeve/models"
	"strings"
	"testing"

	"sleeve/library"
	"sleeve/library/analysis"
)

// heard builds a confidence vector from a few families (the rest 0.02).
func heard(c map[string]float32) []float32 {
	v := make([]float32, analysis.NumInstruments)
	for i := range v {
		v[i] = 0.02
	}
	for f, x := range c {
		v[analysis.InstrumentIndex(f)] = x
	}
	return v
}

// instrumentRows are six analysed tracks with neutral notes (no
// instrument named), alike in everything but the instruments heard.
func instrumentRows() []TrackRow {
	sets := []map[string]float32{
		{"piano": 0.95},                        // 1
		{"piano": 0.9, "strings": 0.8},         // 2
		{"drums": 0.97, "bass": 0.9},           // 3
		{"guitar": 0.9, "drums": 0.85},         // 4
		{"strings": 0.95, "woodwinds": 0.7},    // 5
		{"synth pad": 0.9, "synth lead": 0.85}, // 6
	}
	var rows []TrackRow
	for i, s := range sets {
		rows = append(rows, TrackRow{ID: library.TrackID(i + 1), Path: "/m/" + string(rune('a'+i)) + ".flac",
			Title: "Piece " + string(rune('A'+i)), Artist: "Artist " + string(rune('A'+i)), HasFeatures: true,
			BPM: 80, Energy: 0.3, Brightness: 0.5, Timbre: []float32{1, 0, 0, 0}, Heard: heard(s),
			Note: "A piece of music.", Moods: []string{"calm"}})
	}
	return rows
}

// TestHeardInstrumentsRankAndExclude checks that a request for an
// instrument favours the tracks where analysis hears it, that "no drums"
// leaves out those where it hears drums and says why, and that "sounds
// like" a track weighs the instruments they share.
func TestHeardInstrumentsRankAndExclude(t *testing.T) {
	cat := NewCatalog(instrumentRows())
	r := NewRanker(cat)
	res := r.Rank(query(t, cat, nil, "calm piano"), Taste{}, Options{N: 6, Diversity: NoDiversity})
	if len(res.Items) < 2 || res.Items[0].ID > 2 || res.Items[1].ID > 2 {
		t.Fatalf(`"calm piano": %v, want tracks 1 and 2 first`, ids(res))
	}
	q := query(t, cat, nil, "something calm, no drums")
	res = r.Rank(q, Taste{}, Options{N: 6, Diversity: NoDiversity})
	for _, it := range res.Items {
		if it.ID == 3 || it.ID == 4 {
			t.Errorf(`"no drums" lists track %d, where drums are heard: %v`, it.ID, ids(res))
		}
	}
	if len(res.Items) != 4 {
		t.Errorf(`"no drums": %v, want the four tracks without drums`, ids(res))
	}
	if why := r.WhyNot(3, q, Taste{}, Options{N: 6}, res); !strings.Contains(why, "hears drums") {
		t.Errorf("why not track 3: %q, want that drums are heard", why)
	}
	// Sounds like track 2 (piano and strings): of the others, track 1
	// (piano) and 5 (strings) share an instrument; timbre is the same for
	// all, so the instruments decide.
	sq := Query{Seeds: []library.TrackID{2}, Hour: -1}
	res = r.Rank(sq, Taste{}, Options{N: 5, Diversity: NoDiversity})
	if len(res.Items) < 2 {
		t.Fatalf("sounds like track 2: %v", ids(res))
	}
	var others []library.TrackID
	for _, it := range res.Items {
		if it.ID != 2 {
			others = append(others, it.ID)
		}
	}
	top := map[library.TrackID]bool{others[0]: true, others[1]: true}
	if !top[1] || !top[5] {
		t.Errorf("sounds like track 2: %v, want tracks 1 and 5 first", ids(res))
	}
}

func ids(res Result) []library.TrackID {
	var out []library.TrackID
	for _, it := range res.Items {
		out = append(out, it.ID)
	}
	return out
}

// TestReasonsNameTheInstrumentAsked: a pick for "calm piano" says that
// piano is heard in it, with the confidence, or that its note names it,
// so "why this one?" is answered by what made it fit.
func TestReasonsNameTheInstrumentAsked(t *testing.T) {
	rows := instrumentRows()
	rows[1].Instruments = []string{"piano"} // track 2's note names piano
	cat := NewCatalog(rows)
	res := NewRanker(cat).Rank(query(t, cat, nil, "calm piano"), Taste{}, Options{N: 6, Diversity: NoDiversity})
	want := map[library.TrackID]string{1: "piano heard (confidence 0.95)", 2: "its note names piano"}
	found := 0
	for _, it := range res.Items {
		if w, ok := want[it.ID]; ok {
			found++
			if !strings.Contains(strings.Join(it.Reasons, "; "), w) {
				t.Errorf("track %d: reasons %q, want %q", it.ID, it.Reasons, w)
			}
		}
		if it.ID == 3 && strings.Contains(strings.Join(it.Reasons, "; "), "piano") {
			t.Errorf("track 3, where no piano is heard: reasons %q", it.Reasons)
		}
	}
	if found != len(want) {
		t.Errorf("tracks 1 and 2 are not both listed: %v", ids(res))
	}
}

// TestClockContextReasonSaysItIsTheClock: when no time of day, activity
// or setting was said, the context comes from the clock, and a reason
// that names it says so ("(it is morning now)"), so that a pick "suits
// morning" does not read as an answer to a request for late-night music;
// a time of day said is named as it is.
func TestClockContextReasonSaysItIsTheClock(t *testing.T) {
	cat := testCatalog(t)
	r := NewRanker(cat)
	clock := query(t, cat, nil, "something calm")
	clock.Hour = 8
	said := query(t, cat, nil, "something calm for the morning")
	said.Hour = 8
	for _, c := range []struct {
		q     Query
		clock bool
	}{{clock, true}, {said, false}} {
		res := r.Rank(c.q, Taste{}, Options{N: 10})
		named := 0
		for _, it := range res.Items {
			why := strings.Join(it.Reasons, "; ")
			if !strings.Contains(why, "morning") {
				continue
			}
			named++
			if strings.Contains(why, "(it is morning now)") != c.clock {
				t.Errorf("clock %v: reasons %q", c.clock, it.Reasons)
			}
		}
		if named == 0 {
			t.Errorf("clock %v: no reason names the morning: %v", c.clock, res.Items)
		}
	}
}

// TestSoundsLikeReasonNamesSharedInstruments: a pick that sounds like a
// seed says which instruments analysis hears in both, since sounding
// alike weighs them.
func TestSoundsLikeReasonNamesSharedInstruments(t *testing.T) {
	cat := NewCatalog(instrumentRows())
	res := NewRanker(cat).Rank(Query{Seeds: []library.TrackID{2}, SeedLabel: "“Piece B”", Hour: -1}, Taste{}, Options{N: 5, Diversity: NoDiversity})
	want := map[library.TrackID]string{1: "it sounds like “Piece B” (piano heard in both)", 5: "it sounds like “Piece B” (strings heard in both)"}
	found := 0
	for _, it := range res.Items {
		why := strings.Join(it.Reasons, "; ")
		if w, ok := want[it.ID]; ok {
			found++
			if !strings.Contains(why, w) {
				t.Errorf("track %d: reasons %q, want %q", it.ID, it.Reasons, w)
			}
		}
		if (it.ID == 3 || it.ID == 6) && strings.Contains(why, "heard in both") {
			t.Errorf("track %d shares no instrument with track 2: reasons %q", it.ID, it.Reasons)
		}
	}
	if found != 2 {
		t.Errorf("tracks 1 and 5 are not both listed: %v", ids(res))
	}
}

// TestContextReasonOfABeatlessTrack: a track without a clear beat (tempo 0) that
// suits an activity with a pace says so, never "0 BPM".
func TestContextReasonOfABeatlessTrack(t *testing.T) {
	rows := instrumentRows()
	for i := range rows {
		rows[i].BPM, rows[i].Energy, rows[i].Moods = 0, 0.1, nil
	}
	cat := NewCatalog(rows)
	res := NewRanker(cat).Rank(query(t, cat, nil, "music for sleeping"), Taste{}, Options{N: 6})
	said := false
	for _, it := range res.Items {
		why := strings.Join(it.Reasons, "; ")
		if strings.Contains(why, "0 BPM") {
			t.Errorf("track %d: reasons %q", it.ID, it.Reasons)
		}
		said = said || strings.Contains(why, "no clear beat and energy 0.10 suit sleeping")
	}
	if !said {
		t.Errorf("no reason says the beatless tracks suit sleeping: %v", res.Items)
	}
}

// TestContextReasonNamesOnlyWhatFits: a pick's context reason names the
// measurements that suit the activity or time, and not those that do not.
// "upbeat dance music for a party" gave a track at 120 BPM and energy
// 0.08 the reason "120 BPM and energy 0.08 suit party", and at night a
// track of energy 0.97 whose dark sound suited the hour "energy 0.97
// suits late night" (found in the end-to-end trial).
func TestContextReasonNamesOnlyWhatFits(t *testing.T) {
	rows := []TrackRow{
		{ID: 1, Title: "Quiet Kick", Artist: "A", HasFeatures: true, BPM: 120, Energy: 0.08, Brightness: 0.5},
		{ID: 2, Title: "Full Floor", Artist: "B", HasFeatures: true, BPM: 125, Energy: 0.8, Brightness: 0.5},
		{ID: 3, Title: "Dark Roar", Artist: "C", HasFeatures: true, BPM: 0, Energy: 0.97, Brightness: 0.1},
		{ID: 4, Title: "Hush", Artist: "D", HasFeatures: true, BPM: 0, Energy: 0.1, Brightness: 0.1},
	}
	cat := NewCatalog(rows)
	why := func(res Result, id int) string {
		for _, it := range res.Items {
			if int(it.ID) == id {
				return strings.Join(it.Reasons, "; ")
			}
		}
		t.Fatalf("track %d is not listed: %v", id, res.IDs())
		return ""
	}
	res := NewRanker(cat).Rank(query(t, cat, nil, "anything close for a party"), Taste{}, Options{N: 4})
	if got := why(res, 1); strings.Contains(got, "energy 0.08") || !strings.Contains(got, "120 BPM suits party") {
		t.Errorf("party, 120 BPM at energy 0.08: reasons %q", got)
	}
	if got := why(res, 2); !strings.Contains(got, "125 BPM and energy 0.80 suit party") {
		t.Errorf("party, 125 BPM at energy 0.80: reasons %q", got)
	}
	res = NewRanker(cat).Rank(query(t, cat, nil, "anything close for late night"), Taste{}, Options{N: 4})
	if got := why(res, 3); strings.Contains(got, "energy 0.97") {
		t.Errorf("late night, energy 0.97: reasons %q", got)
	}
	if got := why(res, 4); !strings.Contains(got, "energy 0.10 and brightness 0.10 suit late night") {
		t.Errorf("late night, energy 0.10, brightness 0.10: reasons %q", got)
	}
}

// TestTextReasonCitesNoWordOfTheConversation: a reason that cites what a
// note shares with the request leaves out the words that refuse or point
// at the list. "nothing by Marisol Quartet" explained a pick by "its note
// says nothing" (its note: "nothing hurried") and "why the second one?",
// read as a request, by "its note says one" (found in the end-to-end
// trial).
func TestTextReasonCitesNoWordOfTheConversation(t *testing.T) {
	rows := []TrackRow{
		{ID: 1, Title: "Hearth", Artist: "Wren", HasFeatures: true, Energy: 0.2, Note: "A warm folk song, nothing hurried, one long evening."},
		{ID: 2, Title: "Waltz", Artist: "Marisol Quartet", HasFeatures: true, Energy: 0.3, Note: "A warm jazz waltz."},
	}
	cat := NewCatalog(rows)
	for _, ask := range []string{"warm, nothing by Marisol Quartet", "warm ones, why not one", "warm, none of the jazz"} {
		res := NewRanker(cat).Rank(query(t, cat, nil, ask), Taste{}, Options{N: 2})
		if len(res.Items) == 0 || res.Items[0].ID != 1 {
			t.Fatalf("%q lists %v", ask, res.IDs())
		}
		why := strings.Join(res.Items[0].Reasons, "; ")
		t.Logf("%q", why)
		if !strings.Contains(why, "its note says warm") || strings.Contains(why, "nothing") || strings.Contains(why, "one") {
			t.Errorf("%q: reasons %q", ask, why)
		}
	}
}

// TestContextReasonNamesWhereARangeCameFrom: a measurement that suits the
// time of day said with an activity is said to suit that time, not the
// activity, whose own prior says nothing of it: "for a sunday brunch" (a
// dinner party, in the morning) explained a pick by "brightness 1.00
// suits dinner party", from the morning's brightness (found in the
// end-to-end trial).
func TestContextReasonNamesWhereARangeCameFrom(t *testing.T) {
	rows := []TrackRow{
		{ID: 1, Title: "Stomp", Artist: "Brass Den", HasFeatures: true, BPM: 110, Energy: 0.45, Brightness: 1},
		{ID: 2, Title: "Other", Artist: "B", HasFeatures: true, BPM: 90, Energy: 0.1, Brightness: 0.1},
	}
	cat := NewCatalog(rows)
	res := NewRanker(cat).Rank(query(t, cat, nil, "anything close for a dinner party in the morning"), Taste{}, Options{N: 2})
	for _, it := range res.Items {
		if it.ID != 1 {
			continue
		}
		why := strings.Join(it.Reasons, "; ")
		if strings.Contains(why, "brightness 1.00 suits dinner party") || !strings.Contains(why, "energy 0.45 suits dinner party, and brightness 1.00 suits morning") {
			t.Errorf("reasons %q", why)
		}
		return
	}
	t.Fatalf("Stomp is not listed: %v", res.IDs())
}

// TestEnergyReasonQuotesTheRefusedExcess: the energy target of "music
// for a dinner party, nothing too loud" comes from "nothing too loud", but
// a pick's reasons credited it to the context word, "energy 0.36 fits
// 'dinner party'; energy 0.36 suits dinner party", saying one thing twice
// (found trying the demo library). The fit quotes the refusal, and the
// context's reason says what suits the dinner party.
func TestEnergyReasonQuotesTheRefusedExcess(t *testing.T) {
	rows := []TrackRow{
		{ID: 1, Title: "Supper", Artist: "Brass Den", HasFeatures: true, BPM: 96, Energy: 0.36, Brightness: 0.4},
		{ID: 2, Title: "Rave", Artist: "B", HasFeatures: true, BPM: 140, Energy: 0.95, Brightness: 0.9},
		{ID: 3, Title: "Pit", Artist: "C", HasFeatures: true, BPM: 170, Energy: 0.9, Brightness: 0.7},
		{ID: 4, Title: "Drift", Artist: "D", HasFeatures: true, Energy: 0.05, Brightness: 0.2},
		{ID: 5, Title: "March", Artist: "E", HasFeatures: true, BPM: 120, Energy: 0.75, Brightness: 0.6},
	}
	cat := NewCatalog(rows)
	for ask, quoted := range map[string]string{
		"music for a dinner party, nothing too loud":           "energy 0.36 fits 'nothing too loud'",
		"something for a dinner party that is not too intense": "energy 0.36 fits 'not too intense'",
	} {
		res := NewRanker(cat).Rank(query(t, cat, nil, ask), Taste{}, Options{N: 3})
		if len(res.Items) == 0 || res.Items[0].ID != 1 {
			t.Fatalf("%q: Supper is not first: %v", ask, res.IDs())
		}
		why := strings.Join(res.Items[0].Reasons, "; ")
		if strings.Contains(why, "fits 'dinner party'") || !strings.Contains(why, quoted) {
			t.Errorf("%q: reasons %q, want %q and no energy credited to the dinner party twice", ask, why, quoted)
		}
	}
}

// TestRefusedInstrumentWordIsNotSearched: "no synths" leaves out the
// synthesizer, but "synths" shares no token with the value's word, so it
// stayed in the lexical signal and lifted the tracks whose notes or tags
// say "synth" to the top, explained by "its note says synths" (found
// trying the demo library, whose synth-pop came first). A word that names
// what is left out is not searched for.
func TestRefusedInstrumentWordIsNotSearched(t *testing.T) {
	rows := []TrackRow{
		{ID: 1, Title: "Chrome", Artist: "Glass", Genres: []string{"Synth-pop"}, Note: "Bright synths over a drum machine.", Instruments: []string{"synthesizer", "drum machine"}, HasFeatures: true, BPM: 110, Energy: 0.5, Brightness: 0.5},
		{ID: 2, Title: "Oak", Artist: "Wood", Genres: []string{"Folk"}, Note: "A fiddle and an acoustic guitar.", HasFeatures: true, BPM: 110, Energy: 0.5, Brightness: 0.5},
		{ID: 3, Title: "Reed", Artist: "Lake", Genres: []string{"Jazz"}, Note: "Saxophone and brushed drums.", HasFeatures: true, BPM: 110, Energy: 0.5, Brightness: 0.5},
		{ID: 4, Title: "Neon", Artist: "Tube", Genres: []string{"Synth-pop"}, Note: "A synth line and a vocoder.", HasFeatures: true, BPM: 110, Energy: 0.5, Brightness: 0.5},
	}
	cat := NewCatalog(rows)
	res := NewRanker(cat).Rank(query(t, cat, nil, "no synths"), Taste{}, Options{N: 4})
	if len(res.Items) == 0 || res.Items[0].ID == 4 {
		t.Errorf("the track whose note says 'synth' comes first: %v", res.IDs())
	}
	for _, it := range res.Items {
		why := strings.Join(it.Reasons, "; ")
		if strings.Contains(why, "synth") {
			t.Errorf("#%d %q is explained by the refused word: %q", it.ID, it.Title, why)
		}
		if it.ID == 1 {
			t.Errorf("the track whose note names the synths is listed: %v", res.IDs())
		}
	}
}

// TestTextReasonSaysWhereTheWordsMatched: a reason said "its note says
// synth, pop" when the words matched the genre tag Synth-pop of a track
// with no note at all (found on the demo library, which has no model
// notes). It names where each word was found: the note, the tags, the
// title, the album's title or the artist's name.
func TestTextReasonSaysWhereTheWordsMatched(t *testing.T) {
	rows := []TrackRow{
		{ID: 1, Title: "Arcade Valentine", Artist: "The Velvet Semaphore", Album: "Neon Harbour", Genres: []string{"Synth-pop"}, HasFeatures: true, BPM: 110, Energy: 0.5, Brightness: 0.5},
		{ID: 2, Title: "Lantern Glow", Artist: "Wood", Genres: []string{"Folk"}, Note: "A tune for the harvest.", HasFeatures: true, BPM: 100, Energy: 0.4, Brightness: 0.5},
	}
	cat := NewCatalog(rows)
	for ask, want := range map[string]string{
		"synth pop":       "its tags say synth, pop",
		"velvet":          "its artist's name has velvet",
		"arcade":          "its title has arcade",
		"harbour":         "its album's title has harbour",
		"harvest":         "its note says harvest",
		"lantern harvest": "its note says harvest and its title has lantern",
	} {
		res := NewRanker(cat).Rank(FromRequest(models.ParseRulesWith(ask, cat.Lexicon()), cat, nil), Taste{}, Options{N: 2})
		var all []string
		found := false
		for _, it := range res.Items {
			why := strings.Join(it.Reasons, "; ")
			all = append(all, why)
			found = found || strings.Contains(why, want)
			if it.ID == 1 && strings.Contains(why, "its note says") {
				t.Errorf("%q: the track without a note is explained by its note: %q", ask, why)
			}
		}
		if !found {
			t.Errorf("%q: reasons %q, want one saying %q", ask, all, want)
		}
	}
}

// TestAnInstrumentNoTrackHasIsSaid checks that a request for an
// instrument the library has nowhere (neither heard nor named) says so in
// place of "no track fits", lists nothing when nothing else was asked,
// and gives way to the rest of the request when something else was
// asked or the person asks for anything close.
func TestAnInstrumentNoTrackHasIsSaid(t *testing.T) {
	cat := NewCatalog(instrumentRows())
	r := NewRanker(cat)
	res := r.Rank(query(t, cat, nil, "music with vocals"), Taste{}, Options{N: 6, Diversity: NoDiversity})
	notices := strings.Join(res.Notices, " ")
	if len(res.Items) != 0 || !strings.Contains(notices, "No track in your library has vocals, heard by analysis or named in a note") ||
		strings.Contains(notices, "No track in your library fits") {
		t.Errorf(`"music with vocals": %v, notices %q`, ids(res), res.Notices)
	}
	q := query(t, cat, nil, "music with vocals")
	q.Widen = true
	if res := r.Rank(q, Taste{}, Options{N: 6, Diversity: NoDiversity}); len(res.Items) == 0 ||
		!strings.Contains(strings.Join(res.Notices, " "), "These are the closest the rest of the request allows.") {
		t.Errorf(`"music with vocals", anything close: %v, notices %q`, ids(res), res.Notices)
	}
	res = r.Rank(query(t, cat, nil, "calm piano with vocals"), Taste{}, Options{N: 6, Diversity: NoDiversity})
	if len(res.Items) == 0 || res.Items[0].ID > 2 {
		t.Errorf(`"calm piano with vocals": %v, want the piano tracks first`, ids(res))
	}
}
