package cmd

import (
	"slices"
	"strings"
	"testing"
)

// TestRecommendSaysANameIsNotInTheLibrary asks through the command line
// for music like people the demo library does not hold: a name is read as
// a name, never as a misspelt genre ("eno" is no "emo"), and the command
// says the person is not in the library; a musician WordNet records also
// brings the genre WordNet gives them (Duke Ellington, jazz), which the
// library's jazz answers.
func TestRecommendSaysANameIsNotInTheLibrary(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "brian eno style music")
	if !slices.Contains(r.Heard, "like Brian Eno") || len(r.NotUnderstood) != 0 {
		t.Errorf("brian eno style: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	for _, h := range r.Heard {
		if strings.Contains(h, "emo") {
			t.Errorf("a name read as a genre: %q", r.Heard)
		}
	}
	if !slices.ContainsFunc(r.Notices, func(n string) bool { return strings.Contains(n, "“Brian Eno” is not in your library") }) {
		t.Errorf("no notice that Brian Eno is not in the library: %q", r.Notices)
	}

	r = recommendHeard(t, db, "-n", "3", "play some brian eno")
	if !slices.Contains(r.Heard, "like Brian Eno") || len(r.NotUnderstood) != 0 {
		t.Errorf("play some brian eno: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}

	r = recommendHeard(t, db, "-n", "3", "something like duke ellington")
	if !slices.Contains(r.Heard, "like Duke Ellington") || !slices.Contains(r.Heard, "genre jazz (from “Duke Ellington”)") {
		t.Errorf("duke ellington: heard %q", r.Heard)
	}
	if len(r.Results) == 0 {
		t.Fatal("no picks")
	}
	for _, it := range r.Results {
		if it["artist"] != "Marisol Quartet" {
			t.Errorf("a pick that is not the library's jazz: %v", it)
		}
	}
}

// TestRecommendReadsWellKnownArtists asks through the command line for
// music like well-known artists the demo library does not hold (Wikipedia's
// list of best-selling music artists): the name's words are nothing else
// ("swift" is no tempo), the command says the artist is not in the
// library, and the artist's genres that the library has, or their nearest
// ancestor it has, are read from the name (Kenny G's smooth jazz is the
// library's jazz, which answers).
func TestRecommendReadsWellKnownArtists(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "taylor swift vibes")
	if !slices.Contains(r.Heard, "like Taylor Swift") || len(r.NotUnderstood) != 0 {
		t.Errorf("taylor swift vibes: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	for _, h := range r.Heard {
		if strings.Contains(h, "BPM") || h == "like Taylor" {
			t.Errorf("“swift” read as a tempo: %q", r.Heard)
		}
	}
	if !slices.ContainsFunc(r.Notices, func(n string) bool { return strings.Contains(n, "“Taylor Swift” is not in your library") }) {
		t.Errorf("no notice that Taylor Swift is not in the library: %q", r.Notices)
	}

	r = recommendHeard(t, db, "-n", "3", "kenny g vibes")
	if !slices.Contains(r.Heard, "like Kenny G") || !slices.Contains(r.Heard, "genre jazz (from “Kenny G”)") {
		t.Errorf("kenny g vibes: heard %q", r.Heard)
	}
	if !slices.ContainsFunc(r.Notices, func(n string) bool { return strings.Contains(n, "“Kenny G” is not in your library") }) {
		t.Errorf("no notice that Kenny G is not in the library: %q", r.Notices)
	}
	if len(r.Results) == 0 {
		t.Fatal("no picks")
	}
	for _, it := range r.Results {
		if it["artist"] != "Marisol Quartet" {
			t.Errorf("a pick that is not the library's jazz: %v", it)
		}
	}
}

// TestRecommendReadsAdverbs reads an adverb through the command line as
// the adjective it pertains to, and one that says how rather than what as
// asking for nothing, not as a word not understood; a superlative is read
// as its adjective.
func TestRecommendReadsAdverbs(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "the saddest jazz")
	if !slices.Contains(r.Heard, "“saddest” read as “sad”") || len(r.NotUnderstood) != 0 {
		t.Errorf("the saddest jazz: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	r = recommendHeard(t, db, "-n", "3", "soothing melodies, some nocturnes")
	if len(r.NotUnderstood) != 0 {
		t.Errorf("soothing melodies, some nocturnes: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	r = recommendHeard(t, db, "-n", "3", "mostly jazz, played slowly")
	if !slices.Contains(r.Heard, "genre jazz") || !slices.Contains(r.Heard, "“slowly” read as “slow”") || len(r.NotUnderstood) != 0 {
		t.Errorf("mostly jazz, played slowly: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}

// TestRecommendReadsSeasonsAndDays reads a season, a day of the week and
// the weather through the command line: "fall" is autumn unless WordNet's
// verb "fall asleep" holds it, Sunday mornings are mellow and Friday
// nights a party.
func TestRecommendReadsSeasonsAndDays(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	for msg, want := range map[string][]string{
		"jazz for a fall evening":      {"genre jazz", "setting autumn (from “fall”)", "evening"},
		"music to fall asleep to":      {"for sleeping"},
		"sunday morning jazz":          {"genre jazz", "mood mellow, calm (from “sunday morning”)", "morning"},
		"friday night":                 {"for party (from “friday night”)", "night"},
		"ambient for cold nights":      {"genre ambient", "setting snowy (from “cold nights”)"},
		"vibrant energizing jazz":      {"genre jazz", "mood energetic (from “vibrant”)"},
		"jazz for the highway":         {"genre jazz", "for driving (from “highway”)"},
		"music for aerobics":           {"for working out (from “aerobics”)"},
		"jazz for the wee small hours": {"genre jazz", "late night"},
	} {
		r := recommendHeard(t, db, "-n", "3", msg)
		for _, h := range want {
			if !slices.Contains(r.Heard, h) {
				t.Errorf("%q: heard %q, lacks %q", msg, r.Heard, h)
			}
		}
		if len(r.NotUnderstood) != 0 || msg == "music to fall asleep to" && slices.ContainsFunc(r.Heard, func(h string) bool { return strings.Contains(h, "autumn") }) {
			t.Errorf("%q: heard %q, not understood %q", msg, r.Heard, r.NotUnderstood)
		}
	}
}

// TestRecommendReadsGenreWordsInsideThings reads through the command line
// a genre's name inside one of WordNet's nouns for a thing or event as
// that noun: "house party" asks for a party, not for house music.
func TestRecommendReadsGenreWordsInsideThings(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "jazz for a house party")
	if !slices.Contains(r.Heard, "genre jazz") || !slices.Contains(r.Heard, "for party") || len(r.NotUnderstood) != 0 {
		t.Errorf("jazz for a house party: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
	for _, h := range r.Heard {
		if strings.Contains(h, "house") {
			t.Errorf("house read as a genre: %q", r.Heard)
		}
	}
}

// TestRecommendReadsRefusedTempoBounds reads "nothing over 120 bpm"
// through the command line as at most 120 BPM, and "180 bpm running songs"
// as a tempo, not a count of 180 tracks.
func TestRecommendReadsRefusedTempoBounds(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "jazz, nothing over 120 bpm")
	if !slices.Contains(r.Heard, "tempo ≤ 120 BPM") {
		t.Errorf("nothing over 120 bpm: heard %q", r.Heard)
	}
	r = recommendHeard(t, db, "180 bpm running songs")
	if slices.Contains(r.Heard, "180 tracks") || !slices.Contains(r.Heard, "for running") {
		t.Errorf("180 bpm running songs: heard %q", r.Heard)
	}
}

// TestRecommendLeavesEnglishWordsUncorrected asks through the command line
// with English words a letter or two from a word the reader knows: the
// command does not say it read them as that word ("harmonies" is no
// "harmonica", "slippers" no "slappers"), while a misspelling that is no
// English word is still read and said.
func TestRecommendLeavesEnglishWordsUncorrected(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	for _, msg := range []string{"soulful harmonies", "jazz to putter around in slippers", "cruising with the top down"} {
		r := recommendHeard(t, db, "-n", "3", msg)
		for _, h := range r.Heard {
			if strings.Contains(h, "read as") || strings.Contains(h, "harmonica") || strings.Contains(h, "slappers") || strings.Contains(h, "cuisine") {
				t.Errorf("%q: heard %q", msg, r.Heard)
			}
		}
	}
	r := recommendHeard(t, db, "-n", "3", "accoustic jaz")
	if !slices.Contains(r.Heard, "“jaz” read as “jazz”") {
		t.Errorf("accoustic jaz: heard %q", r.Heard)
	}
}

// TestRecommendReadsLengthenedWords asks through the command line with
// words stretched for emphasis: each is read as its word, and the command
// says so.
func TestRecommendReadsLengthenedWords(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	r := recommendHeard(t, db, "-n", "3", "sooo chiiill ambient")
	if len(r.NotUnderstood) != 0 || !slices.Contains(r.Heard, "“chiiill” read as “chill”") || !slices.Contains(r.Heard, "genre ambient") {
		t.Errorf("sooo chiiill ambient: heard %q, not understood %q", r.Heard, r.NotUnderstood)
	}
}
