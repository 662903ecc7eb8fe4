package models

import (
	"slices"
	"strconv"
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
		{"180 bpm running songs", 173, 187, 0},
		{"6 funky tracks", 0, 0, 6},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, testLexicon())
		if r.TempoMin != tc.lo || r.TempoMax != tc.hi || r.Count != tc.count {
			t.Errorf("%q: tempo %d–%d, count %d; want %d–%d, %d", tc.msg, r.TempoMin, r.TempoMax, r.Count, tc.lo, tc.hi, tc.count)
		}
	}
}

// TestOldBeforeAMusicPhrase reads "old" as an era when the noun phrase it
// opens is music, however many words describe the music first: a head
// that is a word for music, a genre (of one or more words, read before
// or not) or a decade, reached through moods, words of origin, voices and
// era words, and at most one other word. A phrase whose head is not
// music, one broken by punctuation, and "old" after an age are not an
// era, and "folks" are people, never the genre folk; an age said of the
// company ("the old folks") is understood as describing them.
func TestOldBeforeAMusicPhrase(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"old japanese pop", "old gangsta rap", "old nostalgic crooner stuff", "good old classic rock",
		"older hip hop", "old southern gospel", "good old days music", "in the old days"} {
		r := ParseRulesWith(msg, lex)
		if r.PreferYearMax != eraYearMax || slices.Contains(r.NotUnderstood, "old") || slices.Contains(r.NotUnderstood, "older") {
			t.Errorf("%q: prefers ≤ %d, not understood %q; want ≤ %d", msg, r.PreferYearMax, r.NotUnderstood, eraYearMax)
		}
	}
	// "old" before a decade is said with the decade, which is the era.
	if r := ParseRulesWith("the good old 90s", lex); r.YearMin != 1990 || r.YearMax != 1999 || len(r.NotUnderstood) != 0 {
		t.Errorf("the good old 90s: years %d–%d, not understood %q", r.YearMin, r.YearMax, r.NotUnderstood)
	}
	for _, msg := range []string{"an old car", "my 7 year old", "an old flame", "the old folks", "old san juan",
		"old growth forests", "older kids", "old, sad songs"} {
		r := ParseRulesWith(msg, lex)
		if r.PreferYearMax != 0 || r.EraShift != 0 {
			t.Errorf("%q: prefers ≤ %d, era shift %d; want no era", msg, r.PreferYearMax, r.EraShift)
		}
	}
	// An age said of the company describes the people: understood,
	// asking nothing.
	for _, msg := range []string{"the old folks", "something the older kids like", "for young guests"} {
		if r := ParseRulesWith(msg, lex); len(r.Genres) != 0 || len(r.NotUnderstood) != 0 || r.PreferYearMax != 0 {
			t.Errorf("%q: genres %q, not understood %q, prefers ≤ %d", msg, r.Genres, r.NotUnderstood, r.PreferYearMax)
		}
	}
	if r := ParseRulesWith("60s-era jazz", lex); r.YearMin != 1960 || r.YearMax != 1969 || len(r.NotUnderstood) != 0 {
		t.Errorf("60s-era jazz: years %d–%d, not understood %q", r.YearMin, r.YearMax, r.NotUnderstood)
	}
}

// TestEraShifts reads "older", "newer", "more recent" and "less dated",
// said without "than" and not before a noun that is not music, as a
// change of era: alone they prefer old or recent music, and as a
// follow-up Refine moves the era said before past its end, as "calmer"
// replaces an energy; a decade said with the word is the era ("older,
// 70s").
func TestEraShifts(t *testing.T) {
	lex := testLexicon()
	now := time.Now().Year()
	for msg, shift := range map[string]int{"older": -1, "something older please": -1, "older songs": -1, "newer": 1,
		"more recent": 1, "a bit more modern": 1, "less dated": 1, "less old": 1} {
		r := ParseRulesWith(msg, lex)
		if r.EraShift != shift || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: era shift %d, not understood %q; want %d", msg, r.EraShift, r.NotUnderstood, shift)
		}
		if shift < 0 && r.PreferYearMax != eraYearMax || shift > 0 && r.PreferYearMin != now-recentYears {
			t.Errorf("%q alone: prefers ≥ %d, ≤ %d", msg, r.PreferYearMin, r.PreferYearMax)
		}
	}
	for _, msg := range []string{"older folks", "nothing newer than 2015", "not older"} {
		if r := ParseRulesWith(msg, lex); r.EraShift != 0 {
			t.Errorf("%q: era shift %d, want none", msg, r.EraShift)
		}
	}
	if r := ParseRulesWith("older, 70s", lex); r.YearMin != 1970 || r.YearMax != 1979 || len(r.NotUnderstood) != 0 {
		t.Errorf("older, 70s: years %d–%d, not understood %q", r.YearMin, r.YearMax, r.NotUnderstood)
	}
	tests := []struct {
		prev, next     string
		preferMin, max int
	}{
		{"90s hip hop", "older", 0, 1989},
		{"90s hip hop", "newer", 2000, 0},
		{"classic rock", "older", 0, eraYearMax - 10},
		{"jazz from 1995", "older please", 0, 1994},
		{"recent jazz", "older", 0, now - recentYears - 1},
		{"hip hop", "older", 0, eraYearMax}, // no era before: the word alone
		{"90s hip hop", "older, 70s", 0, 0},
	}
	for _, tc := range tests {
		r := Refine(ParseRulesWith(tc.prev, lex), ParseRulesWith(tc.next, lex))
		if r.PreferYearMin != tc.preferMin || r.PreferYearMax != tc.max {
			t.Errorf("%q then %q: prefers %d–%d, want %d–%d (years %d–%d)", tc.prev, tc.next, r.PreferYearMin, r.PreferYearMax,
				tc.preferMin, tc.max, r.YearMin, r.YearMax)
		}
		if tc.next != "older, 70s" && (r.YearMin != 0 || r.YearMax != 0) {
			t.Errorf("%q then %q: years %d–%d kept as a filter", tc.prev, tc.next, r.YearMin, r.YearMax)
		}
	}
	if r := Refine(ParseRulesWith("90s hip hop", lex), ParseRulesWith("older, 70s", lex)); r.YearMin != 1970 || r.YearMax != 1979 {
		t.Errorf("older, 70s after 90s hip hop: years %d–%d", r.YearMin, r.YearMax)
	}
}

