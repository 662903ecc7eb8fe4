package library

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync"
	"syscall"

	"sleeve/library/decode"
)

// readAheadFS is the file system TagLib sees: the real one, read through a
// read-ahead buffer. TagLib reads in small pieces and seeks often; from
// WebAssembly every one of those is a host call and a system call, which
// cost more than the parsing. Here a seek is free and a read is a copy
// until it leaves the buffer.
type readAheadFS struct{}

// readAheadSize is the buffer of each open file. Tags and stream headers
// of most files fit in it; cover art larger than this costs a few more
// reads.
const readAheadSize = 64 << 10

// Open implements fs.FS. Names are relative to the root of the file
// system. TagLib opens folders (the root) and files; anything else, such
// as a named pipe that would block, is refused, and the open itself is
// non-blocking.
func (readAheadFS) Open(name string) (fs.File, error) {
	f, err := os.OpenFile("/"+name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() && !st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("open %s: %w", name, decode.ErrNotRegular)
	}
	return &readAheadFile{f: f, info: st, size: st.Size()}, nil
}

// readAheadFile is one open file with its buffer.
type readAheadFile struct {
	f      *os.File
	info   fs.FileInfo
	size   int64
	pos    int64
	buf    []byte
	bufOff int64
	pooled *[]byte
}

// Stat implements fs.File.
func (r *readAheadFile) Stat() (fs.FileInfo, error) { return r.info, nil }

// bufferPool recycles read-ahead buffers across files.
var bufferPool = sync.Pool{New: func() any { b := make([]byte, readAheadSize); return &b }}

// Close implements fs.File and returns the buffer to the pool.
func (r *readAheadFile) Close() error {
	if r.pooled != nil {
		bufferPool.Put(r.pooled)
		r.pooled, r.buf = nil, nil
	}
	return r.f.Close()
}

// Read implements io.Reader from the buffer, refilling it at the current
// position when needed.
func (r *readAheadFile) Read(p []byte) (int, error) {
	n, err := r.ReadAt(p, r.pos)
	r.pos += int64(n)
	return n, err
}

// ReadAt implements io.ReaderAt.
func (r *readAheadFile) ReadAt(p []byte, off int64) (int, error) {
	if off >= r.size {
		return 0, io.EOF
	}
	done := 0
	for done < len(p) && off < r.size {
		if off < r.bufOff || off >= r.bufOff+int64(len(r.buf)) {
			if len(p)-done >= readAheadSize {
				// A large read goes straight to the file.
				n, err := r.f.ReadAt(p[done:], off)
				done += n
				if err != nil && !errors.Is(err, io.EOF) {
					return done, err
				}
				return done, nil
			}
			if r.pooled == nil {
				r.pooled = bufferPool.Get().(*[]byte)
				r.buf = (*r.pooled)[:0]
			}
			n, err := r.f.ReadAt(r.buf[:readAheadSize], off)
			if err != nil && !errors.Is(err, io.EOF) {
				return done, err
			}
			if n == 0 {
				break
			}
			r.buf, r.bufOff = r.buf[:n], off
		}
		n := copy(p[done:], r.buf[off-r.bufOff:])
		done += n
		off += int64(n)
	}
	if done == 0 {
		return 0, io.EOF
	}
	return done, nil
}

// Seek implements io.Seeker without touching the file.
func (r *readAheadFile) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		offset += r.pos
	case io.SeekEnd:
		offset += r.size
	default:
		return 0, errors.New("seek: bad whence")
	}
	if offset < 0 {
		return 0, errors.New("seek: negative position")
	}
	r.pos = offset
	return offset, nil
}
