package engine

import (
	"slices"
	"testing"

	"sleeve/library"
)

func TestCatalogLexicon(t *testing.T) {
	rows := []TrackRow{
		{ID: 1, Title: "Careless Love", Artist: "Bessie Smith", Album: "Blues Album", Genres: []string{"Blues"}},
		{ID: 2, Title: "So What", Artist: "Miles Davis", Album: "Kind of Blue", Genres: []string{"Jazz"}},
		{ID: 3, Title: "Freddie Freeloader", Artist: "Miles Davis", Album: "Kind of Blue", Genres: []string{"Jazz"}},
		{ID: library.TrackID(4), Title: "Careless Love", Artist: "Louis Armstrong", Album: "Satchmo", Genres: []string{"Jazz", "Blues"}},
		{ID: 5, Title: "Hangar", Artist: "Freedoom Project", Album: "OST", Genres: []string{"Video Game Music"}},
	}
	lex := NewCatalog(rows).Lexicon()
	if !slices.Equal(lex.Genres, []string{"jazz", "blues", "video game music"}) {
		t.Errorf("genres %q, want the most used first (the catalogue keeps genres lowercase)", lex.Genres)
	}
	if len(lex.Titles) != 4 {
		t.Errorf("titles %q: a title shared by two tracks is listed once", lex.Titles)
	}
	if got := lex.ArtistsByPrefix("freedoom"); !slices.Equal(got, []string{"Freedoom Project"}) {
		t.Errorf("artists by prefix %q", got)
	}
}
