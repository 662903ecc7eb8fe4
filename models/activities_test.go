package models

import (
	"slices"
	"strings"
	"testing"

	"sleeve/models/vocab"
)

// TestWhatPeopleDo reads the activities that WordNet's verbs of several
// words, its kinds and the dictionaries name as activities the reader
// has: falling asleep and going to bed (WordNet fall_asleep/v1,
// go_to_bed/v1) in the inflections of their first word, bed after a
// preposition of time (bedtime), the term's finals (final/n2), the
// practices classed with yoga (tai chi, Pilates, savasana), a lift of
// weightlifting, journaling (keeping a diary: writing) and stargazing
// (the stars, the space setting); washing the dishes, a thesis and a
// dance floor.
func TestWhatPeopleDo(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string][2]string{
		"ambient, i want to drift off":       {"sleeping", ""},
		"songs for drifting off":             {"sleeping", ""},
		"jazz to doze off to":                {"sleeping", ""},
		"something for when i'm nodding off": {"sleeping", ""},
		"piano for going to bed":             {"sleeping", ""},
		"soft music before bed":              {"sleeping", ""},
		"an hour of ambient until bed":       {"sleeping", ""},
		"stuff for studying for finals":      {"studying", ""},
		"music with no lyrics for finals":    {"studying", ""},
		"calm piano for my final exams":      {"studying", ""},
		"tai chi in the morning":             {"meditation", ""},
		"pilates class music":                {"meditation", ""},
		"savasana songs, super chill":        {"meditation", ""},
		"deadlift day":                       {"working out", ""},
		"hard rock to bench press to":        {"working out", ""},
		"reflective music for journaling":    {"focus", ""},
		"relaxing music for stargazing":      {"", "space"},
		"a trance track to stargaze to":      {"", "space"},
	} {
		r := ParseRulesWith(msg, lex)
		if r.Activity != want[0] || r.Setting != want[1] {
			t.Errorf("%q: activity %q, setting %q; want %q, %q (understood %q)", msg, r.Activity, r.Setting, want[0], want[1], r.Understood)
		}
		if len(r.NotUnderstood) != 0 {
			t.Errorf("%q: not understood %q", msg, r.NotUnderstood)
		}
	}
	// Washing the dishes is housework (dishwashing/n1), a dissertation or
	// thesis a degree's studying, and a dance floor where people dance.
	for msg, want := range map[string][2]string{
		"music for washing the dishes":               {"", "housework"},
		"funk for doing the dishes":                  {"", "housework"},
		"epic music for my thesis":                   {"studying", ""},
		"calm piano for my dissertation":             {"studying", ""},
		"nineties dance floor hits":                  {"dancing", ""},
		"songs that get everyone on the dance floor": {"dancing", ""},
	} {
		r := ParseRulesWith(msg, lex)
		if r.Activity != want[0] || r.Setting != want[1] || len(r.NotUnderstood) != 0 {
			t.Errorf("%q: activity %q, setting %q, not understood %q; want %q, %q", msg, r.Activity, r.Setting, r.NotUnderstood, want[0], want[1])
		}
	}
	// The singular is the adjective or the match, no exam; a bed that is
	// no time is no bedtime; "drop off" is first to fall or diminish.
	for _, msg := range []string{"the final song of the night", "a final fantasy soundtrack", "a bed of synth pads", "songs to drop off the kids to"} {
		if r := ParseRulesWith(msg, lex); r.Activity == "sleeping" || r.Activity == "studying" {
			t.Errorf("%q: activity %q", msg, r.Activity)
		}
	}
	for _, w := range []string{"bed", "retire", "final", "turn in"} {
		if c := vocab.Context(w); c != "" {
			t.Errorf("vocab.Context(%q) = %q, want none", w, c)
		}
	}
}

