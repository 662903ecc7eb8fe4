package detail

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/common"
)

// correctingTracks is a track reader that also corrects and finds copies,
// as *app.Library does; it records the edits it was given and answers
// with the track as the edit leaves it.
type correctingTracks struct {
	fakeTracks
	edits  []app.CorrectionEdit
	copies []app.Track
}

func (c *correctingTracks) Correct(_ context.Context, id app.TrackID, e app.CorrectionEdit) (app.Track, error) {
	c.edits = append(c.edits, e)
	t := c.fakeTracks[id]
	f := *t.Features
	corr := &app.Correction{Measured: app.Measured{HasFeatures: true, BPM: f.BPM, Key: f.Key, NotMusic: f.NotMusic, Genres: t.Tags.Genres}}
	if t.Correction != nil {
		c := *t.Correction
		corr = &c
	}
	corr.At = time.Now()
	for _, field := range e.Clear {
		switch field {
		case app.CorrectBPM:
			f.BPM, corr.BPM = corr.Measured.BPM, 0
		case app.CorrectNotMusic:
			f.NotMusic, corr.NotMusic = corr.Measured.NotMusic, nil
		}
	}
	switch {
	case e.ScaleBPM > 0:
		f.BPM *= e.ScaleBPM
		corr.BPM = f.BPM
	case e.BPM > 0:
		f.BPM, corr.BPM = e.BPM, e.BPM
	}
	if e.SetKey {
		f.Key, corr.HasKey, corr.Tonic, corr.Minor = app.KeyName(e.Tonic, e.Minor), true, e.Tonic, e.Minor
	}
	if e.Genres != nil {
		t.Tags.Genres, corr.Genres = e.Genres, e.Genres
	}
	if e.NotMusic != nil {
		corr.NotMusic = e.NotMusic
		f.NotMusic = ""
		if *e.NotMusic {
			f.NotMusic = app.NotMusicMarked
		}
	}
	t.Features, t.Correction = &f, corr
	c.fakeTracks[id] = t
	return t, nil
}

func (c *correctingTracks) Copies(_ context.Context, t app.Track) ([]app.Track, error) {
	return c.copies, nil
}

func press(m *Model, keys ...string) tea.Cmd {
	var last tea.Cmd
	for _, k := range keys {
		r := []rune(k)
		msg := tea.KeyPressMsg{Code: r[0], Text: k}
		switch k {
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "esc":
			msg = tea.KeyPressMsg{Code: tea.KeyEscape}
		}
		_, last = m.Update(msg)
	}
	return last
}

// run runs a Cmd and hands its message back to the pane, returning the
// status or error it produced.
func runCmd(t *testing.T, m *Model, cmd tea.Cmd) tea.Msg {
	t.Helper()
	if cmd == nil {
		t.Fatal("no Cmd")
	}
	msg := cmd()
	_, next := m.Update(msg)
	if next != nil {
		return next()
	}
	return msg
}

func correctionPane(t *testing.T) (*Model, *correctingTracks) {
	t.Helper()
	tracks := &correctingTracks{fakeTracks: fakeTracks{
		7: {ID: 7, Path: "/music/a/Long Low Tide.flac", Format: "flac", SampleRate: 44100, Bitrate: 912, Channels: 2,
			Tags:     app.Tags{Title: "The Long Low Tide", Artist: "Halcyon Drift", Genres: []string{"Ambient"}},
			Features: &app.Features{Features: app.MeasuredFeatures{BPM: 154, BPMConfidence: 0.9, Key: "G major", Tonic: 7}}},
		8: {ID: 8, Tags: app.Tags{Title: "Not analysed"}},
	}, copies: []app.Track{{ID: 9, Path: "/music/b/Long Low Tide.mp3", Format: "mp3", Bitrate: 320}}}
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, tracks, nil)
	m.SetSize(60, 40)
	m.SetFocused(true)
	m.Update(m.Show(7)())
	return m, tracks
}

