package eval

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"sleeve/engine"
)

var classify = flag.String("classify", "", "split the failures of the named diagnosis sets (train, fresh, sealed1, sealed2, sealed3) into the reader's and the ranker's, by ranking a plain phrasing of each request's graded attributes")

// plainPhrasing writes a request's graded attributes as the plainest
// phrasing the rule reader is built for ("sad jazz for late night, from
// the 1970s, no metal"), so that ranking it shows what the list would be
// had the request been read right.
func plainPhrasing(r Request) string {
	var w []string
	switch {
	case r.LikeTitle != "":
		w = append(w, "like "+r.LikeTitle)
	case r.LikeArtist != "":
		w = append(w, "like "+r.LikeArtist)
	}
	for _, x := range []struct {
		on   bool
		word string
	}{{r.Calmer, "but calmer"}, {r.Livelier, "but livelier"}, {r.Faster, "but faster"}, {r.Slower, "but slower"}} {
		if x.on {
			w = append(w, x.word)
		}
	}
	if len(r.Moods) > 0 {
		w = append(w, strings.Join(r.Moods, " or "))
	}
	switch e := r.Energy; {
	case e == [2]float64{}:
	case e[1] > 0 && e[1] <= 0.5:
		w = append(w, "low energy")
	case e[0] >= 0.6:
		w = append(w, "high energy")
	default:
		// The reader has no word for a middle energy ("medium energy"
		// reads as energetic): left unsaid.
	}
	switch t := r.Tempo; {
	case t == [2]float64{}:
	case t == slow:
		w = append(w, "slow")
	case t == fast:
		w = append(w, "fast")
	}
	if g := append(slices.Clone(r.Genres), r.Sounds...); len(g) > 0 {
		w = append(w, strings.Join(g, " or "))
	}
	if r.LikeTitle == "" && r.LikeArtist == "" {
		w = append(w, "music") // "like X music" would name no title
	}
	if r.Search != "" {
		w = append(w, r.Search)
	}
	if len(r.Contexts) > 0 {
		w = append(w, "for "+r.Contexts[0])
	}
	if len(r.Instruments) > 0 {
		w = append(w, "with "+strings.Join(r.Instruments, " or "))
	}
	if r.Minor != nil {
		w = append(w, map[bool]string{true: "in a minor key", false: "in a major key"}[*r.Minor])
	}
	if r.Vocals != nil {
		w = append(w, map[bool]string{true: "with vocals", false: "instrumental"}[*r.Vocals])
	}
	if y := r.Years; y != [2]int{} {
		switch {
		case y[1] == y[0]+9 && y[0]%10 == 0:
			w = append(w, fmt.Sprintf("from the %ds", y[0]))
		case y[0] == 0:
			w = append(w, fmt.Sprintf("from before %d", y[1]+1))
		case y[1] == 0:
			w = append(w, fmt.Sprintf("from %d on", y[0]))
		default:
			w = append(w, fmt.Sprintf("from %d to %d", y[0], y[1]))
		}
	}
	if b := r.HardBPM; b != [2]float64{} {
		switch {
		case b[0] > 0 && b[1] > 0:
			w = append(w, fmt.Sprintf("between %.0f and %.0f bpm", b[0], b[1]))
		case b[0] > 0:
			w = append(w, fmt.Sprintf("over %.0f bpm", b[0]))
		default:
			w = append(w, fmt.Sprintf("under %.0f bpm", b[1]))
		}
	}
	if r.Count > 0 {
		w = append([]string{fmt.Sprintf("%d songs of", r.Count)}, w...)
	}
	if r.Duration > 0 {
		w = append([]string{fmt.Sprintf("%.0f minutes of", r.Duration.Minutes())}, w...)
	}
	for _, x := range r.ExcludeGenres {
		w = append(w, ", no "+x)
	}
	for _, x := range r.ExcludeInstruments {
		w = append(w, ", no "+x)
	}
	if r.ExcludeArtist != "" {
		w = append(w, ", nothing by "+r.ExcludeArtist)
	}
	if len(r.Avoid) > 0 {
		w = append(w, ", something completely different")
	}
	return strings.Join(w, " ")
}

