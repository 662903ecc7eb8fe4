package models

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ollama/ollama/api"
)

// Defaults suit a laptop without a GPU.
const (
	// DefaultHost is where Ollama listens when OLLAMA_HOST is not set.
	DefaultHost = "127.0.0.1:11434"
	// DefaultChatModel writes notes and reads requests.
	DefaultChatModel = "qwen2.5:1.5b-instruct"
	// DefaultEmbedModel embeds notes for semantic search.
	DefaultEmbedModel = "nomic-embed-text"
)

var (
	// ErrUnreachable means Ollama did not answer. The wrapping error says
	// why (not running, timed out, wrong host).
	ErrUnreachable = errors.New("ollama is unreachable")
	// ErrModelNotFound means Ollama answered but does not have the model.
	// Errors that match it are *MissingModelError.
	ErrModelNotFound = errors.New("model not found")
	// ErrStreamCut means a streamed reply ended before Ollama said it was
	// done, for example because the connection dropped.
	ErrStreamCut = errors.New("ollama reply ended early")
	// ErrBadReply means Ollama's reply could not be used (malformed JSON,
	// values outside the schema) even after a retry.
	ErrBadReply = errors.New("ollama reply was malformed")
)

// MissingModelError says which configured model Ollama lacks. It matches
// ErrModelNotFound with errors.Is.
type MissingModelError struct {
	// Model is the model name as configured.
	Model string
	// Role is "chat" or "embedding".
	Role string
}

// Error implements error and suggests the command that fixes it.
func (e *MissingModelError) Error() string {
	role := e.Role
	if role == "" {
		role = "the"
	}
	return fmt.Sprintf("%s model %q is not installed in Ollama; run `sleeve models pull` (or `ollama pull %s`)", role, e.Model, e.Model)
}

// Is reports whether target is ErrModelNotFound.
func (e *MissingModelError) Is(target error) bool { return target == ErrModelNotFound }

// ClientConfig configures a Client. Zero fields take the defaults.
type ClientConfig struct {
	// Host is Ollama's address in any form OLLAMA_HOST accepts: "host:port",
	// "http://host:port", "https://host", ":11434" or empty for DefaultHost.
	Host string
	// ChatModel is the model that writes notes and reads requests.
	// Empty means DefaultChatModel.
	ChatModel string
	// EmbedModel is the embedding model. Empty means DefaultEmbedModel.
	EmbedModel string
	// AdaptedKey is set when ChatModel is a model that sleeve models adapt
	// created: the key of its inputs. Notes written by one adaptation are
	// stale once another replaces it under the same name, and the model
	// carries the note prompt as its SYSTEM with example notes before it.
	AdaptedKey string
	// ConnectTimeout bounds establishing a connection (default 3 s).
	ConnectTimeout time.Duration
	// StatusTimeout bounds quick calls: version, tags, show (default 5 s).
	StatusTimeout time.Duration
	// RequestTimeout bounds one chat or embedding request, including
	// loading the model (default 3 min).
	RequestTimeout time.Duration
	// PullStallTimeout aborts a pull that reports no progress for this
	// long (default 2 min). A pull has no overall limit.
	PullStallTimeout time.Duration
	// Retries is how many times a transient failure (HTTP 5xx, connection
	// refused or reset while Ollama loads) is retried; default 2, negative
	// means none.
	Retries int
	// RetryBackoff is the first wait between retries; it doubles each time
	// (default 250 ms).
	RetryBackoff time.Duration
}

func (c ClientConfig) withDefaults() ClientConfig {
	if c.ChatModel == "" {
		c.ChatModel = DefaultChatModel
	}
	if c.EmbedModel == "" {
		c.EmbedModel = DefaultEmbedModel
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = 3 * time.Second
	}
	if c.StatusTimeout <= 0 {
		c.StatusTimeout = 5 * time.Second
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = 3 * time.Minute
	}
	if c.PullStallTimeout <= 0 {
		c.PullStallTimeout = 2 * time.Minute
	}
	if c.Retries == 0 {
		c.Retries = 2
	}
	if c.Retries < 0 {
		c.Retries = 0
	}
	if c.RetryBackoff <= 0 {
		c.RetryBackoff = 250 * time.Millisecond
	}
	return c
}

