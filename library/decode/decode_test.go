package decode

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/dsp/fourier"

	"sleeve/library/synth"
)

// fixture encodes samples to dir/name with synth.Encode, skipping the test
// (visibly) when the format needs ffmpeg and it is missing.
func fixture(t testing.TB, dir, name string, samples []float32, rate int) string {
	t.Helper()
	path := filepath.Join(dir, name)
	err := synth.Encode(context.Background(), path, samples, rate, map[string]string{"TITLE": name})
	if errors.Is(err, synth.ErrNoEncoder) {
		t.Skipf("cannot make a %s test file: %v", name, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// dominantFreq returns the strongest frequency of x, interpolated.
func dominantFreq(x []float32, sr int) float64 {
	const n = 8192
	fft := fourier.NewFFT(n)
	power := make([]float64, n/2+1)
	buf := make([]float64, n)
	var coeff []complex128
	for off := 0; off+n <= len(x); off += n / 2 {
		for i := range buf {
			w := 0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/n)
			buf[i] = float64(x[off+i]) * w
		}
		coeff = fft.Coefficients(coeff, buf)
		for k, c := range coeff {
			power[k] += cmplx.Abs(c) * cmplx.Abs(c)
		}
	}
	best := 1
	for k := 1; k < len(power)-1; k++ {
		if power[k] > power[best] {
			best = k
		}
	}
	a, b, c := math.Log(power[best-1]+1e-30), math.Log(power[best]+1e-30), math.Log(power[best+1]+1e-30)
	d := 0.5 * (a - c) / (a - 2*b + c)
	return (float64(best) + d) * float64(sr) / n
}

func twoTones(rate int) []float32 {
	// 440 Hz for 2 s, then 880 Hz for 2 s.
	return append(synth.Sine(440, 2, rate, 0.5), synth.Sine(880, 2, rate, 0.5)...)
}

type formatCase struct {
	name    string // file name; its suffix picks the encoder
	format  Format
	decoder string // with the default options
	slack   time.Duration
}

var formatCases = []formatCase{
	{"t.wav", FormatWAV, decoderGo, 0},
	{"t.flac", FormatFLAC, decoderGo, 0},
	{"t.mp3", FormatMP3, decoderGo, 80 * time.Millisecond}, // encoder delay and padding
	{"t.ogg", FormatVorbis, decoderGo, 10 * time.Millisecond},
	{"t.opus", FormatOpus, decoderGo, 10 * time.Millisecond},
	{"t.aiff", FormatAIFF, decoderGo, 0},
	{"t.m4a", FormatAAC, decoderFFmpeg, 50 * time.Millisecond},
	{"t.alac.m4a", FormatALAC, decoderFFmpeg, 0},
}

// TestFormats decodes a 440 Hz tone from every format, with the default
// decoder and with ffmpeg preferred, and checks rate, length and pitch.
func TestFormats(t *testing.T) {
	dir := t.TempDir()
	tone := synth.Sine(440, 3, 44100, 0.5)
	for _, fc := range formatCases {
		t.Run(fc.name, func(t *testing.T) {
			t.Parallel() // mostly waiting on ffmpeg
			path := fixture(t, dir, fc.name, tone, 44100)
			if f, err := Detect(path); err != nil || f != fc.format {
				t.Fatalf("Detect = %q, %v; want %q", f, err, fc.format)
			}
			uses := []FFmpegUse{FFmpegFallback}
			if FFmpegAvailable() {
				uses = append(uses, FFmpegPrefer)
			} else {
				t.Log("ffmpeg is not installed: not testing FFmpegPrefer")
			}
			for _, use := range uses {
				a, err := Mono(context.Background(), path, Options{SampleRate: 22050, FFmpeg: use})
				if err != nil {
					t.Fatal(err)
				}
				want := fc.decoder
				if use == FFmpegPrefer {
					want = decoderFFmpeg
				}
				if a.Decoder != want || a.Format != fc.format {
					t.Errorf("decoder %q format %q, want %q %q", a.Decoder, a.Format, want, fc.format)
				}
				if a.SampleRate != 22050 {
					t.Errorf("rate %d", a.SampleRate)
				}
				got := time.Duration(a.Seconds() * float64(time.Second))
				if d := got - 3*time.Second; d < -time.Millisecond || d > fc.slack+time.Millisecond {
					t.Errorf("%v: decoded %v, want 3 s (+%v)", want, got, fc.slack)
				}
				if d := a.Duration - 3*time.Second; d < -5*time.Millisecond || d > fc.slack+10*time.Millisecond {
					t.Errorf("%v: Duration %v, want 3 s", want, a.Duration)
				}
				if a.SourceRate != 44100 && !(fc.format == FormatOpus && a.SourceRate == 48000) {
					t.Errorf("source rate %d", a.SourceRate)
				}
				if f := dominantFreq(a.Samples, a.SampleRate); math.Abs(f-440) > 2 {
					t.Errorf("%v: dominant %.1f Hz, want 440", want, f)
				}
			}
		})
	}
}

// TestWindow checks that Offset and MaxDuration select the right part of a
// tone that jumps from 440 to 880 Hz at 2 s.
func TestWindow(t *testing.T) {
	dir := t.TempDir()
	x := twoTones(44100)
	for _, fc := range formatCases {
		t.Run(fc.name, func(t *testing.T) {
			t.Parallel()
			path := fixture(t, dir, fc.name, x, 44100)
			for _, w := range []struct {
				off, dur time.Duration
				freq     float64
			}{
				{500 * time.Millisecond, time.Second, 440},
				{2500 * time.Millisecond, time.Second, 880},
				{3500 * time.Millisecond, 0, 880}, // to the end
			} {
				a, err := Mono(context.Background(), path, Options{SampleRate: 16000, Offset: w.off, MaxDuration: w.dur})
				if err != nil {
					t.Fatal(err)
				}
				wantLen := w.dur
				if wantLen == 0 {
					wantLen = 4*time.Second - w.off
				}
				got := time.Duration(a.Seconds() * float64(time.Second))
				if d := got - wantLen; d < -2*time.Millisecond || d > fc.slack+2*time.Millisecond {
					t.Errorf("window %v+%v: got %v of audio", w.off, w.dur, got)
				}
				// Compare band energy rather than the FFT peak: short windows.
				lo, hi := goertzel(a.Samples, 16000, 440), goertzel(a.Samples, 16000, 880)
				if (w.freq == 440) != (lo > 10*hi) || (w.freq == 880) != (hi > 10*lo) {
					t.Errorf("window %v+%v: 440 Hz %.3g, 880 Hz %.3g; want %v Hz", w.off, w.dur, lo, hi, w.freq)
				}
			}
		})
	}
}

// goertzel returns the power of x at freq.
func goertzel(x []float32, sr int, freq float64) float64 {
	w := 2 * math.Pi * freq / float64(sr)
	c := 2 * math.Cos(w)
	var s1, s2 float64
	for _, v := range x {
		s1, s2 = float64(v)+c*s1-s2, s1
	}
	return s1*s1 + s2*s2 - c*s1*s2
}

func TestStereoDownmix(t *testing.T) {
	dir := t.TempDir()
	l := synth.Sine(440, 1, 44100, 0.5)
	st := make([]float32, 2*len(l))
	for i, v := range l {
		st[2*i], st[2*i+1] = v, -v // opposite phase: the mix is silence
	}
	for _, name := range []string{"s.wav", "s.flac"} {
		var buf bytes.Buffer
		var err error
		if name == "s.wav" {
			err = synth.WriteWAV(&buf, st, 44100, 2)
		} else {
			err = synth.WriteFLAC(&buf, st, 44100, 2, nil)
		}
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		a, err := Mono(context.Background(), path, Options{SampleRate: 22050})
		if err != nil {
			t.Fatal(err)
		}
		if a.SourceChannels != 2 || a.SourceRate != 44100 {
			t.Errorf("%s: source %d ch %d Hz", name, a.SourceChannels, a.SourceRate)
		}
		var peak float64
		for _, v := range a.Samples {
			peak = math.Max(peak, math.Abs(float64(v)))
		}
		if peak > 1e-3 {
			t.Errorf("%s: channels were not averaged (peak %.4f)", name, peak)
		}
	}
}

func TestStreamRead(t *testing.T) {
	dir := t.TempDir()
	path := fixture(t, dir, "t.flac", synth.Sine(440, 2, 44100, 0.5), 44100)
	s, err := Open(context.Background(), path, Options{SampleRate: 11025})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.SampleRate() != 11025 || s.Info().Duration != 2*time.Second {
		t.Fatalf("rate %d, info %+v", s.SampleRate(), s.Info())
	}
	total := 0
	buf := make([]float32, 333) // an awkward size
	for {
		n, err := s.Read(buf)
		total += n
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Fatal("Read returned 0, nil")
		}
	}
	if total != 2*11025 {
		t.Fatalf("read %d samples, want %d", total, 2*11025)
	}
	if n, err := s.Read(buf); n != 0 || err != io.EOF {
		t.Fatalf("read after EOF: %d, %v", n, err)
	}
}

func TestCancel(t *testing.T) {
	dir := t.TempDir()
	path := fixture(t, dir, "t.wav", synth.Sine(440, 2, 44100, 0.5), 44100)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Mono(ctx, path, Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	flacPath := fixture(t, dir, "good.flac", synth.Sine(440, 2, 44100, 0.5), 44100)
	wavPath := fixture(t, dir, "good.wav", synth.Sine(440, 2, 44100, 0.5), 44100)
	flacData, _ := os.ReadFile(flacPath)
	wavData, _ := os.ReadFile(wavPath)
	noise := make([]byte, 20000)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range noise {
		noise[i] = byte(rng.IntN(256))
	}

	corrupt := map[string]string{
		"empty.mp3":     write("empty.mp3", nil),
		"noise.flac":    write("noise.flac", append([]byte("fLaC"), noise...)),
		"noise.mp3":     write("noise.mp3", noise),
		"header.wav":    write("header.wav", wavData[:30]),
		"cut.flac":      write("cut.flac", flacData[:len(flacData)/2]),
		"cut.wav":       write("cut.wav", wavData[:len(wavData)/2]),
		"badogg.ogg":    write("badogg.ogg", append([]byte("OggS"), noise...)),
		"text.opus":     write("text.opus", []byte(strings.Repeat("not opus at all\n", 100))),
		"truncated.aif": write("truncated.aif", []byte("FORM\x00\x00\x00\x20AIFFCOMM")),
	}
	for name, path := range corrupt {
		_, err := Mono(context.Background(), path, Options{FFmpeg: FFmpegNever})
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: err = %v, want ErrCorrupt", name, err)
			continue
		}
		if !strings.Contains(err.Error(), name) {
			t.Errorf("%s: message %q does not name the file", name, err)
		}
	}

	// ffmpeg, tried when the Go decoder fails, decodes no further into a
	// file that is really cut short or damaged: the Go decoder's error
	// stands.
	if FFmpegAvailable() {
		for _, name := range []string{"cut.flac", "cut.wav", "noise.flac", "badogg.ogg"} {
			if _, err := Mono(context.Background(), corrupt[name], Options{}); !errors.Is(err, ErrCorrupt) {
				t.Errorf("%s with ffmpeg to fall back on: err = %v, want ErrCorrupt", name, err)
			}
		}
	}

	unknown := write("notes.txt", []byte("hello, this is not audio"))
	_, err := Mono(context.Background(), unknown, Options{})
	if !errors.Is(err, ErrNoDecoder) || !strings.Contains(err.Error(), "unknown") {
		t.Errorf("unknown format: %v", err)
	}

	// An M4A with no ffmpeg to decode it.
	m4a := write("song.m4a", append([]byte("\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00mp4a"), noise[:100]...))
	for _, opt := range []Options{{FFmpeg: FFmpegNever}, {FFmpegPath: filepath.Join(dir, "no-ffmpeg")}} {
		_, err = Mono(context.Background(), m4a, opt)
		if !errors.Is(err, ErrNoDecoder) || !strings.Contains(err.Error(), "(aac)") {
			t.Errorf("m4a without ffmpeg: %v", err)
		}
	}
	if FFmpegAvailable() {
		_, err = Mono(context.Background(), m4a, Options{})
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("garbage m4a through ffmpeg: %v, want ErrCorrupt", err)
		}
	}

	if _, err := Mono(context.Background(), filepath.Join(dir, "missing.flac"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// TestDamagedNoPanic flips bytes in valid files of every pure Go format:
// decoding may fail, but never panics or hangs.
func TestDamagedNoPanic(t *testing.T) {
	dir := t.TempDir()
	tone := synth.Sine(440, 1, 22050, 0.5)
	for _, name := range []string{"d.flac", "d.wav", "d.mp3", "d.ogg", "d.opus", "d.aiff"} {
		t.Run(name, func(t *testing.T) {
			path := fixture(t, dir, name, tone, 22050)
			data, _ := os.ReadFile(path)
			rng := rand.New(rand.NewPCG(3, uint64(len(name))))
			for i := range 8 {
				bad := bytes.Clone(data)
				for range 20 {
					p := 40 + rng.IntN(len(bad)-40)
					bad[p] ^= byte(1 + rng.IntN(255))
				}
				if i%2 == 1 {
					bad = bad[:rng.IntN(len(bad))]
				}
				p := filepath.Join(dir, "bad-"+name)
				os.WriteFile(p, bad, 0o644)
				a, err := Mono(context.Background(), p, Options{FFmpeg: FFmpegNever})
				if err != nil && !errors.Is(err, ErrCorrupt) {
					t.Errorf("damaged %s: unexpected error kind: %v", name, err)
				}
				if err == nil && a.Seconds() > 1.5 {
					t.Errorf("damaged %s decoded to %.1f s", name, a.Seconds())
				}
			}
		})
	}
}

func TestDetect(t *testing.T) {
	cases := []struct {
		head []byte
		name string
		want Format
	}{
		{[]byte("fLaC\x00\x00"), "x.mp3", FormatFLAC},
		{[]byte("RIFF\x00\x00\x00\x00WAVEfmt "), "x", FormatWAV},
		{[]byte("FORM\x00\x00\x00\x00AIFC"), "x", FormatAIFF},
		{[]byte("\x00\x00\x00\x1cftypM4A \x00\x00\x02\x00alac"), "x.m4a", FormatALAC},
		{[]byte("ID3\x04\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00fLaC"), "x", FormatFLAC},
		{[]byte("hello"), "x.opus", FormatOpus},
		{[]byte("hello"), "x.doc", FormatUnknown},
	}
	mod := make([]byte, 1084)
	copy(mod[1080:], "M.K.")
	s3m := make([]byte, 64)
	copy(s3m[44:], "SCRM")
	mod8 := bytes.Clone(mod)
	copy(mod8[1080:], "8CHN")
	cases = append(cases, []struct {
		head []byte
		name string
		want Format
	}{
		{[]byte("Extended Module: Little Tune"), "tune.mp3", FormatXM},
		{[]byte("IMPMsong name"), "x", FormatIT},
		{s3m, "x.mod", FormatS3M},
		{mod, "x", FormatMOD},
		{mod8, "x", FormatMOD},
		{[]byte("anything"), "song.xm", FormatXM},
	}...)
	for _, c := range cases {
		if got := detect(c.head, c.name); got != c.want {
			t.Errorf("detect(%.20q, %q) = %q, want %q", c.head, c.name, got, c.want)
		}
	}
	// SniffMagic goes by signatures only: not by the name, and not by
	// MPEG frame headers, which turn up by chance in other data.
	// Two MPEG-1 layer III headers, 128 kbit/s at 44.1 kHz: 417 bytes apart.
	frames := append([]byte{0xFF, 0xFB, 0x90, 0x64}, make([]byte, 413)...)
	frames = append(frames, 0xFF, 0xFB, 0x90, 0x64)
	if got := sniff(frames); got != FormatMP3 {
		t.Fatalf("sniff of two MPEG frames = %q, want mp3 (else the next check shows nothing)", got)
	}
	for _, c := range []struct {
		head []byte
		want Format
	}{
		{frames, FormatUnknown},
		{[]byte("ID3\x04\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00"), FormatMP3},
		{[]byte("OggS\x00\x02" + strings.Repeat("\x00", 20) + "\x01\x1e\x01vorbis\x00\x00"), FormatVorbis},
		{[]byte("Extended Module: x"), FormatXM},
		{[]byte("\xff\xd8\xff\xe0\x00\x10JFIF"), FormatUnknown},
	} {
		if got := SniffMagic(c.head); got != c.want {
			t.Errorf("SniffMagic(%.20q) = %q, want %q", c.head, got, c.want)
		}
	}
	for _, f := range []Format{FormatMP3, FormatFLAC, FormatVorbis, FormatOpus, FormatWAV, FormatAIFF, FormatAAC,
		FormatALAC, FormatWMA, FormatXM, FormatIT, FormatS3M, FormatMOD} {
		exts := f.Extensions()
		if len(exts) == 0 || extFormats[exts[0]] != f && !(f == FormatALAC || f == FormatOpus) {
			t.Errorf("%s: extensions %v do not lead back to it", f, exts)
		}
	}
}

// chainedOgg writes a chained Ogg Vorbis file: a 0.12 s link of 440 Hz,
// then a 20 s link of 660 Hz with some noise. The Go Vorbis reader stops
// at the end of the first link; since it takes the length from the last
// 64 KB of the file, which lie in the second link, it reports the early end
// (as it did on a real 65 s file: "vorbis ends at 120ms of 1m5.161s").
// ffmpeg plays both links.
func chainedOgg(t *testing.T, dir string) string {
	t.Helper()
	if !FFmpegAvailable() {
		t.Skip("ffmpeg is not installed: cannot make a chained Ogg, nor decode it in full")
	}
	path := filepath.Join(dir, "chained.ogg")
	second := synth.Sine(660, 20, 44100, 0.5)
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range second {
		second[i] += 0.05 * float32(rng.NormFloat64()) // noise keeps the bit rate, and the file, up
	}
	err := synth.EncodeChainedOgg(context.Background(), path, 44100, map[string]string{"TITLE": "chained"},
		synth.Sine(440, 0.12, 44100, 0.5), second)
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// TestFallbackChainedOgg decodes a file the Go Vorbis decoder ends early
// on ("vorbis ends at 120ms of 20s"): ffmpeg takes over where it stopped.
func TestFallbackChainedOgg(t *testing.T) {
	path := chainedOgg(t, t.TempDir())

	_, err := Mono(context.Background(), path, Options{FFmpeg: FFmpegNever})
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "ends at") {
		t.Fatalf("pure Go: err = %v, want the Go decoder to end early (else this test shows nothing)", err)
	}

	a, err := Mono(context.Background(), path, Options{})
	if err != nil {
		t.Fatalf("with ffmpeg to fall back on: %v", err)
	}
	if a.Decoder != decoderFFmpeg {
		t.Errorf("decoder = %q, want ffmpeg after the fallback", a.Decoder)
	}
	if got := a.Seconds(); math.Abs(got-20.12) > 0.1 {
		t.Errorf("decoded %.3f s, want both links, 20.12 s", got)
	}
	// The first link came from the Go decoder and the rest from ffmpeg:
	// the join is where the first link ends, with nothing lost or doubled.
	first := a.Samples[:a.SampleRate/10]
	if p440, p660 := goertzel(first, a.SampleRate, 440), goertzel(first, a.SampleRate, 660); p440 < 10*p660 {
		t.Errorf("first 0.1 s: power at 440 Hz %.3g, at 660 Hz %.3g; want the first link's 440 Hz", p440, p660)
	}
	if f := dominantFreq(a.Samples[a.SampleRate:], a.SampleRate); math.Abs(f-660) > 3 {
		t.Errorf("second link at %.1f Hz, want 660", f)
	}

	// The player gets all of it too, in stereo.
	src, err := OpenFrames(context.Background(), path, FormatVorbis, FrameOptions{Channels: 2, Rate: 44100, Playback: true})
	if err != nil {
		t.Fatalf("open for playback: %v", err)
	}
	buf := make([]float64, 8192)
	frames := 0
	for {
		n, err := src.ReadFrames(buf)
		frames += n
		if err != nil {
			break
		}
	}
	src.Close()
	if got := float64(frames) / 44100; math.Abs(got-20.12) > 0.1 {
		t.Errorf("playback: %.3f s, want both links, 20.12 s", got)
	}
	if !oggChained(path) {
		t.Error("oggChained does not see the second link")
	}
	if oggChained(fixture(t, t.TempDir(), "plain.ogg", synth.Sine(440, 2, 44100, 0.5), 44100)) {
		t.Error("oggChained on a plain Ogg file")
	}

	// A window inside the second link, which the Go decoder cannot even
	// seek to.
	w, err := Mono(context.Background(), path, Options{Offset: 2 * time.Second, MaxDuration: 3 * time.Second})
	if err != nil {
		t.Fatalf("window: %v", err)
	}
	if got := w.Seconds(); math.Abs(got-3) > 0.05 {
		t.Errorf("window of %.3f s, want 3 s", got)
	}
	if f := dominantFreq(w.Samples, w.SampleRate); math.Abs(f-660) > 3 {
		t.Errorf("window at %.1f Hz, want 660", f)
	}
}

// TestFallbackRejectedOgg decodes an Ogg file that the Go Vorbis reader
// rejects outright: two Vorbis streams multiplexed in one file, whose
// header pages interleave ("vorbis: missing headers"). ffmpeg decodes its
// first audio stream.
func TestFallbackRejectedOgg(t *testing.T) {
	if !FFmpegAvailable() {
		t.Skip("ffmpeg is not installed: cannot make a multiplexed Ogg, nor decode it")
	}
	path := filepath.Join(t.TempDir(), "two-streams.ogg")
	out, err := exec.Command("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin",
		"-f", "lavfi", "-i", "sine=f=440:d=6", "-f", "lavfi", "-i", "sine=f=660:d=6",
		"-map", "0", "-map", "1", "-c:a", "libvorbis", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ffmpeg: %v: %s", err, out)
	}
	if _, err := Mono(context.Background(), path, Options{FFmpeg: FFmpegNever}); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("pure Go: err = %v, want the Go decoder to reject the file (else this test shows nothing)", err)
	}
	a, err := Mono(context.Background(), path, Options{Offset: time.Second})
	if err != nil {
		t.Fatalf("with ffmpeg to fall back on: %v", err)
	}
	if a.Decoder != decoderFFmpeg || math.Abs(a.Seconds()-5) > 0.05 {
		t.Errorf("decoded %.3f s by %s, want 5 s by ffmpeg", a.Seconds(), a.Decoder)
	}
	if f := dominantFreq(a.Samples, a.SampleRate); math.Abs(f-440) > 3 {
		t.Errorf("decoded %.1f Hz, want the first stream's 440 Hz", f)
	}
}

// TestFallbackMidStream damages one spot in the middle of a FLAC file: the
// Go decoder stops there with a checksum error, while ffmpeg skips the bad
// frame and plays on, as players do. ffmpeg takes over where the Go
// decoder stopped, so the whole length comes out, nothing twice.
func TestFallbackMidStream(t *testing.T) {
	if !FFmpegAvailable() {
		t.Skip("ffmpeg is not installed: nothing to fall back on")
	}
	dir := t.TempDir()
	path := fixture(t, dir, "damaged.flac", twoTones(44100), 44100)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 8 {
		data[len(data)/2+i] ^= 0x5a
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	part, err := Mono(context.Background(), path, Options{FFmpeg: FFmpegNever})
	if !errors.Is(err, ErrCorrupt) || part == nil || part.Seconds() < 1 || part.Seconds() > 3 {
		t.Fatalf("pure Go: err = %v, want it to stop in the middle (else this test shows nothing)", err)
	}
	a, err := Mono(context.Background(), path, Options{})
	if err != nil {
		t.Fatalf("with ffmpeg to fall back on: %v", err)
	}
	if a.Decoder != decoderFFmpeg {
		t.Errorf("decoder %q, want ffmpeg after the fallback", a.Decoder)
	}
	if got := a.Seconds(); math.Abs(got-4) > 0.1 {
		t.Errorf("decoded %.3f s, want 4 s: the part before the damage once, and the rest", got)
	}
	if f := dominantFreq(a.Samples[:a.SampleRate*3/2], a.SampleRate); math.Abs(f-440) > 3 {
		t.Errorf("first half at %.1f Hz, want 440", f)
	}
	if f := dominantFreq(a.Samples[a.SampleRate*5/2:], a.SampleRate); math.Abs(f-880) > 3 {
		t.Errorf("second half at %.1f Hz, want 880", f)
	}
	// Cancelled, the fallback stops too.
	ctx, cancel := context.WithCancel(context.Background())
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	buf := make([]float32, 4096)
	if _, err := s.Read(buf); err != nil {
		t.Fatal(err)
	}
	cancel()
	for {
		if _, err = s.Read(buf); err != nil {
			break
		}
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("after cancelling: %v, want context.Canceled", err)
	}
}
