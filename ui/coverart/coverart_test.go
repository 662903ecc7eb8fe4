package coverart

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// square returns a 2x2 picture: red and green on top, blue and white below.
func square() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	img.SetRGBA(0, 0, color.RGBA{255, 0, 0, 255})
	img.SetRGBA(1, 0, color.RGBA{0, 255, 0, 255})
	img.SetRGBA(0, 1, color.RGBA{0, 0, 255, 255})
	img.SetRGBA(1, 1, color.RGBA{255, 255, 255, 255})
	return img
}

func TestRenderTrueColour(t *testing.T) {
	got := Render(square(), colorprofile.TrueColor)
	// One row of two cells: the top pixel is the foreground of ▀, the
	// bottom one its background, in 24-bit SGR.
	want := []string{"\x1b[38;2;255;0;0;48;2;0;0;255m▀\x1b[38;2;0;255;0;48;2;255;255;255m▀\x1b[m"}
	if len(got) != 1 || got[0] != want[0] {
		t.Fatalf("Render = %q, want %q", got, want)
	}
	if w := ansi.StringWidth(got[0]); w != 2 {
		t.Errorf("row is %d cells wide, want 2", w)
	}
}

func TestRender256QuantisesAndOthersLeaveOut(t *testing.T) {
	got := Render(square(), colorprofile.ANSI256)
	// Pure red, green, blue and white are the 6x6x6 cube's corners 196,
	// 46, 21 and 231.
	want := "\x1b[38;5;196;48;5;21m▀\x1b[38;5;46;48;5;231m▀\x1b[m"
	if len(got) != 1 || got[0] != want {
		t.Errorf("Render(ANSI256) = %q, want %q", got, want)
	}
	for _, p := range []colorprofile.Profile{colorprofile.ANSI, colorprofile.ASCII, colorprofile.NoTTY} {
		if got := Render(square(), p); got != nil {
			t.Errorf("Render(%v) = %q, want nothing", p, got)
		}
	}
}

func TestRenderOddHeightAndTransparency(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 2, 3))
	img.SetRGBA(0, 0, color.RGBA{255, 0, 0, 255}) // (1,0) stays transparent
	img.SetRGBA(0, 1, color.RGBA{0, 0, 255, 255})
	img.SetRGBA(1, 1, color.RGBA{0, 0, 255, 255})
	img.SetRGBA(0, 2, color.RGBA{0, 255, 0, 255})
	got := Render(img, colorprofile.TrueColor)
	if len(got) != 2 {
		t.Fatalf("3 pixels high drew %d rows, want 2", len(got))
	}
	// Top transparent over blue: a lower half block in blue.
	if !strings.Contains(got[0], "\x1b[38;2;0;0;255;49m▄") {
		t.Errorf("row 0 = %q, want a blue ▄ on the default background", got[0])
	}
	// The last row has only top pixels; the missing bottom is the
	// terminal's background, and a transparent pair is a blank.
	if !strings.HasPrefix(got[1], "\x1b[38;2;0;255;0;49m▀\x1b[39;49m \x1b[m") {
		t.Errorf("row 1 = %q", got[1])
	}
}
