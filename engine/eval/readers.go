package eval

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"sleeve/engine"
	"sleeve/models"
)

// Reader reads one message of a conversation into what that message asks
// for, given the request so far (nil for the first message). The rule
// reader is one; a models.RequestParser with a chat model, the path the
// application takes when Ollama is up, is another.
type Reader interface {
	Read(ctx context.Context, text string, prev *models.Request) (Reading, error)
}

// Reading is what a Reader made of one message.
type Reading struct {
	// Message is what the message alone asks for.
	Message models.Request
	// Source is "model" or "rules"; Fallback says why the rules answered
	// although a model was asked; Notes say which of the model's readings
	// were not used.
	Source, Fallback string
	Notes            []string
}

// RulesReader reads with the rule reader against a library's names.
type RulesReader struct{ Lex *models.Lexicon }

// Read implements Reader.
func (r RulesReader) Read(_ context.Context, text string, _ *models.Request) (Reading, error) {
	return Reading{Message: models.ParseRulesWith(text, r.Lex), Source: string(models.SourceRules)}, nil
}

// ParserReader reads through a models.RequestParser, the application's
// reader: with its chat model when it has one, combined with the rules.
type ParserReader struct{ Parser *models.RequestParser }

// Read implements Reader.
func (p ParserReader) Read(ctx context.Context, text string, prev *models.Request) (Reading, error) {
	got, err := p.Parser.Parse(ctx, text, prev)
	if err != nil {
		return Reading{}, err
	}
	return Reading{Message: got.Message, Source: string(got.Source), Fallback: got.Fallback, Notes: got.Notes}, nil
}

// sessionWith runs one request as a conversation, as session does, with
// each turn read by read (the rules when nil). It also returns every
// turn's Reading.
func sessionWith(ctx context.Context, cat *engine.Catalog, r *engine.Ranker, emb engine.Embedder, rq Request, taste engine.Taste,
	opt engine.Options, at time.Time, read Reader) (engine.Result, []models.Request, []Reading, error) {
	if read == nil {
		read = RulesReader{Lex: cat.Lexicon()}
	}
	s := engine.NewSession(at)
	var res engine.Result
	var parsed []models.Request
	var readings []Reading
	for _, text := range append(slices.Clone(rq.Turns), rq.Text) {
		var prev *models.Request
		if _, ok := s.Last(); ok {
			st := s.State()
			prev = &st
		}
		got, err := read.Read(ctx, text, prev)
		if err != nil {
			return engine.Result{}, nil, nil, err
		}
		readings = append(readings, got)
		p := got.Message
		parsed = append(parsed, p)
		state := s.Next(p, cat)
		q := engine.FromRequest(state, cat, s)
		_ = q.Embed(ctx, emb)
		res = r.Rank(q, taste, opt)
		s.Record(text, p, state, q, res, cat, at)
	}
	return res, parsed, readings, nil
}

// SetFigures are one reader's figures on one set of requests, before
// any feedback: the mean nDCG@10 of the request's own grades, the share
// of content words understood, the lists that break an exclusion, the
// turns the model added to, the turns that fell back from the model to
// the rules, the model's readings that were not used, and the time taken.
type SetFigures struct {
	Set              string
	N, Turns         int
	NDCG, Understood float64
	Violations       int
	ModelTurns       int
	Fallbacks        int
	NotesN           int
	// Reasons counts the fallbacks and notes by their text.
	Reasons map[string]int
	Elapsed time.Duration
	// PerRequest is each request's nDCG@10, in order.
	PerRequest    []float64
	words, missed int
}

func (s SetFigures) String() string {
	return fmt.Sprintf("%s: %d requests (%d turns), nDCG@10 %.3f, understood %.1f%%, %d lists breaking an exclusion; the model added to %d turns, %d fell back to rules, %d readings not used; %.1f s",
		s.Set, s.N, s.Turns, s.NDCG, 100*s.Understood, s.Violations, s.ModelTurns, s.Fallbacks, s.NotesN, s.Elapsed.Seconds())
}

// SetOf names the set a request belongs to: "train", "heldout", "fresh",
// or its sealed batch's name.
func SetOf(r Request) string {
	switch {
	case r.Train:
		return "train"
	case r.Fresh:
		return "fresh"
	case r.Sealed:
		return r.Batch
	}
	return "heldout"
}

// MeasureReader reads and ranks every request of reqs with the reader
// that mk makes for the catalogue's library, as Run's first round does
// (no taste, no feedback), and returns the figures of each set in the
// order sets names them. Requests of other sets are skipped.
func MeasureReader(ctx context.Context, f *Fixture, reqs []Request, sets []string, mk func(*models.Lexicon) Reader) ([]SetFigures, error) {
	cat := engine.NewCatalog(f.Rows())
	rk := engine.NewRanker(cat)
	emb := engine.HashEmbedder{Dim: cat.EmbeddingDim(), Concepts: Concepts()}
	opt := engine.Options{Weights: engine.DefaultWeights, N: 10}
	at := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	read := mk(cat.Lexicon())
	figs := make([]SetFigures, len(sets))
	for i, s := range sets {
		figs[i].Set = s
		figs[i].Reasons = map[string]int{}
	}
	for _, rq := range reqs {
		i := slices.Index(sets, SetOf(rq))
		if i < 0 {
			continue
		}
		fg := &figs[i]
		start := time.Now()
		res, parsed, readings, err := sessionWith(ctx, cat, rk, emb, rq, engine.Taste{}, opt, at, read)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", rq.Text, err)
		}
		fg.Elapsed += time.Since(start)
		nd := ndcg(f, res.IDs(), rq.Grades(f), rq.depth(f))
		fg.PerRequest = append(fg.PerRequest, nd)
		fg.NDCG += nd
		fg.N++
		fg.Turns += len(parsed)
		for _, rd := range readings {
			if rd.Source == string(models.SourceModel) {
				fg.ModelTurns++
			}
			if rd.Fallback != "" {
				fg.Fallbacks++
				fg.Reasons[rd.Fallback]++
			}
			fg.NotesN += len(rd.Notes)
			for _, n := range rd.Notes {
				fg.Reasons[n]++
			}
		}
		if v := rq.Violations(f, res); len(v) > 0 && exclusionViolated(v) {
			fg.Violations++
		}
		turns := append(slices.Clone(rq.Turns), rq.Text)
		for k, p := range parsed {
			content := ContentWords(turns[k])
			fg.words += len(content)
			fg.missed += len(notUnderstood(p, content))
		}
	}
	for i := range figs {
		figs[i].NDCG /= float64(max(1, figs[i].N))
		figs[i].Understood = 1 - float64(figs[i].missed)/float64(max(1, figs[i].words))
	}
	return figs, nil
}

// Subset keeps every k-th request of each named set (all when k ≤ 1), in
// order, so a slow reader can be measured on a spread sample.
func Subset(reqs []Request, sets []string, k int) []Request {
	var out []Request
	seen := map[string]int{}
	for _, r := range reqs {
		s := SetOf(r)
		if !slices.Contains(sets, s) {
			continue
		}
		if k <= 1 || seen[s]%k == 0 {
			out = append(out, r)
		}
		seen[s]++
	}
	return out
}

// FiguresTable renders the figures of several readers side by side, one
// line per reader and set.
func FiguresTable(names []string, figs [][]SetFigures) string {
	var b strings.Builder
	for i, name := range names {
		for _, f := range figs[i] {
			fmt.Fprintf(&b, "%-28s %s\n", name, f)
		}
	}
	return b.String()
}
