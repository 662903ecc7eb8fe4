package synth

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/mewkiz/flac"
	"github.com/mewkiz/flac/frame"
	"github.com/mewkiz/flac/meta"
	"golang.org/x/sync/errgroup"
)

// DemoSampleRate is the sample rate of the demo library. 22050 Hz mono keeps
// all 32 tracks near 30 MB of FLAC while leaving everything analysis looks at
// (it works at 22050 Hz or less) intact.
const DemoSampleRate = 22050

// DemoTrack is one track of the demo library with its tags and the Spec that
// renders it, which is also the ground truth for tempo, key and energy.
type DemoTrack struct {
	// Path is relative to the library folder in DemoTracks, and absolute
	// (joined with the folder) in what WriteDemo returns.
	Path                        string
	Title, Artist, Album, Genre string
	Year, Track                 int
	Spec                        Spec
}

// Tags returns the Vorbis comments written to the track's FLAC file.
func (d DemoTrack) Tags() map[string]string {
	return map[string]string{
		"TITLE":       d.Title,
		"ARTIST":      d.Artist,
		"ALBUMARTIST": d.Artist,
		"ALBUM":       d.Album,
		"GENRE":       d.Genre,
		"DATE":        strconv.Itoa(d.Year),
		"TRACKNUMBER": strconv.Itoa(d.Track),
		"DISCNUMBER":  "1",
		"COMPOSER":    d.Artist,
		"COMMENT":     "Synthesised by Sleeve's demo generator.",
	}
}

// genre holds the musically coherent ranges for one genre.
type genre struct {
	name           string
	bpmLo, bpmHi   float64
	energyLo, hiE  float64
	timbres        []Timbre
	minorChance    float64
	drumChance     float64
	swingLo, swing float64
	noise          float64
}

var (
	gAmbient = genre{name: "Ambient", bpmLo: 60, bpmHi: 78, energyLo: 0.05, hiE: 0.2,
		timbres: []Timbre{Pad, Bell, Pad}, minorChance: 0.6, drumChance: 0, noise: 0.12}
	gSynthPop = genre{name: "Synth-pop", bpmLo: 100, bpmHi: 124, energyLo: 0.55, hiE: 0.75,
		timbres: []Timbre{Lead, Pluck, Bell}, minorChance: 0.3, drumChance: 1}
	gJazz = genre{name: "Jazz", bpmLo: 84, bpmHi: 140, energyLo: 0.25, hiE: 0.5,
		timbres: []Timbre{Piano, Organ, Piano}, minorChance: 0.5, drumChance: 1, swingLo: 0.18, swing: 0.3}
	gDnB = genre{name: "Drum and Bass", bpmLo: 170, bpmHi: 178, energyLo: 0.8, hiE: 0.95,
		timbres: []Timbre{Pad, Lead, Bell}, minorChance: 0.8, drumChance: 1, noise: 0.03}
	gFolk = genre{name: "Folk", bpmLo: 76, bpmHi: 112, energyLo: 0.2, hiE: 0.42,
		timbres: []Timbre{Pluck, Piano, Pluck}, minorChance: 0.35, drumChance: 0.5, swingLo: 0, swing: 0.12, noise: 0.04}
	gTechno = genre{name: "Techno", bpmLo: 125, bpmHi: 135, energyLo: 0.85, hiE: 1,
		timbres: []Timbre{Organ, Lead, Bell}, minorChance: 0.75, drumChance: 1}
)

type demoAlbum struct {
	artist, album string
	year          int
	g             genre
	titles        [4]string
}

// demoAlbums is the made-up discography: six artists, eight albums, six
// genres, four tracks each.
var demoAlbums = []demoAlbum{
	{"Halcyon Drift", "Tidal Atlas", 2019, gAmbient,
		[4]string{"Salt Marsh at Dawn", "The Long Low Tide", "Lantern Buoys", "Estuary Hymn"}},
	{"Halcyon Drift", "Low Light Cartography", 2022, gAmbient,
		[4]string{"Contour Lines", "Fog Over Meridian", "Map of Quiet Rooms", "Northern Scale"}},
	{"The Velvet Semaphore", "Neon Vernacular", 2021, gSynthPop,
		[4]string{"Signal Fires", "Arcade Valentine", "Chrome Hearts Club", "Last Train to Polaris"}},
	{"The Velvet Semaphore", "Glass Hour", 2024, gSynthPop,
		[4]string{"Prism Kids", "Static on the Line", "Heartbeat Telegraph", "Overexposed"}},
	{"Marisol Quartet", "Blue Hour Sketches", 2017, gJazz,
		[4]string{"Cobblestone Waltz", "Smoke and Sevenths", "Rue des Lanternes", "Last Call Serenade"}},
	{"Sub Rosa Circuit", "Pressure Systems", 2023, gDnB,
		[4]string{"Isobar", "Cold Front Runner", "Jetstream Shuffle", "Barometer Drop"}},
	{"Wren & Alder", "Hedgerow Songs", 2016, gFolk,
		[4]string{"The Miller's Daughter", "Bramble Lane", "Swallows Leaving", "Hearth and Harrow"}},
	{"Kiln Logic", "Furnace Grammar", 2025, gTechno,
		[4]string{"Annealing", "Slag Heap Cathedral", "Crucible Hour", "Tempered Glass"}},
}

