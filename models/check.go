package models

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// axis is one measured property a word can make a claim about.
type axis int

const (
	axTempo axis = iota
	axLoudness
	axBrightness
	axEnergy
	axDance
)

// claimWord is a word or phrase that claims a level on an axis. A claim
// contradicts the traits when the measured level is known and not in
// allowed. A negated claim ("not fast") contradicts them when the measured
// level is core.
type claimWord struct {
	axis    axis
	core    Level
	allowed []Level
}

var (
	low, mid, high = LevelLow, LevelMid, LevelHigh
	// neutral phrases contain claim words but claim nothing ("slow-burning").
	neutral = claimWord{axis: -1}
)

// lexicon maps phrases (lowercase, hyphens as spaces) to claims. Longer
// phrases win over the words inside them.
var lexicon = map[string]claimWord{}

func addClaims(c claimWord, phrases ...string) {
	for _, p := range phrases {
		lexicon[p] = c
	}
}

func init() {
	// Tempo.
	addClaims(claimWord{axTempo, high, []Level{high}}, "fast", "rapid", "breakneck", "speedy",
		"racing", "frantic tempo", "fast paced", "high tempo", "up tempo", "uptempo", "blistering",
		"hurtling", "quick tempo", "fast tempo", "rapid fire")
	addClaims(claimWord{axTempo, high, []Level{mid, high}}, "upbeat", "brisk", "lively tempo", "bouncy")
	addClaims(claimWord{axTempo, low, []Level{low}}, "slow", "slow tempo", "slowly", "crawling",
		"glacial", "dirge", "funereal", "plodding", "downtempo", "down tempo")
	addClaims(claimWord{axTempo, low, []Level{low, mid}}, "languid", "unhurried", "leisurely", "lazy tempo")
	addClaims(claimWord{axTempo, mid, []Level{mid}}, "mid tempo", "midtempo", "moderate tempo")
	// Loudness.
	addClaims(claimWord{axLoudness, high, []Level{high}}, "loud", "thunderous", "deafening",
		"ear splitting", "full volume", "wall of sound")
	addClaims(claimWord{axLoudness, high, []Level{mid, high}}, "blaring", "booming", "roaring", "cranked")
	addClaims(claimWord{axLoudness, low, []Level{low, mid}}, "quiet", "hushed", "whispered",
		"whisper quiet", "low volume", "barely audible", "subdued", "muted")
	// Brightness.
	addClaims(claimWord{axBrightness, high, []Level{mid, high}}, "bright", "shimmering", "sparkling",
		"glittering", "brilliant", "bright tone", "gleaming")
	addClaims(claimWord{axBrightness, low, []Level{low, mid}}, "dark", "murky", "gloomy", "shadowy",
		"dark tone", "muffled", "dim")
	// Energy.
	addClaims(claimWord{axEnergy, low, []Level{low, mid}}, "calm", "tranquil", "serene", "peaceful",
		"placid", "relaxed", "laid back", "soothing", "sleepy", "mellow", "restful", "gentle",
		"meditative", "chill", "chilled", "low energy", "sleep", "sleeping", "meditation",
		"lullaby", "relaxing", "relaxation", "winding down", "unwinding")
	addClaims(claimWord{axEnergy, high, []Level{high}}, "high energy", "high intensity", "full throttle",
		"explosive", "frenetic", "ferocious")
	addClaims(claimWord{axEnergy, high, []Level{mid, high}}, "energetic",
		"frantic", "furious", "intense", "pounding", "relentless", "hyper", "aggressive", "angry",
		"adrenaline", "euphoric", "rousing", "raucous", "workout",
		"working out", "running", "gym", "exercise", "fierce")
	// Danceability.
	addClaims(claimWord{axDance, high, []Level{mid, high}}, "danceable", "dancefloor", "dance floor",
		"dancing", "made for dancing", "club ready", "four on the floor", "dance party", "party",
		"club", "groovy", "clubbing")
	addClaims(claimWord{axDance, low, []Level{low, mid}}, "undanceable", "beatless", "arrhythmic",
		"free time", "rubato", "formless")
	// Phrases that look like claims but are not.
	for _, p := range []string{"slow burning", "slow burn", "slow build", "slow builds", "slowly builds",
		"dark horse", "bright future", "still life", "quiet storm", "loud and clear", "dance music",
		"party anthem", "calm before the storm", "running time", "running order", "club mix", "fast forward",
		"running through", "running on", "running into", "gentle giant", "dinner party", "a dinner party"} {
		lexicon[p] = neutral
	}
	for p := range lexicon {
		f := strings.Fields(p)
		phraseLen[f[0]] = max(phraseLen[f[0]], len(f))
	}
}

// phraseLen is the word count of the longest phrase starting with a word.
var phraseLen = map[string]int{}

