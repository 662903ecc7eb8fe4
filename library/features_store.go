package library

import (
	"context"
	"database/sql"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"time"

	"sleeve/library/analysis"
)

// trackFrom joins each track with its features, its last analysis failure
// and the person's corrections, so that a listing stays one streamed query.
const trackFrom = ` FROM tracks
	LEFT JOIN features f ON f.track_id = tracks.id
	LEFT JOIN analysis_errors e ON e.track_id = tracks.id
	LEFT JOIN corrections c ON c.track_id = tracks.id`

// featureColumns lists the joined columns that scanTrackFeatures reads
// after trackColumns, in order.
const featureColumns = `f.version, f.bpm, f.bpm_confidence, f.key_name, f.tonic, f.minor, f.key_confidence,
	f.loudness_lufs, f.loudness_range, f.dynamic_range, f.energy, f.brightness, f.centroid_hz, f.rolloff_hz,
	f.flatness, f.onset_rate, f.pulse_clarity, f.timbre, f.preview_start_ms, f.preview_len_ms,
	f.file_size, f.file_mtime_ns, f.analysed_at, f.not_music, f.instruments, f.repetition,
	e.version, e.not_analysable, e.reason, e.failed_at`

// ratingColumn is the person's latest rating of the track since the last
// taste reset (the ratings the taste counts), or NULL when there is none.
const ratingColumn = `(SELECT r.rating FROM feedback r WHERE r.track_id = tracks.id AND r.kind = 'rate'
	AND r.at >= (SELECT coalesce(max(at), 0) FROM taste_resets) ORDER BY r.at DESC, r.id DESC LIMIT 1)`

// ratedAtColumn is when the rating of ratingColumn was given (Unix
// milliseconds), or NULL.
const ratedAtColumn = `(SELECT r.at FROM feedback r WHERE r.track_id = tracks.id AND r.kind = 'rate'
	AND r.at >= (SELECT coalesce(max(at), 0) FROM taste_resets) ORDER BY r.at DESC, r.id DESC LIMIT 1)`

// listColumns is what the track queries select: the track, its features
// and failure (featureColumns), its rating with when it was given, and
// its correction.
const listColumns = trackColumns + ",\n\t" + featureColumns + ",\n\t" + ratingColumn + ",\n\t" + ratedAtColumn +
	",\n\t" + correctionColumns

