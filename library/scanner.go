package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

// ScanCounts says what a scan did to each file it looked at.
type ScanCounts struct {
	Added     int
	Updated   int
	Moved     int
	Unchanged int
	Missing   int
	Failed    int
}

// Seen returns how many audio files the scan has dealt with so far.
func (c ScanCounts) Seen() int {
	return c.Added + c.Updated + c.Moved + c.Unchanged + c.Failed
}

// ScanProgress is a snapshot of a running scan.
type ScanProgress struct {
	// Found is the number of audio files found so far; it stops growing
	// when WalkDone is set.
	Found    int
	WalkDone bool
	Counts   ScanCounts
	Elapsed  time.Duration
	// Current is the last file dealt with.
	Current string
}

// Problem is a file or folder that the scan could not use, with the reason.
type Problem struct {
	Path   string
	Reason string
}

// String renders the problem as one line: the path and the reason.
func (p Problem) String() string { return DisplayPath(p.Path) + ": " + p.Reason }

// ScanResult is the outcome of a scan.
type ScanResult struct {
	ScanID      int64
	Roots       []string
	Counts      ScanCounts
	Problems    []Problem
	Interrupted bool
	Elapsed     time.Duration
}

// ScanOptions tunes a Scanner.
type ScanOptions struct {
	// Workers is how many files are read at once; zero means one per CPU.
	Workers int
	// OnProgress, if set, is called from one goroutine at most every
	// ProgressEvery, and once at the end.
	OnProgress    func(ScanProgress)
	ProgressEvery time.Duration
	// OnProblem, if set, is called from one goroutine for each problem as
	// it is found.
	OnProblem func(Problem)
	// BatchSize is how many files go into one write transaction.
	BatchSize int
}

// Scanner brings the store in line with folders of audio files.
type Scanner struct {
	store *Store
	tags  TagReader
	opt   ScanOptions
	// locked says that the caller (Ingest) holds the library's scan lock.
	locked bool
}

// NewScanner returns a scanner that reads tags with tags and writes to store.
func NewScanner(store *Store, tags TagReader, opt ScanOptions) *Scanner {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.ProgressEvery <= 0 {
		opt.ProgressEvery = 100 * time.Millisecond
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 500
	}
	return &Scanner{store: store, tags: tags, opt: opt}
}

// fileResult is what a worker learned about one file.
type fileResult struct {
	entry fileEntry
	// knownID is the track already stored at this path, if any.
	knownID     TrackID
	unchanged   bool
	info        FileInfo
	fingerprint string
	err         error
}

// Scan walks the roots, reads every new or changed audio file, and records
// what it found. Files that are stored but no longer under a root are
// marked missing. A file that cannot be read is reported and skipped. When
// ctx is cancelled, the scan stops, keeps everything written so far and
// returns with Interrupted set and no error.
//
// It runs four stages at once, joined by channels: walk the folders,
// compare each folder with what is stored, read the new and changed files
// in parallel, and write the results in batches.
func (s *Scanner) Scan(ctx context.Context, roots []string) (ScanResult, error) {
	start := time.Now()
	abs, err := resolveRoots(roots)
	if err != nil {
		return ScanResult{}, err
	}
	if !s.locked {
		unlock, err := s.store.lockScan()
		if err != nil {
			return ScanResult{}, err
		}
		defer unlock()
	}
	scanID, err := s.store.beginScan(ctx, abs)
	if err != nil {
		return ScanResult{}, err
	}
	run := &scanRun{s: s, start: start, res: ScanResult{ScanID: scanID, Roots: abs}}

	// The stages share one cancellable context: an error in any of them
	// stops the others. The caller's cancellation is told apart in finish.
	g, gctx := errgroup.WithContext(ctx)
	batches := make(chan dirBatch, 16)
	walkProblems := make(chan walkProblem, 16)
	jobs := make(chan fileResult, 4*s.opt.Workers)
	results := make(chan fileResult, 4*s.opt.Workers)
	g.Go(func() error { return run.walk(gctx, batches, walkProblems) })
	g.Go(func() error { return run.compare(gctx, batches, jobs) })
	run.read(g, gctx, jobs, results)
	g.Go(func() error { return run.write(gctx, results, walkProblems) })
	return run.finish(ctx, g.Wait())
}

