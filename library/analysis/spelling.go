package analysis

import "strings"

// Key spelling. A key is named as musicians write it: by the key signature
// with fewer accidentals, and where both have six (F# major = Gb major,
// D# minor = Eb minor) by the more common name in lead sheets and pop
// charts, F# major and Eb minor:
//
//	major: C  Db D  Eb E  F  F# G  Ab A  Bb B
//	minor: C  C# D  Eb E  F  F# G  G# A  Bb B
//
// Parsing accepts every spelling (sharps, flats, Unicode ♯ and ♭, and the
// enharmonic B#, Cb, E#, Fb), so "D# major" and "Eb major" are the same key.
var (
	majorTonicNames = [12]string{"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"}
	minorTonicNames = [12]string{"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"}
)

// TonicName returns the conventional spelling of the tonic of a key, such
// as "Eb" for Eb major and "C#" for C# minor, or "" when tonic is not in
// 0..11.
func TonicName(tonic int, minor bool) string {
	if tonic < 0 || tonic > 11 {
		return ""
	}
	if minor {
		return minorTonicNames[tonic]
	}
	return majorTonicNames[tonic]
}

// KeyName formats a key as "A minor" or "Eb major", spelled as in
// TonicName, or returns "" when tonic is not in 0..11.
func KeyName(tonic int, minor bool) string {
	name := TonicName(tonic, minor)
	if name == "" {
		return ""
	}
	if minor {
		return name + " minor"
	}
	return name + " major"
}

// naturals are the pitch classes of the note letters.
var naturals = map[byte]int{'c': 0, 'd': 2, 'e': 4, 'f': 5, 'g': 7, 'a': 9, 'b': 11}

// ParsePitchClass reads a note name in any spelling, case-insensitively:
// a letter followed by any number of sharps ("#", "♯") or flats ("b",
// "♭"), such as "a", "F#", "bb", "E♭" or "Cb". It returns the pitch class
// (C = 0 … B = 11).
func ParsePitchClass(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "♯", "#")
	s = strings.ReplaceAll(s, "♭", "b")
	if s == "" {
		return 0, false
	}
	pc, ok := naturals[s[0]]
	if !ok {
		return 0, false
	}
	for _, c := range s[1:] {
		switch c {
		case '#':
			pc++
		case 'b':
			pc--
		default:
			return 0, false
		}
	}
	return ((pc % 12) + 12) % 12, true
}
