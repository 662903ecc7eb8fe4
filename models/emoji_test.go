package models

import (
	"slices"
	"strings"
	"testing"
)

// TestEmojiReadAsWhatTheyPicture checks that an emoji is read as the word
// of its CLDR name or keywords that the vocabulary knows, with its
// variation selector, skin tone or a repeat, and that Understood says so.
func TestEmojiReadAsWhatTheyPicture(t *testing.T) {
	for _, tc := range []struct {
		msg      string
		check    func(Request) bool
		want     string // what Understood says of the emoji
		describe string
	}{
		{"😴", func(r Request) bool { return r.Activity == "sleeping" }, "“😴” read as “sleeping”", "the sleeping face is sleep"},
		{"🌧️☕", func(r Request) bool { return r.Setting == "rainy" }, "“🌧” read as “rain”", "a cloud with rain, with its variation selector, is the rain"},
		{"😭😭 sad songs", func(r Request) bool { return slices.Contains(r.Moods, "sad") }, "“😭” read as “crying”", "a run of one emoji is read once"},
		{"🏃🏽‍♀️ music", func(r Request) bool { return r.Activity == "running" }, "“🏃‍♀” read as “running”", "a woman running with a skin tone is running"},
		{"🎻🎻🎻", func(r Request) bool { return slices.Contains(r.Instruments, "violin") }, "“🎻” read as “violin”", "an instrument"},
		{"💃 latin night", func(r Request) bool { return r.Activity == "dancing" && slices.Contains(r.Genres, "latin") }, "“💃” read as “dancing”", "beside words"},
	} {
		r := ParseRules(tc.msg)
		if !tc.check(r) || !slices.Contains(r.Understood, tc.want) {
			t.Errorf("%s: %q read as %+v; want %s", tc.describe, tc.msg, r, tc.want)
		}
	}
}

// TestEmojiThatPictureNothingAskedAreLeft checks that an emoji none of
// whose words the vocabulary reads, or one that pictures a colour, a
// symbol or decoration, asks for nothing and is no word not understood.
func TestEmojiThatPictureNothingAskedAreLeft(t *testing.T) {
	for _, msg := range []string{"🦄", "💙", "✨", "➡️", "🇯🇵"} {
		r := ParseRules(msg)
		if len(r.Understood) > 0 || len(r.NotUnderstood) > 0 || len(r.Moods)+len(r.Genres) > 0 || r.Setting != "" || r.Activity != "" {
			t.Errorf("%q read as %+v; want nothing", msg, r)
		}
	}
	r := ParseRules("soft girl music ✨")
	for _, u := range r.Understood {
		if strings.Contains(u, "✨") {
			t.Errorf("sparkles read: %q", r.Understood)
		}
	}
}
