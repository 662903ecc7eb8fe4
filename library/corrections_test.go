package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"sleeve/library/analysis"
)

// correctionLibrary scans four tagged files and stores chosen features for
// three of them (the fourth stays unanalysed), through the real analyzer
// with a fake measuring step.
func correctionLibrary(t *testing.T) (*Store, string, map[string]analysis.Features) {
	t.Helper()
	root := t.TempDir()
	feats := map[string]analysis.Features{
		// Measured at half its real tempo, in the relative major.
		"halftime": {Version: analysis.Version, BPM: 63, BPMConfidence: 0.9, Key: "F major", Tonic: 5, Energy: 0.6, LoudnessLUFS: -10},
		// A tempo analysis was unsure of, and no key.
		"unsure": {Version: analysis.Version, BPM: 140, BPMConfidence: 0.3, Tonic: -1, Energy: 0.3, LoudnessLUFS: -18},
		// Flagged as silence, wrongly.
		"quiet": {Version: analysis.Version, NotMusic: analysis.NotMusicSilence, Tonic: -1, LoudnessLUFS: -60},
	}
	for _, name := range []string{"halftime", "unsure", "quiet", "fresh"} {
		tags := tagsOf(name, "Artist", "Album")
		tags["GENRE"] = []string{"Pop"}
		writeTaggedWAV(t, filepath.Join(root, name+".wav"), 440, tags)
	}
	s := openTestStore(t)
	scanOnce(t, s, root)
	measure := func(ctx context.Context, tr Track) (analysis.Features, error) {
		f, ok := feats[tr.Tags.Title]
		if !ok {
			return analysis.Features{}, context.Canceled // stays unanalysed
		}
		return f, nil
	}
	analyzeOnce(t, s, AnalyzeOptions{Measure: measure})
	return s, root, feats
}

func mustCorrect(t *testing.T, s *Store, id TrackID, assignments ...string) Track {
	t.Helper()
	e, err := ParseCorrections(assignments)
	if err != nil {
		t.Fatalf("parse %q: %v", assignments, err)
	}
	tr, err := s.Correct(context.Background(), id, e)
	if err != nil {
		t.Fatalf("correct %q: %v", assignments, err)
	}
	return tr
}

// listBoth runs a filter as SQL (Store.Tracks) and in memory (Matcher over
// every track), and fails when they disagree.
func listBoth(t *testing.T, s *Store, expr, sortBy string) []string {
	t.Helper()
	f, err := ParseFilter(expr)
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	f.Sort = sortBy
	var viaSQL, inMemory []string
	for tr, err := range s.Tracks(context.Background(), f) {
		if err != nil {
			t.Fatal(err)
		}
		viaSQL = append(viaSQL, tr.Tags.Title)
	}
	match := f.Matcher()
	for tr, err := range s.Tracks(context.Background(), Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		row := FilterRowOf(tr)
		if match(&row) {
			inMemory = append(inMemory, tr.Tags.Title)
		}
	}
	sortedSQL := slices.Clone(viaSQL)
	slices.Sort(sortedSQL)
	slices.Sort(inMemory)
	if !slices.Equal(sortedSQL, inMemory) {
		t.Errorf("%q: SQL matched %q, Matcher %q", expr, sortedSQL, inMemory)
	}
	if sortBy == "" {
		return sortedSQL
	}
	return viaSQL
}

