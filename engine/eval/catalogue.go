package eval

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"sleeve/engine"
	"sleeve/library"
)

// genreNode is one genre of beets' lastgenre tree.
type genreNode struct{ Name, Parent, Branch string }

// Templates are the hidden sounds of the catalogue's genres: every genre of
// the tree is played in one of them (see templateOf). Genre is the
// template's name; Related names templates a listener would accept as
// close.
var Templates = []Style{
	{Genre: "ambient", Related: []string{"electronica", "classical"}, BPM: 72, BPMSD: 10, Beatless: 0.6, Energy: 0.15, ESD: 0.08, MinorP: 0.6, Bright: 0.3, Moods: []string{"dreamy", "calm", "mysterious", "dark"}, Instruments: []string{"synthesizer", "strings"}, Contexts: []string{"sleeping", "meditation", "late night", "background"}, VocalsP: 0.05},
	{Genre: "dance", Related: []string{"electronica", "disco"}, BPM: 128, BPMSD: 4, Energy: 0.85, ESD: 0.07, MinorP: 0.6, Bright: 0.55, Moods: []string{"energetic", "euphoric", "intense", "dark"}, Instruments: []string{"drum machine", "synthesizer", "samples"}, Contexts: []string{"party", "dancing", "working out"}, VocalsP: 0.2},
	{Genre: "drum and bass", Related: []string{"dance"}, BPM: 172, BPMSD: 4, Energy: 0.9, ESD: 0.05, MinorP: 0.6, Bright: 0.5, Moods: []string{"energetic", "intense", "dark"}, Instruments: []string{"drum machine", "synthesizer", "bass"}, Contexts: []string{"running", "working out", "party"}, VocalsP: 0.1},
	{Genre: "game", Related: []string{"electronica"}, BPM: 140, BPMSD: 20, Beatless: 0.1, Energy: 0.6, ESD: 0.15, MinorP: 0.4, Bright: 0.7, Moods: []string{"playful", "energetic", "happy", "epic"}, Instruments: []string{"synthesizer", "drum machine"}, Contexts: []string{"focus", "working"}, VocalsP: 0.02},
	{Genre: "disco", Related: []string{"funk", "dance", "soul"}, BPM: 118, BPMSD: 6, Energy: 0.75, ESD: 0.08, MinorP: 0.25, Bright: 0.7, Moods: []string{"groovy", "happy", "playful", "euphoric"}, Instruments: []string{"bass", "drums", "brass", "vocals"}, Contexts: []string{"party", "dancing", "cooking"}, VocalsP: 0.8},
	{Genre: "electronica", Related: []string{"ambient", "dance"}, BPM: 100, BPMSD: 12, Beatless: 0.2, Energy: 0.45, ESD: 0.12, MinorP: 0.5, Bright: 0.5, Moods: []string{"dreamy", "mellow", "moody"}, Instruments: []string{"synthesizer", "samples"}, Contexts: []string{"late night", "background", "driving"}, VocalsP: 0.3},
	{Genre: "rock", Related: []string{"metal", "punk", "blues"}, BPM: 130, BPMSD: 12, Energy: 0.75, ESD: 0.1, MinorP: 0.4, Bright: 0.6, Moods: []string{"energetic", "nostalgic", "intense"}, Instruments: []string{"electric guitar", "drums", "bass"}, Contexts: []string{"driving", "road trip"}, VocalsP: 0.85},
	{Genre: "metal", Related: []string{"rock", "punk"}, BPM: 160, BPMSD: 15, Energy: 0.93, ESD: 0.04, MinorP: 0.85, Bright: 0.5, Moods: []string{"aggressive", "angry", "dark", "intense"}, Instruments: []string{"electric guitar", "drums", "vocals"}, Contexts: []string{"working out", "running"}, VocalsP: 0.9},
	{Genre: "punk", Related: []string{"rock", "metal"}, BPM: 175, BPMSD: 12, Energy: 0.9, ESD: 0.05, MinorP: 0.4, Bright: 0.6, Moods: []string{"angry", "energetic", "playful"}, Instruments: []string{"electric guitar", "drums"}, Contexts: []string{"working out", "running"}, VocalsP: 0.95},
	{Genre: "pop", Related: []string{"disco", "soul", "rock"}, BPM: 118, BPMSD: 8, Energy: 0.7, ESD: 0.1, MinorP: 0.2, Bright: 0.7, Moods: []string{"happy", "uplifting", "playful", "bright"}, Instruments: []string{"synthesizer", "drums", "vocals"}, Contexts: []string{"party", "driving", "morning"}, VocalsP: 0.95},
	{Genre: "hip hop", Related: []string{"soul", "funk"}, BPM: 92, BPMSD: 6, Energy: 0.65, ESD: 0.1, MinorP: 0.6, Bright: 0.5, Moods: []string{"groovy", "moody", "intense"}, Instruments: []string{"samples", "turntables", "drum machine"}, Contexts: []string{"working out", "driving", "party"}, VocalsP: 0.95},
	{Genre: "jazz", Related: []string{"blues", "soul", "bossa"}, BPM: 96, BPMSD: 14, Beatless: 0.05, Energy: 0.4, ESD: 0.1, MinorP: 0.4, Bright: 0.45, Moods: []string{"mellow", "warm", "romantic", "groovy"}, Instruments: []string{"piano", "saxophone", "bass", "trumpet"}, Contexts: []string{"dinner party", "reading", "late night"}, VocalsP: 0.3},
	{Genre: "blues", Related: []string{"jazz", "soul", "rock"}, BPM: 88, BPMSD: 14, Energy: 0.5, ESD: 0.12, MinorP: 0.5, Bright: 0.45, Moods: []string{"melancholic", "groovy", "warm", "nostalgic"}, Instruments: []string{"electric guitar", "harmonica", "piano", "vocals"}, Contexts: []string{"late night", "driving"}, VocalsP: 0.85},
	{Genre: "classical", Related: []string{"ambient", "easy"}, BPM: 78, BPMSD: 14, Beatless: 0.35, Energy: 0.25, ESD: 0.1, MinorP: 0.5, Bright: 0.4, Moods: []string{"calm", "peaceful", "reflective", "epic"}, Instruments: []string{"piano", "strings", "violin", "cello"}, Contexts: []string{"studying", "focus", "reading"}, VocalsP: 0.05},
	{Genre: "country", Related: []string{"folk", "rock"}, BPM: 108, BPMSD: 14, Energy: 0.55, ESD: 0.1, MinorP: 0.2, Bright: 0.6, Moods: []string{"nostalgic", "warm", "hopeful"}, Instruments: []string{"acoustic guitar", "banjo", "violin", "vocals"}, Contexts: []string{"road trip", "driving", "cooking"}, VocalsP: 0.9},
	{Genre: "folk", Related: []string{"country", "bossa"}, BPM: 100, BPMSD: 12, Beatless: 0.05, Energy: 0.35, ESD: 0.1, MinorP: 0.35, Bright: 0.5, Moods: []string{"nostalgic", "wistful", "warm", "hopeful"}, Instruments: []string{"acoustic guitar", "banjo", "violin"}, Contexts: []string{"rainy day", "road trip", "cooking"}, VocalsP: 0.8},
	{Genre: "soul", Related: []string{"funk", "jazz", "blues"}, BPM: 100, BPMSD: 10, Energy: 0.55, ESD: 0.1, MinorP: 0.3, Bright: 0.55, Moods: []string{"warm", "romantic", "sensual", "groovy"}, Instruments: []string{"vocals", "organ", "brass", "bass"}, Contexts: []string{"dinner party", "cooking"}, VocalsP: 0.9},
	{Genre: "funk", Related: []string{"soul", "disco"}, BPM: 108, BPMSD: 8, Energy: 0.75, ESD: 0.08, MinorP: 0.35, Bright: 0.6, Moods: []string{"groovy", "playful", "energetic"}, Instruments: []string{"bass", "electric guitar", "brass", "drums"}, Contexts: []string{"party", "dancing", "cooking"}, VocalsP: 0.7},
	{Genre: "reggae", Related: []string{"soul", "latin"}, BPM: 80, BPMSD: 8, Energy: 0.55, ESD: 0.1, MinorP: 0.3, Bright: 0.6, Moods: []string{"mellow", "happy", "warm"}, Instruments: []string{"bass", "electric guitar", "organ", "drums"}, Contexts: []string{"relaxing", "party"}, VocalsP: 0.8},
	{Genre: "latin", Related: []string{"bossa", "african"}, BPM: 112, BPMSD: 14, Energy: 0.65, ESD: 0.12, MinorP: 0.3, Bright: 0.65, Moods: []string{"sensual", "happy", "playful", "romantic"}, Instruments: []string{"percussion", "acoustic guitar", "brass"}, Contexts: []string{"dancing", "party", "dinner party"}, VocalsP: 0.75},
	{Genre: "bossa", Related: []string{"jazz", "latin"}, BPM: 84, BPMSD: 8, Energy: 0.3, ESD: 0.08, MinorP: 0.4, Bright: 0.55, Moods: []string{"mellow", "warm", "romantic"}, Instruments: []string{"acoustic guitar", "piano"}, Contexts: []string{"dinner party", "reading"}, VocalsP: 0.6},
	{Genre: "african", Related: []string{"latin", "funk"}, BPM: 115, BPMSD: 12, Energy: 0.7, ESD: 0.1, MinorP: 0.25, Bright: 0.65, Moods: []string{"happy", "energetic", "groovy"}, Instruments: []string{"percussion", "electric guitar", "vocals"}, Contexts: []string{"dancing", "party"}, VocalsP: 0.85},
	{Genre: "asian", Related: []string{"pop", "classical"}, BPM: 100, BPMSD: 20, Beatless: 0.1, Energy: 0.5, ESD: 0.15, MinorP: 0.5, Bright: 0.55, Moods: []string{"reflective", "calm", "playful"}, Instruments: []string{"strings", "percussion", "synthesizer"}, Contexts: []string{"focus", "reading"}, VocalsP: 0.6},
	{Genre: "experimental", Related: []string{"ambient", "electronica"}, BPM: 90, BPMSD: 30, Beatless: 0.5, Energy: 0.45, ESD: 0.25, MinorP: 0.6, Bright: 0.4, Moods: []string{"mysterious", "tense", "dark"}, Instruments: []string{"synthesizer", "samples", "strings"}, Contexts: []string{"focus", "late night"}, VocalsP: 0.2},
	{Genre: "comedy", Related: []string{"pop"}, BPM: 100, BPMSD: 15, Beatless: 0.6, Energy: 0.4, ESD: 0.1, MinorP: 0.2, Bright: 0.6, Moods: []string{"playful", "happy"}, Instruments: []string{"vocals", "acoustic guitar"}, Contexts: []string{"commute"}, VocalsP: 1},
	{Genre: "easy", Related: []string{"jazz", "classical", "bossa"}, BPM: 95, BPMSD: 10, Beatless: 0.1, Energy: 0.3, ESD: 0.08, MinorP: 0.3, Bright: 0.6, Moods: []string{"mellow", "calm", "warm"}, Instruments: []string{"strings", "piano", "organ"}, Contexts: []string{"background", "dinner party"}, VocalsP: 0.4},
}

