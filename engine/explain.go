package engine

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"sleeve/library"
	"sleeve/library/analysis"
	"sleeve/models"
	"sleeve/models/vocab"
)

func itoa(n int) string { return strconv.Itoa(n) }

func fmtDuration(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	if m >= 60 {
		return fmt.Sprintf("%d h %02d min", m/60, m%60)
	}
	return fmt.Sprintf("%d min", m)
}

// maxReasons bounds the reasons given per item.
const maxReasons = 4

// reasons turns the signals that ranked row i into sentences, strongest
// contribution first.
func (s *scorer) reasons(i int32, sig, contrib Breakdown) []string {
	cv := contrib.vec()
	order := make([]int, len(cv))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return cv[order[a]] > cv[order[b]] })
	var out []string
	textDone, textAt := false, -1
	var shown []string // the signals of the other reasons given
	for _, k := range order {
		if len(out) >= maxReasons || cv[k] < 0.02 {
			break
		}
		var r string
		switch signalNames[k] {
		case "semantic", "lexical":
			if textDone {
				continue
			}
			textDone = true
			r = s.textReason(i, sig, nil)
			if r != "" {
				textAt = len(out)
			}
		case "fit":
			r = s.fitReason(i)
		case "sounds_like":
			if a := s.c.artists[s.c.artist[i]]; slices.Contains(s.q.OnlyArtists, a) {
				// "songs by X": X's own track is by X, not like X.
				r = "by " + a
			} else if s.q.SeedLabel != "" {
				r = "it sounds like " + s.q.SeedLabel
				if shared := s.sharedHeard(i); len(shared) > 0 {
					r += " (" + joinAnd(shared) + " heard in both)"
				}
			} else if len(s.q.Away) > 0 {
				r = "it is unlike the last list"
			}
		case "taste":
			r = s.tasteReason(i)
		case "context":
			r = s.contextReason(i)
		case "novelty":
			switch {
			case s.likedRow(i):
				// The taste reason says it: "you liked it".
			case s.c.plays[i] == 0 && s.dialOn && s.dial < 0.5:
				// Asked for the familiar, a track never played gains only
				// by its artist, which the taste reason names.
			case s.c.plays[i] == 0:
				r = "you have never played it"
			default:
				r = fmt.Sprintf("one of your familiar tracks (%d plays)", s.c.plays[i])
			}
		}
		if r != "" {
			out = append(out, r)
			if k := signalNames[k]; k != "semantic" && k != "lexical" {
				shown = append(shown, k)
			}
		}
	}
	if textAt >= 0 {
		// The words another reason names ("tagged energetic", "its note
		// suits driving", "it is jazz") are not said twice.
		if r := s.textReason(i, sig, s.citedElsewhere(i, shown)); r != "" {
			out[textAt] = r
		} else {
			out = append(out[:textAt], out[textAt+1:]...)
		}
	}
	if sig.Dislike < -0.3 && len(out) < maxReasons+1 {
		if j, ok := s.closestDisliked(i); ok && j == i {
			out = append(out, "held back: you rated it down or skipped it")
		} else if ok {
			out = append(out, "held back: close to "+s.c.label(j)+", which you rated down")
		}
	}
	if len(out) == 0 {
		out = append(out, "it is among the best remaining matches")
	}
	return out
}

// numberWords say a number's unit, approximation or bound in a request
// ("around 124", "96 beats", "over 120 bpm"). A note that holds one ("built
// around the bass", "a steady beat") says nothing of what was asked for,
// so a reason cites neither them nor numbers, which the measured tempo
// and year answer in their own reasons.
var numberWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`around approximately approx roughly circa near nearly over under above below
		between least most max maximum minimum tops bpm beats tempo per ish`) {
		numberWords[stem(w)] = true
	}
}

// talkWords refuse or point at the list ("nothing by X", "none of the
// rock", "why the second one", "anything else"): a note that holds one
// ("nothing fancy", "one long chord") shares nothing with what was asked,
// so a reason never cites them. They stay in the lexical signal, whose
// terms the ranking was tuned on.
var talkWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`nothing none one ones why else anything without except never`) {
		talkWords[stem(w)] = true
	}
}