func TestCorrectionsAreTheEffectiveValues(t *testing.T) {
	s, root, _ := correctionLibrary(t)
	half := mustTrackByPath(t, s, filepath.Join(root, "halftime.wav"))
	unsure := mustTrackByPath(t, s, filepath.Join(root, "unsure.wav"))
	quiet := mustTrackByPath(t, s, filepath.Join(root, "quiet.wav"))

	// Before: the measured values, no correction.
	if half.Correction != nil || half.Features.BPM != 63 {
		t.Fatalf("before any correction: %+v, bpm %.0f", half.Correction, half.Features.BPM)
	}
	if got := listBoth(t, s, "bpm:120..130", ""); len(got) != 0 {
		t.Fatalf("bpm:120..130 before correcting = %q", got)
	}

	got := mustCorrect(t, s, half.ID, "bpm=double", `key="D minor"`, "genre=Jazz; Soul Jazz")
	if got.Features.BPM != 126 || got.Features.BPMConfidence != 1 || got.Features.ReliableBPM() != 126 {
		t.Errorf("doubled tempo reads %.1f (confidence %.2f)", got.Features.BPM, got.Features.BPMConfidence)
	}
	if got.Features.Key != "D minor" || got.Features.Tonic != 2 || !got.Features.Minor {
		t.Errorf("corrected key reads %q tonic %d minor %v", got.Features.Key, got.Features.Tonic, got.Features.Minor)
	}
	if !slices.Equal(got.Tags.Genres, []string{"Jazz", "Soul Jazz"}) {
		t.Errorf("corrected genres read %q", got.Tags.Genres)
	}
	c := got.Correction
	if c == nil || !c.Corrected(CorrectBPM) || !c.Corrected(CorrectKey) || !c.Corrected(CorrectGenre) || c.Corrected(CorrectNotMusic) {
		t.Fatalf("correction %+v", c)
	}
	if c.Measured.BPM != 63 || c.Measured.Key != "F major" || !slices.Equal(c.Measured.Genres, []string{"Pop"}) {
		t.Errorf("measured values kept as %+v", c.Measured)
	}
	if time.Since(c.At) > time.Minute {
		t.Errorf("corrected at %v", c.At)
	}

	// An unsure tempo, corrected, is certain: filters and sorts use it.
	mustCorrect(t, s, unsure.ID, "bpm=128")
	// A track analysis took for silence is music; the person says so.
	mustCorrect(t, s, quiet.ID, "notmusic=no")

	cases := []struct {
		expr, sort string
		want       []string
	}{
		{"bpm:120..130", "", []string{"halftime", "unsure"}},
		{"bpm:60..70", "", nil},
		{"", "bpm", []string{"halftime", "unsure", "fresh", "quiet"}},
		{`key:"d minor"`, "", []string{"halftime"}},
		{"key:dm", "", []string{"halftime"}},
		{"key:f", "", nil},
		{"key:minor", "", []string{"halftime"}},
		{"", "key", []string{"halftime", "fresh", "quiet", "unsure"}},
		{"genre:jazz", "", []string{"halftime"}},
		{"genre:pop", "", []string{"fresh", "quiet", "unsure"}},
		{"notmusic:silence", "", nil},
	}
	for _, cs := range cases {
		if got := listBoth(t, s, cs.expr, cs.sort); !slices.Equal(got, cs.want) {
			t.Errorf("%q sorted by %q: got %q, want %q", cs.expr, cs.sort, got, cs.want)
		}
	}
	q := mustTrackByPath(t, s, filepath.Join(root, "quiet.wav"))
	if q.Features.NotMusic != "" || q.Correction.Measured.NotMusic != analysis.NotMusicSilence {
		t.Errorf("quiet marked music reads not_music %q, measured %q", q.Features.NotMusic, q.Correction.Measured.NotMusic)
	}

	// Marking a track not music hides it the same way analysis' flag does.
	mustCorrect(t, s, unsure.ID, "notmusic=yes")
	if got := listBoth(t, s, "notmusic:marked", ""); !slices.Equal(got, []string{"unsure"}) {
		t.Errorf("notmusic:marked = %q", got)
	}
	if u := mustTrackByPath(t, s, filepath.Join(root, "unsure.wav")); u.Features.NotMusic != NotMusicMarked || u.Features.BPM != 128 {
		t.Errorf("marked track reads not_music %q bpm %.0f", u.Features.NotMusic, u.Features.BPM)
	}
}

func TestCorrectionsSurviveReanalysisAndRescans(t *testing.T) {
	s, root, feats := correctionLibrary(t)
	path := filepath.Join(root, "halftime.wav")
	half := mustTrackByPath(t, s, path)
	mustCorrect(t, s, half.ID, "bpm=126", "key=Dm", "genre=Jazz")

	// A newer analysis measures again, and measures something else.
	remeasure := func(ctx context.Context, tr Track) (analysis.Features, error) {
		f, ok := feats[tr.Tags.Title]
		if !ok {
			return analysis.Features{}, context.Canceled
		}
		f.Version = analysis.Version + 1
		f.BPM, f.Key, f.Tonic = 64, "C major", 0
		return f, nil
	}
	res := analyzeOnce(t, s, AnalyzeOptions{Version: analysis.Version + 1, Measure: remeasure})
	if res.Counts.Analysed != 3 {
		t.Fatalf("re-analysis %+v", res.Counts)
	}
	got := mustTrackByPath(t, s, path)
	if got.Features.Version != analysis.Version+1 || got.Correction.Measured.BPM != 64 || got.Correction.Measured.Key != "C major" {
		t.Fatalf("re-analysis did not store its values: version %d, measured %+v", got.Features.Version, got.Correction.Measured)
	}
	if got.Features.BPM != 126 || got.Features.Key != "D minor" || !slices.Equal(got.Tags.Genres, []string{"Jazz"}) {
		t.Errorf("after re-analysis: %.0f BPM, %q, %q; want the person's 126, D minor, Jazz", got.Features.BPM, got.Features.Key, got.Tags.Genres)
	}

	// A forced re-analysis, then a rescan of the changed file, keep it too.
	analyzeOnce(t, s, AnalyzeOptions{Version: analysis.Version + 1, Measure: remeasure, Force: true})
	tags := tagsOf("halftime", "Artist", "Album")
	tags["GENRE"] = []string{"Rock"}
	writeTaggedWAV(t, path, 330, tags)
	future := time.Now().Add(time.Minute)
	if err := os.Chtimes(path, future, future); err != nil {
		t.Fatal(err)
	}
	if r := scanOnce(t, s, root); r.Counts.Updated != 1 {
		t.Fatalf("rescan %+v", r.Counts)
	}
	got = mustTrackByPath(t, s, path)
	if got.ID != half.ID || got.Features.BPM != 126 || got.Features.Key != "D minor" || !slices.Equal(got.Tags.Genres, []string{"Jazz"}) {
		t.Errorf("after a rescan: id %d, %.0f BPM, %q, %q", got.ID, got.Features.BPM, got.Features.Key, got.Tags.Genres)
	}
	if !slices.Equal(got.Correction.Measured.Genres, []string{"Rock"}) {
		t.Errorf("the rescan's tags read %q", got.Correction.Measured.Genres)
	}
}

