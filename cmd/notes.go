package cmd

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"sleeve/app"
	"sleeve/library"
	"sleeve/models"
)

// modelsClient builds the Ollama client from the settings, or nil when the
// language model is turned off.
func (a *runner) modelsClient() (*models.Client, error) {
	if a.cfg.NoLLM {
		return nil, nil
	}
	c, err := models.NewClient(models.ClientConfig{Host: a.cfg.OllamaHost, ChatModel: a.cfg.ChatModel, EmbedModel: a.cfg.EmbedModel})
	if err != nil {
		return nil, fmt.Errorf("ollama host %q: %w", a.cfg.OllamaHost, err)
	}
	return c, nil
}

// modelManager lists and pulls the configured models, for `sleeve models`
// and the explorer's Models view.
func (a *runner) modelManager() (*app.ModelManager, error) {
	return app.NewModelManager(app.OllamaSettings{Host: a.cfg.OllamaHost, ChatModel: a.cfg.ChatModel,
		EmbedModel: a.cfg.EmbedModel, Disabled: a.cfg.NoLLM})
}

func init() {
	register(newNotesCommand)
	register(newModelsCommand)
}

// newNotesCommand builds `sleeve notes`.
func newNotesCommand(a *runner) *cobra.Command {
	var force, asJSON, quiet bool
	var concurrency int
	c := &cobra.Command{
		Use:   "notes",
		Short: "Write a sleeve note (and an embedding) for every track without a current one, or approve or edit one",
		Long: `Write a sleeve note (and an embedding) for every track without a current one, or approve or edit one.

With Ollama, its chat model writes the notes; without it (or with --no-llm) they come from
templates, marked as such, and a later run with a model replaces them. Notes you approved or
edited are kept as they are. After the notes, it writes the overview of every artist, album
and genre whose tracks or notes changed ('sleeve overview' prints one). A second run with
nothing changed makes no model calls.`,
		RunE: a.run(func(ctx context.Context, rest []string) error {
			if len(rest) > 0 {
				return fmt.Errorf("%w: unknown notes command %q (try 'sleeve notes', 'sleeve notes approve TRACK' or 'sleeve notes edit TRACK')", errUsage, rest[0])
			}
			return runNotes(ctx, a, &force, &concurrency, &asJSON, &quiet)
		}),
	}
	f := c.Flags()
	f.BoolVar(&force, "force", false, "rewrite every note, current or not")
	f.IntVar(&concurrency, "concurrency", 2, "notes requested from Ollama at once")
	f.BoolVar(&asJSON, "json", false, "print the summary as JSON")
	f.BoolVar(&quiet, "quiet", false, "print no progress")
	c.AddCommand(&cobra.Command{
		Use:               "approve TRACK",
		Short:             "Approve a track's sleeve note as it is: sleeve notes keeps it, and sleeve models adapt learns from it",
		ValidArgsFunction: completeFiles,
		RunE: a.run(func(ctx context.Context, refs []string) error {
			return runNoteReview(ctx, a, "approve", refs, "", false)
		}),
	})
	var text string
	var edit *cobra.Command
	edit = &cobra.Command{
		Use:               "edit TRACK",
		Short:             "Edit a track's sleeve note in $VISUAL or $EDITOR (or give --text)",
		ValidArgsFunction: completeFiles,
		RunE: a.run(func(ctx context.Context, refs []string) error {
			return runNoteReview(ctx, a, "edit", refs, text, edit.Flags().Changed("text"))
		}),
	}
	edit.Flags().StringVar(&text, "text", "", "the note's new text, instead of opening $EDITOR")
	c.AddCommand(edit)
	return c
}

