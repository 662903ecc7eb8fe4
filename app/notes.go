// Package app holds the use cases that join the library, the language-model
// layer and the engine, shared by the command line and the explorer: notes,
// recommendations with their sessions, and plays.
package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

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
			InstrumentsHeard:  ft.InstrumentsToName(),
			InstrumentsAbsent: ft.InstrumentsAbsent(),
		}
		if ft.NotMusic == library.NotMusicMarked {
			f.Features.NotMusic = models.ListenerNotMusic
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
	// Reviewed counts notes the person approved or edited, which are
	// kept as they are.
	Reviewed int
	// KeptStale counts model notes that are out of date but were kept,
	// because no model was available to rewrite them.
	KeptStale   int
	Interrupted bool
	Elapsed     time.Duration
	// ChatModel and EmbedModel are the models used, empty when none.
	ChatModel, EmbedModel string
	// EmbedProblem says why no embeddings were written, if so.
	EmbedProblem string
	// Rephrased counts model notes written again because they shared a
	// 4-word phrase with more than 10 % of the library's notes.
	Rephrased int
	// Repeated lists the 4-word phrases (names aside) that more than 10 %
	// of the library's notes share after the run, most widespread first
	// (up to three); measured only when notes were written.
	Repeated []models.PhraseShare
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
	r := &notesRun{store: store, client: client, opt: opt, start: time.Now()}
	if !opt.NoLLM {
		var notice string
		r.client, notice = AdaptedClient(ctx, store, client)
		if notice != "" {
			r.modelNotices = append(r.modelNotices, notice)
		}
	}
	r.checkModels(ctx)
	r.newDescriber()
	jobs, err := r.plan(ctx)
	if err != nil {
		return r.res, err
	}
	// What is said about the models waits until it is known that there is
	// work: a run with every note up to date says nothing about notes it
	// does not write.
	if len(jobs) > 0 {
		for _, m := range r.modelNotices {
			r.notice("%s", m)
		}
	}
	if r.res.KeptStale > 0 {
		r.notice("%d model notes are out of date and kept until a model can rewrite them.", r.res.KeptStale)
	}
	for i := 0; i < len(jobs); i += notesBatch {
		if ctx.Err() != nil {
			r.res.Interrupted = true
			break
		}
		batch := jobs[i:min(i+notesBatch, len(jobs))]
		interrupted, err := r.writeBatch(ctx, batch)
		if err != nil {
			return r.res, err
		}
		if opt.OnProgress != nil {
			opt.OnProgress(min(i+len(batch), len(jobs)), len(jobs), time.Since(r.start))
		}
		if interrupted {
			r.res.Interrupted = true
			break
		}
	}
	if r.keptAfterFailure > 0 {
		r.notice("%d model notes were kept as they were, out of date, because the language model failed to rewrite them; run sleeve notes again to rewrite them.", r.keptAfterFailure)
	}
	if r.res.ModelNotes > 0 && r.chatOK && !r.res.Interrupted {
		if err := r.rephrase(ctx); err != nil {
			return r.res, err
		}
	}
	if r.res.ModelNotes+r.res.TemplateNotes > 0 && !r.res.Interrupted {
		r.res.Repeated = repeatedPhrases(ctx, store)
	}
	r.res.Elapsed = time.Since(r.start)
	return r.res, nil
}

// maxRephrase bounds the notes one run writes again for their phrases.
const maxRephrase = 200

