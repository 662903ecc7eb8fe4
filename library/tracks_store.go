package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// genreSep separates genres in the tracks.genres column. The unit separator
// never appears in real tags, unlike ";" or "/", which do.
const genreSep = "\x1f"

// trackColumns lists the columns that scanTrack reads, in order.
const trackColumns = `id, path, size, mtime_ns, fingerprint, format, codec, duration_ms, bitrate,
	sample_rate, channels, title, artist, album, album_artist, genres, year, track_no, track_total,
	disc_no, disc_total, composer, comment, inferred, missing, added_at, updated_at`

// rowScanner is what *sql.Row and *sql.Rows have in common.
type rowScanner interface {
	Scan(dest ...any) error
}

// scanTrack maps one row of trackColumns to a Track.
func scanTrack(rs rowScanner) (Track, error) { return scanTrackWith(rs) }

// scanTrackWith maps one row of trackColumns, followed by columns scanned
// into extra, to a Track.
func scanTrackWith(rs rowScanner, extra ...any) (Track, error) {
	var (
		t                  Track
		mtimeNS, durMS     int64
		genres, inferred   string
		missing            int
		addedMS, updatedMS int64
	)
	dest := []any{&t.ID, &t.Path, &t.Size, &mtimeNS, &t.Fingerprint, &t.Format, &t.Codec, &durMS,
		&t.Bitrate, &t.SampleRate, &t.Channels, &t.Tags.Title, &t.Tags.Artist, &t.Tags.Album,
		&t.Tags.AlbumArtist, &genres, &t.Tags.Year, &t.Tags.TrackNumber, &t.Tags.TrackTotal,
		&t.Tags.DiscNumber, &t.Tags.DiscTotal, &t.Tags.Composer, &t.Tags.Comment, &inferred,
		&missing, &addedMS, &updatedMS}
	if err := rs.Scan(append(dest, extra...)...); err != nil {
		return Track{}, err
	}
	t.ModTime = time.Unix(0, mtimeNS)
	t.Duration = time.Duration(durMS) * time.Millisecond
	if genres != "" {
		t.Tags.Genres = strings.Split(genres, genreSep)
	}
	if inferred != "" {
		t.Tags.Inferred = strings.Split(inferred, ",")
	}
	t.Missing = missing != 0
	t.AddedAt = time.UnixMilli(addedMS)
	t.UpdatedAt = time.UnixMilli(updatedMS)
	return t, nil
}

// Track returns the track with the given ID.
func (s *Store) Track(ctx context.Context, id TrackID) (Track, error) {
	t, err := scanTrackFeatures(s.r.QueryRowContext(ctx, "SELECT "+listColumns+trackFrom+" WHERE tracks.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return Track{}, fmt.Errorf("track %d: %w", id, ErrNotFound)
	}
	return t, err
}

// TrackByPath returns the track stored under the given path, which is made
// absolute first.
func (s *Store) TrackByPath(ctx context.Context, path string) (Track, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Track{}, err
	}
	t, err := scanTrackFeatures(s.r.QueryRowContext(ctx, "SELECT "+listColumns+trackFrom+" WHERE tracks.path = ?", abs))
	if errors.Is(err, sql.ErrNoRows) {
		return Track{}, fmt.Errorf("no track at %s: %w", abs, ErrNotFound)
	}
	return t, err
}

// ResolveTrack finds a track from what a person typed: a numeric ID or a
// path to the file.
func (s *Store) ResolveTrack(ctx context.Context, ref string) (Track, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil && id > 0 {
		t, err := s.Track(ctx, TrackID(id))
		if err == nil || !errors.Is(err, ErrNotFound) {
			return t, err
		}
		// A file may be named with digits only; try it as a path too.
		if pt, perr := s.TrackByPath(ctx, ref); perr == nil {
			return pt, nil
		}
		return Track{}, err
	}
	return s.TrackByPath(ctx, ref)
}

