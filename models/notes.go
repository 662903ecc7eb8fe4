package models

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/ollama/ollama/api"
	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/singleflight"
)

// Note is a sleeve note for one track.
type Note struct {
	// Text is 2–3 sentences of prose, safe to print.
	Text string
	// Moods, Genres, Instruments and Contexts are short lowercase words.
	// Moods, Instruments and Contexts come from MoodWords,
	// InstrumentWords and ContextWords.
	Moods, Genres, Instruments, Contexts []string
	// Model is the chat model that wrote the note, empty for templates.
	Model string
	// Template is true when the note was built from templates.
	Template bool
	// PromptVersion is the PromptVersion the note was written with.
	PromptVersion int
	// FeatureVersion is the analysis version of the features it describes.
	FeatureVersion int
	// CreatedAt is when the note was written.
	CreatedAt time.Time
	// Key identifies the inputs (see Describer.Key); a note whose key
	// differs from the current one is stale.
	Key string
	// Dropped lists the sentences and words the checker removed because
	// they contradicted the features, each with the reason.
	Dropped []string
	// Fallback says why a template note was written instead of a model
	// note, or is empty.
	Fallback string
}

// Vocabularies the model must choose from, also used by the rule parser.
var (
	// MoodWords are the moods a note or request can name.
	MoodWords = []string{"calm", "chill", "mellow", "peaceful", "dreamy", "melancholic", "sad",
		"wistful", "reflective", "moody", "dark", "brooding", "happy", "joyful", "hopeful", "warm",
		"romantic", "playful", "energetic", "intense", "aggressive", "angry", "epic", "euphoric",
		"uplifting", "tense", "nostalgic", "groovy", "bright", "mysterious", "sensual", "triumphant"}
	// InstrumentWords are the instruments a note can guess.
	InstrumentWords = []string{"vocals", "piano", "acoustic guitar", "electric guitar", "bass",
		"drums", "drum machine", "synthesizer", "strings", "brass", "saxophone", "trumpet", "violin",
		"cello", "choir", "organ", "percussion", "flute", "harp", "samples", "turntables", "banjo",
		"harmonica", "accordion", "ukulele", "rhodes", "mallets", "woodwinds", "synth pad", "synth lead"}
	// ContextWords are the activities and settings a note or request can name.
	ContextWords = []string{"running", "working out", "studying", "focus", "sleeping",
		"dinner party", "party", "dancing", "driving", "commute", "cooking", "reading", "relaxing",
		"morning", "late night", "road trip", "rainy day", "meditation", "background", "winding down",
		"celebration", "working", "walking"}
)

// Limits on what a note may hold.
const (
	maxNoteSentences = 3
	maxNoteChars     = 600
	maxMoods         = 4
	maxGenres        = 3
	maxInstruments   = 5
	maxContexts      = 4
)

var noteSchema = mustJSON(map[string]any{
	"type": "object",
	"properties": map[string]any{
		"text":        map[string]any{"type": "string", "minLength": 20, "maxLength": 480},
		"moods":       enumArray(MoodWords, maxMoods),
		"genres":      map[string]any{"type": "array", "maxItems": maxGenres, "items": map[string]any{"type": "string", "maxLength": 30}},
		"instruments": enumArray(InstrumentWords, maxInstruments),
		"contexts":    enumArray(ContextWords, maxContexts),
	},
	"required": []string{"text", "moods", "genres", "instruments", "contexts"},
})

func enumArray(words []string, n int) map[string]any {
	return map[string]any{"type": "array", "maxItems": n, "items": map[string]any{"type": "string", "enum": words}}
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // static schema: cannot fail
	}
	return b
}

// DescriberConfig configures a Describer.
type DescriberConfig struct {
	// Concurrency is how many notes are requested at once (default 2).
	Concurrency int
	// NoLLM writes template notes only.
	NoLLM bool
	// Cooldown is how long to write template notes after Ollama turned
	// out to be unreachable or lacking the model, before trying again
	// (default 30 s).
	Cooldown time.Duration
	// MaxFailures is how many notes in a row may fail (after the client's
	// retries) before the Describer stops calling the model for good and
	// writes template notes only (default 3). A request that times out
	// (a stalled server) stops it at once.
	MaxFailures int
	// OnGiveUp, if set, is called once when the Describer stops calling
	// the model, with a sentence saying why that holds the server's error.
	OnGiveUp func(reason string)
	// OnSlow, if set, is called once when a note has waited SlowAfter
	// (default 30 s) for the model, so a person is not left without a
	// word while a model loads or a server stalls.
	OnSlow    func(message string)
	SlowAfter time.Duration
}

