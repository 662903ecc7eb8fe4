package cmd

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"sleeve/library"

	_ "modernc.org/sqlite"
)

func bumpVersion(t *testing.T, path string, v int) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		t.Fatal(err)
	}
}

// makeLibrary creates an empty Sleeve library at path.
func makeLibrary(t *testing.T, path string) {
	t.Helper()
	s, err := library.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}
