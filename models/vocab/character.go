package vocab

import "slices"

// SettingMoods returns the moods a setting implies when nothing else is
// said of the music (settingCharacters): a coffee shop's music is mellow
// and warm, a thunderstorm's dark and intense. It returns nil for a
// setting that implies no one character (a shop, a city, a kitchen: each
// plays what its people like) and for any other word. The moods are
// alternatives, as a request's mood words are, and a default only: the
// reader gives them way to any mood, energy, genre or comparison the
// message says, and to an activity that implies moods of its own
// (models.DefaultMoods).
func SettingMoods(setting string) []string {
	return slices.Clone(settingCharacters[setting])
}

// settingCharacters are the settings' default moods (words of
// models.MoodWords), each with the reason it is the setting's own. Energy
// and pace are not here: the ranker's context priors (engine.settingContext,
// activityPriors) already give each setting those, as a half constraint.
// Settings whose music has no one character by their nature (city,
// forest, ocean, shop, salon, office, kitchen, car, bar, game night, a
// work shift, a dinner party, housework, a garden, a flight) and the holidays, which
// hold Christmas and Halloween alike, have none.
var settingCharacters = map[string][]string{
	// Rain: in Spotify's and AccuWeather's study of listening by weather
	// (Climatune, November 2015 to November 2016), rainy days brought
	// more downtempo, acoustic and sadder music
	// (https://www.baeblemusic.com/musicblog/2-9-2017/rain-makes-new-yorkers-listen-to-sad-music.html);
	// Pettijohn, Williams and Carter ("Music for the Seasons", Current
	// Psychology 29(4), 2010) found reflective music preferred in the cold
	// and wet seasons.
	"rainy": {"melancholic", "reflective", "calm"},
	// Winter: reflective and complex music preferred when primed with
	// fall or winter (Pettijohn et al. 2010). A cold day indoors is also
	// what "cosy" means (WordNet cozy/a1: "enjoying or affording
	// comforting warmth and shelter").
	"snowy": {"calm", "reflective", "warm"},
	// Autumn: reflective music (Pettijohn et al. 2010), and the music-evoked
	// nostalgia that Pettijohn et al. cite (Barrett et al., "Music-evoked
	// nostalgia", Emotion 10, 2010) for the season when the leaves fall.
	"autumn": {"nostalgic", "wistful", "reflective"},
	// Spring and summer: energetic, rhythmic, upbeat music preferred when
	// primed with them (Pettijohn et al. 2010); happier, more upbeat music
	// on sunny days (Climatune), and positive, intense music charting in
	// warm, sunny weather (Anglada-Tort, Lee, Krause and North, "Here comes
	// the sun: music features of popular songs reflect prevailing weather
	// conditions", Royal Society Open Science, 2023). Spring is "the season of
	// growth" (WordNet spring/n1), a fresh start: hopeful.
	"spring": {"happy", "hopeful", "bright"},
	"sunny":  {"happy", "bright"},
	// The beach and the pool are sunny days out (WordNet beach/n1: "an
	// area of sand sloping down to the water of a sea or lake"), taken
	// easy: happy and bright, as the sun, and mellow.
	"beach": {"happy", "bright", "mellow"},
	"pool":  {"happy", "bright", "mellow"},
	// An island (WordNet island/n1, "a land mass ... surrounded by
	// water") is, in the music played for it, the tropical island: its
	// "island vibe" is reggae's relaxed foundation and soca's sunshine
	// (https://visualfoodie.com/what-music-best-represents-an-island-vibe),
	// a beach's day out: happy, bright and mellow.
	"island": {"happy", "bright", "mellow"},
	// A coffee shop's music is background music chosen to be relaxed,
	// mellow and warm, "a soothing, calming atmosphere" that does not
	// interfere with conversation
	// (https://gobeyondbounds.com/how-coffee-house-music-sets-the-mood-for-your-morning,
	// https://entertainmentpost.com/exploring-the-impact-of-coffee-shop-music/).
	"cafe": {"mellow", "warm"},
	// A fire's warmth is the setting's own (WordNet fireside/n2: "home
	// symbolized as a part of the fireplace"; campfire/n1: "a small outdoor
	// fire for warmth or cooking"): warm, and mellow as the music sung
	// around one.
	"fireside": {"warm", "mellow"},
	"campfire": {"warm", "mellow"},
	// A bath, a spa or a massage room and a waiting room play slow, calm
	// music by design (the seeds' settings of the tenth pass; Bradt and
	// Teague, "Music interventions for dental anxiety", Oral Diseases
	// 24(3), 2018).
	"bath":         {"calm", "peaceful"},
	"spa":          {"calm", "peaceful"},
	"waiting room": {"calm", "peaceful"},
	// A hospital or clinic plays music to lower its patients' anxiety
	// (Bradt, Dileo and Shim, "Music interventions for preoperative
	// anxiety", Cochrane Database of Systematic Reviews, 2013).
	"hospital": {"calm", "peaceful"},
	// A date night is a couple's evening out (WordNet date/n3: "a meeting
	// arranged in advance; she asked how to avoid kissing at the end of a
	// date"), candlelit: romantic.
	"date night": {"romantic", "sensual", "warm"},
	// A wedding is the celebration of a marriage (WordNet wedding/n1:
	// "the social event at which the ceremony of marriage is performed").
	"wedding": {"romantic", "happy", "joyful"},
	// A nightclub is where people dance (WordNet nightclub/n1: "a spot
	// that is open late at night and that provides entertainment (as
	// singers or dancers) as well as dancing and food and drink").
	"club": {"energetic", "euphoric"},
	// Space music is ambient music that evokes the feeling of open space
	// (https://en.wikipedia.org/wiki/Space_music): dreamy, mysterious.
	"space": {"dreamy", "mysterious"},
}

// ActivityMoods returns the moods an activity of models.ContextWords
// implies when nothing else is said of the music (activityCharacters), or
// nil for one whose music has no one character; a default only, as
// SettingMoods.
func ActivityMoods(activity string) []string {
	return slices.Clone(activityCharacters[activity])
}

// activityCharacters are the activities' default moods, each from what
// WordNet 3.0 says the activity is. Energy and pace are the ranker's
// (engine.activityPriors). Running, working out, studying, focus,
// reading, working, background music, driving, a commute, a road trip,
// walking, cooking, a dinner party and dancing are said by WordNet as
// what is done, not how it feels, and have none: their music is what
// their energy and pace allow ("dancing" as groovy was measured and not
// kept).
var activityCharacters = map[string][]string{
	// Meditation is "continuous and profound contemplation" (meditation/n1),
	// yoga a discipline aimed at "perfect spiritual insight and
	// tranquility" (yoga/n1).
	"meditation": {"calm", "peaceful", "reflective"},
	// Relaxation is "a feeling of refreshing tranquility and an absence of
	// tension or worry" (relaxation/n3); winding down is coming
	// to it.
	"relaxing":     {"calm", "peaceful"},
	"winding down": {"calm", "peaceful"},
	// Sleep is "a natural and periodic state of rest" ("calm as a child in
	// dreamless slumber", sleep/n1).
	"sleeping": {"calm", "peaceful"},
	// A celebration is "a joyful occasion for special festivities to mark
	// some happy event" (celebration/n1): a birthday, a wedding, a
	// graduation.
	"celebration": {"joyful", "happy"},
	// A party is "a group of people gathered together for pleasure"
	// (party/n2).
	"party": {"happy"},
}