// templateOf is the template a genre of the tree is played in: chosen by
// the branch and, where a branch holds different sounds, by the genre's
// second-level ancestor or its own name.
func templateOf(n genreNode, second string) string {
	switch n.Branch {
	case "electronic":
		switch second {
		case "ambient", "downtempo", "electroacoustic":
			return "ambient"
		case "chiptune":
			return "game"
		case "drum and bass", "breakbeat":
			return "drum and bass"
		case "disco", "post-disco", "hi-nrg", "eurodance":
			return "disco"
		case "electronica", "electronic rock", "electro", "":
			return "electronica"
		}
		return "dance"
	case "rock":
		switch second {
		case "heavy metal":
			return "metal"
		case "punk rock", "post-punk":
			return "punk"
		}
		return "rock"
	case "rhythm and blues":
		if second == "funk" {
			return "funk"
		}
		return "soul"
	case "caribbean and latin american":
		if second == "brazilian" {
			return "bossa"
		}
		return "latin"
	case "hip hop", "jazz", "blues", "classical", "country", "folk", "pop", "reggae", "african", "asian", "comedy":
		return n.Branch
	case "avant-garde", "other":
		return "experimental"
	case "easy listening":
		return "easy"
	}
	return "pop"
}

// tagVariants are how people really tag some genres.
var tagVariants = map[string][]string{
	"hip hop":                      {"Hip-Hop", "Hip Hop", "Rap"},
	"drum and bass":                {"Drum & Bass", "DnB", "Drum and Bass"},
	"rhythm and blues":             {"R&B", "Rhythm & Blues"},
	"video game music":             {"Video Game Music", "Game", "VGM"},
	"bossa nova":                   {"Bossa Nova", "Bossa"},
	"heavy metal":                  {"Heavy Metal", "Metal"},
	"electronic":                   {"Electronic", "Electronica"},
	"rock and roll":                {"Rock & Roll", "Rock 'n' Roll"},
	"caribbean and latin american": {"Latin"},
}

