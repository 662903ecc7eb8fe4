package detail

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/common"
)

type fakeTracks map[app.TrackID]app.Track

func (f fakeTracks) Track(_ context.Context, id app.TrackID) (app.Track, error) {
	if t, ok := f[id]; ok {
		return t, nil
	}
	return app.Track{}, app.ErrNotFound
}

type fakeNotes map[app.TrackID]Note

func (f fakeNotes) Note(_ context.Context, id app.TrackID) (Note, error) {
	if n, ok := f[id]; ok {
		return n, nil
	}
	return Note{}, app.ErrNotFound
}

func TestShowsFeaturesAndNotes(t *testing.T) {
	tracks := fakeTracks{
		1: {ID: 1, Tags: app.Tags{Title: "Naima", Artist: "Coltrane"}, Features: &app.Features{
			Features: app.MeasuredFeatures{BPM: 62, BPMConfidence: 0.9, Key: "A# major", Energy: 0.2, Brightness: 0.4, LoudnessLUFS: -20, PulseClarity: 0.5,
				Instruments: []float32{0.97, 0, 0, 0.7, 0, 0, 0.62, 0, 0, 0, 0.2}}}},
		2: {ID: 2, Tags: app.Tags{Title: "Untitled"}},
	}
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, tracks,
		fakeNotes{1: {Text: "A ballad of long tones.", Template: true}})
	m.SetSize(60, 20)
	m.Update(m.Show(1)())
	v := ansi.Strip(m.View())
	for _, want := range []string{"Tempo 62 BPM", "Key A# major", "Energy", "Danceable", "template note", "A ballad of long tones.",
		"Instruments piano 0.97, bass 0.70, woodwinds 0.62"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	m.Update(m.Show(2)())
	v = ansi.Strip(m.View())
	for _, want := range []string{"Not analysed yet", "No sleeve note yet — run sleeve notes"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
}

// TestUnsureTempoIsNotStated: a tempo measured with a confidence below
// the one from which filters, rankings, notes and the library's rows take
// it is shown as unknown, with what was measured as a guess, not as the
// track's tempo.
func TestUnsureTempoIsNotStated(t *testing.T) {
	tracks := fakeTracks{1: {ID: 1, Tags: app.Tags{Title: "Coleraine"}, Features: &app.Features{
		Features: app.MeasuredFeatures{BPM: 95, BPMConfidence: 0.52, Key: "A minor", KeyConfidence: 0.5, Energy: 0.25}}}}
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, tracks, fakeNotes{})
	m.SetSize(60, 20)
	m.Update(m.Show(1)())
	v := ansi.Strip(m.View())
	if strings.Contains(v, "Tempo 95 BPM") || !strings.Contains(v, "Tempo — (unsure: perhaps 95 BPM)") {
		t.Errorf("an unsure tempo of 95 BPM is shown as:\n%s", v)
	}
}

func TestStaleLoadDropped(t *testing.T) {
	tracks := fakeTracks{1: {ID: 1, Tags: app.Tags{Title: "One"}}, 2: {ID: 2, Tags: app.Tags{Title: "Two"}}}
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, tracks, nil)
	old := m.Show(1)
	cur := m.Show(2)
	m.Update(cur())
	m.Update(old())
	if got, _ := m.Track(); got.ID != 2 {
		t.Fatalf("shows %d, want 2", got.ID)
	}
	if m.Show(2) != nil {
		t.Fatal("showing the same track again reloaded it")
	}
}
