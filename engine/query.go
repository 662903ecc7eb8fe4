package engine

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"sleeve/library"
	"sleeve/models"
	"sleeve/models/vocab"
)

// Embedder turns text into an embedding in the same space as the note
// embeddings. models' embedding client satisfies it through a small
// adapter; [HashEmbedder] is a model-free one.
type Embedder interface {
	Embed(ctx context.Context, text string) ([]float32, error)
}

// Query is what the ranker needs to know about one request, with names
// resolved to the catalogue.
type Query struct {
	// Text is the request as the person wrote it; Terms are its words for
	// BM25 (tokenised Text plus the structured words).
	Text  string
	Terms []string
	// Vector is the request's embedding, or nil for no semantic signal.
	Vector []float32 `json:"-"`

	Moods, ExcludeMoods []string
	Genres              []string
	Instruments         []string
	// Energy is the wanted energy in [0, 1], or nil.
	Energy *float64
	// EnergyLabel and TempoLabel are the words the constraints came from,
	// such as "calm" or "slow", for reasons.
	EnergyLabel, TempoLabel string
	// TempoMin and TempoMax bound the tempo in BPM (0 = open). They are
	// hard: tracks outside them, or without a measured tempo, are left out.
	TempoMin, TempoMax float64
	// PreferTempoMin and PreferTempoMax are a tempo preference from words
	// (0 = open): it ranks and never filters. A track without a beat fits a
	// preference for slow music.
	PreferTempoMin, PreferTempoMax float64
	// YearMin and YearMax bound the release year (0 = open): a track whose
	// year is known and outside is left out, one without a year ranks
	// lower.
	YearMin, YearMax int
	// ExcludeYears are refused spans of release years: a track whose year
	// is known and inside one is left out.
	ExcludeYears []models.YearSpan
	// PreferYearMax prefers tracks released up to that year (0 = none): a
	// ranking preference from words of an era, not a filter.
	PreferYearMax int
	// PreferYearMin prefers tracks released from that year on (0 = none),
	// from words of recency.
	PreferYearMin int
	// TrackMin and TrackMax bound each track's length (0 = open); they are
	// hard, as tempo numbers are.
	TrackMin, TrackMax time.Duration
	// NearTrackMin and NearTrackMax prefer each track's length in a
	// window without requiring it: the ranker's fallback when no track
	// is as long as asked ("2 minutes long" in a library whose shortest
	// song is 2:31).
	NearTrackMin, NearTrackMax time.Duration
	// Shifted marks a tempo or energy asked relative to what was heard or
	// to the seeds ("like X but slower"): the change is part of what is
	// asked of every track like them.
	Shifted bool
	// TempoShift and EnergyShift are the directions of that change (−1
	// slower or calmer, +1 faster or livelier, 0 none) and SlightShift
	// says it is small ("a bit slower"); TempoFrom and EnergyFrom are the
	// tempo and energy it is measured from, the seeds' (or what was
	// heard), 0 when not known.
	TempoShift, EnergyShift int
	SlightShift             bool
	TempoFrom, EnergyFrom   float64
	// Mode is "major", "minor" or "".
	Mode         string
	Instrumental bool
	// Sounds are qualities of the sound asked for (models.SoundWords),
	// preferences that rank; SoundSaid quotes the word the person used for
	// each, for reasons.
	Sounds    []string
	SoundSaid map[string]string
	// Activity and TimeOfDay are context words; Setting is a place or
	// occasion ("beach", "rainy"), used when no activity was said; Hour is
	// the local hour of the request (or -1), used when none was said.
	Activity, TimeOfDay, Setting string
	Hour                         int
	// NoClock says that the person refused a time of day, an activity or
	// a setting ("not morning music"): the clock's hour is then not taken
	// for the context, which could be the very one refused.
	NoClock bool
	// WeakActivity and WeakSetting say that the activity or setting came
	// from an everyday word named in passing (models.Request): a weaker
	// hint, weighed as the clock is.
	WeakActivity, WeakSetting bool
	// DefaultMoods are the moods the activity or setting implies when the
	// request says nothing of the music's character (models.DefaultMoods:
	// a coffee shop is mellow and warm, yoga calm): a soft default, weighed
	// as half a constraint, as their energy is.
	DefaultMoods []string

	// Seeds are tracks the music should sound like; SeedLabel names them
	// for reasons. Away are tracks to move away from.
	Seeds     []library.TrackID
	SeedLabel string
	Away      []library.TrackID

	// ExcludeTracks, ExcludeArtists (catalogue names) and ExcludeGenres are
	// never returned.
	ExcludeTracks  []library.TrackID
	ExcludeArtists []string
	ExcludeGenres  []string
	// OnlyArtists (catalogue names) are the artists every track must be
	// by ("only stuff by X"); empty lets any through.
	OnlyArtists []string
	// IncludeNotMusic lets silence, test tones and short clips (tracks
	// whose analysis flagged them as not music) into the results; by
	// default they are never recommended.
	IncludeNotMusic bool
	// ExcludeInstruments are never returned when a track's note names them.
	ExcludeInstruments []string
	// Search are words the request did not read as constraints but as
	// naming something of the library; they search titles, artists,
	// albums, tags and notes (BM25, folded), and a track they find fits
	// the request. Words not understood at all are left out (see
	// required); they only rank, through Terms.
	Search []string
	// SearchBeside are the words the reader understood as naming
	// something of the library that are not in Search because the
	// request states something beside them (see required): they only
	// rank, unless the genres asked for give way and nothing else is left
	// to fit (Ranker.Rank).
	SearchBeside []string
	// Widen lowers the relevance floor ("anything close").
	Widen bool
	// Variety spreads the list wider ("mix it up"): the MMR trade-off is
	// at least VarietyDiversity.
	Variety bool

	// Count is the wanted number of tracks and Duration the wanted total
	// length; zero means not said.
	Count    int
	Duration time.Duration
	// Familiarity is the novelty dial: 0 for favourites up to 1 for never
	// played, or nil for no preference.
	Familiarity *float64

	// Unresolved lists names the request gave that the catalogue does not
	// have, for notices.
	Unresolved []string
	// UnresolvedRefs lists references to the last list that point to
	// nothing ("the second one" with no list before, or "the fifth one"
	// after three), and ShownBefore how many tracks that list had.
	UnresolvedRefs []string
	ShownBefore    int
}

