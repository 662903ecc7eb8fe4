package cmd

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"

	"sleeve/config"
	"sleeve/ui/common"
)

// globalFlags are accepted by every command, before or after its name.
type globalFlags struct {
	db, config, chatModel, embedModel *string
	noLLM                             *bool
}

func addGlobalFlags(fs *flag.FlagSet) *globalFlags {
	return &globalFlags{
		db:         fs.String("db", "", "the library database `path`"),
		config:     fs.String("config", "", "the config `file`"),
		chatModel:  fs.String("chat-model", "", "the Ollama `model` that writes notes and reads requests"),
		embedModel: fs.String("embed-model", "", "the Ollama `model` that embeds notes for search"),
		noLLM:      fs.Bool("no-llm", false, "use no language model: template notes, rule parser, word search"),
	}
}

// inherit takes the values given before the command name, unless the
// command's own flags set them again.
func (g *globalFlags) inherit(from *globalFlags) {
	if *g.db == "" {
		*g.db = *from.db
	}
	if *g.config == "" {
		*g.config = *from.config
	}
	if *g.chatModel == "" {
		*g.chatModel = *from.chatModel
	}
	if *g.embedModel == "" {
		*g.embedModel = *from.embedModel
	}
	*g.noLLM = *g.noLLM || *from.noLLM
}

// load reads the configuration, letting the global flags win.
func (a *runner) load(g *globalFlags) error {
	cfg, err := config.Load(*g.config, a.env.Getenv, common.CheckBinding)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	if *g.db != "" {
		cfg.DBPath = *g.db
	}
	if *g.chatModel != "" {
		cfg.ChatModel = *g.chatModel
	}
	if *g.embedModel != "" {
		cfg.EmbedModel = *g.embedModel
	}
	cfg.NoLLM = cfg.NoLLM || *g.noLLM
	a.cfg = cfg
	return nil
}

func newFlagSet(c command) *flag.FlagSet {
	fs := flag.NewFlagSet("sleeve "+c.name, flag.ContinueOnError)
	fs.Usage = func() {}
	return fs
}

// parse parses a command's flags, which may come before, between or after
// its arguments, and then loads the configuration. It prints the
// command's help for -h and --help.
func (a *runner) parse(c string, args []string) ([]string, error) {
	fs := a.pending
	var positional []string
	for {
		fs.SetOutput(io.Discard)
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				a.commandHelp(c, fs)
				return nil, flag.ErrHelp
			}
			return nil, fmt.Errorf("%w: %v (see 'sleeve %s --help')", errUsage, err, c)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			positional = append(positional, args[1:]...)
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
	if err := a.load(a.globals); err != nil {
		return nil, err
	}
	return positional, nil
}

func (a *runner) commandHelp(name string, fs *flag.FlagSet) {
	w := a.env.Stdout
	for _, c := range commands() {
		if c.name == name {
			fmt.Fprintf(w, "%s\n\nUsage:\n  sleeve %s %s [flags]\n", c.summary, c.name, c.args)
		}
	}
	if extra, ok := commandNotes[name]; ok {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(extra))
	}
	fmt.Fprintf(w, "\nFlags:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// maxScanWorkers bounds how many files a scan reads at once: beyond it
// more readers only cost memory (each holds a tag reader).
const maxScanWorkers = 64

// maxAnalyzeWorkers bounds how many tracks are analysed at once: analysis
// is CPU-bound and each worker holds decoded audio, so more workers than
// a few per CPU only cost memory.
func maxAnalyzeWorkers() int { return 4 * runtime.NumCPU() }

// clampWorkers checks a --workers value: a negative one is a usage error,
// and one above limit is lowered to it, with a line saying so.
func (a *runner) clampWorkers(n, limit int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("%w: --workers %d: give a positive number, or 0 for one per CPU", errUsage, n)
	}
	if n > limit {
		fmt.Fprintf(a.env.Stderr, "sleeve: --workers %d is more than this machine can use; using %d\n", n, limit)
		return limit, nil
	}
	return n, nil
}
