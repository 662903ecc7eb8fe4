package config

import (
	"fmt"
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

	c, err := Load(file, env(nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	home, _ := os.UserHomeDir()
	if c.DBPath != "/data/from-file.db" || c.ChatModel != "from-file" || c.EmbedModel != "embed-file" ||
		c.ScanWorkers != 3 || len(c.MusicDirs) != 2 || len(c.Keys["quit"]) != 2 || c.Keys["quit"][0] != "Q" || c.MusicDirs[1] != filepath.Join(home, "b") || c.File != file {
		t.Fatalf("file values not applied: %+v", c)
	}
	c, err = Load(file, env(map[string]string{"SLEEVE_DB": "/env.db", "SLEEVE_CHAT_MODEL": "env-chat", "OLLAMA_HOST": "10.0.0.1:1"}), nil)
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
	if _, err := Load("", env(nil), nil); err != nil {
		t.Fatalf("absent default file: %v", err)
	}
	// ...but a file asked for by name may not.
	if _, err := Load(filepath.Join(t.TempDir(), "nope.toml"), env(nil), nil); err == nil {
		t.Fatal("a named config file that does not exist was accepted")
	}
	if _, err := Load("", env(map[string]string{"SLEEVE_CONFIG": "/nope/config.toml"}), nil); err == nil {
		t.Fatal("SLEEVE_CONFIG naming a missing file was accepted")
	} else if msg := err.Error(); !strings.Contains(msg, "no config file at /nope/config.toml (named by SLEEVE_CONFIG)") ||
		!strings.Contains(msg, "create it") {
		t.Errorf("the error does not say what is missing and how to go on: %q", msg)
	}
	if _, err := Load("/nope/other.toml", env(nil), nil); err == nil || !strings.Contains(err.Error(), "(named by --config)") {
		t.Errorf("a missing --config file: %v", err)
	}
}

func TestBadFileNamesTheLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.toml")
	os.WriteFile(file, []byte("db = \"/x\"\ncolour = \"blue\"\n"), 0o644)
	_, err := Load(file, env(nil), nil)
	if err == nil || !strings.Contains(err.Error(), ":2:") || !strings.Contains(err.Error(), "colour") {
		t.Fatalf("error %v, want it to name line 2 and the key", err)
	}
	os.WriteFile(file, []byte("db = /unquoted\n"), 0o644)
	if _, err := Load(file, env(nil), nil); err == nil {
		t.Fatal("unquoted string accepted")
	}
}

// onlyQuit is a key check that knows one binding, quit, and refuses keys
// longer than six characters; the explorer's real check is tested in
// ui/common.
func onlyQuit(name string, keys []string) error {
	if name != "quit" {
		return fmt.Errorf("unknown key binding %q", name)
	}
	for _, k := range keys {
		if len(k) > 6 {
			return fmt.Errorf("key binding quit: unknown key name %q", k)
		}
	}
	return nil
}

// TestUnknownKeysAreRejectedWithTheLine writes [keys] sections with an
// unknown binding name, an unknown key name and an unknown section: each
// is refused with the file's line number.
func TestUnknownKeysAreRejectedWithTheLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.toml")
	for _, c := range []struct{ text, want string }{
		{"[keys]\nquit = [\"Q\"]\nfrobnicate = [\"x\"]\n", `:3: unknown key binding "frobnicate"`},
		{"[keys]\n\nquit = [\"ctrl+qq\"]\n", `:3: key binding quit: unknown key name "ctrl+qq"`},
		{"[keys]\nquit = [\n  \"Q\",\n  \"ctrl+qqq\",\n]\n", `:2: key binding quit: unknown key name "ctrl+qqq"`},
		{"keys.frob = \"x\"\n", `:1: unknown key binding "frob"`},
		{"keys = { quit = \"q\", frob = \"x\" }\n", `:1: unknown key binding "frob"`},
		{"# mine\n[kees]\nquit = [\"Q\"]\n", `:2: unknown section [kees]`},
		{"[ollama]\nhost = \"x\"\n\n[scan]\nworkers = 2\ncolour = 1\n", `:6: unknown setting "scan.colour"`},
	} {
		os.WriteFile(file, []byte(c.text), 0o644)
		_, err := Load(file, env(nil), onlyQuit)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.text, err, c.want)
		}
	}
	os.WriteFile(file, []byte("[keys]\nquit = [\"ctrl+q\", \"Q\"]\n"), 0o644)
	c, err := Load(file, env(nil), onlyQuit)
	if err != nil || len(c.Keys) != 1 || len(c.Keys["quit"]) != 2 {
		t.Fatalf("valid bindings: %v %v", c.Keys, err)
	}
}

