package cmd

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"sleeve/app"
	"sleeve/library"
)

func init() { register(newScanCommand) }

// newScanCommand builds `sleeve scan`.
func newScanCommand(a *runner) *cobra.Command {
	var o struct {
		asJSON, quiet, noAnalyze bool
		workers                  int
	}
	c := &cobra.Command{
		Use:   "scan [DIR...]",
		Short: "Read every audio file under the folders into the library, then measure the tracks that need it",
		Long: `Read every audio file under the folders into the library, then measure the tracks that need it.

Rescans are incremental: unchanged files (same size and modification time) are not read
again, moved or renamed files keep their identity, and deleted files are marked missing
until 'sleeve prune'. Ctrl-C stops the scan and keeps everything read so far.
With no DIR, the folders under "music" in the config file are scanned.
After reading tags, the scan analyses the tracks under the folders that need it (see
'sleeve analyze --help'); --no-analyze skips that.`,
		ValidArgsFunction: completeFolders,
		RunE: a.run(func(ctx context.Context, dirs []string) error {
			return runScan(ctx, a, dirs, o.asJSON, o.quiet, o.noAnalyze, o.workers)
		}),
	}
	f := c.Flags()
	f.BoolVar(&o.asJSON, "json", false, "print the summary as JSON")
	f.BoolVar(&o.quiet, "quiet", false, "print no progress")
	f.IntVar(&o.workers, "workers", 0, "files read at once (default: one per CPU)")
	f.BoolVar(&o.noAnalyze, "no-analyze", false, "read tags only; do not measure tempo, key and the other features")
	return c
}

// completeFolders offers folders, for the commands that take them.
func completeFolders(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveFilterDirs
}

func runScan(ctx context.Context, a *runner, dirs []string, asJSON, quiet, noAnalyze bool, workers int) error {
	if len(dirs) == 0 {
		dirs = a.cfg.MusicDirs
	}
	if len(dirs) == 0 {
		return fmt.Errorf("%w: say which folder to scan: sleeve scan ~/Music (or set music = [\"~/Music\"] in %s)",
			errUsage, tildePath(a.configFile()))
	}
	if workers == 0 {
		workers = a.cfg.ScanWorkers
	}
	workers, err := a.clampWorkers(workers, maxScanWorkers)
	if err != nil {
		return err
	}
	start := time.Now()
	var ir library.IngestResult
	store, err := a.createStore(ctx)
	if err == nil {
		ir, err = ingestWithProgress(ctx, a, store, dirs, workers, quiet, noAnalyze, !asJSON)
	} else if interrupted(ctx) {
		// Ctrl-C while the library was opening: nothing was read, and
		// the interruption is said as one during the scan is.
		ir, err = library.IngestResult{Scan: library.ScanResult{Roots: dirs, Interrupted: true, Elapsed: time.Since(start)}}, nil
		if !asJSON {
			printScanSummary(a, ir.Scan)
		}
	}
	if err != nil {
		return err
	}
	if asJSON {
		out := scanJSON(ir.Scan)
		if ir.Analysis != nil {
			aj := analyzeJSON(*ir.Analysis)
			out.Analysis = &aj
		}
		if err := writeJSON(a.env.Stdout, out); err != nil {
			return err
		}
	}
	if ir.Interrupted() {
		return exitError{code: 130}
	}
	if !asJSON && !noAnalyze && a.env.StdoutIsTerminal {
		nextStep(ctx, a, store)
	}
	return nil
}

// nextStep tells a person at a terminal what to do after a scan when
// tracks have no sleeve note yet: a first scan otherwise ends with no hint
// that notes are a step of their own.
func nextStep(ctx context.Context, a *runner, store *library.Store) {
	nc, err := store.NoteCounts(ctx)
	if err != nil {
		return
	}
	if without := nc.Tracks - nc.ModelNotes - nc.TemplateNotes; without > 0 {
		fmt.Fprintf(a.env.Stdout, "Next: sleeve notes writes sleeve notes for the %s without one (with Ollama, or from templates); sleeve opens the explorer.\n",
			plural(without, "track"))
	}
}