// scanTrackFeatures maps one row of listColumns to a Track with its
// features and failure, if any, and applies the person's correction, so
// that the track carries the effective values (see Correction).
func scanTrackFeatures(rs rowScanner) (Track, error) {
	var (
		fVersion, fTonic, fMinor sql.NullInt64
		fPrevStart, fPrevLen     sql.NullInt64
		fSize, fMtime, fAt       sql.NullInt64
		fKey, fNotMusic, fInstr  sql.NullString
		fTimbre                  []byte
		fl                       [14]sql.NullFloat64
		eVersion, eNotAnal, eAt  sql.NullInt64
		eReason                  sql.NullString
		rating, ratedAt          sql.NullInt64
		corr                     correctionRow
	)
	dest := []any{&fVersion, &fl[0], &fl[1], &fKey, &fTonic, &fMinor, &fl[2],
		&fl[3], &fl[4], &fl[5], &fl[6], &fl[7], &fl[8], &fl[9],
		&fl[10], &fl[11], &fl[12], &fTimbre, &fPrevStart, &fPrevLen,
		&fSize, &fMtime, &fAt, &fNotMusic, &fInstr, &fl[13],
		&eVersion, &eNotAnal, &eReason, &eAt, &rating, &ratedAt}
	t, err := scanTrackWith(rs, append(dest, corr.dest()...)...)
	if err != nil {
		return Track{}, err
	}
	t.Rating = int(rating.Int64)
	if ratedAt.Valid {
		t.RatedAt = time.UnixMilli(ratedAt.Int64)
	}
	if fVersion.Valid {
		f := &Features{AnalysedAt: time.UnixMilli(fAt.Int64)}
		a := &f.Features
		a.Version = int(fVersion.Int64)
		a.BPM, a.BPMConfidence = fl[0].Float64, fl[1].Float64
		a.Key, a.Tonic, a.Minor, a.KeyConfidence = fKey.String, int(fTonic.Int64), fMinor.Int64 != 0, fl[2].Float64
		a.LoudnessLUFS, a.LoudnessRange, a.DynamicRange = fl[3].Float64, fl[4].Float64, fl[5].Float64
		a.Energy, a.Brightness, a.CentroidHz, a.RolloffHz = fl[6].Float64, fl[7].Float64, fl[8].Float64, fl[9].Float64
		a.Flatness, a.OnsetRate, a.PulseClarity = fl[10].Float64, fl[11].Float64, fl[12].Float64
		a.Timbre = decodeTimbre(fTimbre)
		a.PreviewStart = time.Duration(fPrevStart.Int64) * time.Millisecond
		a.PreviewLength = time.Duration(fPrevLen.Int64) * time.Millisecond
		a.NotMusic = fNotMusic.String
		a.Instruments = decodeInstruments(fInstr.String)
		a.Repetition = fl[13].Float64
		f.Outdated = a.Version < analysis.Version || fSize.Int64 != t.Size || fMtime.Int64 != t.ModTime.UnixNano()
		t.Features = f
	}
	if eVersion.Valid {
		t.AnalysisFailure = &AnalysisFailure{
			Version:       int(eVersion.Int64),
			NotAnalysable: eNotAnal.Int64 != 0,
			Reason:        eReason.String,
			At:            time.UnixMilli(eAt.Int64),
		}
	}
	if c := corr.correction(); c != nil {
		c.apply(&t)
		t.Correction = c
	}
	return t, nil
}

// AnalysisQuery selects tracks for analysis. Missing tracks are never
// selected.
type AnalysisQuery struct {
	// Version is the running analysis version; 0 means analysis.Version.
	// Features of an older version are stale.
	Version int
	// Force selects every matching track, analysed or not.
	Force bool
	// Filter narrows the selection; its Sort and Limit are ignored.
	Filter Filter
	// Roots, if any, keep only tracks inside these folders (absolute).
	Roots []string
}

func (q AnalysisQuery) version() int {
	if q.Version > 0 {
		return q.Version
	}
	return analysis.Version
}

// currentSQL holds for a track whose features are up to date: measured at
// this version or later, from the file as the scanner last saw it.
const currentSQL = `(f.track_id IS NOT NULL AND f.version >= ? AND f.file_size = tracks.size AND f.file_mtime_ns = tracks.mtime_ns)`

// knownBadSQL holds for a track whose last analysis failed at this version
// or later on the same file, so trying again would fail again.
const knownBadSQL = `(e.track_id IS NOT NULL AND e.version >= ? AND e.file_size = tracks.size AND e.file_mtime_ns = tracks.mtime_ns)`

// where builds the query's WHERE clause without the "needs analysis" part.
func (q AnalysisQuery) where() (string, []any) {
	f := q.Filter
	f.IncludeMissing = false
	where, args := f.sql()
	var roots []string
	for _, r := range q.Roots {
		roots = append(roots, underClause("tracks.path"))
		args = append(args, underArgs(r)...)
	}
	if len(roots) > 0 {
		where += " AND (" + strings.Join(roots, " OR ") + ")"
	}
	return where, args
}

// AnalysisBacklog counts, among the tracks q selects (ignoring Force), how
// many need analysis, how many are up to date, and how many failed before
// on a file that has not changed since and so will not be retried.
type AnalysisBacklog struct {
	Need, UpToDate, KnownBad int
}

