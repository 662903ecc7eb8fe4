package models

import (
	"math"
	"slices"
	"strings"
	"time"

	"sleeve/models/vocab"
)

// Request is what a listener asked for, read from one chat message and
// the conversation before it. Zero values mean "not said".
type Request struct {
	// Intent is the listener's message, sanitised, as free text.
	Intent string `json:"intent,omitempty"`
	// Moods are wanted moods from MoodWords; ExcludeMoods are unwanted ones.
	Moods        []string `json:"moods,omitempty"`
	ExcludeMoods []string `json:"exclude_moods,omitempty"`
	// Energy is the wanted energy in [0, 1], nil when not said.
	Energy *float64 `json:"energy,omitempty"`
	// TempoMin and TempoMax bound the tempo in BPM; 0 means open. They are
	// hard limits (filters) and are set only when the person gives a number
	// ("under 100 bpm", "between 110 and 130 bpm").
	TempoMin int `json:"tempo_min,omitempty"`
	TempoMax int `json:"tempo_max,omitempty"`
	// PreferTempoMin and PreferTempoMax are a tempo preference from words
	// ("slow" is at most 95 BPM, "fast" at least 125, "slower" than
	// before): it ranks tracks and never filters them out. A track without
	// a beat counts as slow. 0 means open.
	PreferTempoMin int `json:"prefer_tempo_min,omitempty"`
	PreferTempoMax int `json:"prefer_tempo_max,omitempty"`
	// Mode is "major", "minor" or empty; Key a key name such as "A minor".
	Mode string `json:"mode,omitempty"`
	Key  string `json:"key,omitempty"`
	// Genres are wanted genres; ExcludeGenres unwanted ones (lowercase).
	Genres        []string `json:"genres,omitempty"`
	ExcludeGenres []string `json:"exclude_genres,omitempty"`
	// LikeArtists and LikeTracks are what the music should sound like.
	LikeArtists []string `json:"like_artists,omitempty"`
	LikeTracks  []string `json:"like_tracks,omitempty"`
	// ExcludeArtists must not be played.
	ExcludeArtists []string `json:"exclude_artists,omitempty"`
	// OnlyArtists are the artists every track must be by ("only stuff by
	// X", "just X"); each is also in LikeArtists.
	OnlyArtists []string `json:"only_artists,omitempty"`
	// AvoidLastArtist asks for no more of the artist just played ("no more
	// of that artist"); the caller knows who that is.
	AvoidLastArtist bool `json:"avoid_last_artist,omitempty"`
	// ExcludeTitles are track titles that must not be played ("not
	// Careless Love"), resolved against the library when it knows them.
	ExcludeTitles []string `json:"exclude_titles,omitempty"`
	// Instrumental asks for no vocals.
	Instrumental bool `json:"instrumental,omitempty"`
	// Instruments are wanted instruments and ExcludeInstruments unwanted
	// ones, from InstrumentWords ("calm piano", "no saxophone").
	Instruments        []string `json:"instruments,omitempty"`
	ExcludeInstruments []string `json:"exclude_instruments,omitempty"`
	// Sounds are qualities of the sound that analysis measures, from
	// SoundWords ("steady", "sparse", "rough" …): preferences that rank,
	// never filters. A refused quality is asked for as its opposite.
	Sounds []string `json:"sounds,omitempty"`
	// SearchWords are words of the message that were not read as a
	// constraint; they still search titles, artists, albums, tags and notes
	// ("boogie"). Lowercase, as written.
	SearchWords []string `json:"search_words,omitempty"`
	// Widen asks for anything close when little fits ("anything close").
	Widen bool `json:"widen,omitempty"`
	// Variety asks for a more varied list ("mix it up", "more variety",
	// "an eclectic mix"): the ranking spreads it wider. A follow-up keeps
	// it once said.
	Variety bool `json:"variety,omitempty"`
	// IncludeNotMusic lets tracks flagged as not music (silence, test
	// tones, short clips) be picked; set only when asked for explicitly.
	IncludeNotMusic bool `json:"include_not_music,omitempty"`
	// Activity is from ContextWords, such as "running" or "studying".
	Activity string `json:"activity,omitempty"`
	// TimeOfDay is from TimeWords, such as "morning" or "late night".
	TimeOfDay string `json:"time_of_day,omitempty"`
	// Setting is a place or occasion such as "dinner party" or "beach".
	Setting string `json:"setting,omitempty"`
	// WeakActivity and WeakSetting say that Activity or Setting came from
	// an everyday word named in passing ("boxing", "oven", "broom") rather
	// than from a word for the activity or place: the ranking takes it as
	// a weaker hint, as it does the clock.
	WeakActivity bool `json:"weak_activity,omitempty"`
	WeakSetting  bool `json:"weak_setting,omitempty"`
	// ExcludeContexts are the activities, times of day and settings
	// refused ("not morning music", "nothing for the evening", "not for
	// the car"). Nothing ranks away from them, but when one is refused
	// the clock's time of day is not taken for the context.
	ExcludeContexts []string `json:"exclude_contexts,omitempty"`
	// Duration is the wanted total length, or 0.
	Duration time.Duration `json:"duration,omitempty"`
	// Count is the wanted number of tracks, or 0.
	Count int `json:"count,omitempty"`
	// YearMin and YearMax bound the release year ("80s" is 1980–1989,
	// "since 2015" 2015–), inclusive; 0 means open. A track whose year is
	// known and outside is left out; one without a year ranks lower.
	YearMin int `json:"year_min,omitempty"`
	YearMax int `json:"year_max,omitempty"`
	// ExcludeYears are the spans of release years refused ("no 80s
	// stuff", "I can't do the 70s and 80s", "nothing from 1995"): a track
	// whose year is known and inside one is left out, as a refused
	// genre's track is; one without a year stays.
	ExcludeYears []YearSpan `json:"exclude_years,omitempty"`
	// PreferYearMax prefers music released up to that year, from words of
	// an era ("classic", "old school", "oldies", "vintage"): a preference
	// that ranks older tracks higher, not a filter; 0 when not said.
	PreferYearMax int `json:"prefer_year_max,omitempty"`
	// PreferYearMin prefers music released from that year on, from words
	// of recency ("recent", "latest", "modern"): a preference, not a
	// filter; 0 when not said.
	PreferYearMin int `json:"prefer_year_min,omitempty"`
	// TrackMin and TrackMax bound each track's length ("songs under 4
	// minutes", "at least 3 minutes long"), as the whole list's length is
	// Duration; 0 is open.
	TrackMin time.Duration `json:"track_min_ns,omitempty"`
	TrackMax time.Duration `json:"track_max_ns,omitempty"`
	// Familiarity is 0 for favourites and well-known tracks up to 1 for
	// new discoveries and deep cuts; nil when not said.
	Familiarity *float64 `json:"familiarity,omitempty"`
	// Different asks for something completely different from before.
	Different bool `json:"different,omitempty"`
	// More asks for more of the same: the request as it stands, leaving
	// out the tracks the last list showed ("more please", "more like
	// that"). Like Different, it describes its message alone.
	More bool `json:"more,omitempty"`
	// ListShift asks for a longer (+1) or shorter (−1) list than the last
	// one ("make it longer", "a shorter list"); the session doubles or
	// halves its length. It describes its message alone.
	ListShift int `json:"list_shift,omitempty"`
	// TempoShift and EnergyShift are relative changes asked for in this
	// message (−1 slower/calmer, +1 faster/more energy). Refine applies
	// them to the previous request and keeps them for the caller.
	TempoShift  int `json:"tempo_shift,omitempty"`
	EnergyShift int `json:"energy_shift,omitempty"`
	// SlightShift says the relative change is small ("a bit slower",
	// "slightly calmer", "a little faster"): it moves the tempo or energy
	// a step from where it was (ShiftedTempo, ShiftedEnergy) rather than
	// to the other side of the middle.
	SlightShift bool `json:"slight_shift,omitempty"`
	// EraShift is a relative change of era asked for in this message (−1
	// "older", +1 "newer", "more recent"): Refine moves the era of the
	// previous request past its end (ShiftedEra), and the engine measures
	// it from what was heard, or from the tracks named ("like X but
	// older"), when no era was said. Alone it prefers older music up to
	// 1989, or music of the last five years.
	EraShift int `json:"era_shift,omitempty"`
	// Qualifies says the message only qualifies what came before with a
	// derived form ("jazzy" after "music for running") and names no topic
	// of its own, or is a fragment that continues it ("with banjo", "less
	// aggressive", "no vocals please"), so a follow-up refines instead of
	// starting afresh.
	Qualifies bool `json:"qualifies,omitempty"`
	// Understood are short phrases, for display, of what was read from the
	// latest message ("genre jazz (from “jazzy”)", "no artist Freedoom").
	// NotUnderstood are the content words of that message that nothing
	// accounts for, not even a search (stop words and filler such as
	// "music", "something" or "please" are not content). Neither changes
	// what is asked for: IsZero and Equal ignore them.
	Understood    []string `json:"understood,omitempty"`
	NotUnderstood []string `json:"not_understood,omitempty"`
}

