package library

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"sleeve/library/analysis"
	"sleeve/library/decode"
)

// analysisRate is the sample rate tracks are decoded to for analysis.
// Everything analysis looks at lies below 11025 Hz.
const analysisRate = decode.DefaultSampleRate

// The excerpt plan. Tracks up to wholeTrackLimit long are decoded whole.
// Longer tracks are decoded in three excerptLength windows centred at 25 %,
// 50 % and 75 % of the track:
//
//   - Intros and outros are the least typical parts of a song (and the
//     preview may not lie in the outer 10 % anyway), so no window starts at
//     0 or ends at the end.
//   - Three spread windows see the verse, the chorus and the bridge of most
//     songs; tempo, key and loudness pool them, and the analysis package's
//     tests show three 30 s windows of a 150 s track give the whole track's
//     tempo and key and its loudness within 1 LU.
//   - 30 s per window holds a whole 25 s preview (analysis.PreviewSeconds)
//     with room to choose where it starts, and 90 s in all is enough for
//     tempo (which wants 10 s or more) and key.
//   - Memory no longer grows with the track (a worker peaks near 4 MB of
//     heap for 4 and for 12 minutes), and neither does the cost for MP3:
//     measured here, a 4-minute MP3 takes about 0.7 s of CPU in all with
//     ffmpeg and 1.3 s with go-mp3 (BenchmarkAnalyzeMP3).
//
// wholeTrackLimit is a little over three windows: below it, excerpts would
// overlap and save little.
const (
	wholeTrackLimit = 100 * time.Second
	excerptLength   = 30 * time.Second
)

var excerptCentres = []float64{0.25, 0.5, 0.75}

// slowExcerptCentres place two windows instead of three when the only
// decoder is a slow one (go-mp3, about 70-90× realtime here): 60 s of audio
// keeps a 4-minute MP3 near 0.9 s of CPU instead of 1.3 s, inside the
// budget of 1 s per track. The analysis package's accuracy on 20 s clips
// matches its accuracy on 30 s clips, so 60 s still pins tempo and key.
var slowExcerptCentres = []float64{1.0 / 3, 2.0 / 3}

// excerptWindow is one stretch of a track to decode.
type excerptWindow struct {
	start, length time.Duration
}

// excerptPlan returns the windows to decode for a track of the given
// duration; nil means the whole track.
func excerptPlan(total time.Duration, slowDecoder bool) []excerptWindow {
	if total <= wholeTrackLimit {
		return nil
	}
	centres := excerptCentres
	if slowDecoder {
		centres = slowExcerptCentres
	}
	var out []excerptWindow
	for i, c := range centres {
		start := time.Duration(c*float64(total)) - excerptLength/2
		// Windows never overlap (audio would count twice), which pushes
		// them apart on tracks just over the limit; they still end
		// inside the track since 3 windows fit in wholeTrackLimit.
		if i > 0 {
			start = max(start, out[i-1].start+excerptLength)
		}
		start = max(0, min(start, total-excerptLength))
		out = append(out, excerptWindow{start: start.Truncate(time.Millisecond), length: excerptLength})
	}
	return out
}

// MeasureFunc measures the features of one track's file. It must be safe
// for concurrent use.
type MeasureFunc func(ctx context.Context, t Track) (analysis.Features, error)

// AnalyzeOptions tunes an Analyzer.
type AnalyzeOptions struct {
	// Workers is how many tracks are analysed at once; zero means one per
	// CPU.
	Workers int
	// Version is the analysis version that counts as current; zero means
	// analysis.Version. Features stored by an older version are redone.
	Version int
	// Force analyses every selected track, even those up to date.
	Force bool
	// Filter selects the tracks to consider; its Sort and Limit are
	// ignored. The zero Filter selects every present track.
	Filter Filter
	// Roots, if any, keeps only tracks inside these folders.
	Roots []string
	// NoFFmpeg decodes in pure Go only, so formats only ffmpeg handles
	// are not analysable. By default ffmpeg decodes MP3 (about five times
	// faster than go-mp3) and the formats Go cannot, when it is installed.
	NoFFmpeg bool
	// FFmpegPath is the ffmpeg command; empty means "ffmpeg" on PATH.
	FFmpegPath string
	// OnProgress, if set, is called from one goroutine at most every
	// ProgressEvery, and once at the end.
	OnProgress    func(AnalyzeProgress)
	ProgressEvery time.Duration
	// OnProblem, if set, is called from one goroutine for each track that
	// could not be analysed, as it happens.
	OnProblem func(Problem)
	// BatchSize is how many results go into one write transaction.
	BatchSize int
	// Measure, if set, replaces the decode-and-measure step (the default
	// is Analyzer.Measure). Tests use it to count or fake the work.
	Measure MeasureFunc
}

