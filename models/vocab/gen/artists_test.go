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
