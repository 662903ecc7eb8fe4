//go:build unix

package ui

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// suspendOnSIGTSTP makes suspending clean, whether asked by Ctrl-Z in the
// explorer or by a SIGTSTP sent from outside (kill -TSTP): the terminal
// is given back (raw mode and the alternate screen undone) before the
// process stops, and taken again and redrawn after SIGCONT (fg). Without
// it an outside SIGTSTP stops the process with the screen in raw mode,
// and it comes back broken. It returns the Cmd that Ctrl-Z runs, and a
// function that stops the forwarding.
//
// The process stops itself with SIGSTOP: once a program has caught
// SIGTSTP, Go keeps its own handler for it, so a SIGTSTP sent later (as
// Bubble Tea's own suspension does) would be swallowed instead of
// stopping it.
func suspendOnSIGTSTP(p *tea.Program) (suspend tea.Cmd, stop func()) {
	tstp := make(chan os.Signal, 1)
	cont := make(chan os.Signal, 1)
	asked := make(chan struct{}, 1)
	done := make(chan struct{})
	signal.Notify(tstp, syscall.SIGTSTP)
	signal.Notify(cont, syscall.SIGCONT)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-tstp:
			case <-asked:
			}
			if err := p.ReleaseTerminal(); err != nil {
				continue
			}
			// Drain a SIGCONT from before, then stop the whole job (the
			// process group, with any ffmpeg it runs) until fg.
			select {
			case <-cont:
			default:
			}
			_ = syscall.Kill(0, syscall.SIGSTOP)
			select {
			case <-cont:
			case <-done:
				return
			}
			_ = p.RestoreTerminal()
			p.Send(tea.ResumeMsg{})
		}
	}()
	suspend = func() tea.Msg {
		select {
		case asked <- struct{}{}:
		default:
		}
		return nil
	}
	return suspend, func() {
		signal.Stop(tstp)
		signal.Stop(cont)
		close(done)
	}
}
