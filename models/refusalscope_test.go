package models

import (
	"slices"
	"testing"
)

// TestNegationReachesThroughPremodifiers refuses the head of a negated
// noun phrase through a run of modifiers that are moods or words the
// reader does not read, coordinated or not ("not urgent aggressive
// staccato rap", "nothing loud and intense like heavy metal"), through a
// verb of WordNet whose first word is a mood ("don't warm to"), through a
// tempo word, and over "or" after a refused item the reader does not read
// ("not that wub wub or bubblegum pop"); a noun of its own ends it.
func TestNegationReachesThroughPremodifiers(t *testing.T) {
	lex := testLexicon()
	for _, tc := range []struct{ msg, genre, mood string }{
		{"please make it something calming and quiet, not urgent aggressive staccato rap", "hip hop", "aggressive"},
		{"nothing loud and intense like heavy metal", "metal", ""},
		{"i don't really warm to modern hip hop", "hip hop", ""},
		{"not that wub wub or bubblegum pop or mumble rap", "hip hop", ""},
		{"songs that are bright, nothing with a slow laid-back vibe", "", "mellow"},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if tc.genre != "" && (!slices.Contains(r.ExcludeGenres, tc.genre) || slices.Contains(r.Genres, tc.genre)) {
			t.Errorf("%q: genres %q, excluded %q", tc.msg, r.Genres, r.ExcludeGenres)
		}
		if tc.mood != "" && (!slices.Contains(r.ExcludeMoods, tc.mood) || slices.Contains(r.Moods, tc.mood)) {
			t.Errorf("%q: moods %q, excluded %q", tc.msg, r.Moods, r.ExcludeMoods)
		}
	}
	for _, tc := range []struct{ msg, genre string }{
		{"no vocals, chill jazz", "jazz"},
		{"no vocals and some jazz", "jazz"},
		{"i hate rock and love jazz", "jazz"},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if !slices.Contains(r.Genres, tc.genre) || slices.Contains(r.ExcludeGenres, tc.genre) {
			t.Errorf("%q: genres %q, excluded %q", tc.msg, r.Genres, r.ExcludeGenres)
		}
	}
	// A genre of the tree the library lacks, refused in a list, is
	// refused as named, never asked for as its ancestor.
	if r := ParseRulesWith("no metal or industrial", lex); !slices.Contains(r.ExcludeGenres, "industrial") || len(r.Genres) > 0 {
		t.Errorf("no metal or industrial: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
	// A relative clause of a head negated by "not" is refused with it,
	// and "not music" there is no request for sounds that are not music.
	r := ParseRulesWith("not music that puts me to sleep, but music that relaxes me", lex)
	if r.Activity == "sleeping" || !slices.Contains(r.ExcludeContexts, "sleeping") || r.IncludeNotMusic {
		t.Errorf("not music that puts me to sleep: activity %q, excluded %q, not music %v", r.Activity, r.ExcludeContexts, r.IncludeNotMusic)
	}
}

// TestRappingIsAVoice reads a refused delivery of rap ("no rapping", "no
// mcs", "without rap vocals") as a refusal of the voice, leaving hip hop
// asked for; "rap", the noun, is still the genre.
func TestRappingIsAVoice(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"instrumental hip hop beats, no rapping", "lofi hip hop, no mcs please", "hip hop without rap vocals"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.ExcludeInstruments, "vocals") || !r.Instrumental || len(r.ExcludeGenres) > 0 || len(r.Genres) == 0 {
			t.Errorf("%q: genres %q, excluded %q, excluded instruments %q, instrumental %v", msg, r.Genres, r.ExcludeGenres, r.ExcludeInstruments, r.Instrumental)
		}
	}
	if r := ParseRulesWith("party music, no rap please", lex); !slices.Contains(r.ExcludeGenres, "hip hop") {
		t.Errorf("no rap: excluded %q", r.ExcludeGenres)
	}
	if r := ParseRulesWith("hip hop with some rapping", lex); len(r.ExcludeInstruments) > 0 || !slices.Contains(r.Genres, "hip hop") {
		t.Errorf("hip hop with some rapping: genres %q, excluded instruments %q", r.Genres, r.ExcludeInstruments)
	}
}