// textReason names the request words the track's note, tags, title,
// album or artist share, as the person wrote them ("melodies", not the
// stem "melodie"), and where each was found ("its note says warm", "its
// tags say synth, pop", "its title has velvet"), leaving out numbers,
// numberWords, talkWords, the terms of cited (said by another reason),
// words the person did not write (the name of a context read from other
// words: "party" of "for dinner") and words most of the library's text
// holds (a template's "heard at 126 BPM" says nothing of this track).
func (s *scorer) textReason(i int32, sig Breakdown, cited map[string]bool) string {
	var words []string
	var where []textSource
	seen := map[string]bool{}
	have := s.c.textWords(i)
	written := writtenWords(s.q.Text)
	for _, t := range s.terms {
		src, ok := have[t]
		if !ok || seen[t] || numberWords[t] || talkWords[t] || cited[t] || strings.ContainsFunc(t, unicode.IsDigit) {
			continue
		}
		seen[t] = true
		w := written[t]
		if w == "" || s.c.commonTerm(t) {
			continue
		}
		words = append(words, w)
		where = append(where, src)
	}
	if len(words) > 0 {
		words, where = words[:min(4, len(words))], where[:min(4, len(words))]
		var parts []string
		for _, src := range []textSource{fromNote, fromTags, fromTitle, fromAlbum, fromArtist} {
			var ws []string
			for k, w := range words {
				if where[k] == src {
					ws = append(ws, w)
				}
			}
			if len(ws) > 0 {
				parts = append(parts, textSourceSays[src]+strings.Join(ws, ", "))
			}
		}
		return joinAnd(parts)
	}
	if sig.Semantic > 0 {
		return fmt.Sprintf("its note is close to what you asked for (similarity %.2f)", sig.Semantic)
	}
	return ""
}

// citedElsewhere returns the terms the reasons of the signals shown
// (fit, context, sounds-like) name for row i: the moods it is tagged with
// and the instruments its note names that the request asks for, the
// genres asked for, the context its note suits, and the tracks or
// artists it sounds like.
func (s *scorer) citedElsewhere(i int32, shown []string) map[string]bool {
	cited := map[string]bool{}
	cite := func(text string) {
		for _, t := range tokenize(text) {
			cited[t] = true
		}
	}
	c, q := s.c, s.q
	for _, k := range shown {
		switch k {
		case "sounds_like":
			cite(q.SeedLabel) // "it sounds like Halcyon Drift"
		case "fit":
			for _, m := range q.Moods {
				if c.tags[i].has(m) {
					cite(m)
				}
			}
			for _, w := range q.Instruments {
				if c.tags[i].has(w) {
					cite(w)
				}
			}
			if s.genreOn {
				for _, g := range q.Genres {
					cite(g)
				}
			}
		case "context":
			if s.ctxTag != "" {
				cite(s.ctxTag)
				for _, kin := range contextKin[s.ctxTag] {
					if c.tags[i].has(kin) {
						cite(kin)
					}
				}
			}
		}
	}
	return cited
}

// textSource is where a track holds a word of the request: its note, its
// tags (genres, moods, instruments, contexts), its title, its album's
// title or its artist's name, in the order a reason prefers them.
type textSource uint8

const (
	fromNote textSource = iota
	fromTags
	fromTitle
	fromAlbum
	fromArtist
)

// textSourceSays begins a reason's words from each source.
var textSourceSays = [...]string{
	fromNote:   "its note says ",
	fromTags:   "its tags say ",
	fromTitle:  "its title has ",
	fromAlbum:  "its album's title has ",
	fromArtist: "its artist's name has ",
}

