package models

import (
	"slices"
	"strings"
	"testing"

	"sleeve/models/vocab"
)

// TestGenresNamedAfterAFamily keeps the genres named after a name that
// brings a family of them ("dance music" is a dozen kinds): they were
// cut off by the bound on genres asked for.
func TestGenresNamedAfterAFamily(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"House", "Techno", "Trance", "Disco", "Zouk", "Funk", "African"})
	r := ParseRulesWith("dance music, zouk, funk", lex)
	for _, g := range []string{"house", "zouk", "funk"} {
		if !slices.Contains(r.Genres, g) {
			t.Errorf("dance music, zouk, funk: genres %q lack %q", r.Genres, g)
		}
	}
}

// TestDanceMusicOfAGenre reads "dance music" after a genre's name as
// music to dance to of that genre ("african dance music", "latin dance
// music"), not as the family of electronic dance music, which "dance
// music" alone and "electronic dance music" still are.
func TestDanceMusicOfAGenre(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"House", "Techno", "Latin", "African", "Electronic"})
	for _, tc := range []struct {
		msg, genre string
	}{
		{"floor-oriented african dance music", "african"},
		{"energetic latin dance music with brass", "latin"},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if !slices.Equal(r.Genres, []string{tc.genre}) || r.Activity != "dancing" {
			t.Errorf("%q: genres %q, activity %q; want [%q], dancing", tc.msg, r.Genres, r.Activity, tc.genre)
		}
	}
	if r := ParseRulesWith("dance music for tonight", lex); !slices.Contains(r.Genres, "house") {
		t.Errorf("dance music for tonight: genres %q, want the family", r.Genres)
	}
}

// TestPlaceOfOrigin reads a place the music is from as the genre its
// demonym names ("from africa" is african, "of brazil" brazilian), or
// with the genre named before it the genre they name together ("hip hop
// from africa" is african hip hop); a place with no such genre is left
// alone.
func TestPlaceOfOrigin(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"African", "Brazilian", "Trance", "Soul", "African Hip Hop", "Hip Hop"})
	for _, tc := range []struct {
		msg    string
		genres []string
	}{
		{"hypnotic trance from 1970s africa", []string{"african", "trance"}},
		{"jive soul from africa", []string{"african", "soul"}},
		{"the sounds of brazil", []string{"brazilian"}},
		{"soul from spain", []string{"soul"}},
		// With the genre before it, the demonym may name a genre of its
		// own.
		{"hip hop from africa", []string{"african hip hop"}},
	} {
		r := ParseRulesWith(tc.msg, lex)
		got := slices.Sorted(slices.Values(r.Genres))
		if !slices.Equal(got, tc.genres) {
			t.Errorf("%q: genres %q, want %q (understood %q)", tc.msg, r.Genres, tc.genres, r.Understood)
		}
	}
}

// TestPlaceOfOriginByItsWord reads a place said as where the music is
// from whose word of origin is no genre's name ("india": indian,
// "jamaica": jamaican, WordNet) as that word said alone: the genres from
// there the library has, else its region's, but not its language's ("soul
// from spain" is not Latin American). After a genre's name it asks for
// that genre's kinds from there or nothing more. A name that first means
// something else than a place ("turkey") is not read as one.
func TestPlaceOfOriginByItsWord(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Asian", "Caribbean and Latin American", "J-Pop", "Rock"})
	for _, tc := range []struct {
		msg    string
		genres []string
	}{
		{"traditional songs from india", []string{"asian"}},
		{"classic songs for a vacation in jamaica", []string{"caribbean and latin american"}},
		{"songs from japan", []string{"j-pop"}},
		// No c-pop in the library: the region's (CLDR: Eastern Asia, Asia).
		{"music of china", []string{"asian"}},
		// After a genre's name, only its kinds from there.
		{"rock from japan", []string{"rock"}},
		{"rock in turkey", []string{"rock"}},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if got := slices.Sorted(slices.Values(r.Genres)); !slices.Equal(got, tc.genres) {
			t.Errorf("%q: genres %q, want %q (understood %q)", tc.msg, r.Genres, tc.genres, r.Understood)
		}
	}
}

// TestWordsOfOrigin reads a word of origin (WordNet's adjectives of a
// named place) as the genres of the tree from there: alone or as a
// language, the genres the library has ("japanese" is j-pop, "nigerian"
// african by Nigeria's place in Africa); before a genre, that genre's
// kinds from there, else the genre, said so on the Understood line.
func TestWordsOfOrigin(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"J-Pop", "K-Pop", "Rock", "Funk", "African", "Spanish Reggae", "Reggae", "House"})
	for _, tc := range []struct {
		msg    string
		genres []string
		aside  string // a word the Understood line must hold
	}{
		{"some japanese music", []string{"j-pop"}, "japanese"},
		{"korean songs", []string{"k-pop"}, "korean"},
		{"songs in spanish", []string{"spanish reggae"}, "spanish"},
		{"japanese pop", []string{"j-pop"}, "japanese"},
		{"japanese rock", []string{"rock"}, "japanese rock"},
		{"nigerian funk", []string{"funk"}, "nigerian funk"},
		{"something nigerian", []string{"african"}, "nigerian"},
	} {
		r := ParseRulesWith(tc.msg, lex)
		got := slices.Sorted(slices.Values(r.Genres))
		if !slices.Equal(got, tc.genres) || slices.ContainsFunc(r.NotUnderstood, func(w string) bool { return strings.Contains(tc.msg, w) }) {
			t.Errorf("%q: genres %q, not understood %q; want %q", tc.msg, r.Genres, r.NotUnderstood, tc.genres)
		}
		if !slices.ContainsFunc(r.Understood, func(u string) bool { return strings.Contains(u, tc.aside) }) {
			t.Errorf("%q: understood %q, want it to say %q", tc.msg, r.Understood, tc.aside)
		}
	}
	// With none of its own genres in the library, the region's.
	asian := NewLexicon(nil, nil, nil, []string{"Asian", "Rock"})
	if r := ParseRulesWith("some japanese music", asian); !slices.Equal(r.Genres, []string{"asian"}) {
		t.Errorf("some japanese music, no j-pop in the library: genres %q, want [asian]", r.Genres)
	}
	// Refused, the genres from there are refused; no mood is read.
	if r := ParseRulesWith("rock, nothing japanese", lex); !slices.Contains(r.ExcludeGenres, "j-pop") || len(r.Moods) > 0 {
		t.Errorf("rock, nothing japanese: excluded %q, moods %q; want j-pop refused", r.ExcludeGenres, r.Moods)
	}
	// A place with no genre of the tree is said, not searched.
	if r := ParseRulesWith("irish music", lex); slices.Contains(r.NotUnderstood, "irish") {
		t.Errorf("irish music: not understood %q", r.NotUnderstood)
	}
}

