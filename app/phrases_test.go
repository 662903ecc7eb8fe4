package app

import (
	"context"
	"testing"

	"sleeve/library"
	"sleeve/library/synth"
	"sleeve/models"
)

// libraryTexts returns the stored notes' texts and the names of the
// library (titles, artists, albums, genres).
func libraryTexts(t *testing.T, s *library.Store) (texts, names []string, byID map[library.TrackID]string) {
	t.Helper()
	ctx := context.Background()
	byID = map[library.TrackID]string{}
	for tr, err := range s.Tracks(ctx, library.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, tr.Tags.Title, tr.Tags.Artist, tr.Tags.Album, tr.Tags.AlbumArtist)
		names = append(names, tr.Tags.Genres...)
		if n, err := s.Note(ctx, tr.ID); err == nil {
			texts = append(texts, n.Text)
			byID[tr.ID] = n.Text
		}
	}
	return texts, names, byID
}

// TestTemplateNotesOfTheDemoLibraryVary writes the demo library's template
// notes and measures how often 4-word phrases repeat: none other than
// names may be in more than 10 % of the notes.
func TestTemplateNotesOfTheDemoLibraryVary(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, len(synth.DemoTracks()))
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	texts, names, _ := libraryTexts(t, s)
	top := models.RepeatedPhrases(texts, names, 0)
	for i, p := range top[:min(8, len(top))] {
		t.Logf("%d. %q in %d of %d notes (%.0f %%)", i+1, p.Phrase, p.Notes, len(texts), 100*p.Share)
	}
	for _, p := range models.RepeatedPhrases(texts, names, 0.10) {
		t.Errorf("%q is in %d of %d notes (%.0f %%)", p.Phrase, p.Notes, len(texts), 100*p.Share)
	}
}