// ingestWithProgress scans dirs and analyses what it found
// (app.Ingest, as the explorer's scan does), drawing each one's
// progress on stderr and, when summaries is set, printing the scan's
// summary and then the analysis's.
func ingestWithProgress(ctx context.Context, a *runner, store *library.Store, dirs []string, workers int, quiet, scanOnly, summaries bool) (library.IngestResult, error) {
	scanBar, scanOpt := scanProgress(a, workers, quiet)
	analyzeBar, analyzeOpt := analyzeProgress(a, library.AnalyzeOptions{}, quiet)
	start, scanned := time.Now(), false
	res, err := app.Ingest(ctx, store, dirs, library.IngestOptions{
		Scan: scanOpt, Analyze: analyzeOpt, ScanOnly: scanOnly,
		OnScanned: func(r library.ScanResult) {
			scanned = true
			scanBar.clear()
			if summaries {
				printScanSummary(a, r)
			}
		},
	})
	scanBar.clear()
	analyzeBar.clear()
	if err != nil && interrupted(ctx) {
		// Ctrl-C before the scan or the analysis was under way (while
		// the scan was being recorded or the tracks to analyse counted)
		// fails it; it is said as an interruption during it is.
		if scanned {
			res.Analysis = &library.AnalyzeResult{Interrupted: true, Elapsed: time.Since(start) - res.Scan.Elapsed}
		} else {
			res.Scan.Interrupted, res.Scan.Elapsed = true, time.Since(start)
			if res.Scan.Roots == nil {
				res.Scan.Roots = dirs
			}
		}
		err = nil
	}
	if err != nil {
		return res, err
	}
	if summaries {
		if res.Analysis != nil {
			printAnalyzeSummary(a, *res.Analysis, false)
		} else {
			printScanSummary(a, res.Scan)
		}
	}
	return res, nil
}

// scanProgress returns a scan's progress bar and the options that draw
// progress and problem lines on stderr.
func scanProgress(a *runner, workers int, quiet bool) (*progressBar, library.ScanOptions) {
	bar := newProgressBar(a.rawStderr, a.env.StderrIsTerminal, "Scanning")
	opt := library.ScanOptions{
		Workers: workers,
		OnProblem: func(p library.Problem) {
			bar.clear()
			fmt.Fprintf(a.env.Stderr, "skipped %s\n", p)
		},
	}
	if !quiet {
		opt.OnProgress = func(p library.ScanProgress) {
			bar.update(p.Counts.Seen(), p.Found, p.WalkDone, p.Elapsed)
		}
	}
	return bar, opt
}

func printScanSummary(a *runner, res library.ScanResult) {
	c := res.Counts
	w := a.env.Stdout
	folders := "folder"
	if len(res.Roots) != 1 {
		folders = "folders"
	}
	verb := "Scanned"
	if res.Interrupted {
		verb = "Interrupted scan of"
	}
	fmt.Fprintf(w, "%s %d %s in %s: %d added, %d updated, %d moved, %d unchanged, %d missing, %d failed.\n",
		verb, len(res.Roots), folders, res.Elapsed.Round(1e7), c.Added, c.Updated, c.Moved, c.Unchanged, c.Missing, c.Failed)
	if res.Interrupted {
		fmt.Fprintln(w, "Everything read so far is saved; run the same scan again to finish.")
	}
	if c.Failed > 0 {
		fmt.Fprintf(w, "%s could not be read; the lines starting with 'skipped' above say why.\n", plural(c.Failed, "file"))
	}
	if c.Missing > 0 {
		fmt.Fprintf(w, "%s %s missing from disk and kept with %s ratings; 'sleeve prune' removes %s.\n",
			plural(c.Missing, "track"), pick(c.Missing, "is", "are"), pick(c.Missing, "its", "their"), pick(c.Missing, "it", "them"))
	}
}

// scanSummaryJSON is the stable JSON shape of `sleeve scan --json`.
type scanSummaryJSON struct {
	Roots       []string      `json:"roots"`
	Added       int           `json:"added"`
	Updated     int           `json:"updated"`
	Moved       int           `json:"moved"`
	Unchanged   int           `json:"unchanged"`
	Missing     int           `json:"missing"`
	Failed      int           `json:"failed"`
	Interrupted bool          `json:"interrupted"`
	Seconds     float64       `json:"seconds"`
	Problems    []problemJSON `json:"problems"`
	// Analysis is what the analysis after the scan did, or null when it
	// did not run (--no-analyze, or the scan was interrupted).
	Analysis *analyzeSummaryJSON `json:"analysis"`
}

type problemJSON struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

func scanJSON(res library.ScanResult) scanSummaryJSON {
	out := scanSummaryJSON{
		Roots: res.Roots, Added: res.Counts.Added, Updated: res.Counts.Updated, Moved: res.Counts.Moved,
		Unchanged: res.Counts.Unchanged, Missing: res.Counts.Missing, Failed: res.Counts.Failed,
		Interrupted: res.Interrupted, Seconds: res.Elapsed.Seconds(), Problems: []problemJSON{},
	}
	for _, p := range res.Problems {
		out.Problems = append(out.Problems, problemJSON{Path: library.DisplayPath(p.Path), Reason: p.Reason})
	}
	return out
}

func writeJSON(w interface{ Write([]byte) (int, error) }, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func (a *runner) configFile() string {
	if a.cfg.File != "" {
		return a.cfg.File
	}
	return strings.TrimSpace(defaultConfigFile())
}
