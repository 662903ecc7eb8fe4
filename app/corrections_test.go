package app

import (
	"context"
	"strings"
	"testing"

	"sleeve/engine"
	"sleeve/library"
)

// TestCorrectionsReachNotesAndRanking corrects demo tracks and checks that
// the notes are rewritten from the person's values and that the
// recommender's catalogue, loaded afresh, ranks with them.
func TestCorrectionsReachNotesAndRanking(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, 10) // Halcyon Drift's ambient tracks and two synth-pop ones
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	tracks := allTracks(t, s)
	tempo, marked := tracks[0], tracks[1]
	res, err := Correct(ctx, s, tempo.ID, library.CorrectionEdit{BPM: 126, SetKey: true, Tonic: 2, Minor: true, Genres: []string{"Bossa Nova"}})
	if err != nil {
		t.Fatal(err)
	}
	if !res.NoteBefore || res.Track.Features.BPM != 126 {
		t.Errorf("Correct: note before %v, bpm %.0f", res.NoteBefore, res.Track.Features.BPM)
	}
	yes := true
	if _, err := Correct(ctx, s, marked.ID, library.CorrectionEdit{NotMusic: &yes}); err != nil {
		t.Fatal(err)
	}

	// The facts the note writer reads are the person's.
	f := FactsOf(res.Track)
	if f.Features.BPM != 126 || f.Features.Key != "D minor" || !f.Features.Minor || f.Genres[0] != "Bossa Nova" {
		t.Errorf("facts %+v, genres %q", f.Features, f.Genres)
	}
	// A second run of notes rewrites exactly the two corrected tracks.
	out, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true})
	if err != nil {
		t.Fatal(err)
	}
	if out.TemplateNotes != 2 || out.UpToDate != len(tracks)-2 {
		t.Errorf("notes after the corrections: %+v", out)
	}
	notes := notesOf(t, s)
	if text := notes[tempo.ID].Text; !strings.Contains(text, "126 BPM") || !strings.Contains(text, "D minor") {
		t.Errorf("the corrected track's note: %q", text)
	}
	if text := notes[marked.ID].Text; !strings.Contains(text, "marked as not music") || strings.Contains(text, "BPM") {
		t.Errorf("the note of a track marked not music: %q", text)
	}

	// The catalogue ranks with the corrections: a tempo range takes the
	// corrected track, and the one marked not music is left out.
	r, err := NewRecommender(ctx, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	reply, err := r.Recommend(ctx, "", "something between 120 and 130 bpm", 10)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range reply.Result.Items {
		found = found || it.ID == tempo.ID
		if it.ID == marked.ID {
			t.Errorf("a track marked not music was picked")
		}
	}
	if !found {
		t.Errorf("the track corrected to 126 BPM is not among the picks for 120–130 BPM: %+v", reply.Result.Items)
	}
	row := engine.RowFromTrack(mustTrack(t, s, marked.ID))
	if !row.NotMusic {
		t.Error("the catalogue row of a track marked not music is music")
	}
}

func mustTrack(t *testing.T, s *library.Store, id library.TrackID) library.Track {
	t.Helper()
	tr, err := s.Track(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// TestCopyEdit: a copy takes the corrected track's resulting values, not
// the edit itself (half of the track's tempo, not half of the copy's),
// and only genres when it is not analysed.
func TestCopyEdit(t *testing.T) {
	yes := true
	tr := library.Track{Correction: &library.Correction{BPM: 63, HasKey: true, Tonic: 2, Minor: true, NotMusic: &yes}}
	e := library.CorrectionEdit{ScaleBPM: 0.5, SetKey: true, Tonic: 2, Minor: true, Genres: []string{"Jazz"}, NotMusic: &yes,
		Clear: []string{library.CorrectGenre}}
	got := copyEdit(tr, e, true)
	if got.BPM != 63 || got.ScaleBPM != 0 || !got.SetKey || got.Tonic != 2 || !got.Minor || got.NotMusic == nil ||
		len(got.Genres) != 1 || len(got.Clear) != 1 {
		t.Errorf("analysed copy: %+v", got)
	}
	got = copyEdit(tr, library.CorrectionEdit{ScaleBPM: 2, Genres: []string{"Jazz"}, Clear: []string{library.CorrectKey}}, false)
	if got.BPM != 0 || got.SetKey || len(got.Clear) != 0 || len(got.Genres) != 1 {
		t.Errorf("unanalysed copy: %+v", got)
	}
}

// TestCorrectionKeepsAnApprovedNote corrects a track whose note the person
// approved: Correct says the note is kept (not that sleeve notes rewrites
// it), and a run of notes leaves it as it was.
func TestCorrectionKeepsAnApprovedNote(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, 4)
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	var id library.TrackID
	for tr, err := range s.Tracks(ctx, library.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		id = tr.ID
		break
	}
	approved, err := ApproveNote(ctx, s, id)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Correct(ctx, s, id, library.CorrectionEdit{BPM: 126})
	if err != nil {
		t.Fatal(err)
	}
	if res.NoteBefore || !res.NoteKept {
		t.Errorf("an approved note: NoteBefore %v, NoteKept %v; want false, true", res.NoteBefore, res.NoteKept)
	}
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	if got := notesOf(t, s)[id]; got.Text != approved.Text || !got.Reviewed() {
		t.Errorf("the approved note after a correction and a notes run: %q (review %q), want %q", got.Text, got.Review, approved.Text)
	}
}
