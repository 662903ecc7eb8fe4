package ui

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"sleeve/ui/results"
)

// countingOllama answers a check with whether Ollama runs, and counts the
// checks.
type countingOllama struct {
	running atomic.Bool
	checks  atomic.Int32
}

func (c *countingOllama) CheckOllama(context.Context) (OllamaStatus, error) {
	c.checks.Add(1)
	return OllamaStatus{Running: c.running.Load(), Models: []string{"qwen"}}, nil
}

// failingRec answers every request with picks, read by the rules because
// the model did not answer.
type failingRec struct{}

func (failingRec) Recommend(ctx context.Context, text, session string) (Reply, error) {
	return Reply{Session: "s", Text: "1 pick.", Understood: "calmer", Reading: "the rules (chat with qwen: ollama is unreachable)",
		ModelFailed: true, Picks: []results.Pick{{TrackID: 1, Title: "Blue", Artist: "Basalt"}}}, nil
}

// TestOllamaDyingMidConversationIsNoticed: when a reply says the model did
// not answer, the explorer checks Ollama again, so the status bar stops
// naming models that are gone, and the Ask pane says how the request was
// read; the picks still arrive.
func TestOllamaDyingMidConversationIsNoticed(t *testing.T) {
	o := &countingOllama{}
	o.running.Store(true)
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Ollama: o, Recommender: failingRec{}}, 120, 36)
	if s := screenText(m); !strings.Contains(s, "Ollama: qwen") || o.checks.Load() != 1 {
		t.Fatalf("at start (%d checks):\n%s", o.checks.Load(), s)
	}
	o.running.Store(false)
	press(t, m, "i")
	for _, r := range "calmer" {
		press(t, m, string(r))
	}
	press(t, m, "enter")
	s := screenText(m)
	if o.checks.Load() != 2 || !strings.Contains(s, "Ollama: not running") {
		t.Errorf("after a reply without the model (%d checks):\n%s", o.checks.Load(), s)
	}
	if !strings.Contains(s, "Read by: the rules (chat with qwen: ollama is unreachable)") || len(m.results.Picks()) != 1 {
		t.Errorf("the Ask pane or the picks:\n%s", s)
	}
}
