package detail

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"sleeve/app"
	"sleeve/ui/common"
)

// Corrector keeps the person's corrections of a track and returns the
// track as it then reads; *app.Library is one.
type Corrector interface {
	Correct(ctx context.Context, id app.TrackID, e app.CorrectionEdit) (app.Track, error)
}

// CopyFinder finds the other copies of a track (the same content, or the
// same song in another encoding); *app.Library is one.
type CopyFinder interface {
	Copies(ctx context.Context, t app.Track) ([]app.Track, error)
}

var (
	_ Corrector  = (*app.Library)(nil)
	_ CopyFinder = (*app.Library)(nil)
)

// CorrectedMsg carries a track after the person corrected it. The root
// hands it to the pane, and reloads the library's rows so that they show
// the new values.
type CorrectedMsg struct {
	ID    app.TrackID
	Track app.Track
	// Said is the status line's word on what changed.
	Said string
	Err  error
}

// editLimit bounds what the correction input takes.
const editLimit = 200

// corrector returns the pane's corrector, or nil.
func (m *Model) corrector() Corrector {
	c, _ := m.tracks.(Corrector)
	return c
}

// canCorrect reports whether the track shown can be corrected.
func (m *Model) canCorrect() bool { return m.track != nil && m.corrector() != nil }

// Editing reports whether the correction input has the keyboard.
func (m *Model) Editing() bool { return m.editing != "" }

// EditValue returns what the correction input holds.
func (m *Model) EditValue() string { return m.input.Value() }

// correctKey handles a correction key, if msg is one.
func (m *Model) correctKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.c.Keys
	if !key.Matches(msg, k.CorrectionKeys()...) {
		return nil, false
	}
	if !m.canCorrect() {
		return common.StatusCmd("Choose a track first"), true
	}
	t := *m.track
	measured := key.Matches(msg, k.HalveTempo, k.DoubleTempo, k.SetTempo, k.SetKey, k.ToggleNotMusic)
	if measured && t.Features == nil {
		return common.StatusCmd("Not analysed yet: its tempo, key and not-music flag can be corrected once it is (sleeve analyze)"), true
	}
	switch {
	case key.Matches(msg, k.HalveTempo):
		return m.correct(app.CorrectionEdit{ScaleBPM: 0.5}, "Tempo halved"), true
	case key.Matches(msg, k.DoubleTempo):
		return m.correct(app.CorrectionEdit{ScaleBPM: 2}, "Tempo doubled"), true
	case key.Matches(msg, k.SetTempo):
		value := ""
		if t.Features.BPM > 0 {
			value = strings.TrimSuffix(fmt.Sprintf("%.1f", t.Features.BPM), ".0")
		}
		return m.startEditing(app.CorrectBPM, value), true
	case key.Matches(msg, k.SetKey):
		return m.startEditing(app.CorrectKey, t.Features.Key), true
	case key.Matches(msg, k.SetGenre):
		return m.startEditing(app.CorrectGenre, strings.Join(t.Tags.Genres, "; ")), true
	}
	// Not music: the opposite of what the track now is; back to what
	// analysis found when the person's word was the opposite of it.
	if t.Correction.Corrected(app.CorrectNotMusic) {
		return m.correct(app.CorrectionEdit{Clear: []string{app.CorrectNotMusic}}, "Not music: as analysis found"), true
	}
	mark := t.Features.NotMusic == ""
	said := "Marked as not music: left out of recommendations"
	if !mark {
		said = "Marked as music"
	}
	return m.correct(app.CorrectionEdit{NotMusic: &mark}, said), true
}

// startEditing opens the input for a field, holding its current value.
func (m *Model) startEditing(field, value string) tea.Cmd {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = editLimit
	in.SetValue(value)
	in.CursorEnd()
	m.input, m.editing, m.scroll = in, field, 0
	return m.input.Focus()
}

// editKey handles a key while the input has the keyboard: enter saves,
// esc cancels, anything else edits.
func (m *Model) editKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Cancel):
		m.editing = ""
		return common.StatusCmd("Nothing changed")
	case msg.String() == "enter":
		field, value := m.editing, strings.TrimSpace(m.input.Value())
		e, err := app.ParseCorrections([]string{field + "=" + value})
		if err != nil {
			return common.ErrorCmd(err) // the input stays open, to be fixed
		}
		m.editing = ""
		said := map[string]string{app.CorrectBPM: "Tempo set", app.CorrectKey: "Key set", app.CorrectGenre: "Genres set"}[field]
		if value == "" {
			said = map[string]string{app.CorrectBPM: "Tempo", app.CorrectKey: "Key", app.CorrectGenre: "Genres"}[field] + " as analysis and the tags say"
		}
		return m.correct(e, said)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return tea.Batch(cmd, common.AtLimit(&m.input, msg, "the correction"))
}

// Paste puts pasted text into the correction input.
func (m *Model) Paste(text string) tea.Cmd {
	if !m.Editing() {
		return nil
	}
	return common.Paste(&m.input, text, "the correction")
}

// correct saves an edit of the track shown, in a Cmd.
func (m *Model) correct(e app.CorrectionEdit, said string) tea.Cmd {
	c, id := m.corrector(), m.id
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		t, err := c.Correct(ctx, id, e)
		return CorrectedMsg{ID: id, Track: t, Said: said, Err: err}
	}
}

// corrected shows a corrected track.
func (m *Model) corrected(msg CorrectedMsg) tea.Cmd {
	if msg.Err != nil {
		return common.ErrorCmd(msg.Err)
	}
	if msg.ID == m.id && m.track != nil {
		t := msg.Track
		m.track = &t
	}
	if strings.HasPrefix(msg.Said, "Tempo") || strings.HasPrefix(msg.Said, "Key") {
		return common.StatusCmd(msg.Said + correctionSummary(msg.Track))
	}
	return common.StatusCmd(msg.Said)
}

