package engine

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"sleeve/library"
	"sleeve/models"
)

// Weights weigh the signals of a ranking. A track's score is the sum of
// weight × signal; see [Breakdown] for what each signal measures.
type Weights struct {
	Semantic   float64 `json:"semantic"`
	Lexical    float64 `json:"lexical"`
	Fit        float64 `json:"fit"`
	SoundsLike float64 `json:"sounds_like"`
	Taste      float64 `json:"taste"`
	Dislike    float64 `json:"dislike"`
	Context    float64 `json:"context"`
	Novelty    float64 `json:"novelty"`
	Exposure   float64 `json:"exposure"`
}

// Breakdown holds one value per signal. In [Item.Breakdown] the values are
// contributions (weight × signal) and add up to the score; in
// [Item.Signals] they are the raw signals:
//
//   - Semantic: cosine of the request and note embeddings, −1…1.
//   - Lexical: BM25 of the request words over note and tags, 0…1 (scaled
//     by the best match, or by what a track saying each word once would
//     score when that is more: see scorer.setTerms).
//   - Fit: fit to tempo, energy, mode, mood, genre and vocals, 0…1.
//   - SoundsLike: timbre and note similarity to the seed tracks, −1…1.
//   - Taste: learned affinity to the artist, genres, and liked regions.
//   - Dislike: closeness to a track rated down, −1…0.
//   - Context: fit to the activity and time of day, 0…1.
//   - Novelty: agreement with the novelty dial, −1…1.
//   - Exposure: how often the track was shown already, −1…0.
type Breakdown struct {
	Semantic   float64 `json:"semantic"`
	Lexical    float64 `json:"lexical"`
	Fit        float64 `json:"fit"`
	SoundsLike float64 `json:"sounds_like"`
	Taste      float64 `json:"taste"`
	Dislike    float64 `json:"dislike"`
	Context    float64 `json:"context"`
	Novelty    float64 `json:"novelty"`
	Exposure   float64 `json:"exposure"`
}

// signalNames lists the signals in Breakdown order, for reasons and
// tuning.
var signalNames = []string{"semantic", "lexical", "fit", "sounds_like", "taste", "dislike", "context", "novelty", "exposure"}

func (b Breakdown) vec() [9]float64 {
	return [9]float64{b.Semantic, b.Lexical, b.Fit, b.SoundsLike, b.Taste, b.Dislike, b.Context, b.Novelty, b.Exposure}
}

func (w Weights) vec() [9]float64 {
	return [9]float64{w.Semantic, w.Lexical, w.Fit, w.SoundsLike, w.Taste, w.Dislike, w.Context, w.Novelty, w.Exposure}
}

// WeightsFromVec is the inverse of Weights' vector form, in Breakdown order.
func WeightsFromVec(v [9]float64) Weights {
	return Weights{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]}
}

// Vec returns the weights in Breakdown order.
func (w Weights) Vec() [9]float64 { return w.vec() }

func (w Weights) apply(s Breakdown) (Breakdown, float64) {
	sv, wv := s.vec(), w.vec()
	var c [9]float64
	var total float64
	for k := range sv {
		c[k] = sv[k] * wv[k]
		total += c[k]
	}
	return Breakdown{c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]}, total
}

// Options control one ranking. The zero value gives 10 tracks with the
// default weights, caps and diversity.
type Options struct {
	// Weights are the signal weights; zero means DefaultWeights.
	Weights Weights
	// N is the list length when the query gives neither a count nor a
	// duration (default 10).
	N int
	// MaxPerArtist and MaxPerAlbum cap tracks per artist and album in one
	// list (default 2 and 2; negative for no cap). When a requested count
	// cannot be met within the caps, they are relaxed and a notice says so.
	MaxPerArtist, MaxPerAlbum int
	// Diversity is the MMR trade-off: 0 ranks by score alone, 1 by
	// dissimilarity alone (default DefaultDiversity).
	Diversity float64
	// Candidates is how many of the best-scoring tracks are kept for
	// re-ranking (default max(200, 10×N)).
	Candidates int
	// Now is the time of the request, for the time-of-day context when the
	// request names none (zero: no time context).
	Now time.Time
	// Workers splits the scan of large catalogues (default GOMAXPROCS).
	Workers int
}

// DefaultDiversity is the MMR trade-off used when Options.Diversity is 0.
// Set NoDiversity for pure relevance order.
const DefaultDiversity = 0.25

// NoDiversity turns MMR off when given as Options.Diversity.
const NoDiversity = -1

// VarietyDiversity is the least MMR trade-off of a query that asks for
// variety ("mix it up", "an eclectic mix"): twice the default.
const VarietyDiversity = 0.5

// forQuery is the options with what the query asks of them: a query
// that asks for variety spreads the list at least VarietyDiversity,
// unless the options turn diversity off, and one that asks only for
// some artists has no cap per artist or album.
func (o Options) forQuery(q Query) Options {
	o = o.withDefaults()
	if q.Variety && o.Diversity > 0 {
		o.Diversity = max(o.Diversity, VarietyDiversity)
	}
	if len(q.OnlyArtists) > 0 {
		// Every track by the artists asked for: a cap per artist or
		// album would cut the list to a few of theirs.
		o.MaxPerArtist, o.MaxPerAlbum = -1, -1
	}
	return o
}

// Item is one recommended track.
type Item struct {
	TrackInfo
	Rank  int     `json:"rank"`
	Score float64 `json:"score"`
	// Breakdown holds each signal's contribution to Score.
	Breakdown Breakdown `json:"breakdown"`
	// Signals holds the raw signal values.
	Signals Breakdown `json:"signals"`
	// Reasons are short sentences taken from the signals that ranked it.
	Reasons []string `json:"reasons"`
}

// Mix is what a list achieved on the novelty dial.
type Mix struct {
	// Familiar tracks were played before or are liked; Unexplored were
	// never played and at most once shown; the rest are In between.
	Familiar   int `json:"familiar"`
	Unexplored int `json:"unexplored"`
	Between    int `json:"between"`
	// Dial is the familiarity asked for (0 favourites … 1 discoveries),
	// or −1 when none was.
	Dial float64 `json:"dial"`
	// Novelty is the share of unexplored tracks plus half the in-between.
	Novelty float64 `json:"novelty"`
}

