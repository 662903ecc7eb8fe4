package app

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"sleeve/engine"
	"sleeve/library"
	"sleeve/models"
)

// Recommender answers requests for the command line and the explorer: it
// reads the request (with the chat model when one is usable, with rules
// otherwise), ranks the library with the engine, and keeps sessions,
// feedback and exposure in the store. It is safe for concurrent use; calls
// are serialised, since a ranking and a feedback write share the
// catalogue.
type Recommender struct {
	store  *library.Store
	client *models.Client
	parser *models.RequestParser
	mu     sync.Mutex
	cat    *engine.Catalog
	eng    *engine.Engine
	// embedProblem is why the last request could not be embedded, or "".
	embedProblem string
	// Search says how requests are matched against notes: by embeddings or
	// by words, and why.
	Search string
	// Reader says how requests are read: by the model or by rules.
	Reader string
	// Notices say what fell back and how to fix it, such as a configured
	// model that is not installed.
	Notices []string
}

// Reply is the outcome of one request.
type Reply struct {
	Session *engine.Session
	Result  engine.Result
	// Understood is the whole request after this message, in words.
	Understood string
	// Heard is what this message was read as, one phrase per constraint
	// ("genre blues (from “bluesy”)"); NotUnderstood are its content words
	// that nothing accounts for, and Searched those of them the request
	// searches for (a word refused is not, nor is a follow-up's word that
	// no track holds: the request stays as it was).
	Heard, NotUnderstood, Searched []string
	// Refined says the message refined the earlier request.
	Refined bool
	// Source is "model" when the chat model added to the rules' reading,
	// else "rules"; Fallback says why the model's reading was not used
	// although a model is configured (it failed, took too long, or misread
	// words the rules know).
	Source, Fallback string
	// ModelNotes say which of the model's readings were not used and why
	// (a value outside the allowed ones, or one contradicting the rules).
	ModelNotes []string
	// Question says the message was a question about the list ("why the
	// second one?"), answered in Result.Notices; the list is the last one.
	Question bool
	// ModelFailed says a language model was asked and did not answer
	// usably (the chat model or the embedding model): Ollama may have
	// stopped, and a screen showing its state should look again.
	ModelFailed bool
}

// NewRecommender loads the catalogue. client may be nil (no language
// model): requests are then read by rules and matched by words.
func NewRecommender(ctx context.Context, store *library.Store, client *models.Client) (*Recommender, error) {
	r := &Recommender{store: store, Search: "words (BM25 over titles, artists, albums, notes and tags)", Reader: "rules"}
	embedModel := ""
	if client != nil {
		var notice string
		if client, notice = AdaptedClient(ctx, store, client); notice != "" {
			r.Notices = append(r.Notices, notice)
		}
		st := client.Status(ctx)
		if st.Reachable {
			if st.Chat.Installed && st.Chat.Problem == "" {
				r.client = client
				r.Reader = "the model " + client.ChatModel()
			} else {
				r.Notices = append(r.Notices, fmt.Sprintf("The chat model %s is not usable (%s), so requests are read by rules; 'sleeve models pull' installs it.",
					st.Chat.Name, problemOf(st.Chat)))
			}
			if st.Embed.Installed && st.Embed.Problem == "" {
				embedModel = client.EmbedModel()
			} else {
				r.Notices = append(r.Notices, fmt.Sprintf("The embedding model %s is not usable (%s), so requests are matched by words; 'sleeve models pull' installs it.",
					st.Embed.Name, problemOf(st.Embed)))
			}
		} else {
			r.Notices = append(r.Notices, "Ollama is not reachable, so requests are read by rules and matched by words: "+st.Reason)
		}
	}
	cat, err := engine.LoadCatalog(ctx, store, embedModel)
	if err != nil {
		return nil, err
	}
	var emb engine.Embedder
	if embedModel != "" && cat.EmbeddingDim() > 0 {
		emb = queryEmbedder{c: client, problem: &r.embedProblem}
		r.Search = "embeddings from " + embedModel + " and words"
	} else if embedModel != "" {
		r.Search = "words: no notes are embedded yet (run sleeve notes)"
	}
	r.cat, r.eng = cat, engine.New(cat, emb, engine.Options{})
	r.parser = models.NewRequestParser(r.client).WithLexicon(cat.Lexicon())
	return r, nil
}

