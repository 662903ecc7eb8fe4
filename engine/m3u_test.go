package engine

import (
	"bufio"
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestM3UKeepsAwkwardPathsOpenable writes paths with a newline, bytes
// that are not UTF-8 and a leading '#', and reads every entry back to
// the exact bytes, as a player would, with one #EXTINF per track.
func TestM3UKeepsAwkwardPathsOpenable(t *testing.T) {
	paths := []string{
		"/music/plain song.flac",
		"/music/two\nlines.mp3",
		"/music/latin1 \xe9t\xe9.mp3",
		"/music/tab\there.ogg",
		"/music/100% pure.wav",
	}
	var items []TrackInfo
	for i, p := range paths {
		items = append(items, TrackInfo{Path: p, Title: "T\n" + string(rune('a'+i)), Artist: "A\x1b[2J", Duration: 3 * time.Second})
	}
	var buf bytes.Buffer
	if err := WriteM3U(&buf, items); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&buf)
	var got []string
	lines := 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		if strings.ContainsRune(line, 0x1b) {
			t.Errorf("control character in %q", line)
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "file://") {
			u, err := url.Parse(line)
			if err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			line = u.Path
		}
		got = append(got, line)
	}
	if lines != 1+2*len(paths) {
		t.Errorf("%d lines, want %d:\n%s", lines, 1+2*len(paths), buf.String())
	}
	if strings.Join(got, "|") != strings.Join(paths, "|") {
		t.Errorf("read back %q\nwant %q", got, paths)
	}
	if M3ULocation(paths[0]) != paths[0] {
		t.Error("a plain path should be written as it is")
	}
}

func TestExportM3URefusesToReplace(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	os.WriteFile(db, []byte("database"), 0o644)
	items := []TrackInfo{{Path: "/m/a.flac", Title: "A"}}
	opt := ExportOptions{Protected: []string{db, db + "-wal"}}
	for _, target := range []string{db, db + "-wal", filepath.Join(dir, ".", "lib.db")} {
		for _, overwrite := range []bool{false, true} {
			opt.Overwrite = overwrite
			if err := ExportM3U(target, items, opt); !errors.Is(err, ErrProtectedFile) {
				t.Errorf("%s (overwrite %v): %v", target, overwrite, err)
			}
		}
	}
	// A hard link to the database is the same file.
	hard := filepath.Join(dir, "hard.m3u")
	os.Link(db, hard)
	opt.Overwrite = true
	if err := ExportM3U(hard, items, opt); !errors.Is(err, ErrProtectedFile) {
		t.Errorf("hard link: %v", err)
	}
	if b, _ := os.ReadFile(db); string(b) != "database" {
		t.Fatalf("database changed: %q", b)
	}
	out := filepath.Join(dir, "out.m3u")
	opt.Overwrite = false
	if err := ExportM3U(out, items, opt); err != nil {
		t.Fatal(err)
	}
	if err := ExportM3U(out, nil, opt); !errors.Is(err, ErrFileExists) {
		t.Errorf("second export without overwrite: %v", err)
	}
	opt.Overwrite = true
	if err := ExportM3U(out, nil, opt); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(out); string(b) != "#EXTM3U\n" {
		t.Errorf("overwritten playlist %q", b)
	}
}

// TestM3UTitleWithoutArtist: a track with no artist gets "#EXTINF:n,Title",
// not "#EXTINF:n, - Title", which players show as " - Title".
func TestM3UTitleWithoutArtist(t *testing.T) {
	var buf bytes.Buffer
	items := []TrackInfo{{Path: "/m/a.mp3", Title: "Untitled Demo", Duration: 98 * time.Second},
		{Path: "/m/b.mp3", Artist: " ", Title: "Blank", Duration: 5 * time.Second},
		{Path: "/m/c.mp3", Artist: "Nova Lane", Title: "Midnight", Duration: 241 * time.Second}}
	if err := WriteM3U(&buf, items); err != nil {
		t.Fatal(err)
	}
	want := "#EXTM3U\n#EXTINF:98,Untitled Demo\n/m/a.mp3\n#EXTINF:5,Blank\n/m/b.mp3\n#EXTINF:241,Nova Lane - Midnight\n/m/c.mp3\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
