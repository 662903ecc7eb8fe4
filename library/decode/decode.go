// Package decode turns audio files into what analysis needs: mono float32
// samples at a reduced sample rate, for only the part of the track asked for.
//
// MP3, FLAC, Ogg Vorbis and WAV are decoded in pure Go through beep's
// decoders, Ogg Opus through pion/opus, and AIFF by a small reader here.
// AAC and ALAC (in M4A/MP4, ADTS or CAF), WMA and Ogg FLAC go through the
// ffmpeg command when it is installed; without it they fail with
// ErrNoDecoder, whose message says so. Options.FFmpeg also lets ffmpeg take
// over formats Go can decode, which is about ten times faster for MP3.
//
// When a pure Go decoder rejects a file or stops part-way (a chained Ogg,
// whose second link the Go Vorbis reader never reaches, ends after the
// first), ffmpeg is tried before giving up, unless FFmpegNever is set: it
// picks up where the Go decoder stopped, and the original error stands if
// ffmpeg gets no further.
//
// Channels are averaged to mono first, then a windowed-sinc resampler
// converts the rate. Offset is reached by seeking where the decoder can
// (WAV, FLAC, MP3, Vorbis, Opus page skipping, ffmpeg's -ss), and decoding
// stops once MaxDuration is covered, so memory and time stay bounded.
package decode

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"
)

// ErrNoDecoder means no decoder for the file's format is available; the
// wrapped message names the format and what would fix it, for example
// "no decoder for this format (aac): install ffmpeg to analyse it".
var ErrNoDecoder = errors.New("no decoder for this format")

// ErrCorrupt means the file is empty, truncated or not valid audio of the
// format it claims to be.
var ErrCorrupt = errors.New("corrupt or unreadable audio")

func corruptf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
}

// FFmpegUse says when the ffmpeg command may decode.
type FFmpegUse int

const (
	// FFmpegFallback, the default, uses ffmpeg only for formats that have
	// no pure Go decoder here (AAC, ALAC, WMA, Ogg FLAC).
	// It also takes over when a Go decoder fails.
	FFmpegFallback FFmpegUse = iota
	// FFmpegPrefer uses ffmpeg for every format when it is installed (it
	// is much faster than go-mp3) and pure Go otherwise.
	FFmpegPrefer
	// FFmpegNever decodes only in pure Go.
	FFmpegNever
)

// DefaultSampleRate is the output rate when Options.SampleRate is zero.
const DefaultSampleRate = 22050

// Options selects the output rate, the window to decode and the decoder.
type Options struct {
	// SampleRate of the output in Hz; 0 means DefaultSampleRate.
	SampleRate int
	// Offset is where decoding starts.
	Offset time.Duration
	// MaxDuration limits how much is decoded after Offset; 0 means to the
	// end.
	MaxDuration time.Duration
	// FFmpeg says when the ffmpeg command is used.
	FFmpeg FFmpegUse
	// FFmpegPath is the ffmpeg command; empty means "ffmpeg" found on PATH.
	FFmpegPath string
}

// Info describes the file being decoded.
type Info struct {
	// Format is the detected format.
	Format Format
	// Decoder is "go" or "ffmpeg".
	Decoder string
	// Duration is the length of the whole file, or 0 when the decoder
	// cannot tell without reading it all. For MP3 it includes the
	// encoder's delay and padding (about 50 ms).
	Duration time.Duration
	// SourceRate and SourceChannels describe the file's audio stream.
	// SourceChannels is 0 when unknown: go-mp3 always reports stereo, and
	// with ffmpeg both come from its log and may be missing.
	SourceRate, SourceChannels int
}

// Audio is a decoded window of a file.
type Audio struct {
	// Samples are mono, nominally in [-1, 1].
	Samples []float32
	// SampleRate of Samples.
	SampleRate int
	Info
}

// Seconds returns the length of Samples in seconds.
func (a *Audio) Seconds() float64 {
	if a.SampleRate == 0 {
		return 0
	}
	return float64(len(a.Samples)) / float64(a.SampleRate)
}

// Stream is an open file delivering mono samples at the output rate.
type Stream struct {
	ctx    context.Context
	path   string
	opt    Options
	src    FrameSource
	rs     *resampler
	rate   int
	remain int64 // output samples still allowed; -1 is unlimited
	buf    []float32
	frames []float64
	srcEOF bool
	err    error
	// delivered counts the output samples Read has returned.
	delivered int64
	// fellBack is set once ffmpeg has taken over from a Go decoder;
	// goErr is then why the Go decoder stopped and goLength how long it
	// said the file was.
	fellBack bool
	goErr    error
	goLength time.Duration
}

