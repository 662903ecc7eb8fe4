// Package ollamatest is an in-process fake of the parts of Ollama's HTTP API
// that model management and request reading use (/api/version, /api/tags,
// /api/show, a streaming /api/pull and, once Chat is called, /api/chat),
// for tests in other packages that must pass with no Ollama running. The
// models package's own tests use a fuller fake with embeddings.
package ollamatest

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// Version is what the fake answers to /api/version.
const Version = "0.24.0-fake"

// Model is one model the fake has installed, or can pull.
type Model struct {
	// Size is its size on disk in bytes.
	Size int64
	// Capabilities are what /api/show reports, such as "completion" or
	// "embedding".
	Capabilities []string
	// Modified is when it was pulled.
	Modified time.Time
}

// Server is a fake Ollama. Its zero value is not usable; call New.
type Server struct {
	srv *httptest.Server

	mu        sync.Mutex
	installed map[string]Model
	pullable  map[string]Model
	// steps is how many progress lines a pull sends for its layer.
	steps int
	// gate, when set, is waited on before every progress line after the
	// first, so a test can hold a pull half-way.
	gate chan struct{}
	// pullsCut counts pulls whose client went away before success.
	pullsCut int
	started  chan string
	// chat answers /api/chat when set, after chatDelay; chats counts the
	// chat requests received.
	chat      func(ChatRequest) string
	chatDelay time.Duration
	chats     int
	// chatsHeld, when set, is closed to let held chat requests answer;
	// see HoldChats.
	chatsHeld chan struct{}
	release   sync.Once
}

