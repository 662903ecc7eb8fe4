package models

import (
	"fmt"
	"hash/fnv"
	"strings"
	"time"
)

// TemplateNote writes a note from the track's facts without a language
// model. It is deterministic (the same facts give the same text), varies
// its wording from track to track, and never contradicts the features.
// The note is marked Template and has no Model.
func TemplateNote(t TrackFacts) Note {
	if t.Features != nil && t.Features.NotMusic != "" {
		return notMusicNote(t)
	}
	tr := ReadTraits(t.Features)
	h := fnv.New64a()
	for _, s := range []string{t.Title, t.Artist, t.Album} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	p := picker(h.Sum64())
	title := clip(SanitizeText(t.Title), 120)
	artist := clip(SanitizeText(t.Artist), 80)
	genre := ""
	var genres []string
	for _, g := range t.Genres {
		g = strings.ToLower(clip(SanitizeText(g), 40))
		if g != "" && !contains(genres, g) && len(genres) < 3 {
			genres = append(genres, g)
		}
	}
	if len(genres) > 0 {
		genre = genres[0]
	}

	sentences := []string{templateOpening(p, tr, title, artist, genre, t.Year)}
	if s := templateSound(p^0x9e3779b97f4a7c15, tr); s != "" {
		sentences = append(sentences, s)
	}
	if s := templateInstruments(p^0x27d4eb2f165667c5, tr); s != "" {
		sentences = append(sentences, s)
	}
	contexts := templateContexts(p^0xc2b2ae3d27d4eb4f, tr)
	if s := templateUse(p^0x165667b19e3779f9, tr, contexts, t.Duration); s != "" {
		sentences = append(sentences, s)
	}
	n := Note{
		Text:          strings.Join(sentences, " "),
		Moods:         templateMoods(tr),
		Genres:        genres,
		Contexts:      contexts,
		Instruments:   familyWords(tr.Heard),
		Template:      true,
		PromptVersion: PromptVersion,
		CreatedAt:     time.Now().UTC(),
	}
	if t.Features != nil {
		n.FeatureVersion = t.Features.Version
	}
	return n
}

// notMusicNote says what a track that is not music is (silence, a test
// tone, a very short clip), and nothing else: no tempo, mood or use.
func notMusicNote(t TrackFacts) Note {
	subject := "This untitled track"
	if title := clip(SanitizeText(t.Title), 120); title != "" {
		subject = "“" + title + "”"
	}
	what := clip(SanitizeText(t.Features.NotMusic), 80)
	text := subject + " is " + what + ", not music: it has no tempo or key, and recommendations " +
		"leave it out unless asked for it."
	if t.Features.NotMusic == ListenerNotMusic {
		text = subject + " is " + what + ": recommendations leave it out unless asked for it."
	}
	return Note{
		Text:           text,
		Template:       true,
		PromptVersion:  PromptVersion,
		FeatureVersion: t.Features.Version,
		CreatedAt:      time.Now().UTC(),
	}
}

// picker chooses variants from a hash, using different bits each time.
type picker uint64

func (p *picker) pick(options ...string) string {
	v := uint64(*p)
	*p = picker(v*6364136223846793005 + 1442695040888963407)
	return options[(v>>33)%uint64(len(options))]
}

