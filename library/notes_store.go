package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"
)

// Note is a track's sleeve note: a few sentences of prose and word lists,
// written by a language model or, without one, from a template.
type Note struct {
	Text        string
	Moods       []string
	Genres      []string
	Instruments []string
	Contexts    []string
	// Model is the language model that wrote it; empty for a template.
	Model    string
	Template bool
	// PromptVersion and FeatureVersion are the versions of the prompt and
	// of the analysis the note was written from.
	PromptVersion  int
	FeatureVersion int
	// Key identifies the exact inputs; a different key for the same track
	// means the note is stale.
	Key string
	// Dropped lists claims a checker removed because they contradicted
	// the measured features.
	Dropped   []string
	CreatedAt time.Time
	// Review is what the person said of the note: ReviewNone,
	// ReviewApproved or ReviewEdited. A reviewed note is theirs: it is
	// never rewritten by sleeve notes, and it is an example for
	// sleeve models adapt.
	Review string
	// OriginalText is, for an edited note, the text that was written
	// before the person edited it.
	OriginalText string
	// ReviewedAt is when the note was approved or edited.
	ReviewedAt time.Time
}

// What the person said of a note.
const (
	ReviewNone     = ""
	ReviewApproved = "approved"
	ReviewEdited   = "edited"
)

// Reviewed reports whether the person approved or edited the note.
func (n Note) Reviewed() bool { return n.Review != ReviewNone }

// NoteEmbedding is a note's vector in a compact encoding that the store
// keeps as bytes.
type NoteEmbedding struct {
	Model   string
	Dims    int
	Vector  []byte
	TextKey string
}

// NoteRecord is one track's note and, optionally, its embedding.
type NoteRecord struct {
	TrackID   TrackID
	Note      Note
	Embedding *NoteEmbedding
}

// NoteState is what is stored about a track's note, to tell what is stale.
type NoteState struct {
	TrackID    TrackID
	HasNote    bool
	Key        string
	Template   bool
	EmbedModel string
	TextKey    string
	// Reviewed is true when the person approved or edited the note.
	Reviewed bool
}

func joinList(v []string) string { return strings.Join(v, genreSep) }

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, genreSep)
}

