package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"sleeve/config"
	"sleeve/ui/common"
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
	// The library, if a command opened it, closes once the command is
	// done, whether it succeeded or not.
	defer a.closeStore()
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
	// Errors that cobra finds itself (an unknown command, an argument
	// where none is taken) are the person's mistake.
	return 2
}

// Adding a command
//
// Every command lives in a file of its own under cmd/ and registers its
// constructor from init; the root adds it, and cobra and fang give it
// help, `sleeve help NAME`, shell completion of its flags and a man page
// section:
//
//	func init() { register(newStatsCommand) }
//
//	// newStatsCommand builds `sleeve stats`.
//	func newStatsCommand(a *runner) *cobra.Command {
//		var asJSON bool
//		c := &cobra.Command{
//			Use:   "stats",
//			Short: "Summarise the library",
//			Args:  cobra.NoArgs,
//			RunE: a.run(func(ctx context.Context, args []string) error {
//				store, err := a.openStore(ctx) // shared; closed after the command
//				…
//			}),
//		}
//		c.Flags().BoolVar(&asJSON, "json", false, "print the statistics as JSON")
//		return c
//	}
//
// Flags are cobra flags on the command (c.Flags()); they may come before,
// between or after the arguments. The global flags (--db, --config,
// --chat-model, --embed-model, --no-llm) belong to the root. By the time
// RunE runs, the root has loaded the configuration into a.cfg, with the
// global flags applied. A command gets the library from a.openStore (it
// must exist: commands that only read or change it never create one) or
// a.createStore (for the commands that fill it); either way it is opened
// once, shared, and closed when the command is done, so commands never
// close it themselves. A command returns errors wrapped with errUsage for
// the person's mistakes (exit status 2), exitError for a specific status,
// and anything else for status 1; a.run prints them. A command with
// subcommands (`sleeve models pull`) adds them with AddCommand in its own
// constructor. Commands must not set PersistentPreRunE, which would hide
// the root's.
var registry []func(*runner) *cobra.Command

// register adds a command's constructor to the command line; call it from
// the init function of the command's file.
func register(newCommand func(*runner) *cobra.Command) {
	registry = append(registry, newCommand)
}

// sleeveCommand marks, in a command's annotations, the commands that
// Sleeve registered, as opposed to the ones that cobra and fang add
// (help, completion, man), which need neither the configuration nor the
// library.
const sleeveCommand = "sleeve:command"

// newRootCommand builds the command tree: the root, which starts the
// explorer, with the global flags, and every registered command.
func newRootCommand(a *runner) *cobra.Command {
	root := &cobra.Command{
		Use:   "sleeve",
		Short: "Sleeve writes the sleeve notes for your own music library and recommends from it",
		Long: "Sleeve writes the sleeve notes for your own music library and recommends from it.\n\n" +
			"With no command it starts the terminal explorer.",
		Args: cobra.NoArgs,
		PersistentPreRunE: func(c *cobra.Command, _ []string) error {
			if !isSleeveCommand(c) {
				return nil
			}
			return reported(a.env, a.load())
		},
		RunE: a.run(func(ctx context.Context, _ []string) error { return runExplorer(ctx, a) }),
	}
	root.Annotations = map[string]string{sleeveCommand: "true"}
	pf := root.PersistentFlags()
	pf.StringVar(&a.globals.db, "db", "", fmt.Sprintf("the library database path (default %s; env SLEEVE_DB)", tildePath(config.Defaults().DBPath)))
	pf.StringVar(&a.globals.config, "config", "", fmt.Sprintf("the config file (default %s; env SLEEVE_CONFIG)", tildePath(config.DefaultFile())))
	pf.StringVar(&a.globals.chatModel, "chat-model", "", "the Ollama model that writes notes and reads requests")
	pf.StringVar(&a.globals.embedModel, "embed-model", "", "the Ollama model that embeds notes for search")
	pf.BoolVar(&a.globals.noLLM, "no-llm", false, "use no language model: template notes, rule parser, word search")
	_ = root.MarkPersistentFlagFilename("db", "db", "sqlite")
	_ = root.MarkPersistentFlagFilename("config", "toml")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return reported(a.env, fmt.Errorf("%w: %v (see '%s --help')", errUsage, err, c.CommandPath()))
	})
	for _, newCommand := range registry {
		c := newCommand(a)
		if c.Annotations == nil {
			c.Annotations = map[string]string{}
		}
		c.Annotations[sleeveCommand] = "true"
		if c.ValidArgsFunction == nil && c.ValidArgs == nil {
			// Most arguments are filters, text or track IDs, never file
			// names; a command that takes files or folders says so.
			c.ValidArgsFunction = cobra.NoFileCompletions
		}
		root.AddCommand(c)
	}
	return root
}

// isSleeveCommand reports whether c, or the command it belongs to, is one
// of Sleeve's own.
func isSleeveCommand(c *cobra.Command) bool {
	for ; c != nil; c = c.Parent() {
		if c.Annotations[sleeveCommand] != "" {
			return true
		}
	}
	return false
}

// run adapts a command's body to cobra: it passes the context and the
// arguments, and prints the error, if any, as the command line always
// has.
func (a *runner) run(body func(ctx context.Context, args []string) error) func(*cobra.Command, []string) error {
	return func(c *cobra.Command, args []string) error {
		ctx := c.Context()
		err := body(ctx, args)
		// An interrupted command ends with status 130 whatever stage it
		// was at: one that failed because of the interruption (in opening
		// the library, say) has not said so itself.
		var ee exitError
		if err != nil && interrupted(ctx) && !errors.As(err, &ee) {
			err = exitError{code: 130, err: errInterrupted}
		}
		return reported(a.env, err)
	}
}

// reported prints err, if any, as the command line always has, and returns
// what carries its exit status through cobra.
func reported(env Env, err error) error {
	if code := report(env, err); code != 0 {
		return reportedError{code: code}
	}
	return nil
}

// globalFlags are accepted by every command, before or after its name.
type globalFlags struct {
	db, config, chatModel, embedModel string
	noLLM                             bool
}

// load reads the configuration, letting the global flags win.
func (a *runner) load() error {
	cfg, err := config.Load(a.globals.config, a.env.Getenv, common.CheckBinding)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if a.globals.db != "" {
		cfg.DBPath = a.globals.db
	}
	if a.globals.chatModel != "" {
		cfg.ChatModel = a.globals.chatModel
	}
	if a.globals.embedModel != "" {
		cfg.EmbedModel = a.globals.embedModel
	}
	cfg.NoLLM = cfg.NoLLM || a.globals.noLLM
	a.cfg = cfg
	return nil
}

// limitFlag declares -n/--limit, how many tracks a command shows.
func limitFlag(fs *pflag.FlagSet, n *int, value int, usage string) {
	fs.IntVarP(n, "limit", "n", value, usage)
}