// Open prepares path for decoding according to opt. The caller must Close
// the Stream.
func Open(ctx context.Context, path string, opt Options) (*Stream, error) {
	if opt.SampleRate <= 0 {
		opt.SampleRate = DefaultSampleRate
	}
	if opt.Offset < 0 || opt.MaxDuration < 0 {
		return nil, fmt.Errorf("decode %s: negative offset or duration", path)
	}
	src, err := openSource(ctx, path, opt)
	if err != nil {
		return nil, err
	}
	s := &Stream{ctx: ctx, path: path, opt: opt, src: src, rate: opt.SampleRate, remain: -1, buf: make([]float32, 8192), frames: make([]float64, 8192)}
	in := src.Info()
	if in.Decoder == decoderFFmpeg {
		// ffmpeg already resampled, trimmed and mixed down.
		s.rs = newResampler(opt.SampleRate, opt.SampleRate)
	} else {
		s.rs = newResampler(in.SourceRate, opt.SampleRate)
		if opt.MaxDuration > 0 {
			s.remain = int64(opt.MaxDuration.Seconds()*float64(opt.SampleRate) + 0.5)
		}
	}
	return s, nil
}

const (
	decoderGo     = "go"
	decoderFFmpeg = "ffmpeg"
)

func openSource(ctx context.Context, path string, opt Options) (FrameSource, error) {
	f, err := OpenRegular(path)
	if err != nil {
		return nil, err
	}
	head := make([]byte, headerSize)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		f.Close()
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	if n == 0 {
		f.Close()
		return nil, fmt.Errorf("decode %s: %w", path, corruptf("the file is empty"))
	}
	format := refineMP4(detect(head[:n], path), f)
	f.Close()
	if format == FormatUnknown {
		return nil, fmt.Errorf("decode %s: %w (unknown): the file is not a recognised audio format", path, ErrNoDecoder)
	}

	src, err := OpenFrames(ctx, path, format, FrameOptions{Channels: 1, Rate: opt.SampleRate, Offset: opt.Offset,
		MaxDuration: opt.MaxDuration, FFmpeg: opt.FFmpeg, FFmpegPath: opt.FFmpegPath})
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	return src, nil
}

// recoverCorrupt turns a decoder panic into ErrCorrupt.
func recoverCorrupt(err *error) {
	if r := recover(); r != nil {
		*err = corruptf("decoder failed: %v", r)
	}
}

// Info describes the file.
func (s *Stream) Info() Info { return s.src.Info() }

// SampleRate returns the output sample rate.
func (s *Stream) SampleRate() int { return s.rate }

// Read fills dst with mono samples at the output rate. It returns io.EOF
// after the last sample of the window, ErrCorrupt (wrapped) if the file
// turns out to be damaged, and the context's error once it is cancelled.
func (s *Stream) Read(dst []float32) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.remain >= 0 && int64(len(dst)) > s.remain {
		dst = dst[:s.remain]
	}
	n := 0
	for n < len(dst) {
		n += s.rs.pull(dst[n:])
		if n == len(dst) || s.srcEOF {
			break // full, or the resampler is drained
		}
		if err := s.ctx.Err(); err != nil {
			s.err = err
			break
		}
		m, err := s.readSource(s.buf)
		s.rs.push(s.buf[:m])
		if err != nil && err != io.EOF && errors.Is(err, ErrCorrupt) && s.fallBack(s.delivered+int64(n), err) {
			continue // ffmpeg goes on from here
		}
		if err == io.EOF && s.fellBack && s.endsEarly() {
			err = s.goErr
		}
		if err == io.EOF {
			s.srcEOF = true
			s.rs.flush()
		} else if err != nil {
			s.err = err
			break
		}
	}
	s.delivered += int64(n)
	if s.remain >= 0 {
		s.remain -= int64(n)
		if s.remain == 0 && s.err == nil {
			s.err = io.EOF
		}
	}
	if n == 0 && s.err == nil && s.srcEOF {
		s.err = io.EOF
	}
	if n > 0 && s.err == io.EOF {
		return n, nil
	}
	return n, s.err
}

func (s *Stream) readSource(dst []float32) (n int, err error) {
	defer recoverCorrupt(&err)
	n, err = s.src.ReadFrames(s.frames[:min(len(dst), len(s.frames))])
	for i, v := range s.frames[:n] {
		dst[i] = float32(v)
	}
	return n, err
}

