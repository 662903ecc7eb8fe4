package statusbar

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"sleeve/ui/common"
)

func TestErrorWinsAndClears(t *testing.T) {
	m := New(common.Common{Styles: common.NewStyles(true, true), Keys: common.NewKeyMap()})
	m.SetSize(80)
	m.SetLibrary("12 tracks")
	m.SetProgress("Scanning 5/10 · 5s left")
	m.Update(common.ErrMsg{Err: errors.New("cannot read /music: permission denied")})
	v := ansi.Strip(m.View("*"))
	if ansi.StringWidth(v) != 80 || !strings.Contains(v, "permission denied") || !strings.Contains(v, "12 tracks") {
		t.Fatalf("%q", v)
	}
	m.ClearTransient()
	if v := ansi.Strip(m.View("*")); strings.Contains(v, "permission") || !strings.Contains(v, "* Scanning 5/10 · 5s left") {
		t.Fatalf("%q", v)
	}
}
