package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"sleeve/config"
	"sleeve/engine"
)

// PlaylistOptions say where a playlist goes.
type PlaylistOptions struct {
	// File is the exact file to write. When it is empty the playlist goes
	// into Dir as sleeve-NAME-YYYYMMDD-HHMMSS.m3u, numbered -2, -3, … when
	// that name is taken, so that no file is ever replaced.
	File string
	// Overwrite lets a playlist written to File replace an existing file.
	Overwrite bool
	// Dir is the playlists folder, created if need be; empty means the
	// default, the playlists folder under Sleeve's data folder.
	Dir string
	// Name says what the list is in the file's name, such as "picks".
	Name string
	// Protected are files never written over, whatever the options: the
	// library database and the files beside it.
	Protected []string
	// Now is the time in the file's name; zero means the present.
	Now time.Time
}

// TrackReader reads one track; ErrNotFound when the library has none with
// that ID. A *Library and a store are one.
type TrackReader interface {
	Track(ctx context.Context, id TrackID) (Track, error)
}

// WritePlaylist writes the tracks, in order, as an extended M3U playlist,
// skipping any that have gone from the library since they were listed. It
// returns the file's full path and the number of tracks in it. This is
// the one way Sleeve writes playlists: `sleeve playlist export` and the
// explorer's export both call it.
func WritePlaylist(ctx context.Context, tracks TrackReader, ids []TrackID, opt PlaylistOptions) (string, int, error) {
	var items []engine.TrackInfo
	for _, id := range ids {
		t, err := tracks.Track(ctx, id)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return "", 0, err
		}
		items = append(items, engine.TrackInfo{ID: t.ID, Path: t.Path, Title: t.Tags.Title,
			Artist: t.Tags.DisplayArtist(), Album: t.Tags.Album, Duration: t.Duration})
	}
	export := engine.ExportOptions{Overwrite: opt.Overwrite, Protected: opt.Protected}
	if opt.File != "" {
		path, err := filepath.Abs(opt.File)
		if err != nil {
			return "", 0, err
		}
		if err := engine.ExportM3U(path, items, export); err != nil {
			return "", 0, err
		}
		return path, len(items), nil
	}
	dir := opt.Dir
	if dir == "" {
		dir = config.Defaults().PlaylistDir
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", 0, err
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	base := filepath.Join(dir, fmt.Sprintf("sleeve-%s-%s", opt.Name, now.Format("20060102-150405")))
	export.Overwrite = false
	for i := 1; i <= 100; i++ {
		path := base + ".m3u"
		if i > 1 {
			path = fmt.Sprintf("%s-%d.m3u", base, i)
		}
		err := engine.ExportM3U(path, items, export)
		if errors.Is(err, engine.ErrFileExists) {
			continue
		}
		if err != nil {
			return "", 0, err
		}
		return path, len(items), nil
	}
	return "", 0, fmt.Errorf("%s.m3u and 99 numbered names after it exist already", base)
}