// queryEmbedTimeout bounds embedding one request; past it the request is
// matched by words.
const queryEmbedTimeout = 15 * time.Second

// queryEmbedder embeds request text with the same model as the notes. When
// the model fails (Ollama stopped, or too slow), it returns no vector, so
// the request is matched by words alone, and keeps the reason in problem
// for the reply to say.
type queryEmbedder struct {
	c       *models.Client
	problem *string
}

var _ engine.Embedder = queryEmbedder{}

// Embed implements engine.Embedder. Its error is non-nil only when ctx
// ends.
func (q queryEmbedder) Embed(ctx context.Context, text string) ([]float32, error) {
	ectx, cancel := context.WithTimeout(ctx, queryEmbedTimeout)
	defer cancel()
	e, err := q.c.Embed(ectx, []string{text})
	if err == nil && len(e.Vectors) != 1 {
		err = errors.New("the embedding model returned no vector")
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("the embedding model %s did not answer within %s", q.c.EmbedModel(), queryEmbedTimeout)
		}
		*q.problem = err.Error()
		return nil, nil
	}
	return e.Vectors[0], nil
}

// Ratings returns the person's latest ratings of the tracks that have
// one, for lists of picks.
func (r *Recommender) Ratings(ctx context.Context, ids []library.TrackID) (map[library.TrackID]int, error) {
	return r.store.Ratings(ctx, ids)
}

// Catalog returns the loaded catalogue.
func (r *Recommender) Catalog() *engine.Catalog { return r.cat }

// session loads a session by ID, or starts one when id is empty.
func (r *Recommender) session(ctx context.Context, id string) (*engine.Session, error) {
	if id == "" {
		return engine.NewSession(time.Now()), nil
	}
	s, err := engine.LoadSession(ctx, r.store, id)
	if errors.Is(err, library.ErrNotFound) {
		return nil, fmt.Errorf("no session %q (sleeve recommend prints the ID of the session it starts)", id)
	}
	return s, err
}

func (r *Recommender) taste(ctx context.Context) (engine.Taste, error) {
	return engine.LoadTaste(ctx, r.store, r.cat)
}

// Recommend answers text in the session with that ID (a new one when
// empty) with up to n tracks (0: as many as the request asks, or 10).
func (r *Recommender) Recommend(ctx context.Context, sessionID, text string, n int) (Reply, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, err := r.session(ctx, sessionID)
	if err != nil {
		return Reply{}, err
	}
	if reply, ok := r.answerWhy(s, text); ok {
		return reply, nil
	}
	prev := s.State()
	var prevp *models.Request
	if _, ok := s.Last(); ok {
		prevp = &prev
	}
	parsed, err := r.parser.Parse(ctx, text, prevp)
	if err != nil {
		return Reply{}, err
	}
	taste, err := r.taste(ctx)
	if err != nil {
		return Reply{}, err
	}
	r.embedProblem = ""
	res, err := r.eng.Recommend(ctx, s, text, parsed.Message, taste, n)
	if err != nil {
		return Reply{}, err
	}
	if r.embedProblem != "" {
		res.Notices = append(res.Notices, "Matched by words alone: "+models.SanitizeText(r.embedProblem)+".")
	}
	ids := res.IDs()
	if err := r.store.RecordShown(ctx, ids, time.Now()); err != nil {
		return Reply{}, err
	}
	r.cat.RecordShown(ids)
	if err := engine.SaveSession(ctx, r.store, s); err != nil {
		return Reply{}, err
	}
	var searched []string
	for _, w := range parsed.Message.NotUnderstood {
		if slices.Contains(s.State().SearchWords, w) {
			searched = append(searched, w)
		}
	}
	return Reply{Session: s, Result: res, Understood: r.describeState(s), Heard: parsed.Message.Understood,
		NotUnderstood: parsed.Message.NotUnderstood, Searched: searched, Refined: prevp != nil, Source: string(parsed.Source), Fallback: parsed.Fallback,
		ModelNotes: parsed.Notes, ModelFailed: parsed.Failed || r.embedProblem != ""}, nil
}