// Result is a ranked list.
type Result struct {
	Items []Item `json:"items"`
	Mix   Mix    `json:"mix"`
	// Notices tell the person what could not be done exactly.
	Notices []string `json:"notices,omitempty"`
	// Eligible counts the tracks that passed the exclusions and hard
	// constraints.
	Eligible int `json:"eligible"`
	// Duration is the total length of the list.
	Duration time.Duration `json:"duration_ns"`

	// genresUnserved says every genre asked for went unserved: the
	// library has none of it, or the rest of the request left out all of
	// it and of the genres near it (scorer.genreUnserved).
	genresUnserved bool
	// floor is the relevance floor the list was chosen under.
	floor float64
}

// IDs returns the track IDs in order.
func (r Result) IDs() []library.TrackID {
	ids := make([]library.TrackID, len(r.Items))
	for i, it := range r.Items {
		ids[i] = it.ID
	}
	return ids
}

// Ranker ranks a catalogue. It is safe for concurrent use.
type Ranker struct {
	cat  *Catalog
	bufs sync.Pool // *[]float32 of catalogue length, for lexical scores
}

// NewRanker returns a ranker over cat.
func NewRanker(cat *Catalog) *Ranker { return &Ranker{cat: cat} }

// Catalog returns the catalogue the ranker ranks.
func (r *Ranker) Catalog() *Catalog { return r.cat }