// fallBack hands decoding over to ffmpeg after the Go decoder failed,
// at output sample at of the window. ffmpeg decodes from the start of the
// file and the samples before that point are dropped here: seeking by
// time is not reliable in the files the Go decoders fail on (the
// timestamps of a chained Ogg restart in each link). It reports false,
// leaving the stream as it was, when ffmpeg is not to be used, is missing,
// or gets no further than the Go decoder did.
func (s *Stream) fallBack(at int64, goErr error) bool {
	if s.fellBack || s.src.Info().Decoder != decoderGo || s.opt.FFmpeg == FFmpegNever || s.ctx.Err() != nil {
		return false
	}
	ffmpeg := findFFmpeg(s.opt.FFmpegPath)
	if ffmpeg == "" {
		return false
	}
	s.fellBack = true
	s.goErr = goErr
	s.goLength = s.src.Info().Duration
	skip := int64(s.opt.Offset.Seconds()*float64(s.rate)+0.5) + at
	fo := FrameOptions{Channels: 1, Rate: s.rate}
	if s.remain >= 0 {
		// Decode no further than the window needs, with a little room.
		fo.MaxDuration = time.Duration(float64(skip+s.remain)/float64(s.rate)*float64(time.Second)) + 100*time.Millisecond
	}
	src, err := openFFmpeg(s.ctx, ffmpeg, s.path, s.src.Info().Format, fo)
	if err != nil {
		return false
	}
	frames := make([]float64, len(s.frames))
	for skip > 0 {
		n, err := src.ReadFrames(frames[:min(int64(len(frames)), skip)])
		skip -= int64(n)
		if err != nil || s.ctx.Err() != nil {
			src.Close()
			return false
		}
	}
	// One more read shows whether ffmpeg has anything past that point.
	n, err := src.ReadFrames(frames)
	if n == 0 {
		src.Close()
		return false
	}
	if err != nil && s.endsEarlyAt(src) {
		src.Close()
		return false
	}
	s.src.Close()
	s.src = src
	s.rs = newResampler(s.rate, s.rate)
	first := make([]float32, n)
	for i, v := range frames[:n] {
		first[i] = float32(v)
	}
	s.rs.push(first)
	if err != nil {
		// ffmpeg ended (or failed) right after: keep what it gave.
		s.srcEOF = true
		s.rs.flush()
	}
	return true
}

// endsEarly reports whether ffmpeg, having taken over, ended well before
// the length the Go decoder gave the file: then the file is damaged, not
// beyond the Go decoder, and the Go decoder's error stands.
func (s *Stream) endsEarly() bool { return s.endsEarlyAt(s.src) }

func (s *Stream) endsEarlyAt(src FrameSource) bool {
	if s.goLength <= 0 {
		return false
	}
	end := time.Duration(float64(src.Position()) / float64(s.rate) * float64(time.Second))
	if s.opt.MaxDuration > 0 && end >= s.opt.Offset+s.opt.MaxDuration-50*time.Millisecond {
		return false // the window is complete
	}
	return end < s.goLength-max(time.Second, s.goLength/50)
}

// Close releases the file (and stops ffmpeg, if it runs).
func (s *Stream) Close() error {
	return s.src.Close()
}

// Mono decodes the window of path chosen by opt into memory. If the file
// turns out to be damaged part-way, it returns the audio decoded so far
// together with an error wrapping ErrCorrupt.
func Mono(ctx context.Context, path string, opt Options) (*Audio, error) {
	s, err := Open(ctx, path, opt)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	info := s.Info()
	// Size the buffer from what is known, to avoid regrowing.
	var expect time.Duration
	switch {
	case opt.MaxDuration > 0:
		expect = opt.MaxDuration
	case info.Duration > opt.Offset:
		expect = info.Duration - opt.Offset
	}
	out := make([]float32, 0, int(expect.Seconds()*float64(s.rate))+s.rate/10)
	for {
		if len(out) == cap(out) {
			out = append(out, 0)[:len(out)]
		}
		n, err := s.Read(out[len(out):cap(out)])
		out = out[:len(out)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, ErrCorrupt) && len(out) > 0 {
				return &Audio{Samples: out, SampleRate: s.rate, Info: s.Info()}, fmt.Errorf("decode %s: %w", path, err)
			}
			return nil, fmt.Errorf("decode %s: %w", path, err)
		}
	}
	return &Audio{Samples: out, SampleRate: s.rate, Info: s.Info()}, nil
}
