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
	// NoteKept is set instead of NoteBefore when that note is one the
	// person approved or edited: `sleeve notes` never rewrites it, so it
	// stays as it is until they edit it.
	NoteKept bool
	// Copies are the track's other copies that took the same correction.
	Copies []library.TrackID
}

// Correct applies the person's correction to a track (library.Store.Correct)
// and to its other copies (library.Store.Copies: the same file elsewhere,
// or the same song in another encoding), which are the same music, and
// says whether the track's sleeve note predates it. A copy takes the
// track's resulting values (a halved tempo is the track's tempo halved,
// whatever the copy measured); a copy not yet analysed takes the genres
// only. Notes, filters and ranking read the corrected values from then on;
// the explorer and the recommender see the change through the library's
// version.
func Correct(ctx context.Context, st *library.Store, id library.TrackID, e library.CorrectionEdit) (Corrected, error) {
	t, err := st.Correct(ctx, id, e)
	if err != nil {
		return Corrected{}, err
	}
	out := Corrected{Track: t}
	copies, err := st.Copies(ctx, t)
	if err != nil {
		return out, err
	}
	for _, c := range copies {
		ce := copyEdit(t, e, c.Features != nil)
		if ce.Empty() {
			continue
		}
		if _, err := st.Correct(ctx, c.ID, ce); err != nil {
			return out, fmt.Errorf("correct the copy %s: %w", library.DisplayPath(c.Path), err)
		}
		out.Copies = append(out.Copies, c.ID)
	}
	n, err := st.Note(ctx, id)
	switch {
	case err == nil && n.Reviewed():
		out.NoteKept = true
	case err == nil:
		out.NoteBefore = true
	case !errors.Is(err, library.ErrNotFound):
		return out, fmt.Errorf("read the note of track %d: %w", id, err)
	}
	return out, nil
}

// copyEdit is the edit that gives a copy of t what e gave t: the same
// fields cleared, and the fields set to t's resulting values. Without
// analysed features the copy takes only what needs none (genres).
func copyEdit(t library.Track, e library.CorrectionEdit, analysed bool) library.CorrectionEdit {
	var ce library.CorrectionEdit
	c := t.Correction
	for _, f := range e.Clear {
		if analysed || f == library.CorrectGenre {
			ce.Clear = append(ce.Clear, f)
		}
	}
	if e.Genres != nil {
		ce.Genres = e.Genres
	}
	if !analysed || c == nil {
		return ce
	}
	if (e.BPM > 0 || e.ScaleBPM > 0) && c.BPM > 0 {
		ce.BPM = c.BPM
	}
	if e.SetKey {
		ce.SetKey, ce.Tonic, ce.Minor = true, c.Tonic, c.Minor
	}
	if e.NotMusic != nil {
		v := *e.NotMusic
		ce.NotMusic = &v
	}
	return ce
}
