package models

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// PromptVersion changes whenever the note prompt, schema or checker changes
// in a way that makes older notes worth regenerating.
const PromptVersion = 2

// Confidence below these thresholds means the measurement is not stated
// as fact and not enforced by the checker.
//
// The tempo has no threshold here: FeatureFacts.BPM is already 0 when the
// analysis is not confident of it (analysis.MinTempoConfidence, applied
// where the facts are made).
const (
	// MinKeyConfidence is the key confidence needed to state a key.
	MinKeyConfidence = 0.1
)

// TrackFacts is what Sleeve knows about a track. Text fields are data from
// tags and file names and may contain anything.
type TrackFacts struct {
	// Title, Artist, Album and AlbumArtist are tag values.
	Title, Artist, Album, AlbumArtist string
	// Genres are the genre tags.
	Genres []string
	// Year is the release year, or 0.
	Year int
	// Duration is the track's length, or 0 when unknown.
	Duration time.Duration
	// Features are the measured audio features, or nil before analysis.
	Features *FeatureFacts
}

// FeatureFacts are measured audio features.
type FeatureFacts struct {
	// Version is the analysis version that measured the features; notes
	// record it so stale notes can be found.
	Version int
	// BPM is the tempo, or 0 when it is unknown: no pulse was found or the
	// analysis was not confident of it. BPMConfidence is its confidence in
	// [0, 1].
	BPM, BPMConfidence float64
	// Key is a key name such as "A minor" or "F# major", or empty.
	Key string
	// Minor is true for minor keys.
	Minor bool
	// KeyConfidence is the key's confidence in [0, 1].
	KeyConfidence float64
	// LoudnessLUFS is integrated loudness, typically -30 to -5.
	LoudnessLUFS float64
	// DynamicRange is the peak-to-loudness ratio in LU.
	DynamicRange float64
	// Energy, Brightness and PulseClarity are in [0, 1].
	Energy, Brightness float64
	// Flatness is spectral flatness in [0, 1] (noisy near 0.5).
	Flatness float64
	// OnsetRate is note onsets per second.
	OnsetRate float64
	// PulseClarity is how steady the beat is, in [0, 1].
	PulseClarity float64
	// NotMusic is empty for music. For audio that analysis found is not
	// music it says in a few words what it is instead, such as "10 seconds
	// of silence", "a 1 kHz test tone" or "a 0.35-second clip"; the note
	// then says just that, without a model and without moods or contexts.
	NotMusic string
	// InstrumentsHeard are the instrument families (see
	// InstrumentFamilies) that analysis hears with confidence, the most
	// confident first; notes may name them ("piano-led", "with strings").
	// InstrumentsAbsent are those it confidently does not hear; a note
	// naming one of them is contradicted.
	InstrumentsHeard, InstrumentsAbsent []string
}

// ListenerNotMusic is FeatureFacts.NotMusic for a track the listener
// marked as not music, rather than analysis finding it so: its note says
// that, and claims nothing about its tempo or key.
const ListenerNotMusic = "marked as not music by you"

// Level is a three-way reading of a measurement. LevelUnknown means the
// measurement is missing or not confident.
type Level int

// Levels of a measurement.
const (
	LevelUnknown Level = iota
	LevelLow
	LevelMid
	LevelHigh
)

