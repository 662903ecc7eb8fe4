package ui

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"sleeve/app"
	"sleeve/ui/results"
	"sleeve/ui/taste"
)

// AppRecommender is the thin adapter between the panes and
// app.Recommender, the one recommender: it answers the explorer's chat in
// the session the chat passes (it keeps none of its own) and turns app's
// replies into the panes' rows. The catalogue is
// loaded on first use, off the event loop, and again while the library is
// empty (the explorer may scan or write the demo library after it starts).
type AppRecommender struct {
	load func(ctx context.Context) (*app.Recommender, error)
	mu   sync.Mutex
	r    *app.Recommender
}

// get returns the recommender, loading it when needed.
func (c *AppRecommender) get(ctx context.Context) (*app.Recommender, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.r == nil || c.r.Catalog().Len() == 0 {
		r, err := c.load(ctx)
		if err != nil {
			return nil, err
		}
		c.r = r
	}
	return c.r, nil
}

// LibraryChanged makes the next request load the catalogue again, so
// that it ranks with the library as it now is (a correction, a scan).
func (c *AppRecommender) LibraryChanged() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.r = nil
}

// NewAppRecommender returns an adapter that loads its app.Recommender
// with load on first use.
func NewAppRecommender(load func(ctx context.Context) (*app.Recommender, error)) *AppRecommender {
	return &AppRecommender{load: load}
}

var (
	_ Recommender   = (*AppRecommender)(nil)
	_ FeedbackGiver = (*AppRecommender)(nil)
)

// Recommend implements Recommender: it answers text in session (a new
// one when empty) and says which session the reply belongs to.
func (c *AppRecommender) Recommend(ctx context.Context, text string, session string) (Reply, error) {
	r, err := c.get(ctx)
	if err != nil {
		return Reply{}, err
	}
	reply, err := r.Recommend(ctx, session, text, 0)
	if err != nil {
		return Reply{}, err
	}
	res := reply.Result
	var picks []results.Pick
	for _, it := range res.Items {
		b := it.Breakdown
		picks = append(picks, results.Pick{TrackID: it.ID, Title: it.Title, Artist: it.Artist,
			Reason: strings.Join(it.Reasons, "; "), Score: it.Score,
			Breakdown: []results.ScorePart{{Name: "semantic", Value: b.Semantic}, {Name: "words", Value: b.Lexical},
				{Name: "fit", Value: b.Fit}, {Name: "sounds like", Value: b.SoundsLike}, {Name: "taste", Value: b.Taste},
				{Name: "dislike", Value: b.Dislike}, {Name: "context", Value: b.Context}, {Name: "novelty", Value: b.Novelty},
				{Name: "exposure", Value: b.Exposure}}})
	}
	// The mix counts every pick, as the command line's does.
	prose := fmt.Sprintf("%d picks: %d familiar, %d unexplored, %d in between.", len(picks),
		res.Mix.Familiar, res.Mix.Unexplored, res.Mix.Between)
	switch {
	case reply.Question:
		// The answer alone: the list is the one above it.
		prose = ""
	case len(picks) == 0 && len(res.Notices) > 0:
		// The notices say why nothing fits.
		prose = ""
	case len(picks) == 0:
		prose = "Nothing in the library fits that; try fewer constraints."
	}
	if len(res.Notices) > 0 {
		prose = strings.TrimSpace(prose + " " + strings.Join(res.Notices, " "))
	}
	if picks == nil {
		picks = []results.Pick{}
	}
	// Each pick shows the person's rating, as the library's rows do.
	ids := make([]app.TrackID, len(picks))
	for i, p := range picks {
		ids[i] = p.TrackID
	}
	if ratings, err := r.Ratings(ctx, ids); err == nil {
		for i := range picks {
			picks[i].Rating = ratings[picks[i].TrackID]
		}
	}
	understood := app.HeardLine(reply.Heard)
	if reply.Refined {
		understood += " (now: " + reply.Understood + ")"
	}
	return Reply{Session: reply.Session.ID, Understood: understood, NotUnderstood: reply.NotUnderstood, Reading: readingLine(reply, r.Reader),
		ModelFailed: reply.ModelFailed, Text: prose, Picks: picks}, nil
}

// readingLine says how a message was read when a language model had a
// part in it or failed to, for the Ask pane: "the rules and the model X",
// or "the rules (why the model's reading was not used)", then the model's
// readings that were not used. It is empty when the rules read the
// message and no model was asked.
func readingLine(reply app.Reply, reader string) string {
	var line string
	switch {
	case reply.Fallback != "":
		line = "the rules (" + reply.Fallback + ")"
	case reply.Source == "model":
		line = "the rules and " + reader
	}
	if len(reply.ModelNotes) > 0 {
		if line == "" {
			line = "the rules"
		}
		line += "; " + strings.Join(reply.ModelNotes, "; ")
	}
	return line
}

// Feedback implements FeedbackGiver, in the chat's session.
func (c *AppRecommender) Feedback(ctx context.Context, session string, id app.TrackID, kind string, stars int) error {
	r, err := c.get(ctx)
	if err != nil {
		return err
	}
	return r.Feedback(ctx, session, id, kind, stars)
}

// Taste returns the taste pane's view of the same recommender.
func (c *AppRecommender) Taste() taste.Profile { return tasteProfile{c} }

// tasteProfile shows and resets the learned taste in the explorer.
type tasteProfile struct{ c *AppRecommender }

// Describe implements taste.Profile.
func (t tasteProfile) Describe(ctx context.Context) ([]string, error) {
	r, err := t.c.get(ctx)
	if err != nil {
		return nil, err
	}
	p, err := r.Profile(ctx)
	if err != nil {
		return nil, err
	}
	if len(p.Summary) == 0 {
		return []string{"Nothing learned yet: rate picks with 1–5, skip with s, and this fills in."}, nil
	}
	return p.Summary, nil
}

// Reset implements taste.Profile.
func (t tasteProfile) Reset(ctx context.Context) error {
	r, err := t.c.get(ctx)
	if err != nil {
		return err
	}
	return r.ResetTaste(ctx)
}
