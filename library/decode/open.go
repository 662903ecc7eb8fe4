package decode

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// ErrNotRegular is returned when a path names something other than a
// regular file (a named pipe, a device, a socket or a folder), which is
// never opened: reading a pipe or a device can block for ever.
var ErrNotRegular = errors.New("not a regular file")

// OpenRegular opens path for reading if it is a regular file, following
// symbolic links. The file is opened non-blocking, so that opening a
// named pipe with no writer cannot hang, and its type is checked on the
// opened file, so a file swapped for a pipe after a check is refused too.
func OpenRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := checkMode(path, fi.Mode()); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// CheckRegular returns ErrNotRegular, wrapped with what the path is, if it
// is not a regular file; for paths handed to another program (ffmpeg).
func CheckRegular(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	return checkMode(path, fi.Mode())
}

func checkMode(path string, m fs.FileMode) error {
	if m.IsRegular() {
		return nil
	}
	what := "a special file"
	switch {
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		what = "a device"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	}
	return &fs.PathError{Op: "open", Path: path, Err: fmt.Errorf("%w: it is %s", ErrNotRegular, what)}
}
