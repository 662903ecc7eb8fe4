package library

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"go.senan.xyz/taglib"
)

// writeWAV writes a mono 16-bit PCM sine tone, a real file every decoder and
// tag reader accepts.
func writeWAV(t testing.TB, path string, seconds, freq float64) {
	t.Helper()
	const rate = 8000
	n := int(seconds * rate)
	data := make([]byte, 44+2*n)
	copy(data[0:], "RIFF")
	binary.LittleEndian.PutUint32(data[4:], uint32(36+2*n))
	copy(data[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(data[16:], 16)
	binary.LittleEndian.PutUint16(data[20:], 1)
	binary.LittleEndian.PutUint16(data[22:], 1)
	binary.LittleEndian.PutUint32(data[24:], rate)
	binary.LittleEndian.PutUint32(data[28:], rate*2)
	binary.LittleEndian.PutUint16(data[32:], 2)
	binary.LittleEndian.PutUint16(data[34:], 16)
	copy(data[36:], "data")
	binary.LittleEndian.PutUint32(data[40:], uint32(2*n))
	for i := range n {
		v := int16(8000 * math.Sin(2*math.Pi*freq*float64(i)/rate))
		binary.LittleEndian.PutUint16(data[44+2*i:], uint16(v))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeTaggedWAV writes a tone and tags it through TagLib.
func writeTaggedWAV(t testing.TB, path string, freq float64, tags map[string][]string) {
	t.Helper()
	writeWAV(t, path, 1, freq)
	if len(tags) > 0 {
		if err := taglib.WriteTags(path, tags, 0); err != nil {
			t.Fatalf("tag %s: %v", path, err)
		}
	}
}

// needFFmpeg skips the test, visibly, when ffmpeg is not installed.
func needFFmpeg(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("ffmpeg")
	if err != nil {
		t.Skip("ffmpeg is not installed: skipping the formats only it can encode (apt-get install ffmpeg)")
	}
	return p
}

// hasFFmpeg reports whether ffmpeg is installed.
func hasFFmpeg() bool {
	_, err := exec.LookPath("ffmpeg")
	return err == nil
}

// openTestStore opens a fresh store in a temporary folder.
func openTestStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "sleeve.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// scanOnce scans roots with the real tag reader and fails the test on error.
func scanOnce(t testing.TB, s *Store, roots ...string) ScanResult {
	t.Helper()
	res, err := NewScanner(s, TaglibReader{}, ScanOptions{}).Scan(context.Background(), roots)
	if err != nil {
		t.Fatalf("scan: %v", err)
	}
	return res
}

func errorsIs(err, target error) bool { return errors.Is(err, target) }

func timeNowPlus(seconds int) time.Time { return time.Now().Add(time.Duration(seconds) * time.Second) }

func mustRemove(t testing.TB, p string) {
	t.Helper()
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
}
