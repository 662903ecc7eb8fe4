package models

import (
	"slices"
	"testing"
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
