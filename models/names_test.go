package models

import (
	"slices"
	"strings"
	"testing"
)

// TestNamesAreNotMisspellings reads the words of a person's name as a
// name, never as the nearest word of the vocabulary: "eno" after the
// proper noun "brian" is no "emo", a capitalised word past the first is a
// name, while a lone misspelling is still corrected.
func TestNamesAreNotMisspellings(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"brian eno style music for airports", "music like brian eno", "play some Enya"} {
		r := ParseRulesWith(msg, lex)
		for _, u := range r.Understood {
			if strings.Contains(u, "read as") {
				t.Errorf("%q: a name was corrected: %q", msg, r.Understood)
			}
		}
		if slices.Contains(r.Genres, "emo") || slices.Contains(r.Genres, "enka") {
			t.Errorf("%q: genres %q", msg, r.Genres)
		}
	}
	r := ParseRulesWith("brian eno style music for airports", lex)
	if !slices.Equal(r.LikeArtists, []string{"Brian Eno"}) {
		t.Errorf("a name before “style” is an artist to sound like: %q (understood %q)", r.LikeArtists, r.Understood)
	}
	r = ParseRulesWith("jaz for a lazy evening", lex)
	if !slices.Contains(r.Genres, "jazz") || !slices.Contains(r.Understood, "“jaz” read as “jazz”") {
		t.Errorf("a lone misspelling is still read: %q", r.Understood)
	}
}

// TestMusiciansWordNetRecords reads a musician WordNet records and the
// library lacks as music like theirs, with the genres and instruments
// WordNet gives them; a surname that is first another word is a name only
// where the request says a name follows; a refused musician is left out.
func TestMusiciansWordNetRecords(t *testing.T) {
	lex := testLexicon()
	r := ParseRulesWith("something like duke ellington", lex)
	if !slices.Equal(r.LikeArtists, []string{"Duke Ellington"}) || !slices.Contains(r.Genres, "jazz") || !slices.Contains(r.Instruments, "piano") ||
		!slices.Contains(r.Understood, "genre jazz (from “Duke Ellington”)") {
		t.Errorf("like duke ellington: like %q, genres %q, instruments %q, understood %q", r.LikeArtists, r.Genres, r.Instruments, r.Understood)
	}
	r = ParseRulesWith("some duke ellington for dinner", lex)
	if !slices.Equal(r.LikeArtists, []string{"Duke Ellington"}) || len(r.NotUnderstood) != 0 {
		t.Errorf("a full name without “like”: like %q, not understood %q", r.LikeArtists, r.NotUnderstood)
	}
	r = ParseRulesWith("chopin-style nocturnes", lex)
	if !slices.Equal(r.LikeArtists, []string{"Chopin"}) || !slices.Contains(r.Instruments, "piano") {
		t.Errorf("chopin-style: like %q, instruments %q", r.LikeArtists, r.Instruments)
	}
	// "holiday" is first a day, "waters" the plural of water and "walter"
	// a given name (Walter Scott's): said alone, none is a musician.
	for _, msg := range []string{"holiday music", "music for calm waters", "happy songs for my friend walter"} {
		if r := ParseRulesWith(msg, lex); len(r.LikeArtists) != 0 {
			t.Errorf("%q read as a name: %q", msg, r.LikeArtists)
		}
	}
	r = ParseRulesWith("jazz but I can't stand duke ellington", lex)
	if !slices.Contains(r.ExcludeArtists, "Duke Ellington") || slices.Contains(r.LikeArtists, "Duke Ellington") {
		t.Errorf("refused: excluded %q, like %q", r.ExcludeArtists, r.LikeArtists)
	}
	// A musician of the library is the library's.
	r = ParseRulesWith("something like miles davis", lex)
	if !slices.Equal(r.LikeArtists, []string{"Miles Davis"}) || len(r.Instruments) != 0 {
		t.Errorf("a library artist: like %q, instruments %q", r.LikeArtists, r.Instruments)
	}
}

