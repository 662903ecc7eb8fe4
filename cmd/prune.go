package cmd

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"sleeve/library"
)

func init() { register(newPruneCommand) }

// newPruneCommand builds `sleeve prune`.
func newPruneCommand(a *runner) *cobra.Command {
	var dry, asJSON bool
	c := &cobra.Command{
		Use:   "prune",
		Short: "Delete tracks whose files are missing, with their ratings and notes",
		Long: `Delete tracks whose files are missing, with their ratings and notes.

Tracks whose files a scan did not find are kept, with their ratings, until you prune them.`,
		Args: cobra.NoArgs,
		RunE: a.run(func(ctx context.Context, _ []string) error { return runPrune(ctx, a, &dry, &asJSON) }),
	}
	c.Flags().BoolVar(&dry, "dry-run", false, "list what would be removed, and remove nothing")
	c.Flags().BoolVar(&asJSON, "json", false, "print the removed tracks as JSON")
	return c
}

func runPrune(ctx context.Context, a *runner, dry, asJSON *bool) error {
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
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
		fmt.Fprintf(a.env.Stdout, "Would remove %s (dry run: nothing removed).\n", plural(len(gone), "missing track"))
	default:
		fmt.Fprintf(a.env.Stdout, "Removed %s.\n", plural(removed, "missing track"))
	}
	return nil
}
