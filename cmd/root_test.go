package cmd

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// runBare runs the command line with exactly args, without the --db and
// --config that run adds.
func runBare(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	dir := t.TempDir()
	env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(k string) string {
		switch k {
		case "XDG_CONFIG_HOME", "XDG_DATA_HOME":
			return dir
		}
		return ""
	}}
	code := Run(context.Background(), args, env)
	return code, out.String(), errb.String()
}

func TestVersionFlag(t *testing.T) {
	old := Version
	Version = "1.2.3-test"
	defer func() { Version = old }()
	code, out, errOut := runBare(t, "--version")
	if code != 0 || !strings.Contains(out, "1.2.3-test") {
		t.Fatalf("--version: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestCompletionBash(t *testing.T) {
	code, out, errOut := runBare(t, "completion", "bash")
	if code != 0 || !strings.Contains(out, "bash completion") || !strings.Contains(out, "__start_sleeve") {
		t.Fatalf("completion bash: exit %d, stderr %q, stdout starts %q", code, errOut, head(out))
	}
	for _, shell := range []string{"zsh", "fish"} {
		code, out, _ := runBare(t, "completion", shell)
		if code != 0 || !strings.Contains(out, "sleeve") {
			t.Errorf("completion %s: exit %d, %q", shell, code, head(out))
		}
	}
}

// TestCompletionListsCommands asks cobra's completion helper what follows
// `sleeve `, as the shells do.
func TestCompletionListsCommands(t *testing.T) {
	code, out, _ := runBare(t, "__complete", "")
	if code != 0 {
		t.Fatalf("__complete: exit %d", code)
	}
	for _, c := range sleeveCommands() {
		if !strings.Contains(out, c.Name()+"\t") {
			t.Errorf("completion does not offer %s:\n%s", c.Name(), out)
		}
	}
}

// TestCompletionListsFlags checks that the shells are offered each
// command's own flags and the global ones, and the values of --sort.
func TestCompletionListsFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"ls", "--"}, []string{"--sort\t", "--json\t", "--limit\t", "--db\t", "--no-llm\t"}},
		{[]string{"scan", "--"}, []string{"--workers\t", "--no-analyze\t", "--config\t"}},
		{[]string{"recommend", "calm", "--"}, []string{"--session\t", "--undo\t"}},
		{[]string{"ls", "--sort", ""}, []string{"bpm\n", "loudness\n"}},
		{[]string{"models", ""}, []string{"pull\t"}},
	} {
		code, out, _ := runBare(t, append([]string{"__complete"}, c.args...)...)
		for _, w := range c.want {
			if code != 0 || !strings.Contains(out, w) {
				t.Errorf("__complete %q: exit %d, no %q in\n%s", c.args, code, w, out)
			}
		}
	}
}

func TestHelpCommandPrintsCommandHelp(t *testing.T) {
	code, out, _ := runBare(t, "help", "ls")
	if code != 0 || !strings.Contains(out, "sleeve ls [FILTER]") || !strings.Contains(out, "--sort") ||
		!strings.Contains(out, "Filter fields:") {
		t.Fatalf("help ls: exit %d\n%s", code, out)
	}
}

// TestManPage checks that fang's man command writes a man page that names
// the commands. Fang writes it to the process's standard output, so the
// test points that at a file for the while.
func TestManPage(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "sleeve.1"))
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = f
	code, _, errOut := runBare(t, "man")
	os.Stdout = stdout
	f.Close()
	b, _ := os.ReadFile(f.Name())
	out := string(b)
	if code != 0 || !strings.Contains(out, ".TH") || !strings.Contains(out, "recommend") {
		t.Fatalf("man: exit %d, stderr %q, stdout starts %q", code, errOut, head(out))
	}
}

// sleeveCommands are the commands that Sleeve registers, without the ones
// cobra and fang add.
func sleeveCommands() []*cobra.Command {
	return newRootCommand(&runner{}).Commands()
}

// TestGlobalFlagsBeforeOrAfterCommand checks that --db is accepted on
// either side of the command name, and that a read-only command still
// never creates a library.
func TestGlobalFlagsBeforeOrAfterCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	cfg := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(cfg, []byte("# empty\n"), 0o644)
	for _, args := range [][]string{
		{"--db", db, "--config", cfg, "stats"},
		{"stats", "--db", db, "--config", cfg},
		{"--db", db, "stats", "--config", cfg},
	} {
		code, _, errOut := runBare(t, args...)
		if code != 1 || !strings.Contains(errOut, "no library at") {
			t.Errorf("%v: exit %d, %q; want 1 and no library", args, code, errOut)
		}
		if _, err := os.Stat(db); !os.IsNotExist(err) {
			t.Fatalf("%v created %s", args, db)
		}
	}
	makeLibrary(t, db)
	for _, args := range [][]string{
		{"--db", db, "--config", cfg, "stats", "--json"},
		{"stats", "--json", "--db", db, "--config", cfg},
	} {
		code, out, errOut := runBare(t, args...)
		if code != 0 || !strings.Contains(out, `"tracks"`) {
			t.Errorf("%v: exit %d, %q %q", args, code, out, errOut)
		}
	}
}

func TestUnknownFlagBeforeCommandIsUsageError(t *testing.T) {
	code, _, errOut := runBare(t, "--frobnicate", "stats")
	if code != 2 || !strings.Contains(errOut, "frobnicate") {
		t.Fatalf("exit %d, %q", code, errOut)
	}
}

func head(s string) string {
	if len(s) > 200 {
		return s[:200]
	}
	return s
}
