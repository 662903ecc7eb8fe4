package engine

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"sleeve/library"
	"sleeve/models"
)

// ErrNothingToUndo is returned by Session.Undo on a session without turns.
var ErrNothingToUndo = errors.New("nothing to undo")

// Session is one conversation: every turn refines the request before it,
// and remembers what it showed. It serialises to JSON for storage.
type Session struct {
	ID      string    `json:"id"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	Turns   []Turn    `json:"turns"`
	// Focus is the track the person last acted on (rated, skipped, asked
	// for more like), which "that artist" refers to; 0 for none.
	Focus library.TrackID `json:"focus,omitempty"`
}

// Turn is one message and the list it produced.
type Turn struct {
	Text string `json:"text"`
	// Parsed is the message as read on its own; State is the request
	// after refining the previous turn's State with it.
	Parsed models.Request `json:"parsed"`
	State  models.Request `json:"state"`
	// Query is the resolved query (without its embedding).
	Query Query `json:"query"`
	// Result is the list shown.
	Result Result `json:"result"`
	// AvoidArtist is the artist "no more of that artist" resolved to.
	AvoidArtist string    `json:"avoid_artist,omitempty"`
	At          time.Time `json:"at"`
}

// NewSession starts a session with a random ID.
func NewSession(now time.Time) *Session {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return &Session{ID: hex.EncodeToString(b[:]), Created: now, Updated: now}
}

// LastShown returns the tracks of the last list, or nil.
func (s *Session) LastShown() []library.TrackID {
	if s == nil || len(s.Turns) == 0 {
		return nil
	}
	return s.Turns[len(s.Turns)-1].Result.IDs()
}

// ShownForMore returns the tracks shown for the request as it stands:
// the last list and, while the turns before it only asked for more of
// the same, theirs too, so that "more" after "more" brings new tracks.
func (s *Session) ShownForMore() []library.TrackID {
	if s == nil {
		return nil
	}
	var out []library.TrackID
	for k := len(s.Turns) - 1; k >= 0; k-- {
		out = append(out, s.Turns[k].Result.IDs()...)
		if !s.Turns[k].Parsed.More {
			break
		}
	}
	return out
}

// Last returns the last turn, or false when there is none.
func (s *Session) Last() (Turn, bool) {
	if s == nil || len(s.Turns) == 0 {
		return Turn{}, false
	}
	return s.Turns[len(s.Turns)-1], true
}

// State returns the current request, the zero Request before any turn.
func (s *Session) State() models.Request {
	if t, ok := s.Last(); ok {
		return t.State
	}
	return models.Request{}
}

// excludedArtists are the artists left out by earlier "no more of that
// artist" turns.
func (s *Session) excludedArtists() []string {
	var out []string
	for _, t := range s.Turns {
		if t.AvoidArtist != "" && !slices.Contains(out, t.AvoidArtist) {
			out = append(out, t.AvoidArtist)
		}
	}
	return out
}

// Next refines the session's state with a newly parsed message and
// returns the request the turn asks for. Relative changes ("slower",
// "calmer") are anchored on the tempo and energy of the last list (or of
// the seed tracks on a first turn) rather than on fixed defaults.
func (s *Session) Next(parsed models.Request, cat *Catalog) models.Request {
	prev := s.State()
	parsed = parsed.Validate()
	ref := s.LastShown()
	// "the third one" means the third track of the list shown now; pin it
	// to that track so later turns keep meaning the same one.
	var artists []string
	for _, name := range parsed.LikeArtists {
		if pos := ordinalRef(name); pos > 0 && pos <= len(ref) {
			parsed.LikeTracks = append(parsed.LikeTracks, trackRef(ref[pos-1]))
		} else {
			artists = append(artists, name)
		}
	}
	parsed.LikeArtists = artists
	for k, name := range parsed.LikeTracks {
		if pos := ordinalRef(name); pos > 0 && pos <= len(ref) {
			parsed.LikeTracks[k] = trackRef(ref[pos-1])
		}
	}
	if parsed.ListShift != 0 && parsed.Count == 0 && parsed.Duration == 0 && len(s.Turns) > 0 {
		// "make it longer": twice the last list's length, or half of it.
		switch {
		case prev.Duration > 0 && parsed.ListShift > 0:
			parsed.Duration = 2 * prev.Duration
		case prev.Duration > 0:
			parsed.Duration = max(prev.Duration/2, 5*time.Minute)
		default:
			n := prev.Count
			if n == 0 {
				n = len(s.LastShown())
			}
			if parsed.ListShift > 0 {
				parsed.Count = min(2*max(n, 5), models.MaxRequestCount)
			} else {
				parsed.Count = max(n/2, 1)
			}
		}
	}
	if len(s.Turns) > 0 && unheardOf(parsed, cat) {
		// A follow-up whose only words are ones Sleeve does not know and
		// the library holds nowhere ("blorp", "shorter songs" after
		// "party songs") asks nothing Sleeve can act on: the request
		// stays, and the reading says what was not understood.
		parsed.SearchWords = nil
	}
	if n := len(s.Turns); n > 0 && isRefinement(parsed) {
		// A change said with a named track ("like X but slower") is kept
		// in the state as a shift, which a refinement replaces with its
		// own: pin it to the tempo or energy that turn asked for, so that
		// "nothing by Y" after it keeps it.
		last := s.Turns[n-1].Query
		if prev.EnergyShift != 0 && prev.Energy == nil && last.Energy != nil {
			e := *last.Energy
			prev.Energy = &e
		}
		if prev.TempoShift != 0 && prev.TempoMin == 0 && prev.TempoMax == 0 && !prev.HasTempoPreference() &&
			last.PreferTempoMin+last.PreferTempoMax > 0 {
			prev.PreferTempoMin, prev.PreferTempoMax = int(last.PreferTempoMin+0.5), int(last.PreferTempoMax+0.5)
		}
	}
	if parsed.TempoShift != 0 || parsed.EnergyShift != 0 {
		// "More like the second one but calmer" is calmer than the second
		// one, not than the list it was in: a change said with tracks or
		// artists named is measured from them, as FromRequest measures it.
		q := FromRequest(models.Request{LikeArtists: parsed.LikeArtists, LikeTracks: parsed.LikeTracks}, cat, nil)
		if len(q.Seeds) > 0 || len(ref) == 0 {
			ref = q.Seeds
		}
	}
	if parsed.TempoShift != 0 && prev.TempoMin == 0 && prev.TempoMax == 0 && parsed.TempoMin == 0 && parsed.TempoMax == 0 && !parsed.HasTempoPreference() {
		// Anchor "slower" on what was heard; models.Refine turns it into
		// a preference and never into a filter.
		if b, ok := cat.median(ref, cat.bpm); ok {
			prev.PreferTempoMin, prev.PreferTempoMax = int(b+0.5), int(b+0.5)
		}
	}
	if parsed.EnergyShift != 0 && parsed.Energy == nil {
		if e, ok := cat.median(ref, cat.energy); ok && (prev.Energy == nil || len(s.Turns) > 0) {
			prev.Energy = &e
		}
	}
	if parsed.EraShift != 0 && parsed.YearMin == 0 && parsed.YearMax == 0 {
		// "like X but newer" is newer than X: the median year of the
		// tracks named. "older" after a request that said no era is
		// measured from what was heard, and goes at least as far as the
		// word alone does ("older" after a list of every era still
		// prefers old music, up to 1989), further when the list was old
		// already. A refinement of a request that said an era moves that
		// era (models.Refine), and a new topic with nothing named keeps
		// its own ("older hip hop" after a rock list).
		named := len(parsed.LikeArtists)+len(parsed.LikeTracks) > 0
		eraRef := ref
		if named {
			eraRef = FromRequest(models.Request{LikeArtists: parsed.LikeArtists, LikeTracks: parsed.LikeTracks}, cat, nil).Seeds
		}
		lo, hi := prev.Era()
		if y, ok := cat.medianYear(eraRef); ok {
			shiftMin, shiftMax := parsed.ShiftedEra(y, y)
			switch {
			case named:
				parsed.PreferYearMin, parsed.PreferYearMax = shiftMin, shiftMax
			case isRefinement(parsed) && lo == 0 && hi == 0:
				if shiftMax > 0 && shiftMax < parsed.PreferYearMax {
					parsed.PreferYearMax = shiftMax
				}
				parsed.PreferYearMin = max(parsed.PreferYearMin, shiftMin)
			}
		}
	}
	if len(s.Turns) == 0 && prev.Equal(models.Request{}) {
		// Nothing to refine, but shifts still need applying.
		if parsed.TempoShift == 0 && parsed.EnergyShift == 0 {
			return parsed
		}
	}
	if !isRefinement(parsed) {
		// A new topic starts afresh; only what the person ruled out stays.
		// Every kind of refusal stays: artists, genres, moods,
		// instruments (and "no vocals"), and titles.
		fresh := parsed
		fresh.ExcludeArtists = append(slices.Clone(prev.ExcludeArtists), parsed.ExcludeArtists...)
		fresh.ExcludeGenres = append(slices.Clone(prev.ExcludeGenres), parsed.ExcludeGenres...)
		fresh.ExcludeMoods = append(slices.Clone(prev.ExcludeMoods), parsed.ExcludeMoods...)
		fresh.ExcludeInstruments = append(slices.Clone(prev.ExcludeInstruments), parsed.ExcludeInstruments...)
		fresh.ExcludeTitles = append(slices.Clone(prev.ExcludeTitles), parsed.ExcludeTitles...)
		fresh.ExcludeContexts = append(slices.Clone(prev.ExcludeContexts), parsed.ExcludeContexts...)
		fresh.Instrumental = fresh.Instrumental || prev.Instrumental
		if fresh.Familiarity == nil {
			fresh.Familiarity = prev.Familiarity
		}
		return fresh.Validate()
	}
	return models.Refine(prev, parsed)
}

// unheardOf reports whether a message's only topic is words the reader
// did not understand and that no track's tags, names or note hold: a
// search for them would find nothing.
func unheardOf(r models.Request, cat *Catalog) bool {
	if len(r.SearchWords) == 0 {
		return false
	}
	for _, w := range r.SearchWords {
		if !slices.Contains(r.NotUnderstood, w) {
			return false
		}
	}
	if len(cat.lex.shareOfTerms(tokenize(strings.Join(r.SearchWords, " ")))) > 0 {
		return false
	}
	r.SearchWords = nil
	return isRefinement(r)
}

// isRefinement reports whether a message changes the current request
// ("slower", "more like the third one", "no more of that artist", "no
// jazz", "make it 20 minutes") rather than asking for something new ("40
// minutes for a run", "calm piano", "like Careless Love but calmer"): it
// refines when it refers to the list or says a relative change of it, or
// when it names no new topic; a track or artist named to sound like is a
// new topic, and a change said with it is relative to it.
func isRefinement(r models.Request) bool {
	named := len(r.LikeArtists) > 0
	for _, l := range r.LikeTracks {
		if strings.HasPrefix(l, "track:") || ordinalRef(l) > 0 {
			return true
		}
		named = true
	}
	if named && !r.Different && !r.AvoidLastArtist {
		// "like Fog Over Meridian but faster" is about that track, not
		// the list before: its change is relative to the track named.
		return false
	}
	if r.TempoShift != 0 || r.EnergyShift != 0 || r.Different || r.AvoidLastArtist || r.Qualifies {
		return true
	}
	topic := len(r.Moods) > 0 || len(r.Genres) > 0 || len(r.LikeArtists) > 0 || len(r.LikeTracks) > 0 ||
		r.Activity != "" || r.TimeOfDay != "" || r.Setting != "" || r.Energy != nil ||
		r.TempoMin > 0 || r.TempoMax > 0 || r.HasTempoPreference() || r.Mode != "" || r.Instrumental ||
		len(r.Instruments) > 0 || len(r.SearchWords) > 0
	return !topic
}

// Record appends a turn with what it showed.
func (s *Session) Record(text string, parsed, state models.Request, q Query, res Result, cat *Catalog, now time.Time) {
	t := Turn{Text: text, Parsed: parsed, State: state, Query: q, Result: res, At: now}
	t.Query.Vector = nil
	if state.AvoidLastArtist {
		t.AvoidArtist = lastArtist(cat, s)
	}
	s.Turns = append(s.Turns, t)
	s.Updated = now
}

// Undo removes the last turn, so the state and the last list are those
// of the turn before.
func (s *Session) Undo() error {
	if len(s.Turns) == 0 {
		return ErrNothingToUndo
	}
	s.Turns = s.Turns[:len(s.Turns)-1]
	return nil
}

// Marshal returns the session as JSON.
func (s *Session) Marshal() ([]byte, error) { return json.Marshal(s) }

// UnmarshalSession reads a session written by Marshal.
func UnmarshalSession(b []byte) (*Session, error) {
	var s Session
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("read session: %w", err)
	}
	return &s, nil
}

// trackRef names a track by ID in a request, for FromRequest.
func trackRef(id library.TrackID) string { return fmt.Sprintf("track:%d", id) }
