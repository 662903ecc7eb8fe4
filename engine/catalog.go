package engine

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"sleeve/library"
	"sleeve/library/analysis"
	"sleeve/models"
)

// TrackRow is one track as the engine needs it: tags, measured features,
// the sleeve note with its word lists and embedding, and how often the
// person has played and been shown it. The caller loads rows from the store.
type TrackRow struct {
	ID       library.TrackID
	Path     string
	Title    string
	Artist   string
	Album    string
	Genres   []string
	Duration time.Duration
	// Year is the release year from the tags, or 0 when unknown.
	Year int

	// HasFeatures is false when the track has not been analysed; the
	// feature fields are then ignored.
	HasFeatures bool
	// BPM is the tempo, or 0 when the track has no beat or its tempo is
	// unsure (TempoUnsure tells which).
	BPM float64
	// TempoUnsure marks a measured track with a beat whose tempo analysis
	// could not tell (analysis.Features.TempoUnsure): its tempo is unknown,
	// where a track without a beat (BPM 0 otherwise) is slower than any.
	TempoUnsure bool
	// TempoSet marks a tempo the person set by hand (a correction): it is
	// certain, and the tempos of its genre never doubt it.
	TempoSet   bool
	Energy     float64 // 0..1
	Brightness float64 // 0..1
	Minor      bool
	Timbre     []float32
	// Heard are the confidences of analysis.InstrumentLabels (the
	// instruments analysis heard), or nil when not measured.
	Heard []float32
	// PulseClarity, OnsetRate and Flatness are the measurements the
	// qualities of sound (models.SoundWords) are read from; all zero when
	// not measured.
	PulseClarity, OnsetRate, Flatness float64
	// Repetition is how much the track's material recurs
	// (analysis.Features.Repetition); 0 when not measured.
	Repetition float64

	// Note is the sleeve note text; Moods, Instruments and Contexts are its
	// word lists.
	Note        string
	Moods       []string
	Instruments []string
	Contexts    []string
	// Embedding is the note's embedding, or nil.
	Embedding []float32

	// Plays counts full plays, Shown how often the track was in a list.
	Plays int
	Shown int

	// NotMusic marks a track analysis found to hold no music (silence, a
	// blip, a test tone); Undecodable one that could not be decoded. Neither
	// is recommended unless asked for.
	NotMusic    bool
	Undecodable bool
	// Fingerprint identifies the file's content; copies share it.
	Fingerprint string
}

// Catalog is the library in column-oriented arrays, built once from rows
// and read concurrently by any number of rankings. Only RecordShown writes
// to it; the caller must not run it beside a ranking.
type Catalog struct {
	lexOnce sync.Once
	lexicon *models.Lexicon

	// typicalOnce computes typicalEnergy and typicalBPM, the medians of
	// the library's measured tracks: what a change asked for before
	// anything was heard ("like Radiohead but calmer" where the library
	// has no Radiohead) is measured from.
	typicalOnce               sync.Once
	typicalEnergy, typicalBPM float64

	rows  int
	ids   []library.TrackID
	index map[library.TrackID]int32

	path, title []string
	artist      []int32 // index into artists
	album       []int32 // index into albums
	artists     []string
	artistKey   []string // normalised names, for matching
	albums      []string
	byArtist    map[string]int32

	duration []int32 // seconds
	year     []int16 // release year, 0 when unknown
	hasFeat  []bool
	bpm      []float32
	unsure   []bool // a beat whose tempo is unknown (bpm 0)
	// altBPM is, for a reading the track's genres doubt, the tempo at the
	// other metrical level (doubtOctaves); 0 otherwise.
	altBPM   []float32
	energy   []float32
	bright   []float32
	minor    []bool
	notMusic []bool
	broken   []bool // undecodable
	// sound holds, for each row, the ranks in [0, 1] among the library's
	// measured tracks of its pulse clarity, onset rate, spectral flatness
	// and repetition (rankSounds); hasSound marks the rows measured, and
	// soundRows counts them. Repetition, measured only since analysis
	// version 10, has its own marks and count.
	sound     [][4]float32
	hasSound  []bool
	soundRows int
	hasRep    []bool
	repRows   int
	timbreDim int
	timbre    []float32 // rows × timbreDim, unit length, zero when absent
	hasTimbre []bool
	instr     []float32 // rows × analysis.NumInstruments confidences, zero when absent
	hasInstr  []bool
	embDim    int
	emb       []int8    // rows × embDim
	embScale  []float32 // multiply the int8 dot by this (and the query's) to get a cosine
	genreOff  []int32   // genres of row i are genreList[genreOff[i]:genreOff[i+1]]
	genreList []int32
	// genreTagged is whether row i's genres are its own tags, not taken
	// from its note, album or artist.
	genreTagged []bool
	genreRows   [][]int32 // the rows of each genre, in order
	genres      []string
	genreIndex  map[string]int32
	tags        []tagSet // moods, instruments, contexts
	note        []string
	plays       []int32
	shown       []int32
	maxPlays    int32
	// group is the row of the first copy of a track's content (itself
	// when it is the first).
	group []int32

	lex *bm25Index
}

