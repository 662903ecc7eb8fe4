package app

import (
	"context"

	"sleeve/library"
)

// Ingest scans the folders with TagLib and then analyses the tracks that
// need it, reporting progress through opts: the one way tracks enter the
// library, for `sleeve scan`, `sleeve demo` and the explorer's scan alike.
func Ingest(ctx context.Context, store *library.Store, roots []string, opts library.IngestOptions) (library.IngestResult, error) {
	return library.Ingest(ctx, store, library.TaglibReader{}, roots, opts)
}