func TestCorrectEdits(t *testing.T) {
	ctx := context.Background()
	s, root, _ := correctionLibrary(t)
	half := mustTrackByPath(t, s, filepath.Join(root, "halftime.wav"))
	fresh := mustTrackByPath(t, s, filepath.Join(root, "fresh.wav"))

	// Halving and doubling work from the current tempo, the person's
	// once there is one.
	if got := mustCorrect(t, s, half.ID, "bpm=half"); got.Features.BPM != 31.5 {
		t.Errorf("half of 63 = %.2f", got.Features.BPM)
	}
	if got := mustCorrect(t, s, half.ID, "bpm=double"); got.Features.BPM != 63 || !got.Correction.Corrected(CorrectBPM) {
		t.Errorf("double of 31.5 = %.2f", got.Features.BPM)
	}
	mustCorrect(t, s, half.ID, "genre=Jazz")

	// Bad values change nothing.
	before := mustTrackByPath(t, s, half.Path)
	for _, bad := range [][]string{{"bpm=fast"}, {"bpm=0"}, {"bpm=1000"}, {"bpm=NaN"}, {"key=H minor"}, {"key=minor"},
		{"notmusic=maybe"}, {"tempo=120"}, {"bpm"}, {"genre=;"}, {"genre=Jazz", "bpm=120", "bpm=121"}, {"genre=a\x1bb"}} {
		if _, err := ParseCorrections(bad); err == nil {
			t.Errorf("ParseCorrections(%q) accepted", bad)
		}
	}
	// Halving below the accepted range is refused in the store.
	if _, err := s.Correct(ctx, half.ID, CorrectionEdit{ScaleBPM: 0.5, Genres: []string{"Blues"}}); err != nil {
		t.Fatalf("half of 63: %v", err)
	}
	_, err := s.Correct(ctx, half.ID, CorrectionEdit{ScaleBPM: 0.5, Genres: []string{"Rock"}})
	if err == nil || !strings.Contains(err.Error(), "between") {
		t.Errorf("half of 31.5 BPM: %v", err)
	}
	after := mustTrackByPath(t, s, half.Path)
	if after.Features.BPM != 31.5 || !slices.Equal(after.Tags.Genres, []string{"Blues"}) {
		t.Errorf("a refused edit changed the track: %.1f BPM, %q (before %.1f)", after.Features.BPM, after.Tags.Genres, before.Features.BPM)
	}

	// An unanalysed track takes a genre, but not a tempo.
	if _, err := s.Correct(ctx, fresh.ID, CorrectionEdit{BPM: 120}); !errors.Is(err, ErrNotAnalysed) {
		t.Errorf("tempo of an unanalysed track: %v", err)
	}
	if got := mustCorrect(t, s, fresh.ID, "genre=Ambient"); !slices.Equal(got.Tags.Genres, []string{"Ambient"}) || got.Features != nil {
		t.Errorf("genre of an unanalysed track: %q, features %v", got.Tags.Genres, got.Features)
	}
	if _, err := s.Correct(ctx, 9999, CorrectionEdit{BPM: 120}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown track: %v", err)
	}

	// Clearing gives the measured value back; a correction left empty is
	// removed.
	if got := mustCorrect(t, s, half.ID, "bpm="); got.Features.BPM != 63 || got.Correction.Corrected(CorrectBPM) {
		t.Errorf("cleared tempo reads %.1f", got.Features.BPM)
	}
	got := mustCorrect(t, s, half.ID, "genre=")
	if got.Correction != nil || !slices.Equal(got.Tags.Genres, []string{"Pop"}) {
		t.Errorf("all cleared: correction %+v, genres %q", got.Correction, got.Tags.Genres)
	}
	var rows int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM corrections WHERE track_id = ?", half.ID).Scan(&rows); err != nil || rows != 0 {
		t.Errorf("corrections rows left: %d (%v)", rows, err)
	}
}