// TestCoolDownIsTheEndOfAWorkout reads a cool-down as winding down, a new
// activity, where it had been "calmer": "now something to cool down"
// after "metal for running" listed thrash metal.
func TestCoolDownIsTheEndOfAWorkout(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"now something to cool down", "the cool-down part", "under 90 bpm for cooling down", "music for my cooldown", "and now something to cool down"} {
		if r := ParseRulesWith(msg, lex); r.Activity != "winding down" || r.EnergyShift != 0 || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: activity %q, energy shift %d, not understood %q", msg, r.Activity, r.EnergyShift, r.NotUnderstood)
		}
	}
	// A new request, with or without the "and": the genre for the run goes.
	if r := ParseRulesWith("and now something to cool down", lex); r.Qualifies {
		t.Errorf("and now something to cool down: qualifies the request before")
	}
	if r := ParseRulesWith("cool it down", lex); r.EnergyShift != -1 || r.Activity != "" {
		t.Errorf("cool it down: energy shift %d, activity %q", r.EnergyShift, r.Activity)
	}
}

// TestHospitalsFlightsAndSciences reads a hospital or clinic as a setting
// whose music calms (as a waiting room's), travel by air as a setting
// that says nothing of the music, and a science studied (WordNet's
// science/n1 and its kinds, calculus, a problem set) as studying, while
// the sciences that name the music's sound ("acoustics", "electronics")
// are not.
func TestHospitalsFlightsAndSciences(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string][2]string{
		"something soothing for a hospital room": {"", "hospital"},
		"jazz for a clinic":                      {"", "hospital"},
		"chill music for a long flight":          {"", "flight"},
		"ambient to sleep on a plane":            {"sleeping", "flight"},
		"music for grinding through calculus":    {"studying", ""},
		"lofi for my problem sets":               {"studying", ""},
		"memorizing organic chemistry":           {"studying", ""},
		"a cute game soundtrack for physics":     {"studying", ""},
		"instrumental music for statistics":      {"studying", ""},
		"piano while i do maths":                 {"studying", ""},
	} {
		r := ParseRulesWith(msg, lex)
		if r.Activity != want[0] || r.Setting != want[1] {
			t.Errorf("%q: activity %q, setting %q; want %q, %q (understood %q)", msg, r.Activity, r.Setting, want[0], want[1], r.Understood)
		}
	}
	if m := vocab.SettingMoods("hospital"); len(m) == 0 || m[0] != "calm" {
		t.Errorf("hospital moods %v, want calm first", m)
	}
	if m := vocab.SettingMoods("flight"); m != nil {
		t.Errorf("flight moods %v, want none", m)
	}
	for _, w := range []string{"acoustics", "electronics", "astronomy"} {
		if _, target := vocab.Everyday(w); target != "" {
			t.Errorf("vocab.Everyday(%q) = %q, want none", w, target)
		}
	}
}

// TestSchoolRunsNapsGardensAndReceptions reads the school run as a
// commute, naptime as sleeping, planting and pulling weeds as the garden
// (plant/v1; "weed" alone is as often cannabis and is not), and a
// reception (reception/n2) as a dinner party's gathering.
func TestSchoolRunsNapsGardensAndReceptions(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string][2]string{
		"a sing along for the school drop off":   {"commute", ""},
		"songs for the school run":               {"commute", ""},
		"naptime tune":                           {"sleeping", ""},
		"something to get me planting":           {"", "garden"},
		"songs that get me pumped to pull weeds": {"", "garden"},
		"fun songs for the reception":            {"", "dinner party"},
		"music to smoke weed to":                 {"", ""},
	} {
		r := ParseRulesWith(msg, lex)
		if r.Activity != want[0] || r.Setting != want[1] {
			t.Errorf("%q: activity %q, setting %q; want %q, %q (understood %q)", msg, r.Activity, r.Setting, want[0], want[1], r.Understood)
		}
	}
}

