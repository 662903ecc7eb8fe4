package app

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"sleeve/models/ollamatest"
)

func newTestManager(t *testing.T, host string) *ModelManager {
	t.Helper()
	m, err := NewModelManager(OllamaSettings{Host: host, ChatModel: "chat", EmbedModel: "embed"})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestModelsReportListsConfiguredAndInstalled(t *testing.T) {
	fake := ollamatest.New(t)
	when := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	fake.Install("chat", ollamatest.Model{Size: 986_000_000, Capabilities: []string{"completion"}, Modified: when})
	fake.Install("other:7b", ollamatest.Model{Size: 4_000_000_000, Capabilities: []string{"completion"}, Modified: when})
	r := newTestManager(t, fake.URL()).Report(context.Background())
	if !r.Reachable || r.Version != ollamatest.Version {
		t.Fatalf("report = %+v, want reachable with the fake's version", r)
	}
	if !r.Chat.Installed || r.Chat.Size != 986_000_000 {
		t.Errorf("chat = %+v, want installed with its size", r.Chat)
	}
	if r.Embed.Installed || r.Embed.Name != "embed" {
		t.Errorf("embed = %+v, want configured and not installed", r.Embed)
	}
	if got := r.Missing(); len(got) != 1 || got[0] != "embed" {
		t.Errorf("Missing() = %v, want [embed]", got)
	}
	if len(r.Installed) != 2 || r.Installed[0].Name != "chat:latest" || !r.Installed[1].ModifiedAt.Equal(when) {
		t.Errorf("installed = %+v", r.Installed)
	}
	if len(r.StartAdvice) != 0 {
		t.Errorf("advice %v given while Ollama answers", r.StartAdvice)
	}
}

func TestModelsPullStreamsProgressAndInstalls(t *testing.T) {
	fake := ollamatest.New(t)
	fake.Offer("embed", ollamatest.Model{Size: 274_000_000, Capabilities: []string{"embedding"}})
	m := newTestManager(t, fake.URL())
	var fractions []float64
	var statuses []string
	err := m.Pull(context.Background(), "embed", func(p PullProgress) {
		statuses = append(statuses, p.Status)
		if f := p.Fraction(); f >= 0 {
			fractions = append(fractions, f)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(fractions) != 4 || fractions[0] != 0.25 || fractions[3] != 1 {
		t.Errorf("fractions = %v, want 0.25 … 1 in four steps", fractions)
	}
	if statuses[0] != "pulling manifest" || statuses[len(statuses)-1] != "success" {
		t.Errorf("statuses = %v", statuses)
	}
	if r := m.Report(context.Background()); !r.Embed.Installed {
		t.Errorf("after the pull, embed = %+v, want installed", r.Embed)
	}
}

func TestModelsPullCancelled(t *testing.T) {
	fake := ollamatest.New(t)
	fake.Offer("embed", ollamatest.Model{Size: 1000})
	fake.Hold()
	m := newTestManager(t, fake.URL())
	ctx, cancel := context.WithCancel(context.Background())
	got := make(chan PullProgress, 16)
	done := make(chan error, 1)
	go func() {
		done <- m.Pull(ctx, "embed", func(p PullProgress) { got <- p })
	}()
	for p := range got {
		if p.Completed > 0 {
			break // the first layer line: the fake now holds the pull
		}
	}
	cancel()
	select {
	case err := <-done:
		if !Canceled(err) {
			t.Fatalf("Pull after cancel = %v, want a cancellation", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Pull did not return after cancel")
	}
	if fake.Installed("embed") {
		t.Error("a cancelled pull installed the model")
	}
}

func TestModelsPullUnknownModel(t *testing.T) {
	fake := ollamatest.New(t)
	err := newTestManager(t, fake.URL()).Pull(context.Background(), "nope", func(PullProgress) {})
	if err == nil || !strings.Contains(err.Error(), "file does not exist") {
		t.Fatalf("Pull(nope) = %v, want Ollama's error", err)
	}
}

func TestModelsReportNotRunningSaysHowToStart(t *testing.T) {
	host := ollamatest.ClosedAddress(t)
	cases := []struct {
		name     string
		bin      bool
		unit     string
		want     []string
		dontWant []string
	}{
		{"installed as a service", true, "/etc/systemd/system/ollama.service",
			[]string{"sudo systemctl start ollama", "/etc/systemd/system/ollama.service", "ollama serve"},
			[]string{"not installed"}},
		{"installed without a service", true, "",
			[]string{"ollama serve (/usr/local/bin/ollama)"}, []string{"not installed"}},
		{"not installed", false, "",
			[]string{"not installed here", "https://ollama.com/download"}, []string{"(the unit"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := newTestManager(t, host)
			m.lookPath = func(string) (string, error) {
				if c.bin {
					return "/usr/local/bin/ollama", nil
				}
				return "", errors.New("not found")
			}
			m.exists = func(p string) bool { return p == c.unit }
			r := m.Report(context.Background())
			if r.Reachable || r.Reason == "" {
				t.Fatalf("report = %+v, want unreachable with a reason", r)
			}
			if !strings.Contains(r.Reason, host) {
				t.Errorf("Reason %q does not name %s", r.Reason, host)
			}
			if r.Cause != "nothing is listening there" {
				t.Errorf("Cause = %q", r.Cause)
			}
			advice := strings.Join(r.StartAdvice, "\n")
			for _, w := range c.want {
				if !strings.Contains(advice, w) {
					t.Errorf("advice lacks %q:\n%s", w, advice)
				}
			}
			for _, w := range c.dontWant {
				if strings.Contains(advice, w) {
					t.Errorf("advice has %q:\n%s", w, advice)
				}
			}
			if r.Missing() != nil {
				t.Errorf("Missing() = %v while unreachable, want none", r.Missing())
			}
		})
	}
}

func TestModelsAdviceForARemoteHost(t *testing.T) {
	m := newTestManager(t, "http://192.0.2.7:11434")
	advice := strings.Join(m.startAdvice("http://192.0.2.7:11434"), "\n")
	if !strings.Contains(advice, "another machine") || strings.Contains(advice, "systemctl") {
		t.Errorf("advice for a remote host:\n%s", advice)
	}
}

// TestModelsWithRealOllama checks the report and a pull against the test
// Ollama; it runs only with SLEEVE_TEST_OLLAMA=1.
func TestModelsWithRealOllama(t *testing.T) {
	if os.Getenv("SLEEVE_TEST_OLLAMA") != "1" {
		t.Skip("SLEEVE_TEST_OLLAMA is not 1: no real Ollama to test against")
	}
	chat := os.Getenv("SLEEVE_TEST_CHAT_MODEL")
	if chat == "" {
		chat = "sleeve-test-chat"
	}
	m, err := NewModelManager(OllamaSettings{Host: os.Getenv("OLLAMA_HOST"), ChatModel: chat, EmbedModel: "sleeve-no-such-model"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r := m.Report(ctx)
	if !r.Reachable {
		t.Fatalf("the test Ollama does not answer: %s", r.Reason)
	}
	if !r.Chat.Installed || r.Embed.Installed {
		t.Errorf("chat %+v, embed %+v: want the test chat model installed and the made-up one not", r.Chat, r.Embed)
	}
	if got := r.Missing(); len(got) != 1 || got[0] != "sleeve-no-such-model" {
		t.Errorf("Missing() = %v", got)
	}
}
