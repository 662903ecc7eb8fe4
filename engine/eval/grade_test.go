package eval

import (
	"math"
	"slices"
	"testing"
	"time"

	"sleeve/library"
)

// ofGenreAsked reports whether a track is of a genre the request names
// (in its subtree) and not ruled out by the request's exclusions.
func ofGenreAsked(f *Fixture, r Request, t *Track) bool {
	_, ofGenre := r.fitGrade(f, t)
	return ofGenre
}

// A request naming a genre that the catalogue never plays in the asked-for
// context ("country music at its rainy best") is graded for the genre:
// every country track grades at least as high as a rainy track of a merely
// related genre (folk), where before every country track graded 0 and the
// rainy folk tracks 2.
func TestGenreAskedForOutranksRelatedGenreWithTheContext(t *testing.T) {
	f := NewCatalogue(catalogueSeed, embDim)
	r := Request{Text: "country music at its rainy best", Genres: []string{"country"}, Contexts: []string{"rainy day"}}
	grades := r.Grades(f)
	var genreGrades, relatedGrades []int
	for k := range f.Tracks {
		tr := &f.Tracks[k]
		if ofGenreAsked(f, r, tr) {
			if tr.Contexts["rainy day"] {
				t.Fatalf("the catalogue holds a rainy country track (%s); this test needs one that does not", tr.Row.Title)
			}
			if fit, _ := r.fitGrade(f, tr); fit != 0 {
				t.Fatalf("a country track without the context has a fit grade of %d, want 0 (the case this rule is for)", fit)
			}
			genreGrades = append(genreGrades, grades[k])
			if g := r.Grade(f, tr); g != grades[k] {
				t.Errorf("Grade of %s is %d, Grades says %d", tr.Row.Title, g, grades[k])
			}
		} else if grades[k] > 0 {
			relatedGrades = append(relatedGrades, grades[k])
			if !r.relatedTo(f, f.Styles[tr.Style].Genre) {
				t.Errorf("%s (%s) grades %d but is neither country nor related to it", tr.Row.Title, tr.Genre, grades[k])
			}
		}
	}
	if len(genreGrades) == 0 || len(relatedGrades) == 0 {
		t.Fatalf("%d country tracks and %d graded related tracks; the test needs both", len(genreGrades), len(relatedGrades))
	}
	if lo, hi := slices.Min(genreGrades), slices.Max(relatedGrades); lo < hi || lo < 1 {
		t.Errorf("country tracks grade down to %d, related rainy tracks up to %d: the genre asked for must not grade below a related genre", lo, hi)
	}
	if !r.answerable(f) {
		t.Error("the request is no longer answerable")
	}
}

// Where the genre's own tracks have what else is asked, that still orders
// them: a jazz track for late night grades 3, one without it less, but at
// least 1 (it is jazz) and at least the best track of a related genre.
func TestGenreTracksStillGradedByTheRestOfTheRequest(t *testing.T) {
	f := NewCatalogue(catalogueSeed, embDim)
	r := Request{Text: "jazz for late night", Genres: []string{"jazz"}, Contexts: []string{"late night"}}
	grades := r.Grades(f)
	with, without, related := -1, 4, 0
	for k := range f.Tracks {
		tr := &f.Tracks[k]
		switch {
		case ofGenreAsked(f, r, tr) && tr.Contexts["late night"]:
			with = max(with, grades[k])
			if grades[k] != 3 {
				t.Errorf("late-night jazz track %s grades %d, want 3", tr.Row.Title, grades[k])
			}
		case ofGenreAsked(f, r, tr):
			without = min(without, grades[k])
			if grades[k] >= 3 || grades[k] < 1 {
				t.Errorf("jazz track %s without late night grades %d, want 1 or 2", tr.Row.Title, grades[k])
			}
		default:
			related = max(related, grades[k])
		}
	}
	if with < 0 || without > 3 {
		t.Fatalf("need jazz tracks with and without late night (best with %d, least without %d)", with, without)
	}
	if without < related {
		t.Errorf("jazz without late night grades %d, below a related track's %d", without, related)
	}
	// A request naming only the genre is unchanged: its tracks 3, related ones 2.
	plain := Request{Text: "jazz", Genres: []string{"jazz"}}
	for k, g := range plain.Grades(f) {
		tr := &f.Tracks[k]
		want := 0
		switch {
		case ofGenreAsked(f, plain, tr):
			want = 3
		case tr.Style >= 0 && !tr.NotMusic && !tr.Undecodable && plain.relatedTo(f, f.Styles[tr.Style].Genre):
			want = 2
		}
		if g != want {
			t.Fatalf("for %q, %s (%s) grades %d, want %d", plain.Text, tr.Row.Title, tr.Genre, g, want)
		}
	}
}

