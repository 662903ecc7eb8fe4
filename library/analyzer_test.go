package library

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"sleeve/library/analysis"
	"sleeve/library/synth"
)

// writeSynth renders spec and writes it with tags through synth.Encode
// (FLAC and WAV in pure Go, other formats through ffmpeg).
func writeSynth(t testing.TB, path string, spec synth.Spec, title string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	tags := map[string]string{"TITLE": title, "ARTIST": "Synth", "ALBUM": "Tests"}
	if err := synth.Encode(context.Background(), path, synth.Render(spec), spec.Normalized().SampleRate, tags); err != nil {
		t.Fatalf("encode %s: %v", path, err)
	}
}

// countingMeasure wraps the real measuring step of an Analyzer and counts
// its calls per track path.
type countingMeasure struct {
	mu    sync.Mutex
	calls map[string]int
	inner MeasureFunc
}

func newCountingMeasure(s *Store, opt AnalyzeOptions) *countingMeasure {
	return &countingMeasure{calls: map[string]int{}, inner: NewAnalyzer(s, opt).Measure}
}

func (c *countingMeasure) measure(ctx context.Context, t Track) (analysis.Features, error) {
	c.mu.Lock()
	c.calls[filepath.Base(t.Path)]++
	c.mu.Unlock()
	return c.inner(ctx, t)
}

