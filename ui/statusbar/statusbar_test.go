package statusbar

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"sleeve/ui/common"
)

func TestErrorWinsAndClears(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(80)
	m.SetLibrary("12 tracks")
	m.SetProgress("Scanning 5/10 · 5s left")
	m.Update(common.ErrMsg{Err: errors.New("cannot read /music: permission denied")})
	v := ansi.Strip(m.View("*"))
	if ansi.StringWidth(v) != 80 || !strings.Contains(v, "permission denied") || !strings.Contains(v, "12 tracks") {
		t.Fatalf("%q", v)
	}
	m.ClearTransient()
	if v := ansi.Strip(m.View("*")); strings.Contains(v, "permission") || !strings.Contains(v, "* Scanning 5/10 · 5s left") {
		t.Fatalf("%q", v)
	}
}

// TestLongErrorIsShownInFull: an error too long for the bar's line is
// wrapped onto lines under it, every word of it readable, no line wider
// than the bar; one longer than those lines is cut with "…"; clearing it
// gives the lines back.
func TestLongErrorIsShownInFull(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(80)
	m.SetLibrary("12 tracks")
	long := "cannot scan /home/someone/Music/Some Artist/Some Album (Deluxe Edition)/03 A Track With A Long Name.flac: permission denied"
	m.Update(common.ErrMsg{Err: errors.New(long)})
	if m.Height() != 3 {
		t.Fatalf("height %d for a %d-cell error at 80 columns, want 3", m.Height(), len(long))
	}
	lines := strings.Split(ansi.Strip(m.View("")), "\n")
	if len(lines) != m.Height() {
		t.Fatalf("%d lines drawn, height says %d", len(lines), m.Height())
	}
	for _, l := range lines {
		if ansi.StringWidth(l) != 80 {
			t.Errorf("a line of %d cells: %q", ansi.StringWidth(l), l)
		}
	}
	if !strings.Contains(lines[0], "12 tracks") {
		t.Errorf("the summary is gone: %q", lines[0])
	}
	joined := strings.Join(strings.Fields(strings.Join(lines[1:], " ")), " ")
	if !strings.Contains(joined, "✗ "+strings.Join(strings.Fields(long), " ")) {
		t.Errorf("the error is not there in full:\n%s", strings.Join(lines, "\n"))
	}

	m.Update(common.ErrMsg{Err: errors.New(strings.Repeat(long+" ", 3))})
	lines = strings.Split(ansi.Strip(m.View("")), "\n")
	if m.Height() != 1+maxNoticeLines || len(lines) != m.Height() || !strings.Contains(lines[len(lines)-1], "…") || strings.Contains(lines[len(lines)-1], "……") {
		t.Errorf("a very long error: height %d, lines:\n%s", m.Height(), strings.Join(lines, "\n"))
	}
	m.ClearTransient()
	if m.Height() != 1 {
		t.Errorf("height %d after clearing", m.Height())
	}
	// A short message stays on the bar's line.
	m.Update(common.StatusMsg{Text: "Rated 4 of 5"})
	if v := ansi.Strip(m.View("")); m.Height() != 1 || !strings.Contains(v, "Rated 4 of 5") || strings.Contains(v, "\n") {
		t.Errorf("a short message: height %d, %q", m.Height(), v)
	}
}
