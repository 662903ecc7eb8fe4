package common_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/config"
	"sleeve/ui/common"
)

// TestConfigKeysAreCheckedWithTheLine loads config files whose [keys]
// section has an unknown binding name or an unknown key name, through the
// explorer's own check: each is refused with the file's line number.
func TestConfigKeysAreCheckedWithTheLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.toml")
	getenv := func(string) string { return "" }
	for _, c := range []struct{ text, want string }{
		{"[keys]\nquit = [\"Q\"]\nfrobnicate = [\"x\"]\n", `:3: unknown key binding "frobnicate"`},
		{"[keys]\n\nquit = [\"ctrl+qq\"]\n", `:3: key binding quit: unknown key name "ctrl+qq"`},
		{"[keys]\nhelp = [\"F1\", \"contrl+h\"]\n", `:2: key binding help: unknown key name "F1"`},
		{"# mine\n[kees]\nquit = [\"Q\"]\n", `:2: unknown section [kees]`},
		{"[keys]\nrate = [\"1\", \"2\"]\n", `:2: key binding rate: needs five keys`},
	} {
		os.WriteFile(file, []byte(c.text), 0o644)
		_, err := config.Load(file, getenv, common.CheckBinding)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.text, err, c.want)
		}
	}
	os.WriteFile(file, []byte("[keys]\nquit = [\"ctrl+q\", \"Q\"]\nnext_pane = [\"tab\", \"f2\"]\nprev_pane = [\"shift+tab\"]\n"), 0o644)
	c, err := config.Load(file, getenv, common.CheckBinding)
	if err != nil || len(c.Keys) != 3 {
		t.Fatalf("valid bindings: %v %v", c.Keys, err)
	}
}
