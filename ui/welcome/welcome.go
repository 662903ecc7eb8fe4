// Package welcome is what the explorer shows while the library is empty:
// an offer to scan a folder or to open the demo library, and the progress
// of either, streamed from a Cmd and cancellable with esc. Once there is a
// library, the same pane scans another folder into it (AskFolder).
package welcome

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/common"
)

// ScanFunc scans folders into the library and analyses what it found, as
// sleeve scan does (app.Ingest), calling scanned and analysed with the
// progress of each.
type ScanFunc func(ctx context.Context, roots []string, scanned func(app.ScanProgress), analysed func(app.AnalyzeProgress)) (app.IngestResult, error)

// DemoFunc writes the demo library into dir, calling progress after each
// track.
type DemoFunc func(ctx context.Context, dir string, progress func(done, total int)) error

// state is where the welcome flow is.
type state int

const (
	stateChoose state = iota
	statePath
	stateRunning
)

// ProgressMsg is a progress line of job Req.
type ProgressMsg struct {
	Req  int
	Text string
}

// DoneMsg ends job Req. The root reloads the library when it succeeds.
type DoneMsg struct {
	Req    int
	Result app.IngestResult
	Err    error
}

// Model is the welcome pane.
type Model struct {
	c             common.Common
	scan          ScanFunc
	demo          DemoFunc
	demoDir       string
	width, height int

	state    state
	input    textinput.Model
	req      int
	cancel   context.CancelFunc
	ch       chan tea.Msg
	progress string
	summary  string
	// adding is set while the pane scans a folder into a library that
	// exists (AskFolder): it asks for the folder alone, and esc on the
	// folder closes it.
	adding bool
}

// New returns the welcome pane. scan or demo may be nil, which makes the
// matching offer say it is unavailable.
func New(c common.Common, scan ScanFunc, demo DemoFunc, demoDir string) *Model {
	in := c.Styles.NewInput("Folder: ", "~/Music", 4096)
	return &Model{c: c, scan: scan, demo: demo, demoDir: demoDir, input: in}
}

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.SetWidth(max(10, w-14))
}

// Typing reports whether the path input has the keyboard.
func (m *Model) Typing() bool { return m.state == statePath }

// Running reports whether a scan or the demo is running.
func (m *Model) Running() bool { return m.state == stateRunning }

// Progress returns the running job's progress line, or "".
func (m *Model) Progress() string {
	if m.state != stateRunning {
		return ""
	}
	return m.progress
}

// AskFolder asks for a folder to scan into the library that exists,
// with the folder input focused; the pane is Open until the folder is
// scanned or esc leaves it.
func (m *Model) AskFolder() tea.Cmd {
	if m.state == stateRunning {
		return nil
	}
	m.adding, m.state, m.summary = true, statePath, ""
	m.input.SetValue("")
	return m.input.Focus()
}

// Open reports whether the pane asks for a folder to add, or scans one,
// over a library that exists (see AskFolder).
func (m *Model) Open() bool { return m.adding && m.state != stateChoose }

// Cancel stops a running job; what was scanned so far is kept.
func (m *Model) Cancel() {
	if m.cancel != nil {
		m.cancel()
	}
}

// Update handles keys, progress and the end of a job.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ProgressMsg:
		if msg.Req != m.req || m.state != stateRunning {
			return m, nil
		}
		m.progress = msg.Text
		return m, pump(m.ch)
	case DoneMsg:
		if msg.Req != m.req {
			return m, nil
		}
		m.state, m.cancel, m.progress, m.adding = stateChoose, nil, "", false
		if msg.Err != nil {
			m.summary = ""
			return m, common.ErrorCmd(msg.Err)
		}
		for _, p := range msg.Result.Scan.Problems {
			m.c.Logf("scan: skipped %s", p)
		}
		m.summary = summarise(msg.Result)
		return m, common.StatusCmd(m.summary)
	case tea.KeyPressMsg:
		return m.updateKey(msg)
	case tea.PasteMsg:
		if m.state != statePath {
			return m, nil
		}
		return m, common.Paste(&m.input, msg.Content, "the folder name")
	}
	return m, nil
}

