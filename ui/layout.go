package ui

// This file holds the root's layout: the panes' sizes, where each is drawn,
// and the status bar's texts.

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
)

// rect is where a pane is drawn, for mouse routing.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool { return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h }

// tooSmall reports whether the terminal is below the minimum size.
func (m *Model) tooSmall() bool { return m.width < MinWidth || m.height < MinHeight }

// progress is the status bar's progress line for the work that runs.
func (m *Model) progress() string {
	switch {
	case m.welcome.Running():
		return m.welcome.Progress()
	case m.loading:
		return "Reading the library…"
	case m.chat.Waiting():
		return "Waiting for the reply…"
	case m.models.Pulling():
		return m.models.ProgressLine()
	}
	return ""
}

// ollamaLine is the status bar's Ollama state; pull says how to pull a
// missing model.
func ollamaLine(msg ollamaMsg, pull string) string {
	switch {
	case msg.err != nil || !msg.status.Running:
		return "Ollama: not running"
	case len(msg.status.Missing) > 0:
		return "Ollama: " + strings.Join(msg.status.Missing, ", ") + " missing (" + pull + ")"
	case len(msg.status.Models) == 0:
		return "Ollama: no models"
	case len(msg.status.Models) <= 2:
		return "Ollama: " + strings.Join(msg.status.Models, ", ")
	}
	return fmt.Sprintf("Ollama: %d models", len(msg.status.Models))
}

// thousands formats n with comma separators.
// countOf writes a count with its noun, singular for one: "1 artist",
// "1,204 tracks".
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return thousands(n) + " " + noun + "s"
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// bannerText explains the fallbacks when Ollama is not there, or is "".
func (m *Model) bannerText() string {
	if m.bannerRead || m.ollama == nil || (m.ollama.err == nil && m.ollama.status.Running) {
		return ""
	}
	fallback := "Ollama is not running: sleeve notes come from templates, requests are read by rules and " +
		"searched by words. "
	if m.deps.Models != nil {
		// On a fresh machine Ollama is not even installed: the Models
		// view says which, and what to do.
		return fallback + m.c.Keys.Models.Help().Key + " shows how to install or start it."
	}
	return fallback + "Install it from https://ollama.com/download; `ollama serve` starts it."
}

// layout sizes every pane from the terminal size and the measured
// heights of the header, banner and footer.
func (m *Model) layout() {
	if m.width == 0 {
		return
	}
	m.status.SetSize(m.width)
	m.help.SetWidth(m.width)
	top := lipgloss.Height(m.headerView())
	if b := m.bannerView(); b != "" {
		top += lipgloss.Height(b)
	}
	footer := m.status.Height() + 1 // the status bar (with a long message's lines) and the help line
	if m.nowPlayingLine() != "" {
		footer++
	}
	bodyH := max(3, m.height-top-footer)
	leftW := m.width * 11 / 20
	half := m.width / 2
	m.rects = map[pane]rect{
		paneBrowser: {0, top, leftW, bodyH},
		paneDetail:  {leftW, top, m.width - leftW, bodyH},
		paneChat:    {0, top, half, bodyH},
		paneResults: {half, top, m.width - half, bodyH},
		paneTaste:   {0, top, m.width, bodyH},
		paneQueue:   {0, top, m.width, bodyH},
	}
	m.browser.SetSize(leftW, bodyH)
	m.detail.SetSize(m.width-leftW, bodyH)
	m.chat.SetSize(half, bodyH)
	m.results.SetSize(m.width-half, bodyH)
	m.taste.SetSize(m.width, bodyH)
	m.queue.SetSize(m.width, bodyH)
	m.welcome.SetSize(m.width, bodyH)
	m.models.SetSize(m.width, bodyH)
}