// AnalyzeCounts says what an analysis run did.
type AnalyzeCounts struct {
	// Analysed tracks have new features.
	Analysed int
	// UpToDate tracks already had current features and were skipped.
	UpToDate int
	// Failed tracks could not be decoded (damaged, truncated, too short)
	// or read.
	Failed int
	// NotAnalysable tracks are in a format no available decoder handles.
	NotAnalysable int
	// NotRetried tracks failed before, at this version, and their file
	// has not changed since, so they were skipped.
	NotRetried int
}

// AnalyzeProgress is a snapshot of a running analysis.
type AnalyzeProgress struct {
	// Total is how many tracks this run set out to analyse; Done how many
	// it has dealt with.
	Total, Done int
	Counts      AnalyzeCounts
	Elapsed     time.Duration
	// Current is the last track dealt with.
	Current string
}

// AnalyzeResult is the outcome of an analysis run.
type AnalyzeResult struct {
	Counts   AnalyzeCounts
	Problems []Problem
	// Interrupted is set when the run was cancelled. Everything finished
	// before is stored; the next run does the rest.
	Interrupted bool
	Elapsed     time.Duration
}

// Analyzer measures the audio features of the tracks in a store that need
// it, in parallel, and stores them.
type Analyzer struct {
	store *Store
	opt   AnalyzeOptions
	// locked says that the caller (Ingest) holds the library's scan lock.
	locked bool
}

// NewAnalyzer returns an Analyzer that writes to store.
func NewAnalyzer(store *Store, opt AnalyzeOptions) *Analyzer {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Version <= 0 {
		opt.Version = analysis.Version
	}
	if opt.ProgressEvery <= 0 {
		opt.ProgressEvery = 100 * time.Millisecond
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 64
	}
	a := &Analyzer{store: store, opt: opt}
	if a.opt.Measure == nil {
		a.opt.Measure = a.Measure
	}
	return a
}

// outcome is what a worker learned about one track.
type outcome struct {
	track    Track
	features analysis.Features
	err      error
}

// Run analyses every selected track that needs it: never analysed,
// analysed by an older version, or changed on disk since. A track that
// cannot be decoded is reported, recorded and skipped, and is not retried
// until its file changes or the version rises. When ctx is cancelled, Run
// stops, keeps everything finished so far and returns with Interrupted set
// and no error.
func (a *Analyzer) Run(ctx context.Context) (AnalyzeResult, error) {
	start := time.Now()
	// One scan or analysis of a library at a time: two would measure the
	// same tracks twice over, each at full speed.
	if !a.locked {
		unlock, err := a.store.lockScan()
		if err != nil {
			return AnalyzeResult{}, err
		}
		defer unlock()
	}
	q := AnalysisQuery{Version: a.opt.Version, Force: a.opt.Force, Filter: a.opt.Filter, Roots: a.opt.Roots}
	backlog, err := a.store.AnalysisBacklog(ctx, q)
	if err != nil {
		return AnalyzeResult{}, err
	}
	res := AnalyzeResult{Counts: AnalyzeCounts{UpToDate: backlog.UpToDate, NotRetried: backlog.KnownBad}}
	if backlog.Need == 0 {
		res.Elapsed = time.Since(start)
		if a.opt.OnProgress != nil {
			a.opt.OnProgress(AnalyzeProgress{Counts: res.Counts, Elapsed: res.Elapsed})
		}
		return res, nil
	}

	g, gctx := errgroup.WithContext(ctx)
	jobs := make(chan Track, a.opt.Workers)
	results := make(chan outcome, a.opt.Workers)

	// Stage 1: stream the tracks that need work.
	g.Go(func() error {
		defer close(jobs)
		for t, err := range a.store.TracksToAnalyze(gctx, q) {
			if err != nil {
				if gctx.Err() != nil {
					return nil
				}
				return err
			}
			select {
			case jobs <- t:
			case <-gctx.Done():
				return nil
			}
		}
		return nil
	})

	// Stage 2: decode and measure in parallel.
	var workers sync.WaitGroup
	for range a.opt.Workers {
		workers.Add(1)
		g.Go(func() error {
			defer workers.Done()
			for t := range jobs {
				f, err := a.opt.Measure(gctx, t)
				if gctx.Err() != nil {
					// Cancelled part-way: neither a result nor a failure.
					return nil
				}
				select {
				case results <- outcome{track: t, features: f, err: err}:
				case <-gctx.Done():
					return nil
				}
			}
			return nil
		})
	}
	go func() {
		workers.Wait()
		close(results)
	}()

	// Stage 3: one writer stores results in batches and reports progress.
	done := 0
	var lastProgress time.Time
	progress := func(current string, force bool) {
		if a.opt.OnProgress == nil || (!force && time.Since(lastProgress) < a.opt.ProgressEvery) {
			return
		}
		lastProgress = time.Now()
		a.opt.OnProgress(AnalyzeProgress{Total: backlog.Need, Done: done, Counts: res.Counts,
			Elapsed: time.Since(start), Current: current})
	}
	g.Go(func() error {
		// Writes go on after cancellation so that finished work is kept.
		wctx := context.WithoutCancel(gctx)
		w, err := a.store.newAnalysisWriter(wctx)
		if err != nil {
			return err
		}
		defer w.close()
		pending := 0
		ticker := time.NewTicker(250 * time.Millisecond)
		defer ticker.Stop()
		for {
			select {
			case r, ok := <-results:
				if !ok {
					return w.commit()
				}
				if err := a.record(wctx, w, &res, r); err != nil {
					return err
				}
				done++
				pending++
				if pending >= a.opt.BatchSize {
					pending = 0
					if err := w.commit(); err != nil {
						return err
					}
				}
				progress(r.track.Path, false)
			case <-ticker.C:
				pending = 0
				if err := w.commit(); err != nil {
					return err
				}
			}
		}
	})

	err = g.Wait()
	res.Interrupted = ctx.Err() != nil
	res.Elapsed = time.Since(start)
	if err != nil && !res.Interrupted {
		return res, err
	}
	progress("", true)
	return res, nil
}

