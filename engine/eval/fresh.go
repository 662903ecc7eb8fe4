package eval

import "time"

// freshRequests are a second batch of ordinary phrasings, written on
// 30 November 2026 after the first set had been used for tuning and before
// any further change to the reader or the ranking (see the commit that
// added them): decades, counts, activities, moods, negations, "like X but
// Y" and misspellings. They are never used for tuning or feedback, so
// their nDCG@10 is the figure that cannot have been tuned to. Artist
// names come from the catalogue, as in Requests.
func freshRequests(artistOf func(tmpl string, n int) string) []Request {
	bluesA, jazzA, popA, classA, danceA := artistOf("blues", 1), artistOf("jazz", 2), artistOf("pop", 1), artistOf("classical", 1), artistOf("dance", 0)
	calm := []string{"calm", "peaceful", "mellow"}
	sad := []string{"melancholic", "sad", "wistful"}
	happy := []string{"happy", "uplifting", "playful"}
	rs := []Request{
		// Decades and years.
		{Text: "80s synth pop", Genres: []string{"synthpop", "new wave"}, Years: [2]int{1980, 1989}},
		{Text: "music from the nineties", Years: [2]int{1990, 1999}, Full: true},
		{Text: "1970s rock", Genres: []string{"rock"}, Years: [2]int{1970, 1979}},
		{Text: "some 60s soul", Genres: []string{"soul"}, Years: [2]int{1960, 1969}},
		{Text: "jazz from the fifties", Genres: []string{"jazz"}, Years: [2]int{1950, 1959}},
		{Text: "2000s hip hop", Genres: []string{"hip hop"}, Years: [2]int{2000, 2009}},
		{Text: "old school hip hop from the 80s", Genres: []string{"hip hop"}, Years: [2]int{1980, 1989}},
		{Text: "late 90s electronic", Genres: []string{"electronic"}, Years: [2]int{1995, 1999}},
		{Text: "classic rock from the 70s and 80s", Genres: []string{"rock"}, Years: [2]int{1970, 1989}},
		{Text: "recent pop, nothing older than 2015", Genres: []string{"pop"}, Years: [2]int{2015, 0}},
		{Text: "disco from the seventies", Genres: []string{"disco"}, Years: [2]int{1970, 1979}},
		{Text: "eighties metal", Genres: []string{"heavy metal"}, Years: [2]int{1980, 1989}},
		{Text: "songs from 1995", Years: [2]int{1995, 1995}},
		{Text: "slow 70s soul", Genres: []string{"soul"}, Years: [2]int{1970, 1979}, Tempo: slow},
		{Text: "upbeat 80s pop for a party", Genres: []string{"pop"}, Years: [2]int{1980, 1989}, Energy: [2]float64{0.55, 1}},
		{Text: "sad 90s rock", Genres: []string{"rock"}, Years: [2]int{1990, 1999}, Moods: sad},

		// Counts and lengths.
		{Text: "give me 7 jazz songs", Genres: []string{"jazz"}, Count: 7},
		{Text: "a dozen rock songs", Genres: []string{"rock"}, Count: 12},
		{Text: "just three songs, something calm", Moods: calm, Energy: [2]float64{0, 0.45}, Count: 3},
		{Text: "half a dozen reggae tunes", Genres: []string{"reggae"}, Count: 6},
		{Text: "play 15 tracks for a party", Contexts: []string{"party", "dancing"}, Energy: [2]float64{0.6, 1}, Count: 15},
		{Text: "a couple of blues songs", Genres: []string{"blues"}, Count: 2},
		{Text: "five pieces of classical music", Genres: []string{"classical"}, Count: 5},
		{Text: "an hour and a half of chill music", Moods: []string{"mellow", "calm", "dreamy"}, Energy: [2]float64{0, 0.45}, Duration: 90 * time.Minute},
		{Text: "ninety minutes of jazz", Genres: []string{"jazz"}, Duration: 90 * time.Minute},
		{Text: "45 min of folk", Genres: []string{"folk"}, Duration: 45 * time.Minute},

		// Activities and settings.
		{Text: "music for yoga", Contexts: []string{"meditation", "relaxing"}, Energy: [2]float64{0, 0.35}},
		{Text: "something to code to", Contexts: []string{"focus", "working", "studying"}, Energy: [2]float64{0, 0.6}},
		{Text: "songs for a long drive at night", Contexts: []string{"driving", "road trip", "late night"}},
		{Text: "music for washing the dishes", Energy: [2]float64{0.4, 0.9}},
		{Text: "hiking playlist", Energy: [2]float64{0.45, 0.9}, Moods: []string{"happy", "uplifting", "energetic"}},
		{Text: "background music for a dinner with friends", Contexts: []string{"dinner party", "background"}, Energy: [2]float64{0.2, 0.6}},
		{Text: "something for a lazy sunday morning", Contexts: []string{"morning"}, Moods: []string{"mellow", "calm", "warm"}, Energy: [2]float64{0, 0.5}},
		{Text: "pre-game hype music", Moods: []string{"energetic", "intense", "euphoric"}, Energy: [2]float64{0.75, 1}},
		{Text: "bedtime music for winding down", Contexts: []string{"sleeping"}, Energy: [2]float64{0, 0.3}},
		{Text: "music to help me concentrate", Contexts: []string{"focus", "studying"}, Energy: [2]float64{0, 0.5}},
		{Text: "tunes for a bbq", Contexts: []string{"party", "cooking"}, Energy: [2]float64{0.5, 0.9}, Moods: happy},

		// Moods.
		{Text: "heartbreak songs", Moods: sad, Energy: [2]float64{0, 0.55}},
		{Text: "songs that make me feel good", Moods: happy, Energy: [2]float64{0.45, 1}},
		{Text: "creepy music", Moods: []string{"dark", "mysterious", "tense"}},
		{Text: "something triumphant", Moods: []string{"epic", "euphoric", "uplifting"}},
		{Text: "bittersweet music", Moods: []string{"wistful", "nostalgic", "melancholic"}},
		{Text: "laid-back grooves", Moods: []string{"groovy", "mellow"}, Energy: [2]float64{0.2, 0.6}},
		{Text: "dark moody electronic", Genres: []string{"electronic"}, Moods: []string{"dark", "moody"}},
		{Text: "cozy winter evening music", Moods: []string{"warm", "mellow", "calm"}, Energy: [2]float64{0, 0.5}},
		{Text: "rage music", Moods: []string{"angry", "aggressive"}, Energy: [2]float64{0.75, 1}},

		// Negations.
		{Text: "anything but jazz", ExcludeGenres: []string{"jazz"}, Full: true},
		{Text: "no classical, something upbeat", ExcludeGenres: []string{"classical"}, Tempo: fast, Energy: [2]float64{0.55, 1}},
		{Text: "calm music but no piano", Moods: calm, Energy: [2]float64{0, 0.45}, ExcludeInstruments: []string{"piano"}},
		{Text: "I don't want any rap", ExcludeGenres: []string{"hip hop"}, Full: true},
		{Text: "dance music without techno", Sounds: []string{"dance", "disco"}, ExcludeGenres: []string{"techno"}},
		{Text: "nothing too slow", Tempo: [2]float64{90, 0}},
		{Text: "something without guitars", ExcludeInstruments: []string{"electric guitar", "acoustic guitar"}},
		{Text: "no sad songs please", Moods: []string{"happy", "uplifting", "warm", "playful", "groovy"}},
		{Text: "rock but not metal", Genres: []string{"rock"}, ExcludeGenres: []string{"heavy metal"}},
		{Text: "folk without country", Genres: []string{"folk"}, ExcludeGenres: []string{"country"}},
		{Text: "happy music, nothing by Freedoom Project", Moods: happy, ExcludeArtist: "freedoom project"},

		// Like X but Y.
		{Text: "like " + bluesA + " but faster", LikeArtist: bluesA, Faster: true},
		{Text: "like " + jazzA + " but more upbeat", LikeArtist: jazzA, Livelier: true},
		{Text: "similar to Careless Love but slower", LikeTitle: "Careless Love", Slower: true},
		{Text: "like Kraken Attack but less heavy", LikeTitle: "Kraken Attack", Calmer: true},
		{Text: "like " + popA + " but calmer", LikeArtist: popA, Calmer: true},
		{Text: "something like " + classA + " but more energetic", LikeArtist: classA, Livelier: true},
		{Text: "like " + danceA + " but slower", LikeArtist: danceA, Slower: true},

		// Misspellings.
		{Text: "jaz music", Genres: []string{"jazz"}},
		{Text: "clasical music for studying", Genres: []string{"classical"}, Contexts: []string{"studying", "focus", "reading"}},
		{Text: "some raggae", Genres: []string{"reggae"}},
		{Text: "hiphop beats", Genres: []string{"hip hop"}},
		{Text: "electornic music", Genres: []string{"electronic"}},
		{Text: "relaxin tunes", Moods: calm, Energy: [2]float64{0, 0.45}},
		{Text: "somethin upbeat", Tempo: fast, Energy: [2]float64{0.55, 1}},
		{Text: "blues musik", Genres: []string{"blues"}},
		{Text: "melancolic songs", Moods: sad, Energy: [2]float64{0, 0.55}},
		{Text: "country musc for driving", Genres: []string{"country"}, Contexts: []string{"driving", "road trip"}},
		{Text: "enrgetic workout songs", Contexts: []string{"working out", "running"}, Energy: [2]float64{0.7, 1}},
		{Text: "funkey tunes", Genres: []string{"funk"}},
	}
	for i := range rs {
		rs[i].Fresh = true
	}
	return rs
}
