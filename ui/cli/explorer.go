package cli

import (
	"context"

	"sleeve/ui"
)

// runExplorer opens the library and hands the terminal to the explorer.
func runExplorer(ctx context.Context, a *app) error {
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	return ui.Run(ctx, ui.Deps{Store: store})
}
