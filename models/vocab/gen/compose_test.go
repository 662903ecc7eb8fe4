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

// TestSlashedGenreNames checks that a genre written with a slash is named
// by each alternative with the words around the slash shared, that a
// slashed whole name is named by its parts written together and by a part
// that is no English word, and that a part whose last word is a genre of
// its own, a denied name and a name the vocabulary has are left alone.
func TestSlashedGenreNames(t *testing.T) {
	parents := map[string]string{
		"country": "", "cowboy/western music": "country", "electronic": "", "trance": "electronic",
		"progressive house/trance": "electronic", "metal": "", "death/doom": "metal", "punk": "",
		"psychobilly/punkabilly": "punk", "psychobilly": "punk",
	}
	aliases := map[string][]string{"progressive house": {"progressive house/trance"}}
	english := map[string]bool{"death": true, "doom": true}
	deny := map[string]bool{"western music": true}
	got := slashedGenreNames(parents, aliases, english, deny)
	want := map[string]string{
		"cowboy music":           "cowboy/western music",
		"death doom":             "death/doom",
		"death-doom":             "death/doom",
		"punkabilly":             "psychobilly/punkabilly",
		"psychobilly punkabilly": "psychobilly/punkabilly",
		"psychobilly-punkabilly": "psychobilly/punkabilly",
	}
	for name, g := range want {
		if got[name] != g {
			t.Errorf("%q names %q, want %q", name, got[name], g)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%q names %q, want no name", name, got[name])
		}
	}
}
