// Package browser is the library browser pane: artists, then albums, then
// tracks, or one flat track list, filtered and sorted in memory over a
// slice of lightweight rows loaded once, and rendered virtually (only the
// visible rows are drawn).
package browser

import (
	"context"
	"iter"
	"math"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/common"
)

// Row is the lightweight, in-memory form of a track that the browser
// lists, filters and sorts.
type Row struct {
	ID                          app.TrackID
	Title, Artist, Album, Genre string
	// Genres are all the track's genres (the corrected ones when the
	// person corrected them), trimmed; Genre is the first.
	Genres []string
	Year   int16
	// Key is tonic*2 + 1 for minor keys, or -1 when the key is unknown.
	Key int8
	// Analysed is set when the features below were measured.
	Analysed              bool
	BPM, Energy, Loudness float32
	// Added is when the track was added, in Unix seconds.
	Added uint32
	// Seconds is the duration.
	Seconds uint32
	// Filter is what a filter reads of the track (app.Filter.Matcher),
	// so that a filter means here what it means to `sleeve ls`.
	Filter app.FilterRow
	// Format and Folder (the name of the file's folder) tell copies of a
	// song apart.
	Format, Folder string
	// RatedAt is when the rating was given, in Unix milliseconds; 0 when
	// not rated.
	RatedAt int64
}

// Rating returns the person's latest rating of the track, 1 to 5, or 0
// when it is not rated.
func (r Row) Rating() int { return r.Filter.Rating }

// KeyName returns the key as a short name such as "Am", "Eb" or "C#m"
// (spelled as app.TonicName does), or "".
func (r Row) KeyName() string {
	if r.Key < 0 {
		return ""
	}
	minor := r.Key%2 == 1
	name := app.TonicName(int(r.Key/2), minor)
	if minor {
		name += "m"
	}
	return name
}

// RowFromTrack makes the browser row of a track.
func RowFromTrack(t app.Track) Row {
	r := Row{
		ID:      t.ID,
		Title:   common.CleanText(t.Tags.Title),
		Artist:  common.CleanText(t.Tags.DisplayArtist()),
		Album:   common.CleanText(t.Tags.Album),
		Year:    int16(t.Tags.Year),
		Key:     -1,
		Added:   uint32(max(0, t.AddedAt.Unix())),
		Seconds: uint32(t.Duration / time.Second),
		Filter:  app.FilterRowOf(t),
		RatedAt: ratedAt(t),
		Format:  common.CleanText(strings.ToUpper(t.Format)),
		Folder:  common.CleanText(app.DisplayPath(filepath.Base(filepath.Dir(t.Path)))),
	}
	if r.Title == "" {
		r.Title = common.CleanText(app.DisplayPath(t.Path))
	}
	for _, g := range t.Tags.Genres {
		if g = strings.TrimSpace(common.CleanText(g)); g != "" {
			r.Genres = append(r.Genres, g)
		}
	}
	if len(r.Genres) > 0 {
		r.Genre = r.Genres[0]
	}
	if f := t.Features; f != nil {
		r.Analysed = true
		// An unconfident tempo is unknown (0), as in filters and notes.
		r.BPM = float32(f.ReliableBPM())
		r.Energy = float32(f.Energy)
		r.Loudness = float32(f.LoudnessLUFS)
		if f.Key != "" && f.Tonic >= 0 && f.Tonic < 12 {
			r.Key = int8(f.Tonic * 2)
			if f.Minor {
				r.Key++
			}
		}
	}
	if math.IsNaN(float64(r.BPM)) {
		r.BPM = 0
	}
	return r
}

func ratedAt(t app.Track) int64 {
	if t.Rating == 0 || t.RatedAt.IsZero() {
		return 0
	}
	return t.RatedAt.UnixMilli()
}

// TrackSource streams tracks; *app.Library is one.
type TrackSource interface {
	Tracks(ctx context.Context, f app.Filter) iter.Seq2[app.Track, error]
}

var _ TrackSource = (*app.Library)(nil)

// LoadedMsg carries the rows of the whole library, loaded in a Cmd.
type LoadedMsg struct {
	Rows    []Row
	Elapsed time.Duration
	Err     error
}

// Load reads every present track into rows, in artist order, off the
// event loop.
func Load(ctx context.Context, src TrackSource) tea.Cmd {
	return func() tea.Msg {
		start := time.Now()
		rows := make([]Row, 0, 1024)
		for t, err := range src.Tracks(ctx, app.Filter{Sort: "artist"}) {
			if err != nil {
				return LoadedMsg{Err: err}
			}
			rows = append(rows, RowFromTrack(t))
		}
		return LoadedMsg{Rows: rows, Elapsed: time.Since(start)}
	}
}
