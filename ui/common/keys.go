package common

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
)

// KeyMap holds every key binding of the explorer. Panes match keys against
// it with key.Matches, and the help is generated from it, so rebinding a
// key changes both.
type KeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
	Back, Open       key.Binding
	// Enter plays a whole track, opens a group, or sends a chat request.
	Enter key.Binding
	// Preview plays a track's preview window.
	Preview key.Binding
	Pause   key.Binding
	Rate    key.Binding
	Skip    key.Binding
	More    key.Binding
	Exclude key.Binding
	Export  key.Binding
	// Enqueue adds the track, album or artist under the cursor (or the
	// pick) to the play queue; PlayAll plays the picks as a queue.
	Enqueue, PlayAll key.Binding
	// NextTrack and PrevTrack move through the queue, VolumeUp and
	// VolumeDown change the volume, wherever no input has the keyboard;
	// SeekBack and SeekForward move within the track in the Queue pane.
	NextTrack, PrevTrack  key.Binding
	VolumeUp, VolumeDown  key.Binding
	SeekBack, SeekForward key.Binding
	// RemoveFromQueue takes the entry under the cursor out of the queue,
	// and MoveUp and MoveDown move it, in the Queue pane.
	RemoveFromQueue, MoveUp, MoveDown key.Binding
	// Favourites shows the tracks rated 4 or 5, most recently rated first.
	Favourites key.Binding
	// ApproveNote and EditNote act on the sleeve note in the detail pane,
	// where a approves rather than adds to the queue.
	ApproveNote, EditNote key.Binding
	// The corrections of the detail pane: halve or double the tempo, type
	// a tempo, a key or genres, and mark the track as not music (or as
	// music again).
	HalveTempo, DoubleTempo    key.Binding
	SetTempo, SetKey, SetGenre key.Binding
	ToggleNotMusic             key.Binding

	Filter     key.Binding
	Sort       key.Binding
	ToggleView key.Binding
	// Genres switches the library between its artists and its genres.
	Genres key.Binding

	Breakdown  key.Binding
	WhyNot     key.Binding
	ResetTaste key.Binding
	// NewChat starts a new conversation: the next request is read on its
	// own, not as a refinement of the last.
	NewChat key.Binding

	ScanFolder key.Binding
	Demo       key.Binding

	// Models opens and closes the Models view; Refresh asks Ollama again
	// there.
	Models  key.Binding
	Refresh key.Binding

	NextPane, PrevPane key.Binding
	// Ask goes straight to the Ask box from any pane.
	Ask    key.Binding
	Cancel key.Binding
	Help   key.Binding
	Quit   key.Binding
}

// NewKeyMap returns the default bindings: arrows and vim keys to move, tab
// to change focus, / to filter, q to quit.
func NewKeyMap() *KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return &KeyMap{
		Up:              b("↑/k", "up", "up", "k"),
		Down:            b("↓/j", "down", "down", "j"),
		PageUp:          b("pgup", "page up", "pgup", "ctrl+b"),
		PageDown:        b("pgdn", "page down", "pgdown", "ctrl+f"),
		Top:             b("g/home", "top", "home", "g"),
		Bottom:          b("G/end", "bottom", "end", "G"),
		Back:            b("←/h", "back", "left", "h", "backspace"),
		Open:            b("→/l", "open", "right", "l"),
		Enter:           b("enter", "play / open", "enter"),
		Preview:         b("p", "play preview", "p"),
		Pause:           b("space", "pause", "space"),
		Rate:            b("1-5", "rate", "1", "2", "3", "4", "5"),
		Skip:            b("s", "skip", "s"),
		More:            b("m", "more like this", "m"),
		Exclude:         b("x", "exclude artist", "x"),
		Export:          b("e", "export M3U", "e"),
		Enqueue:         b("a", "add to queue", "a"),
		PlayAll:         b("P", "play these picks", "P"),
		NextTrack:       b(">", "next track", ">"),
		PrevTrack:       b("<", "previous track", "<"),
		VolumeUp:        b("+", "volume up", "+", "="),
		VolumeDown:      b("-", "volume down", "-"),
		SeekBack:        b("←", "back 10 s", "left"),
		SeekForward:     b("→", "on 10 s", "right"),
		RemoveFromQueue: b("d/del", "remove from queue", "d", "delete"),
		MoveUp:          b("K", "move up", "K", "shift+up"),
		MoveDown:        b("J", "move down", "J", "shift+down"),
		Favourites:      b("F", "favourites", "F"),
		ApproveNote:     b("a", "approve note", "a"),
		EditNote:        b("E", "edit note", "E"),
		HalveTempo:      b("H", "half tempo", "H"),
		DoubleTempo:     b("D", "double tempo", "D"),
		SetTempo:        b("t", "type tempo", "t"),
		SetKey:          b("K", "type key", "K"),
		SetGenre:        b("c", "type genre", "c"),
		ToggleNotMusic:  b("N", "not music", "N"),
		Filter:          b("/", "filter", "/"),
		Sort:            b("o", "sort", "o"),
		ToggleView:      b("v", "artists/tracks", "v"),
		Genres:          b("y", "artists/genres", "y"),
		Breakdown:       b("b", "score breakdown", "b"),
		WhyNot:          b("w", "why not", "w"),
		ResetTaste:      b("R", "reset taste", "R"),
		NewChat:         b("n", "new conversation", "n"),
		ScanFolder:      b("f", "scan a folder", "f"),
		Demo:            b("d", "demo library", "d"),
		Models:          b("M", "language models", "M"),
		Refresh:         b("r", "check again", "r"),
		NextPane:        b("tab", "next pane", "tab"),
		Ask:             b("i", "ask", "i", ":"),
		PrevPane:        b("shift+tab", "previous pane", "shift+tab"),
		Cancel:          b("esc", "cancel", "esc"),
		Help:            b("?", "help", "?"),
		Quit:            b("q", "quit", "q", "ctrl+c"),
	}
}