// YearSpan is a span of release years, both ends inclusive.
type YearSpan struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// overlaps reports whether the span shares a year with lo–hi, where 0 is
// an open end.
func (y YearSpan) overlaps(lo, hi int) bool {
	return (hi == 0 || y.From <= hi) && (lo == 0 || y.To >= lo)
}

// yearSpans keeps the plausible spans of spans, each in order and once,
// at most maxExcludeItems of them.
func yearSpans(spans []YearSpan) []YearSpan {
	var out []YearSpan
	for _, y := range spans {
		y.From, y.To = clampYear(y.From), clampYear(y.To)
		if y.From == 0 || y.To == 0 {
			continue
		}
		if y.From > y.To {
			y.From, y.To = y.To, y.From
		}
		if !slices.Contains(out, y) && len(out) < maxExcludeItems {
			out = append(out, y)
		}
	}
	return out
}

// TimeWords are the times of day a request can name.
var TimeWords = []string{"morning", "afternoon", "evening", "night", "late night"}

// Bounds used when validating requests.
const (
	MinRequestYear  = 1000
	MaxRequestYear  = 2200
	MinRequestBPM   = 40
	MaxRequestBPM   = 220
	MaxRequestCount = 200
	maxListItems    = 10
	// maxGenreItems bounds the genres asked for, which grow as
	// exclusions do when a name brings a family ("dance music" is a
	// dozen kinds of it): the genres named after it are kept ("dance
	// music, soukous, zouk").
	maxGenreItems = 32
	// maxExcludeItems bounds exclusions, which grow when a genre brings
	// the library's kinds of it ("no metal" rules out thrash metal too).
	maxExcludeItems = 64
	maxNameLen      = 80
	maxSearchWords  = 12
	maxSearchLen    = 40
	maxNotes        = 24
	maxNoteLen      = 80
)