// writtenWords maps the terms of text (see tokenize) to the words they
// come from, the first of each.
func writtenWords(text string) map[string]string {
	m := map[string]string{}
	for _, f := range strings.FieldsFunc(foldText(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if t := stem(f); m[t] == "" {
			m[t] = f
		}
	}
	return m
}

// fitReason names the constraints row i fits.
func (s *scorer) fitReason(i int32) string {
	c, q := s.c, s.q
	var parts []string
	if c.hasFeat[i] {
		if s.hasTempo && c.bpm[i] > 0 {
			parts = append(parts, c.tempoReading(i)+" fits "+q.TempoLabel)
		} else if s.hasTempo && c.beatless(i) {
			parts = append(parts, "no beat, which fits "+q.TempoLabel)
		} else if !s.hasTempo && s.hasPrefer && s.preferFit(i, 0) >= 1 {
			if c.bpm[i] > 0 {
				parts = append(parts, c.tempoReading(i)+" fits "+q.TempoLabel)
			} else {
				parts = append(parts, "no beat, which fits "+q.TempoLabel)
			}
		}
		// The track's energy fits when it is near the target and of the
		// same level in the words notes use, so that "energy 0.33 fits
		// moderate energy" is never said of what a note calls calm.
		// A change of energy ("calmer") is a direction from the energy it
		// was measured from: a track fits it near the target, and also
		// when it makes at least half the step asked, however far past
		// the target it goes.
		e := float64(c.energy[i])
		near := q.Energy != nil && math.Abs(e-*q.Energy) <= 0.2 && models.EnergyLevel(e) == models.EnergyLevel(*q.Energy)
		switch {
		case q.EnergyShift != 0 && q.EnergyFrom > 0:
			if d := float64(q.EnergyShift) * (e - q.EnergyFrom); d > 0 && (near || d >= energyStep(q.SlightShift)/2) {
				parts = append(parts, fmt.Sprintf("energy %.2f fits %s (from %.2f)", e, q.EnergyLabel, q.EnergyFrom))
			}
		case near:
			parts = append(parts, fmt.Sprintf("energy %.2f fits %s", e, q.EnergyLabel))
		}
		if q.Mode != "" && c.minor[i] == (q.Mode == "minor") {
			parts = append(parts, "a "+q.Mode+" key")
		}
	}
	if y := int(c.year[i]); s.hasYears() && s.inYears(i) ||
		y > 0 && (q.PreferYearMax > 0 && y <= q.PreferYearMax || q.PreferYearMin > 0 && y >= q.PreferYearMin) {
		// Its year, when the request asked for years or an era that the
		// track is of ("old songs": "from 1975").
		parts = append(parts, fmt.Sprintf("from %d", y))
	}
	var moods []string
	for _, m := range q.Moods {
		if c.tags[i].has(m) {
			moods = append(moods, m)
		}
	}
	if len(moods) > 0 {
		parts = append(parts, "tagged "+strings.Join(moods, ", "))
	} else if r := s.moodReason(i); r != "" {
		parts = append(parts, r)
	}
	if r := s.instrumentReason(i); r != "" {
		parts = append(parts, r)
	}
	if s.genreOn {
		for _, g := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
			if s.wantGenre[g] == 1 {
				parts = append(parts, "it is "+c.genres[g])
				break
			}
			if s.wantGenre[g] > 0 {
				parts = append(parts, "it is "+c.genres[g]+", close to "+strings.Join(q.Genres, " and "))
				break
			}
		}
	}
	if q.Instrumental && !c.tags[i].has("vocals") {
		parts = append(parts, "no vocals")
	}
	for _, w := range q.Sounds {
		if f, ok := c.soundFit(i, w); ok && f >= soundReasonFrom {
			parts = append(parts, soundReason(w, f)+" fits "+q.SoundSaid[w])
		}
	}
	return strings.Join(parts, "; ")
}

// soundReasonFrom is the rank on a quality's measure from which a reason
// says the track has the quality.
const soundReasonFrom = 0.7

// soundStanding says where a track with much of each quality stands in
// its library: among the first share ("a beat among the steadiest %d %%")
// and first of all.
var soundStanding = map[string][2]string{
	models.SoundSteady:     {"a beat among the steadiest %d %%", "the steadiest beat"},
	models.SoundLoose:      {"a pulse among the loosest %d %%", "the loosest pulse"},
	models.SoundSparse:     {"among the sparsest %d %%", "the sparsest"},
	models.SoundBusy:       {"among the busiest %d %%", "the busiest"},
	models.SoundRough:      {"among the noisiest, roughest %d %%", "the noisiest, roughest"},
	models.SoundClean:      {"among the cleanest-sounding %d %%", "the cleanest-sounding"},
	models.SoundRepetitive: {"among the most repetitive %d %%", "the most repetitive"},
	models.SoundVaried:     {"among the most varied %d %%", "the most varied"},
}

