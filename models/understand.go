package models

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"sleeve/models/vocab"
)

// RequestSource says how a request was read.
type RequestSource string

// Sources of a parsed request.
const (
	SourceModel RequestSource = "model"
	SourceRules RequestSource = "rules"
)

// DefaultReadTimeout bounds reading one message with the chat model; past
// it the rules' reading stands.
const DefaultReadTimeout = 20 * time.Second

// restAfterTimeout is how long the model is not asked after it took
// longer than the read timeout, so a stalled Ollama costs one wait and not
// one per message.
const restAfterTimeout = 2 * time.Minute

// maxGapWords bounds the words the model is asked about in one message.
const maxGapWords = 8

// RequestParser reads chat messages into Requests. The rule reader reads
// every message, and its readings stand: exclusions, numbers, names
// resolved in the library, and every word of the vocabulary. A chat model,
// when there is one, is asked only about the words the rules did not
// understand, and maps each onto the values this library allows (its
// genres, the known moods, instruments, activities and times of day); a
// value outside them is not used, and the reading says so. The model's
// readings are used only while it reads the words the rules know as the
// rules do ("anchors"); a model that misreads them is not trusted, and a
// dead, slow or babbling model leaves the rules' reading as it is. A
// RequestParser is safe for concurrent use.
type RequestParser struct {
	client  *Client
	lex     *Lexicon
	timeout time.Duration
	now     func() time.Time

	mu sync.Mutex
	// agree and disagree count the anchors the model read as the rules
	// do, and otherwise, over the parser's life.
	agree, disagree int
	calibrated      bool
	// restUntil is when the model may be asked again after a timeout.
	restUntil time.Time
}

// NewRequestParser returns a RequestParser. A nil client means rules only.
func NewRequestParser(c *Client) *RequestParser {
	return &RequestParser{client: c, timeout: DefaultReadTimeout, now: time.Now}
}

// WithLexicon makes the parser read names and genres against a library:
// the rules resolve titles and artists with it, and the model is given the
// library's genres as the values it may choose. It returns p.
func (p *RequestParser) WithLexicon(lex *Lexicon) *RequestParser {
	p.lex = lex
	return p
}

// WithTimeout bounds how long reading one message with the model may
// take (DefaultReadTimeout when d ≤ 0). It returns p.
func (p *RequestParser) WithTimeout(d time.Duration) *RequestParser {
	if d <= 0 {
		d = DefaultReadTimeout
	}
	p.timeout = d
	return p
}

// Parsed is the result of RequestParser.Parse.
type Parsed struct {
	// Request is the refined request: prev with this message applied.
	Request Request
	// Message is what this message alone asked for.
	Message Request
	// Source is SourceModel when the model added to the rules' reading,
	// else SourceRules.
	Source RequestSource
	// Fallback says why the model's reading was not used although a model
	// is configured (it failed, took too long, or misread words the rules
	// know), or is empty.
	Fallback string
	// Notes say which of the model's readings were not used and why (a
	// value outside the allowed ones, or one that contradicts the rules).
	Notes []string
	// Failed says the model did not answer usably this time (Ollama
	// unreachable, an error, no answer in time, a reply that is not JSON),
	// as opposed to being set aside for misreading.
	Failed bool
}

