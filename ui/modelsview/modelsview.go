// Package modelsview is the explorer's Models view: the language models
// that are configured and installed in Ollama, a pull of a missing one
// with its progress (cancellable), and when Ollama does not answer, how to
// start it.
package modelsview

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"sleeve/app"
	"sleeve/ui/common"
)

// Manager lists and pulls models; *app.ModelManager is one.
type Manager interface {
	Report(ctx context.Context) app.ModelsReport
	Pull(ctx context.Context, name string, progress func(app.PullProgress)) error
}

var _ Manager = (*app.ModelManager)(nil)

// reportTimeout bounds one report: a version, a listing and two shows.
const reportTimeout = 15 * time.Second

// ReportMsg carries a report asked for by Refresh.
type ReportMsg struct {
	id     int
	Report app.ModelsReport
}

// PullProgressMsg carries one progress report of the running pull.
type PullProgressMsg struct {
	id       int
	Progress app.PullProgress
	events   <-chan tea.Msg
}

// PullDoneMsg says the pull ended: Err is nil when the model is installed.
type PullDoneMsg struct {
	id        int
	Model     string
	Err       error
	Cancelled bool
}

// Model is the Models view.
type Model struct {
	c             common.Common
	mgr           Manager
	width, height int

	report   *app.ModelsReport
	reportID int
	loading  bool
	// cursor selects a configured model: 0 chat, 1 embedding.
	cursor int

	// The running pull, if any.
	pulling  string
	pullID   int
	progress app.PullProgress
	cancel   context.CancelFunc
	// outcome says how the last pull ended.
	outcome    string
	outcomeBad bool
}

// New returns the view; mgr may be nil, and the view then says that no
// model manager is connected.
func New(c common.Common, mgr Manager) *Model { return &Model{c: c, mgr: mgr} }

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Pulling reports whether a pull runs.
func (m *Model) Pulling() bool { return m.pulling != "" }

// Loading reports whether a report is on its way.
func (m *Model) Loading() bool { return m.loading }

// Refresh asks for a new report in a Cmd.
func (m *Model) Refresh() tea.Cmd {
	if m.mgr == nil {
		return nil
	}
	m.reportID++
	m.loading = true
	id, mgr := m.reportID, m.mgr
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), reportTimeout)
		defer cancel()
		return ReportMsg{id: id, Report: mgr.Report(ctx)}
	}
}

// Cancel stops the running pull, if any.
func (m *Model) Cancel() {
	if m.cancel != nil {
		m.cancel()
	}
}

// ProgressLine is the running pull in one line, for the status bar, or ""
// when nothing is pulled.
func (m *Model) ProgressLine() string {
	if m.pulling == "" {
		return ""
	}
	p := m.progress
	line := "Pulling " + m.pulling
	if f := p.Fraction(); f >= 0 {
		line += fmt.Sprintf(" %d%% (%s of %s)", int(f*100), size(p.Completed), size(p.Total))
	} else if p.Status != "" {
		line += ": " + p.Status
	}
	return line
}

// Update handles reports, the pull's progress and the view's keys.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ReportMsg:
		if msg.id != m.reportID {
			return m, nil // a newer report is on its way
		}
		m.loading = false
		r := msg.Report
		m.report = &r
	case PullProgressMsg:
		if msg.id != m.pullID || m.pulling == "" {
			return m, nil
		}
		m.progress = msg.Progress
		return m, next(msg.events)
	case PullDoneMsg:
		if msg.id != m.pullID {
			return m, nil
		}
		m.pulling, m.cancel = "", nil
		switch {
		case msg.Cancelled:
			m.outcome, m.outcomeBad = fmt.Sprintf("Pull of %s cancelled. Ollama keeps what it downloaded: "+
				"pulling it again resumes there.", msg.Model), false
		case msg.Err != nil:
			m.outcome, m.outcomeBad = fmt.Sprintf("Pull of %s failed: %v", msg.Model, msg.Err), true
		default:
			m.outcome, m.outcomeBad = fmt.Sprintf("Pulled %s.", msg.Model), false
		}
		return m, m.Refresh()
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = 0
	case key.Matches(msg, k.Down):
		m.cursor = 1
	case key.Matches(msg, k.Cancel):
		if m.pulling != "" {
			m.Cancel()
			return common.StatusCmd("Cancelling the pull of " + m.pulling + "…")
		}
	case key.Matches(msg, k.Refresh):
		return m.Refresh()
	case key.Matches(msg, k.Enter):
		return m.pullSelected()
	}
	return nil
}

