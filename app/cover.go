package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // decoders for cover art
	_ "image/jpeg"
	_ "image/png"

	"golang.org/x/image/draw"

	"sleeve/library"
)

// ErrNoCover means a track has no cover art, embedded or beside it.
var ErrNoCover = library.ErrNoCover

// maxCoverPixels bounds the size of a picture that is decoded, so that a
// hostile file cannot make the explorer allocate gigabytes.
const maxCoverPixels = 64 << 20

// CoverArt is a track's cover art scaled to a small box.
type CoverArt struct {
	// Image is the picture, fitted into the box asked for, keeping its
	// proportions.
	Image *image.RGBA
	// Source is "embedded", or the path of the picture file.
	Source string
}

// LoadCover reads the cover art of the track at path (its embedded
// picture, or else a cover file in its folder), decodes it and scales it
// to fit width×height pixels. It returns ErrNoCover when there is none.
func LoadCover(ctx context.Context, path string, width, height int) (CoverArt, error) {
	if width <= 0 || height <= 0 {
		return CoverArt{}, errors.New("cover box is empty")
	}
	c, err := library.ReadCover(path)
	if err != nil {
		return CoverArt{}, err
	}
	if err := ctx.Err(); err != nil {
		return CoverArt{}, err
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(c.Data))
	if err != nil {
		return CoverArt{}, fmt.Errorf("cover art from %s: %w", c.Source, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxCoverPixels {
		return CoverArt{}, fmt.Errorf("cover art from %s: %d×%d pixels is not a picture to show", c.Source, cfg.Width, cfg.Height)
	}
	src, _, err := image.Decode(bytes.NewReader(c.Data))
	if err != nil {
		return CoverArt{}, fmt.Errorf("cover art from %s: %w", c.Source, err)
	}
	return CoverArt{Image: Fit(src, width, height), Source: c.Source}, nil
}

// Fit scales img to fit width×height pixels, keeping its proportions; the
// result is at least one pixel each way.
func Fit(img image.Image, width, height int) *image.RGBA {
	b := img.Bounds()
	w, h := width, b.Dy()*width/max(1, b.Dx())
	if h > height {
		w, h = b.Dx()*height/max(1, b.Dy()), height
	}
	dst := image.NewRGBA(image.Rect(0, 0, max(1, w), max(1, h)))
	// Catmull-Rom widens its kernel when it shrinks, so a large cover
	// scaled to a few dozen pixels is averaged rather than sampled.
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, b, draw.Src, nil)
	return dst
}
