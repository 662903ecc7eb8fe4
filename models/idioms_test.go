package models

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestLightOnAnInstrument reads "light on X", the opposite of "heavy on
// X", and "go easy on X" as "less X" when X is an instrument, and leaves
// the other senses of "light" and "easy" alone.
func TestLightOnAnInstrument(t *testing.T) {
	lex := testLexicon()
	for _, c := range []struct{ msg, refused string }{
		{"jazz, light on the drums", "drums"},
		{"something light on vocals", "vocals"},
		{"go easy on the bass", "bass"},
	} {
		r := ParseRulesWith(c.msg, lex)
		if !slices.Contains(r.ExcludeInstruments, c.refused) || slices.Contains(r.Instruments, c.refused) || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: instruments %q, refused %q, not understood %q", c.msg, r.Instruments, r.ExcludeInstruments, r.NotUnderstood)
		}
	}
	r := ParseRulesWith("light on the bass, heavy on the piano", lex)
	if !slices.Contains(r.Instruments, "piano") || !slices.Contains(r.ExcludeInstruments, "bass") {
		t.Errorf("light on the bass, heavy on the piano: instruments %q, refused %q", r.Instruments, r.ExcludeInstruments)
	}
	r = ParseRulesWith("calm songs that are easy on the ear", lex)
	if len(r.ExcludeInstruments) > 0 || len(r.Moods) == 0 {
		t.Errorf("easy on the ear: moods %q, refused %q", r.Moods, r.ExcludeInstruments)
	}
}

// TestIdiomsThatNameAGenre reads "snap out of", "in a funk" and "rock
// the boat" as the idioms they are, not as requests for snap, funk or
// rock, while the genres themselves are still read.
func TestIdiomsThatNameAGenre(t *testing.T) {
	lex := testLexicon()
	r := ParseRulesWith("help me snap out of this funk", lex)
	if len(r.Genres) > 0 || !slices.Contains(r.ExcludeMoods, "sad") || len(r.NotUnderstood) > 0 {
		t.Errorf("snap out of this funk: genres %q, refused moods %q, not understood %q", r.Genres, r.ExcludeMoods, r.NotUnderstood)
	}
	r = ParseRulesWith("i'm in a funk, play something happy", lex)
	if len(r.Genres) > 0 || !slices.Contains(r.Moods, "happy") {
		t.Errorf("i'm in a funk: genres %q, moods %q", r.Genres, r.Moods)
	}
	r = ParseRulesWith("i don't want to rock the boat, something calm", lex)
	if len(r.Genres) > 0 || len(r.ExcludeGenres) > 0 || !slices.Contains(r.Moods, "calm") {
		t.Errorf("rock the boat: genres %q, refused %q, moods %q", r.Genres, r.ExcludeGenres, r.Moods)
	}
	for _, c := range []struct{ msg, genre string }{
		{"some funk", "funk"}, {"funky blues", "funk"}, {"something in a funk style", "funk"}, {"rock out", "rock"}, {"crunk and snap", "snap music"},
	} {
		if r := ParseRulesWith(c.msg, lex); !slices.Contains(r.Genres, c.genre) {
			t.Errorf("%q: genres %q, want %s", c.msg, r.Genres, c.genre)
		}
	}
}

// TestPraiseIsNoRefusal reads the idioms of praise built on "nothing"
// ("there's nothing like jazz on a rainy day", "nothing beats jazz")
// as asking for what they praise, where the negator refused it; a name
// after "there's nothing like" is still music like it, and a refusal
// ("nothing like Freedoom") still refuses.
func TestPraiseIsNoRefusal(t *testing.T) {
	for _, lex := range []*Lexicon{testLexicon(), nil} {
		for _, msg := range []string{"there's nothing like jazz on a rainy day", "nothing beats jazz on a rainy day", "there's nothing better than jazz", "nothing compares to jazz at night"} {
			r := ParseRulesWith(msg, lex)
			if !slices.Contains(r.Genres, "jazz") || slices.Contains(r.ExcludeGenres, "jazz") || len(r.ExcludeArtists) > 0 || len(r.LikeArtists) > 0 {
				t.Errorf("%q (lexicon %v): genres %q, refused %q %q, like %q", msg, lex != nil, r.Genres, r.ExcludeGenres, r.ExcludeArtists, r.LikeArtists)
			}
		}
	}
	lex := testLexicon()
	if r := ParseRulesWith("there's nothing like Freedoom", lex); !slices.Contains(r.LikeArtists, "Freedoom") || len(r.ExcludeArtists) > 0 {
		t.Errorf("there's nothing like Freedoom: like %q, refused %q", r.LikeArtists, r.ExcludeArtists)
	}
	if r := ParseRulesWith("nothing like Freedoom", lex); !slices.Contains(r.ExcludeArtists, "Freedoom") {
		t.Errorf("nothing like Freedoom: refused %q", r.ExcludeArtists)
	}
}

// TestSwitchItUpAsksForVariety reads "switch it up" and "change it up"
// (to vary) as "mix it up", the variety control, which keeps what was
// asked, not as "something completely different", which starts afresh.
func TestSwitchItUpAsksForVariety(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"switch it up", "change it up", "change things up"} {
		r := Refine(ParseRulesWith("calm jazz", lex), ParseRulesWith(msg, lex))
		if !r.Variety || r.Different || !slices.Contains(r.Genres, "jazz") {
			t.Errorf("calm jazz, then %q: variety %v, different %v, genres %q", msg, r.Variety, r.Different, r.Genres)
		}
	}
	if r := ParseRulesWith("something completely different", lex); !r.Different || r.Variety {
		t.Errorf("something completely different: different %v, variety %v", r.Different, r.Variety)
	}
}