// named returns the bindings by the names Rebind accepts.
func (k *KeyMap) named() map[string]*key.Binding {
	return map[string]*key.Binding{
		"up": &k.Up, "down": &k.Down, "page_up": &k.PageUp, "page_down": &k.PageDown,
		"top": &k.Top, "bottom": &k.Bottom, "back": &k.Back, "open": &k.Open,
		"enter": &k.Enter, "preview": &k.Preview, "pause": &k.Pause, "rate": &k.Rate, "skip": &k.Skip,
		"more": &k.More, "exclude": &k.Exclude, "export": &k.Export, "filter": &k.Filter,
		"enqueue": &k.Enqueue, "play_all": &k.PlayAll, "next_track": &k.NextTrack, "previous_track": &k.PrevTrack,
		"volume_up": &k.VolumeUp, "volume_down": &k.VolumeDown, "seek_back": &k.SeekBack,
		"seek_forward": &k.SeekForward, "favourites": &k.Favourites,
		"remove_from_queue": &k.RemoveFromQueue, "move_up": &k.MoveUp, "move_down": &k.MoveDown,
		"approve_note": &k.ApproveNote, "edit_note": &k.EditNote,
		"halve_tempo": &k.HalveTempo, "double_tempo": &k.DoubleTempo, "set_tempo": &k.SetTempo,
		"set_key": &k.SetKey, "set_genre": &k.SetGenre, "not_music": &k.ToggleNotMusic,
		"sort": &k.Sort, "toggle_view": &k.ToggleView, "genres": &k.Genres, "breakdown": &k.Breakdown,
		"why_not": &k.WhyNot, "reset_taste": &k.ResetTaste, "new_conversation": &k.NewChat, "scan_folder": &k.ScanFolder,
		"demo": &k.Demo, "models": &k.Models, "refresh": &k.Refresh, "next_pane": &k.NextPane, "prev_pane": &k.PrevPane, "ask": &k.Ask,
		"cancel": &k.Cancel, "help": &k.Help, "quit": &k.Quit,
	}
}

