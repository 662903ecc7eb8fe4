package cmd

import (
	"context"
	"fmt"
	"strings"

	"sleeve/library"
)

func runAnalyze(ctx context.Context, a *runner, args []string) error {
	fs := a.pending
	force := fs.Bool("force", false, "analyse every matching track again, even those up to date")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	quiet := fs.Bool("quiet", false, "print no progress")
	workers := fs.Int("workers", 0, "tracks analysed at once (default: one per CPU)")
	noFFmpeg := fs.Bool("no-ffmpeg", false, "decode in pure Go only; formats only ffmpeg decodes are not analysable")
	words, err := a.parse("analyze", args)
	if err != nil {
		return err
	}
	f, err := library.ParseFilter(strings.Join(words, " "))
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if *workers, err = a.clampWorkers(*workers, maxAnalyzeWorkers()); err != nil {
		return err
	}
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	res, err := analyzeWithProgress(ctx, a, store, library.AnalyzeOptions{
		Workers: *workers, Force: *force, Filter: f, NoFFmpeg: *noFFmpeg,
	}, *quiet)
	if err != nil {
		return err
	}
	if *asJSON {
		if err := writeJSON(a.env.Stdout, analyzeJSON(res)); err != nil {
			return err
		}
	} else {
		printAnalyzeSummary(a, res)
	}
	if res.Interrupted {
		return exitError{code: 130}
	}
	return nil
}

// analyzeWithProgress runs an analysis, drawing progress and problem lines
// on stderr.
func analyzeWithProgress(ctx context.Context, a *runner, store *library.Store, opt library.AnalyzeOptions, quiet bool) (library.AnalyzeResult, error) {
	bar, opt := analyzeProgress(a, opt, quiet)
	res, err := library.NewAnalyzer(store, opt).Run(ctx)
	bar.clear()
	return res, err
}

// analyzeProgress returns an analysis's progress bar and opt with the
// callbacks that draw progress and problem lines on stderr.
func analyzeProgress(a *runner, opt library.AnalyzeOptions, quiet bool) (*progressBar, library.AnalyzeOptions) {
	bar := newProgressBar(a.rawStderr, a.env.StderrIsTerminal, "Analysing")
	bar.unit = "tracks"
	opt.OnProblem = func(p library.Problem) {
		bar.clear()
		fmt.Fprintf(a.env.Stderr, "skipped %s\n", p)
	}
	if !quiet {
		opt.OnProgress = func(p library.AnalyzeProgress) {
			if p.Total > 0 {
				bar.update(p.Done, p.Total, true, p.Elapsed)
			}
		}
	}
	return bar, opt
}

func printAnalyzeSummary(a *runner, res library.AnalyzeResult) {
	c := res.Counts
	w := a.env.Stdout
	verb := "Analysed"
	if res.Interrupted {
		verb = "Interrupted analysis:"
	}
	fmt.Fprintf(w, "%s %s in %s: %d up to date, %d failed, %d not analysable.\n",
		verb, plural(c.Analysed, "track"), res.Elapsed.Round(1e7), c.UpToDate, c.Failed, c.NotAnalysable)
	if res.Interrupted {
		fmt.Fprintln(w, "Every finished track is saved; run 'sleeve analyze' again to do the rest.")
	}
	if n := c.Failed + c.NotAnalysable; n > 0 {
		fmt.Fprintf(w, "%s could not be analysed; the lines starting with 'skipped' above say why.\n", plural(n, "track"))
	}
	if c.NotRetried > 0 {
		fmt.Fprintf(w, "%s that failed before %s not retried, as the files have not changed (--force retries them).\n",
			plural(c.NotRetried, "track"), pick(c.NotRetried, "was", "were"))
	}
}

// analyzeSummaryJSON is the stable JSON shape of `sleeve analyze --json`
// and of the "analysis" part of `sleeve scan --json`.
type analyzeSummaryJSON struct {
	Analysed      int           `json:"analysed"`
	UpToDate      int           `json:"up_to_date"`
	Failed        int           `json:"failed"`
	NotAnalysable int           `json:"not_analysable"`
	NotRetried    int           `json:"not_retried"`
	Interrupted   bool          `json:"interrupted"`
	Seconds       float64       `json:"seconds"`
	Problems      []problemJSON `json:"problems"`
}

func analyzeJSON(res library.AnalyzeResult) analyzeSummaryJSON {
	c := res.Counts
	out := analyzeSummaryJSON{Analysed: c.Analysed, UpToDate: c.UpToDate, Failed: c.Failed,
		NotAnalysable: c.NotAnalysable, NotRetried: c.NotRetried, Interrupted: res.Interrupted,
		Seconds: res.Elapsed.Seconds(), Problems: []problemJSON{}}
	for _, p := range res.Problems {
		out.Problems = append(out.Problems, problemJSON{Path: library.DisplayPath(p.Path), Reason: p.Reason})
	}
	return out
}
