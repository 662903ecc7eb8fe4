//go:build cgo && !nosound

package speaker

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"sleeve/library/player"
	"sleeve/library/synth"
)

// The sound device can be opened once per process, and ALSA reads its
// configuration from $HOME/.asoundrc when it first loads, so each scenario
// runs in a child process of this test binary with its own HOME.

const (
	helperEnv = "SLEEVE_SPEAKER_HELPER"
	fileEnv   = "SLEEVE_SPEAKER_FILE"
)

// runHelper runs scenario in a child process whose ALSA configuration is
// asoundrc, and returns its stdout and stderr.
func runHelper(t *testing.T, scenario, asoundrc string, env ...string) (stdout, stderr string, err error) {
	t.Helper()
	home := t.TempDir()
	if err := os.WriteFile(filepath.Join(home, ".asoundrc"), []byte(asoundrc+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.v", "-test.count=1")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "HOME=") && !strings.HasPrefix(kv, "XDG_CONFIG_HOME=") && !strings.HasPrefix(kv, "ALSA_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"), helperEnv+"="+scenario)
	cmd.Env = append(cmd.Env, env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	return out.String(), errb.String(), err
}

// TestPlaysThroughALSANullDevice plays a 1.5 s file to its end through
// the real speaker package, with ALSA's default device set to "null",
// and checks that it does not spin a core doing so.
func TestPlaysThroughALSANullDevice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tone.wav")
	if err := synth.Encode(context.Background(), path, synth.Sine(440, 1.5, 44100, 0.5), 44100, nil); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := runHelper(t, "play", "pcm.!default { type null }", fileEnv+"="+path)
	if strings.Contains(stdout, "INIT FAILED:") {
		t.Skipf("ALSA's null device could not be opened here: %s", lineWith(stdout, "INIT FAILED:"))
	}
	if err != nil {
		t.Fatalf("helper failed: %v\n%s\nstderr: %s", err, stdout, stderr)
	}
	if stderr != "" {
		t.Errorf("the child wrote to stderr: %q", stderr)
	}
	t.Log(lineWith(stdout, "STATS"))
}

// TestIdleDeviceRests opens ALSA's null device, which takes samples as
// fast as they come, and checks that the process stays nearly idle while
// nothing plays: before any track, and after one has ended. A device left
// running pulls silence without pause and keeps a core busy (it used 1.1
// CPU seconds a second in an explorer left open). The bound is loose, as
// a busy machine only slows a spinning process down.
func TestIdleDeviceRests(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tone.wav")
	if err := synth.Encode(context.Background(), path, synth.Sine(440, 0.3, 44100, 0.5), 44100, nil); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := runHelper(t, "idle", "pcm.!default { type null }", fileEnv+"="+path)
	if strings.Contains(stdout, "INIT FAILED:") {
		t.Skipf("ALSA's null device could not be opened here: %s", lineWith(stdout, "INIT FAILED:"))
	}
	if err != nil {
		t.Fatalf("helper failed: %v\n%s\nstderr: %s", err, stdout, stderr)
	}
	t.Log(lineWith(stdout, "IDLE"))
}

// TestNoDeviceIsAClearErrorAndSilent points ALSA at sound cards that do
// not exist: New must fail with a readable error wrapping
// player.ErrNoOutput, and nothing may reach fd 2.
func TestNoDeviceIsAClearErrorAndSilent(t *testing.T) {
	configs := map[string]string{
		"hw card 99": "pcm.!default { type hw card 99 }",
		// Like a machine without a sound card, ALSA complains on stderr
		// about this one.
		"plug to hw:99,0": `pcm.!default { type plug slave.pcm "hw:99,0" }`,
	}
	for name, rc := range configs {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, err := runHelper(t, "nodevice", rc)
			if err != nil {
				t.Fatalf("helper failed: %v\n%s\nstderr: %s", err, stdout, stderr)
			}
			if stderr != "" {
				t.Errorf("the child wrote to stderr: %q", stderr)
			}
			t.Log(lineWith(stdout, "ERROR"))
		})
	}

	// Without the silencing, ALSA does write there: the capture works.
	stdout, _, err := runHelper(t, "nodevice-loud", configs["plug to hw:99,0"])
	if err != nil {
		t.Fatalf("control helper failed: %v\n%s", err, stdout)
	}
	t.Log(lineWith(stdout, "UNSILENCED"))
}

func lineWith(s, marker string) string {
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, marker); i >= 0 {
			return strings.TrimSpace(l[i:])
		}
	}
	return "(no " + marker + " line)"
}

// TestHelperProcess is the child side of the tests above; run directly,
// it skips.
func TestHelperProcess(t *testing.T) {
	switch os.Getenv(helperEnv) {
	case "play":
		helperPlay(t)
	case "idle":
		helperIdle(t)
	case "nodevice":
		helperNoDevice(t, true)
	case "nodevice-loud":
		silence = func() func() { return func() {} }
		helperNoDevice(t, false)
	default:
		t.Skip("runs only as a child process of the speaker tests")
	}
}