// Validate clamps numbers into range, swaps an inverted tempo range, drops
// words outside the vocabularies, sanitises and de-duplicates names and
// caps list lengths. It returns the cleaned request.
func (r Request) Validate() Request {
	r.Intent = clip(SanitizeText(r.Intent), 300)
	r.Moods = allowedWords(r.Moods, MoodWords)
	r.ExcludeMoods = allowedWords(r.ExcludeMoods, MoodWords)
	r.Moods = minus(r.Moods, r.ExcludeMoods)
	if r.Energy != nil {
		r.Energy = clampPtr(*r.Energy, 0, 1)
	}
	if r.Familiarity != nil {
		r.Familiarity = clampPtr(*r.Familiarity, 0, 1)
	}
	r.TempoMin, r.TempoMax = clampBPM(r.TempoMin), clampBPM(r.TempoMax)
	if r.TempoMin > 0 && r.TempoMax > 0 && r.TempoMin > r.TempoMax {
		r.TempoMin, r.TempoMax = r.TempoMax, r.TempoMin
	}
	r.PreferTempoMin, r.PreferTempoMax = clampBPM(r.PreferTempoMin), clampBPM(r.PreferTempoMax)
	if r.PreferTempoMin > 0 && r.PreferTempoMax > 0 && r.PreferTempoMin > r.PreferTempoMax {
		r.PreferTempoMin, r.PreferTempoMax = r.PreferTempoMax, r.PreferTempoMin
	}
	r.Mode = strings.ToLower(strings.TrimSpace(r.Mode))
	if r.Mode != "major" && r.Mode != "minor" {
		r.Mode = ""
	}
	r.Key = clip(SanitizeText(r.Key), 12)
	if pitchClass(r.Key) < 0 {
		r.Key = ""
	} else if r.Mode == "" {
		if strings.Contains(strings.ToLower(r.Key), "minor") {
			r.Mode = "minor"
		} else if strings.Contains(strings.ToLower(r.Key), "major") {
			r.Mode = "major"
		}
	}
	r.Genres = names(r.Genres, true, maxGenreItems)
	r.ExcludeGenres = names(r.ExcludeGenres, true, maxExcludeItems)
	r.Genres = minus(r.Genres, r.ExcludeGenres)
	r.LikeArtists = names(r.LikeArtists, false, maxListItems)
	r.LikeTracks = names(r.LikeTracks, false, maxListItems)
	r.ExcludeArtists = names(r.ExcludeArtists, false, maxExcludeItems)
	r.OnlyArtists = minusFold(names(r.OnlyArtists, false, maxListItems), r.ExcludeArtists)
	r.LikeArtists = minusFold(r.LikeArtists, r.ExcludeArtists)
	r.ExcludeTitles = names(r.ExcludeTitles, false, maxExcludeItems)
	r.LikeTracks = minusFold(r.LikeTracks, r.ExcludeTitles)
	r.Instruments = allowedWords(r.Instruments, InstrumentWords)
	r.ExcludeInstruments = allowedWords(r.ExcludeInstruments, InstrumentWords)
	r.Sounds = allowedWords(r.Sounds, SoundWords)
	r.Instruments = minus(r.Instruments, r.ExcludeInstruments)
	r.SearchWords = searchWords(r.SearchWords)
	r.Understood = notes(r.Understood)
	r.NotUnderstood = notes(r.NotUnderstood)
	r.Activity = oneOf(r.Activity, ContextWords)
	r.TimeOfDay = oneOf(r.TimeOfDay, TimeWords)
	r.ExcludeContexts = names(r.ExcludeContexts, false, maxExcludeItems)
	r.Setting = clip(strings.ToLower(SanitizeText(r.Setting)), 40)
	if r.Duration < 0 {
		r.Duration = 0
	}
	r.Duration = min(r.Duration, 12*time.Hour)
	r.Count = max(0, min(r.Count, MaxRequestCount))
	r.YearMin, r.YearMax = clampYear(r.YearMin), clampYear(r.YearMax)
	r.ExcludeYears = yearSpans(r.ExcludeYears)
	r.PreferYearMax = clampYear(r.PreferYearMax)
	r.PreferYearMin = clampYear(r.PreferYearMin)
	if r.TrackMin < 0 || r.TrackMin > 3*time.Hour {
		r.TrackMin = 0
	}
	if r.TrackMax < 0 || r.TrackMax > 3*time.Hour {
		r.TrackMax = 0
	}
	if r.YearMin > 0 && r.YearMax > 0 && r.YearMin > r.YearMax {
		r.YearMin, r.YearMax = r.YearMax, r.YearMin
	}
	r.TempoShift = sign(r.TempoShift)
	r.ListShift = sign(r.ListShift)
	r.EnergyShift = sign(r.EnergyShift)
	r.EraShift = sign(r.EraShift)
	r.SlightShift = r.SlightShift && (r.TempoShift != 0 || r.EnergyShift != 0)
	return r
}

