package library

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// versionWatch keeps one read connection for LibraryVersion: SQLite's
// data_version counts commits by other connections as seen from one
// connection, so it must always be asked on the same one.
type versionWatch struct {
	mu        sync.Mutex
	conn      *sql.Conn
	dataVer   int64
	signature string
}

// LibraryVersion returns a value that changes when the library's tracks,
// features, notes or corrections change, in this process or another (a scan from the
// command line while the explorer is open). It is cheap to call often:
// while nothing at all was written (PRAGMA data_version unchanged) it
// reads nothing else; after a write it reads a few counts and maxima, so
// writes that leave the listing as it was (ratings, sessions) do not
// change it.
func (s *Store) LibraryVersion(ctx context.Context) (string, error) {
	v := &s.version
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.conn == nil {
		c, err := s.r.Conn(ctx)
		if err != nil {
			return "", fmt.Errorf("watch library: %w", err)
		}
		v.conn = c
	}
	var dv int64
	if err := v.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&dv); err != nil {
		return "", fmt.Errorf("watch library: %w", err)
	}
	if dv == v.dataVer && v.signature != "" {
		return v.signature, nil
	}
	var tracks, trackMax, feats, featMax, notes, missing, corr, corrMax int64
	err := v.conn.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM tracks), (SELECT coalesce(max(updated_at), 0) FROM tracks),
		(SELECT count(*) FROM tracks WHERE missing <> 0),
		(SELECT count(*) FROM features), (SELECT coalesce(max(analysed_at), 0) FROM features),
		(SELECT count(*) FROM notes),
		(SELECT count(*) FROM corrections), (SELECT coalesce(max(corrected_at), 0) FROM corrections)`).Scan(
		&tracks, &trackMax, &missing, &feats, &featMax, &notes, &corr, &corrMax)
	if err != nil {
		return "", fmt.Errorf("watch library: %w", err)
	}
	v.dataVer = dv
	v.signature = fmt.Sprintf("%d/%d/%d/%d/%d/%d/%d/%d", tracks, trackMax, missing, feats, featMax, notes, corr, corrMax)
	return v.signature, nil
}

// closeVersionWatch returns the watch's connection to the pool.
func (s *Store) closeVersionWatch() {
	s.version.mu.Lock()
	defer s.version.mu.Unlock()
	if s.version.conn != nil {
		s.version.conn.Close()
		s.version.conn = nil
	}
}
