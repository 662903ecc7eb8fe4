package common

import (
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func TestRebind(t *testing.T) {
	k := NewKeyMap()
	if err := k.Rebind(map[string][]string{"quit": {"ctrl+q"}, "rate": {"a", "b", "c", "d", "e"}}); err != nil {
		t.Fatal(err)
	}
	if !key.Matches(tea.KeyPressMsg{Code: 'q', Mod: tea.ModCtrl}, k.Quit) || key.Matches(tea.KeyPressMsg{Code: 'q', Text: "q"}, k.Quit) {
		t.Fatal("quit not rebound")
	}
	if k.Quit.Help().Key != "ctrl+q" || k.Quit.Help().Desc != "quit" {
		t.Fatalf("help %+v", k.Quit.Help())
	}
	if k.RatingOf("c") != 3 || k.RatingOf("3") != 0 {
		t.Fatal("ratings not rebound")
	}
	for _, bad := range []map[string][]string{{"nope": {"x"}}, {"up": nil}, {"rate": {"1"}}} {
		before := k.Up.Keys()
		if err := k.Rebind(bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
		if len(k.Up.Keys()) != len(before) {
			t.Errorf("%v changed bindings despite the error", bad)
		}
	}
}

// TestDefaultKeysAreValidNames checks every default key against
// ValidKeyName, so the check accepts what the explorer itself uses.
func TestDefaultKeysAreValidNames(t *testing.T) {
	k := NewKeyMap()
	for name, b := range k.named() {
		for _, key := range b.Keys() {
			if !ValidKeyName(key) {
				t.Errorf("%s: default key %q is not a valid name", name, key)
			}
		}
	}
	for _, bad := range []string{"", "ctrl+", "qq", "F1", "ctrl+shift", " ", "\x1b"} {
		if ValidKeyName(bad) {
			t.Errorf("%q accepted", bad)
		}
	}
}