// TestClassify splits the failures (nDCG@10 below 0.6) of the sets
// -classify names into the reader's and the ranker's: a request's graded
// attributes are phrased plainly (plainPhrasing) and ranked; when that
// list scores at least 0.15 more, the reading was at fault; otherwise the
// list is poor even when read right, and the failure is the ranker's,
// further split by what kept the best-graded tracks out (WhyNot).
func TestClassify(t *testing.T) {
	if *classify == "" {
		t.Skip("run with -classify sealed2,sealed3")
	}
	want := map[string]bool{}
	for _, s := range strings.Split(*classify, ",") {
		want[strings.TrimSpace(s)] = true
	}
	f, reqs := Standard()
	ctx := context.Background()
	cat := engine.NewCatalog(f.Rows())
	rk := engine.NewRanker(cat)
	emb := engine.HashEmbedder{Dim: cat.EmbeddingDim(), Concepts: Concepts()}
	opt := engine.Options{Weights: engine.DefaultWeights, N: 10}
	at := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	counts := map[string]map[string]int{}
	for _, rq := range reqs {
		set := diagnosisSet(rq)
		if set == "" || set == "heldout" || !want[set] {
			continue
		}
		if counts[set] == nil {
			counts[set] = map[string]int{}
		}
		grades := rq.Grades(f)
		res, _ := session(ctx, cat, rk, emb, rq, engine.Taste{}, opt, at)
		nd := ndcg(f, res.IDs(), grades, rq.depth(f))
		counts[set]["all"]++
		v := rq.Violations(f, res)
		if nd >= 0.6 && !exclusionViolated(v) {
			continue
		}
		plain := rq
		plain.Text = plainPhrasing(rq)
		pres, pparsed := session(ctx, cat, rk, emb, plain, engine.Taste{}, opt, at)
		pnd := ndcg(f, pres.IDs(), grades, rq.depth(f))
		pv := rq.Violations(f, pres)
		class := ""
		switch {
		case pnd-nd >= 0.15 || exclusionViolated(v) && !exclusionViolated(pv):
			class = "reading"
		default:
			class = "ranking: " + rankingCause(f, rk, cat, emb, plain, pres, grades, pv, opt, at)
		}
		if exclusionViolated(v) {
			counts[set]["violations: "+class]++
		}
		if nd < 0.6 {
			counts[set]["failures"]++
			counts[set][class]++
		}
		t.Logf("%s %.3f → plain %.3f  %s\n      %q\n      plain %q read: %s", set, nd, pnd, class, rq.Text, plain.Text, strings.Join(pparsed[len(pparsed)-1].Understood, " · "))
	}
	for set, c := range counts {
		var keys []string
		for k := range c {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool { return c[keys[a]] > c[keys[b]] || c[keys[a]] == c[keys[b]] && keys[a] < keys[b] })
		for _, k := range keys {
			t.Logf("%s: %4d  %s", set, c[k], k)
		}
	}
}

// rankingCause names what kept the best-graded tracks out of a list read
// right: an exclusion broken, the list cut short by the relevance floor,
// the caps, or the scoring (by the signal the tracks lost most on).
func rankingCause(f *Fixture, rk *engine.Ranker, cat *engine.Catalog, emb engine.Embedder, rq Request, res engine.Result, grades []int, v []string, opt engine.Options, at time.Time) string {
	if exclusionViolated(v) {
		return "exclusion broken"
	}
	ideal := 0
	for k := range f.Tracks {
		if grades[k] >= 2 && f.Tracks[k].DupOf == 0 {
			ideal++
		}
	}
	if rq.Count > 0 && rq.Count < 10 || rq.Duration > 0 && len(res.Items) < 10 {
		return "list as long as asked, nDCG@10 counts ten"
	}
	if len(res.Items) < min(10, ideal) {
		return "short list (floor)"
	}
	q := lastQuery(context.Background(), cat, emb, rq, at)
	why := map[string]int{}
	best := slices.Max(grades)
	for k := range f.Tracks {
		tr := &f.Tracks[k]
		if grades[k] != best || tr.DupOf != 0 || slices.Contains(res.IDs(), tr.Row.ID) {
			continue
		}
		w := rk.WhyNot(tr.Row.ID, q, engine.Taste{}, opt, res)
		switch {
		case strings.Contains(w, "most allowed per"):
			why["caps"]++
		case strings.Contains(w, "the genre you asked for"):
			why["genre not matched"]++
		case strings.Contains(w, "closely enough"):
			why["below the floor"]++
		case strings.Contains(w, "lost most on"):
			why["scored lower: "+w[strings.Index(w, "lost most on")+13:][:strings.Index(w[strings.Index(w, "lost most on")+13:], ":")]]++
		case strings.Contains(w, "outside"):
			why["filter"]++
		default:
			why["other"]++
		}
	}
	top, n := "none missing", 0
	for k, c := range why {
		if c > n || c == n && k < top {
			top, n = k, c
		}
	}
	return top
}
