package cmd

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"sleeve/app"
	"sleeve/library"
	"sleeve/library/player"
	"sleeve/library/player/speaker"
)

func init() { register(newPlayCommand) }

// newPlayCommand builds `sleeve play`.
func newPlayCommand(a *runner) *cobra.Command {
	var preview bool
	var volume float64
	c := &cobra.Command{
		Use:               "play TRACK",
		Short:             "Play a track, or with --preview its most representative 25 s",
		ValidArgsFunction: completeFiles,
		RunE:              a.run(func(ctx context.Context, refs []string) error { return runPlay(ctx, a, refs, preview, volume) }),
	}
	c.Flags().BoolVar(&preview, "preview", false, "play only the track's preview window (its most representative 25 s)")
	c.Flags().Float64Var(&volume, "volume", 1, "volume from 0 to 1")
	return c
}

func runPlay(ctx context.Context, a *runner, refs []string, preview bool, volume float64) error {
	store, t, err := a.oneTrack(ctx, "play", refs)
	if err != nil {
		return err
	}
	out, err := speaker.New()
	if err != nil {
		return err
	}
	p := player.New(out, player.Options{Volume: volume})
	defer p.Close()
	it := app.PlayItem(t, preview, a.levelling())
	if err := p.Play(ctx, it); err != nil {
		// The player's error names the file.
		return fmt.Errorf("could not play %s: %w", artistTitle(t.Tags.DisplayArtist(), t.Tags.Title), err)
	}
	what := "Playing"
	if it.Preview() {
		what = fmt.Sprintf("Playing the preview (%s–%s) of", formatClock(it.Start), formatClock(it.Start+it.Length))
	}
	fmt.Fprintf(a.env.Stderr, "%s %s\n", what, artistTitle(t.Tags.DisplayArtist(), t.Tags.Title))

	done := make(chan error, 1)
	go func() { done <- p.Wait(context.Background()) }()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	var last player.Event
	for {
		select {
		case err := <-done:
			drainLast(p, &last)
			clearLine(a)
			recordPlay(a, store, last)
			return err
		case ev, ok := <-p.Events():
			if ok && ev.Kind != player.EventStarted {
				last = ev
			}
		case <-tick.C:
			if a.env.StderrIsTerminal {
				st := p.State()
				fmt.Fprintf(a.rawStderr, "\r\x1b[K  %s / %s", formatClock(st.Position), formatClock(st.Duration))
			}
		case <-ctx.Done():
			p.Stop()
			err := <-done
			drainLast(p, &last)
			clearLine(a)
			recordPlay(a, store, last)
			if err != nil && !errors.Is(err, context.Canceled) {
				return err
			}
			return exitError{code: 130}
		}
	}
}

// drainLast takes the events still waiting, keeping the last ending one.
func drainLast(p *player.Player, last *player.Event) {
	for {
		select {
		case ev, ok := <-p.Events():
			if !ok {
				return
			}
			if ev.Kind != player.EventStarted {
				*last = ev
			}
		case <-time.After(50 * time.Millisecond):
			return
		}
	}
}

func clearLine(a *runner) {
	if a.env.StderrIsTerminal {
		fmt.Fprint(a.rawStderr, "\r\x1b[K")
	}
}

// recordPlay says what the play counts as and stores it as feedback.
func recordPlay(a *runner, store *library.Store, ev player.Event) {
	report := describeFeedback(ev)
	if report == "" {
		return
	}
	stored, err := app.PlayFeedback(context.Background(), store, ev, "")
	switch {
	case err != nil:
		report += " (not saved: " + err.Error() + ")"
	case stored:
		report += ", saved to your taste"
	}
	fmt.Fprintln(a.env.Stderr, report)
}

// describeFeedback says what the play will count as.
func describeFeedback(ev player.Event) string {
	switch ev.Kind {
	case player.EventFinished, player.EventSkipped:
	default:
		return ""
	}
	heard := fmt.Sprintf("heard %s", formatClock(ev.Heard))
	switch ev.Feedback {
	case player.Skip:
		return heard + ": counts as a skip"
	case player.Interest:
		return heard + ": counts as interest"
	}
	return heard
}

// levelling is the loudness levelling the config asks for.
func (a *runner) levelling() app.Levelling {
	return app.Levelling{On: a.cfg.Level, TargetLUFS: a.cfg.LevelTarget}
}
