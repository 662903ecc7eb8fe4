package app

import (
	"context"
	"testing"
	"time"

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

// TestStockPhrasesAreRephrased writes model notes with a stand-in model
// that puts the same sentence in every note: the run asks it again, naming
// the phrase to avoid, for the notes past 10 %, and afterwards no phrase is
// in more than 10 % of the notes.
func TestStockPhrasesAreRephrased(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, 22)
	fake, host := newMiniOllama(t)
	client, err := models.NewClient(models.ClientConfig{Host: host, ChatModel: "chat", EmbedModel: "embed", RetryBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	res, err := WriteNotes(ctx, s, client, NotesOptions{})
	if err != nil || res.ModelNotes != 22 {
		t.Fatalf("notes %+v %v", res, err)
	}
	if res.Rephrased != 20 || len(res.Repeated) != 0 {
		t.Fatalf("rephrased %d, still repeated %v; want 20 and none", res.Rephrased, res.Repeated)
	}
	texts, names, _ := libraryTexts(t, s)
	if rep := models.RepeatedPhrases(texts, names, 0.10); len(rep) > 0 {
		t.Fatalf("still repeated: %v", rep)
	}
	if n := fake.count("/api/chat"); n != 42 {
		t.Errorf("%d chat calls, want 22 notes and 20 rephrasings", n)
	}
	// A second run finds every note current and rephrases nothing.
	again, err := WriteNotes(ctx, s, client, NotesOptions{})
	if err != nil || again.UpToDate != 22 || again.Rephrased != 0 {
		t.Fatalf("second run %+v %v", again, err)
	}
}