func templateOpening(p picker, tr Traits, title, artist, genre string, year int) string {
	subject := "This untitled track"
	if title != "" {
		subject = "“" + title + "”"
	}
	desc := ""
	switch {
	case genre != "" && year > 0:
		desc = fmt.Sprintf("a %d %s %s", year, genre, p.pick("track", "cut", "piece", "number"))
	case genre != "":
		desc = fmt.Sprintf("%s %s %s", article(genre), genre, p.pick("track", "cut", "piece", "number"))
	case year > 0:
		desc = fmt.Sprintf("a %s from %d", p.pick("track", "recording", "piece"), year)
	}
	var tempo string
	switch {
	case tr.Tempo == LevelLow:
		tempo = p.pick("at an unhurried %d BPM", "at a slow %d BPM", "at a patient %d BPM", "at a languid %d BPM")
	case tr.Tempo == LevelMid:
		tempo = p.pick("at a steady %d BPM", "at a walking %d BPM", "at a mid-tempo %d BPM", "at an easy %d BPM")
	case tr.Tempo == LevelHigh && tr.BPM >= 140:
		tempo = p.pick("at a fast %d BPM", "at a racing %d BPM", "at a rapid %d BPM")
	case tr.Tempo == LevelHigh:
		tempo = p.pick("at a lively %d BPM", "at an upbeat %d BPM", "at a brisk %d BPM")
	}
	if tempo != "" {
		tempo = fmt.Sprintf(tempo, tr.BPM)
	}
	key := ""
	if tr.Key != "" {
		// Every tempo phrase starts with "at", so "in KEY" follows any
		// verb and any tempo without stacking participles.
		key = "in " + tr.Key
		if tempo != "" {
			// After a tempo the key may come in other words.
			key = p.pick("in ", "in ", "keyed to ", ", rooted in ", ", centred on ", ", set in ") + tr.Key
		}
	}
	motion := strings.ReplaceAll(strings.TrimSpace(strings.Join(nonEmpty(tempo, key), " ")), " ,", ",")
	if motion == "" {
		if tr.Pulse == LevelLow {
			motion = p.pick("without a fixed pulse", "free of any set tempo", "with no beat to count", "in loose, unmeasured time",
				"adrift from any metre")
		} else {
			motion = p.pick("on its own terms", "at a pace of its own", "in its own time", "at an unmeasured pace", "as it pleases")
		}
	}
	by := ""
	if artist != "" {
		by = " by " + artist
	}
	switch p.pick("a", "b", "c") {
	case "a":
		if desc != "" {
			return fmt.Sprintf("%s%s, %s, %s %s.", subject, by, desc, p.pick("moves", "unfolds", "plays out"), motion)
		}
		return fmt.Sprintf("%s%s %s %s.", subject, by, p.pick("moves", "unfolds", "plays out"), motion)
	case "b":
		if artist != "" {
			lead := artist + "'s"
			if strings.HasSuffix(strings.ToLower(artist), "s") {
				lead = artist + "'"
			}
			if desc != "" {
				return fmt.Sprintf("%s %s is %s, %s.", lead, subject, desc, motion)
			}
			return fmt.Sprintf("%s %s %s %s.", lead, subject, p.pick("arrives", "comes in", "plays"), motion)
		}
		fallthrough
	default:
		if desc != "" {
			return fmt.Sprintf("%s %s%s, %s %s.", upperFirst(desc), subject, by, p.pick("heard", "played"), motion)
		}
		return fmt.Sprintf("Here is %s%s, %s.", subject, by, motion)
	}
}

func templateSound(p picker, tr Traits) string {
	var adj []string
	switch tr.Loudness {
	case LevelLow:
		adj = append(adj, p.pick("quiet", "hushed and quiet", "soft-spoken", "quiet, low-lit", "murmured", "quietly mixed"))
	case LevelHigh:
		adj = append(adj, p.pick("loud", "full-volume", "big and loud", "forceful", "loud, up-front", "hard-hitting"))
	}
	switch tr.Brightness {
	case LevelLow:
		adj = append(adj, p.pick("dark-toned", "warm and dark", "dark and shadowy", "low and dark", "dusky, dark", "dark, heavy in the low end"))
	case LevelHigh:
		adj = append(adj, p.pick("bright", "shimmering", "bright-edged", "glassy and bright", "bright, treble-rich", "sparkling"))
	}
	switch tr.Dynamics {
	case LevelLow:
		adj = append(adj, p.pick("tightly compressed", "flattened by compression", "dense and squeezed", "pressed flat", "wall-to-wall"))
	case LevelHigh:
		adj = append(adj, p.pick("dynamic", "wide-ranging", "full of swells and drops", "alive with contrast", "open in its dynamics"))
	}
	var texture []string
	switch tr.Density {
	case LevelLow:
		texture = append(texture, p.pick("plenty of space between the notes", "sparse, spacious playing", "room to breathe",
			"long gaps left open", "few notes, each given room", "an uncluttered arrangement", "silence used as an instrument"))
	case LevelHigh:
		texture = append(texture, p.pick("busy, tightly packed playing", "a constant flurry of notes", "a crowded, busy arrangement",
			"notes tumbling over each other", "a dense weave of parts", "hardly a gap anywhere", "layer upon layer of activity"))
	}
	switch tr.Pulse {
	case LevelHigh:
		texture = append(texture, p.pick("a steady beat underneath", "a clear, steady pulse", "a beat that never wavers",
			"a firm pulse", "a rock-steady rhythm", "a metronomic backbone", "a dependable groove", "a pulse to set a clock by"))
	case LevelLow:
		texture = append(texture, p.pick("a loose, drifting pulse", "no fixed beat to hold on to", "a rhythm that floats free",
			"time that stretches and bends", "a pulse you feel more than count", "an elastic sense of time"))
	}
	if len(adj) == 0 && len(texture) == 0 {
		return ""
	}
	if len(adj) == 0 {
		return fmt.Sprintf("%s %s.", p.pick("Listen for", "It offers", "Expect", "What stands out is", "Underneath lies", "It rests on",
			"Notice", "Its signature is", "The ear goes to", "At its heart is"), joinAnd(texture))
	}
	sound := joinAnd(adj)
	if len(texture) == 0 {
		return fmt.Sprintf("%s %s.", p.pick("The sound is", "The mix is", "It comes across", "The production is", "Sonically it is",
			"It sounds", "The recording is"), sound)
	}
	// Some descriptions only read after a verb ("alive with contrast"):
	// before a noun ("a … recording") they would not parse, so those take
	// the forms with a verb.
	beforeNoun := true
	for _, a := range adj {
		beforeNoun = beforeNoun && !afterVerbOnly[a]
	}
	switch p.pick("a", "b", "c", "d", "e", "f") {
	case "a":
		return fmt.Sprintf("The mix is %s, with %s.", sound, joinAnd(texture))
	case "b":
		return fmt.Sprintf("It sounds %s, built on %s.", sound, joinAnd(texture))
	case "c":
		if !beforeNoun {
			return fmt.Sprintf("The mix is %s, with %s.", sound, joinAnd(texture))
		}
		return fmt.Sprintf("Expect %s %s sound and %s.", article(sound), sound, joinAnd(texture))
	case "d":
		return fmt.Sprintf("%s defines it: %s.", upperFirst(joinAnd(texture)), sound)
	case "e":
		if !beforeNoun {
			return fmt.Sprintf("%s defines it: %s.", upperFirst(joinAnd(texture)), sound)
		}
		return fmt.Sprintf("%s meets %s.", upperFirst(joinAnd(texture)), sound+" production")
	default:
		if !beforeNoun {
			return fmt.Sprintf("It sounds %s, built on %s.", sound, joinAnd(texture))
		}
		return fmt.Sprintf("%s %s recording, it has %s.", upperFirst(article(sound)), sound, joinAnd(texture))
	}
}

