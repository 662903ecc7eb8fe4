package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"sleeve/engine"
	"sleeve/models"
)

func TestZZRead(t *testing.T) {
	path := os.Getenv("ZZ_READ")
	if path == "" {
		t.Skip()
	}
	f, _ := Standard()
	cat := engine.NewCatalog(f.Rows())
	lex := cat.Lexicon()
	fh, _ := os.Open(path)
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		p := models.ParseRulesWith(sc.Text(), lex)
		p.Intent = ""
		b, _ := json.Marshal(p)
		t.Logf("%s\n   %s", sc.Text(), b)
	}
}

func TestZZDump(t *testing.T) {
	out := os.Getenv("ZZ_DUMP")
	if out == "" {
		t.Skip()
	}
	f, reqs := Standard()
	ctx := context.Background()
	cat := engine.NewCatalog(f.Rows())
	rk := engine.NewRanker(cat)
	emb := engine.HashEmbedder{Dim: cat.EmbeddingDim(), Concepts: Concepts()}
	opt := engine.Options{Weights: engine.DefaultWeights, N: 10}
	at := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	fh, _ := os.Create(out)
	defer fh.Close()
	for _, rq := range reqs {
		set := diagnosisSet(rq)
		if set == "" || set == "heldout" {
			continue
		}
		res, parsed := session(ctx, cat, rk, emb, rq, engine.Taste{}, opt, at)
		nd := ndcg(f, res.IDs(), rq.Grades(f), rq.depth(f))
		var rs []string
		for _, p := range parsed {
			p.Intent = ""
			b, _ := json.Marshal(p)
			rs = append(rs, string(b))
		}
		fmt.Fprintf(fh, "%s\t%.3f\t%q\t%q\t%s\n", set, nd, rq.Turns, rq.Text, strings.Join(rs, " | "))
	}
}
