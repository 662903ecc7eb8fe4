package engine

import (
	"math"
	"slices"
	"strings"
	"time"

	"sleeve/library"
	"sleeve/library/analysis"
	"sleeve/models/vocab"
)

// scorer holds everything a ranking precomputes from the query and taste.
type scorer struct {
	c   *Catalog
	q   Query
	t   Taste
	w   Weights
	opt Options

	// Hard filters.
	exTrack  map[int32]bool
	exGroup  map[int32]bool // content groups of excluded tracks, so copies go too
	exArtist []bool
	exGenre  []bool
	tempoLo  float32
	tempoHi  float32
	hasTempo bool
	// onlyArtist is, when the query names artists every track must be
	// by, which artists those are; nil otherwise.
	onlyArtist []bool
	// A tempo preference ranks without filtering.
	preferLo, preferHi float32
	hasPrefer          bool

	// Signal inputs.
	qvec      []float32 // unit request embedding, or nil
	comb      []int8    // stage-one combined embedding query
	combScale float32
	combBound float64 // upper bound of the combined embedding term
	lex       []float32
	lexMax    float32
	lexIdeal  float32 // what a track that says each of the request's own terms once would score (setTerms)
	lexOn     bool
	seedT     []float32 // unit timbre centroid of the seeds
	seedE     []float32 // unit embedding centroid of the seeds
	seedI     []float32 // mean instrument confidences of the seeds that have them
	awayT     []float32
	awayE     []float32
	seedIdx   map[int32]bool
	wantGenre []float32 // 1 under a wanted genre, 0.5 beside one (same parent)
	// genreMissing are wanted genres the library has no track of;
	// genreLeftOut are wanted genres whose every track the request's
	// hard rules leave out. Both are served from the genres around them.
	genreMissing, genreLeftOut []string
	// nearRefused are the library's genres near a missing wanted genre
	// (beside it, or up the tree) that could have served it but whose
	// every track the request's hard rules leave out.
	nearRefused []string
	// genreUnserved counts the wanted genres that neither the library's
	// tracks of them nor any genre near them can serve (missing, or left
	// out by the request's hard rules, all the way up the tree).
	genreUnserved int
	// leftOutBy are the hard rules that left out the tracks of the genres
	// in genreLeftOut and nearRefused (excluded's reasons).
	leftOutBy map[string]bool
	// askedLeftOutBy are those that left out the tracks of the genres in
	// genreLeftOut alone.
	askedLeftOutBy map[string]bool
	// genreUnderWant and genreBesideWant hold, per wanted genre, the
	// library's genres under it and beside it.
	genreUnderWant, genreBesideWant [][]int32
	// genreOK caches whether a genre has a track the hard rules let
	// through (1 yes, 2 no, 0 not known yet).
	genreOK []uint8
	// terms are the request's words for the lexical signal (see setTerms).
	terms     []string
	genreOn   bool
	moodSet   tagSet
	nearMoods []tagSet // per wanted mood, the moods near it (vocab.MoodNear)
	kindMoods []tagSet // per wanted mood, its kinds (vocab.MoodKinds)
	// defaultNear and defaultKinds are, per mood the activity or setting
	// implies (Query.DefaultMoods), the moods near it and its kinds.
	defaultNear, defaultKinds []tagSet
	exMoods                   tagSet
	// sounds are the measures of the qualities of sound asked for that
	// the library has (Query.Sounds), each with the end it names.
	sounds []soundMeasure
	fitOn  bool
	// fitSoft says that the fit holds only soft defaults (the moods an
	// activity or setting implies), which rank but are no part of the
	// match.
	fitSoft  bool
	ctx      prior
	ctxTag   string
	ctxOne   tagSet // the context word alone
	ctxTags  tagSet // the context word and those sharing its prior (contextKin)
	ctxOn    bool
	ctxScale float64
	ctxClock bool // the context is the hour it is, as nothing said one
	artAff   []float32
	genAff   []float32
	// genSet is the affinity the person set for each genre (sleeve
	// profile --like/--dislike), 0 for the rest; genSetOn says one is set.
	genSet   []float32
	genSetOn bool
	// notForMe are the rows rated 1, which no list shows.
	notForMe map[int32]bool
	dial     float64
	dialOn   bool
	// likedRows are the rows the person liked, by weight, kept when the
	// novelty dial is on: a liked track is a favourite, played or not.
	likedRows map[int32]float32
	liked     []exemplarIdx
	disliked  []exemplarIdx
	searchOn  bool
	// searchHit holds the rows the search words find, each with the share
	// of the words it holds.
	searchHit map[int32]float32
	// shiftTempo and shiftEnergy say that the request asks for a tempo or
	// an energy changed from the seeds' ("like X but slower"), measured
	// from a known tempo or energy: the change then fits only near the
	// seeds' sound (fit, linear).
	shiftTempo, shiftEnergy bool
	exInstr                 tagSet
}

type exemplarIdx struct {
	i int32
	w float32
}

// newScorer precomputes a ranking: what is excluded, the genres wanted,
// the tempo range, the moods and words, the context, the taste, the seeds,
// and the query vector of stage one.
func (r *Ranker) newScorer(q Query, t Taste, opt Options) *scorer {
	s := &scorer{c: r.cat, q: q, t: t, w: opt.Weights, opt: opt, exTrack: map[int32]bool{}, exGroup: map[int32]bool{}, seedIdx: map[int32]bool{}}
	s.setExclusions()
	s.setGenres()
	s.setTempo()
	s.setTagsAndWords()
	s.serveMissingGenres()
	s.setTerms()
	s.setContext()
	s.setTaste()
	s.setSeeds()
	s.foldQueryVector()
	return s
}

// setExclusions marks the excluded tracks (with their copies) and artists.
func (s *scorer) setExclusions() {
	c, q := s.c, s.q
	for _, id := range q.ExcludeTracks {
		if i, ok := c.index[id]; ok {
			s.exTrack[i] = true
			s.exGroup[c.group[i]] = true
		}
	}
	if len(q.OnlyArtists) > 0 {
		s.onlyArtist = make([]bool, len(c.artists))
		for _, name := range q.OnlyArtists {
			for _, a := range c.artistsNamed(name) {
				s.onlyArtist[a] = true
			}
		}
	}
	s.exArtist = make([]bool, len(c.artists))
	for _, name := range q.ExcludeArtists {
		for _, a := range c.artistsNamed(name) {
			s.exArtist[a] = true
		}
	}
	for _, id := range s.t.NotForMe {
		if i, ok := c.index[id]; ok {
			if s.notForMe == nil {
				s.notForMe = map[int32]bool{}
			}
			s.notForMe[i] = true
		}
	}
}

// setGenres marks the excluded and the wanted genres, and the library's
// genres under each wanted one.
func (s *scorer) setGenres() {
	c, q := s.c, s.q
	s.exGenre = make([]bool, len(c.genres))
	s.wantGenre = make([]float32, len(c.genres))
	s.genreUnderWant = make([][]int32, len(q.Genres))
	s.genreBesideWant = make([][]int32, len(q.Genres))
	for g, name := range c.genres {
		for _, x := range q.ExcludeGenres {
			if genreExcluded(name, x) {
				s.exGenre[g] = true
			}
		}
		for k, x := range q.Genres {
			switch {
			case genreUnder(name, x):
				s.wantGenre[g] = 1
				s.genreUnderWant[k] = append(s.genreUnderWant[k], int32(g))
			case genreBeside(name, x):
				s.wantGenre[g] = max(s.wantGenre[g], 0.5)
				s.genreBesideWant[k] = append(s.genreBesideWant[k], int32(g))
			}
		}
	}
	s.genreOn = len(q.Genres) > 0
}