// TestGenreAsTheUsualStandard reads a genre after "than" with what it
// usually is ("more toe tapping than jazz often is") as the standard of
// a comparison, not asked for, while a genre after "than" alone stays a
// point of reference that is read.
func TestGenreAsTheUsualStandard(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"blues, more toe tapping and dance music than jazz often is", "something more upbeat than jazz usually is", "rock, faster than jazz is"} {
		r := ParseRulesWith(msg, lex)
		if slices.Contains(r.Genres, "jazz") || slices.Contains(r.ExcludeGenres, "jazz") || len(r.Genres) == 0 && r.PreferTempoMin == 0 {
			t.Errorf("%q: genres %q, refused %q, prefers ≥ %d", msg, r.Genres, r.ExcludeGenres, r.PreferTempoMin)
		}
	}
	if r := ParseRulesWith("blues, more toe tapping and dance music than jazz often is", lex); !slices.Contains(r.Genres, "blues") {
		t.Errorf("blues … than jazz often is: genres %q", r.Genres)
	}
	for msg, genre := range map[string]string{
		"rougher than traditional disco records but slicker than harder funk stuff": "funk",
		"nothing wields more bounce than tech house":                                "electronic", // the library's own tag
		"more upbeat than jazz":                                                     "jazz",
	} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Genres, genre) {
			t.Errorf("%q: genres %q, want %s", msg, r.Genres, genre)
		}
	}
}

// TestWithoutDoingRefusesNothing reads "without" before a gerund no
// vocabulary reads ("hours without skipping") as how the music should go
// on, not as an artist to leave out; a gerund that names an instrument
// ("without singing") is still refused.
func TestWithoutDoingRefusesNothing(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"old school reggae and ska, hours without skipping", "focus music without getting distracted", "an album i can play without skipping a beat"} {
		r := ParseRulesWith(msg, lex)
		if len(r.ExcludeArtists) > 0 || len(r.ExcludeGenres) > 0 || len(r.ExcludeInstruments) > 0 {
			t.Errorf("%q: refused artists %q, genres %q, instruments %q", msg, r.ExcludeArtists, r.ExcludeGenres, r.ExcludeInstruments)
		}
	}
	if r := ParseRulesWith("jazz without singing", lex); !r.Instrumental {
		t.Errorf("jazz without singing: instrumental %v, refused %q", r.Instrumental, r.ExcludeInstruments)
	}
	if r := ParseRulesWith("something without freedoom", lex); !slices.Contains(r.ExcludeArtists, "Freedoom") {
		t.Errorf("without freedoom: refused %q", r.ExcludeArtists)
	}
}

// TestWithoutBeingRefusesWhatFollows reads "without" before a linking
// verb and a word of the music ("atmospheric without being too dark",
// "upbeat without getting too loud") as "not" before it: the mood or level
// refused, where it was taken for an artist's name ("no artist being too
// dark"). A linking verb before anything else refuses nothing.
func TestWithoutBeingRefusesWhatFollows(t *testing.T) {
	lex := testLexicon()
	for msg, mood := range map[string]string{
		"low budget horror vibe, atmospheric without being too dark": "dark",
		"something playful without being silly or sad":               "sad",
		"a breakup song without sounding angry":                      "angry",
	} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.ExcludeMoods, mood) || len(r.ExcludeArtists) > 0 {
			t.Errorf("%q: refused moods %q, artists %q", msg, r.ExcludeMoods, r.ExcludeArtists)
		}
	}
	if r := ParseRulesWith("upbeat without being too loud", lex); len(r.ExcludeArtists) > 0 || r.Energy == nil || *r.Energy > 0.65 {
		t.Errorf("upbeat without being too loud: refused artists %q, energy %v", r.ExcludeArtists, r.Energy)
	}
	for _, msg := range []string{"jazz without going overboard", "calm without being a snooze fest"} {
		if r := ParseRulesWith(msg, lex); len(r.ExcludeArtists) > 0 || len(r.ExcludeMoods) > 0 {
			t.Errorf("%q: refused artists %q, moods %q", msg, r.ExcludeArtists, r.ExcludeMoods)
		}
	}
}

// TestTooBeforeARefusedConjunct refuses each item of a refused
// coordination when "too" or "overly" stands before the second ("nothing
// aggressive or too dark"), where the second was asked for.
func TestTooBeforeARefusedConjunct(t *testing.T) {
	lex := testLexicon()
	if r := ParseRulesWith("nothing aggressive or too dark", lex); !slices.Contains(r.ExcludeMoods, "dark") || slices.Contains(r.Moods, "dark") {
		t.Errorf("nothing aggressive or too dark: moods %q, refused %q", r.Moods, r.ExcludeMoods)
	}
	if r := ParseRulesWith("nothing loud or overly sad", lex); !slices.Contains(r.ExcludeMoods, "sad") {
		t.Errorf("nothing loud or overly sad: moods %q, refused %q", r.Moods, r.ExcludeMoods)
	}
	if r := ParseRulesWith("dark and too loud", lex); !slices.Contains(r.Moods, "dark") {
		t.Errorf("dark and too loud: moods %q, refused %q", r.Moods, r.ExcludeMoods)
	}
}

