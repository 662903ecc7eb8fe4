package vocab

import (
	"slices"
	"strings"
	"testing"
)

func TestGenresFromTheTree(t *testing.T) {
	if Parent("delta blues") != "blues" || Parent("blues") != "" {
		t.Errorf("parents: delta blues → %q, blues → %q", Parent("delta blues"), Parent("blues"))
	}
	if !slices.Contains(Children("blues"), "chicago blues") {
		t.Errorf("children of blues %q lack chicago blues", Children("blues"))
	}
	if n := Neighbours("delta blues"); !slices.Contains(n, "chicago blues") || slices.Contains(n, "delta blues") {
		t.Errorf("neighbours of delta blues %q", n)
	}
	if n := Neighbours("jazz"); !slices.Contains(n, "bossa nova") {
		t.Errorf("neighbours of jazz %q lack bossa nova (genres-extra near)", n)
	}
	// Big band, in beets' genres.txt but not its tree, is swing
	// (genres-extra): "big band music while we play a board game" read
	// only "game" (found in the opened sealed6).
	if Parent("big band") != "swing" || Parent("swing") != "jazz" {
		t.Errorf("parent of big band %q, want swing, a jazz genre", Parent("big band"))
	}
	if f := Family("electronic"); !slices.Contains(f, "ambient dub") || f[0] != "electronic" {
		t.Errorf("family of electronic lacks a grandchild: %d genres", len(f))
	}
}

func TestGenresOfWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
		form bool
	}{
		{"bluesy", []string{"blues"}, true},
		{"jazzy", []string{"jazz"}, true},
		{"funky", []string{"funk"}, true},
		{"soulful", []string{"soul"}, true},
		{"rocky", []string{"rock"}, true},
		{"punky", []string{"punk"}, true},
		{"orchestral", []string{"orchestral"}, true},
		{"game music", []string{"video game music", "game", "soundtrack"}, false},
		{"bossa nova", []string{"bossa nova"}, false},
		{"big band", []string{"big band"}, false},
		{"boogie", []string{"boogie"}, false},
		{"zorblax", nil, false},
	} {
		got, form := Genres(tc.in)
		if !slices.Equal(got, tc.want) || form != tc.form {
			t.Errorf("Genres(%q) = %q, %v; want %q, %v", tc.in, got, form, tc.want, tc.form)
		}
	}
}

