package cmd

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/adrg/xdg"

	"sleeve/library"
	"sleeve/library/synth"
)

// defaultDemoDir is where `sleeve demo` writes when given no folder.
func defaultDemoDir() string { return filepath.Join(xdg.DataHome, "sleeve", "demo") }

func runDemo(ctx context.Context, a *runner, args []string) error {
	fs := a.pending
	noScan := fs.Bool("no-scan", false, "write the files only; do not scan them")
	noAnalyze := fs.Bool("no-analyze", false, "scan the tags only; do not analyse the audio")
	quiet := fs.Bool("quiet", false, "print no progress")
	dirs, err := a.parse("demo", args)
	if err != nil {
		return err
	}
	dir := defaultDemoDir()
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
	if !*noScan {
		if store, err = a.createStore(ctx); err != nil {
			return err
		}
		defer store.Close()
	}
	bar := newProgressBar(a.rawStderr, a.env.StderrIsTerminal, "Synthesising")
	start := time.Now()
	var progress func(done, total int)
	if !*quiet {
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
	if *noScan {
		return nil
	}
	res, err := ingestWithProgress(ctx, a, store, []string{dir}, min(max(a.cfg.ScanWorkers, 0), maxScanWorkers), *quiet, *noAnalyze, true)
	if err != nil {
		return err
	}
	if res.Interrupted() {
		return exitError{code: 130}
	}
	return nil
}
