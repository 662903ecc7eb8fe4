// Package config holds Sleeve's settings: built-in defaults, then the
// config file, then environment variables, then command-line flags, each
// overriding the one before.
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/adrg/xdg"
	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// Config is every setting Sleeve reads. main loads it once and passes the
// values down; nothing else reads the environment.
type Config struct {
	// DBPath is the SQLite file. Default: $XDG_DATA_HOME/sleeve/sleeve.db.
	DBPath string
	// MusicDirs are the folders a bare `sleeve scan` scans.
	MusicDirs []string
	// PlaylistDir is where the explorer writes exported M3U playlists
	// ("playlists" in the file). Default: $XDG_DATA_HOME/sleeve/playlists.
	PlaylistDir string
	// ScanWorkers is how many files are read at once; 0 means one per CPU.
	ScanWorkers int
	// OllamaHost is where Ollama listens, as in OLLAMA_HOST.
	OllamaHost string
	// ChatModel writes notes and reads requests; EmbedModel embeds them.
	ChatModel  string
	EmbedModel string
	// NoLLM turns the language model off: template notes, rule parser and
	// lexical search.
	NoLLM bool
	// Level turns loudness levelling on: each track plays turned up or
	// down so that its measured loudness meets LevelTarget, without
	// clipping ("[player] level" in the file). Default: on.
	Level bool
	// LevelTarget is the loudness, in LUFS, that levelling aims at
	// ("[player] target_lufs"). Default: -18, ReplayGain's reference.
	LevelTarget float64
	// Keys rebinds the explorer's keys by name, such as quit = ["q"];
	// `sleeve --help` does not list them, the explorer's help (?) does.
	Keys map[string][]string
	// File is the config file that was read, if any.
	File string
}

// Defaults returns the settings used when nothing else is said.
func Defaults() Config {
	return Config{
		DBPath:      filepath.Join(xdg.DataHome, "sleeve", "sleeve.db"),
		PlaylistDir: filepath.Join(xdg.DataHome, "sleeve", "playlists"),
		OllamaHost:  "http://127.0.0.1:11434",
		ChatModel:   "qwen2.5:1.5b-instruct",
		EmbedModel:  "nomic-embed-text",
		Level:       true,
		LevelTarget: -18,
	}
}

// DefaultFile is where the config file lives unless --config or
// SLEEVE_CONFIG says otherwise.
func DefaultFile() string {
	return filepath.Join(xdg.ConfigHome, "sleeve", "config.toml")
}

// KeyCheck checks one rebinding of the [keys] section: the explorer's key
// map knows the names, and config, at the bottom of the imports, does not.
type KeyCheck func(name string, keys []string) error

// Load builds the configuration from defaults, the config file and the
// environment. getenv is os.Getenv in production; checkKeys checks each
// [keys] rebinding (nil accepts any). A missing default config file is
// fine; a missing file that was asked for by name is an error.
func Load(file string, getenv func(string) string, checkKeys KeyCheck) (Config, error) {
	c := Defaults()
	explicit := file != ""
	if !explicit {
		file = getenv("SLEEVE_CONFIG")
		explicit = file != ""
	}
	if !explicit {
		file = DefaultFile()
	}
	if err := c.readFile(file, checkKeys); err != nil {
		switch {
		case !explicit && errors.Is(err, fs.ErrNotExist):
			// No config file is the normal case.
		case errors.Is(err, fs.ErrNotExist):
			// A file asked for by name must be there, or a typo would
			// pass unseen; say how to go on.
			by := "--config"
			if getenv("SLEEVE_CONFIG") == file {
				by = "SLEEVE_CONFIG"
			}
			return Config{}, fmt.Errorf("there is no config file at %s (named by %s): create it (an empty file gives the defaults) or name another", file, by)
		default:
			return Config{}, err
		}
	} else {
		c.File = file
	}
	if v := getenv("SLEEVE_DB"); v != "" {
		c.DBPath = v
	}
	if v := getenv("OLLAMA_HOST"); v != "" {
		c.OllamaHost = v
	}
	if v := getenv("SLEEVE_CHAT_MODEL"); v != "" {
		c.ChatModel = v
	}
	if v := getenv("SLEEVE_EMBED_MODEL"); v != "" {
		c.EmbedModel = v
	}
	if v := getenv("SLEEVE_NO_LLM"); v != "" && v != "0" && v != "false" {
		c.NoLLM = true
	}
	return c, nil
}

