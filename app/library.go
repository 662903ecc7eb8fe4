package app

import (
	"context"
	"iter"
	"path/filepath"

	"github.com/adrg/xdg"

	"sleeve/library"
	"sleeve/library/synth"
	"sleeve/models"
)

// Library is the explorer's view of the library: the tracks, their notes
// and the summary to show, and the use cases that change it (ingest, the
// demo library, playlists). The screen reaches the store only through it.
type Library struct{ store *library.Store }

// NewLibrary wraps an open store; closing the store stays with its owner.
func NewLibrary(store *library.Store) *Library { return &Library{store: store} }

// OpenLibrary opens the library at path, creating it if there is none;
// Close closes it.
func OpenLibrary(ctx context.Context, path string) (*Library, error) {
	s, err := library.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	return &Library{store: s}, nil
}

// Close closes the store.
func (l *Library) Close() error { return l.store.Close() }

// Tracks streams the tracks that f selects, in its order.
func (l *Library) Tracks(ctx context.Context, f Filter) iter.Seq2[Track, error] {
	return l.store.Tracks(ctx, f)
}

// Track reads one track with its features and rating; ErrNotFound when the
// library has none with that ID.
func (l *Library) Track(ctx context.Context, id TrackID) (Track, error) {
	return l.store.Track(ctx, id)
}

// Note is a track's sleeve note with the moods, genres, instruments and
// contexts drawn from it.
type Note = library.Note

// Note reads a track's sleeve note; ErrNotFound when it has none yet.
func (l *Library) Note(ctx context.Context, id TrackID) (Note, error) { return l.store.Note(ctx, id) }

// Overview is an artist's, album's or genre's overview.
type Overview = library.Overview

// Overview reads the stored overview of an artist, an album (with its
// artist) or a genre, writing one from a template when none is stored.
func (l *Library) Overview(ctx context.Context, kind, name, artist string) (Overview, error) {
	// The explorer names the album's artist as it lists it, which may be
	// no name at all.
	return StoredOverview(ctx, l.store, Group{Kind: kind, Name: name, Artist: artist, ArtistGiven: kind == models.OverviewAlbum})
}

// ApproveNote marks a track's note as the person's, as it is.
func (l *Library) ApproveNote(ctx context.Context, id TrackID) (Note, error) {
	return ApproveNote(ctx, l.store, id)
}

// EditNote replaces a track's note with the text an editor returned, as
// EditNote does.
func (l *Library) EditNote(ctx context.Context, id TrackID, text string) (Note, error) {
	return EditNote(ctx, l.store, id, text)
}

// Correct applies the person's correction to a track, as Correct does,
// and returns the track as it now reads.
func (l *Library) Correct(ctx context.Context, id TrackID, e CorrectionEdit) (Track, error) {
	c, err := Correct(ctx, l.store, id, e)
	return c.Track, err
}

// Copies finds the other copies of a track: the same content, or the same
// song in another encoding.
func (l *Library) Copies(ctx context.Context, t Track) ([]Track, error) {
	return l.store.Copies(ctx, t)
}

// Stats summarises the library.
func (l *Library) Stats(ctx context.Context) (Stats, error) { return l.store.Stats(ctx) }

// LibraryVersion changes whenever the library's tracks change, in this
// process or another, so that a screen knows to reload.
func (l *Library) LibraryVersion(ctx context.Context) (string, error) {
	return l.store.LibraryVersion(ctx)
}

// Ingest scans the folders and analyses what needs it, as Ingest does,
// reporting each step's progress to scanned and analysed (either may be
// nil).
func (l *Library) Ingest(ctx context.Context, roots []string, scanned func(ScanProgress), analysed func(AnalyzeProgress)) (IngestResult, error) {
	return Ingest(ctx, l.store, roots, library.IngestOptions{
		Scan:    library.ScanOptions{OnProgress: scanned},
		Analyze: library.AnalyzeOptions{OnProgress: analysed},
	})
}

// WritePlaylist writes the tracks as an M3U playlist, as the function
// WritePlaylist does, never over the library's own files.
func (l *Library) WritePlaylist(ctx context.Context, ids []TrackID, opt PlaylistOptions) (string, int, error) {
	opt.Protected = append(opt.Protected, l.store.Files()...)
	return WritePlaylist(ctx, l.store, ids, opt)
}

// DefaultDemoDir is where the demo library goes when no folder is given:
// the demo folder under Sleeve's data folder.
func DefaultDemoDir() string { return filepath.Join(xdg.DataHome, "sleeve", "demo") }

// WriteDemo writes the synthesised demo library into dir, reporting
// progress (may be nil); scanning it is Ingest's work.
func WriteDemo(ctx context.Context, dir string, progress func(done, total int)) error {
	_, err := synth.WriteDemo(ctx, dir, progress)
	return err
}
