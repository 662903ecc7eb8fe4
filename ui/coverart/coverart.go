// Package coverart draws a small picture in the terminal with upper half
// blocks: each cell is two pixels, the top one as the foreground colour of
// "▀" and the bottom one as its background, so a picture of w×h pixels
// takes w columns and h/2 rows.
package coverart

import (
	"image"
	"image/color"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// Shown reports whether pictures are drawn for a terminal of profile p:
// in true colour, and quantised to the 256-colour palette; a terminal
// with 16 colours or none gets no picture, as they would not resemble it.
func Shown(p colorprofile.Profile) bool { return p >= colorprofile.ANSI256 }

// Render draws img for a terminal of profile p, one string per row of
// cells, each ending with a reset. It returns nil when the profile shows
// no pictures. A transparent pixel (alpha below one half) is left to the
// terminal's own background.
func Render(img image.Image, p colorprofile.Profile) []string {
	if img == nil || !Shown(p) {
		return nil
	}
	b := img.Bounds()
	var rows []string
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		var sb strings.Builder
		last := ""
		for x := b.Min.X; x < b.Max.X; x++ {
			top := pixel(img, x, y, b, p)
			bottom := pixel(img, x, y+1, b, p)
			var style ansi.Style
			glyph := "▀"
			switch {
			case top == nil && bottom == nil:
				glyph = " "
				style = style.ForegroundColor(nil).BackgroundColor(nil)
			case top == nil:
				// Only the lower half has a colour: draw it as the
				// foreground of a lower half block.
				glyph = "▄"
				style = style.ForegroundColor(bottom).BackgroundColor(nil)
			default:
				style = style.ForegroundColor(top).BackgroundColor(bottom)
			}
			if s := style.String(); s != last {
				sb.WriteString(s)
				last = s
			}
			sb.WriteString(glyph)
		}
		sb.WriteString(ansi.ResetStyle)
		rows = append(rows, sb.String())
	}
	return rows
}

// pixel is the colour at x, y converted for p, or nil when it is outside
// the picture or transparent.
func pixel(img image.Image, x, y int, b image.Rectangle, p colorprofile.Profile) color.Color {
	if y >= b.Max.Y {
		return nil
	}
	r, g, bl, a := img.At(x, y).RGBA()
	if a < 0x8000 {
		return nil
	}
	// Un-premultiply, so a half-transparent pixel keeps its colour.
	c := color.RGBA{R: uint8(r * 0xffff / a >> 8), G: uint8(g * 0xffff / a >> 8), B: uint8(bl * 0xffff / a >> 8), A: 0xff}
	return p.Convert(c)
}
