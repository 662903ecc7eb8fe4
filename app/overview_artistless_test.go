package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library"
	"sleeve/library/synth"
	"sleeve/models"
)

// TestOverviewsOfAnAlbumWithAndWithoutAnArtist checks that a folder
// holding both a track with no artist tag and a tagged track of another
// artist, whose album names are the same (the untagged one's guessed
// from the folder), gets an overview for each album: the run of notes
// does not stop with "more than one artist has an album called ...",
// and the explorer's look-up of the album with no artist finds it.
func TestOverviewsOfAnAlbumWithAndWithoutAnArtist(t *testing.T) {
	ctx := context.Background()
	root := filepath.Join(t.TempDir(), "Music") // a folder name that names no artist
	dir := filepath.Join(root, "Mixtape")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, freq float64, tags map[string]string) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := synth.WriteFLAC(f, synth.Sine(freq, 6, 22050, 0.4), 22050, 1, tags); err != nil {
			t.Fatal(err)
		}
	}
	write("untagged.flac", 440, nil)
	write("tagged.flac", 330, map[string]string{"ARTIST": "Nina Vale", "ALBUM": "Mixtape", "TITLE": "Tagged"})

	s, err := library.Open(ctx, filepath.Join(t.TempDir(), "lib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := library.NewScanner(s, library.TaglibReader{}, library.ScanOptions{}).Scan(ctx, []string{root}); err != nil {
		t.Fatal(err)
	}
	artists := map[string]string{}
	for tr, err := range s.Tracks(ctx, library.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		artists[filepath.Base(tr.Path)] = tr.Tags.DisplayArtist() + " / " + tr.Tags.Album
	}
	if artists["untagged.flac"] != " / Mixtape" || artists["tagged.flac"] != "Nina Vale / Mixtape" {
		t.Fatalf("scanned %v; the test needs an album of the same name with and without an artist", artists)
	}
	// The explorer asks for an album of an artist it lists, even one
	// with no name, before any run of notes has stored its overview.
	if _, err := NewLibrary(s).Overview(ctx, models.OverviewAlbum, "Mixtape", ""); err != nil {
		t.Fatalf("the explorer's overview of the album with no artist: %v", err)
	}
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteOverviews(ctx, s, nil, nil); err != nil {
		t.Fatalf("overviews: %v", err)
	}
	for _, artist := range []string{"", "Nina Vale"} {
		o, err := s.Overview(ctx, models.OverviewAlbum, "Mixtape", artist)
		if err != nil {
			t.Fatalf("album Mixtape by %q has no stored overview: %v", artist, err)
		}
		if !strings.Contains(o.Text, "Mixtape") || !strings.Contains(o.Text, "1 track") {
			t.Errorf("album Mixtape by %q: %q", artist, o.Text)
		}
	}
	// Asked for by name alone, the album is ambiguous, and says so.
	if _, err := OverviewOf(ctx, s, nil, Group{Kind: models.OverviewAlbum, Name: "Mixtape"}); err == nil || !strings.Contains(err.Error(), "--artist") {
		t.Errorf("album Mixtape with no artist named: %v", err)
	}
}