// negators turn the claim after them (within three words) around.
var negators = map[string]bool{
	"not": true, "never": true, "no": true, "nor": true, "without": true, "hardly": true,
	"barely": true, "neither": true, "isn't": true, "wasn't": true, "aren't": true, "doesn't": true,
	"don't": true, "won't": true, "nothing": true, "less": true, "un": true,
}

// negatorPairs are two-word negators.
var negatorPairs = map[string]bool{
	"far from": true, "anything but": true, "rather than": true, "instead of": true,
}

// Contradictions returns one reason per claim in s that contradicts the
// traits, such as `"fast" but the tempo is 72 BPM (slow)`. It returns nil
// when s agrees with the traits or makes no checkable claims.
func Contradictions(s string, t Traits) []string {
	var out []string
	for _, clause := range splitClauses(s) {
		toks := tokens(clause)
		for i := 0; i < len(toks); {
			n, c, phrase := matchPhrase(toks, i)
			if n == 0 {
				i++
				continue
			}
			if c.axis >= 0 {
				neg := negated(toks, i)
				if r := judge(c, neg, phrase, t); r != "" {
					out = append(out, r)
				}
			}
			i += n
		}
	}
	out = append(out, numericContradictions(s, t)...)
	out = append(out, instrumentContradictions(s, t)...)
	return out
}

func matchPhrase(toks []string, i int) (int, claimWord, string) {
	for n := min(phraseLen[toks[i]], len(toks)-i); n >= 1; n-- {
		p := toks[i]
		if n > 1 {
			p = strings.Join(toks[i:i+n], " ")
		}
		if c, ok := lexicon[p]; ok {
			return n, c, p
		}
	}
	return 0, claimWord{}, ""
}

func negated(toks []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if negators[toks[j]] {
			return true
		}
		if j > 0 && negatorPairs[toks[j-1]+" "+toks[j]] {
			return true
		}
	}
	return false
}

func judge(c claimWord, neg bool, phrase string, t Traits) string {
	actual := t.level(c.axis)
	if actual == LevelUnknown {
		// An unknown tempo must not be stated either way: a confident
		// "fast" or "slow" about a tempo the analysis could not measure
		// is as wrong as a contradiction.
		if c.axis == axTempo && !neg {
			return fmt.Sprintf("%q but the tempo is unknown", phrase)
		}
		return ""
	}
	if neg {
		if actual == c.core {
			return fmt.Sprintf("%q (negated) but %s", phrase, t.describe(c.axis))
		}
		return ""
	}
	for _, a := range c.allowed {
		if a == actual {
			return ""
		}
	}
	return fmt.Sprintf("%q but %s", phrase, t.describe(c.axis))
}

func (t Traits) level(a axis) Level {
	switch a {
	case axTempo:
		return t.Tempo
	case axLoudness:
		return t.Loudness
	case axBrightness:
		return t.Brightness
	case axEnergy:
		return t.Energy
	case axDance:
		return t.Danceable
	}
	return LevelUnknown
}

func (t Traits) describe(a axis) string {
	pick := func(l Level, lo, md, hi string) string {
		return map[Level]string{LevelLow: lo, LevelMid: md, LevelHigh: hi}[l]
	}
	switch a {
	case axTempo:
		return fmt.Sprintf("the tempo is %d BPM (%s)", t.BPM, t.tempoWord())
	case axLoudness:
		return "the track is " + pick(t.Loudness, "quiet", "of moderate loudness", "loud")
	case axBrightness:
		return "the tone is " + pick(t.Brightness, "dark", "balanced", "bright")
	case axEnergy:
		return "the energy is " + pick(t.Energy, "low (calm)", "moderate", "high")
	case axDance:
		return "the track is " + pick(t.Danceable, "not danceable", "only loosely danceable", "danceable")
	}
	return ""
}

var (
	bpmRe  = regexp.MustCompile(`(?i)\b(\d{2,3}(?:\.\d+)?)\s*(?:-|–)?\s*(?:bpm|beats per minute|beats a minute)\b`)
	keyRe  = regexp.MustCompile(`\b(?:[Ii]n|[Oo]f|[Tt]o) ([A-G])(#|♯|b|♭|-sharp| sharp|-flat| flat)?[ -](major|minor|Major|Minor)\b`)
	modeRe = regexp.MustCompile(`(?i)\b(major|minor)(?:[ -](?:key|mode|tonality|scale|keyed))\b|\bin (?:a|the) (major|minor)\b`)
)