// selected returns the configured model under the cursor.
func (m *Model) selected() (app.ModelStatus, bool) {
	if m.report == nil {
		return app.ModelStatus{}, false
	}
	if m.cursor == 0 {
		return m.report.Chat, true
	}
	return m.report.Embed, true
}

// pullSelected starts pulling the selected model when it is missing.
func (m *Model) pullSelected() tea.Cmd {
	switch {
	case m.mgr == nil:
		return common.StatusCmd("No model manager is connected")
	case m.pulling != "":
		return common.StatusCmd("Already pulling " + m.pulling + ": esc cancels it")
	case m.report == nil:
		return common.StatusCmd("Still asking Ollama what it has…")
	case !m.report.Reachable:
		return common.StatusCmd("Ollama is not running: start it as the view says, then r checks again")
	}
	sel, _ := m.selected()
	if sel.Installed {
		return common.StatusCmd(sel.Name + " is installed already")
	}
	return m.startPull(sel.Name)
}

// startPull runs the pull on its own goroutine; its progress comes back
// through a channel that a Cmd reads one message at a time.
func (m *Model) startPull(name string) tea.Cmd {
	m.pullID++
	id, mgr := m.pullID, m.mgr
	ctx, cancel := context.WithCancel(context.Background())
	m.pulling, m.cancel = name, cancel
	m.progress = app.PullProgress{Model: name, Status: "starting"}
	m.outcome = ""
	events := make(chan tea.Msg, 32)
	go func() {
		defer close(events)
		err := mgr.Pull(ctx, name, func(p app.PullProgress) {
			select {
			case events <- PullProgressMsg{id: id, Progress: p, events: events}:
			case <-ctx.Done():
			}
		})
		cancelled := err != nil && (app.Canceled(err) || errors.Is(ctx.Err(), context.Canceled))
		events <- PullDoneMsg{id: id, Model: name, Err: err, Cancelled: cancelled}
		cancel()
	}()
	return next(events)
}

// next reads the pull's next message.
func next(events <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-events
		if !ok {
			return nil
		}
		return msg
	}
}

// View implements common.Component.
func (m *Model) View() string {
	s := m.c.Styles
	iw, ih := m.c.Styles.PanelInner(m.width, m.height)
	var lines []string
	add := func(style func(...string) string, text string) {
		for _, l := range common.Wrap(text, iw) {
			lines = append(lines, style(l))
		}
	}
	// indented wraps text under a two-space indent.
	indented := func(text string) {
		for _, l := range common.Wrap(text, iw-2) {
			lines = append(lines, "  "+l)
		}
	}
	plain := func(strs ...string) string { return strings.Join(strs, "") }
	switch {
	case m.mgr == nil:
		add(s.Muted.Render, "No model manager is connected to the explorer.")
		return s.Panel("Models", strings.Join(lines, "\n"), m.width, m.height, true)
	case m.report == nil:
		add(s.Muted.Render, "Asking Ollama what it has…")
		return s.Panel("Models", strings.Join(lines, "\n"), m.width, m.height, true)
	}
	r := m.report
	if r.Disabled {
		add(s.Warning.Render, "The language model is turned off (--no-llm, SLEEVE_NO_LLM or disabled in the config): "+
			"Sleeve writes template notes and reads requests by rules. Models can still be pulled here.")
	}
	if r.Reachable {
		add(plain, fmt.Sprintf("Ollama %s at %s", common.CleanText(r.Version), r.Host))
	} else {
		add(s.Error.Render, fmt.Sprintf("Ollama does not answer at %s: %s.", r.Host, common.CleanText(r.Cause)))
		for _, a := range r.StartAdvice {
			indented(a)
		}
		add(s.Muted.Render, "Without it, Sleeve writes template notes, reads requests by rules and searches by words. "+
			"r checks again.")
	}
	lines = append(lines, "")
	lines = append(lines, s.Label.Render("Configured"))
	for i, row := range []struct {
		role string
		st   app.ModelStatus
	}{{"chat", r.Chat}, {"embedding", r.Embed}} {
		state, style := m.state(row.st)
		line := fmt.Sprintf("%-10s %s  ", row.role, common.CleanText(row.st.Name))
		cell := common.Truncate(line+style.Render(state), iw-2)
		if i == m.cursor {
			lines = append(lines, s.Accent.Render("▸ ")+cell)
		} else {
			lines = append(lines, "  "+cell)
		}
	}
	if m.pulling != "" || m.outcome != "" {
		lines = append(lines, "")
		lines = append(lines, m.pullView(iw)...)
	}
	if r.Reachable && r.Err == nil {
		lines = append(lines, "")
		lines = append(lines, s.Label.Render(fmt.Sprintf("Installed (%d)", len(r.Installed))))
		if len(r.Installed) == 0 {
			lines = append(lines, s.Muted.Render("  nothing yet"))
		}
		nameW := min(48, max(10, iw-2-9-2-10-2))
		// What does not fit is counted, not cut off unsaid.
		room := ih - len(lines)
		for i, im := range r.Installed {
			if left := len(r.Installed) - i; left > 1 && room <= 1 {
				lines = append(lines, s.Muted.Render(fmt.Sprintf("  … and %d more (sleeve models lists them all)", left)))
				break
			}
			name := common.Fit(common.CleanText(im.Name), nameW)
			lines = append(lines, fmt.Sprintf("  %s  %9s  %s", name, size(im.Size), day(im.ModifiedAt)))
			room--
		}
	} else if r.Reachable && r.Err != nil {
		lines = append(lines, "", s.Error.Render(common.Truncate("Could not list the models: "+r.Err.Error(), iw)))
	}
	return s.Panel("Models", strings.Join(lines, "\n"), m.width, m.height, true)
}