// Names returns the binding names that Rebind accepts, sorted.
func (k *KeyMap) Names() []string {
	var out []string
	for n := range k.named() {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Rebind replaces the keys of the named bindings, such as
// {"quit": {"ctrl+q"}}, and updates their help. It changes nothing and
// returns an error if a name is unknown or a binding would get no keys.
// "rate" takes exactly five keys, for ratings 1 to 5.
func (k *KeyMap) Rebind(binds map[string][]string) error {
	named := k.named()
	for name, keys := range binds {
		if err := CheckBinding(name, keys); err != nil {
			return err
		}
	}
	for name, keys := range binds {
		b := named[name]
		b.SetKeys(keys...)
		b.SetHelp(strings.Join(keys, "/"), b.Help().Desc)
	}
	return nil
}

// CheckBinding checks one rebinding, as the config file's [keys] section
// gives it: the binding name must be one the explorer has, and every key
// a name the terminal can send, such as "q", "ctrl+q", "shift+tab", "f5"
// or "pgdown".
func CheckBinding(name string, keys []string) error {
	k := NewKeyMap()
	if _, ok := k.named()[name]; !ok {
		return fmt.Errorf("unknown key binding %q; known: %s", name, strings.Join(k.Names(), ", "))
	}
	if len(keys) == 0 {
		return fmt.Errorf("key binding %s: needs at least one key", name)
	}
	if name == "rate" && len(keys) != 5 {
		return fmt.Errorf("key binding rate: needs five keys, for ratings 1 to 5")
	}
	for _, key := range keys {
		if !ValidKeyName(key) {
			return fmt.Errorf("key binding %s: unknown key name %q; use a character (\"q\"), a key such as enter, esc, tab, space, backspace, up, pgdown, home, f5, optionally after ctrl+, alt+ or shift+", name, key)
		}
	}
	return nil
}

// namedKeys are the names of keys that are not a character.
var namedKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`enter tab backspace esc space up down left right begin find insert
		delete select pgup pgdown home end capslock scrolllock numlock printscreen pause menu`) {
		m[n] = true
	}
	for i := 1; i <= 63; i++ {
		m[fmt.Sprintf("f%d", i)] = true
	}
	return m
}()

// ValidKeyName reports whether name is a key as Bubble Tea names it: an
// optional run of modifiers in its order (ctrl+, alt+, shift+, meta+,
// hyper+, super+), then one printable character or a named key.
func ValidKeyName(name string) bool {
	rest := name
	for _, mod := range []string{"ctrl+", "alt+", "shift+", "meta+", "hyper+", "super+"} {
		rest = strings.TrimPrefix(rest, mod)
	}
	if namedKeys[rest] {
		return true
	}
	r, size := utf8.DecodeRuneInString(rest)
	return size > 0 && size == len(rest) && r != utf8.RuneError && unicode.IsPrint(r) && r != ' '
}

// RatingOf returns the rating 1–5 that the key means, or 0.
func (k *KeyMap) RatingOf(keyName string) int {
	for i, s := range k.Rate.Keys() {
		if s == keyName {
			return i + 1
		}
	}
	return 0
}

// GlobalHelp returns the bindings that work in every pane of a library:
// tab and shift+tab, the Ask box, ? and q.
func (k *KeyMap) GlobalHelp() []key.Binding {
	return []key.Binding{k.NextPane, k.PrevPane, k.Ask, k.Help, k.Quit}
}

// TrackActions returns the bindings that act on the current track from
// the library, the detail pane and the picks.
func (k *KeyMap) TrackActions() []key.Binding {
	return []key.Binding{k.Preview, k.Enqueue, k.Rate, k.Skip, k.More, k.Exclude, k.Export}
}

// PlayerHelp returns the bindings that control playback from every pane
// where no input has the keyboard, described shortly enough for one line.
func (k *KeyMap) PlayerHelp() []key.Binding {
	return []key.Binding{k.Pause, As(k.NextTrack, "next"), As(k.PrevTrack, "previous"), As(k.VolumeUp, "louder"),
		As(k.VolumeDown, "quieter")}
}

// As returns b with another description, for a pane where the key does
// something more particular than its general description says.
func As(b key.Binding, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, desc))
}

// Unique returns the groups with every key listed once (the first
// listing wins) and empty groups dropped.
func Unique(groups [][]key.Binding) [][]key.Binding {
	seen := map[string]bool{}
	var out [][]key.Binding
	for _, g := range groups {
		var kept []key.Binding
		for _, b := range g {
			if h := b.Help().Key; h != "" && !seen[h] {
				seen[h] = true
				kept = append(kept, b)
			}
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

// CorrectionKeys returns the bindings that correct the track in the detail
// pane.
func (k *KeyMap) CorrectionKeys() []key.Binding {
	return []key.Binding{k.HalveTempo, k.DoubleTempo, k.SetTempo, k.SetKey, k.SetGenre, k.ToggleNotMusic}
}
