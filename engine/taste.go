package engine

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"sleeve/library"
	"sleeve/models"
)

// FeedbackKind is what the person did with a track.
type FeedbackKind string

// The kinds of feedback.
const (
	// Rate is a rating from 1 ("not for me") to 5.
	Rate FeedbackKind = "rate"
	// Skip is a track skipped before its end.
	Skip FeedbackKind = "skip"
	// Play is a track played to its end.
	Play FeedbackKind = "play"
	// MoreLike is "more like this".
	MoreLike FeedbackKind = "more"
)

// Feedback is one event that teaches the taste model, with its context.
type Feedback struct {
	TrackID library.TrackID `json:"track_id"`
	Kind    FeedbackKind    `json:"kind"`
	// Rating is 1–5 for Rate and 0 otherwise.
	Rating int       `json:"rating,omitempty"`
	At     time.Time `json:"at"`
	// SessionID and Request are the session and request text the track
	// was recommended for, when it was.
	SessionID string `json:"session_id,omitempty"`
	Request   string `json:"request,omitempty"`
}

// Edit is a change the person made to their taste profile by hand: an
// artist or genre set to an affinity in [-1, 1] (0 removes it from the
// profile).
type Edit struct {
	Kind     string  `json:"kind"` // "artist" or "genre"
	Name     string  `json:"name"`
	Affinity float64 `json:"affinity"`
}

// Exemplar is a track the person liked (positive weight) or disliked.
type Exemplar struct {
	ID     library.TrackID `json:"id"`
	Weight float64         `json:"weight"`
}

// Affinity is how much the person likes an artist or genre, with the
// evidence.
type Affinity struct {
	Name     string  `json:"name"`
	Affinity float64 `json:"affinity"`
	// Loved counts the tracks rated 5 or asked "more like"; Liked every
	// track the taste holds up (rated 4 or 5, asked "more like", or played
	// through again and again), as the profile says; Disliked the tracks
	// rated 1 or 2 or skipped, the ones the taste keeps low.
	Loved int `json:"loved,omitempty"`
	// RatedHigh counts the tracks whose latest rating is 4 or 5, and
	// MoreLike those the person asked "more like" of: what they did,
	// which a reason says, where Loved mixes the two.
	RatedHigh int  `json:"rated_high,omitempty"`
	MoreLike  int  `json:"more_like,omitempty"`
	Liked     int  `json:"liked,omitempty"`
	Disliked  int  `json:"disliked,omitempty"`
	Edited    bool `json:"edited,omitempty"`
}

// Taste is the learned taste model: liked and disliked regions in
// embedding and feature space, and per-artist and per-genre affinity. The
// zero Taste is neutral.
type Taste struct {
	// Artists and Genres are keyed by normalised name.
	Artists map[string]Affinity `json:"artists,omitempty"`
	Genres  map[string]Affinity `json:"genres,omitempty"`
	// Liked and Disliked are the strongest exemplars, most recent first.
	Liked    []Exemplar `json:"liked,omitempty"`
	Disliked []Exemplar `json:"disliked,omitempty"`
	// LikedFeatures and DislikedFeatures are the weighted centres of the
	// liked and disliked tracks in feature space (energy, tempo/200,
	// brightness, minor); nil when there are none.
	LikedFeatures    []float64 `json:"liked_features,omitempty"`
	DislikedFeatures []float64 `json:"disliked_features,omitempty"`
	// NotForMe are the tracks whose latest rating is 1 ("not for me"),
	// which no list shows; a 2 or a skip only sinks a track.
	NotForMe []library.TrackID `json:"not_for_me,omitempty"`
	// Events is the number of feedback events learned from.
	Events int `json:"events"`

	likedVec, dislikedVec []float32 // unit centroids of exemplar embeddings
}

// Event weights: how much one event says about the track.
const (
	playWeight     = 0.15
	maxPlayWeight  = 0.6
	skipWeight     = -0.35
	moreLikeWeight = 0.8
	exemplarMin    = 0.3 // |weight| needed to become an exemplar
	maxExemplars   = 64
)

