package models

import (
	"slices"
	"strings"
	"testing"

	"sleeve/models/vocab"
)

// artistsLexicon is a library of pop, rock, country and hip hop with an
// artist named as a well-known band is (Queen).
func artistsLexicon() *Lexicon {
	return NewLexicon([]string{"Queen", "Hollow Heights"}, []string{"Night Drive"}, nil,
		[]string{"Pop", "Rock", "Country", "Hip Hop", "Jazz", "Electronic", "Progressive Rock"})
}

// TestWellKnownArtists reads an artist of the table of well-known artists
// (Wikipedia's list of best-selling music artists) that the library lacks
// as its genres, keeping the reference so that the ranking can say the
// artist is not in the library; the name's words are never read as
// anything else ("swift" is not fast).
func TestWellKnownArtists(t *testing.T) {
	lex := artistsLexicon()
	for _, msg := range []string{"taylor swift vibes", "something like Taylor Swift", "taylor swift type stuff", "play some taylor swift"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Equal(r.LikeArtists, []string{"Taylor Swift"}) || !slices.Equal(r.Genres, []string{"pop", "country", "rock"}) ||
			!slices.Contains(r.Understood, "genre pop, country, rock (from “Taylor Swift”)") {
			t.Errorf("%q: like %q, genres %q, understood %q", msg, r.LikeArtists, r.Genres, r.Understood)
		}
		if r.TempoMin != 0 || r.TempoMax != 0 || r.Energy != nil {
			t.Errorf("%q: “swift” read as a tempo: %d-%d, energy %v (understood %q)", msg, r.TempoMin, r.TempoMax, r.Energy, r.Understood)
		}
	}
	r := ParseRulesWith("more like the Beatles", lex)
	if !slices.Equal(r.LikeArtists, []string{"the Beatles"}) || !slices.Contains(r.Genres, "rock") || !slices.Contains(r.Genres, "pop") {
		t.Errorf("more like the Beatles: like %q, genres %q", r.LikeArtists, r.Genres)
	}
	r = ParseRulesWith("pink floyd for a long drive", lex)
	if !slices.Equal(r.LikeArtists, []string{"Pink Floyd"}) || !slices.Contains(r.Genres, "progressive rock") || slices.Contains(r.Moods, "pink") {
		t.Errorf("pink floyd: like %q, genres %q, moods %q", r.LikeArtists, r.Genres, r.Moods)
	}
}

// TestWellKnownArtistNamesThatAreWords reads a band named by an English
// word ("Queen", "Journey") as the band only where a name is expected:
// after "like", before "style", or capitalised past the message's first
// word; "a queen of the night" is no band.
func TestWellKnownArtistNamesThatAreWords(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Pop", "Rock", "Soft Rock", "Hip Hop"})
	for _, msg := range []string{"something like Queen", "I'd put on some Queen", "queen style anthems"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Equal(r.LikeArtists, []string{"Queen"}) || !slices.Contains(r.Genres, "rock") {
			t.Errorf("%q: like %q, genres %q (understood %q)", msg, r.LikeArtists, r.Genres, r.Understood)
		}
	}
	for _, msg := range []string{"a queen of the night", "music fit for a queen", "journey music for a road trip", "Road Trip Journey Mix"} {
		if r := ParseRulesWith(msg, lex); len(r.LikeArtists) != 0 || slices.Contains(r.Genres, "rock") {
			t.Errorf("%q read as a band: like %q, genres %q", msg, r.LikeArtists, r.Genres)
		}
	}
	r := ParseRulesWith("Journey vibes for the drive", lex)
	if !slices.Equal(r.LikeArtists, []string{"Journey"}) || !slices.Contains(r.Genres, "soft rock") {
		t.Errorf("Journey vibes: like %q, genres %q", r.LikeArtists, r.Genres)
	}
}

// TestWellKnownArtistCalmer keeps what is said of an artist's music beside
// the artist's genres: "like Drake but calmer" asks for hip hop, calmer.
func TestWellKnownArtistCalmer(t *testing.T) {
	lex := artistsLexicon()
	r := ParseRulesWith("like Drake but calmer", lex)
	if !slices.Equal(r.LikeArtists, []string{"Drake"}) || !slices.Contains(r.Genres, "hip hop") || r.Energy == nil && r.TempoMax == 0 && !slices.ContainsFunc(r.Understood, func(u string) bool { return strings.Contains(u, "calmer") }) {
		t.Errorf("like Drake but calmer: like %q, genres %q, understood %q", r.LikeArtists, r.Genres, r.Understood)
	}
}

// TestRefusedWellKnownArtist leaves a refused artist out without refusing
// the artist's genres, as a refused WordNet musician is.
func TestRefusedWellKnownArtist(t *testing.T) {
	lex := artistsLexicon()
	for _, msg := range []string{"nothing by the Beatles", "some rock but no Taylor Swift"} {
		r := ParseRulesWith(msg, lex)
		if len(r.ExcludeArtists) != 1 || len(r.ExcludeGenres) != 0 || len(r.LikeArtists) != 0 {
			t.Errorf("%q: excluded %q, excluded genres %q, like %q", msg, r.ExcludeArtists, r.ExcludeGenres, r.LikeArtists)
		}
	}
}

// TestLibraryArtistOverWellKnownArtist reads a name the library holds as
// the library's artist, never as the well-known artist of that name.
func TestLibraryArtistOverWellKnownArtist(t *testing.T) {
	lex := artistsLexicon()
	for _, msg := range []string{"something like Queen", "play some Queen", "Queen vibes tonight", "I'd put on some Queen"} {
		r := ParseRulesWith(msg, lex)
		if !slices.Equal(r.LikeArtists, []string{"Queen"}) || len(r.Genres) != 0 {
			t.Errorf("%q: like %q, genres %q (understood %q)", msg, r.LikeArtists, r.Genres, r.Understood)
		}
	}
}