// record stores one outcome and counts it.
func (a *Analyzer) record(ctx context.Context, w *analysisWriter, res *AnalyzeResult, r outcome) error {
	now := time.Now()
	if r.err == nil {
		res.Counts.Analysed++
		// Stored under the version this run counts as current (the same
		// as the analysis package's unless a test overrides it).
		r.features.Version = a.opt.Version
		return w.saveFeatures(ctx, r.track, r.features, now)
	}
	reason, notAnalysable, remember := describeAnalysisError(r.err)
	if notAnalysable {
		res.Counts.NotAnalysable++
	} else {
		res.Counts.Failed++
	}
	p := Problem{Path: r.track.Path, Reason: reason}
	res.Problems = append(res.Problems, p)
	if a.opt.OnProblem != nil {
		a.opt.OnProblem(p)
	}
	if !remember {
		return nil
	}
	return w.recordFailure(ctx, r.track, a.opt.Version, notAnalysable, reason, now)
}

// describeAnalysisError turns a measuring error into one line for people.
// remember is set for failures that will recur as long as the file stays
// the same (a damaged file, a format with no decoder); errors such as a
// vanished file or a denied permission are not remembered, so the next run
// tries again.
func describeAnalysisError(err error) (reason string, notAnalysable, remember bool) {
	switch {
	case errors.Is(err, decode.ErrNoDecoder):
		return "not analysable: " + fromSentinel(err, decode.ErrNoDecoder), true, true
	case errors.Is(err, decode.ErrCorrupt):
		return "cannot decode: " + fromSentinel(err, decode.ErrCorrupt), false, true
	case errors.Is(err, analysis.ErrTooShort):
		return "no audio: the file decodes to nothing", false, true
	case errors.Is(err, fs.ErrNotExist):
		return "file not found: run sleeve scan to update the library", false, false
	case errors.Is(err, fs.ErrPermission):
		return "permission denied", false, false
	}
	return "analysis failed: " + reasonOf(err), false, false
}

// fromSentinel returns the part of err's message from the sentinel's text
// on, dropping the "decode /path/to/file: " prefix the path is printed
// beside anyway.
func fromSentinel(err, sentinel error) string {
	msg := err.Error()
	if i := strings.Index(msg, sentinel.Error()); i >= 0 {
		return msg[i:]
	}
	return msg
}

// slowDecoder reports whether t will be decoded by go-mp3, the one decoder
// too slow to give three full windows within the CPU budget.
func (a *Analyzer) slowDecoder(t Track) bool {
	if !strings.EqualFold(t.Format, "mp3") {
		return false
	}
	return a.opt.NoFFmpeg || !decode.FFmpegAvailable()
}

// decodeOptions chooses decoders for t: ffmpeg for MP3 when installed
// (go-mp3 decodes about 90× realtime here, ffmpeg about 500×), pure Go for
// the formats Go decodes fast, and ffmpeg for the rest.
func (a *Analyzer) decodeOptions(t Track) decode.Options {
	opt := decode.Options{SampleRate: analysisRate, FFmpegPath: a.opt.FFmpegPath}
	switch {
	case a.opt.NoFFmpeg:
		opt.FFmpeg = decode.FFmpegNever
	case strings.EqualFold(t.Format, "mp3"):
		opt.FFmpeg = decode.FFmpegPrefer
	default:
		opt.FFmpeg = decode.FFmpegFallback
	}
	return opt
}

