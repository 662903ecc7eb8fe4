package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// e2eSleeve is a built sleeve binary with its own home, database and a
// dead Ollama address, for the end-to-end tests.
type e2eSleeve struct {
	t    *testing.T
	dir  string
	bin  string
	home string
	db   string
	// env is the environment that the binary runs with.
	env []string
}

// buildE2ESleeve skips the test in -short mode or without tmux, and
// otherwise builds the binary into a temporary folder with a home whose
// ALSA default is the null device, so previews play without a sound card.
func buildE2ESleeve(t *testing.T) *e2eSleeve {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (apt-get install tmux): skipping the end-to-end test")
	}
	dir := t.TempDir()
	s := &e2eSleeve{t: t, dir: dir, bin: filepath.Join(dir, "sleeve"), home: filepath.Join(dir, "home"), db: filepath.Join(dir, "lib.db")}
	if out, err := exec.Command("go", "build", "-o", s.bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	if err := os.MkdirAll(s.home, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(s.home, ".asoundrc"), []byte("pcm.!default { type null }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.env = append(os.Environ(), "HOME="+s.home, "SLEEVE_DB="+s.db, "OLLAMA_HOST=127.0.0.1:1", "XDG_CONFIG_HOME="+filepath.Join(s.home, ".config"))
	return s
}

// run runs the binary with args to the end and returns its output; a
// failure fails the test.
func (s *e2eSleeve) run(args ...string) string {
	s.t.Helper()
	cmd := exec.Command(s.bin, args...)
	cmd.Env = s.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		s.t.Fatalf("sleeve %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// shellEnv is an env(1) prefix that gives a command in tmux the same
// home, database and Ollama address, with a colour terminal.
func (s *e2eSleeve) shellEnv(extra ...string) string {
	command := "env"
	for _, e := range append([]string{"HOME=" + s.home, "SLEEVE_DB=" + s.db, "OLLAMA_HOST=127.0.0.1:1", "TERM=xterm-256color"}, extra...) {
		command += " '" + e + "'"
	}
	return command
}

// tmuxSession is one tmux server and session on a private socket.
type tmuxSession struct {
	t      *testing.T
	tmux   string
	socket string
	name   string
}

// startTmux starts a detached session of width×height that runs command,
// and kills its server when the test ends.
func (s *e2eSleeve) startTmux(width, height int, command string) *tmuxSession {
	s.t.Helper()
	tmux, err := exec.LookPath("tmux")
	if err != nil {
		s.t.Fatal(err)
	}
	ts := &tmuxSession{t: s.t, tmux: tmux, socket: filepath.Join(s.dir, "tmux.sock"), name: "sleeve-e2e-" + filepath.Base(s.dir)}
	ts.do("new-session", "-d", "-s", ts.name, "-x", itoa(width), "-y", itoa(height), command)
	s.t.Cleanup(func() { exec.Command(tmux, "-S", ts.socket, "kill-server").Run() })
	return ts
}

// do runs a tmux command on the session's server and returns its output;
// a failure fails the test.
func (ts *tmuxSession) do(args ...string) string {
	ts.t.Helper()
	out, err := exec.Command(ts.tmux, append([]string{"-S", ts.socket}, args...)...).CombinedOutput()
	if err != nil {
		ts.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// keys sends keys to the session, as tmux send-keys names them.
func (ts *tmuxSession) keys(keys ...string) {
	ts.t.Helper()
	ts.do(append([]string{"send-keys", "-t", ts.name}, keys...)...)
}

// text types text literally.
func (ts *tmuxSession) text(text string) {
	ts.t.Helper()
	ts.do("send-keys", "-t", ts.name, "-l", text)
}

// resize sets the window's size.
func (ts *tmuxSession) resize(width, height int) {
	ts.t.Helper()
	ts.do("resize-window", "-t", ts.name, "-x", itoa(width), "-y", itoa(height))
}

// screen is the visible text of the pane.
func (ts *tmuxSession) screen() string {
	ts.t.Helper()
	return ts.do("capture-pane", "-p", "-t", ts.name)
}

// waitFor polls the screen until ok holds and returns it, or fails the
// test after 20 s with what the screen shows.
func (ts *tmuxSession) waitFor(what string, ok func(string) bool) string {
	ts.t.Helper()
	return ts.waitForOrSay(what, ok, nil)
}

// waitForOrSay is waitFor that adds what diagnose says to the failure.
func (ts *tmuxSession) waitForOrSay(what string, ok func(string) bool, diagnose func() string) string {
	ts.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		s := ts.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			more := ""
			if diagnose != nil {
				more = "\n" + diagnose()
			}
			ts.t.Fatalf("waited for %s; the screen shows:\n%s%s", what, s, more)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// has is a screen condition: the screen contains sub.
func has(sub string) func(string) bool {
	return func(s string) bool { return strings.Contains(s, sub) }
}

// itoa formats a size for tmux.
func itoa(n int) string { return strconv.Itoa(n) }
