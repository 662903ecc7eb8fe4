package models

import (
	"slices"
	"strings"
	"testing"
)

// TestNegationReachesOverTheVerbGroup refuses what a negator's verb group
// leads to, however many grammar words, filler words and adverbs stand
// between ("don't want to listen to pop"), and up to two words of the
// refused phrase itself ("extremely happy pop"); the scope ends at a word
// of another kind, at coordination, a purpose or a new clause, and a
// pseudo-negation ("don't know") refuses nothing after its next word.
func TestNegationReachesOverTheVerbGroup(t *testing.T) {
	lex := testLexicon()
	refused := []struct {
		msg, genre string
	}{
		{"i don't want to listen to rock", "rock"},
		{"i don't wanna hear any more of that jazz", "jazz"},
		{"i really do not want to be hearing blues tonight", "blues"},
		{"never want to listen to extremely upbeat ambient", "ambient"},
	}
	for _, tc := range refused {
		r := ParseRulesWith(tc.msg, lex)
		if !slices.Contains(r.ExcludeGenres, tc.genre) || slices.Contains(r.Genres, tc.genre) {
			t.Errorf("%q: genres %q, excluded %q", tc.msg, r.Genres, r.ExcludeGenres)
		}
	}
	asked := []struct {
		msg, genre string
	}{
		{"i don't know much about jazz", "jazz"},
		{"no vocals and some jazz", "jazz"},
		{"not what i want for a party, give me rock", "rock"},
		{"something that doesn't require you to be a jazz expert", "jazz"},
		{"i don't care what it is as long as it's rock", "rock"},
		// A negated auxiliary before its subject asks a question, a
		// suggestion of what follows.
		{"why don't you play some jazz", "jazz"},
		{"won't you play me some blues", "blues"},
		{"won't you play rock", "rock"},
		{"shouldn't we play some rock", "rock"},
		{"don't you have any jazz", "jazz"},
		// A genre read past a grammar word is a phrase of its own: the
		// refusal of the first leaves the second asked for.
		{"i don't want jazz i want blues", "blues"},
		{"don't want rock give me jazz", "jazz"},
		{"i'm not feeling rock today give me jazz", "jazz"},
		{"people who don't like jazz will love this blues", "blues"},
		// "so" opens a clause of its result.
		{"i can't sleep so play some ambient", "ambient"},
	}
	for _, tc := range asked {
		r := ParseRulesWith(tc.msg, lex)
		if !slices.Contains(r.Genres, tc.genre) || slices.Contains(r.ExcludeGenres, tc.genre) {
			t.Errorf("%q: genres %q, excluded %q", tc.msg, r.Genres, r.ExcludeGenres)
		}
	}
	// Just before the word read, "so" says how much, within the scope.
	if r := ParseRulesWith("i don't want the music so fast", lex); r.PreferTempoMin > 0 || r.PreferTempoMax == 0 {
		t.Errorf("i don't want the music so fast: prefers %d–%d BPM", r.PreferTempoMin, r.PreferTempoMax)
	}
	r := ParseRulesWith("i don't wanna listen to extremely happy rock when i'm sad", lex)
	if !slices.Contains(r.ExcludeMoods, "happy") || !slices.Contains(r.Moods, "sad") || !slices.Contains(r.ExcludeGenres, "rock") {
		t.Errorf("a new clause ends the scope: moods %q, excluded moods %q, excluded genres %q", r.Moods, r.ExcludeMoods, r.ExcludeGenres)
	}
}

// TestRefusalIdiomsOfHavingHadEnough reads the idioms of having had too
// much of something as refusals, in one message and as a refinement of
// the one before.
func TestRefusalIdiomsOfHavingHadEnough(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"i need a break from the jazz", "fed up with jazz", "i've had enough of jazz", "bored of jazz, something else", "i'm done with jazz"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.ExcludeGenres, "jazz") || slices.Contains(r.Genres, "jazz") || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: genres %q, excluded %q, not understood %q", msg, r.Genres, r.ExcludeGenres, r.NotUnderstood)
		}
	}
	r := Refine(ParseRulesWith("jazz for the road", lex), ParseRulesWith("need a break from the jazz, some rock", lex))
	if slices.Contains(r.Genres, "jazz") || !slices.Contains(r.Genres, "rock") || !slices.Contains(r.ExcludeGenres, "jazz") {
		t.Errorf("refined: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
}

// TestExclusionListRunsOnAndNamesInLowerCase refuses the last item of a
// list that runs on into other words ("except rock and jazz honestly"),
// and a refused name said in lower case that starts an artist's name in
// the library, with every artist it starts ("not freedoom").
func TestExclusionListRunsOnAndNamesInLowerCase(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"everything except rock and jazz honestly", "no rock or jazz tonight", "no rock, jazz or blues at all"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.ExcludeGenres, "rock") || !slices.Contains(r.ExcludeGenres, "jazz") || len(r.Genres) > 0 {
			t.Errorf("%q: genres %q, excluded %q", msg, r.Genres, r.ExcludeGenres)
		}
	}
	r := ParseRulesWith("game music but not freedoom", lex)
	if !slices.Contains(r.ExcludeArtists, "Freedoom") || !slices.Contains(r.ExcludeArtists, "Freedoom Project") || slices.Contains(r.ExcludeArtists, "Freedoomed") || len(r.NotUnderstood) > 0 {
		t.Errorf("not freedoom: excluded artists %q, not understood %q", r.ExcludeArtists, r.NotUnderstood)
	}
	// A refused word that starts no artist's name is not an artist.
	if r := ParseRulesWith("jazz but not smooth", lex); len(r.ExcludeArtists) > 0 {
		t.Errorf("jazz but not smooth: excluded artists %q", r.ExcludeArtists)
	}
}