// readFile reads the config file as TOML 1.0 (go-toml), then applies each
// setting it names. Every error names the file and the line.
func (c *Config) readFile(path string, checkKeys KeyCheck) error {
	// Non-blocking, so that a named pipe cannot hang the open; only a
	// regular file is read.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil {
		return err
	} else if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file (it is %s); give --config a text file", path, fileKind(fi.Mode()))
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return err
	}
	if len(data) > maxFileSize {
		return fmt.Errorf("%s is over %d KB; a config file is a few lines", path, maxFileSize/1024)
	}
	return c.apply(path, data, checkKeys)
}

// maxFileSize bounds what is read as a config file.
const maxFileSize = 1 << 20

// fileKind names what a path that is not a regular file is.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}

// knownSections are the [section] names the file may have.
var knownSections = map[string]bool{"keys": true, "library": true, "models": true, "ollama": true, "player": true, "scan": true}

// apply decodes data and sets every value it holds, in the order of the
// file's lines, so that the first error reported is the first in the file.
func (c *Config) apply(path string, data []byte, checkKeys KeyCheck) error {
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, col := de.Position()
			return fmt.Errorf("%s:%d:%d: %s", path, line, col, strings.TrimPrefix(de.Error(), "toml: "))
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	lines := keyLines(data)
	var settings []setting
	for name, v := range doc {
		table, isTable := v.(map[string]any)
		if !isTable {
			settings = append(settings, setting{name, v, lines[name]})
			continue
		}
		if !knownSections[name] {
			return fmt.Errorf("%s:%d: unknown section [%s]; known: [keys], [library], [models], [ollama], [player], [scan]", path, lines[name], name)
		}
		for key, v := range table {
			full := name + "." + key
			settings = append(settings, setting{full, v, lines[full]})
		}
	}
	sort.Slice(settings, func(i, j int) bool {
		if settings[i].line != settings[j].line {
			return settings[i].line < settings[j].line
		}
		return settings[i].key < settings[j].key
	})
	for _, s := range settings {
		if err := c.set(s.key, s.value, checkKeys); err != nil {
			return fmt.Errorf("%s:%d: %w", path, s.line, err)
		}
	}
	return nil
}

// setting is one key of the file with its value and line.
type setting struct {
	key   string
	value any
	line  int
}

// keyLines maps each dotted key of a TOML document (and each table) to the
// line it is written on. The document has already been decoded, so it
// parses.
func keyLines(data []byte) map[string]int {
	lines := map[string]int{}
	var p unstable.Parser
	p.Reset(data)
	prefix := ""
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			name, line := dottedKey(&p, e.Key())
			prefix = name + "."
			if _, seen := lines[name]; !seen {
				lines[name] = line
			}
		case unstable.KeyValue:
			recordKeyValue(&p, lines, prefix, e)
		}
	}
	return lines
}

// recordKeyValue records the line of a key = value, and of the keys of an
// inline table given as its value.
func recordKeyValue(p *unstable.Parser, lines map[string]int, prefix string, kv *unstable.Node) {
	name, line := dottedKey(p, kv.Key())
	full := prefix + name
	lines[full] = line
	// A dotted key (ollama.host = ...) also places its table.
	for i := strings.Index(full, "."); i >= 0; {
		if _, seen := lines[full[:i]]; !seen {
			lines[full[:i]] = line
		}
		next := strings.Index(full[i+1:], ".")
		if next < 0 {
			break
		}
		i += next + 1
	}
	if v := kv.Value(); v.Kind == unstable.InlineTable {
		it := v.Children()
		for it.Next() {
			recordKeyValue(p, lines, full+".", it.Node())
		}
	}
}

