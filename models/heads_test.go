package models

import (
	"slices"
	"testing"
)

// TestRefusedWordsAreLyrics checks that "words" refused as what the music
// has are its lyrics (WordNet words/n2), while words said otherwise are
// left alone (words/n1, speech).
func TestRefusedWordsAreLyrics(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"deep focus, nothing with words", "classical or tribal drumming, nothing with words"} {
		r := ParseRulesWith(msg, lex)
		if !r.Instrumental || !slices.Contains(r.ExcludeInstruments, "vocals") || slices.Contains(r.NotUnderstood, "words") {
			t.Errorf("%q: instrumental %v, excluded instruments %q, not understood %q; want instrumental, no vocals, words understood", msg, r.Instrumental, r.ExcludeInstruments, r.NotUnderstood)
		}
	}
	for _, msg := range []string{"writing an essay, the last thing I need is someone else's words in my head", "auto-tuned enough that anyone can make out the words"} {
		r := ParseRulesWith(msg, lex)
		if slices.Contains(r.Instruments, "vocals") || slices.Contains(r.ExcludeInstruments, "vocals") {
			t.Errorf("%q: instruments %q, excluded %q; want the words left as speech", msg, r.Instruments, r.ExcludeInstruments)
		}
	}
}

// TestGenreHeads checks that a noun standing after a genre's name for the
// genre's world, time or repertoire ("the riot grrrl scene", "jazz
// standards") is accounted for by the genre, and not after other words.
func TestGenreHeads(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{
		"vocal jazz standards, female singers",
		"jazz standards for a dinner",
		"a throwback to the riot grrrl scene",
		"the swing era, big bands for a party",
		"canterbury scene prog and the bebop era, please",
	} {
		r := ParseRulesWith(msg, lex)
		if len(r.Genres) == 0 || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: genres %q, not understood %q; want a genre and every word understood", msg, r.Genres, r.NotUnderstood)
		}
	}
	for _, msg := range []string{"songs from another era", "music for the showa era", "smooth jazz or standards for the woodshop"} {
		r := ParseRulesWith(msg, lex)
		if !slices.ContainsFunc(r.NotUnderstood, func(w string) bool { return genreHeads[w] }) {
			t.Errorf("%q: not understood %q; want the head left unread (no genre before it)", msg, r.NotUnderstood)
		}
	}
}

// TestInstrumentParts checks that what an instrument plays ("bass lines",
// "a synth riff", "the notes of a piano") is the instrument, and that
// "instruments" after a word read is what that word says.
func TestInstrumentParts(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string]string{
		"groovy bass lines":                            "bass",
		"an unforgettable synth riff, 80s vibe":        "synthesizer",
		"piano notes for a rainy day":                  "piano",
		"the ethereal notes of a piano to relax":       "piano",
		"gentle stringed instruments for five minutes": "strings",
	} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.Instruments, want) || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: instruments %q, not understood %q; want %q and every word understood", msg, r.Instruments, r.NotUnderstood, want)
		}
	}
	if r := ParseRulesWith("an unforgettable synth riff", lex); slices.Contains(r.Instruments, "electric guitar") {
		t.Errorf("a synth riff: instruments %q; want the synthesizer's riff, not a guitar's", r.Instruments)
	}
	if r := ParseRulesWith("taking notes of the lecture", lex); !slices.Contains(r.NotUnderstood, "notes") {
		t.Errorf("notes of a lecture: not understood %q; want notes unread", r.NotUnderstood)
	}
}

// TestSideOfTheMusic checks that "side" after a word read is the music as
// that word describes it ("the mellow side", "the more melancholic side of
// jazz").
func TestSideOfTheMusic(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"70s jazz, mellow side", "the calmer, more melancholic side of jazz", "kpop but the chill side of it"} {
		r := ParseRulesWith(msg, lex)
		if len(r.Moods) == 0 || slices.Contains(r.NotUnderstood, "side") {
			t.Errorf("%q: moods %q, not understood %q; want a mood and side understood", msg, r.Moods, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("a trance track by the side of the road", lex); !slices.Contains(r.NotUnderstood, "side") {
		t.Errorf("the side of the road: not understood %q; want side unread", r.NotUnderstood)
	}
}

// TestPhrasalVerbsOfRemembering checks WordNet's take back (v6, "this
// photo takes me back to the good old days") and bring back (v2) as
// nostalgia, and take it easy and sit back as mellow.
func TestPhrasalVerbsOfRemembering(t *testing.T) {
	lex := testLexicon()
	for msg, mood := range map[string]string{
		"old school r&b that takes me back to sunday afternoons at the rink": "nostalgic",
		"songs that bring back memories of college":                          "nostalgic",
		"soft rock with a chill vibe, to take it easy":                       "mellow",
		"sit back with a glass of wine":                                      "mellow",
	} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.Moods, mood) || slices.ContainsFunc(r.NotUnderstood, func(w string) bool { return w == "take" || w == "takes" || w == "back" || w == "sit" }) {
			t.Errorf("%q: moods %q, not understood %q; want %q and the verb understood", msg, r.Moods, r.NotUnderstood, mood)
		}
	}
}

