package detail

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"sleeve/ui/common"
)

type fakeOverviews map[string]string

func (f fakeOverviews) Overview(_ context.Context, kind, name, artist string) (string, bool, error) {
	return f[kind+"/"+name+"/"+artist], kind == "album", nil
}

// TestOverviewShowsInTheSummary loads an artist's overview in a Cmd and
// shows it under the summary's first line; an overview that arrives after
// the cursor moved to another artist is dropped.
func TestOverviewShowsInTheSummary(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, fakeTracks{}, nil)
	m.SetSize(60, 20)
	r := fakeOverviews{"artist/Kiln Logic/": "Kiln Logic runs between 126 and 134 BPM.", "artist/Wren/": "Wren is calm.",
		"album/Works/Kiln Logic": "Works holds 4 tracks."}
	m.ShowSummary("Kiln Logic", []string{"1 album · 4 tracks", "", "Works"})
	late := m.LoadOverview(r, "artist", "Kiln Logic", "")
	m.ShowSummary("Wren", []string{"1 album · 2 tracks"})
	m.Update(m.LoadOverview(r, "artist", "Wren", "")())
	m.Update(late())
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "Overview") || !strings.Contains(v, "Wren is calm.") || strings.Contains(v, "126") {
		t.Fatalf("view:\n%s", v)
	}
	// The same summary again keeps its overview and asks for none.
	m.ShowSummary("Wren", []string{"1 album · 2 tracks"})
	if m.LoadOverview(r, "artist", "Wren", "") != nil || !strings.Contains(ansi.Strip(m.View()), "Wren is calm.") {
		t.Fatal("the overview was dropped or asked for again")
	}
	m.ShowSummary("Kiln Logic — Works", []string{"4 tracks"})
	m.Update(m.LoadOverview(r, "album", "Works", "Kiln Logic")())
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Overview (template)") || !strings.Contains(v, "Works holds 4 tracks.") {
		t.Fatalf("album view:\n%s", v)
	}
}
