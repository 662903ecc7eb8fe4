package main

import (
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sleeve/library/synth"
)

// TestExplorerCoverArtAndModels drives the built binary in tmux: an album
// with a cover.jpg, and each of its tracks, show the cover in half blocks
// at 120x40, and leave it out at 80x24; and M opens the Models view, which says how
// to start Ollama when nothing answers.
func TestExplorerCoverArtAndModels(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	tmux, err := exec.LookPath("tmux")
	if err != nil {
		t.Skip("tmux is not installed (apt-get install tmux): skipping the end-to-end test")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "sleeve")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	tracks := synth.DemoTracks()[:2]
	for i := range tracks {
		tracks[i].Spec.Seconds = 5
	}
	written, err := synth.WriteDemoTracks(context.Background(), filepath.Join(dir, "music"), tracks, nil)
	if err != nil {
		t.Fatal(err)
	}
	// A PNG named cover.jpg beside the album's tracks: green above, red
	// below.
	img := image.NewRGBA(image.Rect(0, 0, 100, 100))
	for y := range 100 {
		for x := range 100 {
			c := color.RGBA{0, 200, 0, 255}
			if y >= 50 {
				c = color.RGBA{200, 0, 0, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	f, err := os.Create(filepath.Join(filepath.Dir(written[0].Path), "cover.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	f.Close()

	db := filepath.Join(dir, "lib.db")
	home := filepath.Join(dir, "home")
	os.MkdirAll(home, 0o755)
	env := append(os.Environ(), "HOME="+home, "SLEEVE_DB="+db, "OLLAMA_HOST=127.0.0.1:1", "XDG_CONFIG_HOME="+filepath.Join(home, ".config"))
	scan := exec.Command(bin, "scan", "--no-analyze", "--quiet", filepath.Join(dir, "music"))
	scan.Env = env
	if out, err := scan.CombinedOutput(); err != nil {
		t.Fatalf("scan: %v\n%s", err, out)
	}

	session := "sleeve-views-" + filepath.Base(dir)
	socket := filepath.Join(dir, "tmux.sock")
	tm := func(args ...string) string {
		out, err := exec.Command(tmux, append([]string{"-S", socket}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	command := "env"
	for _, e := range []string{"HOME=" + home, "SLEEVE_DB=" + db, "OLLAMA_HOST=127.0.0.1:1", "TERM=xterm-256color", "COLORTERM=truecolor"} {
		command += " '" + e + "'"
	}
	tm("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command+" '"+bin+"'")
	defer exec.Command(tmux, "-S", socket, "kill-server").Run()
	screen := func() string { return tm("capture-pane", "-p", "-t", session) }
	waitFor := func(what string, ok func(string) bool) string {
		deadline := time.Now().Add(20 * time.Second)
		for {
			s := screen()
			if ok(s) {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("waited for %s; the screen shows:\n%s", what, s)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	artRows := func(s string) int {
		n := 0
		for _, l := range strings.Split(s, "\n") {
			if strings.Contains(l, strings.Repeat("▀", 20)) {
				n++
			}
		}
		return n
	}
	waitFor("the library", func(s string) bool { return strings.Contains(s, "2 tracks") })
	// On the album, its cover shows over its tracks; on a track, over the
	// track.
	tm("send-keys", "-t", session, "l")
	waitFor("the album's cover art", func(s string) bool { return artRows(s) == 12 && strings.Contains(s, "Albums and tracks") })
	tm("send-keys", "-t", session, "l")
	s := waitFor("the track's cover art", func(s string) bool { return artRows(s) == 12 && strings.Contains(s, "Your rating") })
	title := strings.TrimSpace(tracks[0].Tags()["TITLE"])
	if title != "" && !strings.Contains(s, title) {
		t.Errorf("the track %q is not shown with its art:\n%s", title, s)
	}
	// The colours reach the terminal: green over green at the top, red
	// over red at the bottom (tmux passes them on as it can, in 24-bit or
	// 256 colours).
	colours := tm("capture-pane", "-p", "-e", "-t", session)
	if !strings.Contains(colours, "▀") || !(strings.Contains(colours, "38;2;0;200;0") || strings.Contains(colours, "38;5;40")) {
		t.Errorf("the art is not drawn in colour:\n%q", colours)
	}

	tm("resize-window", "-t", session, "-x", "80", "-y", "24")
	waitFor("the art left out at 80x24", func(s string) bool {
		return artRows(s) == 0 && strings.Contains(s, "Your rating")
	})

	tm("send-keys", "-t", session, "M")
	s = waitFor("the Models view", func(s string) bool {
		return strings.Contains(s, "Ollama does not answer at http://127.0.0.1:1") && strings.Contains(s, "ollama serve")
	})
	for _, l := range strings.Split(s, "\n") {
		if w := len([]rune(l)); w > 80 {
			t.Errorf("a line of %d cells at 80 columns: %q", w, l)
		}
	}
	tm("send-keys", "-t", session, "Escape")
	waitFor("the library again", func(s string) bool {
		return !strings.Contains(s, "Ollama does not answer") && strings.Contains(s, "Your rating")
	})
	tm("send-keys", "-t", session, "q")
}