// AnalysisBacklog counts what an analysis with q would do.
func (s *Store) AnalysisBacklog(ctx context.Context, q AnalysisQuery) (AnalysisBacklog, error) {
	where, args := q.where()
	v := q.version()
	var b AnalysisBacklog
	var cur, bad, all int
	err := s.r.QueryRowContext(ctx, `SELECT count(*),
		count(*) FILTER (WHERE `+currentSQL+`),
		count(*) FILTER (WHERE NOT `+currentSQL+` AND `+knownBadSQL+`)`+trackFrom+where,
		append([]any{v, v, v}, args...)...).Scan(&all, &cur, &bad)
	if err != nil {
		return b, fmt.Errorf("count tracks to analyse: %w", err)
	}
	if q.Force {
		return AnalysisBacklog{Need: all}, nil
	}
	return AnalysisBacklog{Need: all - cur - bad, UpToDate: cur, KnownBad: bad}, nil
}

// TracksToAnalyze yields the tracks q selects that need analysis: never
// analysed, analysed by an older version, or changed on disk since. Tracks
// whose last analysis failed on the same file at the same version are left
// out unless q.Force is set. It streams in pages by ID, holding no read
// transaction open between pages, so writes can go on beside it and an
// interrupted run resumes where the store says it should.
func (s *Store) TracksToAnalyze(ctx context.Context, q AnalysisQuery) iter.Seq2[Track, error] {
	return func(yield func(Track, error) bool) {
		where, args := q.where()
		v := q.version()
		cond := " AND NOT " + currentSQL + " AND NOT " + knownBadSQL
		condArgs := []any{v, v}
		if q.Force {
			cond, condArgs = "", nil
		}
		const page = 256
		var last TrackID
		for {
			qargs := append(append(append([]any{}, args...), condArgs...), last)
			rows, err := s.r.QueryContext(ctx, "SELECT "+listColumns+trackFrom+where+cond+
				" AND tracks.id > ? ORDER BY tracks.id LIMIT "+strconv.Itoa(page), qargs...)
			if err != nil {
				yield(Track{}, fmt.Errorf("list tracks to analyse: %w", err))
				return
			}
			var batch []Track
			for rows.Next() {
				t, err := scanTrackFeatures(rows)
				if err != nil {
					rows.Close()
					yield(Track{}, fmt.Errorf("read track: %w", err))
					return
				}
				batch = append(batch, t)
			}
			err = rows.Err()
			rows.Close()
			if err != nil {
				yield(Track{}, fmt.Errorf("list tracks to analyse: %w", err))
				return
			}
			for _, t := range batch {
				if !yield(t, nil) {
					return
				}
			}
			if len(batch) < page {
				return
			}
			last = batch[len(batch)-1].ID
		}
	}
}

// analysisWriter records analysis results in batched transactions from one
// goroutine, like scanWriter.
type analysisWriter struct {
	store *Store
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

const saveFeaturesSQL = `INSERT INTO features (track_id, version, bpm, bpm_confidence, key_name, tonic, minor,
	key_confidence, loudness_lufs, loudness_range, dynamic_range, energy, brightness, centroid_hz, rolloff_hz,
	flatness, onset_rate, pulse_clarity, timbre, preview_start_ms, preview_len_ms, file_size, file_mtime_ns,
	analysed_at, not_music, instruments, repetition)
	SELECT ?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,? WHERE EXISTS (SELECT 1 FROM tracks WHERE id = ?)
	ON CONFLICT (track_id) DO UPDATE SET version = excluded.version, bpm = excluded.bpm,
	bpm_confidence = excluded.bpm_confidence, key_name = excluded.key_name, tonic = excluded.tonic,
	minor = excluded.minor, key_confidence = excluded.key_confidence, loudness_lufs = excluded.loudness_lufs,
	loudness_range = excluded.loudness_range, dynamic_range = excluded.dynamic_range, energy = excluded.energy,
	brightness = excluded.brightness, centroid_hz = excluded.centroid_hz, rolloff_hz = excluded.rolloff_hz,
	flatness = excluded.flatness, onset_rate = excluded.onset_rate, pulse_clarity = excluded.pulse_clarity,
	timbre = excluded.timbre, preview_start_ms = excluded.preview_start_ms,
	preview_len_ms = excluded.preview_len_ms, file_size = excluded.file_size,
	file_mtime_ns = excluded.file_mtime_ns, analysed_at = excluded.analysed_at, not_music = excluded.not_music,
	instruments = excluded.instruments, repetition = excluded.repetition`

const clearFailureSQL = `DELETE FROM analysis_errors WHERE track_id = ?`

const recordFailureSQL = `INSERT INTO analysis_errors (track_id, version, not_analysable, reason, file_size,
	file_mtime_ns, failed_at)
	SELECT ?,?,?,?,?,?,? WHERE EXISTS (SELECT 1 FROM tracks WHERE id = ?)
	ON CONFLICT (track_id) DO UPDATE SET version = excluded.version, not_analysable = excluded.not_analysable,
	reason = excluded.reason, file_size = excluded.file_size, file_mtime_ns = excluded.file_mtime_ns,
	failed_at = excluded.failed_at`

// newAnalysisWriter prepares the writer's statements before any
// transaction takes the single writer connection.
func (s *Store) newAnalysisWriter(ctx context.Context) (*analysisWriter, error) {
	w := &analysisWriter{store: s, stmts: map[string]*sql.Stmt{}}
	for _, q := range []string{saveFeaturesSQL, clearFailureSQL, recordFailureSQL} {
		st, err := s.w.PrepareContext(ctx, q)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare analysis writes: %w", err)
		}
		w.stmts[q] = st
	}
	return w, nil
}

