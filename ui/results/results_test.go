package results

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/app"
	"sleeve/ui/common"
)

func TestBreakdownAndWhyNotOneKeyAway(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(70, 20)
	if _, cmd := m.Update(tea.KeyPressMsg{Code: 'b', Text: "b"}); cmd == nil {
		t.Fatal("b with no picks said nothing")
	}
	m.Update(PicksMsg{Picks: []Pick{
		{TrackID: 1, Title: "A", Artist: "X", Reason: "r1", Score: 0.8, Breakdown: []ScorePart{{"tempo match", 0.5}, {"taste", 0.3}}},
		{TrackID: 2, Title: "B", Artist: "Y", Reason: "r2", Score: 0.5, Breakdown: []ScorePart{{"tempo match", 0.45}, {"taste", 0.05}}},
		{TrackID: 3, Title: "C", Artist: "Z", Reason: "r3", Score: 0.6, Breakdown: []ScorePart{{"tempo match", 0.6}}},
	}})
	m.Update(tea.KeyPressMsg{Code: 'b', Text: "b"})
	if v := ansi.Strip(m.View()); !strings.Contains(v, "tempo match") || !strings.Contains(v, "score") {
		t.Fatalf("no breakdown:\n%s", v)
	}
	m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	m.Update(tea.KeyPressMsg{Code: 'w', Text: "w"})
	// B lost to A by 0.30, most of it on taste (0.30 against 0.05).
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Why not higher: #1 scores 0.30 more (0.80 against 0.50), most of") {
		t.Fatalf("no why-not:\n%s", v)
	}
	if why := whyNotHigher(m.picks, 1); !strings.HasSuffix(why, "most of it on taste (+0.30 against +0.05).") {
		t.Fatalf("why-not of B: %s", why)
	}
	if p, _ := m.Selected(); p.TrackID != 2 {
		t.Fatalf("selected %d", p.TrackID)
	}
	// C scores more than B above it: variety placed it there.
	m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Why not higher: it scores 0.60, as high as #2 (0.50)") {
		t.Fatalf("no variety why-not:\n%s", v)
	}
	// The first pick has nothing above it.
	m.Update(tea.KeyPressMsg{Code: 'k', Text: "k"})
	m.Update(tea.KeyPressMsg{Code: 'k', Text: "k"})
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Why not higher: it is the first pick.") || strings.Contains(v, "Nothing held it back") {
		t.Fatalf("first pick's why-not:\n%s", v)
	}
}

// TestReasonsUseTheWidth: a long reason is wrapped, not cut: in full for
// the selected pick, on two lines for the others (issue 14, bug 6).
func TestReasonsUseTheWidth(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(60, 30) // the Picks pane of a 120-column terminal
	long := "Warm and slow like the tracks you rated highly, in D minor near your last pick, " +
		"with brushed drums at 72 BPM and a quiet ending that fits a rainy evening"
	m.Update(PicksMsg{Picks: []Pick{{TrackID: 1, Title: "A", Artist: "X", Reason: long}, {TrackID: 2, Title: "B", Artist: "Y", Reason: long}}})
	v := ansi.Strip(m.View())
	for _, l := range strings.Split(v, "\n") {
		if w := ansi.StringWidth(l); w > 60 {
			t.Errorf("line %d wide: %q", w, l)
		}
	}
	first := v[:strings.Index(v, "2. B")]
	if words := strings.Join(strings.Fields(strings.ReplaceAll(first, "│", " ")), " "); !strings.Contains(words, long) {
		t.Errorf("the selected pick's reason is not shown in full:\n%s", v)
	}
	second := v[strings.Index(v, "2. B"):]
	if !strings.Contains(second, "Warm and slow like the tracks you rated highly, in D") || !strings.Contains(second, "…") {
		t.Errorf("another pick's reason should take two lines, the second cut:\n%s", v)
	}
}

// TestSelectedPickStaysInView: with more picks than the pane holds, moving
// down scrolls so that the selected pick and its reason show.
func TestSelectedPickStaysInView(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(40, 12)
	var picks []Pick
	for i := range 10 {
		picks = append(picks, Pick{TrackID: app.TrackID(i + 1), Title: "Song " + string(rune('A'+i)), Artist: "X",
			Reason: "a reason long enough to take two lines in a pane this narrow"})
	}
	m.Update(PicksMsg{Picks: picks})
	for range 9 {
		m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	}
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "10. Song J") || !strings.Contains(v, "narrow") || strings.Contains(v, "1. Song A") {
		t.Fatalf("the last pick is not in view:\n%s", v)
	}
	for range 9 {
		m.Update(tea.KeyPressMsg{Code: 'k', Text: "k"})
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "1. Song A") {
		t.Fatalf("the first pick is not in view after moving back up:\n%s", v)
	}
}

// TestEmptyAnswerIsNotNoPicksYet: after a request that nothing fits, the
// pane says so instead of inviting a first request.
func TestEmptyAnswerIsNotNoPicksYet(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(70, 12)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "No picks yet.") {
		t.Fatalf("before any request:\n%s", v)
	}
	m.Update(PicksMsg{Picks: []Pick{{TrackID: 1, Title: "A", Artist: "X"}}})
	m.Update(PicksMsg{Picks: []Pick{}})
	if v := ansi.Strip(m.View()); strings.Contains(v, "No picks yet.") || !strings.Contains(v, "Nothing fits the last request.") {
		t.Fatalf("after an empty answer:\n%s", v)
	}
}
