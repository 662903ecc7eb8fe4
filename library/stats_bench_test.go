package library

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkStats100k summarises a library of 100,000 tracks with 400
// genre combinations over 60 years, as `sleeve stats` and the explorer's
// reload do.
func BenchmarkStats100k(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "sleeve.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	tx, err := s.w.Begin()
	if err != nil {
		b.Fatal(err)
	}
	for i := range 100_000 {
		genres := fmt.Sprintf("Genre %d", i%400)
		if i%3 == 0 {
			genres += genreSep + fmt.Sprintf("genre %d", (i/3)%50)
		}
		if _, err := tx.Exec(`INSERT INTO tracks (path, dir, size, mtime_ns, fingerprint, format, title, artist, album, genres, year, added_at, updated_at)
			VALUES (?, '/m', 1, 1, 'fp', 'flac', ?, ?, ?, ?, ?, 1, 1)`, fmt.Sprintf("/m/%d.flac", i), fmt.Sprintf("T%d", i),
			fmt.Sprintf("Artist %d", i%5000), fmt.Sprintf("Album %d", i%9000), genres, 1960+i%60); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		st, err := s.Stats(ctx)
		if err != nil || st.Tracks != 100_000 {
			b.Fatalf("stats: %+v, %v", st, err)
		}
	}
}
