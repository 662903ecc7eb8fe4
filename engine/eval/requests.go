package eval

import (
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"time"

	"sleeve/engine"
	"sleeve/models/vocab"
)

// Request is a natural-language request with what its relevance is
// graded on (hidden from the engine, which only sees the text) and the
// hard constraints a list must obey.
type Request struct {
	// Text is the message; Turns are the messages before it in the same
	// session, oldest first.
	Text  string
	Turns []string

	// Graded attributes. Genres are genres of beets' tree: a track whose
	// genre is in one of their subtrees earns 2, one played in a related
	// template 1, before the rest is weighed, and the genre comes first
	// (see Grade). Sounds are templates wanted the same way. Moods,
	// contexts and instruments match when any one does; Energy and Tempo
	// are true ranges (a beatless track counts as slow, at most 100 BPM);
	// Vocals, when set, asks for vocals or none.
	Genres      []string
	Sounds      []string
	Moods       []string
	Contexts    []string
	Instruments []string
	Energy      [2]float64
	Tempo       [2]float64
	Minor       *bool
	Vocals      *bool
	// Years is the release years wanted (a decade), inclusive; 0 is open.
	Years [2]int
	// LikeArtist and LikeTitle name what the music should sound like:
	// tracks in its template earn 2, related ones 1; Calmer asks for less
	// energy than it, Livelier for more, Faster for a quicker tempo and
	// Slower for a slower one (a beatless track counts as slow), each
	// measured from the track's own or the artist's own (the mean of its
	// tracks, Fixture.ArtistTempo), never from its template's nominal one.
	LikeArtist, LikeTitle            string
	Calmer, Livelier, Faster, Slower bool
	// Search is a word of titles, artists or albums: only tracks whose
	// title, artist or album holds it are relevant (grade 3).
	Search string
	// Avoid are templates the request moves away from ("something
	// completely different" after them): their tracks earn nothing.
	Avoid []string

	// Hard constraints. ExcludeArtist excludes every artist whose
	// normalised name starts with its words; ExcludeGenres are the words
	// the person left out ("metal", "game music", "dance music"), which
	// rule out what the vocabulary says they do (vocab.Excludes, the
	// engine's definition too); HardBPM is an explicit tempo range.
	// ExcludeInstruments only zero the grade (instruments are not measured).
	ExcludeArtist      string
	ExcludeGenres      []string
	ExcludeInstruments []string
	HardBPM            [2]float64
	Count              int
	Duration           time.Duration
	// Full asks for a full list of ten: enough tracks fit.
	Full bool
	// Failure marks a request from the failures of issue 12.
	Failure bool

	// Train marks the requests used for tuning and feedback; the others
	// are held out. Fresh marks the second batch (freshRequests) and
	// Sealed the sealed batches (sealedRequests, sealed2Requests,
	// sealed3Requests, sealed4Requests, sealed5Requests, sealed6Requests,
	// sealed7Requests, sealed8Requests, sealed9Requests,
	// sealed10Requests, sealed11Requests, sealed12Requests,
	// sealed13Requests, sealed14Requests), each
	// held out and reported on its own; Batch names the sealed batch a
	// request belongs to, as the report labels it.
	Train, Fresh, Sealed bool
	Batch                string
}

func yes() *bool { b := true; return &b }
func no() *bool  { b := false; return &b }

// slow and fast are what tempo words mean for grading.
var (
	slow = [2]float64{0, 100}
	fast = [2]float64{122, 0}
)