// captureFD2 points fd 2 at a pipe until the returned func is called,
// which returns what was written.
func captureFD2(t *testing.T) func() string {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved, err := syscall.Dup(2)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Dup3(int(w.Fd()), 2, 0); err != nil {
		t.Fatal(err)
	}
	got := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		got <- string(b)
	}()
	return func() string {
		syscall.Dup3(saved, 2, 0)
		syscall.Close(saved)
		w.Close()
		return <-got
	}
}

func helperNoDevice(t *testing.T, silenced bool) {
	restore := captureFD2(t)
	start := time.Now()
	out, err := New()
	took := time.Since(start)
	written := restore()
	if !silenced {
		if written == "" {
			t.Fatal("ALSA wrote nothing to fd 2 even unsilenced: the capture proves nothing")
		}
		fmt.Printf("UNSILENCED ALSA wrote %d bytes, e.g. %q\n", len(written), strings.SplitN(written, "\n", 2)[0])
		return
	}
	if err == nil || out != nil {
		t.Fatalf("New() = %v, %v; want an error", out, err)
	}
	if !errors.Is(err, player.ErrNoOutput) {
		t.Errorf("error %q does not wrap player.ErrNoOutput", err)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "no sound output: ALSA: cannot open the default device (is there a sound card?)") {
		t.Errorf("error %q is not the clear message", msg)
	}
	if written != "" {
		t.Errorf("%d bytes reached fd 2: %q", len(written), written)
	}
	if _, err2 := New(); err2 == nil || err2.Error() != msg {
		t.Errorf("second New() = %v, want the same error", err2)
	}
	fmt.Printf("ERROR %q in %v\n", msg, took.Round(time.Millisecond))
}

func helperPlay(t *testing.T) {
	restore := captureFD2(t)
	out, err := New()
	written := restore()
	if err != nil {
		fmt.Printf("INIT FAILED: %v\n", err)
		return
	}
	if written != "" {
		t.Errorf("opening the null device wrote to fd 2: %q", written)
	}
	p := player.New(out, player.Options{})
	defer p.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	t0 := time.Now()
	if err := p.Play(ctx, player.Item{ID: 1, Path: os.Getenv(fileEnv)}); err != nil {
		t.Fatal(err)
	}
	startLatency := time.Since(t0)
	if e := <-p.Events(); e.Kind != player.EventStarted {
		t.Fatalf("first event %v", e.Kind)
	}
	if err := p.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	wall := time.Since(t0)
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := time.Duration(ru1.Utime.Nano()-ru0.Utime.Nano()) + time.Duration(ru1.Stime.Nano()-ru0.Stime.Nano())
	var e player.Event
	select {
	case e = <-p.Events():
	case <-ctx.Done():
		t.Fatal("no end event")
	}
	if e.Kind != player.EventFinished || !e.Completed || e.Feedback != player.Interest {
		t.Fatalf("end event %+v, want finished, completed, interest", e)
	}
	if d := e.Heard - 1500*time.Millisecond; d < -time.Millisecond || d > time.Millisecond {
		t.Errorf("heard %v, want 1.5s", e.Heard)
	}
	// The null device takes samples as fast as they come; while a track
	// plays, the process must not spin writing to it (it used 0.5 s of
	// CPU for these 1.5 s, and a core through a preview in the explorer).
	if cpu > 300*time.Millisecond {
		t.Errorf("playing 1.5 s through the null device used %v of CPU", cpu)
	}
	fmt.Printf("STATS played 1.5 s through ALSA null: Play returned in %v, finished after %v wall, %v CPU; heard %v\n",
		startLatency.Round(time.Microsecond), wall.Round(time.Millisecond), cpu.Round(time.Millisecond), e.Heard)
}

// idleCPU returns the CPU time the process uses over a second of waiting.
func idleCPU() time.Duration {
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	time.Sleep(time.Second)
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	return time.Duration(ru1.Utime.Nano()-ru0.Utime.Nano()) + time.Duration(ru1.Stime.Nano()-ru0.Stime.Nano())
}

func helperIdle(t *testing.T) {
	out, err := New()
	if err != nil {
		fmt.Printf("INIT FAILED: %v\n", err)
		return
	}
	const most = 300 * time.Millisecond
	before := idleCPU()
	if before > most {
		t.Errorf("opened but idle, the process used %v of CPU in a second", before)
	}
	p := player.New(out, player.Options{})
	defer p.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := p.Play(ctx, player.Item{ID: 1, Path: os.Getenv(fileEnv)}); err != nil {
		t.Fatal(err)
	}
	if err := p.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	// The device rests on its own goroutine once the track has drained
	// (idle.done): wait until it does, however long that goroutine waits
	// for a CPU, so that the second below measures a resting device.
	for deadline := time.Now().Add(30 * time.Second); !idle.isResting(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the device did not rest after the track ended")
		}
	}
	after := idleCPU()
	if after > most {
		t.Errorf("idle after a track ended, the process used %v of CPU in a second", after)
	}
	// A second track still plays: the rested device wakes.
	if err := p.Play(ctx, player.Item{ID: 2, Path: os.Getenv(fileEnv)}); err != nil {
		t.Fatal(err)
	}
	if err := p.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("IDLE CPU per second of waiting: %v before any track, %v after one\n", before.Round(time.Millisecond), after.Round(time.Millisecond))
}

// isResting says whether the gate has rested the device.
func (g *gate) isResting() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.resting
}