func runNotes(ctx context.Context, a *runner, force *bool, concurrency *int, asJSON, quiet *bool) error {
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	client, err := a.modelsClient()
	if err != nil {
		return err
	}
	start := time.Now()
	bar := newProgressBar(a.rawStderr, a.env.StderrIsTerminal, "Writing notes")
	bar.unit = "notes"
	opt := app.NotesOptions{NoLLM: a.cfg.NoLLM, Force: *force, Concurrency: *concurrency,
		OnNotice: func(s string) { bar.clear(); fmt.Fprintln(a.env.Stderr, s) }}
	if !*quiet {
		opt.OnProgress = func(done, total int, elapsed time.Duration) { bar.update(done, total, true, elapsed) }
	}
	res, err := app.WriteNotes(ctx, store, client, opt)
	bar.clear()
	if err != nil {
		return err
	}
	// The overviews of artists, albums and genres are written from the
	// notes, so they follow them.
	var ov app.OverviewsResult
	if !res.Interrupted {
		overviewClient := client
		if a.cfg.NoLLM {
			overviewClient = nil
		}
		obar := newProgressBar(a.rawStderr, a.env.StderrIsTerminal, "Writing overviews")
		obar.unit = "overviews"
		var progress func(done, total int)
		if !*quiet {
			progress = func(done, total int) { obar.update(done, total, true, time.Since(start)) }
		}
		ov, err = app.WriteOverviews(ctx, store, overviewClient, progress)
		obar.clear()
		if errors.Is(err, context.Canceled) {
			res.Interrupted, err = true, nil
		}
		if err != nil {
			return err
		}
	}
	if *asJSON {
		if err := writeJSON(a.env.Stdout, notesJSON{ModelNotes: res.ModelNotes, TemplateNotes: res.TemplateNotes,
			Embedded: res.Embedded, UpToDate: res.UpToDate, KeptStale: res.KeptStale, Interrupted: res.Interrupted,
			Seconds: res.Elapsed.Seconds(), ChatModel: res.ChatModel, EmbedModel: res.EmbedModel,
			EmbedProblem: res.EmbedProblem, Reviewed: res.Reviewed, Rephrased: res.Rephrased, Overviews: ov.Written + ov.Templates,
			OverviewsUpToDate: ov.UpToDate}); err != nil {
			return err
		}
	} else {
		written := plural(res.TemplateNotes, "template note")
		if res.ChatModel != "" {
			written = fmt.Sprintf("%s with %s (and %d from templates)", plural(res.ModelNotes, "note"), res.ChatModel, res.TemplateNotes)
		}
		fmt.Fprintf(a.env.Stdout, "Wrote %s in %s; %d embedded; %d up to date.\n",
			written, res.Elapsed.Round(10*time.Millisecond), res.Embedded, res.UpToDate)
		if n := ov.Written + ov.Templates; n > 0 {
			fmt.Fprintf(a.env.Stdout, "Wrote %s of artists, albums and genres (%d from templates); %d up to date.\n",
				plural(n, "overview"), ov.Templates, ov.UpToDate)
		}
		if res.Interrupted {
			fmt.Fprintln(a.env.Stdout, "Interrupted: every note written so far is saved; run sleeve notes again to finish.")
		}
		if res.Rephrased > 0 {
			fmt.Fprintf(a.env.Stdout, "Wrote %s again: they shared a 4-word phrase with more than 10 %% of the notes.\n", plural(res.Rephrased, "note"))
		}
		for _, line := range stockPhraseLines(res.Repeated, res.ChatModel == "") {
			fmt.Fprintln(a.env.Stdout, line)
		}
	}
	if res.Interrupted {
		return exitError{code: 130}
	}
	return nil
}

// notesJSON is the stable JSON shape of `sleeve notes --json`.
type notesJSON struct {
	ModelNotes    int     `json:"model_notes"`
	TemplateNotes int     `json:"template_notes"`
	Embedded      int     `json:"embedded"`
	UpToDate      int     `json:"up_to_date"`
	KeptStale     int     `json:"kept_stale"`
	Interrupted   bool    `json:"interrupted"`
	Seconds       float64 `json:"seconds"`
	ChatModel     string  `json:"chat_model"`
	EmbedModel    string  `json:"embed_model"`
	// Reviewed counts the notes you approved or edited, kept as they are;
	// Overviews and OverviewsUpToDate count the artist, album and genre
	// overviews written and found current.
	Reviewed          int    `json:"reviewed"`
	Rephrased         int    `json:"rephrased"`
	Overviews         int    `json:"overviews"`
	OverviewsUpToDate int    `json:"overviews_up_to_date"`
	EmbedProblem      string `json:"embed_problem"`
}

// newModelsCommand builds `sleeve models` and its subcommands.
func newModelsCommand(a *runner) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "models",
		Short: "Show the language models, pull the missing ones, adapt one to your approved notes, or export them for training",
		RunE: a.run(func(ctx context.Context, rest []string) error {
			if len(rest) > 0 {
				return fmt.Errorf("%w: unknown models command %q (try 'sleeve models', 'sleeve models pull', 'sleeve models adapt' or 'sleeve models export-dataset FILE')", errUsage, rest[0])
			}
			return runModels(ctx, a, asJSON)
		}),
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the status as JSON")
	c.AddCommand(&cobra.Command{
		Use:               "pull [MODEL...]",
		Short:             "Pull the configured models that are missing, or the named ones",
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE:              a.run(func(ctx context.Context, names []string) error { return pullModels(ctx, a, names) }),
	})
	c.AddCommand(newAdaptCommand(a), newExportDatasetCommand(a))
	return c
}

