package engine

import (
	"context"
	"fmt"

	"sleeve/library"
	"sleeve/models"
)

// LoadCatalog builds the catalogue from the store: every present track
// with its features, its sleeve note and word lists, its note embedding
// by embedModel (none when embedModel is empty or the note has none),
// full plays and exposure counts.
func LoadCatalog(ctx context.Context, st *library.Store, embedModel string) (*Catalog, error) {
	var rows []TrackRow
	index := map[library.TrackID]int{}
	for t, err := range st.Tracks(ctx, library.Filter{}) {
		if err != nil {
			return nil, fmt.Errorf("load tracks: %w", err)
		}
		if t.Missing {
			continue
		}
		index[t.ID] = len(rows)
		rows = append(rows, RowFromTrack(t))
	}
	for id, n := range st.Notes(ctx) {
		i, ok := index[id]
		if !ok {
			continue
		}
		rows[i].Note, rows[i].Moods, rows[i].Instruments, rows[i].Contexts = n.Text, n.Moods, n.Instruments, n.Contexts
		if len(rows[i].Genres) == 0 {
			rows[i].Genres = n.Genres
		}
	}
	if embedModel != "" {
		for id, b := range st.Embeddings(ctx, embedModel) {
			i, ok := index[id]
			if !ok {
				continue
			}
			var v models.CompactVector
			if err := v.UnmarshalBinary(b); err != nil {
				continue // a damaged vector: the track keeps its lexical signal
			}
			rows[i].Embedding = v.Float32()
		}
	}
	plays, err := st.PlayCounts(ctx)
	if err != nil {
		return nil, err
	}
	shown, err := st.Exposure(ctx)
	if err != nil {
		return nil, err
	}
	for i := range rows {
		rows[i].Plays, rows[i].Shown = plays[rows[i].ID], shown[rows[i].ID]
	}
	return NewCatalog(rows), nil
}
