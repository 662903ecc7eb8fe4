package cmd

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"sleeve/library"
)

func init() { register(newAnalyzeCommand) }

// newAnalyzeCommand builds `sleeve analyze`.
func newAnalyzeCommand(a *runner) *cobra.Command {
	var o struct {
		force, asJSON, quiet, noFFmpeg bool
		workers                        int
	}
	c := &cobra.Command{
		Use:   "analyze [FILTER]",
		Short: "Measure tempo, key, loudness and more for the tracks that need it",
		Long: `Measure tempo, key, loudness and more for the tracks that need it.

Measures tempo, key, loudness, energy, brightness, a timbre vector and a preview window for
every track that has none, was analysed by an older version of sleeve, or whose file changed
since. Tracks up to 100 s long are decoded whole; longer ones from three 30 s excerpts (at 25,
50 and 75 %; two, at a third and two thirds, when an MP3 is left to the slower Go decoder), so
a long track costs no more than a short one. MP3 is decoded by ffmpeg when it is installed,
and AAC, ALAC and WMA need it. A file that cannot be decoded is reported and
not retried until it changes (or --force). Ctrl-C stops and keeps every finished track.
FILTER works as in 'sleeve ls'.`,
		RunE: a.run(func(ctx context.Context, words []string) error {
			f, err := library.ParseFilter(strings.Join(words, " "))
			if err != nil {
				return fmt.Errorf("%w: %v", errUsage, err)
			}
			workers, err := a.clampWorkers(o.workers, maxAnalyzeWorkers())
			if err != nil {
				return err
			}
			start := time.Now()
			var res library.AnalyzeResult
			store, err := a.openStore(ctx)
			if err == nil {
				res, err = analyzeWithProgress(ctx, a, store, library.AnalyzeOptions{
					Workers: workers, Force: o.force, Filter: f, NoFFmpeg: o.noFFmpeg,
				}, o.quiet)
			}
			if err != nil && interrupted(ctx) {
				// Ctrl-C while the library was opening or the tracks to
				// analyse were being counted: nothing was measured, and
				// the interruption is said as one during the analysis is.
				res, err = library.AnalyzeResult{Interrupted: true, Elapsed: time.Since(start)}, nil
			}
			if err != nil {
				return err
			}
			if o.asJSON {
				if err := writeJSON(a.env.Stdout, analyzeJSON(res)); err != nil {
					return err
				}
			} else {
				printAnalyzeSummary(a, res, o.force)
			}
			if res.Interrupted {
				return exitError{code: 130}
			}
			return nil
		}),
	}
	fl := c.Flags()
	fl.BoolVar(&o.force, "force", false, "analyse every matching track again, even those up to date")
	fl.BoolVar(&o.asJSON, "json", false, "print the summary as JSON")
	fl.BoolVar(&o.quiet, "quiet", false, "print no progress")
	fl.IntVar(&o.workers, "workers", 0, "tracks analysed at once (default: one per CPU)")
	fl.BoolVar(&o.noFFmpeg, "no-ffmpeg", false, "decode in pure Go only; formats only ffmpeg decodes are not analysable")
	return c
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

// printAnalyzeSummary says what an analysis did; forced is --force.
func printAnalyzeSummary(a *runner, res library.AnalyzeResult, forced bool) {
	c := res.Counts
	w := a.env.Stdout
	verb := "Analysed"
	if res.Interrupted {
		verb = "Interrupted analysis:"
	}
	if !res.Interrupted && c.Analysed == 0 && c.Failed == 0 && c.NotAnalysable == 0 {
		// Nothing was to do: say so, not "Analysed 0 tracks in 0s".
		fmt.Fprintf(w, "Nothing to analyse: %s up to date (--force analyses them again).\n", plural(c.UpToDate, "track"))
	} else {
		fmt.Fprintf(w, "%s %s in %s: %d up to date, %d failed, %d not analysable.\n",
			verb, plural(c.Analysed, "track"), res.Elapsed.Round(1e7), c.UpToDate, c.Failed, c.NotAnalysable)
	}
	switch {
	case res.Interrupted && forced:
		// The rest are up to date already, so a plain analyze would do
		// nothing: they keep their earlier measurements.
		fmt.Fprintln(w, "Every finished track is saved; the others keep their earlier measurements ('sleeve analyze --force' starts over).")
	case res.Interrupted:
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
