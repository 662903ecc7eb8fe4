package models

import (
	"slices"
	"strings"
	"testing"

	"sleeve/models/vocab"
)

// TestVoicesAreVocals reads WordNet's kinds of singers and singing voices
// (gen/sounds.go) as the voice: before them "baritones", "soprano" and
// "contralto" were not understood. ("Crooners" name the style they sing,
// genres-extra.txt.)
func TestVoicesAreVocals(t *testing.T) {
	for _, msg := range []string{"baritones from the fifties", "a soprano singing arias", "contralto", "tenors"} {
		r := ParseRulesWith(msg, testLexicon())
		if !slices.Contains(r.Instruments, "vocals") || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: instruments %q, not understood %q (understood %q); want vocals, all understood", msg, r.Instruments, r.NotUnderstood, r.Understood)
		}
	}
	// A bird first is no singer: WordNet's "canary" is first the bird.
	if ins := vocab.Instruments("canary"); len(ins) != 0 {
		t.Errorf("canary: instruments %q, want none", ins)
	}
}

// TestRegisterBeforeAnInstrument reads a register of WordNet's pitch
// heads before an instrument as that instrument ("tenor sax" is a
// saxophone, not a tenor's voice beside one), and leaves an entry that
// names the pair alone ("bass guitar" is the bass).
func TestRegisterBeforeAnInstrument(t *testing.T) {
	tests := []struct {
		msg  string
		want []string
	}{
		{"hard bop, tenor sax and trumpet", []string{"saxophone", "trumpet"}},
		{"alto sax solos", []string{"saxophone"}},
		{"throaty vocals", []string{"vocals"}},
		{"bass guitar grooves", []string{"bass"}},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, testLexicon())
		if !slices.Equal(r.Instruments, tc.want) || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: instruments %q, not understood %q; want %q, all understood", tc.msg, r.Instruments, r.NotUnderstood, tc.want)
		}
	}
	if r := ParseRulesWith("no tenor sax", testLexicon()); !slices.Equal(r.ExcludeInstruments, []string{"saxophone"}) || r.Instrumental {
		t.Errorf("no tenor sax: refuses %q, instrumental %v; want the saxophone only", r.ExcludeInstruments, r.Instrumental)
	}
}

// TestLoudnessWordsAreEnergy reads the satellites of WordNet's loud and
// soft (attribute loudness) at the energy the reader gives their heads,
// and says the word the level came from.
func TestLoudnessWordsAreEnergy(t *testing.T) {
	tests := []struct {
		msg, head, said string
	}{
		{"soft vocals, subdued production", "soft", "energy 0.25 (from “subdued”)"},
		{"early reggae dub, muted and hazy", "soft", "energy 0.25 (from “muted”)"},
		{"big orchestral sections blasting away", "loud", "energy 0.80 (from “blasting”)"},
		{"thunderous drums", "loud", "energy 0.80 (from “thunderous”)"},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, testLexicon())
		if r.Energy == nil || *r.Energy != energyWords[tc.head] || !slices.Contains(r.Understood, tc.said) {
			t.Errorf("%q: energy %v, understood %q; want %.2f said as %q", tc.msg, r.Energy, r.Understood, energyWords[tc.head], tc.said)
		}
		if slices.ContainsFunc(r.NotUnderstood, func(w string) bool { return w == "subdued" || w == "muted" || w == "blasting" || w == "thunderous" }) {
			t.Errorf("%q: not understood %q", tc.msg, r.NotUnderstood)
		}
	}
	// A level refused: "nothing too muted" asks for more than soft.
	if r := ParseRulesWith("jazz, nothing too muted", testLexicon()); r.Energy == nil || *r.Energy <= energyWords["soft"] {
		t.Errorf("nothing too muted: energy %v, want above %.2f", r.Energy, energyWords["soft"])
	}
	// The generator's levels are the reader's: every idiom WordNet gave
	// has the energy of loud or of soft.
	for _, p := range vocab.IdiomPhrases() {
		id, _ := vocab.IdiomOf(p)
		if slices.Contains(id.Sources, "wordnet-loudness") && id.Energy != energyWords["loud"] && id.Energy != energyWords["soft"] {
			t.Errorf("%q: energy %.2f, neither loud's %.2f nor soft's %.2f", p, id.Energy, energyWords["loud"], energyWords["soft"])
		}
	}
}

