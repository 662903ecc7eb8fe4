package library

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"

	_ "modernc.org/sqlite" // The pure-Go SQLite driver, registered as "sqlite".
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// ErrSchemaTooNew is returned by Open when the database was written by a
// newer Sleeve than this one. The file is left untouched.
var ErrSchemaTooNew = errors.New("database was created by a newer version of sleeve")

// ErrNoLibrary is returned by OpenExisting when there is no library at the
// path: no file, or an empty one. Nothing is created.
var ErrNoLibrary = errors.New("no library")

// ErrNotLibrary is returned by Open when the file is not a Sleeve library:
// another application's SQLite database, or not SQLite at all. The file is
// left untouched.
var ErrNotLibrary = errors.New("not a sleeve library")

// Store keeps the library in one SQLite file. It has a single writer
// connection, so writes never contend with each other, and a pool of
// read-only connections that run beside it thanks to WAL.
type Store struct {
	path string
	w    *sql.DB
	r    *sql.DB
	// version watches for changes made by other connections.
	version versionWatch
}

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// Open opens the database at path, creating it and its folder if needed,
// and brings its schema up to date inside one transaction. Only an empty
// file or a Sleeve library is opened: any other file is left untouched
// and the error wraps ErrNotLibrary.
func Open(ctx context.Context, path string) (*Store, error) {
	return open(ctx, path, true)
}

// OpenExisting opens the library at path like Open, but creates nothing:
// when there is no file, or only an empty one, it returns an error that
// wraps ErrNoLibrary. Commands that only read use it, so a mistyped path
// never leaves an empty library behind.
func OpenExisting(ctx context.Context, path string) (*Store, error) {
	return open(ctx, path, false)
}

func open(ctx context.Context, path string, create bool) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("database path %q: %w", path, err)
	}
	if fi, err := os.Stat(abs); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, fmt.Errorf("%s is not a regular file, so it cannot be a library: %w", abs, ErrNotLibrary)
		}
		if fi.Size() == 0 && !create {
			return nil, fmt.Errorf("%s is empty: %w", abs, ErrNoLibrary)
		}
	} else if errors.Is(err, fs.ErrNotExist) {
		if !create {
			return nil, fmt.Errorf("%s: %w", abs, ErrNoLibrary)
		}
	} else {
		return nil, fmt.Errorf("database %s: %w", abs, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, fmt.Errorf("create database folder: %w", err)
	}
	migs, err := loadMigrations()
	if err != nil {
		return nil, err
	}
	// Look at the version before anything else touches the file, so that a
	// database from a newer Sleeve is not even switched to WAL.
	if v, err := peekVersion(ctx, abs, migs[len(migs)-1].version); err != nil {
		return nil, err
	} else if latest := migs[len(migs)-1].version; v > latest {
		return nil, fmt.Errorf("%s: schema version %d, this sleeve knows up to %d: %w", abs, v, latest, ErrSchemaTooNew)
	}

	base := "file:" + (&url.URL{Path: abs}).EscapedPath() +
		"?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)"
	w, err := sql.Open("sqlite", base+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, describeOpenError(abs, err)
	}
	r, err := sql.Open("sqlite", base+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	r.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	s := &Store{path: abs, w: w, r: r}
	if err := s.migrate(ctx, migs); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// describeOpenError turns the driver's errors for common cases into
// sentences a person can act on.
func describeOpenError(path string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "file is not a database"):
		return fmt.Errorf("%s is not a sleeve database (or it is damaged): %w", path, err)
	case strings.Contains(msg, "unable to open"), strings.Contains(msg, "readonly"):
		return fmt.Errorf("cannot open %s for writing: %w", path, err)
	}
	return fmt.Errorf("open %s: %w", path, err)
}

// sqliteHeader starts every SQLite database file.
const sqliteHeader = "SQLite format 3\x00"

// peekVersion reads the schema version of an existing database without
// changing it. A database that does not exist yet, or an empty file, has
// version 0. A file that is not SQLite, or is another application's
// database (version 0 with tables, or a version but no tracks table), is
// refused with ErrNotLibrary before anything writes to it.
func peekVersion(ctx context.Context, path string, latest int) (int, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, describeOpenError(path, err)
	}
	head := make([]byte, len(sqliteHeader))
	n, _ := io.ReadFull(f, head)
	f.Close()
	if n == 0 {
		return 0, nil
	}
	if string(head[:n]) != sqliteHeader {
		return 0, fmt.Errorf("%s is not a sleeve database (not SQLite at all), so it was left untouched; give --db a new file or a Sleeve library: %w", path, ErrNotLibrary)
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return 0, fmt.Errorf("open database: %w", err)
	}
	defer db.Close()
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, describeOpenError(path, err)
	}
	rows, err := db.QueryContext(ctx, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
	if err != nil {
		return 0, describeOpenError(path, err)
	}
	defer rows.Close()
	var tables []string
	hasTracks := false
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return 0, describeOpenError(path, err)
		}
		hasTracks = hasTracks || name == "tracks"
		tables = append(tables, name)
	}
	if err := rows.Err(); err != nil {
		return 0, describeOpenError(path, err)
	}
	if (v == 0 && len(tables) > 0) || (v > 0 && v <= latest && !hasTracks) {
		shown := tables
		if len(shown) > 5 {
			shown = append(shown[:5:5], "…")
		}
		return 0, fmt.Errorf("%s is not a sleeve database but another application's (tables: %s), so it was left untouched; give --db a new file or a Sleeve library: %w",
			path, strings.Join(shown, ", "), ErrNotLibrary)
	}
	return v, nil
}

func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, fmt.Errorf("read embedded migrations: %w", err)
	}
	var migs []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and an underscore", e.Name())
		}
		body, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		migs = append(migs, migration{version: v, name: e.Name(), sql: string(body)})
	}
	sort.Slice(migs, func(i, j int) bool { return migs[i].version < migs[j].version })
	for i, m := range migs {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected version %d", m.name, i+1)
		}
	}
	return migs, nil
}

// migrate applies every migration newer than the database's version. All of
// them run in one transaction together with the version bump, so a crash
// half-way leaves the old schema intact.
func (s *Store) migrate(ctx context.Context, migs []migration) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin migration: %w", err)
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	latest := migs[len(migs)-1].version
	if v > latest {
		return fmt.Errorf("%s: schema version %d, this sleeve knows up to %d: %w", s.path, v, latest, ErrSchemaTooNew)
	}
	if v == latest {
		return nil
	}
	for _, m := range migs[v:] {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	// PRAGMA takes no bound parameters; latest is an int we computed.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", latest)); err != nil {
		return fmt.Errorf("set schema version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit migration: %w", err)
	}
	return nil
}

// SchemaVersion returns the version of the database's schema.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// Close closes both connection pools. The WAL is checkpointed by SQLite when
// the last connection closes.
func (s *Store) Close() error {
	s.closeVersionWatch()
	return errors.Join(s.r.Close(), s.w.Close())
}

// Files returns the database file and the files SQLite keeps beside it
// (-wal, -shm, -journal) and the scan lock, which nothing else may write
// over.
func (s *Store) Files() []string {
	return []string{s.path, s.path + "-wal", s.path + "-shm", s.path + "-journal", s.scanLockPath()}
}