// DemoTracks returns the 32 demo tracks with paths relative to the library
// folder ("Artist/Album/NN Title.flac"). The list is the same on every call:
// keys walk the circle of fifths, and each genre keeps its tempo, energy,
// timbre and drum choices in a musically coherent range (ambient is slow,
// drumless pads; techno is 125–135 BPM at high energy; and so on).
func DemoTracks() []DemoTrack {
	var out []DemoTrack
	n := 0
	for ai, a := range demoAlbums {
		rng := rand.New(rand.NewPCG(uint64(ai)+1, 0x5eed))
		for ti, title := range a.titles {
			g := a.g
			lerp := func(lo, hi float64) float64 { return lo + (hi-lo)*rng.Float64() }
			spec := Spec{
				BPM:        float64(int(lerp(g.bpmLo, g.bpmHi) + 0.5)),
				Tonic:      (n * 7) % 12,
				Minor:      rng.Float64() < g.minorChance,
				Timbre:     g.timbres[ti%len(g.timbres)],
				Swing:      float64(int(lerp(g.swingLo, g.swing)*100+0.5)) / 100,
				Noise:      g.noise,
				Energy:     float64(int(lerp(g.energyLo, g.hiE)*100+0.5)) / 100,
				Seconds:    float64(30 + rng.IntN(31)),
				SampleRate: DemoSampleRate,
				Seed:       int64(1000 + n),
				Drums:      rng.Float64() < g.drumChance,
			}
			out = append(out, DemoTrack{
				Path:   filepath.Join(safeName(a.artist), safeName(a.album), fmt.Sprintf("%02d %s.flac", ti+1, safeName(title))),
				Title:  title,
				Artist: a.artist,
				Album:  a.album,
				Genre:  g.name,
				Year:   a.year,
				Track:  ti + 1,
				Spec:   spec,
			})
			n++
		}
	}
	return out
}

// safeName makes s usable as one path element on every common file system.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '/', '\\', ':', '*', '?', '"', '<', '>', '|':
			return '-'
		}
		return r
	}, s)
}

// WriteDemo writes the demo library (DemoTracks) into dir as tagged FLAC
// files and returns the tracks with absolute paths. See WriteDemoTracks.
func WriteDemo(ctx context.Context, dir string, progress func(done, total int)) ([]DemoTrack, error) {
	return WriteDemoTracks(ctx, dir, DemoTracks(), progress)
}

// WriteDemoTracks renders and writes tracks (with paths relative to dir)
// in parallel, at most GOMAXPROCS at a time, and returns them with absolute
// paths. A file that already exists and is complete (its STREAMINFO, title
// and last frame check out) is left alone, so running it again is cheap.
// Files appear atomically. progress, if not nil, is called after each track
// with the number finished so far; calls never overlap. On error or
// cancellation, the tracks already written stay in place.
func WriteDemoTracks(ctx context.Context, dir string, tracks []DemoTrack, progress func(done, total int)) ([]DemoTrack, error) {
	out := make([]DemoTrack, len(tracks))
	var mu sync.Mutex
	done := 0
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, t := range tracks {
		t.Path = filepath.Join(dir, t.Path)
		out[i] = t
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := writeDemoTrack(ctx, t); err != nil {
				return fmt.Errorf("demo track %q: %w", t.Title, err)
			}
			if progress != nil {
				mu.Lock()
				done++
				progress(done, len(tracks))
				mu.Unlock()
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

func writeDemoTrack(ctx context.Context, t DemoTrack) error {
	spec := t.Spec.Normalized()
	want := uint64(int(spec.Seconds * float64(spec.SampleRate)))
	if demoFileComplete(t.Path, want, uint32(spec.SampleRate), t.Title) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(t.Path), 0o755); err != nil {
		return err
	}
	samples := Render(spec)
	if err := ctx.Err(); err != nil {
		return err
	}
	return Encode(ctx, t.Path, samples, spec.SampleRate, t.Tags())
}

// demoFileComplete reports whether path is a FLAC file with the expected
// sample count, sample rate and title whose final frame is intact and ends
// the file.
func demoFileComplete(path string, nsamples uint64, sampleRate uint32, title string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	stream, err := flac.Parse(bytes.NewReader(data))
	if err != nil {
		return false
	}
	if stream.Info.NSamples != nsamples || stream.Info.SampleRate != sampleRate {
		return false
	}
	if !hasTag(stream.Blocks, "TITLE", title) {
		return false
	}
	if nsamples == 0 {
		return true
	}
	lastNum := (nsamples - 1) / uint64(stream.Info.BlockSizeMax)
	// Look for the header of the last frame in the tail of the file; it must
	// parse with a good CRC and end exactly at the end of the file.
	start := max(0, len(data)-64<<10)
	for i := len(data) - 2; i >= start; i-- {
		if data[i] != 0xFF || data[i+1]&0xFE != 0xF8 {
			continue
		}
		r := bytes.NewReader(data[i:])
		f, err := frame.Parse(r)
		if err != nil {
			continue
		}
		return f.Num == lastNum && r.Len() == 0
	}
	return false
}

func hasTag(blocks []*meta.Block, key, value string) bool {
	for _, b := range blocks {
		vc, ok := b.Body.(*meta.VorbisComment)
		if !ok {
			continue
		}
		for _, kv := range vc.Tags {
			if strings.EqualFold(kv[0], key) && kv[1] == value {
				return true
			}
		}
	}
	return false
}