// serveMissingGenres serves a wanted genre that no track the request lets
// through has from the genres around it, nearest first: the genres beside
// it (the vocabulary's near genres and its parent's other children,
// already wanted at half), or, when no track of those is let through
// either, the nearest ancestor's genres that the library has ("dubstep"
// from the library's electronic music), said in a notice. Only genres
// with a track the hard rules let through count, so that leaving out the
// one artist of a genre ("ambient without Wild Wolves") climbs on to the
// next genres instead of listing nothing. It runs after every hard rule
// is set.
func (s *scorer) serveMissingGenres() {
	c, q := s.c, s.q
	if len(q.Genres) == 0 {
		return
	}
	s.genreOK = make([]uint8, len(c.genres))
	s.leftOutBy, s.askedLeftOutBy = map[string]bool{}, map[string]bool{}
	for k, x := range q.Genres {
		if slices.ContainsFunc(s.genreUnderWant[k], s.genreEligible) {
			continue
		}
		if len(s.genreUnderWant[k]) > 0 {
			s.genreLeftOut = append(s.genreLeftOut, x)
			s.noteLeftOut(s.leftOutBy, s.genreUnderWant[k])
			s.noteLeftOut(s.askedLeftOutBy, s.genreUnderWant[k])
		} else {
			s.genreMissing = append(s.genreMissing, x)
		}
		if slices.ContainsFunc(s.genreBesideWant[k], s.genreEligible) {
			continue
		}
		var refused []string // near genres the library has, all left out
		for _, g := range s.genreBesideWant[k] {
			refused = append(refused, c.genres[g])
		}
		s.noteLeftOut(s.leftOutBy, s.genreBesideWant[k])
		served := false
		for levels := 1; levels <= maxGenreClimb && !served; levels++ {
			for g, name := range c.genres {
				if !genreNear(name, x, levels) || len(c.genreRows[g]) == 0 {
					continue
				}
				if s.genreEligible(int32(g)) {
					s.wantGenre[g] = max(s.wantGenre[g], 0.5)
					served = true
				} else if len(refused) < 3 && !slices.Contains(refused, name) {
					refused = append(refused, name)
					s.noteLeftOut(s.leftOutBy, []int32{int32(g)})
				}
			}
		}
		if !served {
			s.nearRefused = append(s.nearRefused, refused...)
			s.genreUnserved++
		}
	}
}

// setTerms sets the words of the lexical signal: the request's terms
// without the words of the genres it names. The genre tags decide the
// genre (the fit and the relevance floor, and for a genre the library
// lacks, the genres around it); its words counted again in the notes and
// tags would favour a track whose tags repeat the name ("Golden Age Hip
// Hop" beside "Hip Hop") or whose note happens to say it over an equally
// fitting one, and outweigh what else the request asks ("old school hip
// hop" is hip hop up to 1989). The note embedding still carries them.
// Keeping the words of a genre the library lacks was tried: it lowered
// the training half and the fresh batch (0.838 to 0.837, 0.768 to 0.764).
//
// When the library says a mood asked for mostly in the words near it
// (vocab.MoodNear: "melancholic" and "wistful" for "sad"; saysOtherwise),
// those words are looked for too, as the fit already counts a track
// tagged with one of them: looking for the word said alone, the lexical
// signal favoured the few tracks whose tags hold that very word, often
// beside moods that contradict it ("playful, sad"), over the many whose
// note and tags say it in a near word. A mood the library mostly says as
// such is looked for alone. Reasons cite only the words the person wrote
// (textReason), so a near mood found is never quoted as said.
//
// The lexical signal is a track's score over the larger of the best score
// and lexIdeal: what a track of average length that says each of the
// request's own terms once would score (bm25Index.ideal; the near words
// of a mood are alternatives to it, not more asked). Scaled to the best
// score alone, a track that held one weak word of many held the whole
// signal: "songs for laying out in a hammock" gave every track tagged
// "working out" lexical 1.00 for the word "out", as the library holds
// neither "laying" nor "hammock", and listed metal first. A request whose
// words the library mostly lacks now gets a lexical signal as weak as
// that evidence, and the fit, the meaning and the rest decide.
func (s *scorer) setTerms() {
	q := s.q
	s.terms = q.Terms
	if len(q.Genres) > 0 && len(q.Terms) > 0 {
		genreWords := map[string]bool{}
		for _, t := range tokenize(strings.Join(q.Genres, " ")) {
			genreWords[t] = true
		}
		s.terms = slices.DeleteFunc(slices.Clone(q.Terms), func(t string) bool { return genreWords[t] })
	}
	s.lexIdeal = s.c.lex.ideal(s.terms)
	for _, m := range q.Moods {
		near := tokenize(strings.Join(vocab.MoodNear(m), " "))
		if !s.c.saysOtherwise(m, near) {
			continue
		}
		for _, n := range near {
			if !slices.Contains(s.terms, n) {
				s.terms = append(slices.Clip(s.terms), n)
			}
		}
	}
}

// scoreLexical fills buf with each track's BM25 for the request's terms
// and sets the lexical signal's scale: the larger of the best score and
// lexIdeal (setTerms).
func (s *scorer) scoreLexical(buf []float32) {
	s.lex, s.lexOn = buf, true
	s.lexMax = max(s.c.lex.score(s.terms, buf), s.lexIdeal)
}

// noteLeftOut records in by the hard rules that leave out the tracks of
// genres.
func (s *scorer) noteLeftOut(by map[string]bool, genres []int32) {
	for _, g := range genres {
		for _, i := range s.c.genreRows[g] {
			if why := s.excluded(i); why != "" {
				by[why] = true
			}
		}
	}
}

// leftOutCause says what left out every track of the genres asked for,
// each cause once, in this order: what the person refused in the request
// (tracks, artists, genres, instruments), their ratings of 1, the artists
// the request is limited to, the limits the request set ("the tempo you
// asked for" for "hip hop at 130 to 160 bpm"), and the library's own
// reasons, which are nobody's doing: tracks analysis found not to be
// music, and files that cannot be decoded.
func (s *scorer) leftOutCause() string { return leftOutCauseOf(s.leftOutBy) }

// leftOutCauseOf says the causes in by (excluded's reasons), as
// leftOutCause does.
func leftOutCauseOf(by map[string]bool) string {
	var causes []string
	for _, l := range []struct {
		why  []string
		what string
	}{
		{[]string{"track", "artist", "genre", "instrument", "heard instrument", "refused year"}, "what you refused"},
		{[]string{"rated 1"}, "your ratings of 1"},
		{[]string{"other artist"}, "the artists you asked for"},
		{[]string{"year"}, "the years you asked for"},
		{[]string{"tempo", "no tempo"}, "the tempo you asked for"},
		{[]string{"length"}, "the track length you asked for"},
		{[]string{"not music"}, "analysis finding no music in them"},
		{[]string{"undecodable"}, "files that cannot be decoded"},
	} {
		if slices.ContainsFunc(l.why, func(w string) bool { return by[w] }) {
			causes = append(causes, l.what)
		}
	}
	// The limits asked for read as one phrase: "the years and the tempo
	// you asked for".
	var out, limits []string
	for _, c := range causes {
		if lim, ok := strings.CutSuffix(c, " you asked for"); ok && c != "the artists you asked for" {
			limits = append(limits, lim)
			continue
		}
		if len(limits) > 0 {
			out = append(out, joinAnd(limits)+" you asked for")
			limits = nil
		}
		out = append(out, c)
	}
	if len(limits) > 0 {
		out = append(out, joinAnd(limits)+" you asked for")
	}
	if len(out) == 0 {
		return "the rest of the request"
	}
	return joinAnd(out)
}