func TestDetailShowsFormatAndCopies(t *testing.T) {
	m, _ := correctionPane(t)
	v := ansi.Strip(m.View())
	for _, want := range []string{"/music/a/Long Low Tide.flac", "Format FLAC · 44.1 kHz · 912 kbit/s · stereo",
		"Other copies (1)", "MP3 · 320 kbit/s", "/music/b/Long Low Tide.mp3"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
}

func TestDetailHalvesAndDoublesTheTempo(t *testing.T) {
	m, tracks := correctionPane(t)
	msg := runCmd(t, m, press(m, "H"))
	if len(tracks.edits) != 1 || tracks.edits[0].ScaleBPM != 0.5 {
		t.Fatalf("H sent %+v", tracks.edits)
	}
	if st, ok := msg.(common.StatusMsg); !ok || !strings.Contains(string(st.Text), "77 BPM") {
		t.Errorf("status after H: %#v", msg)
	}
	v := ansi.Strip(m.View())
	for _, want := range []string{"Tempo 77 BPM (yours)", "measured: 154 BPM"} {
		if !strings.Contains(v, want) {
			t.Errorf("after H the view lacks %q:\n%s", want, v)
		}
	}
	runCmd(t, m, press(m, "D"))
	if len(tracks.edits) != 2 || tracks.edits[1].ScaleBPM != 2 {
		t.Errorf("D sent %+v", tracks.edits)
	}
}

func TestDetailTypesATempoKeyAndGenre(t *testing.T) {
	m, tracks := correctionPane(t)
	press(m, "t")
	if !m.Editing() {
		t.Fatal("t did not open the input")
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Tempo (BPM): 154") {
		t.Errorf("the input does not hold the current tempo:\n%s", v)
	}
	// The help line shows the input's own keys only.
	if h := m.ShortHelp(); len(h) != 2 || h[0].Help().Key != "enter" {
		t.Errorf("help while typing: %v", h)
	}
	// Keys that mean something elsewhere type into the input.
	press(m, "backspace")
	m.input.SetValue("")
	press(m, "1", "2", "6")
	if got := m.input.Value(); got != "126" {
		t.Fatalf("typed %q", got)
	}
	runCmd(t, m, press(m, "enter"))
	if m.Editing() || len(tracks.edits) != 1 || tracks.edits[0].BPM != 126 {
		t.Fatalf("enter: editing %v, edits %+v", m.Editing(), tracks.edits)
	}

	// A bad value keeps the input open with an error and corrects nothing.
	press(m, "t")
	m.input.SetValue("fast")
	cmd := press(m, "enter")
	if !m.Editing() || len(tracks.edits) != 1 {
		t.Errorf("a bad tempo was sent or closed the input: %+v", tracks.edits)
	}
	if msg, ok := cmd().(common.ErrMsg); !ok || !strings.Contains(msg.Err.Error(), "bpm=fast") {
		t.Errorf("a bad tempo says %#v", cmd())
	}
	press(m, "esc")
	if m.Editing() || len(tracks.edits) != 1 {
		t.Errorf("esc: editing %v, edits %d", m.Editing(), len(tracks.edits))
	}

	press(m, "K")
	m.input.SetValue("Em")
	runCmd(t, m, press(m, "enter"))
	press(m, "c")
	if got := m.input.Value(); got != "Ambient" {
		t.Errorf("the genre input holds %q", got)
	}
	m.input.SetValue("Dark Ambient; Drone")
	runCmd(t, m, press(m, "enter"))
	if len(tracks.edits) != 3 || !tracks.edits[1].SetKey || tracks.edits[1].Tonic != 4 || !tracks.edits[1].Minor ||
		len(tracks.edits[2].Genres) != 2 {
		t.Fatalf("key and genre edits: %+v", tracks.edits)
	}
	v := ansi.Strip(m.View())
	for _, want := range []string{"Key E minor (yours)", "Dark Ambient, Drone (yours)", "measured: 154 BPM, G major"} {
		if !strings.Contains(v, want) {
			t.Errorf("the view lacks %q:\n%s", want, v)
		}
	}
	// An empty value gives the field back to analysis.
	press(m, "t")
	m.input.SetValue("")
	runCmd(t, m, press(m, "enter"))
	if e := tracks.edits[3]; len(e.Clear) != 1 || e.Clear[0] != app.CorrectBPM {
		t.Errorf("an empty tempo sent %+v", e)
	}
}

func TestDetailTogglesNotMusic(t *testing.T) {
	m, tracks := correctionPane(t)
	runCmd(t, m, press(m, "N"))
	if e := tracks.edits[0]; e.NotMusic == nil || !*e.NotMusic {
		t.Fatalf("N on music sent %+v", e)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Not music (marked by you)") {
		t.Errorf("view after N:\n%s", v)
	}
	// Pressed again, the track goes back to what analysis found.
	runCmd(t, m, press(m, "N"))
	if e := tracks.edits[1]; len(e.Clear) != 1 || e.Clear[0] != app.CorrectNotMusic {
		t.Errorf("N again sent %+v", e)
	}
}

func TestCorrectionKeysOnlyWhereTheyAct(t *testing.T) {
	m, tracks := correctionPane(t)
	helpHas := func(desc string) bool {
		for _, g := range m.FullHelp() {
			for _, b := range g {
				if b.Help().Desc == desc {
					return true
				}
			}
		}
		return false
	}
	if !helpHas("half tempo") || !helpHas("not music") {
		t.Error("the help of a track lacks the correction keys")
	}
	// An unanalysed track: the keys say why and send nothing.
	m.Update(m.Show(8)())
	msg := press(m, "H")()
	if st, ok := msg.(common.StatusMsg); !ok || !strings.Contains(string(st.Text), "Not analysed yet") {
		t.Errorf("H on an unanalysed track: %#v", msg)
	}
	if len(tracks.edits) != 0 {
		t.Errorf("edits sent: %+v", tracks.edits)
	}
	// No track, or no corrector: the keys are not listed.
	m.Show(0)
	if helpHas("half tempo") {
		t.Error("correction keys listed with no track shown")
	}
	plain := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, tracks.fakeTracks, nil)
	plain.Update(plain.Show(7)())
	for _, g := range plain.FullHelp() {
		for _, b := range g {
			if b.Help().Desc == "half tempo" {
				t.Error("correction keys listed where nothing can correct")
			}
		}
	}
}

// TestCorrectionHintWrapsInANarrowPane: at the width of the detail pane
// at 80x24 the input's hint (what it takes, enter and esc) is wrapped,
// not cut off.
func TestCorrectionHintWrapsInANarrowPane(t *testing.T) {
	m, _ := correctionPane(t)
	m.SetSize(36, 22)
	press(m, "c")
	v := ansi.Strip(m.View())
	flat := strings.Join(strings.Fields(strings.ReplaceAll(v, "│", " ")), " ")
	if !strings.Contains(flat, `several separated by ";"; enter saves, esc cancels`) {
		t.Errorf("the genre input's hint is cut off:\n%s", v)
	}
}
