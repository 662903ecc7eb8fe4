package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ReviewNote records that the person approved a track's note as it is
// (text empty) or edited it to text. Editing keeps the text that was
// written before as OriginalText (the first one, if edited again) and
// drops the note's embedding, which no longer matches its text, so that
// sleeve notes embeds the new text. ErrNotFound means the track has no
// note to review.
func (s *Store) ReviewNote(ctx context.Context, id TrackID, text string, at time.Time) (Note, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return Note{}, fmt.Errorf("review note: %w", err)
	}
	defer tx.Rollback()
	var current, review, original string
	err = tx.QueryRowContext(ctx, `SELECT text, review, original_text FROM notes WHERE track_id = ?`, id).Scan(&current, &review, &original)
	if errors.Is(err, sql.ErrNoRows) {
		return Note{}, fmt.Errorf("note of track %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Note{}, fmt.Errorf("review note: %w", err)
	}
	text = strings.TrimSpace(text)
	switch {
	case text == "" || text == current:
		// Approving an edited note keeps it edited: the text is still the
		// person's.
		if review != ReviewEdited {
			review = ReviewApproved
		}
		_, err = tx.ExecContext(ctx, `UPDATE notes SET review = ?, reviewed_at = ? WHERE track_id = ?`, review, at.UnixMilli(), id)
	default:
		if review != ReviewEdited {
			original = current
		}
		_, err = tx.ExecContext(ctx, `UPDATE notes SET text = ?, review = 'edited', original_text = ?, reviewed_at = ?
			WHERE track_id = ?`, text, original, at.UnixMilli(), id)
		if err == nil {
			_, err = tx.ExecContext(ctx, `DELETE FROM note_embeddings WHERE track_id = ?`, id)
		}
	}
	if err != nil {
		return Note{}, fmt.Errorf("review note of track %d: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return Note{}, fmt.Errorf("review note: %w", err)
	}
	return s.Note(ctx, id)
}

// ReviewedNote is a note the person approved or edited, with its track.
type ReviewedNote struct {
	TrackID TrackID
	Note    Note
}

// ReviewedNotes returns the approved and edited notes of present tracks,
// oldest review first.
func (s *Store) ReviewedNotes(ctx context.Context) ([]ReviewedNote, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT n.track_id FROM notes n JOIN tracks t ON t.id = n.track_id
		WHERE t.missing = 0 AND n.review != '' ORDER BY n.reviewed_at, n.track_id`)
	if err != nil {
		return nil, fmt.Errorf("read reviewed notes: %w", err)
	}
	var ids []TrackID
	for rows.Next() {
		var id TrackID
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]ReviewedNote, 0, len(ids))
	for _, id := range ids {
		n, err := s.Note(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, ReviewedNote{TrackID: id, Note: n})
	}
	return out, nil
}

// Adaptation is a model that sleeve models adapt created.
type Adaptation struct {
	// Model is the created model's name; Base the model it was made from.
	Model, Base string
	// Key identifies its inputs: base, system prompt, examples, adapter.
	Key string
	// Examples is how many example notes it carries.
	Examples int
	// Adapter is the LoRA adapter's blob digest, or empty.
	Adapter   string
	CreatedAt time.Time
}

// AddAdaptation records a created model.
func (s *Store) AddAdaptation(ctx context.Context, a Adaptation) error {
	if a.CreatedAt.IsZero() {
		a.CreatedAt = time.Now()
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO adaptations (model, base, input_key, examples, adapter, created_at)
		VALUES (?,?,?,?,?,?)`, a.Model, a.Base, a.Key, a.Examples, a.Adapter, a.CreatedAt.UnixMilli())
	if err != nil {
		return fmt.Errorf("record adaptation: %w", err)
	}
	return nil
}

// LatestAdaptation returns the newest adaptation whose base match
// accepts; ErrNotFound when there is none.
func (s *Store) LatestAdaptation(ctx context.Context, match func(base string) bool) (Adaptation, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT model, base, input_key, examples, adapter, created_at FROM adaptations
		ORDER BY id DESC`)
	if err != nil {
		return Adaptation{}, fmt.Errorf("read adaptations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a Adaptation
		var created int64
		if err := rows.Scan(&a.Model, &a.Base, &a.Key, &a.Examples, &a.Adapter, &created); err != nil {
			return Adaptation{}, err
		}
		a.CreatedAt = time.UnixMilli(created)
		if match(a.Base) {
			return a, nil
		}
	}
	if err := rows.Err(); err != nil {
		return Adaptation{}, err
	}
	return Adaptation{}, fmt.Errorf("adaptation: %w", ErrNotFound)
}
