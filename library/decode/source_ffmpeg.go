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

// ffmpegSource reads the 32-bit float PCM that the ffmpeg command decodes,
// trims, mixes and resamples. Seeking restarts ffmpeg with -ss.
type ffmpegSource struct {
	ctx     context.Context
	ffmpeg  string
	path    string
	opt     FrameOptions
	length  int // frames, 0 if unknown
	cmd     *exec.Cmd
	cancel  context.CancelFunc
	out     *bufio.Reader
	stderr  *lockedBuffer
	inf     Info
	pos     int
	raw     []byte
	done    bool
	running bool
}

// lockedBuffer collects ffmpeg's stderr while it runs, and closes
// described once the input's description (its "Duration:" line) is in.
type lockedBuffer struct {
	mu        sync.Mutex
	b         strings.Builder
	described chan struct{}
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

func openFFmpeg(ctx context.Context, ffmpeg, path string, format Format, opt FrameOptions) (FrameSource, error) {
	s := &ffmpegSource{ctx: ctx, ffmpeg: ffmpeg, path: path, opt: opt,
		inf: Info{Format: format, Decoder: decoderFFmpeg, SourceRate: opt.Rate}}
	p := int(opt.Offset.Seconds()*float64(opt.Rate) + 0.5)
	ss := opt.Offset.Seconds()
	if opt.Playback {
		ss = float64(p) / float64(opt.Rate)
	}
	if err := s.start(p, ss); err != nil {
		return nil, err
	}
	return s, nil
}

func ffSeconds(sec float64) string {
	return strconv.FormatFloat(sec, 'f', 6, 64)
}

var (
	reDuration = regexp.MustCompile(`Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)`)
	reStream   = regexp.MustCompile(`Stream #0:\d+[^:]*: Audio: ([^,\s]+)[^,]*, (\d+) Hz, ([^,]+)`)
)

// start runs ffmpeg from frame p, ss seconds into the file.
func (s *ffmpegSource) start(p int, ss float64) error {
	s.stop()
	ctx, cancel := context.WithCancel(s.ctx)
	args := []string{"-hide_banner", "-nostdin", "-nostats", "-loglevel", "info"}
	var window []string
	if ss > 0 {
		window = append(window, "-ss", ffSeconds(ss))
	}
	if s.opt.MaxDuration > 0 {
		window = append(window, "-t", ffSeconds(s.opt.MaxDuration.Seconds()))
	}
	if !s.opt.seekByDecoding {
		// Before -i: ffmpeg seeks in the file.
		args = append(args, window...)
	}
	args = append(args, "-i", s.path, "-map", "0:a:0", "-vn", "-sn", "-dn")
	if s.opt.seekByDecoding {
		// After -i: ffmpeg decodes from the start and drops what lies
		// before the window.
		args = append(args, window...)
	}
	if s.opt.Channels == 2 {
		// ffmpeg's own upmix plays mono 3 dB down; this pan duplicates
		// mono (FC) at full level, keeps stereo as it is and folds the
		// centre of surround layouts into both sides.
		args = append(args, "-af", "pan=stereo|FL<FL+FC|FR<FR+FC")
	}
	args = append(args, "-ac", strconv.Itoa(s.opt.Channels), "-ar", strconv.Itoa(s.opt.Rate),
		"-f", "f32le", "-acodec", "pcm_f32le", "pipe:1")
	cmd := exec.CommandContext(ctx, s.ffmpeg, args...)
	stderr := &lockedBuffer{described: make(chan struct{})}
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
	s.pos, s.done = p, false
	// Wait for the first bytes (or the end) so that header errors and the
	// input description are known when start returns.
	if _, err := s.out.Peek(4 * s.opt.Channels); err != nil {
		if werr := s.wait(); werr != nil {
			return s.failure(werr)
		}
	}
	if s.opt.Playback && s.length == 0 {
		// ffmpeg wrote the description before the audio, but it reaches
		// us through another pipe.
		select {
		case <-stderr.described:
		case <-time.After(time.Second):
		}
	}
	s.parseInfo()
	if s.length == 0 {
		s.length = int(s.inf.Duration.Seconds() * float64(s.opt.Rate))
	}
	return nil
}

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

func (s *ffmpegSource) wait() error {
	if !s.running {
		return nil
	}
	s.running = false
	return s.cmd.Wait()
}

// stop ends a running ffmpeg.
func (s *ffmpegSource) stop() {
	if s.running {
		s.cancel()
		s.wait()
	}
}

// failure describes why ffmpeg failed.
func (s *ffmpegSource) failure(werr error) error {
	if s.opt.Playback {
		msg := strings.TrimSpace(s.stderr.String())
		if lines := strings.Split(msg, "\n"); len(lines) > 3 {
			msg = strings.Join(lines[len(lines)-3:], "; ")
		}
		if s.ctx.Err() != nil {
			return s.ctx.Err()
		}
		return corruptf("ffmpeg cannot decode this %s file: %v: %s", s.inf.Format, werr, msg)
	}
	msg := lastLines(s.stderr.String(), 3)
	if strings.Contains(msg, "Invalid data") || strings.Contains(msg, "could not find codec") ||
		strings.Contains(msg, "does not contain any stream") || strings.Contains(msg, "Error") ||
		strings.Contains(msg, "matches no streams") {
		return corruptf("ffmpeg cannot decode this %s file: %s", s.inf.Format, msg)
	}
	return fmt.Errorf("ffmpeg: %w: %s", werr, msg)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "; ")
}

