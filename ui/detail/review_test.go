package detail

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/common"
)

// reviewingNotes is a NoteReader that can approve and edit, with an
// editor script that replaces the note.
type reviewingNotes struct {
	notes  fakeNotes
	editor string
}

func (r *reviewingNotes) Note(ctx context.Context, id app.TrackID) (Note, error) {
	return r.notes.Note(ctx, id)
}

func (r *reviewingNotes) ApproveNote(_ context.Context, id app.TrackID) (Note, error) {
	n := r.notes[id]
	n.Review = "approved"
	r.notes[id] = n
	return n, nil
}

func (r *reviewingNotes) EditNote(_ context.Context, id app.TrackID, text string) (Note, error) {
	var keep []string
	for _, l := range strings.Split(text, "\n") {
		if !strings.HasPrefix(l, "#") && strings.TrimSpace(l) != "" {
			keep = append(keep, l)
		}
	}
	if len(keep) == 0 {
		return Note{}, errors.New("the edited note is empty")
	}
	n := r.notes[id]
	n.Text, n.Review = strings.Join(keep, " "), "edited"
	r.notes[id] = n
	return n, nil
}

func (r *reviewingNotes) EditorText(n Note, title string) string {
	return n.Text + "\n# Edit the note of " + title + "\n"
}

func (r *reviewingNotes) EditorCommand(path string) *exec.Cmd {
	return exec.Command("/bin/sh", "-c", r.editor, "editor", path)
}

func keyPress(s string) tea.KeyPressMsg {
	return tea.KeyPressMsg{Code: rune(s[0]), Text: s}
}

// TestApproveAndEditKeys presses A and E in the pane: A approves in a Cmd,
// E writes the note to a file, runs the editor on it and saves what it
// wrote; the pane shows the result and the keys in its help only where a
// note can be reviewed.
func TestApproveAndEditKeys(t *testing.T) {
	tracks := fakeTracks{1: {ID: 1, Tags: app.Tags{Title: "Naima"}}, 2: {ID: 2, Tags: app.Tags{Title: "Bare"}}}
	notes := &reviewingNotes{notes: fakeNotes{1: {Text: "A ballad of long tones.", Model: "qwen2.5:1.5b-instruct"}},
		editor: `grep -q 'Edit the note of Naima' "$1" && printf 'Long tones at dusk.\n# ignored\n' > "$1"`}
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, tracks, notes)
	m.SetSize(60, 20)
	help := func() string {
		var s []string
		for _, b := range m.ShortHelp() {
			s = append(s, b.Help().Key)
		}
		return strings.Join(s, " ")
	}
	m.Update(m.Show(2)())
	if _, cmd := m.Update(keyPress("a")); cmd != nil || strings.Contains(help(), "a ") {
		t.Fatalf("a acts or is listed on a track without a note: %q", help())
	}
	m.Update(m.Show(1)())
	if !strings.Contains(help(), "a E") {
		t.Fatalf("help lacks a and E with a note shown: %q", help())
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "written by qwen2.5:1.5b-instruct") {
		t.Errorf("the model is not shown:\n%s", v)
	}

	_, cmd := m.Update(keyPress("a"))
	if cmd == nil {
		t.Fatal("a gave no command")
	}
	m.Update(cmd())
	if v := ansi.Strip(m.View()); !strings.Contains(v, "approved by you") {
		t.Errorf("approval not shown:\n%s", v)
	}

	_, cmd = m.Update(keyPress("E"))
	ready, ok := cmd().(ReviewMsg)
	if !ok || ready.stage != editorReady {
		t.Fatalf("E: %#v", ready)
	}
	if _, err := os.Stat(filepath.Join(ready.dir, "note.txt")); err != nil {
		t.Fatal(err)
	}
	// The pane hands the editor to Bubble Tea; here the test runs it.
	if _, cmd := m.Update(ready); cmd == nil {
		t.Fatal("no editor command")
	}
	err := notes.EditorCommand(filepath.Join(ready.dir, "note.txt")).Run()
	_, cmd = m.Update(ReviewMsg{id: ready.id, stage: editorDone, dir: ready.dir, err: err})
	saved := cmd()
	m.Update(saved)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "edited by you") || !strings.Contains(v, "Long tones at dusk.") {
		t.Errorf("edit not shown:\n%s", v)
	}
	if _, err := os.Stat(ready.dir); !os.IsNotExist(err) {
		t.Errorf("the editor's folder is left behind: %v", err)
	}

	// An editor that fails leaves the note alone and says so.
	notes.editor = "exit 4"
	_, cmd = m.Update(keyPress("E"))
	ready = cmd().(ReviewMsg)
	err = notes.EditorCommand(filepath.Join(ready.dir, "note.txt")).Run()
	_, cmd = m.Update(ReviewMsg{id: ready.id, stage: editorDone, dir: ready.dir, err: err})
	_, cmd = m.Update(cmd())
	if msg, ok := cmd().(common.ErrMsg); !ok || !strings.Contains(msg.Error(), "left as it was") {
		t.Errorf("failed editor: %#v", msg)
	}
	if notes.notes[1].Text != "Long tones at dusk." {
		t.Errorf("note changed by a failed edit: %q", notes.notes[1].Text)
	}
}

// TestCorrectedTrackKeepsItsApprovedNote shows a track corrected after its
// note was written: an unreviewed note is said to be rewritten by sleeve
// notes, an approved one (which sleeve notes never rewrites) is said to be
// kept.
func TestCorrectedTrackKeepsItsApprovedNote(t *testing.T) {
	written := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	f := app.Features{Features: app.MeasuredFeatures{BPM: 120, Key: "A minor"}}
	tracks := fakeTracks{1: {ID: 1, Tags: app.Tags{Title: "Naima"}, Features: &f,
		Correction: &app.Correction{BPM: 60, At: written.Add(time.Hour)}}}
	notes := &reviewingNotes{notes: fakeNotes{1: {Text: "A ballad of long tones.", Model: "qwen2.5:1.5b-instruct", CreatedAt: written}}}
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, tracks, notes)
	m.SetSize(60, 30)
	m.Update(m.Show(1)())
	if v := ansi.Strip(m.View()); !strings.Contains(v, "sleeve notes rewrites it") {
		t.Fatalf("a stale note is not marked:\n%s", v)
	}
	_, cmd := m.Update(keyPress("a"))
	m.Update(cmd())
	v := ansi.Strip(m.View())
	if strings.Contains(v, "rewrites it") || !strings.Contains(v, "kept, as it is yours") {
		t.Errorf("an approved stale note is said to be rewritten, or not said to be kept:\n%s", v)
	}
}