// TestHorrorIsTense reads horror and what is nerve-racking as the tense
// mood, asked for or refused, where they were not understood.
func TestHorrorIsTense(t *testing.T) {
	lex := testLexicon()
	if r := ParseRulesWith("low budget horror vibe", lex); !slices.Contains(r.Moods, "tense") {
		t.Errorf("low budget horror vibe: moods %q", r.Moods)
	}
	if r := ParseRulesWith("there for atmosphere, not nerve wracking", lex); !slices.Contains(r.ExcludeMoods, "tense") {
		t.Errorf("not nerve wracking: refused moods %q", r.ExcludeMoods)
	}
}

// TestBreakingTheFastIsAMeal reads "breaking the fast" as the meal, not a
// fast tempo, and "fast" said of the music still as the tempo.
func TestBreakingTheFastIsAMeal(t *testing.T) {
	lex := testLexicon()
	if r := ParseRulesWith("quiet evening after breaking the fast", lex); r.PreferTempoMin > 0 || r.TempoMin > 0 || len(r.NotUnderstood) > 0 {
		t.Errorf("after breaking the fast: tempo %d/%d, not understood %q", r.PreferTempoMin, r.TempoMin, r.NotUnderstood)
	}
	if r := ParseRulesWith("break my fast with something fast", lex); r.PreferTempoMin == 0 {
		t.Errorf("break my fast with something fast: no tempo")
	}
}

// TestLengthOfWhatComesBeforeTheMusic reads a length said of what comes
// before or after the music ("after a 12 hour shift") as no length of the
// list, and one said of the listening ("music for a 3 hour drive", "an
// hour of jazz before bed") as its length.
func TestLengthOfWhatComesBeforeTheMusic(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"hard rock to crank up after a 12 hour shift", "before my two-hour exam, something calm", "after an 8 hour flight"} {
		if r := ParseRulesWith(msg, lex); r.Duration != 0 {
			t.Errorf("%q: length %v", msg, r.Duration)
		}
	}
	for msg, want := range map[string]time.Duration{"music for a 3 hour drive": 3 * time.Hour, "an hour of jazz before bed": time.Hour, "jazz for 2 hours after dinner": 2 * time.Hour} {
		if r := ParseRulesWith(msg, lex); r.Duration != want {
			t.Errorf("%q: length %v, want %v", msg, r.Duration, want)
		}
	}
}

// TestIdiomsInOtherFormsOfTheirVerb reads a verb phrase of the idioms
// said with -s or -ing ("hypes me up", "ramping me up") as the idiom, and
// "a night on the town" as going out.
func TestIdiomsInOtherFormsOfTheirVerb(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"something that hypes me up before a top set", "songs ramping me up", "it pumps me up"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.Moods, "energetic") || r.Energy == nil || *r.Energy < 0.7 || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: moods %q, energy %v, not understood %q", msg, r.Moods, r.Energy, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("songs for a night on the town", lex); r.Activity != "party" {
		t.Errorf("a night on the town: activity %q", r.Activity)
	}
	if r := ParseRulesWith("pumped up music", lex); slices.Contains(r.Moods, "uplifting") {
		t.Errorf("pumped up music: moods %q, want it energetic only", r.Moods)
	}
}

// TestBeforeDawnIsLateNight reads the time before sunrise ("pre dawn",
// "predawn", "before dawn") as late night, where "dawn" read it as the
// morning.
func TestBeforeDawnIsLateNight(t *testing.T) {
	for _, msg := range []string{"pre dawn, everything still", "predawn run", "music for before dawn"} {
		if r := ParseRulesWith(msg, testLexicon()); r.TimeOfDay != "late night" || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: time %q, not understood %q", msg, r.TimeOfDay, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("music for dawn", testLexicon()); r.TimeOfDay != "morning" {
		t.Errorf("music for dawn: time %q", r.TimeOfDay)
	}
}

// TestANameThatRunsIntoAPlace reads a musician's name whose words run on
// into a phrase of the vocabulary ("the barber shop") as the phrase, and
// the name said alone after "like" still as the musician.
func TestANameThatRunsIntoAPlace(t *testing.T) {
	if r := ParseRulesWith("music for the barber shop on a saturday", testLexicon()); len(r.LikeArtists) > 0 || r.Setting != "shop" {
		t.Errorf("the barber shop: like %q, setting %q", r.LikeArtists, r.Setting)
	}
	if r := ParseRulesWith("something like barber", testLexicon()); !slices.Contains(r.LikeArtists, "Barber") {
		t.Errorf("something like barber: like %q", r.LikeArtists)
	}
}

// TestRetroIsAnEra reads "retro" as the style of an earlier time, which
// prefers older music, and not as the nostalgic mood: "italo disco for a
// retro night" asks for italo disco, whatever its mood.
func TestRetroIsAnEra(t *testing.T) {
	for _, msg := range []string{"italo disco for a retro night", "something retro"} {
		if r := ParseRulesWith(msg, testLexicon()); r.PreferYearMax == 0 || slices.Contains(r.Moods, "nostalgic") {
			t.Errorf("%q: prefers up to %d, moods %q", msg, r.PreferYearMax, r.Moods)
		}
	}
}