// ratingWeights map 1–5 stars to a weight: 1 ("not for me") and 5 are
// clear, 2 and 4 are mild, so a lukewarm 2 does not sink a whole
// neighbourhood the way a 1 does.
var ratingWeights = [6]float64{0, -1, -0.35, 0, 0.4, 1}

// ratingWeight maps 1–5 stars to −1…1.
func ratingWeight(r int) float64 { return ratingWeights[min(5, max(1, r))] }

// LearnTaste builds the taste model from feedback events and profile
// edits. It is pure. Events for tracks not in the catalogue are ignored.
// The latest rating of a track replaces earlier ones; plays and skips add
// up; edits override what was learned for an artist or genre.
func LearnTaste(events []Feedback, edits []Edit, cat *Catalog) Taste {
	t := Taste{Artists: map[string]Affinity{}, Genres: map[string]Affinity{}}
	per, n := gatherFeedback(events, cat)
	t.Events = n
	for i, a := range per {
		if a.rated && a.rating == ratingWeight(1) {
			t.NotForMe = append(t.NotForMe, cat.ids[i])
		}
	}
	slices.Sort(t.NotForMe)
	exemplars := t.learnAffinities(per, cat)
	sortExemplars(exemplars)
	t.learnExemplars(exemplars, cat)
	t.applyEdits(edits)
	return t
}

// trackFeedback is what the events say of one track.
type trackFeedback struct {
	rating    float64
	rated     bool
	ratedAt   time.Time
	other     float64 // skips and "more like this"
	more      bool    // asked "more like this" at least once
	plays     float64
	last      time.Time
	lastIndex int
}

// weight is how much the person likes the track, −1.5…1.5: a rating is the
// clearest word, and plays and skips only nudge it.
func (a *trackFeedback) weight() float64 {
	w := a.other + a.plays
	if a.rated {
		w = 1.2*a.rating + 0.5*w
	}
	return max(-1.5, min(1.5, w))
}

// gatherFeedback sums the events per catalogue row, and counts the events
// that were about a track in the catalogue.
func gatherFeedback(events []Feedback, cat *Catalog) (map[int32]*trackFeedback, int) {
	per := map[int32]*trackFeedback{}
	counted := 0
	for n, e := range events {
		i, ok := cat.index[e.TrackID]
		if !ok {
			continue
		}
		counted++
		a := per[i]
		if a == nil {
			a = &trackFeedback{}
			per[i] = a
		}
		switch e.Kind {
		case Rate:
			if !a.rated || !e.At.Before(a.ratedAt) {
				a.rating, a.rated, a.ratedAt = ratingWeight(e.Rating), true, e.At
			}
		case Skip:
			a.other += skipWeight
		case Play:
			a.plays = min(maxPlayWeight, a.plays+playWeight)
		case MoreLike:
			a.other += moreLikeWeight
			a.more = true
		}
		if !e.At.Before(a.last) {
			a.last, a.lastIndex = e.At, n
		}
	}
	return per, counted
}

// exemplar is a track weighed strongly enough to stand for the taste.
type exemplar struct {
	i    int32
	w    float64
	last time.Time
	n    int
}

// affinityTally adds up the track weights of one artist or genre.
type affinityTally struct {
	sum, n                 float64
	loved, liked, disliked int
	ratedHigh, moreLike    int
}

// add counts a track of weight w shared among parts (a track's genres
// share it; an artist has it whole), whose feedback is f.
func (a *affinityTally) add(w, parts float64, f *trackFeedback) {
	a.sum += w / parts
	a.n += 1 / parts
	if f.rated && f.rating >= ratingWeight(4) {
		a.ratedHigh++
	}
	if f.more {
		a.moreLike++
	}
	if w >= 0.7 {
		a.loved++
	}
	if w >= exemplarMin {
		// Every track the taste holds up (an exemplar): a rating of 4
		// or 5, "more like", or full plays, as the profile says.
		a.liked++
	} else if w <= -exemplarMin {
		// Every track the taste keeps low (an exemplar): a rating of 1
		// or 2, or a skip, as the profile says.
		a.disliked++
	}
}

