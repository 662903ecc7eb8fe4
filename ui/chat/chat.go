// Package chat is the chat pane: the person types a request, the reply
// arrives, and the structured request the engine understood is shown.
package chat

import (
	"context"
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"sleeve/ui/common"
	"sleeve/ui/results"
)

// Reply is the recommender's answer to one request.
type Reply struct {
	// Session names the conversation the reply belongs to; the chat passes
	// it with the next request, so that "calmer" refines the last one.
	Session string
	// Text is the reply's prose.
	Text string
	// Understood is the structured request as the engine understood it,
	// in words, such as "tempo 120–130 · energy high · not: Artist X".
	Understood string
	// NotUnderstood lists the request's content words that nothing
	// accounted for, such as "zorblax"; empty when every word was read.
	NotUnderstood []string
	// Reading says how the message was read when a language model had a
	// part in it or failed to ("the rules and the model X", "the rules:
	// Ollama is not reachable …"), with the model's readings that were not
	// used; empty when the rules read it with no model configured.
	Reading string
	// ModelFailed says a language model was asked and did not answer
	// usably; the pane then sends ModelFailedMsg, so that the explorer
	// checks Ollama again.
	ModelFailed bool
	// Picks, when not nil, replaces the picks shown.
	Picks []results.Pick
}

// ModelFailedMsg says a reply was read or ranked without the language
// model it asked, which did not answer usably.
type ModelFailedMsg struct{}

// Recommender answers a request in the session named (empty starts a new
// one). It runs in a Cmd, off the event loop, and stops when ctx is
// cancelled.
type Recommender interface {
	Recommend(ctx context.Context, text string, session string) (Reply, error)
}

// turn is one message in the transcript.
type turn struct {
	you  bool
	text string
}

// replyMsg carries the reply to request req.
type replyMsg struct {
	req   int
	reply Reply
	err   error
}

// Model is the chat pane.
type Model struct {
	c             common.Common
	rec           Recommender
	session       string
	width, height int
	focused       bool

	input      textinput.Model
	turns      []turn
	understood string
	// notUnderstood are the words of the last request nothing read.
	notUnderstood []string
	// reading says how the last request was read (Reply.Reading).
	reading string
	reqID   int
	waiting bool
	cancel  context.CancelFunc
}

// New returns the chat pane; rec may be nil while the engine is not there.
func New(c common.Common, rec Recommender, session string) *Model {
	in := c.Styles.NewInput("› ", "something slow and warm for a rainy evening…", 500)
	return &Model{c: c, rec: rec, session: session, input: in}
}

// SetFocused gives the pane the keyboard, focusing its input.
func (m *Model) SetFocused(f bool) tea.Cmd {
	m.focused = f
	if f {
		return m.input.Focus()
	}
	m.input.Blur()
	return nil
}

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	iw, _ := m.c.Styles.PanelInner(w, h)
	m.input.SetWidth(max(1, iw-3))
}

// InputValue returns what is typed in the Ask box.
func (m *Model) InputValue() string { return m.input.Value() }

// Waiting reports whether a reply is awaited.
func (m *Model) Waiting() bool { return m.waiting }

// Understood returns the structured request shown.
func (m *Model) Understood() string { return m.understood }

// NotUnderstood returns the words shown as not understood.
func (m *Model) NotUnderstood() []string { return m.notUnderstood }

// Reading returns how the last request was read, as shown.
func (m *Model) Reading() string { return m.reading }

// Transcript returns the messages so far, one per entry, replies prefixed
// with "sleeve: ".
func (m *Model) Transcript() []string {
	var out []string
	for _, t := range m.turns {
		if t.you {
			out = append(out, "you: "+t.text)
		} else {
			out = append(out, "sleeve: "+t.text)
		}
	}
	return out
}

// Cancel stops waiting for a reply.
func (m *Model) Cancel() {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.waiting = false
}

// Update handles keys (the input has them all but esc) and replies.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case replyMsg:
		return m.handleReply(msg)
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.c.Keys.Cancel):
			if m.waiting {
				m.Cancel()
				m.reply("(stopped)")
				return m, nil
			}
			m.input.SetValue("")
			return m, nil
		case msg.String() == "enter":
			return m.send()
		}
		if full := common.AtLimit(&m.input, msg, "a request"); full != nil {
			return m, full
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	case tea.PasteMsg:
		return m, common.Paste(&m.input, msg.Content, "a request")
	}
	return m, nil
}

// send starts a request with what was typed.
func (m *Model) send() (*Model, tea.Cmd) {
	text := strings.TrimSpace(m.input.Value())
	if text == "" {
		return m, nil
	}
	m.input.SetValue("")
	return m.Say(text)
}

// LastRequest returns the last thing the person asked, or "".
func (m *Model) LastRequest() string {
	for i := len(m.turns) - 1; i >= 0; i-- {
		if m.turns[i].you {
			return m.turns[i].text
		}
	}
	return ""
}