// Traits are the features read as words. Both the prompt, the templates and
// the checker use them, so a note is checked against exactly what the model
// was told.
type Traits struct {
	// BPM is the rounded tempo, or 0 when unknown or not confident.
	BPM int
	// Tempo is slow (< 90 BPM), mid (90–119) or high (≥ 120: upbeat, and
	// fast from 140).
	Tempo Level
	// Mode is "major", "minor" or "" when unknown.
	Mode string
	// Key is the key name when confident, such as "A minor".
	Key string
	// Loudness is quiet (< −20 LUFS), moderate or loud (> −11 LUFS).
	Loudness Level
	// Brightness is dark (< 0.35), balanced or bright (> 0.65).
	Brightness Level
	// Energy is calm (< 0.35), moderate or energetic (> 0.65).
	Energy Level
	// Density is sparse (< 1.5 onsets/s), moderate or busy (> 4).
	Density Level
	// Pulse is loose (< 0.25), moderate or steady (> 0.6).
	Pulse Level
	// Danceable is high when the beat is steady, the tempo danceable and
	// the energy up, low when there is no steady beat or too little energy.
	Danceable Level
	// Dynamics is compressed (< 8 LU), moderate or dynamic (> 15 LU).
	Dynamics Level
	// Heard are the instrument families analysis hears with confidence,
	// the most confident first; Absent those it confidently does not
	// hear.
	Heard, Absent []string
}

// ReadTraits reads features as words. It returns zero Traits for nil.
func ReadTraits(f *FeatureFacts) Traits {
	var t Traits
	if f == nil {
		return t
	}
	if f.BPM > 0 {
		t.BPM = int(math.Round(f.BPM))
		t.Tempo = band(f.BPM, 90, 120)
	}
	if strings.TrimSpace(f.Key) != "" && f.KeyConfidence >= MinKeyConfidence {
		t.Key = SanitizeText(f.Key)
		t.Mode = "major"
		if f.Minor || strings.Contains(strings.ToLower(f.Key), "minor") {
			t.Mode = "minor"
		}
	}
	if f.LoudnessLUFS < 0 && f.LoudnessLUFS > -69 {
		t.Loudness = band(f.LoudnessLUFS, -20, -11)
	}
	t.Brightness = band(f.Brightness, 0.35, 0.65)
	t.Energy = EnergyLevel(f.Energy)
	t.Density = band(f.OnsetRate, 1.5, 4)
	t.Pulse = band(f.PulseClarity, 0.25, 0.6)
	if f.DynamicRange > 0 {
		t.Dynamics = band(f.DynamicRange, 8, 15)
	}
	t.Heard = knownFamilies(f.InstrumentsHeard)
	t.Absent = knownFamilies(f.InstrumentsAbsent)
	switch {
	case f.PulseClarity < 0.25 || f.Energy < 0.25 || (t.BPM > 0 && t.BPM < 75):
		t.Danceable = LevelLow
	case f.PulseClarity >= 0.5 && f.Energy >= 0.45 && t.BPM >= 95 && t.BPM <= 150:
		t.Danceable = LevelHigh
	default:
		t.Danceable = LevelMid
	}
	return t
}

// EnergyLevel reads a measured energy (0 to 1, a rank among the
// development corpus's tracks) as calm (below 0.35), moderate, or
// energetic (0.65 and up): the levels notes, their checker and the
// explanations of rankings use.
func EnergyLevel(e float64) Level { return band(e, 0.35, 0.65) }

// band maps v to low (< lo), mid or high (> hi; ≥ hi for tempo-like use).
func band(v, lo, hi float64) Level {
	switch {
	case math.IsNaN(v):
		return LevelUnknown
	case v < lo:
		return LevelLow
	case v >= hi:
		return LevelHigh
	default:
		return LevelMid
	}
}

// tempoWord names the tempo class.
func (t Traits) tempoWord() string {
	switch t.Tempo {
	case LevelLow:
		return "slow"
	case LevelMid:
		return "mid-tempo"
	case LevelHigh:
		if t.BPM >= 140 {
			return "fast"
		}
		return "upbeat"
	}
	return ""
}

