package models

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

// fakeModel is a model the fake server has installed.
type fakeModel struct {
	size int64
	caps []string
	dims int // embedding length; 0 means it cannot embed
}

// fakeOllama is an in-process server that speaks the parts of Ollama's
// documented API that Sleeve uses, with knobs for failures.
type fakeOllama struct {
	t   testing.TB
	srv *httptest.Server

	mu     sync.Mutex
	models map[string]fakeModel
	// reply returns the assistant content for a chat request.
	reply func(req api.ChatRequest) string
	// fail holds status codes to answer, per path, before behaving; -1
	// sends malformed JSON with status 200, -2 cuts the reply halfway.
	fail  map[string][]int
	delay time.Duration
	// pullGap is the pause between pull progress lines.
	pullGap time.Duration
	calls   map[string]int
	chats   []api.ChatRequest
	// creates are the create requests received; blobs the uploaded blobs
	// by digest; createFail, when set, is the error every create streams.
	creates    []api.CreateRequest
	blobs      map[string][]byte
	createFail string

	// arrived, when set, is sent each request's path as it arrives;
	// gate, when set, then holds the request until a value is sent on
	// it (one request goes on), it is closed (all do), or the client
	// gives up. See hold.
	arrived chan string
	gate    chan struct{}

	inflight, maxInflight atomic.Int32
}

// hold makes every later request wait at the fake, once it has arrived,
// until the test lets it go on or its client gives up, so a test orders
// what happens by what has reached the server rather than by sleeps. It
// returns the channel each request's path is sent on as it arrives, and
// the gate: a value sent on it lets one held request go on. The returned
// release lets every held and later request go on; it is called when the
// test ends, and may be called before.
func (f *fakeOllama) hold() (arrived <-chan string, gate chan<- struct{}, release func()) {
	a, g := make(chan string, 256), make(chan struct{})
	var once sync.Once
	release = func() { once.Do(func() { close(g) }) }
	f.t.Cleanup(release) // after the server's Close in registration, so before it in running
	f.set(func(f *fakeOllama) { f.arrived, f.gate = a, g })
	return a, g, release
}

