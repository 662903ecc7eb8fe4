// Package eval is the evaluation harness of the recommendation engine: a
// generated library with known (hidden) attributes, natural-language
// requests with graded relevance computed from those attributes, and a
// simulated listener with a hidden taste who rates what the engine shows.
// It reports nDCG@10 before and after rounds of feedback, catalogue
// coverage, artist diversity, constraint violations and a random baseline,
// and tunes the engine's weights by coordinate ascent.
package eval

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"sleeve/engine"
	"sleeve/library"
)

// Style is a family of music with consistent attributes.
type Style struct {
	Genre       string
	Related     []string
	BPM, BPMSD  float64
	Energy, ESD float64
	MinorP      float64
	Bright      float64
	Moods       []string
	Instruments []string
	Contexts    []string
	VocalsP     float64
	// Beatless is the share of tracks without a steady pulse.
	Beatless float64
}

// Styles are the fixture's styles; genre names are ones the rule parser
// knows.
var Styles = []Style{
	{"pop", []string{"soul", "rock"}, 118, 8, 0.7, 0.1, 0.2, 0.7, []string{"happy", "uplifting", "playful", "bright"}, []string{"synthesizer", "drums", "bass"}, []string{"party", "driving", "morning"}, 0.95, 0},
	{"rock", []string{"metal", "folk"}, 132, 12, 0.75, 0.1, 0.4, 0.6, []string{"energetic", "intense", "nostalgic"}, []string{"electric guitar", "drums", "bass"}, []string{"driving", "road trip", "working out"}, 0.8, 0},
	{"jazz", []string{"soul", "classical"}, 96, 14, 0.4, 0.1, 0.4, 0.45, []string{"mellow", "warm", "romantic", "groovy"}, []string{"piano", "saxophone", "bass", "trumpet"}, []string{"dinner party", "reading", "late night"}, 0.3, 0},
	{"classical", []string{"ambient", "jazz"}, 78, 14, 0.25, 0.1, 0.5, 0.4, []string{"calm", "peaceful", "reflective", "epic"}, []string{"piano", "strings", "violin", "cello"}, []string{"studying", "focus", "reading"}, 0.05, 0},
	{"techno", []string{"hip hop"}, 128, 3, 0.85, 0.07, 0.7, 0.55, []string{"energetic", "intense", "dark", "euphoric"}, []string{"drum machine", "synthesizer", "samples"}, []string{"party", "dancing", "working out"}, 0.1, 0},
	{"ambient", []string{"classical"}, 70, 10, 0.15, 0.07, 0.6, 0.3, []string{"dreamy", "calm", "mysterious", "dark"}, []string{"synthesizer", "strings"}, []string{"sleeping", "meditation", "late night", "background"}, 0.05, 0},
	{"metal", []string{"rock"}, 160, 15, 0.93, 0.04, 0.85, 0.5, []string{"aggressive", "angry", "dark", "intense"}, []string{"electric guitar", "drums", "vocals"}, []string{"working out", "running"}, 0.9, 0},
	{"folk", []string{"rock", "soul"}, 100, 12, 0.35, 0.1, 0.35, 0.5, []string{"nostalgic", "wistful", "warm", "hopeful"}, []string{"acoustic guitar", "banjo", "violin"}, []string{"rainy day", "road trip", "cooking"}, 0.8, 0},
	{"hip hop", []string{"soul", "techno"}, 92, 6, 0.65, 0.1, 0.6, 0.5, []string{"groovy", "moody", "intense"}, []string{"samples", "turntables", "drum machine"}, []string{"working out", "driving", "party"}, 0.95, 0},
	{"soul", []string{"jazz", "pop"}, 104, 10, 0.55, 0.1, 0.3, 0.55, []string{"warm", "romantic", "sensual", "groovy"}, []string{"vocals", "organ", "brass", "bass"}, []string{"dinner party", "cooking", "evening"}, 0.9, 0},
}

