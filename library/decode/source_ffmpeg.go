package decode

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
)

// findFFmpeg returns the ffmpeg command to run, or "" when there is none.
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

// FFmpegAvailable reports whether ffmpeg is installed (on PATH), that is,
// whether AAC and ALAC files can be decoded.
func FFmpegAvailable() bool { return findFFmpeg("") != "" }

// ffmpegSource reads 32-bit float mono PCM that ffmpeg decodes, trims and
// resamples.
type ffmpegSource struct {
	cmd    *exec.Cmd
	cancel context.CancelFunc
	out    *bufio.Reader
	stderr *lockedBuffer
	inf    Info
	raw    []byte
	done   bool
	waited bool
	werr   error
}

// lockedBuffer collects ffmpeg's stderr while it runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.b.Len() < 64<<10 {
		l.b.Write(p)
	}
	return len(p), nil
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func openFFmpeg(ctx context.Context, ffmpeg, path string, format Format, opt Options) (source, error) {
	ctx, cancel := context.WithCancel(ctx)
	args := []string{"-hide_banner", "-nostdin", "-nostats", "-loglevel", "info"}
	if opt.Offset > 0 {
		args = append(args, "-ss", ffSeconds(opt.Offset))
	}
	if opt.MaxDuration > 0 {
		args = append(args, "-t", ffSeconds(opt.MaxDuration))
	}
	args = append(args, "-i", path, "-map", "0:a:0", "-vn", "-sn", "-dn",
		"-ac", "1", "-ar", strconv.Itoa(opt.SampleRate), "-f", "f32le", "-acodec", "pcm_f32le", "pipe:1")
	cmd := exec.CommandContext(ctx, ffmpeg, args...)
	stderr := &lockedBuffer{}
	cmd.Stderr = stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		cancel()
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		cancel()
		return nil, fmt.Errorf("start ffmpeg: %w", err)
	}
	s := &ffmpegSource{
		cmd:    cmd,
		cancel: cancel,
		out:    bufio.NewReaderSize(stdout, 64<<10),
		stderr: stderr,
		inf:    Info{Format: format, Decoder: decoderFFmpeg, SourceRate: opt.SampleRate},
	}
	// Wait for the first bytes (or the end) so that header errors and the
	// input description are known when Open returns.
	if _, err := s.out.Peek(4); err != nil {
		s.wait()
		if s.werr != nil {
			return nil, s.failure()
		}
	}
	s.parseInfo()
	return s, nil
}

func ffSeconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', 6, 64)
}

var (
	reDuration = regexp.MustCompile(`Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)`)
	reStream   = regexp.MustCompile(`Stream #0:\d+[^:]*: Audio: ([^,\s]+)[^,]*, (\d+) Hz, ([^,]+)`)
)

// parseInfo reads the input description ffmpeg prints at info level.
func (s *ffmpegSource) parseInfo() {
	text := s.stderr.String()
	if m := reDuration.FindStringSubmatch(text); m != nil {
		h, _ := strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		sec, _ := strconv.ParseFloat(m[3], 64)
		s.inf.Duration = time.Duration((float64(h*3600+mi*60) + sec) * float64(time.Second))
	}
	if m := reStream.FindStringSubmatch(text); m != nil {
		if r, err := strconv.Atoi(m[2]); err == nil {
			s.inf.SourceRate = r
		}
		switch layout := strings.TrimSpace(m[3]); {
		case layout == "mono":
			s.inf.SourceChannels = 1
		case layout == "stereo":
			s.inf.SourceChannels = 2
		case strings.HasSuffix(layout, "channels"):
			s.inf.SourceChannels, _ = strconv.Atoi(strings.Fields(layout)[0])
		}
	}
}

func (s *ffmpegSource) wait() {
	if s.waited {
		return
	}
	s.waited = true
	s.werr = s.cmd.Wait()
}

// failure describes why ffmpeg failed.
func (s *ffmpegSource) failure() error {
	msg := lastLines(s.stderr.String(), 3)
	if strings.Contains(msg, "Invalid data") || strings.Contains(msg, "could not find codec") ||
		strings.Contains(msg, "does not contain any stream") || strings.Contains(msg, "Error") ||
		strings.Contains(msg, "matches no streams") {
		return corruptf("ffmpeg cannot decode this %s file: %s", s.inf.Format, msg)
	}
	return fmt.Errorf("ffmpeg: %w: %s", s.werr, msg)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "; ")
}

func (s *ffmpegSource) read(dst []float32) (int, error) {
	if s.done {
		return 0, io.EOF
	}
	if cap(s.raw) < 4*len(dst) {
		s.raw = make([]byte, 4*len(dst))
	}
	raw := s.raw[:4*len(dst)]
	n, err := io.ReadFull(s.out, raw)
	n /= 4
	for i := range n {
		dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		s.done = true
		s.wait()
		s.parseInfo() // stderr is complete now
		if s.werr != nil {
			return n, s.failure()
		}
		return n, io.EOF
	}
	if err != nil {
		return n, fmt.Errorf("read from ffmpeg: %w", err)
	}
	return n, nil
}

func (s *ffmpegSource) close() error {
	s.cancel() // stops ffmpeg if the caller did not read to the end
	s.wait()
	return nil
}

func (s *ffmpegSource) info() Info { return s.inf }