// NewCatalog builds a catalogue from rows. Rows with a duplicate ID are
// skipped. Timbre vectors and embeddings are normalised to unit length;
// embeddings are then quantised to int8, and their dimension is taken from
// the first row that has one (rows with another dimension get none).
func NewCatalog(rows []TrackRow) *Catalog {
	c := &Catalog{index: make(map[library.TrackID]int32, len(rows)), byArtist: map[string]int32{}, genreIndex: map[string]int32{}}
	albumIdx := map[string]int32{}
	var tempoSet []bool
	for _, r := range rows {
		if r.Timbre != nil && c.timbreDim == 0 {
			c.timbreDim = len(r.Timbre)
		}
		if r.Embedding != nil && c.embDim == 0 {
			c.embDim = len(r.Embedding)
		}
	}
	c.lex = newBM25Builder()
	groups := newDupGroups()
	// The genre tags of each album and artist, for their untagged tracks.
	kin := map[string][]string{}
	for _, r := range rows {
		if len(r.Genres) > 0 {
			for _, k := range []string{albumKey(r), normName(r.Artist)} {
				if _, ok := kin[k]; !ok {
					kin[k] = r.Genres
				}
			}
		}
	}
	for _, r := range rows {
		if _, dup := c.index[r.ID]; dup {
			continue
		}
		i := int32(len(c.ids))
		c.index[r.ID] = i
		c.ids = append(c.ids, r.ID)
		c.path = append(c.path, r.Path)
		c.title = append(c.title, r.Title)
		ak := normName(r.Artist)
		a, ok := c.byArtist[ak]
		if !ok {
			a = int32(len(c.artists))
			// Tracks without an artist tag are not one artist: each
			// gets an artist of its own, so that the caps per artist,
			// the artist taste and "no more of that artist" do not lump
			// every untagged file together.
			if ak != "" {
				c.byArtist[ak] = a
			}
			c.artists = append(c.artists, r.Artist)
			c.artistKey = append(c.artistKey, ak)
		}
		c.artist = append(c.artist, a)
		albKey := ak + "\x1f" + normName(r.Album)
		al, ok := albumIdx[albKey]
		if !ok {
			al = int32(len(c.albums))
			// Tracks without an album tag are not one album either.
			if normName(r.Album) != "" {
				albumIdx[albKey] = al
			}
			c.albums = append(c.albums, r.Album)
		}
		c.album = append(c.album, al)
		c.duration = append(c.duration, int32(r.Duration/time.Second))
		c.year = append(c.year, int16(max(0, min(r.Year, 9999))))
		c.hasFeat = append(c.hasFeat, r.HasFeatures)
		c.bpm = append(c.bpm, float32(r.BPM))
		c.unsure = append(c.unsure, r.HasFeatures && r.TempoUnsure && r.BPM <= 0)
		tempoSet = append(tempoSet, r.TempoSet)
		c.energy = append(c.energy, float32(r.Energy))
		c.bright = append(c.bright, float32(r.Brightness))
		c.minor = append(c.minor, r.Minor)
		c.notMusic = append(c.notMusic, r.NotMusic)
		c.broken = append(c.broken, r.Undecodable)
		c.hasSound = append(c.hasSound, r.HasFeatures && !r.NotMusic && (r.PulseClarity > 0 || r.OnsetRate > 0 || r.Flatness > 0))
		c.hasRep = append(c.hasRep, r.HasFeatures && !r.NotMusic && r.Repetition > 0)
		c.sound = append(c.sound, [4]float32{float32(r.PulseClarity), float32(r.OnsetRate), float32(r.Flatness), float32(r.Repetition)})
		c.group = append(c.group, groups.of(i, r))

		has := c.timbreDim > 0 && len(r.Timbre) == c.timbreDim
		c.hasTimbre = append(c.hasTimbre, has)
		start := len(c.timbre)
		c.timbre = append(c.timbre, make([]float32, c.timbreDim)...)
		if has {
			copy(c.timbre[start:], r.Timbre)
			normalise(c.timbre[start:])
		}

		hasI := len(r.Heard) == analysis.NumInstruments
		c.hasInstr = append(c.hasInstr, hasI)
		if hasI {
			c.instr = append(c.instr, r.Heard...)
		} else {
			c.instr = append(c.instr, make([]float32, analysis.NumInstruments)...)
		}

		var scale float32
		start = len(c.emb)
		c.emb = append(c.emb, make([]int8, c.embDim)...)
		if c.embDim > 0 && len(r.Embedding) == c.embDim {
			scale = quantise(c.emb[start:], r.Embedding)
		}
		c.embScale = append(c.embScale, scale)

		c.genreOff = append(c.genreOff, int32(len(c.genreList)))
		genres := r.Genres
		c.genreTagged = append(c.genreTagged, len(genres) > 0)
		if len(genres) == 0 {
			// An untagged track takes the genres its note names, or else
			// those of its album, or of its artist.
			genres = genresIn(r.Note)
			if len(genres) == 0 {
				genres = kin[albumKey(r)]
			}
			if len(genres) == 0 {
				genres = kin[normName(r.Artist)]
			}
		}
		for _, g := range genres {
			g = strings.ToLower(strings.TrimSpace(g))
			if g == "" {
				continue
			}
			gi, ok := c.genreIndex[g]
			if !ok {
				gi = int32(len(c.genres))
				c.genreIndex[g] = gi
				c.genres = append(c.genres, g)
			}
			c.genreList = append(c.genreList, gi)
		}
		c.tags = append(c.tags, makeTagSet(r.Moods, r.Instruments, r.Contexts))
		c.note = append(c.note, r.Note)
		text := strings.Join([]string{r.Note, strings.Join(r.Genres, " "), strings.Join(r.Moods, " "),
			strings.Join(r.Instruments, " "), strings.Join(r.Contexts, " "), r.Title, r.Artist, r.Album}, " ")
		c.lex.add(lexTokens(text))
		c.plays = append(c.plays, int32(r.Plays))
		c.shown = append(c.shown, int32(r.Shown))
		c.maxPlays = max(c.maxPlays, int32(r.Plays))
	}
	c.rows = len(c.ids)
	c.genreOff = append(c.genreOff, int32(len(c.genreList)))
	c.genreRows = make([][]int32, len(c.genres))
	for i := range int32(c.rows) {
		for _, g := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
			c.genreRows[g] = append(c.genreRows[g], i)
		}
	}
	c.lex.finish()
	c.rankSounds()
	c.doubtOctaves(tempoSet)
	return c
}

