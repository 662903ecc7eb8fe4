package cmd

import (
	"context"
	"errors"
	"os"

	"sleeve/app"
	"sleeve/library/player"
	"sleeve/library/player/speaker"
	"sleeve/models"
	"sleeve/ui"
)

// runExplorer opens the library, connects what is available (sound
// output, later the engine and the language model), and hands the
// terminal to the explorer.
func runExplorer(ctx context.Context, a *runner) error {
	store, err := a.createStore(ctx)
	if err != nil {
		return err
	}
	deps := ui.Deps{Library: app.NewLibrary(store), NoColor: a.env.Getenv("NO_COLOR") != "", Getenv: a.env.Getenv, Keys: a.cfg.Keys,
		ExportDir: a.cfg.PlaylistDir, LanguageModelOff: a.cfg.NoLLM}
	client, err := a.modelsClient()
	if err != nil {
		return err
	}
	if client != nil {
		deps.Ollama = ollamaChecker{client}
	}
	// The Models view works with the language model turned off too, so
	// that models can be pulled before it is turned on.
	if mgr, err := a.modelManager(); err == nil {
		deps.Models = mgr
	}
	cr := ui.NewAppRecommender(func(ctx context.Context) (*app.Recommender, error) {
		return app.NewRecommender(ctx, store, client)
	})
	deps.Recommender, deps.Feedback, deps.Taste = cr, cr, cr.Taste()
	if out, err := speaker.New(); err != nil {
		deps.PlayerUnavailable = "Nothing plays: " + err.Error()
	} else {
		p := player.New(out, player.Options{})
		recorded := make(chan struct{})
		// Close the player, then let the last play's feedback reach the
		// store before the store closes (after the command, in Run).
		defer func() {
			p.Close()
			<-recorded
		}()
		deps.Player = app.NewPlayback(p, a.levelling())
		// Skips and full plays count as feedback, as in sleeve play.
		go func() {
			defer close(recorded)
			app.RecordPlays(store, p, nil, nil)
		}()
	}
	if f, err := os.OpenFile(logPath(a), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err == nil {
		defer f.Close()
		deps.Log = f
	}
	return ui.Run(ctx, deps)
}

// ollamaChecker reports Ollama's state for the status bar.
type ollamaChecker struct{ client *models.Client }

// CheckOllama implements ui.OllamaChecker.
func (c ollamaChecker) CheckOllama(ctx context.Context) (ui.OllamaStatus, error) {
	st := c.client.Status(ctx)
	if !st.Reachable {
		return ui.OllamaStatus{}, errors.New(st.Reason)
	}
	out := ui.OllamaStatus{Running: true, Missing: st.Missing()}
	for _, m := range st.Installed {
		out.Models = append(out.Models, m.Name)
	}
	return out, nil
}
