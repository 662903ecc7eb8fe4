package eval

import (
	"math"
	"strings"
	"time"

	"sleeve/engine"
)

// Request is a natural-language request with what its relevance is
// graded on (hidden from the engine, which only sees Text) and the hard
// constraints a list must obey.
type Request struct {
	Text string
	// Graded attributes: wanted genres (related genres earn less), moods,
	// contexts and instruments (any one matches), true energy and tempo
	// ranges, mode, and "like" an artist, optionally calmer than them.
	Genres      []string
	Moods       []string
	Contexts    []string
	Instruments []string
	Energy      [2]float64
	BPM         [2]float64
	Minor       *bool
	LikeArtist  int // -1 for none
	Calmer      bool

	// Hard constraints.
	ExcludeArtist int // -1 for none
	ExcludeGenre  string
	HardBPM       [2]float64
	Count         int
	Duration      time.Duration

	// Train marks the requests used for tuning and feedback; the others
	// are held out.
	Train bool
}

func yes() *bool { b := true; return &b }

// Requests returns the fixture's requests. Artists are picked by style so
// the texts name real artists of the generated library.
func Requests(f *Fixture) []Request {
	artistOf := func(style string, n int) int {
		k := 0
		for a, s := range f.ArtistStyle {
			if Styles[s].Genre == style {
				if k == n {
					return a
				}
				k++
			}
		}
		return -1
	}
	name := func(a int) string { return f.Artists[a] }
	none := func(r Request) Request {
		if r.LikeArtist == 0 && !strings.Contains(r.Text, "like") {
			r.LikeArtist = -1
		}
		return r
	}
	jazzA, folkA, techA, popA, metalA, classA := artistOf("jazz", 0), artistOf("folk", 1), artistOf("techno", 0), artistOf("pop", 1), artistOf("metal", 0), artistOf("classical", 2)
	soulA, rockA := artistOf("soul", 0), artistOf("rock", 1)
	rs := []Request{
		{Text: "upbeat pop with catchy hooks", Genres: []string{"pop"}, Energy: [2]float64{0.55, 1}},
		{Text: "calm piano for studying", Moods: []string{"calm", "peaceful"}, Instruments: []string{"piano"}, Energy: [2]float64{0, 0.4}},
		{Text: "something dark and slow for late night", Moods: []string{"dark", "melancholic", "mysterious"}, BPM: [2]float64{0, 95}, Energy: [2]float64{0, 0.55}},
		{Text: "40 minutes for a run", Contexts: []string{"running", "working out"}, Energy: [2]float64{0.65, 1}, Duration: 40 * time.Minute},
		{Text: "like " + name(jazzA) + " but calmer", LikeArtist: jazzA, Calmer: true},
		{Text: "happy pop songs, nothing by " + name(popA), Genres: []string{"pop"}, Moods: []string{"happy", "uplifting"}, ExcludeArtist: popA},
		{Text: "aggressive metal for working out", Genres: []string{"metal"}, Moods: []string{"aggressive", "angry", "intense"}},
		{Text: "mellow jazz for a dinner party", Genres: []string{"jazz"}, Moods: []string{"mellow", "warm"}, Contexts: []string{"dinner party"}},
		{Text: "energetic techno to dance to", Genres: []string{"techno"}, Energy: [2]float64{0.7, 1}},
		{Text: "peaceful ambient music for sleeping", Genres: []string{"ambient"}, Energy: [2]float64{0, 0.3}},
		{Text: "acoustic folk for a rainy day", Genres: []string{"folk"}, Instruments: []string{"acoustic guitar"}},
		{Text: "classical music in a minor key", Genres: []string{"classical"}, Minor: yes()},
		{Text: "groovy hip hop", Genres: []string{"hip hop"}, Moods: []string{"groovy"}},
		{Text: "warm soul for cooking", Genres: []string{"soul"}, Moods: []string{"warm", "romantic"}},
		{Text: "fast rock for driving", Genres: []string{"rock"}, BPM: [2]float64{125, 200}},
		{Text: "sad songs", Moods: []string{"melancholic", "wistful", "sad"}, Energy: [2]float64{0, 0.5}},
		{Text: "happy music for the morning", Moods: []string{"happy", "uplifting", "bright"}, Energy: [2]float64{0.4, 0.85}},
		{Text: "10 techno tracks", Genres: []string{"techno"}, Count: 10},
		{Text: "20 minutes of ambient", Genres: []string{"ambient"}, Duration: 20 * time.Minute},
		{Text: "sounds like " + name(techA), LikeArtist: techA},
		{Text: "like " + name(folkA), LikeArtist: folkA},
		{Text: "chill background music for working", Contexts: []string{"background", "studying", "focus"}, Energy: [2]float64{0, 0.45}},
		{Text: "intense music over 150 bpm", Moods: []string{"intense", "energetic", "aggressive"}, BPM: [2]float64{150, 220}, HardBPM: [2]float64{150, 0}},
		{Text: "slow jazz under 90 bpm", Genres: []string{"jazz"}, BPM: [2]float64{0, 90}, HardBPM: [2]float64{0, 90}},
		{Text: "party music at 120-130 bpm", Contexts: []string{"party", "dancing"}, BPM: [2]float64{120, 130}, HardBPM: [2]float64{120, 130}},
		{Text: "relaxing music, no metal", Moods: []string{"calm", "peaceful", "dreamy"}, Energy: [2]float64{0, 0.4}, ExcludeGenre: "metal"},
		{Text: "dreamy ambient with synthesizer", Genres: []string{"ambient"}, Moods: []string{"dreamy"}, Instruments: []string{"synthesizer"}},
		{Text: "epic classical with strings", Genres: []string{"classical"}, Instruments: []string{"strings", "violin", "cello"}},
		{Text: "romantic soul for a dinner party", Genres: []string{"soul"}, Moods: []string{"romantic", "sensual"}},
		{Text: "angry rock", Genres: []string{"rock"}, Moods: []string{"intense", "energetic", "angry"}, Energy: [2]float64{0.65, 1}},
		{Text: "something uplifting for a road trip", Moods: []string{"uplifting", "happy", "hopeful"}, Contexts: []string{"road trip", "driving"}},
		{Text: "quiet classical for reading", Genres: []string{"classical"}, Energy: [2]float64{0, 0.35}},
		{Text: "heavy metal, nothing by " + name(metalA), Genres: []string{"metal"}, ExcludeArtist: metalA},
		{Text: "dark techno for late night", Genres: []string{"techno"}, Moods: []string{"dark"}},
		{Text: "15 calm tracks", Moods: []string{"calm", "peaceful"}, Energy: [2]float64{0, 0.35}, Count: 15},
		{Text: "nostalgic folk", Genres: []string{"folk"}, Moods: []string{"nostalgic", "wistful"}},
		{Text: "like " + name(classA) + " but calmer", LikeArtist: classA, Calmer: true},
		{Text: "sounds like " + name(soulA), LikeArtist: soulA},
		{Text: "something like " + name(rockA), LikeArtist: rockA},
		{Text: "a jazz playlist for a long drive, nothing by " + name(jazzA), Genres: []string{"jazz"}, ExcludeArtist: jazzA},
		// Words the rule parser does not know: only the meaning of the
		// text (the embedding) connects them to the notes.
		{Text: "murky, shadowy sounds", Moods: []string{"dark", "mysterious"}},
		{Text: "mournful and forlorn songs", Moods: []string{"melancholic", "sad", "wistful"}},
		{Text: "fierce, relentless music", Moods: []string{"intense", "aggressive", "energetic"}},
		{Text: "unhurried, easygoing tunes", Moods: []string{"mellow", "calm"}},
		{Text: "tender and intimate songs", Moods: []string{"warm", "romantic"}},
		{Text: "rousing, heartening music", Moods: []string{"uplifting", "happy"}},
		{Text: "vigorous, propulsive tracks", Moods: []string{"energetic"}},
		{Text: "placid and still", Moods: []string{"peaceful", "calm"}},
	}
	for i := range rs {
		rs[i] = none(rs[i])
		if rs[i].ExcludeArtist == 0 && !strings.Contains(rs[i].Text, "nothing by") {
			rs[i].ExcludeArtist = -1
		}
		rs[i].Train = i%2 == 0
	}
	return rs
}