// dottedKey joins the parts of a key and says on which line it starts.
func dottedKey(p *unstable.Parser, it unstable.Iterator) (string, int) {
	var parts []string
	line := 0
	for it.Next() {
		n := it.Node()
		if line == 0 {
			line = p.Shape(n.Raw).Start.Line
		}
		parts = append(parts, string(n.Data))
	}
	return strings.Join(parts, "."), line
}

// set applies one setting. Besides TOML's own types it takes the forms the
// older hand-written reader took: a single string where a list is expected,
// and 0 or 1 for a boolean.
func (c *Config) set(key string, value any, checkKeys KeyCheck) error {
	var err error
	switch key {
	case "db", "library.db":
		c.DBPath, err = asString(value)
		c.DBPath = expandHome(c.DBPath)
	case "music", "library.music":
		var dirs []string
		dirs, err = asStrings(value)
		c.MusicDirs = nil
		for _, d := range dirs {
			c.MusicDirs = append(c.MusicDirs, expandHome(d))
		}
	case "playlists", "library.playlists":
		c.PlaylistDir, err = asString(value)
		c.PlaylistDir = expandHome(c.PlaylistDir)
	case "scan.workers":
		c.ScanWorkers, err = asInt(value)
	case "ollama.host":
		c.OllamaHost, err = asString(value)
	case "ollama.chat_model", "models.chat":
		c.ChatModel, err = asString(value)
	case "ollama.embed_model", "models.embed":
		c.EmbedModel, err = asString(value)
	case "ollama.disabled", "models.disabled":
		c.NoLLM, err = asBool(value)
	case "player.level":
		c.Level, err = asBool(value)
	case "player.target_lufs":
		c.LevelTarget, err = asFloat(value)
		if err == nil && (c.LevelTarget < -40 || c.LevelTarget > -5) {
			err = fmt.Errorf("%g LUFS is outside -40 to -5; ReplayGain's -18 is usual", c.LevelTarget)
		}
	default:
		if name, ok := strings.CutPrefix(key, "keys."); ok && name != "" {
			var keys []string
			if keys, err = asStrings(value); err == nil {
				if checkKeys != nil {
					if err := checkKeys(name, keys); err != nil {
						return err
					}
				}
				if c.Keys == nil {
					c.Keys = map[string][]string{}
				}
				c.Keys[name] = keys
			}
			break
		}
		return fmt.Errorf("unknown setting %q", key)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	return nil
}

// describe names the TOML type of a decoded value, for error messages.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("the string %q", v)
	case int64:
		return fmt.Sprintf("the number %d", v)
	case float64:
		return fmt.Sprintf("the number %g", v)
	case bool:
		return fmt.Sprintf("%t", v)
	case []any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}

func asString(v any) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	return "", fmt.Errorf("expected a quoted string, got %s", describe(v))
}

// asStrings reads ["a", "b"] or a single string.
func asStrings(v any) ([]string, error) {
	if s, ok := v.(string); ok {
		return []string{s}, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("expected a list of quoted strings, got %s", describe(v))
	}
	out := make([]string, 0, len(list))
	for _, item := range list {
		s, ok := item.(string)
		if !ok {
			return nil, fmt.Errorf("expected a list of quoted strings, got %s in it", describe(item))
		}
		out = append(out, s)
	}
	return out, nil
}

func asInt(v any) (int, error) {
	n, ok := v.(int64)
	if !ok {
		return 0, fmt.Errorf("expected a whole number, got %s", describe(v))
	}
	if n < 0 || n > 1<<16 {
		return 0, fmt.Errorf("%d is out of range (0 to 65536)", n)
	}
	return int(n), nil
}

func asFloat(v any) (float64, error) {
	switch v := v.(type) {
	case float64:
		return v, nil
	case int64:
		return float64(v), nil
	}
	return 0, fmt.Errorf("expected a number, got %s", describe(v))
}

func asBool(v any) (bool, error) {
	switch v := v.(type) {
	case bool:
		return v, nil
	case int64:
		if v == 0 || v == 1 {
			return v == 1, nil
		}
	}
	return false, fmt.Errorf("expected true or false, got %s", describe(v))
}

// expandHome turns a leading ~/ into the home folder.
func expandHome(p string) string {
	if strings.HasPrefix(p, "~/") {
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, p[2:])
		}
	}
	return p
}