// ShiftedTempo returns the tempo preference r's tempo shift asks for from
// the tempo ref: "slower" prefers up to 10 % below it and "faster" 10 %
// above it and up, open-ended; a slight shift ("a bit slower") prefers a
// window 5 to 13 % below it (5 to 15 % above it for "a bit faster"), so
// that it neither stays where it was nor goes past the middle to the
// slowest (or fastest) tracks and the ones without a beat. Both are 0
// without a tempo shift.
func (r Request) ShiftedTempo(ref float64) (lo, hi int) {
	switch {
	case r.TempoShift < 0 && r.SlightShift:
		return int(math.Round(ref * 0.87)), int(math.Round(ref * 0.95))
	case r.TempoShift < 0:
		return 0, int(math.Round(ref * 0.9))
	case r.TempoShift > 0 && r.SlightShift:
		return int(math.Round(ref * 1.05)), int(math.Round(ref * 1.15))
	case r.TempoShift > 0:
		return int(math.Round(ref * 1.1)), 0
	}
	return 0, 0
}

// Era returns the release years r asks for, said outright or preferred:
// its earliest and latest year, 0 where open.
func (r Request) Era() (lo, hi int) {
	lo, hi = r.YearMin, r.YearMax
	if lo == 0 && hi == 0 {
		lo, hi = r.PreferYearMin, r.PreferYearMax
	}
	return lo, hi
}

