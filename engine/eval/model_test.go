package eval

import (
	"context"
	"encoding/json"
	"flag"
	"hash/fnv"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"sleeve/engine"
	"sleeve/models"
	"sleeve/models/ollamatest"
)

var brokenStride = flag.Int("broken-stride", 4, "read every k-th request of each set through the broken fake models (TestModelPathBrokenModels)")

var modelStride = flag.Int("model-stride", 1, "with SLEEVE_TEST_OLLAMA=1, read every k-th request of each set through the model (TestModelPath)")

// modelSets are the sets the model path is measured on: the held-out
// half, the fresh batch and the second sealed batch (open for diagnosis).
var modelSets = []string{"heldout", "fresh", "sealed2"}

// compareWithRules measures the rule reader and the reader mk makes on
// the same requests and fails when the second is worse than the rules on
// any set: a lower nDCG@10, fewer content words understood, or more lists
// breaking an exclusion. Unless hold, the figures are only logged.
func compareWithRules(t *testing.T, name string, reqs []Request, hold bool, mk func(*models.Lexicon) Reader) []SetFigures {
	t.Helper()
	f, _ := Standard()
	ctx := context.Background()
	rules, err := MeasureReader(ctx, f, reqs, modelSets, func(lex *models.Lexicon) Reader { return RulesReader{Lex: lex} })
	if err != nil {
		t.Fatal(err)
	}
	got, err := MeasureReader(ctx, f, reqs, modelSets, mk)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + FiguresTable([]string{"rules", name}, [][]SetFigures{rules, got}))
	for i := range rules {
		r, g := rules[i], got[i]
		worse := 0
		for k := range r.PerRequest {
			if g.PerRequest[k] < r.PerRequest[k]-1e-9 {
				worse++
			}
		}
		t.Logf("%s %s: %d of %d requests lower than the rules, mean %+.3f", name, r.Set, worse, r.N, g.NDCG-r.NDCG)
		if hold && g.NDCG < r.NDCG-1e-9 || g.Understood < r.Understood-1e-9 || g.Violations > r.Violations {
			t.Errorf("%s on %s is worse than the rules: nDCG@10 %.3f vs %.3f, understood %.1f%% vs %.1f%%, violations %d vs %d",
				name, r.Set, g.NDCG, r.NDCG, 100*g.Understood, 100*r.Understood, g.Violations, r.Violations)
		}
	}
	return got
}

// TestModelPath reads the held-out, fresh and second sealed requests
// through the application's reader with the real test Ollama's chat
// model (Ollama's HTTP API, as the app does when Ollama is up), and holds
// the combination of the model's reading with the rules to be no worse
// than the rules alone on every set.
func TestModelPath(t *testing.T) {
	if os.Getenv("SLEEVE_TEST_OLLAMA") == "" {
		t.Skip("set SLEEVE_TEST_OLLAMA=1 with a test Ollama (../shared/ollama/test-ollama start)")
	}
	if raceEnabled || testing.Short() {
		t.Skip("measured without -race and -short")
	}
	model := os.Getenv("SLEEVE_TEST_CHAT_MODEL")
	c, err := models.NewClient(models.ClientConfig{Host: os.Getenv("OLLAMA_HOST"), ChatModel: model})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Check(context.Background()); err != nil && !strings.Contains(err.Error(), "embed") {
		t.Fatalf("test Ollama: %v", err)
	}
	_, reqs := Standard()
	reqs = Subset(reqs, modelSets, *modelStride)
	figs := compareWithRules(t, "model "+model, reqs, true, func(lex *models.Lexicon) Reader {
		return ParserReader{Parser: models.NewRequestParser(c).WithLexicon(lex)}
	})
	for _, f := range figs {
		t.Logf("%s: %.0f ms a request through the model", f.Set, float64(f.Elapsed.Milliseconds())/float64(max(1, f.N)))
		logReasons(t, f)
	}
	// What one reading costs when the model is asked: a fresh parser for
	// each of the first 20 second-sealed requests with a word the rules
	// do not know, so that no record of misreadings stops the asking.
	f, _ := Standard()
	lex := engine.NewCatalog(f.Rows()).Lexicon()
	var took []time.Duration
	for _, rq := range reqs {
		if SetOf(rq) != "sealed2" || len(models.ParseRulesWith(rq.Text, lex).NotUnderstood) == 0 || len(took) == 20 {
			continue
		}
		start := time.Now()
		got, err := models.NewRequestParser(c).WithLexicon(lex).Parse(context.Background(), rq.Text, nil)
		if err != nil {
			t.Fatal(err)
		}
		took = append(took, time.Since(start))
		if len(took) <= 3 {
			t.Logf("%q: read by %s; %s", rq.Text, got.Source, got.Fallback)
		}
	}
	slices.Sort(took)
	if len(took) > 0 {
		t.Logf("asking the model: %d readings, median %s, slowest %s", len(took), took[len(took)/2].Round(time.Millisecond), took[len(took)-1].Round(time.Millisecond))
	}
}

// askedWords returns the message and the words a request-reading chat
// asks about.
func askedWords(t *testing.T, req ollamatest.ChatRequest) (string, []string) {
	var data struct {
		Message string   `json:"message"`
		Words   []string `json:"words"`
	}
	user := req.Messages[len(req.Messages)-1].Content
	if i := strings.Index(user, "{"); i >= 0 {
		_ = json.NewDecoder(strings.NewReader(user[i:])).Decode(&data)
	}
	return data.Message, data.Words
}

