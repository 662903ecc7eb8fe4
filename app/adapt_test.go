package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/models"
)

// miniOllama is a small in-process stand-in for Ollama's API: models it
// has, create (FROM an installed model), chat (a fixed note) and embed.
// It counts the calls per path and the chat calls per model.
type miniOllama struct {
	mu         sync.Mutex
	models     map[string]bool
	calls      map[string]int
	chatsBy    map[string]int
	createFail string
	lastCreate map[string]any
	// overviewText, when set, is the text of every overview asked for.
	overviewText string
}

func newMiniOllama(t *testing.T) (*miniOllama, string) {
	m := &miniOllama{models: map[string]bool{"chat:latest": true, "embed:latest": true}, calls: map[string]int{}, chatsBy: map[string]int{}}
	srv := httptest.NewServer(http.HandlerFunc(m.serve))
	t.Cleanup(srv.Close)
	return m, srv.URL
}

func (m *miniOllama) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req map[string]any
	_ = json.Unmarshal(body, &req)
	name := func(k string) string {
		s, _ := req[k].(string)
		if !strings.Contains(s, ":") {
			s += ":latest"
		}
		return s
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls[r.URL.Path]++
	reply := func(v any) { w.Header().Set("Content-Type", "application/json"); _ = json.NewEncoder(w).Encode(v) }
	switch r.URL.Path {
	case "/api/version":
		reply(map[string]string{"version": "0.17.4"})
	case "/api/tags":
		var list []map[string]any
		for n := range m.models {
			list = append(list, map[string]any{"name": n, "model": n, "size": 1000})
		}
		reply(map[string]any{"models": list})
	case "/api/show":
		if !m.models[name("model")] {
			w.WriteHeader(404)
			reply(map[string]string{"error": "model not found"})
			return
		}
		caps := []string{"completion"}
		if strings.HasPrefix(name("model"), "embed") {
			caps = []string{"embedding"}
		}
		reply(map[string]any{"capabilities": caps})
	case "/api/create":
		m.lastCreate = req
		if !m.models[name("from")] {
			w.WriteHeader(404)
			reply(map[string]string{"error": "model not found"})
			return
		}
		if m.createFail != "" {
			reply(map[string]string{"error": m.createFail})
			return
		}
		m.models[name("model")] = true
		reply(map[string]string{"status": "success"})
	case "/api/chat":
		if !m.models[name("model")] {
			w.WriteHeader(404)
			reply(map[string]string{"error": "model not found"})
			return
		}
		m.chatsBy[strings.TrimSuffix(name("model"), ":latest")]++
		if m.overviewText != "" && strings.Contains(string(body), "Write the overview.") {
			text, _ := json.Marshal(map[string]string{"text": m.overviewText})
			reply(map[string]any{"model": req["model"], "done": true, "message": map[string]string{"role": "assistant", "content": string(text)}})
			return
		}
		text := "A measured piece that takes its time."
		if strings.Contains(string(body), "Do not use these phrases") {
			// Asked to avoid the stock phrase: words of its own, from the
			// request's hash.
			words := strings.Fields("amber drift copper hum velvet sway granite pulse linen glow harbour echo cedar tilt")
			h := fnv.New64a()
			h.Write(body)
			x := h.Sum64()
			var w []string
			for range 6 {
				w = append(w, words[x%uint64(len(words))])
				x /= uint64(len(words))
			}
			text = strings.Join(w, " ") + "."
		}
		content, _ := json.Marshal(map[string]any{"text": text, "moods": []string{"reflective"}, "genres": []string{},
			"instruments": []string{}, "contexts": []string{"reading"}})
		reply(map[string]any{"model": req["model"], "done": true, "message": map[string]string{"role": "assistant",
			"content": string(content)}})
	case "/api/embed":
		inputs, _ := req["input"].([]any)
		vecs := make([][]float32, len(inputs))
		for i := range vecs {
			vecs[i] = []float32{1, float32(i), 0.5}
		}
		reply(map[string]any{"model": req["model"], "embeddings": vecs})
	default:
		if strings.HasPrefix(r.URL.Path, "/api/blobs/") {
			w.WriteHeader(201)
			return
		}
		http.NotFound(w, r)
	}
}

