package library

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// CoverFiles are the picture files looked for in a track's folder when it
// has no embedded picture, in the order they are tried. Names match
// whatever their letter case.
var CoverFiles = []string{"cover.jpg", "folder.jpg", "cover.png", "front.jpg", "cover.jpeg", "folder.png", "front.png"}

// MaxCoverBytes bounds a picture read, embedded or in a file: anything
// larger is not cover art.
const MaxCoverBytes = 16 << 20

// ErrNoCover means a track has no picture embedded and none beside it.
var ErrNoCover = errors.New("no cover art")

// Cover is a track's cover picture, still encoded (JPEG, PNG, …).
type Cover struct {
	Data []byte
	// Source is "embedded", or the path of the picture file.
	Source string
}

// ReadCover returns the picture embedded in the audio file at path, or
// else the first of CoverFiles in its folder. It returns ErrNoCover when
// there is neither.
func ReadCover(path string) (Cover, error) {
	if data, err := readEmbeddedCover(path); err == nil && len(data) > 0 {
		return Cover{Data: data, Source: "embedded"}, nil
	}
	dir := filepath.Dir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Cover{}, fmt.Errorf("read cover folder: %w", err)
	}
	byName := map[string]string{}
	for _, e := range entries {
		if e.Type().IsRegular() || e.Type()&os.ModeSymlink != 0 {
			lower := strings.ToLower(e.Name())
			if _, seen := byName[lower]; !seen {
				byName[lower] = e.Name()
			}
		}
	}
	for _, want := range CoverFiles {
		name, ok := byName[want]
		if !ok {
			continue
		}
		file := filepath.Join(dir, name)
		st, err := os.Stat(file)
		if err != nil || !st.Mode().IsRegular() || st.Size() == 0 || st.Size() > MaxCoverBytes {
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		return Cover{Data: data, Source: file}, nil
	}
	return Cover{}, ErrNoCover
}

// readEmbeddedCover reads the first embedded picture with TagLib, or
// returns nil.
func readEmbeddedCover(path string) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("tag reader failed: %v", r)
		}
	}()
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return nil, err
	}
	readPath := path
	if !utf8.ValidString(path) {
		// TagLib's WebAssembly build takes UTF-8 paths only.
		alias, cleanup, err := linkAs(path, strings.ToLower(filepath.Ext(strings.ToValidUTF8(path, "_"))))
		if err != nil {
			return nil, err
		}
		defer cleanup()
		readPath = alias
	}
	abs, err := filepath.Abs(readPath)
	if err != nil {
		return nil, err
	}
	data, err = readTaglibImage(abs)
	if len(data) > MaxCoverBytes {
		return nil, nil
	}
	return data, err
}