// Client talks to one Ollama server with configured chat and embedding
// models. It is safe for concurrent use.
type Client struct {
	cfg  ClientConfig
	base *url.URL
	api  *api.Client
}

// NewClient returns a Client for cfg. It does not contact Ollama; call
// Status or Check for that.
func NewClient(cfg ClientConfig) (*Client, error) {
	cfg = cfg.withDefaults()
	base, err := ParseHost(cfg.Host)
	if err != nil {
		return nil, err
	}
	dialer := &net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: 30 * time.Second}
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.RequestTimeout,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   8,
	}
	// No http.Client.Timeout: it would cut long pulls and streams. Every
	// call gets a context deadline instead, and the transport bounds the
	// connection and the wait for response headers.
	hc := &http.Client{Transport: transport}
	return &Client{cfg: cfg, base: base, api: api.NewClient(base, hc)}, nil
}

// Host returns the base URL the client talks to.
func (c *Client) Host() string { return c.base.String() }

// ChatModel returns the configured chat model name.
func (c *Client) ChatModel() string { return c.cfg.ChatModel }

// EmbedModel returns the configured embedding model name.
func (c *Client) EmbedModel() string { return c.cfg.EmbedModel }

// Adapted reports whether the chat model is one sleeve models adapt
// created.
func (c *Client) Adapted() bool { return c.cfg.AdaptedKey != "" }

// AdaptedKey is the key of the adapted chat model's inputs, or empty.
func (c *Client) AdaptedKey() string { return c.cfg.AdaptedKey }

// WithAdaptedChatModel returns a client that talks to the same server with
// model, an adaptation whose inputs have key, as its chat model.
func (c *Client) WithAdaptedChatModel(model, key string) *Client {
	cc := *c
	cc.cfg.ChatModel, cc.cfg.AdaptedKey = model, key
	return &cc
}

// WithChatModel returns a client that talks to the same server with model
// as its (stock) chat model.
func (c *Client) WithChatModel(model string) *Client {
	cc := *c
	cc.cfg.ChatModel, cc.cfg.AdaptedKey = model, ""
	return &cc
}

// HasModel reports whether Ollama lists model among its installed models.
func (c *Client) HasModel(ctx context.Context, model string) (bool, error) {
	var list *api.ListResponse
	err := c.retry(ctx, c.cfg.StatusTimeout, func(ctx context.Context) error {
		l, err := c.api.List(ctx)
		list = l
		return err
	})
	if err != nil {
		return false, c.unreachable(err)
	}
	for _, m := range list.Models {
		if SameModel(m.Name, model) {
			return true, nil
		}
	}
	return false, nil
}

// ParseHost turns an OLLAMA_HOST value into a base URL the way Ollama's own
// tools do: the scheme is optional (default http), the port defaults to
// 11434 without a scheme and to 80/443 with one, a bare host or IP is
// accepted, and an unspecified bind address (0.0.0.0, ::) becomes the
// loopback address. Unlike Ollama it reports a bad port instead of
// silently using the default.
func ParseHost(s string) (*url.URL, error) {
	defaultPort := "11434"
	s = strings.TrimSpace(s)
	scheme, hostport, ok := strings.Cut(s, "://")
	switch {
	case !ok:
		scheme, hostport = "http", s
	case scheme == "http":
		defaultPort = "80"
	case scheme == "https":
		defaultPort = "443"
	default:
		return nil, fmt.Errorf("ollama host %q: scheme must be http or https", s)
	}
	hostport, path, _ := strings.Cut(hostport, "/")
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = "127.0.0.1", defaultPort
		if ip := net.ParseIP(strings.Trim(hostport, "[]")); ip != nil {
			host = ip.String()
		} else if hostport != "" {
			host = hostport
		}
	}
	if host == "" {
		host = "127.0.0.1"
	}
	if port == "" {
		port = defaultPort
	}
	if n, err := strconv.Atoi(port); err != nil || n <= 0 || n > 65535 {
		return nil, fmt.Errorf("ollama host %q: bad port %q", s, port)
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		if ip.To4() != nil {
			host = "127.0.0.1"
		} else {
			host = "::1"
		}
	}
	u := &url.URL{Scheme: scheme, Host: net.JoinHostPort(host, port)}
	if path != "" {
		u.Path = "/" + strings.TrimSuffix(path, "/")
	}
	return u, nil
}

