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
