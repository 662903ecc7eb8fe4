package eval

import "time"

// sealedRequests are a third batch of phrasings, written on 30 November
// 2026 before any change made to raise their figures, by a writer who had
// not read the reader's vocabulary: genres across the tree, moods,
// activities, settings, times of day, decades, instruments, negations,
// "like X but Y", numbers, misspellings and slang. Where a phrasing adapts
// real people's wording (playlist titles and requests in blog posts and
// articles), its source is named in a comment; the others are written as
// varied ordinary people would write them. The batch is sealed: it is run
// once before and once after a change and never used for diagnosis,
// tuning or feedback. The grades say what the person meant, in the
// catalogue's hidden attributes, as in Requests.
//
// Sources of adapted wording:
//
//	[fitz]  https://fitzgiauons.online/discover-the-best-spotify-playlists-for-every-mood/
//	[bay]   https://baylorlariat.com/2021/03/22/column-spotify-playlists-for-every-mood/
//	[ody]   https://www.theodysseyonline.com/spotify-moods
//	[her]   https://www.hercampus.com/school/utsa/5-different-playlists-you-need-make
//	[fran]  https://www.franacciardo.com/2020/01/playlist-good-kind-of-sad.html
//	[honi]  https://honisoit.com/2024/10/where-do-you-get-your-song-recommendations-from/
//	[ohst]  https://ohstefne.com/2016/07/10/roadtrip-playlist/
//	[noon]  https://noonegoestovacationincleveland.wordpress.com/2012/11/18/how-to-make-a-road-trip-playlist/
//	[mae]   https://maegoeswestblog.com/2016/04/25/road-trip-playlists/
//	[alex]  https://alexisswolfe.com/bunches-of-bric-%C3%A0-brac-a-blog/how-to-build-the-ultimate-summer-playlist
//	[brock] https://www.brockpress.com/great-study-music-by-small-toronto-artists/
//	[oak]   https://notesofoak.com/reader-lifestyle/best-study-music-playlist-deep-thinkers/
//	[gonz]  https://www.gonzagabulletin.com/arts_and_entertainment/your-guide-to-creating-a-killer-custom-playlist-for-any-mood-or-genre/article_416c3a5a-64b7-11eb-9dcc-5781b381b2d5.html
//	[10k]   https://10ktakesmn.com/10-songs-to-fix-your-dumpy-gym-playlist/
//	[mich]  https://www.michigandaily.com/music/the-workout-playlist-you-never-knew-you-needed/
//	[rise]  https://reading.serenaabinusa.workers.dev/what-are-the-best-mood-based-playlists-for-every-moment-day.html
//	[bust]  https://bustle.com/articles/39078-11-songs-to-help-you-study-focus-and-write-when-youre-tired-of-classical-music
func sealedRequests(artistOf func(tmpl string, n int) string) []Request {
	rockA, folkA, hipA, soulA, countryA := artistOf("rock", 0), artistOf("folk", 1), artistOf("hip hop", 0), artistOf("soul", 1), artistOf("country", 1)
	calm := []string{"calm", "peaceful", "mellow"}
	sad := []string{"melancholic", "sad", "wistful"}
	happy := []string{"happy", "uplifting", "playful"}
	dark := []string{"dark", "mysterious", "tense"}
	angry := []string{"angry", "aggressive", "intense"}
	workout := []string{"working out", "running"}
	study := []string{"studying", "focus", "reading"}
	drive := []string{"driving", "road trip"}
	party := []string{"party", "dancing"}
	rs := []Request{
		// Genres across the tree, as people name them.
		{Text: "some bossa nova for dinner", Genres: []string{"bossa nova"}, Contexts: []string{"dinner party"}},
		{Text: "put on some old school hip hop", Genres: []string{"hip hop"}, Years: [2]int{1979, 1994}},
		{Text: "classic rock for the car", Genres: []string{"rock"}, Years: [2]int{1965, 1989}, Contexts: drive}, // [alex], [10k]
		{Text: "reggae vibes", Genres: []string{"reggae"}},
		{Text: "j-pop or k-pop", Genres: []string{"j-pop", "k-pop", "korean pop"}},
		{Text: "afrobeat", Genres: []string{"afrobeat"}},
		{Text: "salsa and merengue for dancing", Genres: []string{"salsa", "merengue"}, Contexts: []string{"dancing"}},
		{Text: "drum n bass", Genres: []string{"drum and bass"}},
		{Text: "deep house", Genres: []string{"deep house"}},
		{Text: "dubstep bangers", Genres: []string{"dubstep"}, Energy: [2]float64{0.7, 1}},
		{Text: "bluegrass pickin", Genres: []string{"bluegrass"}},
		{Text: "honky tonk", Genres: []string{"honky tonk"}},
		{Text: "shoegaze and dream pop", Genres: []string{"shoegaze", "dream pop"}},
		{Text: "old school grunge for some road rage", Genres: []string{"grunge"}, Moods: angry}, // [noon]
		{Text: "trip-hop", Genres: []string{"trip hop"}},
		{Text: "lofi beats to study to", Genres: []string{"hip hop", "lo-fi"}, Contexts: study, Energy: [2]float64{0, 0.55}}, // [brock]
		{Text: "punk rock, loud and fast", Genres: []string{"punk rock"}, Tempo: fast, Energy: [2]float64{0.75, 1}},
		{Text: "opera arias", Genres: []string{"opera"}},
		{Text: "string quartets", Genres: []string{"string quartet", "chamber music"}, Instruments: []string{"strings", "violin", "cello"}},
		{Text: "baroque stuff like bach", Genres: []string{"baroque"}}, // [bust]
		{Text: "smooth jazz", Genres: []string{"smooth jazz"}},
		{Text: "bebop", Genres: []string{"bebop"}},
		{Text: "ska", Genres: []string{"ska"}},
		{Text: "motown soul", Genres: []string{"soul"}, Years: [2]int{1959, 1975}},
		{Text: "outlaw country", Genres: []string{"outlaw country"}},
		{Text: "celtic folk", Genres: []string{"celtic music"}},
		{Text: "thrash metal please", Genres: []string{"thrash metal"}},
		{Text: "EDM for the gym", Sounds: []string{"dance"}, Contexts: workout, Energy: [2]float64{0.7, 1}}, // [ody], [fran]
		{Text: "indie folk", Genres: []string{"indie folk"}},
		{Text: "dark ambient", Genres: []string{"dark ambient"}},
		{Text: "chill out lounge music", Genres: []string{"chill out", "lounge music"}},
		{Text: "easy listening for the afternoon", Genres: []string{"easy listening"}},
		{Text: "samba", Genres: []string{"samba"}},
		{Text: "chiptunes", Genres: []string{"chiptune"}},
		{Text: "gospel blues", Genres: []string{"gospel blues"}},
		{Text: "some progressive rock", Genres: []string{"progressive rock"}},
		{Text: "garage rock", Genres: []string{"garage rock"}},

		// Moods.
		{Text: "songs to cry to", Moods: sad, Energy: [2]float64{0, 0.55}},                                            // [fitz], [bay]
		{Text: "feeling blue", Moods: sad, Energy: [2]float64{0, 0.55}},                                               // [bay]
		{Text: "in my feels tonight", Moods: sad},                                                                     // [her]
		{Text: "angsty songs", Moods: angry, Energy: [2]float64{0.6, 1}},                                              // [her]
		{Text: "I need a pick-me-up", Moods: happy, Energy: [2]float64{0.45, 1}},                                      // [fitz]
		{Text: "feel-good anthems", Moods: happy, Energy: [2]float64{0.5, 1}},                                         // [fitz]
		{Text: "upbeat and optimistic", Moods: []string{"happy", "uplifting", "hopeful"}, Energy: [2]float64{0.5, 1}}, // [mae]
		{Text: "mellow, soft music", Moods: calm, Energy: [2]float64{0, 0.45}},                                        // [fran]
		{Text: "spooky halloween music", Moods: dark},                                                                 // [alex]
		{Text: "eerie soundscapes", Moods: dark},
		{Text: "chill vibes only", Moods: []string{"mellow", "calm", "dreamy"}, Energy: [2]float64{0, 0.45}},
		{Text: "hopeful songs for a fresh start", Moods: []string{"hopeful", "uplifting"}},
		{Text: "sexy slow jams", Moods: []string{"sensual", "romantic"}, Tempo: slow},
		{Text: "songs for a candlelit dinner", Moods: []string{"romantic", "sensual", "warm"}, Contexts: []string{"dinner party"}},
		{Text: "brooding music for reading and writing", Moods: []string{"dark", "moody", "reflective"}, Contexts: study},            // [oak]
		{Text: "soothing tunes to unwind at the end of a long day", Moods: []string{"calm", "peaceful"}, Energy: [2]float64{0, 0.4}}, // [fitz]
		{Text: "nostalgic throwback tunes", Moods: []string{"nostalgic", "wistful"}},                                                 // [ohst]
		{Text: "something anthemic and epic", Moods: []string{"epic", "euphoric", "uplifting"}},
		{Text: "dreamy and hazy", Moods: []string{"dreamy"}},
		{Text: "gritty aggressive stuff", Moods: angry, Energy: [2]float64{0.75, 1}},
		{Text: "joyful music", Moods: happy},
		{Text: "somber music", Moods: sad},
		{Text: "serene piano", Moods: []string{"calm", "peaceful"}, Instruments: []string{"piano"}, Energy: [2]float64{0, 0.4}},
		{Text: "fun cheesy party songs", Moods: []string{"playful", "happy"}, Contexts: party},

		// Activities, settings and times of day.
		{Text: "songs to pump some iron to", Contexts: workout, Energy: [2]float64{0.7, 1}},                                                          // [ody]
		{Text: "gym bangers", Contexts: workout, Energy: [2]float64{0.7, 1}},                                                                         // [10k], [mich]
		{Text: "music to keep me awake on a long drive", Contexts: drive, Energy: [2]float64{0.5, 1}},                                                // [ohst]
		{Text: "windows down summer driving songs", Contexts: drive, Moods: []string{"happy", "uplifting", "energetic"}, Energy: [2]float64{0.5, 1}}, // [bay]
		{Text: "jogging music", Contexts: []string{"running", "working out"}, Energy: [2]float64{0.65, 1}},
		{Text: "cocktail hour music", Contexts: []string{"dinner party", "background"}, Energy: [2]float64{0.2, 0.6}},
		{Text: "cozy coffee shop ambience", Moods: []string{"warm", "mellow"}, Contexts: []string{"reading", "background"}, Energy: [2]float64{0.15, 0.55}}, // [brock]
		{Text: "music for doing homework", Contexts: study, Energy: [2]float64{0, 0.5}},                                                                     // [gonz]
		{Text: "wake me up gently", Contexts: []string{"morning"}, Energy: [2]float64{0.2, 0.6}, Moods: []string{"calm", "warm", "bright", "hopeful"}},      // [rise]
		{Text: "sunday brunch music", Contexts: []string{"morning", "cooking", "dinner party"}, Energy: [2]float64{0.3, 0.7}},
		{Text: "sleepy time", Contexts: []string{"sleeping"}, Energy: [2]float64{0, 0.3}},
		{Text: "spa music", Contexts: []string{"meditation", "relaxing"}, Energy: [2]float64{0, 0.3}},
		{Text: "rainy afternoon tunes", Contexts: []string{"rainy day"}, Energy: [2]float64{0, 0.5}},
		{Text: "3am thoughts", Contexts: []string{"late night"}, Energy: [2]float64{0, 0.5}},
		{Text: "music for cleaning my room", Energy: [2]float64{0.55, 1}},
		{Text: "walking the dog", Energy: [2]float64{0.35, 0.8}},
		{Text: "songs for a house party", Contexts: party, Energy: [2]float64{0.6, 1}},
		{Text: "beach bonfire songs", Moods: []string{"mellow", "warm", "happy"}, Energy: [2]float64{0.3, 0.75}},
		{Text: "something for my train commute", Contexts: []string{"commute", "driving"}, Energy: [2]float64{0.35, 0.85}},
		{Text: "songs to sing in the shower", Vocals: yes(), Moods: happy, Energy: [2]float64{0.5, 1}}, // [bay]
		{Text: "music for coding late at night", Contexts: []string{"focus", "working", "late night"}, Energy: [2]float64{0, 0.6}},
		{Text: "lazy sunday afternoon vibes", Moods: []string{"mellow", "calm"}, Energy: [2]float64{0, 0.5}}, // [fitz]
		{Text: "getting ready to go out tonight", Contexts: party, Energy: [2]float64{0.6, 1}},               // [ody]
		{Text: "summer road trip", Contexts: drive},                                                          // [alex], [mae]
		{Text: "dinner with the in-laws, nothing too loud", Contexts: []string{"dinner party", "background"}, Energy: [2]float64{0, 0.6}},

		// Decades.
		{Text: "throwback 90s hits", Years: [2]int{1990, 1999}, Full: true}, // [ody]
		{Text: "sixties rock n roll", Genres: []string{"rock"}, Years: [2]int{1960, 1969}},
		{Text: "2010s pop", Genres: []string{"pop"}, Years: [2]int{2010, 2019}},
		{Text: "early 2000s r&b", Genres: []string{"rhythm and blues", "contemporary r&b"}, Years: [2]int{2000, 2005}},
		{Text: "jazz from the 1940s", Genres: []string{"jazz"}, Years: [2]int{1940, 1949}},
		{Text: "mid-80s synthpop", Genres: []string{"synthpop"}, Years: [2]int{1983, 1987}},

		// Instruments.
		{Text: "acoustic guitar songs", Instruments: []string{"acoustic guitar"}},
		{Text: "sad acoustic guitar songs", Moods: sad, Instruments: []string{"acoustic guitar"}}, // [honi]
		{Text: "cello music", Instruments: []string{"cello"}},
		{Text: "lots of saxophone", Instruments: []string{"saxophone"}},
		{Text: "harmonica blues", Genres: []string{"blues"}, Instruments: []string{"harmonica"}},
		{Text: "violin pieces", Instruments: []string{"violin"}},
		{Text: "banjo tunes", Instruments: []string{"banjo"}},
		{Text: "songs with a horn section", Instruments: []string{"brass", "trumpet", "saxophone"}},
		{Text: "organ-heavy grooves", Instruments: []string{"organ"}, Moods: []string{"groovy"}},
		{Text: "synth-heavy tracks", Instruments: []string{"synthesizer"}},

		// Negations and exclusions.
		{Text: "anything but rap or metal", ExcludeGenres: []string{"hip hop", "metal"}, Full: true},
		{Text: "no techno or house", ExcludeGenres: []string{"techno", "house"}, Full: true},
		{Text: "upbeat but no pop", Tempo: fast, Energy: [2]float64{0.55, 1}, ExcludeGenres: []string{"pop"}},
		{Text: "chill stuff without any vocals", Moods: calm, Energy: [2]float64{0, 0.45}, Vocals: no()},
		{Text: "I hate country, play something for driving", ExcludeGenres: []string{"country"}, Contexts: drive},
		{Text: "skip the classical, I need energy", ExcludeGenres: []string{"classical"}, Energy: [2]float64{0.65, 1}},
		{Text: "some folk but nothing by " + folkA, Genres: []string{"folk"}, ExcludeArtist: norm(folkA)},
		{Text: "songs without lyrics", Vocals: no()},
		{Text: "jazz but not smooth jazz", Genres: []string{"jazz"}, ExcludeGenres: []string{"smooth jazz"}},
		{Text: "no piano please, something calm", Moods: calm, Energy: [2]float64{0, 0.45}, ExcludeInstruments: []string{"piano"}},
		{Text: "hip hop minus the gangsta rap", Genres: []string{"hip hop"}, ExcludeGenres: []string{"gangsta rap"}},
		{Text: "keep " + countryA + " out of it", ExcludeArtist: norm(countryA), Full: true},

		// Like X but Y.
		{Text: "like " + rockA + " but heavier", LikeArtist: rockA, Livelier: true},
		{Text: "similar to Rainy Night in Georgia but more upbeat", LikeTitle: "Rainy Night in Georgia", Livelier: true},
		{Text: "like Sunday Morning Coffee but slower", LikeTitle: "Sunday Morning Coffee", Slower: true},
		{Text: "like " + folkA + " but sadder", LikeArtist: folkA, Moods: sad},
		{Text: "stuff like Lullaby for Lanterns with more energy", LikeTitle: "Lullaby for Lanterns", Livelier: true},
		{Text: "more like Midnight Boogie but quieter", LikeTitle: "Midnight Boogie", Calmer: true},
		{Text: "like " + hipA + " but more chill", LikeArtist: hipA, Calmer: true},
		{Text: "in the vein of " + soulA + ", a bit faster", LikeArtist: soulA, Faster: true},

		// Numbers.
		{Text: "10 songs around 100 bpm", Count: 10, Tempo: [2]float64{94, 106}},
		{Text: "twenty minutes of ambient", Genres: []string{"ambient"}, Duration: 20 * time.Minute},
		{Text: "give me 4 punk songs", Genres: []string{"punk rock"}, Count: 4},
		{Text: "an hour of workout music", Contexts: workout, Energy: [2]float64{0.7, 1}, Duration: time.Hour},
		{Text: "songs between 90 and 100 bpm", HardBPM: [2]float64{90, 100}, Tempo: [2]float64{90, 100}},
		{Text: "140+ bpm", HardBPM: [2]float64{140, 0}, Tempo: [2]float64{140, 0}},
		{Text: "slower than 80 bpm", HardBPM: [2]float64{0, 80}, Tempo: [2]float64{0, 80}},
		{Text: "a 30 min folk set", Genres: []string{"folk"}, Duration: 30 * time.Minute},

		// Misspellings.
		{Text: "psychadelic rock", Genres: []string{"psychedelic rock"}},
		{Text: "accoustic songs", Instruments: []string{"acoustic guitar"}},
		{Text: "classcal piano", Genres: []string{"classical"}, Instruments: []string{"piano"}},
		{Text: "hip-hop for workin out", Genres: []string{"hip hop"}, Contexts: workout},
		{Text: "regae", Genres: []string{"reggae"}},
		{Text: "chillout musik for sleepin", Contexts: []string{"sleeping"}, Energy: [2]float64{0, 0.3}},
		{Text: "danceable tunez", Contexts: party, Energy: [2]float64{0.6, 1}},
		{Text: "meloncholy piano", Moods: sad, Instruments: []string{"piano"}},
		{Text: "instramental jazz", Genres: []string{"jazz"}, Vocals: no()},
		{Text: "rnb slow jams", Genres: []string{"rhythm and blues"}, Tempo: slow},

		// Slang.
		{Text: "bops for the pregame", Contexts: party, Energy: [2]float64{0.65, 1}},
		{Text: "straight bangers only", Moods: []string{"energetic", "euphoric", "intense"}, Energy: [2]float64{0.75, 1}},
		{Text: "tunes to vibe to", Moods: []string{"mellow", "groovy", "dreamy"}},
		{Text: "slappers for the whip", Contexts: drive, Energy: [2]float64{0.6, 1}},
		{Text: "headbanging music", Sounds: []string{"metal", "punk"}, Energy: [2]float64{0.8, 1}},
		{Text: "boom bap", Genres: []string{"hip hop"}},
		{Text: "some dope beats", Genres: []string{"hip hop"}},
		{Text: "chill tunes for a lazy day", Moods: []string{"mellow", "calm"}, Energy: [2]float64{0, 0.45}},
	}
	for i := range rs {
		rs[i].Sealed = true
	}
	return rs
}