// ChatRequest is the part of an /api/chat request a reply may look at.
type ChatRequest struct {
	Model    string `json:"model"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	// Format is the JSON schema the reply must follow, or "json".
	Format json.RawMessage `json:"format"`
	Stream *bool           `json:"stream"`
}

// Chat makes /api/chat answer every request with the content reply
// returns, after waiting delay (a client that gives up ends the wait), as
// one JSON object or, when the request streams, in pieces. reply may
// return anything, malformed JSON or nothing at all; the fake sends it as
// the model's words.
func (s *Server) Chat(reply func(ChatRequest) string, delay time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.chat, s.chatDelay = reply, delay
}

// HoldChats makes every later chat request, once it has arrived, wait
// until its client gives up on it (the request's context ends) or
// ReleaseChats is called, and only then answer as Chat says: a model that
// never answers in time, whatever the load on the machine, with no wait
// the test must guess. Held requests are released when the test ends.
func (s *Server) HoldChats() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.chatsHeld == nil {
		s.chatsHeld = make(chan struct{})
	}
}

// ReleaseChats lets every held chat request, and every later one, answer.
func (s *Server) ReleaseChats() {
	s.mu.Lock()
	held := s.chatsHeld
	s.mu.Unlock()
	if held != nil {
		s.release.Do(func() { close(held) })
	}
}

// Chats reports how many chat requests the fake has received.
func (s *Server) Chats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.chats
}

// Close stops the fake at once: later calls find nothing listening, as
// when Ollama dies in the middle of a conversation.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// New starts a fake with nothing installed and nothing pullable. It is
// closed when the test ends.
func New(t testing.TB) *Server {
	s := &Server{installed: map[string]Model{}, pullable: map[string]Model{}, steps: 4, started: make(chan string, 16)}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		s.ReleaseChats() // a held request would keep Close waiting
		s.srv.Close()
	})
	return s
}

// URL is the fake's base address, usable as OLLAMA_HOST.
func (s *Server) URL() string { return s.srv.URL }

// Install makes name an installed model.
func (s *Server) Install(name string, m Model) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.installed[canonical(name)] = m
}

// Offer makes name pullable: a pull streams progress over m.Size bytes in
// the configured number of steps and then installs it.
func (s *Server) Offer(name string, m Model) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pullable[canonical(name)] = m
}

// Hold makes every later pull stop after its first layer progress line
// until a value is sent on the returned channel for each further line, or
// the channel is closed. It returns that channel.
func (s *Server) Hold() chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gate = make(chan struct{})
	return s.gate
}

// PullStarted returns a channel that receives the model name of every pull
// as it starts.
func (s *Server) PullStarted() <-chan string { return s.started }

// PullsCut reports how many pulls ended because the client went away.
func (s *Server) PullsCut() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pullsCut
}

// Installed reports whether name is installed.
func (s *Server) Installed(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.installed[canonical(name)]
	return ok
}

// ClosedAddress returns an address where nothing listens, for the
// "Ollama is not running" case.
func ClosedAddress(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

// canonical adds ":latest" to a name without a tag, as Ollama does.
func canonical(name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	if i := strings.LastIndex(name, "/"); !strings.Contains(name[i+1:], ":") {
		name += ":latest"
	}
	return name
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/api/version":
		writeJSON(w, map[string]string{"version": Version})
	case "/api/tags":
		s.tags(w)
	case "/api/show":
		s.show(w, r)
	case "/api/pull":
		s.pull(w, r)
	case "/api/chat":
		s.answer(w, r)
	default:
		http.Error(w, `{"error":"not found"}`, http.StatusNotFound)
	}
}

func (s *Server) tags(w http.ResponseWriter) {
	s.mu.Lock()
	type entry struct {
		Name       string    `json:"name"`
		Model      string    `json:"model"`
		Size       int64     `json:"size"`
		ModifiedAt time.Time `json:"modified_at"`
		Digest     string    `json:"digest"`
	}
	list := []entry{}
	for name, m := range s.installed {
		list = append(list, entry{Name: name, Model: name, Size: m.Size, ModifiedAt: m.Modified, Digest: "sha256:fake"})
	}
	s.mu.Unlock()
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	writeJSON(w, map[string]any{"models": list})
}

func (s *Server) show(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Model string `json:"model"`
		Name  string `json:"name"`
	}
	_ = json.NewDecoder(r.Body).Decode(&req)
	if req.Model == "" {
		req.Model = req.Name
	}
	s.mu.Lock()
	m, ok := s.installed[canonical(req.Model)]
	s.mu.Unlock()
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		writeJSON(w, map[string]string{"error": fmt.Sprintf("model '%s' not found", req.Model)})
		return
	}
	writeJSON(w, map[string]any{"capabilities": m.Capabilities, "details": map[string]string{"format": "gguf"}})
}

// pull streams progress lines as Ollama does: the manifest, the layer's
// bytes in steps, then the digest check, the manifest write and success.
func (s *Server) pull(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Model string `json:"model"`
		Name  string `json:"name"`
	}
	_ = json.NewDecoder(r.Body).Decode(&req)
	if req.Model == "" {
		req.Model = req.Name
	}
	name := canonical(req.Model)
	s.mu.Lock()
	m, ok := s.pullable[name]
	steps, gate := s.steps, s.gate
	s.mu.Unlock()
	select {
	case s.started <- req.Model:
	default:
	}
	if !ok {
		w.WriteHeader(http.StatusInternalServerError)
		writeJSON(w, map[string]string{"error": "pull model manifest: file does not exist"})
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	flusher, _ := w.(http.Flusher)
	enc := json.NewEncoder(w)
	send := func(v map[string]any) bool {
		if err := enc.Encode(v); err != nil {
			return false
		}
		if flusher != nil {
			flusher.Flush()
		}
		return true
	}
	cut := func() {
		s.mu.Lock()
		s.pullsCut++
		s.mu.Unlock()
	}
	if !send(map[string]any{"status": "pulling manifest"}) {
		cut()
		return
	}
	digest := "sha256:0123456789abcdef"
	for i := 1; i <= steps; i++ {
		if i > 1 && gate != nil {
			select {
			case <-gate:
			case <-r.Context().Done():
				cut()
				return
			}
		}
		done := m.Size * int64(i) / int64(steps)
		if !send(map[string]any{"status": "pulling 0123456789ab", "digest": digest, "total": m.Size, "completed": done}) {
			cut()
			return
		}
	}
	for _, st := range []string{"verifying sha256 digest", "writing manifest"} {
		if !send(map[string]any{"status": st}) {
			cut()
			return
		}
	}
	if r.Context().Err() != nil {
		cut()
		return
	}
	if m.Modified.IsZero() {
		m.Modified = time.Now()
	}
	s.mu.Lock()
	s.installed[name] = m
	s.mu.Unlock()
	send(map[string]any{"status": "success"})
}

// answer serves /api/chat with the reply set by Chat.
func (s *Server) answer(w http.ResponseWriter, r *http.Request) {
	var req ChatRequest
	// Read the body to its end: only then does the server watch the
	// connection and end r.Context() when the client gives up.
	body, err := io.ReadAll(r.Body)
	if err == nil {
		err = json.Unmarshal(body, &req)
	}
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		writeJSON(w, map[string]string{"error": "bad request"})
		return
	}
	s.mu.Lock()
	reply, delay, held := s.chat, s.chatDelay, s.chatsHeld
	_, installed := s.installed[canonical(req.Model)]
	s.chats++
	s.mu.Unlock()
	if reply == nil || !installed {
		w.WriteHeader(http.StatusNotFound)
		writeJSON(w, map[string]string{"error": fmt.Sprintf("model %q not found, try pulling it first", req.Model)})
		return
	}
	if held != nil {
		select {
		case <-held:
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
	content := reply(req)
	w.Header().Set("Content-Type", "application/x-ndjson")
	type message struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	}
	type response struct {
		Model      string  `json:"model"`
		Message    message `json:"message"`
		Done       bool    `json:"done"`
		DoneReason string  `json:"done_reason,omitempty"`
	}
	enc := json.NewEncoder(w)
	if req.Stream != nil && !*req.Stream {
		_ = enc.Encode(response{Model: req.Model, Message: message{"assistant", content}, Done: true, DoneReason: "stop"})
		return
	}
	flusher, _ := w.(http.Flusher)
	runes := []rune(content)
	for len(runes) > 0 {
		n := min(len(runes), 16)
		_ = enc.Encode(response{Model: req.Model, Message: message{"assistant", string(runes[:n])}})
		if flusher != nil {
			flusher.Flush()
		}
		runes = runes[n:]
	}
	_ = enc.Encode(response{Model: req.Model, Message: message{Role: "assistant"}, Done: true, DoneReason: "stop"})
}

func writeJSON(w http.ResponseWriter, v any) {
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	_ = json.NewEncoder(w).Encode(v)
}
