package common

import (
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit truncates s to width cells with an ellipsis, or pads it with spaces
// to exactly width cells.
func Fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w > width {
		return ansi.Truncate(s, width, "…")
	}
	return s + strings.Repeat(" ", width-w)
}

// Truncate cuts s to at most width cells, ending with an ellipsis when cut.
func Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// Box renders lines into exactly width×height cells: longer lines are cut,
// missing lines are blank.
func Box(lines []string, width, height int) string {
	if height <= 0 || width <= 0 {
		return ""
	}
	var b strings.Builder
	for i := 0; i < height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		b.WriteString(Fit(line, width))
	}
	return b.String()
}

// Wrap breaks text into lines of at most width cells at spaces.
func Wrap(text string, width int) []string {
	if width <= 0 {
		return nil
	}
	return strings.Split(lipgloss.Wrap(text, width, ""), "\n")
}

// Bar renders a value in [0, 1] as a bar of width cells.
func (s *Styles) Bar(v float64, width int) string {
	if width <= 0 {
		return ""
	}
	if v < 0 {
		v = 0
	}
	if v > 1 {
		v = 1
	}
	full := int(v*float64(width) + 0.5)
	return s.BarFill.Render(strings.Repeat("█", full)) + s.BarEmpty.Render(strings.Repeat("░", width-full))
}

// Panel renders content inside the pane border with a title on the first
// line, exactly width×height cells including the border.
func (s *Styles) Panel(title string, content string, width, height int, focused bool) string {
	st, ts := s.Pane, s.Title
	if focused {
		st, ts = s.PaneFocused, s.TitleFocused
	}
	iw := width - st.GetHorizontalFrameSize()
	ih := height - st.GetVerticalFrameSize()
	if iw < 1 || ih < 1 {
		return ""
	}
	body := ts.Render(Truncate(title, iw))
	if ih > 1 {
		body += "\n" + Box(strings.Split(content, "\n"), iw, ih-1)
	}
	return st.Width(width).Height(height).Render(body)
}

// PanelInner returns the content size inside a Panel of width×height:
// the border and the title line taken off.
func (s *Styles) PanelInner(width, height int) (int, int) {
	return width - s.Pane.GetHorizontalFrameSize(), height - s.Pane.GetVerticalFrameSize() - 1
}

// CleanText neutralises untrusted text (tags, paths, a model's words) for
// display in the explorer: control characters become U+FFFD, and
// bidirectional controls, zero-width and other invisible format
// characters, and line or paragraph separators are removed, so nothing
// reorders or hides the columns after it and every cell's width is what
// it seems.
func CleanText(s string) string {
	if strings.IndexFunc(s, hidden) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r):
			return '\uFFFD'
		case hidden(r):
			return -1
		}
		return r
	}, s)
}

// hidden reports whether r is shown as nothing or changes how its
// neighbours are shown.
func hidden(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.In(r, unicode.Zl, unicode.Zp)
}
