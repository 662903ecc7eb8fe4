package models

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http/httptest"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

func TestParseHost(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{"", "http://127.0.0.1:11434", false},
		{"  ", "http://127.0.0.1:11434", false},
		{"127.0.0.1:11439", "http://127.0.0.1:11439", false},
		{"localhost", "http://localhost:11434", false},
		{"example.com:8080", "http://example.com:8080", false},
		{"http://example.com", "http://example.com:80", false},
		{"https://example.com", "https://example.com:443", false},
		{"https://example.com:9000/ollama/", "https://example.com:9000/ollama", false},
		{"0.0.0.0", "http://127.0.0.1:11434", false},
		{"0.0.0.0:9999", "http://127.0.0.1:9999", false},
		{"[::]:11434", "http://[::1]:11434", false},
		{"::1", "http://[::1]:11434", false},
		{":11500", "http://127.0.0.1:11500", false},
		{"host:99999", "", true},
		{"host:abc", "", true},
		{"ftp://host", "", true},
	}
	for _, tt := range tests {
		u, err := ParseHost(tt.in)
		if tt.bad {
			if err == nil {
				t.Errorf("ParseHost(%q) = %v, want error", tt.in, u)
			}
			continue
		}
		if err != nil || u.String() != tt.want {
			t.Errorf("ParseHost(%q) = %v, %v; want %s", tt.in, u, err, tt.want)
		}
	}
}

func TestSameModel(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"nomic-embed-text", "nomic-embed-text:latest", true},
		{"Qwen2.5:1.5b-instruct", "qwen2.5:1.5b-instruct", true},
		{"qwen2.5:1.5b", "qwen2.5:7b", false},
		{"registry.ollama.ai/library/llama3", "llama3:latest", true},
		{"user/model", "user/model:latest", true},
	} {
		if got := SameModel(tt.a, tt.b); got != tt.want {
			t.Errorf("SameModel(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestStatusReportsModelsAndSizes(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, nil)
	st := c.Status(context.Background())
	if !st.Reachable || st.Version != "0.17.4" || st.Reason != "" {
		t.Fatalf("status = %+v", st)
	}
	if !st.Chat.Installed || st.Chat.Size != 1_000_000 || !contains(st.Chat.Capabilities, "completion") || st.Chat.Problem != "" {
		t.Errorf("chat = %+v", st.Chat)
	}
	if !st.Embed.Installed || st.Embed.Size != 150_000 || st.Embed.Problem != "" {
		t.Errorf("embed = %+v", st.Embed)
	}
	if len(st.Installed) != 2 || st.Installed[0].Name != "chat:latest" || st.Installed[0].Quantization != "Q4_K_M" {
		t.Errorf("installed = %+v", st.Installed)
	}
	if err := c.Check(context.Background()); err != nil {
		t.Errorf("Check = %v", err)
	}
}

func TestCheckMissingModel(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, func(c *ClientConfig) { c.EmbedModel = "nomic-embed-text" })
	st := c.Status(context.Background())
	if got := st.Missing(); len(got) != 1 || got[0] != "nomic-embed-text" {
		t.Errorf("Missing = %v", got)
	}
	err := c.Check(context.Background())
	var mm *MissingModelError
	if !errors.Is(err, ErrModelNotFound) || !errors.As(err, &mm) || mm.Model != "nomic-embed-text" || mm.Role != "embedding" {
		t.Fatalf("Check = %v", err)
	}
	if !strings.Contains(err.Error(), "sleeve models pull") {
		t.Errorf("error does not offer the pull: %v", err)
	}
}

func TestCheckWrongCapability(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, func(c *ClientConfig) { c.ChatModel = "embed" })
	err := c.Check(context.Background())
	if err == nil || !strings.Contains(err.Error(), "cannot do completion") {
		t.Fatalf("Check = %v", err)
	}
}

func TestStatusUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	c, err := NewClient(ClientConfig{Host: addr, Retries: 1, RetryBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	st := c.Status(context.Background())
	if st.Reachable || !errors.Is(st.Err, ErrUnreachable) || !strings.Contains(st.Reason, "nothing is listening") {
		t.Fatalf("status = %+v", st)
	}
	if err := c.Check(context.Background()); !errors.Is(err, ErrUnreachable) {
		t.Errorf("Check = %v", err)
	}
}

// TestStatusTimeout: a server that does not answer within StatusTimeout
// is reported as not answering, once. The fake never answers while the
// client waits and the client has no other timeout (RequestTimeout, which
// also bounds the wait for a reply's headers, is an hour), so only a
// client that gives up after StatusTimeout returns within the test's
// deadlock guard.
func TestStatusTimeout(t *testing.T) {
	f := newFakeOllama(t)
	f.hold()
	c := f.client(t, func(c *ClientConfig) { c.StatusTimeout = 50 * time.Millisecond; c.RequestTimeout = time.Hour })
	status := make(chan Status, 1)
	go func() { status <- c.Status(context.Background()) }()
	st := await(t, status, "Status against a server that never answers")
	if st.Reachable || !strings.Contains(st.Reason, "no answer within 50ms") {
		t.Fatalf("status = %+v", st)
	}
	if n := f.count("/api/version"); n > 1 {
		t.Errorf("%d version calls; timeouts must not be retried", n)
	}
}

func TestStatusMalformedJSON(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) { f.fail["/api/tags"] = []int{-1} })
	st := f.client(t, nil).Status(context.Background())
	if !st.Reachable || st.Err == nil || st.Chat.Problem == "" {
		t.Fatalf("status = %+v", st)
	}
}