// learnAffinities sets the artist and genre affinities from the track
// weights, and returns the tracks weighed strongly enough to be exemplars.
func (t *Taste) learnAffinities(per map[int32]*trackFeedback, cat *Catalog) []exemplar {
	var exs []exemplar
	artists, genres := map[int32]*affinityTally{}, map[int32]*affinityTally{}
	tally := func(m map[int32]*affinityTally, k int32) *affinityTally {
		if m[k] == nil {
			m[k] = &affinityTally{}
		}
		return m[k]
	}
	for i, a := range per {
		w := a.weight()
		if w == 0 {
			continue
		}
		tally(artists, cat.artist[i]).add(w, 1, a)
		gs := cat.genreList[cat.genreOff[i]:cat.genreOff[i+1]]
		for _, g := range gs {
			tally(genres, g).add(w, float64(len(gs)), a)
		}
		if math.Abs(w) >= exemplarMin {
			exs = append(exs, exemplar{i, w, a.last, a.lastIndex})
		}
	}
	// Affinity is a shrunk mean of the track weights, so that it says how
	// much the person likes what they heard of an artist, and does not grow
	// just because the artist was shown (and rated) often.
	for a, s := range artists {
		if cat.artistKey[a] == "" {
			continue // no artist tag: nothing to learn of an artist
		}
		t.Artists[cat.artistKey[a]] = Affinity{Name: cat.artists[a], Affinity: math.Tanh(1.5 * s.sum / (s.n + 0.5)),
			Loved: s.loved, RatedHigh: s.ratedHigh, MoreLike: s.moreLike, Liked: s.liked, Disliked: s.disliked}
	}
	for g, s := range genres {
		t.Genres[cat.genres[g]] = Affinity{Name: cat.genres[g], Affinity: math.Tanh(1.5 * s.sum / (s.n + 2)),
			Loved: s.loved, RatedHigh: s.ratedHigh, MoreLike: s.moreLike, Liked: s.liked, Disliked: s.disliked}
	}
	return exs
}

// sortExemplars puts the most recent first (the later event first when two
// are at the same time).
func sortExemplars(exs []exemplar) {
	sort.Slice(exs, func(a, b int) bool {
		if !exs[a].last.Equal(exs[b].last) {
			return exs[a].last.After(exs[b].last)
		}
		return exs[a].n > exs[b].n
	})
}

// centroid is a weighted centre of tracks in feature and embedding space.
type centroid struct {
	features [4]float64
	weight   float64 // of the tracks with features
	tempoW   float64 // of the tracks with a known tempo
	emb      []float32
}

// add adds row i with weight w.
func (c *centroid) add(cat *Catalog, i int32, w float64) {
	if cat.hasFeat[i] {
		f := cat.featurePoint(i)
		for k := range c.features {
			if k == tempoAxis && f[k] == 0 {
				continue // an unknown tempo says nothing about the centre's tempo
			}
			c.features[k] += w * f[k]
		}
		c.weight += w
		if f[tempoAxis] > 0 {
			c.tempoW += w
		}
	}
	cat.addEmb(c.emb, i, float32(w))
}

// mean returns the centre in feature space, or nil with no tracks.
func (c *centroid) mean() []float64 {
	if c.weight <= 0 {
		return nil
	}
	out := make([]float64, len(c.features))
	for k := range c.features {
		out[k] = c.features[k] / c.weight
	}
	out[tempoAxis] = 0
	if c.tempoW > 0 {
		out[tempoAxis] = c.features[tempoAxis] / c.tempoW
	}
	return out
}

// learnExemplars keeps the strongest liked and disliked tracks, most
// recent first, and the centres of each side in feature and embedding
// space.
func (t *Taste) learnExemplars(exs []exemplar, cat *Catalog) {
	var liked, disliked centroid
	if cat.embDim > 0 {
		liked.emb, disliked.emb = make([]float32, cat.embDim), make([]float32, cat.embDim)
	}
	for _, e := range exs {
		w := math.Abs(e.w)
		if e.w > 0 {
			if len(t.Liked) < maxExemplars {
				t.Liked = append(t.Liked, Exemplar{cat.ids[e.i], e.w})
			}
			liked.add(cat, e.i, w)
		} else {
			if len(t.Disliked) < maxExemplars {
				t.Disliked = append(t.Disliked, Exemplar{cat.ids[e.i], e.w})
			}
			disliked.add(cat, e.i, w)
		}
	}
	t.LikedFeatures, t.DislikedFeatures = liked.mean(), disliked.mean()
	if len(t.Liked) > 0 && liked.emb != nil {
		normalise(liked.emb)
		t.likedVec = liked.emb
	}
	if len(t.Disliked) > 0 && disliked.emb != nil {
		normalise(disliked.emb)
		t.dislikedVec = disliked.emb
	}
}

