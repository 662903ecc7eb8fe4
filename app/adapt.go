package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"sleeve/library"
	"sleeve/models"
)

// AdaptOptions tunes Adapt.
type AdaptOptions struct {
	// AdapterPath is a LoRA adapter (GGUF or safetensors) to add, or empty.
	AdapterPath string
	// MaxExamples bounds the example notes (models.MaxAdaptExamples when 0).
	MaxExamples int
	// Name overrides the created model's name (models.AdaptedModelName of
	// the base by default).
	Name string
	// OnProgress is called with each step Ollama reports.
	OnProgress func(status string)
}

// AdaptResult says what Adapt did.
type AdaptResult struct {
	// Model is the adapted model; Base the model it was made from.
	Model, Base string
	// Reviewed is how many approved or edited notes there are; Examples
	// how many of them the model carries, and Genres how many genres
	// those span.
	Reviewed, Examples, Genres int
	// Adapter is the LoRA adapter's digest, if one was added.
	Adapter string
	// Unchanged is true when the model existed with the same inputs, so
	// nothing was created.
	Unchanged bool
	// Failed says why the model could not be created; notes and requests
	// then use Base.
	Failed string
	// Stale counts the notes, other than the person's own, that were
	// written by another model and are now out of date.
	Stale int
	// Key identifies the adaptation's inputs.
	Key string
}

// ErrNoExamples means there is no approved or edited note to adapt from.
var ErrNoExamples = errors.New("no approved or edited notes yet: approve notes with a in the explorer's detail pane, or with sleeve notes approve TRACK (sleeve notes edit TRACK to write your own), then adapt")

// Adapt creates an Ollama model from the client's chat model with the note
// prompt and house style as its SYSTEM and the person's approved and
// edited notes, picked for spread, as example messages (and a LoRA
// adapter, if given). Notes and request reading then use it. When the
// inputs are those of the model that exists, it does nothing. When Ollama
// fails to create it, notes and requests go back to the base model, and
// the result says why.
func Adapt(ctx context.Context, store *library.Store, client *models.Client, opt AdaptOptions) (AdaptResult, error) {
	if client == nil {
		return AdaptResult{}, errors.New("the language model is turned off (--no-llm or the config), so there is no model to adapt")
	}
	base := client.ChatModel()
	res := AdaptResult{Base: base}
	st := client.Status(ctx)
	switch {
	case !st.Reachable:
		return res, st.Err
	case !st.Chat.Installed:
		return res, &models.MissingModelError{Model: base, Role: "chat"}
	}
	reviewed, err := store.ReviewedNotes(ctx)
	if err != nil {
		return res, err
	}
	res.Reviewed = len(reviewed)
	if len(reviewed) == 0 && opt.AdapterPath == "" {
		return res, ErrNoExamples
	}
	examples := make([]models.AdaptExample, 0, len(reviewed))
	for _, r := range reviewed {
		t, err := store.Track(ctx, r.TrackID)
		if err != nil {
			return res, err
		}
		examples = append(examples, models.AdaptExample{Facts: FactsOf(t), Note: modelNote(r.Note)})
	}
	plan := models.PlanAdaptation(base, examples, opt.MaxExamples)
	if opt.Name != "" {
		plan.Name = opt.Name
	}
	res.Model, res.Examples = plan.Name, len(plan.Chosen)
	genres := map[string]bool{}
	for _, i := range plan.Chosen {
		if g := examples[i].Facts.Genres; len(g) > 0 {
			genres[g[0]] = true
		}
	}
	res.Genres = len(genres)
	if opt.AdapterPath != "" {
		if opt.OnProgress != nil {
			opt.OnProgress("uploading the adapter")
		}
		plan.AdapterFile, plan.AdapterDigest, err = client.UploadAdapter(ctx, opt.AdapterPath)
		if err != nil {
			return res, err
		}
		res.Adapter = plan.AdapterDigest
	}
	res.Key = plan.Key()
	last, err := store.LatestAdaptation(ctx, func(b string) bool { return models.SameModel(b, base) })
	if err == nil && last.Key == res.Key && models.SameModel(last.Model, plan.Name) {
		if ok, err := client.HasModel(ctx, plan.Name); err == nil && ok {
			res.Unchanged = true
			return res, nil
		}
	}
	if err := client.CreateAdapted(ctx, plan, opt.OnProgress); err != nil {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		res.Failed = err.Error()
		// An adaptation with no model sends notes and requests back to
		// the base model, even when an older adapted model exists.
		if err := store.AddAdaptation(context.WithoutCancel(ctx), library.Adaptation{Base: base, Examples: res.Examples,
			Adapter: res.Adapter, CreatedAt: time.Now()}); err != nil {
			return res, err
		}
		return res, nil
	}
	if err := store.AddAdaptation(context.WithoutCancel(ctx), library.Adaptation{Model: plan.Name, Base: base, Key: res.Key,
		Examples: res.Examples, Adapter: res.Adapter, CreatedAt: time.Now()}); err != nil {
		return res, fmt.Errorf("the model %s was created, but recording it failed: %w", plan.Name, err)
	}
	counts, err := store.NoteCounts(ctx)
	if err == nil {
		res.Stale = counts.ModelNotes + counts.TemplateNotes - counts.Approved - counts.Edited
	}
	return res, nil
}
