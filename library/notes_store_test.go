package library

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
)

func TestNotesRoundTripAndStates(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	writeTaggedWAV(t, filepath.Join(root, "a.wav"), 440, tagsOf("Harbour Lights", "Wren", "Coast"))
	writeTaggedWAV(t, filepath.Join(root, "b.wav"), 550, tagsOf("Engine Room", "Kiln", "Works"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	a := mustTrackByPath(t, s, filepath.Join(root, "a.wav"))
	b := mustTrackByPath(t, s, filepath.Join(root, "b.wav"))

	if _, err := s.Note(ctx, a.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("note before any was written: %v", err)
	}
	note := Note{Text: "A slow, hushed piano piece.", Moods: []string{"calm", "wistful"}, Contexts: []string{"late night"},
		Instruments: []string{"piano"}, Model: "qwen2.5:1.5b-instruct", PromptVersion: 1, FeatureVersion: 1, Key: "k1",
		Dropped: []string{"It is fast."}}
	emb := &NoteEmbedding{Model: "nomic-embed-text", Dims: 3, Vector: []byte{1, 2, 3, 4}, TextKey: "t1"}
	if err := s.SaveNotes(ctx, []NoteRecord{{TrackID: a.ID, Note: note, Embedding: emb},
		{TrackID: b.ID, Note: Note{Text: "Pounding machine techno.", Template: true, Key: "k2"}}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Note(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	got.CreatedAt = note.CreatedAt
	if !reflect.DeepEqual(got, note) {
		t.Errorf("note\n got %+v\nwant %+v", got, note)
	}

	states := map[TrackID]NoteState{}
	for st, err := range s.NoteStates(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		states[st.TrackID] = st
	}
	if st := states[a.ID]; !st.HasNote || st.Key != "k1" || st.Template || st.EmbedModel != "nomic-embed-text" || st.TextKey != "t1" {
		t.Errorf("state of a: %+v", st)
	}
	if st := states[b.ID]; !st.HasNote || !st.Template || st.EmbedModel != "" {
		t.Errorf("state of b: %+v", st)
	}

	// Rewriting a note without an embedding keeps the embedding.
	note.Text = "Rewritten."
	if err := s.SaveNotes(ctx, []NoteRecord{{TrackID: a.ID, Note: note}}); err != nil {
		t.Fatal(err)
	}
	var vecs int
	for id, v := range s.Embeddings(ctx, "nomic-embed-text") {
		if id != a.ID || len(v) != 4 {
			t.Errorf("embedding %d %v", id, v)
		}
		vecs++
	}
	if vecs != 1 {
		t.Fatalf("%d embeddings, want 1", vecs)
	}

	c, err := s.NoteCounts(ctx)
	if err != nil || c.Tracks != 2 || c.ModelNotes != 1 || c.TemplateNotes != 1 || c.Embedded != 1 || c.Models["qwen2.5:1.5b-instruct"] != 1 {
		t.Fatalf("counts %+v %v", c, err)
	}
}

// TestPruningATrackRemovesItsNote saves notes, removes a track's file and
// prunes it: its note goes with it, the other stays.
func TestPruningATrackRemovesItsNote(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	writeTaggedWAV(t, filepath.Join(root, "a.wav"), 440, tagsOf("Harbour Lights", "Wren", "Coast"))
	writeTaggedWAV(t, filepath.Join(root, "b.wav"), 550, tagsOf("Engine Room", "Kiln", "Works"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	a := mustTrackByPath(t, s, filepath.Join(root, "a.wav"))
	b := mustTrackByPath(t, s, filepath.Join(root, "b.wav"))
	if err := s.SaveNotes(ctx, []NoteRecord{
		{TrackID: a.ID, Note: Note{Text: "Calm piano over slow waves.", Moods: []string{"calm"}}},
		{TrackID: b.ID, Note: Note{Text: "Relentless drums, loud and fast.", Moods: []string{"aggressive"}}},
	}); err != nil {
		t.Fatal(err)
	}
	// Pruning a track removes its note with it.
	mustRemove(t, filepath.Join(root, "a.wav"))
	scanOnce(t, s, root)
	if _, err := s.Prune(ctx, false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Note(ctx, a.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("note of a pruned track: %v", err)
	}
	if n, err := s.Note(ctx, b.ID); err != nil || n.Text == "" {
		t.Fatalf("the other track's note: %+v %v", n, err)
	}
}
