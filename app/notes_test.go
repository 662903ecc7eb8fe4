package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"sleeve/library"
	"sleeve/library/analysis"
	"sleeve/library/synth"
	"sleeve/models"
)

// allTracks returns every track of the store, in the store's order.
func allTracks(t *testing.T, s *library.Store) []library.Track {
	t.Helper()
	var tracks []library.Track
	for tr, err := range s.Tracks(context.Background(), library.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		tracks = append(tracks, tr)
	}
	return tracks
}

// demoStore returns a fresh store holding the first n demo tracks,
// scanned and analysed: a copy of the database that demoLibrary builds
// once per n for the whole test binary, so the test may change it; the
// audio files are shared and must not be changed.
func demoStore(t *testing.T, n int) *library.Store {
	t.Helper()
	ctx := context.Background()
	db := demoLibrary(t, n)
	path := filepath.Join(t.TempDir(), "db.sqlite")
	for _, suffix := range []string{"", "-wal"} {
		data, err := os.ReadFile(db + suffix)
		if suffix != "" && os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path+suffix, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := library.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demoLibraries.dir != "" {
		os.RemoveAll(demoLibraries.dir)
	}
	os.Exit(code)
}

// demoLibraries are the databases demoLibrary built, by their number of
// tracks, in a folder that outlives every test.
var demoLibraries struct {
	sync.Mutex
	dir   string
	built map[int]string
}

// demoLibrary writes n demo tracks, scans and analyses them into a new
// database, once per n, and returns the database, closed.
func demoLibrary(t *testing.T, n int) string {
	t.Helper()
	demoLibraries.Lock()
	defer demoLibraries.Unlock()
	if db, ok := demoLibraries.built[n]; ok {
		return db
	}
	if demoLibraries.dir == "" {
		dir, err := os.MkdirTemp("", "sleeve-app-demo-")
		if err != nil {
			t.Fatal(err)
		}
		demoLibraries.dir, demoLibraries.built = dir, map[int]string{}
	}
	ctx := context.Background()
	dir := filepath.Join(demoLibraries.dir, fmt.Sprint(n))
	tracks := synth.DemoTracks()[:n]
	for i := range tracks {
		tracks[i].Spec.Seconds = 8 // short: the race detector slows synthesis and analysis
	}
	if _, err := synth.WriteDemoTracks(ctx, filepath.Join(dir, "music"), tracks, nil); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "db.sqlite")
	s, err := library.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := library.NewScanner(s, library.TaglibReader{}, library.ScanOptions{}).Scan(ctx, []string{filepath.Join(dir, "music")}); err != nil {
		t.Fatal(err)
	}
	if _, err := library.NewAnalyzer(s, library.AnalyzeOptions{}).Run(ctx); err != nil {
		t.Fatal(err)
	}
	demoLibraries.built[n] = db
	return db
}

func notesOf(t *testing.T, s *library.Store) map[library.TrackID]library.Note {
	t.Helper()
	out := map[library.TrackID]library.Note{}
	for tr, err := range s.Tracks(context.Background(), library.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		if n, err := s.Note(context.Background(), tr.ID); err == nil {
			out[tr.ID] = n
		}
	}
	return out
}

func TestTemplateNotesWithoutAModel(t *testing.T) {
	s := demoStore(t, 3)
	ctx := context.Background()
	res, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.TemplateNotes != 3 || res.ModelNotes != 0 || res.Embedded != 0 {
		t.Fatalf("result %+v, want 3 template notes", res)
	}
	notes := notesOf(t, s)
	if len(notes) != 3 {
		t.Fatalf("%d notes stored", len(notes))
	}
	for id, n := range notes {
		tr, _ := s.Track(ctx, id)
		if !n.Template || n.Model != "" || !strings.Contains(n.Text, tr.Tags.Title) {
			t.Errorf("track %d note %+v", id, n)
		}
		if n.FeatureVersion != tr.Features.Version || n.Key == "" {
			t.Errorf("note of %d does not record its inputs: %+v", id, n)
		}
	}
	// A second run finds everything current.
	res, err = WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true})
	if err != nil || res.UpToDate != 3 || res.TemplateNotes != 0 {
		t.Fatalf("second run %+v %v", res, err)
	}
}