// TestLessOrLaterRefuses reads the idioms of sparing, putting off and
// annoyance as refusals: "go easy on", "light on" and "sans" a genre
// (Sleeve has no measure of how much of a genre a list holds, so less of
// it leaves it out, as "less techno" does), "can wait", "save … for
// later", "… gets on my nerves"; "easy on the ears" and "for later
// tonight" refuse nothing.
func TestLessOrLaterRefuses(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"go easy on the techno", "light on the techno please", "something sans techno", "the techno can wait",
		"save the techno for later", "let's keep the techno for another day, something mellow", "techno gets on my nerves, some jazz",
		"laid back patio music, nix the lullabies and go easy on the techno",
		// Saved for another place or occasion, it is not wanted now.
		"hard rock and rap. save the techno for starbucks", "save the techno for the car, some jazz"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.ExcludeGenres, "techno") || slices.Contains(r.Genres, "techno") || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: genres %q, excluded %q, not understood %q", msg, r.Genres, r.ExcludeGenres, r.NotUnderstood)
		}
	}
	for _, msg := range []string{"soft jazz, easy on the ears", "keep the jazz for later tonight", "jazz that saves me for the day", "keep it jazz for the party"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.Genres, "jazz") || len(r.ExcludeGenres) > 0 {
			t.Errorf("%q: genres %q, excluded %q", msg, r.Genres, r.ExcludeGenres)
		}
	}
	r := ParseRulesWith("hard rock, almost metal but not quite", lex)
	if !slices.Contains(r.ExcludeGenres, "metal") || slices.Contains(r.Genres, "metal") || !slices.Contains(r.Genres, "rock") {
		t.Errorf("almost metal but not quite: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
}

// TestRefusedFamiliarity reads a refused word of familiarity as its other
// end: "nothing obscure" and "no deep cuts" ask for the familiar, "not my
// favourites" and "aren't the obvious ones" for the new.
func TestRefusedFamiliarity(t *testing.T) {
	for _, tc := range []struct {
		msg      string
		familiar bool
	}{
		{"club beats are fine, nothing obscure", true},
		{"no deep cuts please", true},
		{"nothing too niche", true},
		{"deep cuts please", false},
		{"not my favourites, something new", false},
		{"reggae artists that aren't the obvious ones", false},
		{"i want to get into classical but all the famous stuff bores me", false},
		{"the famous ones", true},
	} {
		r := ParseRules(tc.msg)
		if r.Familiarity == nil || (*r.Familiarity < 0.5) != tc.familiar {
			t.Errorf("%q: familiarity %v, want familiar %v", tc.msg, r.Familiarity, tc.familiar)
		}
	}
}

// TestRefusedBeat reads a beat or rhythm refused as such ("without a
// strong rhythm", "nothing with a strong beat") as a loose pulse, with no
// floor of tempo, and one with no word of strength as the beatless.
func TestRefusedBeat(t *testing.T) {
	for _, msg := range []string{"music for quilting without a strong rhythm", "ambient, nothing with a strong beat", "no songs with a driving beat"} {
		r := ParseRules(msg)
		if !slices.Contains(r.Sounds, SoundLoose) || slices.Contains(r.Sounds, SoundSteady) || r.PreferTempoMin > 0 {
			t.Errorf("%q: sounds %q, prefers ≥ %d", msg, r.Sounds, r.PreferTempoMin)
		}
	}
	if r := ParseRules("nothing with a beat"); r.PreferTempoMax == 0 || r.PreferTempoMax > 95 {
		t.Errorf("nothing with a beat: prefers ≤ %d", r.PreferTempoMax)
	}
	if r := ParseRules("chill stuff with a steady beat"); !slices.Contains(r.Sounds, SoundSteady) || r.PreferTempoMin != 60 {
		t.Errorf("with a steady beat: sounds %q, prefers ≥ %d", r.Sounds, r.PreferTempoMin)
	}
}

// TestReasonsAndConsequencesAskNothing reads a clause that gives the
// reason for a refusal ("it made my guests aggressive") or a consequence
// to avoid ("or everyone gets sleepy", "because i will fall asleep") as
// refusing what it names, never asking for it; a reason after a request
// ("play jazz, it makes me happy") and a want after "or" ("or i would take
// blues") are read as before.
func TestReasonsAndConsequencesAskNothing(t *testing.T) {
	lex := testLexicon()
	r := ParseRulesWith("music very low in the background for a dinner party, no metal or industrial, it made my guests aggressive last time", lex)
	if slices.Contains(r.Moods, "aggressive") || !slices.Contains(r.ExcludeMoods, "aggressive") || r.Energy == nil || *r.Energy > 0.5 {
		t.Errorf("reason: moods %q, excluded %q, energy %v", r.Moods, r.ExcludeMoods, r.Energy)
	}
	for _, tc := range []struct{ msg, mood string }{
		{"no country because it makes me sad", "sad"},
		{"skip the techno, they always get me anxious", "tense"},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if slices.Contains(r.Moods, tc.mood) || !slices.Contains(r.ExcludeMoods, tc.mood) {
			t.Errorf("%q: moods %q, excluded %q", tc.msg, r.Moods, r.ExcludeMoods)
		}
	}
	for _, msg := range []string{"writing my thesis, not too sleepy either because I will literally fall asleep",
		"maybe jazz, nothing too slow either or everyone gets sleepy", "something upbeat or i will fall asleep"} {
		if r := ParseRulesWith(msg, lex); r.Activity == "sleeping" {
			t.Errorf("%q: activity %q", msg, r.Activity)
		}
	}
	if r := ParseRulesWith("play jazz, it makes me happy", lex); !slices.Contains(r.Moods, "happy") {
		t.Errorf("a reason for a request: moods %q", r.Moods)
	}
	if r := ParseRulesWith("jazz, or i would take blues", lex); !slices.Contains(r.Genres, "blues") {
		t.Errorf("a want after or: genres %q", r.Genres)
	}
	if r := ParseRulesWith("no sad songs whatsoever", lex); len(r.NotUnderstood) > 0 || !slices.Contains(r.ExcludeMoods, "sad") {
		t.Errorf("whatsoever: not understood %q, excluded %q", r.NotUnderstood, r.ExcludeMoods)
	}
}

// TestExcessSaidAfterRefuses reads what a copula says there is too much of,
// said after the thing ("vocals are too distracting", "classical is too
// soothing for a workout"), and a verb of annoyance whose object is the
// speaker ("words distract me"), as refusals of the thing, with the words
// of the complaint accounted for; the same verb after "to" says what the
// music is for ("jazz to distract me from the grief") and refuses nothing.
func TestExcessSaidAfterRefuses(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"vocals are too distracting, instrumental only while i code",
		"background music for writing, instrumental, vocal music is too distracting for me", "words distract me so keep it instrumental"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.ExcludeInstruments, "vocals") || slices.Contains(r.Instruments, "vocals") || !r.Instrumental || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: instruments %q, excluded %q, instrumental %v, not understood %q", msg, r.Instruments, r.ExcludeInstruments, r.Instrumental, r.NotUnderstood)
		}
	}
	for _, msg := range []string{"classical is too soothing for a workout, heavy metal", "jazz, but the horns get way too overbearing"} {
		r := ParseRulesWith(msg, lex)
		if len(r.ExcludeGenres)+len(r.ExcludeInstruments) == 0 || slices.Contains(r.Genres, "classical") || slices.Contains(r.Instruments, "brass") || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: genres %q, excluded %q, instruments %q, excluded %q, not understood %q", msg, r.Genres, r.ExcludeGenres, r.Instruments, r.ExcludeInstruments, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("reggae or smooth jazz to distract me from the grief", lex); len(r.ExcludeGenres) > 0 || !slices.Contains(r.Genres, "reggae") {
		t.Errorf("jazz to distract me: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
}
