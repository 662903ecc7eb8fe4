// Package ui is Sleeve's terminal explorer, a Bubble Tea program. The root
// model here owns focus, layout and routing only; the panes live in
// sub-packages (browser, detail, chat, results, taste, statusbar, welcome)
// and share one common.Common.
package ui

import (
	"context"
	"fmt"
	"io"
	"os/exec"
	"time"

	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/chat"
	"sleeve/ui/detail"
	"sleeve/ui/modelsview"
	"sleeve/ui/taste"
)

// Recommender answers a chat request in a session. See chat.Recommender.
type Recommender = chat.Recommender

// Reply is a recommender's answer to one request.
type Reply = chat.Reply

// Player plays tracks; app.Playback is one. Play starts the whole track,
// or with preview its preview window, in place of the queue, and returns
// without waiting for it to end. PlayQueue makes tracks the queue and
// plays from index; Enqueue adds to it (starting the first added when
// nothing plays); PlayIndex jumps within it; Remove takes an entry out
// (the next plays when it was the one playing) and Move reorders it, what
// plays playing on; Next and Previous move
// through it (Next returns app.ErrQueueEnd at the last). Seek moves
// within the track, AdjustVolume changes the volume by a step, Toggle
// pauses or resumes, and NowPlaying says what plays; none of them waits
// for I/O but the opening of a file.
type Player interface {
	Play(ctx context.Context, t app.Track, preview bool) error
	PlayQueue(ctx context.Context, tracks []app.Track, index int) error
	Enqueue(ctx context.Context, tracks ...app.Track) (started bool, err error)
	PlayIndex(ctx context.Context, index int) error
	Remove(index int) error
	Move(from, to int) error
	Next() error
	Previous() error
	Seek(delta time.Duration) time.Duration
	AdjustVolume(delta float64) float64
	Toggle() error
	NowPlaying() app.NowPlaying
}

// FeedbackGiver stores what the person says of a track, in the chat's
// session (empty before the first request): kind is "rate" (with stars
// 1–5), "skip" or "more" (more like this).
type FeedbackGiver interface {
	Feedback(ctx context.Context, session string, id app.TrackID, kind string, stars int) error
}

// OllamaStatus is what a check of the local Ollama found.
type OllamaStatus struct {
	Running bool
	Models  []string
	// Missing lists configured models that are not installed.
	Missing []string
}

// OllamaChecker checks whether Ollama runs and which models it has.
type OllamaChecker interface {
	CheckOllama(ctx context.Context) (OllamaStatus, error)
}

// Deps are what the explorer needs from the rest of Sleeve. Only Library
// is required; every other field may be left zero, and the feature it
// enables says it is not connected.
type Deps struct {
	// Library is the library the explorer shows, scans and exports from.
	Library *app.Library
	// Ollama checks the language-model server; nil means not checked.
	Ollama OllamaChecker
	// LanguageModelOff is set when the language model is turned off
	// (--no-llm, SLEEVE_NO_LLM or the config): the status bar says so
	// rather than that Ollama was not checked.
	LanguageModelOff bool
	// Recommender answers chat requests; nil means none is connected.
	Recommender Recommender
	// Player plays tracks and previews; nil when there is no sound output, in which
	// case PlayerUnavailable says why.
	Player            Player
	PlayerUnavailable string
	// Feedback stores ratings, skips and "more like this"; nil means they
	// are not stored.
	Feedback FeedbackGiver
	// Notes reads sleeve notes (and approves and edits them when it is
	// also a detail.NoteReviewer); nil reads them from Library.
	Notes detail.NoteReader
	// Overviews reads the overviews of artists and albums; nil reads
	// them from Library.
	Overviews detail.OverviewReader
	// Taste describes and resets the taste profile; nil shows none.
	Taste taste.Profile
	// Models lists and pulls the language models for the Models view
	// (M); nil leaves the view out.
	Models modelsview.Manager
	// Log receives diagnostics; never the terminal. nil discards them.
	Log io.Writer
	// Getenv reads the environment ($VISUAL and $EDITOR for editing a
	// note); nil means os.Getenv.
	Getenv func(string) string
	// NoColor turns colours off, as NO_COLOR asks.
	NoColor bool
	// DemoDir is where the demo library is written; empty means the
	// default under the XDG data folder.
	DemoDir string
	// ExportDir is where M3U playlists are written, created if need be;
	// empty means the playlists folder under the XDG data folder (see
	// app.PlaylistOptions).
	ExportDir string
	// Keys rebinds keys by name, from the config file's [keys] section.
	Keys map[string][]string
}

// Run starts the explorer and blocks until the person quits.
func Run(ctx context.Context, deps Deps) error {
	m := New(deps)
	if len(deps.Keys) > 0 {
		if err := m.Keys().Rebind(deps.Keys); err != nil {
			return fmt.Errorf("config [keys]: %w", err)
		}
	}
	p := tea.NewProgram(m, tea.WithContext(ctx))
	var stopSuspend func()
	m.suspend, stopSuspend = suspendOnSIGTSTP(p, m.c.Logf)
	_, err := p.Run()
	stopSuspend()
	m.shutdown()
	if err != nil && ctx.Err() != nil {
		return nil
	}
	return err
}

// libraryNotes reads, approves and edits sleeve notes in the library for
// the detail pane.
type libraryNotes struct {
	lib    *app.Library
	getenv func(string) string
}

var _ detail.NoteReviewer = libraryNotes{}

// Note implements detail.NoteReader.
func (r libraryNotes) Note(ctx context.Context, id app.TrackID) (detail.Note, error) {
	n, err := r.lib.Note(ctx, id)
	if err != nil {
		return detail.Note{}, err
	}
	return detailNote(n), nil
}

func detailNote(n app.Note) detail.Note {
	return detail.Note{Text: n.Text, Template: n.Template, Model: n.Model, Review: n.Review, CreatedAt: n.CreatedAt}
}

// ApproveNote implements detail.NoteReviewer.
func (r libraryNotes) ApproveNote(ctx context.Context, id app.TrackID) (detail.Note, error) {
	n, err := r.lib.ApproveNote(ctx, id)
	return detailNote(n), err
}

// EditNote implements detail.NoteReviewer.
func (r libraryNotes) EditNote(ctx context.Context, id app.TrackID, text string) (detail.Note, error) {
	n, err := r.lib.EditNote(ctx, id, text)
	return detailNote(n), err
}

// EditorText implements detail.NoteReviewer.
func (r libraryNotes) EditorText(n detail.Note, title string) string {
	return app.NoteEditorText(app.Note{Text: n.Text}, title)
}

// EditorCommand implements detail.NoteReviewer.
func (r libraryNotes) EditorCommand(path string) *exec.Cmd { return app.EditorCommand(r.getenv, path) }

// libraryOverviews reads the overviews of artists and albums in the
// library for the detail pane.
type libraryOverviews struct{ lib *app.Library }

// Overview implements detail.OverviewReader.
func (r libraryOverviews) Overview(ctx context.Context, kind, name, artist string) (string, bool, error) {
	o, err := r.lib.Overview(ctx, kind, name, artist)
	return o.Text, o.Template, err
}
