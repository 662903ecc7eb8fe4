package main

import (
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library/synth"
)

// TestExplorerCoverArtAndModels drives the built binary in tmux: an album
// with a cover.jpg, and each of its tracks, show the cover in half blocks
// at 120x40, and leave it out at 80x24; and M opens the Models view, which says how
// to start Ollama when nothing answers.
func TestExplorerCoverArtAndModels(t *testing.T) {
	sl := buildE2ESleeve(t)
	dir := sl.dir
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

	sl.run("scan", "--no-analyze", "--quiet", filepath.Join(dir, "music"))
	ts := sl.startTmux(120, 40, sl.shellEnv("COLORTERM=truecolor")+" '"+sl.bin+"'")
	waitFor := ts.waitFor
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
	ts.keys("l")
	waitFor("the album's cover art", func(s string) bool { return artRows(s) == 12 && strings.Contains(s, "Albums and tracks") })
	ts.keys("l")
	s := waitFor("the track's cover art", func(s string) bool { return artRows(s) == 12 && strings.Contains(s, "Your rating") })
	title := strings.TrimSpace(tracks[0].Tags()["TITLE"])
	if title != "" && !strings.Contains(s, title) {
		t.Errorf("the track %q is not shown with its art:\n%s", title, s)
	}
	// The colours reach the terminal: green over green at the top, red
	// over red at the bottom (tmux passes them on as it can, in 24-bit or
	// 256 colours).
	colours := ts.do("capture-pane", "-p", "-e", "-t", ts.name)
	if !strings.Contains(colours, "▀") || !(strings.Contains(colours, "38;2;0;200;0") || strings.Contains(colours, "38;5;40")) {
		t.Errorf("the art is not drawn in colour:\n%q", colours)
	}

	ts.resize(80, 24)
	waitFor("the art left out at 80x24", func(s string) bool {
		return artRows(s) == 0 && strings.Contains(s, "Your rating")
	})

	ts.keys("M")
	s = waitFor("the Models view", func(s string) bool {
		return strings.Contains(s, "Ollama does not answer at http://127.0.0.1:1") && strings.Contains(s, "ollama serve")
	})
	for _, l := range strings.Split(s, "\n") {
		if w := len([]rune(l)); w > 80 {
			t.Errorf("a line of %d cells at 80 columns: %q", w, l)
		}
	}
	ts.keys("Escape")
	waitFor("the library again", func(s string) bool {
		return !strings.Contains(s, "Ollama does not answer") && strings.Contains(s, "Your rating")
	})
	ts.keys("q")
}