// TestSportsAreWorkingOut reads the sports of WordNet's sport/n1 ("an
// active diversion requiring physical exertion and competition") as
// working out, the erg (an indoor rower) and lap swimming with them, and
// a race's distance in kilometres as running; the senses the anchor
// leaves out stay unread as working out (a sports bar, swimming in
// reverb, riding a board or a car, a jumping tune).
func TestSportsAreWorkingOut(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string]string{
		"music for rowing":                   "working out",
		"songs for the rowing machine":       "working out",
		"something for a session on the erg": "working out",
		"erging playlist":                    "working out",
		"swimming laps, steady pulse":        "working out",
		"punk for surfing":                   "working out",
		"water polo warm up":                 "working out",
		"gymnastics floor music":             "working out",
		"music for a 5k":                     "running",
		"beats for my 10k":                   "running",
		"half marathon playlist":             "running",
	} {
		r := ParseRulesWith(msg, lex)
		if r.Activity != want {
			t.Errorf("%q: activity %q, want %q (understood %q, not understood %q)", msg, r.Activity, want, r.Understood, r.NotUnderstood)
		}
	}
	for _, msg := range []string{
		"sports bar on a saturday, loud and fun",
		"guitars swimming in reverb",
		"riding my board home",
		"riding in the car with the windows down",
		"a jumping tune",
		"horse racing on the telly",
	} {
		if r := ParseRulesWith(msg, lex); r.Activity == "working out" {
			t.Errorf("%q: read as working out (understood %q)", msg, r.Understood)
		}
	}
}

// TestOccasionsAndFestivals reads the festivals kept as Diwali is (Eid,
// Holi, Navratri, the Lunar New Year: the holiday setting), the rites of
// passage kept with a party as a birthday is (a quinceañera, a bar or bat
// mitzvah: celebration), music on hold (background), a prom, a school's
// dance and a skatepark (dancing, as a rink and skateboarding are), moving
// house (housework) and being behind the wheel (driving).
func TestOccasionsAndFestivals(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string][2]string{
		"keep the eid celebrations going":     {"celebration", "holiday"},
		"holi songs for some colourful fun":   {"", "holiday"},
		"music for eid al-fitr":               {"", "holiday"},
		"garba for navratri":                  {"", "holiday"},
		"songs for my quinceañera":            {"celebration", ""},
		"music for a bat mitzvah":             {"celebration", ""},
		"light jazz for the on-hold loop":     {"background", ""},
		"hold music for a business":           {"background", ""},
		"prom songs":                          {"dancing", ""},
		"punk for the skatepark":              {"dancing", ""},
		"pop to keep us moving boxes":         {"", "housework"},
		"upbeat songs for moving day":         {"", "housework"},
		"rock to stay awake behind the wheel": {"driving", ""},
	} {
		r := ParseRulesWith(msg, lex)
		if r.Activity != want[0] || r.Setting != want[1] {
			t.Errorf("%q: activity %q, setting %q; want %q, %q (understood %q, not understood %q)", msg, r.Activity, r.Setting, want[0], want[1], r.Understood, r.NotUnderstood)
		}
	}
	// "Packing" alone is also a punch's; "the skatepark" is no skate punk.
	if r := ParseRulesWith("songs packing a punch", lex); r.Setting == "housework" {
		t.Errorf("songs packing a punch: setting housework")
	}
	if r := ParseRulesWith("death grips at the skatepark", lex); len(r.Genres) != 0 {
		t.Errorf("death grips at the skatepark: genres %q", r.Genres)
	}
}

// TestTheColourBrownIsNoCooking reads "brown" as no activity: WordNet's
// kinds of cooking hold browning, whose stem made "james brown" and "brown
// eyed girl" music for cooking; "toast" is no cooking either.
func TestTheColourBrownIsNoCooking(t *testing.T) {
	for _, msg := range []string{"james brown to get me off the sofa", "my brown eyed girl", "a toast to the newlyweds"} {
		if r := ParseRulesWith(msg, testLexicon()); r.Activity == "cooking" {
			t.Errorf("%q: activity cooking (understood %q)", msg, r.Understood)
		}
	}
	if r := ParseRulesWith("something to listen to while cooking", testLexicon()); r.Activity != "cooking" {
		t.Errorf("while cooking: activity %q, want cooking", r.Activity)
	}
}

