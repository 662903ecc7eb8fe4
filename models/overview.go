package models

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// OverviewVersion changes whenever the overview facts, prompt, templates
// or checker change in a way that makes stored overviews worth rewriting.
const OverviewVersion = 2

// Kinds of overview.
const (
	OverviewArtist = "artist"
	OverviewAlbum  = "album"
	OverviewGenre  = "genre"
)

// GroupFacts are the measured facts of an artist's, an album's or a
// genre's tracks, as an overview states them.
type GroupFacts struct {
	Kind string `json:"kind"`
	Name string `json:"name"`
	// Artist is the album artist, for an album.
	Artist string `json:"artist,omitempty"`
	Tracks int    `json:"tracks"`
	// FirstYear and LastYear span the release years, 0 when unknown.
	FirstYear int `json:"first_year,omitempty"`
	LastYear  int `json:"last_year,omitempty"`
	// Tempos counts the tracks with a confident tempo; TempoMin,
	// TempoMax and TempoMedian are their BPM.
	Tempos      int `json:"tempos"`
	TempoMin    int `json:"tempo_min,omitempty"`
	TempoMax    int `json:"tempo_max,omitempty"`
	TempoMedian int `json:"tempo_median,omitempty"`
	// Major and Minor count the tracks with a confident key of each mode;
	// Keys are the commonest keys, most common first (up to three).
	Major int      `json:"major"`
	Minor int      `json:"minor"`
	Keys  []string `json:"keys,omitempty"`
	// Calm, Moderate and Energetic count tracks by measured energy.
	Calm      int `json:"calm"`
	Moderate  int `json:"moderate"`
	Energetic int `json:"energetic"`
	// Genres (for artists and albums) and Artists (for genres) are the
	// commonest, most common first.
	Genres  []string `json:"genres,omitempty"`
	Artists []string `json:"artists,omitempty"`
	// Instruments, Moods and Contexts are the words the tracks' notes use
	// most (in at least two notes, or the only note), most common first.
	Instruments []string `json:"instruments,omitempty"`
	Moods       []string `json:"moods,omitempty"`
	Contexts    []string `json:"contexts,omitempty"`

	// members are the tracks' traits, for the checker.
	members []Traits
}

// Overview is an overview of an artist, album or genre.
type Overview struct {
	Text string
	// Facts are what it was written from.
	Facts GroupFacts
	// Model wrote it; empty for a template.
	Model    string
	Template bool
	Version  int
	// Key identifies the inputs: model, version and facts.
	Key string
	// Dropped lists the sentences the checker removed.
	Dropped   []string
	CreatedAt time.Time
	// Fallback says why a template was written instead, or is empty.
	Fallback string
}

// SummarizeGroup measures a group of tracks and their notes (notes[i]
// belongs to tracks[i]; a missing note is a zero Note).
func SummarizeGroup(kind, name, artist string, tracks []TrackFacts, notes []Note) GroupFacts {
	g := GroupFacts{Kind: kind, Name: clip(SanitizeText(name), 120), Artist: clip(SanitizeText(artist), 120), Tracks: len(tracks)}
	var bpms []int
	keys, genres, artists := counter{}, counter{}, counter{}
	instruments, moods, contexts := counter{}, counter{}, counter{}
	for i, t := range tracks {
		tr := ReadTraits(t.Features)
		if t.Features != nil && t.Features.NotMusic != "" {
			tr = Traits{}
		}
		g.members = append(g.members, tr)
		if t.Year > 0 {
			if g.FirstYear == 0 || t.Year < g.FirstYear {
				g.FirstYear = t.Year
			}
			g.LastYear = max(g.LastYear, t.Year)
		}
		if tr.BPM > 0 {
			bpms = append(bpms, tr.BPM)
		}
		switch tr.Mode {
		case "major":
			g.Major++
		case "minor":
			g.Minor++
		}
		if tr.Key != "" {
			keys.add(tr.Key)
		}
		switch tr.Energy {
		case LevelLow:
			g.Calm++
		case LevelMid:
			g.Moderate++
		case LevelHigh:
			g.Energetic++
		}
		for _, gn := range t.Genres {
			genres.add(strings.ToLower(clip(SanitizeText(gn), 40)))
		}
		a := t.AlbumArtist
		if a == "" {
			a = t.Artist
		}
		artists.add(clip(SanitizeText(a), 80))
		if i < len(notes) {
			for _, w := range notes[i].Instruments {
				instruments.add(w)
			}
			for _, w := range notes[i].Moods {
				moods.add(w)
			}
			for _, w := range notes[i].Contexts {
				contexts.add(w)
			}
		}
	}
	if len(bpms) > 0 {
		sort.Ints(bpms)
		g.Tempos, g.TempoMin, g.TempoMax, g.TempoMedian = len(bpms), bpms[0], bpms[len(bpms)-1], bpms[len(bpms)/2]
	}
	g.Keys = keys.top(3, 1)
	minNotes := min(2, len(tracks))
	g.Instruments, g.Moods, g.Contexts = instruments.top(4, minNotes), moods.top(3, minNotes), contexts.top(3, minNotes)
	if kind == OverviewGenre {
		g.Artists = artists.top(4, 1)
	} else {
		g.Genres = genres.top(3, 1)
	}
	return g
}

