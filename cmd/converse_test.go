package cmd

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"sleeve/app"
	"sleeve/library"
	"sleeve/models"
	"sleeve/models/ollamatest"
	"sleeve/ui"
)

// TestAskPaneWhenOllamaDiesMidConversation holds a conversation through
// the explorer's recommender with a (fake) Ollama whose chat model reads
// the words the rules know as they do and "zorblax" as dreamy: the Ask pane
// says the model had a part; then Ollama stops, and the next turn still
// answers, refines the request, and says that the rules read it and why.
func TestAskPaneWhenOllamaDiesMidConversation(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	ctx := context.Background()
	store, err := library.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := ollamatest.New(t)
	srv.Install("chat", ollamatest.Model{Capabilities: []string{"completion"}})
	srv.Chat(readingChat(nil), 0)
	client, err := models.NewClient(models.ClientConfig{Host: srv.URL(), ChatModel: "chat", EmbedModel: "embed"})
	if err != nil {
		t.Fatal(err)
	}
	cr := ui.NewAppRecommender(func(ctx context.Context) (*app.Recommender, error) {
		return app.NewRecommender(ctx, store, client)
	})
	session := ""
	ask := func(text string) ui.Reply {
		t.Helper()
		reply, err := cr.Recommend(ctx, text, session)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		session = reply.Session
		return reply
	}
	ev := ask("jazzy zorblax, nothing by Kiln Logic")
	if !strings.Contains(ev.Understood, "mood dreamy (from “zorblax”, by the model)") || len(ev.NotUnderstood) != 0 ||
		ev.Reading != "the rules and the model chat" || len(ev.Picks) == 0 {
		t.Fatalf("with the model: understood %q, not understood %q, reading %q, %d picks", ev.Understood, ev.NotUnderstood, ev.Reading, len(ev.Picks))
	}
	srv.Close()
	ev = ask("calmer, flimflam")
	if !ev.ModelFailed || !strings.HasPrefix(ev.Reading, "the rules (") || !strings.Contains(ev.Reading, "not reachable") && !strings.Contains(ev.Reading, "unreachable") {
		t.Errorf("after Ollama stopped, the reading says %q", ev.Reading)
	}
	if !strings.Contains(ev.Understood, "calmer") || !strings.Contains(ev.Understood, "no artist Kiln Logic") || len(ev.NotUnderstood) != 1 || len(ev.Picks) == 0 {
		t.Errorf("after Ollama stopped: understood %q, not understood %q, %d picks", ev.Understood, ev.NotUnderstood, len(ev.Picks))
	}
	for _, p := range ev.Picks {
		if p.Artist == "Kiln Logic" {
			t.Errorf("the exclusion was lost: %s", p.Artist)
		}
	}
}

// TestRecommendSaysWhatTheModelAdded runs `sleeve recommend` with a (fake)
// Ollama whose chat model reads the known words right, "zorblax" as the
// mood dreamy and "flimflam" as a genre the library does not have: the
// reply says the model read it, marks what it added, and says on stderr
// and in --json which reading was not used and why.
func TestRecommendSaysWhatTheModelAdded(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	srv := ollamatest.New(t)
	srv.Install("chat", ollamatest.Model{Capabilities: []string{"completion"}})
	srv.Chat(readingChat(map[string][2]string{"flimflam": {"genre", "hyperpolka"}}), 0)
	vars := map[string]string{"OLLAMA_HOST": srv.URL(), "SLEEVE_CHAT_MODEL": "chat", "SLEEVE_EMBED_MODEL": "embed"}
	code, out, errOut := runWithEnv(t, db, vars, "recommend", "--json", "-n", "3", "jazzy zorblax flimflam")
	var r struct {
		Heard         []string `json:"heard"`
		NotUnderstood []string `json:"not_understood"`
		ReadBy        string   `json:"read_by"`
		Fallback      string   `json:"fallback"`
		ModelNotes    []string `json:"model_notes"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 0 {
		t.Fatalf("%d %v\n%s\n%s", code, err, out, errOut)
	}
	if r.ReadBy != "model" || r.Fallback != "" || !slices.Contains(r.Heard, "mood dreamy (from “zorblax”, by the model)") ||
		!slices.Equal(r.NotUnderstood, []string{"flimflam"}) || len(r.ModelNotes) != 1 || !strings.Contains(r.ModelNotes[0], "“hyperpolka”, which is not a genre of your library; not used") {
		t.Errorf("read by %q (%q), heard %q, not understood %q, notes %q", r.ReadBy, r.Fallback, r.Heard, r.NotUnderstood, r.ModelNotes)
	}
	_, _, errOut = runWithEnv(t, db, vars, "recommend", "-n", "3", "jazzy zorblax flimflam")
	if !strings.Contains(errOut, "(the model read “flimflam” as the genre “hyperpolka”") {
		t.Errorf("stderr:\n%s", errOut)
	}
}

// readingChat answers a request-reading chat like a model that reads each
// word as the rules read it alone (its genre, else its mood), a word of
// others as the kind and value given there, and any other word as the
// mood dreamy.
func readingChat(others map[string][2]string) func(ollamatest.ChatRequest) string {
	return func(req ollamatest.ChatRequest) string {
		var data struct {
			Words []string `json:"words"`
		}
		user := req.Messages[len(req.Messages)-1].Content
		_ = json.Unmarshal([]byte(user[strings.Index(user, "{"):]), &data)
		var out []map[string]any
		for _, w := range data.Words {
			kind, value := "mood", "dreamy"
			switch r := models.ParseRules(w); {
			case len(r.Genres) > 0:
				kind, value = "genre", r.Genres[0]
			case len(r.Moods) > 0:
				value = r.Moods[0]
			case others[w] != [2]string{}:
				kind, value = others[w][0], others[w][1]
			}
			out = append(out, map[string]any{"word": w, "kind": kind, "value": value, "refused": false})
		}
		b, _ := json.Marshal(map[string]any{"readings": out})
		return string(b)
	}
}
