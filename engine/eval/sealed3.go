package eval

import "time"

// sealed3Requests are a fifth batch of phrasings, written on 1 December
// 2026 while the request reader was being changed in parallel (using the
// second sealed batch for diagnosis), by a writer who had read neither
// the reader (its vocabulary, code and lexicon data) nor the phrasings of
// the other batches nor any list of missed words or per-request results:
// only the catalogue's hidden attributes (genres of the tree, templates,
// moods, contexts, instruments, vocals, tempo, energy, years, artists and
// titles) and the grading code. Just over half adapt real people's
// wording: playlist posts and titles, forum threads, Q&A answers and
// blog requests for music, each tagged with the key of its source below
// and kept as the person worded it (slang, grammar, hedges, several
// constraints at once), changed only so the catalogue can answer it. The
// others are written as varied ordinary people would type them: genres
// across the whole tree (some the catalogue lacks, named as people name
// them), subgenres and decade styles, moods, activities, settings, times
// of day, days, seasons, weather, instruments and vocals, negations and
// exclusions, "like X but Y" with the catalogue's titles and artists,
// numbers, misspellings, slang, very short and long rambling requests,
// and refinements over several turns. The batch is sealed: the harness
// reports its figures only when asked (-measure sealed3), so it is run to
// measure, never read for diagnosis, tuning or feedback. The grades say
// what the person meant, in the catalogue's hidden attributes, as in
// Requests. Of the 485 phrasings written, 249 (51 %) adapt wording from
// the 80 sources below; the harness leaves out 14 that no track of the
// catalogue earns a grade of 2 for and 17 whose text an earlier batch
// already holds, so the batch holds 454, 247 of them (54 %) adapted.
//
// Sources of adapted wording:
//
//	[wiss]  https://www.womeninsciencesocietysdsu.org/post/less-lyrics-more-productivity
//	[afl]   https://academicfloss.org/2021/03/music-for-studying/
//	[ford]  https://thefordhamram.com/culture/start-semester-right-banger
//	[hclan] https://www.hercampus.com/school/lancaster/ultimate-study-playlist-deadline-season
//	[wknc]  https://wknc.org/2023/04/15/exploring-study-music-a-playlist
//	[tofnd] https://tofindthebeautiful.wordpress.com/2015/02/17/travel-tuesday-road-trip-playlist/
//	[ptbn]  https://placetobenation.com/the-other-five-count-road-trip-playlists/
//	[wab]   https://www.wineandabout.com/lifestyle/on-a-different-note/
//	[mcb]   https://mycookingblog.com/the-musical-menu
//	[sunl]  https://d2dve11u4nyc18.cloudfront.net/discussions/perfect-soundtrack-for-stylish-sunday-lunch?sort_order=desc
//	[klis]  http://kathleenlisson.blogspot.com/2008/03/musician-and-fellow-csw-joe-roberts-has.html
//	[tbm]   https://totalbettymedia.com/2013/07/23/five-albums-to-spice-up-your-next-dinner-party/
//	[simt]  https://simontanna.netlify.app/pages/blog/blog1
//	[twp]   https://theweekendprogrammer.com/what-do-i-listen-to-while-coding
//	[xav]   http://tech.xavierpacheco.com/category/Software-Development.aspx
//	[eat]   https://eatsip365.com/a-workout-song-guide-for-cardio-and-lifting
//	[dolce] http://thedolcediet.com/3-workout-music-playlists-for-every-training-session
//	[mhs]   https://my-health-source.com/article/pump-up-the-volume-picking-the-perfect-workout-playlist
//	[oprah] https://www.oprah.com/health/workout-playlist-best-exercise-songs/all
//	[jez]   https://www.jezebel.com/a-super-chill-playlist-for-the-self-diagnosed-insomniac-1716874314
//	[romp]  https://www.romper.com/p/9-songs-to-help-you-fall-asleep-at-night-when-you-cant-count-sheep-3398
//	[cnb]   http://communitynewsblog.com/2020/03/10-sleep-songs-to-listen-to-when-youre-lying-awake-at-night
//	[tunt]  https://tunetempest.co.uk/80s-synthwave-playlist
//	[dgc]   https://www.dailygamecock.com/article/2020/11/ride-the-sythwave-trainor-arts
//	[amj]   http://www.amanda-jayne.me/2016/08/the-heartbreaker-playlist-1.html
//	[deena] https://www.deenakay.com/blog/finding-comfort-in-sadness-the-music-you-need-to-have-for-a-good-cry
//	[trb]   http://www.therisingblog.com/blog/2015/10/7/autumn-air
//	[vapo]  http://www.vapourtrailblog.co.uk/2015/10/one-big-autumn-playlist.html
//	[shine] https://shinedaily.co/lifestyle/the-best-cozy-autumn-playlist
//	[anf]   https://www.anfocal.ie/index.php/cozy-and-folksy-tracks-for-a-dreamy-october/
//	[ppu]   https://ppuglobe.com/2019/10/cozy-playlist-ready-for-autumn-season/
//	[lola]  https://hiplatina.com/lolas-pov-looking-for-some-summer-jams/
//	[idk]   https://idkletsgo.com/music/2018/6/21/the-ultimate-summer-beach-party-playlist
//	[ekov]  https://elizabethkovar.com/top-10-summer-beach-playlist/
//	[gpf]   https://guardianpoolfence.com/music-pool-party/
//	[maus]  http://mausic.net/a-caribbean-music-playlist-that-will-take-you-to-the-beach/
//	[wpgu]  https://wpgu.com/wpgu-playlist-i-listen-to-all-music-except-country/
//	[mfm]   https://matthewfmurphy.wordpress.com/2017/08/10/i-listen-to-everything-except-country-and-rap/
//	[flu]   https://fluther.com/69055/the-worst-genre-of-music-to-you-is
//	[tsp]   https://blog.travisspomer.com/2005/01/genres.html
//	[aiai]  http://www.aiaiai.dk/blog/the-aiaiai-90s-hip-hop-playlist
//	[nwb]   https://nowherebros.wordpress.com/2015/11/14/the-ultimate-hip-hop-playlist-2015/
//	[mtm]   https://morethanmeh.net/2014/04/10/90s-hip-hop-playlist/
//	[mtoc]  https://www.musicto.com/playlist/for-the-culture-nostalgic-hip-hop/
//	[phys]  https://www.physicsforums.com/threads/what-piano-piece-should-i-learn.232589/
//	[mpn]   https://forums.musicplayer.com/topic/68436-if-you-had-to-recommend-five-must-know-songs-to-a-new-pianist/
//	[maids] https://maidseverett.com/cleaning-day-playlist/
//	[aptt]  https://www.apartmenttherapy.com/whats-on-your-cleaning-playlist-223567
//	[bkuj]  http://bethkujawski.blogspot.com/2010/06/move-to-music.html
//	[cardi] http://www.cardigansandcravats.com/blog/2014/12/22/wintery-mix
//	[buro]  https://www.buro247.my/culture/music/buro-24-7-malaysia-playlist-21-songs-for-a-cold-da.html
//	[jang]  https://janglerspuzzles.com/lifestyle/25-winter-songs-to-listen-to-when-its-ridiculously-cold-outside/
//	[marcy] https://marcygoeswild.com/marcy-goes-wild-2-swinging-techno/
//	[modm]  https://www.modernmoves.org.uk/tag/sylvester/
//	[thght] https://thought.is/8-dance-songs-youve-never-heard-that-will-get-you-powered-up-for-the-weekend/
//	[wkut]  https://wkutalisman.com/playlist-country-for-people-who-dont-like-country/
//	[vox]   https://www.voxmagazine.com/music/country-songs-for-people-who-hate-country-music/article_fc0c8c36-bf19-11e6-8015-9775a1554c85.html
//	[hifi]  https://www.hifianswers.com/2022/10/12-best-blues-albums-for-beginners/
//	[aaj]   http://www.allaboutjazz.com/php/article.php?id=18725&pg=2
//	[dtoid] https://www.destructoid.com/whats-your-favorite-game-music-to-work-to/
//	[twin]  https://twinfinite.net/2013/03/featurama-the-best-video-game-music-playlist-on-spotify-2/
//	[wmh]   https://wedding-music-help.com/cocktailhourmusic.html
//	[abob]  http://www.abrideonabudget.com/2015/06/how-to-create-your-cocktail-hour.html
//	[void]  http://voiddrops.blogspot.com/2011/04/20-great-punk-songs.html
//	[wfo]   http://www.westernfrontonline.com/2017/04/17/playlist-of-the-week-punk-through-the-ages/
//	[dys]   https://dyingscene.com/10-punk-songs-to-kick-start-your-week-with/
//	[egm]   https://ericgatleymeditation.blogspot.com/2020/03/ambient-meditative-music.html
//	[unf]   https://unfspinnaker.com/5360/uncategorized/top-five-meditation-melodies
//	[happy] https://happymag.tv/breathe-in-breathe-out-here-is-the-best-meditation-music-in-the-world/
//	[cub]   http://cubmagazine.co.uk/2020/08/break-your-fast-with-these-sunny-side-up-hits/
//	[expl]  https://www.explained.ph/2025/07/easy-like-sunday-morning-best-50-timeless-songs-for-the-old-souls.html
//	[covet] http://covetliving.com/uncategorized/mixed-tape-easy-like-sunday-morning/
//	[stage] https://www.stage1musicllc.com/newsletter/sundaymorning
//	[red]   https://theredheadgotablog.com/2017/12/06/metal/
//	[kfmx]  http://kfmx.com/i-think-most-metal-sucks-and-heres-why/
//	[bmcn]  http://bergermcnally.blogspot.com/2007/06/young-persons-guide-to-all-things-metal.html
//	[dac]   https://dacairns.blogspot.com/2017/02/celebrate-small-things-taste-of-metal.html
//	[tkick] https://thekicker.blog/2017/04/06/the-search-a-spring-road-trip-playlist/
//	[diff]  http://diffuser.fm/driving-alone-songs/
//	[sxm]   http://blog.siriusxm.com/category/music/page/5/
func sealed3Requests(artistOf func(tmpl string, n int) string) []Request {
	hipA, metalA, jazzA, folkA := artistOf("hip hop", 4), artistOf("metal", 1), artistOf("jazz", 3), artistOf("folk", 1)
	danceA, countryA, classA, popA := artistOf("dance", 5), artistOf("country", 3), artistOf("classical", 2), artistOf("pop", 4)
	rockA, ambA, latinA, reggaeA := artistOf("rock", 4), artistOf("ambient", 4), artistOf("latin", 3), artistOf("reggae", 1)
	bluesA, punkA, elecA, soulA := artistOf("blues", 1), artistOf("punk", 1), artistOf("electronica", 6), artistOf("soul", 0)
	gameA, africanA, asianA, dnbA := artistOf("game", 1), artistOf("african", 2), artistOf("asian", 2), artistOf("drum and bass", 2)
	calm := []string{"calm", "peaceful", "mellow"}
	sad := []string{"melancholic", "wistful", "reflective"}
	happy := []string{"happy", "uplifting", "playful", "euphoric"}
	cosy := []string{"warm", "mellow", "calm"}
	study := []string{"studying", "focus", "reading"}
	sleep := []string{"sleeping", "meditation", "relaxing"}
	gym := []string{"working out", "running"}
	party := []string{"party", "dancing"}
	dinner := []string{"dinner party", "cooking"}
	drive := []string{"driving", "road trip"}
	low, chill, mid, lively, hard := [2]float64{0, 0.4}, [2]float64{0, 0.5}, [2]float64{0.35, 0.7}, [2]float64{0.6, 1}, [2]float64{0.8, 1}
	s70, s80, s90, s00 := [2]int{1970, 1979}, [2]int{1980, 1989}, [2]int{1990, 1999}, [2]int{2000, 2009}

	rs := []Request{
		// Adapted from real wording, tagged with the source's key.
		{Text: "music with basically no lyrics for chemistry homework", Vocals: no(), Contexts: study},                                                                                                                                   // [wiss]
		{Text: "lo-fi hip hop beats or classical symphonies, whatever helps me study without lyrics", Genres: []string{"hip hop", "classical"}, Vocals: no(), Contexts: study},                                                           // [wiss]
		{Text: "low-information relaxing music so i can actually get serious work done", Energy: low, Moods: calm, Contexts: []string{"focus", "working", "studying"}},                                                                   // [wiss]
		{Text: "relaxing music for studying. no punk, no metal, no disco", Energy: chill, Contexts: study, ExcludeGenres: []string{"punk", "metal", "disco"}},                                                                            // [afl]
		{Text: "lo-fi, trip-hop, chillout, ambient, that sort of thing for when i'm studying", Genres: []string{"trip hop", "chill out", "ambient"}, Contexts: study},                                                                    // [afl]
		{Text: "soothing background music, the rain pattering on the window kind, for my office", Moods: []string{"calm", "peaceful"}, Contexts: []string{"focus", "working", "background"}},                                             // [afl]
		{Text: "nothing heavy classical while i study please, normally i love it just not now", Contexts: study, Energy: low},                                                                                                            // [afl]
		{Text: "a little ambient and mellow, a simple backdrop for marathon study sessions", Moods: []string{"mellow", "calm", "dreamy"}, Energy: chill, Contexts: study},                                                                // [ford]
		{Text: "slow-burning melancholy rock for staring out the window during a thunderstorm", Sounds: []string{"rock"}, Moods: []string{"melancholic", "nostalgic", "wistful"}, Tempo: slow},                                           // [ford]
		{Text: "a dreamy mid-tempo bop", Moods: []string{"dreamy"}, Tempo: [2]float64{95, 125}},                                                                                                                                          // [ford]
		{Text: "study music that isn't too instrumental and doesn't make me more sleepy than motivated", Vocals: yes(), Energy: [2]float64{0.4, 0.8}},                                                                                    // [hclan]
		{Text: "something light and very background-y, atmospheric and experimental, for deadline season", Sounds: []string{"experimental", "ambient"}, Contexts: []string{"studying", "focus", "background"}},                           // [hclan]
		{Text: "that feeling of an endless journey through the night, walking along the highway looking at the stars", Contexts: []string{"late night", "driving"}, Moods: []string{"dreamy", "mysterious"}},                             // [hclan]
		{Text: "no intelligible lyrics, some techno for an essay that needs steady progress", Genres: []string{"techno"}, Vocals: no()},                                                                                                  // [wknc]
		{Text: "breakcore. speed high, intensity medium", Genres: []string{"breakcore"}, Tempo: fast, Energy: [2]float64{0.4, 0.85}},                                                                                                     // [wknc]
		{Text: "finishing a project last minute, it calls for some metal", Genres: []string{"heavy metal"}, Energy: hard},                                                                                                                // [wknc]
		{Text: "songs that are a blast to belt out in the car, super upbeat, makes me want to dance", Contexts: drive, Moods: []string{"happy", "euphoric", "energetic"}, Energy: lively, Vocals: yes()},                                 // [tofnd]
		{Text: "my dad is big into the blues so i always gravitate towards bluesy rock songs", Genres: []string{"blues rock"}},                                                                                                           // [tofnd]
		{Text: "something to keep me awake driving through iowa, no offense iowa", Contexts: drive, Energy: lively},                                                                                                                      // [tofnd]
		{Text: "80s music, upbeat and poppy with a mix of old school blended in", Sounds: []string{"pop"}, Years: s80, Energy: lively},                                                                                                   // [ptbn]
		{Text: "new jack swing, you can never go wrong", Genres: []string{"new jack swing"}},                                                                                                                                             // [ptbn]
		{Text: "rap with beats that make your car shake for trekking down 95 south", Genres: []string{"hip hop"}, Contexts: drive},                                                                                                       // [ptbn]
		{Text: "need a break from the rap, let's head back to the 80s", Turns: []string{"rap for the road trip"}, ExcludeGenres: []string{"rap"}, Years: s80},                                                                            // [ptbn]
		{Text: "sophisticated and elegant, won't overpower conversations, most pop isn't great background music", Contexts: []string{"dinner party", "background"}, Energy: chill, ExcludeGenres: []string{"pop"}},                       // [wab]
		{Text: "jazz-bossa nova, lively but not too energetic, a pleasant summer evening feeling", Genres: []string{"bossa nova", "jazz"}, Energy: [2]float64{0.25, 0.65}},                                                               // [wab]
		{Text: "after hours vibe, that deserted bar at three in the morning sound", Genres: []string{"jazz"}, Contexts: []string{"late night"}},                                                                                          // [wab]
		{Text: "mixing rock, bossa and samba, a fun and elegant brazilian sound", Genres: []string{"brazilian"}},                                                                                                                         // [wab]
		{Text: "jazzy, lounge-y selections for a cocktail party, get those martini glasses chilled", Sounds: []string{"jazz", "easy"}, Contexts: []string{"dinner party", "party"}},                                                      // [mcb]
		{Text: "tight slickly produced jazz/funk/lounge fusion, occasional vocals", Genres: []string{"jazz-funk", "acid jazz"}},                                                                                                          // [mcb]
		{Text: "sophisticated grooves running the gamut from soul to polished electronica", Genres: []string{"soul", "electronica"}, Moods: []string{"groovy", "mellow"}},                                                                // [mcb]
		{Text: "perfect soundtrack for a stylish sunday lunch? nothing pretentious, not a night club in paris vibe", Contexts: []string{"dinner party", "cooking", "background"}, Energy: chill, ExcludeGenres: []string{"dance music"}}, // [sunl]
		{Text: "1:00 pm, in the country, rack of lamb, bloody marys and ___ on the stereo", Contexts: dinner, Energy: chill},                                                                                                             // [sunl]
		{Text: "late night dinners listening to kind of blue", Genres: []string{"jazz"}, Contexts: []string{"late night", "dinner party"}},                                                                                               // [sunl]
		{Text: "music for a classy dinner party, approachable for novices but enough going on to please the experts", Contexts: []string{"dinner party"}, Energy: chill},                                                                 // [klis]
		{Text: "baroque composers with broad appeal to go with italian food and wine", Genres: []string{"baroque"}},                                                                                                                      // [klis]
		{Text: "parisian guitar, django style, for a french food and wine pairing", Genres: []string{"gypsy jazz"}, Contexts: []string{"dinner party"}},                                                                                  // [klis]
		{Text: "miles davis ballad period stuff for american cuisine and killer napa wine", Genres: []string{"jazz"}, Tempo: slow, Moods: []string{"romantic", "mellow", "warm"}},                                                        // [klis]
		{Text: "a breezy calypso-inspired jazz album that manages not to be too out there", Genres: []string{"jazz", "calypso"}, Energy: mid},                                                                                            // [tbm]
		{Text: "a soulful female voice doing reggae and ska, bittersweet love songs", Genres: []string{"reggae"}, Vocals: yes(), Moods: []string{"romantic", "melancholic", "wistful", "warm"}},                                          // [tbm]
		{Text: "glassy piano over a bouncy bass and a minimalist drumbeat, meditative", Genres: []string{"jazz"}, Instruments: []string{"piano", "bass"}, Moods: calm},                                                                   // [tbm]
		{Text: "high quality ambient instrumental music, a bubble where nothing exists but the code", Genres: []string{"ambient"}, Vocals: no(), Contexts: []string{"focus", "working"}},                                                 // [simt]
		{Text: "classic metal to decompress my heightened frustration", Genres: []string{"heavy metal"}, Years: [2]int{1970, 1989}},                                                                                                      // [simt]
		{Text: "electronic music, the simple beats set a certain pace", Genres: []string{"electronic"}, Vocals: no()},                                                                                                                    // [twp]
		{Text: "something different today, classical or rock or country", Genres: []string{"classical", "country"}, Sounds: []string{"rock"}},                                                                                            // [twp]
		{Text: "classic rock i'm familiar enough with not to get distracted by the lyrics", Sounds: []string{"rock"}, Years: [2]int{1962, 1985}},                                                                                         // [xav]
		{Text: "new age with gregorian chants in it for coding a complex design", Genres: []string{"new-age music", "gregorian chant"}},                                                                                                  // [xav]
		{Text: "harsh fast paced dark electronica when i'm in the groove", Genres: []string{"electronica"}, Energy: lively, Tempo: fast},                                                                                                 // [xav]
		{Text: "no soft melancholic indie folk intros, i need energy for a deadlift pr", Contexts: []string{"working out"}, Energy: hard, ExcludeGenres: []string{"folk"}},                                                               // [eat]
		{Text: "something to push through that last mile, 150 bpm or more", Contexts: []string{"running"}, HardBPM: [2]float64{150, 0}, Tempo: [2]float64{150, 0}},                                                                       // [eat]
		{Text: "high pace, high energy rap for the treadmill", Genres: []string{"hip hop"}, Energy: lively, Contexts: gym},                                                                                                               // [dolce]
		{Text: "guitar riffs and intense vocals for crossfit or mma sparring", Sounds: []string{"rock", "metal"}, Instruments: []string{"electric guitar"}, Contexts: []string{"working out"}, Energy: hard},                             // [dolce]
		{Text: "hiit music: fast aggressive beats, 130 to 160 bpm", HardBPM: [2]float64{130, 160}, Tempo: [2]float64{130, 160}, Energy: hard, Moods: []string{"aggressive", "intense", "energetic"}},                                     // [mhs]
		{Text: "steady-state cardio, rhythmic and uplifting, around 120–140 bpm", Tempo: [2]float64{120, 140}, Moods: []string{"uplifting", "happy", "energetic"}, Contexts: gym},                                                        // [mhs]
		{Text: "something that calms a person down for the meditative yoga part", Moods: calm, Contexts: sleep, Energy: low},                                                                                                             // [mhs]
		{Text: "songs with a strong bass line, they make you feel powerful when lifting", Instruments: []string{"bass"}, Contexts: []string{"working out"}, Energy: lively},                                                              // [oprah]
		{Text: "what to play for my most dreaded workout", Contexts: gym, Moods: []string{"energetic", "uplifting"}},                                                                                                                     // [oprah]
		{Text: "super chill playlist for the self-diagnosed insomniac, slight kick at first then take the chill level down", Contexts: []string{"sleeping", "late night"}, Energy: chill},                                                // [jez]
		{Text: "smooth jazz is a sleep aid in itself, give me that for bedtime", Genres: []string{"smooth jazz"}, Energy: low},                                                                                                           // [jez]
		{Text: "songs to fall asleep to, 60 bpm or less", Contexts: []string{"sleeping"}, HardBPM: [2]float64{0, 60}, Tempo: [2]float64{0, 60}},                                                                                          // [romp]
		{Text: "who says rock can't be relaxing? mellow electric guitar to wind down", Sounds: []string{"rock"}, Instruments: []string{"electric guitar"}, Energy: [2]float64{0, 0.55}},                                                  // [romp]
		{Text: "string-based classical music to help me fall asleep", Genres: []string{"classical"}, Instruments: []string{"strings", "violin", "cello"}, Energy: low},                                                                   // [romp]
		{Text: "soft vocals, subdued production, simple lyrics, for lying awake at midnight", Vocals: yes(), Energy: low, Contexts: []string{"late night", "sleeping"}},                                                                  // [cnb]
		{Text: "a downtempo piano track that feels like the first five minutes in a hot bubble bath", Genres: []string{"downtempo"}, Instruments: []string{"piano"}, Tempo: slow, Sounds: []string{"ambient"}},                           // [cnb]
		{Text: "80s synthwave and pop that shaped a musical era", Genres: []string{"synthpop"}, Sounds: []string{"pop"}, Years: s80},                                                                                                     // [tunt]
		{Text: "an unforgettable synth riff, the quintessential 80s vibe", Instruments: []string{"synthesizer"}, Years: s80},                                                                                                             // [tunt]
		{Text: "modern synthwave that pays homage to a simpler time, vocal and instrumental", Genres: []string{"synthpop", "electronica"}, Years: [2]int{2010, 0}},                                                                       // [dgc]
		{Text: "80s nostalgia for a stranger things watch party", Years: s80, Moods: []string{"nostalgic", "mysterious"}},                                                                                                                // [dgc]
		{Text: "i really don't wanna listen to extremely happy pop music when i'm sad, okay?", Moods: sad, ExcludeGenres: []string{"pop"}},                                                                                               // [amj]
		{Text: "the piano version, beautiful and devastating", Instruments: []string{"piano"}, Moods: []string{"melancholic", "wistful"}, Tempo: slow},                                                                                   // [amj]
		{Text: "the music is quite stormy but so devastatingly sad", Moods: []string{"melancholic", "dark", "intense"}, Minor: yes()},                                                                                                    // [amj]
		{Text: "my go to playlist for a teary eyed day when everything feels heavy", Moods: sad, Energy: low},                                                                                                                            // [deena]
		{Text: "heart-tugging tunes with soulful melodies about longing", Genres: []string{"soul"}, Moods: []string{"melancholic", "romantic", "wistful"}},                                                                               // [deena]
		{Text: "upbeat and hopeful and nostalgic and acoustic and mellow all at once, for october days", Instruments: []string{"acoustic guitar"}, Moods: []string{"hopeful", "nostalgic", "mellow"}},                                    // [trb]
		{Text: "songs with a real rustic autumnal quality, jacket and flannel shirt weather", Genres: []string{"folk", "country"}, Instruments: []string{"acoustic guitar", "banjo", "violin"}},                                          // [vapo]
		{Text: "quiet and reflective with gentle tempi for a wistful stroll through the foliage", Moods: []string{"reflective", "wistful", "calm"}, Tempo: slow, Energy: chill},                                                          // [shine]
		{Text: "an autumn playlist isn't complete without expressive folk harmonies", Genres: []string{"folk"}, Vocals: yes()},                                                                                                           // [shine]
		{Text: "ella doing gershwin, something to watch over me type vocal jazz", Genres: []string{"vocal jazz"}, Vocals: yes()},                                                                                                         // [shine]
		{Text: "acoustic and folk is the way to go, crisp autumn days", Genres: []string{"folk"}, Instruments: []string{"acoustic guitar"}},                                                                                              // [anf]
		{Text: "catchy feel good and just groovy, to banish any rainy-day blues", Moods: []string{"groovy", "happy"}, Energy: lively},                                                                                                    // [anf]
		{Text: "folky-rock sound that makes you want to fall in love on a fall night", Genres: []string{"folk rock", "folk"}, Moods: []string{"romantic", "warm"}},                                                                       // [ppu]
		{Text: "a good change of pace, more upbeat but still cozy fall appeal", Moods: []string{"warm", "hopeful", "nostalgic"}, Energy: mid, Tempo: [2]float64{105, 0}},                                                                 // [ppu]
		{Text: "spicy latin mix with that clapping foot tapping rhythm, old san juan on a late saturday night", Genres: []string{"caribbean and latin american"}, Contexts: party, Energy: lively},                                       // [lola]
		{Text: "the sweet and spicy sounds of the caribbean", Genres: []string{"caribbean and latin american"}},                                                                                                                          // [lola]
		{Text: "heaps of new rap and tons of 90's hip-hop", Genres: []string{"hip hop"}},                                                                                                                                                 // [lola]
		{Text: "a BOPPIN playlist to dance around to at a pool party, very tbt idgaf", Contexts: party, Moods: []string{"happy", "euphoric", "playful"}, Energy: lively},                                                                 // [idk]
		{Text: "a chill-out lounge and cafe culture favorite for under a street side umbrella", Genres: []string{"chill out", "bossa nova"}, Sounds: []string{"easy"}, Energy: chill},                                                    // [ekov]
		{Text: "no summer playlist goes without reggae, staying cool on a hot summer's day", Genres: []string{"reggae"}},                                                                                                                 // [ekov]
		{Text: "reggae that was born to be part of a good party, smooth pleasant and relaxing", Genres: []string{"reggae"}, Moods: []string{"mellow", "happy", "warm"}},                                                                  // [gpf]
		{Text: "eclectic blend of tango, chanson and lounge with electronic music, very soothing", Genres: []string{"chanson"}, Sounds: []string{"easy", "electronica", "latin"}, Moods: calm},                                           // [gpf]
		{Text: "caribbean beach music, dancehall and soca, dancing at sunset on a party boat", Genres: []string{"dancehall", "soca", "chutney soca"}, Contexts: party},                                                                   // [maus]
		{Text: "a slow-burning dancehall classic from the 80s", Genres: []string{"dancehall", "reggae"}, Years: s80, Tempo: slow},                                                                                                        // [maus]
		{Text: "I listen to all music EXCEPT country", ExcludeGenres: []string{"country"}},                                                                                                                                               // [wpgu]
		{Text: "country that keeps to the traditional roots, from church gospel and the blues", Genres: []string{"country"}, Years: [2]int{1950, 1979}},                                                                                  // [wpgu]
		{Text: "everything except country and rap honestly, surprise me", ExcludeGenres: []string{"country", "rap"}},                                                                                                                     // [mfm]
		{Text: "how's that zither music going? ok fine play me anything but country", ExcludeGenres: []string{"country"}},                                                                                                                // [mfm]
		{Text: "nothing with completely unintelligible lyrics that are growled or screamed", Vocals: yes(), ExcludeGenres: []string{"death metal"}},                                                                                      // [flu]
		{Text: "country from before the mid 1970s, patsy cline and hank williams era", Genres: []string{"country"}, Years: [2]int{1950, 1975}},                                                                                           // [flu]
		{Text: "not a jazz person but something with a funky groove in it", Genres: []string{"jazz-funk"}, Moods: []string{"groovy"}},                                                                                                    // [tsp]
		{Text: "folkish songs, nothing country though", Genres: []string{"folk"}, ExcludeGenres: []string{"country"}},                                                                                                                    // [tsp]
		{Text: "90s hip hop, organic jazzy beats and an effortlessly lazy flow, for cruising and bbqing", Genres: []string{"hip hop"}, Years: s90, Energy: [2]float64{0, 0.75}},                                                          // [aiai]
		{Text: "soulful jams for cruising, hanging out and the worriless tomfoolery of spring", Genres: []string{"hip hop soul", "soul"}, Moods: []string{"warm", "groovy", "mellow"}},                                                   // [aiai]
		{Text: "a laidback beat, sit on a doorstep and drink from a paper bag until it gets dark", Genres: []string{"hip hop"}, Energy: chill, Tempo: slow},                                                                              // [aiai]
		{Text: "old school hip hop, the golden age between 1985 and 1995, sampling and sick beats", Genres: []string{"hip hop"}, Years: [2]int{1985, 1995}, Instruments: []string{"samples", "turntables", "drum machine"}},              // [nwb]
		{Text: "i don't really warm to modern hip hop, give me lyrics that mean something", Genres: []string{"conscious hip hop", "political hip hop"}, Years: [2]int{1980, 1999}},                                                       // [nwb]
		{Text: "the definitive 90s hip hop to jump start my friday, it's super gloomy outside", Genres: []string{"hip hop"}, Years: s90, Energy: lively},                                                                                 // [mtm]
		{Text: "gritty raw energy from when hip hop was still all about the skills of the rapper", Genres: []string{"hardcore hip hop", "hip hop"}, Years: [2]int{1985, 1999}, Moods: []string{"intense"}},                               // [mtoc]
		{Text: "easy-going brazilian vibe, buttery smooth sax sample, sitting on a pier watching seagulls", Genres: []string{"jazz rap", "bossa nova"}, Moods: []string{"mellow", "warm", "groovy"}},                                     // [mtoc]
		{Text: "I like classical music ONLY. piano, nothing too difficult, fur elise level", Genres: []string{"classical"}, Sounds: []string{"classical"}, Instruments: []string{"piano"}},                                               // [phys]
		{Text: "clare de lune or a chopin etude", Genres: []string{"classical"}, Instruments: []string{"piano"}, Moods: []string{"calm", "reflective", "peaceful"}},                                                                      // [phys]
		{Text: "five songs every beginning pianist should know, classical, a jazz standard, bossa nova, would prefer a mixture", Count: 5, Instruments: []string{"piano"}, Genres: []string{"classical", "jazz", "bossa nova"}},          // [mpn]
		{Text: "heavy into bach and beethoven, haven't been exposed to the other composers yet", Genres: []string{"classical"}},                                                                                                          // [mpn]
		{Text: "pumped-up high energy for cleaning day", Energy: lively, Moods: []string{"energetic", "happy", "uplifting"}},                                                                                                             // [maids]
		{Text: "catchy uplifting songs to sing into the broom microphone", Moods: []string{"uplifting", "happy"}, Vocals: yes(), Energy: lively},                                                                                         // [maids]
		{Text: "songs that are bright and crisp and upbeat, nothing with a slow laid-back vibe or i'll chill out on the sofa", Moods: []string{"bright", "happy", "uplifting"}, Energy: lively, Tempo: [2]float64{110, 0}},               // [aptt]
		{Text: "a housecleaning playlist, 20 songs or so is about as long as i'll realistically be cleaning", Count: 20, Energy: lively},                                                                                                 // [bkuj]
		{Text: "curling up to a warm fire with a hot beverage, winter songs that lean slow", Moods: cosy, Tempo: slow},                                                                                                                   // [cardi]
		{Text: "cold day tunes: classic ballads, indulgent smooth jazz and a mix of soul", Genres: []string{"smooth jazz", "soul"}, Tempo: slow},                                                                                         // [buro]
		{Text: "atmospheric tunes for a cold rainy day under the blankets with a good book", Contexts: []string{"rainy day", "reading"}, Moods: []string{"dreamy", "calm", "mellow"}},                                                    // [buro]
		{Text: "songs that sound as if you're inside a snow globe, winter not christmas", Moods: []string{"dreamy", "calm", "peaceful"}, Energy: low},                                                                                    // [jang]
		{Text: "swinging techno, it doesn't have to pound to be techno", Genres: []string{"techno"}, Energy: [2]float64{0, 0.82}},                                                                                                        // [marcy]
		{Text: "good house music bursting with energy, none of the commercial edm stuff", Genres: []string{"house"}, Energy: lively},                                                                                                     // [marcy]
		{Text: "sexy dance songs to power you through the weekend", Moods: []string{"sensual", "euphoric"}, Contexts: party},                                                                                                             // [modm]
		{Text: "high-tech soul, minimal techno that focuses on mood and hypnotic repetitive melody more than beat", Genres: []string{"detroit techno", "minimal", "techno"}, Vocals: no()},                                               // [modm]
		{Text: "dance songs you've never heard that'll get you powered up this weekend, no radio stuff", Contexts: party, Energy: lively},                                                                                                // [thght]
		{Text: "really beat heavy, minimal, pumping beats", Genres: []string{"minimal", "techno"}, Energy: hard},                                                                                                                         // [thght]
		{Text: "country for people who don't vibe with country, roots in folk, rock and new-wave bluegrass", Genres: []string{"country", "bluegrass", "americana"}},                                                                      // [wkut]
		{Text: "country songs for people who hate country music, laid back and fun to sing along to", Genres: []string{"country"}, Moods: []string{"happy", "hopeful", "warm"}, Vocals: yes()},                                           // [vox]
		{Text: "a good country song about a bad breakup", Genres: []string{"country"}, Moods: []string{"melancholic", "wistful", "nostalgic"}},                                                                                           // [vox]
		{Text: "blues for beginners, early chicago blues to texas blues-rock", Genres: []string{"chicago blues", "texas blues", "blues rock"}},                                                                                           // [hifi]
		{Text: "rockin chicago blues if you're throwin a wang dang doodle", Genres: []string{"chicago blues"}, Energy: lively},                                                                                                           // [aaj]
		{Text: "a slide guitar wildman, righteously raucous", Genres: []string{"blues"}, Instruments: []string{"electric guitar"}, Energy: lively},                                                                                       // [aaj]
		{Text: "game music to work to, catchy but not too catchy, something i can loop indefinitely", Genres: []string{"video game music"}, Energy: [2]float64{0, 0.75}},                                                                 // [dtoid]
		{Text: "calm light game soundtrack for writing or studying", Genres: []string{"video game music"}, Moods: []string{"calm", "playful", "happy"}, Contexts: study},                                                                 // [dtoid]
		{Text: "chiptunes, action-packed and nostalgic", Genres: []string{"chiptune"}, Moods: []string{"energetic", "epic", "playful"}},                                                                                                  // [twin]
		{Text: "video game music, dense and exciting rather than subdued", Genres: []string{"video game music"}, Energy: lively},                                                                                                         // [twin]
		{Text: "jazz and swing for the cocktail hour, in the background, not overpowering conversation", Genres: []string{"swing", "jazz"}, Contexts: []string{"background", "dinner party"}, Energy: chill},                             // [wmh]
		{Text: "classical piano or even a solo sax for a very formal dinner reception", Genres: []string{"classical", "jazz"}, Instruments: []string{"piano", "saxophone"}},                                                              // [wmh]
		{Text: "contemporary songs old and new that are not danceable and are easy on the ear", Energy: chill, Vocals: yes()},                                                                                                            // [wmh]
		{Text: "fun, uplifting and happy but relaxing, nothing that makes people want to start a mosh pit", Moods: []string{"happy", "uplifting"}, Energy: [2]float64{0.3, 0.75}, ExcludeGenres: []string{"metal", "punk"}},              // [abob]
		{Text: "anything but classical for the cocktail hour, classical is el snoozo", ExcludeGenres: []string{"classical"}, Moods: happy},                                                                                               // [abob]
		{Text: "fast, angry music, speed and aggression", Genres: []string{"punk rock"}, Moods: []string{"angry", "aggressive"}, Tempo: fast},                                                                                            // [void]
		{Text: "horror-punk, songs barely over 2 minutes", Genres: []string{"horror punk", "punk rock"}},                                                                                                                                 // [void]
		{Text: "energetic raw punk with a catchy chorus and piercing vocals", Genres: []string{"punk rock"}, Energy: hard, Vocals: yes()},                                                                                                // [void]
		{Text: "punk from its classic 1970s roots up to today's angsty revolutionaries", Genres: []string{"punk rock"}},                                                                                                                  // [wfo]
		{Text: "a triumphant wall of sound that makes me want to get up and go do something. anything.", Moods: []string{"uplifting", "energetic", "epic"}, Energy: lively},                                                              // [wfo]
		{Text: "feminist punks, a throwback to the riot grrrl scene", Genres: []string{"riot grrrl"}},                                                                                                                                    // [wfo]
		{Text: "punk songs to kickstart your week cause i hate mondays as a concept", Genres: []string{"punk rock"}, Energy: lively},                                                                                                     // [dys]
		{Text: "color me a sucker for angsty pop-punk, gritty angry songs", Genres: []string{"pop punk"}, Moods: []string{"angry", "intense"}},                                                                                           // [dys]
		{Text: "ambient to meditate to, pleasant at times but with gritty dissonant industrial edges", Sounds: []string{"ambient", "experimental"}, Contexts: []string{"meditation"}},                                                    // [egm]
		{Text: "folding drone music, a constantly changing acoustic landscape", Genres: []string{"drone music"}, Vocals: no()},                                                                                                           // [egm]
		{Text: "gentle stringed instruments twanging over organic percussion, relaxed beats", Instruments: []string{"strings", "percussion", "acoustic guitar"}, Energy: chill},                                                          // [unf]
		{Text: "an outernational sound, floating ethereal echos and instruments borrowed from all over the world", Genres: []string{"ethnic electronica"}, Moods: []string{"dreamy"}},                                                    // [unf]
		{Text: "soothing melodies, i can take a full hour to unwind", Duration: time.Hour, Moods: calm, Contexts: sleep},                                                                                                                 // [unf]
		{Text: "wish-wash waves of bliss, music for airports", Genres: []string{"ambient"}, Moods: []string{"calm", "dreamy", "peaceful"}},                                                                                               // [happy]
		{Text: "meditation music to clear my monkey mind", Contexts: []string{"meditation"}, Energy: low},                                                                                                                                // [happy]
		{Text: "feel-good hits to wake up to, make breakfast the most important meal of the day", Contexts: []string{"morning", "cooking"}, Moods: []string{"happy", "uplifting", "bright"}},                                             // [cub]
		{Text: "buttery smooth vocals and uplifting lyrics that turn any morning into a lovely day", Genres: []string{"soul"}, Vocals: yes(), Moods: []string{"uplifting", "warm", "happy"}},                                             // [cub]
		{Text: "soft rock & acoustic staples for early mornings, no drama, no urgency", Genres: []string{"soft rock", "folk"}, Energy: chill},                                                                                            // [expl]
		{Text: "background music that politely loiters while i putter around in slippers", Contexts: []string{"background", "relaxing"}, Energy: chill},                                                                                  // [expl]
		{Text: "reeeaallly chill jams for sipping coffee and lingering over the morning paper", Contexts: []string{"morning", "reading"}, Energy: chill, Moods: []string{"mellow", "calm"}},                                              // [covet]
		{Text: "a little magic in the background with no vocals while the biscuits are in the oven", Vocals: no(), Contexts: []string{"morning", "cooking", "background"}},                                                               // [stage]
		{Text: "swingin on a star kind of thing for sunday breakfast", Genres: []string{"swing", "vocal jazz"}, Contexts: dinner},                                                                                                        // [stage]
		{Text: "power and industrial metal, particularly if it sounds like a bear growling in german", Genres: []string{"power metal", "industrial metal"}, Sounds: []string{"metal"}},                                                   // [red]
		{Text: "glam and hair metal, i really don't like thrash", Genres: []string{"glam metal"}, Sounds: []string{"metal"}, ExcludeGenres: []string{"thrash metal"}},                                                                    // [red]
		{Text: "metal bands that write songs, growling is fine as long as there's a relief chorus", Genres: []string{"heavy metal"}, Vocals: yes()},                                                                                      // [kfmx]
		{Text: "thrash/speed metal, for people who wish nofx was heavy", Genres: []string{"thrash metal", "speed metal"}},                                                                                                                // [bmcn]
		{Text: "traditional metal, a good place to start your journey into all things heavy", Genres: []string{"traditional heavy metal", "heavy metal"}},                                                                                // [bmcn]
		{Text: "loud, fast and aggressive music, weirdly i find it relaxing", Sounds: []string{"metal", "punk"}, Moods: []string{"aggressive", "angry"}, Tempo: fast},                                                                    // [dac]
		{Text: "something moderate from metal for my possible enjoyment", Genres: []string{"heavy metal"}, Energy: [2]float64{0.5, 0.9}},                                                                                                 // [dac]
		{Text: "songs that have anything to do with cars, roads or travel", Contexts: drive},                                                                                                                                             // [tkick]
		{Text: "road trip for my daughter's birthday, variety please, no songs i never cared for", Contexts: []string{"road trip"}, Moods: []string{"happy", "hopeful", "playful"}},                                                      // [tkick]
		{Text: "songs to keep me alert and keep me company on a solo road trip", Contexts: drive, Energy: lively},                                                                                                                        // [diff]
		{Text: "blues-rock to rev me up for whatever the road has to offer", Genres: []string{"blues rock", "blues"}, Contexts: drive},                                                                                                   // [diff]
		{Text: "good tempo and a beat that makes you wanna open the sunroof and GO", Contexts: drive, Tempo: [2]float64{110, 0}, Energy: lively},                                                                                         // [sxm]
		{Text: "90s songs for playing drums on the steering wheel", Years: s90, Contexts: []string{"driving"}, Energy: lively},                                                                                                           // [sxm]
		{Text: "soul town! a trip down memphis way", Genres: []string{"soul"}},                                                                                                                                                           // [sxm]
		{Text: "bluesville, no city for the blues like chicago", Genres: []string{"chicago blues"}, Sounds: []string{"blues"}},                                                                                                           // [sxm]
		{Text: "any of that 80s on 8 stuff for the drive to boston", Years: s80, Contexts: drive},                                                                                                                                        // [sxm]
		{Text: "music to walk to class to, nothing that makes me lip-sync", Vocals: no(), Energy: mid},                                                                                                                                   // [wiss]
		{Text: "hardly any lyrics and relaxing, sets the vibe and gets me in a better mood", Vocals: no(), Moods: []string{"calm", "happy", "mellow"}},                                                                                   // [afl]
		{Text: "instrumentals only, the 3-hour music videos for studying kind", Vocals: no(), Contexts: study, Energy: chill},                                                                                                            // [hclan]
		{Text: "japanese noise rock, speed high intensity high", Genres: []string{"noise rock"}, Sounds: []string{"rock"}, Energy: hard, Tempo: fast},                                                                                    // [wknc]
		{Text: "psychedelic, speed low, intensity low", Genres: []string{"psychedelic rock"}, Energy: chill, Tempo: slow},                                                                                                                // [wknc]
		{Text: "the whole scene should feel curated: soft-strummed guitars and vocals like warm cotton", Sounds: []string{"folk"}, Instruments: []string{"acoustic guitar"}, Vocals: yes(), Moods: cosy},                                 // [expl]
		{Text: "a mixed tape for slow-mo sundays, reading a book in one sitting", Contexts: []string{"reading", "relaxing"}, Energy: chill},                                                                                              // [covet]
		{Text: "a dinner party record that can be played all the way through, no need to skip tracks", Contexts: []string{"dinner party"}},                                                                                               // [tbm]
		{Text: "melodic jazz improv that doesn't require you to be a jazz aficionado", Genres: []string{"jazz"}, Energy: mid, Moods: []string{"mellow", "warm", "groovy"}},                                                               // [tbm]
		{Text: "for a rustic outdoor thing, acoustic folk or country tunes", Genres: []string{"folk", "country"}, Instruments: []string{"acoustic guitar", "banjo"}},                                                                     // [wmh]
		{Text: "bass-heavy songs i blared to get hyped for drumline, no wait for the gym now", Instruments: []string{"bass", "drums"}, Contexts: []string{"working out"}, Energy: hard},                                                  // [oprah]
		{Text: "i start off with songs that have a slight kick while i'm still awake", Contexts: []string{"late night"}, Energy: mid},                                                                                                    // [jez]
		{Text: "gangsta rap from the 90s, the chronic era", Genres: []string{"gangsta rap", "g-funk"}, Years: s90},                                                                                                                       // [aiai]
		{Text: "politically conscious/consciously political lyrics and black and white videos, the good old 90s", Genres: []string{"conscious hip hop", "political hip hop", "hip hop"}, Years: s90},                                     // [aiai]
		{Text: "soulful simplicity, long time traveler type harmonies", Genres: []string{"folk"}, Vocals: yes(), Moods: []string{"wistful", "nostalgic", "warm"}},                                                                        // [shine]
		{Text: "the king of autumn songs, cozy track with haunting vocals and a smooth melody", Vocals: yes(), Moods: []string{"melancholic", "warm", "dreamy"}, Energy: low},                                                            // [ppu]
		{Text: "triple chocolate fudge punk rock, the well liked flavors, not an acquired taste", Genres: []string{"punk rock", "pop punk"}},                                                                                             // [void]
		{Text: "the bangkok hipster coffee shop atmosphere, but not that starbucks jazz album feeling", Genres: []string{"jazz"}, Contexts: []string{"background", "reading"}},                                                           // [wab]
		{Text: "a jazz album that funks and swings a bit more, the last one was a bit too dry", Genres: []string{"jazz-funk", "swing", "jazz"}, Moods: []string{"groovy"}},                                                               // [wab]
		{Text: "to continue the trip with a slightly more worldly vibe", Sounds: []string{"latin", "african", "asian"}},                                                                                                                  // [mcb]
		{Text: "no eine kleine nachtmusik or four seasons, nothing overplayed, it'd put me off my food", Contexts: dinner, ExcludeGenres: []string{"classical"}},                                                                         // [sunl]
		{Text: "a classic jazz album and a great dinner soundtrack alike", Genres: []string{"jazz"}, Contexts: []string{"dinner party"}},                                                                                                 // [tbm]
		{Text: "a popular artist doing jazz standards, classy songs outside their normal genre", Genres: []string{"vocal jazz"}, Vocals: yes()},                                                                                          // [klis]
		{Text: "sade, your love is king, that kind of smooth start and then the chill level goes down", Genres: []string{"soul", "smooth jazz"}, Moods: []string{"sensual", "romantic", "warm"}, Energy: chill},                          // [jez]
		{Text: "the quiet and repetitive throb of the piano to hypnotize me into a sleepy state", Instruments: []string{"piano"}, Energy: low, Contexts: []string{"sleeping"}},                                                           // [romp]
		{Text: "atmospheric and electronic, with a pulse that never gets too high", Genres: []string{"electronica", "ambient"}, Energy: chill, Tempo: slow},                                                                              // [cnb]
		{Text: "what gets someone psyched for the bench press is not what i want for yoga, something meditative", Contexts: []string{"meditation", "relaxing"}, Energy: low},                                                             // [mhs]
		{Text: "the cool-down part, the energy curve coming back down", Energy: low, Tempo: slow},                                                                                                                                        // [eat]
		{Text: "that hypnotic rhythm to keep pushing the pace on the treadmill, even if you're not a fan of hip hop", Genres: []string{"hip hop"}, Contexts: []string{"running"}},                                                        // [dolce]
		{Text: "some days you just wanna wallow, sad music and pizza", Moods: sad, Energy: low},                                                                                                                                          // [amj]
		{Text: "songs to pull to the side of the road and just weep a bit to", Moods: sad, Contexts: []string{"driving"}},                                                                                                                // [deena]
		{Text: "a breath of fresh autumn air, the most wonderful time of the year is here", Moods: []string{"hopeful", "uplifting", "nostalgic"}},                                                                                        // [trb]
		{Text: "a walk in the city on a rainy day, high vocals and guitar riffs", Contexts: []string{"rainy day"}, Vocals: yes(), Instruments: []string{"electric guitar", "acoustic guitar"}},                                           // [ppu]
		{Text: "the playful nat king cole staple for autumn", Genres: []string{"vocal jazz"}, Moods: []string{"playful", "warm"}},                                                                                                        // [shine]
		{Text: "golden hour, leaves, coffee, cold weather and all that other great seasonal stuff", Moods: []string{"warm", "nostalgic", "mellow"}},                                                                                      // [anf]
		{Text: "songs that emulate summertime fun, old AF but they make me happy", Moods: []string{"happy", "playful"}, Years: [2]int{1960, 1999}},                                                                                       // [idk]
		{Text: "a blend of traditional genres with electronic music and soothing playful vocals", Sounds: []string{"electronica"}, Vocals: yes(), Moods: []string{"playful", "calm", "mellow"}},                                          // [gpf]
		{Text: "i hear this and immediately think of a conga line", Genres: []string{"caribbean and latin american"}, Contexts: []string{"dancing"}},                                                                                     // [maus]
		{Text: "subcategories of country, folk especially, for those who truly don't enjoy the sound", Genres: []string{"folk", "country"}},                                                                                              // [wpgu]
		{Text: "i don't care for death metal growls but heavy metal as a whole is fine", Genres: []string{"heavy metal"}, ExcludeGenres: []string{"death metal"}},                                                                        // [flu]
		{Text: "back before the tidal wave of all things loud, synth-y and in-your-face washed over hip hop", Genres: []string{"hip hop"}, Years: s90, Moods: []string{"mellow", "groovy"}},                                              // [aiai]
		{Text: "something to groove to, sick beats and backing tracks", Genres: []string{"hip hop"}, Moods: []string{"groovy"}},                                                                                                          // [nwb]
		{Text: "pure fun and kinetic energy, a pinball machine on overload", Genres: []string{"hip hop"}, Energy: lively, Moods: []string{"playful", "energetic"}},                                                                       // [mtoc]
		{Text: "the entertainer or maple leaf rag", Genres: []string{"ragtime"}, Instruments: []string{"piano"}},                                                                                                                         // [phys]
		{Text: "songs to dance around to and sing every word by heart", Vocals: yes(), Contexts: []string{"dancing"}, Moods: []string{"happy", "euphoric"}},                                                                              // [maids]
		{Text: "a mix of sixty songs to celebrate winter, play it on shuffle", Count: 60, Moods: cosy},                                                                                                                                   // [cardi]
		{Text: "for when it's ridiculously cold outside, cozy socks and hot cocoa", Moods: cosy, Energy: low},                                                                                                                            // [jang]
		{Text: "danceable techno with substance, complexity and excitement", Genres: []string{"techno"}, Contexts: []string{"dancing"}},                                                                                                  // [marcy]
		{Text: "genre-bending sounds, afro-beat to house and soul", Genres: []string{"afrobeat", "house", "soul"}},                                                                                                                       // [modm]
		{Text: "the kind of track you imagine blasting in an illegal party basement somewhere", Genres: []string{"techno"}, Moods: []string{"dark", "intense"}, Contexts: []string{"party"}},                                             // [thght]
		{Text: "catchy laid back country for a cruise around town", Genres: []string{"country"}, Contexts: []string{"driving"}, Energy: mid},                                                                                             // [vox]
		{Text: "the depth and breadth of the blues is daunting, where do i start", Genres: []string{"blues"}},                                                                                                                            // [hifi]
		{Text: "the most spiritual of the original delta bluesmen", Genres: []string{"delta blues", "country blues"}},                                                                                                                    // [aaj]
		{Text: "game songs that defined my childhood, uplifting and relaxing", Genres: []string{"video game music"}, Years: [2]int{1985, 1999}, Moods: []string{"uplifting", "calm", "happy"}},                                           // [dtoid]
		{Text: "music from video games to stimulate my creative juices and put me in a better mood", Genres: []string{"video game music"}, Moods: []string{"happy", "uplifting"}},                                                        // [twin]
		{Text: "a steel drum band for a beach or summer theme", Genres: []string{"calypso", "soca"}, Instruments: []string{"percussion"}},                                                                                                // [wmh]
		{Text: "songs that create an environment conducive to smiling, dancing and drinking", Moods: []string{"happy", "euphoric"}, Contexts: party},                                                                                     // [abob]
		{Text: "a dingy basement show populated by moshing drunks... but in a good way", Genres: []string{"hardcore punk", "punk rock"}, Energy: hard},                                                                                   // [wfo]
		{Text: "gruff melodies with an alt-country flair", Genres: []string{"punk rock", "alternative country"}, Vocals: yes()},                                                                                                          // [dys]
		{Text: "a support for feeling and releasing challenging emotional material", Sounds: []string{"ambient", "experimental"}, Moods: []string{"dark", "tense", "reflective"}},                                                        // [egm]
		{Text: "gentle stringed instruments for five minutes with my eyes closed", Duration: 5 * time.Minute, Instruments: []string{"strings", "acoustic guitar"}, Moods: calm},                                                          // [unf]
		{Text: "the godfather of ambient, speakers low enough to blend with the outside world", Genres: []string{"ambient"}, Energy: low},                                                                                                // [happy]
		{Text: "put-the-kettle-on music, songs that hug the soul", Moods: []string{"warm", "happy", "mellow"}, Contexts: []string{"morning"}},                                                                                            // [cub]
		{Text: "music to marinate to with java and a crusty baguette", Energy: chill, Contexts: []string{"morning", "relaxing"}},                                                                                                         // [covet]
		{Text: "not bands just trying to out hard each other, i want songs", Genres: []string{"heavy metal"}, Energy: [2]float64{0, 0.9}, Vocals: yes()},                                                                                 // [kfmx]
		{Text: "hard rock, almost metal but not quite", Genres: []string{"hard rock"}, ExcludeGenres: []string{"metal"}},                                                                                                                 // [bmcn]
		{Text: "spring road trip, there are still places with road and no radio reception", Contexts: []string{"road trip"}, Moods: []string{"happy", "hopeful"}},                                                                        // [tkick]
		{Text: "the first sight of the open road is exhilarating", Contexts: drive, Moods: []string{"euphoric", "uplifting", "energetic"}},                                                                                               // [diff]
		{Text: "country is all about the lyrics, but it has to have a good tempo", Genres: []string{"country"}, Vocals: yes(), Tempo: [2]float64{100, 0}},                                                                                // [sxm]
		{Text: "a great windows down, flying down the highway tune", Contexts: drive, Energy: lively},                                                                                                                                    // [ptbn]
		{Text: "as haunting as it is comforting", Moods: []string{"melancholic", "warm", "dark", "mysterious"}, Energy: low},                                                                                                             // [ford]
	}

	rs = append(rs, []Request{
		// Written as varied ordinary people type them.
		{Text: "jazz", Genres: []string{"jazz"}},
		{Text: "metal", Genres: []string{"heavy metal"}},
		{Text: "sad", Moods: sad},
		{Text: "90s", Years: s90},
		{Text: "chill", Energy: chill, Moods: calm},
		{Text: "bangers", Energy: hard, Moods: []string{"energetic", "euphoric"}},
		{Text: "reggea", Genres: []string{"reggae"}},
		{Text: "classcial", Genres: []string{"classical"}},
		{Text: "hiphop pls", Genres: []string{"hip hop"}},
		{Text: "rnb slow jams", Genres: []string{"rhythm and blues"}, Tempo: slow, Moods: []string{"romantic", "sensual"}},
		{Text: "electornic music", Genres: []string{"electronic"}},
		{Text: "acustic guitar stuff", Instruments: []string{"acoustic guitar"}},
		{Text: "somethin funky", Genres: []string{"funk"}, Moods: []string{"groovy"}},
		{Text: "some k-pop", Genres: []string{"k-pop"}},
		{Text: "afrobeat for a cookout", Genres: []string{"afrobeat", "african"}, Contexts: []string{"party", "cooking"}},
		{Text: "salsa night at home", Genres: []string{"salsa"}, Contexts: party},
		{Text: "reggaeton to get the party going", Genres: []string{"reggaeton"}, Contexts: party, Energy: lively},
		{Text: "bluegrass with lots of banjo", Genres: []string{"bluegrass"}, Instruments: []string{"banjo"}},
		{Text: "grunge", Genres: []string{"grunge"}},
		{Text: "shoegaze for a grey afternoon", Genres: []string{"shoegaze"}, Moods: []string{"dreamy", "melancholic", "wistful"}},
		{Text: "emo songs from when i was 15", Genres: []string{"emo"}, Years: s00},
		{Text: "dubstep drops", Genres: []string{"dubstep"}, Energy: hard},
		{Text: "opera arias", Genres: []string{"opera"}, Vocals: yes()},
		{Text: "flamenco guitar", Sounds: []string{"latin"}, Instruments: []string{"acoustic guitar"}},
		{Text: "celtic music for a pub night", Genres: []string{"folk"}, Contexts: party},
		{Text: "old school disco", Genres: []string{"disco"}, Years: [2]int{1974, 1985}},
		{Text: "70s funk", Genres: []string{"funk"}, Years: s70},
		{Text: "2000s pop punk", Genres: []string{"pop punk", "punk rock"}, Years: s00},
		{Text: "sixties rock", Sounds: []string{"rock"}, Years: [2]int{1960, 1969}},
		{Text: "fifties jazz", Genres: []string{"jazz"}, Years: [2]int{1950, 1959}},
		{Text: "music from 1993", Years: [2]int{1993, 1993}},
		{Text: "stuff that came out after 2015", Years: [2]int{2015, 0}},
		{Text: "nothing older than 2010", Years: [2]int{2010, 0}},
		{Text: "trance for a long drive", Genres: []string{"trance"}, Contexts: drive},
		{Text: "deep house sunday", Genres: []string{"deep house", "house"}, Energy: [2]float64{0.4, 0.85}},
		{Text: "drum n bass for running", Genres: []string{"drum and bass"}, Contexts: []string{"running"}},
		{Text: "liquid dnb, not the harsh stuff", Genres: []string{"drum and bass"}, Energy: [2]float64{0, 0.88}},
		{Text: "trip hop for a rainy night", Genres: []string{"trip hop"}, Contexts: []string{"rainy day", "late night"}},
		{Text: "dark ambient", Genres: []string{"dark ambient", "ambient"}, Moods: []string{"dark", "mysterious"}},
		{Text: "post-rock crescendos", Genres: []string{"post-rock"}, Moods: []string{"epic", "reflective"}},
		{Text: "sadcore for feeling nothing", Genres: []string{"sadcore", "slowcore"}, Moods: sad},
		{Text: "doom metal, slow and crushing", Genres: []string{"doom metal"}, Tempo: slow},
		{Text: "power metal with epic choruses", Genres: []string{"power metal"}, Moods: []string{"epic"}},
		{Text: "soul jazz with organ", Genres: []string{"soul jazz"}, Instruments: []string{"organ"}},
		{Text: "vocal jazz for a date night", Genres: []string{"vocal jazz"}, Moods: []string{"romantic"}},
		{Text: "delta blues", Genres: []string{"delta blues"}},
		{Text: "highlife guitar", Genres: []string{"highlife"}, Instruments: []string{"electric guitar"}},
		{Text: "city pop from japan", Genres: []string{"j-pop", "kayōkyoku"}},
		{Text: "bollywood songs", Genres: []string{"filmi"}},
		{Text: "a piano concerto", Genres: []string{"concerto"}, Instruments: []string{"piano"}},
		{Text: "comedy songs", Genres: []string{"comedy"}},
		{Text: "elevator music lol", Genres: []string{"easy listening"}},
		{Text: "weird experimental stuff", Sounds: []string{"experimental"}},
		{Text: "honky tonk for a saturday night", Genres: []string{"honky tonk"}, Contexts: party},
		{Text: "roots reggae", Genres: []string{"roots reggae"}},

		// Moods, activities, settings, times, days, seasons, weather.
		{Text: "something happy", Moods: happy},
		{Text: "i'm in a dark mood", Moods: []string{"dark", "moody", "tense"}},
		{Text: "angry music", Moods: []string{"angry", "aggressive"}},
		{Text: "romantic dinner for two", Moods: []string{"romantic"}, Contexts: []string{"dinner party"}},
		{Text: "music for a first date", Moods: []string{"romantic", "warm", "sensual"}},
		{Text: "mysterious and a bit tense", Moods: []string{"mysterious", "tense"}},
		{Text: "epic music for finishing my thesis", Moods: []string{"epic"}, Contexts: []string{"focus", "working"}},
		{Text: "hopeful music, rough week", Moods: []string{"hopeful", "uplifting"}},
		{Text: "pump me up", Energy: hard, Moods: []string{"energetic", "intense"}},
		{Text: "calm me down", Energy: low, Moods: calm},
		{Text: "music to cook to", Contexts: []string{"cooking"}},
		{Text: "something to read to", Contexts: []string{"reading"}},
		{Text: "music for my commute", Contexts: []string{"commute", "driving"}},
		{Text: "background music for work", Contexts: []string{"background", "working", "focus"}},
		{Text: "running playlist", Contexts: []string{"running"}},
		{Text: "sleepy time", Contexts: []string{"sleeping"}, Energy: low},
		{Text: "monday morning motivation", Contexts: []string{"morning"}, Moods: []string{"uplifting", "energetic", "happy"}},
		{Text: "friday night out", Contexts: party, Energy: lively},
		{Text: "lazy sunday afternoon", Energy: chill, Moods: cosy},
		{Text: "wednesday, hump day, need a lift", Moods: []string{"uplifting", "happy"}, Energy: lively},
		{Text: "saturday morning pancakes", Contexts: []string{"morning", "cooking"}, Moods: []string{"happy", "warm"}},
		{Text: "3am and can't sleep", Contexts: []string{"late night", "sleeping"}, Energy: low},
		{Text: "sunrise music", Contexts: []string{"morning"}, Moods: []string{"hopeful", "calm", "uplifting"}},
		{Text: "evening wind down", Energy: low, Moods: calm},
		{Text: "midnight drive", Contexts: []string{"late night", "driving"}},
		{Text: "thunderstorm outside, i want something moody", Moods: []string{"moody", "dark", "melancholic"}},
		{Text: "snowed in", Moods: cosy, Energy: low},
		{Text: "heatwave, too hot to move", Energy: chill, Tempo: slow},
		{Text: "sunny spring day", Moods: []string{"happy", "bright", "uplifting"}},
		{Text: "summer bbq", Contexts: []string{"party", "cooking"}, Moods: []string{"happy", "groovy"}},
		{Text: "autumn leaves", Moods: []string{"wistful", "nostalgic", "warm"}},
		{Text: "winter evening by the window", Moods: []string{"calm", "reflective", "melancholic"}, Energy: low},
		{Text: "beach day", Moods: []string{"happy", "mellow"}, Contexts: []string{"relaxing", "party"}},
		{Text: "camping by the fire", Genres: []string{"folk"}, Instruments: []string{"acoustic guitar"}},
		{Text: "coffee shop vibes", Energy: chill, Moods: []string{"mellow", "warm"}, Contexts: []string{"background", "reading"}},
		{Text: "house party", Contexts: party, Energy: lively},
		{Text: "wedding reception dance floor", Contexts: []string{"dancing", "party"}, Moods: happy},
		{Text: "a funeral, something respectful", Moods: []string{"reflective", "peaceful", "melancholic"}, Energy: low},
		{Text: "painting in my studio", Contexts: []string{"focus", "background"}, Energy: chill},
		{Text: "gaming session", Genres: []string{"video game music"}, Energy: lively},

		// Instruments and vocals.
		{Text: "saxophone solos", Instruments: []string{"saxophone"}},
		{Text: "cello, slow", Instruments: []string{"cello"}, Tempo: slow},
		{Text: "harmonica blues", Genres: []string{"blues"}, Instruments: []string{"harmonica"}},
		{Text: "organ grooves", Instruments: []string{"organ"}, Moods: []string{"groovy"}},
		{Text: "heavy on the brass", Instruments: []string{"brass", "trumpet"}},
		{Text: "lots of percussion and drums", Instruments: []string{"percussion", "drums"}},
		{Text: "turntable scratching", Instruments: []string{"turntables"}},
		{Text: "solo piano", Instruments: []string{"piano"}, Vocals: no()},
		{Text: "instrumental only", Vocals: no()},
		{Text: "songs with singing", Vocals: yes()},
		{Text: "no vocals, no drums", Vocals: no(), ExcludeInstruments: []string{"drums", "drum machine"}},
		{Text: "banjo but not country", Instruments: []string{"banjo"}, ExcludeGenres: []string{"country"}},
		{Text: "guitar music without vocals", Instruments: []string{"electric guitar", "acoustic guitar"}, Vocals: no()},
		{Text: "strings and piano, nothing electronic", Instruments: []string{"strings", "piano", "violin", "cello"}, ExcludeGenres: []string{"electronic"}},

		// Negations and exclusions.
		{Text: "no metal", ExcludeGenres: []string{"metal"}},
		{Text: "anything but jazz", ExcludeGenres: []string{"jazz"}},
		{Text: "no hip hop please", ExcludeGenres: []string{"hip hop"}},
		{Text: "rock but no punk", Sounds: []string{"rock"}, ExcludeGenres: []string{"punk"}},
		{Text: "electronic but no techno", Genres: []string{"electronic"}, ExcludeGenres: []string{"techno"}},
		{Text: "chill music, no electronic stuff", Energy: chill, ExcludeGenres: []string{"electronic"}},
		{Text: "party music but no dance music", Contexts: []string{"party"}, ExcludeGenres: []string{"dance music"}},
		{Text: "no game music, no chiptune", ExcludeGenres: []string{"game music", "chiptune"}},
		{Text: "not too loud", Energy: [2]float64{0, 0.65}},
		{Text: "not too slow", Tempo: [2]float64{95, 0}},
		{Text: "upbeat but not too fast", Energy: lively, Tempo: [2]float64{90, 130}},
		{Text: "calm but not sleepy", Energy: [2]float64{0.25, 0.5}, Moods: calm},
		{Text: "sad but not depressing", Moods: []string{"wistful", "reflective", "nostalgic"}, Energy: mid},
		{Text: "happy but not cheesy pop", Moods: happy, ExcludeGenres: []string{"pop"}},
		{Text: "nothing by " + metalA, Genres: []string{"heavy metal"}, ExcludeArtist: norm(metalA)},
		{Text: "hip hop, nothing by " + hipA, Genres: []string{"hip hop"}, ExcludeArtist: norm(hipA)},
		{Text: "more dance music but skip " + danceA, Genres: []string{"house", "techno", "trance"}, Sounds: []string{"dance"}, ExcludeArtist: norm(danceA)},
		{Text: "country, just not " + countryA, Genres: []string{"country"}, ExcludeArtist: norm(countryA)},
		{Text: "game music but not freedoom", Genres: []string{"video game music", "chiptune"}, ExcludeArtist: "freedoom"},
		{Text: "anything from the copper bands except copper mirrors", Search: "copper", ExcludeArtist: "copper mirrors"},
		{Text: "jazz without " + jazzA, Genres: []string{"jazz"}, ExcludeArtist: norm(jazzA)},
		{Text: "rock, not punk, not metal, just rock", Sounds: []string{"rock"}, ExcludeGenres: []string{"punk", "metal"}},
		{Text: "no country no rap no metal, what's left", ExcludeGenres: []string{"country", "rap", "metal"}},
		{Text: "latin music without reggaeton", Genres: []string{"caribbean and latin american"}, ExcludeGenres: []string{"reggaeton"}},

		// Titles, artists, "like X but Y".
		{Text: "like Careless Love but faster", LikeTitle: "Careless Love", Faster: true},
		{Text: "more like kraken attack, but calmer", LikeTitle: "Kraken Attack", Calmer: true},
		{Text: "something similar to Sunday Morning Coffee", LikeTitle: "Sunday Morning Coffee"},
		{Text: "songs like rainy night in georgia", LikeTitle: "Rainy Night in Georgia"},
		{Text: "like lullaby for lanterns but slower", LikeTitle: "Lullaby for Lanterns", Slower: true},
		{Text: "like boogie stop shuffle but livelier", LikeTitle: "Boogie Stop Shuffle", Livelier: true},
		{Text: "like Boogie Down Lights", LikeTitle: "Boogie Down Lights"},
		{Text: "more like " + jazzA, LikeArtist: jazzA},
		{Text: "artists like " + folkA + " please", LikeArtist: folkA},
		{Text: "like " + metalA + " but less intense", LikeArtist: metalA, Calmer: true},
		{Text: "sounds like " + popA, LikeArtist: popA},
		{Text: "like " + ambA + " but with a beat", LikeArtist: ambA, Livelier: true},
		{Text: "like " + classA + " but calmer", LikeArtist: classA, Calmer: true},
		{Text: "similar to " + reggaeA + " but quicker", LikeArtist: reggaeA, Faster: true, Turns: []string{"some reggae"}},
		{Text: "like " + bluesA + " but slower", LikeArtist: bluesA, Slower: true},
		{Text: "like " + elecA, LikeArtist: elecA},
		{Text: "like " + gameA + " but more energy", LikeArtist: gameA, Livelier: true},
		{Text: "like " + asianA, LikeArtist: asianA},
		{Text: "like " + dnbA + " but slower", LikeArtist: dnbA, Slower: true},
		{Text: "boogie", Search: "boogie"},
		{Text: "the kraken one", Search: "kraken"},
		{Text: "that georgia song", Search: "georgia"},
		{Text: "careless love", Search: "careless love"},
		{Text: "anything with coffee in the title", Search: "coffee"},
		{Text: "put on some " + hipA, Search: norm(hipA)},
		{Text: rockA + " please", Search: norm(rockA)},
		{Text: "play " + soulA, Search: norm(soulA)},
		{Text: "some " + africanA + " and similar stuff", LikeArtist: africanA},
		{Text: "latin stuff, " + latinA + " type", LikeArtist: latinA},
		{Text: "punk in the vein of " + punkA, LikeArtist: punkA},

		// Numbers: tempo, counts, lengths.
		{Text: "songs at 128 bpm", HardBPM: [2]float64{124, 132}, Tempo: [2]float64{124, 132}},
		{Text: "between 90 and 110 bpm", HardBPM: [2]float64{90, 110}, Tempo: [2]float64{90, 110}},
		{Text: "under 80 bpm", HardBPM: [2]float64{0, 80}, Tempo: [2]float64{0, 80}},
		{Text: "around 100 bpm hip hop", Genres: []string{"hip hop"}, Tempo: [2]float64{90, 110}},
		{Text: "170 bpm for running intervals", HardBPM: [2]float64{165, 175}, Tempo: [2]float64{165, 175}, Contexts: []string{"running"}},
		{Text: "give me 3 jazz songs", Genres: []string{"jazz"}, Count: 3},
		{Text: "7 chill tracks", Energy: chill, Count: 7},
		{Text: "one song to wake me up", Count: 1, Energy: lively, Contexts: []string{"morning"}},
		{Text: "half an hour of classical", Genres: []string{"classical"}, Duration: 30 * time.Minute},
		{Text: "45 minutes of running music", Contexts: []string{"running"}, Duration: 45 * time.Minute},
		{Text: "20 minutes of ambient before bed", Genres: []string{"ambient"}, Duration: 20 * time.Minute},
		{Text: "two hours of background music for the shop", Contexts: []string{"background"}, Duration: 2 * time.Hour},
		{Text: "ten upbeat songs for the car", Count: 10, Contexts: drive, Energy: lively},
		{Text: "5 sad songs, under 90 bpm", Count: 5, Moods: sad, HardBPM: [2]float64{0, 90}, Tempo: [2]float64{0, 90}},

		// Slang and casual typing.
		{Text: "vibes only", Energy: chill, Moods: []string{"mellow", "dreamy", "groovy"}},
		{Text: "something that slaps", Energy: hard, Moods: []string{"energetic", "intense"}},
		{Text: "lowkey chill bops", Energy: chill, Moods: []string{"mellow", "happy"}},
		{Text: "sad boi hours", Moods: sad, Contexts: []string{"late night"}},
		{Text: "main character energy", Moods: []string{"epic", "uplifting", "euphoric"}},
		{Text: "gimme sum gud rap", Genres: []string{"hip hop"}},
		{Text: "i need a banger for the gym rn", Contexts: []string{"working out"}, Energy: hard},
		{Text: "dat old school funk", Genres: []string{"funk"}, Years: [2]int{1966, 1985}},
		{Text: "jazzz for studyin", Genres: []string{"jazz"}, Contexts: study},
		{Text: "classicl piano for focus", Genres: []string{"classical"}, Instruments: []string{"piano"}, Contexts: study},
		{Text: "blusey guitar", Genres: []string{"blues"}, Instruments: []string{"electric guitar"}},
		{Text: "folky accoustic songs", Genres: []string{"folk"}, Instruments: []string{"acoustic guitar"}},
		{Text: "ambiant sleep music", Genres: []string{"ambient"}, Contexts: []string{"sleeping"}},
		{Text: "melancolic piano", Instruments: []string{"piano"}, Moods: []string{"melancholic"}},

		// Several constraints at once, and long rambling requests.
		{Text: "upbeat 80s synth stuff with female vocals for a drive", Instruments: []string{"synthesizer"}, Years: s80, Vocals: yes(), Energy: lively, Contexts: []string{"driving"}},
		{Text: "slow instrumental jazz with piano for reading late at night", Genres: []string{"jazz"}, Tempo: slow, Vocals: no(), Instruments: []string{"piano"}, Contexts: []string{"reading", "late night"}},
		{Text: "fast aggressive metal from the 2000s, no growling vocals", Genres: []string{"heavy metal"}, Tempo: fast, Moods: []string{"aggressive"}, Years: s00},
		{Text: "mellow folk with banjo and violin, something nostalgic for the fall", Genres: []string{"folk"}, Instruments: []string{"banjo", "violin"}, Moods: []string{"mellow", "nostalgic", "wistful"}},
		{Text: "happy latin music with brass and percussion for dancing in the kitchen", Genres: []string{"caribbean and latin american"}, Instruments: []string{"brass", "percussion"}, Moods: []string{"happy", "playful"}, Contexts: []string{"dancing", "cooking"}},
		{Text: "dark minor key electronic music around 120 bpm for coding at night", Genres: []string{"electronic"}, Minor: yes(), Tempo: [2]float64{110, 130}, Contexts: []string{"late night", "focus"}},
		{Text: "calm classical strings, nothing with vocals, under 90 bpm, for studying", Genres: []string{"classical"}, Instruments: []string{"strings", "violin", "cello"}, Vocals: no(), HardBPM: [2]float64{0, 90}, Tempo: [2]float64{0, 90}, Contexts: study},
		{Text: "energetic 90s hip hop for the gym but nothing by " + hipA, Genres: []string{"hip hop"}, Years: s90, Energy: lively, Contexts: gym, ExcludeArtist: norm(hipA)},
		{Text: "romantic soul or bossa nova for a candlelit dinner, nothing too upbeat", Genres: []string{"soul", "bossa nova"}, Moods: []string{"romantic", "sensual", "warm"}, Contexts: []string{"dinner party"}, Energy: [2]float64{0, 0.6}},
		{Text: "dreamy ambient with synths but not too dark, for falling asleep", Genres: []string{"ambient"}, Instruments: []string{"synthesizer"}, Moods: []string{"dreamy", "calm"}, Contexts: []string{"sleeping"}},
		{Text: "ok so i'm hosting a game night tomorrow and i want something in the background that isn't distracting, kind of playful, maybe some video game soundtracks or chiptune, but not too loud because people need to talk", Genres: []string{"video game music", "chiptune"}, Moods: []string{"playful", "happy"}, Energy: [2]float64{0, 0.7}},
		{Text: "so my partner and i are driving up the coast this weekend, long drive, we both grew up on 70s and 80s rock, nothing too heavy, we want to sing along", Sounds: []string{"rock"}, Years: [2]int{1970, 1989}, Contexts: drive, Vocals: yes(), ExcludeGenres: []string{"metal"}},
		{Text: "i've been really stressed with exams and i just need something soothing, no words, maybe piano or strings or whatever, slow, to help me calm down before bed", Vocals: no(), Instruments: []string{"piano", "strings"}, Tempo: slow, Moods: calm, Contexts: []string{"sleeping", "relaxing"}},
		{Text: "my dad's turning 60 and he loves old soul and motown type stuff and some funk, i want a playlist for the party that gets people dancing", Genres: []string{"soul", "funk"}, Years: [2]int{1960, 1985}, Contexts: party},
		{Text: "honestly i don't know what i want, something i haven't heard, maybe african or asian music, upbeat, with percussion", Sounds: []string{"african", "asian"}, Energy: lively, Instruments: []string{"percussion"}},
		{Text: "we're doing a spooky themed dinner and i want mysterious dark music but not metal or anything screamy, more atmospheric", Moods: []string{"mysterious", "dark", "tense"}, Contexts: []string{"dinner party", "background", "late night"}, ExcludeGenres: []string{"metal"}},
		{Text: "training for a half marathon, need music that keeps a steady pace around 165 bpm, electronic or drum and bass is fine, no slow intros", Genres: []string{"electronic", "drum and bass"}, Tempo: [2]float64{160, 172}, Contexts: []string{"running"}},
		{Text: "i work nights as a nurse and on my drive home at 7am i want something gentle but that keeps me awake, acoustic maybe, warm", Instruments: []string{"acoustic guitar"}, Moods: []string{"warm", "hopeful", "mellow"}, Energy: mid, Contexts: []string{"driving", "morning"}},
		{Text: "funk with lots of bass and brass, 70s or 80s, for cooking a big sunday dinner", Genres: []string{"funk"}, Instruments: []string{"bass", "brass"}, Years: [2]int{1970, 1989}, Contexts: []string{"cooking"}},
		{Text: "electronic chillwave for a summer night drive with the windows down", Genres: []string{"chillwave"}, Contexts: []string{"driving", "late night"}},
		{Text: "upbeat country with fiddle for a road trip, nothing sad", Genres: []string{"country"}, Instruments: []string{"violin"}, Moods: []string{"happy", "hopeful"}, Contexts: drive},
		{Text: "instrumental hip hop beats with samples for working", Genres: []string{"instrumental hip hop", "hip hop"}, Vocals: no(), Instruments: []string{"samples"}},
		{Text: "intense epic classical, orchestral, for a workout", Genres: []string{"classical"}, Moods: []string{"epic", "intense"}, Energy: [2]float64{0.4, 1}},
		{Text: "melancholic minor key blues for a late night", Genres: []string{"blues"}, Minor: yes(), Moods: []string{"melancholic"}, Contexts: []string{"late night"}},
		{Text: "new-age music for yoga, slow and peaceful", Genres: []string{"new-age music"}, Tempo: slow, Moods: []string{"peaceful", "calm"}},

		// Refinements over several turns.
		{Text: "calmer", Turns: []string{"rock for driving"}, Sounds: []string{"rock"}, Contexts: drive, Energy: [2]float64{0, 0.65}},
		{Text: "faster please", Turns: []string{"some jazz"}, Genres: []string{"jazz"}, Tempo: [2]float64{110, 0}},
		{Text: "slower", Turns: []string{"something for a run"}, Contexts: []string{"running"}, Tempo: [2]float64{0, 150}},
		{Text: "more energy", Turns: []string{"folk songs"}, Genres: []string{"folk"}, Energy: [2]float64{0.45, 1}},
		{Text: "now without vocals", Turns: []string{"ambient music"}, Genres: []string{"ambient"}, Vocals: no()},
		{Text: "only the 90s ones", Turns: []string{"hip hop"}, Genres: []string{"hip hop"}, Years: s90},
		{Text: "no, something completely different", Turns: []string{"heavy metal"}, Avoid: []string{"metal"}},
		{Text: "something completely different", Turns: []string{"classical piano"}, Avoid: []string{"classical"}},
		{Text: "less sad", Turns: []string{"sad songs"}, Moods: []string{"wistful", "reflective", "hopeful"}},
		{Text: "add some latin", Turns: []string{"music for a party"}, Genres: []string{"caribbean and latin american"}, Contexts: party},
		{Text: "but no country", Turns: []string{"road trip songs"}, Contexts: drive, ExcludeGenres: []string{"country"}},
		{Text: "and skip " + metalA, Turns: []string{"metal for the gym"}, Genres: []string{"heavy metal"}, Contexts: gym, ExcludeArtist: norm(metalA)},
		{Text: "older stuff", Turns: []string{"some soul"}, Genres: []string{"soul"}, Years: [2]int{1960, 1989}},
		{Text: "happier", Turns: []string{"something for a rainy day"}, Contexts: []string{"rainy day"}, Moods: []string{"happy", "hopeful", "warm"}},
		{Text: "darker", Turns: []string{"electronic music"}, Genres: []string{"electronic"}, Moods: []string{"dark", "moody", "mysterious"}},
		{Text: "more like that but with piano", Turns: []string{"relaxing jazz"}, Genres: []string{"jazz"}, Energy: chill, Instruments: []string{"piano"}, Sounds: []string{"jazz"}},
		{Text: "louder", Turns: []string{"punk"}, Genres: []string{"punk rock"}, Energy: hard},
		{Text: "just instrumentals", Turns: []string{"music for studying"}, Contexts: study, Vocals: no()},
		{Text: "shorter list, 4 songs", Turns: []string{"party songs"}, Contexts: party, Count: 4},
		{Text: "from the 80s", Turns: []string{"new wave"}, Genres: []string{"new wave"}, Years: s80},
	}...)
	return rs
}