// TestTheHouseholdsChores reads ironing, vacuuming and mopping as
// housework, and "iron" alone as no chore: one word is read by its stem,
// so ironing is known only in its phrases ("iron maiden" is a band).
func TestTheHouseholdsChores(t *testing.T) {
	for _, msg := range []string{"music for the monthly ironing pile", "something while i do the ironing", "vacuuming the stairs", "mopping floors, upbeat"} {
		if r := ParseRulesWith(msg, testLexicon()); r.Setting != "housework" {
			t.Errorf("%q: setting %q, want housework (understood %q)", msg, r.Setting, r.Understood)
		}
	}
	if r := ParseRulesWith("iron maiden", testLexicon()); r.Setting == "housework" {
		t.Errorf("iron maiden: setting housework")
	}
}

// TestDances reads the dances WordNet files under ballroom and folk
// dancing, three levels below dancing, as music to dance to ("a waltz for
// the last dance", "square dance"); the dances with a music of their own
// that the genre tree lacks as that genre ("tango": Latin; "viennese
// waltz": classical; "polka": folk); and the dance words that mean
// something else in a request as that (congas are drums); the swing
// dances as swing to dance to, and flamenco as Latin music.
func TestDances(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"a soft waltz for the last song", "a foxtrot or a quickstep", "square dance night", "a mazurka", "cha-cha"} {
		if r := ParseRulesWith(msg, lex); r.Activity != "dancing" || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: activity %q, not understood %q; want dancing (understood %q)", msg, r.Activity, r.NotUnderstood, r.Understood)
		}
	}
	for msg, want := range map[string]string{
		"astor piazzolla, feel the pain that is tango": "tango",
		"a viennese waltz for my quinceañera":          "viennese waltz",
		"polka for the beer tent":                      "polka",
	} {
		r := ParseRulesWith(msg, lex)
		if !slices.Contains(r.Genres, want) && !(want == "tango" && slices.Contains(r.Genres, "latin")) {
			t.Errorf("%q: genres %q; want %s (understood %q)", msg, r.Genres, want, r.Understood)
		}
		if !vocab.Under(want, map[string]string{"tango": "caribbean and latin american", "viennese waltz": "classical", "polka": "folk"}[want]) {
			t.Errorf("%s is not under its family in the tree", want)
		}
	}
	// The swing dances are danced to swing, and flamenco is a music of
	// its own, Spain's, which Latin music takes in.
	swing := NewLexicon(nil, nil, nil, []string{"Swing", "Jump Blues", "Blues", "Jazz", "Latin"})
	for _, msg := range []string{"lindy hop tracks for class", "music to swing dance to", "jitterbug music"} {
		if r := ParseRulesWith(msg, swing); !slices.Contains(r.Genres, "swing") || r.Activity != "dancing" {
			t.Errorf("%q: genres %q, activity %q; want swing to dance to (understood %q)", msg, r.Genres, r.Activity, r.Understood)
		}
	}
	if r := ParseRulesWith("flamenco guitar", lex); !slices.Contains(r.Genres, "flamenco") && !slices.Contains(r.Genres, "latin") {
		t.Errorf("flamenco guitar: genres %q; want flamenco, or the library's latin (understood %q)", r.Genres, r.Understood)
	}
	if r := ParseRulesWith("latin percussion, congas and bongos", lex); r.Activity == "dancing" || !slices.Contains(r.Instruments, "percussion") {
		t.Errorf("congas: activity %q, instruments %q; want the drums", r.Activity, r.Instruments)
	}
	if r := ParseRulesWith("running the turkey trot", lex); r.Activity == "dancing" {
		t.Errorf("the turkey trot read as dancing")
	}
}