// rephrase finds the 4-word phrases that more than 10 % of the library's
// notes share (names aside) and asks the model once to write again, avoiding
// them, the model notes of this run's model that push a phrase over the
// limit; the person's notes and template notes are left alone. A note whose
// new version still uses a phrase, or fails, is kept as it was.
func (r *notesRun) rephrase(ctx context.Context) error {
	texts, names, err := libraryWords(ctx, r.store)
	if err != nil || len(texts) < 20 {
		return err
	}
	rep := models.RepeatedPhrases(texts, names, 0.10)
	if len(rep) == 0 {
		return nil
	}
	avoid := make([]string, 0, min(8, len(rep)))
	for _, p := range rep[:min(8, len(rep))] {
		avoid = append(avoid, p.Phrase)
	}
	reviewed := map[library.TrackID]bool{}
	for st, err := range r.store.NoteStates(ctx) {
		if err != nil {
			return err
		}
		reviewed[st.TrackID] = st.Reviewed
	}
	allowed := len(texts) / 10
	kept := map[string]int{}
	var redo []library.TrackID
	for id, n := range r.store.Notes(ctx) {
		if n.Template || reviewed[id] || !models.SameModel(n.Model, r.client.ChatModel()) {
			continue
		}
		words := " " + strings.Join(strings.Fields(strings.ToLower(phraseText(n.Text))), " ") + " "
		over := false
		for _, p := range avoid {
			if strings.Contains(words, " "+p+" ") {
				kept[p]++
				over = over || kept[p] > allowed
			}
		}
		if over && len(redo) < maxRephrase {
			redo = append(redo, id)
		}
	}
	var recs []library.NoteRecord
	for _, id := range redo {
		if ctx.Err() != nil {
			break
		}
		t, err := r.store.Track(ctx, id)
		if err != nil {
			return err
		}
		f := FactsOf(t)
		n, err := r.desc.Rephrase(ctx, f, avoid)
		if err != nil {
			continue
		}
		rec := library.NoteRecord{TrackID: id, Note: NoteOf(n)}
		if r.embedOK {
			if e, err := embedBatch(ctx, r.client, 1, func(int) (models.TrackFacts, models.Note, bool) { return f, n, true }); err == nil {
				rec.Embedding = e[0]
			}
		}
		recs = append(recs, rec)
	}
	if err := r.store.SaveNotes(context.WithoutCancel(ctx), recs); err != nil {
		return err
	}
	r.res.Rephrased = len(recs)
	return nil
}

// phraseText lowercases text and keeps only its words, as the phrase
// counter reads them.
func phraseText(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			return r
		}
		return ' '
	}, strings.ReplaceAll(text, "’", "'"))
}

// libraryWords returns the texts of the library's notes and its names.
func libraryWords(ctx context.Context, store *library.Store) (texts, names []string, err error) {
	for t, err := range store.Tracks(ctx, library.Filter{}) {
		if err != nil {
			return nil, nil, err
		}
		names = append(names, t.Tags.Title, t.Tags.Artist, t.Tags.Album, t.Tags.AlbumArtist)
		names = append(names, t.Tags.Genres...)
	}
	for _, n := range store.Notes(ctx) {
		texts = append(texts, n.Text)
	}
	return texts, names, nil
}

// repeatedPhrases measures the 4-word phrases that more than 10 % of the
// library's notes share, names aside, and returns the top three.
func repeatedPhrases(ctx context.Context, store *library.Store) []models.PhraseShare {
	texts, names, err := libraryWords(ctx, store)
	if err != nil || len(texts) < 20 {
		return nil // too few notes for a share to mean much
	}
	rep := models.RepeatedPhrases(texts, names, 0.10)
	return rep[:min(3, len(rep))]
}

// notesRun is the state of one WriteNotes run.
type notesRun struct {
	store  *library.Store
	client *models.Client
	opt    NotesOptions
	start  time.Time
	res    NotesResult

	chatOK, embedOK bool
	// modelNotices are said once it is known that there is work.
	modelNotices []string
	desc         *models.Describer
	// keptAfterFailure counts the model notes kept because the model
	// failed to rewrite them (it stopped answering, or its replies were
	// unusable).
	keptAfterFailure int
}

// noteJob is a track whose note, or only its embedding, is to be written.
type noteJob struct {
	id        library.TrackID
	needNote  bool
	needEmbed bool
	// keepModelNote is set when the track has a model note that a
	// template note must not replace (as a run without a model keeps it),
	// should the model fail to rewrite it.
	keepModelNote bool
}

