package welcome

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/common"
)

func TestScanStreamsProgressAndCancels(t *testing.T) {
	started := make(chan struct{})
	scan := func(ctx context.Context, roots []string, progress func(app.ScanProgress), _ func(app.AnalyzeProgress)) (app.IngestResult, error) {
		progress(app.ScanProgress{Found: 10, WalkDone: true, Counts: app.ScanCounts{Added: 5}, Elapsed: 5e9})
		close(started)
		<-ctx.Done() // runs until cancelled
		return app.IngestResult{Scan: app.ScanResult{Roots: roots, Counts: app.ScanCounts{Added: 5}, Interrupted: true}}, nil
	}
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, scan, nil, "/demo")
	m.SetSize(80, 20)
	m.Update(tea.KeyPressMsg{Code: 'f', Text: "f"})
	if !m.Typing() {
		t.Fatal("f did not ask for a folder")
	}
	for _, r := range "/music" {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if !m.Running() {
		t.Fatal("not running after enter")
	}
	batch := cmd().(tea.BatchMsg)
	run, pumpCmd := batch[0], batch[1]
	done := make(chan tea.Msg)
	go func() { done <- run() }()
	<-started
	m.Update(pumpCmd())
	if got := m.Progress(); got != "Scanning 5/10 · 5s left" {
		t.Fatalf("progress %q", got)
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	_, cmd = m.Update(<-done)
	if m.Running() {
		t.Fatal("still running after the scan ended")
	}
	if msg, ok := cmd().(common.StatusMsg); !ok || !strings.HasPrefix(msg.Text, "Scan stopped") {
		t.Fatalf("status %#v", cmd())
	}
}

func TestDemoUnavailableSaysSo(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()}, nil, nil, "/demo")
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'd', Text: "d"})
	if msg, ok := cmd().(common.StatusMsg); !ok || !strings.Contains(msg.Text, "sleeve demo") {
		t.Fatalf("%#v", cmd())
	}
}

// TestScanSummaryAndProgressIncludeTheAnalysis: the analysis after a scan
// shows as its own progress line and in the summary.
func TestScanSummaryAndProgressIncludeTheAnalysis(t *testing.T) {
	if got := analyzeLine(app.AnalyzeProgress{Total: 4, Done: 1, Elapsed: 3e9}); got != "Analysing 1/4 · 9s left" {
		t.Errorf("analysis line %q", got)
	}
	res := app.IngestResult{Scan: app.ScanResult{Counts: app.ScanCounts{Added: 4}},
		Analysis: &app.AnalyzeResult{Counts: app.AnalyzeCounts{Analysed: 3, NotAnalysable: 1}}}
	if got := summarise(res); got != "Scan done: 4 added, 0 updated, 0 unchanged; 3 analysed, 1 could not be" {
		t.Errorf("summary %q", got)
	}
	res.Analysis.Interrupted = true
	if got := summarise(res); got != "Scan stopped: 4 added, 0 updated, 0 unchanged; 3 analysed, 1 could not be" {
		t.Errorf("interrupted summary %q", got)
	}
}