// genreEligible reports whether some track of genre g passes the
// request's exclusions and hard constraints.
func (s *scorer) genreEligible(g int32) bool {
	switch s.genreOK[g] {
	case 1:
		return true
	case 2:
		return false
	}
	ok := slices.ContainsFunc(s.c.genreRows[g], func(i int32) bool { return s.excluded(i) == "" })
	s.genreOK[g] = 2
	if ok {
		s.genreOK[g] = 1
	}
	return ok
}

// maxGenreClimb is how many levels up the genre tree a genre the library
// lacks is served from.
const maxGenreClimb = 4

// setTempo sets the tempo range asked for and the one preferred, with 2 %
// of slack.
func (s *scorer) setTempo() {
	q := s.q
	if q.TempoMin > 0 || q.TempoMax > 0 {
		s.hasTempo = true
		s.tempoLo = float32(q.TempoMin * 0.98)
		s.tempoHi = float32(math.Inf(1))
		if q.TempoMax > 0 {
			s.tempoHi = float32(q.TempoMax * 1.02)
		}
	}
	if q.PreferTempoMin > 0 || q.PreferTempoMax > 0 {
		s.hasPrefer = true
		s.preferLo = float32(q.PreferTempoMin * 0.98)
		s.preferHi = float32(math.Inf(1))
		if q.PreferTempoMax > 0 {
			s.preferHi = float32(q.PreferTempoMax * 1.02)
		}
	}
}

// setTagsAndWords sets the moods wanted and excluded, the instruments
// excluded, the tracks the search words find, and whether the fit signal
// is on.
func (s *scorer) setTagsAndWords() {
	c, q := s.c, s.q
	set := func(moods []string) tagSet {
		var t tagSet
		for _, m := range moods {
			t.add(m)
		}
		return t
	}
	for _, m := range q.Moods {
		s.moodSet.add(m)
		s.nearMoods = append(s.nearMoods, set(vocab.MoodNear(m)))
		s.kindMoods = append(s.kindMoods, set(vocab.MoodKinds(m)))
	}
	for _, m := range q.DefaultMoods {
		s.defaultNear = append(s.defaultNear, set(vocab.MoodNear(m)))
		s.defaultKinds = append(s.defaultKinds, set(vocab.MoodKinds(m)))
	}
	for _, m := range q.ExcludeMoods {
		// Leaving a mood out leaves out its kinds: "no sad songs" refuses
		// the melancholic ones too, unless the request asks for that kind
		// ("melancholy but not depressing").
		s.exMoods.add(m)
		for _, k := range vocab.MoodKinds(m) {
			if !slices.Contains(q.Moods, k) {
				s.exMoods.add(k)
			}
		}
	}
	for _, x := range q.ExcludeInstruments {
		s.exInstr.add(x)
	}
	if len(q.Search) > 0 {
		s.searchOn = true
		s.searchHit = c.lex.shareOfTerms(tokenize(strings.Join(q.Search, " ")))
	}
	if q.Shifted && len(q.Seeds) > 0 {
		s.shiftTempo = q.TempoShift != 0 && q.TempoFrom > 0
		s.shiftEnergy = q.EnergyShift != 0 && q.EnergyFrom > 0
	}
	for _, w := range q.Sounds {
		// A quality whose measure the library has for no track is left
		// out of the fit (the list says so).
		if m, ok := soundMeasures[w]; ok && c.measuredSound(w) {
			s.sounds = append(s.sounds, m)
		}
	}
	s.fitOn = len(q.Instruments) > 0 || q.Energy != nil || s.hasTempo || s.hasPrefer || s.hasYears() || q.PreferYearMax > 0 || q.PreferYearMin > 0 || q.Mode != "" || len(q.Moods) > 0 || s.genreOn || q.Instrumental || len(q.ExcludeMoods) > 0 ||
		len(s.sounds) > 0 || q.NearTrackMin > 0 || q.NearTrackMax > 0
	// The moods an activity or setting implies rank, but a default is
	// nothing a track could fail to match: alone, they set no relevance
	// floor (fitSoft).
	if !s.fitOn && len(q.DefaultMoods) > 0 {
		s.fitOn, s.fitSoft = true, true
	}
}

// setContext sets the context prior: the activity first, else the
// setting said, else the time of day said, else the clock, unless a
// context was refused (Query.NoClock). An activity or
// setting from an everyday word named in passing (WeakActivity,
// WeakSetting: "boxing", "pancakes") yields to any other said, and to a
// time of day said ("saturday morning pancakes" is the morning).
func (s *scorer) setContext() {
	q, opt := s.q, s.opt
	s.ctxScale = 1
	setting := q.Setting != "" && settingContext(q.Setting) != "" && !(q.WeakSetting && q.TimeOfDay != "")
	switch {
	case q.Activity != "" && !(q.WeakActivity && (setting && !q.WeakSetting || q.TimeOfDay != "")):
		s.ctx, s.ctxOn = activityPrior(q.Activity)
		s.ctxTag = q.Activity
		if q.WeakActivity {
			s.ctxScale = 0.5 // an everyday word in passing ("boxing")
		}
		if tod, ok := activityPrior(q.TimeOfDay); ok && q.TimeOfDay != "" {
			s.ctx = s.ctx.merge(tod)
		}
	case setting:
		s.ctxTag = settingContext(q.Setting)
		s.ctx, s.ctxOn = activityPrior(s.ctxTag)
		if q.WeakSetting {
			s.ctxScale = 0.5 // an everyday word in passing ("oven")
		}
		if tod, ok := activityPrior(q.TimeOfDay); ok && q.TimeOfDay != "" {
			s.ctx = s.ctx.merge(tod)
		}
	case q.TimeOfDay != "":
		s.ctx, s.ctxOn = activityPrior(q.TimeOfDay)
		s.ctxTag = q.TimeOfDay
	case q.NoClock:
		// A context was refused ("not morning music, even though it's
		// 9am"): the clock might name it.
	default:
		h := q.Hour
		if h < 0 && !opt.Now.IsZero() {
			h = opt.Now.Hour()
		}
		if h >= 0 {
			s.ctxTag = hourWord(h)
			s.ctx, s.ctxOn = activityPrior(s.ctxTag)
			s.ctxScale = 0.5 // the clock is a weaker hint than words
			s.ctxClock = true
		}
	}
	if s.ctxTag != "" {
		s.ctxOne.add(s.ctxTag)
		s.ctxTags.add(s.ctxTag)
		for _, k := range contextKin[s.ctxTag] {
			s.ctxTags.add(k)
		}
	}
}

// contextKin lists, for a context word, the others that share its prior
// (one entry of activityPriors): what people do alike sounds alike, so a
// track whose note suits one suits the others ("driving" for a commute,
// "relaxing" for a rainy day), at the share a near mood counts
// (nearMoodFit).
var contextKin = func() map[string][]string {
	m := map[string][]string{}
	for _, a := range activityPriors {
		for _, w := range a.words {
			for _, k := range a.words {
				if k != w {
					m[w] = append(m[w], k)
				}
			}
		}
	}
	return m
}()