// InstalledModel is one model Ollama has locally.
type InstalledModel struct {
	// Name is the model name with its tag, such as "nomic-embed-text:latest".
	Name string
	// Size is the size on disk in bytes.
	Size int64
	// Family, ParameterSize and Quantization come from the model's details.
	Family, ParameterSize, Quantization string
	// ModifiedAt is when the model was pulled or created.
	ModifiedAt time.Time
}

// ModelStatus describes one configured model.
type ModelStatus struct {
	// Name is the configured name.
	Name string
	// Installed is true when Ollama has the model.
	Installed bool
	// Size is its size on disk in bytes when installed.
	Size int64
	// Capabilities are what Ollama says the model can do, such as
	// "completion" or "embedding"; empty when unknown.
	Capabilities []string
	// Problem explains why the model cannot be used, or is empty.
	Problem string
}

// Status is what `sleeve models` shows.
type Status struct {
	// Host is the base URL that was asked.
	Host string
	// Reachable is true when Ollama answered.
	Reachable bool
	// Version is Ollama's version when reachable.
	Version string
	// Reason explains in plain words why Ollama is unreachable.
	Reason string
	// Chat and Embed are the configured models.
	Chat, Embed ModelStatus
	// Installed lists every installed model, sorted by name.
	Installed []InstalledModel
	// Err is the underlying error when unreachable, matching ErrUnreachable.
	Err error
}

// Missing returns the configured models that are not installed.
func (s Status) Missing() []string {
	var out []string
	for _, m := range []ModelStatus{s.Chat, s.Embed} {
		if s.Reachable && !m.Installed {
			out = append(out, m.Name)
		}
	}
	return out
}

// Status asks Ollama for its version, its installed models and the
// capabilities of the configured models. It never fails: an unreachable
// server is reported in the result.
func (c *Client) Status(ctx context.Context) Status {
	st := Status{
		Host:  c.Host(),
		Chat:  ModelStatus{Name: c.cfg.ChatModel},
		Embed: ModelStatus{Name: c.cfg.EmbedModel},
	}
	var version string
	err := c.retry(ctx, c.cfg.StatusTimeout, func(ctx context.Context) error {
		v, err := c.api.Version(ctx)
		version = v
		return err
	})
	if err != nil {
		st.Err = c.unreachable(err)
		st.Reason = st.Err.Error()
		return st
	}
	st.Reachable, st.Version = true, version
	var list *api.ListResponse
	err = c.retry(ctx, c.cfg.StatusTimeout, func(ctx context.Context) error {
		l, err := c.api.List(ctx)
		list = l
		return err
	})
	if err != nil {
		st.Err = fmt.Errorf("list models: %w", err)
		st.Chat.Problem, st.Embed.Problem = "could not list models", "could not list models"
		return st
	}
	for _, m := range list.Models {
		st.Installed = append(st.Installed, InstalledModel{
			Name: m.Name, Size: m.Size, ModifiedAt: m.ModifiedAt,
			Family: m.Details.Family, ParameterSize: m.Details.ParameterSize,
			Quantization: m.Details.QuantizationLevel,
		})
	}
	sort.Slice(st.Installed, func(i, j int) bool { return st.Installed[i].Name < st.Installed[j].Name })
	for _, pair := range []struct {
		ms   *ModelStatus
		need string
	}{{&st.Chat, "completion"}, {&st.Embed, "embedding"}} {
		ms := pair.ms
		for _, m := range st.Installed {
			if SameModel(m.Name, ms.Name) {
				ms.Installed, ms.Size = true, m.Size
			}
		}
		if !ms.Installed {
			ms.Problem = "not installed; run `sleeve models pull`"
			continue
		}
		caps, err := c.capabilities(ctx, ms.Name)
		if err == nil {
			ms.Capabilities = caps
			if len(caps) > 0 && !contains(caps, pair.need) {
				ms.Problem = fmt.Sprintf("installed, but it cannot do %s (it can: %s)", pair.need, strings.Join(caps, ", "))
			}
		}
	}
	return st
}