// Track is a generated track with its hidden truth.
type Track struct {
	Row    engine.TrackRow
	Style  int
	Artist int
	// True attributes, of which Row holds noisy observations.
	BPM, Energy float64
	Minor       bool
	Moods       map[string]bool
	Contexts    map[string]bool
	Vocals      bool
	Instruments []string
	// Genre and Branch are the track's genre in beets' tree and its
	// top-level branch (tree catalogue only).
	Genre, Branch string
	// Beatless tracks have no steady pulse (BPM 0, tempo unknown).
	Beatless bool
	// Year is the true release year (tree catalogue only); Row.Year, the
	// tag, is missing for some tracks.
	Year int
	// NotMusic and Undecodable mark silence, blips and files that cannot
	// be decoded; DupOf is the ID of the track a duplicate copies.
	NotMusic, Undecodable bool
	DupOf                 int
	titled                bool
}

// Fixture is a generated library.
type Fixture struct {
	Tracks  []Track
	Artists []string
	// ArtistStyle and ArtistEnergy are each artist's style and mean energy.
	ArtistStyle  []int
	ArtistEnergy []float64
	// Styles are the sounds Track.Style indexes: Styles, or Templates in
	// the tree catalogue (Tree).
	Styles []Style
	Tree   bool
	byID   map[library.TrackID]int

	tempoOnce   sync.Once
	artistTempo []float64
}

// ArtistTempo is the mean true tempo of an artist's tracks that have a
// beat (0 when none has): what "faster" and "slower" than the artist are
// measured from, as "calmer" and "livelier" are from its mean energy.
func (f *Fixture) ArtistTempo(a int) float64 {
	f.tempoOnce.Do(func() {
		sum := make([]float64, len(f.Artists))
		n := make([]int, len(f.Artists))
		for _, t := range f.Tracks {
			if t.Beatless || t.NotMusic || t.Undecodable || t.Style < 0 || t.Artist < 0 || t.Artist >= len(f.Artists) {
				continue
			}
			sum[t.Artist] += t.BPM
			n[t.Artist]++
		}
		f.artistTempo = make([]float64, len(f.Artists))
		for k := range sum {
			if n[k] > 0 {
				f.artistTempo[k] = sum[k] / float64(n[k])
			}
		}
	})
	return f.artistTempo[a]
}

// Track returns the generated track with an ID.
func (f *Fixture) Track(id library.TrackID) *Track { return &f.Tracks[f.byID[id]] }

// Rows returns the catalogue rows.
func (f *Fixture) Rows() []engine.TrackRow {
	rows := make([]engine.TrackRow, len(f.Tracks))
	for i, t := range f.Tracks {
		rows[i] = t.Row
	}
	return rows
}

var (
	firstWords  = []string{"Velvet", "Hollow", "Silver", "Paper", "Golden", "Quiet", "Neon", "Amber", "Iron", "Glass", "Lunar", "Wild", "Salt", "Copper", "Ember", "Static", "Cedar", "Violet", "Northern", "Crimson"}
	secondWords = []string{"Harbor", "Pines", "Lanterns", "Foxes", "Avenue", "Rivers", "Echoes", "Tides", "Sparrows", "Engines", "Orchard", "Mirrors", "Parade", "Comets", "Valley", "Signals", "Gardens", "Wolves", "Bells", "Heights"}
	titleWords  = []string{"Midnight", "Drive", "Morning", "Light", "Falling", "Rain", "Electric", "Heart", "Blue", "Summer", "Storm", "Road", "Dream", "Fire", "Ocean", "City", "Ghost", "Dance", "Home", "Shadow"}
	fillers     = []string{"The production is clean.", "It was recorded live.", "A short intro sets the scene.", "The mix leaves room for every part.", "It ends on a long fade.", "", "", ""}
)