func (o Options) withDefaults() Options {
	if o.Weights == (Weights{}) {
		o.Weights = DefaultWeights
	}
	if o.N <= 0 {
		o.N = 10
	}
	if o.MaxPerArtist == 0 {
		o.MaxPerArtist = 2
	}
	if o.MaxPerAlbum == 0 {
		o.MaxPerAlbum = 2
	}
	switch {
	case o.Diversity == 0:
		o.Diversity = DefaultDiversity
	case o.Diversity < 0:
		o.Diversity = 0
	}
	o.Diversity = min(1, o.Diversity)
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// maxListLen bounds lists made to a duration.
const maxListLen = 500

// cand is a candidate kept by the bounded heap.
type cand struct {
	i     int32
	score float32
}

// topK is a bounded min-heap of the best candidates.
type topK struct {
	k int
	h []cand
}

// worse orders candidates: a lower score, or an equal score at a later
// row, so the kept set does not depend on the order of the scan.
func worse(a, b cand) bool { return a.score < b.score || a.score == b.score && a.i > b.i }

func (t *topK) push(c cand) {
	if len(t.h) < t.k {
		t.h = append(t.h, c)
		t.up(len(t.h) - 1)
		return
	}
	if !worse(t.h[0], c) {
		return
	}
	t.h[0] = c
	t.down(0)
}

func (t *topK) up(j int) {
	for j > 0 {
		p := (j - 1) / 2
		if !worse(t.h[j], t.h[p]) {
			break
		}
		t.h[p], t.h[j] = t.h[j], t.h[p]
		j = p
	}
}

func (t *topK) down(j int) {
	n := len(t.h)
	for {
		l := 2*j + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && worse(t.h[r], t.h[l]) {
			m = r
		}
		if !worse(t.h[m], t.h[j]) {
			return
		}
		t.h[j], t.h[m] = t.h[m], t.h[j]
		j = m
	}
}

// Rank ranks the catalogue for q under taste t. When the years asked for
// leave nothing to list ("90s r&b" where no R&B is from the 1990s), the
// years become a preference and the list says so, since the closest
// tracks in time serve the request better than an empty list. When the
// genres asked for leave nothing, because the library has none of them
// nor anything near ("psychedelic, slow and quiet"), or because the rest
// of the request leaves out every track of them and of the genres near
// them ("hip hop at 130 to 160 bpm" where the hip hop is all slower),
// the genres give way to the rest of the request, as they already give
// way to the genres around them, and the list says so; unless the rest
// states nothing a track could fit, when nothing is listed until the
// person asks for anything close.
func (r *Ranker) Rank(q Query, t Taste, opt Options) Result {
	res := r.rank(q, t, opt)
	if len(res.Items) > 0 && !undated(res.Items) {
		return res
	}
	if q.YearMin != 0 || q.YearMax != 0 {
		near := q
		near.YearMin, near.YearMax = 0, 0
		near.PreferYearMin, near.PreferYearMax = q.YearMin, q.YearMax
		// A list of tracks without a release year met the years only
		// because they could not be checked ("60s soul" where the one
		// soul track left is untagged and the rest is of the 2010s): the
		// closest in time serve as for an empty list, unless they have no
		// year either.
		if alt := r.rank(near, t, opt); len(alt.Items) > 0 && (len(res.Items) == 0 || !undated(alt.Items)) {
			alt.Notices = append([]string{"Nothing " + yearsPhrase(q.YearMin, q.YearMax) + " fits this request; these are the closest in time."}, alt.Notices...)
			return alt
		}
	}
	if len(res.Items) > 0 {
		return res
	}
	if alt, ok := r.nearestEra(q, t, opt); ok {
		return alt
	}
	if q.TrackMin > 0 || q.TrackMax > 0 {
		// No track as long as asked: the nearest lengths serve, as the
		// nearest years do, unless the length was all that stood between
		// the rest of the request and nothing.
		if alt := r.rank(q.lengthAsPreference(), t, opt); len(alt.Items) > 0 {
			alt.Notices = append([]string{"No track " + lengthPhrase(q.TrackMin, q.TrackMax) + " fits this request; these are the closest in length."}, alt.Notices...)
			return alt
		}
	}
	if res.genresUnserved {
		rest := q
		rest.Genres = nil
		alt := r.rank(rest, t, opt)
		if alt.floor == 0 && len(q.SearchBeside) > 0 {
			// Without the genres, the words naming something of the
			// library are all that is left: they are searched for, as
			// when said alone ("goa, more psychedelic").
			rest.Search = slices.Concat(q.Search, q.SearchBeside)
			alt = r.rank(rest, t, opt)
		}
		// A person who said "anything close" after such an empty list
		// gets the closest the rest of the request allows even when it
		// states nothing a track could fail to fit.
		if len(alt.Items) > 0 && (alt.floor > 0 || q.Widen) {
			// Say why the genres gave way (the empty list's notices),
			// once: the rest of the request's notices are the list's.
			why := slices.DeleteFunc(slices.Clone(res.Notices), func(n string) bool { return slices.Contains(alt.Notices, n) })
			alt.Notices = append(append(why, restNotice(alt)), alt.Notices...)
			return alt
		}
	}
	if absent := r.cat.absentInstruments(q.Instruments); len(absent) > 0 {
		// Instruments the library has nowhere (neither heard by analysis
		// nor named by a note) give way to the rest of the request, as
		// missing genres do, and the list says so.
		rest := q
		rest.Instruments = slices.DeleteFunc(slices.Clone(q.Instruments), func(w string) bool { return slices.Contains(absent, w) })
		alt := r.rank(rest, t, opt)
		if len(alt.Items) > 0 && (alt.floor > 0 || q.Widen) {
			alt.Notices = append([]string{"No track in your library has " + joinAnd(absent) +
				", heard by analysis or named in a note. " + restNotice(alt)}, alt.Notices...)
			return alt
		}
		// The absent instruments are why the list is empty: said in
		// place of the general notice.
		res.Notices = slices.DeleteFunc(res.Notices, func(n string) bool { return strings.HasPrefix(n, "No track in your library fits") })
		res.Notices = append([]string{"No track in your library has " + joinAnd(absent) +
			", heard by analysis or named in a note. Say \u2018anything close\u2019 for the closest the rest of the request allows."}, res.Notices...)
		if q.Widen {
			// Asked for anything close, and more than one thing stands
			// between the request and the library (genres it lacks and an
			// instrument it lacks, or a length besides): every one gives
			// way at once, rather than listing nothing again under a
			// notice that asks for what was just said.
			rest := q.lengthAsPreference()
			rest.Instruments = slices.DeleteFunc(slices.Clone(q.Instruments), func(w string) bool { return slices.Contains(absent, w) })
			if res.genresUnserved {
				rest.Genres = nil
			}
			if alt := r.rank(rest, t, opt); len(alt.Items) > 0 {
				var why []string
				for _, n := range res.Notices {
					n, _, _ = strings.Cut(n, " Say \u2018anything close\u2019")
					if !slices.Contains(alt.Notices, n) {
						why = append(why, n)
					}
				}
				why = append(why, "No track fits all of it; these are the closest the rest of the request allows.")
				alt.Notices = append(why, alt.Notices...)
				return alt
			}
		}
	}
	return res
}

// restNotice says what a list served from the rest of a request holds:
// tracks that fit it, or, when the rest states nothing a track could fail
// to fit (no relevance floor), the closest it allows.
func restNotice(alt Result) string {
	if alt.floor == 0 {
		return "These are the closest the rest of the request allows."
	}
	return "These fit the rest of the request."
}

// lengthAsPreference returns q with each track's length asked for as a
// preference for the nearest lengths (NearTrackMin, NearTrackMax) rather
// than as a bound; q unchanged when it asks for no length.
func (q Query) lengthAsPreference() Query {
	if q.TrackMin > 0 || q.TrackMax > 0 {
		q.NearTrackMin, q.NearTrackMax = q.TrackMin, q.TrackMax
		q.TrackMin, q.TrackMax = 0, 0
	}
	return q
}

// lengthPhrase says a window of track lengths: "between 1:36 and 2:24
// long", "under 2 min long", "over 8 min long".
func lengthPhrase(lo, hi time.Duration) string {
	switch {
	case lo > 0 && hi > 0:
		return "between " + models.FormatLength(lo) + " and " + models.FormatLength(hi) + " long"
	case lo > 0:
		return "over " + models.FormatLength(lo) + " long"
	}
	return "under " + models.FormatLength(hi) + " long"
}

// undated reports whether no item of a list has a release year.
func undated(items []Item) bool {
	return !slices.ContainsFunc(items, func(it Item) bool { return it.Year > 0 })
}

// nearestEra ranks, for an era preferred that the library holds nothing
// of ("old songs" where everything is from this decade, "recent songs"
// in a library of the 1960s), the tracks closest to it in time: the
// preference moves to the library's oldest (or newest) year, as a year
// asked for becomes a preference when nothing is from then, and the list
// says so. It reports false when the library has music of the era, or
// when the rest of the request leaves nothing either.
func (r *Ranker) nearestEra(q Query, t Taste, opt Options) (Result, bool) {
	oldest, newest := r.cat.yearSpan()
	if oldest == 0 {
		return Result{}, false
	}
	near := q
	var notice string
	switch {
	case q.PreferYearMax > 0 && oldest > q.PreferYearMax:
		near.PreferYearMax = oldest
		notice = "Nothing in your library is from before " + itoa(q.PreferYearMax+1) + "; these are the oldest tracks that fit."
	case q.PreferYearMin > 0 && newest < q.PreferYearMin:
		near.PreferYearMin = newest
		notice = "Nothing in your library is from " + itoa(q.PreferYearMin) + " on; these are the newest tracks that fit."
	default:
		return Result{}, false
	}
	alt := r.rank(near, t, opt)
	if len(alt.Items) == 0 {
		return Result{}, false
	}
	alt.Notices = append([]string{notice}, slices.DeleteFunc(alt.Notices, func(n string) bool {
		return strings.HasPrefix(n, "No track in your library fits")
	})...)
	return alt, true
}

// yearsPhrase says a range of release years: "from 1990 to 1999", "from
// 1990 on", "up to 1979".
func yearsPhrase(lo, hi int) string {
	switch {
	case lo > 0 && hi > 0 && lo == hi:
		return "from " + itoa(lo)
	case lo > 0 && hi > 0:
		return "from " + itoa(lo) + " to " + itoa(hi)
	case lo > 0:
		return "from " + itoa(lo) + " on"
	}
	return "up to " + itoa(hi)
}

func (r *Ranker) rank(q Query, t Taste, opt Options) Result {
	opt = opt.forQuery(q)
	c := r.cat
	s := r.newScorer(q, t, opt)
	want := opt.N
	if q.Count > 0 {
		want = q.Count
	}
	if q.Duration > 0 {
		want = maxListLen
	}
	k := opt.Candidates
	if k <= 0 {
		n := want
		if q.Duration > 0 {
			n = int(q.Duration/(3*time.Minute)) + 1 // about one track per three minutes
		}
		k = max(200, 10*min(n, 100))
	}

	// Lexical scores: BM25 over notes and tags (the only BM25).
	var buf *[]float32
	if len(s.terms) > 0 {
		buf = r.getBuf()
		s.scoreLexical(*buf)
	}

	// Stage one: an exact scan over every track keeps the best k.
	var res Result
	cands, eligible := r.scan(s, k, opt)
	res.Eligible = eligible
	sc := s.rescore(cands, nil)
	// Only candidates that clear the relevance floor may be picked.
	floor := s.floor()
	fs := s.fitting(sc, floor)
	closest := false
	if len(fs) == 0 && floor > floorWiden {
		// Nothing fits closely: show what comes closest, and say so.
		floor, closest = floorWiden, true
		fs = s.fitting(sc, floor)
	}

	// Selection: MMR under caps, to a count or a duration. When the caps
	// leave the list short while other tracks are eligible (one artist
	// filled the candidates), scan again without the capped artists.
	// Tracks known to fit come first; those whose fit rests on something
	// unknown (no year tag when years are asked for, no analysis when the
	// sound is) only fill what the known ones leave.
	sure, unsure := s.splitSure(fs)
	length := want // the list's length; for a duration, about one track per three minutes
	if q.Duration > 0 {
		length = min(want, int(q.Duration/(3*time.Minute))+1)
	}
	// choose picks from the candidates known to fit, under the caps; but
	// when few artists fit closely (closeTier), those artists fill the
	// list first, each up to its share of it, before a track that fits
	// less closely takes the place a cap held back. It returns the close
	// tier when a cap gave way for it.
	choose := func(sure []scored) (picked []int, short bool, relaxedFor []scored) {
		if floor > 0 && !closest {
			if tier, pos, limit, ok := s.closeTier(sure, floor, length); ok {
				first, _ := s.selectItems(tier, want, limit, nil)
				chosen := make([]scored, 0, len(first))
				for _, n := range first {
					picked = append(picked, pos[n])
					chosen = append(chosen, tier[n])
				}
				more, short := s.selectItems(sure, want, s.caps(), chosen)
				if slices.ContainsFunc(first, func(n int) bool { return s.overCap(tier, first, n) }) {
					relaxedFor = tier
				}
				return append(picked, more...), short, relaxedFor
			}
		}
		picked, short = s.selectItems(sure, want, s.caps(), nil)
		return picked, short, nil
	}
	picked, short, closeTier := choose(sure)
	for range 2 {
		// Scan again only when the caps, not the floor, ran the candidates
		// out: tracks below the candidates fit less than those that failed.
		if !short || len(sc) >= res.Eligible || len(fs) < len(sc) {
			break
		}
		perArtist := map[int32]int{}
		for _, n := range picked {
			perArtist[c.artist[sure[n].i]]++
		}
		for a, n := range perArtist {
			if opt.MaxPerArtist > 0 && n >= opt.MaxPerArtist {
				s.exArtist[a] = true
			}
		}
		for _, x := range sc {
			s.exTrack[x.i] = true
		}
		more, _ := r.scan(s, k, opt)
		if len(more) == 0 {
			break
		}
		sc = s.rescore(more, sc)
		fs = s.fitting(sc, floor)
		sure, unsure = s.splitSure(fs)
		picked, short, closeTier = choose(sure)
	}
	relaxable := q.Count > 0 || q.Duration > 0 || floor > 0
	// The candidates among which the caps were relaxed, and whether for
	// the tracks that fit closely (closeTier).
	relaxed, relaxedOver, relaxedClose := closeTier != nil, closeTier, closeTier != nil
	if short && relaxable {
		// What the person asked for beats the caps: when only a few
		// artists have it, they fill the list, in the order of relevance
		// and diversity alone; before any track that only may fit.
		if all, _ := s.selectItems(sure, want, noCaps, nil); len(all) > len(picked) {
			picked, relaxed, relaxedOver, relaxedClose = all, true, sure, false
		}
	}
	chosen := make([]scored, 0, len(picked))
	for _, n := range picked {
		chosen = append(chosen, sure[n])
	}
	if short && len(unsure) > 0 {
		more, shortMore := s.selectItems(unsure, want, s.caps(), chosen)
		if shortMore && relaxable {
			if all, _ := s.selectItems(unsure, want, noCaps, chosen); len(all) > len(more) {
				more, relaxed, relaxedOver, relaxedClose = all, true, fs, false
			}
		}
		for _, n := range more {
			chosen = append(chosen, unsure[n])
		}
	}
	if buf != nil {
		r.putBuf(buf)
	}
	if relaxed {
		// Tracks without an artist tag count by their album, since
		// each is an artist of its own.
		artists, untagged := map[int32]bool{}, map[int32]bool{}
		for _, x := range relaxedOver {
			if c.artistKey[c.artist[x.i]] == "" {
				untagged[c.album[x.i]] = true
			} else {
				artists[c.artist[x.i]] = true
			}
		}
		who, n := artistCount(len(artists)), len(artists)
		switch {
		case len(untagged) > 0 && n == 0:
			who, n = albumCount(len(untagged)), len(untagged)
		case len(untagged) > 0:
			who, n = who+" and "+albumCount(len(untagged))+" without an artist tag", 2
		}
		what := " what you asked for"
		if relaxedClose {
			what = " tracks that fit this request closely"
		}
		res.Notices = append(res.Notices, "Only "+who+" "+haveOrHas(n)+
			what+", so the limit of "+itoa(opt.MaxPerArtist)+" tracks per artist and album is relaxed.")
	}
	for rank, x := range chosen {
		it := Item{TrackInfo: c.info(x.i), Rank: rank + 1, Score: x.total, Breakdown: x.contrib, Signals: x.signals}
		it.Reasons = s.reasons(x.i, x.signals, x.contrib)
		res.Items = append(res.Items, it)
		res.Duration += it.Duration
	}
	res.Mix = s.mix(res.Items)
	if s.dialOn && s.dial <= models.FamiliarDial && len(res.Items) > 0 && res.Mix.Familiar == 0 {
		// "my favourites" with nothing played or liked yet: say why no
		// pick is familiar, and how one becomes so.
		if c.maxPlays == 0 && len(s.t.Liked) == 0 {
			res.Notices = append(res.Notices, "Nothing has been played in full or rated yet, so none of these is a favourite; play tracks or rate them and yours come first.")
		} else {
			res.Notices = append(res.Notices, "None of the tracks you have played or liked fits this request, so these are new to you.")
		}
	}
	res.floor = floor
	res.genresUnserved = len(q.Genres) > 0 && s.genreUnserved == len(q.Genres)
	widen := ""
	// Widening lifts the floor and, for a genre named, the genre gate
	// that kept other genres out of the candidates (scan).
	if floor > 0 && (len(fs) < len(sc) || s.genreOn && len(sc) < res.Eligible) && !q.Widen && !closest {
		widen = " Say \u2018anything close\u2019 to widen."
	}
	if closest && len(res.Items) > 0 {
		res.Notices = append(res.Notices, "Nothing fits this request closely; these come closest.")
	}
	// An empty list for want of the genres asked for says why, whatever
	// the count or length asked for.
	genreEmpty := ""
	if len(res.Items) == 0 {
		switch {
		case len(s.genreMissing)+len(s.genreLeftOut) > 0 && len(s.nearRefused)+len(s.genreLeftOut) > 0:
			// The genres asked for, or those near them, are there but
			// refused: say so, not that nothing is near.
			// Each genre asked for that is missing adds the near genres it
			// found refused, often the same ones: name each once.
			var refused []string
			for _, g := range append(slices.Clone(s.genreLeftOut), s.nearRefused...) {
				if !slices.ContainsFunc(refused, func(r string) bool { return strings.EqualFold(r, g) }) {
					refused = append(refused, g)
				}
			}
			genreEmpty = "Everything tagged " + strings.Join(refused, " or ") + " is left out by " + s.leftOutCause()
			if len(s.genreMissing) > 0 {
				genreEmpty += ", and nothing in your library is tagged " + strings.Join(s.genreMissing, " or ")
			}
			genreEmpty += "."
			if s.leftOutBy["not music"] {
				genreEmpty += " " + notMusicHint
			}
		case len(s.genreMissing) > 0:
			genreEmpty = "Nothing in your library is tagged " + strings.Join(s.genreMissing, " or ") + ", nor anything near it."
		case res.Eligible == 0 && c.rows > 0:
			genreEmpty = s.allLeftOutNotice()
		}
	}
	switch {
	case genreEmpty != "":
		res.Notices = append(res.Notices, genreEmpty)
	case len(q.OnlyArtists) > 0 && len(res.Items) > 0 && len(res.Items) < want && len(res.Items) == res.Eligible:
		// Every track by the artists asked for is listed.
		res.Notices = append(res.Notices, "That is every track by "+strings.Join(q.OnlyArtists, " or ")+" in your library that fits ("+
			trackCount(len(res.Items))+").")
	case q.Count > 0 && len(res.Items) < q.Count:
		res.Notices = append(res.Notices, countNotice(q.Count, len(res.Items), res.Eligible)+widen)
	case q.Duration > 0 && res.Duration < q.Duration && (len(res.Items) == 0 || q.Duration-res.Duration > res.Items[len(res.Items)-1].Duration):
		res.Notices = append(res.Notices, "Only "+fmtDuration(res.Duration)+" of music fits the request, short of the "+fmtDuration(q.Duration)+" asked for."+widen)
	case q.Count == 0 && q.Duration == 0 && len(res.Items) < want && len(res.Items) < res.Eligible:
		switch {
		case len(res.Items) == 0:
			res.Notices = append(res.Notices, "No track in your library fits this request."+widen)
		case q.Widen:
			res.Notices = append(res.Notices, "Only "+trackCount(len(res.Items))+" come close to this request.")
		case !relaxed && opt.MaxPerArtist > 0 && len(fs) > len(res.Items):
			// More tracks fit than are shown: the caps held them back.
			artists := map[int32]bool{}
			for _, x := range fs {
				artists[c.artist[x.i]] = true
			}
			res.Notices = append(res.Notices, "Only "+trackCount(len(res.Items))+": the list takes at most "+itoa(opt.MaxPerArtist)+
				" tracks per artist and album, and the tracks that fit come from "+artistCount(len(artists))+".")
		default:
			res.Notices = append(res.Notices, "Only "+trackCount(len(res.Items))+" fit this request."+widen)
		}
	}
	if len(s.genreMissing)+len(s.genreLeftOut) > 0 && len(res.Items) > 0 {
		// Say the picks come from the genres around only as far as they
		// do: the others asked for may be there ("funk or reggae").
		asked := 0
		for _, x := range chosen {
			if slices.ContainsFunc(c.genreList[c.genreOff[x.i]:c.genreOff[x.i+1]], func(g int32) bool { return s.wantGenre[g] >= 1 }) {
				asked++
			}
		}
		from := ", so these come from the genres around it."
		switch {
		case asked == len(chosen):
			from = ", so these are of the other genres asked for."
		case asked > 0:
			from = ", so some of these come from the genres around it."
		}
		if len(s.genreMissing) > 0 {
			res.Notices = append(res.Notices, "Nothing in your library is tagged "+strings.Join(s.genreMissing, " or ")+from)
		}
		if len(s.genreLeftOut) > 0 {
			res.Notices = append(res.Notices, "Everything tagged "+strings.Join(s.genreLeftOut, " or ")+
				" is left out by "+leftOutCauseOf(s.askedLeftOutBy)+from)
		}
	}
	for _, u := range q.UnresolvedRefs {
		if q.ShownBefore == 0 {
			res.Notices = append(res.Notices, "There is no list before this one for “"+u+"” to point to, so nothing sounds like it here.")
		} else {
			res.Notices = append(res.Notices, "The last list had "+trackCount(q.ShownBefore)+", so “"+u+"” points to none of them.")
		}
	}
	for _, u := range q.Unresolved {
		res.Notices = append(res.Notices, "“"+u+"” is not in your library, so nothing sounds like it here.")
	}
	var unmeasured []string
	for _, w := range q.Sounds {
		if !c.measuredSound(w) && !slices.Contains(unmeasured, q.SoundSaid[w]) {
			unmeasured = append(unmeasured, q.SoundSaid[w])
		}
	}
	if len(unmeasured) > 0 {
		res.Notices = append(res.Notices, joinAnd(unmeasured)+" could not be measured: no track of your library "+
			"has been analysed for it yet; run 'sleeve analyze'.")
	}
	if s.hasYears() && len(res.Items) > 0 {
		undated := 0
		for _, it := range res.Items {
			if it.Year == 0 {
				undated++
			}
		}
		// Undated tracks may come after the dated ones that fit; when
		// none is dated, the years asked for were not checked at all.
		if undated == len(res.Items) {
			res.Notices = append(res.Notices, "None of these has a release year in its tags, so the years asked for could not be checked.")
		}
	}
	return res
}

// Relevance floors: a pick's match (see scorer.match) must reach
// floorMatch, or floorWiden when the person asked for anything close.
const (
	floorMatch = 0.5
	floorWiden = 0.25
)

// soundsLikeFull is the sounds-like signal from which a track counts as
// sounding like the seeds in full (scorer.match).
const soundsLikeFull = 0.4

// floor is the relevance floor of this request, or 0 when it states
// nothing a track could fail to match (only exclusions, or nothing).
func (s *scorer) floor() float64 {
	if (!s.fitOn || s.fitSoft) && !s.searchOn && len(s.q.Seeds) == 0 && !s.ctxSaid() {
		return 0
	}
	if s.q.Widen {
		return floorWiden
	}
	return floorMatch
}

// ctxSaid reports whether the request named an activity or a time of day
// (the clock alone is only a hint).
func (s *scorer) ctxSaid() bool { return s.ctxOn && (s.q.Activity != "" || s.q.TimeOfDay != "") }

// match is how well a candidate fits what the request states, 0…1: the
// mean of its fit to the musical constraints, whether the search words
// find it, how much it sounds like the seeds, and its fit to the activity
// or time of day named.
func (s *scorer) match(x scored) float64 {
	// A genre named is what the request is about: a track of another
	// genre does not fit, whatever else it shares (unless widened).
	if s.genreOn && !s.q.Widen && s.genreFit(x.i) == 0 {
		return 0
	}
	// So is a track tagged with a mood the person left out ("no sad
	// songs").
	if s.exMoods != (tagSet{}) && !s.q.Widen && s.c.tags[x.i].and(s.exMoods) != (tagSet{}) {
		return 0
	}
	var sum, n float64
	if s.fitOn && !s.fitSoft {
		sum += x.signals.Fit
		n++
	}
	if s.searchOn {
		sum += float64(s.searchHit[x.i])
		n++
	}
	if len(s.q.Seeds) > 0 {
		// A change asked relative to the seeds counts in the fit; the
		// match asks here how much the track sounds like them. A track
		// that makes none of the change ("like X but slower" at X's
		// tempo or faster: its fit is nothing) does not match, however
		// much it sounds like them: on sounding like them alone it
		// reached half the match, the floor.
		like := x.signals.SoundsLike
		if s.shiftTempo || s.shiftEnergy {
			if x.signals.Fit <= 0 {
				return 0
			}
			like = x.like
		}
		sum += clamp01(like / soundsLikeFull)
		n++
	}
	if s.ctxSaid() {
		ctx := x.signals.Context
		if s.genreOn {
			// A track of the genre named is not left out for missing
			// the activity: the genre is what the request is about.
			ctx = max(ctx, 0.5)
		}
		sum += ctx
		n++
	}
	if n == 0 {
		return 1
	}
	if s.genreOn && s.c.genreTagged[x.i] && s.genreFit(x.i) >= 1 && len(s.q.Seeds) == 0 && !s.searchOn {
		// A track tagged with the genre named clears the floor: the genre
		// is what the request is about, and the rest orders its tracks.
		return max(sum/n, floorMatch)
	}
	return sum / n
}

// fitting returns the candidates whose match reaches floor, in order.
func (s *scorer) fitting(sc []scored, floor float64) []scored {
	if floor <= 0 {
		return sc
	}
	out := make([]scored, 0, len(sc))
	for _, x := range sc {
		if s.match(x) >= floor {
			out = append(out, x)
		}
	}
	return out
}

func trackCount(n int) string {
	if n == 1 {
		return "1 track"
	}
	return itoa(n) + " tracks"
}

func artistCount(n int) string {
	if n == 1 {
		return "1 artist"
	}
	return itoa(n) + " artists"
}

func albumCount(n int) string {
	if n == 1 {
		return "1 album"
	}
	return itoa(n) + " albums"
}

func haveOrHas(n int) string {
	if n == 1 {
		return "has"
	}
	return "have"
}

// allLeftOutNotice says what left out every track of the library when
// no track passed the request's hard rules ("jazzy stuff" where the one
// jazz track is a test tone), and how to list tracks analysis found not
// to be music. It reads every row, once, on an empty list only.
func (s *scorer) allLeftOutNotice() string {
	by := map[string]bool{}
	for i := range int32(s.c.rows) {
		if why := s.excluded(i); why != "" {
			by[why] = true
		}
	}
	n := "Every track in your library is left out by " + leftOutCauseOf(by) + "."
	if by["not music"] {
		n += " " + notMusicHint
	}
	return n
}

// notMusicHint says how to list the tracks analysis found not to be
// music, which are left out unless asked for.
const notMusicHint = "Say \u2018with test tones and silence\u2019 to list what analysis found not to be music."

func countNotice(want, got, eligible int) string {
	if got == 0 {
		return "No track in your library fits this request."
	}
	return "Only " + itoa(got) + " of the " + itoa(want) + " tracks asked for fit this request (" + itoa(eligible) + " passed its constraints)."
}

func (r *Ranker) getBuf() *[]float32 {
	if b, ok := r.bufs.Get().(*[]float32); ok && len(*b) == r.cat.rows {
		clear(*b)
		return b
	}
	b := make([]float32, r.cat.rows)
	return &b
}

func (r *Ranker) putBuf(b *[]float32) { r.bufs.Put(b) }

// scored is a candidate with its exact signals.
type scored struct {
	i       int32
	signals Breakdown
	contrib Breakdown
	total   float64
	// like is how much it sounds like the seeds before the change asked
	// relative to them weighs it (exactSignals).
	like float64
}

// exactSignals returns row i's signals, stage one's and stage two's, and
// how much it sounds like the seeds before the change asked relative to
// them weighs the timbre and instruments (linear).
func (s *scorer) exactSignals(i int32) (b Breakdown, like float64) {
	like = s.linear(i, &b)
	lin := b.SoundsLike
	s.exact(i, &b)
	return b, like + b.SoundsLike - lin
}

// scan is stage one: an exact scan over every eligible track, split across
// workers for large catalogues, keeping the k best by the stage-one score.
// It returns them with the number of eligible tracks.
func (r *Ranker) scan(s *scorer, k int, opt Options) ([]cand, int) {
	c := r.cat
	workers := 1
	if c.rows >= 20000 {
		workers = max(1, opt.Workers)
	}
	heaps := make([]topK, workers)
	eligible := make([]int, workers)
	var wg sync.WaitGroup
	chunk := (c.rows + workers - 1) / workers
	gated := s.genreOn && !s.q.Widen
	for w := range workers {
		lo, hi := w*chunk, min(c.rows, (w+1)*chunk)
		heaps[w] = topK{k: k, h: make([]cand, 0, k)}
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := &heaps[w]
			d := c.embDim
			for i := int32(lo); i < int32(hi); i++ {
				if s.excluded(i) != "" {
					continue
				}
				eligible[w]++
				if gated && s.genreFit(i) == 0 {
					// match holds a track of another genre at 0: it can
					// never be picked, so it takes no candidate's place.
					continue
				}
				var b Breakdown
				s.linear(i, &b)
				_, total := s.w.apply(b)
				if s.comb != nil && c.embScale[i] != 0 {
					// Exact pruning: skip the dot product when even its
					// largest possible value cannot lift the track into
					// this worker's heap.
					if len(h.h) == h.k && float32(total+s.combBound) <= h.h[0].score {
						continue
					}
					total += float64(float32(dotInt8(s.comb, c.emb[int(i)*d:int(i+1)*d])) * s.combScale * c.embScale[i])
				}
				h.push(cand{i, float32(total)})
			}
		}()
	}
	wg.Wait()
	var cands []cand
	n := 0
	for w := range workers {
		n += eligible[w]
		cands = append(cands, heaps[w].h...)
	}
	// The global best k, so the result does not depend on the split.
	if len(cands) > k {
		sort.Slice(cands, func(a, b int) bool {
			if cands[a].score != cands[b].score {
				return cands[a].score > cands[b].score
			}
			return cands[a].i < cands[b].i
		})
		cands = cands[:k]
	}
	return cands, n
}

