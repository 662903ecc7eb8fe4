package eval

import (
	"context"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"sleeve/engine"
	"sleeve/library"
	"sleeve/models"
)

// The benchmark library: 10 styles × 500 artists × 2 albums × 10 tracks =
// 100,000 tracks with 384-dimensional embeddings and 40-dimensional timbre.
const (
	benchArtistsPerStyle = 500
	benchTracksPerAlbum  = 10
	benchEmbDim          = 384
)

var bench struct {
	once    sync.Once
	f       *Fixture
	cat     *engine.Catalog
	heapMB  float64
	rssMB   float64
	buildMS float64
}

// benchCatalog builds the 100k catalogue once, measuring the live heap it
// keeps (after the rows are dropped) and the process's resident memory.
func benchCatalog() *engine.Catalog {
	bench.once.Do(func() {
		f := NewFixture(fixtureSeed, benchArtistsPerStyle, benchTracksPerAlbum, benchEmbDim)
		rows := f.Rows()
		for i := range f.Tracks {
			f.Tracks[i].Row = engine.TrackRow{ID: f.Tracks[i].Row.ID}
		}
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		cat := engine.NewCatalog(rows)
		bench.buildMS = float64(time.Since(start).Milliseconds())
		rows = nil
		f.Tracks = nil
		runtime.GC()
		debug.FreeOSMemory() // return the generator's garbage, so RSS shows what stays
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		bench.heapMB = float64(after.HeapAlloc) / (1 << 20)
		bench.rssMB = rssMB()
		bench.f, bench.cat = f, cat
	})
	return bench.cat
}

// rssMB reads the resident set size from /proc, or 0 elsewhere.
func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return float64(kb) / 1024
		}
	}
	return 0
}

// BenchmarkRecommend100k ranks the 100,000-track library for the harness
// requests in turn (parsing and resolving included, the embedding call
// excluded), under a taste learned from 200 events, and reports the 50th
// and 95th percentile latency, the CPU time per request (user and system,
// all threads: unlike the latency it does not grow when other processes
// hold the cores) and the memory the catalogue holds.
func BenchmarkRecommend100k(b *testing.B) {
	cat := benchCatalog()
	r := engine.NewRanker(cat)
	emb := engine.HashEmbedder{Dim: benchEmbDim, Concepts: Concepts()}
	texts := []string{"upbeat pop with catchy hooks", "calm piano for studying", "something dark and slow for late night",
		"40 minutes for a run", "aggressive metal for working out", "mellow jazz for a dinner party", "party music at 120-130 bpm",
		"relaxing music, no metal", "20 minutes of ambient", "sounds like Velvet Harbor"}
	vecs := make([][]float32, len(texts))
	for i, t := range texts {
		vecs[i] = emb.Vector(t)
	}
	var events []engine.Feedback
	for k := range 200 {
		events = append(events, engine.Feedback{TrackID: library.TrackID(1 + k*487), Kind: engine.Rate, Rating: 1 + k%5, At: time.Unix(int64(k), 0)})
	}
	taste := engine.LearnTaste(events, nil, cat)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	cpu0 := processCPU()
	for n := 0; b.Loop(); n++ {
		start := time.Now()
		k := n % len(texts)
		q := engine.FromRequest(models.ParseRules(texts[k]), cat, nil)
		q.Vector = vecs[k]
		res := r.Rank(q, taste, engine.Options{N: 10})
		lat = append(lat, time.Since(start))
		if len(res.Items) == 0 {
			b.Fatal("empty list")
		}
	}
	b.StopTimer()
	cpu := processCPU() - cpu0
	slices.Sort(lat)
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(lat)), "cpu-ms/op")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(bench.heapMB, "heap-MB")
	b.ReportMetric(bench.rssMB, "rss-MB")
	b.ReportMetric(bench.buildMS, "build-ms")
}

// TestRankLatency100k checks the latency and memory budgets on the 100k
// library when run with -bench100k (it takes about half a minute).
func TestRankLatency100k(t *testing.T) {
	if !*bench100k {
		t.Skip("run with -bench100k")
	}
	res := testing.Benchmark(BenchmarkRecommend100k)
	t.Logf("%s %s", res.String(), res.MemString())
	if p95 := res.Extra["p95-ms"]; p95 > 50 {
		t.Errorf("p95 %.1f ms, budget 50 ms", p95)
	}
	if h := res.Extra["heap-MB"]; h > 300 {
		t.Errorf("catalogue heap %.0f MB, budget 300 MB", h)
	}
	_ = context.Background
}
