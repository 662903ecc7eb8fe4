// Package jobs holds the jobs that join the library, the language-model
// layer and the engine, shared by the command line and the explorer.
package jobs

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"sleeve/library"
	"sleeve/library/analysis"
	"sleeve/models"
)

// FactsOf turns a stored track into what the note writer reads.
func FactsOf(t library.Track) models.TrackFacts {
	f := models.TrackFacts{
		Title: t.Tags.Title, Artist: t.Tags.Artist, Album: t.Tags.Album, AlbumArtist: t.Tags.AlbumArtist,
		Genres: t.Tags.Genres, Year: t.Tags.Year, Duration: t.Duration,
	}
	if ft := t.Features; ft != nil {
		f.Features = &models.FeatureFacts{
			Version: ft.Version, BPM: ft.ReliableBPM(), BPMConfidence: ft.BPMConfidence, Key: ft.Key, Minor: ft.Minor,
			KeyConfidence: ft.KeyConfidence, LoudnessLUFS: ft.LoudnessLUFS, DynamicRange: ft.DynamicRange,
			Energy: ft.Energy, Brightness: ft.Brightness, Flatness: ft.Flatness, OnsetRate: ft.OnsetRate,
			PulseClarity: ft.PulseClarity, NotMusic: analysis.DescribeNotMusic(ft.NotMusic, t.Duration),
		}
	}
	return f
}

// NoteOf converts a note from the model layer for the store.
func NoteOf(n models.Note) library.Note {
	return library.Note{Text: n.Text, Moods: n.Moods, Genres: n.Genres, Instruments: n.Instruments,
		Contexts: n.Contexts, Model: n.Model, Template: n.Template, PromptVersion: n.PromptVersion,
		FeatureVersion: n.FeatureVersion, Key: n.Key, Dropped: n.Dropped, CreatedAt: n.CreatedAt}
}

// modelNote converts a stored note back, to embed it.
func modelNote(n library.Note) models.Note {
	return models.Note{Text: n.Text, Moods: n.Moods, Genres: n.Genres, Instruments: n.Instruments,
		Contexts: n.Contexts, Model: n.Model, Template: n.Template}
}

// NotesOptions tunes WriteNotes.
type NotesOptions struct {
	// NoLLM writes template notes and skips embeddings.
	NoLLM bool
	// Force rewrites every note, current or not.
	Force bool
	// Concurrency is how many notes are requested from Ollama at once.
	Concurrency int
	// OnProgress is called after each saved batch.
	OnProgress func(done, total int, elapsed time.Duration)
	// OnNotice is called with things the person should know, such as why
	// template notes were written instead of model notes.
	OnNotice func(string)
}

// NotesResult counts what WriteNotes did.
type NotesResult struct {
	ModelNotes    int
	TemplateNotes int
	Embedded      int
	UpToDate      int
	// KeptStale counts model notes that are out of date but were kept,
	// because no model was available to rewrite them.
	KeptStale   int
	Interrupted bool
	Elapsed     time.Duration
	// ChatModel and EmbedModel are the models used, empty when none.
	ChatModel, EmbedModel string
	// EmbedProblem says why no embeddings were written, if so.
	EmbedProblem string
}

// notesBatch is how many tracks are described, embedded and saved
// together. Each batch is one transaction, so an interruption loses at most
// one batch of work.
const notesBatch = 32