// Embed sets q.Vector from the request text with e. A nil Embedder leaves
// the query without a semantic signal.
func (q *Query) Embed(ctx context.Context, e Embedder) error {
	if e == nil || strings.TrimSpace(q.embedText()) == "" {
		return nil
	}
	v, err := e.Embed(ctx, q.embedText())
	if err != nil {
		return fmt.Errorf("embed request: %w", err)
	}
	q.Vector = v
	return nil
}

// embedText is the text to embed: the request plus its structured words,
// so a refinement such as "slower" still carries the earlier topic.
func (q *Query) embedText() string {
	parts := []string{withoutExcluded(q.Text, q.excludedWords(), q.namesExcluded)}
	parts = append(parts, q.Moods...)
	parts = append(parts, q.Genres...)
	parts = append(parts, q.Instruments...)
	if q.Activity != "" {
		parts = append(parts, q.Activity)
	}
	if q.TimeOfDay != "" {
		parts = append(parts, q.TimeOfDay)
	}
	return strings.Join(parts, " ")
}

// FromRequest resolves a request to a query against the catalogue. It is
// pure: artist and track names are matched fuzzily, "the third one" and
// "that artist" refer to the session's last list (s may be nil), relative
// tempo and energy changes are anchored on the seed tracks or the last
// list, and the embedding is left for [Query.Embed].
func FromRequest(r models.Request, cat *Catalog, s *Session) Query {
	q := Query{Text: r.Intent, Moods: r.Moods, ExcludeMoods: r.ExcludeMoods, Genres: r.Genres,
		Energy: r.Energy, Mode: r.Mode, Instrumental: r.Instrumental, Activity: r.Activity,
		TimeOfDay: r.TimeOfDay, Setting: r.Setting, Hour: -1, Count: r.Count, Duration: r.Duration, Familiarity: r.Familiarity,
		TempoMin: float64(r.TempoMin), TempoMax: float64(r.TempoMax), ExcludeGenres: r.ExcludeGenres,
		PreferTempoMin: float64(r.PreferTempoMin), PreferTempoMax: float64(r.PreferTempoMax), Instruments: r.Instruments,
		ExcludeInstruments: r.ExcludeInstruments, Widen: r.Widen, Variety: r.Variety, IncludeNotMusic: r.IncludeNotMusic,
		YearMin: r.YearMin, YearMax: r.YearMax, ExcludeYears: r.ExcludeYears, PreferYearMax: r.PreferYearMax, PreferYearMin: r.PreferYearMin,
		TrackMin: r.TrackMin, TrackMax: r.TrackMax, WeakActivity: r.WeakActivity, WeakSetting: r.WeakSetting,
		NoClock: len(r.ExcludeContexts) > 0}
	q.DefaultMoods, _ = models.DefaultMoods(r)
	q.Search, q.SearchBeside = required(r)
	if len(r.Sounds) > 0 {
		q.Sounds = slices.Clone(r.Sounds)
		q.SoundSaid = map[string]string{}
		for _, s := range r.Sounds {
			w := models.SoundWordIn(r.Intent, s)
			if w == "" {
				w = models.SoundLabel(s)
			}
			q.SoundSaid[s] = "'" + w + "'"
		}
	}
	q.Shifted = r.TempoShift != 0 || r.EnergyShift != 0
	var last []library.TrackID
	if s != nil {
		last = s.LastShown()
	}
	var seedNames []string
	addSeedArtist := func(a int32) {
		for i := range cat.rows {
			if cat.artist[i] == a {
				q.Seeds = append(q.Seeds, cat.ids[i])
			}
		}
		seedNames = append(seedNames, cat.artists[a])
	}
	for _, name := range slices.Concat(r.LikeTracks, r.LikeArtists) {
		if rest, ok := strings.CutPrefix(name, "track:"); ok {
			if n, err := strconv.ParseInt(rest, 10, 64); err == nil && cat.Has(library.TrackID(n)) {
				id := library.TrackID(n)
				q.Seeds = append(q.Seeds, id)
				q.ExcludeTracks = append(q.ExcludeTracks, id)
				seedNames = append(seedNames, cat.labelID(id))
				continue
			}
		}
		if pos := ordinalRef(name); pos > 0 {
			if pos <= len(last) {
				q.Seeds = append(q.Seeds, last[pos-1])
				q.ExcludeTracks = append(q.ExcludeTracks, last[pos-1])
				seedNames = append(seedNames, cat.labelID(last[pos-1]))
			} else {
				q.UnresolvedRefs = append(q.UnresolvedRefs, name)
				q.ShownBefore = len(last)
			}
			continue
		}
		// A name is a track when it is asked for as one or when no artist
		// has exactly that name but a title does ("like Careless Love");
		// otherwise an artist, matched fuzzily, then a title the same way.
		_, exactArtist := cat.byArtist[normName(name)]
		if slices.Contains(r.LikeTracks, name) || !exactArtist {
			if id, ok := cat.FindTrack(name); ok {
				q.Seeds = append(q.Seeds, id)
				q.ExcludeTracks = append(q.ExcludeTracks, id)
				seedNames = append(seedNames, cat.labelID(id))
				continue
			}
		}
		if a, ok := cat.findArtist(name); ok {
			if !slices.Contains(seedNames, cat.artists[a]) {
				addSeedArtist(a)
			}
			continue
		}
		if id, ok := cat.findTitle(name); ok {
			q.Seeds = append(q.Seeds, id)
			q.ExcludeTracks = append(q.ExcludeTracks, id)
			seedNames = append(seedNames, cat.labelID(id))
			continue
		}
		q.Unresolved = append(q.Unresolved, name)
	}
	// A track named together with its artist seeds the track alone.
	if len(r.LikeTracks) > 0 && len(q.ExcludeTracks) > 0 && len(r.LikeArtists) > 0 {
		q.Seeds = q.ExcludeTracks[:len(q.ExcludeTracks):len(q.ExcludeTracks)]
		seedNames = seedNames[:0]
		for _, id := range q.Seeds {
			seedNames = append(seedNames, cat.labelID(id))
		}
	}
	q.SeedLabel = strings.Join(seedNames, " and ")
	for _, title := range r.ExcludeTitles {
		if id, ok := cat.FindTrack(title); ok {
			q.ExcludeTracks = append(q.ExcludeTracks, id)
		} else if id, ok := cat.findTitle(title); ok {
			q.ExcludeTracks = append(q.ExcludeTracks, id)
		}
	}
	for _, name := range r.OnlyArtists {
		if a, ok := cat.findArtist(name); ok && !slices.Contains(q.OnlyArtists, cat.artists[a]) {
			q.OnlyArtists = append(q.OnlyArtists, cat.artists[a])
		}
	}
	for _, name := range r.ExcludeArtists {
		if a, ok := cat.findArtist(name); ok {
			q.ExcludeArtists = append(q.ExcludeArtists, cat.artists[a])
		} else {
			q.ExcludeArtists = append(q.ExcludeArtists, name)
		}
	}
	if s != nil {
		q.ExcludeArtists = append(q.ExcludeArtists, s.excludedArtists()...)
		if r.Different {
			q.Away = append(q.Away, last...)
			q.ExcludeTracks = append(q.ExcludeTracks, last...)
		}
		if r.More {
			// More of the same: new tracks for the request as it stands.
			q.ExcludeTracks = append(q.ExcludeTracks, s.ShownForMore()...)
		}
	}
	if r.AvoidLastArtist {
		if name := lastArtist(cat, s); name != "" && !slices.Contains(q.ExcludeArtists, name) {
			q.ExcludeArtists = append(q.ExcludeArtists, name)
		}
	}

	// Anchor relative changes on what the person heard (or the seeds).
	ref := last
	if len(q.Seeds) > 0 && (s == nil || len(s.Turns) == 0 || len(r.LikeArtists)+len(r.LikeTracks) > 0) {
		ref = q.Seeds
	}
	if r.EnergyShift != 0 && len(ref) > 0 {
		if e, ok := cat.median(ref, cat.energy); ok {
			if r.Energy == nil {
				v := r.ShiftedEnergy(e)
				q.Energy = &v
			}
			q.EnergyShift, q.EnergyFrom = r.EnergyShift, e
		}
	}
	if r.TempoShift != 0 && r.TempoMin == 0 && r.TempoMax == 0 && len(ref) > 0 {
		if b, ok := cat.median(ref, cat.bpm); ok {
			if !r.HasTempoPreference() {
				lo, hi := r.ShiftedTempo(b)
				q.PreferTempoMin, q.PreferTempoMax = float64(lo), float64(hi)
			}
			q.TempoShift, q.TempoFrom = r.TempoShift, b
		}
	}
	// A change asked for before anything was heard and with no seed in
	// the library ("like Radiohead but calmer", a first "slower") is
	// measured from the library's typical track: calmer than what the
	// library usually holds.
	if (r.EnergyShift != 0 || r.TempoShift != 0) && len(ref) == 0 && (s == nil || len(s.Turns) == 0) {
		energy, bpm := cat.typical()
		if r.EnergyShift != 0 && r.Energy == nil && energy > 0 {
			v := r.ShiftedEnergy(energy)
			q.Energy = &v
		}
		if r.TempoShift != 0 && r.TempoMin == 0 && r.TempoMax == 0 && !r.HasTempoPreference() && bpm > 0 {
			lo, hi := r.ShiftedTempo(bpm)
			q.PreferTempoMin, q.PreferTempoMax = float64(lo), float64(hi)
		}
	}
	q.SlightShift = r.SlightShift
	if s != nil && len(s.Turns) > 0 && r.TempoShift == 0 && r.EnergyShift == 0 {
		q.keepShift(s.Turns[len(s.Turns)-1].Query)
	}
	if q.TempoMin > 0 || q.TempoMax > 0 {
		q.TempoLabel = tempoLabel(r, q.TempoMin, q.TempoMax)
	} else {
		q.TempoLabel = tempoLabel(r, q.PreferTempoMin, q.PreferTempoMax)
	}
	q.EnergyLabel = energyLabel(r, s, q.Energy, q.EnergyShift != 0 && q.EnergyFrom > 0)
	q.Terms = lexTokens(q.embedText())
	if q.TempoMin > 0 || q.TempoMax > 0 || q.PreferTempoMin > 0 || q.PreferTempoMax > 0 {
		// The measured tempo decides; a note's wording ("slow") would
		// favour the tracks whose note happens to say it over beatless
		// ones, which count as slow.
		q.Terms = slices.DeleteFunc(q.Terms, func(t string) bool { return tempoWords[t] })
	}
	if q.TrackMin > 0 || q.TrackMax > 0 {
		// So does each track's length: "2 minutes long" must not find
		// "The Long Low Tide".
		q.Terms = slices.DeleteFunc(q.Terms, func(t string) bool { return lengthWords[t] })
	}
	if len(q.Search) > 0 {
		q.Terms = append(q.Terms, tokenize(strings.Join(q.Search, " "))...)
	}
	return q
}