func TestRetriesServerErrorsNotClientErrors(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, func(c *ClientConfig) { c.Retries = 2 })
	ctx := context.Background()

	f.set(func(f *fakeOllama) { f.fail["/api/chat"] = []int{500, 503} })
	if _, err := c.chatJSON(ctx, "s", "u", noteSchema, nil); err != nil {
		t.Fatalf("after two 5xx: %v", err)
	}
	if n := f.count("/api/chat"); n != 3 {
		t.Errorf("chat calls = %d, want 3", n)
	}

	f.set(func(f *fakeOllama) { f.fail["/api/chat"] = []int{500, 500, 500, 500}; f.calls = map[string]int{} })
	if _, err := c.chatJSON(ctx, "s", "u", noteSchema, nil); err == nil || !strings.Contains(err.Error(), "HTTP 500") {
		t.Errorf("after persistent 5xx: %v", err)
	}
	if n := f.count("/api/chat"); n != 3 {
		t.Errorf("chat calls = %d, want 1 + 2 retries", n)
	}

	f.set(func(f *fakeOllama) { f.fail["/api/chat"] = []int{400}; f.calls = map[string]int{} })
	if _, err := c.chatJSON(ctx, "s", "u", noteSchema, nil); err == nil || !strings.Contains(err.Error(), "HTTP 400") {
		t.Errorf("after 400: %v", err)
	}
	if n := f.count("/api/chat"); n != 1 {
		t.Errorf("4xx was retried: %d calls", n)
	}
}

func TestChatMissingModel(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, func(c *ClientConfig) { c.ChatModel = "qwen2.5:1.5b-instruct" })
	_, err := c.chatJSON(context.Background(), "s", "u", noteSchema, nil)
	var mm *MissingModelError
	if !errors.As(err, &mm) || mm.Model != "qwen2.5:1.5b-instruct" || mm.Role != "chat" {
		t.Fatalf("err = %v", err)
	}
	if f.count("/api/chat") != 1 {
		t.Errorf("404 was retried")
	}
}

func TestChatStreamCutOff(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, func(c *ClientConfig) { c.Retries = -1 })
	f.set(func(f *fakeOllama) {
		f.fail["/api/chat"] = []int{-2}
		f.reply = func(api.ChatRequest) string { return "Hello there, this is a streamed reply." }
	})
	var deltas []string
	text, err := c.Converse(context.Background(), "be brief", []Turn{{Role: "user", Content: "hi"}}, func(s string) { deltas = append(deltas, s) })
	if err == nil {
		t.Fatalf("cut stream gave no error; text %q", text)
	}
	if len(deltas) == 0 || text == "" || strings.HasSuffix(text, "reply.") {
		t.Errorf("want the partial text before the cut; got %q (%d deltas)", text, len(deltas))
	}

	// A whole stream arrives in pieces and is sanitised.
	f.set(func(f *fakeOllama) {
		f.reply = func(api.ChatRequest) string { return "Play \x1b[31mthis\x1b[0m next\x07." }
	})
	deltas = nil
	text, err = c.Converse(context.Background(), "be brief", []Turn{{Role: "user", Content: "hi"}}, func(s string) { deltas = append(deltas, s) })
	if err != nil || text != "Play this next." || len(deltas) < 2 {
		t.Errorf("Converse = %q, %v (%d deltas)", text, err, len(deltas))
	}
}

func TestChatNonStreamCutIsRetried(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, nil)
	f.set(func(f *fakeOllama) { f.fail["/api/chat"] = []int{-2} })
	out, err := c.chatJSON(context.Background(), "s", "u", noteSchema, nil)
	if err != nil || !strings.Contains(out, "steady groove") {
		t.Fatalf("chatJSON = %q, %v", out, err)
	}
	if n := f.count("/api/chat"); n != 2 {
		t.Errorf("calls = %d, want 2", n)
	}
}

func TestPullReportsProgress(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, nil)
	var got []PullProgress
	if err := c.Pull(context.Background(), "nomic-embed-text", func(p PullProgress) { got = append(got, p) }); err != nil {
		t.Fatal(err)
	}
	if len(got) < 6 || got[0].Status != "pulling manifest" || got[len(got)-1].Status != "success" {
		t.Fatalf("progress = %+v", got)
	}
	last := -1.0
	for _, p := range got {
		if fr := p.Fraction(); fr >= 0 {
			if fr < last {
				t.Errorf("progress went backwards: %v after %v", fr, last)
			}
			last = fr
		}
	}
	if last != 1 {
		t.Errorf("final fraction = %v", last)
	}
	if m, ok := f.model("nomic-embed-text"); !ok || m.size != 1000 {
		t.Errorf("model not installed after pull")
	}
	if err := c.Pull(context.Background(), "x", nil); err == nil {
		t.Errorf("pull without a progress callback must fail")
	}
}