// Parse reads msg, a follow-up to prev (nil for the first message). The
// error is non-nil only when ctx ends.
func (p *RequestParser) Parse(ctx context.Context, msg string, prev *Request) (Parsed, error) {
	finish := func(m Request, src RequestSource, why string, notes []string) (Parsed, error) {
		if m.Intent == "" {
			m.Intent = msg // the rules keep the message as they corrected its spelling
		}
		m = m.Validate()
		out := Parsed{Message: m, Source: src, Fallback: why, Notes: notes}
		if prev == nil {
			out.Request = m
		} else {
			out.Request = Refine(*prev, m)
		}
		return out, nil
	}
	rules := ParseRulesWith(msg, p.lex)
	gaps := gapWords(rules)
	if p.client == nil || len(gaps) == 0 {
		return finish(rules, SourceRules, "", nil)
	}
	if why := p.unusable(); why != "" {
		return finish(rules, SourceRules, why, nil)
	}
	anchors := anchorsOf(msg, rules, p.lex)
	if len(anchors) == 0 {
		if err := p.calibrate(ctx); err != nil {
			if ctx.Err() != nil {
				return Parsed{}, ctx.Err()
			}
			return p.failure(finish(rules, SourceRules, p.failed(err), nil))
		}
		if why := p.untrusted(); why != "" {
			return finish(rules, SourceRules, why, nil)
		}
	}
	readings, err := p.read(ctx, msg, gaps, anchors)
	if err != nil {
		if ctx.Err() != nil {
			return Parsed{}, ctx.Err()
		}
		return p.failure(finish(rules, SourceRules, p.failed(err), nil))
	}
	if why := p.check(anchors, readings); why != "" {
		return finish(rules, SourceRules, why, nil)
	}
	m, added, notes := combine(rules, msg, gaps, anchors, readings, p.lex)
	src := SourceRules
	if added {
		src = SourceModel
	}
	return finish(m, src, "", notes)
}

// failure marks a reading the rules made because the model failed.
func (p *RequestParser) failure(out Parsed, err error) (Parsed, error) {
	out.Failed = true
	return out, err
}

// gapWords are the words of a reading that the rules did not understand,
// in order, at most maxGapWords.
func gapWords(r Request) []string {
	var out []string
	for _, w := range r.NotUnderstood {
		w = strings.ToLower(strings.TrimSpace(w))
		if w != "" && !slices.Contains(out, w) && len(out) < maxGapWords {
			out = append(out, w)
		}
	}
	return out
}

// anchor is a word of the message that the rules read, alone, as one
// value of one kind ("bluesy" as the genre blues).
type anchor struct{ word, kind, value string }

// maxAnchors bounds the anchors given with one message.
const maxAnchors = 2

// anchorsOf returns up to maxAnchors words of msg that the rules
// understood and read, each alone, as exactly one genre, mood, instrument
// or activity, and that no negation refuses.
func anchorsOf(msg string, rules Request, lex *Lexicon) []anchor {
	text := " " + strings.ToLower(SanitizeText(msg)) + " "
	var out []anchor
	for _, t := range wordTokens(text) {
		w := t.w
		if len(out) >= maxAnchors || stopWords[w] || fillerWords[w] || !hasLetters(w) ||
			contains(rules.NotUnderstood, w) || negatedAt(text, t.a) || slices.ContainsFunc(out, func(a anchor) bool { return a.word == w }) {
			continue
		}
		one := parseRules(w, lex)
		var found []anchor
		for _, g := range one.Genres {
			found = append(found, anchor{w, "genre", g})
		}
		for _, m := range one.Moods {
			found = append(found, anchor{w, "mood", m})
		}
		for _, in := range one.Instruments {
			found = append(found, anchor{w, "instrument", in})
		}
		if one.Activity != "" {
			found = append(found, anchor{w, "activity", one.Activity})
		}
		if len(found) == 1 && len(one.ExcludeGenres)+len(one.ExcludeMoods)+len(one.ExcludeInstruments) == 0 {
			out = append(out, found[0])
		}
	}
	return out
}

// calibrationMessage is read by a model that has no record yet when a
// message has no anchors of its own: every word of it is one the rules
// know.
const calibrationMessage = "calm piano for running"

// calibrate asks the model once about the words of calibrationMessage, so
// that a message without anchors is read only by a model that has shown
// it reads such words as the rules do.
func (p *RequestParser) calibrate(ctx context.Context) error {
	p.mu.Lock()
	done := p.calibrated || p.agree+p.disagree > 0
	p.mu.Unlock()
	if done {
		return nil
	}
	anchors := anchorsOf(calibrationMessage, ParseRulesWith(calibrationMessage, nil), nil)
	readings, err := p.read(ctx, calibrationMessage, nil, anchors)
	if err != nil {
		return err
	}
	p.check(anchors, readings)
	p.mu.Lock()
	p.calibrated = true
	p.mu.Unlock()
	return nil
}

