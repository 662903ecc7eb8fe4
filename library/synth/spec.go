// Package synth synthesises music with a known ground truth: tempo, key,
// mode, timbre, energy and where the hook (chorus) lies. Tests of tempo and
// key detection use it, and so does the demo library that Sleeve can write
// for people who want to try it without music of their own.
//
// Render is pure and deterministic for a given Spec. WriteWAV and WriteFLAC
// are pure Go writers; Encode also reaches lossy formats through ffmpeg when
// it is installed.
package synth

import (
	"fmt"
	"time"
)

// Timbre selects the instrument that plays the chords and the melody.
type Timbre int

// The timbres. Measured by spectral centroid they go, from dull to bright,
// Piano, Bell, Pad, Pluck, Lead, Organ; TestTimbresDiffer pins that their
// spectra differ.
const (
	// Piano is a struck string: bright attack whose upper harmonics decay
	// faster than the fundamental. Chords are played as half notes.
	Piano Timbre = iota
	// Pad is three detuned band-limited saws with a slow attack and
	// release, holding each chord for its whole length.
	Pad
	// Organ is additive drawbar harmonics with a flat sustain.
	Organ
	// Pluck is a Karplus–Strong plucked string; chords become eighth-note
	// arpeggios.
	Pluck
	// Lead is a square-ish synthesiser (odd harmonics) playing short chord
	// stabs on every beat.
	Lead
	// Bell is two-operator FM with a decaying modulation index; chords are
	// arpeggiated.
	Bell
	numTimbres
)

// Timbres returns every timbre, in declaration order.
func Timbres() []Timbre {
	out := make([]Timbre, 0, numTimbres)
	for t := Timbre(0); t < numTimbres; t++ {
		out = append(out, t)
	}
	return out
}

// String returns the lower-case name of the timbre, such as "piano".
func (t Timbre) String() string {
	switch t {
	case Piano:
		return "piano"
	case Pad:
		return "pad"
	case Organ:
		return "organ"
	case Pluck:
		return "pluck"
	case Lead:
		return "lead"
	case Bell:
		return "bell"
	}
	return fmt.Sprintf("timbre(%d)", int(t))
}

// Spec describes a piece of music to render. The zero value of most fields
// has a sensible default (see Normalized).
type Spec struct {
	// BPM is the tempo in quarter-note beats per minute (default 120).
	BPM float64
	// Tonic is the pitch class of the key: 0 = C, 1 = C#, …, 11 = B.
	Tonic int
	// Minor selects the natural minor mode instead of major.
	Minor bool
	// Timbre is the instrument for chords and melody.
	Timbre Timbre
	// Swing delays every off-beat eighth note by this fraction of an eighth
	// (0 to 0.3).
	Swing float64
	// Noise adds pink noise whose RMS is this fraction (0 to 1) of the
	// music's RMS.
	Noise float64
	// Energy (0 to 1) sets drum density and loudness, brightness and how hard
	// the final mix is compressed, so louder-sounding tracks have a higher RMS
	// at the same peak.
	Energy float64
	// Seconds is the duration (default 30).
	Seconds float64
	// SampleRate is in Hz (default 44100).
	SampleRate int
	// Seed makes the melody, drum fills and noise repeatable.
	Seed int64
	// Drums enables percussion; false is for ambient pieces.
	Drums bool
}

// Default values used by Normalized.
const (
	DefaultBPM        = 120
	DefaultSeconds    = 30
	DefaultSampleRate = 44100
)

// Normalized returns a copy of s with defaults filled in and every field
// clamped to its documented range.
func (s Spec) Normalized() Spec {
	if s.BPM <= 0 {
		s.BPM = DefaultBPM
	}
	s.BPM = clamp(s.BPM, 20, 400)
	s.Tonic = ((s.Tonic % 12) + 12) % 12
	if s.Timbre < 0 || s.Timbre >= numTimbres {
		s.Timbre = Piano
	}
	s.Swing = clamp(s.Swing, 0, 0.3)
	s.Noise = clamp(s.Noise, 0, 1)
	s.Energy = clamp(s.Energy, 0, 1)
	if s.Seconds <= 0 {
		s.Seconds = DefaultSeconds
	}
	if s.SampleRate <= 0 {
		s.SampleRate = DefaultSampleRate
	}
	return s
}

// The tonic names as musicians spell keys, the same table as
// analysis.TonicName (which this package cannot import: the analysis tests
// import synth).
var (
	majorNames = [12]string{"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"}
	minorNames = [12]string{"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"}
)

// KeyName returns the key in the usual spelling, such as "A minor",
// "Eb major" or "F# major".
func (s Spec) KeyName() string {
	s = s.Normalized()
	if s.Minor {
		return minorNames[s.Tonic] + " minor"
	}
	return majorNames[s.Tonic] + " major"
}

// BeatPeriod returns the duration of one beat.
func (s Spec) BeatPeriod() time.Duration {
	s = s.Normalized()
	return seconds(60 / s.BPM)
}

// barsPerChord is how many bars each chord lasts: two at fast tempos so the
// harmony does not rush.
func (s Spec) barsPerChord() int {
	if s.BPM >= 150 {
		return 2
	}
	return 1
}

// HookRange returns where the hook (the louder, fuller chorus) starts and
// ends. It spans bar boundaries near 40 % and 70 % of the duration.
func (s Spec) HookRange() (start, end time.Duration) {
	s = s.Normalized()
	a, b := s.hookSeconds()
	return seconds(a), seconds(b)
}

func (s Spec) hookSeconds() (start, end float64) {
	bar := 4 * 60 / s.BPM
	start = roundTo(0.4*s.Seconds, bar)
	end = roundTo(0.7*s.Seconds, bar)
	if end <= start {
		end = start + bar
	}
	return start, end
}

// Scale returns the seven pitch classes of the key, tonic first.
func (s Spec) Scale() [7]int {
	s = s.Normalized()
	steps := majorSteps
	if s.Minor {
		steps = minorSteps
	}
	var out [7]int
	for i, st := range steps {
		out[i] = (s.Tonic + st) % 12
	}
	return out
}

// Progression returns the chords of one cycle as scale degrees (0 = tonic
// chord). Major keys play I–V–vi–IV–I–IV–V–I and minor keys play
// i–VI–III–VII–i–iv–V–i, where degree 4 is played as a major V with the
// raised leading tone of harmonic minor. The tonic chord opens, closes and
// is the most frequent chord, as in most real music.
func (s Spec) Progression() []int {
	if s.Minor {
		return []int{0, 5, 2, 6, 0, 3, 4, 0}
	}
	return []int{0, 4, 5, 3, 0, 3, 4, 0}
}

var (
	majorSteps = [7]int{0, 2, 4, 5, 7, 9, 11}
	minorSteps = [7]int{0, 2, 3, 5, 7, 8, 10}
)

func clamp(x, lo, hi float64) float64 {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func roundTo(x, step float64) float64 {
	n := float64(int(x/step + 0.5))
	return n * step
}

func seconds(s float64) time.Duration {
	return time.Duration(s * float64(time.Second))
}
