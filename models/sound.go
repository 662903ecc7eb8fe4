package models

import (
	"slices"
	"strings"
)

// Qualities of a track's sound that analysis measures and a request may
// ask for in words ("something simple", "a steady beat", "gritty guitars"):
// each is read from a measured feature of library/analysis, ranked within
// the person's own library, so that "busy" asks for the busiest of what
// they have, whatever its genre.
const (
	// SoundSteady is a clear, regular pulse: the pulse clarity
	// (analysis.Features.PulseClarity, the normalised autocorrelation of
	// the onset strength at the beat period, after MIRtoolbox's
	// mirpulseclarity) is high.
	SoundSteady = "steady"
	// SoundLoose is a pulse that is weak or free (rubato, free time): the
	// pulse clarity is low.
	SoundLoose = "loose"
	// SoundSparse is few notes and hits: the onset rate
	// (analysis.Features.OnsetRate, note onsets per second, MIRtoolbox's
	// event density) is low.
	SoundSparse = "sparse"
	// SoundBusy is many notes and hits: the onset rate is high.
	SoundBusy = "busy"
	// SoundRough is a noisy, distorted sound: the spectral flatness
	// (analysis.Features.Flatness, the geometric over the arithmetic mean
	// of the power spectrum, high for noise and for the broadband partials
	// that distortion adds, low for clean tones) is high.
	SoundRough = "rough"
	// SoundClean is a clean, tonal sound: the spectral flatness is low.
	SoundClean = "clean"
	// SoundRepetitive is material that recurs (a chorus that returns, a
	// loop): the repetition (analysis.Features.Repetition, the preview's
	// self-similarity of each second to a distant one, after Bartsch and
	// Wakefield's chorus finding) is high.
	SoundRepetitive = "repetitive"
	// SoundVaried is music that keeps moving on to new material: the
	// repetition is low.
	SoundVaried = "varied"
)

// SoundWords are the qualities of sound a Request may ask for, in the
// order they are described.
var SoundWords = []string{SoundSteady, SoundLoose, SoundSparse, SoundBusy, SoundRough, SoundClean, SoundRepetitive, SoundVaried}

// soundOpposite is the quality at the other end of each one's measure:
// refusing a quality ("nothing too busy", "no distortion") asks for the
// other end, and a later turn that asks for one replaces the other.
var soundOpposite = map[string]string{
	SoundSteady: SoundLoose, SoundLoose: SoundSteady,
	SoundSparse: SoundBusy, SoundBusy: SoundSparse,
	SoundRough: SoundClean, SoundClean: SoundRough,
	SoundRepetitive: SoundVaried, SoundVaried: SoundRepetitive,
}

// SoundOpposite returns the quality at the other end of q's measure, or
// "" for an unknown quality.
func SoundOpposite(q string) string { return soundOpposite[q] }

// soundTable maps the words of each quality to it. The words are the
// everyday ones for what the measure tells apart, in the senses that
// describe sound: a beat that is "steady" or "metronomic", an arrangement
// that is "simple", "sparse" or "stripped-down" (few events) or "busy",
// "dense" and "intricate" (many), a sound that is "gritty", "distorted"
// or "fuzzy" (noise-like) or "pristine" and "polished" (tonal). Words
// with other readings the reader already gives are left to them:
// "clean" is the chore of housework, "smooth" the mood mellow, "heavy" an
// energy, "minimal" the genre before dance music (readOne reads it
// sparse elsewhere), "driving" the activity; "loose", "rough",
// "dirty" and "bare" are first other things ("let loose", "a rough day",
// "dirty dishes") and are not read.
var soundTable = map[string]string{
	"steady": SoundSteady, "metronomic": SoundSteady, "unwavering": SoundSteady,
	// Rhythmic is, in WordNet, "recurring with measured regularity"
	// (rhythmic/a1, rhythmical), which is what the pulse clarity measures.
	// Consistent is also "the same throughout" (consistent/a4, uniform):
	// a consistent rhythm or energy is a steady one.
	"rhythmic": SoundSteady, "rhythmical": SoundSteady, "consistent": SoundSteady,
	"four-on-the-floor": SoundSteady, "motorik": SoundSteady, "locked-in": SoundSteady,
	// Music that sets toes or feet tapping ("toe-tapping rockabilly") has
	// a pulse the listener beats time to: toe-tapping and foot-tapping
	// are beating time (ultimatelexicon.com/definitions/t/toe-tap), which
	// a clear, regular pulse invites.
	"toe-tapping": SoundSteady, "foot-tapping": SoundSteady,

	"rubato": SoundLoose, "free-flowing": SoundLoose, "free-form": SoundLoose,
	"freeform": SoundLoose, "unmetered": SoundLoose, "arrhythmic": SoundLoose,

	"simple": SoundSparse, "sparse": SoundSparse, "minimalist": SoundSparse, "minimalistic": SoundSparse,
	"stripped-down": SoundSparse, "stripped-back": SoundSparse,
	"bare-bones": SoundSparse, "barebones": SoundSparse, "uncluttered": SoundSparse, "unadorned": SoundSparse,
	"spacious": SoundSparse, "understated": SoundSparse, "skeletal": SoundSparse, "austere": SoundSparse,
	"stark": SoundSparse,

	"busy": SoundBusy, "dense": SoundBusy, "intricate": SoundBusy, "complex": SoundBusy, "cluttered": SoundBusy,
	"frenetic": SoundBusy, "virtuosic": SoundBusy, "complicated": SoundBusy, "elaborate": SoundBusy,
	"lush": SoundBusy,

	"gritty": SoundRough, "raw": SoundRough, "harsh": SoundRough, "distorted": SoundRough, "distortion": SoundRough,
	"fuzzy": SoundRough, "fuzz": SoundRough, "fuzzed": SoundRough, "fuzzed-out": SoundRough, "noisy": SoundRough,
	"grimy": SoundRough, "crunchy": SoundRough, "scuzzy": SoundRough,
	"grainy": SoundRough, "overdriven": SoundRough, "raspy": SoundRough, "gravelly": SoundRough,
	"jarring": SoundRough,
	// A growled or screamed voice is a noisy one (WordNet growl/v1, "to
	// utter or emit low dull rumbling sounds"; scream/v1, "utter a sudden
	// loud cry"; guttural/a1, "like the sounds of frogs and crows"): the
	// harsh vocals of extreme metal and hardcore. "screaming" is left out:
	// it is as often the listener's ("songs for screaming along to").
	"growling": SoundRough, "growled": SoundRough, "growly": SoundRough,
	"screamed": SoundRough, "screamy": SoundRough, "guttural": SoundRough,

	// Comparatives, for follow-ups ("simpler", "busier").
	"steadier": SoundSteady, "simpler": SoundSparse, "sparser": SoundSparse, "busier": SoundBusy, "denser": SoundBusy,
	"grittier": SoundRough, "harsher": SoundRough, "noisier": SoundRough, "fuzzier": SoundRough, "rawer": SoundRough,

	"pristine": SoundClean, "polished": SoundClean, "glossy": SoundClean, "slick": SoundClean,
	"crystalline": SoundClean, "crystal-clear": SoundClean,

	"repetitive": SoundRepetitive, "repetitious": SoundRepetitive, "hypnotic": SoundRepetitive, "looping": SoundRepetitive,
	"loop-based": SoundRepetitive, "loopy": SoundRepetitive, "mantra-like": SoundRepetitive, "trance-like": SoundRepetitive,
	"trancelike": SoundRepetitive, "repeating": SoundRepetitive, "cyclical": SoundRepetitive,

	"varied": SoundVaried, "evolving": SoundVaried, "ever-changing": SoundVaried, "unpredictable": SoundVaried,
	"through-composed": SoundVaried, "meandering": SoundVaried,
}