// ShiftedEra returns the era r's era shift asks for from the era lo–hi (0
// where open), as a preference: "older" prefers music up to the year
// before lo, "newer" from the year after hi. An era open at that end
// moves a decade from its other end ("older" after "up to 1989" prefers up
// to 1979), newer never past this year. Both are 0 without a shift or an
// era.
func (r Request) ShiftedEra(lo, hi int) (preferMin, preferMax int) {
	switch {
	case r.EraShift < 0 && lo > 0:
		return 0, lo - 1
	case r.EraShift < 0 && hi > 0:
		return 0, hi - 10
	case r.EraShift > 0 && hi > 0:
		return hi + 1, 0
	case r.EraShift > 0 && lo > 0:
		return min(lo+10, time.Now().Year()), 0
	}
	return 0, 0
}

// ShiftedEnergy returns the energy target r's energy shift asks for from
// the energy ref: 0.25 lower for "calmer" and higher for "more energy",
// 0.1 for a slight shift ("a bit calmer"), within [0, 1].
func (r Request) ShiftedEnergy(ref float64) float64 {
	step := 0.25
	if r.SlightShift {
		step = 0.1
	}
	return min(1, max(0, ref+step*float64(sign(r.EnergyShift))))
}

// FamiliarDial is the novelty dial (Familiarity) at or below which a
// request asks for what the person knows ("my favourites", "familiar
// songs"): described as "familiar", and served from what was played or
// liked.
const FamiliarDial = 0.33

// IsZero reports whether the request asks for nothing in particular.
func (r Request) IsZero() bool {
	r.Intent = ""
	return r.Equal(Request{})
}

// Equal reports whether two requests ask for the same thing. Understood
// and NotUnderstood, which only describe the reading, are ignored.
func (r Request) Equal(o Request) bool {
	r.Understood, r.NotUnderstood = nil, nil
	o.Understood, o.NotUnderstood = nil, nil
	return dataJSON(r) == dataJSON(o)
}

// HasTempoPreference reports whether the request prefers a tempo by words.
func (r Request) HasTempoPreference() bool { return r.PreferTempoMin > 0 || r.PreferTempoMax > 0 }

