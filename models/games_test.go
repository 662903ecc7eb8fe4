package models

import (
	"slices"
	"testing"
)

// TestAGamePlayedIsNotGameMusic reads "game" after an article or
// possessive ("a horror game", "a party game", "the racing game") and
// after "playing" as a game being played, which says nothing of the
// music, where it was read as video game music; "game music", "video
// games" and "music from a game" are still the genre. "Game night" is the
// evening of board games, though a time of day reads its "night".
func TestAGamePlayedIsNotGameMusic(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Game", "Video Game Music", "Ambient", "Techno", "Jazz"})
	gameMusic := []string{"game", "video game music", "soundtrack"}
	for msg, want := range map[string][]string{
		"ambient for a horror game":                          {"ambient"},
		"energetic music to speed up a party game":           nil,
		"mood music for a high stress co-op game":            nil,
		"techno for when i pretend i'm in a fighting game":   {"techno"},
		"creepy dark ambience for a game about being lost":   nil, // the air of the place (TestAmbienceIsAtmosphere)
		"jazz while playing games with friends":              {"jazz"},
		"music for game night":                               nil,
		"nothing too wild on the game night playlist please": nil,
	} {
		r := ParseRulesWith(msg, lex)
		for _, g := range gameMusic {
			if slices.Contains(r.Genres, g) {
				t.Errorf("%q: genres %q hold %q", msg, r.Genres, g)
			}
		}
		for _, g := range want {
			if !slices.Contains(r.Genres, g) {
				t.Errorf("%q: genres %q lack %q", msg, r.Genres, g)
			}
		}
		if r.Setting != "gaming" && r.Setting != "game night" {
			t.Errorf("%q: setting %q, want gaming or game night", msg, r.Setting)
		}
	}
	if r := ParseRulesWith("music for game night", lex); r.Setting != "game night" {
		t.Errorf("music for game night: setting %q", r.Setting)
	}
	for _, msg := range []string{"game music", "video games", "music from a game", "game", "the game soundtrack"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Genres, "game") {
			t.Errorf("%q: genres %q lack game", msg, r.Genres)
		}
	}
	if r := ParseRulesWith("music for gaming", lex); r.Setting != "gaming" || len(r.NotUnderstood) > 0 || len(r.Genres) > 0 {
		t.Errorf("music for gaming: setting %q, genres %q, not understood %q", r.Setting, r.Genres, r.NotUnderstood)
	}
}

// TestBoardGamesArePlayedAtGameNight reads the board games WordNet files
// under board_game/n1 ("checkers", "backgammon") and chess, whose first
// sense there is a weed, as game night, where they were not understood.
func TestBoardGamesArePlayedAtGameNight(t *testing.T) {
	for _, msg := range []string{"thinker music for chess, calm and no words", "something for a backgammon evening", "mahjong with the family"} {
		if r := ParseRulesWith(msg, testLexicon()); r.Setting != "game night" || slices.Contains(r.NotUnderstood, "chess") {
			t.Errorf("%q: setting %q, not understood %q", msg, r.Setting, r.NotUnderstood)
		}
	}
}

// TestPaintingIsReadAndSaysNothingOfTheMusic reads painting and drawing
// as a setting of no one character, where they were not understood, and
// asks nothing of the music for it.
func TestPaintingIsReadAndSaysNothingOfTheMusic(t *testing.T) {
	for _, msg := range []string{"music for painting miniatures", "a drawing session", "time for my watercolours"} {
		r := ParseRulesWith(msg, testLexicon())
		if r.Setting != "painting" || len(r.Moods) > 0 || r.Energy != nil || len(r.Genres) > 0 {
			t.Errorf("%q: setting %q, moods %q, energy %v, genres %q", msg, r.Setting, r.Moods, r.Energy, r.Genres)
		}
	}
}