func TestPullFailures(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, nil)
	noop := func(PullProgress) {}
	if err := c.Pull(context.Background(), "nope", noop); err == nil || !strings.Contains(err.Error(), "file does not exist") {
		t.Errorf("unknown model: %v", err)
	}
	f.set(func(f *fakeOllama) { f.fail["/api/pull"] = []int{-2} })
	if err := c.Pull(context.Background(), "m1", noop); err == nil {
		t.Errorf("cut pull gave no error")
	}
	f.set(func(f *fakeOllama) { f.pullGap = 500 * time.Millisecond })
	c = f.client(t, func(c *ClientConfig) { c.PullStallTimeout = 100 * time.Millisecond })
	err := c.Pull(context.Background(), "m2", noop)
	if err == nil || !strings.Contains(err.Error(), "no progress") {
		t.Errorf("stalled pull: %v", err)
	}
}

// TestContextCancelStopsRetries: cancelling a request that is between
// retries ends it at once, without waiting out the backoff or asking
// again. The cancel comes once the client is seen waiting to retry, and
// the backoff is an hour, so only a client that stops on the cancel
// returns within the test's deadlock guard.
func TestContextCancelStopsRetries(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, func(c *ClientConfig) { c.Retries = 5; c.RetryBackoff = time.Hour })
	f.set(func(f *fakeOllama) {
		f.fail["/api/chat"] = []int{500, 500, 500, 500, 500, 500}
		f.arrived = make(chan string, 16)
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := c.chatJSON(ctx, "s", "u", noteSchema, nil)
		done <- err
	}()
	await(t, f.arrived, "the first attempt")
	awaitStacks(t, retryBackoff, 1, "chatJSON waiting to retry")
	cancel()
	if err := await(t, done, "chatJSON after the cancel (it must not wait out the backoff)"); err == nil {
		t.Fatal("want error")
	}
	if n := f.count("/api/chat"); n != 1 {
		t.Errorf("chat calls = %d, want 1: no retry after the cancel", n)
	}
}

func TestTransient(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}}
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{api.StatusError{StatusCode: 500}, true},
		{api.StatusError{StatusCode: 503}, true},
		{api.StatusError{StatusCode: 404}, false},
		{api.StatusError{StatusCode: 400}, false},
		{fmt.Errorf("post: %w", refused), true},
		{io.ErrUnexpectedEOF, true},
		{ErrStreamCut, true},
		{context.DeadlineExceeded, false},
		{context.Canceled, false},
		{permanent{ErrStreamCut}, false},
		{errors.New("something else"), false},
	} {
		if got := transient(tt.err); got != tt.want {
			t.Errorf("transient(%v) = %v", tt.err, got)
		}
	}
}

// TestRetriesWhileOllamaStarts refuses connections at first, as Ollama
// does while it starts, then answers. The server starts once the client
// is seen between retries, so it has been refused at least once; with
// thirty retries from a millisecond's backoff, doubling, the client
// keeps trying for days, and no start-up time has to fit a window.
func TestRetriesWhileOllamaStarts(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	f := newFakeOllama(t)
	late := httptest.NewUnstartedServer(f.srv.Config.Handler)
	t.Cleanup(late.Close)
	c, err := NewClient(ClientConfig{Host: addr, ChatModel: "chat", Retries: 30, RetryBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := c.chatJSON(context.Background(), "s", "u", noteSchema, nil)
		done <- err
	}()
	awaitStacks(t, retryBackoff, 1, "the client refused and waiting to retry")
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("the port was taken meanwhile: %v", err)
	}
	late.Listener = l
	late.Start()
	if err := await(t, done, "chatJSON after Ollama came up"); err != nil {
		t.Fatalf("no success after Ollama came up: %v", err)
	}
	if n := f.count("/api/chat"); n != 1 {
		t.Errorf("chat calls = %d, want 1", n)
	}
}

func TestPullMissing(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, func(c *ClientConfig) { c.ChatModel = "qwen2.5:1.5b-instruct"; c.EmbedModel = "nomic-embed-text" })
	models := map[string]bool{}
	pulled, err := c.PullMissing(context.Background(), func(p PullProgress) { models[p.Model] = true })
	if err != nil || len(pulled) != 2 || !models["qwen2.5:1.5b-instruct"] || !models["nomic-embed-text"] {
		t.Fatalf("PullMissing = %q, %v (progress for %v)", pulled, err, models)
	}
	if pulled, err = c.PullMissing(context.Background(), func(PullProgress) {}); err != nil || len(pulled) != 0 {
		t.Errorf("second PullMissing = %q, %v", pulled, err)
	}
	if err := c.Check(context.Background()); err != nil {
		t.Errorf("Check after pull = %v", err)
	}
}