// Refine applies next, read from a follow-up message, to prev. Values said
// in next replace those in prev; exclusions accumulate. A relative change
// replaces the constraint it changes instead of stacking on it: "slower"
// and "faster" turn any tempo into a preference 10 % below or above the
// earlier tempo (from a middle 110 BPM when prev said none); "calmer"
// lowers the energy target by 0.25 (from 0.5 when prev said none) and
// lifts any tempo floor, and "more energy" raises it and lifts any tempo
// ceiling. A slight change ("a bit slower") moves them a step instead
// (ShiftedTempo, ShiftedEnergy), and a mood of prev that names an energy
// the change leaves behind goes ("livelier" after "calm jazz" keeps the
// jazz, not the calm; moodLeftBehind). A tempo said in next replaces prev's, hard or preferred.
// Different starts afresh, keeping the exclusions and steering away from
// prev's artists and genres. Understood, NotUnderstood, Widen, TempoShift
// and EnergyShift describe next alone.
func Refine(prev, next Request) Request {
	prev, next = prev.Validate(), next.Validate()
	var r Request
	if next.Different {
		r = next
		r.ExcludeArtists = union(prev.ExcludeArtists, next.ExcludeArtists, prev.LikeArtists)
		r.ExcludeGenres = union(prev.ExcludeGenres, next.ExcludeGenres, minus(prev.Genres, next.Genres))
		r.ExcludeMoods = union(prev.ExcludeMoods, next.ExcludeMoods)
		r.ExcludeTitles = union(prev.ExcludeTitles, next.ExcludeTitles)
		r.ExcludeInstruments = union(prev.ExcludeInstruments, next.ExcludeInstruments)
		r.ExcludeContexts = union(prev.ExcludeContexts, next.ExcludeContexts)
		r.ExcludeYears = refusedYears(prev, next)
		if r.Energy == nil && prev.Energy != nil {
			r.Energy = clampPtr(1-*prev.Energy, 0, 1)
		}
		if r.Familiarity == nil {
			r.Familiarity = prev.Familiarity
		}
		r.IncludeNotMusic = prev.IncludeNotMusic || next.IncludeNotMusic
		r.AvoidLastArtist = true
		return r.Validate()
	}
	r = prev
	r.Intent = next.Intent
	r.Different = false
	r.More, r.ListShift = next.More, next.ListShift
	r.TempoShift, r.EnergyShift, r.SlightShift, r.EraShift = next.TempoShift, next.EnergyShift, next.SlightShift, next.EraShift
	r.Understood, r.NotUnderstood = next.Understood, next.NotUnderstood
	r.Widen = next.Widen
	r.IncludeNotMusic = prev.IncludeNotMusic || next.IncludeNotMusic
	if len(next.Moods) > 0 {
		r.Moods = next.Moods
	}
	r.ExcludeMoods = union(prev.ExcludeMoods, next.ExcludeMoods)
	r.Moods = minus(r.Moods, next.ExcludeMoods)
	r.ExcludeContexts = union(prev.ExcludeContexts, next.ExcludeContexts)
	r.ExcludeYears = refusedYears(prev, next)
	if next.Energy != nil {
		r.Energy = next.Energy
	}
	nextHard := next.TempoMin > 0 || next.TempoMax > 0
	switch {
	case nextHard:
		r.TempoMin, r.TempoMax = next.TempoMin, next.TempoMax
		r.PreferTempoMin, r.PreferTempoMax = 0, 0
	case next.HasTempoPreference():
		r.TempoMin, r.TempoMax = 0, 0
		r.PreferTempoMin, r.PreferTempoMax = next.PreferTempoMin, next.PreferTempoMax
	}
	if next.Mode != "" {
		r.Mode, r.Key = next.Mode, next.Key
	}
	if len(next.Genres) > 0 {
		r.Genres = next.Genres
	}
	r.ExcludeGenres = union(minus(prev.ExcludeGenres, next.Genres), next.ExcludeGenres)
	r.Genres = minus(r.Genres, next.ExcludeGenres)
	if len(next.LikeArtists) > 0 || len(next.LikeTracks) > 0 {
		// Names said anew replace the ones before, and with them the
		// artists the list had to be by.
		r.LikeArtists, r.LikeTracks, r.OnlyArtists = next.LikeArtists, next.LikeTracks, next.OnlyArtists
	}
	r.ExcludeArtists = union(minusFold(prev.ExcludeArtists, next.LikeArtists), next.ExcludeArtists)
	r.LikeArtists = minusFold(r.LikeArtists, next.ExcludeArtists)
	r.ExcludeTitles = union(minusFold(prev.ExcludeTitles, next.LikeTracks), next.ExcludeTitles)
	if len(next.Instruments) > 0 {
		r.Instruments = next.Instruments
	}
	r.ExcludeInstruments = union(minus(prev.ExcludeInstruments, next.Instruments), next.ExcludeInstruments)
	r.Instruments = minus(r.Instruments, next.ExcludeInstruments)
	// A quality asked for now replaces the other end of its measure
	// ("busier" after "something simple").
	for _, q := range next.Sounds {
		r.Sounds = minus(r.Sounds, []string{SoundOpposite(q)})
	}
	r.Sounds = union(r.Sounds, next.Sounds)
	if len(next.SearchWords) > 0 {
		r.SearchWords = next.SearchWords
	}
	r.AvoidLastArtist = next.AvoidLastArtist
	r.Instrumental = prev.Instrumental || next.Instrumental
	r.Variety = prev.Variety || next.Variety
	for _, s := range []struct {
		dst *string
		v   string
	}{{&r.Activity, next.Activity}, {&r.TimeOfDay, next.TimeOfDay}, {&r.Setting, next.Setting}} {
		if s.v != "" {
			*s.dst = s.v
		}
	}
	if next.Activity != "" {
		r.WeakActivity = next.WeakActivity
		if next.Activity != prev.Activity && !next.WeakActivity && next.Energy == nil && next.EnergyShift == 0 && len(next.Moods) == 0 &&
			len(vocab.ActivityMoods(next.Activity)) > 0 {
			// A new activity of a character of its own ("now something
			// for the cooldown" after "running music" and "more
			// energy") sets its own level: the one asked for the
			// activity before gives way, so the new one's moods apply.
			r.Energy = nil
		}
	}
	if next.Setting != "" {
		r.WeakSetting = next.WeakSetting
	}
	if next.Duration > 0 || next.Count > 0 {
		r.Duration, r.Count = next.Duration, next.Count
	}
	if next.TrackMin > 0 || next.TrackMax > 0 {
		r.TrackMin, r.TrackMax = next.TrackMin, next.TrackMax
	}
	if next.YearMin > 0 || next.YearMax > 0 || next.PreferYearMax > 0 || next.PreferYearMin > 0 {
		r.YearMin, r.YearMax, r.PreferYearMax, r.PreferYearMin = next.YearMin, next.YearMax, next.PreferYearMax, next.PreferYearMin
	}
	if next.Familiarity != nil {
		r.Familiarity = next.Familiarity
	}
	if next.EraShift != 0 && next.YearMin == 0 && next.YearMax == 0 {
		// "older" after "90s hip hop" is before the 90s, as "calmer"
		// replaces the energy it changes.
		if lo, hi := prev.Era(); lo > 0 || hi > 0 {
			r.YearMin, r.YearMax = 0, 0
			r.PreferYearMin, r.PreferYearMax = next.ShiftedEra(lo, hi)
		}
	}
	if next.TempoShift != 0 && !nextHard && !next.HasTempoPreference() {
		r.TempoMin, r.TempoMax = 0, 0
		r.PreferTempoMin, r.PreferTempoMax = next.ShiftedTempo(prev.tempoReference())
	}
	if next.EnergyShift != 0 && next.Energy == nil {
		ref := 0.5
		if prev.Energy != nil {
			ref = *prev.Energy
		}
		r.Energy = clampPtr(next.ShiftedEnergy(ref), 0, 1)
		if len(next.Moods) == 0 && r.Energy != nil {
			r.Moods = slices.DeleteFunc(slices.Clone(r.Moods), func(m string) bool {
				return moodLeftBehind(m, *r.Energy, next.EnergyShift)
			})
		}
		if !nextHard && !next.HasTempoPreference() && next.TempoShift == 0 {
			if next.EnergyShift < 0 {
				r.TempoMin, r.PreferTempoMin = 0, 0
			} else {
				r.TempoMax, r.PreferTempoMax = 0, 0
			}
		}
	}
	return r.Validate()
}