// TestTitleSaidWithVibe reads a library title said before "vibe" or
// "feel" as music like it ("something with a Careless Love vibe"),
// where its words were searched for and the title itself listed, and
// leaves "reggae vibes" and "chill vibes" as they were.
func TestTitleSaidWithVibe(t *testing.T) {
	lex := testLexicon()
	for msg, title := range map[string]string{
		"something with a Careless Love vibe":       "Careless Love",
		"the boogie stop shuffle vibe but mellower": "Boogie Stop Shuffle",
		"a careless love kind of vibe, no vocals":   "Careless Love",
	} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.LikeTracks, title) || len(r.SearchWords) > 0 {
			t.Errorf("%q: like %q, search %q", msg, r.LikeTracks, r.SearchWords)
		}
	}
	for msg, genre := range map[string]string{"reggae vibes": "reggae", "jazz vibes": "jazz"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Genres, genre) || len(r.LikeTracks) > 0 {
			t.Errorf("%q: genres %q, like %q", msg, r.Genres, r.LikeTracks)
		}
	}
}

// TestRefusedContextsAreKept records the times of day, activities and
// settings refused ("not morning music", "nothing for the evening") in
// Request.ExcludeContexts, so that the ranking does not take the clock's
// time of day for the context, and keeps them through a follow-up.
func TestRefusedContextsAreKept(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string]string{
		"not morning music, even though it's 9am": "morning",
		"nothing for the evening":                 "evening",
		"jazz, but not for studying":              "studying",
	} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.ExcludeContexts, want) {
			t.Errorf("%q: refused contexts %q, want %s", msg, r.ExcludeContexts, want)
		}
	}
	r := Refine(ParseRulesWith("calm jazz, not morning music", lex), ParseRulesWith("slower", lex))
	if !slices.Contains(r.ExcludeContexts, "morning") {
		t.Errorf("then slower: refused contexts %q", r.ExcludeContexts)
	}
	if r := ParseRulesWith("calm jazz for the morning", lex); len(r.ExcludeContexts) > 0 {
		t.Errorf("for the morning: refused contexts %q", r.ExcludeContexts)
	}
}

// TestNegatedWithoutAsks reads a negated "without" of need ("isn't
// complete without", "no summer playlist goes without") as asking for
// what follows, where it was refused or taken for an artist; a plain
// "without" still refuses.
func TestNegatedWithoutAsks(t *testing.T) {
	lex := testLexicon()
	for msg, genre := range map[string]string{
		"no summer playlist goes without reggae, staying cool on a hot summer's day": "reggae",
		"an autumn playlist isn't complete without expressive folk harmonies":        "folk",
		"a party wouldn't be the same without some funk":                             "funk",
	} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.Genres, genre) || len(r.ExcludeGenres) > 0 || len(r.ExcludeArtists) > 0 {
			t.Errorf("%q: genres %q, refused %q %q", msg, r.Genres, r.ExcludeGenres, r.ExcludeArtists)
		}
	}
	if r := ParseRulesWith("jazz without vocals", lex); !r.Instrumental {
		t.Errorf("jazz without vocals: instrumental %v", r.Instrumental)
	}
}

// TestWordsOfMusicSaidOfSomethingElse reads "heavy" said of a feeling as
// a low mood, not loud music, and "dark" said of the time as nightfall,
// not a dark mood; said of the music, each is read as before.
func TestWordsOfMusicSaidOfSomethingElse(t *testing.T) {
	lex := testLexicon()
	r := ParseRulesWith("my go to playlist for a teary eyed day when everything feels heavy", lex)
	if r.Energy != nil || !slices.Contains(r.Moods, "sad") ||
		!slices.Contains(r.Understood, "“everything feels heavy” is a low mood, not loud music") {
		t.Errorf("everything feels heavy: energy %v, moods %q, understood %q", r.Energy, r.Moods, r.Understood)
	}
	r = ParseRulesWith("a laidback beat, sit on a doorstep until it gets dark", lex)
	if slices.Contains(r.Moods, "dark") || slices.Contains(r.NotUnderstood, "until") ||
		!slices.Contains(r.Understood, "“until it gets dark” is a time, not a dark mood") {
		t.Errorf("until it gets dark: moods %q, understood %q, not understood %q", r.Moods, r.Understood, r.NotUnderstood)
	}
	if r := ParseRulesWith("jazz after dark", lex); r.TimeOfDay != "night" || slices.Contains(r.Moods, "dark") {
		t.Errorf("jazz after dark: time %q, moods %q", r.TimeOfDay, r.Moods)
	}
	if r := ParseRulesWith("with a heavy heart", lex); r.Energy != nil {
		t.Errorf("with a heavy heart: energy %v", *r.Energy)
	}
	for _, msg := range []string{"a song that feels heavy", "something heavy and dark", "not exactly metal but feels heavy, for lifting"} {
		if r := ParseRulesWith(msg, lex); r.Energy == nil || *r.Energy < 0.8 {
			t.Errorf("%q: energy %v, want heavy music", msg, r.Energy)
		}
	}
	if r := ParseRulesWith("something heavy and dark", lex); !slices.Contains(r.Moods, "dark") {
		t.Errorf("something heavy and dark: moods %q", r.Moods)
	}
}

