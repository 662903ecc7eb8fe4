package cmd

import (
	"io"
	"unicode/utf8"

	"sleeve/library"
)

// escapingWriter passes everything written through library.EscapeLines,
// so no path, tag or person-given string that a command prints can put a
// control or escape sequence, or a bidirectional override, on the
// terminal. JSON output is unchanged: its strings already hold no raw
// control characters, and the \uXXXX form used for the rest is JSON too.
type escapingWriter struct {
	w io.Writer
	// pending holds the start of a character split between two writes.
	pending []byte
}

func (e *escapingWriter) Write(p []byte) (int, error) {
	data := append(e.pending, p...)
	cut := len(data)
	// Keep back an incomplete character at the end for the next write.
	for back := 1; back <= utf8.UTFMax-1 && back <= len(data); back++ {
		if utf8.RuneStart(data[len(data)-back]) {
			if !utf8.FullRune(data[len(data)-back:]) {
				cut = len(data) - back
			}
			break
		}
	}
	e.pending = append([]byte(nil), data[cut:]...)
	if _, err := io.WriteString(e.w, library.EscapeLines(string(data[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush writes a dangling incomplete character, escaped.
func (e *escapingWriter) flush() {
	if len(e.pending) > 0 {
		io.WriteString(e.w, library.EscapeLines(string(e.pending)))
		e.pending = nil
	}
}