// SaveNotes stores notes and embeddings in one transaction. A record
// without an embedding leaves the stored embedding as it is.
func (s *Store) SaveNotes(ctx context.Context, recs []NoteRecord) error {
	if len(recs) == 0 {
		return nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save notes: %w", err)
	}
	defer tx.Rollback()
	for _, r := range recs {
		n := r.Note
		created := n.CreatedAt
		if created.IsZero() {
			created = time.Now()
		}
		var reviewed int64
		if n.Reviewed() && !n.ReviewedAt.IsZero() {
			reviewed = n.ReviewedAt.UnixMilli()
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO notes (track_id, text, moods, genres, instruments, contexts, model,
			template, prompt_version, feature_version, input_key, dropped, created_at, review, original_text, reviewed_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT(track_id) DO UPDATE SET text = excluded.text, moods = excluded.moods, genres = excluded.genres,
			instruments = excluded.instruments, contexts = excluded.contexts, model = excluded.model,
			template = excluded.template, prompt_version = excluded.prompt_version,
			feature_version = excluded.feature_version, input_key = excluded.input_key, dropped = excluded.dropped,
			created_at = excluded.created_at, review = excluded.review, original_text = excluded.original_text,
			reviewed_at = excluded.reviewed_at`,
			r.TrackID, n.Text, joinList(n.Moods), joinList(n.Genres), joinList(n.Instruments), joinList(n.Contexts),
			n.Model, boolInt(n.Template), n.PromptVersion, n.FeatureVersion, n.Key, joinList(n.Dropped), created.UnixMilli(),
			n.Review, n.OriginalText, reviewed)
		if err != nil {
			return fmt.Errorf("save note of track %d: %w", r.TrackID, err)
		}
		if e := r.Embedding; e != nil {
			_, err := tx.ExecContext(ctx, `INSERT INTO note_embeddings (track_id, model, dims, vector, text_key, created_at)
				VALUES (?,?,?,?,?,?) ON CONFLICT(track_id) DO UPDATE SET model = excluded.model, dims = excluded.dims,
				vector = excluded.vector, text_key = excluded.text_key, created_at = excluded.created_at`,
				r.TrackID, e.Model, e.Dims, e.Vector, e.TextKey, created.UnixMilli())
			if err != nil {
				return fmt.Errorf("save embedding of track %d: %w", r.TrackID, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save notes: %w", err)
	}
	return nil
}

// noteColumns are the columns of a note that scanNote reads, in order.
const noteColumns = `text, moods, genres, instruments, contexts, model, template, prompt_version,
	feature_version, input_key, dropped, created_at, review, original_text, reviewed_at`

// scanNote reads a note's noteColumns from row, after the values given in
// before (such as its track ID).
func scanNote(row interface{ Scan(...any) error }, before ...any) (Note, error) {
	var (
		n                                    Note
		moods, genres, instruments, contexts string
		dropped                              string
		template                             int
		created, reviewed                    int64
	)
	err := row.Scan(append(before, &n.Text, &moods, &genres, &instruments, &contexts, &n.Model, &template, &n.PromptVersion,
		&n.FeatureVersion, &n.Key, &dropped, &created, &n.Review, &n.OriginalText, &reviewed)...)
	if err != nil {
		return Note{}, err
	}
	n.Moods, n.Genres, n.Instruments, n.Contexts = splitList(moods), splitList(genres), splitList(instruments), splitList(contexts)
	n.Dropped = splitList(dropped)
	n.Template = template != 0
	n.CreatedAt = time.UnixMilli(created)
	if reviewed > 0 {
		n.ReviewedAt = time.UnixMilli(reviewed)
	}
	return n, nil
}

// Note returns a track's note. ErrNotFound means it has none yet.
func (s *Store) Note(ctx context.Context, id TrackID) (Note, error) {
	n, err := scanNote(s.r.QueryRowContext(ctx, `SELECT `+noteColumns+` FROM notes WHERE track_id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Note{}, fmt.Errorf("note of track %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Note{}, fmt.Errorf("read note: %w", err)
	}
	return n, nil
}

// notesPerQuery is how many track IDs one query of NotesOf binds, well
// within SQLite's limit on a statement's variables.
const notesPerQuery = 500

// NotesOf returns the notes of the given tracks, as Note returns each, in
// one query per notesPerQuery tracks; a track without a note is absent
// from the map.
func (s *Store) NotesOf(ctx context.Context, ids []TrackID) (map[TrackID]Note, error) {
	notes := make(map[TrackID]Note, len(ids))
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), notesPerQuery)]
		ids = ids[len(chunk):]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.r.QueryContext(ctx, `SELECT track_id, `+noteColumns+` FROM notes WHERE track_id IN (?`+
			strings.Repeat(",?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("read notes: %w", err)
		}
		for rows.Next() {
			var id TrackID
			n, err := scanNote(rows, &id)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("read notes: %w", err)
			}
			notes[id] = n
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("read notes: %w", err)
		}
	}
	return notes, nil
}