func TestDeadOllamaFallsBackToTemplates(t *testing.T) {
	s := demoStore(t, 2)
	client, err := models.NewClient(models.ClientConfig{Host: "127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	var notices []string
	res, err := WriteNotes(context.Background(), s, client, NotesOptions{OnNotice: func(n string) { notices = append(notices, n) }})
	if err != nil {
		t.Fatal(err)
	}
	if res.TemplateNotes != 2 || res.EmbedProblem == "" {
		t.Fatalf("result %+v", res)
	}
	if len(notices) == 0 || !strings.Contains(notices[0], "template notes") {
		t.Fatalf("notices %q: the person must be told why", notices)
	}
}

// countingProxy forwards to a real Ollama and counts the calls that cost
// model time.
type countingProxy struct {
	chat, embed atomic.Int64
	mu          sync.Mutex
	// chatsBy counts chat calls per model named in the request; paths
	// counts every call per path.
	chatsBy, paths map[string]int
}

// chatsWith returns how many chat calls named model.
func (c *countingProxy) chatsWith(model string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.chatsBy[model]
}

// calls returns how many calls went to path.
func (c *countingProxy) calls(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.paths[path]
}

func (c *countingProxy) start(t *testing.T, host string) string {
	target, err := models.ParseHost(host)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		var req struct {
			Model string `json:"model"`
		}
		_ = json.Unmarshal(body, &req)
		c.mu.Lock()
		if c.paths == nil {
			c.paths, c.chatsBy = map[string]int{}, map[string]int{}
		}
		c.paths[r.URL.Path]++
		if r.URL.Path == "/api/chat" {
			c.chatsBy[req.Model]++
		}
		c.mu.Unlock()
		switch r.URL.Path {
		case "/api/chat", "/api/generate":
			c.chat.Add(1)
		case "/api/embed", "/api/embeddings":
			c.embed.Add(1)
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	return u.Host
}

// TestNotesWithTheRealTestOllama writes model notes and embeddings through
// a real Ollama, replacing template notes, and checks that a second run
// makes no model calls at all.
func TestNotesWithTheRealTestOllama(t *testing.T) {
	if os.Getenv("SLEEVE_TEST_OLLAMA") == "" {
		t.Skip("SLEEVE_TEST_OLLAMA is not set: start ../shared/ollama/test-ollama to run this test against a real Ollama")
	}
	ctx := context.Background()
	s := demoStore(t, 3)
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	var proxy countingProxy
	client, err := models.NewClient(models.ClientConfig{Host: proxy.start(t, os.Getenv("OLLAMA_HOST")),
		ChatModel: os.Getenv("SLEEVE_TEST_CHAT_MODEL"), EmbedModel: os.Getenv("SLEEVE_TEST_EMBED_MODEL")})
	if err != nil {
		t.Fatal(err)
	}
	res, err := WriteNotes(ctx, s, client, NotesOptions{Concurrency: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res.Embedded != 3 || res.ModelNotes+res.TemplateNotes != 3 {
		t.Fatalf("result %+v, want 3 notes (template notes replaced) and 3 embeddings", res)
	}
	if proxy.chat.Load() == 0 || proxy.embed.Load() == 0 {
		t.Fatalf("no model calls reached Ollama: chat %d embed %d", proxy.chat.Load(), proxy.embed.Load())
	}
	for id, n := range notesOf(t, s) {
		if !n.Template && n.Model != client.ChatModel() {
			t.Errorf("note of %d by %q", id, n.Model)
		}
	}
	vectors := 0
	for _, v := range s.Embeddings(ctx, client.EmbedModel()) {
		var cv models.CompactVector
		if err := cv.UnmarshalBinary(v); err != nil || len(cv.Data) == 0 {
			t.Fatalf("stored embedding does not decode: %v", err)
		}
		vectors++
	}
	if vectors != 3 {
		t.Fatalf("%d embeddings stored under %s", vectors, client.EmbedModel())
	}

	chat, embed := proxy.chat.Load(), proxy.embed.Load()
	res, err = WriteNotes(ctx, s, client, NotesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.UpToDate != 3 || proxy.chat.Load() != chat || proxy.embed.Load() != embed {
		t.Fatalf("second run %+v made %d chat and %d embed calls; want none", res, proxy.chat.Load()-chat, proxy.embed.Load()-embed)
	}
}

// TestUnconfidentTempoReachesNoNote checks that a track measured at 61 to
// 77 BPM with tempo confidence 0 reaches the note writer with no tempo.
func TestUnconfidentTempoReachesNoNote(t *testing.T) {
	for bpm := 61.0; bpm <= 77; bpm++ {
		tr := library.Track{Features: &library.Features{Features: analysis.Features{BPM: bpm, BPMConfidence: 0, Energy: 0.5}}}
		if f := FactsOf(tr); f.Features == nil || f.Features.BPM != 0 {
			t.Fatalf("%v BPM at confidence 0 reaches the notes as %+v", bpm, f.Features)
		}
	}
}
