package models

import (
	"slices"
	"testing"
	"time"
)

// TestEraWords reads the words of an era: "old" before a word for music
// or a genre, "old skool", "golden era" prefer older music; "the last
// couple years" and "contemporary" prefer recent music; "old and new"
// prefers neither; a year after an apostrophe is a year; years said
// outright replace an era word beside them, and a bound after the year
// ("2020 onwards", "1979 or earlier") leaves one end open; "newest" is
// recent; "nothing too mainstream" is
// music new to the listener.
func TestEraWords(t *testing.T) {
	now := time.Now().Year()
	tests := []struct {
		msg                string
		preferMax, prefMin int
		yearMin, yearMax   int
	}{
		{"old jazz for studying", eraYearMax, 0, 0, 0},
		{"make it the old stuff", eraYearMax, 0, 0, 0},
		{"older country songs", eraYearMax, 0, 0, 0},
		{"old skool rave", eraYearMax, 0, 0, 0},
		{"golden era boom bap", eraYearMax, 0, 0, 0},
		{"old memories", 0, 0, 0, 0},
		{"new releases from the last couple years", 0, now - 2, 0, 0},
		{"jazz from the past 10 years", 0, now - 10, 0, 0},
		{"contemporary piano music", 0, now - recentYears, 0, 0},
		{"jazz, old and new", 0, 0, 0, 0},
		{"east asian music, traditional or modern", 0, 0, 0, 0},
		{"punk from '77", 0, 0, 1977, 1977},
		{"90s throwbacks", 0, 0, 1990, 1999},
		// A bound said after the year leaves one end open.
		{"newest releases only, 2020 onwards", 0, 0, 2020, 0},
		{"jazz from 1995 on", 0, 0, 1995, 0},
		{"jazz, 2015 and later", 0, 0, 2015, 0},
		{"punk, 1979 or earlier", 0, 0, 0, 1979},
		{"house 2010+", 0, 0, 2010, 0},
		{"the newest stuff", 0, now - recentYears, 0, 0},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, testLexicon())
		if r.PreferYearMax != tc.preferMax || r.PreferYearMin != tc.prefMin || r.YearMin != tc.yearMin || r.YearMax != tc.yearMax {
			t.Errorf("%q: prefers ≤ %d, ≥ %d, years %d–%d; want ≤ %d, ≥ %d, %d–%d (understood %q)", tc.msg,
				r.PreferYearMax, r.PreferYearMin, r.YearMin, r.YearMax, tc.preferMax, tc.prefMin, tc.yearMin, tc.yearMax, r.Understood)
		}
		if tc.msg != "old memories" && len(r.NotUnderstood) != 0 {
			t.Errorf("%q: not understood %q", tc.msg, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("old memories", testLexicon()); !slices.Contains(r.NotUnderstood, "old") {
		t.Errorf("“old” before a word that is not music is not an era: not understood %q", r.NotUnderstood)
	}
	r := ParseRulesWith("nothing too mainstream", testLexicon())
	if r.Familiarity == nil || *r.Familiarity != 0.85 || len(r.NotUnderstood) != 0 {
		t.Errorf("nothing too mainstream: familiarity %v, not understood %q", r.Familiarity, r.NotUnderstood)
	}
	r = ParseRulesWith("old jazz with hardly any singing", testLexicon())
	if !slices.Contains(r.ExcludeInstruments, "vocals") || len(r.NotUnderstood) != 0 {
		t.Errorf("hardly any singing: excluded %q, not understood %q", r.ExcludeInstruments, r.NotUnderstood)
	}
	if r := ParseRulesWith("jazz from 2020 on vinyl", testLexicon()); r.YearMin != 2020 || r.YearMax != 2020 {
		t.Errorf("jazz from 2020 on vinyl: years %d–%d, want 2020–2020", r.YearMin, r.YearMax)
	}
	r = ParseRulesWith("rock n roll", testLexicon())
	if !slices.Contains(r.Genres, "rock") || len(r.NotUnderstood) != 0 {
		t.Errorf("rock n roll: genres %q, not understood %q", r.Genres, r.NotUnderstood)
	}
}

// TestAdverbs reads WordNet's adverbs: as the adjective they pertain to
// when the reader reads it ("slowly" as slow, "loudly" as loud), and
// otherwise as words that say how, not what ("mostly", "somehow"), which
// ask for nothing and are not reported as not understood; an adverb is
// never read as a misspelling.
func TestAdverbs(t *testing.T) {
	lex := testLexicon()
	r := ParseRulesWith("mostly jazz, honestly", lex)
	if !slices.Equal(r.Genres, []string{"jazz"}) || len(r.NotUnderstood) != 0 || len(r.Understood) != 1 {
		t.Errorf("mostly jazz: genres %q, understood %q, not understood %q", r.Genres, r.Understood, r.NotUnderstood)
	}
	r = ParseRulesWith("something that unfolds slowly", lex)
	if r.PreferTempoMax == 0 || !slices.Contains(r.Understood, "“slowly” read as “slow”") {
		t.Errorf("slowly: prefers ≤ %d BPM, understood %q", r.PreferTempoMax, r.Understood)
	}
	r = ParseRulesWith("loudly", lex)
	if r.Energy == nil || *r.Energy < 0.7 {
		t.Errorf("loudly: energy %v, understood %q", r.Energy, r.Understood)
	}
	// A word that is not an adverb is still reported.
	if r := ParseRulesWith("zorblax jazz", lex); !slices.Equal(r.NotUnderstood, []string{"zorblax"}) {
		t.Errorf("zorblax jazz: not understood %q", r.NotUnderstood)
	}
}

// TestComparatives reads a comparative or superlative as the adjective
// compared, by WordNet's irregular forms ("saddest") and its rules for
// adjectives ("chillest"), and says so; an English word that only looks
// like one ("water") is not read. (A comparative of a level of energy,
// "chiller", is a change: TestComparativesOfALevelAreChanges.)
func TestComparatives(t *testing.T) {
	lex := testLexicon()
	for msg, mood := range map[string]string{"the chillest songs": "chill", "the saddest songs": "sad", "sexier jazz": "sensual"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.Moods, mood) || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: moods %q, not understood %q; want %q", msg, r.Moods, r.NotUnderstood, mood)
		}
	}
	if r := ParseRulesWith("the saddest songs", lex); !slices.Contains(r.Understood, "“saddest” read as “sad”") {
		t.Errorf("saddest: understood %q", r.Understood)
	}
	if r := ParseRulesWith("jazz near the water", lex); len(r.Moods) != 0 || !slices.Contains(r.NotUnderstood, "water") {
		t.Errorf("water: moods %q, not understood %q", r.Moods, r.NotUnderstood)
	}
}

