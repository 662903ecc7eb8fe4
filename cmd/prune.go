package cmd

import (
	"context"
	"fmt"

	"sleeve/library"
)

func runPrune(ctx context.Context, a *runner, args []string) error {
	fs := a.pending
	dry := fs.Bool("dry-run", false, "list what would be removed, and remove nothing")
	asJSON := fs.Bool("json", false, "print the removed tracks as JSON")
	if _, err := a.parse("prune", args); err != nil {
		return err
	}
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	gone, err := store.Prune(ctx, *dry)
	if err != nil {
		return err
	}
	removed := len(gone)
	if *dry {
		removed = 0
	}
	if *asJSON {
		out := struct {
			DryRun  bool        `json:"dry_run"`
			Removed int         `json:"removed"`
			Tracks  []trackJSON `json:"tracks"`
		}{DryRun: *dry, Removed: removed, Tracks: []trackJSON{}}
		for _, t := range gone {
			out.Tracks = append(out.Tracks, toTrackJSON(t, false))
		}
		return writeJSON(a.env.Stdout, out)
	}
	for _, t := range gone {
		fmt.Fprintf(a.env.Stdout, "%d\t%s\n", t.ID, library.DisplayPath(t.Path))
	}
	switch {
	case len(gone) == 0:
		fmt.Fprintln(a.env.Stdout, "No missing tracks: nothing to prune.")
	case *dry:
		fmt.Fprintf(a.env.Stdout, "Would remove %d missing tracks (dry run: nothing removed).\n", len(gone))
	default:
		fmt.Fprintf(a.env.Stdout, "Removed %d missing tracks.\n", removed)
	}
	return nil
}
