// Package detail is the track detail pane: the tags, the measured features
// drawn to read at a glance, and the sleeve note.
package detail

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/common"
)

// TrackReader reads one track with its features; *app.Library is one.
type TrackReader interface {
	Track(ctx context.Context, id app.TrackID) (app.Track, error)
}

var _ TrackReader = (*app.Library)(nil)

// Note is a track's sleeve note.
type Note struct {
	Text string
	// Template is set when the note was filled from a template rather than
	// written by a language model.
	Template bool
	// Model is the language model that wrote it, empty for a template.
	Model string
	// Review is "" until the person approves the note ("approved") or
	// edits it ("edited").
	Review string
	// CreatedAt is when the note was written, to tell a note older than
	// the person's correction.
	CreatedAt time.Time
}

// NoteReviewer approves and edits notes. When the pane's NoteReader is
// also a NoteReviewer, the approve and edit keys act on the note shown.
type NoteReviewer interface {
	// ApproveNote marks the note as the person's, as it is.
	ApproveNote(ctx context.Context, id app.TrackID) (Note, error)
	// EditNote replaces the note with the text an editor returned
	// (comment lines included, which it drops). It fails with a message
	// fit to show when the text is empty or unchanged.
	EditNote(ctx context.Context, id app.TrackID, text string) (Note, error)
	// EditorText is what the editor opens for a note of a track titled
	// title.
	EditorText(n Note, title string) string
	// EditorCommand opens path in the person's editor.
	EditorCommand(path string) *exec.Cmd
}

// reviewStage is a step of approving or editing a note.
type reviewStage int

const (
	// editorReady: the note is written to a file for the editor.
	editorReady reviewStage = iota
	// editorDone: the editor has exited.
	editorDone
	// reviewSaved: the approval or edit is saved, or failed.
	reviewSaved
)

// ReviewMsg carries one step of approving or editing a note; the root
// model hands it to the pane.
type ReviewMsg struct {
	id    app.TrackID
	stage reviewStage
	dir   string
	note  Note
	err   error
	said  string
}

// NoteReader reads a track's sleeve note; it returns app.ErrNotFound
// when the track has none.
type NoteReader interface {
	Note(ctx context.Context, id app.TrackID) (Note, error)
}

// LoadedMsg carries a track (and its note) loaded for the pane, tagged with
// the request's ID so that a track the selection has moved past is dropped.
type LoadedMsg struct {
	ReqID int
	Track app.Track
	Note  *Note
	// Copies are the track's other copies, when the reader finds them.
	Copies []app.Track
	Err    error
}

// Model is the detail pane.
type Model struct {
	c             common.Common
	tracks        TrackReader
	notes         NoteReader
	width, height int
	focused       bool

	id      app.TrackID
	reqID   int
	loading bool
	track   *app.Track
	note    *Note
	copies  []app.Track
	scroll  int
	// editing names the field the correction input edits, or is "".
	editing string
	input   textinput.Model
	// summary is shown while no track is: the artist or album under the
	// browser's cursor, with its albums and tracks.
	summary *summary
	// cover is the cover art, drawn above the track (cover.go).
	cover covers
}

// summary is what the pane shows of an artist or an album.
type summary struct {
	title string
	lines []string
	// heading is the panel's title: "Albums and tracks" of an artist or
	// an album, "Genre" of a genre.
	heading string
	// coverKey names the album's cover art, when it is an album, and
	// coverID is the track it is read through.
	coverKey string
	coverID  app.TrackID
	// overview is the artist's or album's overview once it has arrived,
	// and overviewTemplate whether a template wrote it.
	overview         string
	overviewTemplate bool
}

// OverviewReader reads the overview of an artist ("artist", name) or an
// album ("album", name, artist), writing it from a template when none is
// stored.
type OverviewReader interface {
	Overview(ctx context.Context, kind, name, artist string) (text string, template bool, err error)
}

// OverviewMsg carries an overview loaded for the summary titled title.
type OverviewMsg struct {
	title    string
	text     string
	template bool
	err      error
}

// LoadOverview reads the overview of the group shown in the summary, in
// a Cmd; it arrives as an OverviewMsg, dropped if the summary has moved
// on. It returns nil without a summary or a reader.
func (m *Model) LoadOverview(r OverviewReader, kind, name, artist string) tea.Cmd {
	if r == nil || m.summary == nil || m.summary.overview != "" {
		return nil
	}
	title := m.summary.title
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		text, tmpl, err := r.Overview(ctx, kind, name, artist)
		return OverviewMsg{title: title, text: text, template: tmpl, err: err}
	}
}