// resolveRoots makes the roots absolute and checks that each is a folder.
func resolveRoots(roots []string) ([]string, error) {
	var abs []string
	for _, r := range roots {
		a, err := filepath.Abs(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r, err)
		}
		fi, err := os.Stat(a)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("folder %s does not exist", DisplayPath(a))
			}
			return nil, fmt.Errorf("folder %s: %s", DisplayPath(a), reasonOf(err))
		}
		if !fi.IsDir() {
			// A scan walks folders; a file's own folder is the way to it.
			return nil, fmt.Errorf("%s is a file, not a folder: scan the folder that holds it (%s)",
				DisplayPath(a), DisplayPath(filepath.Dir(a)))
		}
		abs = append(abs, filepath.Clean(a))
	}
	if len(abs) == 0 {
		return nil, errors.New("no folder to scan")
	}
	return abs, nil
}

// scanRun is the state of one scan that its stages share.
type scanRun struct {
	s     *Scanner
	start time.Time
	// res is written by the writer stage only, until finish.
	res ScanResult
	// unreadable are folders that could not be listed, whose files must
	// not be marked missing; written by the writer stage.
	unreadable   []string
	lastProgress time.Time

	mu       sync.Mutex // guards found and walkDone
	found    int
	walkDone bool
}

// walk is stage 1: it sends each folder's audio files, and the problems
// met on the way.
func (r *scanRun) walk(ctx context.Context, batches chan<- dirBatch, problems chan<- walkProblem) error {
	defer close(batches)
	defer close(problems)
	w := &walker{visited: map[dirKey]string{}, batches: batches, problems: problems}
	for _, root := range r.res.Roots {
		if err := w.walk(ctx, root); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("walk %s: %w", DisplayPath(root), err)
		}
	}
	r.mu.Lock()
	r.walkDone = true
	r.mu.Unlock()
	return nil
}

// compare is stage 2: it compares each folder with what is stored and
// marks the files whose size and modification time have not changed.
func (r *scanRun) compare(ctx context.Context, batches <-chan dirBatch, jobs chan<- fileResult) error {
	defer close(jobs)
	for b := range batches {
		r.mu.Lock()
		r.found += len(b.files)
		r.mu.Unlock()
		known, err := r.s.store.filesInDir(ctx, b.dir)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		for _, f := range b.files {
			k, ok := known[f.path]
			job := fileResult{entry: f}
			if ok {
				job.knownID = k.id
				job.unchanged = k.size == f.size && k.mtimeNS == f.mtimeNS
			}
			select {
			case jobs <- job:
			case <-ctx.Done():
				return nil
			}
		}
	}
	return nil
}