// whyRe matches a short message that starts with "why", as a question
// about the list just shown does ("why this one?", "but why the second
// one"), and captures the words after "why", up to six; answerWhy tells
// a suggestion ("why not something faster?") from such a question.
var whyRe = regexp.MustCompile(`(?i)^\s*(?:(?:but|and|so|ok|okay|hmm|um|erm)[\s,]+)*why\b((?:[\s,]+[\w#'’.]+){0,6})[\s?!.]*$`)

// whyOrdinalRe finds the pick a why-question names by its place.
var whyOrdinalRe = regexp.MustCompile(`(?i)(?:#\s*|number\s+|no\.\s*)(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b`)

// whySuggests holds the words that, right after "why", make a suggestion
// of the message ("why not something faster?", "why don't you play
// jazz") rather than a question about the list.
var whySuggests = map[string]bool{"not": true, "don't": true, "don’t": true, "dont": true}

var whyOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// answerWhy answers a question about the last list ("why the second
// one?") with the reasons that pick was given, or says where the reasons
// are, without reading it as a request: the list and the conversation
// stay as they were. After a turn that found nothing it says so and
// repeats why. It reports false when text is not such a question or
// nothing was asked yet.
func (r *Recommender) answerWhy(s *engine.Session, text string) (Reply, bool) {
	last, ok := s.Last()
	m := whyRe.FindStringSubmatch(text)
	if !ok || m == nil {
		return Reply{}, false
	}
	rest := strings.ToLower(m[1])
	if words := strings.FieldsFunc(rest, func(c rune) bool { return unicode.IsSpace(c) || c == ',' }); len(words) > 0 && whySuggests[words[0]] {
		return Reply{}, false // "why not something faster?" asks for it
	}
	res := last.Result
	res.Notices = nil
	items := res.Items
	if len(items) == 0 {
		// The empty turn's notices say why nothing fitted.
		res.Notices = append([]string{"There are no picks to explain: nothing fitted the last request."}, last.Result.Notices...)
		return Reply{Session: s, Result: res, Understood: r.describeState(s), Heard: []string{"a question about the list"}, Refined: true, Question: true,
			Source: string(models.SourceRules)}, true
	}
	pos := 0
	if o := whyOrdinalRe.FindStringSubmatch(rest); o != nil {
		switch {
		case o[1] != "":
			pos, _ = strconv.Atoi(o[1])
		case o[2] != "":
			pos, _ = strconv.Atoi(o[2])
		case o[3] == "last":
			pos = len(items)
		default:
			pos = whyOrdinals[o[3]]
		}
	}
	if pos >= 1 && pos <= len(items) {
		it := items[pos-1]
		res.Notices = append(res.Notices, fmt.Sprintf("#%d “%s”: %s.", pos, models.SanitizeText(it.Title), strings.Join(it.Reasons, "; ")))
	} else {
		res.Notices = append(res.Notices, "Each pick's reasons are under it; ask “why the second one?” for one of them, "+
			"and `sleeve why-not TRACK --session "+s.ID+"` (w in the Picks pane) says what kept a track lower.")
	}
	return Reply{Session: s, Result: res, Understood: r.describeState(s), Heard: []string{"a question about the list"}, Refined: true, Question: true,
		Source: string(models.SourceRules)}, true
}

// describeState puts the session's whole request in words for people: a
// track picked by its place in a list ("more like the second one") by its
// title rather than the session's reference to it, and the artists that
// "no more of that artist" left out in this turn or earlier ones (which
// the ranking keeps leaving out) by name.
func (r *Recommender) describeState(s *engine.Session) string {
	st := s.State()
	st.LikeTracks = slices.Clone(st.LikeTracks)
	for k, ref := range st.LikeTracks {
		rest, ok := strings.CutPrefix(ref, "track:")
		if !ok {
			continue
		}
		if id, err := strconv.ParseInt(rest, 10, 64); err == nil {
			if info, ok := r.cat.Track(library.TrackID(id)); ok && strings.TrimSpace(info.Title) != "" {
				st.LikeTracks[k] = info.Title
			}
		}
	}
	st.ExcludeArtists = slices.Clone(st.ExcludeArtists)
	for _, t := range s.Turns {
		a := t.AvoidArtist
		if a == "" || slices.ContainsFunc(st.ExcludeArtists, func(x string) bool { return strings.EqualFold(x, a) }) {
			continue
		}
		st.ExcludeArtists = append(st.ExcludeArtists, a)
	}
	if t, ok := s.Last(); ok && t.AvoidArtist != "" {
		st.AvoidLastArtist = false // named above
	}
	return models.DescribeRequest(st)
}