func (m *Model) updateKey(msg tea.KeyPressMsg) (*Model, tea.Cmd) {
	k := m.c.Keys
	switch m.state {
	case stateRunning:
		if key.Matches(msg, k.Cancel) {
			m.Cancel()
			m.progress = "Stopping…"
		}
		return m, nil
	case statePath:
		switch {
		case key.Matches(msg, k.Cancel):
			m.state = stateChoose
			m.input.Blur()
			m.adding = false
			return m, nil
		case msg.String() == "enter":
			dir := strings.TrimSpace(m.input.Value())
			if dir == "" {
				return m, common.StatusCmd("Type the folder to scan, or esc")
			}
			m.input.Blur()
			return m, m.startScan(dir)
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.ScanFolder):
		if m.scan == nil {
			return m, common.StatusCmd("Scanning is not available here; run sleeve scan")
		}
		m.state = statePath
		return m, m.input.Focus()
	case key.Matches(msg, k.Demo):
		if m.demo == nil || m.scan == nil {
			return m, common.StatusCmd("The demo is not available here; run sleeve demo")
		}
		return m, m.startDemo()
	}
	return m, nil
}

// start runs work in a Cmd, with a channel-pump Cmd that streams its
// progress lines until the work closes the channel.
func (m *Model) start(first string, work func(ctx context.Context, send func(string)) (app.IngestResult, error)) tea.Cmd {
	m.req++
	m.state, m.progress, m.summary = stateRunning, first, ""
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	ch := make(chan tea.Msg, 1)
	m.ch = ch
	req := m.req
	send := func(text string) {
		// Drop a line the UI has not read yet rather than block the work.
		select {
		case ch <- ProgressMsg{Req: req, Text: text}:
		default:
		}
	}
	run := func() tea.Msg {
		defer close(ch)
		defer cancel()
		res, err := work(ctx, send)
		return DoneMsg{Req: req, Result: res, Err: err}
	}
	return tea.Batch(run, pump(ch))
}

// pump waits for the next progress line; it returns nil once the channel
// is closed, which ends the pumping.
func pump(ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}

func (m *Model) startScan(dir string) tea.Cmd {
	scan := m.scan
	return m.start("Scanning "+dir+"…", func(ctx context.Context, send func(string)) (app.IngestResult, error) {
		return scan(ctx, []string{expandHome(dir)}, func(p app.ScanProgress) { send(scanLine(p)) },
			func(p app.AnalyzeProgress) { send(analyzeLine(p)) })
	})
}

func (m *Model) startDemo() tea.Cmd {
	scan, demo, dir := m.scan, m.demo, m.demoDir
	return m.start("Synthesising the demo library…", func(ctx context.Context, send func(string)) (app.IngestResult, error) {
		start := time.Now()
		err := demo(ctx, dir, func(done, total int) {
			send(fmt.Sprintf("Synthesising demo %d/%d%s", done, total, timeLeft(time.Since(start), done, total)))
		})
		if err != nil {
			return app.IngestResult{}, fmt.Errorf("write demo library: %w", err)
		}
		return scan(ctx, []string{dir}, func(p app.ScanProgress) { send(scanLine(p)) },
			func(p app.AnalyzeProgress) { send(analyzeLine(p)) })
	})
}

// scanLine renders scan progress with the time left once the walk is done.
func scanLine(p app.ScanProgress) string {
	seen := p.Counts.Seen()
	if !p.WalkDone {
		return fmt.Sprintf("Scanning: %d files found, %d read", p.Found, seen)
	}
	return fmt.Sprintf("Scanning %d/%d%s", seen, p.Found, timeLeft(p.Elapsed, seen, p.Found))
}

// analyzeLine renders analysis progress with the time left.
func analyzeLine(p app.AnalyzeProgress) string {
	if p.Total == 0 {
		return "Analysing…"
	}
	return fmt.Sprintf("Analysing %d/%d%s", p.Done, p.Total, timeLeft(p.Elapsed, p.Done, p.Total))
}

