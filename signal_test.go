package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"sleeve/library/synth"

	_ "modernc.org/sqlite"
)

// signalGuard bounds the waits of TestFirstCtrlCStopsLongCommands: for the
// command to be under way, and for it to end after the SIGINT. It only
// turns a hang into a failure; nothing is timed.
const signalGuard = 60 * time.Second

// TestFirstCtrlCStopsLongCommands sends one SIGINT, as Ctrl-C does, to
// the built binary while it synthesises the demo and while it analyses:
// each stops with status 130, and what the analysis finished is kept.
//
// The signal is sent once the command is seen at work, not after a fixed
// time: the demo once its first file appears in the demo folder, the
// analysis once `sleeve stats` counts a track it analysed. Both come after
// the binary has installed its handler (first thing in main) and opened
// the library, so a slow start can neither meet the signal unhandled nor
// have it land in the opening (TestFirstCtrlCWhileOpeningExits130 sends
// it there).
func TestFirstCtrlCStopsLongCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped in -short mode")
	}
	dir, bin, _, env := buildSleeve(t)
	run := func(args ...string) ([]byte, error) {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		return cmd.Output()
	}
	mustRun := func(args ...string) []byte {
		t.Helper()
		out, err := run(args...)
		if err != nil {
			t.Fatalf("sleeve %v: %v\n%s", args, err, out)
		}
		return out
	}
	interrupt := func(ready func() bool, args ...string) (int, string, string) {
		t.Helper()
		return interruptWhen(t, bin, env, func(int) bool { return ready() }, args...)
	}

	// The demo: at work once a file (a track or one being written)
	// appears under its folder. 32 tracks are to be synthesised, scanned
	// and analysed then, and an interruption at any of these steps ends
	// with status 130.
	demo := filepath.Join(dir, "demo")
	demoStarted := func() bool {
		found := false
		filepath.WalkDir(demo, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				found = true
				return filepath.SkipAll
			}
			return nil
		})
		return found
	}
	if code, out, errOut := interrupt(demoStarted, "demo", demo); code != 130 {
		t.Errorf("demo after SIGINT: exit %d, want 130\n%s%s", code, out, errOut)
	} else {
		t.Logf("demo interrupted: %s", strings.TrimSpace(out))
	}

	music := writeDemoMusic(t, filepath.Join(dir, "music"), 12, 40)
	mustRun("scan", "--no-analyze", "--quiet", music)

	// The analysis: at work once the library counts one of its tracks
	// analysed, as `sleeve stats` run beside it shows.
	type summary struct {
		UpToDate    int  `json:"up_to_date"`
		Analysed    int  `json:"analysed"`
		Interrupted bool `json:"interrupted"`
	}
	seen := 0
	analysing := func() bool {
		out, err := run("stats", "--json")
		if err != nil {
			return false // the library may be busy; ask again
		}
		var st struct {
			Analysis struct {
				UpToDate int `json:"up_to_date"`
			} `json:"analysis"`
		}
		if json.Unmarshal(out, &st) != nil {
			return false
		}
		seen = st.Analysis.UpToDate
		return seen > 0
	}
	code, out, errOut := interrupt(analysing, "analyze", "--workers", "1", "--json")
	var first summary
	if err := json.Unmarshal([]byte(out), &first); err != nil {
		t.Fatalf("analyze after SIGINT: exit %d, output not JSON: %v\n%s%s", code, err, out, errOut)
	}
	switch {
	case code == 130 && first.Interrupted:
		// The usual case: the analysis was under way.
	case code == 0 && !first.Interrupted && first.Analysed == 12:
		// All twelve were done in the moment between stats seeing the
		// first and the signal; nothing was left to interrupt.
		t.Logf("the analysis finished before the SIGINT reached it")
	default:
		t.Fatalf("analyze after SIGINT: exit %d, %+v; want 130 and interrupted (or 0 with all 12 analysed)\n%s", code, first, errOut)
	}
	if first.Analysed < seen {
		t.Errorf("the interrupted analysis says it analysed %d tracks; stats had seen %d", first.Analysed, seen)
	}

	// Every track the interrupted run analysed is kept: the next run
	// finds them up to date and analyses the rest.
	var again summary
	if err := json.Unmarshal(mustRun("analyze", "--json", "--quiet"), &again); err != nil {
		t.Fatal(err)
	}
	if again.UpToDate != first.Analysed || again.Analysed != 12-first.Analysed {
		t.Errorf("after an analysis interrupted with %d analysed: %+v, want those %d up to date and the other %d analysed",
			first.Analysed, again, first.Analysed, 12-first.Analysed)
	}
	t.Logf("analysis interrupted with status %d once stats saw %d analysed; %d tracks were kept", code, seen, again.UpToDate)
}