// NewFixture generates a library: artistsPerStyle artists in every style,
// each with two albums of tracksPerAlbum tracks. The same seed gives the
// same library. embDim is the dimension of the hashed embeddings.
func NewFixture(seed uint64, artistsPerStyle, tracksPerAlbum, embDim int) *Fixture {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	emb := engine.HashEmbedder{Dim: embDim, Concepts: Concepts()}
	const timbreDim = 40
	centres := make([][]float64, len(Styles))
	for s := range centres {
		centres[s] = randUnit(rng, timbreDim)
	}
	f := &Fixture{Styles: Styles, byID: map[library.TrackID]int{}}
	usedNames := map[string]bool{}
	id := library.TrackID(1)
	for si, st := range Styles {
		for range artistsPerStyle {
			name := firstWords[rng.IntN(len(firstWords))] + " " + secondWords[rng.IntN(len(secondWords))]
			for tries := 0; usedNames[name]; tries++ {
				name = firstWords[rng.IntN(len(firstWords))] + " " + secondWords[rng.IntN(len(secondWords))]
				if tries > 20 {
					// Large libraries run out of word pairs.
					name = fmt.Sprintf("%s %d", name, len(f.Artists))
				}
			}
			usedNames[name] = true
			a := len(f.Artists)
			f.Artists = append(f.Artists, name)
			f.ArtistStyle = append(f.ArtistStyle, si)
			aBPM := st.BPM + rng.NormFloat64()*st.BPMSD*0.6
			aEnergy := clamp(st.Energy+rng.NormFloat64()*st.ESD*1.5, 0.02, 0.98)
			f.ArtistEnergy = append(f.ArtistEnergy, aEnergy)
			aTimbre := randUnit(rng, timbreDim)
			for album := range 2 {
				albumName := titleWords[rng.IntN(len(titleWords))] + " " + titleWords[rng.IntN(len(titleWords))]
				for n := range tracksPerAlbum {
					t := Track{Style: si, Artist: a, Moods: map[string]bool{}, Contexts: map[string]bool{}}
					t.BPM = clamp(aBPM+rng.NormFloat64()*st.BPMSD*0.6, 50, 200)
					t.Energy = clamp(aEnergy+rng.NormFloat64()*st.ESD, 0.01, 0.99)
					t.Minor = rng.Float64() < st.MinorP
					t.Vocals = rng.Float64() < st.VocalsP
					for _, m := range pick(rng, st.Moods, 2) {
						t.Moods[m] = true
					}
					switch {
					case t.Energy < 0.3:
						t.Moods["calm"] = true
					case t.Energy > 0.8:
						t.Moods["energetic"] = true
					}
					if t.Minor && t.Energy < 0.5 {
						t.Moods["melancholic"] = true
					}
					if !t.Minor && t.Energy > 0.5 {
						t.Moods["happy"] = true
					}
					for _, c := range pick(rng, st.Contexts, 2) {
						t.Contexts[c] = true
					}
					if t.Energy < 0.4 {
						t.Contexts["studying"] = true
					}
					if t.BPM >= 140 && t.Energy >= 0.65 {
						t.Contexts["running"] = true
					}
					instr := pick(rng, st.Instruments, 2)
					if t.Vocals && !contains(instr, "vocals") {
						instr = append(instr, "vocals")
					}
					t.Row = observe(rng, t, st, instr, centres[si], aTimbre)
					t.Row.ID = id
					t.Row.Artist = name
					t.Row.Album = albumName
					t.Row.Title = titleWords[rng.IntN(len(titleWords))] + " " + titleWords[rng.IntN(len(titleWords))]
					t.Row.Path = fmt.Sprintf("/music/%s/%s/%02d %s.flac", name, albumName, n+1, t.Row.Title)
					t.Row.Embedding = emb.Vector(t.Row.Note + " " + strings.Join(t.Row.Moods, " ") + " " +
						strings.Join(t.Row.Contexts, " ") + " " + strings.Join(t.Row.Instruments, " ") + " " + strings.Join(t.Row.Genres, " "))
					f.byID[id] = len(f.Tracks)
					f.Tracks = append(f.Tracks, t)
					id++
					_ = album
				}
			}
		}
	}
	return f
}