// TestSadBoyHours reads the slang of sad-boy music ("sad boi hours", "sad
// girl hours") as sad music, whatever its spelling, with no word left
// over and no word read as a misspelling of another.
func TestSadBoyHours(t *testing.T) {
	for _, msg := range []string{"sad boi hours", "sad boy hours", "sad girl music", "sad boyz playlist"} {
		r := ParseRules(msg)
		if !slices.Contains(r.Moods, "sad") || len(r.NotUnderstood) > 0 || r.Energy == nil || *r.Energy > 0.5 {
			t.Errorf("%q: moods %q, energy %v, not understood %q, understood %q", msg, r.Moods, r.Energy, r.NotUnderstood, r.Understood)
		}
	}
}

// TestWordsOfFeelingThatAskForAMoodOrAnEnergy reads the words of feeling
// the vocabulary took from WordNet and MIREX's mood clusters: cheesy and
// goofy are playful (refused when refused), warmth is warm, being
// motivated asks for motivating music, and music that keeps the listener
// awake or alert asks for some energy, in any person and tense.
func TestWordsOfFeelingThatAskForAMoodOrAnEnergy(t *testing.T) {
	lex := testLexicon()
	for _, c := range []struct{ msg, mood string }{
		{"cheesy songs everyone dances to at weddings", "playful"},
		{"goofy music lol", "playful"},
		{"autumn songs with joy, nostalgia and warmth", "warm"},
		{"hiking songs that keep me focused and motivated", "energetic"},
	} {
		r := ParseRulesWith(c.msg, lex)
		if !slices.Contains(r.Moods, c.mood) || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: moods %q, want %q; not understood %q", c.msg, r.Moods, c.mood, r.NotUnderstood)
		}
	}
	r := ParseRulesWith("romantic but not cheesy", lex)
	if !slices.Contains(r.ExcludeMoods, "playful") || slices.Contains(r.Moods, "playful") {
		t.Errorf("romantic but not cheesy: moods %q, refused %q", r.Moods, r.ExcludeMoods)
	}
	for _, msg := range []string{"something that keeps me awake on the drive", "songs to keep me alert on a road trip"} {
		r := ParseRulesWith(msg, lex)
		if r.Energy == nil || *r.Energy < 0.5 || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: energy %v, not understood %q", msg, r.Energy, r.NotUnderstood)
		}
	}
}

// TestRousingIdioms reads the idioms that say what the music is to do to
// the listener: rouse them ("wake me up", "perk me up", "get fired up"),
// move them to act ("motivating"), cheer them ("need a lift"), each as a
// level of energy (and the moods it names), while "wake up music" is
// the morning alone.
func TestRousingIdioms(t *testing.T) {
	lex := testLexicon()
	for _, c := range []struct {
		msg  string
		mood string // "" for none
	}{
		{"something to wake me up at work", ""},
		{"a song that perks me up", ""},
		{"rock to get fired up before the game", "energetic"},
		{"motivating songs for my run", "energetic"},
		{"monday blues, need a lift", "uplifting"},
		{"a happy playlist to get me moving", ""},
		{"oldies that get everyone moving", ""},
		{"loud music to keep customers moving", ""},
	} {
		r := ParseRulesWith(c.msg, lex)
		if r.Energy == nil || *r.Energy < 0.6 || c.mood != "" && !slices.Contains(r.Moods, c.mood) || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: energy %v, moods %q, not understood %q", c.msg, r.Energy, r.Moods, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("wake up music", lex); r.Energy != nil || r.TimeOfDay != "morning" {
		t.Errorf("wake up music: energy %v, time %q", r.Energy, r.TimeOfDay)
	}
}

// TestUpbeatOverAnIdiomsLevel reads "upbeat" said beside an idiom that
// implies a level of energy ("sing along") as the level asked for: the
// idiom's level yields to a refused one, a level said outright does not,
// and the reading says where the level came from.
func TestUpbeatOverAnIdiomsLevel(t *testing.T) {
	r := ParseRulesWith("upbeat music to sing along to, nothing slow or mellow", testLexicon())
	if r.Energy == nil || *r.Energy != energyWords["upbeat"] {
		t.Fatalf("energy %v, want upbeat's %v: understood %q", r.Energy, energyWords["upbeat"], r.Understood)
	}
	if slices.ContainsFunc(r.Understood, func(u string) bool { return strings.HasPrefix(u, "energy") && strings.Contains(u, "sing along") }) {
		t.Errorf("the level is said as the idiom's: %q", r.Understood)
	}
	// Without "upbeat" the idiom's level yields to the refusal of slow music.
	r = ParseRulesWith("music to sing along to, nothing slow or mellow", testLexicon())
	if r.Energy == nil || *r.Energy >= energyWords["upbeat"] {
		t.Errorf("without upbeat: energy %v, want below %v", r.Energy, energyWords["upbeat"])
	}
}