// soundReason says where a track of rank f on quality w's measure stands
// in its library: "among the busiest 8 % of your library", or "the
// busiest of your library" at the very end.
func soundReason(w string, f float64) string {
	if f >= 1 {
		return soundStanding[w][1] + " of your library"
	}
	return fmt.Sprintf(soundStanding[w][0], max(1, int(math.Ceil(100*(1-f))))) + " of your library"
}

// moodReason says why row i, tagged with none of the moods asked for,
// fits the first of them it fits at all: a kind of it or a mood near it
// that its note gives ("tagged melancholic, a kind of sad", "tagged
// brooding, close to dark"), or else the measurements that
// make it suit the mood (moodPrior: "a minor key and brightness 0.40
// suit dark"); "" when neither does.
func (s *scorer) moodReason(i int32) string {
	c, q := s.c, s.q
	for _, m := range q.Moods {
		for _, n := range vocab.MoodKinds(m) {
			if c.tags[i].has(n) {
				return "tagged " + n + ", a kind of " + m
			}
		}
		for _, n := range vocab.MoodNear(m) {
			if c.tags[i].has(n) {
				return "tagged " + n + ", close to " + m
			}
		}
	}
	if !c.hasFeat[i] {
		return ""
	}
	e, br := float64(c.energy[i]), float64(c.bright[i])
	inside := func(v, lo, hi, margin float64) bool { return rangeFit(v, lo, hi, margin) >= 0.8 }
	for _, m := range q.Moods {
		if moodPrior(m, c, i) < moodReasonFloor {
			continue
		}
		// Only the parts of moodPrior that hold are named: "a minor key
		// suits dark" of a minor track too bright to be called dark.
		var parts []string
		switch m {
		case "melancholic", "sad", "wistful", "reflective", "moody", "brooding", "tense", "mysterious":
			if c.minor[i] {
				parts = append(parts, "a minor key")
			}
			// An energy the request sets has its own reason (fitReason).
			if q.Energy == nil && inside(e, 0, 0.6, 0.3) {
				parts = append(parts, fmt.Sprintf("energy %.2f", e))
			}
		case "dark":
			if c.minor[i] {
				parts = append(parts, "a minor key")
			}
			if inside(br, 0, 0.45, 0.3) {
				parts = append(parts, fmt.Sprintf("brightness %.2f", br))
			}
		case "happy", "joyful", "hopeful", "warm", "playful", "bright", "uplifting", "euphoric", "triumphant":
			if !c.minor[i] {
				parts = append(parts, "a major key")
			}
			if inside(br, 0.5, 1, 0.3) {
				parts = append(parts, fmt.Sprintf("brightness %.2f", br))
			}
		case "groovy":
			parts = append(parts, fmt.Sprintf("%.0f BPM", c.bpm[i]))
		default:
			if q.Energy == nil {
				parts = append(parts, fmt.Sprintf("energy %.2f", e)) // the energy's own reason says it otherwise
			}
		}
		if len(parts) == 0 {
			continue
		}
		verb := " suits "
		if len(parts) > 1 {
			verb = " suit "
		}
		return joinAnd(parts) + verb + m
	}
	return ""
}

// moodReasonFloor is how well the measurements must suit a mood
// (moodPrior, 0 to 1) for a reason to say they do: every part of it at
// least half, one of two parts in full.
const moodReasonFloor = 0.75

// instrumentReason names an instrument the request asks for that row i's
// note names, or else the family analysis hears in it (the family, not
// the word said: analysis tells no acoustic guitar from an electric one),
// with its confidence; "" when neither.
func (s *scorer) instrumentReason(i int32) string {
	c := s.c
	for _, w := range s.q.Instruments {
		if c.tags[i].has(w) {
			return "its note names " + w
		}
	}
	if !c.hasInstr[i] {
		return ""
	}
	row := c.instr[int(i)*analysis.NumInstruments : int(i+1)*analysis.NumInstruments]
	family, best := "", float32(0)
	for _, w := range s.q.Instruments {
		for _, f := range models.InstrumentFamilies[w] {
			if k := analysis.InstrumentIndex(f); k >= 0 && row[k] > best {
				family, best = f, row[k]
			}
		}
	}
	if family == "" || float64(best) < analysis.InstrumentPresent {
		return ""
	}
	return fmt.Sprintf("%s heard (confidence %.2f)", family, best)
}