// The measures of c.sound, in their order.
const (
	soundPulse = iota
	soundOnsets
	soundFlatness
	soundRepetition
)

// rankSounds replaces each measured row's pulse clarity, onset rate,
// flatness and repetition by its rank among the library's measured rows
// (for repetition, those measured since analysis version 10), from 0 (the
// lowest) to 1 (the highest), ties sharing the middle of their ranks: a
// quality of sound asks for the end of the person's own library ("the
// busiest of mine"), whatever its genres. Unmeasured rows keep zeros.
func (c *Catalog) rankSounds() {
	measured := func(has []bool) []int32 {
		var rows []int32
		for i, ok := range has {
			if ok {
				rows = append(rows, int32(i))
			}
		}
		return rows
	}
	rows, repRows := measured(c.hasSound), measured(c.hasRep)
	c.soundRows, c.repRows = len(rows), len(repRows)
	for m := range 4 {
		if m == soundRepetition {
			rows = repRows
		}
		slices.SortFunc(rows, func(a, b int32) int { return cmp.Compare(c.sound[a][m], c.sound[b][m]) })
		ranks := make([]float32, len(rows))
		for lo := 0; lo < len(rows); {
			hi := lo
			for hi+1 < len(rows) && c.sound[rows[hi+1]][m] == c.sound[rows[lo]][m] {
				hi++
			}
			r := float32(0.5)
			if len(rows) > 1 {
				r = float32(lo+hi) / 2 / float32(len(rows)-1)
			}
			for k := lo; k <= hi; k++ {
				ranks[k] = r
			}
			lo = hi + 1
		}
		for k, i := range rows {
			c.sound[i][m] = ranks[k]
		}
	}
}