// TestPieceWords reads WordNet's words for a piece of music ("melodies",
// "nocturnes", "arias") as asking for nothing more than "songs", so they
// are not reported as not understood.
func TestPieceWords(t *testing.T) {
	r := ParseRulesWith("slow tempo and soothing melodies, some arias and nocturnes", testLexicon())
	if len(r.NotUnderstood) != 0 || !slices.Contains(r.Moods, "calm") {
		t.Errorf("not understood %q, moods %q", r.NotUnderstood, r.Moods)
	}
	// A word of the library's names is still searched.
	lex := NewLexicon([]string{"Anna"}, []string{"Nocturne in Blue"}, nil, []string{"Jazz"})
	if r := ParseRulesWith("nocturne", lex); !slices.Contains(r.SearchWords, "nocturne") {
		t.Errorf("a title's word: search %q", r.SearchWords)
	}
}

// TestRefusedTempoBounds reads a refused bound as its opposite ("nothing
// over 120 bpm" is at most 120) and never reads a tempo as a count of
// tracks ("180 bpm running songs").
func TestRefusedTempoBounds(t *testing.T) {
	tests := []struct {
		msg           string
		lo, hi, count int
	}{
		{"happy songs, nothing over 120 bpm", 0, 120, 0},
		{"nothing under 100 bpm", 100, 0, 0},
		{"over 140 bpm", 140, 0, 0},
		{"180 bpm running songs", 172, 188, 0},
		{"6 funky tracks", 0, 0, 6},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, testLexicon())
		if r.TempoMin != tc.lo || r.TempoMax != tc.hi || r.Count != tc.count {
			t.Errorf("%q: tempo %d–%d, count %d; want %d–%d, %d", tc.msg, r.TempoMin, r.TempoMax, r.Count, tc.lo, tc.hi, tc.count)
		}
	}
}
