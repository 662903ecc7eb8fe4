package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
	"sleeve/config"
)

// Version is the version that `sleeve --version` prints; the build may set
// it with -ldflags "-X sleeve/cmd.Version=…".
var Version = "dev"

// reportedError is an error the command has already printed; it carries
// the exit status out through cobra and fang.
type reportedError struct{ code int }

func (e reportedError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// Run runs the command line and returns the process exit status: 0, 1 for
// an error, 2 for a usage mistake and 130 when interrupted. With no command
// it starts the terminal explorer.
func Run(ctx context.Context, args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	// Everything printed passes through the escaping function, whatever
	// the command; only the progress bar draws on the raw stderr.
	rawStdout, rawStderr := env.Stdout, env.Stderr
	stdout, stderr := &escapingWriter{w: env.Stdout}, &escapingWriter{w: env.Stderr}
	defer stdout.flush()
	defer stderr.flush()
	env.Stdout, env.Stderr = stdout, stderr
	a := &runner{env: env, rawStderr: rawStderr}
	root := newRootCommand(a)
	root.SetArgs(args)
	root.SetIn(env.Stdin)
	// Cobra and fang print only Sleeve's own text (help, version,
	// completion scripts) straight to the terminal, so that the help
	// keeps its styles; everything a command prints is escaped.
	root.SetOut(rawStdout)
	root.SetErr(rawStderr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(Version),
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			var done reportedError
			if errors.As(err, &done) {
				return
			}
			fmt.Fprintf(env.Stderr, "sleeve: %v\n\n%s", err, "Run 'sleeve --help' for the commands.\n")
		}))
	if err == nil {
		return 0
	}
	var done reportedError
	if errors.As(err, &done) {
		return done.code
	}
	// Errors that cobra finds itself (an unknown command, a bad flag
	// before the command name) are the person's mistake.
	return 2
}

// newRootCommand builds the command tree. The global flags are declared on
// the root, for help and completion; every command parses them itself,
// before or after its name, with its own flags, then loads the
// configuration once.
func newRootCommand(a *runner) *cobra.Command {
	var g globalFlags
	root := &cobra.Command{
		Use:   "sleeve",
		Short: "Sleeve writes the sleeve notes for your own music library and recommends from it",
		Long: "Sleeve writes the sleeve notes for your own music library and recommends from it.\n\n" +
			"With no command it starts the terminal explorer.",
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if err := a.load(&g); err != nil {
				return reported(a.env, err)
			}
			return reported(a.env, runExplorer(c.Context(), a))
		},
	}
	pf := root.PersistentFlags()
	g.db = pf.String("db", "", fmt.Sprintf("the library database path (default %s; env SLEEVE_DB)", tildePath(config.Defaults().DBPath)))
	g.config = pf.String("config", "", fmt.Sprintf("the config file (default %s; env SLEEVE_CONFIG)", tildePath(config.DefaultFile())))
	g.chatModel = pf.String("chat-model", "", "the Ollama model that writes notes and reads requests")
	g.embedModel = pf.String("embed-model", "", "the Ollama model that embeds notes for search")
	g.noLLM = pf.Bool("no-llm", false, "use no language model: template notes, rule parser, word search")
	for _, c := range commands() {
		root.AddCommand(newSubcommand(a, c))
	}
	return root
}

// newSubcommand wraps one command's run function. Its flags are parsed by
// the command itself, as before, so that they may come before, between or
// after its arguments and keep their messages.
func newSubcommand(a *runner, c command) *cobra.Command {
	use := c.name
	if c.args != "" {
		use += " " + c.args
	}
	sub := &cobra.Command{
		Use:                use,
		Short:              c.summary,
		DisableFlagParsing: true,
		RunE: func(cc *cobra.Command, args []string) error {
			fs := newFlagSet(c)
			a.pending = fs
			a.globals = addGlobalFlags(fs)
			return reported(a.env, c.run(cc.Context(), a, args))
		},
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	if strings.HasPrefix(c.args, "[DIR") || strings.HasPrefix(c.args, "TRACK") {
		sub.ValidArgsFunction = nil
	}
	// `sleeve help COMMAND` prints the command's own help.
	sub.SetHelpFunc(func(cc *cobra.Command, _ []string) {
		fs := newFlagSet(c)
		a.pending = fs
		a.globals = addGlobalFlags(fs)
		_ = c.run(cc.Context(), a, []string{"--help"})
	})
	return sub
}

// reported prints err, if any, as the command line always has, and returns
// what carries its exit status through cobra.
func reported(env Env, err error) error {
	if code := report(env, err); code != 0 {
		return reportedError{code: code}
	}
	return nil
}
