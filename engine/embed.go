package engine

import (
	"context"
	"hash/fnv"
	"math"
)

// HashEmbedder is a deterministic, model-free embedder: a hashed bag of
// words (stop words dropped, plurals folded) with signed buckets,
// normalised to unit length. Used for both notes and requests, it makes
// the semantic signal real without a model; the evaluation harness uses
// it, and it can stand in when no embedding model is installed.
type HashEmbedder struct {
	// Dim is the embedding dimension (default 256).
	Dim int
	// Concepts, when set, maps words to a shared concept word before
	// hashing ("serene" → "calm"), standing in for what a real embedding
	// model knows about synonyms and what BM25 cannot.
	Concepts map[string]string
}

var _ Embedder = HashEmbedder{}

// Embed implements Embedder.
func (h HashEmbedder) Embed(_ context.Context, text string) ([]float32, error) {
	return h.Vector(text), nil
}

// Vector embeds text.
func (h HashEmbedder) Vector(text string) []float32 {
	d := h.Dim
	if d <= 0 {
		d = 256
	}
	v := make([]float32, d)
	for _, t := range tokenize(text) {
		if c, ok := h.Concepts[t]; ok {
			t = c
		}
		f := fnv.New64a()
		f.Write([]byte(t))
		x := f.Sum64()
		w := float32(1)
		if x>>63 == 1 {
			w = -1
		}
		v[x%uint64(d)] += w
		// A second bucket softens collisions.
		v[(x>>20)%uint64(d)] += w * 0.5
	}
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s > 0 {
		inv := float32(1 / math.Sqrt(s))
		for i := range v {
			v[i] *= inv
		}
	}
	return v
}