// soundMeasure is a measure of c.sound and the end of it a quality names.
type soundMeasure struct {
	measure int
	high    bool
}

// soundMeasures gives, for each quality of sound (models.SoundWords), the
// measure of c.sound it is read from and whether it names the measure's
// high end.
var soundMeasures = map[string]soundMeasure{
	models.SoundSteady: {soundPulse, true}, models.SoundLoose: {soundPulse, false},
	models.SoundBusy: {soundOnsets, true}, models.SoundSparse: {soundOnsets, false},
	models.SoundRough: {soundFlatness, true}, models.SoundClean: {soundFlatness, false},
	models.SoundRepetitive: {soundRepetition, true}, models.SoundVaried: {soundRepetition, false},
}

// measuredSound reports whether any row of the library has quality q's
// measure.
func (c *Catalog) measuredSound(q string) bool {
	if soundMeasures[q].measure == soundRepetition {
		return c.repRows > 0
	}
	return c.soundRows > 0
}

// soundFit is how well row i has quality q (models.SoundWords) in its
// library: its rank on the quality's measure, from the end the quality
// names; ok is false when the row was not measured.
func (c *Catalog) soundFit(i int32, q string) (fit float64, ok bool) {
	m, known := soundMeasures[q]
	if !known {
		return 0, false
	}
	return c.soundRank(i, m)
}

// soundRank is row i's rank on measure m, from the end m names; ok is
// false when the row was not measured.
func (c *Catalog) soundRank(i int32, m soundMeasure) (float64, bool) {
	if !c.hasSound[i] || m.measure == soundRepetition && !c.hasRep[i] {
		return 0, false
	}
	r := float64(c.sound[i][m.measure])
	if !m.high {
		r = 1 - r
	}
	return r, true
}

// Len returns the number of tracks.
func (c *Catalog) Len() int { return c.rows }

// EmbeddingDim returns the dimension of the note embeddings, or 0.
func (c *Catalog) EmbeddingDim() int { return c.embDim }

// Has reports whether the track is in the catalogue.
func (c *Catalog) Has(id library.TrackID) bool { _, ok := c.index[id]; return ok }

// Track returns the row data the engine kept for a track, enough to show
// or export it. The second result is false when the track is unknown.
func (c *Catalog) Track(id library.TrackID) (TrackInfo, bool) {
	i, ok := c.index[id]
	if !ok {
		return TrackInfo{}, false
	}
	return c.info(i), true
}

// TrackInfo is what a result needs to show a track.
type TrackInfo struct {
	ID       library.TrackID `json:"id"`
	Path     string          `json:"path"`
	Title    string          `json:"title"`
	Artist   string          `json:"artist"`
	Album    string          `json:"album"`
	Genres   []string        `json:"genres,omitempty"`
	Duration time.Duration   `json:"duration_ns"`
	Year     int             `json:"year,omitempty"`
	BPM      float64         `json:"bpm,omitempty"`
	Energy   float64         `json:"energy,omitempty"`
	Minor    bool            `json:"minor,omitempty"`
	Plays    int             `json:"plays,omitempty"`
}

