package eval

import (
	"context"
	"testing"
	"time"

	"sleeve/engine"
)

// TestAGenreNamedIsNotLeftOutForMissingTheActivity checks, on the
// evaluation catalogue, that the tracks of a genre named with an activity
// none of them is tagged with ("neo swing for the dance class") are
// listed: the genre is what the request is about, and the activity only
// orders them. Before, each fell below the relevance floor for missing the
// activity and the list held one track of the genre's eight.
func TestAGenreNamedIsNotLeftOutForMissingTheActivity(t *testing.T) {
	f, _ := Standard()
	cat := engine.NewCatalog(f.Rows())
	rk := engine.NewRanker(cat)
	emb := engine.HashEmbedder{Dim: cat.EmbeddingDim(), Concepts: Concepts()}
	opt := engine.Options{Weights: engine.DefaultWeights, N: 10}
	held := 0
	for _, tr := range f.Tracks {
		if tr.Genre == "neo-swing" {
			held++
		}
	}
	res, _ := session(context.Background(), cat, rk, emb, Request{Text: "neo swing for the dance class"}, engine.Taste{}, opt, time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC))
	listed := 0
	for _, it := range res.Items {
		if f.Track(it.ID).Genre == "neo-swing" {
			listed++
		}
	}
	if held < 4 || listed < held-1 {
		t.Errorf("neo swing for the dance class lists %d of the catalogue's %d neo-swing tracks (%d picks; %q)", listed, held, len(res.Items), res.Notices)
	}
}