// counter counts words and returns the commonest.
type counter map[string]int

func (c counter) add(w string) {
	if w = strings.TrimSpace(w); w != "" {
		c[w]++
	}
}

// top returns up to n words counted at least atLeast times, most common
// first, ties in alphabetical order.
func (c counter) top(n, atLeast int) []string {
	var out []string
	for w, k := range c {
		if k >= atLeast {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if c[out[i]] != c[out[j]] {
			return c[out[i]] > c[out[j]]
		}
		return out[i] < out[j]
	})
	return out[:min(n, len(out))]
}

// Words returns the facts as the plain statements given to the model and
// used by the template, such as "tempo 126 to 134 BPM (median 130)".
func (g GroupFacts) Words() []string {
	var w []string
	w = append(w, fmt.Sprintf("%d tracks", g.Tracks))
	switch {
	case g.FirstYear > 0 && g.FirstYear == g.LastYear:
		w = append(w, fmt.Sprintf("released %d", g.FirstYear))
	case g.FirstYear > 0:
		w = append(w, fmt.Sprintf("released %d to %d", g.FirstYear, g.LastYear))
	}
	switch {
	case g.Tempos == 0:
		w = append(w, "tempo not measured with confidence")
	case g.TempoMin == g.TempoMax:
		w = append(w, fmt.Sprintf("tempo %d BPM (%d of %d tracks measured)", g.TempoMin, g.Tempos, g.Tracks))
	default:
		w = append(w, fmt.Sprintf("tempo %d to %d BPM, median %d (%d of %d tracks measured)", g.TempoMin, g.TempoMax, g.TempoMedian, g.Tempos, g.Tracks))
	}
	if g.Major+g.Minor > 0 {
		w = append(w, fmt.Sprintf("%d in major keys, %d in minor keys", g.Major, g.Minor))
	}
	if len(g.Keys) > 0 {
		w = append(w, "commonest keys "+strings.Join(g.Keys, ", "))
	}
	w = append(w, fmt.Sprintf("energy: %d calm, %d moderate, %d energetic", g.Calm, g.Moderate, g.Energetic))
	if len(g.Genres) > 0 {
		w = append(w, "genres "+strings.Join(g.Genres, ", "))
	}
	if len(g.Artists) > 0 {
		w = append(w, "artists "+strings.Join(g.Artists, ", "))
	}
	if len(g.Instruments) > 0 {
		w = append(w, "instruments the notes hear: "+strings.Join(g.Instruments, ", "))
	}
	if len(g.Moods) > 0 {
		w = append(w, "moods the notes name: "+strings.Join(g.Moods, ", "))
	}
	return w
}

