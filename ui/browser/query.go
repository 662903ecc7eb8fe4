package browser

import (
	"cmp"
	"sleeve/app"
	"slices"
	"strings"
)

// SortOrders are the orders the sort key cycles through, in order.
var SortOrders = []string{"artist", "title", "year", "added", "rated", "bpm", "energy", "key", "loudness", "duration"}

// Query is what the browser shows: a filter expression in the syntax of
// app.ParseFilter, and a sort order from SortOrders.
type Query struct {
	Expr string
	Sort string
}

// Group is an artist or an album with how many matching tracks it has.
type Group struct {
	Name  string
	Count int
}

// Result is a query's answer: the matching rows' indices in order, and the
// artists they belong to, ordered by their first track.
type Result struct {
	Indices []int32
	Artists []Group
}

// Run filters and sorts rows. It reads rows and never changes them, so it
// may run in a Cmd while the model keeps the same slice.
func Run(rows []Row, q Query) (Result, error) {
	match, err := compile(q.Expr)
	if err != nil {
		return Result{}, err
	}
	idx := make([]int32, 0, len(rows))
	for i := range rows {
		if match == nil || match(&rows[i].Filter) {
			idx = append(idx, int32(i))
		}
	}
	sortIndices(rows, idx, q.Sort)
	return Result{Indices: idx, Artists: groupBy(rows, idx, func(r *Row) string { return r.Artist })}, nil
}

// groupBy groups the indexed rows by a name, in order of first appearance.
func groupBy(rows []Row, idx []int32, name func(*Row) string) []Group {
	var out []Group
	pos := map[string]int{}
	for _, i := range idx {
		n := name(&rows[i])
		if p, ok := pos[n]; ok {
			out[p].Count++
			continue
		}
		pos[n] = len(out)
		out = append(out, Group{Name: n, Count: 1})
	}
	return out
}

// compile parses a filter expression once into the library's in-memory
// matcher, which means what the same filter means to `sleeve ls`. It
// returns nil for an empty expression.
func compile(expr string) (func(*app.FilterRow) bool, error) {
	if strings.TrimSpace(expr) == "" {
		return nil, nil
	}
	f, err := app.ParseFilter(expr)
	if err != nil {
		return nil, err
	}
	return f.Matcher(), nil
}

// sortIndices orders idx by the named order. The rows arrive in artist
// order, so "artist" keeps idx as it is; measured orders put tracks not
// analysed yet last.
func sortIndices(rows []Row, idx []int32, order string) {
	var c func(a, b *Row) int
	measured := func(f func(*Row) float32) func(a, b *Row) int {
		return func(a, b *Row) int {
			if a.Analysed != b.Analysed {
				if a.Analysed {
					return -1
				}
				return 1
			}
			return cmp.Compare(f(a), f(b))
		}
	}
	switch order {
	case "title":
		c = func(a, b *Row) int { return cmp.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)) }
	case "year":
		c = func(a, b *Row) int { return cmp.Compare(a.Year, b.Year) }
	case "added":
		c = func(a, b *Row) int { return cmp.Compare(b.Added, a.Added) }
	case "rated":
		// The most recently rated first; tracks not rated (0) last.
		c = func(a, b *Row) int { return cmp.Compare(b.RatedAt, a.RatedAt) }
	case "duration":
		c = func(a, b *Row) int { return cmp.Compare(a.Seconds, b.Seconds) }
	case "bpm":
		c = measured(func(r *Row) float32 { return r.BPM })
	case "energy":
		c = measured(func(r *Row) float32 { return r.Energy })
	case "loudness":
		c = measured(func(r *Row) float32 { return r.Loudness })
	case "key":
		c = func(a, b *Row) int {
			if (a.Key < 0) != (b.Key < 0) {
				if a.Key >= 0 {
					return -1
				}
				return 1
			}
			return cmp.Compare(a.Key, b.Key)
		}
	default:
		return
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return c(&rows[a], &rows[b]) })
}