// unusable says why the model is not asked now, or "".
func (p *RequestParser) unusable() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.now().Before(p.restUntil) {
		return fmt.Sprintf("the model %s took longer than %s a little while ago, so the rules read this until %s",
			p.client.ChatModel(), p.timeout, p.restUntil.Format("15:04:05"))
	}
	if p.disagree >= 3 && p.disagree > 2*p.agree {
		return fmt.Sprintf("the model %s misread %d of %d words the rules know, so it no longer reads requests here",
			p.client.ChatModel(), p.disagree, p.agree+p.disagree)
	}
	return ""
}

// untrusted says why the model's readings of a message without anchors
// are not used: it has misread as many words the rules know as it read
// right. It returns "" when the model is trusted.
func (p *RequestParser) untrusted() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.agree+p.disagree > 0 && p.agree <= p.disagree {
		return fmt.Sprintf("the model %s misread %d of %d words the rules know, so its readings are not used",
			p.client.ChatModel(), p.disagree, p.agree+p.disagree)
	}
	return ""
}

// failed turns a model error into the reason the rules answered, and
// rests the model after a timeout.
func (p *RequestParser) failed(err error) string {
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		p.mu.Lock()
		p.restUntil = p.now().Add(restAfterTimeout)
		p.mu.Unlock()
		return fmt.Sprintf("the model %s did not answer within %s", p.client.ChatModel(), p.timeout)
	}
	return SanitizeText(err.Error())
}

// modelReading is one reading in the model's reply.
type modelReading struct {
	Word    string `json:"word"`
	Kind    string `json:"kind"`
	Value   string `json:"value"`
	Refused bool   `json:"refused"`
}

// Kinds of a model reading.
var readingKinds = []string{"genre", "mood", "instrument", "activity", "time of day", "tempo", "energy", "sound", "none"}

var (
	tempoValues  = []string{"slow", "fast"}
	energyValues = map[string]float64{"low": 0.3, "medium": 0.5, "high": 0.75}
)

const gapSystem = "You help a music player understand what a listener asks for. " + dataRule +
	" The JSON has the listener's message and some words from it. For every listed word, say what it asks of " +
	"the music as an allowed value of one kind: \"genre\" (one of the genres of the listener's library), " +
	"\"mood\", \"instrument\", \"activity\", \"time of day\", \"tempo\" (slow or fast), \"energy\" (low, " +
	"medium or high) or \"sound\" (steady, loose, sparse, busy, rough, clean, repetitive or varied: how " +
	"steady the beat is, how many notes sound, how noisy or clean it is, how much it repeats itself). Map a " +
	"word to the closest allowed value (\"bluesy\" is the genre blues, \"sax\" the instrument saxophone, " +
	"\"gloomy\" the mood dark, \"scratchy\" the sound rough); a word may have two readings of different " +
	"kinds. Use kind \"none\" with value \"\" when the word asks nothing of the music. Set refused to true " +
	"when the message asks to leave it out (\"no sax\")."

// read asks the model about the gap words and the anchors of msg, within
// the parser's timeout. A malformed reply is asked again once.
func (p *RequestParser) read(ctx context.Context, msg string, gaps []string, anchors []anchor) ([]modelReading, error) {
	words := slices.Clone(gaps)
	for _, a := range anchors {
		words = append(words, a.word)
	}
	// The model sees the words in the order of the message, anchors
	// unmarked among them.
	lower := strings.ToLower(msg)
	sort.SliceStable(words, func(i, j int) bool { return strings.Index(lower, words[i]) < strings.Index(lower, words[j]) })
	genres := libraryGenres(p.lex)
	data := map[string]any{"message": clip(SanitizeText(msg), 500), "words": words}
	if len(genres) > maxSchemaGenres {
		data["library_genres"] = genres[:maxSchemaGenres] // the most used; the schema cannot list them all
	}
	schema := gapSchema(words, genres)
	user := "Listener data (JSON):\n" + dataJSON(data)
	ctx, cancel := context.WithTimeout(ctx, p.timeout)
	defer cancel()
	var problem string
	for attempt := 0; attempt < 2; attempt++ {
		u := user
		if problem != "" {
			u += "\nYour previous answer was unusable (" + problem + "); answer again with valid JSON."
		}
		content, err := p.client.chatJSON(ctx, gapSystem, u, schema, map[string]any{"temperature": 0, "num_predict": 60 + 45*len(words)})
		if err != nil {
			if cerr := ctxErr(ctx); cerr != nil {
				return nil, cerr
			}
			return nil, err
		}
		var reply struct {
			Readings []modelReading `json:"readings"`
		}
		err = json.NewDecoder(strings.NewReader(strings.TrimSpace(content))).Decode(&reply)
		if err == nil {
			return reply.Readings, nil
		}
		problem = "malformed JSON: " + clip(err.Error(), 80)
		if strings.TrimSpace(content) == "" {
			problem = "an empty reply"
		}
	}
	return nil, fmt.Errorf("%w: %s", ErrBadReply, problem)
}