// Grade is the relevance (0–3) of a track to the request, from the
// track's hidden attributes.
func (r Request) Grade(f *Fixture, t *Track) int {
	if r.excludes(f, t) {
		return 0
	}
	st := Styles[t.Style]
	g := 2.0
	switch {
	case r.LikeArtist >= 0:
		as := Styles[f.ArtistStyle[r.LikeArtist]]
		switch {
		case t.Style == f.ArtistStyle[r.LikeArtist]:
			g = 2
		case contains(as.Related, st.Genre):
			g = 1
		default:
			g = 0
		}
	case len(r.Genres) > 0:
		g = 0
		for _, want := range r.Genres {
			if st.Genre == want {
				g = 2
			} else if contains(st.Related, want) {
				g = max(g, 1)
			}
		}
	}
	if g == 0 {
		return 0
	}
	var ok, n float64
	anyOf := func(want []string, have map[string]bool) {
		if len(want) == 0 {
			return
		}
		n++
		for _, w := range want {
			if have[w] {
				ok++
				return
			}
		}
	}
	anyOf(r.Moods, t.Moods)
	anyOf(r.Contexts, t.Contexts)
	if len(r.Instruments) > 0 {
		has := map[string]bool{}
		for _, i := range t.Row.Instruments {
			has[i] = true
		}
		anyOf(r.Instruments, has)
	}
	inRange := func(v float64, rg [2]float64) {
		if rg == [2]float64{} {
			return
		}
		n++
		if v >= rg[0] && (rg[1] == 0 || v <= rg[1]) {
			ok++
		}
	}
	inRange(t.Energy, r.Energy)
	inRange(t.BPM, r.BPM)
	if r.Minor != nil {
		n++
		if t.Minor == *r.Minor {
			ok++
		}
	}
	if r.Calmer {
		n++
		if t.Energy < f.ArtistEnergy[r.LikeArtist]-0.05 {
			ok++
		}
	}
	c := 1.0
	if n > 0 {
		c = ok / n
	}
	rel := g * c
	if c == 1 {
		rel++
	}
	return int(math.Round(math.Min(3, rel)))
}

