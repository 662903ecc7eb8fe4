//go:build unix

package ui

import (
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

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
func suspendOnSIGTSTP(p *tea.Program, logf func(string, ...any)) (suspend tea.Cmd, stop func()) {
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
				logf("SIGTSTP: suspending")
				p.Send(suspendRequestMsg{})
			}
		}
	}()
	job := stopUntilContinued{cont: cont, done: done, logf: logf}
	suspend = tea.Exec(job, func(err error) tea.Msg {
		if err != nil {
			logf("back from the suspension: %v", err)
		} else {
			logf("back from the suspension: the terminal is ours again")
		}
		return tea.ResumeMsg{}
	})
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
	logf func(string, ...any)
}

// settleAfterContinue is how long the explorer, continued in the
// terminal's foreground, waits before taking the terminal, to see that it
// keeps it.
const settleAfterContinue = 150 * time.Millisecond

// Run stops the process group and waits for SIGCONT. Only fg, which gives
// the job the terminal before it continues it, brings the explorer back:
// a SIGCONT that finds it outside the terminal's foreground (a bg, or a
// stray signal), or in it only until the shell takes the terminal back
// from the stop a moment later, stops it again. A full-screen program
// cannot run in the background, and taking the terminal there would draw
// under the shell's prompt, which the shell then clears. (Under load, a
// SIGCONT from elsewhere was seen 10–40 ms after the stop, before the
// shell had taken the terminal back.)
func (s stopUntilContinued) Run() error {
	for {
		// Drain a SIGCONT from before, so that only one after this stop
		// counts.
		select {
		case <-s.cont:
		default:
		}
		s.logf("terminal released: stopping")
		if err := syscall.Kill(0, syscall.SIGSTOP); err != nil {
			return err
		}
		select {
		case <-s.cont:
		case <-s.done:
			return nil
		}
		if inForeground(os.Stdin) {
			time.Sleep(settleAfterContinue)
			if inForeground(os.Stdin) {
				s.logf("continued in the foreground")
				return nil
			}
		}
		s.logf("continued in the background: stopping again until fg")
	}
}

// SetStdin is part of tea.ExecCommand; stopping reads nothing.
func (stopUntilContinued) SetStdin(io.Reader) {}

// SetStdout is part of tea.ExecCommand; stopping writes nothing.
func (stopUntilContinued) SetStdout(io.Writer) {}

// SetStderr is part of tea.ExecCommand; stopping writes nothing.
func (stopUntilContinued) SetStderr(io.Writer) {}
