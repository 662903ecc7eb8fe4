package models

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestEmbedBatches(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, nil)
	var texts []string
	for i := 0; i < 40; i++ {
		texts = append(texts, "text "+strconv.Itoa(i))
	}
	e, err := c.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	if e.Model != "embed" || e.Dims != 32 || len(e.Vectors) != 40 || f.count("/api/embed") != 2 {
		t.Errorf("model %s dims %d vectors %d calls %d", e.Model, e.Dims, len(e.Vectors), f.count("/api/embed"))
	}
	if Cosine(e.Vectors[3], fakeVector("text 3", 32)) < 0.9999 {
		t.Errorf("vectors out of order")
	}
}

func TestEmbedUnavailable(t *testing.T) {
	f := newFakeOllama(t)
	for _, tt := range []struct {
		model, reason string
	}{
		{"nomic-embed-text", "is not installed"},
		{"", "no embedding model is configured"},
	} {
		c := f.client(t, func(c *ClientConfig) { c.EmbedModel = tt.model })
		c.cfg.EmbedModel = tt.model // an empty name stays empty here
		_, err := c.Embed(context.Background(), []string{"x"})
		if !errors.Is(err, ErrEmbeddingsUnavailable) || !strings.Contains(err.Error(), tt.reason) {
			t.Errorf("model %q: %v", tt.model, err)
		}
	}
	f.set(func(f *fakeOllama) { f.models["chatonly:latest"] = fakeModel{caps: []string{"completion"}} })
	_, err := f.client(t, func(c *ClientConfig) { c.EmbedModel = "chatonly" }).Embed(context.Background(), []string{"x"})
	if !errors.Is(err, ErrEmbeddingsUnavailable) || !strings.Contains(err.Error(), "cannot make embeddings") {
		t.Errorf("chat-only model: %v", err)
	}
	f.set(func(f *fakeOllama) { f.fail["/api/embed"] = []int{500, 500, 500} })
	if _, err := f.client(t, nil).Embed(context.Background(), []string{"x"}); err == nil || errors.Is(err, ErrEmbeddingsUnavailable) {
		t.Errorf("a server error is not 'unavailable': %v", err)
	}
}

func TestCompactRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, dims := range []int{32, 64, 768} {
		a, b := make([]float32, dims), make([]float32, dims)
		for i := range a {
			a[i] = float32(rng.NormFloat64())
			b[i] = a[i] + float32(rng.NormFloat64())*0.8
		}
		ca, cb := Compact(a), Compact(b)
		back := ca.Float32()
		for i := range a {
			if d := math.Abs(float64(back[i] - a[i])); d > float64(ca.Scale)/2+1e-6 {
				t.Fatalf("dims %d: component %d off by %v (scale %v)", dims, i, d, ca.Scale)
			}
		}
		if d := math.Abs(float64(CosineCompact(ca, cb) - Cosine(a, b))); d > 0.01 {
			t.Errorf("dims %d: compact cosine off by %v", dims, d)
		}
		var norm float64
		for _, x := range a {
			norm += float64(x) * float64(x)
		}
		if math.Abs(math.Sqrt(norm)-float64(ca.Norm)) > 1e-3 {
			t.Errorf("norm %v, want %v", ca.Norm, math.Sqrt(norm))
		}
		blob, _ := ca.MarshalBinary()
		var dec CompactVector
		if err := dec.UnmarshalBinary(blob); err != nil || len(blob) != 8+dims || dec.Scale != ca.Scale || dec.Norm != ca.Norm || CosineCompact(dec, ca) < 0.99999 {
			t.Errorf("binary round trip: %v", err)
		}
	}
	zero := Compact(make([]float32, 8))
	if CosineCompact(zero, zero) != 0 || Cosine([]float32{1}, []float32{1, 2}) != 0 {
		t.Errorf("degenerate cosines must be 0")
	}
	nan := Compact([]float32{float32(math.NaN()), 1})
	if nan.Data[0] != 0 || nan.Data[1] != 127 {
		t.Errorf("NaN handling: %v", nan.Data)
	}
	if err := new(CompactVector).UnmarshalBinary([]byte{1}); err == nil {
		t.Errorf("short blob accepted")
	}
}

func TestEmbedText(t *testing.T) {
	s := EmbedText(slowTrack(), Note{Text: "Quiet.", Moods: []string{"calm"}, Genres: []string{"drone"}})
	for _, want := range []string{"title: Low Tide", "artist: The Shoals", "genres: Ambient, drone", "moods: calm", "slow (70 BPM)", "Quiet."} {
		if !strings.Contains(s, want) {
			t.Errorf("EmbedText lacks %q:\n%s", want, s)
		}
	}
}