// rescore is stage two: exact signals for the candidates, appended to sc
// and sorted by score.
func (s *scorer) rescore(cands []cand, sc []scored) []scored {
	c := s.c
	for _, cd := range cands {
		b, like := s.exactSignals(cd.i)
		contrib, total := s.w.apply(b)
		sc = append(sc, scored{cd.i, b, contrib, total, like})
	}
	sort.Slice(sc, func(a, b int) bool {
		if sc[a].total != sc[b].total {
			return sc[a].total > sc[b].total
		}
		return c.ids[sc[a].i] < c.ids[sc[b].i]
	})
	return sc
}

// capLimit is how many tracks of one artist and of one album a list may
// hold; 0 or less is no limit.
type capLimit struct{ artist, album int }

// noCaps lifts both limits.
var noCaps = capLimit{-1, -1}

// caps are the limits of the options.
func (s *scorer) caps() capLimit { return capLimit{s.opt.MaxPerArtist, s.opt.MaxPerAlbum} }

// selectItems picks positions from the score-sorted candidates by MMR,
// honouring the per-artist and per-album limits, until want
// items are picked or the query's duration is reached, after the tracks
// already chosen (which count towards the caps, the count, the duration
// and the diversity). short reports that the candidates ran out before the
// count or duration was reached.
func (s *scorer) selectItems(sc []scored, want int, limit capLimit, chosen []scored) (picked []int, short bool) {
	c, q, opt := s.c, s.q, s.opt
	n := len(sc)
	idx := func(j int) int32 { return sc[j].i }
	score := func(j int) float64 { return sc[j].total }
	if n == 0 {
		return nil, true
	}
	hi, lo := score(0), score(n-1)
	span := hi - lo
	if span <= 0 {
		span = 1
	}
	lambda := 1 - opt.Diversity
	maxSim := make([]float32, n)
	taken := make([]bool, n)
	perArtist, perAlbum := map[int32]int{}, map[int32]int{}
	groups := map[int32]bool{} // content already picked: copies collapse to one
	var total time.Duration
	capA, capB := limit.artist, limit.album
	for _, x := range chosen {
		groups[c.group[x.i]] = true
		perArtist[c.artist[x.i]]++
		perAlbum[c.album[x.i]]++
		total += time.Duration(c.duration[x.i]) * time.Second
		if opt.Diversity > 0 {
			for j := range n {
				maxSim[j] = max(maxSim[j], c.similarity(idx(j), x.i))
			}
		}
	}
	target := q.Duration
	for len(chosen)+len(picked) < want && (target == 0 || total < target) {
		best, bestV := -1, math.Inf(-1)
		for j := range n {
			if taken[j] {
				continue
			}
			i := idx(j)
			if groups[c.group[i]] {
				continue
			}
			if capA > 0 && perArtist[c.artist[i]] >= capA || capB > 0 && perAlbum[c.album[i]] >= capB {
				continue
			}
			v := lambda * (score(j) - lo) / span
			if len(chosen)+len(picked) > 0 {
				v -= (1 - lambda) * float64(maxSim[j])
			}
			if v > bestV {
				best, bestV = j, v
			}
		}
		if best < 0 {
			short = true
			break
		}
		taken[best] = true
		bi := idx(best)
		picked = append(picked, best)
		groups[c.group[bi]] = true
		perArtist[c.artist[bi]]++
		perAlbum[c.album[bi]]++
		total += time.Duration(c.duration[bi]) * time.Second
		if opt.Diversity > 0 {
			for j := range n {
				if !taken[j] {
					maxSim[j] = max(maxSim[j], c.similarity(idx(j), bi))
				}
			}
		}
	}
	if target > 0 && len(picked) > 0 && len(chosen)+len(picked) > 1 && total > target {
		// Keep whichever of the last two totals is closer to the target;
		// either is within one track of it.
		last := time.Duration(c.duration[idx(picked[len(picked)-1])]) * time.Second
		if total-target > target-(total-last) {
			picked = picked[:len(picked)-1]
		}
	}
	return picked, short
}

