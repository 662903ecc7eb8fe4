package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sleeve/library"
)

// tracksOf lists the IDs of the store's tracks.
func tracksOf(t *testing.T, s *library.Store) []TrackID {
	t.Helper()
	var ids []TrackID
	for tr, err := range s.Tracks(context.Background(), Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, tr.ID)
	}
	return ids
}

// TestWritePlaylistIntoTheFolder writes a list into a playlists folder that
// does not exist yet, twice in the same second: the folder is made, the
// path returned is absolute, a track that has gone is skipped, and the
// second list gets a numbered name rather than replacing the first.
func TestWritePlaylistIntoTheFolder(t *testing.T) {
	s := demoStore(t, 2)
	lib := NewLibrary(s)
	ctx := context.Background()
	ids := append(tracksOf(t, s), 9999) // 9999 is no track
	dir := filepath.Join(t.TempDir(), "data", "playlists")
	at := time.Date(2026, 11, 30, 21, 5, 0, 0, time.UTC)
	first, n, err := lib.WritePlaylist(ctx, ids, PlaylistOptions{Dir: dir, Name: "picks", Now: at})
	if err != nil || n != 2 {
		t.Fatalf("first: %q %d %v", first, n, err)
	}
	if want := filepath.Join(dir, "sleeve-picks-20261130-210500.m3u"); first != want || !filepath.IsAbs(first) {
		t.Errorf("wrote %s, want %s", first, want)
	}
	b, _ := os.ReadFile(first)
	if !strings.HasPrefix(string(b), "#EXTM3U\n#EXTINF:") || strings.Count(string(b), "#EXTINF") != 2 {
		t.Fatalf("playlist:\n%s", b)
	}
	os.WriteFile(first, []byte("edited by hand\n"), 0o644)
	second, _, err := lib.WritePlaylist(ctx, ids, PlaylistOptions{Dir: dir, Name: "picks", Now: at})
	if err != nil || second != strings.TrimSuffix(first, ".m3u")+"-2.m3u" {
		t.Fatalf("second: %q %v", second, err)
	}
	if b, _ := os.ReadFile(first); string(b) != "edited by hand\n" {
		t.Errorf("the first playlist was replaced: %q", b)
	}
}

// TestWritePlaylistToAFile writes to a named file: an existing one is
// replaced only when asked, and the library's own files never.
func TestWritePlaylistToAFile(t *testing.T) {
	s := demoStore(t, 2)
	lib := NewLibrary(s)
	ctx := context.Background()
	ids := tracksOf(t, s)
	mine := filepath.Join(t.TempDir(), "mine.m3u")
	os.WriteFile(mine, []byte("mine\n"), 0o644)
	if _, _, err := lib.WritePlaylist(ctx, ids, PlaylistOptions{File: mine}); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("over an existing file: %v", err)
	}
	if b, _ := os.ReadFile(mine); string(b) != "mine\n" {
		t.Fatalf("the existing file changed: %q", b)
	}
	path, n, err := lib.WritePlaylist(ctx, ids, PlaylistOptions{File: mine, Overwrite: true})
	if err != nil || path != mine || n != 2 {
		t.Fatalf("with Overwrite: %q %d %v", path, n, err)
	}
	for _, f := range []string{s.Path(), s.Path() + "-wal"} {
		if _, _, err := lib.WritePlaylist(ctx, ids, PlaylistOptions{File: f, Overwrite: true}); err == nil {
			t.Errorf("wrote over %s", f)
		}
	}
	// A relative File comes back in full.
	t.Chdir(t.TempDir())
	path, _, err = lib.WritePlaylist(ctx, ids, PlaylistOptions{File: "rel.m3u"})
	if err != nil || !filepath.IsAbs(path) {
		t.Errorf("relative file: %q %v", path, err)
	}
}