func (c *Catalog) info(i int32) TrackInfo {
	t := TrackInfo{ID: c.ids[i], Path: c.path[i], Title: c.title[i], Artist: c.artists[c.artist[i]],
		Album: c.albums[c.album[i]], Duration: time.Duration(c.duration[i]) * time.Second, Year: int(c.year[i]), Plays: int(c.plays[i])}
	for _, g := range c.genreList[c.genreOff[i]:c.genreOff[i+1]] {
		t.Genres = append(t.Genres, c.genres[g])
	}
	if c.hasFeat[i] {
		t.BPM, t.Energy, t.Minor = float64(c.bpm[i]), float64(c.energy[i]), c.minor[i]
	}
	return t
}

// beatless reports whether row i was measured and has no beat: slower
// than any tempo. A track whose beat has an unsure tempo is not.
func (c *Catalog) beatless(i int32) bool {
	return c.hasFeat[i] && c.bpm[i] <= 0 && !c.unsure[i]
}

// label names a track for people: "“Title” by Artist", or the title alone
// when the artist is not known.
func (c *Catalog) label(i int32) string {
	if a := c.artists[c.artist[i]]; strings.TrimSpace(a) != "" {
		return quoteTitle(c.title[i]) + " by " + a
	}
	return quoteTitle(c.title[i])
}

func quoteTitle(t string) string {
	if t == "" {
		return "an untitled track"
	}
	return "“" + t + "”"
}

// RecordShown counts one more showing of each track, so exposure moves
// later rankings. It must not run at the same time as a ranking.
func (c *Catalog) RecordShown(ids []library.TrackID) {
	for _, id := range ids {
		if i, ok := c.index[id]; ok {
			c.shown[i]++
		}
	}
}

// RecordPlay counts one more full play of a track.
func (c *Catalog) RecordPlay(id library.TrackID) {
	if i, ok := c.index[id]; ok {
		c.plays[i]++
		c.maxPlays = max(c.maxPlays, c.plays[i])
	}
}

// FindArtist resolves a name as a person typed it to an artist of the
// catalogue: exactly (ignoring case, accents, punctuation and a leading
// "the"), then by containment, then within a small edit distance. It
// returns the artist's name as tagged, or false.
func (c *Catalog) FindArtist(name string) (string, bool) {
	a, ok := c.findArtist(name)
	if !ok {
		return "", false
	}
	return c.artists[a], true
}

// ArtistExactly returns the tagged name of the artist whose name is the
// given one, ignoring case, accents, punctuation, spaces and a leading
// "the", or false. Unlike FindArtist it never guesses.
func (c *Catalog) ArtistExactly(name string) (string, bool) {
	k := normName(name)
	if k == "" {
		return "", false
	}
	if a, ok := c.byArtist[k]; ok {
		return c.artists[a], true
	}
	compact := strings.ReplaceAll(k, " ", "")
	for a, ak := range c.artistKey {
		if strings.ReplaceAll(ak, " ", "") == compact {
			return c.artists[a], true
		}
	}
	return "", false
}

// GenreExactly returns the catalogue's name of the genre whose name is
// the given one, ignoring case, accents, punctuation and spaces ("Synth
// Pop" is synth-pop), or false. It never guesses.
func (c *Catalog) GenreExactly(name string) (string, bool) {
	if gi, ok := c.genreIndex[strings.ToLower(strings.TrimSpace(name))]; ok {
		return c.genres[gi], true
	}
	k := strings.ReplaceAll(normName(name), " ", "")
	if k == "" {
		return "", false
	}
	for _, g := range c.genres {
		if strings.ReplaceAll(normName(g), " ", "") == k {
			return g, true
		}
	}
	return "", false
}