// Requests returns the request set of the tree catalogue: at least 300
// ordinary phrasings, written before any tuning (see the commit that
// added them) and split into training and held-out halves by a hash of
// their text. Artist names come from the catalogue.
func Requests(f *Fixture) []Request {
	artistOf := func(tmpl string, n int) string {
		k := 0
		for a, s := range f.ArtistStyle {
			if f.Styles[s].Genre == tmpl && f.Artists[a] != "Freedoom Project" {
				if k == n {
					return f.Artists[a]
				}
				k++
			}
		}
		return ""
	}
	jazzA, bluesA, rockA, metalA, popA := artistOf("jazz", 0), artistOf("blues", 0), artistOf("rock", 1), artistOf("metal", 0), artistOf("pop", 0)
	classA, folkA, danceA, soulA, hipA := artistOf("classical", 0), artistOf("folk", 0), artistOf("dance", 2), artistOf("soul", 0), artistOf("hip hop", 1)
	ambA, countryA, jazzB, latinA := artistOf("ambient", 0), artistOf("country", 0), artistOf("jazz", 1), artistOf("latin", 0)

	rs := []Request{
		// The failures of issue 12, each as the person typed it.
		{Text: "bluesy, jazzy grooves", Genres: []string{"blues", "jazz"}, Full: true, Failure: true},
		{Text: "jazzy", Turns: []string{"music for running"}, Genres: []string{"jazz"}, Failure: true},
		{Text: "boogie", Search: "boogie", Failure: true},
		{Text: "no game music", ExcludeGenres: []string{"game music"}, Full: true, Failure: true},
		{Text: "nothing by Freedoom", ExcludeArtist: "freedoom", Full: true, Failure: true},
		{Text: "like Careless Love but calmer", LikeTitle: "Careless Love", Calmer: true, Failure: true},
		{Text: "calmer", Turns: []string{"at least 110 bpm"}, Energy: [2]float64{0, 0.55}, Failure: true},
		{Text: "calm piano for a rainy evening", Moods: []string{"calm", "peaceful", "mellow"}, Instruments: []string{"piano"}, Energy: [2]float64{0, 0.45}, Failure: true},
		{Text: "something dark and slow", Moods: []string{"dark", "mysterious", "melancholic"}, Tempo: slow, Energy: [2]float64{0, 0.55}, Full: true, Failure: true},
		{Text: "jazz", Genres: []string{"jazz"}, Full: true, Failure: true},
		{Text: "some blues", Genres: []string{"blues"}, Full: true, Failure: true},
		{Text: "play me some jazz please", Genres: []string{"jazz"}, Full: true, Failure: true},

		// Moods.
		{Text: "something melancholic", Moods: []string{"melancholic", "sad", "wistful"}, Energy: [2]float64{0, 0.55}},
		{Text: "sad songs", Moods: []string{"melancholic", "sad", "wistful"}, Energy: [2]float64{0, 0.55}},
		{Text: "I feel sad, play something that fits", Moods: []string{"melancholic", "sad", "wistful"}, Energy: [2]float64{0, 0.55}},
		{Text: "happy upbeat music", Moods: []string{"happy", "uplifting", "playful"}, Energy: [2]float64{0.5, 1}},
		{Text: "cheerful tunes", Moods: []string{"happy", "uplifting", "playful"}, Energy: [2]float64{0.4, 1}},
		{Text: "something dreamy", Moods: []string{"dreamy"}, Energy: [2]float64{0, 0.5}},
		{Text: "dark and brooding", Moods: []string{"dark", "moody", "mysterious"}},
		{Text: "romantic music", Moods: []string{"romantic", "sensual", "warm"}},
		{Text: "epic soundscapes", Moods: []string{"epic"}},
		{Text: "angry music", Moods: []string{"angry", "aggressive"}, Energy: [2]float64{0.7, 1}},
		{Text: "peaceful music", Moods: []string{"peaceful", "calm"}, Energy: [2]float64{0, 0.4}},
		{Text: "nostalgic songs", Moods: []string{"nostalgic", "wistful"}},
		{Text: "something mysterious", Moods: []string{"mysterious", "dark", "tense"}},
		{Text: "mellow vibes", Moods: []string{"mellow", "calm", "warm"}, Energy: [2]float64{0, 0.5}},
		{Text: "chill music", Moods: []string{"mellow", "calm", "dreamy"}, Energy: [2]float64{0, 0.45}},
		{Text: "something relaxing", Moods: []string{"calm", "peaceful", "mellow"}, Energy: [2]float64{0, 0.4}},
		{Text: "energetic stuff", Moods: []string{"energetic", "intense"}, Energy: [2]float64{0.7, 1}},
		{Text: "intense music", Moods: []string{"intense", "energetic", "aggressive"}, Energy: [2]float64{0.7, 1}},
		{Text: "groovy tunes", Moods: []string{"groovy"}},
		{Text: "something warm and cosy", Moods: []string{"warm", "mellow"}, Energy: [2]float64{0, 0.6}},
		{Text: "uplifting music", Moods: []string{"uplifting", "happy", "hopeful"}, Energy: [2]float64{0.4, 1}},
		{Text: "playful songs", Moods: []string{"playful", "happy"}},
		{Text: "sensual music", Moods: []string{"sensual", "romantic"}},
		{Text: "euphoric tracks", Moods: []string{"euphoric", "energetic"}, Energy: [2]float64{0.65, 1}},
		{Text: "hopeful music", Moods: []string{"hopeful", "uplifting"}},
		{Text: "wistful songs", Moods: []string{"wistful", "nostalgic", "melancholic"}},
		{Text: "tense, nervous music", Moods: []string{"tense", "dark", "mysterious"}},
		{Text: "quiet music", Energy: [2]float64{0, 0.35}},
		{Text: "loud music", Energy: [2]float64{0.75, 1}},
		{Text: "soft and gentle", Moods: []string{"calm", "peaceful", "mellow"}, Energy: [2]float64{0, 0.35}},
		{Text: "moody tracks", Moods: []string{"moody", "dark", "melancholic"}},
		{Text: "aggressive music", Moods: []string{"aggressive", "angry", "intense"}, Energy: [2]float64{0.75, 1}},
		{Text: "reflective music", Moods: []string{"reflective", "calm", "wistful"}},
		{Text: "something sunny", Moods: []string{"happy", "bright", "uplifting"}},
		{Text: "gloomy music", Moods: []string{"dark", "melancholic"}},
		{Text: "feel-good music", Moods: []string{"happy", "uplifting", "playful"}, Energy: [2]float64{0.45, 1}},
		{Text: "something soothing", Moods: []string{"calm", "peaceful"}, Energy: [2]float64{0, 0.4}},

		// Activities, settings and times of day.
		{Text: "music for studying", Contexts: []string{"studying", "focus", "reading"}, Energy: [2]float64{0, 0.45}},
		{Text: "something to focus on work", Contexts: []string{"focus", "studying", "working"}, Energy: [2]float64{0, 0.5}},
		{Text: "workout mix", Contexts: []string{"working out", "running"}, Energy: [2]float64{0.7, 1}},
		{Text: "gym music", Contexts: []string{"working out", "running"}, Energy: [2]float64{0.7, 1}},
		{Text: "music for running", Contexts: []string{"running", "working out"}, Energy: [2]float64{0.65, 1}},
		{Text: "songs for a dinner party", Contexts: []string{"dinner party"}, Energy: [2]float64{0.2, 0.65}},
		{Text: "cooking music", Contexts: []string{"cooking", "dinner party"}, Energy: [2]float64{0.3, 0.75}},
		{Text: "music for a road trip", Contexts: []string{"road trip", "driving"}, Energy: [2]float64{0.45, 0.9}},
		{Text: "driving music", Contexts: []string{"driving", "road trip"}, Energy: [2]float64{0.45, 0.9}},
		{Text: "late night listening", Contexts: []string{"late night"}, Energy: [2]float64{0, 0.5}},
		{Text: "music for a quiet evening", Energy: [2]float64{0.1, 0.55}},
		{Text: "morning coffee music", Contexts: []string{"morning"}, Energy: [2]float64{0.3, 0.7}, Moods: []string{"happy", "warm", "bright", "mellow"}},
		{Text: "wake-up music for the morning", Contexts: []string{"morning"}, Energy: [2]float64{0.4, 0.85}, Moods: []string{"happy", "uplifting", "bright"}},
		{Text: "rainy day music", Contexts: []string{"rainy day"}, Energy: [2]float64{0, 0.5}},
		{Text: "something to fall asleep to", Contexts: []string{"sleeping"}, Energy: [2]float64{0, 0.3}},
		{Text: "music for sleeping", Contexts: []string{"sleeping", "meditation"}, Energy: [2]float64{0, 0.3}},
		{Text: "party music", Contexts: []string{"party", "dancing"}, Energy: [2]float64{0.65, 1}},
		{Text: "songs to dance to", Contexts: []string{"dancing", "party"}, Energy: [2]float64{0.65, 1}},
		{Text: "meditation music", Contexts: []string{"meditation", "sleeping"}, Energy: [2]float64{0, 0.3}},
		{Text: "background music for work", Contexts: []string{"background", "working", "focus"}, Energy: [2]float64{0, 0.5}},
		{Text: "music for reading", Contexts: []string{"reading", "studying"}, Energy: [2]float64{0, 0.45}},
		{Text: "commute playlist", Contexts: []string{"commute", "driving"}, Energy: [2]float64{0.35, 0.85}},
		{Text: "music for a sunday afternoon", Energy: [2]float64{0.2, 0.65}},
		{Text: "something for the beach", Moods: []string{"happy", "mellow", "warm"}, Energy: [2]float64{0.35, 0.8}},
		{Text: "winding down after work", Energy: [2]float64{0, 0.4}, Moods: []string{"calm", "mellow"}},
		{Text: "music for a celebration", Contexts: []string{"party", "dancing", "celebration"}, Energy: [2]float64{0.6, 1}},
		{Text: "cleaning the house music", Energy: [2]float64{0.55, 1}},
		{Text: "study session, no vocals", Contexts: []string{"studying", "focus"}, Energy: [2]float64{0, 0.5}, Vocals: no()},
		{Text: "something for midnight", Contexts: []string{"late night"}, Energy: [2]float64{0, 0.5}},
		{Text: "afternoon tunes", Energy: [2]float64{0.4, 0.8}},

		// Tempo words and numbers.
		{Text: "slow songs", Tempo: slow, Full: true},
		{Text: "something slow", Tempo: slow, Full: true},
		{Text: "something fast", Tempo: fast},
		{Text: "upbeat music", Tempo: fast, Energy: [2]float64{0.55, 1}},
		{Text: "mid-tempo tracks", Tempo: [2]float64{95, 125}},
		{Text: "around 90 bpm", Tempo: [2]float64{84, 96}},
		{Text: "about 120 bpm", Tempo: [2]float64{114, 126}},
		{Text: "between 110 and 130 bpm", HardBPM: [2]float64{110, 130}, Tempo: [2]float64{110, 130}},
		{Text: "under 100 bpm", HardBPM: [2]float64{0, 100}, Tempo: [2]float64{40, 100}},
		{Text: "over 140 bpm", HardBPM: [2]float64{140, 0}, Tempo: [2]float64{140, 0}},
		{Text: "at least 150 bpm", HardBPM: [2]float64{150, 0}, Tempo: [2]float64{150, 0}},
		{Text: "no faster than 90 bpm", HardBPM: [2]float64{0, 90}, Tempo: [2]float64{40, 90}},
		{Text: "80-100 bpm", HardBPM: [2]float64{80, 100}, Tempo: [2]float64{80, 100}},
		{Text: "120 to 125 bpm", HardBPM: [2]float64{120, 125}, Tempo: [2]float64{120, 125}},
		{Text: "slow jazz", Genres: []string{"jazz"}, Tempo: slow},
		{Text: "fast punk", Genres: []string{"punk rock"}, Tempo: fast},
		{Text: "slow blues", Genres: []string{"blues"}, Tempo: slow},
		{Text: "fast electronic music", Genres: []string{"electronic"}, Tempo: fast},
		{Text: "slow and quiet", Tempo: slow, Energy: [2]float64{0, 0.35}, Full: true},
		{Text: "really slow music", Tempo: [2]float64{0, 85}},
		{Text: "something quick", Tempo: fast},
		{Text: "high tempo tracks for cardio", Tempo: fast, Contexts: []string{"running", "working out"}, Energy: [2]float64{0.65, 1}},
		{Text: "slow and dreamy", Tempo: slow, Moods: []string{"dreamy", "calm"}},
		{Text: "fast and loud", Tempo: fast, Energy: [2]float64{0.75, 1}},
		{Text: "rock under 120 bpm", Genres: []string{"rock"}, HardBPM: [2]float64{0, 120}, Tempo: [2]float64{40, 120}},
		{Text: "dance music around 128 bpm", Sounds: []string{"dance"}, Tempo: [2]float64{122, 134}},
		{Text: "jazz over 100 bpm", Genres: []string{"jazz"}, HardBPM: [2]float64{100, 0}, Tempo: [2]float64{100, 0}},
		{Text: "hip hop at 90 bpm", Genres: []string{"hip hop"}, Tempo: [2]float64{85, 95}},
		{Text: "slowish, around 70 bpm", Tempo: [2]float64{62, 78}},
		{Text: "leisurely tempo", Tempo: slow},
		{Text: "brisk, quick music", Tempo: fast},
		{Text: "uptempo songs", Tempo: fast},

		// Negations and exclusions.
		{Text: "anything but metal", ExcludeGenres: []string{"metal"}, Full: true},
		{Text: "no metal please", ExcludeGenres: []string{"metal"}, Full: true},
		{Text: "relaxing music, no jazz", Moods: []string{"calm", "peaceful", "mellow"}, Energy: [2]float64{0, 0.45}, ExcludeGenres: []string{"jazz"}},
		{Text: "chill music without electronic stuff", Moods: []string{"mellow", "calm", "dreamy"}, Energy: [2]float64{0, 0.5}, ExcludeGenres: []string{"electronic"}},
		{Text: "anything except country", ExcludeGenres: []string{"country"}, Full: true},
		{Text: "no country music", ExcludeGenres: []string{"country"}, Full: true},
		{Text: "no video game music", ExcludeGenres: []string{"game music"}, Full: true},
		{Text: "nothing from games", ExcludeGenres: []string{"game music"}, Full: true},
		{Text: "something upbeat, no game soundtracks", Tempo: fast, Energy: [2]float64{0.55, 1}, ExcludeGenres: []string{"game music"}},
		{Text: "without drums", ExcludeInstruments: []string{"drums", "drum machine"}},
		{Text: "calm music without vocals", Moods: []string{"calm", "peaceful"}, Energy: [2]float64{0, 0.45}, Vocals: no()},
		{Text: "instrumental music", Vocals: no()},
		{Text: "instrumental jazz", Genres: []string{"jazz"}, Vocals: no()},
		{Text: "no singing, just music for focus", Vocals: no(), Contexts: []string{"focus", "studying"}, Energy: [2]float64{0, 0.5}},
		{Text: "nothing by " + jazzA, Genres: nil, ExcludeArtist: norm(jazzA), Full: true},
		{Text: "jazz, but nothing by " + jazzA, Genres: []string{"jazz"}, ExcludeArtist: norm(jazzA)},
		{Text: "blues but not " + bluesA, Genres: []string{"blues"}, ExcludeArtist: norm(bluesA)},
		{Text: "skip " + rockA, ExcludeArtist: norm(rockA), Full: true},
		{Text: "rock without " + rockA, Genres: []string{"rock"}, ExcludeArtist: norm(rockA)},
		{Text: "heavy music, nothing by " + metalA, Sounds: []string{"metal", "punk"}, Energy: [2]float64{0.8, 1}, ExcludeArtist: norm(metalA)},
		{Text: "happy pop, nothing from " + popA, Genres: []string{"pop"}, Moods: []string{"happy", "uplifting"}, ExcludeArtist: norm(popA)},
		{Text: "no hip hop", ExcludeGenres: []string{"hip hop"}, Full: true},
		{Text: "no rap", ExcludeGenres: []string{"hip hop"}, Full: true},
		{Text: "anything but classical", ExcludeGenres: []string{"classical"}, Full: true},
		{Text: "party music but no techno", Contexts: []string{"party", "dancing"}, Energy: [2]float64{0.6, 1}, ExcludeGenres: []string{"techno"}},
		{Text: "no rock, something calm", ExcludeGenres: []string{"rock"}, Moods: []string{"calm", "peaceful", "mellow"}, Energy: [2]float64{0, 0.45}},
		{Text: "avoid Freedoom Project", ExcludeArtist: "freedoom project", Full: true},
		{Text: "energetic music, nothing by freedoom", Energy: [2]float64{0.65, 1}, Moods: []string{"energetic", "intense"}, ExcludeArtist: "freedoom"},
		{Text: "not too loud", Energy: [2]float64{0, 0.6}},
		{Text: "nothing too fast", Tempo: [2]float64{0, 115}},
		{Text: "nothing sad", Moods: []string{"happy", "uplifting", "warm", "playful", "groovy"}},
		{Text: "no saxophone", ExcludeInstruments: []string{"saxophone"}},
		{Text: "folk, no banjo", Genres: []string{"folk"}, ExcludeInstruments: []string{"banjo"}},
		{Text: "electronic music but no dance stuff", Genres: []string{"electronic"}, ExcludeGenres: []string{"dance music"}},
		{Text: "no reggae", ExcludeGenres: []string{"reggae"}, Full: true},
		{Text: "except for pop", ExcludeGenres: []string{"pop"}, Full: true},
		{Text: "anything, just no punk", ExcludeGenres: []string{"punk"}, Full: true},

		// Titles and artists.
		{Text: "like " + jazzA, LikeArtist: jazzA},
		{Text: "sounds like " + classA, LikeArtist: classA},
		{Text: "more like " + folkA, LikeArtist: folkA},
		{Text: "something similar to " + danceA, LikeArtist: danceA},
		{Text: "music like " + soulA + " but calmer", LikeArtist: soulA, Calmer: true},
		{Text: "like " + hipA, LikeArtist: hipA},
		{Text: "in the style of " + ambA, LikeArtist: ambA},
		{Text: "like " + countryA + " but faster", LikeArtist: countryA, Faster: true},
		{Text: "like " + latinA, LikeArtist: latinA},
		{Text: "songs like Careless Love", LikeTitle: "Careless Love"},
		{Text: "something like Rainy Night in Georgia", LikeTitle: "Rainy Night in Georgia"},
		{Text: "like Kraken Attack but calmer", LikeTitle: "Kraken Attack", Calmer: true},
		{Text: "more like Lullaby for Lanterns", LikeTitle: "Lullaby for Lanterns"},
		{Text: "like sunday morning coffee", LikeTitle: "Sunday Morning Coffee"},
		{Text: "boogie tracks", Search: "boogie"},
		{Text: "anything with boogie in the title", Search: "boogie"},
		{Text: "kraken", Search: "kraken"},
		{Text: "lullaby", Search: "lullaby"},
		{Text: "georgia", Search: "georgia"},
		{Text: "careless", Search: "careless"},
		{Text: "songs called coffee", Search: "coffee"},
		{Text: "freedoom", Search: "freedoom"},
		{Text: "play some " + jazzB, LikeArtist: jazzB},
		{Text: "like " + bluesA + " and " + jazzB, Sounds: []string{"blues", "jazz"}},

		// Conversations: a later message refines or replaces an earlier one.
		{Text: "slower", Turns: []string{"jazz"}, Genres: []string{"jazz"}, Tempo: [2]float64{0, 92}},
		{Text: "more energy", Turns: []string{"rock"}, Genres: []string{"rock"}, Energy: [2]float64{0.75, 1}},
		{Text: "something completely different", Turns: []string{"jazz"}, Avoid: []string{"jazz"}},
		{Text: "something completely different", Turns: []string{"heavy metal"}, Avoid: []string{"metal"}},
		{Text: "no country", Turns: []string{"folk"}, Genres: []string{"folk"}, ExcludeGenres: []string{"country"}},
		{Text: "calmer", Turns: []string{"rock"}, Genres: []string{"rock"}, Energy: [2]float64{0, 0.7}},
		{Text: "faster", Turns: []string{"blues"}, Genres: []string{"blues"}, Tempo: [2]float64{95, 0}},
		{Text: "make it instrumental", Turns: []string{"jazz"}, Genres: []string{"jazz"}, Vocals: no()},
		{Text: "happier", Turns: []string{"folk"}, Genres: []string{"folk"}, Moods: []string{"happy", "hopeful", "uplifting", "warm"}},
		{Text: "now something for running", Turns: []string{"calm piano"}, Contexts: []string{"running", "working out"}, Energy: [2]float64{0.65, 1}},
		{Text: "no more jazz", Turns: []string{"jazz"}, ExcludeGenres: []string{"jazz"}},
		{Text: "darker", Turns: []string{"ambient"}, Genres: []string{"ambient"}, Moods: []string{"dark", "mysterious"}},
		{Text: "and nothing by Freedoom", Turns: []string{"energetic music"}, Energy: [2]float64{0.65, 1}, ExcludeArtist: "freedoom"},
		{Text: "but slower", Turns: []string{"music for a road trip"}, Contexts: []string{"road trip", "driving"}, Tempo: [2]float64{0, 110}},
		{Text: "calmer", Turns: []string{"dance music"}, Sounds: []string{"dance", "electronica", "disco"}, Energy: [2]float64{0, 0.8}},
		{Text: "bluesy", Turns: []string{"something relaxing"}, Genres: []string{"blues"}},
		{Text: "funkier", Turns: []string{"soul"}, Genres: []string{"funk", "soul"}},
		{Text: "without vocals", Turns: []string{"chill music"}, Moods: []string{"mellow", "calm", "dreamy"}, Vocals: no()},
		{Text: "only 5", Turns: []string{"classical"}, Genres: []string{"classical"}, Count: 5},
		{Text: "make it 20 minutes", Turns: []string{"reggae"}, Genres: []string{"reggae"}, Duration: 20 * time.Minute},
		{Text: "something completely different", Turns: []string{"music for sleeping"}, Avoid: []string{"ambient"}, Energy: [2]float64{0.4, 1}},
		{Text: "jazzier", Turns: []string{"late night listening"}, Genres: []string{"jazz"}, Contexts: []string{"late night"}},
		{Text: "no game music", Turns: []string{"something upbeat"}, Tempo: fast, ExcludeGenres: []string{"game music"}},
		{Text: "even slower", Turns: []string{"slow songs"}, Tempo: [2]float64{0, 85}},
		{Text: "more upbeat", Turns: []string{"folk"}, Genres: []string{"folk"}, Energy: [2]float64{0.45, 1}},

		// Lengths and counts.
		{Text: "20 minutes of ambient", Genres: []string{"ambient"}, Duration: 20 * time.Minute},
		{Text: "half an hour of jazz", Genres: []string{"jazz"}, Duration: 30 * time.Minute},
		{Text: "an hour of rock", Genres: []string{"rock"}, Duration: time.Hour},
		{Text: "5 blues songs", Genres: []string{"blues"}, Count: 5},
		{Text: "a dozen pop tracks", Genres: []string{"pop"}, Count: 12},
		{Text: "15 minutes of something calm", Moods: []string{"calm", "peaceful"}, Energy: [2]float64{0, 0.4}, Duration: 15 * time.Minute},
		{Text: "three techno tracks", Genres: []string{"techno"}, Count: 3},
		{Text: "give me 20 songs for a party", Contexts: []string{"party", "dancing"}, Energy: [2]float64{0.6, 1}, Count: 20},
		{Text: "45 minutes for a run", Contexts: []string{"running", "working out"}, Energy: [2]float64{0.65, 1}, Duration: 45 * time.Minute},
		{Text: "a 40 minute workout", Contexts: []string{"working out", "running"}, Energy: [2]float64{0.7, 1}, Duration: 40 * time.Minute},
		{Text: "8 classical pieces", Genres: []string{"classical"}, Count: 8},
		{Text: "ten songs to study to", Contexts: []string{"studying", "focus"}, Energy: [2]float64{0, 0.45}, Count: 10},
		{Text: "an hour of music for sleeping", Contexts: []string{"sleeping"}, Energy: [2]float64{0, 0.3}, Duration: time.Hour},
		{Text: "two hours of background music", Contexts: []string{"background", "working", "focus"}, Energy: [2]float64{0, 0.5}, Duration: 2 * time.Hour},
		{Text: "6 funky tracks", Genres: []string{"funk"}, Count: 6},
		{Text: "thirty minutes of hip hop", Genres: []string{"hip hop"}, Duration: 30 * time.Minute},
		{Text: "4 slow songs", Tempo: slow, Count: 4},
		{Text: "25 tracks, anything but metal", ExcludeGenres: []string{"metal"}, Count: 25},

		// Combinations.
		{Text: "energetic rock for the gym", Genres: []string{"rock"}, Energy: [2]float64{0.7, 1}, Contexts: []string{"working out"}},
		{Text: "dark techno for late night", Genres: []string{"techno"}, Moods: []string{"dark"}},
		{Text: "bluesy jazz for a dinner party", Genres: []string{"blues", "jazz"}, Contexts: []string{"dinner party"}},
		{Text: "mellow jazz for a dinner party", Genres: []string{"jazz"}, Moods: []string{"mellow", "warm"}},
		{Text: "peaceful ambient for sleeping", Genres: []string{"ambient"}, Energy: [2]float64{0, 0.3}},
		{Text: "acoustic folk for a rainy day", Genres: []string{"folk"}, Instruments: []string{"acoustic guitar"}},
		{Text: "classical music in a minor key", Genres: []string{"classical"}, Minor: yes()},
		{Text: "happy songs in a major key", Moods: []string{"happy", "uplifting"}, Minor: no()},
		{Text: "sad piano", Moods: []string{"melancholic", "sad", "wistful"}, Instruments: []string{"piano"}},
		{Text: "romantic soul for a date night", Genres: []string{"soul"}, Moods: []string{"romantic", "sensual"}},
		{Text: "angry punk", Genres: []string{"punk rock"}, Moods: []string{"angry", "energetic"}},
		{Text: "groovy funk for cooking", Genres: []string{"funk"}, Moods: []string{"groovy"}},
		{Text: "chill hip hop for studying", Genres: []string{"hip hop"}, Energy: [2]float64{0, 0.6}},
		{Text: "upbeat latin music to dance to", Genres: []string{"caribbean and latin american"}, Energy: [2]float64{0.55, 1}},
		{Text: "calm bossa nova for the evening", Genres: []string{"bossa nova", "brazilian"}, Energy: [2]float64{0, 0.45}},
		{Text: "nostalgic country for a road trip", Genres: []string{"country"}, Moods: []string{"nostalgic", "warm"}},
		{Text: "fast drum and bass for running", Genres: []string{"drum and bass"}, Tempo: fast},
		{Text: "dreamy electronic music", Genres: []string{"electronic"}, Moods: []string{"dreamy", "mellow"}},
		{Text: "uplifting pop for the morning", Genres: []string{"pop"}, Moods: []string{"uplifting", "happy", "bright"}},
		{Text: "epic classical with strings", Genres: []string{"classical"}, Instruments: []string{"strings", "violin", "cello"}},
		{Text: "aggressive metal for working out", Genres: []string{"heavy metal"}, Moods: []string{"aggressive", "angry", "intense"}},
		{Text: "mellow reggae for a lazy afternoon", Genres: []string{"reggae"}, Moods: []string{"mellow", "warm"}},
		{Text: "warm soul with organ", Genres: []string{"soul"}, Instruments: []string{"organ"}},
		{Text: "jazz with saxophone", Genres: []string{"jazz"}, Instruments: []string{"saxophone"}},
		{Text: "blues with harmonica", Genres: []string{"blues"}, Instruments: []string{"harmonica"}},
		{Text: "slow sad songs for a rainy night", Tempo: slow, Moods: []string{"melancholic", "sad", "wistful"}},
		{Text: "dark ambient, nothing too loud", Genres: []string{"ambient"}, Moods: []string{"dark", "mysterious"}, Energy: [2]float64{0, 0.4}},
		{Text: "quiet jazz piano", Genres: []string{"jazz"}, Instruments: []string{"piano"}, Energy: [2]float64{0, 0.45}},
		{Text: "happy dance music", Sounds: []string{"dance", "disco"}, Moods: []string{"happy", "euphoric", "playful"}},
		{Text: "something funky and upbeat", Genres: []string{"funk", "disco"}, Tempo: fast},
		{Text: "soulful and slow", Genres: []string{"soul"}, Tempo: slow},
		{Text: "jazzy hip hop", Genres: []string{"jazz", "hip hop"}},
		{Text: "folky and calm", Genres: []string{"folk"}, Energy: [2]float64{0, 0.4}},
		{Text: "rocky and loud", Genres: []string{"rock"}, Energy: [2]float64{0.75, 1}},
		{Text: "something orchestral and epic", Genres: []string{"classical"}, Moods: []string{"epic"}},
		{Text: "punky energy", Genres: []string{"punk rock"}, Energy: [2]float64{0.75, 1}},
		{Text: "bluesy guitar", Genres: []string{"blues"}, Instruments: []string{"electric guitar", "acoustic guitar"}},
		{Text: "funky bass lines", Genres: []string{"funk"}, Instruments: []string{"bass"}},
		{Text: "poppy and bright", Genres: []string{"pop"}, Moods: []string{"bright", "happy"}},
		{Text: "electronic and dark", Genres: []string{"electronic"}, Moods: []string{"dark"}},
		{Text: "ambient and beatless", Genres: []string{"ambient"}, Tempo: slow},
		{Text: "soulful vocals", Genres: []string{"soul"}, Vocals: yes()},
		{Text: "something with a female singer", Vocals: yes()},
	}

	// Genres named by noun and adjective, in several ordinary frames.
	genreWords := []struct {
		words  []string
		genres []string
	}{
		{[]string{"jazz", "jazzy"}, []string{"jazz"}},
		{[]string{"blues", "bluesy"}, []string{"blues"}},
		{[]string{"funk", "funky"}, []string{"funk"}},
		{[]string{"soul", "soulful"}, []string{"soul"}},
		{[]string{"rock", "rocky"}, []string{"rock"}},
		{[]string{"punk", "punky"}, []string{"punk rock"}},
		{[]string{"folk", "folky"}, []string{"folk"}},
		{[]string{"pop", "poppy"}, []string{"pop"}},
		{[]string{"metal", "heavy metal"}, []string{"heavy metal"}},
		{[]string{"electronic", "electronica"}, []string{"electronic"}},
		{[]string{"techno", "techno"}, []string{"techno"}},
		{[]string{"house", "house music"}, []string{"house"}},
		{[]string{"ambient", "ambient"}, []string{"ambient"}},
		{[]string{"classical", "orchestral"}, []string{"classical"}},
		{[]string{"country", "country"}, []string{"country"}},
		{[]string{"reggae", "reggae"}, []string{"reggae"}},
		{[]string{"latin", "latin"}, []string{"caribbean and latin american"}},
		{[]string{"hip hop", "rap"}, []string{"hip hop"}},
		{[]string{"disco", "disco"}, []string{"disco"}},
		{[]string{"drum and bass", "dnb"}, []string{"drum and bass"}},
		{[]string{"trance", "trance"}, []string{"trance"}},
		{[]string{"chiptune", "video game"}, []string{"chiptune"}},
		{[]string{"r&b", "rhythm and blues"}, []string{"rhythm and blues"}},
		{[]string{"african", "african"}, []string{"african"}},
		{[]string{"asian", "asian"}, []string{"asian"}},
		{[]string{"easy listening", "easy listening"}, []string{"easy listening"}},
		{[]string{"experimental", "avant-garde"}, []string{"avant-garde"}},
		{[]string{"bossa nova", "bossa"}, []string{"bossa nova", "brazilian"}},
		{[]string{"downtempo", "downtempo"}, []string{"downtempo"}},
		{[]string{"industrial", "industrial"}, []string{"industrial"}},
		{[]string{"alternative rock", "alt rock"}, []string{"alternative rock"}},
		{[]string{"comedy", "funny"}, []string{"comedy"}},
	}
	nounFrames := []string{"%s", "some %s", "play %s", "I want to hear %s", "%s music please", "put on some %s", "a %s playlist"}
	adjFrames := []string{"something %s", "%s tunes", "I'm in the mood for something %s", "%s tracks"}
	for k, gw := range genreWords {
		for j := range 2 {
			rs = append(rs, Request{Text: frame(nounFrames[(k+j*3)%len(nounFrames)], gw.words[0]), Genres: gw.genres})
		}
		if gw.words[1] != gw.words[0] {
			rs = append(rs, Request{Text: frame(adjFrames[k%len(adjFrames)], gw.words[1]), Genres: gw.genres})
		}
	}
	// Moods with a genre, and activities with a genre.
	moodGenre := []struct {
		mood  string
		moods []string
	}{{"calm", []string{"calm", "peaceful", "mellow"}}, {"happy", []string{"happy", "uplifting", "playful"}},
		{"dark", []string{"dark", "mysterious", "moody"}}, {"energetic", []string{"energetic", "intense"}},
		{"sad", []string{"melancholic", "sad", "wistful"}}, {"romantic", []string{"romantic", "sensual", "warm"}}}
	for k, gw := range genreWords[:18] {
		m := moodGenre[k%len(moodGenre)]
		rs = append(rs, Request{Text: m.mood + " " + gw.words[0], Genres: gw.genres, Moods: m.moods})
	}
	actGenre := []struct {
		phrase string
		ctx    []string
		energy [2]float64
	}{{"for studying", []string{"studying", "focus", "reading"}, [2]float64{0, 0.5}},
		{"for a party", []string{"party", "dancing"}, [2]float64{0.6, 1}},
		{"for driving", []string{"driving", "road trip"}, [2]float64{0.4, 0.9}},
		{"to relax to", []string{"relaxing"}, [2]float64{0, 0.45}}}
	for k, gw := range genreWords[:16] {
		a := actGenre[k%len(actGenre)]
		rs = append(rs, Request{Text: gw.words[1] + " music " + a.phrase, Genres: gw.genres, Contexts: a.ctx, Energy: a.energy})
	}

	rs = append(rs, freshRequests(artistOf)...)
	rs = append(rs, sealedBatch("sealed", sealedRequests(artistOf))...)
	rs = append(rs, sealedBatch("sealed2", sealed2Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed3", sealed3Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed4", sealed4Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed5", sealed5Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed6", sealed6Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed7", sealed7Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed8", sealed8Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed9", sealed9Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed10", sealed10Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed11", sealed11Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed12", sealed12Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed13", sealed13Requests(artistOf))...)
	rs = append(rs, sealedBatch("sealed14", sealed14Requests(artistOf))...)

	// Keep only requests the catalogue can answer, then split by hash.
	var out []Request
	seen := map[string]bool{}
	for _, r := range rs {
		key := strings.Join(append(slices.Clone(r.Turns), r.Text), "\x00")
		if !seen[key] && r.answerable(f) {
			out = append(out, r)
		}
		seen[key] = true
	}
	split(out)
	return out
}

// sealedBatch marks requests as the sealed batch of that name: held out,
// run only to measure, and reported apart under the name.
func sealedBatch(name string, rs []Request) []Request {
	for i := range rs {
		rs[i].Sealed, rs[i].Batch = true, name
	}
	return rs
}

func frame(f, w string) string { return strings.Replace(f, "%s", w, 1) }

// split marks the requests whose text and turns hash to an even number
// for training; the others are held out, and so are the fresh and sealed
// batches. Each
// request's side depends on its own text alone, so adding requests never
// moves another between the halves.
func split(rs []Request) {
	for i := range rs {
		rs[i].Train = !rs[i].Fresh && !rs[i].Sealed && trainSide(rs[i])
	}
}

// trainSide reports whether a request's FNV-1a hash is even.
func trainSide(r Request) bool {
	x := fnv.New64a()
	x.Write([]byte(strings.Join(append(slices.Clone(r.Turns), r.Text), "\x00")))
	return x.Sum64()%2 == 0
}

// answerable reports whether some track of the catalogue is relevant,
// so a request about a genre the catalogue lacks is left out.
func (r Request) answerable(f *Fixture) bool {
	if r.LikeArtist == "" && strings.Contains(r.Text, "like ") && r.LikeTitle == "" && len(r.Sounds) == 0 {
		return false // an artist name the catalogue could not supply
	}
	return slices.Max(r.Grades(f)) >= 2
}

// norm folds a name for prefix matching, as the engine folds artists.
func norm(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}), " ")
}