// moodLeftBehind reports whether a change of energy in the direction shift
// to the target leaves the mood m behind: m names an energy (energyWords)
// in another of the notes' bands (EnergyLevel) than the target, on the side
// the change moves away from. "livelier" after "calm jazz" (0.2 → 0.45)
// leaves calm behind; "a bit livelier" (0.3, still low) does not, and a mood
// that names no energy ("sad") never is.
func moodLeftBehind(m string, target float64, shift int) bool {
	e, ok := energyWords[m]
	if !ok || EnergyLevel(e) == EnergyLevel(target) {
		return false
	}
	return shift > 0 && e < target || shift < 0 && e > target
}

// tempoReference is the tempo a relative change starts from: the middle of
// the hard range, else of the preferred range, else its one bound, else a
// middle 110 BPM.
func (r Request) tempoReference() float64 {
	for _, b := range [][2]int{{r.TempoMin, r.TempoMax}, {r.PreferTempoMin, r.PreferTempoMax}} {
		switch {
		case b[0] > 0 && b[1] > 0:
			return float64(b[0]+b[1]) / 2
		case b[0] > 0:
			return float64(b[0])
		case b[1] > 0:
			return float64(b[1])
		}
	}
	return 110
}

// searchWords lowercases, sanitises, de-duplicates and caps search words.
func searchWords(in []string) []string {
	var out []string
	for _, w := range in {
		w = strings.ToLower(strings.Trim(SanitizeText(w), " .,;:!?\"'“”‘’()[]"))
		if w == "" || !hasLetters(w) && !hasDigits(w) || len([]rune(w)) > maxSearchLen || contains(out, w) || len(out) >= maxSearchWords {
			continue
		}
		out = append(out, w)
	}
	return out
}