func newFakeOllama(t testing.TB) *fakeOllama {
	f := &fakeOllama{
		t: t,
		models: map[string]fakeModel{
			"chat:latest":  {size: 1_000_000, caps: []string{"completion"}, dims: 64},
			"embed:latest": {size: 150_000, caps: []string{"embedding"}, dims: 32},
		},
		reply: func(api.ChatRequest) string {
			return `{"text":"A steady groove with warm keys. It suits an evening in.","moods":["warm","calm"],"genres":["soul"],"instruments":["piano"],"contexts":["cooking"]}`
		},
		fail:  map[string][]int{},
		calls: map[string]int{},
		blobs: map[string][]byte{},
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// client returns a Client for the fake with fast retries.
func (f *fakeOllama) client(t testing.TB, mod func(*ClientConfig)) *Client {
	cfg := ClientConfig{Host: f.srv.URL, ChatModel: "chat", EmbedModel: "embed", RetryBackoff: time.Millisecond,
		StatusTimeout: 2 * time.Second, RequestTimeout: 5 * time.Second}
	if mod != nil {
		mod(&cfg)
	}
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *fakeOllama) set(fn func(f *fakeOllama)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}

func (f *fakeOllama) count(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[path]
}

func (f *fakeOllama) lastChat() api.ChatRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.chats) == 0 {
		return api.ChatRequest{}
	}
	return f.chats[len(f.chats)-1]
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func (f *fakeOllama) serve(w http.ResponseWriter, r *http.Request) {
	n := f.inflight.Add(1)
	defer f.inflight.Add(-1)
	for {
		m := f.maxInflight.Load()
		if n <= m || f.maxInflight.CompareAndSwap(m, n) {
			break
		}
	}
	f.mu.Lock()
	f.calls[r.URL.Path]++
	delay, arrived, gate := f.delay, f.arrived, f.gate
	var code int
	if q := f.fail[r.URL.Path]; len(q) > 0 {
		code, f.fail[r.URL.Path] = q[0], q[1:]
	}
	f.mu.Unlock()
	if arrived != nil || gate != nil || delay > 0 {
		// Read the body before any wait: the server notices a client
		// that gave up (and cancels r.Context()) only once the body is
		// read.
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
	}
	if arrived != nil {
		select {
		case arrived <- r.URL.Path:
		case <-r.Context().Done():
			return
		}
	}
	if gate != nil {
		select {
		case <-gate:
		case <-r.Context().Done():
			return
		}
	}
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	switch {
	case code == -1:
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"version": "0.1`))
		return
	case code == -2:
		// Handled per endpoint below (stream cut halfway).
	case code != 0:
		writeJSON(w, code, map[string]string{"error": fmt.Sprintf("injected %d", code)})
		return
	}
	switch r.URL.Path {
	case "/api/version":
		writeJSON(w, 200, map[string]string{"version": "0.17.4"})
	case "/api/tags":
		f.mu.Lock()
		var list api.ListResponse
		for name, m := range f.models {
			list.Models = append(list.Models, api.ListModelResponse{Name: name, Model: name, Size: m.size,
				Details: api.ModelDetails{Family: "llama", ParameterSize: "1B", QuantizationLevel: "Q4_K_M"}})
		}
		f.mu.Unlock()
		writeJSON(w, 200, list)
	case "/api/show":
		var req api.ShowRequest
		_ = json.NewDecoder(r.Body).Decode(&req)
		m, ok := f.model(req.Model)
		if !ok {
			writeJSON(w, 404, map[string]string{"error": fmt.Sprintf("model '%s' not found", req.Model)})
			return
		}
		writeJSON(w, 200, map[string]any{"capabilities": m.caps, "details": map[string]string{"family": "llama"}})
	case "/api/chat":
		f.chat(w, r, code == -2)
	case "/api/embed":
		f.embed(w, r)
	case "/api/pull":
		f.pull(w, r, code == -2)
	case "/api/create":
		f.create(w, r)
	default:
		if digest, ok := strings.CutPrefix(r.URL.Path, "/api/blobs/"); ok && r.Method == http.MethodPost {
			body, _ := io.ReadAll(r.Body)
			f.mu.Lock()
			f.blobs[digest] = body
			f.mu.Unlock()
			w.WriteHeader(http.StatusCreated)
			return
		}
		http.NotFound(w, r)
	}
}

func (f *fakeOllama) model(name string) (fakeModel, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m, ok := f.models[normModel(name)]
	return m, ok
}

func (f *fakeOllama) chat(w http.ResponseWriter, r *http.Request, cut bool) {
	var req api.ChatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeJSON(w, 400, map[string]string{"error": "bad request"})
		return
	}
	m, ok := f.model(req.Model)
	if !ok {
		writeJSON(w, 404, map[string]string{"error": fmt.Sprintf("model %q not found, try pulling it first", req.Model)})
		return
	}
	if !contains(m.caps, "completion") {
		writeJSON(w, 400, map[string]string{"error": fmt.Sprintf("%q does not support chat", req.Model)})
		return
	}
	f.mu.Lock()
	f.chats = append(f.chats, req)
	reply := f.reply
	f.mu.Unlock()
	content := reply(req)
	stream := req.Stream == nil || *req.Stream
	w.Header().Set("Content-Type", "application/x-ndjson")
	if !stream {
		b, _ := json.Marshal(api.ChatResponse{Model: req.Model, Message: api.Message{Role: "assistant", Content: content}, Done: true, DoneReason: "stop"})
		if cut {
			_, _ = w.Write(b[:len(b)/2])
			panic(http.ErrAbortHandler)
		}
		_, _ = w.Write(append(b, '\n'))
		return
	}
	pieces := splitPieces(content, 4)
	enc := json.NewEncoder(w)
	for i, p := range pieces {
		if cut && i == len(pieces)/2 {
			w.(http.Flusher).Flush()
			panic(http.ErrAbortHandler)
		}
		_ = enc.Encode(api.ChatResponse{Model: req.Model, Message: api.Message{Role: "assistant", Content: p}})
		w.(http.Flusher).Flush()
	}
	_ = enc.Encode(api.ChatResponse{Model: req.Model, Done: true, DoneReason: "stop"})
}

func splitPieces(s string, n int) []string {
	var out []string
	r := []rune(s)
	for len(r) > 0 {
		k := min(n, len(r))
		out = append(out, string(r[:k]))
		r = r[k:]
	}
	if len(out) < 2 {
		out = append(out, "")
	}
	return out
}

