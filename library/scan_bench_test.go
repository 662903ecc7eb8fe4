package library

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// id3Frame encodes one ID3v2.3 text frame in ISO-8859-1.
func id3Frame(id, text string) []byte {
	b := make([]byte, 10, 11+len(text))
	copy(b, id)
	binary.BigEndian.PutUint32(b[4:], uint32(1+len(text)))
	b = append(b, 0)
	return append(b, text...)
}

// syncsafe encodes n as an ID3 sync-safe integer.
func syncsafe(n int) []byte {
	return []byte{byte(n >> 21 & 0x7f), byte(n >> 14 & 0x7f), byte(n >> 7 & 0x7f), byte(n & 0x7f)}
}

// syntheticMP3 builds a real, playable MP3: an ID3v2.3 tag and frames of
// MPEG-1 Layer III silence (a valid header, zero side information and no
// main data, which decoders play as silence).
func syntheticMP3(title, artist, album, genre string, track, year, frames int) []byte {
	var frs []byte
	frs = append(frs, id3Frame("TIT2", title)...)
	frs = append(frs, id3Frame("TPE1", artist)...)
	frs = append(frs, id3Frame("TALB", album)...)
	frs = append(frs, id3Frame("TCON", genre)...)
	frs = append(frs, id3Frame("TRCK", strconv.Itoa(track))...)
	frs = append(frs, id3Frame("TYER", strconv.Itoa(year))...)
	out := append([]byte("ID3\x03\x00\x00"), syncsafe(len(frs))...)
	out = append(out, frs...)
	const frameLen = 417 // 144 * 128000 / 44100, no padding
	for range frames {
		f := make([]byte, frameLen)
		copy(f, []byte{0xFF, 0xFB, 0x90, 0x64})
		out = append(out, f...)
	}
	return out
}

// benchCorpus writes n small tagged MP3 files laid out as artist/album
// folders, once per machine, and returns the folder.
func benchCorpus(b *testing.B, n int) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("sleeve-bench-mp3-v1-%d", n))
	if _, err := os.Stat(filepath.Join(dir, ".complete")); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	for i := range n {
		artist, album := i/120, i/12
		p := filepath.Join(dir, fmt.Sprintf("Artist %03d", artist), fmt.Sprintf("Album %04d", album), fmt.Sprintf("%02d Track %d.mp3", i%12+1, i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		data := syntheticMP3(fmt.Sprintf("Track %d", i), fmt.Sprintf("Artist %03d", artist), fmt.Sprintf("Album %04d", album),
			[]string{"Rock", "Jazz", "Ambient", "Techno", "Folk"}[album%5], i%12+1, 1970+album%50, 12)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, ".complete"), nil, 0o644)
	return dir
}

func benchFiles() int {
	if n, err := strconv.Atoi(os.Getenv("SLEEVE_BENCH_FILES")); err == nil && n > 0 {
		return n
	}
	return 10000
}

// peakHeap samples the live heap on every progress report.
type peakHeap struct{ max uint64 }

func (p *peakHeap) sample(ScanProgress) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	p.max = max(p.max, ms.HeapInuse)
}

// BenchmarkScanFull measures a first scan of a fresh library: files per
// second, and the peak live heap, which must not grow with the library.
func BenchmarkScanFull(b *testing.B) {
	n := benchFiles()
	corpus := benchCorpus(b, n)
	TaglibReader{}.ReadFile(filepath.Join(corpus, "Artist 000", "Album 0000", "01 Track 0.mp3")) // compile the wasm once
	var peak peakHeap
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("full-%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		b.StartTimer()
		res, err := NewScanner(s, TaglibReader{}, ScanOptions{OnProgress: peak.sample}).Scan(context.Background(), []string{corpus})
		if err != nil || res.Counts.Added != n {
			b.Fatalf("scan: %v %+v", err, res.Counts)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
	b.ReportMetric(float64(peak.max)/(1<<20), "peak-heap-MB")
}

// BenchmarkRescanUnchanged measures a rescan in which nothing changed.
func BenchmarkRescanUnchanged(b *testing.B) {
	n := benchFiles()
	corpus := benchCorpus(b, n)
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "rescan.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	sc := NewScanner(s, TaglibReader{}, ScanOptions{})
	if _, err := sc.Scan(context.Background(), []string{corpus}); err != nil {
		b.Fatal(err)
	}
	var peak peakHeap
	sc.opt.OnProgress = peak.sample
	b.ResetTimer()
	for range b.N {
		res, err := sc.Scan(context.Background(), []string{corpus})
		if err != nil || res.Counts.Unchanged != n {
			b.Fatalf("rescan: %v %+v", err, res.Counts)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
	b.ReportMetric(float64(peak.max)/(1<<20), "peak-heap-MB")
}