// timeLeft estimates the time left from the rate so far.
func timeLeft(elapsed time.Duration, done, total int) string {
	if done <= 0 || done >= total {
		return ""
	}
	left := time.Duration(float64(elapsed) * float64(total-done) / float64(done))
	return fmt.Sprintf(" · %s left", left.Round(time.Second))
}

// summarise says what the scan and the analysis after it did.
func summarise(r app.IngestResult) string {
	c := r.Scan.Counts
	s := fmt.Sprintf("Scan done: %d added, %d updated, %d unchanged", c.Added, c.Updated, c.Unchanged)
	if c.Failed > 0 {
		s += fmt.Sprintf(", %d failed", c.Failed)
	}
	if a := r.Analysis; a != nil {
		s += fmt.Sprintf("; %d analysed", a.Counts.Analysed)
		if n := a.Counts.Failed + a.Counts.NotAnalysable; n > 0 {
			s += fmt.Sprintf(", %d could not be", n)
		}
	}
	if r.Interrupted() {
		s = "Scan stopped: " + strings.TrimPrefix(s, "Scan done: ")
	}
	return s + skippedFiles(r.Scan)
}

// maxSkippedNames is how many skipped files the summary names.
const maxSkippedNames = 5

// skippedFiles names the files the scan could not read, so that "5
// failed" does not leave the person to guess which, and says where to
// learn why: each reason is a line of its own in sleeve scan.
func skippedFiles(r app.ScanResult) string {
	if len(r.Problems) == 0 {
		return ""
	}
	var names []string
	for _, p := range r.Problems[:min(len(r.Problems), maxSkippedNames)] {
		names = append(names, strings.ToValidUTF8(filepath.Base(p.Path), "\uFFFD"))
	}
	s := ". Skipped: " + strings.Join(names, ", ")
	if more := len(r.Problems) - len(names); more > 0 {
		s += fmt.Sprintf(" and %d more", more)
	}
	how := "sleeve scan FOLDER"
	if len(r.Roots) == 1 {
		how = "sleeve scan " + r.Roots[0]
	}
	return s + " ('" + how + "' says why)"
}

// expandHome turns a leading ~ into the home folder. It runs in the job's
// Cmd, not in Update.
func expandHome(p string) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, strings.TrimPrefix(p, "~"))
		}
	}
	return p
}

// View implements common.Component.
func (m *Model) View() string {
	s := m.c.Styles
	iw, _ := s.PanelInner(m.width, m.height)
	k := m.c.Keys
	var lines []string
	add := func(l ...string) { lines = append(lines, l...) }
	title := "Welcome to Sleeve"
	if m.adding {
		title = "Scan a folder"
		for _, l := range common.Wrap("Its tracks join the library; a folder scanned before is read again.", iw) {
			add(s.Accent.Render(l))
		}
		add("")
	} else {
		add(s.Accent.Render("Your library is empty."), "")
	}
	switch m.state {
	case stateRunning:
		add(s.StatusBusy.Render(common.Truncate(m.progress, iw)), "", s.Muted.Render("esc stops; what was read so far is kept."))
	case statePath:
		add("Which folder holds your music?", "", m.input.View(), "", s.Muted.Render("enter scans · esc goes back"))
	default:
		if m.summary != "" {
			add(m.summary, "No playable tracks yet.", "")
		}
		add(s.HelpKey.Render(k.ScanFolder.Help().Key)+"  scan a folder of music",
			s.HelpKey.Render(k.Demo.Help().Key)+"  open the demo library (32 synthesised tracks)",
			"", s.Muted.Render("Or from a shell: sleeve scan ~/Music"))
	}
	return s.Panel(title, strings.Join(lines, "\n"), m.width, m.height, true)
}

// ShortHelp implements common.Component.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	switch m.state {
	case statePath:
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "scan")), common.As(k.Cancel, "back")}
	case stateRunning:
		return []key.Binding{common.As(k.Cancel, "stop")}
	}
	return []key.Binding{k.ScanFolder, k.Demo}
}

// FullHelp implements common.Component.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
