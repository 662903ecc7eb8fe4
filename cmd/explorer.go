package cmd

import (
	"context"
	"errors"
	"os"
	"os/exec"

	"sleeve/app"
	"sleeve/library"
	"sleeve/library/player"
	"sleeve/library/player/speaker"
	"sleeve/models"
	"sleeve/ui"
	"sleeve/ui/detail"
)

// runExplorer opens the library, connects what is available (sound
// output, later the engine and the language model), and hands the
// terminal to the explorer.
func runExplorer(ctx context.Context, a *runner) error {
	store, err := a.createStore(ctx)
	if err != nil {
		return err
	}
	deps := ui.Deps{Store: store, NoColor: a.env.Getenv("NO_COLOR") != "", Notes: noteReader{store, a.env.Getenv}, Keys: a.cfg.Keys,
		ExportDir: a.cfg.PlaylistDir}
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

// noteReader reads sleeve notes from the store for the detail pane.
type noteReader struct {
	store  *library.Store
	getenv func(string) string
}

// Note implements detail.NoteReader.
func (r noteReader) Note(ctx context.Context, id library.TrackID) (detail.Note, error) {
	n, err := r.store.Note(ctx, id)
	if err != nil {
		return detail.Note{}, err
	}
	return detailNote(n), nil
}

func detailNote(n library.Note) detail.Note {
	return detail.Note{Text: n.Text, Template: n.Template, Model: n.Model, Review: n.Review, CreatedAt: n.CreatedAt}
}

// ApproveNote implements detail.NoteReviewer.
func (r noteReader) ApproveNote(ctx context.Context, id library.TrackID) (detail.Note, error) {
	n, err := app.ApproveNote(ctx, r.store, id)
	return detailNote(n), err
}

// EditNote implements detail.NoteReviewer.
func (r noteReader) EditNote(ctx context.Context, id library.TrackID, text string) (detail.Note, error) {
	n, err := app.EditNote(ctx, r.store, id, text)
	return detailNote(n), err
}

// EditorText implements detail.NoteReviewer.
func (r noteReader) EditorText(n detail.Note, title string) string {
	return app.NoteEditorText(library.Note{Text: n.Text}, title)
}

// EditorCommand implements detail.NoteReviewer.
func (r noteReader) EditorCommand(path string) *exec.Cmd { return app.EditorCommand(r.getenv, path) }

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
