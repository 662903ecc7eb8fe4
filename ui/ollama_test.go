package ui

import (
	"errors"
	"testing"
)

func TestOllamaLine(t *testing.T) {
	cases := []struct {
		msg  ollamaMsg
		want string
	}{
		{ollamaMsg{err: errors.New("refused")}, "Ollama: not running"},
		{ollamaMsg{status: OllamaStatus{Running: true, Models: []string{"a"}, Missing: []string{"nomic-embed-text"}}},
			"Ollama: nomic-embed-text missing (sleeve models pull)"},
		{ollamaMsg{status: OllamaStatus{Running: true}}, "Ollama: no models"},
		{ollamaMsg{status: OllamaStatus{Running: true, Models: []string{"a", "b"}}}, "Ollama: a, b"},
		{ollamaMsg{status: OllamaStatus{Running: true, Models: []string{"a", "b", "c"}}}, "Ollama: 3 models"},
	}
	for _, c := range cases {
		if got := ollamaLine(c.msg, "sleeve models pull"); got != c.want {
			t.Errorf("ollamaLine(%+v) = %q, want %q", c.msg, got, c.want)
		}
	}
}
