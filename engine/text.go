package engine

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"

	"sleeve/models"
)

// tagVocab numbers the mood, instrument and context words of the models
// vocabularies, so a track's word lists fit in a small bit set.
var tagVocab = func() map[string]int {
	m := map[string]int{}
	for _, list := range [][]string{models.MoodWords, models.InstrumentWords, models.ContextWords} {
		for _, w := range list {
			if _, ok := m[w]; !ok {
				m[w] = len(m)
			}
		}
	}
	return m
}()

// tagSet is a set of vocabulary words.
type tagSet [2]uint64

func makeTagSet(lists ...[]string) tagSet {
	var s tagSet
	for _, l := range lists {
		for _, w := range l {
			s.add(w)
		}
	}
	return s
}

func (s *tagSet) add(w string) {
	if i, ok := tagVocab[strings.ToLower(strings.TrimSpace(w))]; ok && i < 128 {
		s[i/64] |= 1 << (i % 64)
	}
}

func (s tagSet) has(w string) bool {
	i, ok := tagVocab[w]
	return ok && i < 128 && s[i/64]&(1<<(i%64)) != 0
}

func (s tagSet) and(o tagSet) tagSet { return tagSet{s[0] & o[0], s[1] & o[1]} }

func (s tagSet) count() int { return bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]) }

// stopWords are left out of lexical matching and hashed embeddings.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an and the of for to in on with by at from is it its this that
		be are was some something me my i you your we our us want need play give find put make like
		more less but not no very really just please song songs track tracks music tune tunes list playlist
		minutes minute hour hours min mins while as or so too into about what which who get have any`) {
		stopWords[w] = true
	}
}

// tokenize splits text into lower-case words without stop words, with a
// light plural fold ("pianos" → "piano").
func tokenize(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(foldText(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(f) < 2 || stopWords[f] {
			continue
		}
		out = append(out, stem(f))
	}
	return out
}

// lexTokens are the terms of text for lexical matching: its tokens, with
// each tag of several words ("rainy day", "working out", "late night")
// kept one term where its words stand together. Tracks carry those tags
// (models.ContextWords), so split into words they answered every request
// that says "day", "out" or "night": "beach day" ranked the tracks tagged
// "rainy day" first, on the word "day" alone.
func lexTokens(text string) []string {
	toks := tokenize(text)
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && tagPhrases[toks[i]+" "+toks[i+1]] {
			out = append(out, toks[i]+" "+toks[i+1])
			i++
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// tagPhrases are the tags of two words, as their tokens joined by a space.
var tagPhrases = func() map[string]bool {
	out := map[string]bool{}
	for _, c := range models.ContextWords {
		if t := tokenize(c); len(t) == 2 {
			out[t[0]+" "+t[1]] = true
		}
	}
	return out
}()

// foldText lowercases s and drops the accents of Latin letters, so
// "Café" and "cafe" are one word.
func foldText(s string) string {
	return strings.Map(foldAccent, strings.ToLower(s))
}

func stem(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		return w[:len(w)-1]
	}
	return w
}

// bm25Index is an in-memory BM25 index over each track's note and tags.
type bm25Index struct {
	post   map[string][]posting
	docLen []uint16
	avgLen float64
}

type posting struct {
	doc int32
	tf  uint16
}

func newBM25Builder() *bm25Index { return &bm25Index{post: map[string][]posting{}} }

func (x *bm25Index) add(toks []string) {
	doc := int32(len(x.docLen))
	x.docLen = append(x.docLen, uint16(min(len(toks), math.MaxUint16)))
	counts := map[string]uint16{}
	for _, t := range toks {
		counts[t]++
	}
	for t, n := range counts {
		x.post[t] = append(x.post[t], posting{doc, n})
	}
}

func (x *bm25Index) finish() {
	var sum float64
	for _, l := range x.docLen {
		sum += float64(l)
	}
	if len(x.docLen) > 0 {
		x.avgLen = sum / float64(len(x.docLen))
	}
}

// BM25 parameters, the usual defaults.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// score adds the BM25 score of terms to out (indexed by row) and returns
// the largest score written.
func (x *bm25Index) score(terms []string, out []float32) float32 {
	var best float32
	for _, t := range slices.Compact(slices.Sorted(slices.Values(terms))) {
		ps := x.post[t]
		if len(ps) == 0 {
			continue
		}
		idf := x.idf(len(ps))
		for _, p := range ps {
			tf := float64(p.tf)
			norm := tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*float64(x.docLen[p.doc])/x.avgLen))
			out[p.doc] += float32(idf * norm)
			best = max(best, out[p.doc])
		}
	}
	return best
}

// idf is the inverse document frequency of a term that df documents hold.
func (x *bm25Index) idf(df int) float64 {
	n := float64(len(x.docLen))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// ideal returns the BM25 score of a document of average length that
// holds each distinct term once: what a track that says everything the
// terms say would score. A term no document holds counts as rare as one
// that a single document holds.
func (x *bm25Index) ideal(terms []string) float32 {
	var sum float64
	for _, t := range slices.Compact(slices.Sorted(slices.Values(terms))) {
		sum += x.idf(max(len(x.post[t]), 1))
	}
	return float32(sum)
}

// commonTerm reports whether term t is in the text of more than half the
// rows of a catalogue of at least 8: a word that says nothing of one
// track in particular.
func (c *Catalog) commonTerm(t string) bool {
	if c.lex == nil {
		return false
	}
	n := len(c.lex.docLen)
	return n >= 8 && 2*len(c.lex.post[t]) > n
}

// saysOtherwise reports whether the library's text says a word mostly in
// the near words given: fewer rows hold it than the rows holding each of
// near, counted together.
func (c *Catalog) saysOtherwise(word string, near []string) bool {
	if c.lex == nil {
		return false
	}
	var others int
	for _, n := range near {
		others += len(c.lex.post[n])
	}
	return len(c.lex.post[stem(word)]) < others
}

// shareOfTerms returns, for each row that holds any of the terms, the
// share of the distinct terms it holds: a track called "Sunday Morning
// Coffee" holds all of a search for those words, one whose note says
// "morning" a third.
func (x *bm25Index) shareOfTerms(terms []string) map[int32]float32 {
	terms = slices.Compact(slices.Sorted(slices.Values(terms)))
	out := map[int32]float32{}
	for _, t := range terms {
		for _, p := range x.post[t] {
			out[p.doc] += 1 / float32(len(terms))
		}
	}
	return out
}
