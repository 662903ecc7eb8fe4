package detail

import (
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/common"
)

// writeCover writes a 64x64 PNG named cover.jpg into dir: red above,
// blue below.
func writeCover(t *testing.T, dir string) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	for y := range 64 {
		for x := range 64 {
			c := color.RGBA{255, 0, 0, 255}
			if y >= 32 {
				c = color.RGBA{0, 0, 255, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	f, err := os.Create(filepath.Join(dir, "cover.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// coverPane returns a pane with colours over tracks 1 and 2 of one album
// in dir and track 3 of another folder, sized w×h.
func coverPane(t *testing.T, dir, other string, w, h int) *Model {
	t.Helper()
	tracks := fakeTracks{
		1: {ID: 1, Path: filepath.Join(dir, "01 Naima.flac"), Tags: app.Tags{Title: "Naima", Album: "Giant Steps"}},
		2: {ID: 2, Path: filepath.Join(dir, "02 Mr. P.C..flac"), Tags: app.Tags{Title: "Mr. P.C.", Album: "Giant Steps"}},
		3: {ID: 3, Path: filepath.Join(other, "01 Bare.flac"), Tags: app.Tags{Title: "Bare", Album: "No Art"}},
	}
	m := New(common.Common{Styles: common.NewStyles(true, false), Keys: common.NewKeyMap()}, tracks, nil)
	m.SetColorProfile(colorprofile.TrueColor)
	m.SetSize(w, h)
	return m
}

// show loads track id and, when the pane asks, its cover art.
func show(t *testing.T, m *Model, id app.TrackID) (asked bool) {
	t.Helper()
	m.Update(m.Show(id)())
	cmd := m.LoadCover()
	if cmd == nil {
		return false
	}
	msg, ok := cmd().(CoverMsg)
	if !ok {
		t.Fatal("LoadCover did not return a CoverMsg")
	}
	m.SetCover(msg)
	return true
}

// artRows counts the rows drawn with half blocks.
func artRows(view string) int {
	n := 0
	for _, l := range strings.Split(view, "\n") {
		if strings.Count(ansi.Strip(l), "▀") >= 10 {
			n++
		}
	}
	return n
}

func TestCoverArtFromTheFolder(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	writeCover(t, dir)
	m := coverPane(t, dir, other, 56, 35) // the detail pane of a 120x40 terminal
	if !show(t, m, 1) {
		t.Fatal("the pane did not ask for the cover art")
	}
	v := m.View()
	if n := artRows(v); n != coverRows {
		t.Fatalf("%d rows of art, want %d:\n%s", n, coverRows, ansi.Strip(v))
	}
	// The top of the picture is red over red, the bottom blue over blue,
	// in 24-bit colour.
	if !strings.Contains(v, "38;2;255;0;0;48;2;255;0;0m▀") || !strings.Contains(v, "38;2;0;0;255;48;2;0;0;255m▀") {
		t.Errorf("the art is not drawn in true colour from the picture:\n%q", v)
	}
	plain := strings.Split(ansi.Strip(v), "\n")
	if !strings.Contains(plain[3+coverRows], "Naima") {
		t.Errorf("the title does not follow the art and a blank line:\n%s", strings.Join(plain, "\n"))
	}
	for _, l := range plain {
		if w := ansi.StringWidth(l); w != 56 {
			t.Errorf("line %d wide, want 56: %q", w, l)
		}
	}
	// Another track of the album shows the same art without a new load.
	if show(t, m, 2) {
		t.Error("the album's art was read again for its second track")
	}
	if n := artRows(m.View()); n != coverRows {
		t.Errorf("the second track shows %d rows of art, want %d", n, coverRows)
	}
}

func TestPaneWithoutArt(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	writeCover(t, dir)
	m := coverPane(t, dir, other, 56, 35)
	if !show(t, m, 3) {
		t.Fatal("the pane did not look for art")
	}
	v := ansi.Strip(m.View())
	if artRows(m.View()) != 0 {
		t.Errorf("art drawn for a track without any:\n%s", v)
	}
	if lines := strings.Split(v, "\n"); !strings.Contains(lines[2], "Bare") {
		t.Errorf("the title is not at the top of a pane without art:\n%s", v)
	}
}

func TestCoverArtLeftOut(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	writeCover(t, dir)
	t.Run("80x24", func(t *testing.T) {
		m := coverPane(t, dir, other, 36, 21) // the detail pane of an 80x24 terminal
		if show(t, m, 1) || artRows(m.View()) != 0 {
			t.Error("art at 80x24")
		}
	})
	t.Run("16 colours", func(t *testing.T) {
		m := coverPane(t, dir, other, 56, 35)
		m.SetColorProfile(colorprofile.ANSI)
		if show(t, m, 1) || artRows(m.View()) != 0 {
			t.Error("art in a 16-colour terminal")
		}
	})
	t.Run("NO_COLOR", func(t *testing.T) {
		m := coverPane(t, dir, other, 56, 35)
		m.c.Styles = common.NewStyles(true, true)
		if show(t, m, 1) || artRows(m.View()) != 0 {
			t.Error("art with colours turned off")
		}
	})
	t.Run("256 colours", func(t *testing.T) {
		m := coverPane(t, dir, other, 56, 35)
		m.SetColorProfile(colorprofile.ANSI256)
		show(t, m, 1)
		if v := m.View(); artRows(v) != coverRows || !strings.Contains(v, "38;5;196;48;5;196m▀") {
			t.Errorf("256-colour art not quantised to the palette:\n%q", v)
		}
	})
}

func TestAlbumSummaryShowsItsCover(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	writeCover(t, dir)
	m := coverPane(t, dir, other, 56, 35)
	summarise := func() tea.Cmd {
		m.ShowSummary("Coltrane — Giant Steps", []string{"2 tracks", "", "  Naima  4:21"})
		return m.ShowSummaryCover("Coltrane", "Giant Steps", 1)
	}
	cmd := summarise()
	if cmd == nil {
		t.Fatal("the album's cover was not asked for")
	}
	m.SetCover(cmd().(CoverMsg))
	v := m.View()
	if n := artRows(v); n != coverRows {
		t.Fatalf("%d rows of art over the album, want %d:\n%s", n, coverRows, ansi.Strip(v))
	}
	if !strings.Contains(ansi.Strip(v), "Naima  4:21") {
		t.Errorf("the album's tracks do not follow its art:\n%s", ansi.Strip(v))
	}
	// Moving off and back to the album reads nothing again.
	m.ShowSummary("Coltrane", []string{"1 album"})
	if artRows(m.View()) != 0 {
		t.Error("an artist summary shows an album's art")
	}
	if summarise() != nil {
		t.Error("the album's cover was read again")
	}
	if artRows(m.View()) != coverRows {
		t.Error("the album's cover is not shown from the cache")
	}
}

// TestCoversPassedOverAreNotRead: while the person moves through tracks
// faster than covers load, only the art still wanted is read, and art
// passed over is read when the person comes back to it.
func TestCoversPassedOverAreNotRead(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	m := coverPane(t, dir, other, 56, 35)
	var read []string
	m.SetCoverLoader(func(_ context.Context, path string, w, h int) (app.CoverArt, error) {
		read = append(read, filepath.Base(filepath.Dir(path)))
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		for i := range img.Pix {
			img.Pix[i] = 0x80 // opaque grey
		}
		return app.CoverArt{Image: img}, nil
	})
	showOnly := func(id app.TrackID) tea.Cmd {
		m.Update(m.Show(id)())
		return m.LoadCover()
	}
	first := showOnly(1)
	third := showOnly(3)
	if cmd := m.SetCover(first().(CoverMsg)); cmd != nil || len(read) != 0 {
		t.Fatalf("the art passed over was read (%v) or asked for again", read)
	}
	m.SetCover(third().(CoverMsg))
	if len(read) != 1 || read[0] != filepath.Base(other) {
		t.Fatalf("read %v, want only the art of the track shown", read)
	}
	// Back to the first album before its passed-over answer arrives: it
	// is read then.
	first = showOnly(1)
	showOnly(3)
	passed := first().(CoverMsg)
	if showOnly(1) != nil {
		t.Fatal("art on its way was asked for twice")
	}
	again := m.SetCover(passed)
	if again == nil {
		t.Fatal("art passed over was not read again on coming back to it")
	}
	m.SetCover(again().(CoverMsg))
	if n := artRows(m.View()); n != coverRows || len(read) != 2 {
		t.Errorf("after coming back: %d rows of art, read %v", n, read)
	}
}
