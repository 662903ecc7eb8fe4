package decode

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/gopxl/beep/v2"
	"github.com/gopxl/beep/v2/flac"
	"github.com/gopxl/beep/v2/mp3"
	"github.com/gopxl/beep/v2/vorbis"
	"github.com/gopxl/beep/v2/wav"
)

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

// beepSource adapts a beep decoder, mixing its two channels down.
type beepSource struct {
	s    beep.StreamSeekCloser
	inf  Info
	buf  [][2]float64
	mono bool
}

func openBeep(path string, format Format, opt Options) (source, error) {
	file, err := openBuffered(path)
	if err != nil {
		return nil, err
	}
	var (
		s  beep.StreamSeekCloser
		bf beep.Format
	)
	channels := 0
	switch format {
	case FormatWAV:
		s, bf, err = wav.Decode(file)
		channels = bf.NumChannels
	case FormatFLAC:
		s, bf, err = flac.Decode(file)
		channels = bf.NumChannels
	case FormatMP3:
		s, bf, err = mp3.Decode(file)
		channels = 0 // go-mp3 always gives stereo and does not say
	case FormatVorbis:
		s, bf, err = vorbis.Decode(file)
		channels = bf.NumChannels
	default:
		err = fmt.Errorf("%w (%s)", ErrNoDecoder, format)
	}
	if err != nil {
		file.Close()
		if errors.Is(err, ErrNoDecoder) {
			return nil, err
		}
		return nil, corruptf("not valid %s: %s", format, cleanErr(err))
	}
	if bf.SampleRate <= 0 {
		s.Close()
		return nil, corruptf("not valid %s: no sample rate", format)
	}
	src := &beepSource{
		s:    s,
		buf:  make([][2]float64, 4096),
		mono: bf.NumChannels == 1,
		inf: Info{
			Format:         format,
			Decoder:        decoderGo,
			SourceRate:     int(bf.SampleRate),
			SourceChannels: channels,
		},
	}
	if n := s.Len(); n > 0 {
		src.inf.Duration = bf.SampleRate.D(n)
	}
	if opt.Offset > 0 {
		p := bf.SampleRate.N(opt.Offset)
		if l := s.Len(); l > 0 && p >= l {
			p = l // past the end: an empty window
		}
		if err := seek(s, p); err != nil {
			s.Close()
			return nil, corruptf("seek to %v in %s: %s", opt.Offset.Round(time.Millisecond), format, cleanErr(err))
		}
	}
	return src, nil
}

func seek(s beep.StreamSeeker, p int) (err error) {
	defer recoverCorrupt(&err)
	return s.Seek(p)
}

// cleanErr drops the package prefixes beep stacks on its errors.
func cleanErr(err error) string {
	msg := err.Error()
	for _, p := range []string{"flac: ", "mp3: ", "ogg/vorbis: ", "wav: "} {
		msg = strings.TrimPrefix(msg, p)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "the file is truncated (" + msg + ")"
	}
	return msg
}

func (b *beepSource) read(dst []float32) (int, error) {
	want := min(len(dst), len(b.buf))
	n, ok := b.s.Stream(b.buf[:want])
	if b.mono {
		for i := range n {
			dst[i] = float32(b.buf[i][0])
		}
	} else {
		for i := range n {
			dst[i] = float32(0.5 * (b.buf[i][0] + b.buf[i][1]))
		}
	}
	if !ok || n == 0 {
		if err := b.s.Err(); err != nil {
			return n, corruptf("%s stream: %s", b.inf.Format, cleanErr(err))
		}
		// Some decoders (WAV) stop quietly when the data runs out early.
		if l, p := b.s.Len(), b.s.Position(); b.inf.Format != FormatMP3 && l > 0 && p < l {
			return n, corruptf("the file is truncated: %s ends at %v of %v", b.inf.Format,
				time.Duration(float64(p)/float64(b.inf.SourceRate)*float64(time.Second)).Round(time.Millisecond),
				b.inf.Duration.Round(time.Millisecond))
		}
		return n, io.EOF
	}
	return n, nil
}

func (b *beepSource) close() error { return b.s.Close() }
func (b *beepSource) info() Info   { return b.inf }