// Describer writes sleeve notes with a chat model, falling back to
// template notes. It is safe for concurrent use, and concurrent calls
// with the same inputs share one request.
type Describer struct {
	client    *Client
	cfg       DescriberConfig
	flight    singleflight.Group
	downUntil atomic.Int64 // unix nanos
	downWhy   atomic.Value // string
	// failures counts notes that failed in a row; gaveUp is set when they
	// reach MaxFailures, after which the model is not called again.
	failures  atomic.Int32
	gaveUp    atomic.Bool
	gaveUpWhy atomic.Value // string
	saidSlow  atomic.Bool
}

// NewDescriber returns a Describer. A nil client means template notes only.
func NewDescriber(c *Client, cfg DescriberConfig) *Describer {
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 2
	}
	if cfg.Cooldown <= 0 {
		cfg.Cooldown = 30 * time.Second
	}
	if cfg.MaxFailures <= 0 {
		cfg.MaxFailures = 3
	}
	if cfg.SlowAfter <= 0 {
		cfg.SlowAfter = 30 * time.Second
	}
	return &Describer{client: c, cfg: cfg}
}

func (d *Describer) usesModel() bool { return d.client != nil && !d.cfg.NoLLM }

// Key returns the cache key for the note Describe would write for t: a
// hash of the model (or "template"), PromptVersion and the exact data in
// the prompt. Equal keys mean equal requests.
func (d *Describer) Key(t TrackFacts) string {
	model := "template"
	if d.usesModel() {
		model = normModel(d.client.ChatModel())
		if d.client.Adapted() {
			// The same name may carry another adaptation later.
			model += "\x00" + d.client.cfg.AdaptedKey
		}
	}
	// The analysis version is part of the key: features re-measured by a
	// newer analysis make the note stale even if the values came out the
	// same.
	featureVersion := 0
	if t.Features != nil {
		featureVersion = t.Features.Version
	}
	h := sha256.New()
	if t.Features != nil && t.Features.NotMusic != "" {
		model = "template"
		fmt.Fprintf(h, "not-music\x00%s\x00", t.Features.NotMusic)
	}
	fmt.Fprintf(h, "sleeve-note\x00%s\x00%d\x00%d\x00", model, PromptVersion, featureVersion)
	h.Write([]byte(dataJSON(promptData(t))))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Describe writes the note for t. Without a model (nil client, NoLLM, or
// Ollama unreachable or lacking the model) it returns a template note
// whose Fallback says why. It fails only when ctx ends.
func (d *Describer) Describe(ctx context.Context, t TrackFacts) (Note, error) {
	key := d.Key(t)
	if !d.usesModel() || (t.Features != nil && t.Features.NotMusic != "") {
		// Audio that is not music gets a plain statement of what it is;
		// a model would invent a mood and a use for it.
		n := TemplateNote(t)
		n.Key = key
		return n, nil
	}
	if d.gaveUp.Load() {
		why, _ := d.gaveUpWhy.Load().(string)
		return d.fallback(t, why), nil
	}
	if until := d.downUntil.Load(); until > time.Now().UnixNano() {
		why, _ := d.downWhy.Load().(string)
		return d.fallback(t, why), nil
	}
	if d.cfg.OnSlow != nil && !d.saidSlow.Load() {
		slow := time.AfterFunc(d.cfg.SlowAfter, func() {
			if d.saidSlow.CompareAndSwap(false, true) {
				// A note may take two requests (a second when the first
				// reply is unusable), and the first to time out ends the
				// model's part in the run.
				d.cfg.OnSlow(fmt.Sprintf("The language model has not answered for %s (it may be loading the model); waiting up to %s for its answer, after which it is not asked again in this run.",
					d.cfg.SlowAfter, d.client.cfg.RequestTimeout))
			}
		})
		defer slow.Stop()
	}
	v, err, shared := d.flight.Do(key, func() (any, error) {
		return d.generate(ctx, t, key)
	})
	if err != nil && shared && ctxErr(ctx) == nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		// Another caller's context ended the shared request; ours is
		// still live, so ask again.
		v, err, _ = d.flight.Do(key, func() (any, error) {
			return d.generate(ctx, t, key)
		})
	}
	if err != nil {
		if err := ctxErr(ctx); err != nil {
			return Note{}, err
		}
		if errors.Is(err, ErrUnreachable) || errors.Is(err, ErrModelNotFound) {
			d.downWhy.Store(err.Error())
			d.downUntil.Store(time.Now().Add(d.cfg.Cooldown).UnixNano())
		}
		d.failed(err)
		return d.fallback(t, err.Error()), nil
	}
	d.failures.Store(0)
	n := v.(Note)
	n.Dropped = append([]string(nil), n.Dropped...)
	return n, nil
}

// failed counts a note whose request failed, and gives up on the model
// for the rest of the Describer's life when MaxFailures fail in a row or
// one times out: a server that answers every call with an error, or not
// at all, would otherwise cost retries and minutes on every track.
func (d *Describer) failed(err error) {
	n := d.failures.Add(1)
	timedOut := errors.Is(err, context.DeadlineExceeded)
	if !timedOut && int(n) < d.cfg.MaxFailures {
		return
	}
	// Say only what follows: the model is not asked again by this
	// Describer (one run of notes); the caller keeps a model note the
	// track has rather than a template note (app.WriteNotes), and a
	// later run replaces template notes only when the model answers.
	why := fmt.Sprintf("the language model failed the last %d notes it was asked for", n)
	if timedOut {
		why = fmt.Sprintf("the language model did not answer within %s", d.client.cfg.RequestTimeout)
	}
	why += fmt.Sprintf(" (%v), so it is not asked again in this run: the remaining tracks get template notes, or keep the model note they have, "+
		"and a later run of sleeve notes replaces the template notes once the model answers", err)
	d.gaveUpWhy.Store(why)
	if d.gaveUp.CompareAndSwap(false, true) && d.cfg.OnGiveUp != nil {
		d.cfg.OnGiveUp(strings.ToUpper(why[:1]) + why[1:] + ".")
	}
}

// GaveUp reports whether the Describer has stopped calling the model.
func (d *Describer) GaveUp() bool { return d.gaveUp.Load() }

func (d *Describer) fallback(t TrackFacts, why string) Note {
	n := TemplateNote(t)
	n.Key = d.Key(t)
	n.Fallback = why
	return n
}

// DescribeAll writes notes for tracks with up to Concurrency requests at
// once and calls fn (never concurrently) with each track's index and note.
// Tracks with equal keys are requested once. It returns ctx's error when
// cancelled; tracks not yet described then get no call.
func (d *Describer) DescribeAll(ctx context.Context, tracks []TrackFacts, fn func(i int, n Note)) error {
	byKey := map[string][]int{}
	var order []string
	for i, t := range tracks {
		k := d.Key(t)
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], i)
	}
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(d.cfg.Concurrency)
	for _, k := range order {
		idx := byKey[k]
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			n, err := d.Describe(gctx, tracks[idx[0]])
			if err != nil {
				return err
			}
			mu.Lock()
			defer mu.Unlock()
			for _, i := range idx {
				fn(i, n)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}

// noteReply is the JSON the model returns.
type noteReply struct {
	Text        string   `json:"text"`
	Moods       []string `json:"moods"`
	Genres      []string `json:"genres"`
	Instruments []string `json:"instruments"`
	Contexts    []string `json:"contexts"`
}

// Rephrase writes t's note again with the model, asking it to avoid
// phrases that too many of the library's notes already use. It fails when
// there is no model or its reply is unusable; the caller keeps the old
// note then.
func (d *Describer) Rephrase(ctx context.Context, t TrackFacts, avoid []string) (Note, error) {
	if !d.usesModel() || d.gaveUp.Load() {
		return Note{}, errors.New("no language model to rephrase with")
	}
	return d.generate(ctx, t, d.Key(t), avoid...)
}

func (d *Describer) generate(ctx context.Context, t TrackFacts, key string, avoid ...string) (Note, error) {
	tr := ReadTraits(t.Features)
	system, user := PromptText(t)
	if len(avoid) > 0 {
		quoted := make([]string, len(avoid))
		for i, a := range avoid {
			quoted[i] = strconv.Quote(a)
		}
		user += "\nDo not use these phrases, which many other notes in this library already use: " + strings.Join(quoted, ", ") + "."
	}
	if d.client.Adapted() {
		// The adapted model carries the note prompt as its SYSTEM, which
		// Ollama puts before its example notes only when the request
		// brings no system message of its own.
		system = ""
	}
	var lastProblem string
	var dropped []string
	for attempt := 0; attempt < 2; attempt++ {
		msg := user
		if attempt > 0 && lastProblem != "" {
			msg += "\nYour previous answer was unusable (" + lastProblem + "). Write a new note that follows the schema and the measured_sound facts."
		}
		content, err := d.client.chatJSON(ctx, system, msg, noteSchema, noteOptions)
		if err != nil {
			return Note{}, err
		}
		n, problem := parseNoteReply(content, tr)
		dropped = append(dropped, n.Dropped...)
		if problem != "" {
			lastProblem = problem
			continue
		}
		n.Dropped = dropped
		n.Model = d.client.ChatModel()
		n.PromptVersion = PromptVersion
		if t.Features != nil {
			n.FeatureVersion = t.Features.Version
		}
		n.CreatedAt = time.Now().UTC()
		n.Key = key
		return n, nil
	}
	return Note{}, fmt.Errorf("%w: %s", ErrBadReply, lastProblem)
}

var noteOptions = map[string]any{"temperature": 0.4, "num_predict": 400, "seed": 7}

// parseNoteReply validates a model reply and runs the checker. problem is
// non-empty when the reply is unusable and worth one regeneration.
func parseNoteReply(content string, tr Traits) (Note, string) {
	var r noteReply
	if err := json.Unmarshal([]byte(strings.TrimSpace(content)), &r); err != nil {
		return Note{}, "malformed JSON: " + clip(err.Error(), 80)
	}
	var n Note
	text := SanitizeText(r.Text)
	sents := SplitSentences(text)
	if len(sents) > maxNoteSentences {
		sents = sents[:maxNoteSentences]
	}
	text = clip(strings.Join(sents, " "), maxNoteChars)
	if !hasLetters(text) {
		return n, "empty text"
	}
	var dropped []string
	n.Text, dropped = CheckText(text, tr)
	n.Dropped = append(n.Dropped, dropped...)
	if n.Text == "" {
		return n, "every sentence contradicted the measured sound"
	}
	var d1, d2, d3 []string
	n.Moods, d1 = CheckWords(cleanList(r.Moods, MoodWords, maxMoods), tr)
	var d4 []string
	n.Instruments, d4 = CheckWords(cleanList(r.Instruments, InstrumentWords, maxInstruments), tr)
	n.Contexts, d2 = CheckWords(cleanList(r.Contexts, ContextWords, maxContexts), tr)
	n.Genres, d3 = CheckWords(cleanList(r.Genres, nil, maxGenres), tr)
	n.Dropped = append(append(append(append(n.Dropped, d1...), d2...), d3...), d4...)
	return n, ""
}

// cleanList lowercases, sanitises and de-duplicates words, keeps only those
// in allowed (any when allowed is nil, up to 30 characters) and at most n.
func cleanList(words, allowed []string, n int) []string {
	var out []string
	for _, w := range words {
		w = strings.ToLower(SanitizeText(w))
		w = strings.Trim(w, " .,;:!?\"'")
		if w == "" || contains(out, w) {
			continue
		}
		if allowed != nil && !contains(allowed, w) {
			continue
		}
		if allowed == nil && (len([]rune(w)) > 30 || !hasLetters(w) || len(strings.Fields(w)) > 4 || strings.ContainsAny(w, ".,;:!?\"()[]{}<>")) {
			continue
		}
		out = append(out, w)
		if len(out) == n {
			break
		}
	}
	return out
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// chatJSON sends one system (unless empty) and one user message with a JSON schema and
// returns the reply text. Transient failures are retried; a reply that
// ends before "done" counts as one.
func (c *Client) chatJSON(ctx context.Context, system, user string, schema json.RawMessage, opts map[string]any) (string, error) {
	stream := false
	msgs := []api.Message{{Role: "user", Content: user}}
	if system != "" {
		msgs = append([]api.Message{{Role: "system", Content: system}}, msgs...)
	}
	req := &api.ChatRequest{
		Model:    c.cfg.ChatModel,
		Messages: msgs,
		Stream:   &stream,
		Format:   schema,
		Options:  opts,
	}
	var out strings.Builder
	err := c.retry(ctx, c.cfg.RequestTimeout, func(ctx context.Context) error {
		out.Reset()
		done := false
		err := c.api.Chat(ctx, req, func(r api.ChatResponse) error {
			out.WriteString(r.Message.Content)
			done = done || r.Done
			return nil
		})
		if err == nil && !done {
			return ErrStreamCut
		}
		return err
	})
	if err != nil {
		return "", c.wrap("chat with "+c.cfg.ChatModel, "chat", err)
	}
	return out.String(), nil
}

// Turn is one message of a conversation.
type Turn struct {
	// Role is "user" or "assistant".
	Role string
	// Content is the message text.
	Content string
}

// Converse streams a free-text reply to a conversation, calling onDelta
// with each piece of sanitised text as it arrives, and returns the whole
// reply. system sets the assistant's role; conversation text is passed as
// chat messages. It is not retried once text has arrived, and returns
// ErrStreamCut when the stream ends before Ollama says it is done.
func (c *Client) Converse(ctx context.Context, system string, turns []Turn, onDelta func(string)) (string, error) {
	msgs := []api.Message{{Role: "system", Content: system}}
	for _, t := range turns {
		role := t.Role
		if role != "assistant" {
			role = "user"
		}
		msgs = append(msgs, api.Message{Role: role, Content: t.Content})
	}
	stream := true
	req := &api.ChatRequest{Model: c.cfg.ChatModel, Messages: msgs, Stream: &stream, Options: map[string]any{"num_predict": 512}}
	var out strings.Builder
	started := false
	err := c.retry(ctx, c.cfg.RequestTimeout, func(ctx context.Context) error {
		if started {
			return nil
		}
		done := false
		pending := ""
		err := c.api.Chat(ctx, req, func(r api.ChatResponse) error {
			// An escape sequence can be split across pieces: hold back an
			// unfinished one until the rest arrives.
			var raw string
			raw, pending = splitIncompleteEscape(pending + r.Message.Content)
			if s := sanitizeDelta(raw); s != "" {
				started = true
				out.WriteString(s)
				if onDelta != nil {
					onDelta(s)
				}
			}
			done = done || r.Done
			return nil
		})
		if err == nil && !done {
			err = ErrStreamCut
		}
		if err != nil && started {
			return permanent{err}
		}
		return err
	})
	var p permanent
	if errors.As(err, &p) {
		err = p.err
	}
	if err != nil {
		return out.String(), c.wrap("chat with "+c.cfg.ChatModel, "chat", err)
	}
	return out.String(), nil
}

// permanent stops retry from retrying an error.
type permanent struct{ err error }

// Error returns the wrapped error's message.
func (p permanent) Error() string { return p.err.Error() }

// Unwrap returns the wrapped error.
func (p permanent) Unwrap() error { return p.err }

// splitIncompleteEscape splits s before a trailing escape sequence that
// has not ended yet.
func splitIncompleteEscape(s string) (complete, rest string) {
	i := strings.LastIndexByte(s, 0x1b)
	if i < 0 {
		return s, ""
	}
	if end := skipEscape(s, i+1); end >= len(s) && !escapeEnded(s[i:]) {
		if len(s)-i > 256 { // not a real sequence: let SanitizeText drop it
			return s, ""
		}
		return s[:i], s[i:]
	}
	return s, ""
}

// escapeEnded reports whether the escape sequence seq (starting at ESC)
// has its final byte.
func escapeEnded(seq string) bool {
	if len(seq) < 2 {
		return false
	}
	switch seq[1] {
	case '[':
		last := seq[len(seq)-1]
		return len(seq) > 2 && last >= 0x40 && last <= 0x7e
	case ']', 'P', '^', '_', 'X':
		return strings.HasSuffix(seq, "\x07") || strings.HasSuffix(seq, "\x1b\\")
	}
	return len(seq) >= 2 && seq[len(seq)-1] >= 0x30
}

// sanitizeDelta cleans a streamed piece, keeping its leading and trailing
// spaces (which separate words across pieces) and newlines.
func sanitizeDelta(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = sanitize(l, true)
	}
	return strings.Join(lines, "\n")
}

// String formats a note for logs and debugging.
func (n Note) String() string {
	src := n.Model
	if n.Template {
		src = "template"
	}
	return n.Text + " [" + src + " v" + strconv.Itoa(n.PromptVersion) + "]"
}