// TestStylesAndHabitsOfListening reads a crooner as the style crooners
// sing (pop standards: traditional pop and vocal jazz, the library's
// nearest), "crooning" as no style, air guitar as rock (refused when no
// one is to play it), gazing out of a window as wistful reflection (and
// throwing things out of it as nothing of the kind), "kick back" as at
// rest, and the texting spellings
// "fr", "smth" and "sum" as asking nothing.
func TestStylesAndHabitsOfListening(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"old crooner stuff while i cook", "mellow stuff for my mom, she liked the crooners"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Genres, "jazz") {
			t.Errorf("%q: genres %q, understood %q", msg, r.Genres, r.Understood)
		}
	}
	if r := ParseRulesWith("a crooning rock and roll singer", lex); slices.Contains(r.Genres, "jazz") {
		t.Errorf("crooning: genres %q", r.Genres)
	}
	if r := ParseRulesWith("cleaning classics, stuff to air guitar with the broom", lex); !slices.Contains(r.Genres, "rock") {
		t.Errorf("air guitar: genres %q", r.Genres)
	}
	if r := ParseRulesWith("background music, no one playing air guitar at the table", lex); !slices.Contains(r.ExcludeGenres, "rock") || slices.Contains(r.Genres, "rock") {
		t.Errorf("no air guitar: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
	for _, msg := range []string{"wistful songs for looking out of a train window", "rock for staring out the window during a thunderstorm"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Moods, "reflective") || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: moods %q, not understood %q", msg, r.Moods, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("angry music for throwing his stuff out the window", lex); slices.Contains(r.Moods, "reflective") {
		t.Errorf("throwing out the window: moods %q", r.Moods)
	}
	if r := ParseRulesWith("southern rock to kick back to", lex); !slices.Contains(r.Moods, "mellow") {
		t.Errorf("kick back: moods %q", r.Moods)
	}
	for _, msg := range []string{"sum chill music 4 tonight", "smth chill fr"} {
		if r := ParseRulesWith(msg, lex); len(r.NotUnderstood) > 0 || !slices.Contains(r.Moods, "chill") {
			t.Errorf("%q: moods %q, not understood %q", msg, r.Moods, r.NotUnderstood)
		}
	}
}

// TestTop40AndMainCharacter reads "top 40" as the pop of hit radio and
// the familiar, refused as neither ("not top 40": no pop, new to the
// listener, and never a count of 40), and main character energy as epic
// and uplifting.
func TestTop40AndMainCharacter(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Pop", "Rock", "Jazz"})
	r := ParseRulesWith("top 40 tunes for skating around and dancing", lex)
	if !slices.Contains(r.Genres, "pop") || r.Familiarity == nil || *r.Familiarity >= 0.5 || r.Count != 0 {
		t.Errorf("top 40: genres %q, familiarity %v, count %d", r.Genres, r.Familiarity, r.Count)
	}
	r = ParseRulesWith("calm music, not top 40", lex)
	if !slices.Contains(r.ExcludeGenres, "pop") || slices.Contains(r.Genres, "pop") || r.Familiarity == nil || *r.Familiarity <= 0.5 {
		t.Errorf("not top 40: genres %q, excluded %q, familiarity %v", r.Genres, r.ExcludeGenres, r.Familiarity)
	}
	r = ParseRulesWith("gym music that isn't edm remixes of top 40 hits", lex)
	if !slices.Contains(r.ExcludeGenres, "pop") || slices.Contains(r.Genres, "pop") {
		t.Errorf("remixes of top 40: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
	for _, msg := range []string{"main character energy", "songs to make you feel the main character on the highway"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Moods, "epic") || !slices.Contains(r.Moods, "uplifting") {
			t.Errorf("%q: moods %q", msg, r.Moods)
		}
	}
}

// TestSingAlongAsksForAVoice reads a song to sing along to as one with
// vocals, and one not to sing along to as instrumental; karaoke, sung over
// a backing track, asks for no voice.
func TestSingAlongAsksForAVoice(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"sing-along songs", "upbeat music our customers can sing along to"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Instruments, "vocals") {
			t.Errorf("%q: instruments %q", msg, r.Instruments)
		}
	}
	if r := ParseRulesWith("music to focus, nothing I'd sing along to", lex); !r.Instrumental || slices.Contains(r.Instruments, "vocals") {
		t.Errorf("nothing to sing along to: instrumental %v, instruments %q", r.Instrumental, r.Instruments)
	}
	if r := ParseRulesWith("silly songs for karaoke", lex); slices.Contains(r.Instruments, "vocals") {
		t.Errorf("karaoke: instruments %q", r.Instruments)
	}
}

// TestLaidBackIsMellow reads laid-back as mellow, the adjective it shares
// a WordNet synset with ("unhurried and relaxed"), however it is spelt.
func TestLaidBackIsMellow(t *testing.T) {
	for _, msg := range []string{"laid back seventies rock", "laid-back summer tunes", "laidback jazz-influenced pop"} {
		if r := ParseRulesWith(msg, testLexicon()); !slices.Contains(r.Moods, "mellow") || slices.Contains(r.Moods, "calm") {
			t.Errorf("%q: moods %q", msg, r.Moods)
		}
	}
}

// TestComfortingIsWarm reads "comforting" (WordNet: affording comfort or
// solace) as the warm mood of the cosy and heartwarming, not as happy.
func TestComfortingIsWarm(t *testing.T) {
	if r := ParseRulesWith("soft acoustic guitar and a comforting voice", testLexicon()); !slices.Contains(r.Moods, "warm") || slices.Contains(r.Moods, "happy") {
		t.Errorf("comforting: moods %q", r.Moods)
	}
}