// TestGenreHeadsLeftOut reads the genres whose shared last words a
// coordination leaves out ("death, black and doom metal", "no death or
// black metal") and a word that makes a genre's name with the head of a
// genre said elsewhere in the message ("metal, but no thrash"), refused
// when the word is; a word that is a genre of its own is not taken as a
// modifier ("soul and acid jazz" is soul and acid jazz, not soul jazz).
func TestGenreHeadsLeftOut(t *testing.T) {
	tree := NewLexicon(nil, nil, nil, []string{"Death Metal", "Black Metal", "Doom Metal", "Thrash Metal", "Metal", "Soul", "Acid Jazz", "Soul Jazz", "Rock"})
	for _, tc := range []struct {
		msg              string
		genres, excluded []string
	}{
		{"death, black and doom metal", []string{"black metal", "death metal", "doom metal"}, nil},
		{"no death or black metal", nil, []string{"black metal", "death metal"}},
		{"metal, but no thrash", []string{"metal"}, []string{"thrash metal"}},
		{"soul and acid jazz", []string{"acid jazz", "soul"}, nil},
	} {
		r := ParseRulesWith(tc.msg, tree)
		var ex []string
		for _, g := range r.ExcludeGenres {
			if g == "black metal" || g == "death metal" || g == "thrash metal" {
				ex = append(ex, g)
			}
		}
		got := slices.Sorted(slices.Values(r.Genres))
		slices.Sort(ex)
		if !slices.Equal(got, tc.genres) || !slices.Equal(ex, tc.excluded) || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: genres %q, excluded %q, not understood %q", tc.msg, r.Genres, r.ExcludeGenres, r.NotUnderstood)
		}
	}
	// A refused modifier whose genre the library has only as the genre
	// asked for does not refuse it.
	r := ParseRulesWith("rock, but nothing too hard", tree)
	if !slices.Contains(r.Genres, "rock") || slices.Contains(r.ExcludeGenres, "rock") {
		t.Errorf("rock, nothing too hard: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
}

// TestRefusalsOfOtherPeople reads a refusal said of other people in a
// relative clause ("jazz for people who don't like jazz") as theirs, not
// the speaker's, so the genre is asked for; said of the speaker ("as
// someone who hates rock") it is the speaker's refusal.
func TestRefusalsOfOtherPeople(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"jazz for people who don't like jazz", "rock songs for those who hate rock music", "some jazz for someone who can't stand jazz"} {
		r := ParseRulesWith(msg, lex)
		want := "jazz"
		if strings.Contains(msg, "rock") {
			want = "rock"
		}
		if !slices.Contains(r.Genres, want) || slices.Contains(r.ExcludeGenres, want) {
			t.Errorf("%q: genres %q, excluded %q", msg, r.Genres, r.ExcludeGenres)
		}
	}
	// Music they refuse that is asked for nowhere else stays refused: the
	// list is for them.
	for _, msg := range []string{"jazz for people who hate rock", "for my dad who hates rock"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.ExcludeGenres, "rock") || slices.Contains(r.Genres, "rock") {
			t.Errorf("%q: genres %q, excluded %q", msg, r.Genres, r.ExcludeGenres)
		}
	}
	r := ParseRulesWith("as someone who hates rock, give me jazz", lex)
	if !slices.Contains(r.ExcludeGenres, "rock") || !slices.Contains(r.Genres, "jazz") {
		t.Errorf("as someone who hates rock: genres %q, excluded %q", r.Genres, r.ExcludeGenres)
	}
}

// TestLikeAfterANegatedAuxiliaryIsTheVerb reads "like" after a negated
// auxiliary as the verb, so what follows is refused ("she doesn't like
// jazz", "i do not like jazz", "didn't like"), where it had been "music
// like jazz"; "nothing like X" stays a comparison and "I'd like" a wish.
func TestLikeAfterANegatedAuxiliaryIsTheVerb(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"she doesn't like jazz", "i do not like jazz", "i didn't like the jazz", "we wouldn't like jazz"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.ExcludeGenres, "jazz") || slices.Contains(r.Genres, "jazz") || len(r.LikeArtists)+len(r.LikeTracks) > 0 || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: genres %q, excluded %q, like %q %q, not understood %q", msg, r.Genres, r.ExcludeGenres, r.LikeArtists, r.LikeTracks, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("i'd like jazz", lex); !slices.Contains(r.Genres, "jazz") {
		t.Errorf("i'd like jazz: genres %q", r.Genres)
	}
	if r := ParseRulesWith("nothing like Careless Love", lex); !slices.Contains(r.LikeTracks, "Careless Love") {
		t.Errorf("nothing like Careless Love: like %q", r.LikeTracks)
	}
}