// Words returns the traits as the plain words given to the model, such as
// "fast (148 BPM)", "minor key", "loud", "bright", "busy".
func (t Traits) Words() []string {
	var w []string
	if tw := t.tempoWord(); tw != "" {
		w = append(w, fmt.Sprintf("%s (%d BPM)", tw, t.BPM))
	}
	if t.Key != "" {
		w = append(w, fmt.Sprintf("%s key (%s)", t.Mode, t.Key))
	}
	w = appendLevel(w, t.Loudness, "quiet", "moderate volume", "loud")
	w = appendLevel(w, t.Brightness, "dark, warm tone", "", "bright")
	w = appendLevel(w, t.Energy, "calm", "moderate energy", "energetic")
	w = appendLevel(w, t.Density, "sparse", "", "busy")
	w = appendLevel(w, t.Pulse, "loose, free rhythm", "", "steady beat")
	w = appendLevel(w, t.Danceable, "not for dancing", "", "danceable")
	w = appendLevel(w, t.Dynamics, "compressed", "", "dynamic")
	if len(t.Heard) > 0 {
		w = append(w, "instruments heard: "+strings.Join(t.Heard, ", "))
	}
	return w
}

// knownFamilies keeps the instrument families that InstrumentFamilies
// knows, so that nothing else reaches a prompt.
func knownFamilies(fams []string) []string {
	known := map[string]bool{}
	for _, fs := range InstrumentFamilies {
		for _, f := range fs {
			known[f] = true
		}
	}
	var out []string
	for _, f := range fams {
		if known[f] {
			out = append(out, f)
		}
	}
	return out
}

func appendLevel(w []string, l Level, low, mid, high string) []string {
	s := ""
	switch l {
	case LevelLow:
		s = low
	case LevelMid:
		s = mid
	case LevelHigh:
		s = high
	}
	if s != "" {
		w = append(w, s)
	}
	return w
}

// notePrompt is the data block sent to the model for one track.
type notePrompt struct {
	Title       string   `json:"title,omitempty"`
	Artist      string   `json:"artist,omitempty"`
	Album       string   `json:"album,omitempty"`
	AlbumArtist string   `json:"album_artist,omitempty"`
	GenreTags   []string `json:"genre_tags,omitempty"`
	Year        int      `json:"year,omitempty"`
	Length      string   `json:"length,omitempty"`
	Sound       string   `json:"measured_sound,omitempty"`
}

// noteSystem is the system prompt for notes, version PromptVersion.
const noteSystem = "You write short sleeve notes for tracks in a person's music library. " +
	dataRule + " Write 2 or 3 sentences of vivid prose in \"text\". Stay true to the " +
	"measured_sound facts: never contradict them (do not call a slow track fast, a minor key " +
	"major, a quiet track loud, a dark track bright, a calm track energetic). Do not invent " +
	"facts such as chart positions, lyrics or biography. Also guess moods, genres, " +
	"instruments and contexts that suit the track, using only the allowed words. Write like a person " +
	"who listened: vary your wording from track to track, avoid stock phrases (\"perfect for\", \"makes it " +
	"ideal\", \"cooking or the commute\"), mention the length only when it is unusual, and choose the " +
	"contexts from this track's own sound, not by habit."

// promptData builds the data block for t.
func promptData(t TrackFacts) notePrompt {
	p := notePrompt{
		Title:       clip(SanitizeText(t.Title), 200),
		Artist:      clip(SanitizeText(t.Artist), 200),
		Album:       clip(SanitizeText(t.Album), 200),
		AlbumArtist: clip(SanitizeText(t.AlbumArtist), 200),
		Year:        t.Year,
	}
	if p.AlbumArtist == p.Artist {
		p.AlbumArtist = ""
	}
	for _, g := range t.Genres {
		if g = clip(SanitizeText(g), 60); g != "" && len(p.GenreTags) < 8 {
			p.GenreTags = append(p.GenreTags, g)
		}
	}
	if t.Duration > 0 {
		p.Length = formatDuration(t.Duration)
	}
	p.Sound = strings.Join(ReadTraits(t.Features).Words(), ", ")
	return p
}

func formatDuration(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// PromptText returns the system and user messages that would be sent for
// t. It exists for debugging and tests.
func PromptText(t TrackFacts) (system, user string) {
	return noteSystem, "Track data (JSON):\n" + dataJSON(promptData(t)) + "\nWrite the sleeve note."
}