// inGenre reports whether a track's genre lies in the subtree of g.
func inGenre(t *Track, g string) bool {
	for n := t.Genre; n != ""; n = treeParent[n] {
		if n == g {
			return true
		}
	}
	return false
}

var treeParent = func() map[string]string {
	m := map[string]string{}
	for _, n := range genreTree {
		m[n.Name] = n.Parent
	}
	return m
}()

// trackByTitle finds a track of the catalogue by its exact title.
func (f *Fixture) trackByTitle(title string) *Track {
	for k := range f.Tracks {
		if t := &f.Tracks[k]; t.Row.Title == title && t.DupOf == 0 {
			return t
		}
	}
	return nil
}

func (f *Fixture) artistIndex(name string) int {
	for a, n := range f.Artists {
		if n == name {
			return a
		}
	}
	return -1
}

// Grades returns the request's Grade of every track of the fixture, by
// track position, as ndcg takes them.
func (r Request) Grades(f *Fixture) []int {
	grades := make([]int, len(f.Tracks))
	ofGenre := make([]bool, len(f.Tracks))
	related := 0
	for k := range f.Tracks {
		grades[k], ofGenre[k] = r.fitGrade(f, &f.Tracks[k])
		if !ofGenre[k] {
			related = max(related, grades[k])
		}
	}
	for k := range f.Tracks {
		if ofGenre[k] {
			grades[k] = max(grades[k], 1, related)
		}
	}
	return grades
}

