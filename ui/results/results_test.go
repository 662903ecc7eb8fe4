package results

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sleeve/ui/common"
)

func TestBreakdownAndWhyNotOneKeyAway(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(70, 20)
	if _, cmd := m.Update(tea.KeyPressMsg{Code: 'b', Text: "b"}); cmd == nil {
		t.Fatal("b with no picks said nothing")
	}
	m.Update(PicksMsg{Picks: []Pick{
		{TrackID: 1, Title: "A", Artist: "X", Reason: "r1", Score: 0.8, Breakdown: []ScorePart{{"tempo match", 0.5}}},
		{TrackID: 2, Title: "B", Artist: "Y", Reason: "r2", WhyNot: "too loud"},
	}})
	m.Update(tea.KeyPressMsg{Code: 'b', Text: "b"})
	if v := ansi.Strip(m.View()); !strings.Contains(v, "tempo match") || !strings.Contains(v, "score") {
		t.Fatalf("no breakdown:\n%s", v)
	}
	m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	m.Update(tea.KeyPressMsg{Code: 'w', Text: "w"})
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Why not higher: too loud") {
		t.Fatalf("no why-not:\n%s", v)
	}
	if p, _ := m.Selected(); p.TrackID != 2 {
		t.Fatalf("selected %d", p.TrackID)
	}
}
