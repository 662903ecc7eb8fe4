package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// knownFile is what the scanner needs to know of a stored file to tell
// whether it changed.
type knownFile struct {
	id      TrackID
	size    int64
	mtimeNS int64
}

// filesInDir returns the stored files directly inside dir, by path.
func (s *Store) filesInDir(ctx context.Context, dir string) (map[string]knownFile, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT id, path, size, mtime_ns FROM tracks WHERE dir = ?", dir)
	if err != nil {
		return nil, fmt.Errorf("read stored files of %s: %w", DisplayPath(dir), err)
	}
	defer rows.Close()
	known := map[string]knownFile{}
	for rows.Next() {
		var k knownFile
		var p string
		if err := rows.Scan(&k.id, &p, &k.size, &k.mtimeNS); err != nil {
			return nil, err
		}
		known[p] = k
	}
	return known, rows.Err()
}

func (s *Store) beginScan(ctx context.Context, roots []string) (int64, error) {
	res, err := s.w.ExecContext(ctx, "INSERT INTO scans (roots, started_at) VALUES (?, ?)",
		strings.Join(roots, "\n"), time.Now().UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("record scan: %w", err)
	}
	return res.LastInsertId()
}

func (s *Store) finishScan(ctx context.Context, id int64, r ScanResult, _ []string) error {
	_, err := s.w.ExecContext(ctx, `UPDATE scans SET finished_at = ?, interrupted = ?, added = ?, updated = ?,
		moved = ?, unchanged = ?, missing = ?, failed = ? WHERE id = ?`,
		time.Now().UnixMilli(), boolInt(r.Interrupted), r.Counts.Added, r.Counts.Updated, r.Counts.Moved,
		r.Counts.Unchanged, r.Counts.Missing, r.Counts.Failed, id)
	if err != nil {
		return fmt.Errorf("record scan: %w", err)
	}
	return nil
}

// markMissing marks every present track under the roots that this scan did
// not see, except under folders that could not be listed, and returns how
// many it marked.
func (s *Store) markMissing(ctx context.Context, scanID int64, roots, unreadable []string) (int, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("mark missing tracks: %w", err)
	}
	defer tx.Rollback()
	total := 0
	for _, root := range roots {
		q := "UPDATE tracks SET missing = 1, updated_at = ? WHERE missing = 0 AND last_seen_scan < ? AND " + underClause("path")
		args := []any{time.Now().UnixMilli(), scanID}
		args = append(args, underArgs(root)...)
		for _, u := range unreadable {
			q += " AND NOT " + underClause("path")
			args = append(args, underArgs(u)...)
		}
		res, err := tx.ExecContext(ctx, q, args...)
		if err != nil {
			return 0, fmt.Errorf("mark missing tracks: %w", err)
		}
		n, _ := res.RowsAffected()
		total += int(n)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("mark missing tracks: %w", err)
	}
	return total, nil
}

// underClause matches paths inside a folder with an index-friendly range:
// every path that starts with "dir/" sorts between "dir/" and "dir0",
// because '0' is the byte after '/'.
func underClause(col string) string { return "(" + col + " >= ? AND " + col + " < ?)" }

func underArgs(dir string) []any {
	d := strings.TrimSuffix(dir, "/")
	return []any{d + "/", d + "0"}
}

// resultKind says what a scan did with one file.
type resultKind int

const (
	resultFailed resultKind = iota
	resultAdded
	resultUpdated
	resultMoved
	resultUnchanged
)

// scanWriter applies scan results inside a transaction that the scanner
// commits in batches.
type scanWriter struct {
	store     *Store
	scanID    int64
	tx        *sql.Tx
	unchanged []TrackID
	// stmts holds statements prepared once per scan on the single writer
	// connection; parsing SQL per file cost as much as the write itself.
	stmts map[string]*sql.Stmt
}

// exec runs one of the prepared statements inside the current transaction.
func (w *scanWriter) exec(ctx context.Context, query string, args ...any) error {
	st, ok := w.stmts[query]
	if !ok {
		_, err := w.tx.ExecContext(ctx, query, args...)
		return err
	}
	_, err := w.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	return err
}