// Tracks yields the tracks that match the filter, in the filter's order,
// with their features. It streams rows, so memory does not grow with the
// library.
func (s *Store) Tracks(ctx context.Context, f Filter) iter.Seq2[Track, error] {
	return func(yield func(Track, error) bool) {
		where, args := f.sql()
		q := "SELECT " + listColumns + trackFrom + where + " ORDER BY " + f.orderBy()
		if f.Limit > 0 {
			q += " LIMIT " + strconv.Itoa(f.Limit)
		}
		rows, err := s.r.QueryContext(ctx, q, args...)
		if err != nil {
			yield(Track{}, fmt.Errorf("list tracks: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			t, err := scanTrackFeatures(rows)
			if err != nil {
				yield(Track{}, fmt.Errorf("read track: %w", err))
				return
			}
			if !yield(t, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(Track{}, fmt.Errorf("list tracks: %w", err))
		}
	}
}

// Stats summarises the library.
type Stats struct {
	Tracks   int
	Missing  int
	Artists  int
	Albums   int
	Genres   int
	Duration time.Duration
	Size     int64
	// Formats counts present tracks per format.
	Formats map[string]int
	// TopGenres counts present tracks per genre (a track with two genres
	// counts for both), the most common first, genres that differ only
	// in case counted as one under their commonest spelling.
	TopGenres []NameCount
	// LastScan is the most recent scan, if there has been one.
	LastScan *ScanRecord
}

// NameCount is a name and how many tracks have it.
type NameCount struct {
	Name  string
	Count int
}

// DecadeCount is a decade (1990 for the 1990s, 0 for no year) and how
// many tracks are from it.
type DecadeCount struct {
	Decade int
	Count  int
}

// ScanRecord is what the store remembers of one scan.
type ScanRecord struct {
	ID          int64
	Roots       []string
	StartedAt   time.Time
	FinishedAt  time.Time
	Interrupted bool
	Counts      ScanCounts
}

// Stats counts what the library holds. Missing tracks are counted apart and
// left out of every other figure; tracks with no artist tag count as no
// artist.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Formats: map[string]int{}}
	var durMS sql.NullInt64
	var size sql.NullInt64
	err := s.r.QueryRowContext(ctx, `SELECT
		count(*) FILTER (WHERE missing = 0),
		count(*) FILTER (WHERE missing = 1),
		count(DISTINCT nullif(lower(CASE WHEN artist <> '' THEN artist ELSE album_artist END), '')) FILTER (WHERE missing = 0),
		count(DISTINCT lower(album_artist || '|' || album)) FILTER (WHERE missing = 0 AND album <> ''),
		sum(duration_ms) FILTER (WHERE missing = 0),
		sum(size) FILTER (WHERE missing = 0)
		FROM tracks`).Scan(&st.Tracks, &st.Missing, &st.Artists, &st.Albums, &durMS, &size)
	if err != nil {
		return Stats{}, fmt.Errorf("count tracks: %w", err)
	}
	st.Duration = time.Duration(durMS.Int64) * time.Millisecond
	st.Size = size.Int64

	rows, err := s.r.QueryContext(ctx, `SELECT format, count(*) FROM tracks WHERE missing = 0 GROUP BY format`)
	if err != nil {
		return Stats{}, fmt.Errorf("count formats: %w", err)
	}
	for rows.Next() {
		var f string
		var n int
		if err := rows.Scan(&f, &n); err != nil {
			rows.Close()
			return Stats{}, err
		}
		st.Formats[f] = n
	}
	rows.Close()

	if st.TopGenres, err = s.genreCounts(ctx); err != nil {
		return Stats{}, err
	}
	st.Genres = len(st.TopGenres)

	last, err := s.lastScan(ctx)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return Stats{}, err
	}
	if err == nil {
		st.LastScan = &last
	}
	return st, nil
}

// genreCounts counts present tracks per genre. Genres are stored joined,
// so each distinct combination is counted in SQL and split in Go.
func (s *Store) genreCounts(ctx context.Context) ([]NameCount, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT genres, count(*) FROM tracks WHERE missing = 0 AND genres <> '' GROUP BY genres`)
	if err != nil {
		return nil, fmt.Errorf("count genres: %w", err)
	}
	defer rows.Close()
	counts := map[string]int{}               // by folded name
	spellings := map[string]map[string]int{} // folded name → spelling → tracks
	for rows.Next() {
		var joined string
		var n int
		if err := rows.Scan(&joined, &n); err != nil {
			return nil, err
		}
		for _, g := range strings.Split(joined, genreSep) {
			if g = strings.TrimSpace(g); g == "" {
				continue
			}
			k := strings.ToLower(g)
			counts[k] += n
			if spellings[k] == nil {
				spellings[k] = map[string]int{}
			}
			spellings[k][g] += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count genres: %w", err)
	}
	out := make([]NameCount, 0, len(counts))
	for k, n := range counts {
		best, bestN := "", -1
		for sp, c := range spellings[k] {
			if c > bestN || (c == bestN && sp < best) {
				best, bestN = sp, c
			}
		}
		out = append(out, NameCount{Name: best, Count: n})
	}
	slices.SortFunc(out, func(a, b NameCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out, nil
}

// Decades counts present tracks per decade of their year tag, in order;
// Decade 0 holds the tracks without a year. It reads every track, so it
// is apart from Stats, which the explorer asks for on every change.
func (s *Store) Decades(ctx context.Context) ([]DecadeCount, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT CASE WHEN year > 0 THEN year / 10 * 10 ELSE 0 END AS decade, count(*)
		FROM tracks WHERE missing = 0 GROUP BY decade ORDER BY decade`)
	if err != nil {
		return nil, fmt.Errorf("count decades: %w", err)
	}
	defer rows.Close()
	var out []DecadeCount
	for rows.Next() {
		var d DecadeCount
		if err := rows.Scan(&d.Decade, &d.Count); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count decades: %w", err)
	}
	return out, nil
}

