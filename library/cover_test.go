package library

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"go.senan.xyz/taglib"

	"sleeve/library/synth"
)

// testPicture encodes a 4x4 PNG whose pixels are all c.
func testPicture(t *testing.T, c color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	for y := range 4 {
		for x := range 4 {
			img.SetRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeTone writes a one-second FLAC tone at path.
func writeTone(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := synth.WriteFLAC(f, synth.Sine(440, 1, 22050, 0.3), 22050, 1, map[string]string{"TITLE": "Tone", "ALBUM": "Tones"}); err != nil {
		t.Fatal(err)
	}
}

func TestReadCoverFromTheFolder(t *testing.T) {
	dir := t.TempDir()
	track := filepath.Join(dir, "01 Tone.flac")
	writeTone(t, track)
	if _, err := ReadCover(track); !errors.Is(err, ErrNoCover) {
		t.Fatalf("ReadCover with no picture = %v, want ErrNoCover", err)
	}
	// A PNG named cover.jpg, as people's folders have: found by name,
	// decoded by content later. Folder.jpg comes after cover.jpg.
	folder := testPicture(t, color.RGBA{0, 0, 255, 255})
	cover := testPicture(t, color.RGBA{255, 0, 0, 255})
	if err := os.WriteFile(filepath.Join(dir, "folder.jpg"), folder, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Cover.JPG"), cover, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCover(track)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Data, cover) || got.Source != filepath.Join(dir, "Cover.JPG") {
		t.Errorf("ReadCover = %d bytes from %s, want Cover.JPG's %d bytes", len(got.Data), got.Source, len(cover))
	}
	// An empty cover file is passed over for the next name.
	if err := os.WriteFile(filepath.Join(dir, "Cover.JPG"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadCover(track); err != nil || !bytes.Equal(got.Data, folder) {
		t.Errorf("with an empty cover.jpg: %v from %q, want folder.jpg", err, got.Source)
	}
}

func TestReadCoverEmbeddedWinsOverTheFolder(t *testing.T) {
	dir := t.TempDir()
	track := filepath.Join(dir, "01 Tone.flac")
	writeTone(t, track)
	embedded := testPicture(t, color.RGBA{0, 255, 0, 255})
	if err := taglib.WriteImage(track, embedded); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "cover.jpg"), testPicture(t, color.RGBA{255, 0, 0, 255}), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCover(track)
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != "embedded" || !bytes.Equal(got.Data, embedded) {
		t.Errorf("ReadCover = %d bytes from %s, want the embedded %d bytes", len(got.Data), got.Source, len(embedded))
	}
}

// TestReadCoverEmbeddedByFFmpeg reads a picture that ffmpeg attached to an
// MP3 (an ID3v2 APIC frame) and to an M4A, as taggers write them.
func TestReadCoverEmbeddedByFFmpeg(t *testing.T) {
	ffmpeg := needFFmpeg(t)
	dir := t.TempDir()
	pic := filepath.Join(dir, "pic.png")
	if err := os.WriteFile(pic, testPicture(t, color.RGBA{10, 20, 30, 255}), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		codec []string
	}{
		{"tone.mp3", []string{"-c:a", "libmp3lame", "-id3v2_version", "3"}},
		{"tone.m4a", []string{"-c:a", "aac", "-disposition:v", "attached_pic"}},
	} {
		out := filepath.Join(dir, "album-"+c.name, c.name)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			t.Fatal(err)
		}
		args := []string{"-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-i", pic,
			"-map", "0:a", "-map", "1:v", "-c:v", "copy"}
		args = append(append(args, c.codec...), out)
		if msg, err := exec.Command(ffmpeg, args...).CombinedOutput(); err != nil {
			t.Fatalf("ffmpeg %s: %v\n%s", c.name, err, msg)
		}
		got, err := ReadCover(out)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		img, _, err := image.Decode(bytes.NewReader(got.Data))
		if err != nil {
			t.Fatalf("%s: the embedded picture does not decode: %v", c.name, err)
		}
		if r, g, b, _ := img.At(1, 1).RGBA(); got.Source != "embedded" || r>>8 != 10 || g>>8 != 20 || b>>8 != 30 {
			t.Errorf("%s: picture from %s with pixel %d,%d,%d, want embedded 10,20,30", c.name, got.Source, r>>8, g>>8, b>>8)
		}
	}
}
