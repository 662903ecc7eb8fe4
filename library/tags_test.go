package library

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"go.senan.xyz/taglib"
)

// ffmpegFile encodes a two-second tone with the given codec arguments and
// metadata, the way real files in a person's library were made.
func ffmpegFile(t *testing.T, ffmpeg, path string, codec []string, meta map[string]string) {
	t.Helper()
	args := []string{"-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=2:sample_rate=44100", "-ac", "2"}
	args = append(args, codec...)
	for k, v := range meta {
		args = append(args, "-metadata", k+"="+v)
	}
	args = append(args, path)
	if out, err := exec.Command(ffmpeg, args...).CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg %s: %v\n%s", path, err, out)
	}
}

// TestReadTagsEveryFormat encodes real files in every format the scanner
// promises and checks that each tag comes back exactly.
func TestReadTagsEveryFormat(t *testing.T) {
	ffmpeg := needFFmpeg(t)
	meta := map[string]string{
		"title": "Blue in Green", "artist": "Miles Davis", "album": "Kind of Blue",
		"album_artist": "Miles Davis Sextet", "genre": "Jazz", "date": "1959",
		"track": "3/5", "disc": "1/2", "composer": "Bill Evans", "comment": "Take 1",
	}
	want := Tags{
		Title: "Blue in Green", Artist: "Miles Davis", Album: "Kind of Blue", AlbumArtist: "Miles Davis Sextet",
		Genres: []string{"Jazz"}, Year: 1959, TrackNumber: 3, TrackTotal: 5, DiscNumber: 1, DiscTotal: 2,
		Composer: "Bill Evans", Comment: "Take 1",
	}
	cases := []struct {
		file          string
		codec         []string
		format, inner string
		// viaTaglib tags the file after encoding, as ffmpeg writes only
		// RIFF INFO (no album artist, disc or composer) into WAV.
		viaTaglib bool
	}{
		{"a.mp3", []string{"-c:a", "libmp3lame", "-b:a", "128k", "-id3v2_version", "4"}, "mp3", "", false},
		{"a.flac", []string{"-c:a", "flac"}, "flac", "", false},
		{"a.ogg", []string{"-c:a", "libvorbis", "-q:a", "2"}, "ogg", "vorbis", false},
		{"a.opus", []string{"-c:a", "libopus", "-b:a", "64k"}, "opus", "opus", false},
		{"a.m4a", []string{"-c:a", "aac", "-b:a", "128k"}, "m4a", "aac", false},
		{"alac.m4a", []string{"-c:a", "alac"}, "m4a", "alac", false},
		{"a.wav", []string{"-c:a", "pcm_s16le"}, "wav", "", true},
		{"a.aiff", []string{"-c:a", "pcm_s16be", "-write_id3v2", "1"}, "aiff", "", false},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			p := filepath.Join(dir, c.file)
			if c.viaTaglib {
				ffmpegFile(t, ffmpeg, p, c.codec, nil)
				tags := map[string][]string{
					"TITLE": {"Blue in Green"}, "ARTIST": {"Miles Davis"}, "ALBUM": {"Kind of Blue"},
					"ALBUMARTIST": {"Miles Davis Sextet"}, "GENRE": {"Jazz"}, "DATE": {"1959"},
					"TRACKNUMBER": {"3/5"}, "DISCNUMBER": {"1/2"}, "COMPOSER": {"Bill Evans"}, "COMMENT": {"Take 1"},
				}
				if err := taglib.WriteTags(p, tags, 0); err != nil {
					t.Fatal(err)
				}
			} else {
				ffmpegFile(t, ffmpeg, p, c.codec, meta)
			}
			fi, err := TaglibReader{}.ReadFile(p)
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if !reflect.DeepEqual(fi.Tags, want) {
				t.Errorf("tags\n got %+v\nwant %+v", fi.Tags, want)
			}
			if fi.Format != c.format {
				t.Errorf("format %q, want %q", fi.Format, c.format)
			}
			if c.inner != "" && fi.Codec != c.inner {
				t.Errorf("codec %q, want %q", fi.Codec, c.inner)
			}
			if d := fi.Duration - 2*time.Second; d < -100*time.Millisecond || d > 100*time.Millisecond {
				t.Errorf("duration %v, want 2s", fi.Duration)
			}
			if fi.Channels != 2 {
				t.Errorf("channels %d, want 2", fi.Channels)
			}
			if fi.SampleRate != 44100 && !(c.format == "opus" && fi.SampleRate == 48000) {
				t.Errorf("sample rate %d", fi.SampleRate)
			}
			if fi.Bitrate <= 0 {
				t.Errorf("bitrate %d, want > 0", fi.Bitrate)
			}
		})
	}
}