// Grade is the relevance (0–3) of a track to the request, from the
// track's hidden attributes.
//
// A track of a genre (or sound) the request asks for starts at 2, one of
// a merely related genre at 1; that is multiplied by the share of the rest
// of the request (moods, contexts, instruments, energy, tempo, mode,
// vocals, years, calmer and the like) that the track has, plus 1 when it
// has all of it, rounded and at most 3. The genre named is the primary
// constraint, so a track of it that the request does not rule out grades
// at least 1 (it is what was asked for, without the rest) and never below
// the best track of a merely related genre: what a person means by
// "country music at its rainy best" is country, rainy if there is any.
// Before this rule, a catalogue whose country is never rainy graded every
// country track 0 and a rainy folk track 2, rewarding folk for a country
// request; now its country tracks grade 2, as the rainy folk track does.
// Where the genre's own tracks do have the rest, those grade 3 and the
// others 1 or 2, so the rest still orders them. Grades lifts the genre's
// tracks; Grade gives the same value for one track.
func (r Request) Grade(f *Fixture, t *Track) int {
	g, ofGenre := r.fitGrade(f, t)
	if !ofGenre {
		return g
	}
	return r.Grades(f)[f.byID[t.Row.ID]]
}

// fitGrade is a track's grade before the genre asked for is put first
// (Grade), and whether the track is of a genre or sound the request asks
// for and not ruled out.
func (r Request) fitGrade(f *Fixture, t *Track) (grade int, ofGenre bool) {
	if t.NotMusic || t.Undecodable || t.Style < 0 || r.excludes(f, t) {
		return 0, false
	}
	tmpl := f.Styles[t.Style]
	for _, x := range r.ExcludeInstruments {
		if contains(t.Instruments, x) {
			return 0, false
		}
	}
	for _, a := range r.Avoid {
		if tmpl.Genre == a {
			return 0, false
		}
	}
	if r.Search != "" {
		w := r.Search
		if strings.Contains(norm(t.Row.Title), w) || strings.Contains(norm(t.Row.Artist), w) || strings.Contains(norm(t.Row.Album), w) {
			return 3, false
		}
		return 0, false
	}
	g := 2.0
	var seedEnergy, seedBPM float64
	var seedStyle = -1
	switch {
	case r.LikeTitle != "":
		if s := f.trackByTitle(r.LikeTitle); s != nil {
			if s.Group() == t.Group() {
				return 0, false // the track itself
			}
			seedStyle, seedEnergy, seedBPM = s.Style, s.Energy, s.BPM
		}
	case r.LikeArtist != "":
		if a := f.artistIndex(r.LikeArtist); a >= 0 {
			seedStyle, seedEnergy, seedBPM = f.ArtistStyle[a], f.ArtistEnergy[a], f.ArtistTempo(a)
		}
	}
	switch {
	case seedStyle >= 0:
		switch {
		case t.Style == seedStyle:
			g = 2
		case contains(f.Styles[seedStyle].Related, tmpl.Genre):
			g = 1
		default:
			g = 0
		}
	case len(r.Genres) > 0 || len(r.Sounds) > 0:
		g = 0
		for _, want := range r.Genres {
			if inGenre(t, want) {
				g, ofGenre = 2, true
			}
		}
		for _, want := range r.Sounds {
			if tmpl.Genre == want {
				g, ofGenre = 2, true
			}
		}
		if g == 0 && r.relatedTo(f, tmpl.Genre) {
			g = 1
		}
	}
	if g == 0 {
		return 0, false
	}
	var ok, n float64
	anyOf := func(want []string, has func(string) bool) {
		if len(want) == 0 {
			return
		}
		n++
		for _, w := range want {
			if has(w) {
				ok++
				return
			}
		}
	}
	anyOf(r.Moods, func(m string) bool { return t.Moods[m] })
	anyOf(r.Contexts, func(c string) bool { return t.Contexts[c] })
	anyOf(r.Instruments, func(i string) bool { return contains(t.Instruments, i) })
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
	if r.Tempo != [2]float64{} {
		bpm := t.BPM
		if t.Beatless {
			bpm = 60 // no pulse: as slow as music gets
		}
		inRange(bpm, r.Tempo)
	}
	if r.Minor != nil {
		n++
		if t.Minor == *r.Minor {
			ok++
		}
	}
	if r.Vocals != nil {
		n++
		if t.Vocals == *r.Vocals {
			ok++
		}
	}
	if r.Calmer {
		n++
		if t.Energy < seedEnergy-0.05 {
			ok++
		}
	}
	if r.Livelier {
		n++
		if t.Energy > seedEnergy+0.05 {
			ok++
		}
	}
	if r.Faster {
		n++
		if !t.Beatless && t.BPM > seedBPM+5 {
			ok++
		}
	}
	if r.Slower {
		n++
		if t.Beatless || t.BPM < seedBPM-5 {
			ok++
		}
	}
	if r.Years != [2]int{} {
		n++
		if t.Year >= r.Years[0] && (r.Years[1] == 0 || t.Year <= r.Years[1]) {
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
	return int(math.Round(math.Min(3, rel))), ofGenre
}

// relatedTo reports whether a template is related to one the request
// wants by genre or sound, or is the template of a genre it wants.
func (r Request) relatedTo(f *Fixture, tmpl string) bool {
	for _, g := range r.Genres {
		if templateOfGenre(g) == tmpl {
			return true // played the same way as the genre asked for
		}
	}
	for _, st := range f.Styles {
		if !contains(st.Related, tmpl) {
			continue
		}
		if contains(r.Sounds, st.Genre) {
			return true
		}
		for _, g := range r.Genres {
			if templateOfGenre(g) == st.Genre {
				return true
			}
		}
	}
	return false
}

// templateOfGenre is the template most of a genre's subtree is played in.
func templateOfGenre(g string) string { return genreTemplates[g] }

var genreTemplates = func() map[string]string {
	m := map[string]string{}
	for _, n := range genreTree {
		m[n.Name] = computeTemplateOfGenre(n.Name)
	}
	return m
}()

func computeTemplateOfGenre(g string) string {
	var n genreNode
	for _, x := range genreTree {
		if x.Name == g {
			n = x
		}
	}
	sec := ""
	for x := n; x.Parent != ""; x = (genreNode{Name: x.Parent, Parent: treeParent[x.Parent], Branch: n.Branch}) {
		sec = x.Name
	}
	return templateOf(n, sec)
}

// excludes reports whether the request's exclusions rule the track out.
func (r Request) excludes(f *Fixture, t *Track) bool {
	if r.ExcludeArtist != "" {
		a := norm(t.Row.Artist)
		if a == r.ExcludeArtist || strings.HasPrefix(a, r.ExcludeArtist+" ") {
			return true
		}
	}
	for _, x := range r.ExcludeGenres {
		if vocab.Excludes(t.Genre, x) {
			return true
		}
	}
	return false
}

// Violations lists the hard constraints a result breaks: an excluded
// artist, genre or sound; a track that is not music or cannot be decoded;
// two copies of one song; the track a request asked to sound like; a
// tempo outside an explicit range (as measured); a count not met while
// enough tracks were eligible; a length off by more than one track; and a
// short list where a full one was due.
func (r Request) Violations(f *Fixture, res engine.Result) []string {
	var v []string
	var longest time.Duration
	groups := map[int]bool{}
	var seed *Track
	if r.LikeTitle != "" {
		seed = f.trackByTitle(r.LikeTitle)
	}
	for _, it := range res.Items {
		t := f.Track(it.ID)
		if r.excludes(f, t) {
			v = append(v, "excluded "+t.Row.Artist+"/"+t.Genre)
		}
		if t.NotMusic || t.Undecodable {
			v = append(v, "not music or undecodable: "+t.Row.Title)
		}
		if groups[t.Group()] {
			v = append(v, "duplicate: "+t.Row.Title)
		}
		groups[t.Group()] = true
		if seed != nil && seed.Group() == t.Group() {
			v = append(v, "the seed itself: "+t.Row.Title)
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
	if r.Full && len(res.Items) < 10 {
		v = append(v, "short list")
	}
	return v
}
