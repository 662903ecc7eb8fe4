package synth

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestFormatFor(t *testing.T) {
	cases := map[string]string{
		"a.wav": "wav", "b.FLAC": "flac", "c.mp3": "mp3", "d.ogg": "vorbis",
		"e.opus": "opus", "f.m4a": "aac", "g.alac.m4a": "alac", "h.aiff": "aiff",
	}
	for path, want := range cases {
		f, ok := FormatFor(path)
		if !ok || f.Name != want {
			t.Errorf("FormatFor(%q) = %q, %v; want %q", path, f.Name, ok, want)
		}
	}
	if _, ok := FormatFor("x.xyz"); ok {
		t.Error("unknown suffix accepted")
	}
}

func TestEncodePureGo(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no ffmpeg: WAV and FLAC must not need it
	dir := t.TempDir()
	x := Sine(440, 0.5, 8000, 0.5)
	for _, name := range []string{"t.wav", "t.flac"} {
		path := filepath.Join(dir, name)
		if err := Encode(context.Background(), path, x, 8000, map[string]string{"TITLE": "T"}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if fi, err := os.Stat(path); err != nil || fi.Size() < 100 {
			t.Fatalf("%s: %v", name, err)
		}
	}
	err := Encode(context.Background(), filepath.Join(dir, "t.mp3"), x, 8000, nil)
	if !errors.Is(err, ErrNoEncoder) || !strings.Contains(err.Error(), "mp3") {
		t.Fatalf("mp3 without ffmpeg: %v, want ErrNoEncoder naming mp3", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "t.mp3")); !os.IsNotExist(err) {
		t.Fatal("a failed encode left a file behind")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

// TestEncodeFFmpeg encodes every ffmpeg format and reads back the duration,
// codec and tags with ffprobe.
func TestEncodeFFmpeg(t *testing.T) {
	if _, err := exec.LookPath("ffmpeg"); err != nil {
		t.Skip("ffmpeg is not installed: skipping MP3, Vorbis, Opus, AAC, ALAC and AIFF encoding")
	}
	if _, err := exec.LookPath("ffprobe"); err != nil {
		t.Skip("ffprobe is not installed")
	}
	dir := t.TempDir()
	x := Render(Spec{BPM: 120, Seconds: 2, SampleRate: 44100, Seed: 1, Drums: true})
	tags := map[string]string{"TITLE": "Isobar", "ARTIST": "Sub Rosa Circuit", "ALBUM": "Pressure Systems",
		"TRACKNUMBER": "3", "GENRE": "Drum and Bass", "DATE": "2023"}
	codecs := map[string]string{"mp3": "mp3", "vorbis": "vorbis", "opus": "opus", "aac": "aac", "alac": "alac", "aiff": "pcm_s16be"}
	for _, f := range Formats() {
		if !f.FFmpeg {
			continue
		}
		t.Run(f.Ext, func(t *testing.T) {
			path := filepath.Join(dir, "t"+f.Ext)
			err := Encode(context.Background(), path, x, 44100, tags)
			if errors.Is(err, ErrNoEncoder) {
				t.Skipf("this ffmpeg cannot write %s: %v", f.Name, err)
			}
			if err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("ffprobe", "-v", "error", "-show_entries",
				"format=duration:format_tags:stream=codec_name:stream_tags", "-of", "json", path).Output()
			if err != nil {
				t.Fatal(err)
			}
			var probe struct {
				Format struct {
					Duration string
					Tags     map[string]string
				}
				Streams []struct {
					CodecName string `json:"codec_name"`
					Tags      map[string]string
				}
			}
			if err := json.Unmarshal(out, &probe); err != nil {
				t.Fatal(err)
			}
			if len(probe.Streams) != 1 || probe.Streams[0].CodecName != codecs[f.Name] {
				t.Fatalf("streams %+v, want one %s", probe.Streams, codecs[f.Name])
			}
			d, _ := strconv.ParseFloat(probe.Format.Duration, 64)
			if d < 1.9 || d > 2.2 {
				t.Errorf("duration %.3f s, want about 2", d)
			}
			// Ogg keeps tags on the stream; others on the container.
			all := map[string]string{}
			for k, v := range probe.Format.Tags {
				all[strings.ToLower(k)] = v
			}
			for k, v := range probe.Streams[0].Tags {
				all[strings.ToLower(k)] = v
			}
			if f.Name == "aiff" {
				// AIFF has no standard place for most tags; ffmpeg keeps a few.
				if all["title"] != "Isobar" {
					t.Errorf("title %q", all["title"])
				}
				return
			}
			if all["title"] != "Isobar" || all["artist"] != "Sub Rosa Circuit" || all["album"] != "Pressure Systems" {
				t.Errorf("tags %v", all)
			}
			if tr := all["track"] + all["tracknumber"]; !strings.HasPrefix(tr, "3") {
				t.Errorf("track %q in %v", tr, all)
			}
		})
	}
}