// applyEdits lets the person's edits of the profile override what was
// learned; an edit to 0 forgets the artist or genre.
func (t *Taste) applyEdits(edits []Edit) {
	for _, e := range edits {
		key, m := normName(e.Name), t.Artists
		if e.Kind == "genre" {
			key, m = strings.ToLower(strings.TrimSpace(e.Name)), t.Genres
		}
		if e.Affinity == 0 {
			delete(m, key)
			continue
		}
		a := m[key]
		if a.Name == "" {
			a.Name = e.Name
		}
		a.Affinity, a.Edited = max(-1, min(1, e.Affinity)), true
		m[key] = a
	}
}

// addEmb adds w times row i's dequantised unit embedding to v.
func (c *Catalog) addEmb(v []float32, i int32, w float32) {
	if v == nil || c.embScale[i] == 0 {
		return
	}
	d := c.embDim
	s := c.embScale[i] * w
	for k, x := range c.emb[int(i)*d : int(i+1)*d] {
		v[k] += float32(x) * s
	}
}

// tempoAxis is the tempo's place in the taste's feature space; 0 there
// means the tempo is unknown (see library.Features.ReliableBPM).
const tempoAxis = 1

// featurePoint places a track in the taste's feature space.
func (c *Catalog) featurePoint(i int32) [4]float64 {
	m := 0.0
	if c.minor[i] {
		m = 1
	}
	return [4]float64{float64(c.energy[i]), float64(c.bpm[i]) / 200, float64(c.bright[i]), m * 0.5}
}

// IsZero reports whether the taste knows nothing.
func (t Taste) IsZero() bool {
	return len(t.Artists) == 0 && len(t.Genres) == 0 && len(t.Liked) == 0 && len(t.Disliked) == 0
}

// Profile is the taste in plain words, for `sleeve profile`.
type Profile struct {
	Summary      []string   `json:"summary"`
	LikedArtists []Affinity `json:"liked_artists,omitempty"`
	Disliked     []Affinity `json:"disliked_artists,omitempty"`
	LikedGenres  []Affinity `json:"liked_genres,omitempty"`
	DislGenres   []Affinity `json:"disliked_genres,omitempty"`
	Events       int        `json:"events"`
}

