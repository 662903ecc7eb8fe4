package models

import (
	"slices"
	"strings"
	"testing"
)

// TestEnglishWordsAreNotMisspellings reads words of SCOWL's English word
// list (inflected forms WordNet's lemmas miss, and words near an idiom's
// word) as what they are, never as the vocabulary or idiom word a letter
// or two away: a real word left unread adds nothing, a real word misread
// adds a wrong constraint. Misspellings that are no English word are still
// corrected.
func TestEnglishWordsAreNotMisspellings(t *testing.T) {
	for _, tc := range []struct{ msg, not string }{
		{"cruising around town", "cuisine"},                // an e dropped before -ing
		{"music to putter around in slippers", "slappers"}, // near an idiom's word
		{"soulful harmonies", "harmonica"},                 // y to -ies
		{"something simpler", "sampled"},                   // a comparative
		{"a shorter list", "shower"},
		{"a boat party", "beat"},
		{"psyched for the gym", "psych"},
		{"old memories", "memorial"},
		// Rarer words of SCOWL's larger list.
		{"a paris themed retirement party", "theses"},
		{"punk rock for blading", "blaring"},
		{"slower music to be a successful bowyer", "bopper"},
		{"meathead music before games", "metalhead"},
		// A dropped g of an English word the reader does not read is
		// that word, not a misspelling of another ("sittin" is sitting).
		{"sittin in the morning sun on the boat", "smitten"},
	} {
		r := ParseRulesWith(tc.msg, testLexicon())
		for _, u := range r.Understood {
			if strings.Contains(u, "read as") || strings.Contains(u, tc.not) {
				t.Errorf("%q misread: understood %q", tc.msg, r.Understood)
			}
		}
	}
	if r := ParseRulesWith("computer music, glitchy and cold", testLexicon()); !slices.Contains(r.Genres, "glitch") {
		t.Errorf("glitchy: genres %q, understood %q", r.Genres, r.Understood)
	}
	r := ParseRulesWith("a boat party", testLexicon())
	if r.Activity != "party" || slices.ContainsFunc(r.Genres, func(g string) bool { return g == "hip hop" }) {
		t.Errorf("a boat party: activity %q, genres %q", r.Activity, r.Genres)
	}
	for _, tc := range []struct{ msg, said string }{
		{"accoustic covers", "“accoustic” read as “acoustic”"},
		{"reggea on the beach", "“reggea” read as “reggae”"},
		{"slow jaz", "“jaz” read as “jazz”"},
		{"the bluesiest thing you've got", "genre blues (from “bluesiest”)"},
	} {
		if r := ParseRulesWith(tc.msg, testLexicon()); !slices.Contains(r.Understood, tc.said) {
			t.Errorf("%q: understood %q, want %q", tc.msg, r.Understood, tc.said)
		}
	}
}

// TestLengthenedWords reads a word stretched for emphasis, a letter
// repeated three times or more, as the word the reader knows ("sooo",
// "sloooow", "reeeaallly", "jazzzz"), and says so; a stretched word that
// stands for nothing known stays unread.
func TestLengthenedWords(t *testing.T) {
	for _, tc := range []struct{ msg, said string }{
		{"sooo chill", "“sooo” read as “so”"},
		{"sloooooow jams", "“sloooooow” read as “slow”"},
		{"reeeaallly chill jazz", "“reeeaallly” read as “really”"},
		{"jazzzzz", "“jazzzzz” read as “jazz”"},
	} {
		r := ParseRulesWith(tc.msg, testLexicon())
		if !slices.Contains(r.Understood, tc.said) || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: understood %q, not understood %q", tc.msg, r.Understood, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("sloooooow jams", testLexicon()); r.PreferTempoMax == 0 {
		t.Errorf("sloooooow jams: prefers ≤ %d BPM", r.PreferTempoMax)
	}
	if r := ParseRulesWith("brrrm", testLexicon()); !slices.Contains(r.NotUnderstood, "brrrm") {
		t.Errorf("brrrm: not understood %q, understood %q", r.NotUnderstood, r.Understood)
	}
}

// TestWordsOfTheRulesAreNotReadAsThemselves checks that a word of the
// rules that no rule read where it stands ("hours" after "sad boi") is
// not said to be read as itself when another word of the message is
// corrected.
func TestWordsOfTheRulesAreNotReadAsThemselves(t *testing.T) {
	r := ParseRules("sad boi hours")
	for _, u := range r.Understood {
		if strings.Contains(u, "“hours” read as") {
			t.Errorf("Understood %q says hours was read as a word", r.Understood)
		}
	}
}

// TestInformalAdjectivesInY reads an informal adjective in -y made of a
// genre or an instrument the vocabulary knows as that base ("drummy and
// groovy" asks for drums, "trancey stuff" for trance), and leaves alone
// an English word of its own ("horny", "brassy", "kitty") and a base
// shorter than four letters or unknown ("echoey", "twangy").
func TestInformalAdjectivesInY(t *testing.T) {
	for w, want := range map[string]string{
		"drummy": "drum", "trancey": "trance", "proggy": "prog", "bluegrassy": "bluegrass", "guitary": "guitar",
		"horny": "", "brassy": "", "stringy": "", "noisy": "", "kitty": "", "echoey": "", "twangy": "", "jazzy": "",
	} {
		if got := yBase(w); got != want {
			t.Errorf("yBase(%q) = %q, want %q", w, got, want)
		}
	}
	lex := testLexicon()
	if r := ParseRulesWith("drummy and groovy", lex); !slices.Contains(r.Instruments, "drums") || len(r.NotUnderstood) > 0 {
		t.Errorf("drummy and groovy: instruments %q, not understood %q", r.Instruments, r.NotUnderstood)
	}
	if r := ParseRulesWith("trancey stuff", lex); !slices.Contains(r.Genres, "trance") || len(r.NotUnderstood) > 0 {
		t.Errorf("trancey stuff: genres %q, not understood %q", r.Genres, r.NotUnderstood)
	}
}

// TestMisspeltGenreOfAFamily reads a misspelling equally near two genre
// words as the one whose genres hold the other's: "raggae" is reggae
// (ragga is a kind of reggae), "metall" metal ("metally" is metal too),
// whatever the library holds.
func TestMisspeltGenreOfAFamily(t *testing.T) {
	for _, lex := range []*Lexicon{nil, NewLexicon(nil, nil, nil, []string{"Reggae", "Ragga", "Heavy Metal"})} {
		for w, want := range map[string]string{"raggae": "reggae", "metall": "metal"} {
			if got := correction(w, lex); got != want {
				t.Errorf("correction(%q) = %q, want %q", w, got, want)
			}
		}
	}
}