// sharedHeard lists the instrument families (up to three) that analysis
// hears, at InstrumentPresent or more, in row i and in every seed of the
// request, which sounding alike weighs.
func (s *scorer) sharedHeard(i int32) []string {
	c := s.c
	if !c.hasInstr[i] || len(s.q.Seeds) == 0 {
		return nil
	}
	heard := func(j int32, k int) bool {
		return c.hasInstr[j] && float64(c.instr[int(j)*analysis.NumInstruments+k]) >= analysis.InstrumentPresent
	}
	var out []string
	for k, label := range analysis.InstrumentLabels {
		if !heard(i, k) {
			continue
		}
		all := true
		for _, id := range s.q.Seeds {
			j, ok := c.index[id]
			all = all && ok && heard(j, k)
		}
		if all && len(out) < 3 {
			out = append(out, label)
		}
	}
	return out
}

// joinAnd joins words as a list is said: "a", "a and b", "a, b and c".
func joinAnd(w []string) string {
	if len(w) < 2 {
		return strings.Join(w, "")
	}
	return strings.Join(w[:len(w)-1], ", ") + " and " + w[len(w)-1]
}

// tasteReason names the strongest part of the learned taste for row i.
func (s *scorer) tasteReason(i int32) string {
	c := s.c
	a := s.t.artist(c, c.artist[i])
	switch {
	case s.likedRow(i):
		return "you liked it"
	case a.Edited && a.Affinity > 0:
		return "you said you like " + a.Name
	case a.Loved > 0 && a.RatedHigh+a.MoreLike > 0:
		// Say what the person did: rated tracks highly, asked for more
		// like them, or both.
		tracks := func(n int) string {
			if n == 1 {
				return "a track"
			}
			return itoa(n) + " tracks"
		}
		name := c.artists[c.artist[i]]
		switch {
		case a.MoreLike == 0:
			return "you rated " + tracks(a.RatedHigh) + " by " + name + " highly"
		case a.RatedHigh == 0:
			return "you asked for more like " + tracks(a.MoreLike) + " by " + name
		}
		return "you rated " + tracks(a.RatedHigh) + " by " + name + " highly and asked for more like " + tracks(a.MoreLike)
	}
	for _, g := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
		if s.genSet[g] > 0 {
			return "you said you like " + c.genres[g]
		}
	}
	if a.Affinity >= 0.15 {
		return "your ratings and plays favour " + a.Name
	}
	if tasteGenre != 0 { // learned genre affinities weigh nothing now
		for _, g := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
			if s.genAff[g] >= 0.15 {
				return "you like " + c.genres[g]
			}
		}
	}
	var best int32 = -1
	var bestSim float32
	for _, e := range s.liked {
		if e.i == i || slices.Contains(s.q.Seeds, c.ids[e.i]) {
			continue // a seed is named by the sound-alike reason
		}
		if sim := c.similarity(i, e.i); sim > bestSim {
			best, bestSim = e.i, sim
		}
	}
	if best >= 0 && bestSim >= 0.6 {
		return "it is close to " + c.label(best) + ", which you liked"
	}
	return "it sits where your taste lies"
}

// contextReason says how row i suits the context, and that the context
// is the time it is now when nothing in the request named one.
func (s *scorer) contextReason(i int32) string {
	r := s.contextFit(i)
	if r != "" && s.ctxClock {
		r += " (it is " + s.ctxTag + " now)"
	}
	return r
}

