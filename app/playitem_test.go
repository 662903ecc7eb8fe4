package app

import (
	"testing"
	"time"

	"sleeve/library"
	"sleeve/library/analysis"
)

func TestPlayItemWindow(t *testing.T) {
	s := time.Second
	analysed := &library.Features{Features: analysis.Features{PreviewStart: 62 * s, PreviewLength: 25 * s}}
	cases := []struct {
		name          string
		track         library.Track
		preview       bool
		start, length time.Duration
	}{
		{"whole track", library.Track{Duration: 200 * s, Features: analysed}, false, 0, 0},
		{"measured window", library.Track{Duration: 200 * s, Features: analysed}, true, 62 * s, 25 * s},
		{"unanalysed: a third of the way in", library.Track{Duration: 300 * s}, true, 100 * s, 25 * s},
		{"unanalysed and short: window ends with the track", library.Track{Duration: 30 * s}, true, 5 * s, 25 * s},
		{"shorter than a preview: the whole track", library.Track{Duration: 20 * s}, true, 0, 0},
	}
	for _, c := range cases {
		it := PlayItem(c.track, c.preview, Levelling{})
		if it.Start != c.start || it.Length != c.length {
			t.Errorf("%s: window %v+%v, want %v+%v", c.name, it.Start, it.Length, c.start, c.length)
		}
	}
}
