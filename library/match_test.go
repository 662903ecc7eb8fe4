package library

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"sleeve/library/analysis"
)

// TestMatcherAgreesWithSQL stores tracks with accented tags, several
// genres, composers, comments and measured features in a real database,
// then runs each filter both as SQL (Store.Tracks, what `sleeve ls` does)
// and in memory (Matcher over FilterRowOf, what the explorer's browser
// does): both select the same tracks.
func TestMatcherAgreesWithSQL(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	add := func(file string, tags map[string][]string) {
		writeTaggedWAV(t, filepath.Join(root, file), 440, tags)
	}
	add("cafe.wav", map[string][]string{"TITLE": {"Café del Mar"}, "ARTIST": {"Energy 52"}, "ALBUM": {"Café del Mar"}, "GENRE": {"Trance", "Balearic"}, "DATE": {"1993"}})
	add("ca.wav", map[string][]string{"TITLE": {"Ça plane pour moi"}, "ARTIST": {"Plastic Bertrand"}, "ALBUMARTIST": {"Various"}, "ALBUM": {"Punk 77"}, "GENRE": {"Punk"}, "DATE": {"1977"}})
	add("bach.wav", map[string][]string{"TITLE": {"Prelude in C"}, "ARTIST": {"Glenn Gould"}, "COMPOSER": {"J. S. Bach"}, "COMMENT": {"recorded 1981, 100% live"}, "DATE": {"1982"}})
	add("edith.wav", map[string][]string{"TITLE": {"Non, je ne regrette rien"}, "ARTIST": {"Édith Piaf"}, "GENRE": {"Chanson"}, "DATE": {"1960"}})
	add("silence.wav", map[string][]string{"TITLE": {"Untitled_01"}})
	s := openTestStore(t)
	scanOnce(t, s, root)
	feats := map[string]analysis.Features{
		"Café del Mar": {BPM: 128, BPMConfidence: 0.9, Key: "A minor", Tonic: 9, Minor: true, Energy: 0.6, LoudnessLUFS: -9,
			// synth pad 0.5 exactly: heard (the threshold is inclusive); piano 0.49 not.
			Instruments: instruments(map[string]float32{"synth pad": 0.5, "drums": 0.93, "bass": 0.81, "piano": 0.49})},
		"Ça plane pour moi": {BPM: 160, BPMConfidence: 0.3, Key: "C major", Tonic: 0, Energy: 0.9, LoudnessLUFS: -7,
			Instruments: instruments(map[string]float32{"guitar": 0.9, "drums": 0.97, "bass": 0.7})},
		"Prelude in C": {BPM: 70, BPMConfidence: 0.8, Key: "C major", Tonic: 0, Energy: 0.2, LoudnessLUFS: -20,
			Instruments: instruments(map[string]float32{"piano": 0.99})},
		"Untitled_01": {Tonic: -1, NotMusic: "silence"},
	}
	analyzeOnce(t, s, AnalyzeOptions{Measure: func(ctx context.Context, tr Track) (analysis.Features, error) {
		if f, ok := feats[tr.Tags.Title]; ok {
			return f, nil
		}
		return analysis.Features{}, context.Canceled // stays unanalysed
	}})
	idOf := map[string]TrackID{}
	for tr, err := range s.Tracks(ctx, Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		idOf[tr.Tags.Title] = tr.ID
	}
	// Ratings: the latest counts (Café 2 then 5, Prelude 5 then 3), and
	// one given before the taste was reset (Édith's) counts no more.
	at := time.Unix(1_700_000_000, 0)
	rate := func(title string, stars int) {
		at = at.Add(time.Minute)
		if err := s.AddFeedback(ctx, Feedback{TrackID: idOf[title], Kind: "rate", Rating: stars, At: at}); err != nil {
			t.Fatal(err)
		}
	}
	rate("Non, je ne regrette rien", 5)
	at = at.Add(time.Minute)
	if err := s.ResetTaste(ctx, at); err != nil {
		t.Fatal(err)
	}
	rate("Café del Mar", 2)
	rate("Prelude in C", 5)
	rate("Ça plane pour moi", 4)
	rate("Café del Mar", 5)
	rate("Prelude in C", 3)
	var all []Track
	for tr, err := range s.Tracks(ctx, Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, tr)
	}
	if len(all) != 5 {
		t.Fatalf("%d tracks stored, want 5", len(all))
	}
	wantRating := map[string]int{"Café del Mar": 5, "Prelude in C": 3, "Ça plane pour moi": 4}
	for _, tr := range all {
		if tr.Rating != wantRating[tr.Tags.Title] {
			t.Errorf("%s: rating %d, want %d", tr.Tags.Title, tr.Rating, wantRating[tr.Tags.Title])
		}
	}
	for _, c := range []struct {
		expr string
		want int // how many tracks, to show each filter selects something
	}{
		{"cafe", 1}, {"café", 1}, {"CAFÉ DEL", 1}, {"ca", 2}, {"mar", 1}, {"ar", 0},
		{"artist:edith", 1}, {"artist:various", 1}, {"albumartist:vario", 1}, {"title:plane", 1},
		{"genre:balearic", 1}, {"genre:trance", 1}, {"composer:bach", 1}, {"comment:100%", 1},
		{"comment:_", 0}, {"path:silence", 1}, {"silence", 1}, {"wav", 5}, {"format:wav", 5},
		{"notmusic:silence", 1}, {"untitled", 1}, {"untitled_01", 1}, {"year:1970..1985", 2},
		{"year:..1960", 2}, {"bpm:100..", 1}, {"bpm:60..200", 2}, {"energy:0.5..", 2},
		{"loudness:..-8", 2}, {"key:am", 1}, {"key:c", 2}, {"key:major", 2}, {`key:"c minor"`, 0},
		{"je ne", 1}, {"non je", 1}, {"j. s.", 1}, {"s bach", 1}, {"duration:..100", 5}, {"id:1..2", 2},
		{"genre:punk year:1977 plastic", 1},
		{"rating:4..", 2}, {"rating:5", 1}, {"rating:none", 2}, {"rating:NONE", 2}, {"rating:..3", 1},
		{"rating:2", 0}, {"rating:3..4 plane", 1},
		{"instr:piano", 1}, {"instr:drums", 2}, {"instr:drum", 2}, {"instr:DRUMS", 2}, {`instr:"synth pad"`, 1},
		{"instr:synth-pad", 1}, {"instr:organ", 0}, {"instr:bass instr:guitar", 1}, {"instr:drums gould", 0},
	} {
		f, err := ParseFilter(c.expr)
		if err != nil {
			t.Fatalf("%s: %v", c.expr, err)
		}
		var inSQL, inMemory []TrackID
		for tr, err := range s.Tracks(ctx, f) {
			if err != nil {
				t.Fatal(err)
			}
			inSQL = append(inSQL, tr.ID)
		}
		match := f.Matcher()
		for _, tr := range all {
			row := FilterRowOf(tr)
			if match(&row) {
				inMemory = append(inMemory, tr.ID)
			}
		}
		slices.Sort(inSQL)
		slices.Sort(inMemory)
		if !slices.Equal(inSQL, inMemory) {
			t.Errorf("%q: SQL selects %v, the in-memory matcher %v", c.expr, inSQL, inMemory)
		}
		if len(inSQL) != c.want {
			t.Errorf("%q: %d tracks, want %d", c.expr, len(inSQL), c.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Café": "cafe", "ÉDITH": "edith", "Ça": "ca", "naïve": "naive", "Åse": "ase", "plain": "plain", "Dvořák": "dvorak"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// instruments builds a confidence vector from a few labels (the rest 0).
func instruments(c map[string]float32) []float32 {
	v := make([]float32, analysis.NumInstruments)
	for l, x := range c {
		v[analysis.InstrumentIndex(l)] = x
	}
	return v
}

// TestInstrumentFilterNeedsAFamily checks that instr: refuses what is not
// an instrument family, naming the ones it knows.
func TestInstrumentFilterNeedsAFamily(t *testing.T) {
	_, err := ParseFilter("instr:kazoo")
	if err == nil || !strings.Contains(err.Error(), "piano") {
		t.Fatalf("instr:kazoo: error %v, want one listing the families", err)
	}
}