// contextFit says how row i suits the context word.
func (s *scorer) contextFit(i int32) string {
	c := s.c
	what := s.ctxTag
	if c.tags[i].has(what) {
		return "its note suits " + what
	}
	for _, k := range contextKin[what] {
		if c.tags[i].has(k) {
			return "its note suits " + k + ", as " + what + " does"
		}
	}
	if !c.hasFeat[i] {
		return ""
	}
	// Name only the measurements that suit it (at least half a fit, as
	// paceFit and ctxFit score them): a track may suit a party by its
	// tempo and not by its energy.
	p, fits := s.ctx, func(v float64) bool { return v >= 0.5 }
	// A range the context word's own prior lacks came from the time of
	// day said with it ("for a sunday brunch" is a dinner party and
	// morning): the part is said to suit that.
	own, _ := activityPrior(what)
	from := func(has bool) string {
		if !has && s.q.TimeOfDay != "" {
			return s.q.TimeOfDay
		}
		return what
	}
	var order []string
	parts := map[string][]string{}
	add := func(to, part string) {
		if parts[to] == nil {
			order = append(order, to)
		}
		parts[to] = append(parts[to], part)
	}
	if b := float64(c.bpm[i]); p.bpmHi > 0 && b > 0 {
		if fits(max(rangeFit(b, p.bpmLo, p.bpmHi, 20), 0.7*rangeFit(2*b, p.bpmLo, p.bpmHi, 20))) {
			add(from(own.bpmHi > 0), fmt.Sprintf("%.0f BPM", b))
		}
	} else if p.bpmHi > 0 && p.bpmHi <= 100 && !c.unsure[i] {
		add(from(own.bpmHi > 0), "no clear beat")
	}
	if p.eHi > 0 && fits(rangeFit(float64(c.energy[i]), p.eLo, p.eHi, 0.25)) {
		add(from(own.eHi > 0), fmt.Sprintf("energy %.2f", c.energy[i]))
	}
	if p.brHi > 0 && fits(rangeFit(float64(c.bright[i]), p.brLo, p.brHi, 0.25)) {
		add(from(own.brHi > 0), fmt.Sprintf("brightness %.2f", c.bright[i]))
	}
	var out []string
	for _, to := range order {
		if len(parts[to]) == 1 {
			out = append(out, parts[to][0]+" suits "+to)
		} else {
			out = append(out, joinAnd(parts[to])+" suit "+to)
		}
	}
	return strings.Join(out, ", and ")
}

func (s *scorer) closestDisliked(i int32) (int32, bool) {
	var best int32 = -1
	var bestSim float32 = -2
	for _, e := range s.disliked {
		if e.i == i {
			return i, true
		}
		if sim := s.c.similarity(i, e.i); sim > bestSim {
			best, bestSim = e.i, sim
		}
	}
	return best, best >= 0
}

