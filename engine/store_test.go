package engine

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/library/analysis"
)

func TestSessionsPersistAndResume(t *testing.T) {
	ctx := context.Background()
	st, err := library.Open(ctx, filepath.Join(t.TempDir(), "sleeve.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e := newTestEngine(t)
	s := NewSession(e.now())
	say(t, e, s, "calm piano")
	second := say(t, e, s, "slower")
	if err := SaveSession(ctx, st, s); err != nil {
		t.Fatal(err)
	}
	back, err := LoadSession(ctx, st, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Turns) != 2 || !slices.Equal(back.LastShown(), second.IDs()) {
		t.Fatalf("resumed %d turns, last %v", len(back.Turns), back.LastShown())
	}
	undone, err := UndoStored(ctx, st, s.ID, e.now())
	if err != nil || len(undone.Turns) != 1 {
		t.Fatalf("undo: %v, %d turns", err, len(undone.Turns))
	}
	again, _ := LoadSession(ctx, st, s.ID)
	if len(again.Turns) != 1 || again.State().TempoShift != 0 {
		t.Errorf("stored session after undo: %d turns, state %+v", len(again.Turns), again.State())
	}
	if _, err := LoadSession(ctx, st, "nope"); !errors.Is(err, library.ErrNotFound) {
		t.Errorf("missing session: %v", err)
	}
}

type fakeTasteStore struct {
	events []library.Feedback
	edits  []library.TasteEdit
}

func (f fakeTasteStore) Feedback(context.Context) ([]library.Feedback, error)    { return f.events, nil }
func (f fakeTasteStore) TasteEdits(context.Context) ([]library.TasteEdit, error) { return f.edits, nil }

func TestLoadTasteMatchesLearnTaste(t *testing.T) {
	cat := testCatalog(t)
	at := time.Unix(50, 0)
	events := []Feedback{
		{TrackID: 1, Kind: Rate, Rating: 5, At: at, SessionID: "x", Request: "jazz"},
		{TrackID: 40, Kind: Rate, Rating: 1, At: at},
		{TrackID: 41, Kind: Skip, At: at},
		{TrackID: 2, Kind: MoreLike, At: at},
	}
	var stored []library.Feedback
	for _, e := range events {
		stored = append(stored, e.Stored())
	}
	got, err := LoadTaste(context.Background(), fakeTasteStore{events: stored, edits: []library.TasteEdit{{Kind: "genre", Name: "metal", Affinity: -1}}}, cat)
	if err != nil {
		t.Fatal(err)
	}
	want := LearnTaste(events, []Edit{{Kind: "genre", Name: "metal", Affinity: -1}}, cat)
	if !slices.Equal(got.Liked, want.Liked) || !slices.Equal(got.Disliked, want.Disliked) || got.Genres["metal"] != want.Genres["metal"] {
		t.Errorf("LoadTaste %+v, LearnTaste %+v", got, want)
	}
}

func TestRowFromTrack(t *testing.T) {
	tr := library.Track{ID: 7, Path: "/m/a.flac", Duration: 3 * time.Minute,
		Tags: library.Tags{Title: "A", AlbumArtist: "Band", Album: "LP", Genres: []string{"jazz"}}}
	r := RowFromTrack(tr)
	if r.ID != 7 || r.Artist != "Band" || r.HasFeatures || r.Duration != 3*time.Minute {
		t.Errorf("%+v", r)
	}
	tr.Features = &library.Features{}
	tr.Features.BPM, tr.Features.BPMConfidence, tr.Features.Minor, tr.Features.Timbre = 120, 0.8, true, []float32{1, 0}
	if r := RowFromTrack(tr); !r.HasFeatures || r.BPM != 120 || !r.Minor || len(r.Timbre) != 2 {
		t.Errorf("%+v", r)
	}
}

func TestUnsureTempoIsUnknown(t *testing.T) {
	sure := library.Track{Features: &library.Features{Features: analysis.Features{BPM: 128, BPMConfidence: 0.9}}}
	unsure := library.Track{Features: &library.Features{Features: analysis.Features{BPM: 154, BPMConfidence: 0.05}}}
	if r := RowFromTrack(sure); r.BPM != 128 || !r.HasFeatures {
		t.Errorf("a confident tempo was dropped: %+v", r)
	}
	if r := RowFromTrack(unsure); r.BPM != 0 || !r.HasFeatures {
		t.Errorf("a tempo measured without a pulse was kept: %+v", r)
	}
}