func (s *Store) lastScan(ctx context.Context) (ScanRecord, error) {
	var (
		r           ScanRecord
		roots       string
		started     int64
		finished    sql.NullInt64
		interrupted int
	)
	err := s.r.QueryRowContext(ctx, `SELECT id, roots, started_at, finished_at, interrupted,
		added, updated, moved, unchanged, missing, failed FROM scans ORDER BY id DESC LIMIT 1`).Scan(
		&r.ID, &roots, &started, &finished, &interrupted, &r.Counts.Added, &r.Counts.Updated,
		&r.Counts.Moved, &r.Counts.Unchanged, &r.Counts.Missing, &r.Counts.Failed)
	if errors.Is(err, sql.ErrNoRows) {
		return ScanRecord{}, ErrNotFound
	}
	if err != nil {
		return ScanRecord{}, fmt.Errorf("read last scan: %w", err)
	}
	r.Roots = strings.Split(roots, "\n")
	r.StartedAt = time.UnixMilli(started)
	if finished.Valid {
		r.FinishedAt = time.UnixMilli(finished.Int64)
	}
	// A scan with no finish time was killed before it could record one,
	// unless it is still running.
	r.Interrupted = interrupted != 0 || (!finished.Valid && !s.scanRunning())
	return r, nil
}