func (f *fakeOllama) embed(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Model string `json:"model"`
		Input any    `json:"input"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeJSON(w, 400, map[string]string{"error": "bad request"})
		return
	}
	m, ok := f.model(req.Model)
	if !ok {
		writeJSON(w, 404, map[string]string{"error": fmt.Sprintf("model %q not found, try pulling it first", req.Model)})
		return
	}
	if m.dims == 0 || !(contains(m.caps, "embedding") || contains(m.caps, "completion")) {
		writeJSON(w, 400, map[string]string{"error": fmt.Sprintf("%q does not support embeddings", req.Model)})
		return
	}
	var inputs []string
	switch v := req.Input.(type) {
	case string:
		inputs = []string{v}
	case []any:
		for _, x := range v {
			s, _ := x.(string)
			inputs = append(inputs, s)
		}
	}
	resp := api.EmbedResponse{Model: req.Model}
	for _, in := range inputs {
		resp.Embeddings = append(resp.Embeddings, fakeVector(in, m.dims))
	}
	writeJSON(w, 200, resp)
}

// fakeVector is a deterministic unit vector for s.
func fakeVector(s string, dims int) []float32 {
	h := fnv.New64a()
	h.Write([]byte(s))
	x := h.Sum64()
	v := make([]float32, dims)
	var sum float64
	for i := range v {
		x = x*6364136223846793005 + 1442695040888963407
		v[i] = float32(int64(x>>33)%2000-1000) / 1000
		sum += float64(v[i]) * float64(v[i])
	}
	for i := range v {
		v[i] /= float32(math.Sqrt(sum))
	}
	return v
}

func (f *fakeOllama) pull(w http.ResponseWriter, r *http.Request, cut bool) {
	var req api.PullRequest
	_ = json.NewDecoder(r.Body).Decode(&req)
	w.Header().Set("Content-Type", "application/x-ndjson")
	enc := json.NewEncoder(w)
	send := func(p api.ProgressResponse) {
		_ = enc.Encode(p)
		w.(http.Flusher).Flush()
		f.mu.Lock()
		gap := f.pullGap
		f.mu.Unlock()
		if gap > 0 {
			select {
			case <-time.After(gap):
			case <-r.Context().Done():
			}
		}
	}
	send(api.ProgressResponse{Status: "pulling manifest"})
	if strings.Contains(req.Model, "nope") {
		_ = enc.Encode(map[string]string{"error": "pull model manifest: file does not exist"})
		return
	}
	for done := int64(0); done <= 1000; done += 250 {
		if cut && done == 500 {
			panic(http.ErrAbortHandler)
		}
		send(api.ProgressResponse{Status: "pulling 8eeb52dfb3bb", Digest: "sha256:8eeb52dfb3bb", Total: 1000, Completed: done})
	}
	send(api.ProgressResponse{Status: "verifying sha256 digest"})
	f.mu.Lock()
	caps := []string{"completion"}
	if strings.Contains(req.Model, "embed") {
		caps = []string{"embedding"}
	}
	f.models[normModel(req.Model)] = fakeModel{size: 1000, caps: caps, dims: 16}
	f.mu.Unlock()
	send(api.ProgressResponse{Status: "success"})
}

// create handles /api/create as Ollama does for a model made FROM an
// installed one: it checks the base and the adapters' blobs, streams
// progress and installs the new model.
func (f *fakeOllama) create(w http.ResponseWriter, r *http.Request) {
	var req api.CreateRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeJSON(w, 400, map[string]string{"error": "bad request"})
		return
	}
	f.mu.Lock()
	f.creates = append(f.creates, req)
	failure := f.createFail
	_, hasBase := f.models[normModel(req.From)]
	missingBlob := ""
	for _, d := range req.Adapters {
		if _, ok := f.blobs[d]; !ok {
			missingBlob = d
		}
	}
	f.mu.Unlock()
	if !hasBase {
		writeJSON(w, 404, map[string]string{"error": fmt.Sprintf("model '%s' not found", req.From)})
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	enc := json.NewEncoder(w)
	_ = enc.Encode(api.ProgressResponse{Status: "using existing layer sha256:8eeb52dfb3bb"})
	switch {
	case missingBlob != "":
		_ = enc.Encode(map[string]string{"error": "blob " + missingBlob + " not found"})
		return
	case failure != "":
		_ = enc.Encode(map[string]string{"error": failure})
		return
	}
	_ = enc.Encode(api.ProgressResponse{Status: "writing manifest"})
	f.mu.Lock()
	f.models[normModel(req.Model)] = fakeModel{size: 1_000_100, caps: []string{"completion"}, dims: 64}
	f.mu.Unlock()
	_ = enc.Encode(api.ProgressResponse{Status: "success"})
}
