package app

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/library"
	"sleeve/library/synth"
	"sleeve/models"
)

// BenchmarkStoredOverview5k checks the stored template overview of a
// genre of 5,000 tracks, each with a note, as the explorer's detail pane
// does when it shows the genre: the cost of reading the group's tracks
// and their notes, and of writing the overview again from them; and of
// the reading alone (readGroup).
func BenchmarkStoredOverview5k(b *testing.B) {
	const n = 5000
	ctx := context.Background()
	dir := b.TempDir()
	demo := synth.DemoTracks()[16] // Cobblestone Waltz, Marisol Quartet's jazz
	demo.Spec.Seconds = 8
	if _, err := synth.WriteDemoTracks(ctx, dir, []synth.DemoTrack{demo}, nil); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "db.sqlite")
	s, err := library.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := library.NewScanner(s, library.TaglibReader{}, library.ScanOptions{}).Scan(ctx, []string{dir}); err != nil {
		b.Fatal(err)
	}
	if _, err := library.NewAnalyzer(s, library.AnalyzeOptions{}).Run(ctx); err != nil {
		b.Fatal(err)
	}
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		b.Fatal(err)
	}
	cloneTrack(b, path, n-1)
	grp := Group{Kind: models.OverviewGenre, Name: "Jazz"}
	o, err := OverviewOf(ctx, s, nil, grp)
	if err != nil || !o.Template || !strings.Contains(o.Text, fmt.Sprint(n)) {
		b.Fatalf("the genre's overview: %+v %v", o, err)
	}
	b.Run("StoredOverview", func(b *testing.B) {
		for b.Loop() {
			if _, err := StoredOverview(ctx, s, grp); err != nil {
				b.Fatal(err)
			}
		}
	})
	// The group's tracks and their notes alone.
	b.Run("readGroup", func(b *testing.B) {
		for b.Loop() {
			g, err := readGroup(ctx, s, grp)
			if err != nil || len(g.tracks) != n || len(g.notes) != n {
				b.Fatalf("read %d tracks and %d notes, want %d: %v", len(g.tracks), len(g.notes), n, err)
			}
		}
	})
}

// cloneTrack copies the first track of the library at path, with its
// features and note, n times under new paths, in SQL: scanning and
// analysing thousands of files would take minutes.
func cloneTrack(b *testing.B, path string, n int) {
	b.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	columns := func(table string) []string {
		rows, err := db.Query("SELECT name FROM pragma_table_info(?)", table)
		if err != nil {
			b.Fatal(err)
		}
		defer rows.Close()
		var cs []string
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				b.Fatal(err)
			}
			cs = append(cs, c)
		}
		return cs
	}
	// The track row, under new paths and fingerprints.
	var cols, from []string
	for _, c := range columns("tracks") {
		switch c {
		case "id":
		case "path":
			cols, from = append(cols, c), append(from, "t.path || '.' || k.i")
		case "fingerprint":
			cols, from = append(cols, c), append(from, "t.fingerprint || k.i")
		default:
			cols, from = append(cols, c), append(from, "t."+c)
		}
	}
	q := fmt.Sprintf(`WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM k WHERE i < ?)
		INSERT INTO tracks (%s) SELECT %s FROM k, tracks t WHERE t.id = 1`, strings.Join(cols, ", "), strings.Join(from, ", "))
	if _, err := db.Exec(q, n); err != nil {
		b.Fatal(err)
	}
	// Its features and note, for every new track.
	for _, table := range []string{"features", "notes"} {
		var from []string
		cs := columns(table)
		for _, c := range cs {
			if c == "track_id" {
				from = append(from, "t.id")
			} else {
				from = append(from, "x."+c)
			}
		}
		q := fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s FROM tracks t, %s x WHERE x.track_id = 1 AND t.id > 1`,
			table, strings.Join(cs, ", "), strings.Join(from, ", "), table)
		if _, err := db.Exec(q); err != nil {
			b.Fatal(err)
		}
	}
}