// Profile describes the taste in plain words.
func (t Taste) Profile() Profile {
	p := Profile{Events: t.Events}
	split := func(m map[string]Affinity) (pos, neg []Affinity) {
		for _, a := range m {
			switch {
			case a.Affinity >= 0.15:
				pos = append(pos, a)
			case a.Affinity <= -0.15:
				neg = append(neg, a)
			}
		}
		sort.Slice(pos, func(i, j int) bool {
			return pos[i].Affinity > pos[j].Affinity || pos[i].Affinity == pos[j].Affinity && pos[i].Name < pos[j].Name
		})
		sort.Slice(neg, func(i, j int) bool {
			return neg[i].Affinity < neg[j].Affinity || neg[i].Affinity == neg[j].Affinity && neg[i].Name < neg[j].Name
		})
		return pos, neg
	}
	p.LikedArtists, p.Disliked = split(t.Artists)
	p.LikedGenres, p.DislGenres = split(t.Genres)
	if t.IsZero() {
		p.Summary = []string{"Nothing learned yet: rate, skip or play tracks and the recommendations will follow."}
		return p
	}
	// names lists the first n names of one side of the taste, each with
	// the count that side rests on: the tracks liked (rated 4 or 5, asked
	// "more like" or played through) for what is liked, tracks rated down
	// or skipped for what is not (a genre can be net disliked though one
	// of its tracks was loved; that track is no reason to say so).
	names := func(as []Affinity, n int, liked bool) string {
		var s []string
		for _, a := range as[:min(n, len(as))] {
			w := a.Name
			switch {
			case a.Edited:
				w += " (set by you)"
			case liked && a.Liked > 0:
				w += fmt.Sprintf(" (%d liked)", a.Liked)
			case !liked && a.Disliked > 0:
				w += fmt.Sprintf(" (%d rated down or skipped)", a.Disliked)
			}
			s = append(s, w)
		}
		return strings.Join(s, ", ")
	}
	if len(p.LikedGenres) > 0 {
		p.Summary = append(p.Summary, "You like "+names(p.LikedGenres, 5, true)+".")
	}
	if len(p.LikedArtists) > 0 {
		p.Summary = append(p.Summary, "Artists you come back to: "+names(p.LikedArtists, 6, true)+".")
	}
	if len(p.DislGenres) > 0 {
		p.Summary = append(p.Summary, "Not for you: "+names(p.DislGenres, 5, false)+".")
	}
	if len(p.Disliked) > 0 {
		p.Summary = append(p.Summary, "Artists you pass on: "+names(p.Disliked, 6, false)+".")
	}
	// A centre of one track is that track: it is described as one, not
	// as what the tracks "mostly" are.
	if f := t.LikedFeatures; f != nil && len(t.Liked) == 1 {
		p.Summary = append(p.Summary, fmt.Sprintf("The one track you like is%s, with %s energy, in a %s key.",
			oneTempoPhrase(f), energyWord(f[0]), oneModeWord(f[3])))
	} else if f != nil {
		p.Summary = append(p.Summary, fmt.Sprintf("What you like sits%s with %s energy, in %s keys.",
			tempoPhrase(f), energyWord(f[0]), modeWord(f[3])))
	}
	if f := t.DislikedFeatures; f != nil && len(t.Disliked) == 1 {
		p.Summary = append(p.Summary, fmt.Sprintf("The one track you rated down or skipped is%s, with %s energy.", oneTempoPhrase(f), energyWord(f[0])))
	} else if f != nil {
		p.Summary = append(p.Summary, fmt.Sprintf("What you rate down or skip sits%s with %s energy.", tempoPhrase(f), energyWord(f[0])))
	}
	if n := len(t.Disliked); n > 0 {
		pronoun := "them"
		if n == 1 {
			pronoun = "it"
		}
		p.Summary = append(p.Summary, trackCount(n)+" you rated down or skipped, and tracks close to "+pronoun+", are kept low.")
	}
	return p
}

// tempoPhrase says where a centre's tempo lies, or nothing when none of
// its tracks has a known tempo.
func tempoPhrase(f []float64) string {
	if f[tempoAxis] <= 0 {
		return ""
	}
	return fmt.Sprintf(" around %.0f BPM", f[tempoAxis]*200)
}

// oneTempoPhrase is tempoPhrase for a centre of one track.
func oneTempoPhrase(f []float64) string {
	if f[tempoAxis] <= 0 {
		return " of no steady tempo"
	}
	return fmt.Sprintf(" at %.0f BPM", f[tempoAxis]*200)
}

// oneModeWord is modeWord for a centre of one track (see featurePoint).
func oneModeWord(m float64) string {
	if m > 0.25 {
		return "minor"
	}
	return "major"
}

// energyWord names the level of an energy as notes and reasons do
// (models.EnergyLevel): low, moderate or high.
func energyWord(e float64) string {
	switch models.EnergyLevel(e) {
	case models.LevelLow:
		return "low"
	case models.LevelHigh:
		return "high"
	}
	return "moderate"
}

func modeWord(m float64) string {
	switch {
	case m > 0.3:
		return "mostly minor"
	case m < 0.2:
		return "mostly major"
	}
	return "major and minor"
}

// artist returns the affinity to artist a of the catalogue.
func (t Taste) artist(c *Catalog, a int32) Affinity {
	if c.artistKey[a] == "" {
		return Affinity{}
	}
	return t.Artists[c.artistKey[a]]
}

// likes reports whether the track is one of the liked exemplars.
func (t Taste) likes(id library.TrackID) bool {
	return slices.ContainsFunc(t.Liked, func(e Exemplar) bool { return e.ID == id })
}