// observe makes the noisy row the engine sees: measured features with
// error, a note written from the attributes with omissions and mistakes,
// and a timbre vector near the style's and the artist's centres.
func observe(rng *rand.Rand, t Track, st Style, instr []string, centre, artist []float64) engine.TrackRow {
	r := engine.TrackRow{HasFeatures: true, Genres: []string{st.Genre}, Instruments: instr}
	r.Duration = time.Duration(150+rng.IntN(200)) * time.Second
	r.BPM = t.BPM + rng.NormFloat64()*2
	if rng.Float64() < 0.05 {
		r.BPM *= 0.5 // a half-time reading, as tempo trackers make
	}
	r.Energy = clamp(t.Energy+rng.NormFloat64()*0.05, 0, 1)
	r.Minor = t.Minor
	if rng.Float64() < 0.08 {
		r.Minor = !r.Minor
	}
	r.Brightness = clamp(st.Bright+rng.NormFloat64()*0.1, 0, 1)
	r.Timbre = make([]float32, len(centre))
	for k := range centre {
		r.Timbre[k] = float32(centre[k] + 0.45*artist[k] + rng.NormFloat64()*0.12)
	}
	// The note and the tag list are written separately, so each misses
	// some of the true moods.
	var moods, noteMoods []string
	for _, m := range sortedKeys(t.Moods) {
		if rng.Float64() < 0.65 {
			moods = append(moods, m)
		}
		if rng.Float64() < 0.8 {
			noteMoods = append(noteMoods, m)
		}
	}
	if rng.Float64() < 0.12 {
		moods = append(moods, randomMood(rng))
	}
	sortStrings(moods)
	var ctxs []string
	for _, c := range sortedKeys(t.Contexts) {
		if rng.Float64() < 0.75 {
			ctxs = append(ctxs, c)
		}
	}
	sortStrings(ctxs)
	r.Moods, r.Contexts = moods, ctxs
	genreWord := st.Genre
	if rng.Float64() < 0.2 {
		genreWord = "" // the writer did not name the genre
	}
	pace := "steady"
	switch {
	case r.BPM < 85:
		pace = "slow"
	case r.BPM > 125:
		pace = "fast"
	}
	moodText := "restrained"
	if len(noteMoods) > 0 {
		var said []string
		for _, m := range noteMoods[:min(2, len(noteMoods))] {
			said = append(said, say(rng, m))
		}
		moodText = strings.Join(said, " and ")
	}
	ctxText := ""
	if len(ctxs) > 0 {
		ctxText = " Good for " + ctxs[0] + "."
	}
	r.Note = strings.TrimSpace(fmt.Sprintf("A %s %s track built on %s, at a %s pace.%s %s", moodText, genreWord,
		strings.Join(instr, " and "), pace, ctxText, fillers[rng.IntN(len(fillers))]))
	r.Note = strings.ReplaceAll(r.Note, "  ", " ")
	return r
}

// synonyms are the other words a note writer uses for a mood; the
// fixture's embedder knows them (Concepts), BM25 does not.
var synonyms = map[string][]string{
	"calm":        {"serene", "tranquil", "soothing"},
	"peaceful":    {"placid", "still"},
	"happy":       {"cheerful", "sunny", "joyous"},
	"uplifting":   {"rousing", "heartening"},
	"energetic":   {"vigorous", "lively", "propulsive"},
	"intense":     {"fierce", "relentless"},
	"aggressive":  {"ferocious", "savage"},
	"dark":        {"gloomy", "shadowy", "murky"},
	"melancholic": {"mournful", "forlorn"},
	"dreamy":      {"hazy", "floating"},
	"mellow":      {"easygoing", "unhurried"},
	"warm":        {"tender", "cosy"},
	"nostalgic":   {"bygone", "yearning"},
	"groovy":      {"funky", "swinging"},
	"romantic":    {"amorous", "intimate"},
}

// Concepts maps every synonym to its mood, for the fixture's embedder.
func Concepts() map[string]string {
	m := map[string]string{}
	for mood, syns := range synonyms {
		for _, s := range syns {
			m[s] = mood
		}
	}
	return m
}

// say returns the mood or, half the time, a synonym of it.
func say(rng *rand.Rand, mood string) string {
	if syns := synonyms[mood]; len(syns) > 0 && rng.Float64() < 0.5 {
		return syns[rng.IntN(len(syns))]
	}
	return mood
}

var allMoods = []string{"calm", "happy", "dark", "energetic", "sad", "dreamy", "warm", "tense", "playful", "epic"}

func randomMood(rng *rand.Rand) string { return allMoods[rng.IntN(len(allMoods))] }

func pick(rng *rand.Rand, from []string, n int) []string {
	p := rng.Perm(len(from))
	var out []string
	for _, i := range p[:min(n, len(from))] {
		out = append(out, from[i])
	}
	return out
}

func randUnit(rng *rand.Rand, d int) []float64 {
	v := make([]float64, d)
	var s float64
	for i := range v {
		v[i] = rng.NormFloat64()
		s += v[i] * v[i]
	}
	for i := range v {
		v[i] /= math.Sqrt(s)
	}
	return v
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sortStrings(out)
	return out
}