// read is stage 3: Workers goroutines read the tags and fingerprints of
// new and changed files. results is closed when they are done.
func (r *scanRun) read(g *errgroup.Group, ctx context.Context, jobs <-chan fileResult, results chan<- fileResult) {
	var workers sync.WaitGroup
	for range r.s.opt.Workers {
		workers.Add(1)
		g.Go(func() error {
			defer workers.Done()
			for job := range jobs {
				if !job.unchanged {
					job = r.s.readFile(job)
				}
				select {
				case results <- job:
				case <-ctx.Done():
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
}

// readFile reads one file's tags, with those inferred from its path, and
// its fingerprint.
func (s *Scanner) readFile(job fileResult) fileResult {
	job.info, job.err = s.tags.ReadFile(job.entry.path)
	if job.err == nil {
		job.info.Tags = InferTags(job.info.Tags, job.entry.path)
		job.fingerprint, job.err = Fingerprint(job.entry.path)
	}
	return job
}

// progress reports how far the scan is, at most every ProgressEvery
// unless forced.
func (r *scanRun) progress(current string, force bool) {
	opt := r.s.opt
	if opt.OnProgress == nil || (!force && time.Since(r.lastProgress) < opt.ProgressEvery) {
		return
	}
	r.lastProgress = time.Now()
	r.mu.Lock()
	p := ScanProgress{Found: r.found, WalkDone: r.walkDone, Counts: r.res.Counts, Elapsed: time.Since(r.start), Current: current}
	r.mu.Unlock()
	opt.OnProgress(p)
}

// addProblem records a file or folder that could not be read.
func (r *scanRun) addProblem(p Problem) {
	r.res.Problems = append(r.res.Problems, p)
	if r.s.opt.OnProblem != nil {
		r.s.opt.OnProblem(p)
	}
}

// write is stage 4: one writer applies the results, commits them in
// batches of BatchSize (and at least every 250 ms), counts them and
// reports progress and problems.
func (r *scanRun) write(ctx context.Context, results <-chan fileResult, problems <-chan walkProblem) error {
	w, err := r.s.store.newScanWriter(ctx, r.res.ScanID)
	if err != nil {
		return err
	}
	defer w.close()
	// Commit even when the scan is being cancelled: what was read is kept.
	keep := context.WithoutCancel(ctx)
	pending := 0
	flush := func() error {
		if pending == 0 {
			return nil
		}
		pending = 0
		return w.commit(keep, r.res.Counts)
	}
	ticker := time.NewTicker(250 * time.Millisecond)
	defer ticker.Stop()
	for results != nil || problems != nil {
		select {
		case p, ok := <-problems:
			if !ok {
				problems = nil
				continue
			}
			r.walkProblem(p)
		case res, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			kind, err := w.apply(keep, res)
			if err != nil {
				return err
			}
			r.count(kind, res)
			pending++
			if pending >= r.s.opt.BatchSize {
				if err := flush(); err != nil {
					return err
				}
			}
			r.progress(res.entry.path, false)
		case <-ticker.C:
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// walkProblem records a problem of the walk: an unreadable folder (whose
// files are then not marked missing) or a file that failed.
func (r *scanRun) walkProblem(p walkProblem) {
	if p.unreadableDir {
		r.unreadable = append(r.unreadable, p.path)
	}
	r.res.Counts.Failed += boolInt(!p.unreadableDir)
	r.addProblem(Problem{Path: p.path, Reason: p.reason})
}

// count adds one applied result to the counts.
func (r *scanRun) count(kind resultKind, res fileResult) {
	switch kind {
	case resultFailed:
		r.res.Counts.Failed++
		r.addProblem(Problem{Path: res.entry.path, Reason: describeFileError(res.err)})
	case resultAdded:
		r.res.Counts.Added++
	case resultUpdated:
		r.res.Counts.Updated++
	case resultMoved:
		r.res.Counts.Moved++
	case resultUnchanged:
		r.res.Counts.Unchanged++
	}
}

// finish marks what a complete walk did not find as missing and records
// the scan's end. err is the stages' error; a cancelled ctx makes the scan
// interrupted, with no error.
func (r *scanRun) finish(ctx context.Context, err error) (ScanResult, error) {
	res := &r.res
	res.Interrupted = ctx.Err() != nil
	if err != nil && !res.Interrupted {
		res.Elapsed = time.Since(r.start)
		_ = r.s.store.finishScan(context.WithoutCancel(ctx), res.ScanID, *res, nil)
		return *res, err
	}
	// Only a complete walk can tell that a file is gone.
	if !res.Interrupted {
		missing, err := r.s.store.markMissing(ctx, res.ScanID, res.Roots, r.unreadable)
		if err != nil {
			return *res, err
		}
		res.Counts.Missing = missing
	}
	res.Elapsed = time.Since(r.start)
	r.progress("", true)
	if err := r.s.store.finishScan(context.WithoutCancel(ctx), res.ScanID, *res, r.unreadable); err != nil {
		return *res, err
	}
	return *res, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