// TestWellKnownArtistTable checks the generated table: each artist has one
// to three genres of the tree and cites its page.
func TestWellKnownArtistTable(t *testing.T) {
	for _, name := range []string{"taylor swift", "the beatles", "ac dc", "beyonce", "earth wind and fire", "guns n roses"} {
		m, ok := vocab.MusicianNamed(name)
		if !ok || !m.Listed || len(m.Genres) == 0 || len(m.Genres) > 3 {
			t.Errorf("%q: %+v, %v", name, m, ok)
		}
		for _, g := range m.Genres {
			if !vocab.IsGenre(g) {
				t.Errorf("%q: %q is not a genre of the tree", name, g)
			}
		}
		if !strings.Contains(vocab.ArtistSource(name), "List_of_best-selling_music_artists") {
			t.Errorf("%q cites %q", name, vocab.ArtistSource(name))
		}
	}
}

// TestArtistsOfTheListsByGenre reads an artist of Wikipedia's lists of
// musicians by genre (gen/artists-bygenre.txt) that the library lacks as
// the lists' genres, as an artist of the best-selling list is read: after
// "like", or said alone when a word of the name is a name ("some
// merzbow"), or capitalised ("put on some Big Star"), or where the
// request says what to play ("some black sabbath", "dead can dance for
// a late drive").
func TestArtistsOfTheListsByGenre(t *testing.T) {
	lex := artistsLexicon()
	for _, c := range []struct{ msg, artist string }{
		{"something like Cocteau Twins", "Cocteau Twins"},
		{"cocteau twins vibes for a rainy afternoon", "Cocteau Twins"},
		{"play some merzbow", "Merzbow"},
		{"I'd put on some Big Star", "Big Star"},
		{"something like Heart", "Heart"},
		{"put on some black sabbath", "Black Sabbath"},
		{"dead can dance for a late drive", "Dead Can Dance"},
	} {
		r := ParseRulesWith(c.msg, lex)
		if !slices.Equal(r.LikeArtists, []string{c.artist}) || len(r.Genres) == 0 ||
			!slices.ContainsFunc(r.Understood, func(u string) bool { return strings.HasPrefix(u, "genre ") && strings.Contains(u, "(from “") }) {
			t.Errorf("%q: like %q, genres %q, understood %q", c.msg, r.LikeArtists, r.Genres, r.Understood)
		}
	}
	m, ok := vocab.MusicianNamed("cocteau twins")
	if !ok || !m.Listed || !m.Alone || !slices.Equal(m.Genres, []string{"dream pop", "shoegaze", "ambient"}) {
		t.Errorf("cocteau twins: %+v, %v", m, ok)
	}
}

// TestListedNamesThatAreWordsInProse keeps an artist of the lists whose
// name is English words, or a word the reader reads otherwise, out of
// ordinary prose ("a train ride", "low energy", "big star energy"); a
// word written in capitals is stressed, not a name ("feel the PAIN"); the
// lists' place columns ("Seattle, Washington") and numbers ("112",
// "1975") are no artists.
func TestListedNamesThatAreWordsInProse(t *testing.T) {
	lex := artistsLexicon()
	for _, msg := range []string{"a train ride through the mountains", "Songs for a Long Train Ride", "low energy music for studying", "low for studying",
		"big star energy", "the doors of the house are open", "something with heart", "feel the PAIN that is tango",
		"grunge from Seattle, Washington", "metal from the united states", "something at 112 bpm", "music from 1975"} {
		if r := ParseRulesWith(msg, lex); len(r.LikeArtists) != 0 {
			t.Errorf("%q read as an artist: like %q, genres %q", msg, r.LikeArtists, r.Genres)
		}
	}
	for _, name := range []string{"train", "low", "heart"} {
		if m, ok := vocab.MusicianNamed(name); !ok || !m.LikeOnly || m.Alone {
			t.Errorf("%q: %+v, %v; want a name only after like", name, m, ok)
		}
	}
}

// TestListedArtistBesideTheRequestsGenre reads the request's own genre
// beside an artist of the lists, without the artist's genres ("jazz like
// cocteau twins" is jazz).
func TestListedArtistBesideTheRequestsGenre(t *testing.T) {
	r := ParseRulesWith("jazz like cocteau twins", artistsLexicon())
	if !slices.Equal(r.LikeArtists, []string{"Cocteau Twins"}) || !slices.Equal(r.Genres, []string{"jazz"}) {
		t.Errorf("jazz like cocteau twins: like %q, genres %q", r.LikeArtists, r.Genres)
	}
}

// TestANameWrittenAsAPhraseOfTheVocabularyNeedsLike checks that an
// artist whose name the reader reads as a phrase written with a hyphen
// ("Laid Back", "laid-back") is not read as the name after a word that
// says what to play: "more laid back" is mellower music, not more of the
// band.
func TestANameWrittenAsAPhraseOfTheVocabularyNeedsLike(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"more mellow, more laid back", "play some laid back stuff"} {
		r := ParseRulesWith(msg, lex)
		if len(r.LikeArtists) > 0 || !slices.Contains(r.Moods, "mellow") {
			t.Errorf("%q: artists %q, moods %q; want mellow and no artist", msg, r.LikeArtists, r.Moods)
		}
	}
}
