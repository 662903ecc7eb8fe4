package models

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestGrammarWordsFileIsCurrent checks that the vocabulary generator's
// list of the reader's grammar and filler words (gen/grammar-words.txt,
// from which it derives their inflected forms) holds exactly stopWords and
// fillerWords.
func TestGrammarWordsFileIsCurrent(t *testing.T) {
	data, err := os.ReadFile("vocab/gen/grammar-words.txt")
	if err != nil {
		t.Fatal(err)
	}
	var file []string
	for _, l := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(l, "#") {
			file = append(file, strings.Fields(l)...)
		}
	}
	var want []string
	for w := range stopWords {
		want = append(want, w)
	}
	for w := range fillerWords {
		if !stopWords[w] {
			want = append(want, w)
		}
	}
	slices.Sort(file)
	slices.Sort(want)
	if !slices.Equal(file, want) {
		t.Errorf("gen/grammar-words.txt is not models' stopWords and fillerWords: edit it and run go run ./models/vocab/gen")
	}
}

// TestFormsOfGrammarWordsAndWordsOfDegree reads an inflected form of a
// grammar or filler word ("gets", "keeps", "goes") and a word of degree
// (WordNet's adverb senses of degree: "super", "real", "whole", "enough")
// as asking for nothing of their own, not as words not understood; a form
// with a second lemma ("leaves": leave and leaf) is not a grammar word, and
// a word of degree does not change what it qualifies.
func TestFormsOfGrammarWordsAndWordsOfDegree(t *testing.T) {
	for _, msg := range []string{
		"jazz that keeps going and gets me up",
		"whatever helps me focus",
		"super chill jazz",
		"a whole album of real slow blues",
		"quiet enough for reading",
	} {
		if r := ParseRulesWith(msg, testLexicon()); len(r.NotUnderstood) > 0 {
			t.Errorf("%q: not understood %q", msg, r.NotUnderstood)
		}
	}
	r := ParseRulesWith("super chill jazz", testLexicon())
	if !slices.Contains(r.Moods, "chill") || !slices.Contains(r.Genres, "jazz") {
		t.Errorf("super chill jazz: moods %q, genres %q", r.Moods, r.Genres)
	}
	if r := ParseRulesWith("autumn leaves", testLexicon()); !slices.Contains(r.NotUnderstood, "leaves") {
		t.Errorf("autumn leaves: not understood %q", r.NotUnderstood)
	}
}

// TestFunctionWordsAskForNothing reads the closed classes' words a request
// carries between its content (conjunctions, prepositions, reflexive
// pronouns and the contractions of pronouns and auxiliaries) as grammar, not
// as words not understood, and keeps what the content asks for.
func TestFunctionWordsAskForNothing(t *testing.T) {
	for _, msg := range []string{
		"angry orchestral music because i'm furious",
		"we'll want jazz until midnight, though nothing too loud",
		"something to calm myself down, towards ambient",
		"i haven't heard blues like that, it'd be nice whenever we're cooking",
		"they'd like jazz, whether or not it swings",
	} {
		r := ParseRulesWith(msg, testLexicon())
		if len(r.NotUnderstood) > 0 {
			t.Errorf("%q: not understood %q", msg, r.NotUnderstood)
		}
		if len(r.Genres) == 0 {
			t.Errorf("%q: no genre read: %q", msg, r.Understood)
		}
	}
}
