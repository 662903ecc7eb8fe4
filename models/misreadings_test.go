package models

import (
	"slices"
	"strings"
	"testing"
)

// TestGenreOnlyBeforeMusic reads a word that names a genre only as the
// first word of "X music" as that genre only where it says which music:
// "film songs" and "film music" are film music and "beautiful music" easy
// listening, but "film noir" is a kind of film and "hauntingly beautiful"
// praise, so neither asks for a genre; "sacred choral music" is still
// sacred music.
func TestGenreOnlyBeforeMusic(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Soundtrack", "Film Score", "Easy Listening", "Sacred Music", "Tape Music"})
	tests := []struct {
		msg    string
		genres []string
	}{
		{"tense and mysterious, film noir feel", nil},
		{"film noir thriller vibes", nil},
		{"music from all over the world, hauntingly beautiful, for bedtime", nil},
		{"something beautiful and calm", nil},
		{"hindi film songs", []string{"soundtrack"}},
		{"film music for a rainy day", []string{"soundtrack"}},
		{"beautiful music that relaxes cats", []string{"easy listening"}},
		{"a mass, sacred choral music", []string{"sacred music"}},
		{"the elevator ride kind", []string{"easy listening"}}, // elevator music is filed under it
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, lex)
		for _, g := range tc.genres {
			if !slices.Contains(r.Genres, g) {
				t.Errorf("%q: genres %q, want %s (understood %q)", tc.msg, r.Genres, g, r.Understood)
			}
		}
		if tc.genres == nil && len(r.Genres) > 0 {
			t.Errorf("%q: genres %q, want none (understood %q)", tc.msg, r.Genres, r.Understood)
		}
	}
}

// TestToughAdjectives reads "easy" and "simple" before a to-infinitive,
// and "easily" as the adverb of manner, as how easily something is done,
// not as mellow or sparse music: "easy to groove to", "too easily
// affected by the mood"; "nice and easy" and "easy on the ears" are
// still mellow.
func TestToughAdjectives(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"upbeat and easy to groove to songs for spring cleaning", "i'm too easily affected by the mood of the music, something uplifting", "songs that are simple to play on guitar"} {
		r := ParseRulesWith(msg, lex)
		if slices.Contains(r.Moods, "mellow") || slices.ContainsFunc(r.Understood, func(s string) bool { return strings.Contains(s, "sparse") }) ||
			slices.Contains(r.NotUnderstood, "easily") {
			t.Errorf("%q: moods %q, understood %q, not understood %q", msg, r.Moods, r.Understood, r.NotUnderstood)
		}
	}
	for _, msg := range []string{"nice and easy", "adult contemporary, soft and easy on the ears"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Moods, "mellow") {
			t.Errorf("%q: moods %q, want mellow", msg, r.Moods)
		}
	}
}

// TestAmbienceIsAtmosphere reads "ambience" and "ambiance" as WordNet's
// atmosphere/n1, the air of a place, as "atmosphere" is read, and not as
// the ambient genre, which "ambient" still names.
func TestAmbienceIsAtmosphere(t *testing.T) {
	for _, msg := range []string{"cozy coffee shop ambience", "dark ambiance for a day of the dead party", "background ambience", "music for atmosphere"} {
		r := ParseRules(msg)
		if slices.Contains(r.Genres, "ambient") || !slices.Contains(r.Moods, "dreamy") || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: genres %q, moods %q, not understood %q; want no genre ambient, the mood dreamy", msg, r.Genres, r.Moods, r.NotUnderstood)
		}
	}
	for _, msg := range []string{"calm ambient", "ambient music for studying"} {
		if r := ParseRules(msg); !slices.Contains(r.Genres, "ambient") {
			t.Errorf("%q: genres %q; want ambient", msg, r.Genres)
		}
	}
}

// TestMinimalIsSparseButBeforeDanceMusic reads "minimal" as the sparse
// sound (WordNet minimal/a1, "the least possible") when it is said of
// anything but dance music, and as the genre minimal techno before a word
// of dance music or beside a beat.
func TestMinimalIsSparseButBeforeDanceMusic(t *testing.T) {
	for _, msg := range []string{"live electronics, super minimal", "calm instrumental music, minimal, no drums", "minimal piano for the evening"} {
		r := ParseRules(msg)
		if !slices.Contains(r.Sounds, SoundSparse) || slices.Contains(r.Genres, "minimal") || slices.Contains(r.Genres, "techno") {
			t.Errorf("%q: sounds %q, genres %q; want the sparse sound and no techno", msg, r.Sounds, r.Genres)
		}
	}
	for _, msg := range []string{"minimal techno for the drive", "really beat heavy, minimal, pumping beats"} {
		r := ParseRules(msg)
		if slices.Contains(r.Sounds, SoundSparse) || !slices.ContainsFunc(r.Genres, func(g string) bool { return g == "minimal" || g == "techno" }) {
			t.Errorf("%q: sounds %q, genres %q; want the genre", msg, r.Sounds, r.Genres)
		}
	}
}
