package engine

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/library/synth"
	"sleeve/models"
)

func TestLoadCatalogFromStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	samples := make([]float32, 8000)
	if err := os.MkdirAll(filepath.Join(dir, "music"), 0o755); err != nil {
		t.Fatal(err)
	}
	for i, tr := range []struct{ title, artist string }{{"Slow River", "Nova Lane"}, {"Fast Car", "Iron Tides"}} {
		path := filepath.Join(dir, "music", tr.title+".wav")
		if err := synth.Encode(ctx, path, samples, 8000, map[string]string{"TITLE": tr.title, "ARTIST": tr.artist, "GENRE": "jazz"}); err != nil {
			t.Fatalf("encode %d: %v", i, err)
		}
	}
	st, err := library.Open(ctx, filepath.Join(dir, "sleeve.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := library.NewScanner(st, library.TaglibReader{}, library.ScanOptions{}).Scan(ctx, []string{filepath.Join(dir, "music")}); err != nil {
		t.Fatal(err)
	}
	slow, err := st.TrackByPath(ctx, filepath.Join(dir, "music", "Slow River.wav"))
	if err != nil {
		t.Fatal(err)
	}
	vec, _ := models.Compact(HashEmbedder{Dim: 32}.Vector("calm slow river")).MarshalBinary()
	err = st.SaveNotes(ctx, []library.NoteRecord{{TrackID: slow.ID,
		Note:      library.Note{Text: "A calm piano piece.", Moods: []string{"calm"}, Instruments: []string{"piano"}, Contexts: []string{"reading"}, Key: "k"},
		Embedding: &library.NoteEmbedding{Model: "m", Dims: 32, Vector: vec, TextKey: "t"}}})
	if err != nil {
		t.Fatal(err)
	}
	now := time.UnixMilli(1_700_000_000_000)
	st.AddFeedback(ctx, Played(nil, slow.ID, now).Stored())
	st.RecordShown(ctx, []library.TrackID{slow.ID, slow.ID}, now)

	cat, err := LoadCatalog(ctx, st, "m")
	if err != nil {
		t.Fatal(err)
	}
	if cat.Len() != 2 || cat.EmbeddingDim() != 32 {
		t.Fatalf("%d tracks, embedding dim %d", cat.Len(), cat.EmbeddingDim())
	}
	i := cat.index[slow.ID]
	if cat.note[i] != "A calm piano piece." || !cat.tags[i].has("calm") || cat.plays[i] != 1 || cat.shown[i] != 2 || cat.embScale[i] == 0 {
		t.Errorf("loaded row: note %q, plays %d, shown %d", cat.note[i], cat.plays[i], cat.shown[i])
	}
	// The loaded catalogue ranks: the note's words find the track.
	res := NewRanker(cat).Rank(Query{Text: "calm piano", Terms: tokenize("calm piano"), Hour: -1}, Taste{}, Options{N: 1})
	if len(res.Items) != 1 || res.Items[0].ID != slow.ID || res.Items[0].Title != "Slow River" {
		t.Errorf("ranked %+v", res.Items)
	}
}