// newScanWriter prepares the writer's statements. They must be prepared
// before any transaction opens: the writer pool has one connection, and a
// transaction holds it.
func (s *Store) newScanWriter(ctx context.Context, scanID int64) (*scanWriter, error) {
	w := &scanWriter{store: s, scanID: scanID, stmts: map[string]*sql.Stmt{}}
	for _, q := range []string{insertTrackSQL, updateTrackSQL} {
		st, err := s.w.PrepareContext(ctx, q)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare scan writes: %w", err)
		}
		w.stmts[q] = st
	}
	return w, nil
}

func (w *scanWriter) begin(ctx context.Context) error {
	if w.tx != nil {
		return nil
	}
	tx, err := w.store.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin write: %w", err)
	}
	w.tx = tx
	return nil
}

// apply records one result and says what it was.
func (w *scanWriter) apply(ctx context.Context, r fileResult) (resultKind, error) {
	if r.unchanged {
		w.unchanged = append(w.unchanged, r.knownID)
		return resultUnchanged, nil
	}
	if r.err != nil {
		// A stored file that became unreadable keeps its row and counts as
		// seen while it still exists; a vanished one is left for the
		// missing sweep.
		if r.knownID != 0 && !errors.Is(r.err, fs.ErrNotExist) {
			w.unchanged = append(w.unchanged, r.knownID)
		}
		return resultFailed, nil
	}
	if err := w.begin(ctx); err != nil {
		return resultFailed, err
	}
	now := time.Now().UnixMilli()
	if r.knownID != 0 {
		if err := w.update(ctx, r.knownID, r, now); err != nil {
			return resultFailed, err
		}
		return resultUpdated, nil
	}
	if id, ok, err := w.sameFileAs(ctx, r); err != nil {
		return resultFailed, err
	} else if ok {
		// The same file (device and inode) reached by another route, such
		// as a symbolic link to a folder: it is the stored track, not a
		// new one.
		w.unchanged = append(w.unchanged, id)
		return resultUnchanged, nil
	}
	if id, ok, err := w.movedFrom(ctx, r); err != nil {
		return resultFailed, err
	} else if ok {
		if err := w.update(ctx, id, r, now); err != nil {
			return resultFailed, err
		}
		return resultMoved, nil
	}
	if err := w.insert(ctx, r, now); err != nil {
		return resultFailed, err
	}
	return resultAdded, nil
}

// sameFileAs finds a stored, present track whose file is this very file
// (same device and inode) under another path.
func (w *scanWriter) sameFileAs(ctx context.Context, r fileResult) (TrackID, bool, error) {
	here, err := os.Stat(r.entry.path)
	if err != nil {
		return 0, false, nil
	}
	rows, err := w.tx.QueryContext(ctx, "SELECT id, path FROM tracks WHERE fingerprint = ? AND path <> ? AND missing = 0 ORDER BY id",
		r.fingerprint, r.entry.path)
	if err != nil {
		return 0, false, fmt.Errorf("look for the same file: %w", err)
	}
	type cand struct {
		id   TrackID
		path string
	}
	var cands []cand
	for rows.Next() {
		var c cand
		if err := rows.Scan(&c.id, &c.path); err != nil {
			rows.Close()
			return 0, false, err
		}
		cands = append(cands, c)
	}
	rows.Close()
	for _, c := range cands {
		if there, err := os.Stat(c.path); err == nil && os.SameFile(here, there) {
			return c.id, true, nil
		}
	}
	return 0, false, nil
}

// movedFrom finds a stored track with the same content whose file is gone:
// the file at the new path is that track, moved or renamed.
func (w *scanWriter) movedFrom(ctx context.Context, r fileResult) (TrackID, bool, error) {
	rows, err := w.tx.QueryContext(ctx, "SELECT id, path, missing FROM tracks WHERE fingerprint = ? AND path <> ? ORDER BY missing DESC, id",
		r.fingerprint, r.entry.path)
	if err != nil {
		return 0, false, fmt.Errorf("look for moved file: %w", err)
	}
	type cand struct {
		id      TrackID
		path    string
		missing bool
	}
	var cands []cand
	for rows.Next() {
		var c cand
		var m int
		if err := rows.Scan(&c.id, &c.path, &m); err != nil {
			rows.Close()
			return 0, false, err
		}
		c.missing = m != 0
		cands = append(cands, c)
	}
	rows.Close()
	for _, c := range cands {
		if c.missing {
			return c.id, true, nil
		}
		if _, err := os.Lstat(c.path); errors.Is(err, fs.ErrNotExist) {
			return c.id, true, nil
		}
	}
	return 0, false, nil
}