// lengthWords are the words of a track's length, left to its duration.
var lengthWords = map[string]bool{"long": true, "longer": true, "short": true, "shorter": true, "minute": true,
	"minutes": true, "min": true, "mins": true}

// keepShift carries last's change into q when q keeps the tempo or the
// energy it asked for with the same seeds: "like X but slower" then
// "nothing by Y" still asks for slower than X, a direction from X (the
// request's shift describes one message, and Session.Next pins the
// tempo or energy it asked for), not for that tempo as a target.
func (q *Query) keepShift(last Query) {
	if !last.Shifted || !slices.Equal(q.Seeds, last.Seeds) {
		return
	}
	if last.TempoShift != 0 && q.TempoMin == 0 && q.TempoMax == 0 &&
		q.PreferTempoMin == last.PreferTempoMin && q.PreferTempoMax == last.PreferTempoMax {
		q.TempoShift, q.TempoFrom, q.SlightShift, q.Shifted = last.TempoShift, last.TempoFrom, last.SlightShift, true
	}
	if last.EnergyShift != 0 && q.Energy != nil && last.Energy != nil && math.Abs(*q.Energy-*last.Energy) < 0.005 {
		q.EnergyShift, q.EnergyFrom, q.SlightShift, q.Shifted = last.EnergyShift, last.EnergyFrom, last.SlightShift, true
	}
}

