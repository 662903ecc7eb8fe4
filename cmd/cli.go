// Package cmd is Sleeve's command line: one cobra command per file, each
// printing for people by default and JSON with --json; root.go says how to
// add one.
package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"sleeve/config"
	"sleeve/library"
)

// Env is the outside world a command sees. Tests replace every part of it.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// StderrIsTerminal turns on the live progress bar.
	StderrIsTerminal bool
	// StdoutIsTerminal adds what only a person reads, such as the column
	// names over sleeve ls; output into a pipe or a file stays plain.
	StdoutIsTerminal bool
}

// runner carries what every command needs: the environment, the
// settings and the library, opened at most once.
type runner struct {
	env Env
	cfg config.Config
	// globals holds the global flags' values, which load applies to cfg.
	globals globalFlags
	// rawStderr is the terminal itself, for the progress bar's own
	// escape sequences; env.Stderr escapes what passes through it.
	rawStderr io.Writer
	// store is the library once a command has opened it.
	store *library.Store
}

// exitError carries a specific exit status out of a command.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }

// errInterrupted is what a command that Ctrl-C stopped says when it has
// nothing of its own to say: an interruption while the library was
// opening, say, before the command's work began.
var errInterrupted = errors.New("interrupted; nothing stored was lost")

// interrupted reports whether the command was interrupted (Ctrl-C, or
// SIGTERM). Once it was, an error from the work in hand is the
// interruption's doing: the database's reads and writes fail with the
// cancelled context, and none of them leaves half a write behind.
func interrupted(ctx context.Context) bool { return ctx.Err() != nil }

// errUsage marks an error as the person's mistake in calling the command.
var errUsage = errors.New("usage")

// report prints an error, if any, and turns it into an exit status.
func report(env Env, err error) int {
	if err == nil {
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.err.Error() != "" {
			fmt.Fprintf(env.Stderr, "sleeve: %v\n", ee.err)
		}
		return ee.code
	}
	fmt.Fprintf(env.Stderr, "sleeve: %v\n", err)
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

// tildePath shortens a path in the home folder for display.
func tildePath(p string) string {
	if h, err := os.UserHomeDir(); err == nil && h != "" && strings.HasPrefix(p, h+"/") {
		return "~" + p[len(h):]
	}
	return p
}

// openStore opens the configured library, which must exist: commands
// that only read or change what is there never create one. The library is
// opened once and shared; Run closes it when the command is done.
func (a *runner) openStore(ctx context.Context) (*library.Store, error) {
	if a.store != nil {
		return a.store, nil
	}
	s, err := library.OpenExisting(ctx, a.cfg.DBPath)
	if errors.Is(err, library.ErrNoLibrary) {
		return nil, noLibraryError{path: tildePath(absPath(a.cfg.DBPath))}
	}
	if err != nil {
		return nil, err
	}
	a.store = s
	return s, nil
}

// noLibraryError says there is no library at a path and how to make one.
// It matches library.ErrNoLibrary.
type noLibraryError struct{ path string }

func (e noLibraryError) Error() string {
	return fmt.Sprintf("no library at %s; run `sleeve scan DIR` or `sleeve demo` to make one", e.path)
}

func (e noLibraryError) Unwrap() error { return library.ErrNoLibrary }

// createStore opens the configured library, creating it if there is none:
// for the commands that fill it (scan, demo) and the explorer. Like
// openStore, it opens the library once.
func (a *runner) createStore(ctx context.Context) (*library.Store, error) {
	if a.store != nil {
		return a.store, nil
	}
	s, err := library.Open(ctx, a.cfg.DBPath)
	if err != nil {
		return nil, err
	}
	a.store = s
	return s, nil
}

// closeStore closes the library if a command opened it.
func (a *runner) closeStore() {
	if a.store != nil {
		a.store.Close()
		a.store = nil
	}
}

// absPath makes p absolute for messages, or returns it as it is.
func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// logPath is the explorer's log file, beside the database: nothing is ever
// printed over the screen.
func logPath(a *runner) string {
	return filepath.Join(filepath.Dir(a.cfg.DBPath), "sleeve.log")
}