// closeTier returns the candidates (in order, with their positions in
// sure) that fit the request closely, with a match at least halfway
// between the relevance floor and a perfect match, when so few artists
// hold them that the caps would let tracks that fit less closely into a
// list of length ahead of theirs; and the limits under which those
// artists fill the list: each its share of it. Tracks without an artist
// tag count by their album.
func (s *scorer) closeTier(sure []scored, floor float64, length int) (tier []scored, pos []int, limit capLimit, ok bool) {
	capA := s.opt.MaxPerArtist
	if capA <= 0 || len(sure) <= capA {
		return nil, nil, capLimit{}, false
	}
	level := (floor + 1) / 2
	// The match counts sounding like the seeds as full from soundsLikeFull
	// on; how closely a track sounds like them is judged against the
	// candidate that sounds most like them, halfway again.
	soundsLevel := math.Inf(-1)
	if len(s.q.Seeds) > 0 {
		best := math.Inf(-1)
		for _, x := range sure {
			best = max(best, x.signals.SoundsLike)
		}
		if best > soundsLikeFull {
			soundsLevel = (soundsLikeFull + best) / 2
		}
	}
	c := s.c
	holders := map[int64]bool{}
	for k, x := range sure {
		if s.match(x) < level || x.signals.SoundsLike < soundsLevel {
			continue
		}
		tier = append(tier, x)
		pos = append(pos, k)
		if c.artistKey[c.artist[x.i]] == "" {
			holders[-1-int64(c.album[x.i])] = true
		} else {
			holders[int64(c.artist[x.i])] = true
		}
	}
	n := len(holders)
	if n == 0 || n*capA >= length || len(tier) <= n*capA {
		return nil, nil, capLimit{}, false // enough artists, or the caps hold back none of these
	}
	share := (length + n - 1) / n
	return tier, pos, capLimit{share, max(share, s.opt.MaxPerAlbum)}, true
}