func TestReadFileRejectsBadFiles(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.mp3")
	os.WriteFile(empty, nil, 0o644)
	text := filepath.Join(dir, "notes.flac")
	os.WriteFile(text, []byte("these are my shopping notes, not a FLAC file\n"), 0o644)
	truncated := filepath.Join(dir, "truncated.wav")
	writeWAV(t, truncated, 1, 440)
	data, _ := os.ReadFile(truncated)
	os.WriteFile(truncated, data[:20], 0o644)

	cases := []struct {
		path string
		want error
	}{
		{empty, ErrEmptyFile},
		{text, ErrNotAudio},
		{truncated, ErrNotAudio},
		{filepath.Join(dir, "gone.mp3"), os.ErrNotExist},
	}
	for _, c := range cases {
		_, err := TaglibReader{}.ReadFile(c.path)
		if err == nil || !errorsIs(err, c.want) {
			t.Errorf("%s: error %v, want %v", filepath.Base(c.path), err, c.want)
		}
	}
}

func TestTagsFromMap(t *testing.T) {
	cases := []struct {
		name string
		in   map[string][]string
		want Tags
	}{
		{"multi-valued artists and genres", map[string][]string{
			"ARTIST": {"Daft Punk", "Pharrell Williams"}, "GENRE": {"Disco; Funk", "disco", "House/Electronic"},
		}, Tags{Artist: "Daft Punk; Pharrell Williams", Genres: []string{"Disco", "Funk", "House", "Electronic"}}},
		{"date forms", map[string][]string{"DATE": {"2001-05-02"}}, Tags{Year: 2001}},
		{"original date as fallback", map[string][]string{"ORIGINALDATE": {"1977"}}, Tags{Year: 1977}},
		{"track of total and separate totals", map[string][]string{
			"TRACKNUMBER": {"07"}, "TRACKTOTAL": {"12"}, "DISCNUMBER": {"2 of 3"},
		}, Tags{TrackNumber: 7, TrackTotal: 12, DiscNumber: 2, DiscTotal: 3}},
		{"control characters and padding", map[string][]string{"TITLE": {"  Line\none\x07  "}}, Tags{Title: "Line one"}},
		{"empty values skipped", map[string][]string{"TITLE": {"", " ", "Real"}}, Tags{Title: "Real"}},
		{"description as comment", map[string][]string{"DESCRIPTION": {"ripped 2009"}}, Tags{Comment: "ripped 2009"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := tagsFromMap(c.in); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
}

func TestInferTags(t *testing.T) {
	cases := []struct {
		path string
		in   Tags
		want Tags
	}{
		{"/m/Boards of Canada/Geogaddi/03 - Julie and Candy.flac", Tags{},
			Tags{Title: "Julie and Candy", Artist: "Boards of Canada", Album: "Geogaddi", TrackNumber: 3,
				Inferred: []string{"track", "title", "artist", "album"}}},
		{"/m/Various/Mix/Aphex Twin - Xtal.mp3", Tags{},
			Tags{Title: "Xtal", Artist: "Aphex Twin", Album: "Mix", Inferred: []string{"title", "artist", "album"}}},
		{"/Music/loose_track.mp3", Tags{},
			Tags{Title: "loose track", Inferred: []string{"title"}}},
		{"/m/A/B/01 Ignored.mp3", Tags{Title: "Real", Artist: "X", Album: "Y", TrackNumber: 9},
			Tags{Title: "Real", Artist: "X", Album: "Y", TrackNumber: 9}},
		{"/m/A/B/1999.mp3", Tags{Artist: "Prince", Album: "1999"},
			Tags{Title: "1999", Artist: "Prince", Album: "1999", Inferred: []string{"title"}}},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			if got := InferTags(c.in, c.path); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
}