// ShowSummary shows an artist or an album in place of a track: a title
// and lines of text, such as its albums and tracks.
func (m *Model) ShowSummary(title string, lines []string) {
	m.ShowSummaryHeaded("Albums and tracks", title, lines)
}

// ShowSummaryHeaded shows a summary as ShowSummary does, under another
// panel title, such as "Genre".
func (m *Model) ShowSummaryHeaded(heading, title string, lines []string) {
	if m.id != 0 {
		m.id, m.track, m.note, m.copies, m.loading, m.editing = 0, nil, nil, nil, false, ""
		m.reqID++ // a track still loading is dropped
	}
	if m.summary != nil && m.summary.title == title {
		m.summary.lines, m.summary.heading = lines, heading // the overview stays
		return
	}
	m.scroll = 0
	m.summary = &summary{title: title, lines: lines, heading: heading}
}

// New returns the pane; notes may be nil while notes do not exist.
func New(c common.Common, tracks TrackReader, notes NoteReader) *Model {
	return &Model{c: c, tracks: tracks, notes: notes, cover: covers{load: app.LoadCover}}
}

// SetFocused tells the pane whether it has the keyboard.
func (m *Model) SetFocused(f bool) { m.focused = f }

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// TrackID returns the track shown, or 0.
func (m *Model) TrackID() app.TrackID { return m.id }

// Track returns the loaded track, if it has arrived.
func (m *Model) Track() (app.Track, bool) {
	if m.track == nil {
		return app.Track{}, false
	}
	return *m.track, true
}

// SetRating shows a new rating of track id, if it is the track shown.
func (m *Model) SetRating(id app.TrackID, stars int) {
	if m.track != nil && m.track.ID == id {
		m.track.Rating = stars
	}
}

// ReqID returns the ID of the latest load request.
func (m *Model) ReqID() int { return m.reqID }

// Show starts loading track id, unless it is already shown. An id of 0
// clears the pane.
func (m *Model) Show(id app.TrackID) tea.Cmd {
	if id == m.id {
		if id == 0 {
			m.summary = nil
		}
		return nil
	}
	m.id, m.track, m.note, m.copies, m.scroll, m.summary, m.editing = id, nil, nil, nil, 0, nil, ""
	m.reqID++
	if id == 0 || m.tracks == nil {
		m.loading = false
		return nil
	}
	m.loading = true
	req, tracks, notes := m.reqID, m.tracks, m.notes
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		t, err := tracks.Track(ctx, id)
		if err != nil {
			return LoadedMsg{ReqID: req, Err: fmt.Errorf("read track %d: %w", id, err)}
		}
		msg := LoadedMsg{ReqID: req, Track: t}
		if cf, ok := tracks.(CopyFinder); ok {
			if msg.Copies, err = cf.Copies(ctx, t); err != nil {
				msg.Err = fmt.Errorf("find copies: %w", err)
			}
		}
		if notes != nil {
			n, err := notes.Note(ctx, id)
			switch {
			case err == nil:
				msg.Note = &n
			case !errors.Is(err, app.ErrNotFound):
				msg.Err = fmt.Errorf("read sleeve note: %w", err)
			}
		}
		return msg
	}
}

// Update handles loaded tracks and scrolling keys.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case LoadedMsg:
		if msg.ReqID != m.reqID {
			return m, nil // the selection moved on
		}
		m.loading = false
		if msg.Err != nil && msg.Track.ID == 0 {
			return m, common.ErrorCmd(msg.Err)
		}
		t := msg.Track
		m.track, m.note, m.copies = &t, msg.Note, msg.Copies
		if msg.Err != nil {
			return m, common.ErrorCmd(msg.Err)
		}
	case ReviewMsg:
		return m, m.review(msg)
	case OverviewMsg:
		if m.summary == nil || m.summary.title != msg.title || m.id != 0 {
			return m, nil // the cursor moved on
		}
		if msg.err != nil {
			if errors.Is(msg.err, context.DeadlineExceeded) {
				return m, nil
			}
			return m, common.ErrorCmd(fmt.Errorf("overview: %w", msg.err))
		}
		m.summary.overview, m.summary.overviewTemplate = msg.text, msg.template
	case CorrectedMsg:
		return m, m.corrected(msg)
	case tea.KeyPressMsg:
		if m.Editing() {
			return m, m.editKey(msg)
		}
		if cmd, ok := m.correctKey(msg); ok {
			return m, cmd
		}
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.ApproveNote) && m.canReview():
			return m, m.approve()
		case key.Matches(msg, k.EditNote) && m.canReview():
			return m, m.startEdit()
		case key.Matches(msg, k.Up):
			m.scroll = max(0, m.scroll-1)
		case key.Matches(msg, k.Down):
			m.scroll++
		case key.Matches(msg, k.Top):
			m.scroll = 0
		}
	}
	return m, nil
}