// Similar ranks the tracks that sound most like id.
func (r *Recommender) Similar(ctx context.Context, id library.TrackID, n int) (engine.Result, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	taste, err := r.taste(ctx)
	if err != nil {
		return engine.Result{}, err
	}
	return r.eng.Similar(id, taste, n)
}

// Undo takes back the session's last turn.
func (r *Recommender) Undo(ctx context.Context, sessionID string) (*engine.Session, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, err := r.session(ctx, sessionID)
	if err != nil {
		return nil, err
	}
	if err := s.Undo(); err != nil {
		return nil, err
	}
	return s, engine.SaveSession(ctx, r.store, s)
}

// Feedback stores what the person said of a track: kind is "rate" (with
// stars), "skip", "play" or "more". The session may be empty.
func (r *Recommender) Feedback(ctx context.Context, sessionID string, id library.TrackID, kind string, stars int) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.cat.Has(id) {
		return fmt.Errorf("track %d: %w", id, library.ErrNotFound)
	}
	var s *engine.Session
	if sessionID != "" {
		var err error
		if s, err = r.session(ctx, sessionID); err != nil {
			return err
		}
	}
	now := time.Now()
	var f engine.Feedback
	switch kind {
	case "rate":
		var err error
		if f, err = engine.Rating(s, id, stars, now); err != nil {
			return err
		}
	case "skip":
		f = engine.Skipped(s, id, now)
	case "play":
		f = engine.Played(s, id, now)
		r.cat.RecordPlay(id)
	case "more":
		f = engine.MoreLikeThis(s, id, now)
	default:
		return fmt.Errorf("feedback %q: want rate, skip, play or more", kind)
	}
	if err := r.store.AddFeedback(ctx, f.Stored()); err != nil {
		return err
	}
	if s != nil {
		return engine.SaveSession(ctx, r.store, s)
	}
	return nil
}

// WhyNot says what kept id out of the session's last list.
func (r *Recommender) WhyNot(ctx context.Context, sessionID string, id library.TrackID) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, err := r.session(ctx, sessionID)
	if err != nil {
		return "", err
	}
	taste, err := r.taste(ctx)
	if err != nil {
		return "", err
	}
	return r.eng.WhyNot(ctx, s, id, taste)
}

// Profile describes the learned taste.
func (r *Recommender) Profile(ctx context.Context) (engine.Profile, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	t, err := r.taste(ctx)
	if err != nil {
		return engine.Profile{}, err
	}
	return t.Profile(), nil
}

// ResetTaste forgets what was learned; the feedback stays as history.
func (r *Recommender) ResetTaste(ctx context.Context) error {
	return r.store.ResetTaste(ctx, time.Now())
}

// SessionTracks returns the tracks of the session's last list, in order.
func (r *Recommender) SessionTracks(ctx context.Context, sessionID string) ([]engine.TrackInfo, error) {
	s, err := r.session(ctx, sessionID)
	if err != nil {
		return nil, err
	}
	t, ok := s.Last()
	if !ok {
		return nil, fmt.Errorf("session %s has no list yet", sessionID)
	}
	return t.Result.Tracks(), nil
}

// HeardLine renders what a message was read as for one line of output:
// the phrases joined by " · ", or a plain phrase when it set nothing. The
// words not understood are still searched for, and said so on their own
// line, so the plain phrase does not claim that nothing was searched.
func HeardLine(heard []string) string {
	if len(heard) == 0 {
		return "nothing that sets a constraint"
	}
	return strings.Join(heard, " · ")
}