// WriteNotes writes a sleeve note, and an embedding when an embedding model
// is available, for every present track whose note is missing or stale:
// written from other inputs (tags, features, prompt or model), or from a
// template while a model is now available. Without a usable chat model it
// writes template notes, and keeps existing model notes. Cancelling ctx
// keeps every batch already saved.
func WriteNotes(ctx context.Context, store *library.Store, client *models.Client, opt NotesOptions) (NotesResult, error) {
	start := time.Now()
	var res NotesResult
	notice := func(format string, args ...any) {
		if opt.OnNotice != nil {
			opt.OnNotice(fmt.Sprintf(format, args...))
		}
	}
	// What is said about the models waits until it is known that there
	// is work: a run with every note up to date says nothing about notes
	// it does not write.
	var modelNotices []string
	later := func(format string, args ...any) { modelNotices = append(modelNotices, fmt.Sprintf(format, args...)) }
	chatOK, embedOK := false, false
	if client != nil && !opt.NoLLM {
		st := client.Status(ctx)
		switch {
		case !st.Reachable:
			later("Writing template notes, which a later run with Ollama replaces: %s.", st.Reason)
			res.EmbedProblem = "Ollama is not reachable"
		default:
			chatOK = st.Chat.Installed && st.Chat.Problem == ""
			embedOK = st.Embed.Installed && st.Embed.Problem == ""
			if !chatOK {
				later("The chat model %s cannot be used (%s): writing template notes. 'sleeve models pull' installs it.", st.Chat.Name, problemOf(st.Chat))
			}
			if !embedOK {
				res.EmbedProblem = fmt.Sprintf("the embedding model %s cannot be used (%s)", st.Embed.Name, problemOf(st.Embed))
				later("No embeddings: %s; search falls back to words (bm25). 'sleeve models pull' installs it.", res.EmbedProblem)
			}
		}
	} else if opt.NoLLM {
		res.EmbedProblem = "the language model is turned off"
	}
	var describerClient *models.Client
	if chatOK {
		describerClient = client
		res.ChatModel = client.ChatModel()
	}
	if embedOK {
		res.EmbedModel = client.EmbedModel()
	}
	desc := models.NewDescriber(describerClient, models.DescriberConfig{Concurrency: opt.Concurrency, NoLLM: !chatOK,
		OnGiveUp: func(why string) { notice("%s", why) }, OnSlow: func(msg string) { notice("%s", msg) }})

	// Pass 1: decide what needs doing, keeping only IDs.
	states := map[library.TrackID]library.NoteState{}
	for st, err := range store.NoteStates(ctx) {
		if err != nil {
			return res, err
		}
		states[st.TrackID] = st
	}
	type job struct {
		id        library.TrackID
		needNote  bool
		needEmbed bool
	}
	var jobs []job
	for t, err := range store.Tracks(ctx, library.Filter{Sort: "path"}) {
		if err != nil {
			return res, err
		}
		st := states[t.ID]
		key := desc.Key(FactsOf(t))
		needNote := opt.Force || !st.HasNote || (st.Template && chatOK) || st.Key != key
		if needNote && st.HasNote && !st.Template && !chatOK && !opt.Force {
			// A model note beats a template even when a little stale.
			needNote = false
			if st.Key != key {
				res.KeptStale++
			}
		}
		needEmbed := embedOK && (needNote || !models.SameModel(st.EmbedModel, res.EmbedModel))
		if !needNote && !needEmbed {
			res.UpToDate++
			continue
		}
		jobs = append(jobs, job{t.ID, needNote, needEmbed})
	}
	if len(jobs) > 0 {
		for _, m := range modelNotices {
			notice("%s", m)
		}
	}
	if res.KeptStale > 0 {
		notice("%d model notes are out of date and kept until a model can rewrite them.", res.KeptStale)
	}

	// Pass 2: describe, embed and save in batches.
	total := len(jobs)
	for i := 0; i < len(jobs); i += notesBatch {
		if ctx.Err() != nil {
			res.Interrupted = true
			break
		}
		batch := jobs[i:min(i+notesBatch, len(jobs))]
		tracks := make([]library.Track, len(batch))
		facts := make([]models.TrackFacts, len(batch))
		notes := make([]models.Note, len(batch))
		have := make([]bool, len(batch))
		// stored keeps the note read for a track whose note is current and
		// only needs an embedding, so it is saved back without a second read.
		stored := make([]library.Note, len(batch))
		var toDescribe []int
		for j, jb := range batch {
			t, err := store.Track(ctx, jb.id)
			if err != nil {
				return res, err
			}
			tracks[j], facts[j] = t, FactsOf(t)
			if jb.needNote {
				toDescribe = append(toDescribe, j)
			} else if n, err := store.Note(ctx, jb.id); err == nil {
				notes[j], have[j], stored[j] = modelNote(n), true, n
			}
		}
		sub := make([]models.TrackFacts, len(toDescribe))
		for k, j := range toDescribe {
			sub[k] = facts[j]
		}
		err := desc.DescribeAll(ctx, sub, func(k int, n models.Note) {
			notes[toDescribe[k]], have[toDescribe[k]] = n, true
		})
		interrupted := err != nil
		var embeds map[int]*library.NoteEmbedding
		if embedOK && !interrupted {
			var e error
			embeds, e = embedBatch(ctx, client, len(batch), func(j int) (models.TrackFacts, models.Note, bool) {
				return facts[j], notes[j], have[j] && batch[j].needEmbed
			})
			if e != nil {
				if ctx.Err() != nil {
					interrupted = true
				} else {
					embedOK = false
					res.EmbedProblem = e.Error()
					notice("No more embeddings: %v; search falls back to words (bm25).", e)
				}
			}
		}
		var recs []library.NoteRecord
		for j, jb := range batch {
			if !have[j] {
				continue
			}
			if !jb.needNote && embeds[j] == nil {
				continue
			}
			rec := library.NoteRecord{TrackID: jb.id, Embedding: embeds[j]}
			if jb.needNote {
				rec.Note = NoteOf(notes[j])
				if notes[j].Template {
					res.TemplateNotes++
				} else {
					res.ModelNotes++
				}
			} else {
				// Only the embedding is new; the note is rewritten as it was.
				rec.Note = stored[j]
			}
			if rec.Embedding != nil {
				res.Embedded++
			}
			recs = append(recs, rec)
		}
		// Save what was finished even when interrupted.
		if err := store.SaveNotes(context.WithoutCancel(ctx), recs); err != nil {
			return res, err
		}
		if opt.OnProgress != nil {
			opt.OnProgress(min(i+len(batch), total), total, time.Since(start))
		}
		if interrupted {
			res.Interrupted = true
			break
		}
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// embedBatch embeds the notes pick selects and returns them by index.
func embedBatch(ctx context.Context, client *models.Client, n int, pick func(j int) (models.TrackFacts, models.Note, bool)) (map[int]*library.NoteEmbedding, error) {
	var idx []int
	var texts []string
	for j := range n {
		f, note, ok := pick(j)
		if !ok {
			continue
		}
		idx = append(idx, j)
		texts = append(texts, models.EmbedText(f, note))
	}
	out := map[int]*library.NoteEmbedding{}
	if len(texts) == 0 {
		return out, nil
	}
	emb, err := client.Embed(ctx, texts)
	if err != nil {
		return out, err
	}
	if len(emb.Vectors) != len(texts) {
		return out, errors.New("the embedding model returned the wrong number of vectors")
	}
	for k, j := range idx {
		data, err := models.Compact(emb.Vectors[k]).MarshalBinary()
		if err != nil {
			return out, err
		}
		out[j] = &library.NoteEmbedding{Model: emb.Model, Dims: emb.Dims, Vector: data, TextKey: textKey(emb.Model, texts[k])}
	}
	return out, nil
}

// textKey identifies the text an embedding was made from.
func textKey(model, text string) string {
	h := sha256.Sum256([]byte(model + "\x00" + text))
	return hex.EncodeToString(h[:16])
}

func problemOf(m models.ModelStatus) string {
	if m.Problem != "" {
		return m.Problem
	}
	if !m.Installed {
		return "not installed"
	}
	return "unknown"
}