// TestPhrasesOfWordsRead accounts for the other words of an activity the
// rules read a word of, when the phrase means what the word does ("square
// dance" is dancing, as "dance" is; "cardiopulmonary exercise" working
// out), and still reports them missed when it means something else ("bar
// mitzvah" is a celebration, not the bar the rules read).
func TestPhrasesOfWordsRead(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string]string{
		"square dance night":             "dancing",
		"belly dance class music":        "dancing",
		"cardiopulmonary exercise songs": "working out",
		"music for my final exam":        "studying",
		"fusion cooking tonight":         "cooking",
	} {
		if r := ParseRulesWith(msg, lex); r.Activity != want || slices.ContainsFunc(r.NotUnderstood, func(w string) bool { return w != "class" }) {
			t.Errorf("%q: activity %q, not understood %q; want %s, every word of it understood", msg, r.Activity, r.NotUnderstood, want)
		}
	}
	if r := ParseRulesWith("songs for a bar mitzvah", lex); !slices.Contains(r.NotUnderstood, "mitzvah") {
		t.Errorf("bar mitzvah: not understood %q; want mitzvah said as missed, as the bar read is not the celebration", r.NotUnderstood)
	}
}

// TestPaceIsTheTempo reads "pace" as the music's tempo, as "tempo" is
// read, and not as a walk: WordNet's walking/n1 holds "pacing", whose
// stem had read "a good change of pace" and "at a steady pace" as music
// for walking. A walk said as one is still read.
func TestPaceIsTheTempo(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{"keep the pace up", "a good change of pace", "electronic music, the simple beats set a certain pace", "metal songs with tone, pace and rhythm"} {
		r := ParseRulesWith(msg, lex)
		if r.Activity == "walking" || slices.Contains(r.NotUnderstood, "pace") {
			t.Errorf("%q: activity %q, not understood %q; want no walk and pace accounted for", msg, r.Activity, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("a fast pace", lex); r.PreferTempoMin < 120 {
		t.Errorf("a fast pace: prefers %d–%d BPM, want fast", r.PreferTempoMin, r.PreferTempoMax)
	}
	if r := ParseRulesWith("music for a stroll", lex); r.Activity != "walking" {
		t.Errorf("music for a stroll: activity %q, want walking", r.Activity)
	}
}

// TestAPlaceBeforeAnActivityOnlySaysWhere checks that a place the
// vocabulary reads as an activity ("trail" walking, "road" driving) gives
// way to the activity word it stands before, the head of the compound,
// and keeps its reading alone or after an activity.
func TestAPlaceBeforeAnActivityOnlySaysWhere(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string]string{
		"something for a dawn trail run":  "running",
		"road cycling race day warm up":   "working out",
		"music for a trail walk":          "walking",
		"songs for the trail":             "walking",
		"songs for the road":              "driving",
		"running on the trail, fast beat": "running",
	} {
		if r := ParseRulesWith(msg, lex); r.Activity != want {
			t.Errorf("%q: activity %q; want %s (understood %q)", msg, r.Activity, want, r.Understood)
		}
	}
	r := ParseRulesWith("a dawn trail run", lex)
	if got := strings.Join(r.Understood, " · "); !strings.Contains(got, "for running (from “run”)") || strings.Contains(got, "walking") {
		t.Errorf("a dawn trail run: understood %q; want running from “run”, and no walking", got)
	}
}

// TestWorkOnATextIsFocus checks that editing, proofreading, grading and
// typing are read as focus, as writing is, and that the bare words ("a
// radio edit", "5th grade", "any type of music") are not.
func TestWorkOnATextIsFocus(t *testing.T) {
	lex := testLexicon()
	for _, msg := range []string{
		"music without words for a full day of copyediting",
		"typing up an email so it has to be instrumental",
		"cruisy playlist for culling and editing a wedding",
		"a nice folky sound to get me through grading",
		"proofreading my thesis tonight",
	} {
		if r := ParseRulesWith(msg, lex); r.Activity != "focus" {
			t.Errorf("%q: activity %q; want focus (understood %q)", msg, r.Activity, r.Understood)
		}
	}
	for _, msg := range []string{"the radio edit of that song", "songs my 5th grade class can sing", "any type of music"} {
		if r := ParseRulesWith(msg, lex); r.Activity == "focus" {
			t.Errorf("%q: activity focus; want the word left as it is", msg)
		}
	}
}

// TestCleanIsTheChoreOnlyAsAVerb checks that "clean" is housework when
// said as the verb, before what is cleaned or after its subject, and not
// as the adjective ("a good clean mix", "keep it clean").
func TestCleanIsTheChoreOnlyAsAVerb(t *testing.T) {
	lex := testLexicon()
	for msg, chore := range map[string]bool{
		"funky house to clean the flat":                             true,
		"upbeat music to keep me moving while i clean":              true,
		"time to clean up":                                          true,
		"clean it, please, with some funk":                          true,
		"a good clean clubbing mix for 600 high schoolers":          false,
		"clean, modern, confident sounds for a podcast":             false,
		"vinyasa flow playlist, nothing distracting, keep it clean": false,
	} {
		if r := ParseRulesWith(msg, lex); (r.Setting == "housework") != chore {
			t.Errorf("%q: setting %q; want housework %v", msg, r.Setting, chore)
		}
	}
}

// TestWorksSaysThatSomethingSuits checks that "works" ("what works for a
// skating programme") and "work" before the people it names ("work
// colleagues") are not the working activity, while work to be done is.
func TestWorksSaysThatSomethingSuits(t *testing.T) {
	lex := testLexicon()
	for msg, working := range map[string]bool{
		"what works for a skating programme? something with a clear beat": false,
		"a piano ballad love song that works well as a lullaby too":       false,
		"a small gathering for some work colleagues":                      false,
		"music to work to":            true,
		"something calm while i work": true,
	} {
		if r := ParseRulesWith(msg, lex); (r.Activity == "working") != working {
			t.Errorf("%q: activity %q; want working %v", msg, r.Activity, working)
		}
	}
}

// TestWhatTheSpeakerCannotDoIsWhatTheMusicHelps checks that an activity
// after a negated auxiliary of ability ("can't sleep", "can't
// concentrate") is the activity asked for, not refused, while one the
// speaker does not do ("i don't dance") is not asked for, and that a
// contraction typed without its apostrophe ("cant", "doesnt") is read as
// the contraction, never corrected to another word ("djent").
func TestWhatTheSpeakerCannotDoIsWhatTheMusicHelps(t *testing.T) {
	lex := testLexicon()
	for msg, want := range map[string]string{
		"3am and i can't sleep":                   "sleeping",
		"3am and i cant sleep":                    "sleeping",
		"if it gets too loud I can't concentrate": "focus",
	} {
		if r := ParseRulesWith(msg, lex); r.Activity != want || slices.Contains(r.ExcludeContexts, want) {
			t.Errorf("%q: activity %q, refused %q; want %s", msg, r.Activity, r.ExcludeContexts, want)
		}
	}
	if r := ParseRulesWith("i don't dance, just background", lex); r.Activity == "dancing" {
		t.Errorf("i don't dance: activity dancing; want it not asked for")
	}
	r := ParseRulesWith("background music that doesnt drown out my commentary, no singing", lex)
	if len(r.Genres) > 0 || slices.Contains(r.Understood, "“doesnt” read as “djent”") {
		t.Errorf("doesnt: genres %q, understood %q; want no genre", r.Genres, r.Understood)
	}
}
