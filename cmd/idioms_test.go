package cmd

import (
	"fmt"
	"strings"
	"testing"
)

// TestRecommendReadsIdiomsAndQuestions asks through the command line on
// one demo library (Ambient by Halcyon Drift, Jazz by Marisol Quartet,
// Techno by Kiln Logic) with questions and idioms the reader once read
// as requests for what they name; each row says what is heard and which
// artist no pick, or every pick, is by.
func TestRecommendReadsIdiomsAndQuestions(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	for _, c := range []heardRow{
		// A question about what music is asks for its subject, not its
		// predicate; a question that is a request is read as one.
		{msg: "is techno the new jazz? play me some", heard: "“the new jazz” is asked about, not for", only: "Kiln Logic"},
		{msg: "got any jazz?", heard: "genre jazz", only: "Marisol Quartet"},
		// "light on X" asks for less of an instrument, as "less X" does.
		{msg: "some jazz, light on the drums", heard: "no instrument drums"},
		// Praise built on "nothing" asks for what it praises.
		{msg: "there's nothing like jazz on a rainy day", heard: "genre jazz", only: "Marisol Quartet"},
		{msg: "nothing beats techno", heard: "genre techno", only: "Kiln Logic"},
		// "switch it up" asks for variety, keeping the jazz.
		{msg: "some jazz, but switch it up", heard: "more variety", only: "Marisol Quartet"},
		// A genre said with what it usually is is the standard compared
		// with, not asked for.
		{msg: "techno, more relaxed than jazz usually is", heard: "“than jazz usually is” is what it is compared with", only: "Kiln Logic"},
		// "without" before a gerund refuses nothing.
		{msg: "jazz for hours without skipping", heard: "“without skipping” refuses nothing", only: "Marisol Quartet", unread: true},
		// A title of the library said with "vibe" is music like it.
		{msg: "something with a slag heap cathedral vibe", heard: "like “Slag Heap Cathedral”"},
		// A negated "without" of need asks for what follows.
		{msg: "a rainy day isn't complete without some jazz", heard: "genre jazz", only: "Marisol Quartet"},
		// Idioms whose words name a genre ask for none.
		{msg: "help me snap out of this funk", heard: "“snap out of” is leaving a state, not snap music"},
		{msg: "i'm in a funk, play some jazz", heard: "“in a funk” is a low mood, not the genre", only: "Marisol Quartet"},
		// "dance music" after a genre's name is music to dance to of
		// that genre, not the family of electronic dance music.
		{msg: "some jazz dance music", heard: "for dancing", only: "Marisol Quartet"},
		// A genre named after "dance music", a family of a dozen, is
		// kept.
		{msg: "dance music and jazz", heard: "genre jazz"},
		// "dark" said of the time is nightfall, "heavy" said of a
		// feeling a low mood: neither describes the music.
		{msg: "some jazz after dark", heard: "“after dark” is a time, not a dark mood", only: "Marisol Quartet"},
		{msg: "calm jazz, everything feels heavy today", heard: "“everything feels heavy” is a low mood, not loud music", only: "Marisol Quartet"},
		// A compound written as two words.
		{msg: "some up beat techno", heard: "“up beat” read as “upbeat”", only: "Kiln Logic"},
		// A bound said after the year.
		{msg: "jazz, 2020 onwards", heard: "from 2020 on"},
		// An instruction about the order of play asks nothing of the
		// music and searches nothing.
		{msg: "some jazz, play it on shuffle", heard: "“play it on shuffle” is how to play the list, not what to play", only: "Marisol Quartet"},
		// "no beats" is the beatless end of the tempo, as "no beat" is.
		{msg: "something calm, no beats", heard: "prefers ≤ 95 BPM (slow, beatless counts)"},
	} {
		c.check(t, db)
	}
}

// TestRecommendKeepsARefusedTimeFromTheClock: a person who refuses a time
// of day or a context ("not morning music, even though it's 9am",
// "nothing for the evening") gets no pick for the clock's time of day
// ("suits morning (it is morning now)"), whatever the hour the test runs
// at; without a refusal the clock may still be named.
func TestRecommendKeepsARefusedTimeFromTheClock(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	for _, msg := range []string{"something calm, not morning music", "something calm, nothing for the evening", "something calm, not late night music", "something calm, not in the afternoon"} {
		r := recommendHeard(t, db, "-n", "7", msg)
		if len(r.Results) == 0 {
			t.Errorf("%q: no picks", msg)
		}
		for _, it := range r.Results {
			if why := fmt.Sprint(it["reasons"]); strings.Contains(why, " now)") {
				t.Errorf("%q: %v, which names the clock", msg, why)
			}
		}
	}
}