// NoteStates yields, for every present track, what is stored of its note
// and embedding.
func (s *Store) NoteStates(ctx context.Context) iter.Seq2[NoteState, error] {
	return func(yield func(NoteState, error) bool) {
		rows, err := s.r.QueryContext(ctx, `SELECT t.id, n.track_id IS NOT NULL, coalesce(n.input_key, ''),
			coalesce(n.template, 0), coalesce(e.model, ''), coalesce(e.text_key, ''), coalesce(n.review, '') != ''
			FROM tracks t LEFT JOIN notes n ON n.track_id = t.id LEFT JOIN note_embeddings e ON e.track_id = t.id
			WHERE t.missing = 0 ORDER BY t.id`)
		if err != nil {
			yield(NoteState{}, fmt.Errorf("read note states: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			var st NoteState
			var has, tmpl, reviewed int
			if err := rows.Scan(&st.TrackID, &has, &st.Key, &tmpl, &st.EmbedModel, &st.TextKey, &reviewed); err != nil {
				yield(NoteState{}, err)
				return
			}
			st.HasNote, st.Template, st.Reviewed = has != 0, tmpl != 0, reviewed != 0
			if !yield(st, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(NoteState{}, err)
		}
	}
}

// NoteCounts says how many present tracks have notes of each kind and
// embeddings.
type NoteCounts struct {
	Tracks, ModelNotes, TemplateNotes, Embedded int
	// Approved and Edited count the notes the person approved as they
	// are and those they edited.
	Approved, Edited int
	// Models counts model notes per model.
	Models map[string]int
}

// NoteCounts counts notes and embeddings of present tracks.
func (s *Store) NoteCounts(ctx context.Context) (NoteCounts, error) {
	c := NoteCounts{Models: map[string]int{}}
	err := s.r.QueryRowContext(ctx, `SELECT count(*),
		count(n.track_id) FILTER (WHERE n.template = 0), count(n.track_id) FILTER (WHERE n.template = 1),
		count(e.track_id), count(n.track_id) FILTER (WHERE n.review = 'approved'),
		count(n.track_id) FILTER (WHERE n.review = 'edited')
		FROM tracks t LEFT JOIN notes n ON n.track_id = t.id LEFT JOIN note_embeddings e ON e.track_id = t.id
		WHERE t.missing = 0`).Scan(&c.Tracks, &c.ModelNotes, &c.TemplateNotes, &c.Embedded, &c.Approved, &c.Edited)
	if err != nil {
		return c, fmt.Errorf("count notes: %w", err)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT n.model, count(*) FROM notes n JOIN tracks t ON t.id = n.track_id
		WHERE t.missing = 0 AND n.template = 0 GROUP BY n.model`)
	if err != nil {
		return c, fmt.Errorf("count notes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m string
		var n int
		if err := rows.Scan(&m, &n); err != nil {
			return c, err
		}
		c.Models[m] = n
	}
	return c, rows.Err()
}

// Embeddings yields the stored note embeddings made by model, for present
// tracks.
func (s *Store) Embeddings(ctx context.Context, model string) iter.Seq2[TrackID, []byte] {
	return func(yield func(TrackID, []byte) bool) {
		rows, err := s.r.QueryContext(ctx, `SELECT e.track_id, e.vector FROM note_embeddings e
			JOIN tracks t ON t.id = e.track_id WHERE t.missing = 0 AND e.model = ?`, model)
		if err != nil {
			return
		}
		defer rows.Close()
		for rows.Next() {
			var id TrackID
			var v []byte
			if rows.Scan(&id, &v) != nil || !yield(id, v) {
				return
			}
		}
	}
}

// Notes yields every present track's note in one query, for loading a
// catalogue.
func (s *Store) Notes(ctx context.Context) iter.Seq2[TrackID, Note] {
	return func(yield func(TrackID, Note) bool) {
		rows, err := s.r.QueryContext(ctx, `SELECT n.track_id, n.text, n.moods, n.genres, n.instruments, n.contexts,
			n.model, n.template FROM notes n JOIN tracks t ON t.id = n.track_id WHERE t.missing = 0`)
		if err != nil {
			return
		}
		defer rows.Close()
		for rows.Next() {
			var (
				id                                   TrackID
				n                                    Note
				moods, genres, instruments, contexts string
				template                             int
			)
			if rows.Scan(&id, &n.Text, &moods, &genres, &instruments, &contexts, &n.Model, &template) != nil {
				return
			}
			n.Moods, n.Genres, n.Instruments, n.Contexts = splitList(moods), splitList(genres), splitList(instruments), splitList(contexts)
			n.Template = template != 0
			if !yield(id, n) {
				return
			}
		}
	}
}