func (r *notesRun) notice(format string, args ...any) {
	if r.opt.OnNotice != nil {
		r.opt.OnNotice(fmt.Sprintf(format, args...))
	}
}

// checkModels asks Ollama whether the chat and embedding models can be
// used, and notes what to say if they cannot.
func (r *notesRun) checkModels(ctx context.Context) {
	later := func(format string, args ...any) {
		r.modelNotices = append(r.modelNotices, fmt.Sprintf(format, args...))
	}
	switch {
	case r.opt.NoLLM:
		r.res.EmbedProblem = "the language model is turned off"
	case r.client == nil:
	default:
		st := r.client.Status(ctx)
		if !st.Reachable {
			later("Writing template notes, which a later run with Ollama replaces: %s.", st.Reason)
			r.res.EmbedProblem = "Ollama is not reachable"
			break
		}
		r.chatOK = st.Chat.Installed && st.Chat.Problem == ""
		r.embedOK = st.Embed.Installed && st.Embed.Problem == ""
		if !r.chatOK {
			later("The chat model %s cannot be used (%s): writing template notes. 'sleeve models pull' installs it.", st.Chat.Name, problemOf(st.Chat))
		}
		if !r.embedOK {
			r.res.EmbedProblem = fmt.Sprintf("the embedding model %s cannot be used (%s)", st.Embed.Name, problemOf(st.Embed))
			later("No embeddings: %s; search falls back to words (bm25). 'sleeve models pull' installs it.", r.res.EmbedProblem)
		}
	}
	if r.chatOK {
		r.res.ChatModel = r.client.ChatModel()
	}
	if r.embedOK {
		r.res.EmbedModel = r.client.EmbedModel()
	}
}

// newDescriber makes the note writer: the chat model when it can be used,
// templates otherwise.
func (r *notesRun) newDescriber() {
	var describerClient *models.Client
	if r.chatOK {
		describerClient = r.client
	}
	r.desc = models.NewDescriber(describerClient, models.DescriberConfig{Concurrency: r.opt.Concurrency, NoLLM: !r.chatOK,
		OnGiveUp: func(why string) { r.notice("%s", why) }, OnSlow: func(msg string) { r.notice("%s", msg) }})
}

// plan decides what needs doing, keeping only IDs, and counts the notes
// up to date and the model notes kept although stale.
func (r *notesRun) plan(ctx context.Context) ([]noteJob, error) {
	states := map[library.TrackID]library.NoteState{}
	for st, err := range r.store.NoteStates(ctx) {
		if err != nil {
			return nil, err
		}
		states[st.TrackID] = st
	}
	var jobs []noteJob
	for t, err := range r.store.Tracks(ctx, library.Filter{Sort: "path"}) {
		if err != nil {
			return nil, err
		}
		st := states[t.ID]
		key := r.desc.Key(FactsOf(t))
		needNote := r.opt.Force || !st.HasNote || (st.Template && r.chatOK) || st.Key != key
		if st.Reviewed {
			// The person approved or edited it: it is theirs.
			needNote = false
			r.res.Reviewed++
		}
		// A model note that a template note must not replace.
		keepModelNote := st.HasNote && !st.Template && !r.opt.Force
		if needNote && keepModelNote && !r.chatOK {
			// A model note beats a template even when a little stale.
			needNote = false
			if st.Key != key {
				r.res.KeptStale++
			}
		}
		needEmbed := r.embedOK && (needNote || !models.SameModel(st.EmbedModel, r.res.EmbedModel))
		if !needNote && !needEmbed {
			r.res.UpToDate++
			continue
		}
		jobs = append(jobs, noteJob{id: t.ID, needNote: needNote, needEmbed: needEmbed, keepModelNote: keepModelNote})
	}
	return jobs, nil
}

