package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"sleeve/library/decode"
)

// fileEntry is an audio file found by the walk.
type fileEntry struct {
	path    string
	size    int64
	mtimeNS int64
}

// dirBatch is one folder's audio files.
type dirBatch struct {
	dir   string
	files []fileEntry
}

// walkProblem is a folder or file the walk could not use.
type walkProblem struct {
	path   string
	reason string
	// unreadableDir is set when a whole folder could not be listed, so the
	// tracks stored under it must not be marked missing.
	unreadableDir bool
}

// dirKey identifies a folder on disk, whatever the path that reached it.
type dirKey struct{ dev, ino uint64 }

func keyOf(fi fs.FileInfo) (dirKey, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return dirKey{}, false
	}
	return dirKey{uint64(st.Dev), uint64(st.Ino)}, true
}

// notAudioExtensions are the other files music folders hold: cover art,
// cue sheets, rip logs, playlists, lyrics and checksums. They are not
// opened to look for audio.
var notAudioExtensions = map[string]bool{
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".bmp": true, ".webp": true, ".tif": true,
	".tiff": true, ".txt": true, ".nfo": true, ".cue": true, ".log": true, ".m3u": true, ".m3u8": true,
	".pls": true, ".xspf": true, ".pdf": true, ".lrc": true, ".sfv": true, ".md5": true, ".ffp": true,
	".accurip": true, ".db": true, ".ini": true, ".json": true, ".xml": true, ".html": true, ".htm": true,
	".md": true, ".url": true, ".torrent": true, ".zip": true, ".rar": true, ".7z": true, ".part": true,
}

// audioByContent reports whether a file whose name is not an audio name
// (no extension, or one that says nothing) starts like a known audio
// format or a tracker module, as players that read files by their
// content would play it.
func audioByContent(path, name string) bool {
	if notAudioExtensions[strings.ToLower(filepath.Ext(name))] {
		return false
	}
	f, err := sniffContent(path)
	return err == nil && f != decode.FormatUnknown
}

// walker lists audio files folder by folder. It follows symbolic links, as
// music folders often link in other disks, and reports links that loop back
// instead of following them forever. Hidden files and folders (names that
// start with a dot, such as macOS "._" resource files) are skipped.
type walker struct {
	visited  map[dirKey]string
	batches  chan<- dirBatch
	problems chan<- walkProblem
}

// walk lists root and everything below it, depth first, sending one batch
// per folder that holds audio files.
func (w *walker) walk(ctx context.Context, root string) error {
	fi, err := os.Stat(root)
	if err != nil {
		return err
	}
	if key, ok := keyOf(fi); ok {
		if _, seen := w.visited[key]; seen {
			return nil // the same folder given twice, or inside another root
		}
	}
	return w.dir(ctx, root, fi)
}

func (w *walker) dir(ctx context.Context, dir string, fi fs.FileInfo) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if key, ok := keyOf(fi); ok {
		w.visited[key] = dir
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		if len(entries) == 0 {
			w.problem(ctx, walkProblem{path: dir, reason: "cannot list folder: " + reasonOf(err), unreadableDir: true})
			return nil
		}
		// ReadDir returns what it read before the error; keep that.
		w.problem(ctx, walkProblem{path: dir, reason: "folder listed only in part: " + reasonOf(err), unreadableDir: true})
	}
	var files []fileEntry
	// Folders reached through a symbolic link come after the real ones,
	// so that a folder reachable both ways is listed by its real path.
	var subdirs, linkedDirs []string
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			target, err := os.Stat(p)
			if err != nil {
				if IsAudioName(name) || errors.Is(err, syscall.ELOOP) {
					w.problem(ctx, walkProblem{path: p, reason: "broken symbolic link: " + reasonOf(err)})
				}
				continue
			}
			if target.IsDir() {
				if key, ok := keyOf(target); ok {
					if prev, seen := w.visited[key]; seen {
						if isAncestor(prev, dir) || prev == dir {
							w.problem(ctx, walkProblem{path: p, reason: "symbolic link loop: points back to " + DisplayPath(prev)})
						}
						continue
					}
				}
				linkedDirs = append(linkedDirs, p)
				continue
			}
			typ = target.Mode().Type()
		}
		switch {
		case typ.IsDir():
			subdirs = append(subdirs, p)
		case typ.IsRegular() && (IsAudioName(name) || audioByContent(p, name)):
			info, err := os.Stat(p)
			if err != nil {
				w.problem(ctx, walkProblem{path: p, reason: reasonOf(err)})
				continue
			}
			files = append(files, fileEntry{path: p, size: info.Size(), mtimeNS: info.ModTime().UnixNano()})
		}
	}
	if len(files) > 0 {
		select {
		case w.batches <- dirBatch{dir: dir, files: files}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	sort.Strings(subdirs)
	sort.Strings(linkedDirs)
	for _, sd := range append(subdirs, linkedDirs...) {
		fi, err := os.Stat(sd)
		if err != nil {
			w.problem(ctx, walkProblem{path: sd, reason: reasonOf(err), unreadableDir: true})
			continue
		}
		if key, ok := keyOf(fi); ok {
			if _, seen := w.visited[key]; seen {
				continue
			}
		}
		if err := w.dir(ctx, sd, fi); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) problem(ctx context.Context, p walkProblem) {
	select {
	case w.problems <- p:
	case <-ctx.Done():
	}
}

// isAncestor reports whether dir a contains path b.
func isAncestor(a, b string) bool {
	return strings.HasPrefix(b, strings.TrimSuffix(a, string(filepath.Separator))+string(filepath.Separator))
}

// reasonOf describes a file-system error without repeating the path, which
// the caller prints anyway.
func reasonOf(err error) string {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, syscall.ELOOP):
		return "too many levels of symbolic links"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return fmt.Sprint(err)
}