// WhyNot explains why a track is not in res, the result of ranking q
// under t with opt: the exclusion or hard constraint that kept it out, or
// the signal on which it lost to the last track of the list, or the cap or
// diversity rule that passed it over.
func (r *Ranker) WhyNot(id library.TrackID, q Query, t Taste, opt Options, res Result) string {
	c := r.cat
	i, ok := c.index[id]
	if !ok {
		return "It is not in your library (or not loaded)."
	}
	name := c.label(i)
	for _, it := range res.Items {
		if it.ID == id {
			return fmt.Sprintf("%s is in the list, at #%d.", capitalise(name), it.Rank)
		}
	}
	opt = opt.forQuery(q)
	s := r.newScorer(q, t, opt)
	switch s.excluded(i) {
	case "track":
		for _, a := range q.Away {
			if a == id {
				return capitalise(name) + " was in the last list, and you asked for something completely different."
			}
		}
		return capitalise(name) + " is excluded in this session (you asked for it to be left out, or it seeds the request)."
	case "artist":
		return fmt.Sprintf("You asked for nothing by %s.", c.artists[c.artist[i]])
	case "other artist":
		return fmt.Sprintf("%s is by %s, and you asked only for music by %s.", capitalise(name), c.artists[c.artist[i]], strings.Join(q.OnlyArtists, " or "))
	case "genre":
		return fmt.Sprintf("%s is %s, a genre you asked to leave out.", capitalise(name), strings.Join(c.info(i).Genres, "/"))
	case "no tempo":
		if c.unsure[i] {
			return fmt.Sprintf("%s has a beat whose tempo analysis could not tell, and the request asks for %s.", capitalise(name), q.TempoLabel)
		}
		if c.beatless(i) {
			return fmt.Sprintf("%s has no beat, and the request asks for %s.", capitalise(name), q.TempoLabel)
		}
		return fmt.Sprintf("%s has no measured tempo, and the request asks for %s.", capitalise(name), q.TempoLabel)
	case "tempo":
		return fmt.Sprintf("Its tempo, %.0f BPM, is outside %s (%s).", c.bpm[i], q.TempoLabel, tempoRange(q))
	case "year":
		return fmt.Sprintf("It is from %d, outside the years asked for (%s).", c.year[i], yearRange(q))
	case "refused year":
		return fmt.Sprintf("It is from %d, years you asked to leave out.", c.year[i])
	case "length":
		return fmt.Sprintf("It is %s long, outside the track length asked for.", fmtDuration(time.Duration(c.duration[i])*time.Second))
	case "not music":
		return capitalise(name) + " is not music (analysis found silence, a test tone or a short clip); ask for it by name to hear it."
	case "undecodable":
		return capitalise(name) + " could not be decoded, so it cannot be played."
	case "rated 1":
		return "You rated " + name + " 1 of 5 (not for me), so no list shows it; rate it again to bring it back."
	case "instrument":
		return fmt.Sprintf("Its note names %s, which you asked to leave out.", strings.Join(q.ExcludeInstruments, " or "))
	case "heard instrument":
		w := s.heardExcluded(i)
		h, _ := c.heardConfidence(i, w)
		return fmt.Sprintf("Analysis hears %s in it (confidence %.2f), which you asked to leave out.", w, h)
	}
	for _, it := range res.Items {
		if j := c.index[it.ID]; c.group[j] == c.group[i] {
			return fmt.Sprintf("%s is a copy of %s, which is in the list already (#%d).", capitalise(name), c.label(j), it.Rank)
		}
	}
	if len(res.Items) == 0 {
		return "Nothing was listed."
	}
	if len(s.terms) > 0 {
		buf := r.getBuf()
		defer r.putBuf(buf)
		s.scoreLexical(*buf)
	}
	sig, like := s.exactSignals(i)
	contrib, total := s.w.apply(sig)
	if floor := s.floor(); floor > 0 {
		if m := s.match(scored{i: i, signals: sig, like: like}); m < floor {
			if s.genreOn && !q.Widen && s.genreFit(i) == 0 {
				return fmt.Sprintf("%s is not %s, the genre you asked for.", capitalise(name), strings.Join(q.Genres, " or "))
			}
			return fmt.Sprintf("%s does not fit the request closely enough (it fits %.0f%%, and a pick must fit %.0f%%); say ‘anything close’ to widen.",
				capitalise(name), 100*m, 100*floor)
		}
	}
	last := res.Items[len(res.Items)-1]
	for _, e := range s.disliked {
		if e.i == i && total < last.Score {
			return fmt.Sprintf("You rated %s down, so it sinks (it scored %.2f, the last track listed %.2f), and so do tracks very close to it.", name, total, last.Score)
		}
	}
	if total < last.Score {
		// The signal it lost most on against the last track listed.
		lv, mv := last.Breakdown.vec(), contrib.vec()
		worst, gap := 0, math.Inf(-1)
		for k := range lv {
			if d := lv[k] - mv[k]; d > gap {
				worst, gap = k, d
			}
		}
		why := s.lossReason(i, signalNames[worst], sig)
		return fmt.Sprintf("%s scored %.2f, below the last track listed (%.2f); it lost most on %s: %s.",
			capitalise(name), total, last.Score, strings.ReplaceAll(signalNames[worst], "_", " "), why)
	}
	// It scored well enough: a cap or the diversity rule passed it over.
	// A rating down still lowered it, which the person will want to hear.
	also := ""
	for _, e := range s.disliked {
		if e.i == i {
			also = " You also rated it down, which lowered it."
		}
	}
	var sameArtist, sameAlbum int
	for _, it := range res.Items {
		j := c.index[it.ID]
		if c.artist[j] == c.artist[i] {
			sameArtist++
		}
		if c.album[j] == c.album[i] {
			sameAlbum++
		}
	}
	if opt.MaxPerArtist > 0 && sameArtist >= opt.MaxPerArtist {
		return fmt.Sprintf("The list already has %d tracks by %s, the most allowed per artist.%s", sameArtist, c.artists[c.artist[i]], also)
	}
	if opt.MaxPerAlbum > 0 && sameAlbum >= opt.MaxPerAlbum {
		return fmt.Sprintf("The list already has %d tracks from %s, the most allowed per album.%s", sameAlbum, c.albums[c.album[i]], also)
	}
	var most library.TrackID
	var mostSim float32 = -2
	for _, it := range res.Items {
		if sim := c.similarity(i, c.index[it.ID]); sim > mostSim {
			most, mostSim = it.ID, sim
		}
	}
	if q.Duration > 0 {
		return fmt.Sprintf("%s scored %.2f, but the list already reached the %s asked for.%s", capitalise(name), total, fmtDuration(q.Duration), also)
	}
	return fmt.Sprintf("%s scored %.2f, but it is too similar to %s already in the list (similarity %.2f), so a more different track took its place.%s",
		capitalise(name), total, c.labelID(most), mostSim, also)
}

