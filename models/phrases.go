package models

import (
	"sort"
	"strings"
)

// PhraseShare is a 4-word phrase and the share of notes it appears in.
type PhraseShare struct {
	Phrase string
	Notes  int
	Share  float64
}

// RepeatedPhrases returns the 4-word phrases (within a sentence, without
// letter case or punctuation) that appear in more than limit (a share in
// [0, 1]) of texts, the most widespread first. A phrase with a word of one
// of names (titles, artists, albums, genres) is not counted: names repeat
// because the music does.
func RepeatedPhrases(texts, names []string, limit float64) []PhraseShare {
	nameWords := map[string]bool{}
	for _, n := range names {
		for _, w := range tokens(n) {
			nameWords[w] = true
		}
	}
	count := map[string]int{}
	for _, text := range texts {
		seen := map[string]bool{}
		for _, sent := range SplitSentences(text) {
			toks := tokens(sent)
			for i := 0; i+4 <= len(toks); i++ {
				gram := toks[i : i+4]
				named := false
				for _, w := range gram {
					named = named || nameWords[w]
				}
				if named {
					continue
				}
				p := strings.Join(gram, " ")
				if !seen[p] {
					seen[p] = true
					count[p]++
				}
			}
		}
	}
	var out []PhraseShare
	for p, n := range count {
		share := float64(n) / float64(max(1, len(texts)))
		if share > limit {
			out = append(out, PhraseShare{Phrase: p, Notes: n, Share: share})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Notes != out[j].Notes {
			return out[i].Notes > out[j].Notes
		}
		return out[i].Phrase < out[j].Phrase
	})
	return out
}