func (c *Client) capabilities(ctx context.Context, model string) ([]string, error) {
	var resp *api.ShowResponse
	err := c.retry(ctx, c.cfg.StatusTimeout, func(ctx context.Context) error {
		r, err := c.api.Show(ctx, &api.ShowRequest{Model: model})
		resp = r
		return err
	})
	if err != nil {
		return nil, err
	}
	caps := make([]string, 0, len(resp.Capabilities))
	for _, cp := range resp.Capabilities {
		caps = append(caps, string(cp))
	}
	return caps, nil
}

// Check returns nil when Ollama answers and both configured models are
// installed. Otherwise the error matches ErrUnreachable, or joins one
// *MissingModelError per missing model (matching ErrModelNotFound), or
// explains why a model cannot be used.
func (c *Client) Check(ctx context.Context) error {
	st := c.Status(ctx)
	if !st.Reachable {
		return st.Err
	}
	if st.Err != nil {
		return st.Err
	}
	var errs []error
	for _, m := range []struct {
		ms   ModelStatus
		role string
	}{{st.Chat, "chat"}, {st.Embed, "embedding"}} {
		switch {
		case !m.ms.Installed:
			errs = append(errs, &MissingModelError{Model: m.ms.Name, Role: m.role})
		case m.ms.Problem != "":
			errs = append(errs, fmt.Errorf("%s model %q: %s", m.role, m.ms.Name, m.ms.Problem))
		}
	}
	return errors.Join(errs...)
}

// PullProgress is one progress report from a pull.
type PullProgress struct {
	// Model is the model being pulled.
	Model string
	// Status is Ollama's description of the step, such as
	// "pulling manifest", "pulling 8eeb52dfb3bb" or "success".
	Status string
	// Digest names the layer being downloaded, if any.
	Digest string
	// Total and Completed are the layer's size and bytes so far.
	Total, Completed int64
}

// Fraction returns Completed/Total in [0, 1], or -1 when unknown.
func (p PullProgress) Fraction() float64 {
	if p.Total <= 0 {
		return -1
	}
	return min(1, max(0, float64(p.Completed)/float64(p.Total)))
}

// Pull downloads model, calling progress for every report. progress is
// required so a pull is never silent. The pull is aborted when no report
// arrives for PullStallTimeout. It returns ErrStreamCut when the stream
// ends before Ollama reports success.
func (c *Client) Pull(ctx context.Context, model string, progress func(PullProgress)) error {
	if progress == nil {
		return errors.New("pull: a progress callback is required")
	}
	if strings.TrimSpace(model) == "" {
		return errors.New("pull: no model name")
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stall := time.AfterFunc(c.cfg.PullStallTimeout, func() {
		cancel(fmt.Errorf("pull %s: no progress for %s", model, c.cfg.PullStallTimeout))
	})
	defer stall.Stop()
	success := false
	err := c.api.Pull(ctx, &api.PullRequest{Model: model}, func(r api.ProgressResponse) error {
		stall.Reset(c.cfg.PullStallTimeout)
		if r.Status == "success" {
			success = true
		}
		progress(PullProgress{Model: model, Status: SanitizeText(r.Status), Digest: r.Digest, Total: r.Total, Completed: r.Completed})
		return nil
	})
	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	if err != nil {
		return c.wrap("pull "+model, "", err)
	}
	if !success && ctx.Err() != nil {
		// The stream can end quietly when the caller cancels: that is a
		// cancellation, not a cut reply.
		return fmt.Errorf("pull %s: %w", model, ctx.Err())
	}
	if !success {
		return fmt.Errorf("pull %s: %w", model, ErrStreamCut)
	}
	return nil
}

// PullMissing pulls every configured model that Ollama lacks, one after
// the other, reporting progress for each. It returns the models pulled,
// and ErrUnreachable when Ollama does not answer.
func (c *Client) PullMissing(ctx context.Context, progress func(PullProgress)) ([]string, error) {
	st := c.Status(ctx)
	if !st.Reachable {
		return nil, st.Err
	}
	if st.Err != nil {
		return nil, st.Err
	}
	var pulled []string
	for _, m := range st.Missing() {
		if contains(pulled, m) {
			continue
		}
		if err := c.Pull(ctx, m, progress); err != nil {
			return pulled, err
		}
		pulled = append(pulled, m)
	}
	return pulled, nil
}

// SameModel reports whether two model names refer to the same model,
// treating a missing tag as ":latest" and ignoring the default registry
// prefix and letter case.
func SameModel(a, b string) bool { return normModel(a) == normModel(b) }

func normModel(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "registry.ollama.ai/")
	s = strings.TrimPrefix(s, "library/")
	if i := strings.LastIndex(s, "/"); !strings.Contains(s[i+1:], ":") {
		s += ":latest"
	}
	return s
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// retry runs fn with a per-attempt timeout and retries transient errors
// with exponential backoff.
func (c *Client) retry(ctx context.Context, timeout time.Duration, fn func(context.Context) error) error {
	backoff := c.cfg.RetryBackoff
	for attempt := 0; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, timeout)
		err := fn(actx)
		cancel()
		if err == nil || attempt >= c.cfg.Retries || !transient(err) || ctxErr(ctx) != nil {
			return err
		}
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		backoff *= 2
	}
}