// ArtistsLike returns up to n artists of the catalogue whose names come
// close to name, closest first: names containing it or contained in it,
// then names within a few edits. It is for "did you mean" suggestions.
func (c *Catalog) ArtistsLike(name string, n int) []string {
	k := normName(name)
	if k == "" || n <= 0 {
		return nil
	}
	limit := max(2, len([]rune(k))/3)
	type cand struct {
		a int
		d int
	}
	var cands []cand
	for a, ak := range c.artistKey {
		if ak == "" {
			continue
		}
		switch {
		case len(k) >= 3 && (strings.Contains(ak, k) || strings.Contains(k, ak) && len(ak) >= 3):
			cands = append(cands, cand{a, 0})
		default:
			if d := models.EditDistance(k, ak, limit); d <= limit {
				cands = append(cands, cand{a, d})
			}
		}
	}
	slices.SortStableFunc(cands, func(x, y cand) int { return x.d - y.d })
	var out []string
	seen := map[string]bool{}
	for _, cd := range cands {
		if name := c.artists[cd.a]; !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

// artistsNamed returns the artists a name given in an exclusion means:
// every artist whose normalised name starts with the name's words
// ("Freedoom" also means "Freedoom Project"), or else the one FindArtist
// resolves it to.
func (c *Catalog) artistsNamed(name string) []int32 {
	k := normName(name)
	if k == "" {
		return nil
	}
	var out []int32
	for a, ak := range c.artistKey {
		if ak == k || strings.HasPrefix(ak, k+" ") {
			out = append(out, int32(a))
		}
	}
	if len(out) == 0 {
		if a, ok := c.findArtist(name); ok {
			out = append(out, a)
		}
	}
	return out
}

func (c *Catalog) findArtist(name string) (int32, bool) {
	k := normName(name)
	if k == "" {
		return 0, false
	}
	if a, ok := c.byArtist[k]; ok {
		return a, true
	}
	compact := strings.ReplaceAll(k, " ", "")
	for a, ak := range c.artistKey {
		if strings.ReplaceAll(ak, " ", "") == compact {
			return int32(a), true
		}
	}
	best, bestD := int32(-1), 1<<30
	for a, ak := range c.artistKey {
		if ak == "" {
			continue
		}
		if len(k) >= 4 && len(ak) >= 4 && (strings.Contains(ak, k) || strings.Contains(k, ak)) {
			d := abs(len(ak) - len(k))
			if d < bestD {
				best, bestD = int32(a), d
			}
		}
	}
	if best >= 0 {
		return best, true
	}
	limit := max(1, len(k)/4)
	for a, ak := range c.artistKey {
		if abs(len(ak)-len(k)) > limit {
			continue
		}
		if d := models.EditDistance(k, ak, limit); d <= limit && d < bestD {
			best, bestD = int32(a), d
		}
	}
	return best, best >= 0
}

// FindTrack resolves a reference to a track: a numeric ID, an exact path,
// "Title", or "Title by Artist" / "Artist - Title", matched like artist
// names. It returns false when nothing matches.
func (c *Catalog) FindTrack(ref string) (library.TrackID, bool) {
	ref = strings.TrimSpace(ref)
	for i, p := range c.path {
		if p == ref {
			return c.ids[i], true
		}
	}
	if n, err := strconv.ParseInt(ref, 10, 64); err == nil {
		if _, ok := c.index[library.TrackID(n)]; ok {
			return library.TrackID(n), true
		}
	}
	title, artist := ref, ""
	if t, a, ok := strings.Cut(ref, " by "); ok {
		title, artist = t, a
	} else if a, t, ok := strings.Cut(ref, " - "); ok {
		title, artist = t, a
	}
	tk := normName(title)
	var want int32 = -1
	if artist != "" {
		if a, ok := c.findArtist(artist); ok {
			want = a
		}
	}
	best := -1
	for i, t := range c.title {
		if normName(t) != tk {
			continue
		}
		if want >= 0 && c.artist[i] != want {
			continue
		}
		best = i
		break
	}
	if best < 0 {
		return 0, false
	}
	return c.ids[best], true
}

// findTitle resolves a title as a person typed it, within a small edit
// distance of a title of the catalogue (case, accents and punctuation
// ignored), preferring the closest, or else as the first words of a title.
func (c *Catalog) findTitle(name string) (library.TrackID, bool) {
	k := normName(name)
	if len(k) < 4 {
		return 0, false
	}
	limit := max(1, len(k)/5)
	best, bestD := -1, limit+1
	for i, t := range c.title {
		tk := normName(t)
		if abs(len(tk)-len(k)) > limit {
			continue
		}
		if d := models.EditDistance(k, tk, limit); d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 && strings.Contains(k, " ") {
		// Titles taken from file names carry what follows the name
		// ("Dynamic Strings-opl3"): a name of two words or more that
		// begins a title names it, the shortest such title first.
		for i, t := range c.title {
			if tk := normName(t); strings.HasPrefix(tk, k+" ") && (best < 0 || len(tk) < len(normName(c.title[best]))) {
				best = i
			}
		}
	}
	if best < 0 {
		return 0, false
	}
	return c.ids[best], true
}

// normName folds a name for matching: lower case, letters and digits only
// (accents dropped), single spaces, no leading "the".
func normName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		r = foldAccent(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '&':
			if b.Len() > 0 {
				b.WriteString(" and")
			}
			space = true
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

func foldAccent(r rune) rune {
	const from, to = "àáâãäåèéêëìíîïòóôõöùúûüýÿñç", "aaaaaaeeeeiiiiooooouuuuyync"
	if r < 0x80 {
		return r
	}
	fr := []rune(from)
	for i, f := range fr {
		if f == r {
			return rune(to[i])
		}
	}
	return r
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// normalise scales v to unit length in place; a zero vector stays zero.
func normalise(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// quantise writes v as int8 into dst and returns the factor that turns an
// int8 dot product with dst into a cosine: 1/(|dst|·1) with dst scaled so
// its largest component is 127. The norm of the quantised vector itself is
// used, so a quantised vector has cosine exactly 1 with itself.
func quantise(dst []int8, v []float32) float32 {
	var m float32
	for _, x := range v {
		m = max(m, float32(math.Abs(float64(x))))
	}
	if m == 0 {
		return 0
	}
	var s int64
	for i, x := range v {
		q := int8(math.Round(float64(x / m * 127)))
		dst[i] = q
		s += int64(q) * int64(q)
	}
	return float32(1 / math.Sqrt(float64(s)))
}

// dotInt8 is the dot product of two int8 vectors of the same length.
func dotInt8(a, b []int8) int32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 int32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += int32(a[i]) * int32(b[i])
		s1 += int32(a[i+1]) * int32(b[i+1])
		s2 += int32(a[i+2]) * int32(b[i+2])
		s3 += int32(a[i+3]) * int32(b[i+3])
	}
	for ; i < len(a); i++ {
		s0 += int32(a[i]) * int32(b[i])
	}
	return s0 + s1 + s2 + s3
}

// dot32 is the dot product of two float32 vectors of the same length.
func dot32(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1 float32
	i := 0
	for ; i+2 <= len(a); i += 2 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
	}
	if i < len(a) {
		s0 += a[i] * b[i]
	}
	return s0 + s1
}

// embCos is the cosine between the embeddings of rows i and j.
func (c *Catalog) embCos(i, j int32) float32 {
	if c.embDim == 0 || c.embScale[i] == 0 || c.embScale[j] == 0 {
		return 0
	}
	d := c.embDim
	return float32(dotInt8(c.emb[int(i)*d:int(i+1)*d], c.emb[int(j)*d:int(j+1)*d])) * c.embScale[i] * c.embScale[j]
}

// timbreCos is the cosine between the timbre vectors of rows i and j.
func (c *Catalog) timbreCos(i, j int32) float32 {
	if !c.hasTimbre[i] || !c.hasTimbre[j] {
		return 0
	}
	d := c.timbreDim
	return dot32(c.timbre[int(i)*d:int(i+1)*d], c.timbre[int(j)*d:int(j+1)*d])
}

// similarity is how alike two tracks are for diversity and taste
// exemplars: the mean of the embedding and timbre cosines that exist.
func (c *Catalog) similarity(i, j int32) float32 {
	var s, n float32
	if c.embDim > 0 && c.embScale[i] != 0 && c.embScale[j] != 0 {
		s += c.embCos(i, j)
		n++
	}
	if c.hasTimbre[i] && c.hasTimbre[j] {
		s += c.timbreCos(i, j)
		n++
	}
	if n == 0 {
		if c.artist[i] == c.artist[j] {
			return 0.5
		}
		return 0
	}
	return s / n
}

// similarityAbove is similarity(i, j) when it can exceed floor, and floor
// otherwise. It looks at the cheap timbre cosine first: when both vectors
// exist, the mean cannot exceed floor unless the timbre cosine exceeds
// 2·floor − 1, which spares most embedding dot products.
func (c *Catalog) similarityAbove(i, j int32, floor float32) float32 {
	if c.hasTimbre[i] && c.hasTimbre[j] && c.embDim > 0 && c.embScale[i] != 0 && c.embScale[j] != 0 {
		t := c.timbreCos(i, j)
		if t <= 2*floor-1 {
			return floor
		}
		return (t + c.embCos(i, j)) / 2
	}
	return max(floor, c.similarity(i, j))
}

// Lexicon returns the catalogue's artists, titles, albums and genre tags
// (most used first), for resolving the names in a request
// (models.ParseRulesWith).
// It is built once; the catalogue's names do not change after loading.
func (c *Catalog) Lexicon() *models.Lexicon {
	c.lexOnce.Do(func() {
		titles := make([]string, 0, len(c.title))
		seen := map[string]bool{}
		for _, t := range c.title {
			if !seen[t] {
				seen[t] = true
				titles = append(titles, t)
			}
		}
		// Genres go most used first, so a model shown only some sees the
		// ones that matter most.
		count := make([]int, len(c.genres))
		for _, g := range c.genreList {
			count[g]++
		}
		genres := slices.Clone(c.genres)
		order := make([]int, len(genres))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return count[b] - count[a] })
		for k, i := range order {
			genres[k] = c.genres[i]
		}
		c.lexicon = models.NewLexicon(namedOnce(c.artists), titles, namedOnce(c.albums), genres)
	})
	return c.lexicon
}

// namedOnce returns the non-empty names of a list, each once, in their
// first order: tracks without an artist or album tag each hold an empty
// entry of their own in the catalogue's lists.
func namedOnce(names []string) []string {
	out := make([]string, 0, len(names))
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		if strings.TrimSpace(n) != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// albumKey names a row's album for grouping: artist and album, folded.
func albumKey(r TrackRow) string { return normName(r.Artist) + "\x1f" + normName(r.Album) }

// dupGroups finds content duplicates while a catalogue is built: the same
// fingerprint, or the same normalised artist and title with durations
// within two seconds.
type dupGroups struct {
	byPrint map[string]int32
	byName  map[string][]dupEntry
}

type dupEntry struct {
	row int32
	dur time.Duration
}

func newDupGroups() *dupGroups {
	return &dupGroups{byPrint: map[string]int32{}, byName: map[string][]dupEntry{}}
}

// of returns the group of row i: the row of an earlier copy, or i.
func (d *dupGroups) of(i int32, r TrackRow) int32 {
	g := i
	if r.Fingerprint != "" {
		if first, ok := d.byPrint[r.Fingerprint]; ok {
			g = first
		} else {
			d.byPrint[r.Fingerprint] = i
		}
	}
	title := normName(r.Title)
	if title == "" {
		return g
	}
	key := normName(r.Artist) + "\x1f" + title
	for _, e := range d.byName[key] {
		if diff := e.dur - r.Duration; diff <= 2*time.Second && diff >= -2*time.Second {
			if g == i {
				g = e.row
			}
			break
		}
	}
	d.byName[key] = append(d.byName[key], dupEntry{g, r.Duration})
	return g
}

// yearSpan returns the release years of the library's oldest and newest
// music (tracks found not to be music, and those that cannot be decoded,
// left out), or zeros when no track has a year.
func (c *Catalog) yearSpan() (oldest, newest int) {
	for i := 0; i < c.rows; i++ {
		y := int(c.year[i])
		if y <= 0 || c.notMusic[i] || c.broken[i] {
			continue
		}
		if oldest == 0 || y < oldest {
			oldest = y
		}
		newest = max(newest, y)
	}
	return oldest, newest
}

// typical returns the medians of the library's measured energy and tempo
// (0 where nothing is measured), computed once.
func (c *Catalog) typical() (energy, bpm float64) {
	c.typicalOnce.Do(func() {
		median := func(col []float32) float64 {
			vs := make([]float32, 0, c.rows)
			for i := 0; i < c.rows; i++ {
				if c.hasFeat[i] && col[i] > 0 {
					vs = append(vs, col[i])
				}
			}
			if len(vs) == 0 {
				return 0
			}
			return float64(middle(vs))
		}
		c.typicalEnergy, c.typicalBPM = median(c.energy), median(c.bpm)
	})
	return c.typicalEnergy, c.typicalBPM
}
