package app

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
	"unicode/utf8"

	"sleeve/library"
	"sleeve/models"
)

// MaxEditedNoteChars bounds the text of an edited note.
const MaxEditedNoteChars = 2000

// Errors of EditNote; the note is left as it was.
var (
	ErrEmptyNote     = errors.New("the edited note is empty, so it was left as it was")
	ErrNoteUnchanged = errors.New("the note is unchanged, so nothing was saved (approving it keeps it as it is)")
)

// ApproveNote marks a track's note as the person's: it is kept by later
// runs of sleeve notes and becomes an example for sleeve models adapt.
// library.ErrNotFound means the track has no note yet.
func ApproveNote(ctx context.Context, store *library.Store, id library.TrackID) (library.Note, error) {
	return store.ReviewNote(ctx, id, "", time.Now())
}

// EditNote replaces a track's note with the person's text and marks it as
// theirs, as ApproveNote does, keeping the text it replaces. Lines that
// start with '#' are dropped (the editor's instructions), the text is
// cleaned of control characters and its whitespace folded.
func EditNote(ctx context.Context, store *library.Store, id library.TrackID, text string) (library.Note, error) {
	text = CleanEditedNote(text)
	if text == "" {
		return library.Note{}, ErrEmptyNote
	}
	if n := utf8.RuneCountInString(text); n > MaxEditedNoteChars {
		return library.Note{}, fmt.Errorf("the edited note has %d characters, more than %d; it was left as it was", n, MaxEditedNoteChars)
	}
	current, err := store.Note(ctx, id)
	if err != nil {
		return library.Note{}, err
	}
	if current.Text == text {
		return current, ErrNoteUnchanged
	}
	return store.ReviewNote(ctx, id, text, time.Now())
}

// CleanEditedNote drops comment lines (starting with '#'), removes
// control characters and folds whitespace, so what an editor returns can
// be stored and shown.
func CleanEditedNote(text string) string {
	var keep []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(strings.Fields(models.SanitizeText(strings.Join(keep, " "))), " ")
}

// NoteEditorText is what an editor opens for a note: the text, then
// comment lines saying what to do.
func NoteEditorText(n library.Note, title string) string {
	return n.Text + "\n\n" +
		"# Edit the sleeve note of " + oneLine(title) + " above, then save and quit.\n" +
		"# Lines starting with # are ignored; an empty note leaves it as it was.\n" +
		"# Your edited note is kept by sleeve notes and teaches sleeve models adapt your style.\n"
}

func oneLine(s string) string { return strings.Join(strings.Fields(models.SanitizeText(s)), " ") }

// AdaptedClient returns client with the chat model that sleeve models adapt
// created from its chat model, when there is one and Ollama has it. When
// the adapted model has gone from Ollama it returns client unchanged and a
// notice saying so; when Ollama cannot be asked it returns client
// unchanged and no notice (the caller's own check says why).
func AdaptedClient(ctx context.Context, store *library.Store, client *models.Client) (*models.Client, string) {
	if client == nil || client.Adapted() || store == nil {
		return client, ""
	}
	base := client.ChatModel()
	a, err := store.LatestAdaptation(ctx, func(b string) bool { return models.SameModel(b, base) })
	if err != nil || a.Model == "" {
		// No adaptation, or the last one failed: the base model it is.
		return client, ""
	}
	ok, err := client.HasModel(ctx, a.Model)
	switch {
	case err != nil:
		return client, ""
	case !ok:
		return client, fmt.Sprintf("The adapted model %s is no longer in Ollama, so %s is used; 'sleeve models adapt' creates it again.", a.Model, base)
	}
	return client.WithAdaptedChatModel(a.Model, a.Key), ""
}

// EditorCommand returns the command that opens path in the person's
// editor: $VISUAL, else $EDITOR, else vi. The variable may hold arguments
// ("code --wait"), so it runs through the shell with the path passed as an
// argument, never spliced into the command line.
func EditorCommand(getenv func(string) string, path string) *exec.Cmd {
	editor := getenv("VISUAL")
	if editor == "" {
		editor = getenv("EDITOR")
	}
	if editor == "" {
		editor = "vi"
	}
	return exec.Command("/bin/sh", "-c", editor+` "$1"`, editor, path)
}
