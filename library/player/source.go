package player

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/gopxl/beep/v2"

	"sleeve/library/decode"
)

// source is an open track: a seekable stereo stream at its own rate, over
// decode's frame layer. Len is 0 when the length is unknown.
type source struct {
	fs      decode.FrameSource
	rate    int
	format  decode.Format
	decoder string // "go" or "ffmpeg"
	buf     []float64
	ended   bool
	err     error
}

// openSource opens path for playback. Formats with a pure Go decoder are
// decoded in Go; AAC, ALAC, WMA and Ogg FLAC go through ffmpeg, which then
// delivers stereo at outRate, starting at at. Errors wrap
// decode.ErrNoDecoder or decode.ErrCorrupt where that applies.
func openSource(ctx context.Context, path string, outRate int, ffmpegPath string, at time.Duration) (*source, error) {
	format, err := decode.Detect(path)
	var pathErr *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, goneError{path}
	case errors.As(err, &pathErr) && pathErr.Path == path:
		// Name the path once: "open P: permission denied".
		return nil, fmt.Errorf("open %s: %w", path, pathErr.Err)
	case err != nil:
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if format == decode.FormatUnknown {
		return nil, fmt.Errorf("open %s: %w (unknown): the file is not a recognised audio format", path, decode.ErrNoDecoder)
	}
	if format == decode.FormatWAV {
		if err := checkWAV(path); err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	fs, err := decode.OpenFrames(ctx, path, format, decode.FrameOptions{
		Channels: 2, Rate: outRate, Offset: at, FFmpegPath: ffmpegPath, Playback: true})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	in := fs.Info()
	return &source{fs: fs, rate: fs.Rate(), format: in.Format, decoder: in.Decoder, buf: make([]float64, 2*4096)}, nil
}

// goneError says that a file to play is no longer where the library has
// it; it matches fs.ErrNotExist.
type goneError struct{ path string }

func (e goneError) Error() string {
	return "open " + e.path + ": the file is no longer there (deleted or moved since the last scan; a scan of its folder finds a moved file again)"
}

func (e goneError) Unwrap() error { return fs.ErrNotExist }

func corruptf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", decode.ErrCorrupt, fmt.Sprintf(format, args...))
}

// recoverCorrupt turns a decoder panic into decode.ErrCorrupt: some of
// the pure Go decoders panic on damaged input.
func recoverCorrupt(err *error) {
	if r := recover(); r != nil {
		*err = corruptf("decoder failed: %v", r)
	}
}

// Stream implements beep.Streamer.
func (s *source) Stream(samples [][2]float64) (int, bool) {
	if s.ended {
		return 0, false
	}
	want := min(len(samples), len(s.buf)/2)
	n, err := s.fs.ReadFrames(s.buf[:2*want])
	for i := range n {
		samples[i] = [2]float64{s.buf[2*i], s.buf[2*i+1]}
	}
	if err != nil {
		s.ended = true
		if err != io.EOF {
			s.err = err
		}
	}
	return n, n > 0
}

// Err implements beep.Streamer.
func (s *source) Err() error { return s.err }

// Len implements beep.StreamSeeker.
func (s *source) Len() int { return s.fs.Len() }

// Position implements beep.StreamSeeker.
func (s *source) Position() int { return s.fs.Position() }

// Seek implements beep.StreamSeeker.
func (s *source) Seek(p int) error {
	s.ended, s.err = false, nil
	return s.fs.Seek(p)
}

// Close implements beep.StreamCloser.
func (s *source) Close() error { return s.fs.Close() }

var _ beep.StreamSeekCloser = (*source)(nil)

// checkWAV walks the RIFF chunks before the audio data and rejects sizes
// larger than the file: beep's decoder allocates whatever a chunk header
// claims, up to 4 GiB for a damaged file.
func checkWAV(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	size := fi.Size()
	off := int64(12)
	var h [8]byte
	for {
		if _, err := f.ReadAt(h[:], off); err != nil {
			return corruptf("not valid wav: no audio data")
		}
		n := int64(binary.LittleEndian.Uint32(h[4:]))
		if string(h[:4]) == "data" {
			return nil // a short data chunk is read as a truncated file
		}
		if off+8+n > size {
			return corruptf("not valid wav: chunk %q claims %d bytes, more than the file holds", h[:4], n)
		}
		off += 8 + n + n%2
	}
}
