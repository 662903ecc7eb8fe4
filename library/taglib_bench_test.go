package library

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadFileMP3 measures reading one small tagged MP3, the scanner's
// inner loop.
func BenchmarkReadFileMP3(b *testing.B) {
	p := filepath.Join(b.TempDir(), "a.mp3")
	os.WriteFile(p, syntheticMP3("Title", "Artist", "Album", "Rock", 3, 1999, 40), 0o644)
	if _, err := (TaglibReader{}).ReadFile(p); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := (TaglibReader{}).ReadFile(p); err != nil {
			b.Fatal(err)
		}
	}
}
