package models

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// RequestSource says how a request was read.
type RequestSource string

// Sources of a parsed request.
const (
	SourceModel RequestSource = "model"
	SourceRules RequestSource = "rules"
)

// RequestParser reads chat messages into Requests, with the chat model
// when there is one and with ParseRules otherwise.
type RequestParser struct {
	client *Client
	lex    *Lexicon
	schema json.RawMessage
}

// NewRequestParser returns a RequestParser. A nil client means rules only.
func NewRequestParser(c *Client) *RequestParser {
	return &RequestParser{client: c, schema: buildRequestSchema(nil)}
}

// WithLexicon makes the parser read names and genres against a library:
// the rules resolve titles and artists with it, and the model is given the
// library's genres as the values it may choose. It returns p.
func (p *RequestParser) WithLexicon(lex *Lexicon) *RequestParser {
	p.lex = lex
	p.schema = buildRequestSchema(lex)
	return p
}

// Parsed is the result of RequestParser.Parse.
type Parsed struct {
	// Request is the refined request: prev with this message applied.
	Request Request
	// Message is what this message alone asked for.
	Message Request
	// Source says whether the model or the rules read the message.
	Source RequestSource
	// Fallback says why the rules were used although a model was
	// configured, or is empty.
	Fallback string
}

// Parse reads msg, a follow-up to prev (nil for the first message). The
// model's reply must match a bounded schema; it is validated (ranges
// clamped, unknown words dropped). A malformed reply is retried once,
// then the rule parser is used, as it is when Ollama fails. The error is
// non-nil only when ctx ends.
func (p *RequestParser) Parse(ctx context.Context, msg string, prev *Request) (Parsed, error) {
	var base Request
	if prev != nil {
		base = *prev
	}
	finish := func(m Request, src RequestSource, why string) (Parsed, error) {
		m.Intent = msg
		m = m.Validate()
		out := Parsed{Message: m, Source: src, Fallback: why}
		if prev == nil {
			out.Request = m
		} else {
			out.Request = Refine(base, m)
		}
		return out, nil
	}
	rules := ParseRulesWith(msg, p.lex)
	if p.client == nil {
		return finish(rules, SourceRules, "")
	}
	m, err := p.viaModel(ctx, msg, prev)
	if err != nil {
		if err := ctxErr(ctx); err != nil {
			return Parsed{}, err
		}
		return finish(rules, SourceRules, err.Error())
	}
	return finish(mergeReadings(m, rules, p.lex), SourceModel, "")
}

// mergeReadings checks the model's reading against the rules' reading of
// the same message, the same way for both: names resolve against the
// library; a tempo is a hard limit only when the message gave a number
// (the rules found one), otherwise a preference; words that neither
// reading used still search; and Understood describes the result.
func mergeReadings(m, rules Request, lex *Lexicon) Request {
	if rules.TempoMin == 0 && rules.TempoMax == 0 && (m.TempoMin > 0 || m.TempoMax > 0) {
		m.PreferTempoMin, m.PreferTempoMax = m.TempoMin, m.TempoMax
		m.TempoMin, m.TempoMax = 0, 0
	}
	if !m.HasTempoPreference() && m.TempoMin == 0 && m.TempoMax == 0 {
		m.PreferTempoMin, m.PreferTempoMax = rules.PreferTempoMin, rules.PreferTempoMax
	}
	rd := newReading(lex)
	rd.resolve(&m)
	used := strings.ToLower(dataJSON(Request{Genres: m.Genres, LikeArtists: m.LikeArtists, LikeTracks: m.LikeTracks,
		ExcludeArtists: m.ExcludeArtists, ExcludeTitles: m.ExcludeTitles, ExcludeGenres: m.ExcludeGenres}))
	m.SearchWords, m.NotUnderstood = nil, nil
	for _, w := range rules.SearchWords {
		if !strings.Contains(used, w) {
			m.SearchWords = append(m.SearchWords, w)
		}
	}
	for _, w := range rules.NotUnderstood {
		if contains(m.SearchWords, w) {
			m.NotUnderstood = append(m.NotUnderstood, w)
		}
	}
	if m.YearMin == 0 && m.YearMax == 0 {
		m.PreferYearMax = rules.PreferYearMax // words of an era ("old school")
		m.PreferYearMin = rules.PreferYearMin // words of recency ("latest")
	}
	if m.TrackMin == 0 && m.TrackMax == 0 {
		m.TrackMin, m.TrackMax = rules.TrackMin, rules.TrackMax // "songs under 4 minutes"
	}
	m.Widen = m.Widen || rules.Widen
	m.IncludeNotMusic = m.IncludeNotMusic || rules.IncludeNotMusic
	m.Qualifies = rules.Qualifies
	m.Understood = describeMessage(m, nil)
	if n := rd.excludeFamilies(&m); n > 0 {
		m.Understood = append(m.Understood, kindsOfThem(n))
	}
	return m
}