// CheckOverview removes every sentence of text that contradicts the
// group's tracks: a tempo, energy, loudness, brightness or dance word that
// fits fewer than half of the tracks measured on it (any one of them when
// the sentence says "some", "a few", "one" or "occasionally"), a BPM figure
// outside the measured range, and a key or mode that too few tracks have.
func CheckOverview(text string, g GroupFacts) (kept string, dropped []string) {
	var keep []string
	for _, sent := range SplitSentences(text) {
		if why := groupContradictions(sent, g); len(why) > 0 {
			dropped = append(dropped, fmt.Sprintf("sentence %q: %s", sent, strings.Join(why, "; ")))
			continue
		}
		keep = append(keep, sent)
	}
	return strings.Join(keep, " "), dropped
}

// keyNameRe finds a key's name, such as "F# minor" or "Bb major".
var keyNameRe = regexp.MustCompile(`\b([A-G])(#|♯|b|♭|-sharp| sharp|-flat| flat)?[ -](major|minor|Major|Minor)\b`)

// groupModeRe finds a mode claimed of tracks: "minor keys", "in major".
var groupModeRe = regexp.MustCompile(`(?i)\b(major|minor)(?:[ -](?:keys?|modes?|tonalit(?:y|ies)|scales?))?\b`)

// qualifiers make a claim about some of the tracks, not most.
var qualifiers = map[string]bool{"some": true, "few": true, "one": true, "occasionally": true, "sometimes": true,
	"several": true, "couple": true, "exception": true, "except": true, "two": true, "three": true}

func groupContradictions(s string, g GroupFacts) []string {
	var out []string
	toks := tokens(s)
	qualified := false
	for _, t := range toks {
		qualified = qualified || qualifiers[t]
	}
	share := func(holds func(Traits) (known, ok bool)) (int, int) {
		known, yes := 0, 0
		for _, m := range g.members {
			k, ok := holds(m)
			if !k {
				continue
			}
			known++
			if ok {
				yes++
			}
		}
		return yes, known
	}
	enough := func(yes, known int) bool {
		if known == 0 {
			return false
		}
		if qualified {
			return yes > 0
		}
		return 2*yes >= known
	}
	for _, clause := range splitClauses(s) {
		ct := tokens(clause)
		for i := 0; i < len(ct); {
			n, c, phrase := matchPhrase(ct, i)
			if n == 0 {
				i++
				continue
			}
			if c.axis >= 0 {
				neg := negated(ct, i)
				yes, known := share(func(t Traits) (bool, bool) {
					l := t.level(c.axis)
					return l != LevelUnknown, judge(c, neg, phrase, t) == ""
				})
				if known > 0 && !enough(yes, known) {
					out = append(out, fmt.Sprintf("%q fits %d of the %d tracks measured", phrase, yes, known))
				} else if known == 0 && c.axis == axTempo && !neg {
					out = append(out, fmt.Sprintf("%q but no tempo was measured", phrase))
				}
			}
			i += n
		}
	}
	for _, m := range bpmRe.FindAllStringSubmatch(s, -1) {
		v, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			continue
		}
		if g.Tempos == 0 || v < float64(g.TempoMin)-3 || v > float64(g.TempoMax)+3 {
			out = append(out, fmt.Sprintf("%q but the tempos are %s", m[0], g.tempoRange()))
		}
	}
	keyed := keyNameRe.FindAllStringSubmatchIndex(s, -1)
	for _, ix := range keyed {
		named := s[ix[2]:ix[1]]
		mode, pc := strings.ToLower(s[ix[6]:ix[7]]), pitchClass(named)
		yes, _ := share(func(t Traits) (bool, bool) {
			return t.Mode != "", t.Mode == mode && pitchClass(t.Key) == pc
		})
		if yes == 0 {
			out = append(out, fmt.Sprintf("%q but no track is in that key", s[ix[0]:ix[1]]))
		}
	}
	for _, ix := range groupModeRe.FindAllStringSubmatchIndex(s, -1) {
		inKey := false
		for _, k := range keyed {
			inKey = inKey || (ix[0] < k[1] && k[0] < ix[1])
		}
		if inKey {
			continue
		}
		mode := strings.ToLower(s[ix[2]:ix[3]])
		pre := tokens(s[:ix[0]])
		if negated(append(pre, mode), len(pre)) {
			continue
		}
		yes, known := share(func(t Traits) (bool, bool) { return t.Mode != "", t.Mode == mode })
		// "N of M in minor keys" states a count: it must be the count.
		if counted := countBefore(s[:ix[0]]); counted >= 0 {
			if counted != yes {
				out = append(out, fmt.Sprintf("%q but %d tracks are in %s keys", s[ix[0]:ix[1]], yes, mode))
			}
			continue
		}
		if !enough(yes, known) {
			out = append(out, fmt.Sprintf("%q but %d of %d tracks are in %s keys", s[ix[0]:ix[1]], yes, known, mode))
		}
	}
	return out
}

