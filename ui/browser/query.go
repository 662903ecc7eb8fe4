package browser

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"sleeve/library"
	"sleeve/library/analysis"
)

// SortOrders are the orders the sort key cycles through, in order.
var SortOrders = []string{"artist", "title", "year", "added", "bpm", "energy", "key", "loudness", "duration"}

// Query is what the browser shows: a filter expression in the syntax of
// library.ParseFilter, and a sort order from SortOrders.
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

// predicate reports whether a row matches one term of a filter.
type predicate func(*Row) bool

// Run filters and sorts rows. It reads rows and never changes them, so it
// may run in a Cmd while the model keeps the same slice.
func Run(rows []Row, q Query) (Result, error) {
	preds, err := compile(q.Expr)
	if err != nil {
		return Result{}, err
	}
	idx := make([]int32, 0, len(rows))
rowLoop:
	for i := range rows {
		r := &rows[i]
		for _, p := range preds {
			if !p(r) {
				continue rowLoop
			}
		}
		idx = append(idx, int32(i))
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

// compile turns a filter expression into predicates that must all hold.
func compile(expr string) ([]predicate, error) {
	if strings.TrimSpace(expr) == "" {
		return nil, nil
	}
	f, err := library.ParseFilter(expr)
	if err != nil {
		return nil, err
	}
	var preds []predicate
	for _, w := range f.Words {
		w := strings.ToLower(w)
		preds = append(preds, func(r *Row) bool {
			return containsFold(r.Title, w) || containsFold(r.Artist, w) ||
				containsFold(r.Album, w) || containsFold(r.Genre, w)
		})
	}
	for _, c := range f.Conditions {
		p, err := condition(c)
		if err != nil {
			return nil, err
		}
		preds = append(preds, p)
	}
	return preds, nil
}

// condition turns one field condition into a predicate over rows.
func condition(c library.Condition) (predicate, error) {
	v := strings.ToLower(c.Value)
	in := func(x float64) bool { return x >= c.Min && x <= c.Max }
	switch c.Field {
	case "title":
		return func(r *Row) bool { return containsFold(r.Title, v) }, nil
	case "artist", "albumartist":
		return func(r *Row) bool { return containsFold(r.Artist, v) }, nil
	case "album":
		return func(r *Row) bool { return containsFold(r.Album, v) }, nil
	case "genre":
		return func(r *Row) bool { return containsFold(r.Genre, v) }, nil
	case "year":
		return func(r *Row) bool { return in(float64(r.Year)) }, nil
	case "duration":
		return func(r *Row) bool { return in(float64(r.Seconds)) }, nil
	case "id":
		return func(r *Row) bool { return in(float64(r.ID)) }, nil
	case "bpm":
		return func(r *Row) bool { return r.Analysed && r.BPM > 0 && in(float64(r.BPM)) }, nil
	case "energy":
		return func(r *Row) bool { return r.Analysed && in(float64(r.Energy)) }, nil
	case "loudness":
		return func(r *Row) bool { return r.Analysed && in(float64(r.Loudness)) }, nil
	case "key":
		tonic, mode, err := parseKey(v)
		if err != nil {
			return nil, err
		}
		return func(r *Row) bool {
			if r.Key < 0 {
				return false
			}
			if tonic >= 0 && int(r.Key/2) != tonic {
				return false
			}
			return mode == "" || (r.Key%2 == 1) == (mode == "minor")
		}, nil
	}
	return nil, fmt.Errorf("filter %s: not available in the browser; try sleeve ls %s:%s", c.Field, c.Field, c.Value)
}

// parseKey reads "a minor", "f#", "bbm", "major" and the like. tonic is -1
// when only a mode is given; mode is "" when only a tonic is.
func parseKey(v string) (tonic int, mode string, err error) {
	fields := strings.Fields(v)
	bad := fmt.Errorf("key %q: try a minor, f#, bb major, am, major or minor", v)
	if len(fields) == 1 {
		switch f := fields[0]; {
		case f == "major" || f == "minor":
			return -1, f, nil
		case len(f) >= 2 && strings.HasSuffix(f, "m"):
			if t, ok := pitch(strings.TrimSuffix(f, "m")); ok {
				return t, "minor", nil
			}
		}
	}
	if len(fields) == 0 || len(fields) > 2 {
		return 0, "", bad
	}
	t, ok := pitch(fields[0])
	if !ok {
		return 0, "", bad
	}
	if len(fields) == 2 {
		switch fields[1] {
		case "minor", "min":
			mode = "minor"
		case "major", "maj":
			mode = "major"
		default:
			return 0, "", bad
		}
	}
	return t, mode, nil
}

// pitch reads a note name in any spelling, such as "a", "f#", "bb" or
// "e♭".
func pitch(s string) (int, bool) {
	return analysis.ParsePitchClass(s)
}

// containsFold reports whether s contains needle, which must be lower
// case, ignoring case. It does not allocate for ASCII text, which keeps
// filtering 100,000 rows well under the 50 ms budget.
func containsFold(s, needle string) bool {
	n := len(needle)
	if n == 0 {
		return true
	}
	if n > len(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), needle)
		}
	}
	first := needle[0]
	for i := 0; i+n <= len(s); i++ {
		if lower(s[i]) != first {
			continue
		}
		j := 1
		for j < n && lower(s[i+j]) == needle[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

func lower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
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
