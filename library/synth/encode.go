package synth

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// ErrNoEncoder is returned (wrapped, naming the format) when a format needs
// ffmpeg and ffmpeg, or its encoder for that format, is not installed.
var ErrNoEncoder = errors.New("no encoder for this format")

// Format describes one output format Encode can write.
type Format struct {
	// Name is a short name such as "mp3" or "alac".
	Name string
	// Ext is the file name suffix that selects it, such as ".mp3" or
	// ".alac.m4a".
	Ext string
	// FFmpeg is true when the format is written by the ffmpeg command.
	FFmpeg bool
	codec  string
	muxer  string
	args   []string
}

// formats lists every format; longer suffixes come first so ".alac.m4a"
// wins over ".m4a".
var formats = []Format{
	{Name: "alac", Ext: ".alac.m4a", FFmpeg: true, codec: "alac", muxer: "ipod"},
	{Name: "wav", Ext: ".wav"},
	{Name: "flac", Ext: ".flac"},
	{Name: "mp3", Ext: ".mp3", FFmpeg: true, codec: "libmp3lame", muxer: "mp3", args: []string{"-b:a", "128k"}},
	{Name: "vorbis", Ext: ".ogg", FFmpeg: true, codec: "libvorbis", muxer: "ogg", args: []string{"-q:a", "4"}},
	{Name: "vorbis", Ext: ".oga", FFmpeg: true, codec: "libvorbis", muxer: "ogg", args: []string{"-q:a", "4"}},
	{Name: "opus", Ext: ".opus", FFmpeg: true, codec: "libopus", muxer: "opus", args: []string{"-b:a", "96k"}},
	{Name: "aac", Ext: ".m4a", FFmpeg: true, codec: "aac", muxer: "ipod", args: []string{"-b:a", "128k"}},
	{Name: "aac", Ext: ".aac", FFmpeg: true, codec: "aac", muxer: "adts", args: []string{"-b:a", "128k", "-write_id3v2", "1"}},
	{Name: "aiff", Ext: ".aiff", FFmpeg: true, codec: "pcm_s16be", muxer: "aiff"},
	{Name: "aiff", Ext: ".aif", FFmpeg: true, codec: "pcm_s16be", muxer: "aiff"},
}

// Formats returns every format Encode knows, whether or not ffmpeg is
// installed.
func Formats() []Format {
	out := slices.Clone(formats)
	for i := range out {
		out[i].args = slices.Clone(out[i].args)
	}
	return out
}

// FormatFor returns the format chosen by the suffix of path (case
// insensitive) and whether there is one.
func FormatFor(path string) (Format, bool) {
	lower := strings.ToLower(path)
	for _, f := range formats {
		if strings.HasSuffix(lower, f.Ext) {
			return f, true
		}
	}
	return Format{}, false
}

// ffmpegTagKeys maps Vorbis-comment style keys to ffmpeg metadata keys.
var ffmpegTagKeys = map[string]string{
	"TITLE":       "title",
	"ARTIST":      "artist",
	"ALBUM":       "album",
	"ALBUMARTIST": "album_artist",
	"GENRE":       "genre",
	"DATE":        "date",
	"YEAR":        "date",
	"TRACKNUMBER": "track",
	"DISCNUMBER":  "disc",
	"COMPOSER":    "composer",
	"COMMENT":     "comment",
}