// countBefore returns the number stated just before a mode phrase, as in
// "3 of 4 in minor keys" or "two in major keys", or -1.
func countBefore(s string) int {
	toks := tokens(s)
	words := map[string]int{"none": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "all": -2}
	for j := len(toks) - 1; j >= 0 && j >= len(toks)-4; j-- {
		if n, err := strconv.Atoi(toks[j]); err == nil {
			// "3 of 4": the first number is the count.
			if j >= 2 && toks[j-1] == "of" {
				if m, err := strconv.Atoi(toks[j-2]); err == nil {
					return m
				}
			}
			return n
		}
		if n, ok := words[toks[j]]; ok && n >= 0 {
			return n
		}
	}
	return -1
}

func (g GroupFacts) tempoRange() string {
	if g.Tempos == 0 {
		return "unknown"
	}
	if g.TempoMin == g.TempoMax {
		return fmt.Sprintf("%d BPM", g.TempoMin)
	}
	return fmt.Sprintf("%d to %d BPM", g.TempoMin, g.TempoMax)
}

// OverviewKey identifies an overview's inputs for the given model ("" for
// a template).
func OverviewKey(g GroupFacts, model string) string {
	b, _ := json.Marshal(g)
	h := sha256.New()
	fmt.Fprintf(h, "sleeve-overview\x00%d\x00%s\x00", OverviewVersion, normModelOrTemplate(model))
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func normModelOrTemplate(m string) string {
	if m == "" {
		return "template"
	}
	return normModel(m)
}

// overviewSystem is the system prompt for overviews.
const overviewSystem = "You write a short overview of an artist, an album or a genre in a person's music library, " +
	"from the measured facts of its tracks. " + dataRule + " Write 2 or 3 sentences in \"text\". State tempos as the " +
	"measured range, keys and modes as counted, and energy as its spread; never call the whole group fast, slow, " +
	"calm or energetic unless most of its tracks are. Do not invent biography, history, members, labels or chart " +
	"positions: say only what the facts support."

var overviewSchema = mustJSON(map[string]any{
	"type":       "object",
	"properties": map[string]any{"text": map[string]any{"type": "string", "minLength": 20, "maxLength": 480}},
	"required":   []string{"text"},
})

// WriteOverview writes the overview of g with the client's chat model, or
// from a template without one (nil client) or when the model fails or
// every sentence it writes contradicts the facts; Fallback then says why.
// It fails only when ctx ends.
func WriteOverview(ctx context.Context, c *Client, g GroupFacts) (Overview, error) {
	if c == nil {
		return TemplateOverview(g), nil
	}
	data := struct {
		Kind   string   `json:"kind"`
		Name   string   `json:"name"`
		Artist string   `json:"album_artist,omitempty"`
		Facts  []string `json:"measured_facts"`
	}{g.Kind, g.Name, g.Artist, g.Words()}
	user := "Group data (JSON):\n" + dataJSON(data) + "\nWrite the overview."
	content, err := c.chatJSON(ctx, overviewSystem, user, overviewSchema, map[string]any{"temperature": 0.4, "num_predict": 300, "seed": 7})
	if err != nil {
		if e := ctxErr(ctx); e != nil {
			return Overview{}, e
		}
		o := TemplateOverview(g)
		o.Fallback = err.Error()
		return o, nil
	}
	var r struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal([]byte(strings.TrimSpace(content)), &r); err != nil {
		o := TemplateOverview(g)
		o.Fallback = "the model's reply was malformed"
		return o, nil
	}
	text := clip(strings.Join(firstN(SplitSentences(SanitizeText(r.Text)), 3), " "), maxNoteChars)
	kept, dropped := CheckOverview(text, g)
	if !hasLetters(kept) {
		o := TemplateOverview(g)
		o.Dropped, o.Fallback = dropped, "every sentence the model wrote contradicted the tracks"
		return o, nil
	}
	return Overview{Text: kept, Facts: g, Model: c.ChatModel(), Version: OverviewVersion, Key: OverviewKey(g, c.ChatModel()),
		Dropped: dropped, CreatedAt: time.Now().UTC()}, nil
}

func firstN(s []string, n int) []string { return s[:min(n, len(s))] }

// TemplateOverview writes an overview from the facts alone. It states the
// measured tempo range, the modes as counted and the energy spread, so it
// cannot contradict the tracks.
func TemplateOverview(g GroupFacts) Overview {
	p := picker(fnvHash(g.Kind, g.Name, g.Artist))
	var s []string
	s = append(s, overviewOpening(&p, g))
	if t := overviewSound(&p, g); t != "" {
		s = append(s, t)
	}
	if t := overviewNotes(&p, g); t != "" {
		s = append(s, t)
	}
	return Overview{Text: strings.Join(s, " "), Facts: g, Template: true, Version: OverviewVersion,
		Key: OverviewKey(g, ""), CreatedAt: time.Now().UTC()}
}

func overviewOpening(p *picker, g GroupFacts) string {
	tracks := plural(g.Tracks, "track")
	years := ""
	switch {
	case g.FirstYear > 0 && g.FirstYear == g.LastYear:
		years = fmt.Sprintf(" from %d", g.FirstYear)
	case g.FirstYear > 0:
		years = fmt.Sprintf(" from %d to %d", g.FirstYear, g.LastYear)
	}
	switch g.Kind {
	case OverviewArtist:
		genre := ""
		if len(g.Genres) > 0 {
			genre = ", " + p.pick("mostly filed under ", "largely ", "tagged ") + joinAnd(g.Genres[:min(2, len(g.Genres))])
		}
		return fmt.Sprintf("%s has %s in the library%s%s.", g.Name, tracks, years, genre)
	case OverviewAlbum:
		by := ""
		if g.Artist != "" {
			by = " by " + g.Artist
		}
		return fmt.Sprintf("“%s”%s holds %s%s.", g.Name, by, tracks, years)
	default:
		who := ""
		if len(g.Artists) > 0 {
			who = ", " + p.pick("chiefly by ", "led by ", "mostly from ") + joinAnd(g.Artists[:min(3, len(g.Artists))])
		}
		return fmt.Sprintf("The library files %s under %s%s%s.", tracks, g.Name, years, who)
	}
}

func overviewSound(p *picker, g GroupFacts) string {
	var parts []string
	where := ""
	if g.Tempos < g.Tracks {
		where = fmt.Sprintf(" on the %d tracks with a clear beat", g.Tempos)
	}
	switch {
	case g.Tempos == 0:
	case g.Tempos == 1 && g.Tracks > 1:
		parts = append(parts, fmt.Sprintf("has a clear beat on only one track, at %d BPM", g.TempoMin))
	case g.TempoMin == g.TempoMax:
		parts = append(parts, fmt.Sprintf("%s %d BPM%s", p.pick("sits at", "keeps to"), g.TempoMin, where))
	default:
		parts = append(parts, fmt.Sprintf("%s %d and %d BPM%s", p.pick("runs between", "ranges between", "moves between"), g.TempoMin, g.TempoMax, where))
	}
	if n := g.Major + g.Minor; n > 0 {
		mode := ""
		all := fmt.Sprintf("all %d keyed tracks", n)
		if n == 2 {
			all = "both keyed tracks"
		}
		switch {
		case g.Minor == n && n > 1:
			mode = all + " in minor"
		case g.Major == n && n > 1:
			mode = all + " in major"
		case g.Minor == n:
			mode = "its one keyed track in minor"
		case g.Major == n:
			mode = "its one keyed track in major"
		case g.Minor > g.Major:
			mode = fmt.Sprintf("%d of %d in minor keys", g.Minor, n)
		default:
			mode = fmt.Sprintf("%d of %d in major keys", g.Major, n)
		}
		if len(g.Keys) > 0 {
			mode += " (" + p.pick("commonest keys: ", "most frequent keys: ", "keys heard most: ") + joinAnd(g.Keys[:min(2, len(g.Keys))]) + ")"
		}
		parts = append(parts, mode)
	}
	// energy is an adjective phrase ("calm throughout"), which reads after
	// "is", never after "with".
	energy := ""
	total := g.Calm + g.Moderate + g.Energetic
	// Tracks not measured (not analysed yet, not analysable, or not
	// music) have no energy: what all the others share is said of them.
	measured := ""
	switch {
	case total == g.Tracks:
	case total == 1:
		measured = " on the one track measured"
	case total == 2:
		measured = " on both tracks measured"
	default:
		measured = fmt.Sprintf(" on all %d tracks measured", total)
	}
	switch {
	case total == 0:
	case measured != "" && g.Energetic == total:
		energy = "high in energy" + measured
	case measured != "" && g.Calm == total:
		energy = "low in energy" + measured
	case measured != "" && g.Moderate == total:
		energy = "of moderate energy" + measured
	case g.Energetic == total:
		energy = p.pick("energetic throughout", "high in energy on every track")
	case g.Calm == total:
		energy = p.pick("calm throughout", "low in energy on every track")
	case g.Moderate == total:
		energy = p.pick("of moderate energy throughout", "even in energy")
	default:
		var spread []string
		for _, e := range []struct {
			n    int
			word string
		}{{g.Calm, "calm"}, {g.Moderate, "moderate"}, {g.Energetic, "energetic"}} {
			if e.n > 0 {
				spread = append(spread, fmt.Sprintf("%d %s", e.n, e.word))
			}
		}
		parts = append(parts, "an energy spread of "+joinAnd(spread))
	}
	if len(parts) == 0 && energy == "" {
		return ""
	}
	subject := map[string]string{OverviewArtist: "The music", OverviewAlbum: "It", OverviewGenre: "Here the music"}[g.Kind]
	if len(parts) == 0 {
		return upperFirst(fmt.Sprintf("%s is %s.", subject, energy))
	}
	lead := withVerb(parts[0])
	sentence := subject + " " + lead
	if len(parts) > 1 {
		sentence += ", with " + joinAnd(parts[1:])
	}
	switch {
	case energy == "":
	case len(parts) > 1:
		sentence += ", and is " + energy
	case strings.HasPrefix(lead, "is "):
		sentence += " and " + energy
	default:
		sentence += " and is " + energy
	}
	return upperFirst(sentence + ".")
}

// withVerb makes a phrase that does not start with a verb follow "is".
func withVerb(s string) string {
	for _, v := range []string{"sits", "keeps", "runs", "ranges", "moves", "has"} {
		if strings.HasPrefix(s, v+" ") {
			return s
		}
	}
	return "is " + s
}

func overviewNotes(p *picker, g GroupFacts) string {
	var parts []string
	if len(g.Instruments) > 0 {
		parts = append(parts, p.pick("hear ", "pick out ")+joinAnd(g.Instruments[:min(3, len(g.Instruments))]))
	}
	if len(g.Moods) > 0 {
		parts = append(parts, p.pick("call it ", "find it ")+joinAnd(g.Moods[:min(2, len(g.Moods))]))
	}
	if len(parts) == 0 {
		return ""
	}
	return "Its notes " + joinAnd(parts) + "."
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func fnvHash(parts ...string) uint64 {
	var h uint64 = 14695981039346656037
	for _, s := range parts {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
		h ^= 0
		h *= 1099511628211
	}
	return h
}
