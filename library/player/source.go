package player

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/gopxl/beep/v2"
	"github.com/gopxl/beep/v2/flac"
	"github.com/gopxl/beep/v2/mp3"
	"github.com/gopxl/beep/v2/vorbis"
	"github.com/gopxl/beep/v2/wav"

	"sleeve/library/decode"
)

// source is an open track: a seekable stereo stream at its own rate. Len
// is 0 when the length is unknown.
type source struct {
	beep.StreamSeekCloser
	rate    int
	format  decode.Format
	decoder string // "go" or "ffmpeg"
}

// errNeedFFmpeg marks a variant the Go decoders here do not handle
// (multichannel Opus, compressed AIFF-C), which ffmpeg may still play.
var errNeedFFmpeg = errors.New("needs ffmpeg")

// openSource opens path for playback. Formats with a pure Go decoder are
// decoded in Go; AAC, ALAC, WMA and Ogg FLAC go through ffmpeg, which then
// delivers stereo at outRate. Errors wrap decode.ErrNoDecoder or
// decode.ErrCorrupt where that applies.
func openSource(ctx context.Context, path string, outRate int, ffmpegPath string, at time.Duration) (*source, error) {
	format, err := decode.Detect(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if format == decode.FormatUnknown {
		return nil, fmt.Errorf("open %s: %w (unknown): the file is not a recognised audio format", path, decode.ErrNoDecoder)
	}
	ffmpeg := findFFmpeg(ffmpegPath)
	var src *source
	switch format {
	case decode.FormatMP3, decode.FormatFLAC, decode.FormatVorbis, decode.FormatWAV, decode.FormatAIFF, decode.FormatOpus:
		src, err = openGo(path, format)
		if errors.Is(err, errNeedFFmpeg) {
			if ffmpeg == "" {
				err = fmt.Errorf("%w (%s): install ffmpeg to play it", decode.ErrNoDecoder, strings.TrimPrefix(err.Error(), errNeedFFmpeg.Error()+": "))
				break
			}
			src, err = openFFmpeg(ctx, ffmpeg, path, format, outRate, at)
		}
	default:
		if ffmpeg == "" {
			err = fmt.Errorf("%w (%s): install ffmpeg to play it", decode.ErrNoDecoder, format)
			break
		}
		src, err = openFFmpeg(ctx, ffmpeg, path, format, outRate, at)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return src, nil
}

func findFFmpeg(path string) string {
	if path == "" {
		path = "ffmpeg"
	}
	p, err := exec.LookPath(path)
	if err != nil {
		return ""
	}
	return p
}

func openGo(path string, format decode.Format) (src *source, err error) {
	defer recoverCorrupt(&err)
	switch format {
	case decode.FormatAIFF:
		return openAIFF(path)
	case decode.FormatOpus:
		return openOpus(path)
	}
	if format == decode.FormatWAV {
		if err := checkWAV(path); err != nil {
			return nil, err
		}
	}
	file, err := openBuffered(path)
	if err != nil {
		return nil, err
	}
	var (
		s  beep.StreamSeekCloser
		bf beep.Format
	)
	switch format {
	case decode.FormatWAV:
		s, bf, err = wav.Decode(file)
	case decode.FormatFLAC:
		s, bf, err = flac.Decode(file)
	case decode.FormatMP3:
		s, bf, err = mp3.Decode(file)
	case decode.FormatVorbis:
		s, bf, err = vorbis.Decode(file)
	}
	if err != nil {
		file.Close()
		return nil, corruptf("not valid %s: %v", format, err)
	}
	if bf.SampleRate <= 0 {
		s.Close()
		return nil, corruptf("not valid %s: no sample rate", format)
	}
	// beep's decoders already give stereo, duplicating a mono channel.
	return &source{StreamSeekCloser: s, rate: int(bf.SampleRate), format: format, decoder: "go"}, nil
}

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

// bufferedFile is a buffered io.ReadSeekCloser over a file: beep's
// decoders read a few bytes at a time.
type bufferedFile struct {
	f  *os.File
	br *bufio.Reader
}

func openBuffered(path string) (*bufferedFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &bufferedFile{f: f, br: bufio.NewReaderSize(f, 64<<10)}, nil
}

func (b *bufferedFile) Read(p []byte) (int, error) { return b.br.Read(p) }

func (b *bufferedFile) Seek(off int64, whence int) (int64, error) {
	if whence == io.SeekCurrent {
		off -= int64(b.br.Buffered())
	}
	pos, err := b.f.Seek(off, whence)
	if err != nil {
		return pos, err
	}
	b.br.Reset(b.f)
	return pos, nil
}

func (b *bufferedFile) Close() error { return b.f.Close() }

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