// TestWhichPart checks that an ordinal before a word read ("the first
// snow", "the last day of summer") or a noun of parts before "of" and a
// word read ("the end of summer") is accounted for by what it is part of,
// and left unread before other words.
func TestWhichPart(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"first snow of winter, quiet music", "wistful songs for the last day of summer",
		"a psychedelic feeling for the end of summer", "calm piano at the end of my workout"} {
		if r := ParseRulesWith(msg, lex); len(r.NotUnderstood) > 0 {
			t.Errorf("%q: not understood %q; want every word understood", msg, r.NotUnderstood)
		}
	}
	for msg, w := range map[string]string{"soulful r&b through her first marriage": "first", "something to drive the guests away at the end": "end"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.NotUnderstood, w) {
			t.Errorf("%q: not understood %q; want %q unread", msg, r.NotUnderstood, w)
		}
	}
}

// TestCountedCompany checks that a number counting the people the music
// is for ("dinner for two", "two of us", "two adults") is accounted for.
func TestCountedCompany(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"romantic dinner for two", "romantic dinner for two, jazz or bossa", "funk and disco for painting, two of us", "driving tomorrow, two adults and a teenager, classic rock"} {
		if r := ParseRulesWith(msg, lex); slices.Contains(r.NotUnderstood, "two") {
			t.Errorf("%q: not understood %q; want two understood", msg, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("two love stories and a bit of tragedy", lex); !slices.Contains(r.NotUnderstood, "two") {
		t.Errorf("two love stories: not understood %q; want two unread", r.NotUnderstood)
	}
}

// TestPlayedLow checks that "low" said of how loud the music is played
// (WordNet low/a3, "very low in volume") is quiet, and that other lows
// are not.
func TestPlayedLow(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"afterparty at 4am, keep it low", "music very low in the background for a dinner party", "smooth and mild, low enough that people can talk"} {
		r := ParseRulesWith(msg, lex)
		if r.Energy == nil || *r.Energy > 0.25 || slices.Contains(r.NotUnderstood, "low") {
			t.Errorf("%q: energy %v, not understood %q; want quiet (0.2) and low understood", msg, r.Energy, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("dark music for when the lights are low", lex); r.Energy != nil && *r.Energy <= 0.25 {
		t.Errorf("the lights are low: energy %v; want no quiet read", *r.Energy)
	}
}

// TestStatedAge checks that an age said as a number, "year" and "old"
// ("my 7 year old", "the 12 year olds") is accounted for.
func TestStatedAge(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"a first opera my 7 year old can enjoy in the car", "jazz for writing time, the 12 year olds find it relaxing", "disco for a 90 year old grandma"} {
		if r := ParseRulesWith(msg, lex); slices.ContainsFunc(r.NotUnderstood, func(w string) bool { return w == "year" || w == "old" || w == "olds" }) {
			t.Errorf("%q: not understood %q; want the age understood", msg, r.NotUnderstood)
		}
	}
}

// TestIndefinitePronouns checks that "someone" and "anyone", pronouns as
// "something" and "anything" are, ask nothing, and that "the middle of"
// says which part of what is read.
func TestIndefinitePronouns(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"night drive songs for reminiscing about someone", "what do I play that won't offend anyone? no rap please", "pop dance for the middle of yoga"} {
		if r := ParseRulesWith(msg, lex); slices.ContainsFunc(r.NotUnderstood, func(w string) bool { return w == "someone" || w == "anyone" || w == "middle" }) {
			t.Errorf("%q: not understood %q; want the pronoun or part understood", msg, r.NotUnderstood)
		}
	}
}