func TestMoodsContextsSettingsInstruments(t *testing.T) {
	for _, tc := range []struct {
		got, want string
	}{
		{Mood("unagitated"), "calm"}, // WordNet synonym of a seed
		{Mood("sombre"), "dark"},
		{Mood("grooves"), "groovy"},
		{Mood("gloomy"), "sad"},
		{Mood("still"), ""},       // denied: "I still want"
		{Mood("relaxes"), "calm"}, // by stem
		{Context("jogging"), "running"},
		{Context("gymnasium"), "working out"},
		{Setting("rainy"), "rainy"},
		{Setting("showery"), "rainy"},
		{Setting("day"), ""},
		{Setting("massage"), "spa"},
		{Setting("dentist"), "waiting room"},
		{Setting("salon"), "shop"},
		{Setting("bakery"), "shop"}, // a kind of shop in WordNet
		{Setting("board games"), "game night"},
		{Setting("night shift"), "work shift"},
		{Setting("shift"), ""}, // as often the verb
		{Setting("thanksgiving"), "holiday"},
		{Setting("campsite"), "fireside"},
		{Context("zumba"), "working out"},
		{Context("anniversary"), "celebration"},
		{Context("trail"), "walking"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	if got := Instruments("sax"); !slices.Equal(got, []string{"saxophone"}) {
		t.Errorf("sax → %q", got)
	}
	if got := Instruments("guitar"); !slices.Equal(got, []string{"acoustic guitar", "electric guitar"}) {
		t.Errorf("guitar → %q", got)
	}
	if got := Instruments("pianos"); !slices.Equal(got, []string{"piano"}) {
		t.Errorf("pianos → %q", got)
	}
	// A relational adjective in -ic is no instrument that shares its
	// stem; the table's own words and inflections still are.
	for _, w := range []string{"organic", "tympanic", "vocalic"} {
		if got := Instruments(w); got != nil {
			t.Errorf("%s → %q, want no instrument", w, got)
		}
	}
	for w, want := range map[string]string{"organs": "organ", "acoustic": "acoustic guitar", "acoustics": "acoustic guitar", "electric": "electric guitar", "lyrical": "vocals"} {
		if got := Instruments(w); !slices.Contains(got, want) {
			t.Errorf("%s → %q, want %q", w, got, want)
		}
	}
	if Stem("jazzy") != "jazzi" {
		t.Errorf("the stemmer changed: jazzy → %q; the form table may be redundant now", Stem("jazzy"))
	}
	p := Phrases()
	if len(p) == 0 || len(p[0]) < len(p[len(p)-1]) || !slices.Contains(p, "game music") {
		t.Errorf("phrases must be longest first and include aliases: %d", len(p))
	}
}

// TestExclusionsFollowEveryParent checks the one definition of what
// leaving a genre out rules out: its whole subtree along any parent,
// the genres an alias names, and their kin, and nothing else.
func TestExclusionsFollowEveryParent(t *testing.T) {
	for _, tc := range []struct {
		genre, word string
		want        bool
	}{
		{"hard bop", "jazz", true},
		{"video game music", "electronic", true}, // beets files it under chiptune
		{"video game music", "soundtrack", true}, // the vocabulary under soundtrack
		{"game", "electronic", true},             // a "Game" tag is video game music
		{"chiptune", "game music", true},         // kin
		{"film score", "game music", true},       // the alias names soundtrack
		{"drum and bass", "dance music", true},
		{"disco", "dance music", true},
		{"funky house", "dance music", true},
		{"industrial", "dance music", false},
		{"ambient", "dance music", false},
		{"electronic", "electro", false}, // a genre's own name, not the derived form
		{"thrash metal", "metal", true},
		{"punk rock", "punk", true},
		{"folk", "country", false},
		{"jazz", "hard bop", false},
	} {
		if got := Excludes(tc.genre, tc.word); got != tc.want {
			t.Errorf("Excludes(%q, %q) = %v, want %v", tc.genre, tc.word, got, tc.want)
		}
	}
	if got := Excluded("no such genre"); got != nil {
		t.Errorf("Excluded of an unknown word = %q", got)
	}
	if !slices.Contains(Family("electronic"), "video game music") {
		t.Error("the family of electronic lacks video game music, which beets files under chiptune")
	}
	if p := Parents("video game music"); !slices.Contains(p, "soundtrack") || !slices.Contains(p, "chiptune") {
		t.Errorf("parents of video game music %q", p)
	}
}

func TestSpellingHelpers(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		d    int
	}{{"electornic", "electronic", 1}, {"jaz", "jazz", 1}, {"clasical", "classical", 1}, {"rock", "rock", 0}, {"abc", "xyzxyz", 3}} {
		if d := SpellingDistance(tc.a, tc.b, 2); d != min(tc.d, 3) {
			t.Errorf("SpellingDistance(%q, %q) = %d, want %d", tc.a, tc.b, d, min(tc.d, 3))
		}
	}
	if !IsEnglishNear("classic") || IsEnglishNear("clasical") || IsEnglishNear("classical") {
		t.Error("classic is an English word near classical; clasical is not a word; classical is a vocabulary word")
	}
	if !slices.Contains(Words(), "upbeat") || !slices.Contains(Words(), "jazzy") || slices.Contains(Words(), "hip hop") {
		t.Errorf("Words lacks the reader's or the vocabulary's words, or holds phrases")
	}
}

// TestEnglishWordNearAnAccentedGenre: "axe" is an English word one letter
// from the genre "axé" (counted in letters, not bytes), so the reader
// must not correct it to the genre.
func TestEnglishWordNearAnAccentedGenre(t *testing.T) {
	if !IsEnglishNear("axe") {
		t.Error(`"axe" is not listed as an English word near the vocabulary ("axé")`)
	}
}

// TestGenresWrittenApart: a hyphenated genre written with a space, as
// people type it ("dance punk", "post punk"), names the genre; a
// hyphenated name neither of whose words is a genre ("stand up", "go
// go", "jump up") is not spelled apart, as those are everyday phrases.
func TestGenresWrittenApart(t *testing.T) {
	for phrase, want := range map[string]string{"dance punk": "dance-punk", "post punk": "post-punk", "neo swing": "neo-swing", "k pop": "k-pop"} {
		if gs, _ := Genres(phrase); len(gs) != 1 || gs[0] != want {
			t.Errorf("Genres(%q) = %v, want %s", phrase, gs, want)
		}
	}
	for _, phrase := range []string{"stand up", "go go", "jump up"} {
		if gs, _ := Genres(phrase); len(gs) > 0 {
			t.Errorf("Genres(%q) = %v, want none: an everyday phrase", phrase, gs)
		}
	}
}

// TestMoodWordsOfMusicEditors: the mood words of the MIREX mood clusters
// and the Geneva Emotional Music Scale, and their common synonyms, name
// Sleeve's moods; "sweet" is left out (praise as often as a mood), and
// "bitter sweet" written apart is still bittersweet.
func TestMoodWordsOfMusicEditors(t *testing.T) {
	for word, want := range map[string]string{"poignant": "melancholic", "fiery": "intense", "rowdy": "energetic",
		"witty": "playful", "agitated": "tense", "confident": "triumphant", "miserable": "sad", "morbid": "dark",
		"dramatic": "epic", "bitter sweet": "melancholic"} {
		if got := Mood(word); got != want {
			t.Errorf("Mood(%q) = %q, want %q", word, got, want)
		}
	}
	if got := Mood("sweet"); got != "" {
		t.Errorf("Mood(sweet) = %q, want none", got)
	}
}

// TestArtistTableGenresAreTreeGenres checks the generated table of
// well-known artists: every artist has one to three genres, each a genre
// of the tree, and cites a declared page.
func TestArtistTableGenresAreTreeGenres(t *testing.T) {
	if len(artistTable()) < 100 {
		t.Fatalf("the table holds %d names", len(artistTable()))
	}
	for k, v := range artistTable() {
		f := strings.Split(v, "|")
		if len(f) != 4 {
			t.Fatalf("%q: %q", k, v)
		}
		if f[2] != "named" && f[2] != "after like" && f[2] != "like only" {
			t.Errorf("%q: when %q", k, f[2])
		}
		gs := strings.Split(f[1], "/")
		if len(gs) < 1 || len(gs) > 3 {
			t.Errorf("%q has %d genres", k, len(gs))
		}
		for _, g := range gs {
			if !IsGenre(g) {
				t.Errorf("%q: %q is not a genre of the tree", k, g)
			}
		}
		for _, s := range strings.Fields(f[3]) {
			if artistSources[s] == "" {
				t.Errorf("%q cites undeclared %q", k, s)
			}
		}
	}
}

// TestBasesOfLyAdjectivesAreNotTheirMoods reads an adjective made with
// "-ly" as its mood, and the base the stemmer takes it back to as nothing
// of it: "live" music is not "lively", "lone" not "lonely".
func TestBasesOfLyAdjectivesAreNotTheirMoods(t *testing.T) {
	for _, w := range []string{"live", "lives", "lived", "lone", "spark", "unearthed"} {
		if m := Mood(w); m != "" {
			t.Errorf("Mood(%q) = %q, want none", w, m)
		}
	}
	for w, want := range map[string]string{"lively": "energetic", "lonely": "melancholic"} {
		if m := Mood(w); m != want {
			t.Errorf("Mood(%q) = %q, want %q", w, m, want)
		}
	}
}

// TestStemFalseFriendsAreNotRead leaves unread a word that only shares a
// stem with a word of the moods ("literally" with "literate", "optimal"
// with "optimism"), while a form WordNet relates to one is still read by
// its stem ("depressed" as "depressing", "hoping" as "hopeful").
func TestStemFalseFriendsAreNotRead(t *testing.T) {
	for _, w := range []string{"literally", "optimal", "lubricated"} {
		if m := Mood(w); m != "" {
			t.Errorf("Mood(%q) = %q, want none", w, m)
		}
	}
	for _, w := range []string{"depressed", "hoping", "forlornly"} {
		if m := Mood(w); m == "" {
			t.Errorf("Mood(%q) is none, want a mood", w)
		}
	}
}

// TestEsOnlyAfterASibilant reads "-es" as an inflection only where English
// adds it, after a sibilant or an "o": "slopes" is slope, never the
// kitchen's slop, while "slops" is still slop and a verb's "-es" after a
// sibilant still reaches its base.
func TestEsOnlyAfterASibilant(t *testing.T) {
	if kind, target := Everyday("slopes"); kind != "" {
		t.Errorf("Everyday(slopes) = %s %s, want none", kind, target)
	}
	if _, target := Everyday("slops"); target != "kitchen" {
		t.Errorf("Everyday(slops) = %q, want kitchen", target)
	}
	if !TakesES("box") || !TakesES("dish") || !TakesES("potato") || TakesES("slop") {
		t.Error("TakesES: wrong for box, dish, potato or slop")
	}
}

// TestChillIsNearCalmAndMellow relates the mood chill, whose sense of
// relaxed music WordNet 3.0 lacks, to calm and mellow by the words of the
// dictionary's definition (seeds.txt, "sense chill"), both ways, so that a
// request for chill music ranks calm and mellow tracks.
func TestChillIsNearCalmAndMellow(t *testing.T) {
	for _, m := range []string{"calm", "mellow"} {
		if !slices.Contains(MoodNear("chill"), m) || !slices.Contains(MoodNear(m), "chill") {
			t.Errorf("chill and %s are not near: %q, %q", m, MoodNear("chill"), MoodNear(m))
		}
	}
}

// TestMoodKindsFollowWordNetsClusters checks that a mood's kinds are the
// moods whose first sense WordNet files as a satellite of its own head
// adjective, in one direction only: melancholic and wistful are kinds of
// sad, sad is no kind of melancholic, and happy, whose cluster holds no
// other mood's first sense, has none.
func TestMoodKindsFollowWordNetsClusters(t *testing.T) {
	if got := MoodKinds("sad"); !slices.Equal(got, []string{"melancholic", "wistful"}) {
		t.Errorf("kinds of sad: %q, want melancholic and wistful", got)
	}
	for _, m := range []string{"melancholic", "wistful", "happy", "calm"} {
		if got := MoodKinds(m); len(got) > 0 {
			t.Errorf("kinds of %s: %q, want none", m, got)
		}
	}
}