func (w *analysisWriter) exec(ctx context.Context, query string, args ...any) error {
	if w.tx == nil {
		tx, err := w.store.w.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("begin write: %w", err)
		}
		w.tx = tx
	}
	_, err := w.tx.StmtContext(ctx, w.stmts[query]).ExecContext(ctx, args...)
	return err
}

// saveFeatures stores the features of t, measured from the file as t
// describes it, and forgets any earlier failure.
func (w *analysisWriter) saveFeatures(ctx context.Context, t Track, f analysis.Features, at time.Time) error {
	err := w.exec(ctx, saveFeaturesSQL, t.ID, f.Version, f.BPM, f.BPMConfidence, f.Key, f.Tonic, boolInt(f.Minor),
		f.KeyConfidence, f.LoudnessLUFS, f.LoudnessRange, f.DynamicRange, f.Energy, f.Brightness, f.CentroidHz,
		f.RolloffHz, f.Flatness, f.OnsetRate, f.PulseClarity, encodeTimbre(f.Timbre),
		f.PreviewStart.Milliseconds(), f.PreviewLength.Milliseconds(), t.Size, t.ModTime.UnixNano(),
		at.UnixMilli(), f.NotMusic, encodeInstruments(f.Instruments), f.Repetition, t.ID)
	if err == nil {
		err = w.exec(ctx, clearFailureSQL, t.ID)
	}
	if err != nil {
		return fmt.Errorf("store features of %s: %w", DisplayPath(t.Path), err)
	}
	return nil
}

// recordFailure remembers that analysing t's file failed at version.
func (w *analysisWriter) recordFailure(ctx context.Context, t Track, version int, notAnalysable bool, reason string, at time.Time) error {
	err := w.exec(ctx, recordFailureSQL, t.ID, version, boolInt(notAnalysable), reason, t.Size,
		t.ModTime.UnixNano(), at.UnixMilli(), t.ID)
	if err != nil {
		return fmt.Errorf("record analysis failure of %s: %w", DisplayPath(t.Path), err)
	}
	return nil
}

// commit commits the current batch, if any.
func (w *analysisWriter) commit() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx = nil
	if err != nil {
		return fmt.Errorf("commit analysis batch: %w", err)
	}
	return nil
}

// close abandons an uncommitted batch and frees the statements.
func (w *analysisWriter) close() {
	if w.tx != nil {
		_ = w.tx.Rollback()
		w.tx = nil
	}
	for _, st := range w.stmts {
		st.Close()
	}
}