// setTaste sets the affinity of each artist and genre, the liked and
// disliked exemplars, and the familiarity dial.
func (s *scorer) setTaste() {
	c, q, t := s.c, s.q, s.t
	s.artAff = make([]float32, len(c.artists))
	for a, k := range c.artistKey {
		if k != "" {
			s.artAff[a] = float32(t.Artists[k].Affinity)
		}
	}
	s.genAff = make([]float32, len(c.genres))
	s.genSet = make([]float32, len(c.genres))
	for g, name := range c.genres {
		a := t.Genres[name]
		s.genAff[g] = float32(a.Affinity)
		if a.Edited {
			s.genSet[g], s.genSetOn = float32(a.Affinity), true
		}
	}
	for _, e := range t.Liked {
		if i, ok := c.index[e.ID]; ok {
			s.liked = append(s.liked, exemplarIdx{i, float32(min(1, e.Weight))})
		}
	}
	for _, e := range t.Disliked {
		if i, ok := c.index[e.ID]; ok {
			s.disliked = append(s.disliked, exemplarIdx{i, float32(min(1, -e.Weight))})
		}
	}
	if q.Familiarity != nil {
		s.dial, s.dialOn = *q.Familiarity, true
		s.likedRows = make(map[int32]float32, len(s.liked))
		for _, e := range s.liked {
			s.likedRows[e.i] = max(s.likedRows[e.i], e.w)
		}
	}
}

// setSeeds sets the centroids of the seed tracks and of the tracks to go
// away from.
func (s *scorer) setSeeds() {
	q := s.q
	if len(q.Seeds) > 0 {
		s.seedT, s.seedE = s.centroid(q.Seeds, true)
		s.seedI = s.instrumentCentroid(q.Seeds)
	}
	if len(q.Away) > 0 {
		s.awayT, s.awayE = s.centroid(q.Away, false)
	}
}

// instrumentCentroid returns the mean instrument confidences of the
// tracks of ids whose instruments were measured, or nil when none were.
func (s *scorer) instrumentCentroid(ids []library.TrackID) []float32 {
	c := s.c
	var v []float32
	n := 0
	for _, id := range ids {
		i, ok := c.index[id]
		if !ok || !c.hasInstr[i] {
			continue
		}
		if v == nil {
			v = make([]float32, analysis.NumInstruments)
		}
		for k, x := range c.instr[int(i)*analysis.NumInstruments : int(i+1)*analysis.NumInstruments] {
			v[k] += x
		}
		n++
	}
	for k := range v {
		v[k] /= float32(n)
	}
	return v
}

// centroid returns the unit centroids of ids in timbre and embedding
// space, marking them as seeds when mark is set.
func (s *scorer) centroid(ids []library.TrackID, mark bool) (tv, ev []float32) {
	c := s.c
	if c.timbreDim > 0 {
		tv = make([]float32, c.timbreDim)
	}
	if c.embDim > 0 {
		ev = make([]float32, c.embDim)
	}
	for _, id := range ids {
		i, ok := c.index[id]
		if !ok {
			continue
		}
		if mark {
			s.seedIdx[i] = true
		}
		if c.hasTimbre[i] {
			d := c.timbreDim
			for k, x := range c.timbre[int(i)*d : int(i+1)*d] {
				tv[k] += x
			}
		}
		c.addEmb(ev, i, 1)
	}
	if tv != nil {
		normalise(tv)
	}
	if ev != nil {
		normalise(ev)
	}
	return tv, ev
}

// foldQueryVector folds every embedding-linear signal into one quantised
// query vector for stage one, with a bound on its part of a score.
func (s *scorer) foldQueryVector() {
	c, q, t := s.c, s.q, s.t
	if c.embDim > 0 {
		if len(q.Vector) == c.embDim {
			s.qvec = slices.Clone(q.Vector)
			normalise(s.qvec)
		}
		comb := make([]float32, c.embDim)
		add := func(v []float32, w float64) {
			if v == nil || w == 0 {
				return
			}
			for k, x := range v {
				comb[k] += float32(w) * x
			}
		}
		add(s.qvec, s.w.Semantic)
		add(s.seedE, s.w.SoundsLike*slEmb)
		add(s.awayE, -s.w.SoundsLike*slEmb*awayFactor)
		add(t.likedVec, s.w.Taste*tasteEmb)
		add(t.dislikedVec, -s.w.Taste*tasteEmb)
		var m float32
		for _, x := range comb {
			m = max(m, float32(math.Abs(float64(x))))
		}
		if m > 0 {
			s.comb = make([]int8, c.embDim)
			for k, x := range comb {
				s.comb[k] = int8(math.Round(float64(x / m * 127)))
			}
			s.combScale = m / 127
			var n2 float64
			for _, x := range s.comb {
				n2 += float64(x) * float64(x)
			}
			// By Cauchy–Schwarz the embedding part of a stage-one score
			// (comb·e with e of unit length) is at most |comb|; a little
			// slack covers float rounding.
			s.combBound = float64(s.combScale)*math.Sqrt(n2)*1.0001 + 1e-6
		}
	}
}

// Shares of the composite signals.
const (
	slTimbre = 0.6 // sounds-like: timbre
	slEmb    = 0.4 // sounds-like: note embedding
	// slInstr is the share of the instruments heard in sounds-like: the
	// cosine of the confidences centred on 0.5 (instrumentCos), so that
	// a piano trio seeds piano trios a little more than string quartets
	// of the same timbre statistics.
	slInstr    = 0.25
	awayFactor = 0.5
	tasteArt   = 0.35
	tasteGenre = 0
	tasteEmb   = 0
	tasteFeat  = 0
	tasteLike  = 0.15
)

func genreMatches(have, want string) bool {
	want = strings.ToLower(strings.TrimSpace(want))
	if want == "" {
		return false
	}
	if have == want {
		return true
	}
	for _, f := range strings.FieldsFunc(have, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		if f == want {
			return true
		}
	}
	return len(want) > 3 && strings.Contains(have, want)
}

// excluded reports whether a hard rule keeps row i out, and which.
func (s *scorer) excluded(i int32) string {
	c := s.c
	switch {
	case s.exTrack[i] || s.exGroup[c.group[i]]:
		return "track"
	case s.exArtist[c.artist[i]]:
		return "artist"
	case s.onlyArtist != nil && !s.onlyArtist[c.artist[i]]:
		return "other artist"
	case c.notMusic[i] && !s.q.IncludeNotMusic:
		return "not music"
	case c.broken[i]:
		return "undecodable"
	case s.notForMe[i]:
		return "rated 1"
	case s.exInstr != (tagSet{}) && c.tags[i].and(s.exInstr) != (tagSet{}):
		return "instrument"
	case s.heardExcluded(i) != "":
		return "heard instrument"
	}
	for _, g := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
		if s.exGenre[g] {
			return "genre"
		}
	}
	if s.hasYears() && !s.inYears(i) && c.year[i] > 0 {
		return "year"
	}
	if s.refusedYear(i) {
		return "refused year"
	}
	if d := time.Duration(c.duration[i]) * time.Second; d > 0 && (s.q.TrackMin > 0 && d < s.q.TrackMin || s.q.TrackMax > 0 && d > s.q.TrackMax) {
		return "length"
	}
	if s.hasTempo {
		// A measured track without a beat has no pulse at all: slower than
		// any ceiling ("60 bpm or less"), though no floor lets it through.
		// A track never analysed may be anything, and so may one with a
		// beat whose tempo analysis could not tell.
		if c.bpm[i] <= 0 && (!c.beatless(i) || s.q.TempoMin > 0) {
			return "no tempo"
		}
		if c.bpm[i] <= 0 {
			return ""
		}
		if b := c.bpm[i]; b < s.tempoLo || b > s.tempoHi {
			return "tempo"
		}
	}
	return ""
}

