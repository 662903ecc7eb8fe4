package library

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"

	"sleeve/library/decode"
)

// fingerprintChunk is how much of the start, middle and end of a file goes
// into its fingerprint.
const fingerprintChunk = 64 << 10

// Fingerprint identifies a file's content cheaply, so that a moved or
// renamed file is recognised. It hashes the size and three 64 KiB samples:
// the start, the middle and the end. Tags usually sit at the start, cover
// art with them, and many tracks end in identical digital silence, which is
// why one sample alone is not enough.
func Fingerprint(path string) (string, error) {
	f, err := decode.OpenRegular(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	size := st.Size()
	h := sha256.New()
	var sz [8]byte
	binary.LittleEndian.PutUint64(sz[:], uint64(size))
	h.Write(sz[:])
	buf := make([]byte, fingerprintChunk)
	offsets := []int64{0}
	if size > fingerprintChunk {
		offsets = append(offsets, size/2-fingerprintChunk/2, size-fingerprintChunk)
	}
	for _, off := range offsets {
		n, err := f.ReadAt(buf, off)
		if err != nil && err != io.EOF {
			return "", fmt.Errorf("fingerprint: %w", err)
		}
		h.Write(buf[:n])
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}
