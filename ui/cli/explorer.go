package cli

import (
	"context"
	"os"

	"sleeve/library"
	"sleeve/library/player"
	"sleeve/library/player/speaker"
	"sleeve/ui"
)

// runExplorer opens the library, connects what is available (sound
// output, later the engine and the language model), and hands the
// terminal to the explorer.
func runExplorer(ctx context.Context, a *app) error {
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	deps := ui.Deps{Store: store, NoColor: a.env.Getenv("NO_COLOR") != ""}
	if out, err := speaker.New(); err != nil {
		deps.PlayerUnavailable = "No previews: " + err.Error()
	} else {
		p := player.New(out, player.Options{})
		defer p.Close()
		deps.Player = previewPlayer{p}
	}
	if f, err := os.OpenFile(logPath(a), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err == nil {
		defer f.Close()
		deps.Log = f
	}
	return ui.Run(ctx, deps)
}

// previewPlayer plays the preview window of a track in the explorer.
type previewPlayer struct{ p *player.Player }

var _ ui.Player = previewPlayer{}

// Play implements ui.Player.
func (pp previewPlayer) Play(ctx context.Context, t library.Track) error {
	return pp.p.Play(ctx, previewItem(t, true))
}

// Toggle implements ui.Player.
func (pp previewPlayer) Toggle() error {
	pp.p.Toggle()
	return nil
}
