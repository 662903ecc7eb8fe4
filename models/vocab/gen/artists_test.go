package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadArtistsRefusesGenresOutsideTheTree checks that the generator
// stops on a page genre the tree lacks and no genre line maps, and on a
// genre line onto a genre the tree lacks; the first three genres of the
// tree are kept, mapped, in the page's order.
func TestReadArtistsRefusesGenresOutsideTheTree(t *testing.T) {
	parents := map[string]string{"pop": "", "rock": "", "hip hop": "", "dance-pop": "pop", "country": ""}
	write := func(body string) string {
		p := filepath.Join(t.TempDir(), "artists.txt")
		if err := os.WriteFile(p, []byte("source s = https://example.org/list\ngenre hip-hop = hip hop\ngenre dance = dance-pop\ngenre gospel = -\n"+body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	as, _, err := readArtists(write("The Band => Gospel / Hip-hop / dance / Pop / Rock [s]\n"), parents)
	if err != nil {
		t.Fatal(err)
	}
	if a := as["band"]; a.name != "The Band" || strings.Join(a.genres, "/") != "hip hop/dance-pop/pop" {
		t.Errorf("read %+v", as)
	}
	for _, body := range []string{"X => Polka [s]\n", "genre polka = polka\nX => Polka [s]\n", "X => Pop [t]\n"} {
		if _, _, err := readArtists(write(body), parents); err == nil {
			t.Errorf("%q: no error", body)
		}
	}
}

// TestReadArtistsByGenre checks artists-bygenre.txt's reading: a
// performer's disambiguation is dropped and remembered ("Boston (band)"),
// a place's is not an artist's ("Washington (state)"), an artist none of
// whose genres the tree has is left out, and of two titles read alike
// the first is kept.
func TestReadArtistsByGenre(t *testing.T) {
	parents := map[string]string{"soft rock": "", "grunge": "", "pop": ""}
	p := filepath.Join(t.TempDir(), "artists-bygenre.txt")
	body := "source s = https://example.org/lists\ngenre polka = -\ngenre american grunge = grunge\n" +
		"Boston (band) => soft rock [s]\nWashington (state) => american grunge [s]\nPolka Kings => polka [s]\n" +
		"The Band => pop [s]\nBand => soft rock [s]\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	as, _, err := readArtistsByGenre(p, parents)
	if err != nil {
		t.Fatal(err)
	}
	if a := as["boston"]; a.name != "Boston" || !a.titled || strings.Join(a.genres, "/") != "soft rock" {
		t.Errorf("boston: %+v", a)
	}
	if a := as["washington"]; a.name != "Washington" || a.titled {
		t.Errorf("washington: %+v", a)
	}
	if _, ok := as["polka kings"]; ok {
		t.Errorf("an artist without a genre of the tree was kept")
	}
	if a := as["band"]; a.name != "The Band" || strings.Join(a.genres, "/") != "pop" {
		t.Errorf("band: %+v", a)
	}
	// artists.txt's reader refuses what this one leaves out.
	if _, _, err := readArtists(p, parents); err == nil {
		t.Errorf("readArtists read an artist without a genre of the tree")
	}
}

// TestListGenresThatAgreeAreKept checks that of more than three genres the
// lists give an artist, the three kept are those whose branch of the tree
// most of the others share, not the first three lists' by title: a soul
// singer on a radio format's list and on the blues-rock and disco lists
// once, and on three soul lists, is a soul singer.
func TestListGenresThatAgreeAreKept(t *testing.T) {
	parents := map[string]string{"rock": "", "alternative rock": "rock", "rhythm and blues": "", "soul": "rhythm and blues",
		"blue-eyed soul": "soul", "electronic": "", "disco": "electronic"}
	p := filepath.Join(t.TempDir(), "artists-bygenre.txt")
	body := "source s = https://example.org/lists\ngenre adult alternative = alternative rock\ngenre r&b = rhythm and blues\n" +
		"Singer => adult alternative / blue-eyed soul / disco / r&b / soul [s]\nDuo => disco / soul [s]\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	as, _, err := readArtistsByGenre(p, parents)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(as["singer"].genres, "/"); got != "blue-eyed soul/rhythm and blues/soul" {
		t.Errorf("singer's genres %q, want blue-eyed soul/rhythm and blues/soul", got)
	}
	if got := strings.Join(as["duo"].genres, "/"); got != "disco/soul" {
		t.Errorf("duo's genres %q, want both in the lists' order", got)
	}
}