// linear computes every signal that stage one can afford for row i; the
// embedding signals are left to the combined dot product. It returns the
// part of sounding like the seeds it computed before the change asked
// relative to them weighs it (the timbre and instruments heard).
func (s *scorer) linear(i int32, b *Breakdown) (like float64) {
	c := s.c
	if s.lexOn && s.lexMax > 0 {
		b.Lexical = float64(s.lex[i] / s.lexMax)
	}
	if s.searchOn && s.searchHit[i] > 0 {
		// The words the person searched for name it: in full when it
		// holds all of them.
		b.Lexical = max(b.Lexical, float64(s.searchHit[i]))
	}
	if s.seedT != nil && c.hasTimbre[i] {
		d := c.timbreDim
		tv := c.timbre[int(i)*d : int(i+1)*d]
		b.SoundsLike = slTimbre * float64(dot32(s.seedT, tv))
		if s.awayT != nil {
			b.SoundsLike -= slTimbre * awayFactor * float64(dot32(s.awayT, tv))
		}
	} else if s.awayT != nil && c.hasTimbre[i] {
		d := c.timbreDim
		b.SoundsLike = -slTimbre * awayFactor * float64(dot32(s.awayT, c.timbre[int(i)*d:int(i+1)*d]))
	}
	if s.seedI != nil && c.hasInstr[i] {
		b.SoundsLike += slInstr * float64(centredCos(s.seedI, c.instr[int(i)*analysis.NumInstruments:int(i+1)*analysis.NumInstruments]))
	}
	like = b.SoundsLike
	shift := 1.0
	if s.q.Shifted && s.seedT != nil {
		shift = s.shiftFit(i, like)
		if b.SoundsLike > 0 {
			// "Like X but slower": sounding like X counts as far as the
			// track also makes the change asked for.
			b.SoundsLike *= shift
		}
	}
	if s.fitOn {
		b.Fit = s.fit(i, shift, like)
	}
	b.Taste = tasteArt * float64(s.artAff[c.artist[i]])
	if tasteGenre != 0 { // the shares are tuned constants; skip what weighs nothing
		var g float32
		gs := c.genreList[c.genreOff[i]:c.genreOff[i+1]]
		for _, x := range gs {
			g += s.genAff[x]
		}
		if len(gs) > 0 {
			g /= float32(len(gs))
		}
		b.Taste += tasteGenre * float64(g)
	}
	if s.genSetOn {
		// A genre the person named weighs as an artist they named does,
		// whatever the learned affinities weigh.
		var g float32
		for _, x := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
			g += s.genSet[x]
		}
		b.Taste += tasteArt * float64(max(-1, min(1, g)))
	}
	if tasteFeat != 0 && c.hasFeat[i] && (s.t.LikedFeatures != nil || s.t.DislikedFeatures != nil) {
		p := c.featurePoint(i)
		b.Taste += tasteFeat * (kernel(p, s.t.LikedFeatures) - kernel(p, s.t.DislikedFeatures))
	}
	if s.ctxOn {
		b.Context = s.ctxScale * s.context(i)
	}
	if s.dialOn {
		fam := 0.7*playShare(c.plays[i], c.maxPlays) + 0.3*math.Max(0, float64(s.artAff[c.artist[i]]))
		liked, known := s.likedRows[i]
		if known {
			fam = math.Max(fam, float64(liked))
		}
		var unexp float64
		if c.plays[i] == 0 && !known {
			unexp = 1 / (1 + 0.25*float64(c.shown[i]))
		}
		b.Novelty = (2*s.dial - 1) * (unexp - fam)
	}
	b.Exposure = -math.Min(1, math.Log1p(float64(c.shown[i]))/math.Log(21))
	return like
}

func playShare(p, maxp int32) float64 {
	if p <= 0 || maxp <= 0 {
		return 0
	}
	return math.Log1p(float64(p)) / math.Log1p(float64(maxp))
}

// kernel is a closeness in feature space, 1 at the centre and 0.5 at a
// distance of about 0.22, 0 when centre is nil. A Cauchy kernel, because
// it runs for every track and needs no exp.
func kernel(p [4]float64, centre []float64) float64 {
	if centre == nil {
		return 0
	}
	var d float64
	for k := range p {
		if k == tempoAxis && (p[k] == 0 || centre[k] == 0) {
			continue // an unknown tempo is neither near nor far
		}
		x := p[k] - centre[k]
		d += x * x
	}
	return 1 / (1 + d/0.05)
}

// exact fills the embedding signals and the exemplar kernels of stage two.
func (s *scorer) exact(i int32, b *Breakdown) {
	c := s.c
	if c.embDim > 0 && c.embScale[i] != 0 {
		d := c.embDim
		e := c.emb[int(i)*d : int(i+1)*d]
		cos := func(v []float32) float64 {
			if v == nil {
				return 0
			}
			return float64(dotF32I8(v, e) * c.embScale[i])
		}
		b.Semantic = cos(s.qvec)
		b.SoundsLike += slEmb * (cos(s.seedE) - awayFactor*cos(s.awayE))
		b.Taste += tasteEmb * (cos(s.t.likedVec) - cos(s.t.dislikedVec))
	}
	var like, dislike float32
	for _, e := range s.liked {
		if e.i != i && e.w > like {
			like = max(like, e.w*closeness(c.similarityAbove(i, e.i, closeFrom)))
		}
	}
	for _, e := range s.disliked {
		if e.i == i {
			dislike = max(dislike, e.w)
		} else if e.w > dislike {
			dislike = max(dislike, e.w*closeness(c.similarityAbove(i, e.i, closeFrom)))
		}
	}
	b.Taste += tasteLike * float64(like)
	b.Dislike = -float64(dislike)
}

// closeFrom is the similarity from which a liked or disliked exemplar
// starts to carry over to a track.
const closeFrom = 0.8

// closeness maps a similarity to how much of an exemplar's weight carries
// over: nothing up to closeFrom, all of it from 0.95.
func closeness(sim float32) float32 { return min(1, max(0, (sim-closeFrom)/0.15)) }

func dotF32I8(a []float32, b []int8) float32 {
	b = b[:len(a)]
	var s0, s1 float32
	i := 0
	for ; i+2 <= len(a); i += 2 {
		s0 += a[i] * float32(b[i])
		s1 += a[i+1] * float32(b[i+1])
	}
	if i < len(a) {
		s0 += a[i] * float32(b[i])
	}
	return s0 + s1
}

// shiftFit is how well row i makes the relative change asked for: its
// fit to the tempo preference and to the energy wanted, whichever the
// request holds (1 when neither). A change measured from the seeds'
// tempo or energy is a direction from it (tempoShiftFit,
// energyShiftFit): a track no slower than the seeds does not make the
// change "like X but slower" asks for, however close it is to the
// preference's window.
func (s *scorer) shiftFit(i int32, like float64) float64 {
	c, q := s.c, s.q
	f := 1.0
	switch {
	case s.shiftTempo:
		f *= s.tempoShiftFit(i, like)
	case s.hasPrefer:
		f *= s.preferFit(i, 0.5)
	}
	switch {
	case !c.hasFeat[i]:
	case s.shiftEnergy:
		f *= s.energyShiftFit(i)
	case q.Energy != nil:
		f *= 1 - clamp01((math.Abs(float64(c.energy[i])-*q.Energy)-0.1)/0.3)
	}
	return f
}