// take returns the calls so far, sorted by name, and resets them.
func (c *countingMeasure) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for name, n := range c.calls {
		for range n {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	c.calls = map[string]int{}
	return out
}

func analyzeOnce(t *testing.T, s *Store, opt AnalyzeOptions) AnalyzeResult {
	t.Helper()
	res, err := NewAnalyzer(s, opt).Run(context.Background())
	if err != nil {
		t.Fatalf("analyze: %v", err)
	}
	return res
}

func tempoClose(got, want float64) bool {
	for _, m := range []float64{1, 2, 0.5} { // octave errors are allowed
		if math.Abs(got-want*m) <= 0.04*want*m {
			return true
		}
	}
	return false
}

func TestAnalyzeStoresMeasuredFeatures(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	specs := map[string]synth.Spec{
		"a.flac": {BPM: 120, Tonic: 9, Minor: true, Timbre: synth.Piano, Energy: 0.7, Seconds: 14, SampleRate: 22050, Seed: 11, Drums: true},
		"b.wav":  {BPM: 96, Tonic: 6, Timbre: synth.Organ, Energy: 0.3, Seconds: 14, SampleRate: 22050, Seed: 12, Drums: true},
	}
	for name, spec := range specs {
		writeSynth(t, filepath.Join(root, name), spec, strings.TrimSuffix(name, filepath.Ext(name)))
	}
	s := openTestStore(t)
	scanOnce(t, s, root)
	var last AnalyzeProgress
	res := analyzeOnce(t, s, AnalyzeOptions{OnProgress: func(p AnalyzeProgress) { last = p }})
	if res.Counts != (AnalyzeCounts{Analysed: 2}) || len(res.Problems) != 0 || res.Interrupted {
		t.Fatalf("result %+v", res)
	}
	if last.Total != 2 || last.Done != 2 {
		t.Errorf("last progress %+v, want 2 of 2", last)
	}
	for name, spec := range specs {
		tr := mustTrackByPath(t, s, filepath.Join(root, name))
		f := tr.Features
		if f == nil {
			t.Fatalf("%s: no features stored", name)
		}
		if !tempoClose(f.BPM, spec.BPM) {
			t.Errorf("%s: %.1f BPM, want %.0f (or an octave off)", name, f.BPM, spec.BPM)
		}
		if f.Key != spec.KeyName() {
			t.Errorf("%s: key %q, want %q", name, f.Key, spec.KeyName())
		}
		if f.Version != analysis.Version || f.Outdated || time.Since(f.AnalysedAt) > time.Minute {
			t.Errorf("%s: version %d outdated %v at %v", name, f.Version, f.Outdated, f.AnalysedAt)
		}
		if len(f.Timbre) != analysis.TimbreDims {
			t.Errorf("%s: timbre has %d dimensions", name, len(f.Timbre))
		}
		var norm float64
		for _, v := range f.Timbre {
			norm += float64(v) * float64(v)
		}
		if math.Abs(norm-1) > 1e-4 {
			t.Errorf("%s: timbre vector length² %.5f after the round trip, want 1", name, norm)
		}
		if f.LoudnessLUFS > -3 || f.LoudnessLUFS < -40 || f.PreviewLength <= 0 || f.PreviewStart+f.PreviewLength > 14*time.Second+time.Second/2 {
			t.Errorf("%s: loudness %.1f preview %v+%v", name, f.LoudnessLUFS, f.PreviewStart, f.PreviewLength)
		}
	}
	a := mustTrackByPath(t, s, filepath.Join(root, "a.flac")).Features
	b := mustTrackByPath(t, s, filepath.Join(root, "b.wav")).Features
	if a.Energy <= b.Energy {
		t.Errorf("energy 0.7 track measured %.2f, not above the 0.3 track's %.2f", a.Energy, b.Energy)
	}

	// The listing carries the features and filters and sorts on them.
	titles := func(expr, sortBy string) []string {
		f, err := ParseFilter(expr)
		if err != nil {
			t.Fatal(err)
		}
		f.Sort = sortBy
		var out []string
		for tr, err := range s.Tracks(ctx, f) {
			if err != nil {
				t.Fatal(err)
			}
			if tr.Features == nil {
				t.Errorf("%s: listed without features", tr.Tags.Title)
			}
			out = append(out, tr.Tags.Title)
		}
		return out
	}
	if got := titles(`key:"a minor"`, ""); !slices.Equal(got, []string{"a"}) {
		t.Errorf(`key:"a minor" = %q`, got)
	}
	if got := titles("key:major", ""); !slices.Equal(got, []string{"b"}) {
		t.Errorf("key:major = %q", got)
	}
	if got := titles("", "energy"); !slices.Equal(got, []string{"b", "a"}) {
		t.Errorf("sort energy = %q", got)
	}
}

func TestExcerptPlan(t *testing.T) {
	if excerptPlan(90*time.Second, false) != nil || excerptPlan(0, false) != nil {
		t.Error("short or unknown tracks must be decoded whole")
	}
	for _, total := range []time.Duration{101 * time.Second, 4 * time.Minute, 2 * time.Hour} {
		plan := excerptPlan(total, false)
		if len(plan) != 3 {
			t.Fatalf("%v: %d excerpts", total, len(plan))
		}
		var decoded time.Duration
		for i, w := range plan {
			decoded += w.length
			if w.start < 0 || w.start+w.length > total {
				t.Errorf("%v: window %d (%v+%v) outside the track", total, i, w.start, w.length)
			}
			if i > 0 && w.start < plan[i-1].start+plan[i-1].length {
				t.Errorf("%v: windows overlap or are out of order: %v", total, plan)
			}
		}
		if decoded != 90*time.Second {
			t.Errorf("%v: decodes %v, want 90 s whatever the length", total, decoded)
		}
	}
	if p := excerptPlan(4*time.Minute, false); p[0].start != 45*time.Second || p[1].start != 105*time.Second || p[2].start != 165*time.Second {
		t.Errorf("4-minute plan %v, want windows centred at 1:00, 2:00 and 3:00", p)
	}
}

func TestSlowDecoderGetsTwoWindows(t *testing.T) {
	plan := excerptPlan(4*time.Minute, true)
	if len(plan) != 2 || plan[0].start != 65*time.Second || plan[1].start != 145*time.Second {
		t.Fatalf("go-mp3 plan %v, want two 30 s windows centred at 1:20 and 2:40", plan)
	}
	a := NewAnalyzer(nil, AnalyzeOptions{NoFFmpeg: true})
	if !a.slowDecoder(Track{Format: "mp3"}) || a.slowDecoder(Track{Format: "flac"}) {
		t.Error("only MP3 without ffmpeg counts as slow")
	}
}

func TestLongTrackIsAnalysedFromExcerpts(t *testing.T) {
	// A 110 s tone that swells from quiet to loud: the loudness measured
	// depends on exactly which windows were decoded, so every way of
	// reaching them (per-window seeks for WAV, one pass from the start for
	// FLAC, one ffmpeg run with the gaps discarded for MP3) must agree.
	const rate, seconds = 22050, 110
	x := make([]float32, rate*seconds)
	for i := range x {
		tt := float64(i) / rate
		// An E with two harmonics (a lone sinusoid does not vote for a key).
		v := math.Sin(2*math.Pi*330*tt) + 0.4*math.Sin(2*math.Pi*660*tt) + 0.2*math.Sin(2*math.Pi*990*tt)
		x[i] = float32(v / 1.6 * (0.02 + 0.9*tt/seconds))
	}
	root := t.TempDir()
	names := []string{"long.wav", "long.flac"}
	if raceEnabled {
		names = names[:1] // pure Go FLAC decoding is slow under the race detector
	}
	if hasFFmpeg() {
		names = append(names, "long.mp3")
	} else {
		t.Log("ffmpeg is not installed: skipping the MP3 case")
	}
	s := openTestStore(t)
	a := NewAnalyzer(s, AnalyzeOptions{})
	plan := excerptPlan(seconds*time.Second, false)
	var ref analysis.Features
	for i, name := range names {
		path := filepath.Join(root, name)
		if err := synth.Encode(context.Background(), path, x, rate, nil); err != nil {
			t.Fatal(err)
		}
		tr := Track{Path: path, Format: strings.TrimPrefix(filepath.Ext(name), "."), Duration: seconds * time.Second}
		f, err := a.Measure(context.Background(), tr)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// The preview lies inside one of the excerpts, in the track's time.
		in := false
		for _, w := range plan {
			if f.PreviewStart >= w.start && f.PreviewStart+f.PreviewLength <= w.start+w.length+time.Millisecond {
				in = true
			}
		}
		if !in || f.PreviewLength != analysis.PreviewSeconds*time.Second {
			t.Errorf("%s: preview %v+%v is not inside an excerpt %v", name, f.PreviewStart, f.PreviewLength, plan)
		}
		if f.Tonic != 4 {
			t.Errorf("%s: 330 Hz tone: key %q, want E", name, f.Key)
		}
		if i == 0 {
			ref = f
			continue
		}
		// The loudness range depends on where the windows are, not on the
		// codec; MP3 (lossy, 22050 Hz mono) measures ~0.5 LU quieter
		// whichever decoder reads it, so only lossless must match it.
		if d := math.Abs(f.LoudnessRange - ref.LoudnessRange); d > 0.1 {
			t.Errorf("%s: loudness range %.2f LU, WAV %.2f: not the same windows", name, f.LoudnessRange, ref.LoudnessRange)
		}
		if d := math.Abs(f.LoudnessLUFS - ref.LoudnessLUFS); name == "long.flac" && d > 0.01 {
			t.Errorf("%s: loudness %.3f LUFS, WAV %.3f: not the same windows", name, f.LoudnessLUFS, ref.LoudnessLUFS)
		}
		if d := f.PreviewStart - ref.PreviewStart; d < -time.Second || d > time.Second {
			t.Errorf("%s: preview at %v, WAV at %v", name, f.PreviewStart, ref.PreviewStart)
		}
	}
}

func TestAnalyzeOnlyWhatIsStale(t *testing.T) {
	root := t.TempDir()
	for _, n := range []string{"a", "b", "c"} {
		writeTaggedWAV(t, filepath.Join(root, n+".wav"), 220+110*float64(len(n)), tagsOf(n, "X", "Y"))
	}
	s := openTestStore(t)
	scanOnce(t, s, root)
	cm := newCountingMeasure(s, AnalyzeOptions{})
	opt := AnalyzeOptions{Version: 1, Measure: cm.measure}
	analyzeOnce(t, s, opt)
	if got := cm.take(); !slices.Equal(got, []string{"a.wav", "b.wav", "c.wav"}) {
		t.Fatalf("first run measured %q", got)
	}
	res := analyzeOnce(t, s, opt)
	if got := cm.take(); len(got) != 0 || res.Counts != (AnalyzeCounts{UpToDate: 3}) {
		t.Fatalf("unchanged tracks measured again: %q %+v", got, res.Counts)
	}

	// Version 2 for one track only, then for all: only the two older rows
	// are redone.
	v2 := opt
	v2.Version = 2
	v2.Filter, _ = ParseFilter("title:a")
	analyzeOnce(t, s, v2)
	if got := cm.take(); !slices.Equal(got, []string{"a.wav"}) {
		t.Fatalf("filtered v2 run measured %q", got)
	}
	v2.Filter = Filter{}
	res = analyzeOnce(t, s, v2)
	if got := cm.take(); !slices.Equal(got, []string{"b.wav", "c.wav"}) || res.Counts != (AnalyzeCounts{Analysed: 2, UpToDate: 1}) {
		t.Fatalf("v2 run measured %q (%+v), want only the two version-1 rows", got, res.Counts)
	}
	if tr := mustTrackByPath(t, s, filepath.Join(root, "b.wav")); tr.Features.Version != 2 {
		t.Errorf("stored version %d, want 2", tr.Features.Version)
	}
	// Going back to version 1 redoes nothing: newer rows are not stale.
	analyzeOnce(t, s, opt)
	if got := cm.take(); len(got) != 0 {
		t.Errorf("version 1 run redid newer rows: %q", got)
	}

	// A changed file is redone after the scan notices the change.
	p := filepath.Join(root, "c.wav")
	writeTaggedWAV(t, p, 500, tagsOf("c", "X", "Y"))
	future := time.Now().Add(time.Minute)
	os.Chtimes(p, future, future)
	scanOnce(t, s, root)
	if tr := mustTrackByPath(t, s, p); !tr.Features.Outdated {
		t.Error("features of a changed file are not marked outdated")
	}
	analyzeOnce(t, s, v2)
	if got := cm.take(); !slices.Equal(got, []string{"c.wav"}) {
		t.Errorf("after changing c.wav, measured %q", got)
	}

	// Force redoes everything that matches.
	v2.Force = true
	res = analyzeOnce(t, s, v2)
	if got := cm.take(); len(got) != 3 || res.Counts.Analysed != 3 {
		t.Errorf("force measured %q", got)
	}
}

func TestAnalyzeCancelKeepsFinishedWork(t *testing.T) {
	root := t.TempDir()
	for i := range 6 {
		writeTaggedWAV(t, filepath.Join(root, string(rune('a'+i))+".wav"), 440, nil)
	}
	s := openTestStore(t)
	scanOnce(t, s, root)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls atomic.Int32
	fake := func(ctx context.Context, t Track) (analysis.Features, error) {
		if calls.Add(1) == 3 {
			cancel() // Ctrl-C while the third track is being measured
			<-ctx.Done()
			return analysis.Features{}, ctx.Err()
		}
		return analysis.Features{BPM: 100, Key: "C major", Tonic: 0, Timbre: []float32{1}}, nil
	}
	res, err := NewAnalyzer(s, AnalyzeOptions{Workers: 1, Measure: fake}).Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Interrupted || res.Counts.Analysed != 2 || res.Counts.Failed != 0 || len(res.Problems) != 0 {
		t.Fatalf("interrupted run: %+v", res)
	}
	// The next run does the other four and nothing twice.
	calls.Store(10)
	var seen []string
	var mu sync.Mutex
	res = analyzeOnce(t, s, AnalyzeOptions{Workers: 2, Measure: func(ctx context.Context, t Track) (analysis.Features, error) {
		mu.Lock()
		seen = append(seen, filepath.Base(t.Path))
		mu.Unlock()
		return fake(ctx, t)
	}})
	if res.Counts != (AnalyzeCounts{Analysed: 4, UpToDate: 2}) || len(seen) != 4 {
		t.Fatalf("resumed run: %+v, measured %q", res.Counts, seen)
	}
	b, err := s.AnalysisBacklog(context.Background(), AnalysisQuery{})
	if err != nil || b != (AnalysisBacklog{UpToDate: 6}) {
		t.Fatalf("backlog after resume %+v %v", b, err)
	}
}

// writeCorruptFLAC writes a FLAC file whose audio frames are overwritten
// with garbage after the first quarter; the header and tags stay readable.
func writeCorruptFLAC(t *testing.T, path string) {
	t.Helper()
	writeSynth(t, path, synth.Spec{BPM: 100, Seconds: 6, SampleRate: 22050, Seed: 3}, "Broken")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := len(data) / 4; i < len(data); i++ {
		data[i] = byte(i * 7)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrokenFileIsReportedRecordedAndRetriedOnlyWhenChanged(t *testing.T) {
	root := t.TempDir()
	writeTaggedWAV(t, filepath.Join(root, "good1.wav"), 440, tagsOf("Good 1", "X", "Y"))
	writeTaggedWAV(t, filepath.Join(root, "good2.wav"), 550, tagsOf("Good 2", "X", "Y"))
	broken := filepath.Join(root, "broken.flac")
	writeCorruptFLAC(t, broken)
	s := openTestStore(t)
	if res := scanOnce(t, s, root); res.Counts.Added != 3 {
		t.Fatalf("scan %+v %v", res.Counts, res.Problems)
	}
	cm := newCountingMeasure(s, AnalyzeOptions{})
	var lines []Problem
	opt := AnalyzeOptions{Measure: cm.measure, OnProblem: func(p Problem) { lines = append(lines, p) }}
	res := analyzeOnce(t, s, opt)
	if res.Counts != (AnalyzeCounts{Analysed: 2, Failed: 1}) {
		t.Fatalf("counts %+v", res.Counts)
	}
	if len(lines) != 1 || lines[0].Path != broken || !strings.HasPrefix(lines[0].Reason, "cannot decode: corrupt") {
		t.Fatalf("problem lines %v, want one for broken.flac", lines)
	}
	if strings.Contains(lines[0].Reason, root) || strings.Contains(lines[0].Reason, "\n") {
		t.Errorf("the reason should be one line without the path again: %q", lines[0].Reason)
	}
	tr := mustTrackByPath(t, s, broken)
	if tr.Features != nil || tr.AnalysisFailure == nil || tr.AnalysisFailure.NotAnalysable || tr.AnalysisFailure.Reason != lines[0].Reason {
		t.Fatalf("broken track: features %v failure %+v", tr.Features, tr.AnalysisFailure)
	}
	cm.take()

	// Unchanged: not retried.
	res = analyzeOnce(t, s, opt)
	if got := cm.take(); len(got) != 0 || res.Counts != (AnalyzeCounts{UpToDate: 2, NotRetried: 1}) {
		t.Fatalf("second run measured %q (%+v)", got, res.Counts)
	}
	// Touched and rescanned: retried (and still broken).
	future := time.Now().Add(time.Minute)
	os.Chtimes(broken, future, future)
	scanOnce(t, s, root)
	res = analyzeOnce(t, s, opt)
	if got := cm.take(); !slices.Equal(got, []string{"broken.flac"}) || res.Counts.Failed != 1 {
		t.Fatalf("after touching: measured %q (%+v)", got, res.Counts)
	}
	// A newer version retries it too.
	opt.Version = analysis.Version + 1
	analyzeOnce(t, s, opt)
	if got := cm.take(); !slices.Contains(got, "broken.flac") {
		t.Fatalf("a version bump did not retry the broken file: %q", got)
	}
}

func TestUndecodableFormatIsNotAnalysableAndStaysListed(t *testing.T) {
	needFFmpeg(t)
	root := t.TempDir()
	m4a := filepath.Join(root, "song.m4a")
	writeSynth(t, m4a, synth.Spec{BPM: 110, Seconds: 3, SampleRate: 22050, Seed: 4}, "AAC Song")
	writeTaggedWAV(t, filepath.Join(root, "tone.wav"), 440, tagsOf("Tone", "X", "Y"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	var lines []Problem
	res := analyzeOnce(t, s, AnalyzeOptions{NoFFmpeg: true, OnProblem: func(p Problem) { lines = append(lines, p) }})
	if res.Counts != (AnalyzeCounts{Analysed: 1, NotAnalysable: 1}) {
		t.Fatalf("counts %+v %v", res.Counts, res.Problems)
	}
	if len(lines) != 1 || !strings.HasPrefix(lines[0].Reason, "not analysable: no decoder for this format") {
		t.Fatalf("problem lines %v", lines)
	}
	f, _ := ParseFilter("aac song")
	var listed []Track
	for tr, err := range s.Tracks(context.Background(), f) {
		if err != nil {
			t.Fatal(err)
		}
		listed = append(listed, tr)
	}
	if len(listed) != 1 || listed[0].Features != nil || listed[0].AnalysisFailure == nil || !listed[0].AnalysisFailure.NotAnalysable {
		t.Fatalf("the m4a track is not listed as not analysable: %+v", listed)
	}
	// Not retried while nothing changes; with ffmpeg allowed and the file
	// changed, it is analysed.
	res = analyzeOnce(t, s, AnalyzeOptions{NoFFmpeg: true})
	if res.Counts != (AnalyzeCounts{UpToDate: 1, NotRetried: 1}) {
		t.Fatalf("second run %+v", res.Counts)
	}
	res = analyzeOnce(t, s, AnalyzeOptions{Force: true, Filter: f})
	if res.Counts.Analysed != 1 {
		t.Fatalf("with ffmpeg: %+v %v", res.Counts, res.Problems)
	}
	if tr := mustTrackByPath(t, s, m4a); tr.Features == nil || tr.AnalysisFailure != nil {
		t.Errorf("after analysing with ffmpeg: features %v failure %v", tr.Features, tr.AnalysisFailure)
	}
}

func TestAnalyzeOnlyUnderRoots(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	writeTaggedWAV(t, filepath.Join(a, "x.wav"), 440, nil)
	writeTaggedWAV(t, filepath.Join(b, "y.wav"), 440, nil)
	s := openTestStore(t)
	scanOnce(t, s, a, b)
	cm := newCountingMeasure(s, AnalyzeOptions{})
	analyzeOnce(t, s, AnalyzeOptions{Roots: []string{a}, Measure: cm.measure})
	if got := cm.take(); !slices.Equal(got, []string{"x.wav"}) {
		t.Errorf("measured %q, want only the track under the root", got)
	}
}

func TestKeyAndFeatureFilters(t *testing.T) {
	root := t.TempDir()
	feats := map[string]analysis.Features{
		"am":  {BPM: 124, BPMConfidence: 0.9, Key: "A minor", Tonic: 9, Minor: true, Energy: 0.8, LoudnessLUFS: -8},
		"bb":  {BPM: 90, BPMConfidence: 0.8, Key: "Bb major", Tonic: 10, Energy: 0.4, LoudnessLUFS: -14},
		"f#m": {BPM: 174, BPMConfidence: 1, Key: "F# minor", Tonic: 6, Minor: true, Energy: 0.9, LoudnessLUFS: -6},
		"nok": {BPM: 0, Key: "", Tonic: -1, Energy: 0.1, LoudnessLUFS: -30},
		// A tempo below analysis.MinTempoConfidence is unknown: no bpm
		// filter matches it and it sorts with the unknown tempos.
		"unsure": {BPM: 125, BPMConfidence: analysis.MinTempoConfidence / 2, Tonic: -1, Energy: 0.2, LoudnessLUFS: -20},
	}
	for name := range feats {
		writeTaggedWAV(t, filepath.Join(root, name+".wav"), 440, tagsOf(name, "X", "Y"))
	}
	writeTaggedWAV(t, filepath.Join(root, "new.wav"), 440, tagsOf("new", "X", "Y"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	fake := func(ctx context.Context, t Track) (analysis.Features, error) {
		if t.Tags.Title == "new" {
			return analysis.Features{}, context.Canceled // stays unanalysed
		}
		return feats[t.Tags.Title], nil
	}
	analyzeOnce(t, s, AnalyzeOptions{Measure: fake})
	cases := []struct {
		expr, sort string
		want       []string
	}{
		{`key:"a minor"`, "", []string{"am"}},
		{"key:am", "", []string{"am"}},
		{"key:minor", "bpm", []string{"am", "f#m"}},
		{"key:major", "", []string{"bb"}},
		{`key:"Bb major"`, "", []string{"bb"}},
		{`key:"A# major"`, "", []string{"bb"}},
		{`key:"a♯"`, "", []string{"bb"}},
		{"key:f#", "", []string{"f#m"}},
		{"bpm:120..130", "", []string{"am"}},
		{"bpm:100..", "bpm", []string{"am", "f#m"}},
		{"energy:0.5..", "energy", []string{"am", "f#m"}},
		{"loudness:..-10", "loudness", []string{"nok", "unsure", "bb"}},
		{"", "bpm", []string{"bb", "am", "f#m", "new", "nok", "unsure"}},
		{"", "key", []string{"f#m", "am", "bb", "new", "nok", "unsure"}},
	}
	for _, c := range cases {
		f, err := ParseFilter(c.expr)
		if err != nil {
			t.Fatalf("%s: %v", c.expr, err)
		}
		f.Sort = c.sort
		var got []string
		for tr, err := range s.Tracks(context.Background(), f) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, tr.Tags.Title)
		}
		if c.sort == "" {
			slices.Sort(got)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q sorted by %q: got %q, want %q", c.expr, c.sort, got, c.want)
		}
	}
	for _, bad := range []string{"key:h", `key:"a dorian"`, "key:", "bpm:fast", `key:"a minor major"`} {
		if _, err := ParseFilter(bad); err == nil {
			t.Errorf("ParseFilter(%q) accepted", bad)
		}
	}
	for _, sortBy := range []string{"bpm", "energy", "key", "loudness"} {
		if !ValidSort(sortBy) {
			t.Errorf("sort %q not valid", sortBy)
		}
	}
}

func TestDanceability(t *testing.T) {
	f := func(bpm, clarity float64) float64 {
		return Features{Features: analysis.Features{BPM: bpm, PulseClarity: clarity}}.Danceability()
	}
	if f(124, 0.95) != 1 || f(124, 0) != 0 || f(40, 1) != 0 || f(220, 1) != 0 {
		t.Errorf("danceability: %.2f %.2f %.2f %.2f", f(124, 0.95), f(124, 0), f(40, 1), f(220, 1))
	}
	// The clarity is ranked among the corpus's tracks: the median clarity
	// is half-way danceable at a danceable tempo.
	if d := f(124, 0.5385); math.Abs(d-0.5) > 0.01 {
		t.Errorf("danceability of the median pulse = %.3f, want 0.5", d)
	}
	if !(f(70, 1) < f(100, 1) && f(170, 1) < f(130, 1)) {
		t.Error("danceability must fall off outside 90–140 BPM")
	}
}
