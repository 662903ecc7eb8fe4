package eval

import "time"

// sealed13Requests are the thirteenth sealed batch of phrasings, written on
// 4 December 2026 by a writer who had read neither the reader (its
// vocabulary, code, lexicon data and tests) nor the phrasings of the other
// batches nor any diagnosis output or per-request result: only the
// catalogue's hidden attributes (genres of the tree, templates, moods,
// contexts, instruments, vocals, tempo, energy, years, artists and titles),
// the Request type and its helpers, the grading code and the harness, and
// the list of pages the earlier batches cite (so as to cite none of them).
// It was written and frozen before anything measured it.
//
// Just under half adapt real people's wording from public pages no earlier
// batch cites, on settings the earlier batches covered less: the night
// shift on the ward and the hospital, board game night, painting
// miniatures and paintings, chemotherapy in the infusion chair, the first
// dance, programming, the barbecue, insomnia, the spin class, powerlifting,
// Halloween, skiing and snowboarding, the long train ride, the coffee shop,
// the yoga class, the breakup, the lab bench, Christmas baking and the
// thunderstorm. Each is tagged with the key of its source below and kept as
// the person put it (slang, grammar, hedges, several constraints at once),
// changed only so the catalogue can answer it; a real artist the person
// names stands for the sound it is graded as. The others are written as
// varied ordinary people type: genres across the whole tree, most held by
// one artist of the catalogue, and some the catalogue lacks (graded by
// their nearest parent it holds); moods, settings, seasons, holidays and
// times of day; instruments and voices; exclusions of genres, instruments
// and artists; the library's titles and artists ("like X but calmer",
// "like X but faster", title and artist words); decades and years; counts,
// lengths and tempo numbers; slang, misspellings and emoji; long requests;
// and refinements over several turns. Over the whole batch, 220 name a
// genre or sound, 117 a mood, 70 an activity or setting, 139 a tempo or
// energy, 21 an instrument, 34 years, 28 vocals or none, 25 an exclusion or
// a move away, 14 a number, 17 an artist, title or word of the library, 12
// have earlier turns, 17 are one or two words and 9 twenty words or more.
//
// The batch is sealed: the harness reports its figures only when asked
// (-measure sealed13), so it is run to measure, never read for diagnosis,
// tuning or feedback. The grades say what the person meant, in the
// catalogue's hidden attributes, as in Requests; where a person names the
// music they play during an activity, the music is graded and the activity
// is not. Of the 442 phrasings written, 175 adapt wording from the 61
// sources below. Before freezing, a throwaway test that listed only this
// batch's texts showed 71 short ordinary texts an earlier batch already
// holds, dropped, and 14 that no track earns a grade of 2 for as first
// graded, relaxed (see RESULTS.md), so the harness keeps all 371, 175 of
// them (47 %) adapted.
//
// Sources of adapted wording:
//
//	[scrubs]      https://scrubsmag.com/nurses-top-10-favorite-songs-to-unwind-to-after-a-long-shift/
//	[fortis1]     https://www.fortis.edu/blog/nursing/5-top-nursing-songs-to-put-in-your-music-playlist.html
//	[ashworth]    https://madison.ashworthcollege.edu/blog/stayin-alive-a-playlist-for-nurses/
//	[bolu]        https://bolubyrima.blogspot.com/2013/05/my-music-taste.html
//	[fotb]        http://www.fellowshipofthebox.co.za/ramblings/shall-dance-music-board-games/
//	[northdice]   https://northerndice.wordpress.com/2018/11/23/boardgame-music-bg-moment/
//	[smoothie]    https://www.smoothiewars.com/blog/board-game-soundtrack-music-ambiance-guide
//	[qt3]         https://forum.quartertothree.com/t/music-for-boardgames/74379
//	[drawdeck]    http://thedrawdeck.blogspot.com/2015/03/music-and-board-games.html
//	[veil]        http://theveilsedge.blogspot.com/2011/08/music-to-paint-miniatures-by.html
//	[forgot]      https://forgotmytea.wordpress.com/2013/06/30/music-and-painting/
//	[atlwg]       http://theatlanticwargamer.blogspot.com/2012/07/random-thought-what-do-you-listen-too.html
//	[lagasse]     http://lagasse.blogspot.com/2006/11/music-to-my-ears.html
//	[foureyed]    https://foureyed-monster.blogspot.com/2013/04/music-to-paint-and-write-by.html
//	[druid]       http://druidoforboros.blogspot.com/2011/02/paint-music.html
//	[attic]       http://atticglimpse.blogspot.com/2007/02/music-to-have-chemo-by.html
//	[share]       https://www.sharecancersupport.org/2012/05/whats-on-your-ipod-for-chemo-share-staff-picks/
//	[shrink]      http://thesocialshrink.blogspot.com/2011/02/first-dance-we-need-help-picking.html
//	[lovely]      http://lovely-little-things.blogspot.com/2011/06/searching-for-perfect-first-dance-song.html
//	[wolfire]     http://blog.wolfire.com/2009/05/music-to-listen-to-while-programming-part-1/
//	[napster]     https://se.napster.com/blog/post/Summer-Grill-uk
//	[brown]       https://brownstudy.info/2018/01/04/sleepytime.html
//	[cyclelife]   https://www.cyclelifestudio.com/service/blog/what-songs-spin-your-pedals/
//	[hrasto]      https://hrasto.github.io/spinning-class/
//	[indrhet]     http://independent-rhetoric.blogspot.com/2010/12/spin-tacular.html
//	[wwwtm]       http://whatswrongwiththemainstream.blogspot.com/2016/12/
//	[marathon]    https://marathonandsprint.wordpress.com/2012/11/30/spinning-my-wheels/
//	[gwpl]        https://girlswhopowerlift.com/blogs/blog/lose-yourself-in-the-music
//	[ruin]        https://ruinchristmas.wordpress.com/2013/11/21/what-i-listen-to-at-the-gym/
//	[70sbig]      https://70sbig.com/blog/tag/music
//	[skitchen]    https://www.southernkitchen.com/articles/entertain/just-in-time-for-the-weekend-heres-your-halloween-party-playlist
//	[coog]        https://coogradio.com/2021/10/8-songs-for-your-halloween-party-playlist/
//	[sundance]    http://blog.sundanceskishop.com/how-to-make-the-best-snowboardski-playlist/
//	[spandex]     https://spandexandskis.wordpress.com/tag/ski-tunes/
//	[lights]      http://lights-in-the-sky.blogspot.com/2012/04/songs-to-ride-to.html
//	[spotski]     https://newsroom.spotify.com/2019-01-30/the-sounds-of-the-slopes-from-big-sky-to-chamonix/
//	[bellife]     https://beautiful-life-as-i-know-it.blogspot.co.uk/2014/04/songs-to-listen-to-when-travelling-by.html
//	[blacktar]    https://blacktarrivers.wordpress.com/tomes-and-tracks/music
//	[howl]        https://howlandechoes.com/2016/09/the-soundtrack-music-for-a-long-ass-train-journey/
//	[trans]       https://likethewheels.wordpress.com/2012/10/24/trans-siberian-playlist/
//	[corin]       http://corinkeatnith.blogspot.com/2013/02/top-5-songs-for-train-ride.html
//	[chatta]      http://chattahoocheecoffee.com/blog/coffee-shop-playlist
//	[hound]       https://coffeehound.cafe/coffee-shop-music-what-the-playlist-says-about-the-coffee-shop-by-nick-rynerson/
//	[coffeeforum] https://www.coffeeforums.com/threads/what-is-your-reaction-to-music-in-a-coffeehouse.5592/post-27512
//	[sarahsana]   https://sarahsana.wordpress.com/2012/04/11/heart-and-soul-why-your-playlist-matters-and-how-to-make-a-good-one/
//	[pranakriya]  https://pranakriya.com/music-to-our-ears/
//	[dgyoga]      http://www.damngoodyoga.com/2010/10/beat-goes-on.html
//	[diwarta]     https://oto.diwarta.com/health-and-wellness/articles/806441/music-to-play-when-your-relationship-ends
//	[mindover]    https://mind-over-madness.com/2012/09/19/7-songs-to-get-you-over-a-break-up-or-at-least-get-you-up-off-the-couch/
//	[kqed]        https://www.kqed.org/pop/119/breakup-survival-guide-15-songs-for-the-brokenhearted
//	[hopkins]     https://biomedicalodyssey.blogs.hopkinsmedicine.org/2019/04/grad-grooves-the-soundtrack-of-our-science/
//	[imasci]      https://foodm13.imascientist.org.uk/question/do-you-have-something-you-do-when-you-are-doing-a-experiment-like-listening-to-music/
//	[sciam]       https://blogs.scientificamerican.com/thoughtful-animal/music-while-doing-science-8211-part-1/
//	[lofty]       https://loftyappetite.wordpress.com/2011/12/14/christmas-cut-out-cookie-music/
//	[coolprog]    https://coolprogeny.com/2015/12/cookie-decorating-play-list/
//	[gallo]       https://gallorganico.blogspot.com/2011/12/music-to-bake-by.html
//	[memy]        https://memythoughtsandwhoknows.wordpress.com/2011/12/13/tunes-for-christmas-baking/
//	[melita]      http://melitamasters.com/tumblr/tag/weather
//	[listsof]     https://listsof.wordpress.com/2011/07/19/7-tunes-to-play-during-stormy-weather/
//	[popm]        https://www.popmatters.com/142428-a-stormy-playlist-ten-songs-for-before-during-and-after-the-summer-s-2496008776.html
//	[indyj]       https://indyjournalista.com/2011/04/20/thunderstorms/
func sealed13Requests(artistOf func(tmpl string, n int) string) []Request {
	calm := []string{"calm", "peaceful", "mellow"}
	happy := []string{"happy", "uplifting", "playful"}
	sad := []string{"melancholic", "wistful"}
	dark := []string{"dark", "mysterious", "tense"}
	quiet, lively := [2]float64{0, 0.45}, [2]float64{0.6, 1}
	return []Request{
		// The night shift on the ward and the hospital.
		{Text: "something to blast on the drive home after a long tough shift, loud enough to sing at the top of my voice", Genres: []string{"rock"}, Energy: lively, Vocals: yes()}, // [scrubs]
		{Text: "wild and raucous hard rock to crank up after a 12 hour shift", Genres: []string{"hard rock"}, Sounds: []string{"rock"}, Energy: lively},                              // [scrubs]
		{Text: "reggae that makes me think of being on a beach, worry free, after work", Genres: []string{"reggae"}, Moods: []string{"happy", "mellow", "warm"}},                     // [scrubs]
		{Text: "a stress reliever for the commute home from the hospital, bluesy rock i can blare", Genres: []string{"blues", "rock"}, Energy: [2]float64{0.55, 1}},                  // [scrubs]
		{Text: "songs to unwind to once i finally plop on the couch after my shift", Moods: calm, Energy: quiet},                                                                     // [scrubs]
		{Text: "music to keep me awake and moving on a night shift", Contexts: []string{"late night", "working"}, Energy: [2]float64{0.55, 1}},                                       // [fortis1]
		{Text: "an uplifting beat that keeps a nurse focused and moving at 3am", Moods: happy, Energy: [2]float64{0.55, 1}, Tempo: [2]float64{100, 0}},                               // [fortis1]
		{Text: "very calming music with a soft gentle voice to comfort a patient", Moods: calm, Energy: quiet, Vocals: yes()},                                                        // [fortis1]
		{Text: "songs for when you want to give up halfway through nights", Moods: []string{"hopeful", "uplifting"}},                                                                 // [fortis1]
		{Text: "70s style disco with falsetto to put some pep in my step at the start of a shift", Genres: []string{"disco"}, Energy: [2]float64{0.6, 1}},                            // [ashworth]
		{Text: "something upbeat for a boost while i'm scrubbing in", Moods: happy, Energy: [2]float64{0.6, 1}},                                                                      // [ashworth]
		{Text: "when i start to hit a wall at work, give me some girl power r&b", Genres: []string{"rhythm and blues"}, Energy: [2]float64{0.5, 1}},                                  // [ashworth]
		{Text: "head bopping music for a hectic shift, british pop that stays upbeat", Genres: []string{"pop", "britpop"}, Energy: [2]float64{0.55, 1}},                              // [ashworth]
		{Text: "our charge nurse wants screamo emo punk alternative during a case", Genres: []string{"punk rock", "alternative rock"}, Energy: lively},                               // [bolu]
		{Text: "throw in some country here and there for the rad tech", Genres: []string{"country"}},                                                                                 // [bolu]
		{Text: "mariachi for an elderly patient who only speaks spanish", Genres: []string{"mariachi"}, Sounds: []string{"latin"}},                                                   // [bolu]
		{Text: "the doctor wants his soft jazzy singer stuff in the OR", Genres: []string{"vocal jazz"}, Sounds: []string{"jazz"}, Energy: quiet},                                    // [bolu]

		// Board game night.
		{Text: "a soft playlist of instrumental music for board games, pleasant background that lets conversation carry on", Vocals: no(), Contexts: []string{"background"}, Energy: quiet}, // [fotb]
		{Text: "softer acoustic stuff for game night with friends", Instruments: []string{"acoustic guitar"}, Energy: quiet},                                                                // [fotb]
		{Text: "mostly classical tunes for a game of ticket to ride", Genres: []string{"classical"}},                                                                                        // [fotb]
		{Text: "nothing too wild on the game night playlist please, no heavy metal", ExcludeGenres: []string{"heavy metal"}, Energy: [2]float64{0, 0.6}, Full: true},                        // [fotb]
		{Text: "dark, eerie and mysterious music in the background for a horror board game", Moods: dark, Contexts: []string{"background"}},                                                 // [northdice]
		{Text: "low tones and dark sounding piano for betrayal at house on the hill", Moods: []string{"dark", "mysterious", "melancholic"}, Instruments: []string{"piano"}},                 // [northdice]
		{Text: "creepy dark ambience for a game about being lost in a cave", Genres: []string{"dark ambient"}, Sounds: []string{"ambient"}, Moods: dark},                                    // [northdice]
		{Text: "something slightly silly and spooky when the haunt goes goofy", Moods: []string{"playful"}},                                                                                 // [northdice]
		{Text: "epic orchestral music for a fantasy adventure game", Genres: []string{"classical"}, Moods: []string{"epic"}},                                                                // [smoothie]
		{Text: "lo-fi beats for a modern board game, below conversation level", Sounds: []string{"hip hop", "electronica"}, Energy: quiet, Contexts: []string{"background"}},                // [smoothie]
		{Text: "ambient for a horror game and no lyrics while we think strategy", Genres: []string{"ambient"}, Vocals: no()},                                                                // [smoothie]
		{Text: "jazz for a trading game", Genres: []string{"jazz"}},                                                                                                                         // [smoothie]
		{Text: "a synth soundtrack for terraforming mars", Instruments: []string{"synthesizer"}, Sounds: []string{"electronica", "ambient"}},                                                // [smoothie]
		{Text: "energetic music to speed up a party game", Contexts: []string{"party"}, Energy: lively},                                                                                     // [smoothie]
		{Text: "mood music for a high stress co-op game", Moods: []string{"tense", "intense"}},                                                                                              // [qt3]
		{Text: "light hearted music for a silly fantasy game night", Moods: []string{"playful", "happy"}},                                                                                   // [qt3]
		{Text: "chiptune for a racing game with the kids", Genres: []string{"chiptune"}, Energy: lively},                                                                                    // [qt3]
		{Text: "thinker music for chess, calm and no words", Moods: calm, Vocals: no(), Contexts: []string{"focus"}},                                                                        // [qt3]
		{Text: "a blues playlist for ticket to ride", Genres: []string{"blues"}},                                                                                                            // [drawdeck]
		{Text: "low budget horror vibe, atmospheric without being too dark", Moods: []string{"mysterious", "tense"}, Energy: [2]float64{0, 0.6}},                                            // [drawdeck]
		{Text: "some quirky electronic stuff i can write to", Genres: []string{"electronica"}, Contexts: []string{"focus", "working", "studying", "background"}},                            // [drawdeck]

		// Painting miniatures and paintings.
		{Text: "original scores with no singing, a catchy song risks me singing into the paintbrush", Vocals: no(), Moods: []string{"epic", "reflective"}},                                   // [veil]
		{Text: "game soundtracks that gear me up for painting space marines", Genres: []string{"video game music"}, Moods: []string{"epic", "energetic"}},                                    // [veil]
		{Text: "mood setting music for a few hours of paint time, and don't picture kenny g and candles", Avoid: []string{"easy"}, Moods: []string{"epic", "mysterious", "moody"}},           // [veil]
		{Text: "black sabbath and motorhead while i paint chaos minis", Genres: []string{"heavy metal"}},                                                                                     // [forgot]
		{Text: "old glam rock and space rock for painting wood elves, with a lot of coffee", Genres: []string{"glam rock", "rock"}},                                                          // [forgot]
		{Text: "some southern rock across to us folk for old west figures", Genres: []string{"southern rock", "folk"}},                                                                       // [forgot]
		{Text: "classical greig and a little opera when i'm cutting and repositioning heads", Genres: []string{"classical"}},                                                                 // [forgot]
		{Text: "painting darker colours tonight so definitely metal or hard rock", Genres: []string{"heavy metal", "hard rock"}, Energy: lively},                                             // [forgot]
		{Text: "late 60s and 70s classics for earthy colours", Genres: []string{"rock"}, Years: [2]int{1967, 1979}},                                                                          // [forgot]
		{Text: "after a 12 hour work day i'm tired, what makes me want to paint? electronic movie score vibes", Genres: []string{"electronica"}, Moods: []string{"epic", "dreamy", "moody"}}, // [atlwg]
		{Text: "trance music when i paint the large abstracts", Genres: []string{"trance"}},                                                                                                  // [lagasse]
		{Text: "new age music for landscapes and sunsets, not many lyrics", Genres: []string{"new-age music"}, Vocals: no()},                                                                 // [lagasse]
		{Text: "classical while painting portraits", Genres: []string{"classical"}, Contexts: []string{"focus"}},                                                                             // [lagasse]
		{Text: "the blues reigns supreme for a tedious painting session", Genres: []string{"blues"}},                                                                                         // [foureyed]
		{Text: "a hauntingly beautiful blues song to get me through some delicate painting", Genres: []string{"blues"}, Moods: []string{"melancholic", "warm"}, Energy: quiet},               // [foureyed]
		{Text: "bluegrass to jazz, something for the painting table", Genres: []string{"bluegrass", "jazz"}},                                                                                 // [foureyed]
		{Text: "incredibly sad, soothing and beautiful songs, really relaxing while i focus on painting", Moods: []string{"melancholic", "wistful", "calm"}, Energy: quiet, Vocals: yes()},   // [druid]
		{Text: "what do you stomp your feet to while painting?", Energy: [2]float64{0.6, 1}, Moods: []string{"energetic", "groovy"}},                                                         // [druid]

		// Chemo, the infusion chair.
		{Text: "songs for the infusion chair while my arm starts to hurt and i get woozy", Moods: calm, Energy: quiet},                                                             // [attic]
		{Text: "90s r&b for chemo day", Genres: []string{"rhythm and blues"}, Years: [2]int{1990, 1999}},                                                                           // [attic]
		{Text: "a bit dark but good, indie rock for the cancer centre", Genres: []string{"indie rock"}, Sounds: []string{"rock"}, Moods: []string{"dark", "melancholic", "moody"}}, // [attic]
		{Text: "music that takes you out of your body during treatment", Moods: []string{"dreamy", "epic"}},                                                                        // [share]
		{Text: "a mass that makes me feel joyous when i'm down", Genres: []string{"mass"}},                                                                                         // [share]
		{Text: "an inspirational country song about not giving up", Genres: []string{"country"}, Moods: []string{"hopeful", "uplifting"}},                                          // [share]
		{Text: "something that makes me feel like dancing and forget i'm sick", Sounds: []string{"latin"}, Contexts: []string{"dancing"}, Moods: happy},                            // [share]
		{Text: "a happy song about life being beautiful and short", Moods: happy, Vocals: yes()},                                                                                   // [share]

		// The first dance.
		{Text: "first dance song, fairly recent, 90s or newer, we both love r&b", Genres: []string{"rhythm and blues"}, Years: [2]int{1990, 0}, Moods: []string{"romantic", "warm"}}, // [shrink]
		{Text: "an r&b song with meaning that isn't too cheesy for our wedding", Genres: []string{"rhythm and blues"}, Moods: []string{"romantic", "sensual", "warm"}},               // [shrink]
		{Text: "lovey dovey songs everyone will go aww to", Moods: []string{"romantic", "warm"}, Vocals: yes()},                                                                      // [shrink]
		{Text: "epic timeless larger than life love song", Moods: []string{"epic", "romantic"}},                                                                                      // [shrink]
		{Text: "first dance that's not too serious, upbeat, maybe an oldie", Moods: happy, Energy: [2]float64{0.5, 1}, Years: [2]int{0, 1979}},                                       // [lovely]
		{Text: "not too fast, not too slow, a classic for a couple who can't dance", Tempo: [2]float64{85, 115}, Moods: []string{"romantic", "warm"}},                                // [lovely]
		{Text: "something catchy for the first dance, not a wedding song cliche", Genres: []string{"pop"}, Moods: []string{"romantic", "happy"}},                                     // [lovely]

		// Programming.
		{Text: "background music while programming, anything with lyrics is distracting", Vocals: no(), Contexts: []string{"focus", "working", "background"}},   // [wolfire]
		{Text: "minimalist classical for architectural and algorithmic design", Genres: []string{"classical"}, Contexts: []string{"focus"}},                     // [wolfire]
		{Text: "something i can put on loop and type with the beat", Energy: [2]float64{0.5, 1}, Vocals: no(), Tempo: [2]float64{110, 0}},                       // [wolfire]
		{Text: "lively background music when the code gets dull, no singing", Vocals: no(), Energy: [2]float64{0.5, 1}, Contexts: []string{"working", "focus"}}, // [wolfire]

		// The barbecue.
		{Text: "barbecue music that's up, like the weather, full of sizzle, no introspection", Sounds: []string{"funk", "soul", "latin"}, Energy: lively, Moods: happy}, // [napster]
		{Text: "an afrofunk party for the grill", Genres: []string{"african", "funk"}, Energy: lively},                                                                  // [napster]
		{Text: "the wildest easy listening party cut for the cookout", Genres: []string{"easy listening"}, Energy: [2]float64{0.4, 1}},                                  // [napster]
		{Text: "jazz organ latin lounge for a hot barbecue", Genres: []string{"jazz"}, Sounds: []string{"latin"}, Instruments: []string{"organ"}},                       // [napster]
		{Text: "soul with heartfelt good cheer to kick off the bbq", Genres: []string{"soul"}, Moods: happy},                                                            // [napster]
		{Text: "stoned cowboy blues for late afternoon at the grill", Genres: []string{"country", "blues"}, Energy: quiet},                                              // [napster]

		// Insomnia.
		{Text: "slow, droney tracks that each go on forever so i can drift off", Genres: []string{"ambient"}, Contexts: []string{"sleeping"}, Energy: [2]float64{0, 0.3}},                                         // [brown]
		{Text: "solo guitar bach to put my overactive mind to sleep", Genres: []string{"classical"}, Contexts: []string{"sleeping"}, Energy: [2]float64{0, 0.3}},                                                  // [brown]
		{Text: "minimal ambient with piano and strings, rather melancholy, for when i wake in the night", Genres: []string{"ambient"}, Moods: []string{"melancholic"}, Instruments: []string{"piano", "strings"}}, // [brown]

		// The spin class.
		{Text: "a rocking song to push me through a heavy seven minute climb", Genres: []string{"rock"}, Energy: lively},                                                       // [cyclelife]
		{Text: "guitar heavy rock for my running playlist", Genres: []string{"rock"}, Instruments: []string{"electric guitar"}, Energy: lively, Contexts: []string{"running"}}, // [cyclelife]
		{Text: "my 80s hair band fix for spin", Genres: []string{"heavy metal", "rock"}, Years: [2]int{1980, 1989}, Energy: lively},                                            // [cyclelife]
		{Text: "guilty pleasure pop for the sprints", Genres: []string{"pop"}, Energy: lively},                                                                                 // [cyclelife]
		{Text: "cool down after the ride, something easy", Energy: [2]float64{0, 0.4}, Moods: calm},                                                                            // [cyclelife]
		{Text: "drum and bass at a moderate speed for warming up", Genres: []string{"drum and bass"}},                                                                          // [hrasto]
		{Text: "psytrance for the climbing intervals", Genres: []string{"trance"}, Energy: lively},                                                                             // [hrasto]
		{Text: "metal for the high speed sections", Genres: []string{"heavy metal"}, Tempo: fast},                                                                              // [hrasto]
		{Text: "a warm up at about 87 bpm, easy effort", Tempo: [2]float64{80, 95}, HardBPM: [2]float64{80, 95}},                                                               // [hrasto]
		{Text: "songs with a seriously awesome cadence for a 60 minute cycling class", Energy: lively, Tempo: [2]float64{115, 0}, Duration: 60 * time.Minute},                  // [indrhet]
		{Text: "house for jogs and isolations on the bike", Genres: []string{"house"}, Energy: lively},                                                                         // [indrhet]
		{Text: "hip hop for a seated climb", Genres: []string{"hip hop"}, Energy: [2]float64{0.6, 1}},                                                                          // [indrhet]
		{Text: "get the legs spinning at a cadence over 120 to start the session", Tempo: [2]float64{120, 0}, Energy: lively},                                                  // [wwwtm]
		{Text: "grunge for pounding up a steep hill", Genres: []string{"alternative rock"}, Energy: lively},                                                                    // [wwwtm]
		{Text: "a quick breather song between intervals", Energy: [2]float64{0.3, 0.6}, Tempo: [2]float64{0, 105}},                                                             // [wwwtm]
		{Text: "spin songs people actually know, beatles to bee gees", Genres: []string{"pop", "rock", "disco"}, Years: [2]int{1960, 1989}},                                    // [marathon]

		// Powerlifting.
		{Text: "hip hop workout radio for when i'm lifting heavy weight", Genres: []string{"hip hop"}, Contexts: []string{"working out"}, Energy: lively},                                         // [gwpl]
		{Text: "afrobeats for my 30 minutes of cardio", Genres: []string{"afrobeat"}, Sounds: []string{"african"}, Energy: lively},                                                                // [gwpl]
		{Text: "something that hypes me up before a top set, i will never pr to pop", ExcludeGenres: []string{"pop"}, Energy: [2]float64{0.75, 1}, Contexts: []string{"working out"}, Full: true}, // [gwpl]
		{Text: "the metal powerlifters listen to", Genres: []string{"heavy metal"}, Contexts: []string{"working out"}},                                                                            // [ruin]
		{Text: "hard rock from the 80s for the older guys at the gym", Genres: []string{"rock"}, Years: [2]int{1980, 1989}, Energy: lively},                                                       // [ruin]
		{Text: "manowar style power metal for pushing the prowler", Genres: []string{"power metal"}},                                                                                              // [ruin]
		{Text: "rap for a max deadlift", Genres: []string{"hip hop"}, Energy: [2]float64{0.7, 1}},                                                                                                 // [ruin]
		{Text: "techno for when i pretend i'm in a fighting game", Genres: []string{"techno"}, Sounds: []string{"dance"}, Energy: lively},                                                         // [ruin]
		{Text: "70s rock to squat to", Genres: []string{"rock"}, Years: [2]int{1970, 1979}, Contexts: []string{"working out"}},                                                                    // [70sbig]

		// Halloween.
		{Text: "werewolves, vampires and ghosts, a halloween party playlist", Moods: []string{"dark", "mysterious", "playful"}, Contexts: []string{"party"}},         // [skitchen]
		{Text: "a 70s new wave track for the halloween party", Genres: []string{"new wave"}},                                                                         // [skitchen]
		{Text: "early 2000s hip hop to get your freak on at halloween", Genres: []string{"hip hop"}, Years: [2]int{2000, 2006}},                                      // [skitchen]
		{Text: "songs with a creepy ambience that remind me of this time of year", Moods: dark},                                                                      // [coog]
		{Text: "80s inspired synth with a spooky energy", Instruments: []string{"synthesizer"}, Moods: []string{"dark", "mysterious"}, Energy: [2]float64{0.5, 1}},   // [coog]
		{Text: "glam rock with an eerie vibe for the costume party", Genres: []string{"glam rock"}, Sounds: []string{"rock"}, Moods: []string{"dark", "mysterious"}}, // [coog]
		{Text: "anything with ghost in the title for halloween", Search: "ghost"},                                                                                    // [coog]

		// Skiing and snowboarding.
		{Text: "something that will keep me energized and excited all day on the hill, no tear jerkers", Energy: lively, Moods: []string{"energetic", "euphoric", "happy"}}, // [sundance]
		{Text: "pop, rap or metal to shred to", Genres: []string{"pop", "hip hop", "heavy metal"}, Energy: lively},                                                          // [sundance]
		{Text: "fast music for a park rat who likes to go fast", Tempo: fast, Energy: lively},                                                                               // [sundance]
		{Text: "swedish house for the chairlift", Genres: []string{"house"}},                                                                                                // [spandex]
		{Text: "end of season ski tunes, dance remixes", Sounds: []string{"dance"}, Contexts: []string{"party", "dancing"}},                                                 // [spandex]
		{Text: "relaxed and laidback but with an irrepressible and fun groove to cruise down a run", Genres: []string{"hip hop"}, Moods: []string{"groovy", "playful"}},     // [lights]
		{Text: "upbeat energetic songs with heavy synth beats for the slopes", Instruments: []string{"synthesizer"}, Energy: lively},                                        // [spotski]
		{Text: "psychedelic rock and folk for big sky", Genres: []string{"psychedelic rock", "folk"}},                                                                       // [spotski]
		{Text: "up tempo ska for the andorra runs", Genres: []string{"ska"}, Sounds: []string{"punk"}, Energy: lively},                                                      // [spotski]
		{Text: "garage punk for whistler", Genres: []string{"punk rock"}},                                                                                                   // [spotski]

		// The long train ride.
		{Text: "uplifting songs for a train through the countryside", Moods: []string{"uplifting", "hopeful", "happy"}},                                              // [bellife]
		{Text: "a prog style piece for speeding past fields and hills", Genres: []string{"progressive rock"}, Sounds: []string{"rock"}},                              // [bellife]
		{Text: "upbeat and groovy as hell", Moods: []string{"groovy"}, Energy: lively},                                                                               // [bellife]
		{Text: "orchestral and emotive for a long train ride", Genres: []string{"classical"}, Moods: []string{"epic", "reflective"}},                                 // [bellife]
		{Text: "a traditional folk ballad for the journey", Genres: []string{"folk"}, Tempo: slow},                                                                   // [bellife]
		{Text: "something dreamy and electronic for arriving at 6am after the night train", Genres: []string{"electronica", "downtempo"}, Moods: []string{"dreamy"}}, // [blacktar]
		{Text: "big beat for a sunny train ride through northern france", Genres: []string{"breakbeat"}, Moods: happy},                                               // [blacktar]
		{Text: "a chill train ride, swirling samples to relax and revel in", Instruments: []string{"samples"}, Energy: quiet},                                        // [howl]
		{Text: "freight train blues and woody guthrie style folk for the trans siberian", Genres: []string{"blues", "folk"}},                                         // [trans]
		{Text: "ska for a train to skaville", Genres: []string{"ska"}},                                                                                               // [trans]
		{Text: "kraftwerk type electronic to look out the window at endless nothingness", Genres: []string{"electronic"}, Vocals: no()},                              // [trans]
		{Text: "very sad music for the train, the wide views make me sentimental", Moods: sad, Energy: quiet},                                                        // [corin]
		{Text: "or very bombastic music made for listening through headphones", Moods: []string{"epic", "intense"}, Energy: lively},                                  // [corin]

		// The coffee shop and the bookshop.
		{Text: "80s music for flashback fridays at the coffee shop", Years: [2]int{1980, 1989}, Sounds: []string{"pop", "rock"}},                    // [chatta]
		{Text: "less known music that fits the shop, not too loud", Energy: [2]float64{0.2, 0.6}, Contexts: []string{"background"}},                 // [chatta]
		{Text: "bluegrass for the fast paced morning rush at the cafe", Genres: []string{"bluegrass"}, Tempo: [2]float64{100, 0}},                   // [hound]
		{Text: "classical for a slow lazy afternoon in the cafe", Genres: []string{"classical"}, Energy: quiet},                                     // [hound]
		{Text: "electronic or disco to keep the baristas boogieing in the morning hustle", Genres: []string{"disco", "electronic"}, Energy: lively}, // [hound]
		{Text: "folk and americana for the cafe", Genres: []string{"folk", "americana"}},                                                            // [hound]
		{Text: "music on the low setting, there for atmosphere, not nerve wracking", Energy: [2]float64{0, 0.4}, Contexts: []string{"background"}},  // [coffeeforum]

		// The yoga class.
		{Text: "vinyasa flow music that builds and then comes back down for savasana", Moods: calm, Energy: [2]float64{0.1, 0.6}},                  // [sarahsana]
		{Text: "something spacey and drawn out for yoga", Sounds: []string{"ambient", "rock"}, Moods: []string{"dreamy"}, Tempo: slow},             // [pranakriya]
		{Text: "new age for a gentle yoga class, no syncopated piano", Genres: []string{"new-age music"}, ExcludeInstruments: []string{"piano"}},   // [pranakriya]
		{Text: "music that elevates the energy of the room for a power class", Energy: lively, Moods: []string{"energetic", "uplifting"}},          // [dgyoga]
		{Text: "bring the room down a notch for the last 15 minutes of yoga", Moods: calm, Energy: [2]float64{0, 0.3}, Duration: 15 * time.Minute}, // [dgyoga]

		// The breakup.
		{Text: "an angrier rock song for cutting his head out of all my pictures", Genres: []string{"rock"}, Moods: []string{"angry", "aggressive", "intense"}},                                    // [diwarta]
		{Text: "songs for quiet, wistful reflection after the breakup", Moods: []string{"wistful", "melancholic", "reflective"}, Energy: quiet},                                                    // [diwarta]
		{Text: "songs to ramp me up for a night on the town now i'm single", Contexts: []string{"party", "dancing"}, Energy: lively},                                                               // [diwarta]
		{Text: "something to laugh, cry and jump around my room to", Energy: [2]float64{0.55, 1}, Moods: []string{"energetic", "playful"}},                                                         // [mindover]
		{Text: "an oldie but goodie about a heartbreaker, 80s rock", Genres: []string{"rock"}, Years: [2]int{1978, 1989}},                                                                          // [mindover]
		{Text: "if i'm going to be pitiful i might as well do it to a good dance beat", Sounds: []string{"dance", "disco"}, Moods: []string{"melancholic", "dark"}, Contexts: []string{"dancing"}}, // [kqed]

		// The lab.
		{Text: "music for eight hours at the bench in lab", Contexts: []string{"working", "focus"}, Energy: [2]float64{0.2, 0.65}},      // [hopkins]
		{Text: "something while i wait for the centrifuge to finish", Energy: [2]float64{0.5, 1}, Moods: []string{"groovy", "playful"}}, // [imasci]
		{Text: "music for focused data analysis", Contexts: []string{"focus", "studying"}, Vocals: no()},                                // [sciam]
		{Text: "for routine, overlearned lab tasks, something poppy", Genres: []string{"pop"}},                                          // [sciam]

		// Christmas baking.
		{Text: "old school pop to dance around the kitchen rolling out cookie dough", Genres: []string{"pop"}, Years: [2]int{0, 2005}, Contexts: []string{"cooking", "dancing"}}, // [lofty]
		{Text: "ridiculously cheesy but fun songs for frosting cookies", Genres: []string{"pop", "europop"}, Moods: happy},                                                       // [lofty]
		{Text: "rockin around the kitchen, a cookie decorating playlist", Genres: []string{"rock and roll", "rock"}, Moods: happy},                                               // [coolprog]
		{Text: "80s pop for decorating cookies with my sisters", Genres: []string{"pop"}, Years: [2]int{1980, 1989}},                                                             // [coolprog]
		{Text: "music to bake by with a glass of wine, retro soul", Genres: []string{"soul"}, Contexts: []string{"cooking"}},                                                     // [gallo]
		{Text: "very groovy soul, just right for a lazy weekend and baking", Genres: []string{"soul"}, Moods: []string{"groovy"}},                                                // [gallo]
		{Text: "something that gives me the warm fuzzies while the cookies bake", Moods: []string{"warm", "nostalgic"}, Energy: [2]float64{0.2, 0.6}},                            // [memy]

		// The thunderstorm.
		{Text: "a moody playlist to celebrate a thunderstorm", Moods: []string{"moody", "dark", "melancholic"}, Contexts: []string{"rainy day"}},                      // [melita]
		{Text: "moody music to muddle in the background while i do creative work in the storm", Moods: []string{"moody", "dreamy"}, Contexts: []string{"background"}}, // [melita]
		{Text: "really chill stuff to listen to during a thunderstorm", Contexts: []string{"rainy day"}, Energy: quiet},                                               // [listsof]
		{Text: "something violent for stormy weather", Energy: [2]float64{0.8, 1}, Moods: []string{"intense", "aggressive"}},                                          // [listsof]
		{Text: "songs with the menace of the coming chaos before the storm", Moods: []string{"tense", "dark"}},                                                        // [popm]
		{Text: "any songs with storm in the name?", Search: "storm"},                                                                                                  // [popm]
		{Text: "intense yet relaxing, the mood of a thunderstorm", Moods: []string{"intense", "mysterious", "calm"}},                                                  // [indyj]

		// Genres across the tree, most held by one artist of the catalogue.
		{Text: "kwela pennywhistle jive", Genres: []string{"kwela"}},
		{Text: "some hiplife from ghana", Genres: []string{"hiplife"}},
		{Text: "semba please, something to dance to", Genres: []string{"semba"}, Contexts: []string{"dancing"}},
		{Text: "tape music and live electronics, quiet experiments", Genres: []string{"tape music", "live electronics"}, Energy: quiet},
		{Text: "ethnic electronica for yoga", Genres: []string{"ethnic electronica"}, Energy: quiet},
		{Text: "some kayokyoku, old japanese pop", Genres: []string{"kayōkyoku"}},
		{Text: "korean pop, the newest you have", Genres: []string{"korean pop"}, Years: [2]int{2020, 0}},
		{Text: "liwa music from the gulf", Genres: []string{"liwa"}},
		{Text: "chicago blues with a big electric guitar", Genres: []string{"chicago blues"}, Instruments: []string{"electric guitar"}},
		{Text: "detroit blues, slow and sad", Genres: []string{"detroit blues"}, Tempo: slow, Moods: sad},
		{Text: "1950s rhythm and blues", Genres: []string{"rhythm and blues", "contemporary r&b"}, Years: [2]int{1950, 1959}},
		{Text: "sertaneja, brazilian country music", Genres: []string{"música sertaneja"}},
		{Text: "tropicália from the 60s", Genres: []string{"tropicalia"}, Years: [2]int{1958, 1969}},
		{Text: "ballet music for stretching", Genres: []string{"ballet"}, Energy: quiet},
		{Text: "monks chanting, gregorian", Genres: []string{"gregorian chant"}},
		{Text: "sacred choral music for sunday morning", Genres: []string{"sacred music"}, Energy: quiet},
		{Text: "old comedy records from the sixties", Genres: []string{"comedy"}, Years: [2]int{1960, 1969}},
		{Text: "texas country for the pickup", Genres: []string{"texas country"}, Contexts: []string{"driving"}},
		{Text: "breakcore. the most chaotic you've got", Genres: []string{"breakcore"}, Energy: [2]float64{0.85, 1}},
		{Text: "french house for a rooftop party", Genres: []string{"french house"}, Contexts: []string{"party"}},
		{Text: "funky house to clean the flat", Genres: []string{"funky house"}},
		{Text: "goa trance for a long night drive", Genres: []string{"goa trance"}, Contexts: []string{"driving", "late night"}},
		{Text: "industrial, heavy and mechanical", Genres: []string{"industrial"}, Energy: lively},
		{Text: "old school rave music", Genres: []string{"rave music"}},
		{Text: "uk hardcore from the late 80s and early 90s", Genres: []string{"uk hardcore"}, Years: [2]int{1987, 1994}},
		{Text: "italo disco for a retro night", Genres: []string{"italo disco"}},
		{Text: "intelligent drum and bass, no vocals", Genres: []string{"intelligent drum and bass"}, Vocals: no()},
		{Text: "sambass, brazilian drum and bass", Genres: []string{"sambass"}},
		{Text: "dance punk with cowbell energy", Genres: []string{"dance-punk"}},
		{Text: "dance rock from 2006 or 2007", Genres: []string{"dance-rock"}, Years: [2]int{2006, 2007}},
		{Text: "laptronica, clicks and cuts", Genres: []string{"laptronica"}},
		{Text: "skweee from scandinavia", Genres: []string{"skweee"}},
		{Text: "truly experimental music, the stranger the better", Genres: []string{"avant-garde"}, Moods: []string{"mysterious", "tense"}},
		{Text: "contemporary folk from 1980", Genres: []string{"contemporary folk"}, Years: [2]int{1979, 1982}},
		{Text: "p funk, the mothership", Genres: []string{"p-funk"}},
		{Text: "8 bit chiptune", Genres: []string{"chiptune"}},
		{Text: "hip pop for the car", Genres: []string{"hip pop"}, Contexts: []string{"driving"}},
		{Text: "jerkin, the LA dance rap", Genres: []string{"jerkin'"}},
		{Text: "avant garde jazz, quiet and odd", Genres: []string{"avant-garde jazz"}, Energy: quiet},
		{Text: "django style gypsy jazz", Genres: []string{"gypsy jazz"}},
		{Text: "neo swing for a dance lesson", Genres: []string{"neo-swing"}},
		{Text: "zouk from the antilles, romantic", Genres: []string{"zouk"}, Moods: []string{"romantic", "sensual"}},
		{Text: "post metal, long and heavy", Genres: []string{"post-metal"}},
		{Text: "thrash from around 2000", Genres: []string{"thrash metal"}, Years: [2]int{1997, 2003}},
		{Text: "traditional heavy metal with twin guitars", Genres: []string{"traditional heavy metal"}},
		{Text: "psychobilly for a hot rod show", Genres: []string{"psychobilly"}},
		{Text: "new wave from 1985 to 88", Genres: []string{"new wave"}, Years: [2]int{1985, 1988}},
		{Text: "noise pop, loud and sweet", Genres: []string{"noise pop"}},
		{Text: "post rock crescendos", Genres: []string{"post-rock"}},
		{Text: "sadcore for a grey day", Genres: []string{"sadcore"}},
		{Text: "modern soul with a band", Genres: []string{"soul"}, Years: [2]int{2010, 0}},
		{Text: "video game music from the 90s", Genres: []string{"video game music"}, Years: [2]int{1990, 1999}},

		// Genres the catalogue lacks, graded by their nearest parent it holds.
		{Text: "bebop for a late night", Genres: []string{"jazz"}, Contexts: []string{"late night"}},
		{Text: "cool jazz, miles davis kind of blue vibes", Genres: []string{"jazz"}, Moods: []string{"mellow", "warm"}},
		{Text: "shoegaze wall of sound", Genres: []string{"alternative rock"}},
		{Text: "trip hop for a rainy afternoon", Genres: []string{"downtempo"}, Energy: quiet},
		{Text: "dubstep with a massive drop", Sounds: []string{"dance"}, Energy: lively},
		{Text: "delta blues, just a guy and a guitar", Genres: []string{"blues"}},
		{Text: "k-pop for dance practice", Genres: []string{"korean pop"}, Energy: lively},
		{Text: "highlife guitars", Genres: []string{"african"}, Instruments: []string{"electric guitar"}},
		{Text: "salsa night", Genres: []string{"caribbean and latin american"}, Contexts: []string{"dancing"}},
		{Text: "bossa nova for dinner", Genres: []string{"brazilian"}, Contexts: []string{"dinner party"}},
		{Text: "samba for a hot day", Genres: []string{"brazilian"}},
		{Text: "roots dub", Genres: []string{"reggae"}},
		{Text: "pop punk for a skate session", Genres: []string{"punk rock"}, Energy: lively},
		{Text: "black metal, raw", Genres: []string{"heavy metal"}},
		{Text: "deep house for a sunset", Genres: []string{"house"}},
		{Text: "neo soul for a date night", Genres: []string{"soul"}, Moods: []string{"romantic", "sensual"}},
		{Text: "g funk for cruising", Genres: []string{"hip hop"}, Contexts: []string{"driving"}},
		{Text: "boom bap beats", Genres: []string{"hip hop"}},
		{Text: "synthwave for a night drive", Sounds: []string{"electronica"}, Instruments: []string{"synthesizer"}, Contexts: []string{"driving", "late night"}},
		{Text: "lounge music for cocktails", Genres: []string{"easy listening"}},
		{Text: "indie rock for the weekend", Genres: []string{"alternative rock"}},
		{Text: "surf rock", Genres: []string{"rock"}},
		{Text: "psych rock", Genres: []string{"rock"}},
		{Text: "big band swing", Genres: []string{"jazz"}},

		// Moods, seasons and times of day.
		{Text: "something bittersweet", Moods: []string{"wistful", "nostalgic", "melancholic"}},
		{Text: "music that sounds like a hug", Moods: []string{"warm", "mellow"}, Energy: quiet, Sounds: []string{"soul", "folk", "bossa"}},
		{Text: "tense music for writing a thriller chapter", Moods: []string{"tense", "dark", "mysterious"}, Contexts: []string{"focus"}},
		{Text: "euphoric stuff for the last hour of the night", Moods: []string{"euphoric"}, Energy: lively},
		{Text: "hopeful songs for a new year", Moods: []string{"hopeful", "uplifting"}},
		{Text: "snow day music, cosy and slow", Moods: []string{"warm", "calm"}, Tempo: slow, Energy: quiet},
		{Text: "first warm day of spring, bright and happy", Moods: []string{"bright", "happy"}},
		{Text: "autumn leaves falling, nostalgic folk", Genres: []string{"folk"}, Moods: []string{"nostalgic", "wistful"}},
		{Text: "hot august night", Moods: []string{"sensual", "warm"}, Contexts: []string{"late night"}},
		{Text: "sunday morning slow", Moods: []string{"calm", "warm", "mellow"}, Tempo: slow},
		{Text: "pre dawn, everything still", Moods: calm, Energy: [2]float64{0, 0.3}},
		{Text: "golden hour songs", Moods: []string{"warm", "dreamy", "nostalgic"}},
		{Text: "angsty music for a bad day", Moods: []string{"angry", "intense"}, Energy: lively},
		{Text: "mysterious and dreamy, no drums", Moods: []string{"mysterious", "dreamy"}, ExcludeInstruments: []string{"drums", "drum machine"}},
		{Text: "reflective piano for a long walk home", Instruments: []string{"piano"}, Moods: []string{"reflective", "calm"}},
		{Text: "a stargazing playlist, vast and calm", Moods: []string{"dreamy", "calm", "epic"}, Energy: quiet},
		{Text: "diwali party, bright and danceable", Moods: []string{"happy", "bright"}, Contexts: []string{"dancing", "party"}},
		{Text: "quiet evening after breaking the fast", Moods: []string{"calm", "warm", "peaceful"}, Energy: quiet},

		// Activities and settings.
		{Text: "music for a kids birthday party, happy and silly", Moods: []string{"happy", "playful"}, Contexts: []string{"party"}},
		{Text: "dinner party, warm and unobtrusive", Contexts: []string{"dinner party"}, Energy: [2]float64{0.2, 0.6}},
		{Text: "baby shower background music", Moods: []string{"happy", "warm", "calm"}, Contexts: []string{"background"}},
		{Text: "graduation party bangers", Contexts: []string{"party"}, Moods: happy, Energy: lively},
		{Text: "rowing machine intervals", Contexts: []string{"working out"}, Energy: lively, Tempo: [2]float64{120, 0}},
		{Text: "surfing playlist, sunny and fast", Moods: happy, Energy: lively},
		{Text: "horse riding out on the trail", Sounds: []string{"country", "folk"}, Moods: []string{"hopeful", "warm"}},
		{Text: "ice skating at the rink", Moods: []string{"happy", "playful", "euphoric"}, Energy: [2]float64{0.5, 0.9}},
		{Text: "calligraphy practice, something slow and steady", Tempo: slow, Energy: quiet, Contexts: []string{"focus"}},
		{Text: "music for the barber shop on a saturday", Genres: []string{"hip hop", "soul"}},
		{Text: "martial arts dojo training", Energy: lively, Moods: []string{"intense", "energetic"}, Contexts: []string{"working out"}},
		{Text: "relaxing at the dentist, keep me calm", Moods: calm, Energy: [2]float64{0, 0.35}},
		{Text: "hospital bed, three days in, need comfort", Moods: []string{"warm", "calm", "hopeful"}, Energy: quiet},
		{Text: "background for a spanish language class", Genres: []string{"caribbean and latin american"}, Energy: [2]float64{0, 0.55}},
		{Text: "around the campfire after dark", Instruments: []string{"acoustic guitar"}, Moods: []string{"warm", "nostalgic"}},
		{Text: "road cycling race day warm up", Energy: lively, Contexts: []string{"running", "working out"}},
		{Text: "cooking dinner for two", Contexts: []string{"cooking", "dinner party"}, Moods: []string{"romantic", "warm"}},
		{Text: "reading by the fire", Contexts: []string{"reading"}, Energy: quiet},

		// Instruments and voices.
		{Text: "saxophone solos for a rainy night", Instruments: []string{"saxophone"}, Contexts: []string{"rainy day", "late night"}},
		{Text: "trumpet, lots of trumpet", Instruments: []string{"trumpet"}},
		{Text: "cello and violin, sad", Instruments: []string{"cello", "violin"}, Moods: sad},
		{Text: "heavy brass section, party", Instruments: []string{"brass"}, Contexts: []string{"party"}},
		{Text: "a female voice singing softly", Vocals: yes(), Energy: quiet},
		{Text: "no singing at all, only instruments", Vocals: no(), Full: true},
		{Text: "acoustic guitar, no vocals", Instruments: []string{"acoustic guitar"}, Vocals: no()},
		{Text: "analog synths", Instruments: []string{"synthesizer"}},

		// Exclusions.
		{Text: "party music but no rap", Contexts: []string{"party"}, ExcludeGenres: []string{"rap"}, Energy: lively, Full: true},
		{Text: "road trip songs, anything but country", Contexts: []string{"road trip", "driving"}, ExcludeGenres: []string{"country"}, Full: true},
		{Text: "workout mix, skip the metal", Contexts: []string{"working out"}, ExcludeGenres: []string{"metal"}, Energy: lively, Full: true},
		{Text: "chill instrumentals, nothing electronic", Vocals: no(), Energy: quiet, ExcludeGenres: []string{"electronic"}, Full: true},
		{Text: "relaxing stuff without jazz", Moods: calm, Energy: quiet, ExcludeGenres: []string{"jazz"}, Full: true},
		{Text: "upbeat but no dance music", Energy: lively, ExcludeGenres: []string{"dance music"}, Full: true},
		{Text: "focus music, no classical please, i've had enough", Contexts: []string{"focus", "studying"}, ExcludeGenres: []string{"classical"}, Full: true},
		{Text: "anything but punk", ExcludeGenres: []string{"punk"}, Full: true},
		{Text: "no game music and nothing by freedoom", ExcludeGenres: []string{"game music"}, ExcludeArtist: "freedoom", Full: true},
		{Text: "jazz but nothing by glass mirrors", Genres: []string{"jazz"}, ExcludeArtist: "glass mirrors", Full: true},
		{Text: "metal, nothing by cedar parade", Genres: []string{"heavy metal"}, ExcludeArtist: "cedar parade", Full: true},
		{Text: "country without banjo", Genres: []string{"country"}, ExcludeInstruments: []string{"banjo"}},
		{Text: "rock with no electric guitar", Genres: []string{"rock"}, ExcludeInstruments: []string{"electric guitar"}},
		{Text: "mellow evening, skip the reggae", Moods: calm, Energy: quiet, ExcludeGenres: []string{"reggae"}, Full: true},
		{Text: "sad songs without pop", Moods: sad, ExcludeGenres: []string{"pop"}, Full: true},
		{Text: "dinner music, no hip hop, no techno", Contexts: []string{"dinner party"}, ExcludeGenres: []string{"hip hop", "techno"}, Full: true},

		// The library's artists and titles.
		{Text: "more from iron tides", LikeArtist: "Iron Tides"},
		{Text: "something like quiet pines but slower", LikeArtist: "Quiet Pines", Slower: true},
		{Text: "like lunar tides but calmer", LikeArtist: "Lunar Tides", Calmer: true},
		{Text: "like salt wolves", LikeArtist: "Salt Wolves"},
		{Text: "like golden heights but livelier", LikeArtist: "Golden Heights", Livelier: true},
		{Text: "like kraken attack but faster", LikeTitle: "Kraken Attack", Faster: true},
		{Text: "like lullaby for lanterns but even calmer", LikeTitle: "Lullaby for Lanterns", Calmer: true},
		{Text: "like sunday morning coffee but slower", LikeTitle: "Sunday Morning Coffee", Slower: true},
		{Text: "like boogie down lights", LikeTitle: "Boogie Down Lights"},
		{Text: "like midnight boogie but more energetic", LikeTitle: "Midnight Boogie", Livelier: true},
		{Text: "play lanterns", Search: "lanterns"},
		{Text: "something by copper bells", Search: "copper bells"},
		{Text: "anything by the paper foxes", Search: "paper foxes"},
		{Text: "tracks called midnight something", Search: "midnight"},
		{Text: "static orchard", Search: "static orchard"},

		// Decades and years.
		{Text: "60s soul jazz", Genres: []string{"soul jazz", "jazz"}, Years: [2]int{1960, 1969}},
		{Text: "punk from 1979 to 1982", Genres: []string{"punk rock"}, Years: [2]int{1979, 1982}},
		{Text: "music from 1984", Years: [2]int{1984, 1984}},
		{Text: "90s dance", Sounds: []string{"dance", "disco"}, Years: [2]int{1990, 1999}},
		{Text: "hip hop from the last five years", Genres: []string{"hip hop"}, Years: [2]int{2020, 0}},
		{Text: "2000s metal", Genres: []string{"heavy metal"}, Years: [2]int{2000, 2009}},
		{Text: "latin from the nineties", Genres: []string{"caribbean and latin american"}, Years: [2]int{1990, 1999}},
		{Text: "electronic music released after 2015", Genres: []string{"electronic"}, Years: [2]int{2015, 0}},

		// Counts, lengths and tempo.
		{Text: "give me 5 jazz tracks", Genres: []string{"jazz"}, Count: 5},
		{Text: "a 20 minute metal blast", Genres: []string{"heavy metal"}, Duration: 20 * time.Minute},
		{Text: "45 minutes of folk", Genres: []string{"folk"}, Duration: 45 * time.Minute},
		{Text: "an hour of ambient for sleep", Genres: []string{"ambient"}, Contexts: []string{"sleeping"}, Duration: time.Hour},
		{Text: "songs at 170 bpm for running", Tempo: [2]float64{160, 180}, HardBPM: [2]float64{160, 180}, Contexts: []string{"running"}},
		{Text: "between 90 and 100 bpm", Tempo: [2]float64{90, 100}, HardBPM: [2]float64{90, 100}},
		{Text: "under 80 bpm and quiet", Tempo: [2]float64{0, 80}, HardBPM: [2]float64{0, 80}, Energy: quiet},
		{Text: "10 songs for a 128 bpm spin warmup", Tempo: [2]float64{124, 132}, HardBPM: [2]float64{124, 132}, Count: 10},

		// Slang, misspellings and emoji.
		{Text: "vibey stuff fr", Moods: []string{"mellow", "groovy", "dreamy"}},
		{Text: "sum chill rnb", Genres: []string{"rhythm and blues"}, Energy: quiet},
		{Text: "classcial musik for studing", Genres: []string{"classical"}, Contexts: []string{"studying"}},
		{Text: "hiphop beats 2 workout", Genres: []string{"hip hop"}, Contexts: []string{"working out"}},
		{Text: "🎃👻 spooky", Moods: []string{"dark", "mysterious"}},
		{Text: "☔️ + 📚", Contexts: []string{"rainy day", "reading"}},
		{Text: "🕺 disco", Genres: []string{"disco"}},
		{Text: "smth 2 cry 2", Moods: sad, Energy: quiet},
		{Text: "chil beats no lyrics", Energy: quiet, Vocals: no()},

		// Long requests.
		{Text: "i'm hosting a board game night for six friends and want something in the background that won't distract anyone, no vocals, nothing too fast, maybe a bit jazzy", Genres: []string{"jazz"}, Vocals: no(), Tempo: [2]float64{0, 110}},
		{Text: "long shift tomorrow at the hospital so tonight i just want to lie on the floor and listen to something slow and warm, sung, with maybe a bit of soul in it", Genres: []string{"soul"}, Tempo: slow, Moods: []string{"warm"}, Vocals: yes()},
		{Text: "my dad is retiring after 40 years and we're throwing him a party, he loves 60s and 70s rock and a bit of country, nothing too loud because the grandparents will be there", Genres: []string{"rock", "country"}, Years: [2]int{1960, 1979}, Energy: [2]float64{0, 0.8}},
		{Text: "driving through the night from munich to berlin and i need electronic music that keeps me awake but doesn't make me want to speed, steady beats around 120", Genres: []string{"electronic"}, Tempo: [2]float64{110, 130}, Contexts: []string{"driving", "late night"}},
		{Text: "for chemo tomorrow i want a playlist of about an hour that starts calm and stays hopeful, instrumental if possible, definitely no metal", ExcludeGenres: []string{"metal"}, Moods: []string{"hopeful", "calm", "peaceful"}, Vocals: no(), Duration: time.Hour},
		{Text: "we are decorating the tree and baking gingerbread with the kids this afternoon so something happy and bouncy that everyone can sing along to, pop is fine", Genres: []string{"pop"}, Moods: happy, Vocals: yes()},
		{Text: "coding until 4am on a deadline and i need dark electronic music with no words that keeps a steady pulse without getting aggressive or too loud", Genres: []string{"electronic"}, Moods: []string{"dark", "moody"}, Vocals: no(), Energy: [2]float64{0.3, 0.75}},
		{Text: "teaching a beginners yoga class at 7am and i need twenty minutes of slow ambient or new age with no lyrics and absolutely no drums at all", Genres: []string{"ambient", "new-age music"}, Vocals: no(), ExcludeInstruments: []string{"drums", "drum machine"}, Duration: 20 * time.Minute},

		// Refinements over several turns.
		{Text: "slower", Turns: []string{"music for painting miniatures"}, Tempo: slow},
		{Text: "no vocals though", Turns: []string{"something for a long train ride"}, Vocals: no()},
		{Text: "more upbeat", Turns: []string{"country for the barbecue"}, Genres: []string{"country"}, Energy: [2]float64{0.55, 1}},
		{Text: "only from the 90s", Turns: []string{"hip hop for the gym"}, Genres: []string{"hip hop"}, Years: [2]int{1990, 1999}, Contexts: []string{"working out"}},
		{Text: "darker", Turns: []string{"ambient for a board game"}, Genres: []string{"ambient"}, Moods: dark},
		{Text: "now something totally different", Turns: []string{"heavy metal for lifting"}, Avoid: []string{"metal"}},
		{Text: "give me 8", Turns: []string{"reggae for the beach"}, Genres: []string{"reggae"}, Count: 8},
		{Text: "less electronic, more acoustic", Turns: []string{"chill music for a snow day"}, Instruments: []string{"acoustic guitar", "piano"}, Energy: quiet},
		{Text: "without the rap", Turns: []string{"party music for new years eve"}, Contexts: []string{"party"}, ExcludeGenres: []string{"rap"}, Full: true},
		{Text: "faster, for the sprint", Turns: []string{"spin class warm up", "now the climb"}, Tempo: fast, Energy: lively},
		{Text: "and calmer", Turns: []string{"jazz for the cafe"}, Genres: []string{"jazz"}, Energy: [2]float64{0, 0.35}},
		{Text: "in spanish if you have it", Turns: []string{"something romantic for the first dance"}, Sounds: []string{"latin"}, Moods: []string{"romantic"}},
	}
}
