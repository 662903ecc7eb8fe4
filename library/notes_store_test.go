package library

import (
	"context"
	"errors"
	"fmt"
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

// TestNotesOfReadsEachNoteAsNoteDoes reads the notes of 1,200 tracks (more
// than one query binds) and of an ID no track has: each track with a note
// gets it as Note returns it, and the others are absent.
func TestNotesOfReadsEachNoteAsNoteDoes(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	writeTaggedWAV(t, filepath.Join(root, "a.wav"), 440, tagsOf("Harbour Lights", "Wren", "Coast"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	const n = 1200
	if _, err := s.w.ExecContext(ctx, `
		WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM k WHERE i < ?)
		INSERT INTO tracks (path, dir, fingerprint, size, mtime_ns, format, added_at, updated_at)
		SELECT '/x/' || i || '.wav', '/x', 'fp' || i, size, mtime_ns, format, added_at, updated_at FROM k, tracks WHERE tracks.id = 1`, n-1); err != nil {
		t.Fatal(err)
	}
	var ids []TrackID
	var recs []NoteRecord
	for id := TrackID(1); id <= n; id++ {
		ids = append(ids, id)
		if id%3 == 0 {
			continue // no note
		}
		recs = append(recs, NoteRecord{TrackID: id, Note: Note{Text: fmt.Sprintf("Note %d.", id), Moods: []string{"calm"},
			Template: id%2 == 0, Key: fmt.Sprint(id), Dropped: []string{"It is fast."}}})
	}
	if err := s.SaveNotes(ctx, recs); err != nil {
		t.Fatal(err)
	}
	got, err := s.NotesOf(ctx, append(ids, n+7))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(recs) {
		t.Errorf("%d notes, want %d", len(got), len(recs))
	}
	for _, id := range ids {
		want, err := s.Note(ctx, id)
		switch {
		case errors.Is(err, ErrNotFound):
			if _, ok := got[id]; ok {
				t.Errorf("track %d has no note and NotesOf gives one", id)
			}
		case err != nil:
			t.Fatal(err)
		case !reflect.DeepEqual(got[id], want):
			t.Errorf("note of track %d\n got %+v\nwant %+v", id, got[id], want)
		}
	}
	if got, err := s.NotesOf(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("the notes of no tracks: %v %v", got, err)
	}
}
