package engine

import (
	"context"
	"fmt"
	"time"

	"sleeve/library"
)

// TasteStore is where feedback and profile edits are kept.
type TasteStore interface {
	Feedback(ctx context.Context) ([]library.Feedback, error)
	TasteEdits(ctx context.Context) ([]library.TasteEdit, error)
}

// SessionStore is where sessions are kept.
type SessionStore interface {
	SaveSession(ctx context.Context, info library.SessionInfo, data []byte) error
	Session(ctx context.Context, id string) ([]byte, error)
}

var (
	_ TasteStore   = (*library.Store)(nil)
	_ SessionStore = (*library.Store)(nil)
)

// RowFromTrack converts a stored track to a catalogue row: tags, duration
// and measured features. The caller adds the note, its word lists and
// embedding, and the play and exposure counts.
func RowFromTrack(t library.Track) TrackRow {
	r := TrackRow{ID: t.ID, Path: t.Path, Title: t.Tags.Title, Artist: t.Tags.DisplayArtist(), Album: t.Tags.Album,
		Genres: t.Tags.Genres, Duration: t.Duration, Year: t.Tags.Year, Fingerprint: t.Fingerprint}
	// A file that could not be decoded (damaged, cut short) cannot be
	// played either. A format with no decoder here is kept: it may be
	// played elsewhere, and a library of them would otherwise be empty.
	r.Undecodable = t.Features == nil && t.AnalysisFailure != nil && !t.AnalysisFailure.NotAnalysable
	if f := t.Features; f != nil {
		r.HasFeatures = true
		// A tempo measured without confidence (ambient, rubato, an
		// ambiguous metrical level) is a guess: the ranker treats it as
		// unknown rather than fitting "upbeat" to a drone, as the notes
		// do not state it either.
		r.BPM, r.Energy, r.Brightness, r.Minor = f.ReliableBPM(), f.Energy, f.Brightness, f.Minor
		// A beat whose tempo is unsure is not the absence of a beat: a
		// ceiling ("under 70 bpm") lets only the latter through.
		r.TempoUnsure = f.TempoUnsure()
		r.TempoSet = t.Correction.Corrected(library.CorrectBPM)
		r.Timbre = f.Timbre
		r.Heard = f.Instruments
		r.PulseClarity, r.OnsetRate, r.Flatness, r.Repetition = f.PulseClarity, f.OnsetRate, f.Flatness, f.Repetition
		// Silence, test tones and short clips (analysis says which) are
		// left out of rankings unless the query asks for them.
		r.NotMusic = f.NotMusic != ""
	}
	return r
}

// Stored converts a feedback event for the store.
func (f Feedback) Stored() library.Feedback {
	return library.Feedback{TrackID: f.TrackID, Kind: string(f.Kind), Rating: f.Rating, At: f.At, SessionID: f.SessionID, Request: f.Request}
}

// LoadTaste learns the taste from the store's feedback and edits.
func LoadTaste(ctx context.Context, st TasteStore, cat *Catalog) (Taste, error) {
	stored, err := st.Feedback(ctx)
	if err != nil {
		return Taste{}, err
	}
	edits, err := st.TasteEdits(ctx)
	if err != nil {
		return Taste{}, err
	}
	events := make([]Feedback, len(stored))
	for i, f := range stored {
		events[i] = Feedback{TrackID: f.TrackID, Kind: FeedbackKind(f.Kind), Rating: f.Rating, At: f.At, SessionID: f.SessionID, Request: f.Request}
	}
	es := make([]Edit, len(edits))
	for i, e := range edits {
		es[i] = Edit{Kind: e.Kind, Name: e.Name, Affinity: e.Affinity}
	}
	return LearnTaste(events, es, cat), nil
}

// SaveSession stores a session.
func SaveSession(ctx context.Context, st SessionStore, s *Session) error {
	b, err := s.Marshal()
	if err != nil {
		return fmt.Errorf("save session: %w", err)
	}
	return st.SaveSession(ctx, library.SessionInfo{ID: s.ID, Created: s.Created, Updated: s.Updated}, b)
}

// LoadSession resumes a stored session; a missing one wraps
// library.ErrNotFound.
func LoadSession(ctx context.Context, st SessionStore, id string) (*Session, error) {
	b, err := st.Session(ctx, id)
	if err != nil {
		return nil, err
	}
	return UnmarshalSession(b)
}

// UndoStored removes the last turn of a stored session and saves it.
func UndoStored(ctx context.Context, st SessionStore, id string, now time.Time) (*Session, error) {
	s, err := LoadSession(ctx, st, id)
	if err != nil {
		return nil, err
	}
	if err := s.Undo(); err != nil {
		return s, err
	}
	s.Updated = now
	return s, SaveSession(ctx, st, s)
}
