package cmd

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"sleeve/app"
	"sleeve/library"
	"sleeve/library/synth"
)

func init() { register(newDemoCommand) }

// newDemoCommand builds `sleeve demo`.
func newDemoCommand(a *runner) *cobra.Command {
	var noScan, noAnalyze, quiet bool
	c := &cobra.Command{
		Use:               "demo [DIR]",
		Short:             "Write a small synthesised demo library and scan it",
		ValidArgsFunction: completeFolders,
		RunE: a.run(func(ctx context.Context, dirs []string) error {
			return runDemo(ctx, a, dirs, noScan, noAnalyze, quiet)
		}),
	}
	f := c.Flags()
	f.BoolVar(&noScan, "no-scan", false, "write the files only; do not scan them")
	f.BoolVar(&noAnalyze, "no-analyze", false, "scan the tags only; do not analyse the audio")
	f.BoolVar(&quiet, "quiet", false, "print no progress")
	return c
}

func runDemo(ctx context.Context, a *runner, dirs []string, noScan, noAnalyze, quiet bool) error {
	dir := app.DefaultDemoDir()
	switch len(dirs) {
	case 0:
	case 1:
		dir = dirs[0]
	default:
		return fmt.Errorf("%w: demo takes at most one folder", errUsage)
	}
	// Open the library first, so a wrong --db is said before minutes of
	// synthesis.
	var store *library.Store
	if !noScan {
		var err error
		if store, err = a.createStore(ctx); err != nil {
			return err
		}
	}
	bar := newProgressBar(a.rawStderr, a.env.StderrIsTerminal, "Synthesising")
	start := time.Now()
	var progress func(done, total int)
	if !quiet {
		progress = func(done, total int) { bar.update(done, total, true, time.Since(start)) }
	}
	tracks, err := synth.WriteDemo(ctx, dir, progress)
	bar.clear()
	if err != nil && ctx.Err() != nil {
		fmt.Fprintf(a.env.Stdout, "Interrupted: the demo tracks written so far are in %s; run sleeve demo again to finish.\n", tildePath(dir))
		return exitError{code: 130}
	}
	if err != nil {
		return fmt.Errorf("write demo library: %w", err)
	}
	fmt.Fprintf(a.env.Stdout, "Demo library: %s in %s\n", plural(len(tracks), "track"), tildePath(dir))
	if noScan {
		return nil
	}
	res, err := ingestWithProgress(ctx, a, store, []string{dir}, min(max(a.cfg.ScanWorkers, 0), maxScanWorkers), quiet, noAnalyze, true)
	if err != nil {
		return err
	}
	if res.Interrupted() {
		return exitError{code: 130}
	}
	return nil
}