// afterVerbOnly lists the sound descriptions that read after a verb ("it
// is alive with contrast") but not before a noun ("an alive with contrast
// recording").
var afterVerbOnly = map[string]bool{
	"full of swells and drops": true, "alive with contrast": true, "open in its dynamics": true,
	"flattened by compression": true, "pressed flat": true, "dark, heavy in the low end": true,
}

// contextProse turns a context word into a phrase that reads in a
// sentence: "a dinner party", "the commute".
var contextProse = map[string]string{
	"party": "a party", "dinner party": "a dinner party", "commute": "the commute", "focus": "focused work",
	"background": "background listening", "workout": "a workout", "road trip": "a road trip",
	"rainy day": "a rainy day", "morning": "the morning", "celebration": "a celebration",
	"evening": "the evening", "afternoon": "the afternoon", "night": "the night",
}

// contextVariants are the ways of saying a context that many notes
// suggest, one picked per note, so that no phrase of it repeats through
// the library.
var contextVariants = map[string][]string{
	"late night": {"a late night", "the small hours", "the late hours"},
}

func templateUse(p picker, tr Traits, contexts []string, d time.Duration) string {
	var s string
	var phrases []string
	for _, c := range contexts[:min(2, len(contexts))] {
		if ph, ok := contextProse[c]; ok {
			c = ph
		} else if vs, ok := contextVariants[c]; ok {
			c = p.pick(vs...)
		}
		phrases = append(phrases, c)
	}
	ctx := joinWith(phrases, p.pick("or", "or", "and"))
	switch tr.Energy {
	case LevelHigh:
		s = fmt.Sprintf(p.pick("An energetic listen, made for %s.", "It carries real energy, a fit for %s.", "High in energy, it suits %s.",
			"Keep it handy for %s.", "Plenty of drive here for %s.", "Its push makes it a natural for %s.",
			"Put it on for %s.", "This one wants %s.", "Good fuel for %s."), ctx)
	case LevelLow:
		if tr.Tempo == LevelHigh {
			// Low in energy at an upbeat or fast tempo: calm, gentle or
			// settling would contradict the tempo the note states.
			s = fmt.Sprintf(p.pick("Light in energy for all its pace, it suits %s.", "Its energy stays low at that pace; try it for %s.",
				"Quick but low in energy, it fits %s.", "Save it for %s.", "Try it for %s.", "It sits well with %s."), ctx)
			break
		}
		s = fmt.Sprintf(p.pick("A calm piece, well suited to %s.", "Its low energy suits %s.", "It keeps things calm, right for %s.",
			"Save it for %s.", "A gentle companion for %s.", "It settles nicely into %s.", "Try it for %s.",
			"Low-key enough for %s.", "It sits well with %s."), ctx)
	case LevelMid:
		s = fmt.Sprintf(p.pick("It keeps a moderate energy that works for %s.", "Even in energy, it fits %s.",
			"A middle-of-the-road energy makes it good for %s.", "It would slot easily into %s.", "Steady enough for %s.",
			"A good pick for %s.", "It keeps %s moving along.", "Neither sleepy nor pushy, it fits %s.", "Think of it for %s."), ctx)
	}
	// Length is worth a word only when it is out of the ordinary, and not
	// in every note that is.
	mention := p.pick("yes", "no", "no") == "yes"
	switch {
	case d >= 7*time.Minute && mention:
		s = strings.TrimSpace(s + " " + fmt.Sprintf(p.pick("At %d minutes it is in no hurry to end.", "It stretches out over %d minutes.",
			"It takes %d minutes to say its piece.", "Give it %d minutes; it uses them."), int(d.Minutes())))
	case d > 0 && d < time.Minute && mention:
		s = strings.TrimSpace(s + " " + fmt.Sprintf(p.pick("At %s it is over before it starts.", "It makes its point in %s.",
			"All of it fits in %s.", "%s and it is gone.", "A sketch of %s."), formatDuration(d)))
	}
	return s
}