// TestComposersAreClassical reads a composer WordNet records without a
// genre in its gloss, born before 1900, as classical music, and the
// surname of one whose first sense is his music ("Chopin": "the music of
// Chopin") as his name wherever it is said; a surname that is the plural
// of a common noun ("sessions", Roger Sessions) is not, and a genre the
// request names is not widened to the composer's broader one. A singer
// WordNet files under a classical voice type sings opera, a conductor
// and a pianist born before 1900 play classical music.
func TestComposersAreClassical(t *testing.T) {
	lex := NewLexicon([]string{"Hollow Heights"}, []string{"Nocturne in Blue"}, []string{"Evenings"}, []string{"Classical", "Opera", "Ballet", "Ambient", "Jazz"})
	for msg, genre := range map[string]string{"some pavarotti while I cook": "opera", "toscanini conducting something grand": "classical", "pablo casals for a quiet sunday": "classical"} {
		if r := ParseRulesWith(msg, lex); len(r.LikeArtists) != 1 || !slices.Contains(r.Genres, genre) {
			t.Errorf("%q: like %q, genres %q, want %s", msg, r.LikeArtists, r.Genres, genre)
		}
	}
	for _, msg := range []string{"rachmaninoff when I'm bouldering", "clare de lune or a chopin etude", "strauss waltzes on a cold winter day"} {
		r := ParseRulesWith(msg, lex)
		if len(r.LikeArtists) != 1 || !slices.Contains(r.Genres, "classical") {
			t.Errorf("%q: like %q, genres %q, understood %q", msg, r.LikeArtists, r.Genres, r.Understood)
		}
	}
	// "German composer of instrumental music (especially symphonic and
	// chamber music)": the instruments, not the genre "instrumental".
	withOther := NewLexicon(nil, nil, nil, []string{"Classical", "Orchestral", "Other"})
	if r := ParseRulesWith("symphonies for studying, beethoven type stuff", withOther); slices.Contains(r.Genres, "other") || !slices.Contains(r.Genres, "orchestral") {
		t.Errorf("beethoven: genres %q", r.Genres)
	}
	r := ParseRulesWith("ambient for long writing sessions", lex)
	if len(r.LikeArtists) != 0 || slices.Contains(r.Genres, "classical") {
		t.Errorf("writing sessions: like %q, genres %q", r.LikeArtists, r.Genres)
	}
	r = ParseRulesWith("ballet music, tchaikovsky style", lex)
	if !slices.Equal(r.LikeArtists, []string{"Tchaikovsky"}) || slices.Contains(r.Genres, "classical") || !slices.Contains(r.Genres, "ballet") {
		t.Errorf("ballet, tchaikovsky style: like %q, genres %q", r.LikeArtists, r.Genres)
	}
}

// TestNamesAfterPlay reads a name of two words or more that the library
// and WordNet lack as a name after "play" or "some", or after a refusal,
// without a style word; a single word after "some" is not a name.
func TestNamesAfterPlay(t *testing.T) {
	lex := testLexicon()
	if r := ParseRulesWith("play some brian eno", lex); !slices.Equal(r.LikeArtists, []string{"Brian Eno"}) {
		t.Errorf("play some brian eno: like %q", r.LikeArtists)
	}
	if r := ParseRulesWith("no kenny g please", lex); !slices.Equal(r.ExcludeArtists, []string{"Kenny G"}) {
		t.Errorf("no kenny g: excluded %q", r.ExcludeArtists)
	}
	if r := ParseRulesWith("some jazz", lex); len(r.LikeArtists) != 0 || !slices.Contains(r.Genres, "jazz") {
		t.Errorf("some jazz: like %q, genres %q", r.LikeArtists, r.Genres)
	}
}