// correctionSummary says what the track now reads, for the status line.
func correctionSummary(t app.Track) string {
	f := t.Features
	if f == nil {
		return ""
	}
	var parts []string
	if f.BPM > 0 {
		parts = append(parts, strings.TrimSuffix(fmt.Sprintf("%.1f", f.BPM), ".0")+" BPM")
	}
	if f.Key != "" {
		parts = append(parts, f.Key)
	}
	if len(parts) == 0 {
		return ""
	}
	return ": " + strings.Join(parts, ", ")
}

// correctHelp is the correction keys as one entry of the short help
// line, which has no room for six.
func (m *Model) correctHelp() key.Binding {
	var keys, names []string
	for _, b := range m.c.Keys.CorrectionKeys() {
		keys = append(keys, b.Keys()...)
		names = append(names, b.Help().Key)
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(strings.Join(names, "/"), "correct"))
}

// editHelp is the input's own keys, for the hint line.
func (m *Model) editHelp() []key.Binding {
	return []key.Binding{
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save (empty: as measured)")),
		common.As(m.c.Keys.Cancel, "cancel"),
	}
}

// editLines draws the correction input, with what it takes.
func (m *Model) editLines(w int) []string {
	s := m.c.Styles
	label, hint := "Tempo (BPM)", "a number, such as 126"
	switch m.editing {
	case app.CorrectKey:
		label, hint = "Key", `such as "D minor", Dm or F#`
	case app.CorrectGenre:
		label, hint = "Genres", `several separated by ";"`
	}
	m.input.SetWidth(max(4, w-lipgloss.Width(label)-3))
	lines := []string{s.Accent.Render(label+": ") + m.input.View()}
	for _, l := range common.Wrap(hint+"; enter saves, esc cancels", w) {
		lines = append(lines, s.Muted.Render(l))
	}
	return append(lines, "")
}

// yours marks a value as the person's own in the view.
func (m *Model) yours() string { return m.c.Styles.Badge.Render(" (yours)") }

// formatLine describes the file's format: codec, sample rate, bit rate
// and channels, as far as they are known.
func formatLine(t app.Track) string {
	parts := []string{strings.ToUpper(t.Format)}
	if t.Codec != "" && !strings.EqualFold(t.Codec, t.Format) {
		parts[0] += " (" + strings.ToUpper(t.Codec) + ")"
	}
	if t.SampleRate > 0 {
		parts = append(parts, strconv.FormatFloat(float64(t.SampleRate)/1000, 'f', -1, 64)+" kHz")
	}
	if t.Bitrate > 0 {
		parts = append(parts, fmt.Sprintf("%d kbit/s", t.Bitrate))
	}
	switch t.Channels {
	case 0:
	case 1:
		parts = append(parts, "mono")
	case 2:
		parts = append(parts, "stereo")
	default:
		parts = append(parts, fmt.Sprintf("%d channels", t.Channels))
	}
	return strings.Join(parts, " · ")
}

// featureLines draws the tempo and key, marking the person's values, and
// whether the track is music.
func (m *Model) featureLines(t app.Track, f *featureView, w int) []string {
	s := m.c.Styles
	c := t.Correction
	var out []string
	switch {
	case c.Corrected(app.CorrectNotMusic) && *c.NotMusic:
		out = append(out, s.Warning.Render("Not music")+s.Badge.Render(" (marked by you)"))
	case c.Corrected(app.CorrectNotMusic):
		if c.Measured.NotMusic != "" {
			was := app.DescribeNotMusic(c.Measured.NotMusic, t.Duration)
			out = append(out, s.Label.Render(common.Truncate("Music by your word (analysis: "+was+")", w)))
		}
	case t.Features.NotMusic != "":
		what := app.DescribeNotMusic(t.Features.NotMusic, t.Duration)
		out = append(out, s.Warning.Render(common.Truncate("Not music: "+what, w)))
	}
	bpm := "—"
	if f.BPM > 0 {
		bpm = strings.TrimSuffix(fmt.Sprintf("%.1f", f.BPM), ".0")
		if !c.Corrected(app.CorrectBPM) {
			bpm = fmt.Sprintf("%.0f", f.BPM)
		}
	}
	tempo := s.Label.Render("Tempo ") + s.Accent.Render(bpm) + s.Label.Render(" BPM")
	if f.BPM > 0 && !c.Corrected(app.CorrectBPM) && f.BPMConfidence < app.MinTempoConfidence {
		// Filters, rankings, notes and the library's rows take this
		// tempo as unknown; so does the pane, with the guess beside it.
		tempo = s.Label.Render("Tempo ") + s.Accent.Render("—") + s.Muted.Render(fmt.Sprintf(" (unsure: perhaps %.0f BPM)", f.BPM))
	}
	keyPart := s.Label.Render("Key ") + s.Accent.Render(orDash(f.Key))
	if !c.Corrected(app.CorrectBPM) && !c.Corrected(app.CorrectKey) {
		return append(out, tempo+s.Label.Render("   ")+keyPart)
	}
	var was []string
	if c.Corrected(app.CorrectBPM) {
		tempo += m.yours()
		if c.Measured.BPM > 0 {
			was = append(was, fmt.Sprintf("%.0f BPM", c.Measured.BPM))
		} else {
			was = append(was, "no tempo")
		}
	}
	if c.Corrected(app.CorrectKey) {
		keyPart += m.yours()
		was = append(was, orDash(c.Measured.Key))
	}
	out = append(out, tempo, keyPart)
	return append(out, s.Muted.Render(common.Truncate("measured: "+strings.Join(was, ", "), w)))
}