// maxSchemaGenres bounds the genre values given to the model in the
// schema; a library with more genre tags gets a free (length-bounded)
// value instead, and its most used genres in the message.
const maxSchemaGenres = 48

// libraryGenres returns the lexicon's genre tags, lowercase, without
// repeats, in its order (the catalogue puts the most used first).
func libraryGenres(lex *Lexicon) []string {
	if lex == nil {
		return nil
	}
	var tags []string
	for _, g := range lex.Genres {
		if g = strings.ToLower(strings.TrimSpace(SanitizeText(g))); g != "" && len(g) <= 40 && !contains(tags, g) {
			tags = append(tags, g)
		}
	}
	return tags
}

// gapSchema is the JSON schema of the model's reply: readings of the
// listed words, each a kind and a value from the allowed ones.
func gapSchema(words, genres []string) json.RawMessage {
	value := map[string]any{"type": "string", "maxLength": 40}
	if len(genres) > 0 && len(genres) <= maxSchemaGenres {
		values := []string{""}
		values = append(values, genres...)
		values = append(values, MoodWords...)
		values = append(values, InstrumentWords...)
		values = append(values, ContextWords...)
		values = append(values, TimeWords...)
		values = append(values, tempoValues...)
		values = append(values, "low", "medium", "high")
		values = append(values, SoundWords...)
		var uniq []string
		for _, v := range values {
			if !contains(uniq, v) {
				uniq = append(uniq, v)
			}
		}
		value = map[string]any{"type": "string", "enum": uniq}
	}
	return mustJSON(map[string]any{
		"type": "object",
		"properties": map[string]any{
			"readings": map[string]any{
				"type":     "array",
				"maxItems": min(2*len(words), 12),
				"items": map[string]any{
					"type": "object",
					"properties": map[string]any{
						"word":    map[string]any{"type": "string", "enum": words},
						"kind":    map[string]any{"type": "string", "enum": readingKinds},
						"value":   value,
						"refused": map[string]any{"type": "boolean"},
					},
					"required": []string{"word", "kind", "value", "refused"},
				},
			},
		},
		"required": []string{"readings"},
	})
}

// check compares the model's readings of the anchors with the rules' and
// keeps the record. It returns why the model's readings are not used for
// this message, or "".
func (p *RequestParser) check(anchors []anchor, readings []modelReading) string {
	var agree, disagree int
	var missed []string
	for _, a := range anchors {
		ok := slices.ContainsFunc(readings, func(r modelReading) bool {
			return strings.EqualFold(strings.TrimSpace(r.Word), a.word) && sameReading(a, r)
		})
		if ok {
			agree++
		} else {
			disagree++
			missed = append(missed, fmt.Sprintf("“%s” (the rules read %s %s)", a.word, a.kind, a.value))
		}
	}
	p.mu.Lock()
	p.agree += agree
	p.disagree += disagree
	p.mu.Unlock()
	if len(anchors) > 0 {
		if agree == 0 || disagree > agree {
			return fmt.Sprintf("the model %s misread %s, so its other readings were not used", p.client.ChatModel(), strings.Join(missed, " and "))
		}
		return ""
	}
	return p.untrusted()
}