// TestWorkThatIsNoWorking reads the journey to or from work as a commute
// ("on the ride to work", "my way home from work"), and "the works" and
// "the working class" as asking for no music for working, while music
// for work and to work to still is.
func TestWorkThatIsNoWorking(t *testing.T) {
	lex := testLexicon()
	for _, c := range []struct {
		msg, want string
	}{
		{"something upbeat on the ride to work", "commute"},
		{"songs to sing my way to work", "commute"},
		{"hip hop for the way home from work", "commute"},
		{"loud guitars, screaming, the works", ""},
		{"rock for a young working class couple", ""},
		{"music for work", "working"},
		{"jazz to work to", "working"},
	} {
		r := ParseRulesWith(c.msg, lex)
		if r.Activity != c.want {
			t.Errorf("%q: activity %q, want %q (understood %q)", c.msg, r.Activity, c.want, r.Understood)
		}
		if slices.Contains(r.NotUnderstood, "works") || slices.Contains(r.NotUnderstood, "class") {
			t.Errorf("%q: not understood %q", c.msg, r.NotUnderstood)
		}
	}
}

// TestMeditativeMusicIsCalm reads "meditative" as calm and reflective:
// music that induces meditation, not only deep thought.
func TestMeditativeMusicIsCalm(t *testing.T) {
	r := ParseRulesWith("something meditative while my hands are busy with clay", testLexicon())
	if !slices.Contains(r.Moods, "calm") || !slices.Contains(r.Moods, "reflective") {
		t.Errorf("something meditative: moods %q, want calm and reflective", r.Moods)
	}
	if r := ParseRulesWith("not too meditative, keep it lively", testLexicon()); slices.Contains(r.Moods, "calm") {
		t.Errorf("not too meditative: moods %q", r.Moods)
	}
}

// TestChillBeatsAreChill reads "chill beats" as chill as well as beats:
// the idiom had read hip hop and dropped the mood.
func TestChillBeatsAreChill(t *testing.T) {
	for _, msg := range []string{"sum chill beats 4 studyin", "chill beats to relax", "chillhop"} {
		if r := ParseRulesWith(msg, testLexicon()); !slices.Contains(r.Moods, "chill") {
			t.Errorf("%q: moods %q, want chill (understood %q)", msg, r.Moods, r.Understood)
		}
	}
}

// TestFunnySongsAreComedyMusic reads "funny songs" and "novelty songs" as
// comedy music, a genre, and "funny" alone as a mood only.
func TestFunnySongsAreComedyMusic(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Comedy", "Rock"})
	for _, msg := range []string{"funny songs for a long car ride", "funny novelty songs with a guitar"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Genres, "comedy") {
			t.Errorf("%q: genres %q, want comedy (understood %q)", msg, r.Genres, r.Understood)
		}
	}
	if r := ParseRulesWith("rock, scrappy and funny", lex); slices.Contains(r.Genres, "comedy") || !slices.Contains(r.Moods, "playful") {
		t.Errorf("rock, scrappy and funny: genres %q, moods %q; want no comedy, playful", r.Genres, r.Moods)
	}
}

// TestFloorFillersAreForDancing reads "floor fillers" as familiar music
// to dance to; "fillers" had been left not understood.
func TestFloorFillersAreForDancing(t *testing.T) {
	r := ParseRulesWith("2000s dance floor fillers", testLexicon())
	if r.Activity != "dancing" || r.Familiarity == nil || *r.Familiarity > FamiliarDial || len(r.NotUnderstood) > 0 {
		t.Errorf("2000s dance floor fillers: activity %q, familiarity %v, not understood %q", r.Activity, r.Familiarity, r.NotUnderstood)
	}
}

// TestAToastIsACelebration checks that a toast to someone is the drink
// of WordNet's toast/n4, a celebration, where toast the bread had read
// the kitchen; toast to eat stays food.
func TestAToastIsACelebration(t *testing.T) {
	for _, msg := range []string{"a toast to a fancy evening where you're all dressed up and celebrating", "music to raise a glass to", "songs for a toast to the newlyweds"} {
		if r := ParseRulesWith(msg, testLexicon()); r.Activity != "celebration" || r.Setting == "kitchen" {
			t.Errorf("%q: activity %q, setting %q", msg, r.Activity, r.Setting)
		}
	}
	if r := ParseRulesWith("buttering toast in the morning", testLexicon()); r.Setting != "kitchen" || r.Activity == "celebration" {
		t.Errorf("buttering toast: activity %q, setting %q", r.Activity, r.Setting)
	}
}

// TestLoudAndUnobtrusive reads music to blast or belt out as loud and
// lively, a blast beat as drumming, the golden hour's light as warm and
// mellow, and music that must not intrude or distract as background
// music, which gives way to an activity named outright.
func TestLoudAndUnobtrusive(t *testing.T) {
	lex := testLexicon()
	for _, c := range []struct {
		msg        string
		energyMin  float64
		energyMax  float64
		activity   string
		moods      []string
		instrument string
	}{
		{"songs to blast in the car", 0.7, 1, "", nil, ""},
		{"angolan kuduro at full blast", 0.7, 1, "", nil, ""},
		{"death metal with blast beats", 0.7, 1, "", nil, "drums"},
		{"songs to belt out", 0.6, 0.8, "", []string{"happy"}, "vocals"},
		{"golden hour songs", 0, 1, "", []string{"warm", "mellow"}, ""},
		{"low key and not distracting", 0, 0.4, "background", nil, ""},
		{"background music for a work presentation, unobtrusive", 0, 0.4, "background", nil, ""},
		{"reading music, something unobtrusive", 0, 0.4, "reading", nil, ""},
	} {
		r := ParseRulesWith(c.msg, lex)
		if c.energyMin > 0 || c.energyMax < 1 {
			if r.Energy == nil || *r.Energy < c.energyMin || *r.Energy > c.energyMax {
				t.Errorf("%q: energy %v, want %.1f to %.1f", c.msg, r.Energy, c.energyMin, c.energyMax)
			}
		}
		if c.activity != "" && r.Activity != c.activity {
			t.Errorf("%q: activity %q, want %q", c.msg, r.Activity, c.activity)
		}
		for _, m := range c.moods {
			if !slices.Contains(r.Moods, m) {
				t.Errorf("%q: moods %q lack %q", c.msg, r.Moods, m)
			}
		}
		if c.instrument != "" && !slices.Contains(r.Instruments, c.instrument) {
			t.Errorf("%q: instruments %q lack %q", c.msg, r.Instruments, c.instrument)
		}
	}
	if r := ParseRulesWith("a throwback, a blast from the past", lex); r.Energy != nil || !slices.Contains(r.Moods, "nostalgic") {
		t.Errorf("a blast from the past: energy %v, moods %q; want nostalgic, no energy", r.Energy, r.Moods)
	}
}

