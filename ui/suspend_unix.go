//go:build unix

package ui

import (
	"io"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// suspendOnSIGTSTP makes suspending clean, whether asked by Ctrl-Z in the
// explorer or by a SIGTSTP sent from outside: the terminal is given back
// (raw mode and the alternate screen undone) before the process stops,
// and taken again and redrawn after SIGCONT (fg). Without it an outside
// SIGTSTP stops the process with the screen in raw mode, and it comes
// back broken. It returns the Cmd that suspends, and a function that
// stops the forwarding.
//
// The suspension is a tea.Exec of a job that stops the process: Bubble
// Tea then releases the terminal inside its own event loop, where nothing
// renders at the same time, and restores it when the job returns. (An
// earlier version released the terminal from the signal goroutine; a
// frame rendered meanwhile could leave the screen blank after fg.)
//
// The process stops itself with SIGSTOP: once a program has caught
// SIGTSTP, Go keeps its own handler for it, so a SIGTSTP sent later (as
// Bubble Tea's own suspension does) would be swallowed instead of
// stopping it.
func suspendOnSIGTSTP(p *tea.Program) (suspend tea.Cmd, stop func()) {
	tstp := make(chan os.Signal, 1)
	cont := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(tstp, syscall.SIGTSTP)
	signal.Notify(cont, syscall.SIGCONT)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-tstp:
				p.Send(suspendRequestMsg{})
			}
		}
	}()
	job := stopUntilContinued{cont: cont, done: done}
	suspend = tea.Exec(job, func(error) tea.Msg { return tea.ResumeMsg{} })
	return suspend, func() {
		signal.Stop(tstp)
		signal.Stop(cont)
		close(done)
	}
}

// stopUntilContinued is the job that Bubble Tea runs with the terminal
// released: it stops the whole job (the process group, with any ffmpeg
// the explorer runs) and returns once SIGCONT says it was continued.
type stopUntilContinued struct {
	cont <-chan os.Signal
	done <-chan struct{}
}

// Run stops the process group and waits for SIGCONT.
func (s stopUntilContinued) Run() error {
	// Drain a SIGCONT from before, so that only the one after this stop
	// counts.
	select {
	case <-s.cont:
	default:
	}
	if err := syscall.Kill(0, syscall.SIGSTOP); err != nil {
		return err
	}
	select {
	case <-s.cont:
	case <-s.done:
	}
	return nil
}

// SetStdin is part of tea.ExecCommand; stopping reads nothing.
func (stopUntilContinued) SetStdin(io.Reader) {}

// SetStdout is part of tea.ExecCommand; stopping writes nothing.
func (stopUntilContinued) SetStdout(io.Writer) {}

// SetStderr is part of tea.ExecCommand; stopping writes nothing.
func (stopUntilContinued) SetStderr(io.Writer) {}