// sameReading reports whether a model reading says what the rules read an
// anchor as: the same kind and value, or for a genre one of the same
// family (the library's "bossa nova" for the rules' "latin").
func sameReading(a anchor, r modelReading) bool {
	kind, v := strings.ToLower(strings.TrimSpace(r.Kind)), strings.ToLower(strings.TrimSpace(r.Value))
	if kind != a.kind {
		return false
	}
	if kind != "genre" {
		return v == a.value
	}
	return Fold(v) == Fold(a.value) || slices.Contains(vocab.Family(a.value), v) || slices.Contains(vocab.Family(v), a.value)
}

// combine adds to the rules' reading what the model read of the gap words,
// each value checked against the allowed ones and against the rules'
// reading: nothing the rules read is dropped or contradicted. It reports
// whether anything was added, and notes on what was not used.
func combine(rules Request, msg string, gaps []string, anchors []anchor, readings []modelReading, lex *Lexicon) (Request, bool, []string) {
	m := rules
	m.Moods = slices.Clone(rules.Moods)
	m.Genres = slices.Clone(rules.Genres)
	m.ExcludeGenres = slices.Clone(rules.ExcludeGenres)
	m.ExcludeMoods = slices.Clone(rules.ExcludeMoods)
	m.Instruments = slices.Clone(rules.Instruments)
	m.ExcludeInstruments = slices.Clone(rules.ExcludeInstruments)
	m.Sounds = slices.Clone(rules.Sounds)
	m.Understood = slices.Clone(rules.Understood)
	text := " " + strings.ToLower(SanitizeText(msg)) + " "
	genres := libraryGenres(lex)
	var notes []string
	note := func(format string, args ...any) {
		if len(notes) < maxNotes {
			notes = append(notes, fmt.Sprintf(format, args...))
		}
	}
	used := map[string]bool{}
	added := false
	excludedGenres := false
	for _, r := range readings {
		w := strings.ToLower(strings.TrimSpace(SanitizeText(r.Word)))
		kind := strings.ToLower(strings.TrimSpace(r.Kind))
		v := strings.ToLower(strings.TrimSpace(SanitizeText(r.Value)))
		if slices.ContainsFunc(anchors, func(a anchor) bool { return a.word == w }) || kind == "none" || kind == "" {
			continue // the rules' reading of an anchor stands
		}
		if !slices.Contains(gaps, w) {
			note("the model read “%s”, a word it was not asked about; not used", clip(w, 30))
			continue
		}
		neg := r.Refused || negatedAt(text, max(0, strings.Index(text, " "+w)+1))
		said := func(label string) string { return fmt.Sprintf("%s %s (from “%s”, by the model)", label, v, w) }
		switch kind {
		case "genre":
			if !allowedGenre(v, genres) {
				if len(genres) > 0 {
					note("the model read “%s” as the genre “%s”, which is not a genre of your library; not used", w, clip(v, 40))
				} else {
					note("the model read “%s” as the genre “%s”, which is not a known genre; not used", w, clip(v, 40))
				}
				continue
			}
			switch {
			case neg && containsFold(m.Genres, v):
				note("the model read “%s” as leaving out %s, which the rules read as asked for; not used", w, v)
				continue
			case neg:
				m.ExcludeGenres = append(m.ExcludeGenres, v)
				m.Understood = append(m.Understood, said("not genre"))
				excludedGenres = true
			case excludedBy(v, m.ExcludeGenres):
				note("the model read “%s” as the genre %s, which the request leaves out; not used", w, v)
				continue
			default:
				m.Genres = append(m.Genres, v)
				m.Understood = append(m.Understood, said("genre"))
			}
		case "mood":
			if !contains(MoodWords, v) {
				note("the model read “%s” as the mood “%s”, which is not one of the moods Sleeve knows; not used", w, clip(v, 40))
				continue
			}
			if ok := addValue(&m.Moods, &m.ExcludeMoods, v, neg); !ok {
				note("the model read “%s” as the mood %s, which contradicts the rules' reading; not used", w, v)
				continue
			}
			m.Understood = append(m.Understood, said(map[bool]string{false: "mood", true: "not mood"}[neg]))
		case "instrument":
			if !contains(InstrumentWords, v) {
				note("the model read “%s” as the instrument “%s”, which is not one Sleeve knows; not used", w, clip(v, 40))
				continue
			}
			if ok := addValue(&m.Instruments, &m.ExcludeInstruments, v, neg); !ok {
				note("the model read “%s” as the instrument %s, which contradicts the rules' reading; not used", w, v)
				continue
			}
			m.Understood = append(m.Understood, said(map[bool]string{false: "instrument", true: "no instrument"}[neg]))
		case "activity", "time of day":
			allowed, dst := ContextWords, &m.Activity
			if kind == "time of day" {
				allowed, dst = TimeWords, &m.TimeOfDay
			}
			switch {
			case !contains(allowed, v):
				note("the model read “%s” as the %s “%s”, which is not among the allowed values; not used", w, kind, clip(v, 40))
				continue
			case neg:
				continue // nothing to leave out
			case *dst != "" && *dst != v:
				note("the model read “%s” as %s, but the rules read %s; not used", w, v, *dst)
				continue
			}
			*dst = v
			m.Understood = append(m.Understood, said(map[string]string{"activity": "for", "time of day": "time"}[kind]))
		case "tempo":
			if !contains(tempoValues, v) {
				note("the model read “%s” as the tempo “%s”, which is not slow or fast; not used", w, clip(v, 40))
				continue
			}
			if neg || m.TempoMin > 0 || m.TempoMax > 0 || m.HasTempoPreference() || m.TempoShift != 0 {
				continue // a tempo the rules read stands
			}
			if v == "slow" {
				m.PreferTempoMax = 95
			} else {
				m.PreferTempoMin = 125
			}
			m.Understood = append(m.Understood, said("tempo"))
		case "energy":
			e, ok := energyValues[v]
			if !ok {
				note("the model read “%s” as the energy “%s”, which is not low, medium or high; not used", w, clip(v, 40))
				continue
			}
			if neg || m.Energy != nil || m.EnergyShift != 0 {
				continue
			}
			m.Energy = clampPtr(e, 0, 1)
			m.Understood = append(m.Understood, said("energy"))
		case "sound":
			if !contains(SoundWords, v) {
				note("the model read “%s” as the sound “%s”, which is not one Sleeve measures; not used", w, clip(v, 40))
				continue
			}
			want := v
			if neg {
				want = SoundOpposite(v)
			}
			if contains(m.Sounds, SoundOpposite(want)) {
				note("the model read “%s” as the sound %s, which contradicts the rules' reading; not used", w, want)
				continue
			}
			addSound(&m, v, neg)
			v = want
			m.Understood = append(m.Understood, said("sound"))
		default:
			note("the model gave “%s” the kind “%s”, which is not one of the allowed kinds; not used", w, clip(kind, 20))
			continue
		}
		used[w] = true
		added = true
	}
	m.NotUnderstood = slices.DeleteFunc(slices.Clone(rules.NotUnderstood), func(w string) bool { return used[strings.ToLower(w)] })
	if excludedGenres {
		if n := newReading(lex).excludeFamilies(&m); n > 0 {
			m.Understood = append(m.Understood, kindsOfThem(n))
		}
	}
	return m, added, notes
}

// allowedGenre reports whether the model may name genre g: one of the
// library's genres, or, without a library, a genre of the vocabulary.
func allowedGenre(g string, library []string) bool {
	if len(library) > 0 {
		return slices.ContainsFunc(library, func(t string) bool { return Fold(t) == Fold(g) })
	}
	return vocab.IsGenre(g)
}

// excludedBy reports whether leaving out any of xs rules out genre g.
func excludedBy(g string, xs []string) bool {
	for _, x := range xs {
		if Fold(x) == Fold(g) || vocab.Excludes(g, x) {
			return true
		}
	}
	return false
}

// addValue adds v to the wanted list, or to the refused one when neg,
// unless the other list holds it. It reports whether v was added.
func addValue(want, refuse *[]string, v string, neg bool) bool {
	if neg {
		if contains(*want, v) {
			return false
		}
		if !contains(*refuse, v) {
			*refuse = append(*refuse, v)
		}
		return true
	}
	if contains(*refuse, v) {
		return false
	}
	if !contains(*want, v) {
		*want = append(*want, v)
	}
	return true
}
