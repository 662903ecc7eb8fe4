package app

import (
	"context"
	"errors"
	"fmt"

	"sleeve/library"
)

// Corrected is a track after a correction, as the command line and the
// explorer report it.
type Corrected struct {
	// Track reads with the correction applied.
	Track library.Track
	// NoteBefore is set when the track has a sleeve note written before
	// this change: `sleeve notes` rewrites it, since the note's inputs
	// (tempo, key, genres, not music) changed.
	NoteBefore bool
}

// Correct applies the person's correction to a track (library.Store.Correct)
// and says whether its sleeve note predates it. Notes, filters and ranking
// read the corrected values from then on; the explorer and the
// recommender see the change through the library's version.
func Correct(ctx context.Context, st *library.Store, id library.TrackID, e library.CorrectionEdit) (Corrected, error) {
	t, err := st.Correct(ctx, id, e)
	if err != nil {
		return Corrected{}, err
	}
	out := Corrected{Track: t}
	_, err = st.Note(ctx, id)
	switch {
	case err == nil:
		out.NoteBefore = true
	case !errors.Is(err, library.ErrNotFound):
		return out, fmt.Errorf("read the note of track %d: %w", id, err)
	}
	return out, nil
}