// TestFullTOML reads what the hand-written subset refused: a comma inside
// a string, a multi-line array with a trailing comma, escaped quotes,
// dotted keys and an inline table.
func TestFullTOML(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.toml")
	os.WriteFile(file, []byte(`db = "/music/\"quoted\" db.sqlite"
music = [
  "/music/Rock, Pop",   # a comma in a folder name
  '/music/C:\raw',
]
ollama.host = "http://10.0.0.2:11434"
models = { chat = "llama3.2:3b", embed = "mxbai" }

[keys]
quit = [
  "Q",
  "ctrl+q",
]
`), 0o644)
	c, err := Load(file, env(nil), onlyQuit)
	if err != nil {
		t.Fatal(err)
	}
	if c.DBPath != `/music/"quoted" db.sqlite` {
		t.Errorf("escaped quotes: %q", c.DBPath)
	}
	if len(c.MusicDirs) != 2 || c.MusicDirs[0] != "/music/Rock, Pop" || c.MusicDirs[1] != `/music/C:\raw` {
		t.Errorf("multi-line array: %q", c.MusicDirs)
	}
	if c.OllamaHost != "http://10.0.0.2:11434" || c.ChatModel != "llama3.2:3b" || c.EmbedModel != "mxbai" {
		t.Errorf("dotted key or inline table: %+v", c)
	}
	if strings.Join(c.Keys["quit"], " ") != "Q ctrl+q" {
		t.Errorf("keys: %v", c.Keys)
	}
}

// TestOldFilesStillLoad reads the README's example and the forms the older
// reader accepted: a single string for a list, [models] and [library]
// sections, literal strings and 0/1 for a boolean.
func TestOldFilesStillLoad(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	i := strings.Index(text, "```toml\n")
	if i < 0 {
		t.Fatal("the README has no toml example")
	}
	example := text[i+len("```toml\n"):]
	example = example[:strings.Index(example, "```")]
	dir := t.TempDir()
	file := filepath.Join(dir, "readme.toml")
	os.WriteFile(file, []byte(example), 0o644)
	c, err := Load(file, env(nil), onlyQuit)
	if err != nil {
		t.Fatalf("the README's example: %v", err)
	}
	home, _ := os.UserHomeDir()
	if c.DBPath != filepath.Join(home, ".local/share/sleeve/sleeve.db") || len(c.MusicDirs) != 1 || c.ChatModel != "qwen2.5:1.5b-instruct" {
		t.Errorf("the README's example read as %+v", c)
	}

	for _, old := range []struct {
		text  string
		check func(Config) bool
	}{
		{"music = \"~/Music\"\n", func(c Config) bool { return len(c.MusicDirs) == 1 && c.MusicDirs[0] == filepath.Join(home, "Music") }},
		{"[library]\ndb = '/x.db'\nmusic = ['/a', '/b']\n", func(c Config) bool { return c.DBPath == "/x.db" && len(c.MusicDirs) == 2 }},
		{"[models]\nchat = \"c\"\nembed = \"e\"\ndisabled = 1\n", func(c Config) bool { return c.ChatModel == "c" && c.EmbedModel == "e" && c.NoLLM }},
		{"[ollama]\nhost = \"h\"  # comment\ndisabled = false\n[scan]\nworkers = 8\n", func(c Config) bool { return c.OllamaHost == "h" && !c.NoLLM && c.ScanWorkers == 8 }},
		{"[keys]\nquit = \"Q\"\n", func(c Config) bool { return len(c.Keys["quit"]) == 1 }},
	} {
		os.WriteFile(file, []byte(old.text), 0o644)
		c, err := Load(file, env(nil), onlyQuit)
		if err != nil || !old.check(c) {
			t.Errorf("%q: %+v, %v", old.text, c, err)
		}
	}
}