func (s *ffmpegSource) ReadFrames(dst []float64) (int, error) {
	if s.done {
		return 0, io.EOF
	}
	ch := s.opt.Channels
	size := 4 * (len(dst) / ch) * ch
	if cap(s.raw) < size {
		s.raw = make([]byte, size)
	}
	raw := s.raw[:size]
	got, err := io.ReadFull(s.out, raw)
	n := got / (4 * ch)
	for i := range n * ch {
		dst[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:])))
	}
	s.pos += n
	if err == nil {
		return n, nil
	}
	eof := err == io.EOF || err == io.ErrUnexpectedEOF
	if !eof && !s.opt.Playback {
		return n, fmt.Errorf("read from ffmpeg: %w", err)
	}
	s.done = true
	werr := s.wait()
	s.parseInfo() // stderr is complete now
	switch {
	case werr != nil:
		return n, s.failure(werr)
	case !eof:
		return n, fmt.Errorf("read from ffmpeg: %w", err)
	}
	return n, io.EOF
}

// hasAudio reports whether ffmpeg has produced at least one frame that
// has not been read yet.
func (s *ffmpegSource) hasAudio() bool {
	_, err := s.out.Peek(4 * s.opt.Channels)
	return err == nil
}

// Len is from the duration ffmpeg printed; it is 0 when it did not print
// one.
func (s *ffmpegSource) Len() int { return s.length }

// Seek restarts ffmpeg at p.
func (s *ffmpegSource) Seek(p int) error {
	if s.length > 0 {
		p = min(p, s.length)
	}
	p = max(p, 0)
	return s.start(p, float64(p)/float64(s.opt.Rate))
}

func (s *ffmpegSource) Position() int { return s.pos }
func (s *ffmpegSource) Rate() int     { return s.opt.Rate }
func (s *ffmpegSource) Info() Info    { return s.inf }

// Close stops ffmpeg if the caller did not read to the end.
func (s *ffmpegSource) Close() error {
	s.stop()
	return nil
}

// probeTimeout bounds one ffprobe run.
const probeTimeout = 10 * time.Second

// ProbeDuration asks ffprobe (installed with ffmpeg) how long the file at
// path plays, for formats whose length the tag reader cannot tell, such as
// tracker modules. It returns 0 when ffprobe is missing, fails, takes
// longer than 10 s or cannot tell either.
func ProbeDuration(ctx context.Context, path string) time.Duration {
	ffprobe, err := exec.LookPath("ffprobe")
	if err != nil || CheckRegular(path) != nil {
		return 0
	}
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, ffprobe, "-v", "error", "-show_entries", "format=duration",
		"-of", "default=noprint_wrappers=1:nokey=1", "-i", path).Output()
	if err != nil {
		return 0
	}
	sec, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil || sec <= 0 || math.IsInf(sec, 0) {
		return 0
	}
	return time.Duration(sec * float64(time.Second))
}
