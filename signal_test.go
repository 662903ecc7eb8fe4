package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"sleeve/library/synth"
)

// TestFirstCtrlCStopsLongCommands sends one SIGINT, as Ctrl-C does, to
// the built binary while it synthesises the demo and while it analyses:
// each stops within seconds with status 130, and what the analysis
// finished is kept.
func TestFirstCtrlCStopsLongCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped in -short mode")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "sleeve")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "lib.db")
	env := append(os.Environ(), "HOME="+dir, "SLEEVE_DB="+db, "OLLAMA_HOST=127.0.0.1:1", "XDG_CONFIG_HOME="+filepath.Join(dir, "config"))
	interrupt := func(after time.Duration, args ...string) (int, string) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		out, err := os.CreateTemp(dir, "out")
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		cmd.Process.Signal(syscall.SIGINT)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("sleeve %v still runs 15 s after one SIGINT", args)
		}
		b, _ := os.ReadFile(out.Name())
		return cmd.ProcessState.ExitCode(), string(b)
	}

	if code, out := interrupt(1500*time.Millisecond, "demo", filepath.Join(dir, "demo")); code != 130 {
		t.Errorf("demo after SIGINT: exit %d, want 130\n%s", code, out)
	}

	music := filepath.Join(dir, "music")
	var picked []synth.DemoTrack
	for _, d := range synth.DemoTracks()[:12] {
		d.Spec.Seconds = 40
		picked = append(picked, d)
	}
	if _, err := synth.WriteDemoTracks(context.Background(), music, picked, nil); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) []byte {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("sleeve %v: %v\n%s", args, err, out)
		}
		return out
	}
	run("scan", "--no-analyze", "--quiet", music)
	code, out := interrupt(700*time.Millisecond, "analyze", "--workers", "1")
	if code != 130 && code != 0 {
		t.Fatalf("analyze after SIGINT: exit %d\n%s", code, out)
	}
	var again struct {
		UpToDate int `json:"up_to_date"`
		Analysed int `json:"analysed"`
	}
	if err := json.Unmarshal(run("analyze", "--json", "--quiet"), &again); err != nil {
		t.Fatal(err)
	}
	if again.UpToDate+again.Analysed != 12 {
		t.Errorf("after the interrupted analysis: %+v, want the 12 tracks between them", again)
	}
	t.Logf("analysis interrupted with status %d; %d tracks were kept", code, again.UpToDate)
}
