package app

import (
	"context"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writePNG writes a w×h PNG at path: its left half red, its right half
// blue.
func writePNG(t *testing.T, path string, w, h int) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.RGBA{255, 0, 0, 255}
			if x >= w/2 {
				c = color.RGBA{0, 0, 255, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func TestLoadCoverFitsTheBox(t *testing.T) {
	dir := t.TempDir()
	writePNG(t, filepath.Join(dir, "folder.jpg"), 400, 200)
	art, err := LoadCover(context.Background(), filepath.Join(dir, "track.mp3"), 24, 24)
	if err != nil {
		t.Fatal(err)
	}
	if b := art.Image.Bounds(); b.Dx() != 24 || b.Dy() != 12 {
		t.Fatalf("a 2:1 picture fitted into 24x24 is %dx%d, want 24x12", b.Dx(), b.Dy())
	}
	if art.Source != filepath.Join(dir, "folder.jpg") {
		t.Errorf("Source = %q", art.Source)
	}
	if c := art.Image.RGBAAt(2, 6); c.R < 250 || c.B > 5 {
		t.Errorf("left pixel %v, want red", c)
	}
	if c := art.Image.RGBAAt(21, 6); c.B < 250 || c.R > 5 {
		t.Errorf("right pixel %v, want blue", c)
	}
}

func TestLoadCoverErrors(t *testing.T) {
	dir := t.TempDir()
	track := filepath.Join(dir, "track.mp3")
	if _, err := LoadCover(context.Background(), track, 24, 24); !errors.Is(err, ErrNoCover) {
		t.Errorf("no picture: %v, want ErrNoCover", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "cover.jpg"), []byte("not a picture at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadCover(context.Background(), track, 24, 24)
	if err == nil || errors.Is(err, ErrNoCover) || !strings.Contains(err.Error(), "cover.jpg") {
		t.Errorf("a broken cover.jpg: %v, want an error naming it", err)
	}
}

// BenchmarkLoadCover reads, decodes and fits a 600x600 JPEG cover.jpg, as
// the detail pane does once per album.
func BenchmarkLoadCover(b *testing.B) {
	dir := b.TempDir()
	img := image.NewRGBA(image.Rect(0, 0, 600, 600))
	for y := range 600 {
		for x := range 600 {
			img.SetRGBA(x, y, color.RGBA{uint8(x), uint8(y), uint8(x ^ y), 255})
		}
	}
	f, err := os.Create(filepath.Join(dir, "cover.jpg"))
	if err != nil {
		b.Fatal(err)
	}
	if err := jpeg.Encode(f, img, &jpeg.Options{Quality: 90}); err != nil {
		b.Fatal(err)
	}
	f.Close()
	track := filepath.Join(dir, "track.flac")
	b.ResetTimer()
	for b.Loop() {
		if _, err := LoadCover(context.Background(), track, 24, 24); err != nil {
			b.Fatal(err)
		}
	}
}