// rulesReadingOf is how a model that knows what the rules know reads one
// word: as the rules read it alone, or nothing.
func rulesReadingOf(w string) (kind, value string) {
	r := models.ParseRules(w)
	switch {
	case len(r.Genres) > 0:
		return "genre", r.Genres[0]
	case len(r.Moods) > 0:
		return "mood", r.Moods[0]
	case len(r.Instruments) > 0:
		return "instrument", r.Instruments[0]
	case r.Activity != "":
		return "activity", r.Activity
	}
	return "", ""
}

// knowingFake answers like a model that reads every word the rules know
// as they do, and reads the others with other(word).
func knowingFake(t *testing.T, other func(w string) []map[string]any) func(ollamatest.ChatRequest) string {
	return func(req ollamatest.ChatRequest) string {
		_, words := askedWords(t, req)
		readings := []map[string]any{}
		for _, w := range words {
			if kind, v := rulesReadingOf(w); kind != "" {
				readings = append(readings, map[string]any{"word": w, "kind": kind, "value": v, "refused": false})
				continue
			}
			readings = append(readings, other(w)...)
		}
		b, _ := json.Marshal(map[string]any{"readings": readings})
		return string(b)
	}
}

// TestModelPathBrokenModels reads a spread quarter of the same requests
// through the application's reader with an in-process fake Ollama whose
// chat model answers badly: malformed JSON, nothing, too late, readings
// of the wrong words, values outside the allowed sets (from a model that
// reads the words the rules know right), and refusals of what the rules
// read as asked for. None may make the reading worse than the rules'.
//
// Nothing here races the clock. The slow model never answers while its
// client waits (the fake holds each request until the client gives up),
// so its readings time out after the reader's 100 ms however loaded the
// machine is, and the test holds that they did. The other models answer
// at once, and their reader's timeout is a minute, far beyond anything
// they need: it only keeps a hang from stalling the run.
func TestModelPathBrokenModels(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector slows ranking about tenfold")
	}
	_, reqs := Standard()
	reqs = Subset(reqs, modelSets, *brokenStride)
	for _, tc := range []struct {
		name  string
		reply func(ollamatest.ChatRequest) string
		// slow holds every request until the client gives up on it.
		slow bool
		// measured is set for a model the combination cannot tell from a
		// good one: its figures are reported, not held to the rules'.
		measured bool
	}{
		{"malformed", func(ollamatest.ChatRequest) string { return `{"readings": [{"word": "calm", ` }, false, false},
		{"empty", func(ollamatest.ChatRequest) string { return "" }, false, false},
		{"slow", func(ollamatest.ChatRequest) string { return `{"readings": []}` }, true, false},
		{"wrong words", func(ollamatest.ChatRequest) string {
			return `{"readings": [{"word": "banana", "kind": "genre", "value": "polka", "refused": false}]}`
		}, false, false},
		{"outside the allowed values", knowingFake(t, func(w string) []map[string]any {
			return []map[string]any{
				{"word": w, "kind": "genre", "value": "hyperpolka", "refused": false},
				{"word": w, "kind": "mood", "value": "zesty", "refused": false},
				{"word": w, "kind": "weather", "value": "rainy", "refused": false},
				{"word": w, "kind": "instrument", "value": "theremin", "refused": true},
			}
		}), false, false},
		{"guessing", knowingFake(t, func(w string) []map[string]any {
			h := fnv.New32a()
			h.Write([]byte(w))
			return []map[string]any{{"word": w, "kind": "mood", "value": models.MoodWords[int(h.Sum32())%len(models.MoodWords)], "refused": false}}
		}), false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := ollamatest.New(t)
			srv.Install("chat", ollamatest.Model{Capabilities: []string{"completion"}})
			srv.Chat(tc.reply, 0)
			timeout := time.Minute // a guard against a hang; the fake answers at once
			if tc.slow {
				srv.HoldChats()
				// The deadline under test. The fake holds every request
				// until the reader gives up on it, so a reading either
				// times out or, had the reader stopped giving up, waits
				// until the guard below releases the fake, after which it
				// is read with no timeout to report.
				timeout = 100 * time.Millisecond
				guard := time.AfterFunc(time.Minute, srv.ReleaseChats)
				defer guard.Stop()
			}
			c, err := models.NewClient(models.ClientConfig{Host: srv.URL(), ChatModel: "chat", RetryBackoff: time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			figs := compareWithRules(t, "fake "+tc.name, reqs, !tc.measured, func(lex *models.Lexicon) Reader {
				return ParserReader{Parser: models.NewRequestParser(c).WithLexicon(lex).WithTimeout(timeout)}
			})
			timedOut := 0
			for _, f := range figs {
				if f.ModelTurns > 0 && !tc.measured {
					t.Errorf("%s: the model added to %d turns", f.Set, f.ModelTurns)
				}
				for why, n := range f.Reasons {
					if strings.Contains(why, "did not answer within") {
						timedOut += n
					}
				}
				logReasons(t, f)
			}
			switch {
			case tc.slow && timedOut == 0:
				// Whether the one request reached the fake before the
				// reader gave up depends on the load; that the reader
				// gave up on the model, and said so, does not.
				t.Error("no reading says the slow model did not answer in time")
			case !tc.slow && srv.Chats() == 0:
				t.Error("the fake model was never asked")
			case !tc.slow && timedOut > 0:
				t.Errorf("%d readings timed out although the fake answers at once", timedOut)
			}
		})
	}
}

// logReasons logs the five most frequent reasons a set's readings fell
// back or were not used.
func logReasons(t *testing.T, f SetFigures) {
	type reason struct {
		text string
		n    int
	}
	var rs []reason
	for text, n := range f.Reasons {
		rs = append(rs, reason{text, n})
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].n > rs[b].n || rs[a].n == rs[b].n && rs[a].text < rs[b].text })
	for _, r := range rs[:min(5, len(rs))] {
		t.Logf("%s: %d× %s", f.Set, r.n, r.text)
	}
}
