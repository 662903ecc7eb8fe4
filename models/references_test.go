package models

import (
	"slices"
	"testing"
)

// referenceLexicon is a library whose names are also ordinary words, as
// the evaluation's catalogue's are: titles of a time of day or a
// setting, an album of the weather, artists of two plain words.
func referenceLexicon() *Lexicon {
	return NewLexicon(
		[]string{"Ember Heights", "Paper Gardens", "Iron Pines"},
		[]string{"Careless Love", "Midnight Boogie", "Sunday Morning Coffee", "Kraken Attack", "Rainy Night in Georgia"},
		[]string{"Rain Rain", "Morning Drive"},
		[]string{"Jazz", "Blues", "Ambient", "Hip Hop"})
}

// TestTitleNamedBeforeAChangeIsTheSeed checks that a title of the
// library said without "like" but set against a change ("X but faster",
// "X, but find me faster ones") is the music to sound like, and its
// words are not read as words (a time of day, a search).
func TestTitleNamedBeforeAChangeIsTheSeed(t *testing.T) {
	lex := referenceLexicon()
	for _, tc := range []struct {
		msg, title string
	}{
		{"Careless Love, but find me faster ones", "Careless Love"},
		{"Midnight Boogie but a notch calmer", "Midnight Boogie"},
		{"kraken attack was great, something like it but slower", "Kraken Attack"},
		{"something in the spirit of Sunday Morning Coffee", "Sunday Morning Coffee"},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if !slices.Equal(r.LikeTracks, []string{tc.title}) || r.TimeOfDay != "" || r.Setting != "" || len(r.Moods) > 0 || len(r.SearchWords) > 0 {
			t.Errorf("%q: like tracks %v, time %q, setting %q, moods %v, search %v; want the seed %q alone",
				tc.msg, r.LikeTracks, r.TimeOfDay, r.Setting, r.Moods, r.SearchWords, tc.title)
		}
	}
}

// TestTitleWordsWithoutAReferenceStayWords checks that a title made of
// ordinary words is not taken as a reference when nothing signals one.
func TestTitleWordsWithoutAReferenceStayWords(t *testing.T) {
	lex := referenceLexicon()
	for _, msg := range []string{"sunday morning coffee music", "something for a sunday morning drive", "careless love"} {
		if r := ParseRulesWith(msg, lex); len(r.LikeTracks) > 0 {
			t.Errorf("%q: like tracks %v, want none", msg, r.LikeTracks)
		}
	}
}

// TestAlbumNamedIsSearched checks that an album of the library named as
// one ("the album rain rain", "songs off Morning Drive") searches its
// words and is not read as a setting or a time of day.
func TestAlbumNamedIsSearched(t *testing.T) {
	lex := referenceLexicon()
	for _, tc := range []struct {
		msg  string
		want []string
	}{
		{"the album rain rain", []string{"rain"}},
		{"songs off Morning Drive", []string{"morning", "drive"}},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if !slices.Equal(r.SearchWords, tc.want) || r.Setting != "" || r.TimeOfDay != "" || r.Activity != "" {
			t.Errorf("%q: search %v, setting %q, time %q, activity %q; want search %v alone", tc.msg, r.SearchWords, r.Setting, r.TimeOfDay, r.Activity, tc.want)
		}
	}
}

// TestRefusedArtistSpanStopsAtTheName checks that a refused artist of the
// library is the name alone, not the words after it ("please") nor the
// pronoun of the next clause.
func TestRefusedArtistSpanStopsAtTheName(t *testing.T) {
	lex := referenceLexicon()
	r := ParseRulesWith("no Ember Heights please, I want real songs", lex)
	if !slices.Equal(r.ExcludeArtists, []string{"Ember Heights"}) {
		t.Errorf("excluded %q, want Ember Heights alone", r.ExcludeArtists)
	}
}

// TestRefusedNamesStopAtThePronounI checks that the capitalised "I" of a
// clause after a refused name is not read as another name refused.
func TestRefusedNamesStopAtThePronounI(t *testing.T) {
	r := ParseRulesWith("skip Coldplay, I want something else", nil)
	if !slices.Equal(r.ExcludeArtists, []string{"Coldplay"}) {
		t.Errorf("excluded %q, want Coldplay alone", r.ExcludeArtists)
	}
}

// TestWordsInTitles reads a word said to be in the title as a search for
// it and nothing else: "anything with coffee in the title" had read a
// café setting and left "title" not understood.
func TestWordsInTitles(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string][]string{
		"anything with coffee in the title":  {"coffee"},
		"whatever has storm in the title":    {"storm"},
		"oldies with baby in the title":      {"baby"},
		`songs with "blue moon" in the name`: {"blue", "moon"},
	} {
		r := ParseRulesWith(msg, lex)
		if !slices.Equal(r.SearchWords, want) || len(r.NotUnderstood) > 0 || r.Setting != "" {
			t.Errorf("%q: search %q, setting %q, not understood %q; want search %q", msg, r.SearchWords, r.Setting, r.NotUnderstood, want)
		}
	}
}

// TestSongsCalledOrNamed reads "called WORD", with one word of a name of
// the library said as the whole name, and "the NAME song", with NAME a
// title of the library, as a search for the name's words: "anything
// called lullaby" had read music for sleeping, and "the sunday morning
// coffee song" a morning in a café. Set against a change, the song is
// what the change is measured from; a name the library does not hold ("a
// playlist called latin beats") is read as what its words say.
func TestSongsCalledOrNamed(t *testing.T) {
	lex := NewLexicon([]string{"Crimson Harbor"}, []string{"Lullaby for Lanterns", "Sunday Morning Coffee", "Careless Love"}, nil, []string{"Blues", "Latin"})
	for msg, want := range map[string][]string{
		"anything called lullaby":                {"lullaby"},
		"something called lullaby, not too loud": {"lullaby"},
		"the sunday morning coffee song":         {"sunday", "morning", "coffee"},
		"play me the careless love track please": {"careless", "love"},
	} {
		r := ParseRulesWith(msg, lex)
		if !slices.Equal(r.SearchWords, want) || r.Activity != "" || r.Setting != "" || r.TimeOfDay != "" || len(r.Moods) > 0 {
			t.Errorf("%q: search %q, activity %q, setting %q, time %q, moods %q; want search %q alone", msg, r.SearchWords, r.Activity, r.Setting, r.TimeOfDay, r.Moods, want)
		}
	}
	if r := ParseRulesWith("the careless love song but calmer", lex); !slices.Equal(r.LikeTracks, []string{"Careless Love"}) || r.EnergyShift >= 0 {
		t.Errorf("the careless love song but calmer: like %q, energy shift %d; want like Careless Love, calmer", r.LikeTracks, r.EnergyShift)
	}
	if r := ParseRulesWith("i have a personal playlist called latin beats", lex); !slices.Contains(r.Genres, "latin") || slices.Contains(r.SearchWords, "latin") {
		t.Errorf("a playlist called latin beats: genres %q, search %q; want latin read as the genre", r.Genres, r.SearchWords)
	}
}