func TestParseCorrections(t *testing.T) {
	yes, no := true, false
	cases := []struct {
		in   []string
		want CorrectionEdit
	}{
		{[]string{"bpm=126"}, CorrectionEdit{BPM: 126}},
		{[]string{"BPM=92.5 bpm"}, CorrectionEdit{BPM: 92.5}},
		{[]string{"bpm=half"}, CorrectionEdit{ScaleBPM: 0.5}},
		{[]string{"bpm=double"}, CorrectionEdit{ScaleBPM: 2}},
		{[]string{`key="D minor"`}, CorrectionEdit{SetKey: true, Tonic: 2, Minor: true}},
		{[]string{"key=f#"}, CorrectionEdit{SetKey: true, Tonic: 6}},
		{[]string{"key=E♭ major"}, CorrectionEdit{SetKey: true, Tonic: 3}},
		{[]string{"genre=Jazz"}, CorrectionEdit{Genres: []string{"Jazz"}}},
		{[]string{"notmusic=yes"}, CorrectionEdit{NotMusic: &yes}},
		{[]string{"not_music=no"}, CorrectionEdit{NotMusic: &no}},
		{[]string{"bpm=", "key="}, CorrectionEdit{Clear: []string{"bpm", "key"}}},
	}
	for _, c := range cases {
		got, err := ParseCorrections(c.in)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if got.BPM != c.want.BPM || got.ScaleBPM != c.want.ScaleBPM || got.SetKey != c.want.SetKey || got.Tonic != c.want.Tonic ||
			got.Minor != c.want.Minor || !slices.Equal(got.Genres, c.want.Genres) || !slices.Equal(got.Clear, c.want.Clear) ||
			(got.NotMusic == nil) != (c.want.NotMusic == nil) || (got.NotMusic != nil && *got.NotMusic != *c.want.NotMusic) {
			t.Errorf("%q = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func TestCopiesAndFindTrack(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	song := tagsOf("Blue in Green", "Miles Davis", "Kind of Blue")
	writeTaggedWAV(t, filepath.Join(root, "a", "Blue in Green.wav"), 440, song)
	body, err := os.ReadFile(filepath.Join(root, "a", "Blue in Green.wav"))
	if err != nil {
		t.Fatal(err)
	}
	// The same file elsewhere, another encoding of the song (other
	// content, same tags and length), and another song.
	os.MkdirAll(filepath.Join(root, "b"), 0o755)
	os.WriteFile(filepath.Join(root, "b", "copy.wav"), body, 0o644)
	writeTaggedWAV(t, filepath.Join(root, "c", "Blue in Green (remaster).wav"), 550, song)
	writeTaggedWAV(t, filepath.Join(root, "d", "So What.wav"), 440, tagsOf("So What", "Miles Davis", "Kind of Blue"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	orig := mustTrackByPath(t, s, filepath.Join(root, "a", "Blue in Green.wav"))
	copies, err := s.Copies(ctx, orig)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, c := range copies {
		paths = append(paths, strings.TrimPrefix(c.Path, root+"/"))
	}
	if !slices.Equal(paths, []string{"b/copy.wav", "c/Blue in Green (remaster).wav"}) {
		t.Errorf("copies of Blue in Green = %q", paths)
	}
	other := mustTrackByPath(t, s, filepath.Join(root, "d", "So What.wav"))
	if copies, _ := s.Copies(ctx, other); len(copies) != 0 {
		t.Errorf("So What has copies: %v", copies)
	}

	// A title that names three tracks is ambiguous; a unique one is found.
	_, err = s.FindTrack(ctx, "blue in green")
	var amb *AmbiguousError
	if !errors.As(err, &amb) || len(amb.Candidates) != 3 {
		t.Errorf("FindTrack(blue in green) = %v", err)
	}
	if got, err := s.FindTrack(ctx, "So What by miles"); err != nil || got.ID != other.ID {
		t.Errorf("FindTrack(So What by miles) = %v, %v", got.ID, err)
	}
	if got, err := s.FindTrack(ctx, "so wh"); err != nil || got.ID != other.ID {
		t.Errorf("FindTrack(so wh) = %v, %v", got.ID, err)
	}
	if _, err := s.FindTrack(ctx, "Kind of Nothing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("FindTrack(Kind of Nothing) = %v", err)
	}
}
