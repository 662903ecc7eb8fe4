package common

import (
	"image/color"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// Palette is the explorer's colours, picked for a dark or a light terminal.
// It is the only place colours are named.
type Palette struct {
	Text, Muted, Accent, Border, Focus color.Color
	SelectedBG, SelectedFG             color.Color
	Error, Warning, OK                 color.Color
	BarFill, BarEmpty                  color.Color
}

// NewPalette returns the palette for a dark or light background, or one
// without colours when noColor is set (NO_COLOR).
func NewPalette(dark, noColor bool) Palette {
	if noColor {
		n := lipgloss.NoColor{}
		return Palette{n, n, n, n, n, n, n, n, n, n, n, n}
	}
	ld := lipgloss.LightDark(dark)
	c := lipgloss.Color
	return Palette{
		Text:       ld(c("#1f2328"), c("#e6e6e6")),
		Muted:      ld(c("#6e7781"), c("#8b8b8b")),
		Accent:     ld(c("#8250df"), c("#c39bff")),
		Border:     ld(c("#d0d7de"), c("#444444")),
		Focus:      ld(c("#8250df"), c("#a77bff")),
		SelectedBG: ld(c("#ddd6fe"), c("#3b2f5c")),
		SelectedFG: ld(c("#1f2328"), c("#ffffff")),
		Error:      ld(c("#cf222e"), c("#ff6b6b")),
		Warning:    ld(c("#9a6700"), c("#e3b341")),
		OK:         ld(c("#1a7f37"), c("#56d364")),
		BarFill:    ld(c("#8250df"), c("#a77bff")),
		BarEmpty:   ld(c("#d0d7de"), c("#3a3a3a")),
	}
}

// Styles are every style the explorer renders with, built once from a
// Palette. Components read its fields and never build styles of their own.
type Styles struct {
	NoColor bool

	Header, Tab, TabActive lipgloss.Style
	Pane, PaneFocused      lipgloss.Style
	Title, TitleFocused    lipgloss.Style

	Row, RowSelected, RowSelectedBlurred lipgloss.Style
	Muted, Label, Value, Accent          lipgloss.Style
	BarFill, BarEmpty                    lipgloss.Style
	Badge                                lipgloss.Style

	StatusBar, StatusError, StatusMessage, StatusBusy lipgloss.Style
	Banner                                            lipgloss.Style

	HelpKey, HelpDesc, HelpSep lipgloss.Style
	Prompt, Input              lipgloss.Style
	Error, Warning             lipgloss.Style

	cursor color.Color
}

// NewStyles builds the styles for a dark or light terminal, without
// colours when noColor is set.
func NewStyles(dark, noColor bool) *Styles {
	p := NewPalette(dark, noColor)
	s := lipgloss.NewStyle
	st := &Styles{NoColor: noColor}
	st.Header = s().Bold(true).Foreground(p.Accent).Padding(0, 1)
	st.Tab = s().Foreground(p.Muted).Padding(0, 1)
	st.TabActive = s().Foreground(p.Text).Bold(true).Underline(true).Padding(0, 1)
	st.Pane = s().Border(lipgloss.RoundedBorder()).BorderForeground(p.Border)
	st.PaneFocused = st.Pane.BorderForeground(p.Focus)
	st.Title = s().Foreground(p.Muted).Bold(true)
	st.TitleFocused = s().Foreground(p.Accent).Bold(true)
	st.Row = s().Foreground(p.Text)
	st.RowSelected = s().Foreground(p.SelectedFG).Background(p.SelectedBG).Bold(true)
	st.RowSelectedBlurred = s().Foreground(p.Text).Background(p.BarEmpty)
	if noColor {
		st.RowSelected = s().Reverse(true)
		st.RowSelectedBlurred = s().Bold(true)
	}
	st.Muted = s().Foreground(p.Muted)
	st.Label = s().Foreground(p.Muted)
	st.Value = s().Foreground(p.Text)
	st.Accent = s().Foreground(p.Accent).Bold(true)
	st.BarFill = s().Foreground(p.BarFill)
	st.BarEmpty = s().Foreground(p.BarEmpty)
	st.Badge = s().Foreground(p.Warning).Bold(true)
	st.StatusBar = s().Foreground(p.Muted)
	st.StatusError = s().Foreground(p.Error).Bold(true)
	st.StatusMessage = s().Foreground(p.Accent)
	st.StatusBusy = s().Foreground(p.Warning)
	st.Banner = s().Foreground(p.Warning).Border(lipgloss.NormalBorder(), false, false, true, false).BorderForeground(p.Border)
	st.HelpKey = s().Foreground(p.Accent).Bold(true)
	st.HelpDesc = s().Foreground(p.Muted)
	st.HelpSep = s().Foreground(p.Border)
	st.Prompt = s().Foreground(p.Accent).Bold(true)
	st.Input = s().Foreground(p.Text)
	st.Error = s().Foreground(p.Error)
	st.Warning = s().Foreground(p.Warning)
	st.cursor = p.Accent
	return st
}

// InputStyles returns text input styles from the theme. The cursor does
// not blink, so that an idle screen schedules no ticks.
func (s *Styles) InputStyles() textinput.Styles {
	st := textinput.Styles{}
	st.Focused = textinput.StyleState{Text: s.Input, Placeholder: s.Muted, Suggestion: s.Muted, Prompt: s.Prompt}
	st.Blurred = textinput.StyleState{Text: s.Muted, Placeholder: s.Muted, Suggestion: s.Muted, Prompt: s.Muted}
	st.Cursor.Blink = false
	st.Cursor.Color = s.cursor
	return st
}

// NewInput returns a text input styled by the theme.
func (s *Styles) NewInput(prompt, placeholder string, limit int) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	in.Placeholder = placeholder
	in.CharLimit = limit
	in.SetStyles(s.InputStyles())
	return in
}