// The tree catalogue: artists per branch follow the tree's spread (one
// artist per this many genres of the branch, at least two), each with
// two albums of tracks.
const (
	genresPerArtist       = 7
	catalogueTracksPerAlb = 4
	catalogueSeed         = 12
)

// Words people search for that the catalogue's titles hold.
var (
	// SearchTitles are titles placed on tracks of the named templates.
	SearchTitles = []struct{ Title, Template string }{
		{"Boogie Stop Shuffle", "jazz"}, {"Midnight Boogie", "blues"}, {"Boogie Down Lights", "disco"},
		{"Careless Love", "blues"}, {"Rainy Night in Georgia", "soul"}, {"Lullaby for Lanterns", "classical"},
		{"Sunday Morning Coffee", "folk"}, {"Kraken Attack", "metal"},
	}
)

// NewCatalogue generates the evaluation catalogue: genres drawn from
// beets' genre tree with the tree's spread, each played in a hidden
// template; game music with an artist whose name extends another word
// ("Freedoom Project"); titles with words people search for; content
// duplicates (same fingerprint, or same artist, title and length within a
// second); and tracks that are not music or cannot be decoded. The same
// seed gives the same catalogue.
func NewCatalogue(seed uint64, embDim int) *Fixture {
	rng := rand.New(rand.NewPCG(seed, 0x7ee))
	emb := engine.HashEmbedder{Dim: embDim, Concepts: Concepts()}
	const timbreDim = 40
	tmplIndex := map[string]int{}
	for i, t := range Templates {
		tmplIndex[t.Genre] = i
	}
	centres := make([][]float64, len(Templates))
	for s := range centres {
		centres[s] = randUnit(rng, timbreDim)
	}
	byName := map[string]genreNode{}
	for _, n := range genreTree {
		byName[n.Name] = n
	}
	second := func(n genreNode) string {
		for n.Parent != "" && byName[n.Parent].Parent != "" {
			n = byName[n.Parent]
		}
		if n.Parent == "" {
			return ""
		}
		return n.Name
	}
	var branches []string
	members := map[string][]genreNode{}
	for _, n := range genreTree {
		if n.Parent == "" {
			branches = append(branches, n.Name)
		}
		// Genres people would search by another meaning stay out of the
		// catalogue, so the titles hold the only "boogie".
		if !strings.Contains(n.Name, "boogie") {
			members[n.Branch] = append(members[n.Branch], n)
		}
	}

	f := &Fixture{Styles: Templates, byID: map[library.TrackID]int{}, Tree: true}
	used := map[string]bool{}
	id := library.TrackID(1)
	newName := func() string {
		for tries := 0; ; tries++ {
			name := firstWords[rng.IntN(len(firstWords))] + " " + secondWords[rng.IntN(len(secondWords))]
			if tries > 30 {
				name = fmt.Sprintf("%s %d", name, len(f.Artists))
			}
			if !used[name] {
				used[name] = true
				return name
			}
		}
	}
	type artistPlan struct {
		name  string
		genre genreNode
		tag   string
	}
	var plans []artistPlan
	for _, b := range branches {
		ms := members[b]
		n := max(2, (len(ms)+genresPerArtist/2)/genresPerArtist)
		for range n {
			g := ms[rng.IntN(len(ms))]
			plans = append(plans, artistPlan{newName(), g, ""})
		}
	}
	// Game music, one artist of which shares a word prefix with the way
	// people name it.
	used["Freedoom Project"] = true
	plans = append(plans,
		artistPlan{"Freedoom Project", byName["video game music"], "Video Game Music"},
		artistPlan{newName(), byName["video game music"], "Game"},
		artistPlan{newName(), byName["chiptune"], "Chiptune"})

	for _, p := range plans {
		node := p.genre
		tmpl := tmplIndex[templateOf(node, second(node))]
		st := Templates[tmpl]
		a := len(f.Artists)
		f.Artists = append(f.Artists, p.name)
		f.ArtistStyle = append(f.ArtistStyle, tmpl)
		aBPM := st.BPM + rng.NormFloat64()*st.BPMSD*0.6
		aEnergy := clamp(st.Energy+rng.NormFloat64()*st.ESD*1.5, 0.02, 0.98)
		f.ArtistEnergy = append(f.ArtistEnergy, aEnergy)
		aTimbre := randUnit(rng, timbreDim)
		tag := p.tag
		if tag == "" {
			tag = titleCase(node.Name)
			if vs := tagVariants[node.Name]; len(vs) > 0 && rng.Float64() < 0.6 {
				tag = vs[rng.IntN(len(vs))]
			}
		}
		for range 2 {
			albumName := titleWords[rng.IntN(len(titleWords))] + " " + titleWords[rng.IntN(len(titleWords))]
			for n := range catalogueTracksPerAlb {
				t := Track{Style: tmpl, Artist: a, Genre: node.Name, Branch: node.Branch, Moods: map[string]bool{}, Contexts: map[string]bool{}}
				t.Beatless = rng.Float64() < st.Beatless
				t.BPM = clamp(aBPM+rng.NormFloat64()*st.BPMSD*0.6, 50, 200)
				if t.Beatless {
					t.BPM = 0
				}
				t.Energy = clamp(aEnergy+rng.NormFloat64()*st.ESD, 0.01, 0.99)
				t.Minor = rng.Float64() < st.MinorP
				t.Vocals = rng.Float64() < st.VocalsP
				addTruth(rng, &t, st)
				instr := pick(rng, st.Instruments, 2)
				if t.Vocals && !contains(instr, "vocals") {
					instr = append(instr, "vocals")
				}
				t.Instruments = instr
				noteStyle := st
				noteStyle.Genre = node.Name
				t.Row = observe(rng, t, noteStyle, instr, centres[tmpl], aTimbre)
				if t.Beatless {
					t.Row.BPM = 0 // no steady pulse: the tempo is unknown
				}
				t.Row.Genres = genreTags(rng, tag, node, t.Row.Note)
				t.Row.ID = id
				t.Row.Artist = p.name
				t.Row.Album = albumName
				t.Row.Title = titleWords[rng.IntN(len(titleWords))] + " " + titleWords[rng.IntN(len(titleWords))]
				t.Row.Path = fmt.Sprintf("/music/%s/%s/%02d %s.flac", p.name, albumName, n+1, t.Row.Title)
				t.Row.Fingerprint = fmt.Sprintf("fp%06d", id)
				f.add(t, emb)
				id++
			}
		}
	}

	addYears(f, seed)

	// Searchable titles replace the titles of tracks in their templates.
	for k, s := range SearchTitles {
		want := tmplIndex[s.Template]
		n := 0
		for i := range f.Tracks {
			if f.Tracks[i].Style == want && !f.Tracks[i].titled {
				if n == k%3 {
					f.Tracks[i].Row.Title, f.Tracks[i].titled = s.Title, true
					break
				}
				n++
			}
		}
	}

	// Content duplicates: every 37th track again, either the same file
	// elsewhere (same fingerprint) or another rip (same tags, a second
	// longer).
	for i, n := 0, len(f.Tracks); i < n; i += 37 {
		d := f.Tracks[i]
		d.Row.ID = id
		if i%2 == 0 {
			d.Row.Path = strings.Replace(d.Row.Path, "/music/", "/music/Copies/", 1)
		} else {
			d.Row.Album = "Best Of " + d.Row.Artist
			d.Row.Duration += time.Second
			d.Row.Fingerprint = fmt.Sprintf("fp%06d", id)
			d.Row.Path = fmt.Sprintf("/music/%s/%s/%s.flac", d.Row.Artist, d.Row.Album, d.Row.Title)
		}
		d.DupOf = d.Group()
		f.add(d, emb)
		id++
	}

	// Not music and undecodable files, tagged so that requests could reach
	// them by their genre.
	junk := []struct {
		title, genre string
		dur          time.Duration
		notMusic     bool
	}{
		{"Silence", "Ambient", 30 * time.Second, true},
		{"Blip", "Jazz", 350 * time.Millisecond, true},
		{"Test Tone 440 Hz", "", 5 * time.Second, true},
		{"Track 03", "Jazz", 200 * time.Second, false},
		{"Broken Rip", "Blues", 240 * time.Second, false},
		{"Corrupt", "Rock", 180 * time.Second, false},
	}
	for _, j := range junk {
		t := Track{Style: -1, Artist: -1, NotMusic: j.notMusic, Undecodable: !j.notMusic, Moods: map[string]bool{}, Contexts: map[string]bool{}}
		t.Row = engine.TrackRow{ID: id, Title: j.title, Artist: "Unknown Artist", Album: "Unknown Album", Duration: j.dur,
			Path: fmt.Sprintf("/music/misc/%s.wav", j.title), Fingerprint: fmt.Sprintf("fp%06d", id)}
		if j.genre != "" {
			t.Row.Genres = []string{j.genre}
		}
		if j.notMusic {
			t.Row.HasFeatures, t.Row.NotMusic = true, true
		} else {
			t.Row.Undecodable = true
		}
		f.add(t, emb)
		id++
	}
	return f
}

