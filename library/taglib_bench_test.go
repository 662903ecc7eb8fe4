package library

import (
	"os"
	"path/filepath"
	"testing"

	"go.senan.xyz/taglib"
)

// stockTaglibRead reads a file the way the taglib package does on its own:
// a fresh WebAssembly instance per call, two calls per file. It is the
// baseline for the pooled reader.
func stockTaglibRead(path string) error {
	if _, err := taglib.ReadProperties(path); err != nil {
		return err
	}
	_, err := taglib.ReadTags(path)
	return err
}

// BenchmarkReadFileMP3 measures reading one small tagged MP3, the scanner's
// inner loop, with the pooled reader and with the stock taglib calls.
func BenchmarkReadFileMP3(b *testing.B) {
	p := filepath.Join(b.TempDir(), "a.mp3")
	os.WriteFile(p, syntheticMP3("Title", "Artist", "Album", "Rock", 3, 1999, 40), 0o644)
	b.Run("reader=pooled", func(b *testing.B) {
		if _, err := (TaglibReader{}).ReadFile(p); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for range b.N {
			if _, err := (TaglibReader{}).ReadFile(p); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reader=stock", func(b *testing.B) {
		if err := stockTaglibRead(p); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for range b.N {
			if err := stockTaglibRead(p); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestPooledReaderMatchesStock checks that the pooled reader returns what
// the taglib package itself returns.
func TestPooledReaderMatchesStock(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.mp3")
	os.WriteFile(p, syntheticMP3("Title é", "Artist", "Album", "Rock", 3, 1999, 40), 0o644)
	props, err := taglib.ReadProperties(p)
	if err != nil {
		t.Fatal(err)
	}
	tags, err := taglib.ReadTags(p)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 { // reuse the same instance
		got, err := readTaglib(p)
		if err != nil {
			t.Fatal(err)
		}
		if got.props.Length != props.Length || got.props.SampleRate != props.SampleRate ||
			got.props.BitRate != props.BitRate || got.props.Format != props.Format {
			t.Fatalf("call %d: props %+v, stock %+v", i, got.props, props)
		}
		for k, v := range tags {
			if len(got.tags[k]) != len(v) || got.tags[k][0] != v[0] {
				t.Fatalf("call %d: tag %s = %q, stock %q", i, k, got.tags[k], v)
			}
		}
		if len(got.tags) != len(tags) {
			t.Fatalf("call %d: %d tags, stock %d", i, len(got.tags), len(tags))
		}
	}
}
