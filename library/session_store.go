package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// SessionInfo describes a stored conversation session.
type SessionInfo struct {
	ID      string
	Created time.Time
	Updated time.Time
}

// SaveSession stores a session's data (the engine's JSON), replacing an
// earlier version with the same ID.
func (s *Store) SaveSession(ctx context.Context, info SessionInfo, data []byte) error {
	if info.ID == "" {
		return errors.New("save session: empty session ID")
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO sessions (id, created_at, updated_at, data) VALUES (?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, data = excluded.data`,
		info.ID, info.Created.UnixMilli(), info.Updated.UnixMilli(), string(data))
	if err != nil {
		return fmt.Errorf("save session %s: %w", info.ID, err)
	}
	return nil
}

// Session returns a stored session's data, or ErrNotFound.
func (s *Store) Session(ctx context.Context, id string) ([]byte, error) {
	var data string
	err := s.r.QueryRowContext(ctx, `SELECT data FROM sessions WHERE id = ?`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("session %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read session %s: %w", id, err)
	}
	return []byte(data), nil
}

// Sessions lists stored sessions, most recently updated first, at most
// limit of them (all when limit <= 0).
func (s *Store) Sessions(ctx context.Context, limit int) ([]SessionInfo, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, created_at, updated_at FROM sessions ORDER BY updated_at DESC, id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	defer rows.Close()
	var out []SessionInfo
	for rows.Next() {
		var si SessionInfo
		var c, u int64
		if err := rows.Scan(&si.ID, &c, &u); err != nil {
			return nil, fmt.Errorf("list sessions: %w", err)
		}
		si.Created, si.Updated = time.UnixMilli(c), time.UnixMilli(u)
		out = append(out, si)
	}
	return out, rows.Err()
}

// DeleteSession removes a stored session; removing one that does not
// exist is not an error.
func (s *Store) DeleteSession(ctx context.Context, id string) error {
	if _, err := s.w.ExecContext(ctx, `DELETE FROM sessions WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete session %s: %w", id, err)
	}
	return nil
}