// reviewer returns the note reviewer, or nil.
func (m *Model) reviewer() NoteReviewer {
	r, _ := m.notes.(NoteReviewer)
	return r
}

// canReview reports whether the note shown can be approved or edited.
func (m *Model) canReview() bool { return m.note != nil && m.track != nil && m.reviewer() != nil }

// approve saves the note shown as approved, in a Cmd.
func (m *Model) approve() tea.Cmd {
	r, id := m.reviewer(), m.id
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		n, err := r.ApproveNote(ctx, id)
		return ReviewMsg{id: id, stage: reviewSaved, note: n, err: err,
			said: "Note approved: sleeve notes keeps it, and sleeve models adapt learns your style from it."}
	}
}

// startEdit writes the note shown to a file for the editor, in a Cmd; the
// editor opens when that is done.
func (m *Model) startEdit() tea.Cmd {
	r, id, note, title := m.reviewer(), m.id, *m.note, m.track.Tags.Title
	return func() tea.Msg {
		dir, err := os.MkdirTemp("", "sleeve-note-")
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "note.txt"), []byte(r.EditorText(note, title)), 0o600)
		}
		if err != nil {
			return ReviewMsg{id: id, stage: reviewSaved, dir: dir, err: fmt.Errorf("could not open the note for editing: %w", err)}
		}
		return ReviewMsg{id: id, stage: editorReady, dir: dir}
	}
}