// tempoShiftFit is how far row i's tempo moves from the seeds' in the
// direction asked: nothing at their tempo or on its other side, fully
// from a tenth of it on ("slower" than 100 BPM: 90 and under, as
// models.Request.ShiftedTempo prefers); a slight change fully from 5 %
// on, and less again past 13 %, falling to nothing 30 BPM further. A
// measured track without a beat is slower than any tempo; one never
// analysed, or whose beat has an unsure tempo, fits half. like is how
// much row i sounds like the seeds (linear): one that sounds like them
// halfway or more, measured at about half or twice their tempo, is taken
// at their tempo; another reading its genre doubts counts at both levels
// (tempoChance).
func (s *scorer) tempoShiftFit(i int32, like float64) float64 {
	c, q := s.c, s.q
	if !c.hasFeat[i] || c.unsure[i] {
		return 0.5
	}
	b := float64(c.bpm[i])
	if b <= 0 {
		if q.TempoShift < 0 {
			return 1
		}
		return 0
	}
	fit := func(b float64) float64 {
		d := float64(q.TempoShift) * (b - q.TempoFrom) / q.TempoFrom
		if q.SlightShift {
			return clamp01(d/0.05) * (1 - clamp01((d-0.13)*q.TempoFrom/30))
		}
		return clamp01(d / 0.1)
	}
	if like >= (shiftApart+shiftNear)/2 {
		// A track of the seeds' own sound measured at about half or
		// twice their tempo is more likely the same pulse read at the
		// next metrical level, the commonest error of beat tracking,
		// than a change of tempo: it is taken at the seeds' octave.
		for _, k := range []float64{2, 0.5} {
			if math.Abs(b*k-q.TempoFrom) <= octaveSlack*q.TempoFrom {
				return fit(b * k)
			}
		}
	}
	return c.tempoChance(i, fit)
}

// octaveSlack is how near, as a share of the seeds' tempo, twice or half
// a track's measured tempo must come to the seeds' for the track to be
// taken as read at another metrical level (tempoShiftFit).
const octaveSlack = 0.08

// energyShiftFit is how far row i's energy moves from the seeds' in the
// direction asked: nothing at their energy or on its other side, fully
// within 0.1 of the step models.Request.ShiftedEnergy takes (0.25, or
// 0.1 for a slight change, where it is full from 0.05 on), and less past
// that, to nothing 0.3 further, so that "calmer" than a loud track is
// not silence.
func (s *scorer) energyShiftFit(i int32) float64 {
	c, q := s.c, s.q
	step := energyStep(q.SlightShift)
	d := float64(q.EnergyShift) * (float64(c.energy[i]) - q.EnergyFrom)
	return clamp01(d/max(0.05, step-0.1)) * (1 - clamp01((d-step-0.1)/0.3))
}

// energyStep is the step of energy a relative change takes
// (models.Request.ShiftedEnergy): 0.25, or 0.1 for a slight one.
func energyStep(slight bool) float64 {
	if slight {
		return 0.1
	}
	return 0.25
}

// shiftApart and shiftNear bound the part of sounding like the seeds
// that linear computes (timbre and instruments heard) for the change
// asked relative to them (fit): a track counts as near the seeds' sound
// not at all up to shiftApart, what tracks of another sound reach (the
// timbre statistics are not centred, so unrelated tracks share some),
// and in full from shiftNear, what most tracks of the seeds' own sound
// reach (on the evaluation's fixture, 0.2–0.3 and 0.3–0.55).
const (
	shiftApart = 0.2
	shiftNear  = 0.5
)

// preferFit is how well row i's tempo fits the tempo preference: 1 inside
// it, falling to 0 at 30 BPM outside. A measured track without a beat fits
// a preference for slow music (a ceiling without a floor) and not one for
// fast music; a track without features, or with a beat whose tempo is
// unsure, fits as much as unknown says; one its genre doubts, as far as
// either level does (tempoChance).
func (s *scorer) preferFit(i int32, unknown float64) float64 {
	c := s.c
	if !c.hasFeat[i] || c.unsure[i] {
		return unknown
	}
	if c.bpm[i] <= 0 {
		if s.preferLo <= 0 {
			return 1
		}
		return 0
	}
	return c.tempoChance(i, func(b float64) float64 {
		return rangeFit(b, float64(s.preferLo), float64(s.preferHi), 30)
	})
}

// tempoFit is how well row i's measured tempo fits the tempo range asked
// for, which the hard rule lets through with 2 % of slack (setTempo) for
// the error of beat tracking: 1 inside the range, and in the slack a
// thirtieth less per BPM outside it, as for a preference (preferFit). A
// track measured inside the range is more surely in it than one only the
// slack let in ("between 125 and 130 bpm" lists a track measured at 127
// before one at 123 or 132, where they tied and the note's words decided);
// a track without a beat the rule let through (slower than any ceiling)
// fits fully. A reading its genre doubts fits as far as either level
// does (tempoChance): "under 80 bpm" lists a drum and bass track read at
// 86 after the slow tracks it is not.
func (s *scorer) tempoFit(i int32) float64 {
	if s.c.bpm[i] <= 0 {
		return 1
	}
	hi := s.q.TempoMax
	if hi <= 0 {
		hi = math.Inf(1) // "over 140 bpm": no ceiling
	}
	return s.c.tempoChance(i, func(b float64) float64 { return rangeFit(b, s.q.TempoMin, hi, 30) })
}

// hasYears reports whether the request bounds the release year.
func (s *scorer) hasYears() bool { return s.q.YearMin > 0 || s.q.YearMax > 0 }

// inYears reports whether row i's year is known and within the bounds.
func (s *scorer) inYears(i int32) bool {
	y := int(s.c.year[i])
	return y > 0 && y >= s.q.YearMin && (s.q.YearMax == 0 || y <= s.q.YearMax)
}

// refusedYear reports whether row i's year is known and in a span the
// request refuses.
func (s *scorer) refusedYear(i int32) bool {
	y := int(s.c.year[i])
	for _, r := range s.q.ExcludeYears {
		if y > 0 && y >= r.From && y <= r.To {
			return true
		}
	}
	return false
}