// Say sends text as the person's next turn, as if typed: the explorer uses
// it to ask again after a rating, or to exclude an artist.
func (m *Model) Say(text string) (*Model, tea.Cmd) {
	m.turns = append(m.turns, turn{you: true, text: text})
	if m.rec == nil {
		m.reply(common.NoRecommender + "; / in the library filters by tags and features.")
		return m, common.StatusCmd(common.NoRecommender)
	}
	m.Cancel()
	m.reqID++
	m.waiting = true
	// The reading of the last request goes with it.
	m.understood, m.notUnderstood, m.reading = "", nil, ""
	m.turns = append(m.turns, turn{})
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	req, rec, session := m.reqID, m.rec, m.session
	return m, func() tea.Msg {
		reply, err := rec.Recommend(ctx, text, session)
		return replyMsg{req: req, reply: reply, err: err}
	}
}

// NewConversation forgets the conversation: the transcript, what was
// understood and the session, so that the next request is read on its
// own. A reply still awaited is dropped.
func (m *Model) NewConversation() {
	m.Cancel()
	m.reqID++
	m.turns, m.understood, m.notUnderstood, m.reading, m.session = nil, "", nil, "", ""
}

// Session names the conversation of the last reply, or is empty before
// the first.
func (m *Model) Session() string { return m.session }

func (m *Model) handleReply(msg replyMsg) (*Model, tea.Cmd) {
	if msg.req != m.reqID || !m.waiting {
		return m, nil // a reply that was replaced or stopped
	}
	m.waiting = false
	m.cancel = nil
	if msg.err != nil {
		if errors.Is(msg.err, context.Canceled) {
			return m, nil
		}
		m.appendReply("(no reply: " + msg.err.Error() + ")")
		return m, common.ErrorCmd(msg.err)
	}
	r := msg.reply
	if r.Session != "" {
		m.session = r.Session
	}
	m.appendReply(r.Text)
	if r.Understood != "" {
		m.understood = r.Understood
		m.notUnderstood = r.NotUnderstood
		m.reading = r.Reading
	}
	var cmds []tea.Cmd
	if r.ModelFailed {
		cmds = append(cmds, func() tea.Msg { return ModelFailedMsg{} })
	}
	if r.Picks != nil {
		picks := r.Picks
		cmds = append(cmds, func() tea.Msg { return results.PicksMsg{Picks: picks} })
	}
	return m, tea.Batch(cmds...)
}

func (m *Model) reply(text string) { m.turns = append(m.turns, turn{text: text}) }

func (m *Model) appendReply(text string) {
	if text == "" {
		return
	}
	if n := len(m.turns); n > 0 && !m.turns[n-1].you {
		m.turns[n-1].text += text
		return
	}
	m.reply(text)
}

// View implements common.Component.
func (m *Model) View() string {
	s := m.c.Styles
	iw, ih := s.PanelInner(m.width, m.height)
	var lines []string
	if len(m.turns) == 0 {
		lines = append(lines, common.Wrap("Ask for music in your own words: a mood, a moment, "+
			"a tempo, \"more like the last one but calmer\".", iw)...)
		if m.rec == nil {
			for _, l := range common.Wrap(common.NoRecommender+".", iw) {
				lines = append(lines, s.Muted.Render(l))
			}
		}
	}
	for _, t := range m.turns {
		if t.you {
			lines = append(lines, common.Wrap(s.Prompt.Render("you ")+t.text, iw)...)
		} else {
			lines = append(lines, common.Wrap(s.Accent.Render("sleeve ")+t.text, iw)...)
		}
	}
	footer := []string{}
	// The reading wraps, so that what was understood can be read whole
	// in a narrow pane, up to a few lines that leave room for the talk.
	readingLines := max(1, min(6, (ih-2)/3))
	if m.understood != "" {
		footer = append(footer, wrapAtMost(s.Label.Render("Understood: ")+m.understood, iw, readingLines)...)
	}
	if len(m.notUnderstood) > 0 {
		footer = append(footer, wrapAtMost(s.Label.Render("Not understood: ")+strings.Join(m.notUnderstood, ", "), iw, readingLines)...)
	}
	if m.reading != "" {
		footer = append(footer, wrapAtMost(s.Label.Render("Read by: ")+m.reading, iw, readingLines)...)
	}
	footer = append(footer, m.input.View())
	// Keep the newest lines in view above the footer.
	room := max(0, ih-len(footer))
	if len(lines) > room {
		lines = lines[len(lines)-room:]
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	return s.Panel("Ask", strings.Join(append(lines, footer...), "\n"), m.width, m.height, m.focused)
}

// wrapAtMost wraps text to width, keeping at most n lines; the last one
// kept ends with an ellipsis when some was left out.
func wrapAtMost(text string, width, n int) []string {
	lines := common.Wrap(text, width)
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = common.Truncate(lines[n-1]+" …", width)
		if !strings.HasSuffix(lines[n-1], "…") {
			lines[n-1] = common.Truncate(lines[n-1], width-1) + "…"
		}
	}
	return lines
}

// ShortHelp implements common.Component.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	esc := common.As(k.Cancel, "clear")
	if m.waiting {
		esc = common.As(k.Cancel, "stop waiting")
	}
	return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "send")), esc,
		k.NextPane, k.PrevPane}
}

// FullHelp implements common.Component.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