// required returns the search words a pick must match: those the reader
// understood as naming something ("boogie" in titles). A word it did not
// understand still ranks what its notes, tags and names hold through the
// request's terms, but is not required, so a word that names nothing
// cannot empty or narrow the list ("music for washing the dishes"). Nor
// is a word of the library's names said beside other constraints: it
// ranks what holds it, and is returned apart (beside). "Music for a sunday
// afternoon", where a title holds "Sunday", lists more than that title;
// "a full mass setting, sacred and grand" lists the masses, not only
// those whose names hold "sacred", as a word of a genre's name ("sacred
// music") searched for this way had been kept required.
func required(r models.Request) (search, beside []string) {
	out := slices.DeleteFunc(slices.Clone(r.SearchWords), func(w string) bool { return slices.Contains(r.NotUnderstood, w) })
	if !asksBesideWords(r) {
		return out, nil
	}
	return nil, out
}

// asksBesideWords reports whether a request states something beside its
// search words: a genre, mood, instrument, activity, time, setting,
// tempo, energy, mode, years or music to sound like.
func asksBesideWords(r models.Request) bool {
	return len(r.Genres)+len(r.Moods)+len(r.Instruments)+len(r.LikeArtists)+len(r.LikeTracks) > 0 ||
		r.Activity != "" || r.TimeOfDay != "" || r.Setting != "" || r.Energy != nil || r.Mode != "" ||
		r.TempoMin > 0 || r.TempoMax > 0 || r.HasTempoPreference() || r.YearMin > 0 || r.YearMax > 0 || r.PreferYearMax > 0 || r.PreferYearMin > 0 ||
		r.TrackMin > 0 || r.TrackMax > 0
}