// fit is the fit of row i to the request's musical constraints. A tempo
// or energy changed from the seeds' ("like X but slower") is one
// constraint met as far as the track makes the change (shift, shiftFit)
// near the seeds' sound (like, the part of sounding like them that
// linear computed): the change is a direction from X, so a track that
// makes it without sounding like X fits none of it, as one that sounds
// like X without making it.
func (s *scorer) fit(i int32, shift, like float64) float64 {
	c, q := s.c, s.q
	var sum, n float64
	feat := c.hasFeat[i]
	unknown := 0.3 // a track without features fits a little, not fully
	if s.shiftTempo || s.shiftEnergy {
		n++
		sum += shift * clamp01((like-shiftApart)/(shiftNear-shiftApart))
	}
	if q.Energy != nil && !s.shiftEnergy {
		n++
		if feat {
			sum += 1 - clamp01((math.Abs(float64(c.energy[i])-*q.Energy)-0.1)/0.3)
		} else {
			sum += unknown
		}
	}
	if s.hasTempo {
		n++
		sum += s.tempoFit(i)
	}
	if s.hasPrefer && !s.shiftTempo {
		n++
		sum += s.preferFit(i, unknown)
	}
	if s.hasYears() {
		n++
		if c.year[i] > 0 {
			sum++ // the filter let it through
		} else {
			sum += unknown
		}
	}
	if q.PreferYearMax > 0 {
		// Older fits fully; each year past it costs a fifteenth.
		n++
		switch y := int(c.year[i]); {
		case y == 0:
			sum += 0.5
		case y <= q.PreferYearMax:
			sum++
		default:
			sum += max(0, 1-float64(y-q.PreferYearMax)/15)
		}
	}
	if q.PreferYearMin > 0 {
		// Newer fits fully; each year before it costs a fifteenth.
		n++
		switch y := int(c.year[i]); {
		case y == 0:
			sum += 0.5
		case y >= q.PreferYearMin:
			sum++
		default:
			sum += max(0, 1-float64(q.PreferYearMin-y)/15)
		}
	}
	if q.NearTrackMin > 0 || q.NearTrackMax > 0 {
		// The nearer a track's length to the window, the better, in
		// proportion to the bound it misses (a song of 3 minutes misses
		// "under 2 minutes" by half); an unknown length fits half.
		n++
		switch d := time.Duration(c.duration[i]) * time.Second; {
		case d <= 0:
			sum += 0.5
		case q.NearTrackMin > 0 && d < q.NearTrackMin:
			sum += clamp01(d.Seconds() / q.NearTrackMin.Seconds())
		case q.NearTrackMax > 0 && d > q.NearTrackMax:
			sum += clamp01(2 - d.Seconds()/q.NearTrackMax.Seconds())
		default:
			sum++
		}
	}
	if q.Mode != "" {
		n++
		switch {
		case !feat:
			sum += unknown
		case c.minor[i] == (q.Mode == "minor"):
			sum++
		}
	}
	if len(q.Moods) > 0 {
		n++
		sum += s.moodFit(i, q.Moods, s.nearMoods, s.kindMoods)
	}
	if len(q.DefaultMoods) > 0 && len(q.Moods) == 0 {
		// The moods an activity or setting implies are a guess, as their
		// energy is: half a constraint.
		n += 0.5
		sum += 0.5 * s.moodFit(i, q.DefaultMoods, s.defaultNear, s.defaultKinds)
	}
	if s.genreOn {
		n++
		sum += s.genreFit(i)
	}
	if len(q.Instruments) > 0 {
		// A wanted instrument counts fully when the note names it, and
		// by the confidence that analysis hears its family otherwise.
		n++
		var best float64
		for _, w := range q.Instruments {
			if c.tags[i].has(w) {
				best = 1
				break
			}
			if h, ok := c.heardConfidence(i, w); ok {
				best = max(best, float64(h))
			}
		}
		sum += best
	}
	if q.Instrumental {
		n++
		if !c.tags[i].has("vocals") {
			sum++
		}
	}
	for _, m := range s.sounds {
		// A quality of sound ranks by the measure it is read from; a track
		// not measured fits a little, as for the other measurements.
		n++
		if f, ok := c.soundRank(i, m); ok {
			sum += f
		} else {
			sum += unknown
		}
	}
	if s.ctxOn && s.ctxScale == 1 && q.Energy == nil {
		// An activity or setting the person said asks for its energy and
		// pace as an energy word would ("hip hop to study to" is hip hop
		// calm enough to study to), unless a level was said outright.
		// It counts half a constraint: what suits an activity is a
		// guess, what was said outright is not.
		if f, ok := s.priorFit(i); ok {
			n += 0.5
			sum += 0.5 * f
		}
	}
	f := 1.0 // only moods left out: a track fits unless it has one
	if n > 0 {
		f = sum / n
	}
	if s.exMoods != (tagSet{}) {
		f -= 0.5 * float64(c.tags[i].and(s.exMoods).count())
	}
	return max(0, f)
}

// moodFit is how well row i suits the moods asked for, with near[k] the
// moods near moods[k] and kinds[k] its kinds: a tag of the mood or of one
// of its kinds counts fully ("melancholic" is sad), one of a near mood as
// nearMoodFit, each as far as the sound confirms it (moodConfirmed), and
// a track with none by its measured sound alone (moodPrior). The mood
// words of a request are alternatives ("sad" brings "melancholic" and
// "wistful"): the best one counts most.
func (s *scorer) moodFit(i int32, moods []string, near, kinds []tagSet) float64 {
	c := s.c
	var m, best float64
	for k, w := range moods {
		var v float64
		switch {
		case c.tags[i].has(w), c.tags[i].and(kinds[k]) != (tagSet{}):
			v = s.moodConfirmed(w, i, 1)
		case c.tags[i].and(near[k]) != (tagSet{}):
			v = s.moodConfirmed(w, i, nearMoodFit)
		case c.hasFeat[i]:
			v = 0.6 * moodPrior(w, c, i)
		}
		m += v
		best = max(best, v)
	}
	return 0.7*best + 0.3*m/float64(len(moods))
}

// nearMoodFit is how well a track tagged with a mood near a wanted one
// (vocab.MoodNear: "melancholic" for "sad") fits it; moodDoubt is the
// share of a mood tag's fit that the measured sound must confirm.
const (
	nearMoodFit = 0.75
	moodDoubt   = 0.5
)

// moodConfirmed is the fit tag of a track tagged with mood w (or a mood
// near it), weighed by how well its measured sound suits the mood's place
// on the valence and arousal plane (moodSound): a tag is a claim the
// sound must confirm for moodDoubt of its fit ("sad" on a loud, bright
// track fits less than on a quiet one in a minor key). An energy the
// request states outright ("energetic sad songs") replaces the mood's
// arousal, so then only its valence is checked. A mood the plane does
// not place, or a track never analysed, keeps the tag's fit.
func (s *scorer) moodConfirmed(w string, i int32, tag float64) float64 {
	if !s.c.hasFeat[i] {
		return tag
	}
	v, okV, a, okA := moodSound(w, s.c, i)
	if s.q.Energy != nil {
		okA = false
	}
	var sound float64
	switch {
	case okV && okA:
		sound = 0.5*v + 0.5*a
	case okV:
		sound = v
	case okA:
		sound = a
	default:
		return tag
	}
	return tag * (1 - moodDoubt + moodDoubt*sound)
}

// genreFit is 1 when row i has a wanted genre, 0.5 when it has one
// beside a wanted genre, else 0.
func (s *scorer) genreFit(i int32) float64 {
	c := s.c
	var best float32
	for _, g := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
		best = max(best, s.wantGenre[g])
	}
	return float64(best)
}

func clamp01(x float64) float64 { return min(1, max(0, x)) }

// rangeFit is 1 inside [lo, hi] and falls to 0 at margin outside.
func rangeFit(v, lo, hi, margin float64) float64 {
	switch {
	case v < lo:
		return clamp01(1 - (lo-v)/margin)
	case v > hi:
		return clamp01(1 - (v-hi)/margin)
	}
	return 1
}

// moodPrior is how well row i's features suit a mood word: the mean of
// its fit on the two axes the mood has a place on (moodSound).
func moodPrior(mood string, c *Catalog, i int32) float64 {
	v, okV, a, okA := moodSound(mood, c, i)
	switch {
	case okV && okA:
		return 0.5*v + 0.5*a
	case okV:
		return v
	case okA:
		return a
	}
	return 0
}

// moodSound places a mood word on the plane of valence (how pleasant: the
// mode, the brightness) and arousal (how stirred: the energy, the pace),
// and says how well row i's measured sound suits it on each axis the mood
// has a place on (okV, okA): "sad" is unpleasant and low in arousal,
// "aggressive" high in arousal, "dark" only unpleasant.
func moodSound(mood string, c *Catalog, i int32) (valence float64, okV bool, arousal float64, okA bool) {
	e, br := float64(c.energy[i]), float64(c.bright[i])
	minor := c.minor[i]
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	switch mood {
	case "calm", "chill", "mellow", "peaceful", "dreamy":
		return 0, false, rangeFit(e, 0, 0.4, 0.3), true
	case "melancholic", "sad", "wistful", "reflective", "moody", "brooding", "tense", "mysterious":
		return b2f(minor), true, rangeFit(e, 0, 0.6, 0.3), true
	case "dark":
		return 0.5*b2f(minor) + 0.5*rangeFit(br, 0, 0.45, 0.3), true, 0, false
	case "happy", "joyful", "hopeful", "warm", "playful", "bright", "uplifting", "euphoric", "triumphant":
		return 0.5*b2f(!minor) + 0.5*rangeFit(br, 0.5, 1, 0.3), true, 0, false
	case "energetic", "intense", "aggressive", "angry", "epic":
		return 0, false, rangeFit(e, 0.65, 1, 0.3), true
	case "groovy":
		return 0, false, c.tempoChance(i, func(b float64) float64 { return rangeFit(b, 95, 125, 20) }), true
	case "romantic", "sensual", "nostalgic":
		return 0, false, rangeFit(e, 0.2, 0.6, 0.3), true
	}
	return 0, false, 0, false
}

