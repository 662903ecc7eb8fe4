package library

import (
	"context"
	"path/filepath"
	"testing"
)

// BenchmarkListTracks20k lists 20,000 tracks, as the explorer does when
// it loads the library, with ratings on one track in ten: the cost of the
// per-track rating lookup in listColumns.
func BenchmarkListTracks20k(b *testing.B) {
	ctx := context.Background()
	s := openTestStore(b)
	dir := b.TempDir()
	writeWAV(b, filepath.Join(dir, "a.wav"), 0.2, 440)
	scanOnce(b, s, dir)
	const n = 20000
	// Copy the scanned row n-1 times under new paths and fingerprints.
	if _, err := s.w.ExecContext(ctx, `
		WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM k WHERE i < ?)
		INSERT INTO tracks (path, dir, fingerprint, size, mtime_ns, format, added_at, updated_at)
		SELECT '/x/' || i || '.wav', '/x', 'fp' || i, size, mtime_ns, format, added_at, updated_at FROM k, tracks WHERE tracks.id = 1`, n-1); err != nil {
		b.Skipf("cannot copy rows with this schema: %v", err)
	}
	if _, err := s.w.ExecContext(ctx, `
		INSERT INTO feedback (track_id, kind, rating, at)
		SELECT id, 'rate', 1 + id % 5, id FROM tracks WHERE id % 10 = 0`); err != nil {
		b.Skipf("cannot add ratings with this schema: %v", err)
	}
	b.ResetTimer()
	for b.Loop() {
		got := 0
		for _, err := range s.Tracks(ctx, Filter{}) {
			if err != nil {
				b.Fatal(err)
			}
			got++
		}
		if got != n {
			b.Fatalf("listed %d tracks, want %d", got, n)
		}
	}
}
