package main

import (
	"sort"
	"strings"

	sleevevocab "sleeve/models/vocab"
)

// stemFalseFriends returns the English words (SCOWL's list) that vocab's
// lookup by stem (StemKeys) would read as a key of one of the tables it reads so
// (mood, context, setting, instrument) although WordNet relates the two in
// no way: they share no lemma (the word itself, or its lemmas by morphy),
// and no sense of one's lemmas is derivationally related ("+") or pertains
// ("\") to a sense of the other's, directly or through a lemma both are
// related to ("depressed" and "depressing" both come from depress).
// "literally" is not "literate", "optimal" not "optimism". The two are
// related too when a lemma of one, or a lemma WordNet relates to it,
// begins a lemma of the other (prefixed), since WordNet does not record
// every derivation. A word or key WordNet holds no lemma of is left to
// the stem.
func (w *wordNet) stemFalseFriends(tables map[string]map[string]string, scowl []string) ([]string, error) {
	lemmas, exc, err := w.morphology()
	if err != nil {
		return nil, err
	}
	lemmaSet := func(x string) map[string]bool {
		set := map[string]bool{}
		if lemmas[x] {
			set[x] = true
		}
		for _, l := range w.lemmasOf(x, lemmas, exc) {
			set[l] = true
		}
		return set
	}
	related := map[string]map[string]bool{}
	relatedTo := func(set map[string]bool) (map[string]bool, error) {
		out := map[string]bool{}
		for l := range set {
			if r, ok := related[l]; ok {
				for k := range r {
					out[k] = true
				}
				continue
			}
			r := map[string]bool{}
			for _, pos := range []string{"n", "v", "a", "r"} {
				idx, err := w.loadIndex(pos)
				if err != nil {
					return nil, err
				}
				for _, off := range idx[l] {
					s, err := w.readSynset(pos, off)
					if err != nil {
						return nil, err
					}
					for _, p := range s.ptrs {
						if p.symbol != "+" && p.symbol != "\\" {
							continue
						}
						t, err := w.readSynset(p.pos, p.offset)
						if err != nil {
							return nil, err
						}
						if p.target > 0 && p.target <= len(t.lemmas) {
							r[strings.ToLower(lemmaOnly(t.lemmas[p.target-1]))] = true
						} else {
							for _, tl := range t.lemmas {
								r[strings.ToLower(lemmaOnly(tl))] = true
							}
						}
					}
				}
			}
			related[l] = r
			for k := range r {
				out[k] = true
			}
		}
		return out, nil
	}
	meets := func(a, b map[string]bool) bool {
		for k := range a {
			if b[k] {
				return true
			}
		}
		return false
	}
	seen := map[string]bool{}
	var out []string
	for _, kind := range []string{"mood", "context", "setting", "instrument"} {
		table := tables[kind]
		byStem := sleevevocab.StemKeys(table)
		for _, word := range scowl {
			if len(word) < 4 || seen[word] || strings.ContainsAny(word, " -'") {
				continue
			}
			if _, ok := table[word]; ok {
				continue
			}
			key, ok := byStem[sleevevocab.Stem(word)]
			if !ok {
				continue
			}
			lw, lk := lemmaSet(word), lemmaSet(key)
			if len(lw) == 0 || len(lk) == 0 || meets(lw, lk) || prefixed(lw, lk) {
				continue
			}
			rw, err := relatedTo(lw)
			if err != nil {
				return nil, err
			}
			rk, err := relatedTo(lk)
			if err != nil {
				return nil, err
			}
			if meets(rw, lk) || meets(rk, lw) || meets(rw, rk) || prefixed(rw, lk) || prefixed(lw, rk) {
				continue
			}
			seen[word] = true
			out = append(out, word)
		}
	}
	sort.Strings(out)
	return out, nil
}

// prefixed reports whether a lemma of one set begins a lemma of the
// other, less a final "e" or "y" ("peace" and "peaceful", "forlorn" and
// "forlornness", "hope" and "hopeful"): English derives with suffixes,
// which WordNet's derivational pointers do not always record.
func prefixed(a, b map[string]bool) bool {
	for x := range a {
		for y := range b {
			short, long := x, y
			if len(short) > len(long) {
				short, long = long, short
			}
			stem := strings.TrimRight(short, "ey")
			if len(stem) >= 3 && strings.HasPrefix(long, stem) {
				return true
			}
		}
	}
	return false
}

// lemmaOnly is a synset lemma without an adjective marker ("(a)").
func lemmaOnly(l string) string {
	if i := strings.IndexByte(l, '('); i > 0 {
		return l[:i]
	}
	return l
}
