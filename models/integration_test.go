package models

import (
	"context"
	"errors"
	"os"
	"slices"
	"testing"
	"time"
)

// realClient returns a client for the test Ollama named by OLLAMA_HOST, or
// skips the test when SLEEVE_TEST_OLLAMA is not set.
func realClient(t *testing.T, mod func(*ClientConfig)) *Client {
	t.Helper()
	if os.Getenv("SLEEVE_TEST_OLLAMA") == "" {
		t.Skip("SLEEVE_TEST_OLLAMA is not set; skipping the test against a real Ollama (see ../shared/ollama/test-ollama)")
	}
	cfg := ClientConfig{
		Host:       os.Getenv("OLLAMA_HOST"),
		ChatModel:  envOr("SLEEVE_TEST_CHAT_MODEL", "sleeve-test-chat"),
		EmbedModel: envOr("SLEEVE_TEST_EMBED_MODEL", "sleeve-test-embed"),
	}
	if mod != nil {
		mod(&cfg)
	}
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if st := c.Status(ctx); !st.Reachable {
		t.Fatalf("the test Ollama is not answering: %s", st.Reason)
	}
	return c
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func TestIntegrationStatusAndCheck(t *testing.T) {
	c := realClient(t, nil)
	ctx := context.Background()
	st := c.Status(ctx)
	if !st.Chat.Installed || !st.Embed.Installed || st.Chat.Size <= 0 || st.Version == "" {
		t.Fatalf("status = %+v", st)
	}
	if err := c.Check(ctx); err != nil {
		t.Errorf("Check = %v", err)
	}
	t.Logf("Ollama %s at %s; chat %s (%d bytes, %v), embed %s (%d bytes, %v)", st.Version, st.Host,
		st.Chat.Name, st.Chat.Size, st.Chat.Capabilities, st.Embed.Name, st.Embed.Size, st.Embed.Capabilities)
}

func TestIntegrationMissingModel(t *testing.T) {
	c := realClient(t, func(c *ClientConfig) { c.ChatModel = "sleeve-no-such-model" })
	err := c.Check(context.Background())
	var mm *MissingModelError
	if !errors.As(err, &mm) || mm.Model != "sleeve-no-such-model" {
		t.Fatalf("Check = %v", err)
	}
	if _, err := c.chatJSON(context.Background(), "s", "u", noteSchema, nil); !errors.Is(err, ErrModelNotFound) {
		t.Errorf("chat with a missing model: %v", err)
	}
	t.Logf("clear error: %v", err)
}

func TestIntegrationNote(t *testing.T) {
	c := realClient(t, nil)
	d := NewDescriber(c, DescriberConfig{})
	start := time.Now()
	n, err := d.Describe(context.Background(), slowTrack())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("note in %v: template=%v fallback=%q\ntext=%q moods=%q genres=%q instruments=%q contexts=%q dropped=%q",
		time.Since(start), n.Template, n.Fallback, n.Text, n.Moods, n.Genres, n.Instruments, n.Contexts, n.Dropped)
	if n.Text == "" || n.Key == "" || n.PromptVersion != PromptVersion {
		t.Errorf("note = %+v", n)
	}
	if len(n.Moods) > maxMoods || len(n.Genres) > maxGenres || len(n.Instruments) > maxInstruments || len(n.Contexts) > maxContexts {
		t.Errorf("lists not bounded: %+v", n)
	}
	for _, m := range n.Moods {
		if !contains(MoodWords, m) {
			t.Errorf("mood %q outside the vocabulary", m)
		}
	}
	if len(Contradictions(n.Text, ReadTraits(slowTrack().Features))) > 0 {
		t.Errorf("the checker let a contradiction through: %q", n.Text)
	}
	if !n.Template && n.Model != c.ChatModel() {
		t.Errorf("model = %q", n.Model)
	}
}

func TestIntegrationEmbed(t *testing.T) {
	for _, tt := range []struct {
		model string
		dims  int
	}{{envOr("SLEEVE_TEST_CHAT_MODEL", "sleeve-test-chat"), 64}, {envOr("SLEEVE_TEST_EMBED_MODEL", "sleeve-test-embed"), 32}} {
		c := realClient(t, func(c *ClientConfig) { c.EmbedModel = tt.model })
		e, err := c.Embed(context.Background(), []string{EmbedText(slowTrack(), TemplateNote(slowTrack())), "fast loud party", "x"})
		if err != nil {
			t.Fatalf("%s: %v", tt.model, err)
		}
		if e.Dims != tt.dims || len(e.Vectors) != 3 || e.Model != tt.model {
			t.Errorf("%s: dims %d, %d vectors", tt.model, e.Dims, len(e.Vectors))
		}
		ca, cb := Compact(e.Vectors[0]), Compact(e.Vectors[1])
		if d := CosineCompact(ca, cb) - Cosine(e.Vectors[0], e.Vectors[1]); d > 0.02 || d < -0.02 {
			t.Errorf("%s: compact cosine off by %v", tt.model, d)
		}
		t.Logf("%s: %d dims, cosine(note, party) = %.3f", tt.model, e.Dims, Cosine(e.Vectors[0], e.Vectors[1]))
	}
	c := realClient(t, func(c *ClientConfig) { c.EmbedModel = "sleeve-no-such-embed" })
	if _, err := c.Embed(context.Background(), []string{"x"}); !errors.Is(err, ErrEmbeddingsUnavailable) {
		t.Errorf("missing embed model: %v", err)
	} else {
		t.Logf("clear error: %v", err)
	}
}

// TestIntegrationParseRequest reads a message with a word the rules do
// not know through the real test model: whatever the tiny model answers,
// the rules' reading stands (tempo, time of day, the excluded artist) and
// the request is valid, and a follow-up refines it.
func TestIntegrationParseRequest(t *testing.T) {
	c := realClient(t, nil)
	p := NewRequestParser(c)
	got, err := p.Parse(context.Background(), "something slow and dreamy for late night, zorblax, no Drake", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("source=%s fallback=%q notes=%q request=%s", got.Source, got.Fallback, got.Notes, dataJSON(got.Request))
	r := got.Request
	if !r.Equal(r.Validate()) {
		t.Errorf("request is not valid: %+v", r)
	}
	if r.PreferTempoMax != 95 || r.TimeOfDay != "late night" || !slices.Equal(r.ExcludeArtists, []string{"Drake"}) || !slices.Contains(r.Moods, "dreamy") {
		t.Errorf("the rules' reading must stand: %s", dataJSON(r))
	}
	next, err := p.Parse(context.Background(), "slower", &r)
	if err != nil || !next.Request.Equal(next.Request.Validate()) || !slices.Equal(next.Request.ExcludeArtists, []string{"Drake"}) {
		t.Errorf("refinement: %+v, %v", next, err)
	}
}

// TestIntegrationParseRequestWithLexicon gives the tiny model the library's
// genres as the allowed values: whatever it answers, the reading names
// only the library's genres, keeps the rules' reading, and says what it
// took.
func TestIntegrationParseRequestWithLexicon(t *testing.T) {
	c := realClient(t, nil)
	lex := testLexicon()
	p := NewRequestParser(c).WithLexicon(lex)
	got, err := p.Parse(context.Background(), "bluesy, jazzy zorblax grooves, nothing by freedoom", nil)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Request
	t.Logf("source=%s fallback=%q notes=%q request=%s", got.Source, got.Fallback, got.Notes, dataJSON(r))
	if !r.Equal(r.Validate()) {
		t.Errorf("request is not valid: %+v", r)
	}
	for _, g := range append(slices.Clone(r.Genres), r.ExcludeGenres...) {
		if len(lex.GenreLike(g)) == 0 && !slices.Contains([]string{"blues", "jazz"}, g) {
			t.Errorf("the reading names %q, which is not a genre of the library", g)
		}
	}
	if !slices.Contains(r.Genres, "blues") || !slices.Contains(r.Genres, "jazz") || !slices.Equal(r.ExcludeArtists, []string{"Freedoom", "Freedoom Project"}) {
		t.Errorf("the rules' reading must stand: %s", dataJSON(r))
	}
	if len(r.Understood) == 0 {
		t.Errorf("a request that asks for something must say what it understood: %+v", r)
	}
}
