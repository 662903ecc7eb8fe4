package player

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gopxl/beep/v2"

	"sleeve/library/decode"
)

// ffmpegStream plays what the ffmpeg command decodes: stereo 32-bit float
// PCM at the output rate, so no resampling is needed after it. Seeking
// restarts ffmpeg with -ss.
type ffmpegStream struct {
	ctx     context.Context
	ffmpeg  string
	path    string
	format  decode.Format
	rate    int
	length  int // frames, 0 if unknown
	cmd     *exec.Cmd
	cancel  context.CancelFunc
	out     *bufio.Reader
	stderr  *lockedBuffer
	pos     int
	raw     []byte
	done    bool
	err     error
	running bool
}

// lockedBuffer collects ffmpeg's stderr while it runs, and closes
// described once the input's description (its "Duration:" line) is in.
type lockedBuffer struct {
	mu        sync.Mutex
	b         strings.Builder
	described chan struct{}
}

func newLockedBuffer() *lockedBuffer {
	return &lockedBuffer{described: make(chan struct{})}
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.b.Len() < 64<<10 {
		l.b.Write(p)
	}
	select {
	case <-l.described:
	default:
		if strings.Contains(l.b.String(), "Duration:") {
			close(l.described)
		}
	}
	return len(p), nil
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func openFFmpeg(ctx context.Context, ffmpeg, path string, format decode.Format, rate int, at time.Duration) (*source, error) {
	s := &ffmpegStream{ctx: ctx, ffmpeg: ffmpeg, path: path, format: format, rate: rate}
	if err := s.start(int(at.Seconds()*float64(rate) + 0.5)); err != nil {
		return nil, err
	}
	return &source{StreamSeekCloser: s, rate: rate, format: format, decoder: "ffmpeg"}, nil
}

var reDuration = regexp.MustCompile(`Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)`)

// start runs ffmpeg from frame p.
func (s *ffmpegStream) start(p int) error {
	s.stop()
	ctx, cancel := context.WithCancel(s.ctx)
	args := []string{"-hide_banner", "-nostdin", "-nostats", "-loglevel", "info"}
	if p > 0 {
		args = append(args, "-ss", strconv.FormatFloat(float64(p)/float64(s.rate), 'f', 6, 64))
	}
	// ffmpeg's own upmix plays mono 3 dB down; this pan duplicates mono
	// (FC) at full level, keeps stereo as it is and folds the centre of
	// surround layouts into both sides.
	args = append(args, "-i", s.path, "-map", "0:a:0", "-vn", "-sn", "-dn",
		"-af", "pan=stereo|FL<FL+FC|FR<FR+FC", "-ac", "2", "-ar", strconv.Itoa(s.rate), "-f", "f32le", "-acodec", "pcm_f32le", "pipe:1")
	cmd := exec.CommandContext(ctx, s.ffmpeg, args...)
	stderr := newLockedBuffer()
	cmd.Stderr = stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		cancel()
		return err
	}
	if err := cmd.Start(); err != nil {
		cancel()
		return fmt.Errorf("start ffmpeg: %w", err)
	}
	s.cmd, s.cancel, s.stderr, s.running = cmd, cancel, stderr, true
	s.out = bufio.NewReaderSize(stdout, 64<<10)
	s.pos, s.done, s.err = p, false, nil
	// Wait for the first bytes (or the end) so that header errors and the
	// duration are known when start returns.
	if _, err := s.out.Peek(8); err != nil {
		if werr := s.wait(); werr != nil {
			return s.failure(werr)
		}
	}
	if s.length == 0 {
		// ffmpeg wrote the description before the audio, but it reaches
		// us through another pipe.
		select {
		case <-stderr.described:
		case <-time.After(time.Second):
		}
		if m := reDuration.FindStringSubmatch(stderr.String()); m != nil {
			h, _ := strconv.Atoi(m[1])
			mi, _ := strconv.Atoi(m[2])
			sec, _ := strconv.ParseFloat(m[3], 64)
			d := time.Duration((float64(h*3600+mi*60) + sec) * float64(time.Second))
			s.length = int(d.Seconds() * float64(s.rate))
		}
	}
	return nil
}

func (s *ffmpegStream) wait() error {
	if !s.running {
		return nil
	}
	s.running = false
	return s.cmd.Wait()
}

// stop ends a running ffmpeg.
func (s *ffmpegStream) stop() {
	if s.running {
		s.cancel()
		s.wait()
	}
}

func (s *ffmpegStream) failure(werr error) error {
	msg := strings.TrimSpace(s.stderr.String())
	if lines := strings.Split(msg, "\n"); len(lines) > 3 {
		msg = strings.Join(lines[len(lines)-3:], "; ")
	}
	if s.ctx.Err() != nil {
		return s.ctx.Err()
	}
	return corruptf("ffmpeg cannot decode this %s file: %v: %s", s.format, werr, msg)
}

// Stream implements beep.Streamer.
func (s *ffmpegStream) Stream(samples [][2]float64) (int, bool) {
	if s.done {
		return 0, false
	}
	if cap(s.raw) < 8*len(samples) {
		s.raw = make([]byte, 8*len(samples))
	}
	raw := s.raw[:8*len(samples)]
	got, err := io.ReadFull(s.out, raw)
	n := got / 8
	for i := range n {
		l := math.Float32frombits(binary.LittleEndian.Uint32(raw[8*i:]))
		r := math.Float32frombits(binary.LittleEndian.Uint32(raw[8*i+4:]))
		samples[i] = [2]float64{float64(l), float64(r)}
	}
	s.pos += n
	if err != nil {
		s.done = true
		if werr := s.wait(); werr != nil {
			s.err = s.failure(werr)
		} else if err != io.EOF && err != io.ErrUnexpectedEOF {
			s.err = fmt.Errorf("read from ffmpeg: %w", err)
		}
	}
	return n, n > 0
}

// Err implements beep.Streamer.
func (s *ffmpegStream) Err() error { return s.err }

// Len implements beep.StreamSeeker, from the duration ffmpeg printed; it
// is 0 when ffmpeg did not print one.
func (s *ffmpegStream) Len() int { return s.length }

// Position implements beep.StreamSeeker.
func (s *ffmpegStream) Position() int { return s.pos }

// Seek implements beep.StreamSeeker by restarting ffmpeg at p.
func (s *ffmpegStream) Seek(p int) error {
	if s.length > 0 {
		p = min(p, s.length)
	}
	return s.start(max(p, 0))
}

// Close implements beep.StreamCloser; it stops ffmpeg.
func (s *ffmpegStream) Close() error {
	s.stop()
	return nil
}

var _ beep.StreamSeekCloser = (*ffmpegStream)(nil)