func runModels(ctx context.Context, a *runner, asJSON bool) error {
	mgr, err := a.modelManager()
	if err != nil {
		return err
	}
	st := mgr.Report(ctx)
	// With no library yet there are no notes to count; the models can
	// still be checked and pulled before the first scan.
	var counts library.NoteCounts
	var adapted *library.Adaptation
	store, err := a.openStore(ctx)
	switch {
	case err == nil:
		if counts, err = store.NoteCounts(ctx); err != nil {
			return err
		}
		if ad, err := store.LatestAdaptation(ctx, func(b string) bool { return models.SameModel(b, st.Chat.Name) }); err == nil {
			adapted = &ad
		}
	case !errors.Is(err, library.ErrNoLibrary):
		return err
	}
	if asJSON {
		out := modelsJSON{Host: st.Host, Reachable: st.Reachable, Version: st.Version, Reason: st.Reason,
			Disabled: a.cfg.NoLLM, Chat: modelJSON(st.Chat), Embed: modelJSON(st.Embed), Installed: []installedJSON{},
			Notes: notesCountJSON{Tracks: counts.Tracks, ModelNotes: counts.ModelNotes, TemplateNotes: counts.TemplateNotes,
				Embedded: counts.Embedded, ByModel: counts.Models, Approved: counts.Approved, Edited: counts.Edited}}
		if adapted != nil {
			out.Adapted = &adaptedJSON{Model: adapted.Model, Base: adapted.Base, Examples: adapted.Examples,
				Adapter: adapted.Adapter, CreatedAt: adapted.CreatedAt.UTC().Format(time.RFC3339)}
		}
		for _, m := range st.Installed {
			out.Installed = append(out.Installed, installedJSON{Name: m.Name, Size: m.Size})
		}
		return writeJSON(a.env.Stdout, out)
	}
	w := a.env.Stdout
	if a.cfg.NoLLM {
		fmt.Fprintln(w, "The language model is turned off (--no-llm or the config): template notes, rule parser, word search.")
	}
	if st.Reachable {
		fmt.Fprintf(w, "Ollama %s at %s\n", st.Version, st.Host)
	} else {
		fmt.Fprintf(w, "Ollama: %s\n", st.Reason)
		for _, l := range st.StartAdvice {
			fmt.Fprintf(w, "  %s\n", l)
		}
		fmt.Fprintln(w, "Without it Sleeve writes template notes, reads requests with rules and searches by words.")
	}
	for _, m := range []struct {
		role string
		st   models.ModelStatus
	}{{"Chat model", st.Chat}, {"Embedding model", st.Embed}} {
		state := "installed, " + humanBytes(m.st.Size)
		switch {
		case !st.Reachable:
			state = "unknown"
		case !m.st.Installed:
			state = "not installed: run 'sleeve models pull'"
		case m.st.Problem != "":
			state = m.st.Problem
		}
		fmt.Fprintf(w, "%-16s %s (%s)\n", m.role, m.st.Name, state)
	}
	if len(st.Installed) > 0 {
		var names []string
		for _, m := range st.Installed {
			names = append(names, fmt.Sprintf("%s (%s)", m.Name, humanBytes(m.Size)))
		}
		fmt.Fprintf(w, "Installed        %s\n", strings.Join(names, ", "))
	}
	fmt.Fprintf(w, "Notes            %d of %d tracks: %d by a model, %d from templates; %d embedded\n",
		counts.ModelNotes+counts.TemplateNotes, counts.Tracks, counts.ModelNotes, counts.TemplateNotes, counts.Embedded)
	var by []string
	for m, n := range counts.Models {
		by = append(by, fmt.Sprintf("%s %d", m, n))
	}
	sort.Strings(by)
	if len(by) > 0 {
		fmt.Fprintf(w, "Written with     %s\n", strings.Join(by, ", "))
	}
	if counts.Approved+counts.Edited > 0 {
		fmt.Fprintf(w, "Your notes       %d approved, %d edited\n", counts.Approved, counts.Edited)
	}
	switch {
	case adapted == nil:
	case adapted.Model == "":
		fmt.Fprintf(w, "Adapted model    none: the last sleeve models adapt failed, so %s is used\n", adapted.Base)
	default:
		fmt.Fprintf(w, "Adapted model    %s (from %s with %s, %s); it writes the notes and reads requests\n",
			adapted.Model, adapted.Base, plural(adapted.Examples, "example note"), adapted.CreatedAt.Format("2006-01-02 15:04"))
	}
	return nil
}

