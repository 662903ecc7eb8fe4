package models

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strings"

	"github.com/ollama/ollama/api"
)

// ErrEmbeddingsUnavailable means no embeddings can be made; the caller
// should fall back to lexical search. Errors matching it are
// *EmbeddingsUnavailableError and say why.
var ErrEmbeddingsUnavailable = errors.New("embeddings unavailable")

// EmbeddingsUnavailableError says why embeddings are unavailable.
type EmbeddingsUnavailableError struct {
	// Reason is a plain-words explanation.
	Reason string
	// Err is the underlying error, if any.
	Err error
}

// Error implements error.
func (e *EmbeddingsUnavailableError) Error() string {
	return "embeddings unavailable because " + e.Reason
}

// Is reports whether target is ErrEmbeddingsUnavailable.
func (e *EmbeddingsUnavailableError) Is(target error) bool { return target == ErrEmbeddingsUnavailable }

// Unwrap returns the underlying error.
func (e *EmbeddingsUnavailableError) Unwrap() error { return e.Err }

// Embeddings are vectors for a batch of texts.
type Embeddings struct {
	// Model is the embedding model that made them.
	Model string
	// Dims is the length of each vector.
	Dims int
	// Vectors holds one vector per input, in order.
	Vectors [][]float32
}

// maxEmbedBatch is how many texts go in one /api/embed request.
const maxEmbedBatch = 32

// Embed embeds texts with the embedding model through /api/embed, in
// batches. Any failure that means "no embeddings here" (no model
// configured, model missing or unable to embed, Ollama unreachable) is an
// *EmbeddingsUnavailableError.
func (c *Client) Embed(ctx context.Context, texts []string) (Embeddings, error) {
	if c == nil || strings.TrimSpace(c.cfg.EmbedModel) == "" {
		return Embeddings{}, &EmbeddingsUnavailableError{Reason: "no embedding model is configured"}
	}
	out := Embeddings{Model: c.cfg.EmbedModel}
	for start := 0; start < len(texts); start += maxEmbedBatch {
		batch := texts[start:min(len(texts), start+maxEmbedBatch)]
		var resp *api.EmbedResponse
		err := c.retry(ctx, c.cfg.RequestTimeout, func(ctx context.Context) error {
			r, err := c.api.Embed(ctx, &api.EmbedRequest{Model: c.cfg.EmbedModel, Input: batch})
			resp = r
			return err
		})
		if err != nil {
			return Embeddings{}, c.embedUnavailable(err)
		}
		if len(resp.Embeddings) != len(batch) {
			return Embeddings{}, fmt.Errorf("embed: %w: %d vectors for %d inputs", ErrBadReply, len(resp.Embeddings), len(batch))
		}
		for _, v := range resp.Embeddings {
			if out.Dims == 0 {
				out.Dims = len(v)
			}
			if len(v) == 0 || len(v) != out.Dims {
				return Embeddings{}, fmt.Errorf("embed: %w: vector of %d dims, want %d", ErrBadReply, len(v), out.Dims)
			}
			out.Vectors = append(out.Vectors, v)
		}
	}
	return out, nil
}

func (c *Client) embedUnavailable(err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	werr := c.wrap("embed with "+c.cfg.EmbedModel, "embedding", err)
	var se api.StatusError
	var mm *MissingModelError
	switch {
	case errors.As(werr, &mm):
		return &EmbeddingsUnavailableError{Reason: fmt.Sprintf("the embedding model %q is not installed (run `sleeve models pull`)", mm.Model), Err: werr}
	case errors.Is(werr, ErrUnreachable):
		return &EmbeddingsUnavailableError{Reason: "Ollama is unreachable", Err: werr}
	case errors.As(err, &se) && se.StatusCode == http.StatusBadRequest:
		return &EmbeddingsUnavailableError{Reason: fmt.Sprintf("the model %q cannot make embeddings (%s)", c.cfg.EmbedModel, SanitizeText(firstLine(se.ErrorMessage))), Err: werr}
	}
	return werr
}