// transient reports whether err is worth retrying: a server error, a
// refused or reset connection (Ollama starting or loading a model), or a
// reply cut off halfway. Client errors (4xx) and timeouts are not retried.
func transient(err error) bool {
	var p permanent
	if errors.As(err, &p) {
		return false
	}
	var se api.StatusError
	if errors.As(err, &se) {
		return se.StatusCode >= 500
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return false
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, ErrStreamCut) || errors.Is(err, io.EOF)
}

// unreachable wraps a failed first contact in ErrUnreachable with a reason
// a person can act on.
func (c *Client) unreachable(err error) error {
	var reason string
	var se api.StatusError
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		reason = "nothing is listening there; start it with `ollama serve` or set OLLAMA_HOST"
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		reason = fmt.Sprintf("no answer within %s", c.cfg.StatusTimeout)
	case errors.As(err, &dnsErr):
		reason = fmt.Sprintf("unknown host %q", dnsErr.Name)
	case errors.As(err, &se):
		reason = fmt.Sprintf("it answered HTTP %d (%s); is that really Ollama?", se.StatusCode, strings.TrimSpace(firstLine(se.ErrorMessage)))
	case errors.Is(err, context.Canceled):
		reason = "cancelled"
	default:
		reason = err.Error()
	}
	return fmt.Errorf("%w at %s: %s", ErrUnreachable, c.Host(), reason)
}

// wrap adds context to an error from a chat or embed call, turning a 404
// into *MissingModelError and connection failures into ErrUnreachable.
func (c *Client) wrap(op, role string, err error) error {
	var se api.StatusError
	if errors.As(err, &se) {
		if se.StatusCode == http.StatusNotFound && strings.Contains(strings.ToLower(se.ErrorMessage), "not found") {
			model := c.cfg.ChatModel
			if role == "embedding" {
				model = c.cfg.EmbedModel
			}
			return &MissingModelError{Model: model, Role: role}
		}
		return fmt.Errorf("%s: ollama answered HTTP %d: %s", op, se.StatusCode, SanitizeText(firstLine(se.ErrorMessage)))
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return fmt.Errorf("%s: %w", op, c.unreachable(err))
	}
	return fmt.Errorf("%s: %w", op, err)
}

// ctxErr is ctx.Err(), but also reports a deadline that has passed before
// the context's own timer fired: the network stack can fail a call on the
// deadline first, and the caller must still see it as the context ending.
func ctxErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if dl, ok := ctx.Deadline(); ok && !time.Now().Before(dl) {
		return context.DeadlineExceeded
	}
	return nil
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
