package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"sleeve/engine"
	"sleeve/library"
	"sleeve/models"
)

// DatasetResult counts what ExportDataset wrote.
type DatasetResult struct {
	// Notes are approved or edited notes; Accepted and Rejected are picks
	// the listener took to (a rating of 4 or 5, a full play, "more like
	// this") or turned down (a rating of 1 or 2, a skip) for a request.
	Notes, Accepted, Rejected int
}

// ExportDatasetFile writes ExportDataset's JSONL to the file at path,
// whole or not at all (through a temporary file and a rename). It never
// writes over the library database or the files beside it, and replaces
// an existing file only with overwrite.
func ExportDatasetFile(ctx context.Context, store *library.Store, path string, overwrite bool) (DatasetResult, error) {
	var res DatasetResult
	err := engine.WriteFileSafely(path, engine.ExportOptions{Overwrite: overwrite, Protected: store.Files()}, func(w io.Writer) error {
		var err error
		res, err = ExportDataset(ctx, store, w)
		return err
	})
	return res, err
}

// ExportDataset writes the approved and edited notes, and the picks the
// listener accepted or rejected for a request since the taste was last
// reset, to w as chat-format JSONL ({"messages": [...]} per line), the
// input of LoRA training tools. Ratings of 3 and feedback given outside a
// request are left out: they say nothing about fitting a request.
func ExportDataset(ctx context.Context, store *library.Store, w io.Writer) (DatasetResult, error) {
	var res DatasetResult
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	reviewed, err := store.ReviewedNotes(ctx)
	if err != nil {
		return res, err
	}
	facts := map[library.TrackID]models.TrackFacts{}
	factsOf := func(id library.TrackID) (models.TrackFacts, error) {
		if f, ok := facts[id]; ok {
			return f, nil
		}
		t, err := store.Track(ctx, id)
		if err != nil {
			return models.TrackFacts{}, err
		}
		facts[id] = FactsOf(t)
		return facts[id], nil
	}
	for _, r := range reviewed {
		f, err := factsOf(r.TrackID)
		if err != nil {
			return res, err
		}
		if err := enc.Encode(models.NoteTrainingExample(models.AdaptExample{Facts: f, Note: modelNote(r.Note)})); err != nil {
			return res, err
		}
		res.Notes++
	}
	events, err := store.Feedback(ctx)
	if err != nil {
		return res, err
	}
	for _, ev := range events {
		fits, known := pickVerdict(ev)
		if !known || ev.Request == "" {
			continue
		}
		f, err := factsOf(ev.TrackID)
		if err != nil {
			continue // a track pruned since: nothing to say about it
		}
		if err := enc.Encode(models.PickTrainingExample(ev.Request, f, fits)); err != nil {
			return res, err
		}
		if fits {
			res.Accepted++
		} else {
			res.Rejected++
		}
	}
	if err := bw.Flush(); err != nil {
		return res, fmt.Errorf("write the dataset: %w", err)
	}
	return res, nil
}

// pickVerdict reads a feedback event as accepted or rejected, if it says
// either.
func pickVerdict(f library.Feedback) (fits, known bool) {
	switch {
	case f.Kind == "rate" && f.Rating >= 4, f.Kind == "play", f.Kind == "more":
		return true, true
	case f.Kind == "rate" && f.Rating <= 2, f.Kind == "skip":
		return false, true
	}
	return false, false
}