// excludes reports whether the request's exclusions rule the track out.
func (r Request) excludes(f *Fixture, t *Track) bool {
	return r.ExcludeArtist >= 0 && t.Artist == r.ExcludeArtist || r.ExcludeGenre != "" && Styles[t.Style].Genre == r.ExcludeGenre
}

// Violations lists the hard constraints a result breaks: an excluded
// artist or genre, a tempo outside an explicit range (as measured), a
// count not met while enough tracks were eligible, or a length off by more
// than one track.
func (r Request) Violations(f *Fixture, res engine.Result) []string {
	var v []string
	var longest time.Duration
	for _, it := range res.Items {
		t := f.Track(it.ID)
		if r.excludes(f, t) {
			v = append(v, "excluded "+t.Row.Artist+"/"+Styles[t.Style].Genre)
		}
		if lo, hi := r.HardBPM[0], r.HardBPM[1]; (lo > 0 && t.Row.BPM < lo*0.98) || (hi > 0 && t.Row.BPM > hi*1.02) {
			v = append(v, "tempo")
		}
		longest = max(longest, it.Duration)
	}
	if r.Count > 0 && len(res.Items) != r.Count && res.Eligible >= r.Count {
		v = append(v, "count")
	}
	if r.Duration > 0 {
		if d := res.Duration - r.Duration; d > longest || -d > longest {
			v = append(v, "duration")
		}
	}
	return v
}