// review runs the next step of an approval or edit.
func (m *Model) review(msg ReviewMsg) tea.Cmd {
	r := m.reviewer()
	if r == nil {
		return nil
	}
	switch msg.stage {
	case editorReady:
		// The editor takes the terminal; Bubble Tea gives it back after.
		return tea.ExecProcess(r.EditorCommand(filepath.Join(msg.dir, "note.txt")), func(err error) tea.Msg {
			return ReviewMsg{id: msg.id, stage: editorDone, dir: msg.dir, err: err}
		})
	case editorDone:
		return func() tea.Msg {
			defer os.RemoveAll(msg.dir)
			if msg.err != nil {
				return ReviewMsg{id: msg.id, stage: reviewSaved, err: fmt.Errorf("the editor failed, so the note was left as it was: %w", msg.err)}
			}
			text, err := os.ReadFile(filepath.Join(msg.dir, "note.txt"))
			if err != nil {
				return ReviewMsg{id: msg.id, stage: reviewSaved, err: fmt.Errorf("could not read the edited note: %w", err)}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			n, err := r.EditNote(ctx, msg.id, string(text))
			return ReviewMsg{id: msg.id, stage: reviewSaved, note: n, err: err,
				said: "Your edit is saved: sleeve notes keeps it, and sleeve models adapt learns your style from it."}
		}
	default:
		if msg.dir != "" {
			os.RemoveAll(msg.dir) // a failed start: nothing else was written
		}
		if msg.err != nil {
			return common.ErrorCmd(msg.err)
		}
		if msg.id == m.id && m.note != nil {
			n := msg.note
			m.note = &n
		}
		return common.StatusCmd(msg.said)
	}
}

// featureView is what the pane shows of the measured features. It is
// filled from app.Features in one place, featuresOf.
type featureView struct {
	BPM                          float64
	Key                          string
	Energy, Brightness, Dance    float64
	LoudnessLUFS                 float64
	BPMConfidence, KeyConfidence float64
	PreviewStart, PreviewLength  time.Duration
	Outdated                     bool
	// Instruments are the instrument families heard, in words ("piano
	// 0.97, strings 0.62"), or "" when not measured.
	Instruments string
}

// featuresOf adapts the library's features to the view, or returns nil.
func featuresOf(f *app.Features) *featureView {
	if f == nil {
		return nil
	}
	return &featureView{
		BPM: f.BPM, Key: f.Key, Energy: f.Energy, Brightness: f.Brightness, Dance: f.Danceability(),
		LoudnessLUFS: f.LoudnessLUFS, BPMConfidence: f.BPMConfidence, KeyConfidence: f.KeyConfidence,
		PreviewStart: f.PreviewStart, PreviewLength: f.PreviewLength, Outdated: f.Outdated,
		Instruments: f.DescribeInstruments(),
	}
}

// loudnessLevel maps integrated loudness onto [0, 1]: -30 LUFS and below is
// empty, -5 LUFS and above is full.
func loudnessLevel(lufs float64) float64 { return (lufs + 30) / 25 }

// View implements common.Component.
func (m *Model) View() string {
	iw, ih := m.c.Styles.PanelInner(m.width, m.height)
	lines := append(m.coverLines(iw, ih), m.lines(iw)...)
	if m.scroll > max(0, len(lines)-ih) {
		m.scroll = max(0, len(lines)-ih)
	}
	title := "Track"
	if m.id == 0 && m.summary != nil {
		title = m.summary.heading
	}
	return m.c.Styles.Panel(title, strings.Join(lines[m.scroll:], "\n"), m.width, m.height, m.focused)
}

func (m *Model) lines(w int) []string {
	s := m.c.Styles
	if m.id == 0 && m.summary != nil {
		out := []string{s.Accent.Render(common.Truncate(common.CleanText(m.summary.title), w))}
		for i, l := range m.summary.lines {
			l = common.Truncate(l, w)
			if i == 0 {
				l = s.Muted.Render(l)
			}
			out = append(out, l)
			if i == 0 && m.summary.overview != "" {
				head := s.Label.Render("Overview")
				if m.summary.overviewTemplate {
					head += s.Muted.Render(" (template)")
				}
				out = append(out, "", head)
				out = append(out, common.Wrap(common.CleanText(m.summary.overview), w)...)
			}
		}
		return out
	}
	if m.id == 0 {
		return []string{s.Muted.Render("Choose a track to see it here.")}
	}
	if m.track == nil {
		return []string{s.Muted.Render("Loading…")}
	}
	t := m.track
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	if m.Editing() {
		add(m.editLines(w)...)
	}
	title := common.CleanText(t.Tags.Title)
	if title == "" {
		title = common.CleanText(app.DisplayPath(t.Path))
	}
	add(s.Accent.Render(common.Truncate(title, w)))
	// "— — abc" reads as two dashes: an unknown artist says so, as the
	// library's rows do, and an unknown album is left out.
	byline := common.CleanText(t.Tags.DisplayArtist())
	if strings.TrimSpace(byline) == "" {
		byline = "(unknown artist)"
	}
	if album := common.CleanText(t.Tags.Album); strings.TrimSpace(album) != "" {
		byline += " — " + album
	}
	add(common.Truncate(byline, w))
	var facts []string
	if t.Tags.Year > 0 {
		facts = append(facts, fmt.Sprint(t.Tags.Year))
	}
	if len(t.Tags.Genres) > 0 {
		g := common.CleanText(strings.Join(t.Tags.Genres, ", "))
		if t.Correction.Corrected(app.CorrectGenre) {
			g += " (yours)"
		}
		facts = append(facts, g)
	}
	facts = append(facts, clock(t.Duration), strings.ToUpper(t.Format))
	add(s.Muted.Render(common.Truncate(strings.Join(facts, " · "), w)))
	if t.Rating > 0 {
		add(s.Label.Render("Your rating ") + s.Accent.Render(app.Stars(t.Rating)) + s.Muted.Render(fmt.Sprintf(" %d/5", t.Rating)))
	} else {
		add(s.Label.Render("Your rating ") + s.Muted.Render("none yet"))
	}
	// The file, so that copies of a song can be told apart, its format,
	// and the other copies.
	for _, l := range common.Wrap(common.CleanText(app.DisplayPath(t.Path)), w) {
		add(s.Muted.Render(l))
	}
	for i, l := range common.Wrap("Format "+formatLine(*t), w) {
		if i == 0 {
			l = s.Label.Render("Format ") + strings.TrimPrefix(l, "Format ")
		}
		add(l)
	}
	if len(m.copies) > 0 {
		add(s.Label.Render(fmt.Sprintf("Other copies (%d)", len(m.copies))))
		for _, c := range m.copies {
			add(common.Truncate("  "+formatLine(c), w))
			for _, l := range common.Wrap(common.CleanText(app.DisplayPath(c.Path)), max(1, w-4)) {
				add(s.Muted.Render("    " + l))
			}
		}
	}
	add("")

	f := featuresOf(t.Features)
	switch {
	case f != nil:
		add(m.featureLines(*t, f, w)...)
		barW := max(4, min(20, w-22))
		bar := func(name string, v float64, note string) {
			add(s.Label.Render(common.Fit(name, 12)) + s.Bar(v, barW) + " " + s.Muted.Render(note))
		}
		bar("Energy", f.Energy, fmt.Sprintf("%.2f", f.Energy))
		bar("Brightness", f.Brightness, fmt.Sprintf("%.2f", f.Brightness))
		bar("Loudness", loudnessLevel(f.LoudnessLUFS), fmt.Sprintf("%.0f LUFS", f.LoudnessLUFS))
		bar("Danceable", f.Dance, fmt.Sprintf("%.2f", f.Dance))
		if f.Instruments != "" {
			for i, l := range common.Wrap(f.Instruments, max(8, w-12)) {
				label := common.Fit("", 12)
				if i == 0 {
					label = common.Fit("Instruments", 12)
				}
				add(s.Label.Render(label) + l)
			}
		}
		if f.Outdated {
			add(s.Warning.Render(common.Truncate("Measured by an older analysis; run sleeve analyze", w)))
		}
	case t.AnalysisFailure != nil:
		add(s.Warning.Render("Not analysed:"))
		add(common.Wrap(t.AnalysisFailure.Reason, w)...)
	default:
		add(s.Muted.Render("Not analysed yet — run sleeve analyze"))
	}
	add("", s.Label.Render("Sleeve note"))
	switch {
	case m.note == nil:
		for _, l := range common.Wrap("No sleeve note yet — run sleeve notes", w) {
			add(s.Muted.Render(l))
		}
	default:
		var badges []string
		switch m.note.Review {
		case "approved":
			badges = append(badges, "approved by you")
		case "edited":
			badges = append(badges, "edited by you")
		}
		if m.note.Template && m.note.Review != "edited" {
			badges = append(badges, "template note")
		}
		for _, b := range badges {
			add(s.Badge.Render(b))
		}
		if c := t.Correction; c != nil && !m.note.CreatedAt.IsZero() && m.note.CreatedAt.Before(c.At) {
			stale := "Written before your correction: sleeve notes rewrites it"
			if m.note.Review != "" {
				stale = "Written before your correction; kept, as it is yours (E edits it)"
			}
			for _, l := range common.Wrap(stale, w) {
				add(s.Muted.Render(l))
			}
		}
		add(common.Wrap(common.CleanText(m.note.Text), w)...)
		if m.note.Model != "" && !m.note.Template && m.note.Review != "edited" {
			add(s.Muted.Render(common.Truncate(common.CleanText("written by "+m.note.Model), w)))
		}
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func clock(d time.Duration) string {
	sec := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", sec/60, sec%60)
}

// ShortHelp implements common.Component. While the correction input has
// the keyboard, it lists the input's own keys only.
func (m *Model) ShortHelp() []key.Binding {
	if m.Editing() {
		return m.editHelp()
	}
	k := m.c.Keys
	keys := []key.Binding{k.Up, k.Down, common.As(k.Enter, "play"), k.Preview, k.Rate}
	if m.canCorrect() {
		keys = append(keys, m.correctHelp())
	}
	keys = append(keys, k.Pause, k.More, k.Exclude)
	if m.canReview() {
		keys = append(keys, k.ApproveNote, k.EditNote)
	}
	return keys
}

// trackActionsHere returns the track actions that work in this pane: all
// but adding to the queue, whose key approves the note here.
func trackActionsHere(k *common.KeyMap) []key.Binding {
	var here []key.Binding
	for _, b := range k.TrackActions() {
		if !sameKeys(b, k.Enqueue) {
			here = append(here, b)
		}
	}
	return here
}

// sameKeys reports whether two bindings answer the same keys.
func sameKeys(a, b key.Binding) bool {
	return strings.Join(a.Keys(), " ") == strings.Join(b.Keys(), " ")
}

// FullHelp implements common.Component.
func (m *Model) FullHelp() [][]key.Binding {
	if m.Editing() {
		return [][]key.Binding{m.editHelp()}
	}
	k := m.c.Keys
	groups := [][]key.Binding{{common.As(k.Up, "scroll up"), common.As(k.Down, "scroll down"), k.Top,
		common.As(k.Enter, "play")}, trackActionsHere(k)}
	if m.canCorrect() {
		groups = append(groups, k.CorrectionKeys())
	}
	if m.canReview() {
		groups = append(groups, []key.Binding{k.ApproveNote, k.EditNote})
	}
	return groups
}
