package engine

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"sleeve/library"
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
	// Loved and Disliked count tracks rated 4–5 and 1–2 (or skipped often).
	Loved    int  `json:"loved,omitempty"`
	Disliked int  `json:"disliked,omitempty"`
	Edited   bool `json:"edited,omitempty"`
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
	type acc struct {
		rating    float64
		rated     bool
		ratedAt   time.Time
		other     float64
		plays     float64
		last      time.Time
		lastIndex int
	}
	per := map[int32]*acc{}
	t := Taste{Artists: map[string]Affinity{}, Genres: map[string]Affinity{}}
	for n, e := range events {
		i, ok := cat.index[e.TrackID]
		if !ok {
			continue
		}
		t.Events++
		a := per[i]
		if a == nil {
			a = &acc{}
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
		}
		if !e.At.Before(a.last) {
			a.last, a.lastIndex = e.At, n
		}
	}
	type ex struct {
		i    int32
		w    float64
		last time.Time
		n    int
	}
	var exs []ex
	artistSum, genreSum := map[int32]float64{}, map[int32]float64{}
	artistN, genreN := map[int32]float64{}, map[int32]float64{}
	artistLoved, artistBad := map[int32]int{}, map[int32]int{}
	genreLoved, genreBad := map[int32]int{}, map[int32]int{}
	for i, a := range per {
		w := a.other + a.plays
		if a.rated {
			// A rating is the clearest word; plays and skips only nudge it.
			w = 1.2*a.rating + 0.5*w
		}
		w = max(-1.5, min(1.5, w))
		if w == 0 {
			continue
		}
		artistSum[cat.artist[i]] += w
		artistN[cat.artist[i]]++
		gs := cat.genreList[cat.genreOff[i]:cat.genreOff[i+1]]
		for _, g := range gs {
			genreSum[g] += w / float64(len(gs))
			genreN[g] += 1 / float64(len(gs))
		}
		if w >= 0.7 {
			artistLoved[cat.artist[i]]++
			for _, g := range gs {
				genreLoved[g]++
			}
		} else if w <= -0.5 {
			artistBad[cat.artist[i]]++
			for _, g := range gs {
				genreBad[g]++
			}
		}
		if math.Abs(w) >= exemplarMin {
			exs = append(exs, ex{i, w, a.last, a.lastIndex})
		}
	}
	// Affinity is a shrunk mean of the track weights, so that it says how
	// much the person likes what they heard of an artist, and does not grow
	// just because the artist was shown (and rated) often.
	for a, s := range artistSum {
		t.Artists[cat.artistKey[a]] = Affinity{Name: cat.artists[a], Affinity: math.Tanh(1.5 * s / (artistN[a] + 0.5)),
			Loved: artistLoved[a], Disliked: artistBad[a]}
	}
	for g, s := range genreSum {
		t.Genres[cat.genres[g]] = Affinity{Name: cat.genres[g], Affinity: math.Tanh(1.5 * s / (genreN[g] + 2)),
			Loved: genreLoved[g], Disliked: genreBad[g]}
	}
	sort.Slice(exs, func(a, b int) bool {
		if !exs[a].last.Equal(exs[b].last) {
			return exs[a].last.After(exs[b].last)
		}
		return exs[a].n > exs[b].n
	})
	var lf, df [4]float64
	var lw, dw float64
	var lv, dv []float32
	if cat.embDim > 0 {
		lv, dv = make([]float32, cat.embDim), make([]float32, cat.embDim)
	}
	for _, e := range exs {
		f := cat.featurePoint(e.i)
		w := math.Abs(e.w)
		if e.w > 0 {
			if len(t.Liked) < maxExemplars {
				t.Liked = append(t.Liked, Exemplar{cat.ids[e.i], e.w})
			}
			if cat.hasFeat[e.i] {
				for k := range lf {
					lf[k] += w * f[k]
				}
				lw += w
			}
			cat.addEmb(lv, e.i, float32(w))
		} else {
			if len(t.Disliked) < maxExemplars {
				t.Disliked = append(t.Disliked, Exemplar{cat.ids[e.i], e.w})
			}
			if cat.hasFeat[e.i] {
				for k := range df {
					df[k] += w * f[k]
				}
				dw += w
			}
			cat.addEmb(dv, e.i, float32(w))
		}
	}
	if lw > 0 {
		t.LikedFeatures = make([]float64, 4)
		for k := range lf {
			t.LikedFeatures[k] = lf[k] / lw
		}
	}
	if dw > 0 {
		t.DislikedFeatures = make([]float64, 4)
		for k := range df {
			t.DislikedFeatures[k] = df[k] / dw
		}
	}
	if len(t.Liked) > 0 && lv != nil {
		normalise(lv)
		t.likedVec = lv
	}
	if len(t.Disliked) > 0 && dv != nil {
		normalise(dv)
		t.dislikedVec = dv
	}
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
	return t
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
	names := func(as []Affinity, n int) string {
		var s []string
		for _, a := range as[:min(n, len(as))] {
			w := a.Name
			switch {
			case a.Edited:
				w += " (set by you)"
			case a.Loved > 0:
				w += fmt.Sprintf(" (%d loved)", a.Loved)
			case a.Disliked > 0:
				w += fmt.Sprintf(" (%d disliked)", a.Disliked)
			}
			s = append(s, w)
		}
		return strings.Join(s, ", ")
	}
	if len(p.LikedGenres) > 0 {
		p.Summary = append(p.Summary, "You like "+names(p.LikedGenres, 5)+".")
	}
	if len(p.LikedArtists) > 0 {
		p.Summary = append(p.Summary, "Artists you come back to: "+names(p.LikedArtists, 6)+".")
	}
	if len(p.DislGenres) > 0 {
		p.Summary = append(p.Summary, "Not for you: "+names(p.DislGenres, 5)+".")
	}
	if len(p.Disliked) > 0 {
		p.Summary = append(p.Summary, "Artists you pass on: "+names(p.Disliked, 6)+".")
	}
	if f := t.LikedFeatures; f != nil {
		p.Summary = append(p.Summary, fmt.Sprintf("What you like sits around %.0f BPM with %s energy, in %s keys.",
			f[1]*200, energyWord(f[0]), modeWord(f[3])))
	}
	if f := t.DislikedFeatures; f != nil {
		p.Summary = append(p.Summary, fmt.Sprintf("What you rate down sits around %.0f BPM with %s energy.", f[1]*200, energyWord(f[0])))
	}
	if n := len(t.Disliked); n > 0 {
		p.Summary = append(p.Summary, fmt.Sprintf("%d tracks you rated down, and tracks close to them, are kept low.", n))
	}
	return p
}

func energyWord(e float64) string {
	switch {
	case e < 0.3:
		return "low"
	case e < 0.55:
		return "moderate"
	case e < 0.75:
		return "high"
	}
	return "very high"
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
func (t Taste) artist(c *Catalog, a int32) Affinity { return t.Artists[c.artistKey[a]] }

// likes reports whether the track is one of the liked exemplars.
func (t Taste) likes(id library.TrackID) bool {
	return slices.ContainsFunc(t.Liked, func(e Exemplar) bool { return e.ID == id })
}
