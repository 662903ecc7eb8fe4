package synth

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/mewkiz/flac"
)

func TestDemoTracksCoherent(t *testing.T) {
	tracks := DemoTracks()
	if !reflect.DeepEqual(tracks, DemoTracks()) {
		t.Fatal("DemoTracks is not deterministic")
	}
	if len(tracks) != 32 {
		t.Fatalf("%d tracks, want 32", len(tracks))
	}
	paths, artists, albums, genres, tonics := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[int]bool{}
	minor := 0
	for _, d := range tracks {
		s := d.Spec
		if paths[d.Path] {
			t.Errorf("duplicate path %s", d.Path)
		}
		paths[d.Path] = true
		artists[d.Artist], albums[d.Artist+"/"+d.Album], genres[d.Genre], tonics[s.Tonic] = true, true, true, true
		if s.Minor {
			minor++
		}
		if filepath.IsAbs(d.Path) || !strings.HasSuffix(d.Path, ".flac") || strings.Count(d.Path, string(filepath.Separator)) != 2 {
			t.Errorf("path %q is not Artist/Album/NN Title.flac", d.Path)
		}
		if s.Seconds < 30 || s.Seconds > 60 || s.BPM < 60 || s.BPM > 180 || s.SampleRate != DemoSampleRate {
			t.Errorf("%s: out of range: %+v", d.Title, s)
		}
		switch d.Genre {
		case "Ambient":
			if s.Drums || s.BPM > 80 || s.Energy > 0.25 {
				t.Errorf("ambient %q has drums or is fast or loud: %+v", d.Title, s)
			}
		case "Techno":
			if !s.Drums || s.BPM < 125 || s.BPM > 135 || s.Energy < 0.8 {
				t.Errorf("techno %q is not 125–135 BPM at high energy: %+v", d.Title, s)
			}
		case "Drum and Bass":
			if !s.Drums || s.BPM < 165 || s.Energy < 0.8 {
				t.Errorf("drum and bass %q: %+v", d.Title, s)
			}
		}
	}
	if len(artists) < 6 || len(albums) != 8 || len(genres) < 5 || len(tonics) < 10 || minor < 8 || minor > 24 {
		t.Fatalf("not varied: %d artists, %d albums, %d genres, %d tonics, %d minor",
			len(artists), len(albums), len(genres), len(tonics), minor)
	}
}

func TestWriteDemoTracks(t *testing.T) {
	dir := t.TempDir()
	// Two real tracks, shortened to keep this quick under the race detector
	// (TestDemoTracksCoherent checks the real durations).
	tracks := DemoTracks()[10:12]
	for i := range tracks {
		tracks[i].Spec.Seconds = 3
	}
	var calls []int
	got, err := WriteDemoTracks(context.Background(), dir, tracks, func(done, total int) {
		if total != len(tracks) {
			t.Errorf("total %d", total)
		}
		calls = append(calls, done)
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(calls, []int{1, 2}) {
		t.Fatalf("progress calls %v", calls)
	}
	// Each file gets an old modification time, the damaged one after its
	// damage too: a file written again has the time of its writing, and
	// one left alone keeps this one, whatever the clock's or the file
	// system's granularity (a sleep between the runs had stood for that).
	old := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, d := range got {
		if d.Path != filepath.Join(dir, tracks[i].Path) {
			t.Fatalf("path %q", d.Path)
		}
		stream, err := flac.ParseFile(d.Path)
		if err != nil {
			t.Fatal(err)
		}
		secs := float64(stream.Info.NSamples) / float64(stream.Info.SampleRate)
		stream.Close()
		if secs != d.Spec.Seconds {
			t.Errorf("%s: %.2f s", d.Title, secs)
		}
		if !hasTag(stream.Blocks, "ARTIST", d.Artist) || !hasTag(stream.Blocks, "GENRE", d.Genre) {
			t.Errorf("%s: tags missing", d.Title)
		}
		if err := os.Chtimes(d.Path, old, old); err != nil {
			t.Fatal(err)
		}
	}

	// Damage one file; a second run rewrites only that one.
	damaged := got[1].Path
	fi, _ := os.Stat(damaged)
	if err := os.Truncate(damaged, fi.Size()-100); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(damaged, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteDemoTracks(context.Background(), dir, tracks, nil); err != nil {
		t.Fatal(err)
	}
	for _, d := range got {
		fi, _ := os.Stat(d.Path)
		rewritten := !fi.ModTime().Equal(old)
		if rewritten != (d.Path == damaged) {
			t.Errorf("%s rewritten = %v", d.Title, rewritten)
		}
		if !demoFileComplete(d.Path, uint64(d.Spec.Seconds*DemoSampleRate), DemoSampleRate, d.Title) {
			t.Errorf("%s is not complete after the second run", d.Title)
		}
	}
}

func TestWriteDemoCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := WriteDemo(ctx, t.TempDir(), nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
