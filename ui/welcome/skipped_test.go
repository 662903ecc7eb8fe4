package welcome

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/library/synth"
	"sleeve/ui/common"
)

// TestScanSummaryNamesTheSkippedFiles scans, as the welcome screen does
// with a real library, a folder holding a good FLAC, an empty .mp3 and a
// text file named .mp3: the summary names the two files it could not read
// and says how to learn why, where it only said "2 failed".
func TestScanSummaryNamesTheSkippedFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "good.flac"))
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.WriteFLAC(f, synth.Sine(440, 6, 22050, 0.4), 22050, 1, map[string]string{"TITLE": "Good"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	os.WriteFile(filepath.Join(dir, "empty.mp3"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "notes.mp3"), []byte("just some words, not audio\n"), 0o644)

	lib, err := app.OpenLibrary(ctx, filepath.Join(t.TempDir(), "sleeve.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, lib.Ingest, nil, "/demo")
	m.SetSize(80, 20)
	m.Update(tea.KeyPressMsg{Code: 'f', Text: "f"})
	for _, r := range dir {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	batch := cmd().(tea.BatchMsg)
	done := batch[0]()
	_, cmd = m.Update(done)
	msg, ok := cmd().(common.StatusMsg)
	if !ok {
		t.Fatalf("status %#v", cmd())
	}
	for _, want := range []string{"1 added", "2 failed", "Skipped: ", "empty.mp3", "notes.mp3", "'sleeve scan " + dir + "' says why"} {
		if !strings.Contains(msg.Text, want) {
			t.Errorf("summary %q lacks %q", msg.Text, want)
		}
	}
	if strings.Contains(msg.Text, "good.flac") {
		t.Errorf("summary %q names the file that was read", msg.Text)
	}
}