// Measure decodes t's file (whole, or three excerpts of a long track; see
// excerptPlan) and measures its features. Audio streams from the decoder
// into the analyser in small chunks, so memory does not grow with the
// track's length. It is safe for concurrent use.
func (a *Analyzer) Measure(ctx context.Context, t Track) (analysis.Features, error) {
	opt := a.decodeOptions(t)
	total := t.Duration
	slow := a.slowDecoder(t)
	plan := excerptPlan(total, slow)
	buf := make([]float32, 8192)
	if plan == nil {
		s, err := decode.Open(ctx, t.Path, opt)
		if err != nil {
			return analysis.Features{}, err
		}
		// The tags may not know the length; the decoder may.
		if total <= 0 {
			total = s.Info().Duration
			if plan = excerptPlan(total, slow); plan != nil {
				s.Close()
			}
		}
		if plan == nil {
			defer s.Close()
			an, err := analysis.NewAnalyzer(analysisRate, total)
			if err != nil {
				return analysis.Features{}, err
			}
			if _, err := pump(s, an, buf, -1); err != nil {
				return analysis.Features{}, err
			}
			return an.Finish()
		}
	}
	return a.measureExcerpts(ctx, t.Path, opt, plan, total, strings.EqualFold(t.Format, "flac"), buf)
}

// measureExcerpts decodes the windows of plan and measures them.
//
// How the windows are reached depends on the decoder, as measured here on
// a 4-minute track:
//   - ffmpeg costs about 0.3 s of CPU per start (mostly loading its
//     libraries) but decodes MP3 at about 500× realtime, so one ffmpeg run
//     covers all the windows and the audio between them is discarded.
//   - go-mp3 seeks cheaply (it indexes frame headers) but decodes slowly
//     (about 90× realtime), so each window is opened on its own.
//   - Pure Go FLAC seeks by decoding every frame of the file when the file
//     has no SEEKTABLE (as written by synth.WriteFLAC), which cost 0.6 s per
//     seek, so FLAC is read once from the start up to the last window.
//   - The other Go decoders (WAV, AIFF, Vorbis, Opus) seek cheaply and
//     open each window on its own.
func (a *Analyzer) measureExcerpts(ctx context.Context, path string, opt decode.Options, plan []excerptWindow,
	total time.Duration, fromStart bool, buf []float32) (analysis.Features, error) {
	an, err := analysis.NewAnalyzer(analysisRate, total)
	if err != nil {
		return analysis.Features{}, err
	}
	samples := func(d time.Duration) int64 { return int64(d.Seconds()*analysisRate + 0.5) }
	last := plan[len(plan)-1]
	first := opt
	if !fromStart {
		first.Offset = plan[0].start
	}
	first.MaxDuration = last.start + last.length - first.Offset
	s, err := decode.Open(ctx, path, first)
	if err != nil {
		return analysis.Features{}, err
	}
	defer func() {
		if s != nil {
			s.Close()
		}
	}()
	reuse := fromStart || s.Info().Decoder == "ffmpeg"
	pos := samples(first.Offset) // where s is, in track samples
	for _, w := range plan {
		if s == nil {
			o := opt
			o.Offset, o.MaxDuration = w.start, w.length
			if s, err = decode.Open(ctx, path, o); err != nil {
				return analysis.Features{}, err
			}
			pos = samples(w.start)
		}
		if gap := samples(w.start) - pos; gap > 0 {
			n, err := pump(s, nil, buf, gap)
			pos += n
			if err != nil {
				return analysis.Features{}, err
			}
		}
		an.BeginExcerpt(w.start)
		n, err := pump(s, an, buf, samples(w.length))
		pos += n
		if err != nil {
			return analysis.Features{}, err
		}
		if !reuse {
			s.Close()
			s = nil
		}
	}
	return an.Finish()
}

// pump copies up to n samples (all, if n < 0) of a decoded stream into the
// analyser, or discards them when an is nil, and returns how many it read.
// The end of the stream is not an error.
func pump(s *decode.Stream, an *analysis.Analyzer, buf []float32, n int64) (int64, error) {
	var done int64
	for n < 0 || done < n {
		b := buf
		if n >= 0 && int64(len(b)) > n-done {
			b = b[:n-done]
		}
		k, err := s.Read(b)
		if k > 0 && an != nil {
			an.Write(b[:k])
		}
		done += int64(k)
		if err == io.EOF {
			return done, nil
		}
		if err != nil {
			return done, fmt.Errorf("decode: %w", err)
		}
	}
	return done, nil
}