// overCap reports whether the n-th of the picks from tier is beyond the
// options' per-artist or per-album cap, counting the picks before it.
func (s *scorer) overCap(tier []scored, picks []int, n int) bool {
	c := s.c
	i := tier[n].i
	var artist, album int
	for _, m := range picks {
		if m == n {
			break
		}
		j := tier[m].i
		if c.artist[j] == c.artist[i] {
			artist++
		}
		if c.album[j] == c.album[i] {
			album++
		}
	}
	return s.opt.MaxPerArtist > 0 && artist >= s.opt.MaxPerArtist || s.opt.MaxPerAlbum > 0 && album >= s.opt.MaxPerAlbum
}

// splitSure splits the fitting candidates, in order, into those known to
// fit what the request states and those whose fit rests on something
// unknown (see unsure).
func (s *scorer) splitSure(fs []scored) (sure, unsure []scored) {
	first := slices.IndexFunc(fs, func(x scored) bool { return s.unsure(x.i) })
	if first < 0 {
		return fs, nil // the common case: every candidate is known to fit
	}
	sure = append(make([]scored, 0, len(fs)), fs[:first]...)
	for _, x := range fs[first:] {
		if s.unsure(x.i) {
			unsure = append(unsure, x)
		} else {
			sure = append(sure, x)
		}
	}
	return sure, unsure
}

// unsure reports whether row i's fit to the request rests on something
// unknown: it has no year tag and the request asks for years, or it was
// never analysed and the request asks for something only analysis
// measures (an energy, a tempo preference, a key). Such a track may fit, so it may
// fill a list, but it never takes the place of a track known to fit
// because of the caps per artist and album.
func (s *scorer) unsure(i int32) bool {
	c, q := s.c, s.q
	if s.hasYears() && c.year[i] == 0 {
		return true
	}
	return !c.hasFeat[i] && (q.Energy != nil || s.hasPrefer || q.Mode != "")
}

// mix reports the familiarity mix of a list.
func (s *scorer) mix(items []Item) Mix {
	m := Mix{Dial: -1}
	if s.dialOn {
		m.Dial = s.dial
	}
	for _, it := range items {
		i := s.c.index[it.ID]
		switch {
		case s.c.plays[i] > 0 || s.t.likes(it.ID):
			m.Familiar++
		case s.c.shown[i] <= 1:
			m.Unexplored++
		default:
			m.Between++
		}
	}
	if len(items) > 0 {
		m.Novelty = (float64(m.Unexplored) + 0.5*float64(m.Between)) / float64(len(items))
	}
	return m
}