// noteBatch is one batch's tracks as they are described and embedded.
type noteBatch struct {
	jobs  []noteJob
	facts []models.TrackFacts
	notes []models.Note
	have  []bool
	// stored keeps the note read for a track whose note is current and
	// only needs an embedding, so it is saved back without a second read.
	stored []library.Note
}

// writeBatch describes, embeds and saves one batch in one transaction,
// saving what was finished even when interrupted.
func (r *notesRun) writeBatch(ctx context.Context, jobs []noteJob) (interrupted bool, err error) {
	b, toDescribe, err := r.readBatch(ctx, jobs)
	if err != nil {
		return false, err
	}
	sub := make([]models.TrackFacts, len(toDescribe))
	for k, j := range toDescribe {
		sub[k] = b.facts[j]
	}
	interrupted = r.desc.DescribeAll(ctx, sub, func(k int, n models.Note) {
		b.notes[toDescribe[k]], b.have[toDescribe[k]] = n, true
	}) != nil
	var embeds map[int]*library.NoteEmbedding
	if r.embedOK && !interrupted {
		var e error
		embeds, e = embedBatch(ctx, r.client, len(jobs), func(j int) (models.TrackFacts, models.Note, bool) {
			return b.facts[j], b.notes[j], b.have[j] && jobs[j].needEmbed
		})
		if e != nil {
			if ctx.Err() != nil {
				interrupted = true
			} else {
				r.embedOK = false
				r.res.EmbedProblem = e.Error()
				r.notice("No more embeddings: %v; search falls back to words (bm25).", e)
			}
		}
	}
	if err := r.store.SaveNotes(context.WithoutCancel(ctx), r.records(b, embeds)); err != nil {
		return interrupted, err
	}
	return interrupted, nil
}

// readBatch reads the batch's tracks, and the stored notes of those that
// only need an embedding; it returns the indices of the notes to write.
func (r *notesRun) readBatch(ctx context.Context, jobs []noteJob) (noteBatch, []int, error) {
	b := noteBatch{jobs: jobs, facts: make([]models.TrackFacts, len(jobs)), notes: make([]models.Note, len(jobs)),
		have: make([]bool, len(jobs)), stored: make([]library.Note, len(jobs))}
	var toDescribe []int
	for j, jb := range jobs {
		t, err := r.store.Track(ctx, jb.id)
		if err != nil {
			return b, nil, err
		}
		b.facts[j] = FactsOf(t)
		if jb.needNote {
			toDescribe = append(toDescribe, j)
		} else if n, err := r.store.Note(ctx, jb.id); err == nil {
			b.notes[j], b.have[j], b.stored[j] = modelNote(n), true, n
		}
	}
	return b, toDescribe, nil
}

// records turns a batch's notes and embeddings into what is saved, and
// counts them.
func (r *notesRun) records(b noteBatch, embeds map[int]*library.NoteEmbedding) []library.NoteRecord {
	var recs []library.NoteRecord
	for j, jb := range b.jobs {
		if !b.have[j] {
			continue
		}
		if !jb.needNote && embeds[j] == nil {
			continue
		}
		if jb.needNote && jb.keepModelNote && b.notes[j].Template && b.notes[j].Fallback != "" {
			// The model failed (it stopped answering, or its replies
			// were unusable): its note stays, out of date, rather than a
			// template note taking its place.
			r.res.KeptStale++
			r.keptAfterFailure++
			continue
		}
		rec := library.NoteRecord{TrackID: jb.id, Embedding: embeds[j]}
		if jb.needNote {
			rec.Note = NoteOf(b.notes[j])
			if b.notes[j].Template {
				r.res.TemplateNotes++
			} else {
				r.res.ModelNotes++
			}
		} else {
			// Only the embedding is new; the note is rewritten as it was.
			rec.Note = b.stored[j]
		}
		if rec.Embedding != nil {
			r.res.Embedded++
		}
		recs = append(recs, rec)
	}
	return recs
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