// pullModels pulls the configured models that are missing, or the named
// ones, with a progress bar. It never runs unasked.
func pullModels(ctx context.Context, a *runner, names []string) (err error) {
	mgr, err := a.modelManager()
	if err != nil {
		return err
	}
	bar := newProgressBar(a.rawStderr, a.env.StderrIsTerminal, "Pulling")
	// With Ollama not running, the error says how to start it.
	defer func() {
		if errors.Is(err, models.ErrUnreachable) {
			err = fmt.Errorf("%w\n  %s", err, strings.Join(mgr.StartAdvice(), "\n  "))
		}
	}()
	progress := func(p models.PullProgress) {
		if f := p.Fraction(); f >= 0 {
			bar.percent(p.Model+": "+p.Status, f)
		}
	}
	if len(names) == 0 {
		pulled, err := mgr.PullMissing(ctx, progress)
		bar.clear()
		if err != nil {
			return err
		}
		if len(pulled) == 0 {
			fmt.Fprintln(a.env.Stdout, "Both configured models are installed already.")
			return nil
		}
		fmt.Fprintf(a.env.Stdout, "Pulled %s.\n", strings.Join(pulled, " and "))
		return nil
	}
	for _, n := range names {
		if err := mgr.Pull(ctx, n, progress); err != nil {
			bar.clear()
			return err
		}
		bar.clear()
		fmt.Fprintf(a.env.Stdout, "Pulled %s.\n", n)
	}
	return nil
}

type modelsJSON struct {
	Host      string          `json:"host"`
	Reachable bool            `json:"reachable"`
	Version   string          `json:"version"`
	Reason    string          `json:"reason"`
	Disabled  bool            `json:"disabled"`
	Chat      modelStatusJSON `json:"chat"`
	Embed     modelStatusJSON `json:"embed"`
	Installed []installedJSON `json:"installed"`
	Notes     notesCountJSON  `json:"notes"`
	// Adapted is the model sleeve models adapt made from the chat model,
	// or null; its model is "" when the last adapt failed.
	Adapted *adaptedJSON `json:"adapted"`
}

type adaptedJSON struct {
	Model     string `json:"model"`
	Base      string `json:"base"`
	Examples  int    `json:"examples"`
	Adapter   string `json:"adapter"`
	CreatedAt string `json:"created_at"`
}

type modelStatusJSON struct {
	Name      string `json:"name"`
	Installed bool   `json:"installed"`
	Size      int64  `json:"size"`
	Problem   string `json:"problem"`
}

func modelJSON(m models.ModelStatus) modelStatusJSON {
	return modelStatusJSON{Name: m.Name, Installed: m.Installed, Size: m.Size, Problem: m.Problem}
}

type installedJSON struct {
	Name string `json:"name"`
	Size int64  `json:"size"`
}

type notesCountJSON struct {
	Tracks        int            `json:"tracks"`
	ModelNotes    int            `json:"model_notes"`
	TemplateNotes int            `json:"template_notes"`
	Embedded      int            `json:"embedded"`
	ByModel       map[string]int `json:"by_model"`
	Approved      int            `json:"approved"`
	Edited        int            `json:"edited"`
}

// stockPhraseLines says which phrases too many notes share. Phrases that
// overlap in the same notes ("at heart it is", "heart it is the") are one
// run of words, said once ("at heart it is the"); the share has a decimal,
// as a phrase is listed when it passes 10 % and "10 %" read as within the
// limit. When only templates wrote, the lines say that Ollama's notes
// replace them, the one way to vary their wording.
func stockPhraseLines(rep []models.PhraseShare, templatesOnly bool) []string {
	var merged []models.PhraseShare
	used := make([]bool, len(rep))
	for i, p := range rep {
		if used[i] {
			continue
		}
		words := strings.Fields(p.Phrase)
		for grew := true; grew; {
			grew = false
			for j, q := range rep {
				if used[j] || j == i || q.Notes != p.Notes {
					continue
				}
				qw := strings.Fields(q.Phrase)
				switch {
				case slices.Equal(qw[:len(qw)-1], words[len(words)-len(qw)+1:]):
					words, used[j], grew = append(words, qw[len(qw)-1]), true, true
				case slices.Equal(qw[1:], words[:len(qw)-1]):
					words, used[j], grew = append([]string{qw[0]}, words...), true, true
				}
			}
		}
		p.Phrase = strings.Join(words, " ")
		merged = append(merged, p)
	}
	lines := make([]string, 0, len(merged))
	for _, p := range merged {
		if templatesOnly {
			lines = append(lines, fmt.Sprintf("Template wording: “%s” is in %.1f %% of the notes; notes written with Ollama replace these.", p.Phrase, 100*p.Share))
		} else {
			lines = append(lines, fmt.Sprintf("A stock phrase: “%s” is in %.1f %% of the notes.", p.Phrase, 100*p.Share))
		}
	}
	return lines
}
