package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Overview is a stored overview of an artist, an album or a genre.
type Overview struct {
	// Kind is "artist", "album" or "genre"; Artist is the album artist
	// for an album and empty otherwise.
	Kind, Name, Artist string
	Text               string
	// Facts is the JSON of the measured summary it was written from.
	Facts string
	// Model wrote it; empty for a template.
	Model    string
	Template bool
	Version  int
	// Key identifies its inputs; another key for the same group means it
	// is stale.
	Key       string
	Dropped   []string
	CreatedAt time.Time
}

// SaveOverview stores an overview, replacing the group's previous one.
func (s *Store) SaveOverview(ctx context.Context, o Overview) error {
	if o.CreatedAt.IsZero() {
		o.CreatedAt = time.Now()
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO overviews (kind, name, artist, text, facts, model, template, version,
		input_key, dropped, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(kind, name, artist) DO UPDATE SET text = excluded.text, facts = excluded.facts, model = excluded.model,
		template = excluded.template, version = excluded.version, input_key = excluded.input_key,
		dropped = excluded.dropped, created_at = excluded.created_at`,
		o.Kind, o.Name, o.Artist, o.Text, o.Facts, o.Model, boolInt(o.Template), o.Version, o.Key, joinList(o.Dropped),
		o.CreatedAt.UnixMilli())
	if err != nil {
		return fmt.Errorf("save overview of %s %q: %w", o.Kind, o.Name, err)
	}
	return nil
}

// Overview returns a group's stored overview; ErrNotFound when there is
// none.
func (s *Store) Overview(ctx context.Context, kind, name, artist string) (Overview, error) {
	o := Overview{Kind: kind}
	var tmpl int
	var dropped string
	var created int64
	err := s.r.QueryRowContext(ctx, `SELECT name, artist, text, facts, model, template, version, input_key, dropped,
		created_at FROM overviews WHERE kind = ? AND name = ? AND artist = ?`, kind, name, artist).Scan(
		&o.Name, &o.Artist, &o.Text, &o.Facts, &o.Model, &tmpl, &o.Version, &o.Key, &dropped, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return Overview{}, fmt.Errorf("overview of %s %q: %w", kind, name, ErrNotFound)
	}
	if err != nil {
		return Overview{}, fmt.Errorf("read overview: %w", err)
	}
	o.Template, o.Dropped, o.CreatedAt = tmpl != 0, splitList(dropped), time.UnixMilli(created)
	return o, nil
}
