package cmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"sleeve/app"
	"sleeve/library"
)

// runNoteReview approves or edits one track's note: `sleeve notes approve
// TRACK` and `sleeve notes edit TRACK [--text TEXT]`. Without --text, edit
// opens the note in $VISUAL or $EDITOR (vi when neither is set).
func runNoteReview(ctx context.Context, a *runner, verb string, refs []string, text string, textSet bool) error {
	store, t, err := a.oneTrack(ctx, "notes "+verb, refs)
	if err != nil {
		return err
	}
	current, err := store.Note(ctx, t.ID)
	if errors.Is(err, library.ErrNotFound) {
		return fmt.Errorf("track %d has no sleeve note yet; run sleeve notes first", t.ID)
	}
	if err != nil {
		return err
	}
	var n library.Note
	switch verb {
	case "approve":
		if textSet {
			return fmt.Errorf("%w: --text goes with notes edit, not approve", errUsage)
		}
		n, err = app.ApproveNote(ctx, store, t.ID)
	case "edit":
		if !textSet {
			if text, err = a.editInEditor(app.NoteEditorText(current, t.Tags.Title)); err != nil {
				return err
			}
		}
		n, err = app.EditNote(ctx, store, t.ID, text)
	}
	if err != nil {
		return err
	}
	what := "Approved"
	if n.Review == library.ReviewEdited {
		what = "Saved your edit of"
	}
	fmt.Fprintf(a.env.Stdout, "%s the note of track %d; sleeve notes keeps it and sleeve models adapt learns from it.\n", what, t.ID)
	return nil
}

// editInEditor writes text to a temporary file, opens it in the person's
// editor on the terminal and returns what they saved.
func (a *runner) editInEditor(text string) (string, error) {
	dir, err := os.MkdirTemp("", "sleeve-note-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "note.txt")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		return "", err
	}
	cmd := app.EditorCommand(a.env.Getenv, path)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = a.env.Stdin, a.env.Stdout, a.rawStderr
	if f, ok := a.env.Stdin.(*os.File); ok {
		cmd.Stdin = f
	}
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("the editor (%s) failed, so the note was left as it was: %w", cmd.Args[len(cmd.Args)-2], err)
	}
	out, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return string(out), nil
}
