package cmd

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progressBar draws one line of progress on stderr. On a terminal it
// redraws the line in place; elsewhere it prints a plain line every few
// seconds, so logs stay readable.
type progressBar struct {
	w        io.Writer
	terminal bool
	label    string
	// unit names what is counted, such as "files" (the default) or
	// "tracks".
	unit     string
	mu       sync.Mutex
	drawn    bool
	lastLine time.Time
	every    time.Duration
}

func newProgressBar(w io.Writer, terminal bool, label string) *progressBar {
	// Plain output waits one interval before its first line, so quick
	// jobs print nothing but their result.
	return &progressBar{w: w, terminal: terminal, label: label, unit: "files", every: 2 * time.Second, lastLine: time.Now()}
}

// update shows done of total (total 0: not known yet) after elapsed.
func (p *progressBar) update(done, total int, totalKnown bool, elapsed time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(done) / elapsed.Seconds()
	}
	left := ""
	if totalKnown && rate > 0 && done < total {
		left = formatClock(time.Duration(float64(total-done)/rate*float64(time.Second))) + " left"
	}
	if !p.terminal {
		if time.Since(p.lastLine) < p.every {
			return
		}
		p.lastLine = time.Now()
		count := fmt.Sprintf("%d", done)
		if totalKnown {
			count = fmt.Sprintf("%d/%d", done, total)
		}
		fmt.Fprintf(p.w, "%s: %s %s, %s/s %s\n", p.label, count, p.unit, formatRate(rate), left)
		return
	}
	const width = 28
	bar := strings.Repeat("░", width)
	count := fmt.Sprintf("%d found", total)
	if totalKnown && total > 0 {
		filled := width * done / total
		bar = strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
		count = fmt.Sprintf("%d/%d", done, total)
	} else if total > 0 {
		count = fmt.Sprintf("%d/%d+", done, total)
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s %s %s  %s %s/s  %s", p.label, bar, count, formatRate(rate), p.unit, left)
	p.drawn = true
}

// formatRate shows slow rates (analysis does a few tracks a second) with a
// decimal, and fast ones without.
func formatRate(r float64) string {
	if r < 10 {
		return fmt.Sprintf("%.1f", r)
	}
	return fmt.Sprintf("%.0f", r)
}

// clear removes the progress line so that other output can be printed.
func (p *progressBar) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.terminal && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// formatClock renders a duration as m:ss or h:mm:ss.
func formatClock(d time.Duration) string {
	d = d.Round(time.Second)
	h, m, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%d:%02d", m, s)
}

// percent shows a fraction done with a free-form description, for work
// measured in bytes rather than items.
func (p *progressBar) percent(what string, f float64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.terminal {
		if time.Since(p.lastLine) < p.every {
			return
		}
		p.lastLine = time.Now()
		fmt.Fprintf(p.w, "%s %s: %.0f%%\n", p.label, what, 100*f)
		return
	}
	const width = 28
	filled := min(width, max(0, int(f*width)))
	fmt.Fprintf(p.w, "\r\x1b[K%s %s %3.0f%%  %s", p.label, strings.Repeat("█", filled)+strings.Repeat("░", width-filled), 100*f, what)
	p.drawn = true
}