// interruptWhen starts the binary bin with env and args, sends it one
// SIGINT once ready, given its process id, says it is at work, and returns
// its exit status, its standard output and its standard error.
func interruptWhen(t *testing.T, bin string, env []string, ready func(pid int) bool, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for deadline := time.Now().Add(signalGuard); !ready(cmd.Process.Pid); time.Sleep(10 * time.Millisecond) {
		select {
		case err := <-done:
			t.Fatalf("sleeve %v ended (%v) before it was seen at work\n%s%s", args, err, stdout.String(), stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			<-done
			t.Fatalf("sleeve %v not seen at work after %v\n%s%s", args, signalGuard, stdout.String(), stderr.String())
		}
	}
	cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-done:
	case <-time.After(signalGuard):
		cmd.Process.Kill()
		<-done
		t.Fatalf("sleeve %v still runs %v after one SIGINT", args, signalGuard)
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

// TestFirstCtrlCWhileOpeningExits130 sends one SIGINT to the built
// binary while `sleeve analyze` and `sleeve scan` are still opening the
// library: each ends with status 130 and says it was interrupted, as when
// Ctrl-C stops the work itself, and the library then opens with every
// track kept.
//
// The test holds the library's write lock, so that the binary cannot
// finish opening it (bringing the schema up to date begins a write); it
// signals once the binary holds the database file open, which it does
// only after installing its handler, and lets the lock go once the binary
// has ended.
func TestFirstCtrlCWhileOpeningExits130(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped in -short mode")
	}
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/PID/fd to see the binary open the library")
	}
	dir, bin, db, env := buildSleeve(t)
	sleeve := func(args ...string) []byte {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("sleeve %v: %v\n%s", args, err, out)
		}
		return out
	}
	music := writeDemoMusic(t, filepath.Join(dir, "music"), 3, 5)
	sleeve("scan", "--no-analyze", "--quiet", music)

	// opening: the binary holds the database file open.
	opening := func(pid int) bool {
		fds, _ := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
		for _, fd := range fds {
			if target, _ := os.Readlink(fmt.Sprintf("/proc/%d/fd/%s", pid, fd.Name())); target == db {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"analyze", "--quiet"}, "Every finished track is saved; run 'sleeve analyze' again to do the rest."},
		{[]string{"analyze", "--json", "--quiet"}, `"interrupted": true`},
		{[]string{"scan", "--quiet", music}, "Everything read so far is saved; run the same scan again to finish."},
	} {
		lock := holdWriteLock(t, db)
		code, out, errOut := interruptWhen(t, bin, env, opening, c.args...)
		lock()
		t.Logf("sleeve %s: exit %d\n%s%s", strings.Join(c.args, " "), code, out, errOut)
		if code != 130 || !strings.Contains(out, c.says) {
			t.Errorf("sleeve %s after SIGINT while opening: exit %d, want 130 and %q", strings.Join(c.args, " "), code, c.says)
		}
	}

	// Nothing was lost: the library opens, with its three tracks, and a
	// run left alone analyses them.
	var res struct {
		Analysed    int  `json:"analysed"`
		Interrupted bool `json:"interrupted"`
	}
	if err := json.Unmarshal(sleeve("analyze", "--json", "--quiet"), &res); err != nil || res.Analysed != 3 || res.Interrupted {
		t.Errorf("analyze after the interruptions: %+v (%v), want all 3 tracks analysed", res, err)
	}
}

// holdWriteLock begins a write on the library at path, which keeps any
// other connection from beginning one, and returns the function that
// lets it go.
func holdWriteLock(t *testing.T, path string) (release func()) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	return func() {
		conn.ExecContext(context.Background(), "ROLLBACK")
		conn.Close()
		db.Close()
	}
}

// writeDemoMusic writes the first n of the demo's tracks, each seconds
// long, into dir, and returns dir.
func writeDemoMusic(t *testing.T, dir string, n int, seconds float64) string {
	t.Helper()
	var picked []synth.DemoTrack
	for _, d := range synth.DemoTracks()[:n] {
		d.Spec.Seconds = seconds
		picked = append(picked, d)
	}
	if _, err := synth.WriteDemoTracks(context.Background(), dir, picked, nil); err != nil {
		t.Fatal(err)
	}
	return dir
}

// buildSleeve builds the sleeve binary into a fresh directory and returns
// the directory, the binary, the library's path there and an environment
// that keeps the binary to that directory, with no Ollama.
func buildSleeve(t *testing.T) (dir, bin, db string, env []string) {
	t.Helper()
	dir = t.TempDir()
	bin = filepath.Join(dir, "sleeve")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	db = filepath.Join(dir, "lib.db")
	env = append(os.Environ(), "HOME="+dir, "SLEEVE_DB="+db, "OLLAMA_HOST=127.0.0.1:1", "XDG_CONFIG_HOME="+filepath.Join(dir, "config"))
	return dir, bin, db, env
}
