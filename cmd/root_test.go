package cmd

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	for _, c := range commands() {
		if !strings.Contains(out, c.name+"\t") {
			t.Errorf("completion does not offer %s:\n%s", c.name, out)
		}
	}
}

func TestHelpCommandPrintsCommandHelp(t *testing.T) {
	code, out, _ := runBare(t, "help", "ls")
	if code != 0 || !strings.Contains(out, "Usage:\n  sleeve ls") || !strings.Contains(out, "-sort") {
		t.Fatalf("help ls: exit %d\n%s", code, out)
	}
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