// TestSyntaxErrorsNameTheLine gives files that are not TOML, or have the
// wrong type for a setting: the error names the file and the line.
func TestSyntaxErrorsNameTheLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.toml")
	for _, c := range []struct{ text, want string }{
		{"db = \"/x\"\n\nmusic = [\"/a\"\n", "c.toml:3"},
		{"[ollama]\nhost = \"unterminated\n", "c.toml:2"},
		{"db = \"/x\"\ndb = \"/y\"\n", "c.toml:2"},
		{"[scan]\nworkers = \"four\"\n", `c.toml:2: scan.workers: expected a whole number, got the string "four"`},
		{"music = [\"/a\", 3]\n", "c.toml:1: music: expected a list of quoted strings, got the number 3 in it"},
		{"[ollama]\ndisabled = \"yes\"\n", "c.toml:2: ollama.disabled: expected true or false"},
	} {
		os.WriteFile(file, []byte(c.text), 0o644)
		_, err := Load(file, env(nil), nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.text, err, c.want)
		}
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
			_, err := Load(p, env(nil), nil)
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

// TestPlaylistDir: playlists go to a folder under the data directory by
// default, and to the folder "playlists" names in the file.
func TestPlaylistDir(t *testing.T) {
	d := Defaults()
	if filepath.Dir(d.PlaylistDir) != filepath.Dir(d.DBPath) || filepath.Base(d.PlaylistDir) != "playlists" {
		t.Errorf("default playlists %q, database %q: want a playlists folder beside the database", d.PlaylistDir, d.DBPath)
	}
	file := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(file, []byte("playlists = \"~/Playlists\"\n"), 0o644)
	c, err := Load(file, env(nil), nil)
	home, _ := os.UserHomeDir()
	if err != nil || c.PlaylistDir != filepath.Join(home, "Playlists") {
		t.Fatalf("playlists from the file: %q %v", c.PlaylistDir, err)
	}
}

// TestPlayerLevel: loudness levelling is on at -18 LUFS by default; the
// [player] table turns it off or moves the target, and a target out of
// range or of the wrong type is refused with its line.
func TestPlayerLevel(t *testing.T) {
	d := Defaults()
	if !d.Level || d.LevelTarget != -18 {
		t.Errorf("defaults: level %v at %v LUFS, want on at -18", d.Level, d.LevelTarget)
	}
	dir := t.TempDir()
	load := func(text string) (Config, error) {
		file := filepath.Join(dir, "config.toml")
		os.WriteFile(file, []byte(text), 0o644)
		return Load(file, env(nil), nil)
	}
	c, err := load("[player]\nlevel = false\ntarget_lufs = -23\n")
	if err != nil || c.Level || c.LevelTarget != -23 {
		t.Fatalf("level off at -23: %v at %v, %v", c.Level, c.LevelTarget, err)
	}
	if c, err := load("[player]\ntarget_lufs = -14.5\n"); err != nil || !c.Level || c.LevelTarget != -14.5 {
		t.Fatalf("a fractional target: %v at %v, %v", c.Level, c.LevelTarget, err)
	}
	for _, bad := range []string{"[player]\ntarget_lufs = 3\n", "[player]\n\ntarget_lufs = \"loud\"\n"} {
		if _, err := load(bad); err == nil || !strings.Contains(err.Error(), "player.target_lufs") {
			t.Errorf("%q: %v, want an error naming player.target_lufs", bad, err)
		}
	}
}
