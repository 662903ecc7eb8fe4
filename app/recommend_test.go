package app

import (
	"context"
	"strings"
	"testing"

	"sleeve/models"
	"sleeve/models/ollamatest"
)

// TestQueryEmbedderFallsBackToWords: when Ollama stops answering in the
// middle of a conversation, a request is matched by words, with the
// reason kept for the reply, instead of failing; only a cancelled request
// fails.
func TestQueryEmbedderFallsBackToWords(t *testing.T) {
	c, err := models.NewClient(models.ClientConfig{Host: ollamatest.ClosedAddress(t), EmbedModel: "embed", Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	var problem string
	q := queryEmbedder{c: c, problem: &problem}
	v, err := q.Embed(context.Background(), "calm jazz")
	if v != nil || err != nil || !strings.Contains(problem, "unreachable") {
		t.Errorf("vector %v, error %v, problem %q", v, err, problem)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := q.Embed(ctx, "calm jazz"); err == nil {
		t.Error("a cancelled request must fail")
	}
}
