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
func (s *Scanner) Scan(ctx context.Context, roots []string) (ScanResult, error) {
	start := time.Now()
	var abs []string
	for _, r := range roots {
		a, err := filepath.Abs(r)
		if err != nil {
			return ScanResult{}, fmt.Errorf("%s: %w", r, err)
		}
		fi, err := os.Stat(a)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return ScanResult{}, fmt.Errorf("folder %s does not exist", DisplayPath(a))
			}
			return ScanResult{}, fmt.Errorf("folder %s: %s", DisplayPath(a), reasonOf(err))
		}
		if !fi.IsDir() {
			return ScanResult{}, fmt.Errorf("%s is not a folder", DisplayPath(a))
		}
		abs = append(abs, filepath.Clean(a))
	}
	if len(abs) == 0 {
		return ScanResult{}, errors.New("no folder to scan")
	}
	unlock, err := s.store.lockScan()
	if err != nil {
		return ScanResult{}, err
	}
	defer unlock()
	scanID, err := s.store.beginScan(ctx, abs)
	if err != nil {
		return ScanResult{}, err
	}

	res := ScanResult{ScanID: scanID, Roots: abs}
	// The stages share one cancellable context: an error in any of them
	// stops the others. The caller's cancellation is told apart below.
	g, gctx := errgroup.WithContext(ctx)
	batches := make(chan dirBatch, 16)
	walkProblems := make(chan walkProblem, 16)
	jobs := make(chan fileResult, 4*s.opt.Workers)
	results := make(chan fileResult, 4*s.opt.Workers)

	var mu sync.Mutex
	found, walkDone := 0, false
	var unreadable []string

	// Stage 1: the walk.
	g.Go(func() error {
		defer close(batches)
		defer close(walkProblems)
		w := &walker{visited: map[dirKey]string{}, batches: batches, problems: walkProblems}
		for _, root := range abs {
			if err := w.walk(gctx, root); err != nil {
				if gctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("walk %s: %w", DisplayPath(root), err)
			}
		}
		mu.Lock()
		walkDone = true
		mu.Unlock()
		return nil
	})

	// Stage 2: compare each folder with what is stored, and pass on only
	// the files that need reading.
	g.Go(func() error {
		defer close(jobs)
		for b := range batches {
			mu.Lock()
			found += len(b.files)
			mu.Unlock()
			known, err := s.store.filesInDir(gctx, b.dir)
			if err != nil {
				if gctx.Err() != nil {
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
				case <-gctx.Done():
					return nil
				}
			}
		}
		return nil
	})

	// Stage 3: read tags and fingerprints in parallel.
	var workers sync.WaitGroup
	for range s.opt.Workers {
		workers.Add(1)
		g.Go(func() error {
			defer workers.Done()
			for job := range jobs {
				if !job.unchanged {
					job.info, job.err = s.tags.ReadFile(job.entry.path)
					if job.err == nil {
						job.info.Tags = InferTags(job.info.Tags, job.entry.path)
						job.fingerprint, job.err = Fingerprint(job.entry.path)
					}
				}
				select {
				case results <- job:
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

	// Stage 4: one writer commits results in batches and reports progress.
	var lastProgress time.Time
	progress := func(current string, force bool) {
		if s.opt.OnProgress == nil || (!force && time.Since(lastProgress) < s.opt.ProgressEvery) {
			return
		}
		lastProgress = time.Now()
		mu.Lock()
		p := ScanProgress{Found: found, WalkDone: walkDone, Counts: res.Counts, Elapsed: time.Since(start), Current: current}
		mu.Unlock()
		s.opt.OnProgress(p)
	}
	addProblem := func(p Problem) {
		res.Problems = append(res.Problems, p)
		if s.opt.OnProblem != nil {
			s.opt.OnProblem(p)
		}
	}
	g.Go(func() error {
		w, err := s.store.newScanWriter(gctx, scanID)
		if err != nil {
			return err
		}
		defer w.close()
		pending := 0
		flush := func() error {
			if pending == 0 {
				return nil
			}
			pending = 0
			// Commit even when the scan is being cancelled: what was read
			// is kept.
			return w.commit(context.WithoutCancel(gctx), res.Counts)
		}
		ticker := time.NewTicker(250 * time.Millisecond)
		defer ticker.Stop()
		resultsCh, problemsCh := results, walkProblems
		for resultsCh != nil || problemsCh != nil {
			select {
			case p, ok := <-problemsCh:
				if !ok {
					problemsCh = nil
					continue
				}
				if p.unreadableDir {
					unreadable = append(unreadable, p.path)
				}
				res.Counts.Failed += boolInt(!p.unreadableDir)
				addProblem(Problem{Path: p.path, Reason: p.reason})
			case r, ok := <-resultsCh:
				if !ok {
					resultsCh = nil
					continue
				}
				kind, err := w.apply(context.WithoutCancel(gctx), r)
				if err != nil {
					return err
				}
				switch kind {
				case resultFailed:
					res.Counts.Failed++
					addProblem(Problem{Path: r.entry.path, Reason: describeFileError(r.err)})
				case resultAdded:
					res.Counts.Added++
				case resultUpdated:
					res.Counts.Updated++
				case resultMoved:
					res.Counts.Moved++
				case resultUnchanged:
					res.Counts.Unchanged++
				}
				pending++
				if pending >= s.opt.BatchSize {
					if err := flush(); err != nil {
						return err
					}
				}
				progress(r.entry.path, false)
			case <-ticker.C:
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return flush()
	})

	err = g.Wait()
	res.Interrupted = ctx.Err() != nil
	if err != nil && !res.Interrupted {
		res.Elapsed = time.Since(start)
		_ = s.store.finishScan(context.WithoutCancel(ctx), scanID, res, nil)
		return res, err
	}
	// Only a complete walk can tell that a file is gone.
	if !res.Interrupted {
		missing, err := s.store.markMissing(ctx, scanID, abs, unreadable)
		if err != nil {
			return res, err
		}
		res.Counts.Missing = missing
	}
	res.Elapsed = time.Since(start)
	progress("", true)
	if err := s.store.finishScan(context.WithoutCancel(ctx), scanID, res, unreadable); err != nil {
		return res, err
	}
	return res, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
