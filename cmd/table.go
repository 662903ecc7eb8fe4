package cmd

import (
	"io"
	"strings"

	"charm.land/lipgloss/v2"
)

// table writes rows in columns aligned by display width, so that wide
// characters (Japanese, Chinese, emoji) take the two cells a terminal gives
// them. text/tabwriter counts runes and misaligns such rows.
type table struct {
	w    io.Writer
	gap  int
	rows [][]string
}

// newTable returns a table writing to w with gap spaces between columns.
func newTable(w io.Writer, gap int) *table { return &table{w: w, gap: gap} }

// Row adds a row of cells.
func (t *table) Row(cells ...string) { t.rows = append(t.rows, cells) }

// Flush writes the rows: every cell but a row's last is padded to its
// column's widest cell.
func (t *table) Flush() error {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i == len(r)-1 {
				break
			}
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], lipgloss.Width(c))
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		b.Reset()
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-lipgloss.Width(c)+t.gap))
			}
		}
		b.WriteByte('\n')
		if _, err := io.WriteString(t.w, b.String()); err != nil {
			return err
		}
	}
	t.rows = nil
	return nil
}

// clipCell cuts s to at most n display cells, ending it with "…" when it
// was longer, so one very long tag does not pad every row of a table.
func clipCell(s string, n int) string {
	if n < 1 || lipgloss.Width(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := lipgloss.Width(string(r))
		if w+rw > n-1 {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return b.String() + "…"
}