// TestPartsOfMusicAreSaid reads WordNet's kinds of music and musical time
// that are neither pieces nor genres ("choruses", "harmonies", "rhythms",
// "genres") as music Sleeve does not measure, and says so; they are not
// searched. Refused, such a word is still not understood ("no
// choruses" asks for something Sleeve cannot tell).
func TestPartsOfMusicAreSaid(t *testing.T) {
	tests := []struct{ msg, part string }{
		{"hardcore with big choruses", "choruses"},
		{"funky r&b rhythms for a grey day", "rhythms"},
		{"expressive folk harmonies", "harmonies"},
		{"the only genres i'm not up for are opera and death metal", "genres"},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, testLexicon())
		said := "“" + tc.part + "”: music, nothing Sleeve measures"
		if slices.Contains(r.NotUnderstood, tc.part) || slices.Contains(r.SearchWords, tc.part) || !slices.Contains(r.Understood, said) {
			t.Errorf("%q: understood %q, search %q, not understood %q; want %q said, not searched", tc.msg, r.Understood, r.SearchWords, r.NotUnderstood, said)
		}
	}
	if r := ParseRulesWith("no choruses", testLexicon()); !slices.Contains(r.NotUnderstood, "choruses") {
		t.Errorf("no choruses: not understood %q, want choruses", r.NotUnderstood)
	}
	// "air" is music only in its seventh sense: not a part of music.
	if vocab.IsMusicPart("air") || vocab.IsMusicPart("line") {
		t.Error("air or line read as a part of music")
	}
}

// TestWhoSingsIsSaid: "female" and "male" say who sings, which no
// analysis tells; they are said so and not searched ("a soulful female
// voice doing reggae" had listed "female" as not understood).
func TestWhoSingsIsSaid(t *testing.T) {
	for _, msg := range []string{"a soulful female voice doing reggae", "female artists with a cafe vibe", "male vocal jazz"} {
		r := ParseRulesWith(msg, testLexicon())
		w := "female"
		if strings.HasPrefix(msg, "male") {
			w = "male"
		}
		said := "“" + w + "”: who sings, which Sleeve does not measure"
		if slices.Contains(r.NotUnderstood, w) || slices.Contains(r.SearchWords, w) || !slices.Contains(r.Understood, said) {
			t.Errorf("%q: understood %q, search %q, not understood %q; want %q said", msg, r.Understood, r.SearchWords, r.NotUnderstood, said)
		}
	}
}

// TestNameBeforeEra reads a name before "era" as music like that
// person's, as before "style": Merriam-Webster's era, "a period
// identified by some prominent figure".
func TestNameBeforeEra(t *testing.T) {
	r := ParseRulesWith("country from before the mid 1970s, patsy cline and hank williams era", testLexicon())
	if !slices.Contains(r.LikeArtists, "Hank Williams") || slices.Contains(r.NotUnderstood, "era") {
		t.Errorf("hank williams era: like %q, not understood %q; want Hank Williams, era understood", r.LikeArtists, r.NotUnderstood)
	}
}

// TestSpeedWordsAreTempo reads the satellites of WordNet's fast and slow
// (attribute speed) as the tempo preference of their head, as the
// reader's "fast" and "slow" give it, and a refused one flips as theirs
// do ("not too sluggish" is "not too slow").
func TestSpeedWordsAreTempo(t *testing.T) {
	_, notFast := refusedTempo("fast")
	notSlow, _ := refusedTempo("slow")
	tests := []struct {
		msg      string
		min, max int
	}{
		{"fast-paced rock", ParseRulesWith("fast rock", nil).PreferTempoMin, 0},
		{"accelerated house", ParseRulesWith("fast house", nil).PreferTempoMin, 0},
		{"sluggish blues", 0, ParseRulesWith("slow blues", nil).PreferTempoMax},
		{"drawn-out ambient", 0, ParseRulesWith("slow ambient", nil).PreferTempoMax},
		{"jazz, not too sluggish", notSlow, 0},
		{"jazz, nothing too swift", 0, notFast},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, testLexicon())
		if r.PreferTempoMin != tc.min || r.PreferTempoMax != tc.max || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: prefers %d–%d BPM, not understood %q; want %d–%d, all understood", tc.msg, r.PreferTempoMin, r.PreferTempoMax, r.NotUnderstood, tc.min, tc.max)
		}
	}
	// A windy day is no tempo (deny.txt).
	if r := ParseRulesWith("a windy day", testLexicon()); r.PreferTempoMin != 0 {
		t.Errorf("a windy day: prefers ≥ %d BPM", r.PreferTempoMin)
	}
}

// TestPlayersAreTheirInstruments reads a kind of musician that WordNet
// derives from an instrument as that instrument ("pianist" from piano;
// "harpist" is the harp's, not the harmonica's, WordNet's "mouth harp"),
// and so gives the musicians WordNet files under such a kind their
// instrument ("Art Tatum" is an instance of pianist).
func TestPlayersAreTheirInstruments(t *testing.T) {
	tests := []struct {
		msg  string
		want []string
	}{
		{"a jazz pianist", []string{"piano"}},
		{"harpists", []string{"harp"}},
		{"violinist and cellist duets", []string{"violin", "cello"}},
		{"something like art tatum", []string{"piano"}},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, testLexicon())
		if !slices.Equal(r.Instruments, tc.want) || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: instruments %q, not understood %q; want %q, all understood", tc.msg, r.Instruments, r.NotUnderstood, tc.want)
		}
	}
}