// Encode writes mono samples at sampleRate to path in the format chosen by
// the path's suffix (see Formats), with tags given as Vorbis-comment keys
// (TITLE, ARTIST, ALBUM, ALBUMARTIST, GENRE, DATE, TRACKNUMBER, DISCNUMBER,
// COMPOSER, COMMENT). WAV (which carries no tags here) and FLAC are written
// in pure Go. MP3, Ogg Vorbis, Opus, AAC (.m4a, .aac), ALAC (.alac.m4a) and
// AIFF are written by ffmpeg; without it the error wraps ErrNoEncoder.
//
// The file appears atomically: it is written under a temporary name in the
// same directory and renamed when complete.
func Encode(ctx context.Context, path string, samples []float32, sampleRate int, tags map[string]string) error {
	f, ok := FormatFor(path)
	if !ok {
		return fmt.Errorf("%w: unknown suffix %q", ErrNoEncoder, filepath.Ext(path))
	}
	if err := checkFormat(samples, sampleRate, 1); err != nil {
		return err
	}
	var ffmpeg string
	if f.FFmpeg {
		var err error
		ffmpeg, err = exec.LookPath("ffmpeg")
		if err != nil {
			return fmt.Errorf("%w (%s): ffmpeg is not installed", ErrNoEncoder, f.Name)
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.part")
	if err != nil {
		return fmt.Errorf("encode %s: %w", f.Name, err)
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) // a no-op after the rename

	switch {
	case f.Name == "wav":
		err = WriteWAV(tmp, samples, sampleRate, 1)
	case f.Name == "flac":
		err = WriteFLAC(tmp, samples, sampleRate, 1, tags)
	default:
		err = runFFmpeg(ctx, ffmpeg, f, tmp, samples, sampleRate, tags)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("encode %s: %w", f.Name, err)
	}
	if err := os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("encode %s: %w", f.Name, err)
	}
	return nil
}

func runFFmpeg(ctx context.Context, ffmpeg string, f Format, out *os.File, samples []float32, sampleRate int, tags map[string]string) error {
	args := []string{"-hide_banner", "-nostdin", "-loglevel", "error", "-y",
		"-f", "wav", "-i", "pipe:0", "-map_metadata", "-1"}
	keys := make([]string, 0, len(tags))
	for k := range tags {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		key, ok := ffmpegTagKeys[strings.ToUpper(k)]
		if !ok {
			key = strings.ToLower(k)
		}
		args = append(args, "-metadata", key+"="+tags[k])
	}
	args = append(args, "-c:a", f.codec)
	args = append(args, f.args...)
	// ffmpeg writes the temporary file itself: MP4 and AIFF need a seekable
	// output to finish their headers.
	args = append(args, "-f", f.muxer, out.Name())

	cmd := exec.CommandContext(ctx, ffmpeg, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	pr, pw := io.Pipe()
	cmd.Stdin = pr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start ffmpeg: %w", err)
	}
	werr := make(chan error, 1)
	go func() {
		err := WriteWAV(pw, samples, sampleRate, 1)
		pw.CloseWithError(err)
		werr <- err
	}()
	err := cmd.Wait()
	pr.CloseWithError(io.ErrClosedPipe) // unblock the writer if ffmpeg quit early
	wErr := <-werr
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if strings.Contains(msg, "Unknown encoder") || strings.Contains(msg, "Encoder not found") {
			return fmt.Errorf("%w (%s): this ffmpeg has no %s encoder", ErrNoEncoder, f.Name, f.codec)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("ffmpeg: %w: %s", err, msg)
	}
	if wErr != nil {
		return fmt.Errorf("feed ffmpeg: %w", wErr)
	}
	return nil
}

// EncodeChainedOgg writes a chained Ogg Vorbis file to path: each of links
// encoded as its own logical stream, one after the other, as stream
// recorders and some editors write them. Players and ffmpeg play the links
// in turn. It needs ffmpeg; without it the error wraps ErrNoEncoder.
func EncodeChainedOgg(ctx context.Context, path string, sampleRate int, tags map[string]string, links ...[]float32) error {
	if len(links) == 0 {
		return errors.New("encode chained ogg: no links")
	}
	dir, err := os.MkdirTemp(filepath.Dir(path), ".chain-")
	if err != nil {
		return fmt.Errorf("encode chained ogg: %w", err)
	}
	defer os.RemoveAll(dir)
	var data []byte
	for i, link := range links {
		p := filepath.Join(dir, fmt.Sprintf("link%d.ogg", i))
		if err := Encode(ctx, p, link, sampleRate, tags); err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("encode chained ogg: %w", err)
		}
		data = append(data, b...)
	}
	tmp := path + ".part"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("encode chained ogg: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("encode chained ogg: %w", err)
	}
	return nil
}
