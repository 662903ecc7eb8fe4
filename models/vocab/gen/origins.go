package main

import (
	"bufio"
	"os"
	"slices"
	"strings"
)

// placeFiles are WordNet's lexicographer files of nouns of places:
// noun.location (countries, regions, cities) and noun.object, where
// WordNet files the continents ("Africa", "Asia").
var placeFiles = map[string]bool{"15": true, "17": true}

// origins returns the words of origin WordNet knows, each with the genres
// of beets' tree that come from there. A word of origin is an adjective
// whose first sense pertains (WordNet's "\" pointer) to a named place: a
// noun of noun.location or noun.object that is an instance of a kind of place
// ("japanese": Japan, "nigerian": Nigeria, "african": Africa), which
// also names its people and, for many, its language. Its genres are the
// tree's genres with the word in their name ("korean pop", "french
// house", "african hip hop", "african" itself) and those named with its
// initial and a hyphen where beets' own genre list (genres.txt) names the
// same genre with the word in full ("j-pop" for "japanese pop", "k-pop"
// for "korean pop"). A word with none takes the genres of the place its
// place is part of (WordNet's "#p" part holonym, up to three places up)
// when that place's own word of origin is a genre's name ("nigerian":
// Nigeria is part of Africa, and "african" is a genre). A word of origin
// with no genre at all is kept with an empty list: the reader says it
// understood the place and that no genre of the tree comes from there.
//
// It also returns, for a word with genres of its own, the genre of the
// place its place is part of, when that differs ("japanese": asian), and
// the names written in full of the genres named with an
// initial ("japanese pop": "j-pop"), for aliases, and each word's place
// (the offset of its noun synset).
func (w *wordNet) origins(parents map[string]string, genreList string) (map[string][]string, map[string]string, map[string]string, map[string]int64, error) {
	idx, err := w.loadIndex("a")
	if err != nil {
		return nil, nil, nil, nil, err
	}
	listed := map[string]bool{}
	if f, err := os.Open(genreList); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			listed[strings.ToLower(strings.TrimSpace(sc.Text()))] = true
		}
		f.Close()
	} else {
		return nil, nil, nil, nil, err
	}
	placeOf := map[string]int64{}  // word of origin -> its place
	wordOf := map[int64][]string{} // place -> its words of origin
	for word, offs := range idx {
		if len(offs) == 0 || strings.ContainsAny(word, "_-.'") || len(word) < 4 {
			continue
		}
		s, err := w.readSynset("a", offs[0])
		if err != nil {
			return nil, nil, nil, nil, err
		}
		for _, p := range s.ptrs {
			if p.symbol != `\` || p.pos != "n" {
				continue
			}
			place, err := w.readSynset("n", p.offset)
			if err != nil {
				return nil, nil, nil, nil, err
			}
			if !placeFiles[place.lexFile] || !slices.ContainsFunc(place.ptrs, func(q pointer) bool { return q.symbol == "@i" }) {
				continue
			}
			placeOf[word] = p.offset
			wordOf[p.offset] = append(wordOf[p.offset], word)
			break
		}
	}
	full := map[string]string{}
	own := func(word string) []string {
		var gs []string
		for g := range parents {
			words := strings.FieldsFunc(g, func(r rune) bool { return r == ' ' || r == '-' })
			if len(words) > 0 && words[0] == word {
				gs = append(gs, g)
				continue
			}
			// "j-pop" for "japanese pop", as beets' list names both.
			if head, rest, ok := strings.Cut(g, "-"); ok && len(head) == 1 && word[:1] == head && listed[word+" "+rest] {
				gs = append(gs, g)
				full[word+" "+rest] = g
			}
		}
		slices.Sort(gs)
		return gs
	}
	out, regions := map[string][]string{}, map[string]string{}
	for word, place := range placeOf {
		gs := own(word)
		var region []string
		for up := 0; len(region) == 0 && up < 3; up++ {
			s, err := w.readSynset("n", place)
			if err != nil {
				return nil, nil, nil, nil, err
			}
			next := int64(-1)
			for _, p := range s.ptrs {
				if p.symbol == "#p" && p.pos == "n" {
					next = p.offset
					break
				}
			}
			if next < 0 {
				break
			}
			place = next
			for _, ow := range wordOf[place] {
				if _, genre := parents[ow]; genre {
					region = append(region, ow)
				}
			}
		}
		if len(gs) == 0 {
			gs = region
		}
		if len(region) > 0 && !slices.Contains(gs, region[0]) {
			regions[word] = region[0]
		}
		if gs == nil {
			gs = []string{}
		}
		out[word] = gs
	}
	return out, regions, full, placeOf, nil
}

// placeNames returns the one-word names of the places of the words of
// origin, each with its word of origin: the lemmas of the place's noun
// synset ("India": "indian", "Jamaica": "jamaican", "Cuba": "cuban")
// whose first sense is a place (of noun.location or noun.object), so that
// a name that first means something else ("turkey", a bird first;
// "chile", a pepper) is left out. A name whose senses are the places of
// several words of origin ("japan": the nation, "japanese"; the islands)
// takes the word of its earliest sense, and among the words of one place
// ("argentine", "argentinian") the first in alphabetical order.
func (w *wordNet) placeNames(places map[string]int64) (map[string]string, error) {
	nouns, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	out, rank := map[string]string{}, map[string]int{}
	for _, word := range sortedKeys(places) {
		s, err := w.readSynset("n", places[word])
		if err != nil {
			return nil, err
		}
		for _, l := range s.lemmas {
			name := strings.ToLower(l)
			offs := nouns[name]
			if strings.ContainsAny(name, "_-.'") || len(name) < 4 || len(offs) == 0 {
				continue
			}
			first, err := w.readSynset("n", offs[0])
			if err != nil {
				return nil, err
			}
			sense := slices.Index(offs, places[word])
			if !placeFiles[first.lexFile] || sense < 0 {
				continue
			}
			if _, had := out[name]; had && rank[name] <= sense {
				continue
			}
			out[name], rank[name] = word, sense
		}
	}
	return out, nil
}
