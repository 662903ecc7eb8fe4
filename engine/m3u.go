package engine

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrFileExists is returned by ExportM3U when the playlist file exists and
// overwriting was not asked for.
var ErrFileExists = errors.New("file exists")

// ErrProtectedFile is returned by ExportM3U when the playlist would
// replace one of the files it was told to protect, such as the library
// database or its -wal and -shm files. Nothing overrides it.
var ErrProtectedFile = errors.New("refusing to write over the library database")

// WriteM3U writes items as an extended M3U playlist: the #EXTM3U header,
// then for each track an #EXTINF line with its length in whole seconds and
// "Artist - Title", followed by its location. A path that is valid UTF-8
// with no control characters is written as it is; any other path (one
// with a newline, or bytes that are not UTF-8) is written as a file://
// URI with every such byte percent-encoded, which players open and which
// keeps the exact bytes, where the plain path would break the file's
// lines or be mangled.
func WriteM3U(w io.Writer, items []TrackInfo) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "#EXTM3U")
	for _, t := range items {
		secs := int(t.Duration.Seconds())
		if t.Duration <= 0 {
			secs = -1 // unknown, as the format has it
		}
		if artist := strings.TrimSpace(oneLine(t.Artist)); artist != "" {
			fmt.Fprintf(bw, "#EXTINF:%d,%s - %s\n", secs, artist, oneLine(t.Title))
		} else {
			fmt.Fprintf(bw, "#EXTINF:%d,%s\n", secs, oneLine(t.Title)) // not " - Title"
		}
		fmt.Fprintln(bw, M3ULocation(t.Path))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write playlist: %w", err)
	}
	return nil
}

// M3ULocation is how a track's path is written in a playlist: the path
// itself when it is plain text, or a file:// URI when it holds a control
// character or bytes that are not UTF-8, or would be read as a comment.
func M3ULocation(path string) string {
	if utf8.ValidString(path) && !strings.HasPrefix(path, "#") && strings.IndexFunc(path, unicode.IsControl) < 0 {
		return path
	}
	abs := path
	if !filepath.IsAbs(abs) {
		if a, err := filepath.Abs(abs); err == nil {
			abs = a
		}
	}
	return (&url.URL{Scheme: "file", Path: abs}).String()
}

// oneLine keeps a field from breaking the line structure of the file: line
// breaks and other control characters become spaces, and bytes that are
// not UTF-8 become U+FFFD.
func oneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// Tracks returns the track data of a result's items, for WriteM3U.
func (r Result) Tracks() []TrackInfo {
	out := make([]TrackInfo, len(r.Items))
	for i, it := range r.Items {
		out[i] = it.TrackInfo
	}
	return out
}

// ExportOptions says how ExportM3U may treat the file it writes.
type ExportOptions struct {
	// Overwrite lets the playlist replace an existing file.
	Overwrite bool
	// Protected are files never to be written over, even with Overwrite:
	// the library database and its -wal, -shm and -journal files. They are
	// compared by resolved path and, when they exist, by device and inode.
	Protected []string
}

// ExportM3U writes items as a playlist file at path. It writes a
// temporary file beside it and renames it into place, so a failure never
// leaves half a playlist or destroys the file that was there. It refuses
// to replace an existing file unless opt.Overwrite is set (ErrFileExists),
// and never replaces a protected one (ErrProtectedFile).
func ExportM3U(path string, items []TrackInfo, opt ExportOptions) error {
	return WriteFileSafely(path, opt, func(w io.Writer) error { return WriteM3U(w, items) })
}

// WriteFileSafely writes a new file at path through a temporary file and
// a rename, with ExportM3U's rules for existing and protected files.
func WriteFileSafely(path string, opt ExportOptions, write func(io.Writer) error) error {
	target, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if isProtected(target, opt.Protected) {
		return fmt.Errorf("%s is the library database or one of its files: %w", path, ErrProtectedFile)
	}
	fi, err := os.Stat(target)
	switch {
	case err == nil && fi.IsDir():
		return fmt.Errorf("%s is a folder; give a file name", path)
	case err == nil && !opt.Overwrite:
		return fmt.Errorf("%s: %w; give --force to replace it", path, ErrFileExists)
	case err == nil && !fi.Mode().IsRegular():
		return fmt.Errorf("%s is not a regular file; refusing to replace it", path)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	}
	dir := filepath.Dir(target)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) // harmless once renamed or linked away
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if opt.Overwrite {
		return os.Rename(tmpName, target)
	}
	// A hard link fails if the name exists, so a file that appeared since
	// the check above is not replaced either.
	if err := os.Link(tmpName, target); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w; give --force to replace it", path, ErrFileExists)
		}
		// Some file systems have no hard links: fall back to a rename
		// after checking again.
		if _, serr := os.Lstat(target); serr == nil {
			return fmt.Errorf("%s: %w; give --force to replace it", path, ErrFileExists)
		}
		return os.Rename(tmpName, target)
	}
	return nil
}

// isProtected reports whether target is one of the protected files, by
// resolved path or, for files that exist, by identity.
func isProtected(target string, protected []string) bool {
	resolvedTarget := resolve(target)
	ti, terr := os.Stat(target)
	for _, p := range protected {
		if p == "" {
			continue
		}
		if resolve(p) == resolvedTarget {
			return true
		}
		if terr == nil {
			if pi, err := os.Stat(p); err == nil && os.SameFile(ti, pi) {
				return true
			}
		}
	}
	return false
}

// resolve returns the absolute path with symbolic links in its folder (and
// in the name itself, when it exists) resolved.
func resolve(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	if d, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(d, filepath.Base(abs))
	}
	return abs
}