// prior is what an activity or time of day asks of the features; zero
// bounds are open.
type prior struct {
	bpmLo, bpmHi, eLo, eHi, brLo, brHi float64
}

func (p prior) merge(o prior) prior {
	if p.bpmHi == 0 {
		p.bpmLo, p.bpmHi = o.bpmLo, o.bpmHi
	}
	if p.eHi == 0 {
		p.eLo, p.eHi = o.eLo, o.eHi
	}
	if p.brHi == 0 {
		p.brLo, p.brHi = o.brLo, o.brHi
	}
	return p
}

// activityPriors are the priors of the context words; the words of one
// entry ask the same of the music (contextKin).
var activityPriors = []struct {
	words []string
	p     prior
}{
	{[]string{"running"}, prior{bpmLo: 150, bpmHi: 190, eLo: 0.6, eHi: 1}},
	{[]string{"working out"}, prior{bpmLo: 120, bpmHi: 180, eLo: 0.7, eHi: 1}},
	{[]string{"studying", "focus", "reading", "working", "background"}, prior{eLo: 0, eHi: 0.45}},
	{[]string{"sleeping", "meditation"}, prior{bpmLo: 40, bpmHi: 90, eLo: 0, eHi: 0.25}},
	{[]string{"dinner party", "cooking"}, prior{eLo: 0.3, eHi: 0.6}},
	{[]string{"party", "dancing", "celebration"}, prior{bpmLo: 110, bpmHi: 135, eLo: 0.6, eHi: 1}},
	{[]string{"driving", "road trip", "commute"}, prior{eLo: 0.45, eHi: 0.8}},
	// A walking cadence is 100 to 130 steps a minute.
	{[]string{"walking"}, prior{bpmLo: 100, bpmHi: 130, eLo: 0.4, eHi: 0.8}},
	{[]string{"relaxing", "winding down", "rainy day"}, prior{eLo: 0, eHi: 0.4}},
	{[]string{"morning"}, prior{eLo: 0.35, eHi: 0.7, brLo: 0.5, brHi: 1}},
	{[]string{"sunny"}, prior{eLo: 0.35, eHi: 0.8, brLo: 0.5, brHi: 1}},
	{[]string{"cosy"}, prior{eLo: 0.1, eHi: 0.5}},
	{[]string{"housework"}, prior{eLo: 0.55, eHi: 1}},
	{[]string{"afternoon"}, prior{eLo: 0.4, eHi: 0.8}},
	{[]string{"evening"}, prior{eLo: 0.2, eHi: 0.6}},
	{[]string{"night", "late night"}, prior{eLo: 0, eHi: 0.45, brLo: 0, brHi: 0.5}},
}

// activityPrior returns the prior for a context word.
func activityPrior(w string) (prior, bool) {
	for _, a := range activityPriors {
		if slices.Contains(a.words, w) {
			return a.p, true
		}
	}
	return prior{}, false
}

// settingContext is the context whose prior a setting takes: a place or
// occasion sounds like what people do there ("car" is driving, "club" is
// a party, "beach" is sunny, "fireside" is cosy, "rainy" is a rainy day),
// or "" for one that says nothing of the music (city, forest; a shop or
// salon, a game night, a work shift: each plays what its people like). A
// massage room or spa plays slow, calm music by design, and a dentist's
// or doctor's waiting room plays music to ease patients' anxiety (Bradt
// and Teague, "Music interventions for dental anxiety", Oral Diseases
// 24(3), 2018), and so does a hospital or clinic (Bradt, Dileo and Shim,
// "Music interventions for preoperative anxiety", Cochrane Database of
// Systematic Reviews, 2013): all are relaxing. Travel by air ("flight")
// says nothing. An island is played for as the
// tropical island of reggae and soca, a beach's sunny day out (the
// vocabulary's seeds.txt); a lake, a desert or a boat says nothing.
func settingContext(setting string) string {
	switch setting {
	case "spa", "waiting room", "hospital":
		return "relaxing"
	case "car":
		return "driving"
	case "club":
		return "party"
	case "kitchen":
		return "cooking"
	case "office":
		return "working"
	case "wedding", "holiday":
		return "celebration"
	case "dinner party", "date night", "bar":
		return "dinner party"
	case "rainy", "snowy", "autumn":
		return "rainy day"
	case "beach", "pool", "sunny", "spring", "garden", "island":
		return "sunny"
	case "fireside", "campfire", "cafe", "café", "bath":
		return "cosy"
	case "housework":
		return "housework"
	}
	return ""
}

func hourWord(h int) string {
	switch {
	case h >= 5 && h < 12:
		return "morning"
	case h >= 12 && h < 17:
		return "afternoon"
	case h >= 17 && h < 22:
		return "evening"
	}
	return "late night"
}

// context is the fit of row i to the context prior and tags.
func (s *scorer) context(i int32) float64 {
	c, p := s.c, s.ctx
	tag := 0.0
	switch {
	case c.tags[i].and(s.ctxOne) != (tagSet{}):
		tag = 1
	case c.tags[i].and(s.ctxTags) != (tagSet{}):
		// A word sharing the prior counts as a near mood does.
		tag = nearMoodFit
	}
	if !c.hasFeat[i] {
		return 0.4 * tag
	}
	sum, n := s.paceFit(i)
	if p.brHi > 0 {
		sum += rangeFit(float64(c.bright[i]), p.brLo, p.brHi, 0.25)
		n++
	}
	if n == 0 {
		return 0.4 * tag
	}
	return 0.6*sum/n + 0.4*tag
}

// paceFit sums how well row i's measured tempo and energy suit the
// context prior's ranges, and counts the ranges the prior gives.
func (s *scorer) paceFit(i int32) (sum, n float64) {
	c, p := s.c, s.ctx
	if p.bpmHi > 0 && c.bpm[i] > 0 {
		// Half or double time suits a pace as well.
		sum += c.tempoChance(i, func(b float64) float64 {
			return max(rangeFit(b, p.bpmLo, p.bpmHi, 20), 0.7*rangeFit(2*b, p.bpmLo, p.bpmHi, 20))
		})
		n++
	} else if p.bpmHi > 0 && p.bpmHi <= 100 && !c.unsure[i] {
		// A track without a beat suits a slow pace; one whose beat has an
		// unsure tempo is not known to.
		sum++
		n++
	}
	if p.eHi > 0 {
		sum += rangeFit(float64(c.energy[i]), p.eLo, p.eHi, 0.25)
		n++
	}
	return sum, n
}

// priorFit is how well row i's measured tempo and energy suit the
// context prior, and whether the prior says anything that could bear on
// them (its brightness range alone counts as saying something, but is
// not scored here); a track without features fits a little.
func (s *scorer) priorFit(i int32) (float64, bool) {
	c, p := s.c, s.ctx
	if p.bpmHi == 0 && p.eHi == 0 && p.brHi == 0 {
		return 0, false
	}
	if !c.hasFeat[i] {
		return 0.3, true
	}
	sum, n := s.paceFit(i)
	if n == 0 {
		return 0, false
	}
	return sum / n, true
}

// heardExcluded returns the first instrument word the request leaves out
// whose family analysis hears in row i (confidence at least
// analysis.InstrumentPresent), or "".
func (s *scorer) heardExcluded(i int32) string {
	for _, w := range s.q.ExcludeInstruments {
		if h, ok := s.c.heardConfidence(i, w); ok && float64(h) >= analysis.InstrumentPresent {
			return w
		}
	}
	return ""
}