// requestReply is the JSON the model returns.
type requestReply struct {
	Moods           []string `json:"moods"`
	ExcludeMoods    []string `json:"exclude_moods"`
	Energy          string   `json:"energy"`
	TempoMin        int      `json:"tempo_min"`
	TempoMax        int      `json:"tempo_max"`
	Mode            string   `json:"mode"`
	Genres          []string `json:"genres"`
	ExcludeGenres   []string `json:"exclude_genres"`
	LikeArtists     []string `json:"like_artists"`
	LikeTracks      []string `json:"like_tracks"`
	ExcludeArtists  []string `json:"exclude_artists"`
	AvoidLastArtist bool     `json:"avoid_last_artist"`
	Instrumental    bool     `json:"instrumental"`
	Activity        string   `json:"activity"`
	TimeOfDay       string   `json:"time_of_day"`
	Minutes         int      `json:"minutes"`
	Count           int      `json:"count"`
	YearMin         int      `json:"year_min"`
	YearMax         int      `json:"year_max"`
	Familiarity     string   `json:"familiarity"`
	TempoChange     string   `json:"tempo_change"`
	EnergyChange    string   `json:"energy_change"`
	Different       bool     `json:"different"`
	Instruments     []string `json:"instruments"`
	ExcludeInstr    []string `json:"exclude_instruments"`
}

var energyLevels = map[string]float64{"very low": 0.1, "low": 0.3, "medium": 0.5, "high": 0.75, "very high": 0.95}
var familiarityLevels = map[string]float64{"favourites": 0, "familiar": 0.15, "mixed": 0.5, "new": 0.85, "deep cuts": 1}

func withEmpty(words ...string) []string { return append([]string{""}, words...) }

func keysOf(m map[string]float64) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sortByLenDesc(out)
	return out
}

// maxSchemaGenres bounds the genre enum given to the model; a library
// with more genre tags gets a free (length-bounded) string instead.
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

// buildRequestSchema returns the JSON schema of the model's reply. With a
// lexicon of at most maxSchemaGenres genre tags, genres must be among them
// (lowercase), so the model maps "bluesy" to the library's "blues"; a
// larger library's most used genres are given in the message instead (see
// viaModel). Moods and instruments are always the known words.
func buildRequestSchema(lex *Lexicon) json.RawMessage {
	genres := stringArray(30, 4)
	if tags := libraryGenres(lex); len(tags) > 0 && len(tags) <= maxSchemaGenres {
		tags = slices.Clone(tags)
		sort.Strings(tags)
		genres = enumArray(tags, 4)
	}
	return mustJSON(map[string]any{
		"type": "object",
		"properties": map[string]any{
			"moods":               enumArray(MoodWords, 4),
			"exclude_moods":       enumArray(MoodWords, 4),
			"energy":              map[string]any{"type": "string", "enum": withEmpty(keysOf(energyLevels)...)},
			"tempo_min":           map[string]any{"type": "integer", "minimum": 0, "maximum": MaxRequestBPM},
			"tempo_max":           map[string]any{"type": "integer", "minimum": 0, "maximum": MaxRequestBPM},
			"mode":                map[string]any{"type": "string", "enum": withEmpty("major", "minor")},
			"genres":              genres,
			"exclude_genres":      genres,
			"like_artists":        stringArray(60, 4),
			"like_tracks":         stringArray(60, 4),
			"exclude_artists":     stringArray(60, 4),
			"avoid_last_artist":   map[string]any{"type": "boolean"},
			"instrumental":        map[string]any{"type": "boolean"},
			"instruments":         enumArray(InstrumentWords, 3),
			"exclude_instruments": enumArray(InstrumentWords, 3),
			"activity":            map[string]any{"type": "string", "enum": withEmpty(ContextWords...)},
			"time_of_day":         map[string]any{"type": "string", "enum": withEmpty(TimeWords...)},
			"minutes":             map[string]any{"type": "integer", "minimum": 0, "maximum": 720},
			"count":               map[string]any{"type": "integer", "minimum": 0, "maximum": MaxRequestCount},
			"year_min":            map[string]any{"type": "integer", "minimum": 0, "maximum": MaxRequestYear},
			"year_max":            map[string]any{"type": "integer", "minimum": 0, "maximum": MaxRequestYear},
			"familiarity":         map[string]any{"type": "string", "enum": withEmpty(keysOf(familiarityLevels)...)},
			"tempo_change":        map[string]any{"type": "string", "enum": withEmpty("slower", "faster")},
			"energy_change":       map[string]any{"type": "string", "enum": withEmpty("less", "more")},
			"different":           map[string]any{"type": "boolean"},
		},
		"required": []string{"moods", "energy", "tempo_min", "tempo_max", "mode", "genres", "like_artists",
			"exclude_artists", "activity", "time_of_day", "minutes", "count", "familiarity", "tempo_change",
			"energy_change", "different"},
	})
}

