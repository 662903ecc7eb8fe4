package engine

import (
	"strings"
	"testing"
)

// TestShortListByCapsSaysSo: in a library of three artists, a request that
// every track fits ("surprise me") gets six tracks, two per artist, and
// the notice says that the limit per artist made the list short, not that
// only six tracks fit the request.
func TestShortListByCapsSaysSo(t *testing.T) {
	cat := NewCatalog(testRows(1, 8, 3)[:24]) // three artists, eight tracks each
	res := NewRanker(cat).Rank(query(t, cat, nil, "surprise me"), Taste{}, Options{N: 10})
	if len(res.Items) != 6 {
		t.Fatalf("%d picks, want 6 (two per artist): %v", len(res.Items), ids(res))
	}
	said := strings.Join(res.Notices, " ")
	if strings.Contains(said, "fit this request") || !strings.Contains(said, "2 tracks per artist") {
		t.Errorf("notices %q: want the limit per artist named, not that only 6 tracks fit", res.Notices)
	}
}
