package decode

import (
	"bufio"
	"bytes"
	"context"
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

// FrameSource is an open audio file delivering interleaved frames of a
// fixed channel count at Rate. It is the layer both the mono analysis
// path here and the player build on.
type FrameSource interface {
	// ReadFrames fills dst (a whole number of frames) and returns the
	// number of frames read, io.EOF after the last one.
	ReadFrames(dst []float64) (int, error)
	// Seek moves to frame p, where the decoder allows.
	Seek(p int) error
	// Len is the length in frames, 0 when unknown.
	Len() int
	// Position is the next frame.
	Position() int
	// Rate is the frame rate: the file's own, or for ffmpeg the one asked
	// for.
	Rate() int
	Info() Info
	Close() error
}

// FrameOptions says how OpenFrames decodes.
type FrameOptions struct {
	// Channels is 1 (channels averaged) or 2 (stereo; mono is
	// duplicated).
	Channels int
	// Rate is the rate ffmpeg converts to; Go decoders keep the file's.
	Rate int
	// Offset is where decoding starts.
	Offset time.Duration
	// MaxDuration limits what ffmpeg decodes; 0 means to the end.
	MaxDuration time.Duration
	// FFmpeg and FFmpegPath choose the ffmpeg command as in Options.
	FFmpeg     FFmpegUse
	FFmpegPath string
	// Playback selects the player's behaviour: errors say "install ffmpeg
	// to play it", decoder errors are passed on as they are, a short
	// stream ends quietly, an ffmpeg failure is corrupt (or the context's
	// error), mono from ffmpeg is duplicated at full level, and Offset
	// applies only to ffmpeg (the caller seeks Go decoders).
	Playback bool
	// seekByDecoding makes ffmpeg reach Offset by decoding from the start
	// and dropping what comes before, instead of seeking in the file:
	// slower, but right in files whose timestamps restart (chained Ogg).
	seekByDecoding bool
}

// needFFmpeg marks a variant the Go decoders do not handle (multichannel
// Opus, compressed AIFF-C), which ffmpeg may still decode.
type needFFmpeg string

func (n needFFmpeg) Error() string { return "needs ffmpeg: " + string(n) }

// OpenFrames opens path, whose format is already detected and known, for
// decoding according to opt. Errors wrap ErrNoDecoder or ErrCorrupt where
// that applies; they do not name the path.
func OpenFrames(ctx context.Context, path string, format Format, opt FrameOptions) (FrameSource, error) {
	if err := CheckRegular(path); err != nil {
		return nil, err
	}
	verb := "analyse it"
	if opt.Playback {
		verb = "play it"
	}
	useFFmpeg := false
	ffmpeg := ""
	if opt.FFmpeg != FFmpegNever && (opt.FFmpeg == FFmpegPrefer || !format.goDecodable()) {
		ffmpeg = findFFmpeg(opt.FFmpegPath)
		useFFmpeg = ffmpeg != ""
	}
	switch {
	case useFFmpeg:
		return openFFmpeg(ctx, ffmpeg, path, format, opt)
	case format == FormatVorbis && opt.FFmpeg != FFmpegNever && oggChained(path) && findFFmpeg(opt.FFmpegPath) != "":
		// The Go Vorbis reader stops at the end of a chained file's first
		// link; ffmpeg plays them all. Its timestamps restart in each
		// link, so it reaches Offset by decoding.
		fopt := opt
		fopt.seekByDecoding = true
		return openFFmpeg(ctx, findFFmpeg(opt.FFmpegPath), path, format, fopt)
	case format.goDecodable():
		src, err := openGo(path, format, opt)
		if errors.Is(err, ErrCorrupt) && opt.FFmpeg != FFmpegNever {
			// The Go decoder rejects the file; ffmpeg may not. If it
			// cannot either, the Go decoder's reason stands.
			if ffmpeg = findFFmpeg(opt.FFmpegPath); ffmpeg != "" {
				fopt := opt
				fopt.seekByDecoding = true
				if fsrc, ferr := openFFmpeg(ctx, ffmpeg, path, format, fopt); ferr == nil {
					if fsrc.(*ffmpegSource).hasAudio() {
						return fsrc, nil
					}
					fsrc.Close()
				}
			}
			return nil, err
		}
		var need needFFmpeg
		if !errors.As(err, &need) {
			return src, err
		}
		if opt.FFmpeg != FFmpegNever {
			if ffmpeg = findFFmpeg(opt.FFmpegPath); ffmpeg != "" {
				return openFFmpeg(ctx, ffmpeg, path, format, opt)
			}
		}
		return nil, fmt.Errorf("%w (%s): install ffmpeg to %s", ErrNoDecoder, string(need), verb)
	case opt.FFmpeg == FFmpegNever:
		return nil, fmt.Errorf("%w (%s): only ffmpeg decodes it, and ffmpeg is disabled", ErrNoDecoder, format)
	default:
		return nil, fmt.Errorf("%w (%s): install ffmpeg to %s", ErrNoDecoder, format, verb)
	}
}

func openGo(path string, format Format, opt FrameOptions) (src FrameSource, err error) {
	defer recoverCorrupt(&err)
	switch format {
	case FormatOpus:
		src, err = openOpus(path, opt)
	case FormatAIFF:
		src, err = openAIFF(path, opt)
	default:
		src, err = openBeep(path, format, opt)
	}
	if err != nil || opt.Playback || opt.Offset <= 0 {
		return src, err
	}
	var p int
	switch s := src.(type) {
	case *aiffSource:
		p = int(opt.Offset.Seconds()*s.rate + 0.5)
	case *opusSource:
		p = int(opt.Offset.Seconds()*opusRate + 0.5)
	default:
		p = beep.SampleRate(src.Rate()).N(opt.Offset)
	}
	if l := src.Len(); l > 0 && p >= l {
		p = l // past the end: an empty window
	}
	if err := seek(src, p); err != nil {
		src.Close()
		return nil, corruptf("seek to %v in %s: %s", opt.Offset.Round(time.Millisecond), format, cleanErr(err))
	}
	return src, nil
}

func seek(s FrameSource, p int) (err error) {
	defer recoverCorrupt(&err)
	return s.Seek(p)
}

// bufferedFile is a buffered io.ReadSeekCloser over a file: beep's
// decoders read a few bytes at a time.
type bufferedFile struct {
	f  *os.File
	br *bufio.Reader
}

func openBuffered(path string) (*bufferedFile, error) {
	f, err := OpenRegular(path)
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

// beepSource adapts a beep decoder, which always gives stereo.
type beepSource struct {
	s        beep.StreamSeekCloser
	inf      Info
	buf      [][2]float64
	mono     bool
	channels int
	playback bool
	// openLen is the length the decoder gave when the file was opened.
	// The Vorbis reader takes it from the last page of the file, then
	// shortens it to wherever it stops; a chained Ogg stops after its
	// first link.
	openLen int
}

func openBeep(path string, format Format, opt FrameOptions) (FrameSource, error) {
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
		switch {
		case errors.Is(err, ErrNoDecoder):
			return nil, err
		case opt.Playback:
			return nil, corruptf("not valid %s: %v", format, err)
		}
		return nil, corruptf("not valid %s: %s", format, cleanErr(err))
	}
	if bf.SampleRate <= 0 {
		s.Close()
		return nil, corruptf("not valid %s: no sample rate", format)
	}
	src := &beepSource{
		s:        s,
		buf:      make([][2]float64, 4096),
		mono:     bf.NumChannels == 1,
		channels: opt.Channels,
		playback: opt.Playback,
		inf: Info{
			Format:         format,
			Decoder:        decoderGo,
			SourceRate:     int(bf.SampleRate),
			SourceChannels: channels,
		},
	}
	if n := s.Len(); n > 0 {
		src.inf.Duration = bf.SampleRate.D(n)
		src.openLen = n
	}
	return src, nil
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

func (b *beepSource) ReadFrames(dst []float64) (int, error) {
	want := min(len(dst)/b.channels, len(b.buf))
	n, ok := b.s.Stream(b.buf[:want])
	for i, f := range b.buf[:n] {
		switch {
		case b.channels == 2:
			dst[2*i], dst[2*i+1] = f[0], f[1]
		case b.mono:
			dst[i] = f[0]
		default:
			dst[i] = 0.5 * (f[0] + f[1])
		}
	}
	if ok && n > 0 {
		return n, nil
	}
	err := b.s.Err()
	switch {
	case err != nil && b.playback:
		return n, err
	case err != nil:
		return n, corruptf("%s stream: %s", b.inf.Format, cleanErr(err))
	}
	// Some decoders (WAV) stop quietly when the data runs out early.
	if l, p := max(b.s.Len(), b.openLen), b.s.Position(); !b.playback && b.inf.Format != FormatMP3 && l > 0 && p < l {
		return n, corruptf("the file is truncated: %s ends at %v of %v", b.inf.Format,
			time.Duration(float64(p)/float64(b.inf.SourceRate)*float64(time.Second)).Round(time.Millisecond),
			b.inf.Duration.Round(time.Millisecond))
	}
	return n, io.EOF
}

func (b *beepSource) Seek(p int) error { return b.s.Seek(p) }
func (b *beepSource) Len() int         { return b.s.Len() }
func (b *beepSource) Position() int    { return b.s.Position() }
func (b *beepSource) Rate() int        { return b.inf.SourceRate }
func (b *beepSource) Info() Info       { return b.inf }
func (b *beepSource) Close() error     { return b.s.Close() }

// oggChained reports whether the Ogg file at path ends in another logical
// stream than it starts with, as a chained Ogg (streams one after the
// other) does. It reads the first page's header and the last 64 KB.
func oggChained(path string) bool {
	f, err := OpenRegular(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var first [27]byte
	if _, err := io.ReadFull(f, first[:]); err != nil || string(first[:4]) != "OggS" {
		return false
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	off := max(0, st.Size()-headerSize)
	tail := make([]byte, st.Size()-off)
	if _, err := f.ReadAt(tail, off); err != nil && err != io.EOF {
		return false
	}
	// The last page is the one whose header, segment table and body end
	// exactly at the end of the file.
	for i := bytes.LastIndex(tail, []byte("OggS")); i >= 0; i = bytes.LastIndex(tail[:i], []byte("OggS")) {
		h := tail[i:]
		if len(h) < 27 || h[4] != 0 {
			continue
		}
		nseg := int(h[26])
		if len(h) < 27+nseg {
			continue
		}
		size := 27 + nseg
		for _, l := range h[27 : 27+nseg] {
			size += int(l)
		}
		if size != len(h) {
			continue
		}
		return !bytes.Equal(h[14:18], first[14:18])
	}
	return false
}