// tempoWords are the words of tempo, left to the measured tempo.
var tempoWords = map[string]bool{"slow": true, "slower": true, "slowly": true, "fast": true, "faster": true,
	"quick": true, "quicker": true, "upbeat": true, "uptempo": true, "tempo": true, "bpm": true, "pace": true}

// excludedWords are the words of what the request rules out ("drums" in
// "without drums"): they must not pull the list toward it by meaning or
// by BM25.
func (q *Query) excludedWords() map[string]bool {
	out := map[string]bool{}
	for _, list := range [][]string{q.ExcludeGenres, q.ExcludeInstruments, q.ExcludeMoods, q.ExcludeArtists} {
		for _, x := range list {
			for _, w := range tokenize(x) {
				out[w] = true
			}
		}
	}
	return out
}

// namesExcluded reports whether a word of the request names an
// instrument or a mood the request leaves out in a word of its own
// ("no synths" leaves out the synthesizer, whose value shares no token
// with "synths"), so that the word is not searched for.
func (q *Query) namesExcluded(word string) bool {
	w := strings.ToLower(strings.TrimFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }))
	if w == "" {
		return false
	}
	for _, in := range vocab.Instruments(w) {
		if slices.Contains(q.ExcludeInstruments, in) {
			return true
		}
	}
	m := vocab.Mood(w)
	return m != "" && slices.Contains(q.ExcludeMoods, m)
}