func trackValues(r fileResult) []any {
	t := r.info.Tags
	return []any{
		r.entry.path, filepath.Dir(r.entry.path), r.entry.size, r.entry.mtimeNS, r.fingerprint,
		r.info.Format, r.info.Codec, r.info.Duration.Milliseconds(), r.info.Bitrate, r.info.SampleRate,
		r.info.Channels, t.Title, t.Artist, t.Album, t.AlbumArtist, strings.Join(t.Genres, genreSep),
		t.Year, t.TrackNumber, t.TrackTotal, t.DiscNumber, t.DiscTotal, t.Composer, t.Comment,
		strings.Join(t.Inferred, ","),
	}
}

const trackWriteColumns = `path, dir, size, mtime_ns, fingerprint, format, codec, duration_ms, bitrate,
	sample_rate, channels, title, artist, album, album_artist, genres, year, track_no, track_total,
	disc_no, disc_total, composer, comment, inferred`

const insertTrackSQL = `INSERT INTO tracks (` + trackWriteColumns + `, last_seen_scan, added_at, updated_at)
	VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`

const updateTrackSQL = `UPDATE tracks SET path = ?, dir = ?, size = ?, mtime_ns = ?, fingerprint = ?,
	format = ?, codec = ?, duration_ms = ?, bitrate = ?, sample_rate = ?, channels = ?, title = ?,
	artist = ?, album = ?, album_artist = ?, genres = ?, year = ?, track_no = ?, track_total = ?,
	disc_no = ?, disc_total = ?, composer = ?, comment = ?, inferred = ?, last_seen_scan = ?,
	missing = 0, updated_at = ? WHERE id = ?`

func (w *scanWriter) insert(ctx context.Context, r fileResult, now int64) error {
	args := append(trackValues(r), w.scanID, now, now)
	err := w.exec(ctx, insertTrackSQL, args...)
	if err != nil {
		return fmt.Errorf("store %s: %w", DisplayPath(r.entry.path), err)
	}
	return nil
}

func (w *scanWriter) update(ctx context.Context, id TrackID, r fileResult, now int64) error {
	args := append(trackValues(r), w.scanID, now, id)
	err := w.exec(ctx, updateTrackSQL, args...)
	if err != nil {
		return fmt.Errorf("store %s: %w", DisplayPath(r.entry.path), err)
	}
	return nil
}

// commit stamps the unchanged files as seen, records the scan's counts so
// far with them (so a scan that is killed leaves a true record), and
// commits the batch.
func (w *scanWriter) commit(ctx context.Context, counts ScanCounts) error {
	if len(w.unchanged) > 0 {
		if err := w.begin(ctx); err != nil {
			return err
		}
		for len(w.unchanged) > 0 {
			n := min(len(w.unchanged), 500)
			chunk := w.unchanged[:n]
			w.unchanged = w.unchanged[n:]
			args := make([]any, 0, n+1)
			args = append(args, w.scanID)
			for _, id := range chunk {
				args = append(args, id)
			}
			q := "UPDATE tracks SET last_seen_scan = ?, missing = 0 WHERE id IN (?" + strings.Repeat(",?", n-1) + ")"
			if _, err := w.tx.ExecContext(ctx, q, args...); err != nil {
				return fmt.Errorf("record unchanged files: %w", err)
			}
		}
	}
	if err := w.begin(ctx); err != nil {
		return err
	}
	if _, err := w.tx.ExecContext(ctx, `UPDATE scans SET added = ?, updated = ?, moved = ?, unchanged = ?, failed = ?
		WHERE id = ?`, counts.Added, counts.Updated, counts.Moved, counts.Unchanged, counts.Failed, w.scanID); err != nil {
		return fmt.Errorf("record scan progress: %w", err)
	}
	err := w.tx.Commit()
	w.tx = nil
	if err != nil {
		return fmt.Errorf("commit scan batch: %w", err)
	}
	return nil
}

// close abandons an uncommitted batch, if any, and frees the statements.
func (w *scanWriter) close() {
	if w.tx != nil {
		_ = w.tx.Rollback()
		w.tx = nil
	}
	for _, st := range w.stmts {
		st.Close()
	}
}