// Prune deletes the tracks marked missing, with everything attached to
// them, and returns them. With dryRun it only returns them. Listing and
// deleting happen in one transaction, so what is returned is exactly what
// went.
func (s *Store) Prune(ctx context.Context, dryRun bool) ([]Track, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("prune missing tracks: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, "SELECT "+trackColumns+" FROM tracks WHERE missing = 1 ORDER BY path")
	if err != nil {
		return nil, fmt.Errorf("prune missing tracks: %w", err)
	}
	var gone []Track
	for rows.Next() {
		t, err := scanTrack(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		gone = append(gone, t)
	}
	rows.Close()
	if dryRun || len(gone) == 0 {
		return gone, nil
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM tracks WHERE missing = 1"); err != nil {
		return nil, fmt.Errorf("prune missing tracks: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("prune missing tracks: %w", err)
	}
	return gone, nil
}

// AmbiguousError is returned by FindTrack when what a person typed names
// more than one track. Candidates holds the first of them.
type AmbiguousError struct {
	Ref        string
	Candidates []Track
	// More counts the matches left out of Candidates.
	More int
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q matches %d tracks", e.Ref, len(e.Candidates)+e.More)
}

// maxCandidates bounds AmbiguousError.Candidates.
const maxCandidates = 8

// FindTrack finds the one present track a person means: by ID or path
// (ResolveTrack), else by its title, "TITLE by ARTIST" or "ARTIST -
// TITLE", case and accents ignored; a title that names no track exactly
// is tried as part of a title. When several tracks match (copies of one
// song, or a common title) it returns an *AmbiguousError listing them, so
// the person can give an ID instead.
func (s *Store) FindTrack(ctx context.Context, ref string) (Track, error) {
	t, err := s.ResolveTrack(ctx, ref)
	if err == nil || !errors.Is(err, ErrNotFound) {
		return t, err
	}
	title, artist := ref, ""
	if ti, ar, ok := strings.Cut(ref, " by "); ok {
		title, artist = ti, ar
	} else if ar, ti, ok := strings.Cut(ref, " - "); ok {
		title, artist = ti, ar
	}
	title, artist = Fold(strings.TrimSpace(title)), Fold(strings.TrimSpace(artist))
	if title == "" {
		return Track{}, fmt.Errorf("no track %q: %w", ref, ErrNotFound)
	}
	var exact, partial []Track
	for t, err := range s.Tracks(ctx, Filter{}) {
		if err != nil {
			return Track{}, err
		}
		if artist != "" && !strings.Contains(Fold(t.Tags.DisplayArtist()), artist) {
			continue
		}
		switch ft := Fold(t.Tags.Title); {
		case ft == title:
			exact = append(exact, t)
		case strings.Contains(ft, title):
			partial = append(partial, t)
		}
	}
	found := exact
	if len(found) == 0 {
		found = partial
	}
	switch len(found) {
	case 0:
		return Track{}, fmt.Errorf("no track %q: %w", ref, ErrNotFound)
	case 1:
		return found[0], nil
	}
	amb := &AmbiguousError{Ref: ref, Candidates: found}
	if len(found) > maxCandidates {
		amb.Candidates, amb.More = found[:maxCandidates], len(found)-maxCandidates
	}
	return Track{}, amb
}

// copyDurationSlack is how far the lengths of two encodings of one song
// may differ, as the engine counts copies (engine's dupGroups).
const copyDurationSlack = 2 * time.Second

// Copies returns the other present copies of t: files with the same
// content (the same fingerprint), and other encodings of the same song
// (the same artist and title, case ignored, within two seconds of its
// length), as the recommender counts copies once. They come by path.
func (s *Store) Copies(ctx context.Context, t Track) ([]Track, error) {
	artist := t.Tags.DisplayArtist()
	slack := copyDurationSlack.Milliseconds()
	q := "SELECT " + listColumns + trackFrom + ` WHERE tracks.id <> ? AND missing = 0 AND ((? <> '' AND fingerprint = ?)
		OR (? <> '' AND title = ? COLLATE NOCASE AND (CASE WHEN artist <> '' THEN artist ELSE album_artist END) = ? COLLATE NOCASE
			AND duration_ms BETWEEN ? AND ?)) ORDER BY path`
	rows, err := s.r.QueryContext(ctx, q, t.ID, t.Fingerprint, t.Fingerprint, t.Tags.Title, t.Tags.Title, artist,
		t.Duration.Milliseconds()-slack, t.Duration.Milliseconds()+slack)
	if err != nil {
		return nil, fmt.Errorf("find copies of track %d: %w", t.ID, err)
	}
	defer rows.Close()
	var out []Track
	for rows.Next() {
		c, err := scanTrackFeatures(rows)
		if err != nil {
			return nil, fmt.Errorf("find copies of track %d: %w", t.ID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