// numericContradictions checks stated BPM numbers, keys and modes.
func numericContradictions(s string, t Traits) []string {
	var out []string
	if t.BPM == 0 {
		// No tempo was measured with confidence: no number may be stated.
		for _, m := range bpmRe.FindAllStringSubmatch(s, -1) {
			out = append(out, fmt.Sprintf("%q but the tempo is unknown", m[0]))
		}
	}
	if t.BPM > 0 {
		for _, m := range bpmRe.FindAllStringSubmatch(s, -1) {
			v, err := strconv.ParseFloat(m[1], 64)
			if err != nil {
				continue
			}
			if math.Abs(v-float64(t.BPM)) > math.Max(3, 0.04*float64(t.BPM)) {
				out = append(out, fmt.Sprintf("%q but the tempo is %d BPM", m[0], t.BPM))
			}
		}
	}
	if t.Mode == "" {
		return out
	}
	tonic := pitchClass(t.Key)
	keyed := keyRe.FindAllStringSubmatchIndex(s, -1)
	for _, ix := range keyed {
		m := s[ix[0]:ix[1]]
		mode := strings.ToLower(s[ix[6]:ix[7]])
		pc := pitchClass(s[ix[2]:ix[1]])
		switch {
		case mode != t.Mode:
			out = append(out, fmt.Sprintf("%q but the key is %s", m, t.Key))
		case tonic >= 0 && pc >= 0 && pc != tonic:
			out = append(out, fmt.Sprintf("%q but the key is %s", m, t.Key))
		}
	}
	for _, ix := range modeRe.FindAllStringSubmatchIndex(s, -1) {
		var mode string
		if ix[2] >= 0 {
			mode = strings.ToLower(s[ix[2]:ix[3]])
		} else {
			mode = strings.ToLower(s[ix[4]:ix[5]])
		}
		inKey := false
		for _, k := range keyed {
			if ix[0] < k[1] && k[0] < ix[1] {
				inKey = true
			}
		}
		if inKey {
			continue
		}
		pre := tokens(s[:ix[0]])
		if mode != t.Mode && !negated(append(pre, mode), len(pre)) {
			out = append(out, fmt.Sprintf("%q but the key is %s", s[ix[0]:ix[1]], t.Key))
		}
	}
	return out
}

// pitchClass returns the pitch class (C = 0) of a key name such as
// "F# minor" or "Bb major", or -1.
func pitchClass(key string) int {
	key = strings.TrimSpace(key)
	if key == "" {
		return -1
	}
	base := map[byte]int{'C': 0, 'D': 2, 'E': 4, 'F': 5, 'G': 7, 'A': 9, 'B': 11}
	pc, ok := base[byte(unicode.ToUpper(rune(key[0])))]
	if !ok {
		return -1
	}
	rest := strings.ToLower(key[1:])
	switch {
	case strings.HasPrefix(rest, "#"), strings.HasPrefix(rest, "♯"), strings.HasPrefix(rest, "-sharp"), strings.HasPrefix(rest, " sharp"):
		pc++
	case strings.HasPrefix(rest, "b"), strings.HasPrefix(rest, "♭"), strings.HasPrefix(rest, "-flat"), strings.HasPrefix(rest, " flat"):
		pc--
	}
	return (pc + 12) % 12
}

// splitClauses splits text at punctuation that ends a clause, so a
// negation does not reach across a comma.
func splitClauses(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == ':' || r == '.' || r == '!' || r == '?' || r == '—' || r == '(' || r == ')'
	})
}

// tokens lowercases s and splits it into words; hyphens separate words and
// apostrophes stay inside them.
func tokens(s string) []string {
	s = strings.ToLower(quoteFolder.Replace(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'')
	})
}

// SplitSentences splits prose into sentences at ., ! or ? followed by a
// space or the end. The sentences keep their punctuation.
func SplitSentences(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '.' && rs[i] != '!' && rs[i] != '?' {
			continue
		}
		j := i + 1
		for j < len(rs) && (rs[j] == '.' || rs[j] == '!' || rs[j] == '?' || rs[j] == '"' || rs[j] == '\'' || rs[j] == '”' || rs[j] == ')') {
			j++
		}
		if j < len(rs) && !unicode.IsSpace(rs[j]) {
			continue
		}
		if sent := strings.TrimSpace(string(rs[start:j])); sent != "" {
			out = append(out, sent)
		}
		start, i = j, j-1
	}
	if sent := strings.TrimSpace(string(rs[start:])); sent != "" {
		out = append(out, sent)
	}
	return out
}

// CheckText removes every sentence of text that contradicts the traits.
// It returns the kept text and one entry per removed sentence, giving the
// sentence and why it was removed.
func CheckText(text string, t Traits) (kept string, dropped []string) {
	var keep []string
	for _, sent := range SplitSentences(text) {
		if why := Contradictions(sent, t); len(why) > 0 {
			dropped = append(dropped, fmt.Sprintf("sentence %q: %s", sent, strings.Join(why, "; ")))
			continue
		}
		keep = append(keep, sent)
	}
	return strings.Join(keep, " "), dropped
}

// CheckWords removes every word or short phrase (a mood, context…) that
// contradicts the traits, keeping the order of the rest.
func CheckWords(words []string, t Traits) (kept, dropped []string) {
	for _, w := range words {
		if why := Contradictions(w, t); len(why) > 0 {
			dropped = append(dropped, fmt.Sprintf("word %q: %s", w, strings.Join(why, "; ")))
			continue
		}
		kept = append(kept, w)
	}
	return kept, dropped
}