// TestIdiomWordsAreSpellingTargets counts the idioms' words of one word
// among the words a misspelling may be read as: "sundy", as near to Sunday
// as to sunny, is not guessed, and "vibez" is read as the idiom "vibey".
func TestIdiomWordsAreSpellingTargets(t *testing.T) {
	r := ParseRulesWith("jaz for a lazy sundy", testLexicon())
	if slices.Contains(r.Moods, "happy") || !slices.Contains(r.NotUnderstood, "sundy") || !slices.Contains(r.Genres, "jazz") {
		t.Errorf("sundy: moods %q, not understood %q, genres %q", r.Moods, r.NotUnderstood, r.Genres)
	}
	if r := ParseRulesWith("chill vibez", testLexicon()); len(r.NotUnderstood) != 0 {
		t.Errorf("vibez: not understood %q (understood %q)", r.NotUnderstood, r.Understood)
	}
}

// TestNamesInLists reads a name that is also English words ("Fleet
// Foxes", "Iron Maiden") where it stands in a list of names or before
// "type", "kind" or "vibes", and nowhere else.
func TestNamesInLists(t *testing.T) {
	lex := testLexicon()
	for _, c := range []struct {
		msg  string
		like []string
	}{
		{"fleet foxes and vampire weekend while i fold laundry", []string{"Fleet Foxes", "Vampire Weekend"}},
		{"iron maiden type stuff for the warehouse", []string{"Iron Maiden"}},
		{"everything from nelly to nine inch nails", []string{"Nine Inch Nails", "Nelly"}},
		{"dead can dance, enigma", []string{"Enigma", "Dead Can Dance"}},
		// Not a list of names: phrases first ("In the Woods", "No One").
		{"a cabin in the woods and no one around", nil},
	} {
		r := ParseRulesWith(c.msg, lex)
		got := slices.Clone(r.LikeArtists)
		want := slices.Clone(c.like)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: like %q, want %q (understood %q)", c.msg, r.LikeArtists, c.like, r.Understood)
		}
	}
	r := ParseRulesWith("no fleet foxes or vampire weekend tonight", lex)
	if !slices.Contains(r.ExcludeArtists, "Vampire Weekend") || !slices.Contains(r.ExcludeArtists, "Fleet Foxes") || len(r.LikeArtists) != 0 {
		t.Errorf("refused names in a list: exclude %q, like %q", r.ExcludeArtists, r.LikeArtists)
	}
}

// TestNamesSaidWithTheirPossessive reads a well-known name said with its
// possessive ("radiohead's experimental side") as the name, and a name
// that is an English word when what it owns is music ("queen's greatest
// hits"); a possessive of anyone else names nobody.
func TestNamesSaidWithTheirPossessive(t *testing.T) {
	for msg, want := range map[string]string{
		"radiohead's experimental side":   "Radiohead",
		"norah jones's softer stuff":      "Norah Jones",
		"queen's greatest hits":           "Queen",
		"the temptations' greatest hits":  "The Temptations",
		"my mom's favourite songs":        "",
		"today's hits":                    "",
		"a song for my brother's wedding": "",
	} {
		r := ParseRulesWith(msg, testLexicon())
		if want == "" && len(r.LikeArtists) > 0 || want != "" && !slices.Contains(r.LikeArtists, want) {
			t.Errorf("%q: like %q, want %q", msg, r.LikeArtists, want)
		}
		if want != "" && slices.ContainsFunc(r.NotUnderstood, func(w string) bool { return strings.Contains(w, "'") }) {
			t.Errorf("%q: not understood %q", msg, r.NotUnderstood)
		}
	}
}

// TestANameComparedWithIsAReference reads a name after "than" as the
// point of reference it is, even after a refusal: "nothing rowdier than
// johnny horton" refuses what is rowdier, never Johnny Horton.
func TestANameComparedWithIsAReference(t *testing.T) {
	for _, msg := range []string{"nothing rowdier than johnny horton", "nothing heavier than the beatles"} {
		r := ParseRulesWith(msg, testLexicon())
		if len(r.ExcludeArtists) > 0 || len(r.LikeArtists) == 0 {
			t.Errorf("%q: refused %q, like %q", msg, r.ExcludeArtists, r.LikeArtists)
		}
	}
	if r := ParseRulesWith("nothing by the beatles", testLexicon()); !slices.Contains(r.ExcludeArtists, "The Beatles") {
		t.Errorf("nothing by the beatles: refused %q", r.ExcludeArtists)
	}
}
