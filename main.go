// Command sleeve is a terminal music explorer that writes the sleeve notes
// for a person's own music library and recommends from it through
// conversation.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/term"

	"sleeve/cmd"
)

func main() {
	// The first Ctrl-C cancels the work in hand, which then stops cleanly
	// and keeps what it finished; a second one kills at once, which is also
	// safe, because every write is transactional.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := cmd.Run(ctx, os.Args[1:], cmd.Env{
		Stdin:            os.Stdin,
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		Getenv:           os.Getenv,
		StderrIsTerminal: term.IsTerminal(int(os.Stderr.Fd())),
		StdoutIsTerminal: term.IsTerminal(int(os.Stdout.Fd())),
	})
	stop()
	os.Exit(code)
}
