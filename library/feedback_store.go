package library

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Feedback is one thing the listener did with a track, with its context.
// Kind is "rate" (Rating 1–5), "skip", "play" (played to the end) or
// "more" ("more like this").
type Feedback struct {
	TrackID   TrackID
	Kind      string
	Rating    int
	At        time.Time
	SessionID string
	Request   string
}

// TasteEdit is a hand edit of the taste profile: Kind is "artist" or
// "genre", Affinity is in [-1, 1], and 0 removes the name from the profile.
type TasteEdit struct {
	Kind     string
	Name     string
	Affinity float64
	At       time.Time
}

// AddFeedback stores one feedback event.
func (s *Store) AddFeedback(ctx context.Context, f Feedback) error {
	switch f.Kind {
	case "rate":
		if f.Rating < 1 || f.Rating > 5 {
			return fmt.Errorf("rating %d: ratings go from 1 to 5", f.Rating)
		}
	case "skip", "play", "more":
		f.Rating = 0
	default:
		return fmt.Errorf("feedback kind %q: want rate, skip, play or more", f.Kind)
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO feedback (track_id, kind, rating, at, session_id, request)
		VALUES (?, ?, ?, ?, ?, ?)`, f.TrackID, f.Kind, f.Rating, f.At.UnixMilli(), f.SessionID, f.Request)
	if err != nil {
		return fmt.Errorf("save feedback: %w", err)
	}
	return nil
}

// Feedback returns the feedback events since the taste was last reset,
// oldest first.
func (s *Store) Feedback(ctx context.Context) ([]Feedback, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT track_id, kind, rating, at, session_id, request FROM feedback
		WHERE at >= (SELECT coalesce(max(at), 0) FROM taste_resets) ORDER BY at, id`)
	if err != nil {
		return nil, fmt.Errorf("read feedback: %w", err)
	}
	defer rows.Close()
	var out []Feedback
	for rows.Next() {
		var f Feedback
		var at int64
		if err := rows.Scan(&f.TrackID, &f.Kind, &f.Rating, &at, &f.SessionID, &f.Request); err != nil {
			return nil, fmt.Errorf("read feedback: %w", err)
		}
		f.At = time.UnixMilli(at)
		out = append(out, f)
	}
	return out, rows.Err()
}

// PlayCounts returns how often each track was played to its end, over all
// time (a taste reset does not make music unfamiliar).
func (s *Store) PlayCounts(ctx context.Context) (map[TrackID]int, error) {
	return s.countsBy(ctx, `SELECT track_id, count(*) FROM feedback WHERE kind = 'play' GROUP BY track_id`)
}

// Exposure returns how often each track was shown in a list.
func (s *Store) Exposure(ctx context.Context) (map[TrackID]int, error) {
	return s.countsBy(ctx, `SELECT track_id, shown FROM exposure`)
}

func (s *Store) countsBy(ctx context.Context, query string) (map[TrackID]int, error) {
	rows, err := s.r.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("read counts: %w", err)
	}
	defer rows.Close()
	out := map[TrackID]int{}
	for rows.Next() {
		var id TrackID
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("read counts: %w", err)
		}
		out[id] = n
	}
	return out, rows.Err()
}

// RecordShown counts one showing of each track in a list. Tracks no
// longer in the library are ignored.
func (s *Store) RecordShown(ctx context.Context, ids []TrackID, at time.Time) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record shown: %w", err)
	}
	defer tx.Rollback()
	for _, id := range ids {
		_, err := tx.ExecContext(ctx, `INSERT INTO exposure (track_id, shown, last_shown_at)
			SELECT id, 1, ? FROM tracks WHERE id = ?
			ON CONFLICT (track_id) DO UPDATE SET shown = shown + 1, last_shown_at = excluded.last_shown_at`, at.UnixMilli(), id)
		if err != nil {
			return fmt.Errorf("record shown: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record shown: %w", err)
	}
	return nil
}

// SetTasteEdit stores a hand edit of the taste profile, replacing an
// earlier edit of the same artist or genre.
func (s *Store) SetTasteEdit(ctx context.Context, e TasteEdit) error {
	if e.Kind != "artist" && e.Kind != "genre" {
		return fmt.Errorf("taste edit kind %q: want artist or genre", e.Kind)
	}
	if e.Affinity < -1 || e.Affinity > 1 {
		return fmt.Errorf("affinity %v: want a value from -1 to 1", e.Affinity)
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO taste_edits (kind, name, affinity, edited_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (kind, name) DO UPDATE SET affinity = excluded.affinity, edited_at = excluded.edited_at`,
		e.Kind, e.Name, e.Affinity, e.At.UnixMilli())
	if err != nil {
		return fmt.Errorf("save taste edit: %w", err)
	}
	return nil
}

// TasteEdits returns the hand edits of the taste profile, oldest first.
func (s *Store) TasteEdits(ctx context.Context) ([]TasteEdit, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT kind, name, affinity, edited_at FROM taste_edits ORDER BY edited_at, kind, name`)
	if err != nil {
		return nil, fmt.Errorf("read taste edits: %w", err)
	}
	defer rows.Close()
	var out []TasteEdit
	for rows.Next() {
		var e TasteEdit
		var at int64
		if err := rows.Scan(&e.Kind, &e.Name, &e.Affinity, &at); err != nil {
			return nil, fmt.Errorf("read taste edits: %w", err)
		}
		e.At = time.UnixMilli(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// ResetTaste starts the taste profile afresh: feedback before at is no
// longer learned from (it is kept for history) and hand edits are removed.
// Play counts and exposure are kept.
func (s *Store) ResetTaste(ctx context.Context, at time.Time) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("reset taste: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO taste_resets (at) VALUES (?)`, at.UnixMilli()); err != nil {
		return fmt.Errorf("reset taste: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM taste_edits`); err != nil {
		return fmt.Errorf("reset taste: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("reset taste: %w", err)
	}
	return nil
}

// Ratings returns the person's latest rating, 1 to 5 since the last taste
// reset, of each of ids that has one.
func (s *Store) Ratings(ctx context.Context, ids []TrackID) (map[TrackID]int, error) {
	out := map[TrackID]int{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.r.QueryContext(ctx, "SELECT tracks.id, "+ratingColumn+" FROM tracks WHERE tracks.id IN (?"+
		strings.Repeat(",?", len(ids)-1)+")", args...)
	if err != nil {
		return nil, fmt.Errorf("read ratings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id TrackID
		var rating sql.NullInt64
		if err := rows.Scan(&id, &rating); err != nil {
			return nil, fmt.Errorf("read ratings: %w", err)
		}
		if rating.Int64 > 0 {
			out[id] = int(rating.Int64)
		}
	}
	return out, rows.Err()
}