// templateEras are the years each template's records come from: an
// artist starts somewhere in its template's era.
var templateEras = map[string][2]int{
	"ambient": {1978, 2024}, "dance": {1987, 2024}, "drum and bass": {1993, 2024}, "game": {1985, 2024},
	"disco": {1974, 1992}, "electronica": {1990, 2024}, "rock": {1962, 2022}, "metal": {1975, 2024},
	"punk": {1976, 2020}, "pop": {1960, 2024}, "hip hop": {1982, 2024}, "jazz": {1950, 2020},
	"blues": {1950, 2015}, "classical": {1958, 2022}, "country": {1955, 2022}, "folk": {1960, 2022},
	"soul": {1960, 2015}, "funk": {1966, 2010}, "reggae": {1968, 2015}, "latin": {1960, 2022},
	"bossa": {1958, 2015}, "african": {1965, 2022}, "asian": {1970, 2024}, "experimental": {1958, 2024},
	"comedy": {1960, 2024}, "easy": {1955, 2005},
}

// addYears dates the tracks: each artist starts in its template's era and
// its second album comes one to six years after the first; one track in
// ten has no year tag. It draws from its own generator, so the rest of
// the catalogue is as it was before tracks had years.
func addYears(f *Fixture, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0x9ea7))
	start := make([]int, len(f.Artists))
	for a := range f.Artists {
		era := templateEras[Templates[f.ArtistStyle[a]].Genre]
		start[a] = era[0] + rng.IntN(era[1]-era[0]+1)
	}
	albums := map[string]int{} // artist and album → year
	dated := map[int]int{}     // artist → albums dated
	for i := range f.Tracks {
		t := &f.Tracks[i]
		if t.Artist < 0 {
			continue
		}
		key := t.Row.Artist + "\x00" + t.Row.Album
		y, ok := albums[key]
		if !ok {
			y = start[t.Artist]
			if dated[t.Artist] > 0 {
				y += 1 + rng.IntN(6)
			}
			albums[key] = y
			dated[t.Artist]++
		}
		t.Year = y
		if rng.Float64() >= 0.1 {
			t.Row.Year = y
		}
	}
}

