package library

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// TestReviewNoteApprovesEditsAndSurvivesRewrites approves one note, edits
// another twice, and checks what is kept: the first written text, the
// edit time, the embedding dropped for an edited text only, and the
// review kept when the note is saved back as it was read.
func TestReviewNoteApprovesEditsAndSurvivesRewrites(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	writeTaggedWAV(t, filepath.Join(root, "a.wav"), 440, tagsOf("Harbour Lights", "Wren", "Coast"))
	writeTaggedWAV(t, filepath.Join(root, "b.wav"), 550, tagsOf("Engine Room", "Kiln", "Works"))
	writeTaggedWAV(t, filepath.Join(root, "c.wav"), 660, tagsOf("Quiet Yard", "Kiln", "Works"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	a := mustTrackByPath(t, s, filepath.Join(root, "a.wav"))
	b := mustTrackByPath(t, s, filepath.Join(root, "b.wav"))
	c := mustTrackByPath(t, s, filepath.Join(root, "c.wav"))
	emb := func() *NoteEmbedding { return &NoteEmbedding{Model: "e", Dims: 1, Vector: []byte{1}, TextKey: "t"} }
	if err := s.SaveNotes(ctx, []NoteRecord{
		{TrackID: a.ID, Note: Note{Text: "Written for a.", Model: "m", Key: "ka"}, Embedding: emb()},
		{TrackID: b.ID, Note: Note{Text: "Written for b.", Model: "m", Key: "kb"}, Embedding: emb()},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReviewNote(ctx, c.ID, "", time.Now()); !errors.Is(err, ErrNotFound) {
		t.Fatalf("reviewing a missing note: %v", err)
	}
	at := time.UnixMilli(1_700_000_000_000)
	n, err := s.ReviewNote(ctx, a.ID, "", at)
	if err != nil || n.Review != ReviewApproved || n.Text != "Written for a." || !n.ReviewedAt.Equal(at) || n.OriginalText != "" {
		t.Fatalf("approved: %+v %v", n, err)
	}
	if _, err := s.ReviewNote(ctx, b.ID, "My words for b.", at); err != nil {
		t.Fatal(err)
	}
	n, err = s.ReviewNote(ctx, b.ID, "Better words for b.", at.Add(time.Minute))
	if err != nil || n.Review != ReviewEdited || n.Text != "Better words for b." || n.OriginalText != "Written for b." {
		t.Fatalf("edited twice: %+v %v", n, err)
	}
	// Approving an edited note keeps it edited.
	if n, _ = s.ReviewNote(ctx, b.ID, "", at); n.Review != ReviewEdited {
		t.Fatalf("approving an edited note made it %q", n.Review)
	}
	states := map[TrackID]NoteState{}
	for st, err := range s.NoteStates(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		states[st.TrackID] = st
	}
	if !states[a.ID].Reviewed || !states[b.ID].Reviewed || states[c.ID].Reviewed {
		t.Errorf("states: %+v", states)
	}
	if states[a.ID].EmbedModel != "e" || states[b.ID].EmbedModel != "" {
		t.Errorf("an approved note keeps its embedding, an edited one loses it: %+v %+v", states[a.ID], states[b.ID])
	}
	// Saving a note back as read keeps the review.
	if err := s.SaveNotes(ctx, []NoteRecord{{TrackID: b.ID, Note: n, Embedding: emb()}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Note(ctx, b.ID); got.Review != ReviewEdited || got.OriginalText != "Written for b." {
		t.Errorf("after saving back: %+v", got)
	}
	reviewed, err := s.ReviewedNotes(ctx)
	if err != nil || len(reviewed) != 2 {
		t.Fatalf("reviewed notes: %v %v", reviewed, err)
	}
	counts, err := s.NoteCounts(ctx)
	if err != nil || counts.Approved != 1 || counts.Edited != 1 {
		t.Fatalf("counts: %+v %v", counts, err)
	}
}

func TestAdaptationsNewestMatchingBase(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	if _, err := s.LatestAdaptation(ctx, func(string) bool { return true }); !errors.Is(err, ErrNotFound) {
		t.Fatalf("no adaptations yet: %v", err)
	}
	for _, a := range []Adaptation{{Model: "x1", Base: "base-a", Key: "k1", Examples: 2},
		{Model: "y1", Base: "base-b", Key: "k2", Examples: 3}, {Model: "x2", Base: "base-a", Key: "k3", Examples: 4, Adapter: "sha256:ab"}} {
		if err := s.AddAdaptation(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.LatestAdaptation(ctx, func(b string) bool { return b == "base-a" })
	if err != nil || got.Model != "x2" || got.Key != "k3" || got.Examples != 4 || got.Adapter != "sha256:ab" {
		t.Fatalf("latest of base-a: %+v %v", got, err)
	}
	if got, _ := s.LatestAdaptation(ctx, func(b string) bool { return b == "base-b" }); got.Model != "y1" {
		t.Fatalf("latest of base-b: %+v", got)
	}
}