// lossReason describes row i's weak signal in words.
func (s *scorer) lossReason(i int32, signal string, sig Breakdown) string {
	c, q := s.c, s.q
	switch signal {
	case "semantic", "lexical":
		return "its note has little to do with the request"
	case "fit":
		var parts []string
		if !c.hasFeat[i] {
			return "it has not been analysed, so its fit is unknown"
		}
		if q.Energy != nil && math.Abs(float64(c.energy[i])-*q.Energy) > 0.2 {
			parts = append(parts, fmt.Sprintf("energy %.2f against %s (about %.2f)", c.energy[i], q.EnergyLabel, *q.Energy))
		}
		if q.Mode != "" && c.minor[i] != (q.Mode == "minor") {
			parts = append(parts, "its key is not "+q.Mode)
		}
		if s.genreOn {
			parts = append(parts, "it is "+strings.Join(c.info(i).Genres, "/")+", not "+strings.Join(q.Genres, "/"))
		}
		if len(q.Moods) > 0 {
			parts = append(parts, "it is not tagged "+strings.Join(q.Moods, ", "))
		}
		if len(parts) == 0 {
			return fmt.Sprintf("fit %.2f", sig.Fit)
		}
		return strings.Join(parts, "; ")
	case "sounds_like":
		return "it does not sound like " + q.SeedLabel
	case "taste":
		a := s.t.artist(c, c.artist[i])
		if a.Affinity < 0 {
			return "you have passed on " + c.artists[c.artist[i]] + " before"
		}
		return "it is far from what you usually like"
	case "dislike":
		if j, ok := s.closestDisliked(i); ok {
			if j == i {
				return "you rated it down"
			}
			return "it is very close to " + c.label(j) + ", which you rated down"
		}
	case "context":
		return "it does not suit " + s.ctxTag
	case "novelty":
		if c.plays[i] > 0 {
			return "you asked for something new and you know it"
		}
		return "you asked for familiar music and you have never played it"
	case "exposure":
		return fmt.Sprintf("it has been shown %d times already", c.shown[i])
	}
	return signal
}

func tempoRange(q Query) string {
	switch {
	case q.TempoMin > 0 && q.TempoMax > 0:
		return fmt.Sprintf("%.0f–%.0f BPM", q.TempoMin, q.TempoMax)
	case q.TempoMax > 0:
		return fmt.Sprintf("up to %.0f BPM", q.TempoMax)
	}
	return fmt.Sprintf("%.0f BPM or more", q.TempoMin)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	if strings.HasPrefix(s, "“") {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// textWords are the words of row i that BM25 indexed (its note, tags,
// title, artist and album), each with the first source that holds it in
// the order a reason prefers (textSource).
func (c *Catalog) textWords(i int32) map[string]textSource {
	m := map[string]textSource{}
	add := func(text string, src textSource) {
		for _, t := range tokenize(text) {
			if _, ok := m[t]; !ok {
				m[t] = src
			}
		}
	}
	add(c.note[i], fromNote)
	for w, k := range tagVocab {
		if k < 128 && c.tags[i][k/64]&(1<<(k%64)) != 0 {
			add(w, fromTags)
		}
	}
	for _, g := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
		add(c.genres[g], fromTags)
	}
	add(c.title[i], fromTitle)
	add(c.albums[c.album[i]], fromAlbum)
	add(c.artists[c.artist[i]], fromArtist)
	return m
}

// yearRange renders the years a query asks for.
func yearRange(q Query) string {
	switch {
	case q.YearMax == 0:
		return fmt.Sprintf("%d on", q.YearMin)
	case q.YearMin == 0:
		return fmt.Sprintf("up to %d", q.YearMax)
	}
	return fmt.Sprintf("%d–%d", q.YearMin, q.YearMax)
}

// likedRow reports whether the person liked row i itself (rated it highly
// or asked for more like it).
func (s *scorer) likedRow(i int32) bool {
	return slices.ContainsFunc(s.liked, func(e exemplarIdx) bool { return e.i == i })
}