// TestYearNamedByAnEvent reads a year said in apposition to "the year"
// and what happened in it ("the year I was born, 1987") as that year, two
// years either side when said roughly after it ("or around it"), and a
// verb of release before a time ("released", "recorded") as read with it.
func TestYearNamedByAnEvent(t *testing.T) {
	lex := testLexicon()
	tests := []struct {
		msg    string
		lo, hi int
	}{
		{"anything from the year I was born, 1987", 1987, 1987},
		{"stuff released the year i was born, 1984, or around it", 1982, 1986},
		{"the year we met, 2009", 2009, 2009},
		{"classical recorded in the 70s", 1970, 1979},
		{"metal released between 1985 and 1995", 1985, 1995},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, lex)
		if r.YearMin != tc.lo || r.YearMax != tc.hi || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: years %d–%d, not understood %q; want %d–%d", tc.msg, r.YearMin, r.YearMax, r.NotUnderstood, tc.lo, tc.hi)
		}
	}
	if r := ParseRulesWith("songs released by my friends", lex); !slices.Contains(r.NotUnderstood, "released") {
		t.Errorf("released with no time: not understood %q", r.NotUnderstood)
	}
}

// TestPopularityWords reads the words of music widely known ("popular
// songs", "big hits", "radio friendly", "crowd-pleasers", "songs everyone
// knows", "songs I already know") as asking for the familiar, as
// "mainstream" does, and the same words refused or set below another
// choice ("no radio stuff", "nothing overplayed", "jazz over radio
// stuff") as music new to the listener.
func TestPopularityWords(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string]float64{
		"popular songs": 0.15, "big hits": 0.15, "radio friendly rap": 0.15, "crowd-pleasers": 0.15,
		"songs everyone knows": 0.15, "songs I already know": 0.15, "a well-known classic": 0.15, "chart toppers": 0.15,
		"80s hits": 0.15, "songs known and loved by all": 0.15,
		"no radio stuff": 0.85, "nothing overplayed": 0.85, "free jazz over radio stuff": 0.85, "less popular songs": 0.85,
	} {
		r := ParseRulesWith(msg, lex)
		if r.Familiarity == nil || *r.Familiarity != want || len(r.NotUnderstood) != 0 {
			got := "nil"
			if r.Familiarity != nil {
				got = strconv.FormatFloat(*r.Familiarity, 'f', 2, 64)
			}
			t.Errorf("%q: familiarity %s, not understood %q; want %.2f", msg, got, r.NotUnderstood, want)
		}
	}
	for _, msg := range []string{"thrash metal, known for its speed", "aggressive, to get me ready to hit", "radio"} {
		if r := ParseRulesWith(msg, lex); r.Familiarity != nil {
			t.Errorf("%q: familiarity %v, want none", msg, *r.Familiarity)
		}
	}
}

// TestOldiesButGoodies reads an oldie but goodie as Merriam-Webster
// defines it, something old that is still good: older music the listener
// knows, never the goodies of a kitchen.
func TestOldiesButGoodies(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"oldies but goodies", "an oldie but goodie about a heartbreaker", "old goodies to sing to"} {
		r := ParseRulesWith(msg, lex)
		if r.PreferYearMax != eraYearMax || r.Familiarity == nil || *r.Familiarity <= 0 || r.Setting == "kitchen" || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: prefers ≤ %d, familiarity %v, setting %q, not understood %q (understood %q)", msg, r.PreferYearMax, r.Familiarity, r.Setting, r.NotUnderstood, r.Understood)
		}
	}
}

// TestUpToDateAndChartToppers checks that "up to date" asks for recent
// music, not a date night, and that chart toppers are the current hits,
// pop the listener knows, as the top 40 are.
func TestUpToDateAndChartToppers(t *testing.T) {
	r := ParseRules("chart toppers and up to date tracks for a modern salon")
	if r.Setting == "date night" || r.PreferYearMin == 0 || !slices.Contains(r.Genres, "pop") || r.Familiarity == nil || *r.Familiarity > 0.5 {
		t.Errorf("chart toppers, up to date: setting %q, prefer from %d, genres %q, familiarity %v; want recent familiar pop", r.Setting, r.PreferYearMin, r.Genres, r.Familiarity)
	}
}
