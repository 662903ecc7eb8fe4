package library

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// addTracks inserts n bare tracks and returns their IDs.
func addTracks(t *testing.T, s *Store, n int) []TrackID {
	t.Helper()
	var ids []TrackID
	for i := range n {
		res, err := s.w.Exec(`INSERT INTO tracks (path, dir, size, mtime_ns, fingerprint, format, title, added_at, updated_at)
			VALUES (?, '/m', 1, 1, 'fp', 'flac', ?, 1, 1)`, fmt.Sprintf("/m/%d.flac", i), fmt.Sprintf("T%d", i))
		if err != nil {
			t.Fatal(err)
		}
		id, _ := res.LastInsertId()
		ids = append(ids, TrackID(id))
	}
	return ids
}

func TestFeedbackRoundTripAndReset(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sleeve.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ids := addTracks(t, s, 3)
	t0 := time.UnixMilli(1_700_000_000_000)
	events := []Feedback{
		{TrackID: ids[0], Kind: "rate", Rating: 5, At: t0, SessionID: "s1", Request: "calm piano"},
		{TrackID: ids[1], Kind: "skip", At: t0.Add(time.Second), SessionID: "s1"},
		{TrackID: ids[1], Kind: "play", At: t0.Add(2 * time.Second)},
		{TrackID: ids[1], Kind: "play", At: t0.Add(3 * time.Second)},
		{TrackID: ids[2], Kind: "more", At: t0.Add(4 * time.Second)},
	}
	for _, e := range events {
		if err := s.AddFeedback(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	for _, bad := range []Feedback{{TrackID: ids[0], Kind: "rate", Rating: 6, At: t0}, {TrackID: ids[0], Kind: "love", At: t0}, {TrackID: 9999, Kind: "play", At: t0}} {
		if err := s.AddFeedback(ctx, bad); err == nil {
			t.Errorf("accepted %+v", bad)
		}
	}
	if err := s.RecordShown(ctx, []TrackID{ids[0], ids[1], ids[0], 9999}, t0); err != nil {
		t.Fatal(err)
	}
	if err := s.SetTasteEdit(ctx, TasteEdit{Kind: "artist", Name: "Nova Lane", Affinity: -1, At: t0}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetTasteEdit(ctx, TasteEdit{Kind: "artist", Name: "nova lane", Affinity: 0.5, At: t0.Add(time.Second)}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	// Everything survives reopening.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Feedback(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(events) {
		t.Fatalf("%d events back, want %d", len(got), len(events))
	}
	for i := range got {
		if got[i] != events[i] && !(got[i].At.Equal(events[i].At) && got[i].TrackID == events[i].TrackID && got[i].Kind == events[i].Kind) {
			t.Errorf("event %d: %+v, want %+v", i, got[i], events[i])
		}
	}
	if got[0].Request != "calm piano" || got[0].SessionID != "s1" || got[0].Rating != 5 {
		t.Errorf("context lost: %+v", got[0])
	}
	plays, _ := s.PlayCounts(ctx)
	shown, _ := s.Exposure(ctx)
	if plays[ids[1]] != 2 || shown[ids[0]] != 2 || shown[ids[1]] != 1 || len(shown) != 2 {
		t.Errorf("plays %v, shown %v", plays, shown)
	}
	edits, _ := s.TasteEdits(ctx)
	if len(edits) != 1 || edits[0].Affinity != 0.5 {
		t.Errorf("edits %+v, want one (the later) edit of Nova Lane", edits)
	}

	// A reset forgets feedback and edits for learning, keeps plays.
	if err := s.ResetTaste(ctx, t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	s.AddFeedback(ctx, Feedback{TrackID: ids[2], Kind: "rate", Rating: 1, At: t0.Add(2 * time.Minute)})
	got, _ = s.Feedback(ctx)
	edits, _ = s.TasteEdits(ctx)
	plays, _ = s.PlayCounts(ctx)
	if len(got) != 1 || got[0].Rating != 1 || len(edits) != 0 || plays[ids[1]] != 2 {
		t.Errorf("after reset: feedback %+v, edits %+v, plays %v", got, edits, plays)
	}

	// Feedback and exposure go with a pruned track.
	if _, err := s.w.Exec(`DELETE FROM tracks WHERE id = ?`, ids[0]); err != nil {
		t.Fatal(err)
	}
	shown, _ = s.Exposure(ctx)
	if _, ok := shown[ids[0]]; ok {
		t.Error("exposure of a deleted track kept")
	}
}

func TestSessionsStore(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	t0 := time.UnixMilli(1_700_000_000_000)
	if err := s.SaveSession(ctx, SessionInfo{ID: "a", Created: t0, Updated: t0}, []byte(`{"v":1}`)); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSession(ctx, SessionInfo{ID: "b", Created: t0, Updated: t0.Add(time.Second)}, []byte(`{"v":2}`)); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSession(ctx, SessionInfo{ID: "a", Created: t0.Add(time.Hour), Updated: t0.Add(time.Minute)}, []byte(`{"v":3}`)); err != nil {
		t.Fatal(err)
	}
	data, err := s.Session(ctx, "a")
	if err != nil || string(data) != `{"v":3}` {
		t.Errorf("session a: %s, %v", data, err)
	}
	list, _ := s.Sessions(ctx, 0)
	if len(list) != 2 || list[0].ID != "a" || !list[0].Created.Equal(t0) {
		t.Errorf("sessions %+v: want a (updated last, created kept) first", list)
	}
	if _, err := s.Session(ctx, "zzz"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing session: %v", err)
	}
	if err := s.DeleteSession(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.Sessions(ctx, 1); len(list) != 1 || list[0].ID != "b" {
		t.Errorf("after delete: %+v", list)
	}
	if err := s.SaveSession(ctx, SessionInfo{}, nil); err == nil {
		t.Error("saved a session without an ID")
	}
}
