package engine

import (
	"slices"
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

// TestEmptyListSaysEveryTrackIsLeftOut: on a library of two test tones,
// one tagged Jazz, "jazzy stuff" and "something by other one" listed
// nothing and said only "Nothing in the library fits. Try fewer
// constraints." (found scanning a folder of tones), though nothing the
// person could drop would help. The notice names the cause and how to
// list the tracks analysis found not to be music.
func TestEmptyListSaysEveryTrackIsLeftOut(t *testing.T) {
	rows := testRows(1, 2, 3)
	for k := range rows {
		rows[k].NotMusic = true
	}
	cat := NewCatalog(rows)
	r := NewRanker(cat)
	for msg, want := range map[string]string{
		"jazzy stuff":     "Everything tagged jazz is left out by analysis finding no music in them. " + notMusicHint,
		"something happy": "Every track in your library is left out by analysis finding no music in them. " + notMusicHint,
	} {
		res := r.Rank(query(t, cat, nil, msg), Taste{}, Options{N: 5})
		if len(res.Items) != 0 || !slices.Contains(res.Notices, want) {
			t.Errorf("%q: %d picks, notices %q; want none and %q", msg, len(res.Items), res.Notices, want)
		}
	}
	res := r.Rank(query(t, cat, nil, "jazzy stuff with test tones"), Taste{}, Options{N: 5})
	if len(res.Items) == 0 {
		t.Errorf("jazzy stuff with test tones: no picks, notices %q", res.Notices)
	}
}