// catchyWords name what a catchy song is made of: a hook that comes back
// over a beat that carries it. Sleeve hears no melody as such, so they are
// read as the two measures that say so, material that recurs and a clear
// pulse (Van Balen, Burgoyne et al., "Corpus analysis tools for
// computational hook discovery", ISMIR 2015, found recurring, conventional
// melodic material to make a hook easier to recall).
var catchyWords = map[string]bool{"catchy": true, "hooky": true, "hooks": true, "hook": true, "earworm": true,
	"earworms": true, "catchier": true, "hook-laden": true, "hook-filled": true}

// soundPhrases are words of two that name a quality together, read before
// their words alone ("a steady beat" is steady; "clean guitar" is the
// clean sound, where "clean" alone is housework).
var soundPhrases = map[string]string{
	"steady beat": SoundSteady, "steady rhythm": SoundSteady, "steady pulse": SoundSteady,
	"solid beat": SoundSteady, "consistent beat": SoundSteady, "constant beat": SoundSteady,
	"toe tapping": SoundSteady, "foot tapping": SoundSteady,
	"clean guitar": SoundClean, "clean guitars": SoundClean, "clean sound": SoundClean, "clean production": SoundClean,
	"clean tone": SoundClean, "clean vocals": SoundClean,
}

// SoundsOf returns the qualities of sound a word or phrase names, or nil.
func SoundsOf(phrase string) []string {
	if catchyWords[phrase] {
		return []string{SoundRepetitive, SoundSteady}
	}
	if q, ok := soundPhrases[phrase]; ok {
		return []string{q}
	}
	if q, ok := soundTable[phrase]; ok {
		return []string{q}
	}
	return nil
}

// soundLabels are how each quality is said in "Understood: …".
var soundLabels = map[string]string{
	SoundSteady: "steady beat", SoundLoose: "loose pulse", SoundSparse: "sparse sound",
	SoundBusy: "busy sound", SoundRough: "rough sound", SoundClean: "clean sound",
	SoundRepetitive: "repetitive sound", SoundVaried: "varied sound",
}

// SoundLabel returns how a quality is said to the person.
func SoundLabel(q string) string { return soundLabels[q] }

// SoundWordIn returns the first word or phrase of text that names quality
// q as the reader reads it (SoundsOf), for reasons that quote the person
// ("fits 'gritty'"), or "".
func SoundWordIn(text, q string) string {
	toks := wordTokens(strings.ToLower(text))
	for k, t := range toks {
		if k+1 < len(toks) {
			if p := t.w + " " + toks[k+1].w; slices.Contains(SoundsOf(p), q) {
				return p
			}
		}
		if slices.Contains(SoundsOf(t.w), q) {
			return t.w
		}
	}
	return ""
}

// addSound adds quality q to r as wanted, or its opposite when refused,
// and drops the other end of the measure.
func addSound(r *Request, q string, neg bool) {
	if neg {
		q = soundOpposite[q]
	}
	r.Sounds = slices.DeleteFunc(r.Sounds, func(s string) bool { return s == soundOpposite[q] })
	if !slices.Contains(r.Sounds, q) {
		r.Sounds = append(r.Sounds, q)
	}
}
