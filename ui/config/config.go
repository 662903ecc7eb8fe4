// Package config holds Sleeve's settings: built-in defaults, then the
// config file, then environment variables, then command-line flags, each
// overriding the one before.
package config

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/adrg/xdg"

	"sleeve/ui/common"
)

// Config is every setting Sleeve reads. main loads it once and passes the
// values down; nothing else reads the environment.
type Config struct {
	// DBPath is the SQLite file. Default: $XDG_DATA_HOME/sleeve/sleeve.db.
	DBPath string
	// MusicDirs are the folders a bare `sleeve scan` scans.
	MusicDirs []string
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
	// Keys rebinds the explorer's keys by name, such as quit = ["q"];
	// `sleeve --help` does not list them, the explorer's help (?) does.
	Keys map[string][]string
	// File is the config file that was read, if any.
	File string
}

// Defaults returns the settings used when nothing else is said.
func Defaults() Config {
	return Config{
		DBPath:     filepath.Join(xdg.DataHome, "sleeve", "sleeve.db"),
		OllamaHost: "http://127.0.0.1:11434",
		ChatModel:  "qwen2.5:1.5b-instruct",
		EmbedModel: "nomic-embed-text",
	}
}

// DefaultFile is where the config file lives unless --config or
// SLEEVE_CONFIG says otherwise.
func DefaultFile() string {
	return filepath.Join(xdg.ConfigHome, "sleeve", "config.toml")
}

// Load builds the configuration from defaults, the config file and the
// environment. getenv is os.Getenv in production. A missing default config
// file is fine; a missing file that was asked for by name is an error.
func Load(file string, getenv func(string) string) (Config, error) {
	c := Defaults()
	explicit := file != ""
	if !explicit {
		file = getenv("SLEEVE_CONFIG")
		explicit = file != ""
	}
	if !explicit {
		file = DefaultFile()
	}
	if err := c.readFile(file); err != nil {
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			// No config file is the normal case.
		} else {
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

// readFile reads a small TOML subset: `key = value` lines, optional
// [sections] that prefix keys with "section.", # comments, quoted strings
// and arrays of quoted strings.
func (c *Config) readFile(path string) error {
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
	section := ""
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(stripComment(sc.Text()))
		if text == "" {
			continue
		}
		if strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") {
			name := strings.TrimSpace(text[1 : len(text)-1])
			if !knownSections[name] {
				return fmt.Errorf("%s:%d: unknown section [%s]; known: [keys], [library], [models], [ollama], [scan]", path, line, name)
			}
			section = name + "."
			continue
		}
		key, value, ok := strings.Cut(text, "=")
		if !ok {
			return fmt.Errorf("%s:%d: expected key = value", path, line)
		}
		key = section + strings.TrimSpace(key)
		if err := c.set(key, strings.TrimSpace(value)); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	return sc.Err()
}

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
var knownSections = map[string]bool{"keys": true, "library": true, "models": true, "ollama": true, "scan": true}

// stripComment removes a # comment that is not inside a quoted string.
func stripComment(s string) string {
	quoted := false
	for i, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
		case r == '#' && !quoted:
			return s[:i]
		}
	}
	return s
}

func (c *Config) set(key, raw string) error {
	str := func() (string, error) { return unquote(raw) }
	var err error
	switch key {
	case "db", "library.db":
		c.DBPath, err = str()
		c.DBPath = expandHome(c.DBPath)
	case "music", "library.music":
		var dirs []string
		dirs, err = parseStrings(raw)
		c.MusicDirs = nil
		for _, d := range dirs {
			c.MusicDirs = append(c.MusicDirs, expandHome(d))
		}
	case "scan.workers":
		c.ScanWorkers, err = strconv.Atoi(raw)
	case "ollama.host":
		c.OllamaHost, err = str()
	case "ollama.chat_model", "models.chat":
		c.ChatModel, err = str()
	case "ollama.embed_model", "models.embed":
		c.EmbedModel, err = str()
	case "ollama.disabled", "models.disabled":
		c.NoLLM, err = strconv.ParseBool(raw)
	default:
		if name, ok := strings.CutPrefix(key, "keys."); ok && name != "" {
			var keys []string
			if keys, err = parseStrings(raw); err == nil {
				if err := common.CheckBinding(name, keys); err != nil {
					return err
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

func unquote(raw string) (string, error) {
	if len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' {
		return strconv.Unquote(raw)
	}
	if len(raw) >= 2 && raw[0] == '\'' && raw[len(raw)-1] == '\'' {
		return raw[1 : len(raw)-1], nil
	}
	return "", fmt.Errorf("expected a quoted string, got %s", raw)
}

// parseStrings reads ["a", "b"] or a single quoted string.
func parseStrings(raw string) ([]string, error) {
	if !strings.HasPrefix(raw, "[") {
		s, err := unquote(raw)
		return []string{s}, err
	}
	if !strings.HasSuffix(raw, "]") {
		return nil, errors.New("array must end with ]")
	}
	var out []string
	for _, part := range strings.Split(raw[1:len(raw)-1], ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		s, err := unquote(part)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
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