// TestCelebrationOfLifeIsAMemorial reads "a celebration of life" as the
// memorial it is (Merriam-Webster), music that remembers and lifts, not
// as a party: before, it read as a celebration, joyful and happy.
func TestCelebrationOfLifeIsAMemorial(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"songs for a celebration of life", "something for her celebration of life", "wistful tunes, the sad celebration of life songs"} {
		r := ParseRulesWith(msg, lex)
		if r.Activity == "celebration" || slices.Contains(r.Moods, "joyful") || !slices.Contains(r.Moods, "nostalgic") || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: activity %q, moods %q, not understood %q; want a memorial's nostalgic music", msg, r.Activity, r.Moods, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("songs to celebrate his promotion", lex); r.Activity != "celebration" {
		t.Errorf("songs to celebrate his promotion: activity %q, want celebration", r.Activity)
	}
}

// TestDrivingGuestsAwayIsNoDrive reads "drive the guests away", to make
// them leave, as asking nothing of the music, not as music for driving;
// "the drive home" is still driving.
func TestDrivingGuestsAwayIsNoDrive(t *testing.T) {
	lex := testLexicon()
	if r := ParseRulesWith("something to drive your guests away at the end of the night", lex); r.Activity == "driving" {
		t.Errorf("drive your guests away: activity %q, want none", r.Activity)
	}
	if r := ParseRulesWith("music for the drive home", lex); r.Activity != "driving" {
		t.Errorf("the drive home: activity %q, want driving", r.Activity)
	}
}

// TestInTheDarkIsTheNight reads the dark one is in ("the drive home in
// the dark", "walking in the dark") as the night, as "after dark" is, and
// not as a dark mood, while a dark thing ("in the dark forest") and dark
// music stay dark.
func TestInTheDarkIsTheNight(t *testing.T) {
	for _, msg := range []string{"something for the drive home in the dark after a long shift", "walking in the dark", "songs for sitting in the dark, alone"} {
		r := ParseRulesWith(msg, testLexicon())
		if slices.Contains(r.Moods, "dark") || r.TimeOfDay != "night" {
			t.Errorf("%q: moods %q, time of day %q; want no dark mood, the night", msg, r.Moods, r.TimeOfDay)
		}
	}
	for _, msg := range []string{"music for the dark forest", "dark music in the evening"} {
		if r := ParseRulesWith(msg, testLexicon()); !slices.Contains(r.Moods, "dark") {
			t.Errorf("%q: moods %q, want dark", msg, r.Moods)
		}
	}
}

// TestAnIdiomThatIsAGenresNameIsSaidOutright reads an idiom that is a
// genre's own name ("motown", whose entry adds its era) as that genre
// named outright: beside another genre it is kept, where it had yielded
// as a genre an idiom only implies does ("any motown, some big band
// swing" asked for swing alone), while an implied genre still yields
// ("headbanging to punk" is punk).
func TestAnIdiomThatIsAGenresNameIsSaidOutright(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Soul", "Swing", "Punk", "Heavy Metal"})
	for _, msg := range []string{"any motown, some big band swing", "motown sound and swing"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.Genres, "soul") || !slices.Contains(r.Genres, "swing") {
			t.Errorf("%q: genres %q, want soul (motown) and swing", msg, r.Genres)
		}
	}
	r := ParseRulesWith("headbanging to punk", lex)
	if !slices.Equal(r.Genres, []string{"punk"}) {
		t.Errorf("headbanging to punk: genres %q, want punk alone", r.Genres)
	}
}

// TestSmallHoursInTheMorningAreLateNight reads one to four "in the
// morning" as that hour of the clock, late at night as "3am" is, where
// "morning" read it as the morning: "that deserted bar at three in the
// morning sound". Six in the morning is still the morning.
func TestSmallHoursInTheMorningAreLateNight(t *testing.T) {
	for _, msg := range []string{"that deserted bar at three in the morning sound", "at 2 in the morning", "4 o'clock in the morning"} {
		if r := ParseRulesWith(msg, testLexicon()); r.TimeOfDay != "late night" || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: time %q, not understood %q", msg, r.TimeOfDay, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("songs for 6 in the morning", testLexicon()); r.TimeOfDay != "morning" {
		t.Errorf("songs for 6 in the morning: time %q", r.TimeOfDay)
	}
}