// withoutExcluded drops from text the excluded words (compared as tokens)
// and the words names reports as naming what is excluded.
func withoutExcluded(text string, ex map[string]bool, names func(string) bool) string {
	if len(ex) == 0 {
		return text
	}
	var kept []string
	for _, w := range strings.Fields(text) {
		drop := names != nil && names(w)
		for _, t := range tokenize(w) {
			drop = drop || ex[t]
		}
		if !drop {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// lastArtist is the artist "that artist" means: the one of the track the
// person last acted on in the session, or else the first of the last list.
func lastArtist(cat *Catalog, s *Session) string {
	if s == nil {
		return ""
	}
	id := s.Focus
	if id == 0 {
		if l := s.LastShown(); len(l) > 0 {
			id = l[0]
		}
	}
	if i, ok := cat.index[id]; ok {
		return cat.artists[cat.artist[i]]
	}
	return ""
}

func (c *Catalog) labelID(id library.TrackID) string {
	if i, ok := c.index[id]; ok {
		return c.label(i)
	}
	return fmt.Sprint(id)
}

// median returns the median of col over the given tracks that have
// features.
func (c *Catalog) median(ids []library.TrackID, col []float32) (float64, bool) {
	var vs []float64
	for _, id := range ids {
		if i, ok := c.index[id]; ok && c.hasFeat[i] && col[i] > 0 {
			vs = append(vs, float64(col[i]))
		}
	}
	if len(vs) == 0 {
		return 0, false
	}
	return middle(vs), true
}

// medianYear returns the median release year of the tracks ids whose year
// is known.
func (c *Catalog) medianYear(ids []library.TrackID) (int, bool) {
	var ys []int
	for _, id := range ids {
		if i, ok := c.index[id]; ok && c.year[i] > 0 {
			ys = append(ys, int(c.year[i]))
		}
	}
	if len(ys) == 0 {
		return 0, false
	}
	return middle(ys), true
}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
	"6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10, "last": -1}

var ordinalRe = regexp.MustCompile(`^(?:the\s+)?(?:(\w+)\s+(?:one|track|song)|(?:number|no\.?|#)\s*(\d+)|(\d+))$`)

// ordinalRef reads a reference to a position in the last list, such as
// "the third one", "number 3" or "#3", and returns it (1-based) or 0.
func ordinalRef(s string) int {
	m := ordinalRe.FindStringSubmatch(strings.ToLower(strings.TrimSpace(s)))
	if m == nil {
		return 0
	}
	if m[1] != "" {
		if n, ok := ordinals[m[1]]; ok && n > 0 {
			return n
		}
		return 0
	}
	n, _ := strconv.Atoi(m[2] + m[3])
	return n
}

// tempoLabel names the tempo constraint for reasons, with the word the
// person used when there is one.
func tempoLabel(r models.Request, lo, hi float64) string {
	text := strings.ToLower(r.Intent)
	if m := refusedExcessRe.FindStringSubmatch(text); m != nil && (m[1] == "slow" || m[1] == "fast") {
		return "'" + m[0] + "'" // "not too slow" asks for the other side
	}
	for _, w := range []string{"slower", "faster", "slow", "fast", "upbeat", "mid-tempo", "without a beat", "no beat", "a beat"} {
		if i := strings.Index(text, w); i >= 0 && !strings.HasSuffix(text[:i], "too ") {
			return "'" + w + "'" // "too slow" complains of the list before: its range names the change
		}
	}
	switch {
	case lo > 0 && hi > 0:
		return fmt.Sprintf("%.0f–%.0f BPM", lo, hi)
	case hi > 0:
		return fmt.Sprintf("up to %.0f BPM", hi)
	case lo > 0:
		return fmt.Sprintf("%.0f BPM or more", lo)
	}
	return ""
}

// energyWords are the words an energy constraint is named by in reasons,
// the most specific first.
var energyWords = []string{"calmer", "calm", "chill", "mellow", "relaxed", "quiet", "gentle", "soft", "energetic",
	"upbeat", "intense", "aggressive", "lively", "more energy", "less energy", "dark", "happy"}

// energySide is the side of the middle that an energy word (or a mood
// that sets an energy) asks for: −1 the calm side, +1 the lively one.
var energySide = map[string]int{"calmer": -1, "calm": -1, "chill": -1, "mellow": -1, "relaxed": -1, "quiet": -1,
	"gentle": -1, "soft": -1, "less energy": -1, "dark": -1, "sad": -1, "peaceful": -1, "dreamy": -1,
	"energetic": 1, "upbeat": 1, "intense": 1, "aggressive": 1, "lively": 1, "more energy": 1, "happy": 1, "epic": 1}

// agreesWithEnergy reports whether word may name the energy target: a
// word of the calm side names only a target below the middle and a word
// of the lively side one above it, so that "less energetic" or "not calm"
// or a "calm" two turns before "livelier" is not quoted for the opposite.
func agreesWithEnergy(word string, target *float64) bool {
	if target == nil {
		return true
	}
	switch energySide[word] {
	case -1:
		return *target < 0.5
	case 1:
		return *target > 0.5
	}
	return true
}

// energyChangeIn returns the words of text, read as r, that ask for a
// change of energy ("calmer", "more energy"), quoted, or "". A change is
// measured from what was heard, not from the middle, so it names the
// target whatever side of the middle it lies on: "like X but calmer" than
// a loud X asks for a moderate energy, which "calmer" names and
// energyWordIn, for a plain "calm", would not.
func energyChangeIn(r models.Request, text string) string {
	if r.EnergyShift == 0 {
		return ""
	}
	if w := models.EnergyChangeSaid(text); w != "" {
		return "'" + w + "'"
	}
	return ""
}

// energyWordIn returns the first of energyWords that text holds and that
// agrees with the energy target, quoted, or "".
func energyWordIn(text string, target *float64) string {
	text = strings.ToLower(text)
	for _, w := range energyWords {
		if strings.Contains(text, w) && agreesWithEnergy(w, target) {
			return "'" + w + "'"
		}
	}
	if m := refusedExcessRe.FindStringSubmatch(text); m != nil && target != nil && (*target < 0.5) == excessSide[m[1]] {
		return "'" + m[0] + "'"
	}
	return ""
}

// refusedExcessRe finds an excess of energy refused ("nothing too loud",
// "not too slow"), which sets the target on the other side: the phrase
// names that target better than a context word said with it.
var refusedExcessRe = regexp.MustCompile(`\b(?:nothing|not|never|no|isn't|aren't|without being)\s+(?:too|overly|very)\s+(loud|noisy|intense|wild|hyper|heavy|aggressive|energetic|busy|fast|quiet|soft|sleepy|slow|boring|mellow|calm)\b`)

// excessSide says whether refusing too much of a word asks for the calm
// side (loud, intense) rather than the lively one (sleepy, slow).
var excessSide = map[string]bool{"loud": true, "noisy": true, "intense": true, "wild": true, "hyper": true,
	"heavy": true, "aggressive": true, "energetic": true, "busy": true, "fast": true}

// energyLabel names the energy constraint (the target) for reasons: the
// energy word of this message, else of the earlier turns of the same topic
// (the "calmer" two turns before a "no piano"), else a mood or the
// activity, each only when it agrees with the target; else the target's
// level in the words notes use ("low energy", "moderate energy", "high
// energy"). When the target is a change measured from what was heard
// (changed), the words that asked for the change name it first, whatever
// side of the middle the target lies on (energyChangeIn).
func energyLabel(r models.Request, s *Session, target *float64, changed bool) string {
	if w := energyChangeIn(r, r.Intent); changed && w != "" {
		return w
	}
	if w := energyWordIn(r.Intent, target); w != "" {
		return w
	}
	if s != nil && (r.Energy != nil || r.EnergyShift != 0) {
		for i := len(s.Turns) - 1; i >= 0; i-- {
			if w := energyChangeIn(s.Turns[i].Parsed, s.Turns[i].Text); changed && w != "" {
				return w
			}
			if w := energyWordIn(s.Turns[i].Text, target); w != "" {
				return w
			}
			if !isRefinement(s.Turns[i].Parsed) {
				break // the topic started here
			}
		}
	}
	for _, m := range r.Moods {
		if agreesWithEnergy(m, target) {
			return "'" + m + "'"
		}
	}
	if r.Activity != "" {
		return "'" + r.Activity + "'"
	}
	if target != nil {
		return energyWord(*target) + " energy"
	}
	return "the energy you asked for"
}