// add appends a track with its embedding.
func (f *Fixture) add(t Track, emb engine.HashEmbedder) {
	r := &t.Row
	if r.Note != "" {
		r.Embedding = emb.Vector(r.Note + " " + strings.Join(r.Moods, " ") + " " + strings.Join(r.Contexts, " ") + " " +
			strings.Join(r.Instruments, " ") + " " + strings.Join(r.Genres, " "))
	}
	f.byID[r.ID] = len(f.Tracks)
	f.Tracks = append(f.Tracks, t)
}

// addTruth draws a track's true moods and contexts from its template and
// its energy, tempo and mode.
func addTruth(rng *rand.Rand, t *Track, st Style) {
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
}

// genreTags are the genre tags a track carries: the artist's tag, now
// and then with its parent genre, and none for a share of tracks (whose
// note may still name the genre).
func genreTags(rng *rand.Rand, tag string, n genreNode, note string) []string {
	switch x := rng.Float64(); {
	case x < 0.12:
		return nil
	case x < 0.3 && n.Parent != "":
		return []string{tag, titleCase(n.Parent)}
	}
	_ = note
	return []string{tag}
}

func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		if r := []rune(x); x != "and" && x != "of" {
			w[i] = strings.ToUpper(string(r[:1])) + string(r[1:])
		}
	}
	return strings.Join(w, " ")
}

// Group is the content a track holds: duplicates share it.
func (t *Track) Group() int {
	if t.DupOf != 0 {
		return t.DupOf
	}
	return int(t.Row.ID)
}
