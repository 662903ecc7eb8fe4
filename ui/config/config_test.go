package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "config.toml")
	os.WriteFile(file, []byte(`# my settings
db = "/data/from-file.db"
music = ["/music/a", "~/b"]  # two folders

[ollama]
chat_model = "from-file"
embed_model = 'embed-file'
[scan]
workers = 3

[keys]
quit = ["Q", "ctrl+q"]
`), 0o644)

	c, err := Load(file, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	home, _ := os.UserHomeDir()
	if c.DBPath != "/data/from-file.db" || c.ChatModel != "from-file" || c.EmbedModel != "embed-file" ||
		c.ScanWorkers != 3 || len(c.MusicDirs) != 2 || len(c.Keys["quit"]) != 2 || c.Keys["quit"][0] != "Q" || c.MusicDirs[1] != filepath.Join(home, "b") || c.File != file {
		t.Fatalf("file values not applied: %+v", c)
	}
	c, err = Load(file, env(map[string]string{"SLEEVE_DB": "/env.db", "SLEEVE_CHAT_MODEL": "env-chat", "OLLAMA_HOST": "10.0.0.1:1"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.DBPath != "/env.db" || c.ChatModel != "env-chat" || c.EmbedModel != "embed-file" || c.OllamaHost != "10.0.0.1:1" {
		t.Fatalf("environment does not override the file: %+v", c)
	}
}

func TestMissingFiles(t *testing.T) {
	// The default file may be absent...
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if _, err := Load("", env(nil)); err != nil {
		t.Fatalf("absent default file: %v", err)
	}
	// ...but a file asked for by name may not.
	if _, err := Load(filepath.Join(t.TempDir(), "nope.toml"), env(nil)); err == nil {
		t.Fatal("a named config file that does not exist was accepted")
	}
	if _, err := Load("", env(map[string]string{"SLEEVE_CONFIG": "/nope/config.toml"})); err == nil {
		t.Fatal("SLEEVE_CONFIG naming a missing file was accepted")
	}
}

func TestBadFileNamesTheLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.toml")
	os.WriteFile(file, []byte("db = \"/x\"\ncolour = \"blue\"\n"), 0o644)
	_, err := Load(file, env(nil))
	if err == nil || !strings.Contains(err.Error(), ":2:") || !strings.Contains(err.Error(), "colour") {
		t.Fatalf("error %v, want it to name line 2 and the key", err)
	}
	os.WriteFile(file, []byte("db = /unquoted\n"), 0o644)
	if _, err := Load(file, env(nil)); err == nil {
		t.Fatal("unquoted string accepted")
	}
}

// TestUnknownKeysAreRejectedWithTheLine writes [keys] sections with an
// unknown binding name, an unknown key name and an unknown section: each
// is refused with the file's line number.
func TestUnknownKeysAreRejectedWithTheLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.toml")
	for _, c := range []struct{ text, want string }{
		{"[keys]\nquit = [\"Q\"]\nfrobnicate = [\"x\"]\n", `:3: unknown key binding "frobnicate"`},
		{"[keys]\n\nquit = [\"ctrl+qq\"]\n", `:3: key binding quit: unknown key name "ctrl+qq"`},
		{"[keys]\nhelp = [\"F1\", \"contrl+h\"]\n", `:2: key binding help: unknown key name "F1"`},
		{"# mine\n[kees]\nquit = [\"Q\"]\n", `:2: unknown section [kees]`},
		{"[keys]\nrate = [\"1\", \"2\"]\n", `:2: key binding rate: needs five keys`},
	} {
		os.WriteFile(file, []byte(c.text), 0o644)
		_, err := Load(file, env(nil))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.text, err, c.want)
		}
	}
	os.WriteFile(file, []byte("[keys]\nquit = [\"ctrl+q\", \"Q\"]\nnext_pane = [\"tab\", \"f2\"]\nprev_pane = [\"shift+tab\"]\n"), 0o644)
	c, err := Load(file, env(nil))
	if err != nil || len(c.Keys) != 3 {
		t.Fatalf("valid bindings: %v %v", c.Keys, err)
	}
}

// TestConfigThatIsAPipeDoesNotHang points the config at a named pipe with
// no writer, /dev/zero and a folder: each is refused at once.
func TestConfigThatIsAPipeDoesNotHang(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "config.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for _, p := range []string{fifo, "/dev/zero", dir} {
		done := make(chan error, 1)
		go func() {
			_, err := Load(p, env(nil))
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s: %v", p, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("reading %s as the config hangs", p)
		}
	}
}
