package engine

import (
	"bytes"
	"context"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/models"
)

func newTestEngine(t *testing.T) *Engine {
	t.Helper()
	e := New(testCatalog(t), HashEmbedder{Dim: 64}, Options{N: 6})
	e.Now = func() time.Time { return time.Date(2026, 5, 1, 15, 0, 0, 0, time.UTC) }
	return e
}

func say(t *testing.T, e *Engine, s *Session, text string) Result {
	t.Helper()
	res, err := e.Recommend(context.Background(), s, text, models.ParseRules(text), Taste{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func median(res Result, f func(TrackInfo) float64) float64 {
	var v []float64
	for _, it := range res.Items {
		v = append(v, f(it.TrackInfo))
	}
	slices.Sort(v)
	return v[len(v)/2]
}

func TestConversationRefines(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	bpm := func(ti TrackInfo) float64 { return ti.BPM }
	energy := func(ti TrackInfo) float64 { return ti.Energy }

	first := say(t, e, s, "upbeat pop")
	slower := say(t, e, s, "slower")
	if median(slower, bpm) >= median(first, bpm) {
		t.Errorf("'slower': median %.0f BPM after %.0f", median(slower, bpm), median(first, bpm))
	}
	calmer := say(t, e, s, "calmer")
	if median(calmer, energy) >= median(slower, energy) {
		t.Errorf("'calmer': median energy %.2f after %.2f", median(calmer, energy), median(slower, energy))
	}

	// "more like the third one" seeds the third track of the last list.
	third := calmer.Items[2]
	more := say(t, e, s, "more like the third one")
	if q := s.Turns[len(s.Turns)-1].Query; !slices.Equal(q.Seeds, []library.TrackID{third.ID}) {
		t.Errorf("seeds %v, want the third track %d", q.Seeds, third.ID)
	}
	if more.Items[0].Genres[0] != third.Genres[0] || slices.Contains(more.IDs(), third.ID) {
		t.Errorf("more like %s (%v): got %v first, list %v", third.Title, third.Genres, more.Items[0].Genres, more.IDs())
	}
	// A later turn still means the same track, not the third of the new list.
	say(t, e, s, "a bit faster")
	if q := s.Turns[len(s.Turns)-1].Query; !slices.Equal(q.Seeds, []library.TrackID{third.ID}) {
		t.Errorf("seeds after another turn %v, want still %d", q.Seeds, third.ID)
	}
	s.Undo()

	// "no more of that artist" removes the artist of the track acted on,
	// for the rest of the session.
	focus := more.Items[1]
	if _, err := Rating(s, focus.ID, 2, e.now()); err != nil {
		t.Fatal(err)
	}
	noMore := say(t, e, s, "no more of that artist")
	later := say(t, e, s, "something mellow")
	for _, res := range []Result{noMore, later} {
		for _, it := range res.Items {
			if it.Artist == focus.Artist {
				t.Errorf("%s by %s after 'no more of that artist'", it.Title, it.Artist)
			}
		}
	}

	// "something completely different" leaves the last list's style.
	diff := say(t, e, s, "something completely different")
	for _, id := range diff.IDs() {
		if slices.Contains(later.IDs(), id) {
			t.Errorf("track %d repeated after 'something completely different'", id)
		}
	}

	// Undo goes back one turn, and a session survives JSON.
	n := len(s.Turns)
	if err := s.Undo(); err != nil || len(s.Turns) != n-1 || !slices.Equal(s.LastShown(), later.IDs()) {
		t.Errorf("undo: %v, %d turns, last %v", err, len(s.Turns), s.LastShown())
	}
	b, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalSession(b)
	if err != nil {
		t.Fatal(err)
	}
	if back.ID != s.ID || len(back.Turns) != len(s.Turns) || !back.State().Equal(s.State()) || !slices.Equal(back.LastShown(), s.LastShown()) {
		t.Errorf("round trip changed the session")
	}
	// The resumed session refines like the original.
	a, b2 := say(t, e, s, "faster"), say(t, e, back, "faster")
	if !slices.Equal(a.IDs(), b2.IDs()) {
		t.Errorf("resumed session gave %v, original %v", b2.IDs(), a.IDs())
	}
	for range len(s.Turns) {
		s.Undo()
	}
	if err := s.Undo(); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo on an empty session: %v", err)
	}
}

func TestLikeArtistButCalmer(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	res := say(t, e, s, "like Pop Artist B but calmer")
	q := s.Turns[0].Query
	if q.SeedLabel != "Pop Artist B" || q.Energy == nil {
		t.Fatalf("seed %q, energy %v", q.SeedLabel, q.Energy)
	}
	popEnergy := testStyles[3].energy
	if *q.Energy >= popEnergy {
		t.Errorf("calmer than Pop Artist B: energy target %.2f, theirs about %.2f", *q.Energy, popEnergy)
	}
	if median(res, func(ti TrackInfo) float64 { return ti.Energy }) >= popEnergy {
		t.Errorf("list is not calmer: %v", genresOf(nil, res))
	}
}

// TestMoreLikeTheSecondOneButCalmerIsCalmerThanIt measures "more like
// the second one but calmer" from the second track shown, not from the
// list it was in: the energy asked for is a step below the track's own.
// It was a step below the list's median, as a change said alone is.
func TestMoreLikeTheSecondOneButCalmerIsCalmerThanIt(t *testing.T) {
	e := newTestEngine(t)
	cat := e.Ranker.Catalog()
	s := NewSession(e.now())
	first := say(t, e, s, "something energetic")
	if len(first.Items) < 3 {
		t.Fatalf("something energetic lists %d tracks", len(first.Items))
	}
	say(t, e, s, "more like the second one but calmer")
	q := s.Turns[len(s.Turns)-1].Query
	i, ok := cat.index[first.Items[1].ID]
	if !ok || q.Energy == nil || len(q.Seeds) != 1 || q.Seeds[0] != first.Items[1].ID {
		t.Fatalf("more like the second one but calmer: seeds %v, energy %s", q.Seeds, fmtEnergy(q.Energy))
	}
	want := max(0, float64(cat.energy[i])-0.25)
	if math.Abs(*q.Energy-want) > 0.005 {
		var es []float64
		for _, it := range first.Items {
			es = append(es, float64(cat.energy[cat.index[it.ID]]))
		}
		t.Errorf("more like the second one (energy %.2f) but calmer asks for energy %.2f, want %.2f (the list's energies %.2f)",
			cat.energy[i], *q.Energy, want, es)
	}
}

func TestWhyNot(t *testing.T) {
	e := newTestEngine(t)
	cat := e.Ranker.Catalog()
	s := NewSession(e.now())
	res := say(t, e, s, "calm classical piano, nothing by Classical Artist A, under 90 bpm")
	pick := func(f func(TrackInfo) bool) library.TrackID {
		for id := range library.TrackID(cat.Len() + 1) {
			if ti, ok := cat.Track(id); ok && f(ti) && rankOf(res, id) > len(res.Items) {
				return id
			}
		}
		t.Fatal("no such track")
		return 0
	}
	tests := []struct {
		name string
		id   library.TrackID
		want string
	}{
		{"listed", res.Items[0].ID, "is in the list"},
		{"excluded artist", pick(func(ti TrackInfo) bool { return ti.Artist == "Classical Artist A" }), "nothing by Classical Artist A"},
		{"tempo", pick(func(ti TrackInfo) bool { return ti.BPM > 100 }), "BPM, is outside"},
		{"other genre", pick(func(ti TrackInfo) bool { return ti.Genres[0] == "ambient" && ti.BPM < 88 }), "is not classical, the genre you asked for"},
		{"unknown", 99999, "not in your library"},
	}
	for _, tc := range tests {
		got, err := e.WhyNot(context.Background(), s, tc.id, Taste{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q lacks %q", tc.name, got, tc.want)
		}
	}
	// A strong track kept out by the per-artist cap says so.
	opt := Options{N: 6, MaxPerArtist: 1, Diversity: NoDiversity}
	q := s.Turns[0].Query
	capped := e.Ranker.Rank(q, Taste{}, opt)
	full := e.Ranker.Rank(q, Taste{}, Options{N: 6, MaxPerArtist: -1, MaxPerAlbum: -1, Diversity: NoDiversity})
	for _, it := range full.Items {
		if rankOf(capped, it.ID) > 6 {
			got := e.Ranker.WhyNot(it.ID, q, Taste{}, opt, capped)
			if !strings.Contains(got, "most allowed per artist") {
				t.Errorf("capped track: %q", got)
			}
			break
		}
	}
}

func TestSimilar(t *testing.T) {
	e := newTestEngine(t)
	res, err := e.Similar(1, Taste{}, 5)
	if err != nil {
		t.Fatal(err)
	}
	seed, _ := e.Ranker.Catalog().Track(1)
	for _, it := range res.Items {
		if it.ID == 1 || it.Genres[0] != seed.Genres[0] {
			t.Errorf("similar to %s (%v): %s (%v)", seed.Title, seed.Genres, it.Title, it.Genres)
		}
	}
	if _, err := e.Similar(12345, Taste{}, 5); !errors.Is(err, library.ErrNotFound) {
		t.Errorf("unknown track: %v", err)
	}
}

func TestWriteM3U(t *testing.T) {
	var buf bytes.Buffer
	err := WriteM3U(&buf, []TrackInfo{
		{Path: "/m/a.flac", Artist: "Nova Lane", Title: "Midnight", Duration: 241500 * time.Millisecond},
		{Path: "/m/b\n.mp3", Artist: "X", Title: "Y"},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "#EXTM3U\n#EXTINF:241,Nova Lane - Midnight\n/m/a.flac\n#EXTINF:-1,X - Y\nfile:///m/b%0A.mp3\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestOrdinalRef(t *testing.T) {
	for in, want := range map[string]int{"the third one": 3, "third one": 3, "#2": 2, "number 4": 4, "5": 5, "the 2nd track": 2, "Nova Lane": 0, "the one": 0} {
		if got := ordinalRef(in); got != want {
			t.Errorf("ordinalRef(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestNewTopicStartsAfresh(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	first := say(t, e, s, "something dark and slow for late night")
	focus := first.Items[0]
	if _, err := Rating(s, focus.ID, 1, e.now()); err != nil {
		t.Fatal(err)
	}
	say(t, e, s, "no more of that artist")
	run := say(t, e, s, "40 minutes for a run")
	if st := s.State(); st.TempoMax != 0 || len(st.Moods) != 0 || st.Activity != "running" {
		t.Errorf("a new topic kept the old request: %+v", st)
	}
	if m := median(run, func(ti TrackInfo) float64 { return ti.Energy }); m < 0.6 {
		t.Errorf("'40 minutes for a run' after 'dark and slow': median energy %.2f", m)
	}
	for _, it := range run.Items {
		if it.Artist == focus.Artist {
			t.Errorf("%s is back after 'no more of that artist'", it.Artist)
		}
	}
	// A message with no topic of its own refines.
	say(t, e, s, "make it 20 minutes")
	if st := s.State(); st.Activity != "running" || st.Duration != 20*time.Minute {
		t.Errorf("'make it 20 minutes' gave %+v", st)
	}
}

// TestNewTopicKeepsEveryRefusal: a new topic starts afresh but keeps
// everything the person ruled out, not only artists and genres: moods,
// instruments, "no vocals" and titles stay refused.
func TestNewTopicKeepsEveryRefusal(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	say(t, e, s, "calm jazz")
	say(t, e, s, "no piano, nothing sad, no vocals")
	say(t, e, s, "something for a rainy evening")
	st := s.State()
	if !slices.Contains(st.ExcludeInstruments, "piano") || !slices.Contains(st.ExcludeMoods, "sad") || !st.Instrumental ||
		!slices.Contains(st.ExcludeInstruments, "vocals") || len(st.Genres) != 0 {
		t.Errorf("after a new topic: %+v", st)
	}
}

// TestLikeANamedTrackStartsItsOwnTopic: "like X but faster" after an
// unrelated request is about X: the earlier genres and moods go, the
// refusals stay, and the change is relative to X.
func TestLikeANamedTrackStartsItsOwnTopic(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	first := say(t, e, s, "something calm, no piano")
	seed := first.Items[0]
	say(t, e, s, "like "+seed.Title+" but faster")
	st := s.State()
	if len(st.Moods) != 0 || !slices.Contains(st.ExcludeInstruments, "piano") || st.TempoShift != 1 || len(st.LikeTracks)+len(st.LikeArtists) != 1 {
		t.Errorf("after 'like %s but faster': %+v", seed.Title, st)
	}
	// "more like the third one" still refines the list.
	say(t, e, s, "something calm")
	say(t, e, s, "more like the first one")
	if st := s.State(); !slices.Contains(st.Moods, "calm") {
		t.Errorf("a reference to the list started afresh: %+v", st)
	}
}

// TestEnergyReasonNamesTheWordItCameFrom: after "calmer", a refinement
// that says nothing of energy ("no piano") still explains a pick's energy
// by "calmer", not by a mood of the first message.
func TestEnergyReasonNamesTheWordItCameFrom(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	say(t, e, s, "something happy")
	say(t, e, s, "calmer")
	res := say(t, e, s, "no piano")
	found := false
	for _, it := range res.Items {
		for _, r := range it.Reasons {
			if strings.HasPrefix(r, "energy ") && strings.Contains(r, " fits ") {
				found = true
				if !strings.Contains(r, "'calmer'") {
					t.Errorf("%s: %q", it.Title, r)
				}
			}
		}
	}
	if !found {
		t.Fatalf("no energy reason in %+v", res.Items)
	}
}

// TestEmptyListSaysTheNearGenreWasRefused: "blues and jazz" in a library
// without blues is served from its jazz; once the only jazz artist is
// refused and nothing is left, the reply says that the jazz was refused,
// not that nothing is near blues.
func TestEmptyListSaysTheNearGenreWasRefused(t *testing.T) {
	cat := NewCatalog(testRows(1, 4, 7))
	e := New(cat, HashEmbedder{Dim: 64}, Options{N: 6})
	s := NewSession(time.Date(2026, 5, 1, 15, 0, 0, 0, time.UTC))
	first := say(t, e, s, "blues and jazz")
	if len(first.Items) == 0 {
		t.Fatalf("blues and jazz gave nothing: %q", first.Notices)
	}
	artist := first.Items[0].Artist
	res := say(t, e, s, "nothing by "+artist)
	if len(res.Items) != 0 {
		t.Fatalf("%d tracks remain after refusing %s", len(res.Items), artist)
	}
	joined := strings.Join(res.Notices, " ")
	if !strings.Contains(joined, "Everything tagged jazz is left out by what you refused, and nothing in your library is tagged blues") ||
		strings.Contains(joined, "nor anything near it") {
		t.Errorf("notices %q", res.Notices)
	}
}

// TestABitSlowerAfterFastStaysNearby checks that "a bit slower" after
// "something fast" moves the list a step down in tempo: every track has a
// beat and a tempo within a fifth below the fast list's median, where
// "slower" reaches further down.
func TestABitSlowerAfterFastStaysNearby(t *testing.T) {
	e := newTestEngine(t)
	bpm := func(ti TrackInfo) float64 { return ti.BPM }
	s := NewSession(e.now())
	fast := median(say(t, e, s, "something fast"), bpm)
	bit := say(t, e, s, "a bit slower")
	if m := median(bit, bpm); m >= fast || m < 0.8*fast {
		t.Errorf("'a bit slower' after fast: median %.0f BPM after %.0f", m, fast)
	}
	for _, it := range bit.Items {
		if it.BPM <= 0 || it.BPM < 0.75*fast {
			t.Errorf("'a bit slower' after a median of %.0f BPM lists %q at %.0f BPM", fast, it.Title, it.BPM)
		}
	}
	s = NewSession(e.now())
	say(t, e, s, "something fast")
	if m := median(say(t, e, s, "slower"), bpm); m >= median(bit, bpm) {
		t.Errorf("'slower' (median %.0f BPM) does not go further than 'a bit slower' (%.0f)", m, median(bit, bpm))
	}
}

// TestEnergyLabelsAgreeWithTheTarget checks that the words a reason
// quotes for the energy asked for agree with it: not "energetic" for "less
// energetic", not "calm" for "not calm", not a "calm" two turns before
// "livelier"; that without such a word the target's level is named as
// notes name it; and that a reason says a track's energy fits only when
// its level is the target's.
func TestEnergyLabelsAgreeWithTheTarget(t *testing.T) {
	e := newTestEngine(t)
	for _, tc := range []struct{ text, want string }{
		{"less energetic music", "low energy"},
		{"not calm, something intense", "'intense'"},
		{"calm ambient", "'calm'"},
	} {
		s := NewSession(e.now())
		say(t, e, s, tc.text)
		last, _ := s.Last()
		if q := last.Query; q.EnergyLabel != tc.want {
			t.Errorf("%q: energy named %s, want %s", tc.text, q.EnergyLabel, tc.want)
		}
	}
	s := NewSession(e.now())
	say(t, e, s, "calm jazz")
	res := say(t, e, s, "livelier")
	last, _ := s.Last()
	if strings.Contains(last.Query.EnergyLabel, "calm") {
		t.Errorf("'livelier' after 'calm jazz' (target %.2f) is named %s", *last.Query.Energy, last.Query.EnergyLabel)
	}
	for _, it := range res.Items {
		for _, r := range it.Reasons {
			if strings.Contains(r, "energy") && strings.Contains(r, "fits") &&
				models.EnergyLevel(it.Energy) != models.EnergyLevel(*last.Query.Energy) {
				t.Errorf("%s at energy %.2f: %q, for a target of %.2f", it.Title, it.Energy, r, *last.Query.Energy)
			}
		}
	}
	for e, want := range map[float64]string{0.2: "low", 0.5: "moderate", 0.6: "moderate", 0.7: "high", 0.9: "high"} {
		if got := energyWord(e); got != want {
			t.Errorf("energy %.2f is %s in the profile, %s in notes", e, got, want)
		}
	}
}

// TestAChangeSaidWithANamedTrackLastsIntoLaterTurns: "like X but slower"
// (or calmer) asks for a tempo (an energy) relative to X, and a later
// turn that says nothing of tempo or energy ("nothing by Y", "no jazz")
// keeps it. The change was kept only as a shift of that turn, which the
// next refinement replaced, so "like Prism Kids but slower" then "nothing
// by Marisol Quartet" listed techno and synth-pop at any tempo (found in
// the end-to-end trial).
func TestAChangeSaidWithANamedTrackLastsIntoLaterTurns(t *testing.T) {
	rows := testRows(3, 6, 7)
	seed, other := rows[0], rows[len(rows)-1]
	for _, change := range []string{"slower", "calmer", "a bit faster"} {
		e := newTestEngine(t)
		s := NewSession(e.now())
		say(t, e, s, "like "+seed.Title+" but "+change)
		first := s.Turns[0].Query
		if first.PreferTempoMax == 0 && first.Energy == nil {
			t.Fatalf("%q: no tempo or energy asked: %+v", change, first)
		}
		for _, later := range []string{"nothing by " + other.Artist, "no " + other.Genres[0]} {
			say(t, e, s, later)
			q := s.Turns[len(s.Turns)-1].Query
			if q.PreferTempoMin != first.PreferTempoMin || q.PreferTempoMax != first.PreferTempoMax ||
				(first.Energy == nil) != (q.Energy == nil) || first.Energy != nil && math.Abs(*q.Energy-*first.Energy) > 0.005 {
				t.Errorf("%q then %q: tempo %.0f–%.0f, energy %v; the first turn asked %.0f–%.0f, energy %v (read %q)", change, later,
					q.PreferTempoMin, q.PreferTempoMax, fmtEnergy(q.Energy), first.PreferTempoMin, first.PreferTempoMax, fmtEnergy(first.Energy),
					s.State().Understood)
			}
		}
	}
}

func fmtEnergy(e *float64) string {
	if e == nil {
		return "none"
	}
	return strconv.FormatFloat(*e, 'f', 2, 64)
}

// TestAReferenceToNothingSaysWhy checks that "more like the second one"
// with no list before, and "the ninth one" after a list of six, say what
// the reference lacks rather than that a track so named is not in the
// library.
func TestAReferenceToNothingSaysWhy(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	res := say(t, e, s, "more like the second one")
	if n := strings.Join(res.Notices, " "); !strings.Contains(n, "There is no list before this one for “the second one” to point to") || strings.Contains(n, "not in your library") {
		t.Errorf("no list before: notices %q", res.Notices)
	}
	say(t, e, s, "calm jazz")
	res = say(t, e, s, "more like the ninth one")
	if n := strings.Join(res.Notices, " "); !strings.Contains(n, "The last list had 6 tracks, so “the ninth one” points to none of them.") {
		t.Errorf("after six: notices %q", res.Notices)
	}
}

// TestEraShiftsFromWhatWasNamedOrHeard measures "like X but newer" from
// the release years of X's tracks, and "older" after a list with no era
// said from the years of what was heard, when that was old already (and
// otherwise up to 1989, as "older" alone). An era said before is moved past its
// end (models.Refine): "older" after "90s pop" prefers music up to 1989.
func TestEraShiftsFromWhatWasNamedOrHeard(t *testing.T) {
	rows := testRows(3, 6, 7)
	for i := range rows {
		rows[i].Year = 1955 + (i*7)%40 // 1955–1994
	}
	cat := NewCatalog(rows)
	e := New(cat, HashEmbedder{Dim: 64}, Options{N: 6})
	e.Now = func() time.Time { return time.Date(2026, 5, 1, 15, 0, 0, 0, time.UTC) }
	yearsOf := func(ids []library.TrackID) int {
		y, ok := cat.medianYear(ids)
		if !ok {
			t.Fatal("no years")
		}
		return y
	}

	s := NewSession(e.now())
	say(t, e, s, "like Pop Artist B but newer")
	st := s.Turns[0].State
	seeds := s.Turns[0].Query.Seeds
	if len(seeds) == 0 || st.PreferYearMin != yearsOf(seeds)+1 || st.PreferYearMax != 0 {
		t.Errorf("like Pop Artist B (median year %d) but newer: prefers %d–%d", yearsOf(seeds), st.PreferYearMin, st.PreferYearMax)
	}

	s = NewSession(e.now())
	first := say(t, e, s, "upbeat pop")
	say(t, e, s, "older")
	st = s.Turns[1].State
	if want := yearsOf(first.IDs()) - 1; want >= 1989 || st.PreferYearMax != want || st.PreferYearMin != 0 {
		t.Errorf("older after upbeat pop (median year %d): prefers %d–%d, want up to %d", yearsOf(first.IDs()), st.PreferYearMin, st.PreferYearMax, want)
	}

	s = NewSession(e.now())
	say(t, e, s, "90s pop")
	say(t, e, s, "older")
	if st := s.Turns[1].State; st.PreferYearMax != 1989 || st.YearMin != 0 || st.YearMax != 0 {
		t.Errorf("older after 90s pop: years %d–%d, prefers up to %d", st.YearMin, st.YearMax, st.PreferYearMax)
	}
}

// TestUnknownFollowUpKeepsTheRequest keeps the request when a follow-up
// says only words that Sleeve does not know and that no track holds
// ("blorp" after "upbeat pop" had started afresh with a list of
// anything), while a word the library holds still searches as a new
// topic.
func TestUnknownFollowUpKeepsTheRequest(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	first := say(t, e, s, "upbeat pop")
	res := say(t, e, s, "blorp")
	if st := s.State(); !slices.Equal(st.Genres, []string{"pop"}) || len(st.SearchWords) > 0 {
		t.Errorf("after 'blorp': genres %q, search %q; want the pop request kept", st.Genres, st.SearchWords)
	}
	if !slices.Equal(res.IDs(), first.IDs()) {
		t.Errorf("after 'blorp' the list changed: %v, was %v", res.IDs(), first.IDs())
	}
	if p := s.Turns[len(s.Turns)-1].Parsed; !slices.Contains(p.NotUnderstood, "blorp") {
		t.Errorf("'blorp' not reported as not understood: %q", p.NotUnderstood)
	}
}

// TestMoreBringsNewTracks answers "more please" with tracks of the same
// request that the session has not shown since it was asked; it had
// shown the very same list again.
func TestMoreBringsNewTracks(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	first := say(t, e, s, "something chill")
	second := say(t, e, s, "more please")
	third := say(t, e, s, "more")
	if len(second.Items) == 0 || len(third.Items) == 0 {
		t.Fatalf("more: %d then %d tracks", len(second.Items), len(third.Items))
	}
	for _, id := range second.IDs() {
		if slices.Contains(first.IDs(), id) {
			t.Errorf("'more please' repeats track %d of the list before", id)
		}
	}
	for _, id := range third.IDs() {
		if slices.Contains(first.IDs(), id) || slices.Contains(second.IDs(), id) {
			t.Errorf("the second 'more' repeats track %d", id)
		}
	}
	if st := s.State(); !st.More || st.Energy == nil && len(st.Moods) == 0 {
		t.Errorf("state after more: %+v", st)
	}
}

// TestLongerAndShorterLists doubles or halves the list when asked for a
// longer or shorter one ("make it longer" had read nothing and kept the
// length), and a length said keeps its own number.
func TestLongerAndShorterLists(t *testing.T) {
	e := newTestEngine(t)
	s := NewSession(e.now())
	first := say(t, e, s, "something chill")
	longer := say(t, e, s, "make it longer")
	if got, want := s.State().Count, 2*len(first.Items); got != want {
		t.Errorf("make it longer after %d tracks: count %d, want %d", len(first.Items), got, want)
	}
	say(t, e, s, "shorter please")
	if got, want := s.State().Count, len(longer.Items)/2; got != want {
		t.Errorf("shorter after %d tracks: count %d, want %d", len(longer.Items), got, want)
	}
	say(t, e, s, "a shorter list, 2 songs")
	if got := s.State().Count; got != 2 {
		t.Errorf("a shorter list, 2 songs: count %d", got)
	}
	if p := s.Turns[len(s.Turns)-1].Parsed; len(p.NotUnderstood) > 0 {
		t.Errorf("not understood %q", p.NotUnderstood)
	}
}
