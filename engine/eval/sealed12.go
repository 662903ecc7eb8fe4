package eval

import "time"

// sealed12Requests are the twelfth sealed batch of phrasings, written on
// 3 December 2026 while the request reader was being tuned on the opened
// batches, by a writer who had read neither the reader (its vocabulary,
// code, lexicon data and tests) nor the phrasings of the other batches nor
// any diagnosis output or per-request result: only the catalogue's hidden
// attributes (genres of the tree, templates, moods, contexts, instruments,
// vocals, tempo, energy, years, artists and titles), the Request type and
// its helpers, the grading code and the harness, and the list of pages the
// earlier batches cite (so as to cite none of them). It was written and
// frozen before anything measured it.
//
// Just under half adapt real people's wording from public pages no earlier
// batch cites, on settings the earlier batches covered less: the pottery
// wheel and hand building, the woodshop and the garage, knitting, crochet,
// quilting and sewing, fly fishing and the drive to the river, sailing and
// boating, the climbing hall, the farmers' market, kneading bread and the
// bakery, birdsong in spring, the thrift shop, rain on the commute, the
// sauna, the wedding cocktail hour, the funeral and the memorial, the garden
// in spring, the long-haul flight, studying for the bar exam, grading
// papers, cycling to work, the waiting room and the desert road trip. Each
// is tagged with the key of its source below and kept as the person put it
// (slang, grammar, hedges, several constraints at once), changed only so
// the catalogue can answer it; a real artist the person names stands for
// the sound it is graded as. The others are written as varied ordinary
// people type: genres across the whole tree, most held by one artist of the
// catalogue, and some the catalogue lacks (graded by their nearest parent
// it holds); moods, settings, seasons and times of day; instruments and
// voices; exclusions of genres, instruments and artists; the library's
// titles and artists ("X but calmer", "X but faster", title words);
// decades and years; counts, lengths and tempo numbers; slang,
// misspellings and emoji; long requests; and refinements over several
// turns. Over the whole batch, 282 name a genre or sound, 89 a mood, 71 an
// activity or setting, 122 a tempo or energy, 34 an instrument, 30 years,
// 35 vocals or none, 25 an exclusion, 17 a number, 25 an artist or title of
// the library, 19 have earlier turns, 16 are one or two words and 13 twenty
// words or more.
//
// The batch is sealed: the harness reports its figures only when asked
// (-measure sealed12), so it is run to measure, never read for diagnosis,
// tuning or feedback. The grades say what the person meant, in the
// catalogue's hidden attributes, as in Requests; where a person names the
// music they play during an activity, the music is graded and the
// activity is not. Of the 517 phrasings written, 211 adapt wording from
// the 69 sources below. Before freezing, a throwaway test that listed only
// this batch's texts showed 43 short ordinary texts an earlier batch
// already holds and 2 that no track earns a grade of 2 for ("bebop at full
// speed", "clasical guitar?"); the 43 were dropped, the 2 relaxed (see
// RESULTS.md), and 40 of the weakest ordinary phrasings were dropped too so
// that the adapted ones make about half, so the harness keeps all 434, 211
// of them (49 %) adapted.
//
// Sources of adapted wording:
//
//	[albedo80s]   http://albedo3studio.blogspot.com/2010/04/tuned-into-80s.html
//	[wooditis]    https://wooditis.blogspot.com/2010/02/music-in-woodshop.html
//	[lumberjocks] https://lumberjocks.com
//	[craftaholic] https://theconfessionsofacraftaholic.wordpress.com/2008/07/03/music-to-knit-to/
//	[dapple]      http://thedappleapple.blogspot.com/2011/03/music-to-crochet-by.html
//	[fruitful]    http://fruitfulconceptsstudio.com/music-or-tv/
//	[prairie]     https://prairiemoonquilts.wordpress.com/2010/03/17/music-to-quilt-by/
//	[bmqg]        http://bakersfieldmodernquiltguild.blogspot.com/2012/04/question-of-week_30.html
//	[marbled]     https://www.marbledmusings.com/creativity/top-ten-tuesday-music/
//	[parkinson]   https://catherineparkinson.blogspot.com/2012/06/quilting-with-music-or-stories.html
//	[gurgle]      http://midcurrent.com/2011/10/28/the-gurgle-of-the-stream-a-screaming-reel-and-jim-morrison/
//	[hatch]       https://www.hatchmag.com/blog/down-river/7712641
//	[ffjazz]      http://midcurrent.com/experts/fly-fishing-jazz-goin-to-the-water-songs/
//	[truecast]    https://tu.org/magazine/fishing/the-true-cast-whats-your-river-walk-up-song
//	[tuvoices]    https://tu.org/magazine/voices-from-the-river/voices-from-the-river-fishin-music
//	[jlr]         https://jesselancerobbins.com/blog/the-best-fly-fishing-is-everywhere-playlist-vol-1
//	[txfly]       https://texasflycaster.com/spring-fly-fishing-sounds-abound-all-aboard-the-sound-train/
//	[medina]      http://mysailingboat.com.au/?p=199
//	[eris]        https://erispropellersus.wordpress.com/2011/07/18/a-boating-playlist/
//	[boatus]      https://www.boatus.com/magazine/2012/february/boatingplaylist.asp
//	[klettern]    https://foodoflove.wordpress.com/tag/musik-zum-klettern/
//	[cfm]         https://www.centralfarmmarkets.com/blog/market-music
//	[mediafm]     http://mediafarmersmarket.com/music-at-the-market/
//	[lange]       https://www.davelange.net/busking-chronicles/
//	[freshloaf]   http://www.thefreshloaf.com/node/8456/kneading-song
//	[frenchroad]  https://frenchroadbakery.wordpress.com/2013/03/15/water-video/
//	[chasing]     http://chasingdomesticbliss.blogspot.com/2012/03/for-birds.html
//	[lavon]       http://lavonhardison.com/2012/05/31/thrift-store-sound-track/
//	[tarheel]     https://www.dailytarheel.com/article/2024/02/lifestyle-music-ed-whos-on-aux-chapel-hill-businesses
//	[musicwhore]  https://musicwhore.org/2017/07/09/my-neighborhood-thrift-shop-usually-beats-an-autogenerated-playlist-for-discovery/
//	[mollie]      http://www.molliemariestevens.co.uk/2017/05/track-by-track-my-rainy-day-playlist.html
//	[7rem]        http://7remedies.blogspot.com/2016/08/rainy-days-playlist.html
//	[courtney]    https://courtneybowen.wordpress.com/2014/02/26/rainy-day-tunes/
//	[udou]        https://udou.ph/music/songs-that-you-can-add-to-your-rainy-season-playlist/
//	[sauna2]      https://www.saunatimes.com/sauna-culture/music-in-the-sauna-revisited/
//	[sauna3]      https://www.saunatimes.com/building-a-sauna/sauna-tips/why-a-sauna-changing-room-wants-to-have-a-subwoofer/
//	[wedfolio]    https://wedfolio.com/articles/1743/selecting-the-music-for-your-wedding-part-1-cocktail-hour-dinner
//	[provolve]    http://provolveentertainment.com/cocktail-hour-music/
//	[gaywed]      https://gayweddingsmag.com/what-music-do-you-play-during-wedding-cocktail-hour/
//	[elegant]     https://elegantevententertainment.com/2012/wedding-dj-advice/wedding-cocktail-hour-and-dinner-music-playlist-tips-from-a-pro/
//	[uplift]      https://visualfoodie.com/an-uplifting-song-for-a-funeral-or-memorial
//	[talkdeath]   https://www.talkdeath.com/songs-to-play-at-a-funeral/
//	[betterplace] https://www.betterplaceforests.com/blog/the-best-songs-for-memorial-services-and-funerals/
//	[yfs]         https://www.yourfuneralsongs.com/tag/uplifting
//	[holland]     https://hollandavenuehome.com/2018/04/16/sounds-of-spring-a-playlist/
//	[gevgarden]   https://gevetica.com/page.php?p=0219524
//	[airport]     http://52.24.82.35/2020/01/25/essential-listening-at-35000-feet
//	[barbox]      https://barexamtoolbox.com/music-bar-studying-playlist/
//	[legalgeek]   http://legalgeekery.com/2009/11/23/tunes-of-doom/comment-page-1/
//	[effbar]      https://www.efficientbarprep.com/sound-study-music-can-help-prepare-bar-exam/
//	[adaptibar]   https://blog.adaptibar.com/how-music-help-study-bar-exam/
//	[oregon]      https://oregonlawblawg.wordpress.com/2015/06/09/professor-reynoldss-top-ten-songs-not-to-listen-to-when-studying-for-the-bar/
//	[blueprint]   https://blog.blueprintprep.com/lsat/the-best-music-for-law-school-study/
//	[redmoon]     https://redmooncafe.blogspot.com/2014/03/music-over-movies-while-grading.html
//	[cdm]         https://cdmandrews.wordpress.com/2009/09/23/music-to-grade-to/
//	[stopthink]   https://timetostopandthink.com/2021/01/
//	[marking]     http://whyarentyoustudying.blogspot.com/2009/04/marking.html
//	[crackers]    http://crackersandsoda.blogspot.com/2008/11/procrastination.html
//	[eduhon]      http://www.eduhonesty.com/a-soft-day-off/
//	[evilleague]  http://www.evilleagueofteachers.com/2013/03/finals-week-playlist-3/
//	[fryer]       http://andyfryer.blogspot.com/2010/09/soundtrack-to-my-summer-commute.html
//	[blogemon]    https://www.blogemonium.com/2024/01/according-to-science-this-song-will.html
//	[medhum]      https://medhumlabmanchester.org/category/students-reflect-on-medhums/
//	[hideaway]    https://dev-aio-01.hideawayreport.com/articles/view/music-playlist-southwest-road-trip/
//	[knpr]        https://knpr.org/dc-blog/sunset-sounds-big-sky-state-mind
//	[thex]        https://943thex.com/the-norcal-noco-road-trip-playlist-18-alt-songs-to-fuel-an-18-hour-desert-drive/
//	[taylor]      https://tayloronatrip.com/15-songs-explore-american-southwest
//	[lafacts]     https://losangelesfacts.com/entertainment/music/10-perfect-songs-for-a-drive-through-the-desert/
//	[toomuch]     https://toomutchforwords.com/2013/05/30/travel-playlist-for-an-american-southwest-roadtrip/
func sealed12Requests(artistOf func(tmpl string, n int) string) []Request {
	return []Request{
		// The pottery studio and the wheel.
		{Text: "hopelessly stuck in the 80s for my throwing tunes, b-52s and devo type new wave", Genres: []string{"new wave"}, Years: [2]int{1980, 1989}},                               // [albedo80s]
		{Text: "devo, adam ant, men without hats, my stuck-in-the-80s songs for the wheel", Genres: []string{"new wave"}},                                                                // [albedo80s]
		{Text: "for hand building I want new age and ethnic stuff, a less frenetic tone", Genres: []string{"new-age music", "ethnic electronica"}, Energy: [2]float64{0, 0.45}},          // [albedo80s]
		{Text: "dead can dance and enigma for molded forms and hand building", Genres: []string{"new-age music", "ethnic electronica"}, Moods: []string{"mysterious", "dreamy", "calm"}}, // [albedo80s]
		{Text: "vivaldi and debussy while I throw yunomi off the hump with the garage door open", Genres: []string{"classical"}},                                                         // [albedo80s]
		{Text: "morricone style soundtrack work to throw pots to, big and sweeping", Genres: []string{"classical"}, Moods: []string{"epic"}},                                             // [albedo80s]
		{Text: "in the studio the music sets the tempo, I need a steady beat for the wheel", Tempo: [2]float64{80, 130}},                                                                 // [albedo80s]
		// The woodshop and the garage.
		{Text: "I really love rap music, put some on for the woodshop", Genres: []string{"hip hop"}},                                                         // [wooditis]
		{Text: "interesting rap for my basic woodworking class, not the angry nonsensical kind", Genres: []string{"hip hop"}, Energy: [2]float64{0, 0.75}},   // [wooditis]
		{Text: "a student walked in and said I hate rap, so shop music that isn't rap", ExcludeGenres: []string{"rap"}},                                      // [wooditis]
		{Text: "who's on your ipod in the woodshop? mine is full of rap", Genres: []string{"hip hop"}},                                                       // [wooditis]
		{Text: "a woodshop theme song, something about building a boat, guy clark or jimmy buffett", Genres: []string{"country", "folk"}},                    // [lumberjocks]
		{Text: "songs about carpenters and hammers, old folk and country", Genres: []string{"folk", "country"}},                                              // [lumberjocks]
		{Text: "cold beer and sawdust kind of country for the garage shop", Genres: []string{"country"}},                                                     // [lumberjocks]
		{Text: "american made by toby keith type stuff for fixing things with wd-40 in the garage", Genres: []string{"country"}, Energy: [2]float64{0.5, 0}}, // [lumberjocks]
		// Knitting, crochet, quilting and sewing.
		{Text: "johnny cash is awesome to knit to, really gets you going with a good rhythm", Genres: []string{"country"}, Energy: [2]float64{0.5, 0}},                                                    // [craftaholic]
		{Text: "some juanes for crocheting on the train, we latinos stick together", Genres: []string{"caribbean and latin american"}},                                                                    // [craftaholic]
		{Text: "maybe some fats waller or benny goodman for the knitting, old swing", Genres: []string{"jazz"}},                                                                                           // [craftaholic]
		{Text: "the smiths for knitting, because I just love the smiths", Genres: []string{"alternative rock"}},                                                                                           // [craftaholic]
		{Text: "music to crochet by, the decemberists, mgmt and the shins", Genres: []string{"alternative rock"}},                                                                                         // [dapple]
		{Text: "something for crafting or tedious work of any kind that keeps my mind on the project", Contexts: []string{"focus", "studying"}},                                                           // [dapple]
		{Text: "crocheting a black shawl for the symphony, music that carries that mood", Genres: []string{"classical"}, Minor: yes()},                                                                    // [dapple]
		{Text: "the strokes and florence and the machine for a bright spring slouch hat", Genres: []string{"alternative rock"}, Moods: []string{"happy", "energetic"}},                                    // [dapple]
		{Text: "backstreet boys, glenn miller, the carpenters and queen all shuffled for crochet", Genres: []string{"pop", "jazz"}, Sounds: []string{"rock"}},                                             // [fruitful]
		{Text: "I like to sew to oldies from the 60s and 70s or light jazz", Sounds: []string{"pop", "jazz"}, Years: [2]int{1960, 1979}},                                                                  // [prairie]
		{Text: "music usually has to make me MOOOVE, donna summer disco, I dance in my chair", Genres: []string{"disco"}, Energy: [2]float64{0.6, 0}},                                                     // [prairie]
		{Text: "classical when I'm hand quilting, it drowns out the neighbours", Genres: []string{"classical"}},                                                                                           // [prairie]
		{Text: "hank williams and lady gaga, my tastes are pretty odd and wide ranging", Genres: []string{"country", "pop"}},                                                                              // [prairie]
		{Text: "old rock n roll, the beatles, the twist, michael buble sway, stuff that makes me move", Sounds: []string{"pop", "rock"}, Energy: [2]float64{0.6, 0}, Moods: []string{"happy", "playful"}}, // [prairie]
		{Text: "creating something new I want music that is upbeat and energetic", Energy: [2]float64{0.65, 0}, Moods: []string{"energetic", "happy", "uplifting"}},                                       // [bmqg]
		{Text: "detail quilting requires mellow music, adele or john mayer", Genres: []string{"pop", "soul"}, Energy: [2]float64{0, 0.55}},                                                                // [bmqg]
		{Text: "longarming when I'm tired, I need the oldies I can sing along with", Genres: []string{"pop", "rhythm and blues"}, Sounds: []string{"rock"}, Vocals: yes(), Years: [2]int{1955, 1979}},     // [bmqg]
		{Text: "piecing or applique needs smooth jazz or the beach boys", Genres: []string{"jazz", "pop"}, Energy: [2]float64{0, 0.6}},                                                                    // [bmqg]
		{Text: "pink, maroon 5 and matchbox 20 for longarming", Sounds: []string{"pop", "rock"}, Energy: [2]float64{0.6, 0}},                                                                              // [bmqg]
		{Text: "figuring out a quilt pattern, total silence... ok maybe something with no words", Vocals: no(), Energy: [2]float64{0, 0.4}},                                                               // [bmqg]
		{Text: "john denver greatest hits for free motion quilting, great rhythm", Genres: []string{"folk", "country"}, Vocals: yes()},                                                                    // [marbled]
		{Text: "yanni live at the acropolis for cutting and piecing, nice rhythms", Genres: []string{"new-age music"}},                                                                                    // [marbled]
		{Text: "anything celtic when I'm sewing bindings, easy to get a nice rhythm going", Genres: []string{"folk"}, Instruments: []string{"violin"}},                                                    // [marbled]
		{Text: "david lanz new age, just piano, soothing when the beading is complex", Genres: []string{"new-age music"}, Instruments: []string{"piano"}, Energy: [2]float64{0, 0.45}},                    // [marbled]
		{Text: "seventies saturday on the radio, old favorites that just make you feel good", Years: [2]int{1970, 1979}, Moods: []string{"happy", "uplifting", "warm"}},                                   // [marbled]
		{Text: "mozart when I have some difficult sewing ahead, soothes me and keeps me focused", Genres: []string{"classical"}, Energy: [2]float64{0, 0.35}},                                             // [marbled]
		{Text: "broadway soundtracks that make my heart soar while I sew", Moods: []string{"uplifting", "epic", "euphoric"}, Vocals: yes()},                                                               // [marbled]
		{Text: "ed sheeran today, il divo yesterday and simon and garfunkel tomorrow for machine quilting", Genres: []string{"pop", "folk"}},                                                              // [parkinson]
		// Fly fishing, the river and the drive there.
		{Text: "the doors on the guadalupe river, light my fire while the rainbows bite", Sounds: []string{"rock"}, Moods: []string{"nostalgic"}},                                                                                                                        // [gurgle]
		{Text: "knee deep in my favorite trout stream, something quiet enough that I still hear the water", Energy: [2]float64{0, 0.3}},                                                                                                                                  // [gurgle]
		{Text: "driving up to bc for dry fly fishing, start it loud, alice in chains and ac/dc", Sounds: []string{"rock", "metal"}, Energy: [2]float64{0.75, 0}},                                                                                                         // [hatch]
		{Text: "then mellow it down for the mountains, grateful dead and neil young", Turns: []string{"driving up to bc for dry fly fishing, start it loud, alice in chains and ac/dc"}, Genres: []string{"folk"}, Sounds: []string{"rock"}, Energy: [2]float64{0, 0.5}}, // [hatch]
		{Text: "end the fishing drive on some bob marley, redemption song", Genres: []string{"reggae"}},                                                                                                                                                                  // [hatch]
		{Text: "focus hocus pocus and gimme shelter, the loud 70s stuff before the mellow part", Sounds: []string{"rock"}, Energy: [2]float64{0.7, 0}, Years: [2]int{1965, 1979}},                                                                                        // [hatch]
		{Text: "jazz after dark, once the evening hatch starts", Genres: []string{"jazz"}, Contexts: []string{"late night"}},                                                                                                                                             // [ffjazz]
		{Text: "country in the morning, not the rhinestone nashville hit machine pop country", Genres: []string{"country"}, ExcludeGenres: []string{"country pop"}},                                                                                                      // [ffjazz]
		{Text: "townes van zandt and guy clark for the morning drive to the boat launch", Genres: []string{"country", "folk"}, Contexts: []string{"driving"}},                                                                                                            // [ffjazz]
		{Text: "rock-country crossovers, gram parsons or stephen stills", Genres: []string{"country rock", "country"}},                                                                                                                                                   // [ffjazz]
		{Text: "sometimes it's jazz for the flats, in a sentimental mood", Genres: []string{"jazz"}, Moods: []string{"romantic", "nostalgic"}},                                                                                                                           // [truecast]
		{Text: "when I want to put the wood to them, ac/dc hells bells or black sabbath", Sounds: []string{"metal", "rock"}, Energy: [2]float64{0.8, 0}},                                                                                                                 // [truecast]
		{Text: "bluegrass walking to the river, billy strings", Genres: []string{"bluegrass"}},                                                                                                                                                                           // [truecast]
		{Text: "jackson browne, always a mellow groove on the water", Genres: []string{"folk"}, Sounds: []string{"rock"}, Energy: [2]float64{0, 0.55}},                                                                                                                   // [truecast]
		{Text: "tom petty and the grateful dead, walk-up songs for the river", Sounds: []string{"rock"}, Moods: []string{"nostalgic"}},                                                                                                                                   // [truecast]
		{Text: "lyle lovett and robert earl keen, texas fishing music", Genres: []string{"texas country"}},                                                                                                                                                               // [tuvoices]
		{Text: "texas singer songwriters for a willow-lined creek in the wyoming range", Genres: []string{"texas country", "folk"}},                                                                                                                                      // [tuvoices]
		{Text: "fun fishing and river tracks for an angling road trip", Contexts: []string{"road trip"}, Moods: []string{"happy", "playful"}},                                                                                                                            // [jlr]
		{Text: "kacy and clayton country folk, her voice flows like the quiet stretches of river", Sounds: []string{"folk", "country"}, Vocals: yes()},                                                                                                                   // [jlr]
		{Text: "beastie boys for the drive to the water", Genres: []string{"hip hop"}, Years: [2]int{1986, 1999}},                                                                                                                                                        // [jlr]
		{Text: "music on the poling skiff that leaves behind the big beats and has a sense of flow", Energy: [2]float64{0, 0.5}, Moods: []string{"mellow", "dreamy", "calm"}},                                                                                            // [txfly]
		// Sailing and boating.
		{Text: "songs that make you feel good for a long sail, nothing with sailing in the title", Moods: []string{"happy", "uplifting", "warm"}},                         // [medina]
		{Text: "easy by groove armada, chilled electronic for the marina", Sounds: []string{"electronica"}, Energy: [2]float64{0, 0.5}},                                   // [medina]
		{Text: "xavier rudd and john mayer, sunny acoustic stuff for the boat", Instruments: []string{"acoustic guitar"}, Moods: []string{"happy", "warm", "hopeful"}},    // [medina]
		{Text: "something upbeat to block out the slapping halyards in the marina", Energy: [2]float64{0.55, 0}, Moods: []string{"happy"}},                                // [medina]
		{Text: "beyond the sea, old crooner jazz for the boat", Genres: []string{"jazz"}, Vocals: yes()},                                                                  // [eris]
		{Text: "billie holiday for a sailboat in the moonlight", Genres: []string{"vocal jazz", "jazz"}, Moods: []string{"romantic"}, Contexts: []string{"late night"}},   // [eris]
		{Text: "enya orinoco flow, sail away sail away", Genres: []string{"new-age music"}},                                                                               // [eris]
		{Text: "dock of the bay, otis, sittin in the morning sun on the boat", Genres: []string{"soul"}},                                                                  // [eris]
		{Text: "kokomo and come sail away, get away from it all boating songs", Sounds: []string{"pop", "rock"}, Moods: []string{"happy"}},                                // [eris]
		{Text: "a boating playlist that goes from folk to seafaring to classic to indie to wild", Genres: []string{"folk", "alternative rock"}, Sounds: []string{"rock"}}, // [boatus]
		{Text: "piedmont blues and hot tuna off a cheap cassette recorder in the fo'c'sle", Genres: []string{"blues"}},                                                    // [boatus]
		{Text: "jefferson airplane era psychedelic stuff for the brigantine", Genres: []string{"psychedelic rock"}, Sounds: []string{"rock"}},                             // [boatus]
		// The climbing hall.
		{Text: "everything fine uptempo in the climbing hall, nothing slow and samey", Energy: [2]float64{0.7, 0}, Tempo: fast},                                    // [klettern]
		{Text: "cafe del mar on endless loop sedates me, I climbed without bite, give me drive", Energy: [2]float64{0.75, 0}, Avoid: []string{"ambient"}},          // [klettern]
		{Text: "queens of the stone age, they always drive me up the wall", Sounds: []string{"rock"}, Energy: [2]float64{0.75, 0}},                                 // [klettern]
		{Text: "absolutely no jazz of any kind at the bouldering gym", ExcludeGenres: []string{"jazz"}, Energy: [2]float64{0.6, 0}},                                // [klettern]
		{Text: "metallica enter sandman and the chemical brothers for my next climbing day", Sounds: []string{"metal"}, Genres: []string{"big beat", "breakbeat"}}, // [klettern]
		{Text: "red hot chili peppers give it away and bloc party, my wishlist for the wall", Sounds: []string{"rock", "funk"}, Energy: [2]float64{0.7, 0}},        // [klettern]
		{Text: "climbing music that isn't too slow and uniform but nothing I'd sing along to and fall off", Energy: [2]float64{0.6, 0}, Vocals: no()},              // [klettern]
		// The farmers' market.
		{Text: "a fiddle player at the market singing her heart out, everyone in a joyful mood", Instruments: []string{"violin"}, Moods: []string{"happy", "hopeful"}},                    // [cfm]
		{Text: "jazz, bluegrass, broadway and brass at the farm market", Genres: []string{"jazz", "bluegrass"}},                                                                           // [cfm]
		{Text: "everything from the beatles to gnarls barkley, market music that hits all my favorites", Sounds: []string{"pop", "rock", "soul"}},                                         // [cfm]
		{Text: "the easy listening grocery stores play, for my farmers market stall", Genres: []string{"easy listening"}},                                                                 // [cfm]
		{Text: "acoustic guitars, violins, banjos and fiddles, folk rock favorites at the market", Genres: []string{"folk"}, Instruments: []string{"banjo", "violin", "acoustic guitar"}}, // [mediafm]
		{Text: "some funky and upbeat, some soulful that sings the blues, for saturday market", Genres: []string{"funk", "blues", "soul"}},                                                // [mediafm]
		{Text: "teens covering folk rock favorites on the corner by the veggie stand", Genres: []string{"folk"}, Sounds: []string{"rock"}},                                                // [mediafm]
		{Text: "hill country blues for busking at the farmers market", Genres: []string{"blues"}},                                                                                         // [lange]
		{Text: "blues a toddler can dance to, small crowds of dancing children", Genres: []string{"blues"}, Moods: []string{"happy", "groovy"}},                                           // [lange]
		// Bread and the bakery.
		{Text: "I make all my bread by hand for the meditative part, something rhythmic to knead to", Contexts: []string{"cooking"}, Tempo: [2]float64{80, 130}},               // [freshloaf]
		{Text: "knead knead knead the dough, a sing along for baking with my two year old", Vocals: yes(), Moods: []string{"happy", "playful"}, Contexts: []string{"cooking"}}, // [freshloaf]
		{Text: "something meditative for hand mixing a big oatmeal loaf alone in the kitchen", Contexts: []string{"cooking"}, Energy: [2]float64{0, 0.45}},                     // [freshloaf]
		{Text: "fermentation music for the bakery, mozart and baroque, nothing ugly", Genres: []string{"classical"}, Moods: []string{"calm", "peaceful"}},                      // [frenchroad]
		// Birds in spring.
		{Text: "a little playlist to go with the birdsong bringing spring on the wind, joni and feist", Genres: []string{"folk"}, Moods: []string{"hopeful", "warm"}}, // [chasing]
		{Text: "three little birds for the bird feeder in the morning", Genres: []string{"reggae"}, Moods: []string{"happy"}},                                         // [chasing]
		{Text: "blackbird and iron and wine for the birds this spring", Genres: []string{"folk"}, Instruments: []string{"acoustic guitar"}},                           // [chasing]
		// The thrift shop.
		{Text: "thrift store soundtrack, 70s southern rock and 80s funk", Sounds: []string{"rock", "funk"}, Years: [2]int{1970, 1989}},                                                          // [lavon]
		{Text: "unapologetic johnny cash and tanya tucker country while I dig through the racks", Genres: []string{"country"}},                                                                  // [lavon]
		{Text: "one piece at a time, funny country story songs", Genres: []string{"country"}, Moods: []string{"happy"}},                                                                         // [lavon]
		{Text: "chill vibe for the thrift store, fleet foxes and vampire weekend", Genres: []string{"folk", "alternative rock"}, Energy: [2]float64{0, 0.6}},                                    // [tarheel]
		{Text: "busy saturday at the shop, something with more energy, death metal even", Genres: []string{"death metal"}, Energy: [2]float64{0.8, 0}},                                          // [tarheel]
		{Text: "early 2000s, you feel you're in a movie, easygoing and fun but chill", Years: [2]int{2000, 2006}, Energy: [2]float64{0.3, 0.65}, Moods: []string{"happy", "playful", "mellow"}}, // [tarheel]
		{Text: "I've been in a soul phase lately, put that on at the counter", Genres: []string{"soul"}},                                                                                        // [tarheel]
		{Text: "soft indie to death metal, whatever the mood is that day", Genres: []string{"alternative rock", "death metal"}},                                                                 // [tarheel]
		{Text: "mellow coffee shop music behind the counter on franklin street", Energy: [2]float64{0, 0.45}, Moods: []string{"mellow", "warm"}},                                                // [tarheel]
		{Text: "new york dolls and pink floyd the wall from the dollar bin", Sounds: []string{"rock", "punk"}, Years: [2]int{1970, 1979}},                                                       // [musicwhore]
		// Rain, the commute and the window.
		{Text: "massive attack for the drizzly walk to the station, moody with a repetitive beat", Sounds: []string{"electronica"}, Moods: []string{"moody", "dark"}},                              // [mollie]
		{Text: "not too upbeat but with enough rhythm to get me to the office in the rain", Energy: [2]float64{0.35, 0.6}, Tempo: [2]float64{85, 125}},                                             // [mollie]
		{Text: "eerily beautiful acoustic songs to watch the fields flash past from the train", Instruments: []string{"acoustic guitar"}, Moods: []string{"melancholic", "wistful", "mysterious"}}, // [mollie]
		{Text: "a rainy day commute playlist, mostly old and older, melancholy and comparatively upbeat", Contexts: []string{"rainy day"}},                                                         // [mollie]
		{Text: "red hot chili peppers soft vocals and drum beat, nostalgic on a wet morning", Sounds: []string{"rock"}, Moods: []string{"nostalgic"}},                                              // [mollie]
		{Text: "slower, quieter songs while it's raining, curled up with a good book", Energy: [2]float64{0, 0.4}, Tempo: slow, Contexts: []string{"rainy day", "reading"}},                        // [7rem]
		{Text: "a rainy texas day, something in between, not quiet but not blasting", Energy: [2]float64{0.4, 0.65}, Moods: []string{"nostalgic", "wistful", "moody"}},                             // [7rem]
		{Text: "driving home in the rain, radiohead and smashing pumpkins on shuffle", Genres: []string{"alternative rock"}, Contexts: []string{"driving"}},                                        // [courtney]
		{Text: "a little pink floyd for wet roads on the way home", Sounds: []string{"rock"}, Contexts: []string{"driving"}},                                                                       // [courtney]
		{Text: "the flaming lips for the first day of a week long downpour", Genres: []string{"alternative rock"}, Moods: []string{"nostalgic"}},                                                   // [courtney]
		{Text: "staring at the raindrops with hot coffee, chill gloomy music", Energy: [2]float64{0, 0.45}, Moods: []string{"melancholic", "moody", "wistful"}},                                    // [udou]
		{Text: "gloomy weather, staring point blank at a window, something with an acoustic guitar", Instruments: []string{"acoustic guitar"}, Moods: []string{"melancholic", "wistful"}},          // [udou]
		{Text: "paramore and all time low for my rainy season playlist", Genres: []string{"pop punk", "punk rock"}},                                                                                // [udou]
		// The sauna.
		{Text: "bonobo in the sauna, mellow electronic with a female voice", Sounds: []string{"electronica"}, Vocals: yes(), Moods: []string{"mellow", "dreamy"}},              // [sauna2]
		{Text: "tinariwen desert blues for the hot room", Genres: []string{"african"}},                                                                                         // [sauna2]
		{Text: "fela kuti, a sauna classic", Genres: []string{"afrobeat", "african"}, Moods: []string{"groovy"}},                                                               // [sauna2]
		{Text: "dub from king tubby and lee scratch perry between sauna rounds", Genres: []string{"dub", "reggae"}},                                                            // [sauna2]
		{Text: "cold rainy sauna day in ireland, van morrison and the waterboys to chill out in the garden", Genres: []string{"folk"}, Contexts: []string{"rainy day"}},        // [sauna2]
		{Text: "americana between sauna rounds, bon iver or my morning jacket acoustic sets", Genres: []string{"folk", "americana"}, Instruments: []string{"acoustic guitar"}}, // [sauna2]
		{Text: "brazilian for the sauna, gilberto gil and jorge ben", Genres: []string{"brazilian"}},                                                                           // [sauna2]
		{Text: "ambient downtempo or jazz for the sauna, music for airports sort of thing", Sounds: []string{"ambient", "jazz"}},                                               // [sauna3]
		{Text: "deep resonating bass for the changing room, rich and full", Instruments: []string{"bass"}},                                                                     // [sauna3]
		// The wedding cocktail hour.
		{Text: "cocktail hour standards, sinatra, ella, nat king cole, the more up-tempo ones", Genres: []string{"jazz"}, Vocals: yes(), Energy: [2]float64{0.4, 0}},                         // [wedfolio]
		{Text: "don't slow the tempo down too much before the party even starts", Tempo: [2]float64{100, 0}, Energy: [2]float64{0.4, 0.75}},                                                  // [wedfolio]
		{Text: "a string quartet covering our favorite songs for cocktails", Genres: []string{"classical crossover", "classical"}, Instruments: []string{"strings", "violin", "cello"}},      // [wedfolio]
		{Text: "a classic jazz tone, miles davis and coltrane, while we take photos", Genres: []string{"jazz"}, Vocals: no()},                                                                // [wedfolio]
		{Text: "dinner music after cocktails, some of our favorite songs but nothing to dance to yet", Contexts: []string{"dinner party"}, Energy: [2]float64{0, 0.6}},                       // [wedfolio]
		{Text: "love songs from a variety of genres for cocktail hour, norah jones, jack johnson, some motown", Moods: []string{"romantic", "warm"}, Vocals: yes()},                          // [provolve]
		{Text: "we're folksy bluegrass people, work that into the reception", Genres: []string{"bluegrass", "folk"}},                                                                         // [provolve]
		{Text: "some motown during cocktail hour", Genres: []string{"soul"}},                                                                                                                 // [provolve]
		{Text: "garden wedding, acoustic and classical music to set a calm mood", Genres: []string{"classical", "folk"}, Energy: [2]float64{0, 0.4}},                                         // [gaywed]
		{Text: "evening wedding, more upbeat and lively music to get the party started", Energy: [2]float64{0.65, 0}, Contexts: []string{"party", "dancing"}},                                // [gaywed]
		{Text: "daytime cocktail hour, light and upbeat", Energy: [2]float64{0.45, 0.75}, Moods: []string{"happy", "bright", "playful"}},                                                     // [gaywed]
		{Text: "jazz for a ballroom cocktail hour that appeals to every age", Genres: []string{"jazz"}},                                                                                      // [gaywed]
		{Text: "no boring slow adult contemporary, soft rock or kenny g at cocktails, perk them up", Energy: [2]float64{0.6, 0}, ExcludeGenres: []string{"adult contemporary", "soft rock"}}, // [elegant]
		{Text: "songs with lyrics about love and celebration for the wedding dinner", Vocals: yes(), Moods: []string{"romantic", "happy", "euphoric"}, Contexts: []string{"dinner party"}},   // [elegant]
		{Text: "music that tells the guests tonight is going to be a lot of fun", Moods: []string{"happy", "euphoric", "playful"}, Energy: [2]float64{0.6, 0}},                               // [elegant]
		// The funeral and the memorial.
		{Text: "something warm with a gravelly voice, not a hymn, for my grandfather's memorial", Moods: []string{"warm", "hopeful"}, Vocals: yes()},                    // [uplift]
		{Text: "an uplifting song for a funeral, a celebration instead of sorrow", Moods: []string{"uplifting", "hopeful", "happy"}},                                    // [uplift]
		{Text: "he loved country and jazz, a gentle song for his service", Genres: []string{"country", "jazz"}, Energy: [2]float64{0, 0.5}},                             // [talkdeath]
		{Text: "instrumental music that paints a picture without words for the memorial", Vocals: no(), Moods: []string{"reflective", "peaceful", "calm"}},              // [talkdeath]
		{Text: "traditional funeral music, something sacred in the ave maria vein", Genres: []string{"sacred music", "mass"}},                                           // [talkdeath]
		{Text: "my mom loved pop and classical, something for her celebration of life", Genres: []string{"pop", "classical"}, Moods: []string{"uplifting", "peaceful"}}, // [talkdeath]
		{Text: "my way and time to say goodbye, the big classic songs for a memorial", Genres: []string{"classical crossover", "vocal jazz"}, Vocals: yes()},            // [betterplace]
		{Text: "a new orleans jazz funeral, starting somber then exploding into joy", Genres: []string{"jazz"}, Instruments: []string{"trumpet"}},                       // [yfs]
		{Text: "soaring harmonies and emotional vocals, a cathartic song for the service", Vocals: yes(), Moods: []string{"melancholic", "hopeful"}},                    // [yfs]
		// The garden in spring.
		{Text: "spring-y playlist: a little chill, a little spirited, a pinch of folky, a dash of instrumental", Genres: []string{"folk"}, Moods: []string{"hopeful", "warm"}},                                                   // [holland]
		{Text: "snow on my flower bed again, something to convince me it really is spring", Moods: []string{"hopeful", "happy", "uplifting", "bright"}},                                                                          // [holland]
		{Text: "a playlist for days warm enough to throw the windows open", Moods: []string{"happy", "bright", "warm"}, Energy: [2]float64{0.4, 0.75}},                                                                           // [holland]
		{Text: "buoyant acoustic music for gardening afternoons, guitars and light piano, no heavy drums", Instruments: []string{"acoustic guitar", "piano"}, Energy: [2]float64{0, 0.5}, ExcludeInstruments: []string{"drums"}}, // [gevgarden]
		{Text: "steady gentle grooves for digging and pruning", Energy: [2]float64{0.25, 0.55}, Moods: []string{"mellow", "warm", "groovy"}},                                                                                     // [gevgarden]
		{Text: "ukulele and light piano at a sunlit tempo for weeding", Instruments: []string{"piano", "acoustic guitar"}, Moods: []string{"happy", "warm", "bright"}},                                                           // [gevgarden]
		// The long flight.
		{Text: "sleep music for any voyage, classical pieces redone as ambient synth", Sounds: []string{"ambient"}, Instruments: []string{"synthesizer"}, Contexts: []string{"sleeping"}}, // [airport]
		{Text: "an hour of smooth electronic mix to pass the time on a long haul", Sounds: []string{"electronica"}, Duration: 60 * time.Minute},                                           // [airport]
		{Text: "chill-out background to drown out noisy neighbours on the plane", Sounds: []string{"ambient", "electronica"}, Energy: [2]float64{0, 0.4}},                                 // [airport]
		// The bar exam.
		{Text: "music without lyrics and medium syncopation, funk basically, for bar study", Genres: []string{"funk"}, Vocals: no()},                                                                                         // [barbox]
		{Text: "closet country music fan here, something country for studying for the bar", Genres: []string{"country"}, Contexts: []string{"studying"}},                                                                     // [barbox]
		{Text: "ok switch to classical now, I'm cranking through MBE questions", Turns: []string{"blast a little pop to get me going this morning"}, Genres: []string{"classical"}, Contexts: []string{"studying", "focus"}}, // [barbox]
		{Text: "a bit of electronica while I outline torts", Genres: []string{"electronica"}, Contexts: []string{"studying"}},                                                                                                // [barbox]
		{Text: "background study music, anything with lyrics is pretty much right out", Vocals: no(), Contexts: []string{"studying", "focus"}},                                                                               // [legalgeek]
		{Text: "classical that's soothing, not bombastic like ride of the valkyries", Sounds: []string{"classical"}, Moods: []string{"calm", "peaceful"}, Energy: [2]float64{0, 0.3}},                                        // [legalgeek]
		{Text: "techno or ambient or electrojazzercisedubstep or whatever the kids call it, for finals", Genres: []string{"techno"}, Sounds: []string{"ambient"}},                                                            // [legalgeek]
		{Text: "something slightly soothing for the study room, I can't tell my beethoven from my brahms", Genres: []string{"classical"}, Moods: []string{"calm", "peaceful"}},                                               // [legalgeek]
		{Text: "bach, vivaldi, brahms and mozart for bar prep", Genres: []string{"classical"}, Contexts: []string{"studying"}},                                                                                               // [effbar]
		{Text: "video game soundtracks to study for the bar", Genres: []string{"video game music"}},                                                                                                                          // [effbar]
		{Text: "no top 40 while I'm studying the law, it just sidetracks me", ExcludeGenres: []string{"pop"}, Contexts: []string{"studying"}},                                                                                // [effbar]
		{Text: "music for the bar exam that isn't distracting but that I don't hate either", Vocals: no(), Energy: [2]float64{0, 0.5}},                                                                                       // [effbar]
		{Text: "relaxing smooth jazz for bar prep", Genres: []string{"smooth jazz", "jazz"}, Energy: [2]float64{0, 0.4}},                                                                                                     // [adaptibar]
		{Text: "upbeat invigorating music to keep me going through a study session", Energy: [2]float64{0.6, 0}, Moods: []string{"energetic", "uplifting"}},                                                                  // [adaptibar]
		{Text: "bar study music but nothing that gets stuck in my head, no kelly clarkson", ExcludeGenres: []string{"pop"}, Vocals: no()},                                                                                    // [oregon]
		{Text: "80s upbeat like journey and the bangles while I study", Sounds: []string{"rock", "pop"}, Years: [2]int{1980, 1989}, Energy: [2]float64{0.6, 0}},                                                              // [blueprint]
		// Grading papers.
		{Text: "music to stay focused while grading forty-two freshman essays", Contexts: []string{"focus", "studying"}},                                                                          // [redmoon]
		{Text: "arabic jazz for washing dishes and cooking dinner", Genres: []string{"jazz"}},                                                                                                     // [redmoon]
		{Text: "essay grading music: something that moves, lots of repetition and beats, not so interesting I stop grading", Tempo: [2]float64{110, 0}, Vocals: no(), Energy: [2]float64{0.5, 0}}, // [cdm]
		{Text: "and justice for all era thrash as white noise for grading", Genres: []string{"thrash metal"}},                                                                                     // [cdm]
		{Text: "lamb of god at the right volume is basically white noise for writing comments", Genres: []string{"heavy metal"}, Energy: [2]float64{0.85, 0}},                                     // [cdm]
		{Text: "some gabber to get in the mood for grading", Genres: []string{"hardcore"}},                                                                                                        // [cdm]
		{Text: "beethoven got me through the dissertation, so classical for grading", Genres: []string{"classical"}},                                                                              // [cdm]
		{Text: "soft jazz or classical, non intrusive background music for my classroom", Genres: []string{"jazz", "classical"}, Energy: [2]float64{0, 0.4}},                                      // [stopthink]
		{Text: "quiet music for marking with the baby asleep, lullaby versions of rock songs", Energy: [2]float64{0, 0.3}, Vocals: no()},                                                          // [marking]
		{Text: "a nice folky sound, clean, nothing overproduced, to get me through grading", Genres: []string{"folk"}},                                                                            // [crackers]
		{Text: "testing day in class: indie rock, folk and some rap and hip hop", Genres: []string{"alternative rock", "folk", "hip hop"}},                                                        // [eduhon]
		{Text: "music to stop the pre-test whining, the kids love watching me dance to it", Contexts: []string{"dancing", "party"}, Moods: []string{"happy"}},                                     // [eduhon]
		{Text: "finals week playlist to keep me sane grading exams, imperial march included", Genres: []string{"classical"}, Moods: []string{"epic"}},                                             // [evilleague]
		// Cycling to work.
		{Text: "my morning bike commute needs something with a bit more lift", Energy: [2]float64{0.6, 0}, Moods: []string{"uplifting", "energetic", "happy"}},                                                                               // [fryer]
		{Text: "and for the evening ride home, calmer, mulling over the day", Turns: []string{"my morning bike commute needs something with a bit more lift"}, Energy: [2]float64{0, 0.45}, Moods: []string{"reflective", "mellow", "calm"}}, // [fryer]
		{Text: "punchy stuff for when I hit the hills on my bike", Energy: [2]float64{0.8, 0}, Tempo: fast},                                                                                                                                  // [fryer]
		{Text: "a 40 minute playlist for cycling to work", Duration: 40 * time.Minute, Energy: [2]float64{0.55, 0}},                                                                                                                          // [fryer]
		// The waiting room.
		{Text: "waiting room music, no heavy metal, hip hop or rap", ExcludeGenres: []string{"heavy metal", "hip hop", "rap"}, Moods: []string{"calm", "peaceful", "mellow"}}, // [blogemon]
		{Text: "jazz for the dentist's waiting room, makes the wait feel shorter", Genres: []string{"jazz"}, Energy: [2]float64{0, 0.45}},                                     // [blogemon]
		{Text: "toto africa or i'm like a bird for the doctor's office", Sounds: []string{"pop", "rock"}, Energy: [2]float64{0, 0.7}},                                         // [blogemon]
		{Text: "calm relaxing music for a hospital waiting room, to take people's minds off things", Moods: []string{"calm", "peaceful"}, Energy: [2]float64{0, 0.35}},        // [medhum]
		// The desert road trip.
		{Text: "a little bit of country and a little bit of rock and roll for the drive through arizona and utah", Genres: []string{"country"}, Sounds: []string{"rock"}, Contexts: []string{"road trip"}}, // [hideaway]
		{Text: "willie nelson and the texas tornados on the southwest road trip", Genres: []string{"texas country"}, Contexts: []string{"road trip"}},                                                      // [hideaway]
		{Text: "soft haunting flute music to relax on the road through canyon country", Moods: []string{"mysterious", "calm", "reflective"}, Energy: [2]float64{0, 0.35}},                                  // [hideaway]
		{Text: "twangy classic country for the dusty stretches of desert highway", Genres: []string{"country"}, Years: [2]int{1955, 1989}, Contexts: []string{"driving", "road trip"}},                     // [knpr]
		{Text: "high octane desert drive, prickly hard driving country punk", Genres: []string{"cowpunk", "punk rock", "country"}, Energy: [2]float64{0.8, 0}},                                             // [knpr]
		{Text: "fresh tunes to fuel an 18-hour drive across the mojave, alt songs", Genres: []string{"alternative rock"}, Contexts: []string{"road trip", "driving"}},                                      // [thex]
		{Text: "hit the road songs and desert anthems for when the radio is only static", Contexts: []string{"road trip"}, Energy: [2]float64{0.6, 0}},                                                     // [thex]
		{Text: "southwest road trip, a solid foot in the rock genre, roadhouse blues and all", Sounds: []string{"rock", "blues"}, Contexts: []string{"road trip"}},                                         // [taylor]
		{Text: "music for the high desert around joshua tree, high-lonesome and dry", Genres: []string{"country", "folk"}, Moods: []string{"wistful", "melancholic", "nostalgic"}},                         // [lafacts]
		{Text: "rolling along old route 66 toward the coast, a dusty summer playlist", Contexts: []string{"road trip"}},                                                                                    // [toomuch]
		// Genres across the tree, most held by one artist of the catalogue.
		{Text: "some kwaito for the braai", Genres: []string{"kwaito"}},
		{Text: "kuduro bangers from luanda", Genres: []string{"kuduro"}, Energy: [2]float64{0.6, 0}},
		{Text: "hiplife from ghana please", Genres: []string{"hiplife"}},
		{Text: "angolan semba, something to dance to", Genres: []string{"semba"}, Contexts: []string{"dancing"}},
		{Text: "kwela, that south african street music", Genres: []string{"kwela"}},
		{Text: "african hip hop from the early 80s", Genres: []string{"african hip hop"}, Years: [2]int{1980, 1986}},
		{Text: "gregorian chant to slow my brain down", Genres: []string{"gregorian chant"}},
		{Text: "a full mass setting, sacred and grand", Genres: []string{"mass"}},
		{Text: "ballet music, the swan lake sort", Genres: []string{"ballet"}},
		{Text: "cajun music for the crawfish boil", Genres: []string{"cajun"}},
		{Text: "progressive bluegrass with fast picking", Genres: []string{"progressive bluegrass"}},
		{Text: "country pop for the lake house", Genres: []string{"country pop"}},
		{Text: "detroit hip hop, motor city rap", Genres: []string{"detroit hip hop"}},
		{Text: "golden age hip hop, boom bap drums", Genres: []string{"golden age hip hop"}},
		{Text: "rap rock with big guitars", Genres: []string{"rap rock"}},
		{Text: "poppy hip hop for the pregame", Genres: []string{"hip pop"}, Contexts: []string{"party"}},
		{Text: "gypsy jazz, django reinhardt style", Genres: []string{"gypsy jazz"}},
		{Text: "soul jazz from the late 60s", Genres: []string{"soul jazz"}, Years: [2]int{1966, 1971}},
		{Text: "vocal jazz standards", Genres: []string{"vocal jazz"}},
		{Text: "neo swing for the dance class", Genres: []string{"neo-swing"}},
		{Text: "chicago blues with plenty of harmonica", Genres: []string{"chicago blues"}, Instruments: []string{"harmonica"}},
		{Text: "jump blues to get the feet going", Genres: []string{"jump blues"}},
		{Text: "power metal with dragons and choirs", Genres: []string{"power metal"}},
		{Text: "melodeath for the treadmill", Genres: []string{"melodic death metal"}, Contexts: []string{"running"}},
		{Text: "tech death, the more notes the better", Genres: []string{"technical death metal"}},
		{Text: "funeral doom for a grey afternoon", Genres: []string{"funeral doom"}},
		{Text: "post-metal that builds for ten minutes", Genres: []string{"post-metal"}},
		{Text: "old fashioned heavy metal, leather and twin guitars", Genres: []string{"traditional heavy metal"}},
		{Text: "psychobilly for the car show", Genres: []string{"psychobilly"}},
		{Text: "post-rock crescendos to get lost in", Genres: []string{"post-rock"}},
		{Text: "twee indie pop from the early 80s", Genres: []string{"twee pop"}, Years: [2]int{1980, 1985}},
		{Text: "pakistani sufi rock", Genres: []string{"sufi rock"}},
		{Text: "italo disco for the roller rink", Genres: []string{"italo disco"}},
		{Text: "psychedelic goa trance", Genres: []string{"goa trance"}},
		{Text: "filtered french house", Genres: []string{"french house"}},
		{Text: "funky house for the bbq", Genres: []string{"funky house"}},
		{Text: "uk hardcore, happy hardcore style", Genres: []string{"uk hardcore"}},
		{Text: "breakcore, as chaotic as it gets", Genres: []string{"breakcore"}},
		{Text: "industrial for the warehouse party", Genres: []string{"industrial"}, Contexts: []string{"party"}},
		{Text: "sambass, drum and bass with a brazilian swing", Genres: []string{"sambass"}},
		{Text: "liquid, intelligent drum n bass", Genres: []string{"intelligent drum and bass"}},
		{Text: "baltimore club for the block party", Genres: []string{"baltimore club"}},
		{Text: "chiptune, 8 bit bleeps", Genres: []string{"chiptune"}},
		{Text: "chillwave for a hazy sunset", Genres: []string{"chillwave"}},
		{Text: "laptronica, glitchy laptop music", Genres: []string{"laptronica"}},
		{Text: "skweee from finland", Genres: []string{"skweee"}},
		{Text: "dance rock for the kitchen disco", Genres: []string{"dance-rock"}},
		{Text: "live electronics, improvised with modular synths", Genres: []string{"live electronics"}},
		{Text: "korean pop for the gym", Genres: []string{"korean pop"}},
		{Text: "khaleeji liwa music", Genres: []string{"liwa"}},
		{Text: "zouk from the antilles", Genres: []string{"zouk"}},
		{Text: "mambo to dance in the living room", Genres: []string{"mambo"}},
		{Text: "tecnobrega from belem", Genres: []string{"tecnobrega"}},
		{Text: "musica sertaneja", Genres: []string{"música sertaneja"}},
		{Text: "ragga with heavy bass", Genres: []string{"ragga"}},
		{Text: "p-funk, mothership connection vibes", Genres: []string{"p-funk"}},
		{Text: "contemporary r&b from the 50s", Genres: []string{"contemporary r&b"}},
		{Text: "pop en español, mexican pop", Genres: []string{"mexican pop"}},
		{Text: "new age for a massage", Genres: []string{"new-age music"}},
		{Text: "stand-up comedy songs", Genres: []string{"comedy"}},
		{Text: "experimental music, weird is fine", Genres: []string{"experimental music"}},
		// Genres the catalogue lacks, graded by their nearest parent it holds.
		{Text: "bebop at full speed", Genres: []string{"bebop", "jazz"}},
		{Text: "shoegaze, walls of guitar", Genres: []string{"shoegaze", "alternative rock"}},
		{Text: "90s grunge", Genres: []string{"grunge", "alternative rock"}},
		{Text: "afrobeat horns", Genres: []string{"afrobeat", "african"}},
		{Text: "bossa nova for a lazy brunch", Genres: []string{"bossa nova", "brazilian"}},
		{Text: "j-pop", Genres: []string{"j-pop", "east asian"}},
		{Text: "trip hop, smoky and slow", Genres: []string{"trip hop", "downtempo"}, Tempo: slow},
		{Text: "baroque chamber music", Genres: []string{"baroque", "chamber music", "classical"}},
		{Text: "salsa dura", Genres: []string{"salsa", "caribbean and latin american"}},
		{Text: "neo soul for a slow morning", Genres: []string{"neo soul", "soul"}},
		{Text: "new jack swing", Genres: []string{"new jack swing", "hip hop"}},
		{Text: "hard rock for the garage", Genres: []string{"hard rock"}, Sounds: []string{"rock"}},
		{Text: "dubstep wobbles", Genres: []string{"dubstep"}, Sounds: []string{"dance"}},
		// Moods, settings, seasons and times of day.
		{Text: "autumn leaves and a melancholy walk", Moods: []string{"melancholic", "wistful", "nostalgic"}},
		{Text: "4am and I can't sleep", Contexts: []string{"late night"}, Energy: [2]float64{0, 0.35}},
		{Text: "early morning run as the sun comes up", Contexts: []string{"running"}},
		{Text: "angry breakup music", Moods: []string{"angry"}},
		{Text: "that euphoric festival feeling", Moods: []string{"euphoric"}},
		{Text: "tense heist movie vibes", Moods: []string{"tense", "mysterious"}},
		{Text: "playful music for a kids birthday", Moods: []string{"playful", "happy"}, Contexts: []string{"party"}},
		{Text: "a sensual slow jam", Moods: []string{"sensual"}, Tempo: slow},
		{Text: "dreamy music for daydreaming out a bus window", Moods: []string{"dreamy"}},
		{Text: "guided meditation background, no words", Contexts: []string{"meditation"}, Vocals: no()},
		{Text: "wistful songs for moving out of my first apartment", Moods: []string{"wistful", "nostalgic"}},
		{Text: "bright happy morning music for the school run", Contexts: []string{"morning"}, Moods: []string{"happy", "bright"}},
		{Text: "dark moody night drive", Moods: []string{"dark", "moody"}, Contexts: []string{"driving", "late night"}},
		{Text: "background music for board game night", Contexts: []string{"background"}, Energy: [2]float64{0, 0.5}},
		{Text: "lazy rainy sunday", Contexts: []string{"rainy day"}},
		{Text: "dinner party with friends from work", Contexts: []string{"dinner party"}},
		{Text: "house party at midnight", Contexts: []string{"party", "dancing"}, Energy: [2]float64{0.7, 0}},
		{Text: "something warm and nostalgic for christmas eve", Moods: []string{"warm", "nostalgic"}},
		{Text: "new years eve countdown bangers", Contexts: []string{"party"}, Moods: []string{"euphoric", "energetic"}},
		{Text: "a halloween party that isn't cheesy", Moods: []string{"dark", "mysterious"}, Contexts: []string{"party"}},
		{Text: "fourth of july cookout", Contexts: []string{"party", "cooking"}, Moods: []string{"happy"}},
		{Text: "valentine's day dinner", Moods: []string{"romantic"}, Contexts: []string{"dinner party"}},
		{Text: "a 20 minute power nap", Contexts: []string{"sleeping"}, Duration: 20 * time.Minute},
		{Text: "organic chemistry at 2am", Contexts: []string{"studying", "late night"}},
		{Text: "focus music for an open plan office", Contexts: []string{"focus", "studying"}, Vocals: no()},
		{Text: "baby shower in the backyard", Moods: []string{"happy", "warm"}, Energy: [2]float64{0, 0.65}},
		{Text: "science fair in the school gym", Moods: []string{"playful", "happy"}},
		{Text: "sprint planning done, time to code for six hours", Contexts: []string{"focus", "studying"}, Vocals: no()},
		{Text: "food truck lunch rush", Energy: [2]float64{0.6, 0}, Moods: []string{"happy", "groovy"}},
		{Text: "barbershop on a saturday", Genres: []string{"hip hop", "rhythm and blues"}},
		{Text: "feeding the fish and watching the tank", Sounds: []string{"ambient"}, Moods: []string{"calm", "dreamy"}},
		{Text: "campfire under the stars", Instruments: []string{"acoustic guitar"}, Energy: [2]float64{0, 0.5}},
		{Text: "hospital waiting room, keep me calm", Moods: []string{"calm", "peaceful"}},
		{Text: "rainy bus ride home", Moods: []string{"melancholic", "wistful", "moody"}, Energy: [2]float64{0, 0.5}},
		{Text: "sewing a dress, needs a steady groove", Moods: []string{"groovy"}, Energy: [2]float64{0.4, 0.7}},
		// Instruments and voices.
		{Text: "harmonica heavy blues", Genres: []string{"blues"}, Instruments: []string{"harmonica"}},
		{Text: "banjo pickin", Instruments: []string{"banjo"}},
		{Text: "slow sad cello", Instruments: []string{"cello"}, Moods: []string{"melancholic"}, Tempo: slow},
		{Text: "turntables and scratching", Instruments: []string{"turntables"}},
		{Text: "808 drum machine beats", Instruments: []string{"drum machine"}},
		{Text: "acoustic guitar and a soft voice", Instruments: []string{"acoustic guitar"}, Vocals: yes(), Energy: [2]float64{0, 0.45}},
		{Text: "instrumental only, any genre", Vocals: no()},
		{Text: "songs with singing I can follow", Vocals: yes()},
		{Text: "piano and nothing else", Instruments: []string{"piano"}, Vocals: no()},
		{Text: "mournful trumpet", Instruments: []string{"trumpet"}, Moods: []string{"melancholic"}},
		{Text: "lots of hand percussion", Instruments: []string{"percussion"}},
		{Text: "upright bass and brushes", Genres: []string{"jazz"}, Instruments: []string{"bass"}},
		{Text: "shredding electric guitar solos", Instruments: []string{"electric guitar"}, Energy: [2]float64{0.8, 0}},
		// Exclusions of genres, instruments and artists.
		{Text: "party music, no rap", Contexts: []string{"party"}, ExcludeGenres: []string{"rap"}},
		{Text: "something loud but no metal", Energy: [2]float64{0.75, 0}, ExcludeGenres: []string{"metal"}},
		{Text: "rock but skip the punk", Genres: []string{"rock"}, ExcludeGenres: []string{"punk"}},
		{Text: "classical, no piano", Genres: []string{"classical"}, ExcludeInstruments: []string{"piano"}},
		{Text: "chill music but no ambient", Energy: [2]float64{0, 0.45}, ExcludeGenres: []string{"ambient"}},
		{Text: "latin but no reggaeton", Genres: []string{"caribbean and latin american"}, ExcludeGenres: []string{"reggaeton"}},
		{Text: "asian pop but no kpop", Genres: []string{"asian"}, ExcludeGenres: []string{"k-pop"}},
		{Text: "metal but not death metal", Genres: []string{"heavy metal"}, ExcludeGenres: []string{"death metal"}},
		{Text: "anything except drum and bass for the party", Contexts: []string{"party"}, ExcludeGenres: []string{"drum and bass"}},
		{Text: "blues, skip the harmonica", Genres: []string{"blues"}, ExcludeInstruments: []string{"harmonica"}},
		{Text: "classical without the opera singing", Genres: []string{"classical"}, ExcludeGenres: []string{"opera"}},
		{Text: "reggae but not " + artistOf("reggae", 1), Genres: []string{"reggae"}, ExcludeArtist: norm(artistOf("reggae", 1))},
		{Text: "80s pop but not " + artistOf("pop", 4), Sounds: []string{"pop"}, Years: [2]int{1980, 1989}, ExcludeArtist: norm(artistOf("pop", 4))},
		{Text: "jazz, just not " + artistOf("jazz", 6) + " again", Genres: []string{"jazz"}, ExcludeArtist: norm(artistOf("jazz", 6))},
		{Text: "no drums at all, something to fall asleep to", ExcludeInstruments: []string{"drums", "drum machine"}, Energy: [2]float64{0, 0.3}},
		// The library's artists and titles.
		{Text: artistOf("jazz", 1) + " but a bit livelier", LikeArtist: artistOf("jazz", 1), Livelier: true},
		{Text: "more in the vein of " + artistOf("ambient", 0), LikeArtist: artistOf("ambient", 0)},
		{Text: "something like " + artistOf("metal", 7) + " but even faster", LikeArtist: artistOf("metal", 7), Faster: true},
		{Text: "like " + artistOf("soul", 0) + " but slower", LikeArtist: artistOf("soul", 0), Slower: true},
		{Text: artistOf("funk", 0) + " vibes but calmer", LikeArtist: artistOf("funk", 0), Calmer: true},
		{Text: "whatever sounds closest to " + artistOf("country", 3), LikeArtist: artistOf("country", 3)},
		{Text: "similar artists to " + artistOf("electronica", 6) + " for a late night", LikeArtist: artistOf("electronica", 6), Contexts: []string{"late night"}},
		{Text: artistOf("dance", 8) + " but less intense", LikeArtist: artistOf("dance", 8), Calmer: true},
		{Text: "put on " + artistOf("reggae", 0), Search: norm(artistOf("reggae", 0))},
		{Text: "songs by " + artistOf("game", 0), Search: norm(artistOf("game", 0))},
		{Text: "play everything from " + artistOf("classical", 0), Search: norm(artistOf("classical", 0))},
		{Text: "songs with ocean in the name", Search: "ocean"},
		{Text: "the boogie songs, whichever ones have boogie in the name", Search: "boogie"},
		{Text: "that careless love song and more in that vein", LikeTitle: "Careless Love"},
		{Text: "kraken attack but less brutal", LikeTitle: "Kraken Attack", Calmer: true},
		{Text: "lullaby for lanterns but slower", LikeTitle: "Lullaby for Lanterns", Slower: true},
		{Text: "more songs like sunday morning coffee", LikeTitle: "Sunday Morning Coffee"},
		{Text: "rainy night in georgia and similar", LikeTitle: "Rainy Night in Georgia"},
		{Text: "boogie stop shuffle, then more of the same", LikeTitle: "Boogie Stop Shuffle"},
		{Text: "midnight boogie but livelier", LikeTitle: "Midnight Boogie", Livelier: true},
		{Text: "something like boogie down lights but faster", LikeTitle: "Boogie Down Lights", Faster: true},
		// Decades and years.
		{Text: "60s jazz", Genres: []string{"jazz"}, Years: [2]int{1960, 1969}},
		{Text: "indie from the 2010s", Genres: []string{"alternative rock"}, Years: [2]int{2010, 2019}},
		{Text: "early 90s dance music", Sounds: []string{"dance"}, Years: [2]int{1990, 1994}},
		{Text: "new stuff from the last couple years", Years: [2]int{2024, 0}},
		{Text: "old country from the 60s", Genres: []string{"country"}, Years: [2]int{1960, 1969}},
		{Text: "70s reggae", Genres: []string{"reggae"}, Years: [2]int{1970, 1979}},
		{Text: "2000s punk", Genres: []string{"punk rock"}, Years: [2]int{2000, 2009}},
		{Text: "80s pop hits", Sounds: []string{"pop"}, Years: [2]int{1980, 1989}},
		{Text: "70s disco", Genres: []string{"disco"}},
		{Text: "anything recorded before 1970", Years: [2]int{0, 1969}},
		{Text: "drum and bass from the 2020s", Genres: []string{"drum and bass"}, Years: [2]int{2020, 2029}},
		// Counts, lengths and tempo numbers.
		{Text: "give me 5 reggae tunes", Genres: []string{"reggae"}, Count: 5},
		{Text: "3 chicago blues songs", Genres: []string{"chicago blues"}, Count: 3},
		{Text: "20 minutes of drum and bass", Genres: []string{"drum and bass"}, Duration: 20 * time.Minute},
		{Text: "an hour of classical for the bath", Genres: []string{"classical"}, Duration: 60 * time.Minute},
		{Text: "house at 128 bpm", Genres: []string{"house"}, HardBPM: [2]float64{125, 131}, Tempo: [2]float64{125, 131}},
		{Text: "running music around 170 bpm", HardBPM: [2]float64{165, 175}, Tempo: [2]float64{165, 175}},
		{Text: "something under 90 bpm for yoga", HardBPM: [2]float64{0, 90}, Tempo: [2]float64{0, 90}, Energy: [2]float64{0, 0.5}},
		{Text: "ten tracks of k-pop", Genres: []string{"korean pop"}, Count: 10},
		{Text: "two metal songs, that's all I have time for", Genres: []string{"heavy metal"}, Count: 2},
		{Text: "about 45 minutes of country for the drive", Genres: []string{"country"}, Duration: 45 * time.Minute, Contexts: []string{"driving"}},
		{Text: "7 chill songs", Count: 7, Energy: [2]float64{0, 0.4}},
		{Text: "a half hour of funk", Genres: []string{"funk"}, Duration: 30 * time.Minute},
		{Text: "punk over 170 bpm", Genres: []string{"punk rock"}, HardBPM: [2]float64{170, 0}, Tempo: [2]float64{170, 0}},
		// Slang, misspellings and emoji.
		{Text: "chill beats to vibe to 😌", Energy: [2]float64{0, 0.5}, Moods: []string{"mellow", "dreamy"}},
		{Text: "sum jaz plz", Genres: []string{"jazz"}},
		{Text: "classicl music for studyin", Genres: []string{"classical"}, Contexts: []string{"studying"}},
		{Text: "hiphopp 4 the gym 💪", Genres: []string{"hip hop"}, Contexts: []string{"working out"}},
		{Text: "metall that slaps", Sounds: []string{"metal"}},
		{Text: "somethin sad n slow 😢", Moods: []string{"melancholic"}, Tempo: slow},
		{Text: "vibey late nite drive tunes 🌙", Contexts: []string{"late night", "driving"}},
		{Text: "gimme them 80s jams fr", Years: [2]int{1980, 1989}, Energy: [2]float64{0.5, 0}},
		{Text: "edm for the pregame 🍻", Sounds: []string{"dance"}, Contexts: []string{"party"}},
		{Text: "no cap I need focus music", Contexts: []string{"focus", "studying"}},
		{Text: "spooky stuff 👻", Moods: []string{"dark", "mysterious", "tense"}},
		{Text: "bossa novaa for brunch ☕", Genres: []string{"bossa nova", "brazilian"}},
		{Text: "clasical guitar?", Genres: []string{"classical"}},
		// Long requests.
		{Text: "ok so I'm hosting my sister's baby shower saturday afternoon in the backyard, mostly her work friends and a couple of grandmas, and I need something in the background that's happy but not loud, maybe acoustic stuff or old soul, you know", Moods: []string{"happy", "warm"}, Energy: [2]float64{0, 0.6}},
		{Text: "my kid's science fair is in the gym tomorrow and they asked parents to bring a speaker, I want something upbeat and a bit nerdy, video game music would honestly be perfect, but nothing too intense because there are little kids", Genres: []string{"chiptune"}, Energy: [2]float64{0, 0.8}},
		{Text: "running a taco truck downtown at lunch and want music out the window that makes people stop, latin stuff mostly, cumbia, salsa, whatever is upbeat and happy, not sad ballads", Genres: []string{"caribbean and latin american"}, Energy: [2]float64{0.5, 0}, Moods: []string{"happy", "playful"}},
		{Text: "my barbershop plays old school hip hop and r&b all day, customers are mostly older guys, keep it smooth, nothing too hard, 90s vibes", Genres: []string{"hip hop", "rhythm and blues"}, Years: [2]int{1988, 1999}, Energy: [2]float64{0, 0.8}},
		{Text: "setting up my 75 gallon planted tank tonight and want something slow and underwater sounding to go with the bubbles, ambient, no vocals, just drifting", Sounds: []string{"ambient"}, Vocals: no(), Tempo: slow},
		{Text: "14 hour flight to sydney tomorrow and I never sleep on planes, I want a few hours of really calm music, piano or strings, no drums, something that just fades into the engine noise", Instruments: []string{"piano", "strings"}, ExcludeInstruments: []string{"drums"}, Energy: [2]float64{0, 0.3}},
		{Text: "sitting in the hospital waiting room while my dad is in surgery, need something to keep me calm that isn't sappy, maybe some folk or soft jazz", Genres: []string{"folk", "jazz"}, Energy: [2]float64{0, 0.45}},
		{Text: "hackathon starts at 9pm and runs all night, I need music that keeps me awake and typing fast but with no words, electronic, anything with a steady driving beat", Genres: []string{"electronic"}, Vocals: no(), Energy: [2]float64{0.6, 0}, Tempo: [2]float64{115, 0}},
		{Text: "camping at the lake this weekend with my in-laws, there'll be a fire every night and my father in law plays guitar, I want songs to fill the gaps when he stops, old folk and country everyone knows, mellow", Genres: []string{"folk", "country"}, Energy: [2]float64{0, 0.5}},
		{Text: "I run a little thrift and vintage shop and the music is half the vibe, I want 60s and 70s stuff, soul, funk, some psych rock, nothing modern", Genres: []string{"soul", "funk"}, Sounds: []string{"rock"}, Years: [2]int{1960, 1979}},
		{Text: "I have to grade 120 lab reports this weekend and I always end up on my phone, I need something in the background that keeps me in my chair, no lyrics, not sleepy, maybe piano or some mellow electronic stuff", Vocals: no(), Instruments: []string{"piano", "synthesizer"}, Energy: [2]float64{0.25, 0.6}},
		{Text: "pottery class tonight at the community studio and the teacher lets us pick the music, I want something warm and slow that goes with the wheel spinning, jazz or bossa nova, nothing with a harsh beat", Genres: []string{"jazz", "brazilian"}, Energy: [2]float64{0, 0.45}},
		// Refinements over several turns.
		{Text: "a bit more upbeat", Turns: []string{"put on some folk"}, Genres: []string{"folk"}, Energy: [2]float64{0.35, 0}},
		{Text: "no vocals please", Turns: []string{"jazz for dinner"}, Genres: []string{"jazz"}, Contexts: []string{"dinner party"}, Vocals: no()},
		{Text: "heavier", Turns: []string{"some metal for the gym"}, Genres: []string{"heavy metal"}, Contexts: []string{"working out"}, Energy: [2]float64{0.93, 0}},
		{Text: "just piano", Turns: []string{"play some classical"}, Genres: []string{"classical"}, Instruments: []string{"piano"}},
		{Text: "make it latin", Turns: []string{"something for a dinner party"}, Genres: []string{"caribbean and latin american"}, Contexts: []string{"dinner party"}},
		{Text: "more mellow, more laid back", Turns: []string{"hip hop for the drive", "too aggressive"}, Genres: []string{"hip hop"}, Contexts: []string{"driving"}, Energy: [2]float64{0, 0.65}},
		{Text: "actually make it the 2000s", Turns: []string{"rock from the 80s"}, Sounds: []string{"rock"}, Years: [2]int{2000, 2009}},
		{Text: "but not country pop", Turns: []string{"country please"}, Genres: []string{"country"}, ExcludeGenres: []string{"country pop"}},
		{Text: "reggae would be nice", Turns: []string{"something relaxing"}, Genres: []string{"reggae"}, Contexts: []string{"relaxing"}},
		{Text: "something completely different", Turns: []string{"some techno"}, Avoid: []string{"dance"}},
		{Text: "funkier", Turns: []string{"music to cook to"}, Genres: []string{"funk"}, Contexts: []string{"cooking"}},
		{Text: "even quieter, barely there", Turns: []string{"ambient for sleeping"}, Sounds: []string{"ambient"}, Contexts: []string{"sleeping"}, Energy: [2]float64{0, 0.15}},
		{Text: "more in that style but calmer", Turns: []string{"play " + artistOf("classical", 0)}, LikeArtist: artistOf("classical", 0), Calmer: true},
		{Text: "shorter, just 5", Turns: []string{"songs for the bar exam grind"}, Contexts: []string{"studying", "focus"}, Count: 5},
		{Text: "from the late 70s or early 80s", Turns: []string{"punk"}, Genres: []string{"punk rock"}, Years: [2]int{1975, 1984}},
		{Text: "and only instrumental", Turns: []string{"music for knitting", "something slow"}, Tempo: slow, Vocals: no()},
	}
}