func (m *miniOllama) count(path string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.calls[path]
}

// reviewSome approves the first n notes of the store, and edits the first.
func reviewSome(t *testing.T, s *library.Store, n int) []library.TrackID {
	t.Helper()
	ctx := context.Background()
	var ids []library.TrackID
	for tr, err := range s.Tracks(ctx, library.Filter{Sort: "path"}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, tr.ID)
	}
	for i, id := range ids[:n] {
		var err error
		if i == 0 {
			_, err = EditNote(ctx, s, id, "My words: an unhurried, glowing piece.")
		} else {
			_, err = ApproveNote(ctx, s, id)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return ids
}

// TestAdaptOnAFakeOllama adapts on a stand-in server: with no reviewed
// notes it says how to get some; then it creates the model with the
// examples, and notes and requests use it; a second adapt with the same
// examples creates nothing; an edited example makes the notes stale and
// the next adapt creates again; a failed create sends everything back to
// the base model.
func TestAdaptOnAFakeOllama(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, 4)
	fake, host := newMiniOllama(t)
	client, err := models.NewClient(models.ClientConfig{Host: host, ChatModel: "chat", EmbedModel: "embed", RetryBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := Adapt(ctx, s, client, AdaptOptions{}); !errors.Is(err, ErrNoExamples) {
		t.Fatalf("adapt with no reviewed notes: %v", err)
	}
	ids := reviewSome(t, s, 3)

	res, err := Adapt(ctx, s, client, AdaptOptions{})
	if err != nil || res.Failed != "" || res.Unchanged || res.Model != "sleeve-chat-adapted" || res.Examples != 3 || res.Reviewed != 3 {
		t.Fatalf("adapt: %+v %v", res, err)
	}
	msgs, _ := fake.lastCreate["messages"].([]any)
	if fake.lastCreate["from"] != "chat" || len(msgs) != 6 || !strings.Contains(fmt.Sprint(msgs), "My words: an unhurried, glowing piece.") {
		t.Fatalf("create request %v", fake.lastCreate)
	}

	// Notes are then written by the adapted model, except the person's.
	wr, err := WriteNotes(ctx, s, client, NotesOptions{})
	if err != nil || wr.ChatModel != "sleeve-chat-adapted" || wr.ModelNotes != 1 || wr.Reviewed != 3 {
		t.Fatalf("notes after adapting: %+v %v", wr, err)
	}
	if fake.chatsBy["sleeve-chat-adapted"] == 0 || fake.chatsBy["chat"] != 0 {
		t.Fatalf("chat calls by model %v", fake.chatsBy)
	}
	if n, _ := s.Note(ctx, ids[3]); n.Model != "sleeve-chat-adapted" {
		t.Errorf("the new note records %q", n.Model)
	}
	if n, _ := s.Note(ctx, ids[0]); n.Text != "My words: an unhurried, glowing piece." {
		t.Errorf("the edited note was rewritten: %q", n.Text)
	}
	rec, err := NewRecommender(ctx, s, client)
	if err != nil || !strings.Contains(rec.Reader, "sleeve-chat-adapted") {
		t.Fatalf("requests are read by %q (%v)", rec.Reader, err)
	}

	// Unchanged examples: nothing is created.
	creates := fake.count("/api/create")
	res, err = Adapt(ctx, s, client, AdaptOptions{})
	if err != nil || !res.Unchanged || fake.count("/api/create") != creates {
		t.Fatalf("second adapt: %+v %v, %d creates", res, err, fake.count("/api/create")-creates)
	}

	// Another example: a new model, and the notes it did not write are
	// stale.
	if _, err := ApproveNote(ctx, s, ids[3]); err != nil {
		t.Fatal(err)
	}
	if _, err := EditNote(ctx, s, ids[1], "Now in other words."); err != nil {
		t.Fatal(err)
	}
	res, err = Adapt(ctx, s, client, AdaptOptions{})
	if err != nil || res.Unchanged || res.Examples != 4 || fake.count("/api/create") != creates+1 {
		t.Fatalf("adapt after an edit: %+v %v", res, err)
	}

	// A failed create: back to the base model, said so.
	fake.mu.Lock()
	fake.createFail = "unsupported adapter architecture"
	fake.mu.Unlock()
	lora := filepath.Join(t.TempDir(), "x.gguf")
	os.WriteFile(lora, bytes.Repeat([]byte{1}, 64), 0o644)
	res, err = Adapt(ctx, s, client, AdaptOptions{AdapterPath: lora})
	if err != nil || !strings.Contains(res.Failed, "unsupported adapter architecture") || res.Adapter == "" {
		t.Fatalf("failed adapt: %+v %v", res, err)
	}
	if c, _ := AdaptedClient(ctx, s, client); c.ChatModel() != "chat" {
		t.Fatalf("after a failed adapt the chat model is %q, want the base", c.ChatModel())
	}
}

// TestAdaptWithTheRealTestOllama adapts the test chat model through a
// counting proxy in front of the real test Ollama: the created model is
// listed by /api/tags, notes are then requested from it, a second adapt
// with the same examples creates nothing, and an adapter Ollama cannot
// use fails the creation and sends notes back to the base model.
func TestAdaptWithTheRealTestOllama(t *testing.T) {
	if os.Getenv("SLEEVE_TEST_OLLAMA") == "" {
		t.Skip("SLEEVE_TEST_OLLAMA is not set: start ../shared/ollama/test-ollama to run this test against a real Ollama")
	}
	ctx := context.Background()
	s := demoStore(t, 4)
	var proxy countingProxy
	base := os.Getenv("SLEEVE_TEST_CHAT_MODEL")
	client, err := models.NewClient(models.ClientConfig{Host: proxy.start(t, os.Getenv("OLLAMA_HOST")),
		ChatModel: base, EmbedModel: os.Getenv("SLEEVE_TEST_EMBED_MODEL")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	reviewSome(t, s, 3)
	// A name of its own, so that tests running at once on the shared
	// server do not replace each other's model.
	name := fmt.Sprintf("sleeve-test-adapted-%d-%d", os.Getpid(), time.Now().UnixNano()%1_000_000)
	t.Cleanup(func() { _ = client.DeleteModel(context.Background(), name) })

	res, err := Adapt(ctx, s, client, AdaptOptions{Name: name})
	if err != nil || res.Failed != "" || res.Examples != 3 {
		t.Fatalf("adapt: %+v %v", res, err)
	}
	if ok, err := client.HasModel(ctx, name); !ok || err != nil {
		t.Fatalf("/api/tags does not list %s: %v", name, err)
	}
	wr, err := WriteNotes(ctx, s, client, NotesOptions{})
	if err != nil || wr.ChatModel != name {
		t.Fatalf("notes: %+v %v", wr, err)
	}
	if proxy.chatsWith(name) == 0 || proxy.chatsWith(base) != 0 {
		t.Fatalf("chat calls: %d with %s, %d with %s", proxy.chatsWith(name), name, proxy.chatsWith(base), base)
	}
	t.Logf("notes: %+v; %d chat calls with %s", wr, proxy.chatsWith(name), name)

	creates := proxy.calls("/api/create")
	res, err = Adapt(ctx, s, client, AdaptOptions{Name: name})
	if err != nil || !res.Unchanged || proxy.calls("/api/create") != creates {
		t.Fatalf("second adapt: %+v %v (%d creates)", res, err, proxy.calls("/api/create")-creates)
	}

	lora := filepath.Join(t.TempDir(), "not-a-lora.gguf")
	os.WriteFile(lora, []byte("this is not a GGUF adapter"), 0o644)
	res, err = Adapt(ctx, s, client, AdaptOptions{Name: name, AdapterPath: lora})
	if err != nil || res.Failed == "" {
		t.Fatalf("adapt with a broken adapter: %+v %v", res, err)
	}
	t.Logf("a broken adapter: %s", res.Failed)
	if c, _ := AdaptedClient(ctx, s, client); c.ChatModel() != base {
		t.Fatalf("after a failed adapt notes use %q, want %q", c.ChatModel(), base)
	}
	if st := client.Status(ctx); !st.Reachable {
		t.Fatalf("the test Ollama died: %s", st.Reason)
	}
}
