package player

import "time"

// Feedback is what a play says about the person's interest in a track.
type Feedback int

const (
	// Neutral means the play says nothing either way.
	Neutral Feedback = iota
	// Skip means the track was abandoned within the first few seconds.
	Skip
	// Interest means the track (or its preview) was heard to the end, or
	// nearly.
	Interest
)

// String returns "neutral", "skip" or "interest".
func (f Feedback) String() string {
	switch f {
	case Skip:
		return "skip"
	case Interest:
		return "interest"
	}
	return "neutral"
}

// FeedbackRules are the thresholds Classify applies.
type FeedbackRules struct {
	// SkipBefore: a play that heard less than this is a skip.
	SkipBefore time.Duration
	// InterestAfterFraction: a play that heard at least this fraction of
	// its length (the preview window, or the track) shows interest.
	InterestAfterFraction float64
}

// DefaultFeedbackRules counts under 5 s heard as a skip and 90 % heard as
// interest.
var DefaultFeedbackRules = FeedbackRules{SkipBefore: 5 * time.Second, InterestAfterFraction: 0.9}

// Classify turns one play into feedback. heard is the audio actually
// played (pauses excluded, and a seek does not count as hearing what it
// jumped over), length is the length of what was played (the preview
// window or the track; 0 if unknown) and completed says whether playback
// reached the end rather than being stopped or skipped.
//
// The rules, in order: hearing at least InterestAfterFraction of length
// is Interest (a completed play of unknown length too); otherwise hearing
// less than SkipBefore is Skip, even when the end was reached by seeking
// to it; anything else is Neutral. A clip shorter than SkipBefore that is
// heard to the end is therefore Interest, not Skip.
func (r FeedbackRules) Classify(heard, length time.Duration, completed bool) Feedback {
	switch {
	case length > 0 && heard.Seconds() >= r.InterestAfterFraction*length.Seconds():
		return Interest
	case length <= 0 && completed:
		return Interest
	case heard < r.SkipBefore:
		return Skip
	}
	return Neutral
}

// Classify applies DefaultFeedbackRules.
func Classify(heard, length time.Duration, completed bool) Feedback {
	return DefaultFeedbackRules.Classify(heard, length, completed)
}