// templateContexts suggests contexts from the traits: candidates that
// the energy, tempo, mode, brightness, loudness, density and beat allow,
// of which a few are picked, so that tracks of similar energy are not all
// sent to the same places.
func templateContexts(p picker, tr Traits) []string {
	var cand []string
	add := func(ok bool, s ...string) {
		if !ok {
			return
		}
		for _, v := range s {
			if !contains(cand, v) {
				cand = append(cand, v)
			}
		}
	}
	major, minor := tr.Mode == "major", tr.Mode == "minor"
	bright, dark := tr.Brightness == LevelHigh, tr.Brightness == LevelLow
	quiet, sparse, busy := tr.Loudness == LevelLow, tr.Density == LevelLow, tr.Density == LevelHigh
	add(tr.Danceable == LevelHigh, "dancing", "party")
	switch tr.Energy {
	case LevelHigh:
		add(tr.Tempo == LevelHigh || tr.Tempo == LevelMid, "working out")
		add(tr.Tempo == LevelHigh && tr.BPM >= 140, "running")
		add(true, "driving")
		add(major || bright, "road trip", "celebration")
		add(minor || dark, "late night")
		add(tr.Pulse == LevelHigh, "working")
	case LevelLow:
		// Winding down, sleep, meditation and relaxing ask for a slow or
		// moderate pace as well as little energy: not at 120 BPM or more.
		restful := tr.Tempo != LevelHigh
		add(!busy, "reading")
		add(tr.Loudness != LevelHigh, "late night")
		add(tr.Loudness != LevelHigh && restful, "winding down")
		add(quiet && sparse && restful, "sleeping", "meditation")
		add(major || bright, "morning")
		add(minor || dark, "rainy day")
		add(sparse, "studying")
		add(restful, "relaxing")
	case LevelMid:
		add(major, "cooking", "dinner party")
		add(!busy, "focus", "studying")
		add(tr.Pulse == LevelHigh, "commute", "working")
		add(bright, "morning")
		add(minor || dark, "rainy day", "late night")
		add(true, "background")
	}
	if len(cand) == 0 {
		cand = []string{"background", "commute", "reading", "working"}
	}
	// Pick a few by hash, so that tracks alike are not all sent to the
	// same places.
	var out []string
	rest := append([]string(nil), cand...)
	for len(out) < min(3, len(cand)) {
		i := int((uint64(p) >> 33) % uint64(len(rest)))
		p.pick("x")
		out = append(out, rest[i])
		rest = append(rest[:i], rest[i+1:]...)
	}
	return out
}

func templateMoods(tr Traits) []string {
	var m []string
	switch {
	case tr.Energy == LevelHigh && tr.Mode == "minor":
		m = []string{"intense", "tense"}
	case tr.Energy == LevelHigh:
		m = []string{"energetic", "uplifting"}
	case tr.Energy == LevelLow && tr.Mode == "minor":
		m = []string{"melancholic", "wistful"}
	case tr.Energy == LevelLow && tr.Tempo == LevelHigh:
		// Low in energy but not in pace: warm, not peaceful.
		m = []string{"warm", "hopeful"}
	case tr.Energy == LevelLow:
		m = []string{"peaceful", "warm"}
	case tr.Mode == "minor":
		m = []string{"reflective", "moody"}
	case tr.Mode == "major":
		m = []string{"warm", "hopeful"}
	default:
		m = []string{"reflective"}
	}
	if tr.Brightness == LevelLow && tr.Energy != LevelHigh {
		m = append(m, "brooding")
	}
	if tr.Danceable == LevelHigh {
		m = append(m, "groovy")
	}
	return m
}

// article returns "an" before a vowel sound (roughly) and "a" otherwise.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiouAEIOU", rune(word[0])) {
		return "an"
	}
	return "a"
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

func joinAnd(s []string) string { return joinWith(s, "and") }
func joinOr(s []string) string  { return joinWith(s, "or") }

func joinWith(s []string, conj string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	case 2:
		return s[0] + " " + conj + " " + s[1]
	}
	return strings.Join(s[:len(s)-1], ", ") + ", " + conj + " " + s[len(s)-1]
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
