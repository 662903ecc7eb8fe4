package common

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// Paste inserts pasted text into an input at its cursor, as one line:
// line breaks and tabs become spaces, and controls and invisible
// characters are dropped. The input's CharLimit bounds it; when the text
// does not fit, the rest is left out and the returned Cmd says so, naming
// what the input holds (what, such as "a request"). The work is linear in
// the part that fits, however much was pasted.
func Paste(in *textinput.Model, text, what string) tea.Cmd {
	total := utf8.RuneCountInString(text)
	room := total
	if in.CharLimit > 0 {
		room = max(0, in.CharLimit-utf8.RuneCountInString(in.Value()))
	}
	if room < total {
		// Cut before cleaning, so a huge paste costs no more than a fitting one.
		cut := 0
		for i := 0; i < room && cut < len(text); i++ {
			_, size := utf8.DecodeRuneInString(text[cut:])
			cut += size
		}
		text = text[:cut]
	}
	text = CleanText(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(text))
	if text != "" {
		*in, _ = in.Update(tea.PasteMsg{Content: text})
	}
	if room < total {
		return StatusCmd(fmt.Sprintf("%s holds at most %d characters: %d pasted characters were left out",
			capitalise(what), in.CharLimit, total-room))
	}
	return nil
}

// AtLimit returns a Cmd that says the input is full when a printable key
// arrives at its CharLimit, or nil.
func AtLimit(in *textinput.Model, msg tea.KeyPressMsg, what string) tea.Cmd {
	if in.CharLimit <= 0 || msg.Text == "" || utf8.RuneCountInString(in.Value()) < in.CharLimit {
		return nil
	}
	return StatusCmd(fmt.Sprintf("%s holds at most %d characters", capitalise(what), in.CharLimit))
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[size:]
}
