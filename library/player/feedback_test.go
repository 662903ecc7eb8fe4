package player

import (
	"testing"
	"time"
)

func TestClassify(t *testing.T) {
	s := time.Second
	tests := []struct {
		name          string
		heard, length time.Duration
		completed     bool
		want          Feedback
	}{
		{"abandoned at 2 s", 2 * s, 30 * s, false, Skip},
		{"abandoned at once", 0, 30 * s, false, Skip},
		{"just under the skip threshold", 5*s - time.Millisecond, 30 * s, false, Skip},
		{"at the skip threshold", 5 * s, 30 * s, false, Neutral},
		{"half heard", 15 * s, 30 * s, false, Neutral},
		{"just under the interest fraction", 26 * s, 30 * s, false, Neutral},
		{"at the interest fraction, stopped", 27 * s, 30 * s, false, Interest},
		{"heard to the end", 30 * s, 30 * s, true, Interest},
		{"seeked to the end after 1 s", 1 * s, 30 * s, true, Skip},
		{"seeked to the end after 10 s", 10 * s, 30 * s, true, Neutral},
		{"short clip heard to the end", 3 * s, 3 * s, true, Interest},
		{"unknown length, completed", 40 * s, 0, true, Interest},
		{"unknown length, stopped early", 1 * s, 0, false, Skip},
		{"unknown length, stopped late", 60 * s, 0, false, Neutral},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(tt.heard, tt.length, tt.completed); got != tt.want {
				t.Errorf("Classify(%v, %v, %v) = %v, want %v", tt.heard, tt.length, tt.completed, got, tt.want)
			}
		})
	}
}

func TestClassifyCustomRules(t *testing.T) {
	r := FeedbackRules{SkipBefore: 10 * time.Second, InterestAfterFraction: 0.5}
	if got := r.Classify(8*time.Second, 30*time.Second, false); got != Skip {
		t.Errorf("8 s of 30 with a 10 s threshold = %v, want skip", got)
	}
	if got := r.Classify(15*time.Second, 30*time.Second, false); got != Interest {
		t.Errorf("15 s of 30 with fraction 0.5 = %v, want interest", got)
	}
}