func stringArray(maxLen, maxItems int) map[string]any {
	return map[string]any{"type": "array", "maxItems": maxItems, "items": map[string]any{"type": "string", "maxLength": maxLen}}
}

const requestSystem = "You turn a listener's chat message into a structured music request. " + dataRule +
	" The JSON has the message and, for context, the previous request. Describe only what the new " +
	"message asks for; use tempo_change and energy_change for relative wishes such as \"slower\" or " +
	"\"more energy\", and different=true for \"something completely different\". Genres, moods and " +
	"instruments must be chosen from the allowed values: map a word to the closest one (\"bluesy\" is blues, " +
	"\"jazzy\" is jazz, \"sax\" is saxophone); when the data lists library_genres, prefer those. Set tempo_min or tempo_max only when the message gives a " +
	"number of BPM. Release years go in year_min and year_max (\"80s\" is 1980 to 1989, \"since 2015\" is year_min 2015). Leave a field empty, " +
	"0 or false when the message does not say it. Artists to avoid go in exclude_artists; " +
	"\"no more of that artist\" sets avoid_last_artist."

func (p *RequestParser) viaModel(ctx context.Context, msg string, prev *Request) (Request, error) {
	data := map[string]any{"message": clip(SanitizeText(msg), 500)}
	if tags := libraryGenres(p.lex); len(tags) > maxSchemaGenres {
		data["library_genres"] = tags[:maxSchemaGenres] // the most used; the schema cannot list them all
	}
	if prev != nil {
		pr := *prev
		pr.Intent = clip(pr.Intent, 200)
		data["previous_request"] = pr
	}
	user := "Listener data (JSON):\n" + dataJSON(data)
	var problem string
	for attempt := 0; attempt < 2; attempt++ {
		u := user
		if problem != "" {
			u += "\nYour previous answer was unusable (" + problem + "); answer again with valid JSON."
		}
		content, err := p.client.chatJSON(ctx, requestSystem, u, p.schema, map[string]any{"temperature": 0, "num_predict": 512})
		if err != nil {
			return Request{}, err
		}
		r, perr := decodeRequestReply(content)
		if perr == nil {
			return r, nil
		}
		problem = perr.Error()
	}
	return Request{}, fmt.Errorf("%w: %s", ErrBadReply, problem)
}

// decodeRequestReply parses and validates the model's JSON. Unknown
// enum values are dropped and numbers clamped by Validate.
func decodeRequestReply(content string) (Request, error) {
	var rr requestReply
	dec := json.NewDecoder(strings.NewReader(strings.TrimSpace(content)))
	if err := dec.Decode(&rr); err != nil {
		return Request{}, fmt.Errorf("malformed JSON: %s", clip(err.Error(), 80))
	}
	r := Request{
		Moods: rr.Moods, ExcludeMoods: rr.ExcludeMoods, TempoMin: rr.TempoMin, TempoMax: rr.TempoMax,
		Mode: rr.Mode, Genres: rr.Genres, ExcludeGenres: rr.ExcludeGenres, LikeArtists: rr.LikeArtists,
		LikeTracks: rr.LikeTracks, ExcludeArtists: rr.ExcludeArtists, AvoidLastArtist: rr.AvoidLastArtist,
		Instrumental: rr.Instrumental, Activity: rr.Activity, TimeOfDay: rr.TimeOfDay,
		Duration: time.Duration(max(0, min(rr.Minutes, 720))) * time.Minute, Count: rr.Count, Different: rr.Different,
		Instruments: rr.Instruments, ExcludeInstruments: rr.ExcludeInstr, YearMin: rr.YearMin, YearMax: rr.YearMax,
	}
	if e, ok := energyLevels[strings.ToLower(rr.Energy)]; ok {
		r.Energy = clampPtr(e, 0, 1)
	}
	if f, ok := familiarityLevels[strings.ToLower(rr.Familiarity)]; ok {
		r.Familiarity = clampPtr(f, 0, 1)
	}
	switch rr.TempoChange {
	case "slower":
		r.TempoShift = -1
	case "faster":
		r.TempoShift = 1
	}
	switch rr.EnergyChange {
	case "less":
		r.EnergyShift = -1
	case "more":
		r.EnergyShift = 1
	}
	for i, g := range r.Genres {
		r.Genres[i] = strings.ToLower(g)
	}
	return r.Validate(), nil
}
