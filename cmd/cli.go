// Package cmd is Sleeve's command line: one function per command, each
// printing for people by default and JSON with --json.
package cmd

import (
	"context"
	"errors"
	"flag"
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
}

// command is one subcommand.
type command struct {
	name, args, summary string
	// run parses its own flags from args.
	run func(ctx context.Context, a *runner, args []string) error
}

// runner carries what every command needs: the environment and the settings.
type runner struct {
	env Env
	cfg config.Config
	// rawStderr is the terminal itself, for the progress bar's own
	// escape sequences; env.Stderr escapes what passes through it.
	rawStderr io.Writer
	// pending is the command's flag set, with the global flags added;
	// globals holds their values.
	pending *flag.FlagSet
	globals *globalFlags
}

// exitError carries a specific exit status out of a command.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }

// errUsage marks an error as the person's mistake in calling the command.
var errUsage = errors.New("usage")

func commands() []command {
	return []command{
		{"scan", "[DIR...]", "Read the tags of every audio file under the folders into the library", runScan},
		{"analyze", "[FILTER]", "Measure tempo, key, loudness and more for the tracks that need it", runAnalyze},
		{"ls", "[FILTER]", "List tracks, optionally filtered (artist:radiohead genre:jazz year:1990..1999 words)", runLs},
		{"show", "TRACK", "Show everything known about one track (TRACK is an ID, a path or a title)", runShow},
		{"stats", "", "Summarise the library", runStats},
		{"prune", "", "Delete tracks whose files are missing, with their ratings and notes", runPrune},
		{"notes", "[approve|edit TRACK]", "Write a sleeve note (and an embedding) for every track without a current one, or approve or edit one", runNotes},
		{"models", "[pull [MODEL...] | adapt | export-dataset FILE]", "Show the language models, pull the missing ones, adapt one to your approved notes, or export them for training", runModels},
		{"recommend", "TEXT", "Rank the library for a request, and refine it turn by turn with --session", runRecommend},
		{"similar", "TRACK", "Tracks that sound like TRACK", runSimilar},
		{"set", "TRACK FIELD=VALUE...", "Correct what Sleeve knows of a track: bpm=126, bpm=half, bpm=double, key=\"D minor\", genre=Jazz, notmusic=yes", runSet},
		{"rate", "TRACK N", "Rate a track from 1 (not for me) to 5", runFeedback("rate")},
		{"skip", "TRACK", "Tell Sleeve a track was not what you wanted", runFeedback("skip")},
		{"profile", "", "What Sleeve has learned of your taste; edit or reset it", runProfile},
		{"why-not", "TRACK", "Say what kept TRACK out of a session's list", runWhyNot},
		{"playlist", "export", "Export a session's list: playlist export --session ID --m3u FILE", runPlaylist},
		{"eval", "", "Run the recommender's evaluation harness and print its figures", runEval},
		{"play", "TRACK", "Play a track, or with --preview its most representative 25 s", runPlay},
		{"demo", "[DIR]", "Write a small synthesised demo library and scan it", runDemo},
	}
}

// report prints an error, if any, and turns it into an exit status.
func report(env Env, err error) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
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
// that only read or change what is there never create one.
func (a *runner) openStore(ctx context.Context) (*library.Store, error) {
	s, err := library.OpenExisting(ctx, a.cfg.DBPath)
	if errors.Is(err, library.ErrNoLibrary) {
		return nil, noLibraryError{path: tildePath(absPath(a.cfg.DBPath))}
	}
	if err != nil {
		return nil, err
	}
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
// for the commands that fill it (scan, demo) and the explorer.
func (a *runner) createStore(ctx context.Context) (*library.Store, error) {
	return library.Open(ctx, a.cfg.DBPath)
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
