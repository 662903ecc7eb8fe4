package models

import (
	"strings"
	"testing"
)

func TestDescribeRequest(t *testing.T) {
	for msg, want := range map[string][]string{
		"something new": {"new to you"},
		"my favourites": {"familiar"},
		"calm piano, no sax, between 60 and 80 bpm": {"tempo 60–80 BPM", "instrument piano", "no instrument saxophone"},
		"something dark and slow":                   {"prefers ≤ 95 BPM", "mood dark"},
		"boogie":                                    {"search “boogie”"},
		"anything close to jazz":                    {"genre jazz", "anything close"},
	} {
		got := DescribeRequest(ParseRules(msg))
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%q described as %q, lacks %q", msg, got, w)
			}
		}
	}
	if got := DescribeRequest(Request{}); got != "anything (no constraints understood)" {
		t.Errorf("empty request: %q", got)
	}
}

// TestDescribeRequestSaysAContextOnce: "music for a dinner party" sets the
// activity and the setting to the same context, and the reading said it
// twice, "for dinner party · setting dinner party" (found trying the demo
// library); a setting of its own is still said.
func TestDescribeRequestSaysAContextOnce(t *testing.T) {
	got := DescribeRequest(ParseRules("music for a dinner party"))
	if n := strings.Count(got, "dinner party"); n != 1 {
		t.Errorf("described as %q: dinner party %d times, want once", got, n)
	}
	r := Request{Activity: "studying", Setting: "rainy day"}
	if got := DescribeRequest(r); !strings.Contains(got, "for studying") || !strings.Contains(got, "setting rainy day") {
		t.Errorf("%+v described as %q, want both the activity and the setting", r, got)
	}
}