// EmbedText is the text embedded for a track: its title, artist, genres
// and the note's prose and words.
func EmbedText(t TrackFacts, n Note) string {
	var parts []string
	add := func(label string, v ...string) {
		v = nonEmpty(v...)
		if len(v) > 0 {
			parts = append(parts, label+": "+strings.Join(v, ", "))
		}
	}
	add("title", SanitizeText(t.Title))
	add("artist", SanitizeText(t.Artist))
	add("genres", append(append([]string(nil), t.Genres...), n.Genres...)...)
	add("moods", n.Moods...)
	add("instruments", n.Instruments...)
	add("contexts", n.Contexts...)
	add("sound", ReadTraits(t.Features).Words()...)
	if n.Text != "" {
		parts = append(parts, n.Text)
	}
	return strings.Join(parts, "\n")
}

// CompactVector is an int8-quantised vector: each component is
// Data[i]*Scale. Norm is the original vector's Euclidean norm. It takes
// about a quarter of the space of []float32.
type CompactVector struct {
	Scale float32
	Norm  float32
	Data  []int8
}

// Compact quantises v to int8 with one scale (max |v_i| / 127). The
// per-component error is at most Scale/2.
func Compact(v []float32) CompactVector {
	var maxAbs, sum float64
	for _, x := range v {
		a := math.Abs(float64(x))
		if math.IsNaN(a) || math.IsInf(a, 0) {
			continue
		}
		maxAbs = max(maxAbs, a)
		sum += float64(x) * float64(x)
	}
	c := CompactVector{Norm: float32(math.Sqrt(sum)), Data: make([]int8, len(v))}
	if maxAbs == 0 {
		return c
	}
	c.Scale = float32(maxAbs / 127)
	for i, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			continue
		}
		c.Data[i] = int8(max(-127, min(127, math.Round(float64(x)/float64(c.Scale)))))
	}
	return c
}

// Float32 expands the vector back to float32.
func (c CompactVector) Float32() []float32 {
	out := make([]float32, len(c.Data))
	for i, q := range c.Data {
		out[i] = float32(q) * c.Scale
	}
	return out
}

// MarshalBinary encodes the vector as scale, norm (little-endian float32)
// and the int8 components: 8+len bytes.
func (c CompactVector) MarshalBinary() ([]byte, error) {
	b := make([]byte, 8+len(c.Data))
	binary.LittleEndian.PutUint32(b, math.Float32bits(c.Scale))
	binary.LittleEndian.PutUint32(b[4:], math.Float32bits(c.Norm))
	for i, q := range c.Data {
		b[8+i] = byte(q)
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote.
func (c *CompactVector) UnmarshalBinary(b []byte) error {
	if len(b) < 8 {
		return errors.New("compact vector: too short")
	}
	c.Scale = math.Float32frombits(binary.LittleEndian.Uint32(b))
	c.Norm = math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
	c.Data = make([]int8, len(b)-8)
	for i := range c.Data {
		c.Data[i] = int8(b[8+i])
	}
	return nil
}

// CosineCompact returns the cosine similarity of two compact vectors,
// computed on the int8 data (the scales cancel). It returns 0 when either
// is zero or their lengths differ.
func CosineCompact(a, b CompactVector) float32 {
	if len(a.Data) != len(b.Data) || len(a.Data) == 0 {
		return 0
	}
	var dot, na, nb int64
	for i, x := range a.Data {
		y := b.Data[i]
		dot += int64(x) * int64(y)
		na += int64(x) * int64(x)
		nb += int64(y) * int64(y)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return float32(float64(dot) / math.Sqrt(float64(na)*float64(nb)))
}

// Cosine returns the cosine similarity of two float vectors, or 0 when
// either is zero or their lengths differ.
func Cosine(a, b []float32) float32 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	var dot, na, nb float64
	for i := range a {
		dot += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return float32(dot / math.Sqrt(na*nb))
}
