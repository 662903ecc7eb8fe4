package cmd

import (
	"strings"
	"testing"

	"sleeve/models"
)

// TestStockPhraseLines checks the lines that sleeve notes prints for the
// phrases too many notes share: overlapping phrases of the same notes are
// said once as one run of words, the share has a decimal, and a run of
// templates alone says what replaces them.
func TestStockPhraseLines(t *testing.T) {
	rep := []models.PhraseShare{
		{Phrase: "at heart it is", Notes: 17, Share: 0.1037},
		{Phrase: "heart it is the", Notes: 17, Share: 0.1037},
		{Phrase: "open in its dynamics", Notes: 21, Share: 0.128},
	}
	got := stockPhraseLines(rep, true)
	want := []string{
		"Template wording: “at heart it is the” is in 10.4 % of the notes; notes written with Ollama replace these.",
		"Template wording: “open in its dynamics” is in 12.8 % of the notes; notes written with Ollama replace these.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("templates:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := stockPhraseLines(rep[2:], false); len(got) != 1 || got[0] != "A stock phrase: “open in its dynamics” is in 12.8 % of the notes." {
		t.Errorf("model notes: %q", got)
	}
}
