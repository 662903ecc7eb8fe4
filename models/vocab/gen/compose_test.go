package main

import "testing"

// TestComposedGenreNames checks that a genre of several words is named
// with another name of a genre it holds ("detroit rap", "contemporary
// rnb", "lofi hip hop"), that an alias naming several unrelated genres
// lends no name, and that a name the vocabulary has keeps its meaning.
func TestComposedGenreNames(t *testing.T) {
	parents := map[string]string{
		"hip hop": "", "detroit hip hop": "hip hop", "lo-fi": "", "lo-fi hip hop": "hip hop",
		"rhythm and blues": "", "r&b": "rhythm and blues", "rnb": "rhythm and blues", "blues": "", "contemporary r&b": "blues",
		"world": "", "african": "", "world blues": "blues", "gangsta rap": "hip hop", "gangsta hip hop": "hip hop",
	}
	aliases := map[string][]string{
		"rap": {"hip hop"}, "lofi": {"lo-fi"}, "r and b": {"r&b", "rhythm and blues"},
		"world music": {"world", "african"}, "gangsta": {"gangsta rap"},
	}
	got := composedGenreNames(parents, aliases)
	for name, want := range map[string]string{
		"detroit rap":          "detroit hip hop",
		"lofi hip hop":         "lo-fi hip hop",
		"lo-fi rap":            "lo-fi hip hop",
		"contemporary rnb":     "contemporary r&b",
		"contemporary r and b": "contemporary r&b",
	} {
		if got[name] != want {
			t.Errorf("%q names %q, want %q", name, got[name], want)
		}
	}
	for _, name := range []string{"world music blues", "gangsta rap", "detroit hip hop"} {
		if g, ok := got[name]; ok {
			t.Errorf("%q names %q; want no new name", name, g)
		}
	}
}