// state describes a configured model in a few words, with its style.
func (m *Model) state(st app.ModelStatus) (string, lipgloss.Style) {
	s := m.c.Styles
	switch {
	case m.report == nil || !m.report.Reachable:
		return "unknown while Ollama is not running", s.Muted
	case m.pulling != "" && m.pulling == st.Name:
		return "pulling…", s.Warning
	case !st.Installed:
		return "missing: enter pulls it", s.Warning
	case st.Problem != "":
		return common.CleanText(st.Problem), s.Error
	}
	return "installed · " + size(st.Size), s.Value
}

// pullView is the running pull with a bar, or how the last one ended.
func (m *Model) pullView(iw int) []string {
	s := m.c.Styles
	if m.pulling == "" {
		style := s.Value
		if m.outcomeBad {
			style = s.Error
		}
		var out []string
		for _, l := range common.Wrap(m.outcome, iw) {
			out = append(out, style.Render(l))
		}
		return out
	}
	p := m.progress
	out := []string{common.Truncate(fmt.Sprintf("Pulling %s: %s", common.CleanText(m.pulling), common.CleanText(p.Status)), iw)}
	if f := p.Fraction(); f >= 0 {
		label := fmt.Sprintf(" %3d%%  %s of %s", int(f*100), size(p.Completed), size(p.Total))
		barW := max(5, min(40, iw-len(label)))
		out = append(out, s.Bar(f, barW)+label)
	}
	out = append(out, s.Muted.Render("esc cancels the pull"))
	return out
}

// size formats a byte count as Ollama does: 986 MB, 4.7 GB.
func size(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.1f GB", float64(n)/1e9)
	case n >= 1e7:
		return fmt.Sprintf("%.0f MB", float64(n)/1e6)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.0f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

// day is the date a model was pulled.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format("2006-01-02")
}

// ShortHelp implements common.Component.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	if m.pulling != "" {
		return []key.Binding{common.As(k.Cancel, "cancel the pull"), k.Refresh, common.As(k.Models, "close")}
	}
	if m.report == nil || !m.report.Reachable {
		return []key.Binding{k.Refresh, common.As(k.Models, "close")}
	}
	return []key.Binding{common.As(k.Enter, "pull"), k.Refresh, common.As(k.Models, "close")}
}

// FullHelp implements common.Component.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	if m.pulling != "" {
		return [][]key.Binding{m.ShortHelp(), {k.Up, k.Down}}
	}
	return [][]key.Binding{m.ShortHelp(), {k.Up, k.Down, common.As(k.Cancel, "close")}}
}