// notes sanitises, de-duplicates and caps display phrases.
func notes(in []string) []string {
	var out []string
	for _, n := range in {
		n = clip(strings.TrimSpace(SanitizeText(n)), maxNoteLen)
		if n == "" || contains(out, n) || len(out) >= maxNotes {
			continue
		}
		out = append(out, n)
	}
	return out
}

func hasDigits(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

func clampPtr(v, lo, hi float64) *float64 {
	if math.IsNaN(v) {
		return nil
	}
	v = math.Round(min(hi, max(lo, v))*100) / 100
	return &v
}

func clampBPM(v int) int {
	if v <= 0 {
		return 0
	}
	return max(MinRequestBPM, min(MaxRequestBPM, v))
}

func sign(v int) int {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}

func allowedWords(words, allowed []string) []string {
	var out []string
	for _, w := range words {
		w = strings.ToLower(strings.TrimSpace(SanitizeText(w)))
		if contains(allowed, w) && !contains(out, w) && len(out) < maxListItems {
			out = append(out, w)
		}
	}
	return out
}

func oneOf(w string, allowed []string) string {
	w = strings.ToLower(strings.TrimSpace(SanitizeText(w)))
	if contains(allowed, w) {
		return w
	}
	return ""
}

// names sanitises, trims and de-duplicates (ignoring case) free-text names.
func names(in []string, lower bool, limit int) []string {
	var out []string
	for _, n := range in {
		n = strings.Trim(SanitizeText(n), " .,;:!?\"'“”")
		if lower {
			n = strings.ToLower(n)
		}
		if n == "" || !hasLetters(n) || len([]rune(n)) > maxNameLen || containsFold(out, n) || len(out) >= limit {
			continue
		}
		out = append(out, n)
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// refusedYears returns the years refused over two turns: prev's, but
// for those the years next asks for overlap ("no 80s" then "ok, the 80s
// then"), and next's.
func refusedYears(prev, next Request) []YearSpan {
	var out []YearSpan
	asked := next.YearMin > 0 || next.YearMax > 0
	for _, y := range prev.ExcludeYears {
		if !asked || !y.overlaps(next.YearMin, next.YearMax) {
			out = append(out, y)
		}
	}
	return yearSpans(append(out, next.ExcludeYears...))
}

func union(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		for _, v := range l {
			if !containsFold(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

func minus(a, b []string) []string {
	var out []string
	for _, v := range a {
		if !contains(b, v) {
			out = append(out, v)
		}
	}
	return out
}

func minusFold(a, b []string) []string {
	var out []string
	for _, v := range a {
		if !containsFold(b, v) {
			out = append(out, v)
		}
	}
	return out
}

// clampYear keeps a year in range, or 0 when it is not a plausible one.
func clampYear(y int) int {
	if y < MinRequestYear || y > MaxRequestYear {
		return 0
	}
	return y
}
