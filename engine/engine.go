package engine

import (
	"context"
	"fmt"
	"time"

	"sleeve/library"
	"sleeve/models"
)

// Engine bundles a ranker with an embedder and options, so each command
// (recommend, similar, rate, skip, profile, why-not, playlist export) is
// one call. Persistence stays with the caller: it loads rows, feedback and
// sessions from the store and saves what these methods return.
type Engine struct {
	Ranker   *Ranker
	Embedder Embedder // nil: no semantic signal, lexical only
	Options  Options
	// Now returns the current time (default time.Now).
	Now func() time.Time
}

// New returns an engine over cat.
func New(cat *Catalog, emb Embedder, opt Options) *Engine {
	return &Engine{Ranker: NewRanker(cat), Embedder: emb, Options: opt, Now: time.Now}
}

func (e *Engine) now() time.Time {
	if e.Now == nil {
		return time.Now()
	}
	return e.Now()
}

// Recommend runs one turn of a session: parsed (the message read by the
// rule parser or the model) refines the session's state, the catalogue is
// ranked under taste, and the turn is recorded in s. n > 0 asks for that
// many tracks. The caller records the shown tracks (Catalog.RecordShown and
// the store) and saves the session.
func (e *Engine) Recommend(ctx context.Context, s *Session, text string, parsed models.Request, taste Taste, n int) (Result, error) {
	cat := e.Ranker.cat
	if n > 0 {
		parsed.Count = n
	}
	state := s.Next(parsed, cat)
	q := FromRequest(state, cat, s)
	if err := q.Embed(ctx, e.Embedder); err != nil {
		return Result{}, err
	}
	opt := e.Options
	opt.Now = e.now()
	res := e.Ranker.Rank(q, taste, opt)
	s.Record(text, parsed, state, q, res, cat, opt.Now)
	return res, nil
}

// Similar ranks the tracks that sound most like one track, leaving the
// track itself out.
func (e *Engine) Similar(id library.TrackID, taste Taste, n int) (Result, error) {
	cat := e.Ranker.cat
	if !cat.Has(id) {
		return Result{}, fmt.Errorf("track %d: %w", id, library.ErrNotFound)
	}
	q := Query{Seeds: []library.TrackID{id}, ExcludeTracks: []library.TrackID{id}, SeedLabel: cat.labelID(id), Hour: -1, Count: n}
	opt := e.Options
	return e.Ranker.Rank(q, taste, opt), nil
}

// WhyNot explains why a track is not in the session's last list.
func (e *Engine) WhyNot(ctx context.Context, s *Session, id library.TrackID, taste Taste) (string, error) {
	t, ok := s.Last()
	if !ok {
		return "", fmt.Errorf("session %s has no list yet", s.ID)
	}
	q := t.Query
	if err := q.Embed(ctx, e.Embedder); err != nil {
		return "", err
	}
	opt := e.Options
	opt.Now = t.At
	return e.Ranker.WhyNot(id, q, taste, opt, t.Result), nil
}

// Rating returns the feedback event for rating a track 1–5 in a session
// (s may be nil), and makes it the session's focus.
func Rating(s *Session, id library.TrackID, stars int, at time.Time) (Feedback, error) {
	if stars < 1 || stars > 5 {
		return Feedback{}, fmt.Errorf("rating %d: ratings go from 1 (not for me) to 5", stars)
	}
	return event(s, id, Rate, stars, at), nil
}

// Skipped returns the feedback event for skipping a track.
func Skipped(s *Session, id library.TrackID, at time.Time) Feedback { return event(s, id, Skip, 0, at) }

// Played returns the feedback event for playing a track to its end.
func Played(s *Session, id library.TrackID, at time.Time) Feedback { return event(s, id, Play, 0, at) }

// MoreLikeThis returns the feedback event for "more like this".
func MoreLikeThis(s *Session, id library.TrackID, at time.Time) Feedback {
	return event(s, id, MoreLike, 0, at)
}

func event(s *Session, id library.TrackID, kind FeedbackKind, stars int, at time.Time) Feedback {
	f := Feedback{TrackID: id, Kind: kind, Rating: stars, At: at}
	if s != nil {
		f.SessionID = s.ID
		if t, ok := s.Last(); ok {
			f.Request = t.Text
		}
		s.Focus = id
	}
	return f
}