// Across every request of the evaluation, no track of a merely related
// genre grades above a track of the genre asked for.
func TestNoRelatedGenreOutranksTheGenreAskedFor(t *testing.T) {
	f, reqs := Standard()
	for _, r := range reqs {
		if len(r.Genres) == 0 && len(r.Sounds) == 0 {
			continue
		}
		grades := r.Grades(f)
		lo, hi := 4, 0
		for k := range f.Tracks {
			if ofGenreAsked(f, r, &f.Tracks[k]) {
				lo = min(lo, grades[k])
			} else {
				hi = max(hi, grades[k])
			}
		}
		if lo <= 3 && lo < hi {
			t.Errorf("%q: a track of the genre asked for grades %d, a track of another genre %d", r.Text, lo, hi)
		}
	}
}

// A list as long as the request asks (three songs, five minutes) is
// scored on that many places: the three best jazz tracks are a perfect
// answer to "give me 3 jazz songs", where nDCG@10 held them to 0.47.
func TestListAsLongAsAskedIsScoredOnItsLength(t *testing.T) {
	f := NewCatalogue(catalogueSeed, embDim)
	r := Request{Text: "give me 3 jazz songs", Genres: []string{"jazz"}, Count: 3}
	if d := r.depth(f); d != 3 {
		t.Fatalf("depth %d for a count of 3", d)
	}
	grades := r.Grades(f)
	var best []library.TrackID
	for k, g := range grades {
		if g == 3 && f.Tracks[k].DupOf == 0 && len(best) < 3 {
			best = append(best, f.Tracks[k].Row.ID)
		}
	}
	if len(best) < 3 {
		t.Fatalf("%d jazz tracks graded 3", len(best))
	}
	if nd := ndcg(f, best, grades, r.depth(f)); math.Abs(nd-1) > 1e-9 {
		t.Errorf("the three best jazz tracks score %.3f, want 1", nd)
	}
	if nd := ndcg(f, best, grades, 10); nd > 0.5 {
		t.Errorf("nDCG@10 of three tracks is %.3f; the test assumes it is held below 0.5", nd)
	}
	// A length counts as many places as tracks of the mean length fill it,
	// and never more than ten.
	for _, tc := range []struct {
		length time.Duration
		lo, hi int
	}{{5 * time.Minute, 1, 3}, {20 * time.Minute, 4, 6}, {3 * time.Hour, 10, 10}} {
		r := Request{Text: "music", Duration: tc.length}
		if d := r.depth(f); d < tc.lo || d > tc.hi {
			t.Errorf("depth %d for %v, want %d–%d", d, tc.length, tc.lo, tc.hi)
		}
	}
	if d := (Request{Text: "jazz", Genres: []string{"jazz"}}).depth(f); d != 10 {
		t.Errorf("depth %d without a count or length, want 10", d)
	}
}

// "Faster" and "slower" than an artist are measured from the artist's own
// tempo (the mean of its tracks), as "calmer" and "livelier" are from its
// own energy, not from the nominal tempo of its genre's template.
func TestFasterThanAnArtistIsMeasuredFromItsTracks(t *testing.T) {
	f := NewCatalogue(catalogueSeed, embDim)
	checked := 0
	for a, name := range f.Artists {
		own := f.ArtistTempo(a)
		nominal := f.Styles[f.ArtistStyle[a]].BPM
		if own == 0 || math.Abs(own-nominal) < 6 {
			continue
		}
		for _, r := range []Request{{Text: "like " + name + " but faster", LikeArtist: name, Faster: true},
			{Text: "like " + name + " but slower", LikeArtist: name, Slower: true}} {
			grades := r.Grades(f)
			for k := range f.Tracks {
				tr := &f.Tracks[k]
				if tr.Style != f.ArtistStyle[a] || tr.NotMusic || tr.Undecodable {
					continue
				}
				made := !tr.Beatless && tr.BPM > own+5
				if r.Slower {
					made = tr.Beatless || tr.BPM < own-5
				}
				if want := map[bool]int{true: 3, false: 0}[made]; grades[k] != want {
					t.Fatalf("%q: %s at %.0f BPM (artist's mean %.0f, template's %.0f) grades %d, want %d", r.Text, tr.Row.Title, tr.BPM, own, nominal, grades[k], want)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no artist's tempo differs from its template's by 6 BPM; the test checks nothing")
	}
}