// TestWordsOfOriginByRegion reads a word of origin whose place has no
// genre of its own, nor one from a place WordNet says it is part of, as
// the genre named after the UN M49 regions that hold it (CLDR): Cuba and
// Jamaica are in the Caribbean and Latin America, Egypt in Africa,
// Lebanon in Asia. Ireland's regions (Northern Europe, Europe) name no
// genre: "irish" stays a place with none.
func TestWordsOfOriginByRegion(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Caribbean and Latin American", "Salsa", "African", "Asian", "Rock"})
	for _, tc := range []struct {
		msg, genre string
	}{
		{"cuban music for cooking", "caribbean and latin american"},
		{"some jamaican songs", "caribbean and latin american"},
		{"peruvian music", "caribbean and latin american"},
		{"egyptian music", "african"},
		{"lebanese songs", "asian"},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if !slices.Equal(r.Genres, []string{tc.genre}) {
			t.Errorf("%q: genres %q, understood %q; want [%q]", tc.msg, r.Genres, r.Understood, tc.genre)
		}
	}
	if r := ParseRulesWith("rock, nothing cuban", lex); !slices.Contains(r.ExcludeGenres, "caribbean and latin american") {
		t.Errorf("rock, nothing cuban: excluded %q, want caribbean and latin american", r.ExcludeGenres)
	}
	if gs, _ := vocab.Origin("irish"); len(gs) > 0 {
		t.Errorf("Origin(irish) = %q, want none", gs)
	}
}

// TestWordsOfALanguage reads a word of origin that also names a language
// ("spanish", "portuguese"), when the library has nothing from its own
// place nor its region, as the music of the places where the language is
// spoken (CLDR): songs in Spanish are Latin American and Mexican music in
// a library with salsa and Mexican pop but nothing from Spain. Before a
// genre, the kinds of it from there ("spanish pop" is Mexican pop).
// English, the language requests are read in, names no genre.
func TestWordsOfALanguage(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Salsa", "Mexican Pop", "Pop", "Bossa Nova", "Rock", "American Folk Revival"})
	for _, tc := range []struct {
		msg    string
		genres []string
	}{
		{"songs in spanish", []string{"caribbean and latin american", "mexican pop"}},
		{"relaxing spanish music", []string{"caribbean and latin american", "mexican pop"}},
		{"spanish pop", []string{"mexican pop"}},
		{"portuguese songs", []string{"brazilian", "caribbean and latin american"}},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if got := slices.Sorted(slices.Values(r.Genres)); !slices.Equal(got, tc.genres) {
			t.Errorf("%q: genres %q, understood %q; want %q", tc.msg, r.Genres, r.Understood, tc.genres)
		}
	}
	if r := ParseRulesWith("rock, no spanish lyrics", lex); !slices.Contains(r.ExcludeGenres, "caribbean and latin american") || !slices.Equal(r.Genres, []string{"rock"}) {
		t.Errorf("rock, no spanish lyrics: genres %q, excluded %q; want rock, Latin American music refused", r.Genres, r.ExcludeGenres)
	}
	if r := ParseRulesWith("songs in english", lex); len(r.Genres) > 0 {
		t.Errorf("songs in english: genres %q, want none", r.Genres)
	}
	// With none of the language's genres in the library either, the
	// place is said to have nothing there (not "no genre known").
	rock := NewLexicon(nil, nil, nil, []string{"Rock"})
	if r := ParseRulesWith("portuguese songs", rock); !slices.Contains(r.Understood, "“portuguese”: nothing from there in your library") {
		t.Errorf("portuguese songs in a rock library: understood %q", r.Understood)
	}
	if got := vocab.LanguageGenres("english"); len(got) > 0 {
		t.Errorf("LanguageGenres(english) = %q, want none", got)
	}
}

// TestWordOfOriginOfAThing leaves a word of origin before a thing that is
// not music to the thing ("french food" says nothing of French music).
func TestWordOfOriginOfAThing(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"French House", "French Pop", "Gypsy Jazz"})
	if r := ParseRulesWith("gypsy jazz for a french food and wine pairing", lex); !slices.Equal(r.Genres, []string{"gypsy jazz"}) {
		t.Errorf("gypsy jazz for a french food and wine pairing: genres %q, want [gypsy jazz]", r.Genres)
	}
}
