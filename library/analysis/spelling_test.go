package analysis

import (
	"testing"

	"sleeve/library/synth"
)

func TestKeyNamesAreSpelledAsMusiciansWriteThem(t *testing.T) {
	for _, tt := range []struct {
		tonic int
		minor bool
		want  string
	}{
		{3, false, "Eb major"}, {10, false, "Bb major"}, {8, false, "Ab major"}, {1, false, "Db major"},
		{6, false, "F# major"}, {0, true, "C minor"}, {5, true, "F minor"}, {10, true, "Bb minor"},
		{3, true, "Eb minor"}, {1, true, "C# minor"}, {8, true, "G# minor"}, {6, true, "F# minor"},
		{9, true, "A minor"}, {-1, false, ""}, {12, true, ""},
	} {
		if got := KeyName(tt.tonic, tt.minor); got != tt.want {
			t.Errorf("KeyName(%d, %v) = %q, want %q", tt.tonic, tt.minor, got, tt.want)
		}
	}
}

func TestParsePitchClassAcceptsEverySpelling(t *testing.T) {
	for in, want := range map[string]int{
		"C": 0, "c": 0, "B#": 0, "C#": 1, "Db": 1, "d♭": 1, "D#": 3, "Eb": 3, "E♭": 3, "e": 4, "Fb": 4,
		"E#": 5, "F#": 6, "gb": 6, "G#": 8, "Ab": 8, "A#": 10, "Bb": 10, "bb": 10, "B": 11, "Cb": 11, " a ": 9,
	} {
		if got, ok := ParsePitchClass(in); !ok || got != want {
			t.Errorf("ParsePitchClass(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "H", "x#", "c+", "minor"} {
		if _, ok := ParsePitchClass(in); ok {
			t.Errorf("ParsePitchClass(%q) accepted", in)
		}
	}
	// Every emitted name parses back to its pitch class.
	for pc := range 12 {
		for _, minor := range []bool{false, true} {
			if got, ok := ParsePitchClass(TonicName(pc, minor)); !ok || got != pc {
				t.Errorf("%q parses to %d, want %d", TonicName(pc, minor), got, pc)
			}
		}
	}
}

// TestAnalyzedKeyIsSpelledWithFlats: a piece in Eb major is reported as
// "Eb major", not "D# major".
func TestAnalyzedKeyIsSpelledWithFlats(t *testing.T) {
	const sr = 22050
	for _, s := range []synth.Spec{
		{BPM: 100, Tonic: 3, Timbre: synth.Piano, Energy: 0.5, Seconds: 15, SampleRate: sr, Seed: 11, Drums: true},
		{BPM: 90, Tonic: 10, Minor: true, Timbre: synth.Piano, Energy: 0.5, Seconds: 20, SampleRate: sr, Seed: 12, Drums: true},
	} {
		f := mustAnalyze(t, synth.Render(s), sr)
		if f.Key != s.KeyName() {
			t.Errorf("%s: analysed as %q", s.KeyName(), f.Key)
		}
	}
}
