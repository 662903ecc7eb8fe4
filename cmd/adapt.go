package cmd

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"sleeve/app"
	"sleeve/models"
)

// newAdaptCommand builds `sleeve models adapt [--adapter PATH]
// [--examples N]`.
func newAdaptCommand(a *runner) *cobra.Command {
	var o adaptOptions
	c := &cobra.Command{
		Use:   "adapt",
		Short: "Create (or find current) a model adapted to your approved and edited notes",
		RunE: a.run(func(ctx context.Context, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("%w: models adapt takes no arguments (a LoRA adapter goes with --adapter PATH)", errUsage)
			}
			return runAdapt(ctx, a, o)
		}),
	}
	f := c.Flags()
	f.StringVar(&o.adapter, "adapter", "", "a LoRA adapter file (GGUF or safetensors) to add to the model")
	f.IntVar(&o.examples, "examples", 0, fmt.Sprintf("how many approved notes the model carries as examples (default %d)", models.MaxAdaptExamples))
	f.BoolVar(&o.asJSON, "json", false, "print the result as JSON")
	_ = c.MarkFlagFilename("adapter", "gguf", "safetensors")
	return c
}

// adaptOptions are the flags of sleeve models adapt.
type adaptOptions struct {
	adapter  string
	examples int
	asJSON   bool
}

// runAdapt creates (or finds current) the adapted model.
func runAdapt(ctx context.Context, a *runner, o adaptOptions) error {
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	client, err := a.modelsClient()
	if err != nil {
		return err
	}
	// Ollama's steps show on one line of a terminal; elsewhere they are
	// not worth a line each.
	drawn := false
	progress := func(s string) {
		if a.env.StderrIsTerminal {
			fmt.Fprintf(a.rawStderr, "\r\x1b[KAdapting: %s", models.SanitizeText(clipRunes(s, 70)))
			drawn = true
		}
	}
	res, err := app.Adapt(ctx, store, client, app.AdaptOptions{AdapterPath: o.adapter, MaxExamples: o.examples,
		OnProgress: progress})
	if drawn {
		fmt.Fprint(a.rawStderr, "\r\x1b[K")
	}
	if err != nil {
		return err
	}
	if o.asJSON {
		if err := writeJSON(a.env.Stdout, adaptJSON{Model: res.Model, Base: res.Base, Reviewed: res.Reviewed,
			Examples: res.Examples, Genres: res.Genres, Adapter: res.Adapter, Unchanged: res.Unchanged,
			Failed: res.Failed, Stale: res.Stale, Key: res.Key}); err != nil {
			return err
		}
		if res.Failed != "" {
			return exitError{code: 1}
		}
		return nil
	}
	w := a.env.Stdout
	switch {
	case res.Failed != "":
		return exitError{code: 1, err: fmt.Errorf("creating %s failed (%s); notes and requests use %s as before", res.Model, res.Failed, res.Base)}
	case res.Unchanged:
		fmt.Fprintf(w, "%s is up to date: its %s and adapter are unchanged, so nothing was created.\n",
			res.Model, plural(res.Examples, "example note"))
	default:
		fmt.Fprintf(w, "Created %s from %s with %s (of %d approved or edited) across %s",
			res.Model, res.Base, plural(res.Examples, "example note"), res.Reviewed, plural(res.Genres, "genre"))
		if res.Adapter != "" {
			fmt.Fprintf(w, " and the LoRA adapter %s", shortDigest(res.Adapter))
		}
		fmt.Fprintln(w, ".")
		fmt.Fprintf(w, "Notes and requests now use it; %s written before are out of date, and sleeve notes rewrites them.\n",
			plural(res.Stale, "note"))
	}
	return nil
}

func shortDigest(d string) string {
	if len(d) > 19 {
		return d[:19]
	}
	return d
}

// adaptJSON is the stable JSON shape of `sleeve models adapt --json`.
type adaptJSON struct {
	Model     string `json:"model"`
	Base      string `json:"base"`
	Reviewed  int    `json:"reviewed"`
	Examples  int    `json:"examples"`
	Genres    int    `json:"genres"`
	Adapter   string `json:"adapter"`
	Unchanged bool   `json:"unchanged"`
	Failed    string `json:"failed"`
	Stale     int    `json:"stale"`
	Key       string `json:"key"`
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// newExportDatasetCommand builds `sleeve models export-dataset FILE`.
func newExportDatasetCommand(a *runner) *cobra.Command {
	var asJSON, force bool
	c := &cobra.Command{
		Use:               "export-dataset FILE",
		Short:             "Write the approved and edited notes and the accepted and rejected picks as chat-format JSONL for training (- for standard output)",
		ValidArgsFunction: completeFiles,
		RunE: a.run(func(ctx context.Context, args []string) error {
			return runExportDataset(ctx, a, args, asJSON, force)
		}),
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	c.Flags().BoolVar(&force, "force", false, "replace FILE if it exists (never the library database)")
	return c
}

// runExportDataset writes the approved and edited notes and the accepted
// and rejected picks as chat-format JSONL: sleeve models export-dataset
// FILE ("-" for standard output). The file is written whole or not at all.
func runExportDataset(ctx context.Context, a *runner, args []string, asJSON, force bool) error {
	if len(args) != 1 {
		return fmt.Errorf("%w: models export-dataset takes one FILE (or - for standard output)", errUsage)
	}
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	path := args[0]
	var res app.DatasetResult
	if path == "-" {
		res, err = app.ExportDataset(ctx, store, a.env.Stdout)
		if err != nil {
			return err
		}
	} else if res, err = app.ExportDatasetFile(ctx, store, path, force); err != nil {
		return fmt.Errorf("export dataset: %w", err)
	}
	if asJSON {
		return writeJSON(a.env.Stdout, datasetJSON{File: path, Notes: res.Notes, Accepted: res.Accepted, Rejected: res.Rejected})
	}
	out := a.env.Stdout
	if path == "-" {
		out = a.env.Stderr
	}
	fmt.Fprintf(out, "Wrote %s and %s (%d accepted, %d rejected) to %s.\n", plural(res.Notes, "note"),
		plural(res.Accepted+res.Rejected, "pick"), res.Accepted, res.Rejected, path)
	if res.Notes == 0 {
		fmt.Fprintln(out, "No approved or edited notes yet: approve some with a in the explorer's detail pane or sleeve notes approve TRACK.")
	}
	return nil
}

// datasetJSON is the stable JSON shape of `sleeve models export-dataset --json`.
type datasetJSON struct {
	File     string `json:"file"`
	Notes    int    `json:"notes"`
	Accepted int    `json:"accepted"`
	Rejected int    `json:"rejected"`
}
