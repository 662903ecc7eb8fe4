package models

import (
	"slices"
	"testing"
)

// TestGenreWordsInsideThings reads a genre's name inside one of WordNet's
// nouns for a thing, place, event or food as that noun, not as the genre
// ("house party" is a party, "background noise" is no noise music), and a
// genre only an idiom implies ("beats" is hip hop), or a derived form
// said of a part of the music ("jazzy keys"), gives way to a genre named
// outright, unless it is named outright too ("jazz, jazzy beats"); "beat" is the music's beat, not beat music, and so are
// "beats" said fast or forceful ("fast aggressive beats"); "laid back
// country" is laid-back country music, not the back country.
func TestGenreWordsInsideThings(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Folk", "Acoustic", "House", "Noise", "Hip Hop", "R&B", "Bossa Nova", "Rock", "Jazz", "Punk", "Heavy Metal", "Country"})
	tests := []struct {
		msg      string
		genres   []string
		activity string
	}{
		{"house party", nil, "party"},
		{"background noise for working", nil, "working"},
		{"jazz for the beach house", []string{"jazz"}, ""},
		{"house music for a party", []string{"house"}, "party"},
		{"smooth r&b with soft beats", []string{"r&b"}, ""},
		{"soulful rap over a bossa nova beat", []string{"bossa nova", "hip hop", "r&b"}, ""}, // r&b is near soul
		{"headbanging to punk", []string{"punk"}, ""},
		{"dope beats", []string{"hip hop"}, ""},
		// A derived form said of a part of the music beside a genre
		// named outright is that genre's flavour; said outright as well,
		// a genre stays.
		{"90s hip hop, organic jazzy beats", []string{"hip hop"}, ""},
		{"hip hop and jazzy beats", []string{"hip hop"}, ""},
		{"house with jazzy keys and soulful vocals", []string{"house"}, ""},
		{"jazz and hip hop, jazzy beats", []string{"hip hop", "jazz"}, ""},
		{"jazzy beats", []string{"jazz", "bossa nova"}, ""}, // named by no genre, the form is what was asked
		{"folky acoustic songs", []string{"folk", "acoustic"}, ""},
		// A word that ends a phrase with the word before it is not the
		// first word of WordNet's compound after it.
		{"catchy laid back country for a cruise around town", []string{"country"}, ""},
		{"laid back house music", []string{"house"}, ""},
		// "beats" said fast or forceful is the beat, not hip hop; said
		// bare or easy it is the idiom.
		{"hiit music: fast aggressive beats, 130 to 160 bpm", nil, "working out"},
		{"heavy pounding beats", nil, ""},
		{"beats to study to", []string{"hip hop"}, "studying"},
		{"soft beats", []string{"hip hop"}, ""},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, lex)
		var got []string
		for _, g := range r.Genres {
			if slices.Contains([]string{"folk", "acoustic", "jazz", "house", "r&b", "bossa nova", "hip hop", "punk", "noise", "rock", "heavy metal", "country"}, g) {
				got = append(got, g)
			}
		}
		slices.Sort(got)
		want := slices.Clone(tc.genres)
		slices.Sort(want)
		if !slices.Equal(got, want) || r.Activity != tc.activity {
			t.Errorf("%q: genres %q, activity %q; want %q, %q (understood %q)", tc.msg, r.Genres, r.Activity, tc.genres, tc.activity, r.Understood)
		}
	}
}

// TestCompoundsWrittenOpen reads a compound written as two words as the
// one word of the vocabulary it makes ("up beat" is upbeat, "afro beats"
// afrobeats) and says so; a verb and its particle ("stand up"), a
// grammar word and the word after it ("a cold day") and a phrase the
// reader reads ("sing along") stay apart.
func TestCompoundsWrittenOpen(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Funk", "African", "Comedy", "Merengue"})
	r := ParseRulesWith("definitely up beat, for exercise", lex)
	if r.PreferTempoMin < 120 || !slices.Contains(r.Understood, "“up beat” read as “upbeat”") {
		t.Errorf("up beat: prefers ≥ %d, understood %q", r.PreferTempoMin, r.Understood)
	}
	if r := ParseRulesWith("blazing set of funky afro beats", lex); !slices.Contains(r.Genres, "african") {
		t.Errorf("afro beats: genres %q", r.Genres)
	}
	if r := ParseRulesWith("beats that make you want to stand up and party, merengue", lex); slices.Contains(r.Genres, "comedy") {
		t.Errorf("stand up: genres %q", r.Genres)
	}
	if r := ParseRulesWith("tunes for a cold rainy day", lex); r.Setting == "snowy" {
		t.Errorf("a cold rainy day: setting %q", r.Setting)
	}
}

// TestMusicOfAKind reads a noun of sort between a word and a noun of
// music as saying only that the music is of that sort: "dance type music"
// is dance music.
func TestMusicOfAKind(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"House", "Techno", "Jazz"})
	for _, msg := range []string{"more dance type music, for exercise", "some dance kind of music"} {
		if r := ParseRulesWith(msg, lex); !slices.Contains(r.Genres, "house") || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: genres %q, not understood %q", msg, r.Genres, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("jazz, the same type of music", lex); !slices.Equal(r.Genres, []string{"jazz"}) {
		t.Errorf("the same type of music: genres %q", r.Genres)
	}
}

// TestHyphenatedCompoundsPartByPart accounts for a hyphenated word part
// by part, as each part alone would be: "slow-burning soul" reads slow
// and lists nothing as not understood, as "1970s-sounding" reads the
// 1970s and "fast-tempo" the tempo. A combining form ("-sounding",
// "-heavy", "-friendly") is accounted for by the part it attaches, and a
// participle after an adjective of manner ("soft-strummed") by the
// adjective, which is read. A compound whose first part the reader does
// not know ("reverb-heavy") or that no part says ("8-bit") is still
// reported, and a noun of a genre before a participle ("soul-crushing")
// asks for no genre.
func TestHyphenatedCompoundsPartByPart(t *testing.T) {
	lex := testLexicon()
	tests := []struct {
		msg    string
		unread []string
		check  func(r Request) bool
	}{
		{"slow-burning soul", nil, func(r Request) bool { return r.PreferTempoMax == 95 && slices.Contains(r.Genres, "soul") }},
		{"a slow-burning dancehall classic from the 80s", nil, func(r Request) bool { return r.PreferTempoMax == 95 }},
		{"1970s-sounding funk", nil, func(r Request) bool { return r.YearMin == 1970 && slices.Contains(r.Genres, "funk") }},
		{"fast-tempo songs", nil, func(r Request) bool { return r.PreferTempoMin == 125 }},
		{"vintage-sounding rock", nil, func(r Request) bool { return r.PreferYearMax > 0 && r.Setting == "" }},
		{"pumped-up workout", nil, func(r Request) bool { return slices.Contains(r.Moods, "energetic") && r.Activity == "working out" }},
		{"soft-strummed guitars", nil, func(r Request) bool { return r.Energy != nil && *r.Energy == 0.25 }},
		{"heavy-hitting choruses", nil, func(r Request) bool { return r.Energy != nil && *r.Energy > 0.8 }},
		{"dark-sounding techno", nil, func(r Request) bool { return slices.Contains(r.Moods, "dark") }},
		{"family-friendly soul", nil, func(r Request) bool { return slices.Contains(r.Genres, "soul") }},
		{"reverb-heavy guitars", []string{"reverb-heavy"}, func(r Request) bool { return r.Energy == nil }},
		{"kid-friendly songs", []string{"kid-friendly"}, func(r Request) bool { return len(r.Genres) == 0 }},
		{"chiptune, 8-bit", []string{"8-bit"}, nil},
		{"soul-crushing songs", []string{"soul-crushing"}, func(r Request) bool { return len(r.Genres) == 0 }},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, lex)
		if !slices.Equal(r.NotUnderstood, tc.unread) || tc.check != nil && !tc.check(r) {
			t.Errorf("%q: not understood %q, want %q (understood %q)", tc.msg, r.NotUnderstood, tc.unread, r.Understood)
		}
	}
}

// TestToeTapping reads music that sets toes or feet tapping as a steady
// beat, hyphenated or not: beating time needs a clear, regular pulse.
func TestToeTapping(t *testing.T) {
	for _, msg := range []string{"toe-tapping rockabilly for a barbecue", "toe tapping tunes", "foot-tapping bluegrass"} {
		r := ParseRulesWith(msg, testLexicon())
		if !slices.Equal(r.Sounds, []string{SoundSteady}) || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: sounds %q, not understood %q; want steady, nothing", msg, r.Sounds, r.NotUnderstood)
		}
	}
}

// TestHyphenatedPrefixes reads the rest of a word after "non-" or "anti-"
// as refused ("non-repetitive" is varied, "anti-pop" refuses pop) and a
// word of degree before a hyphen as it would be alone ("super-chill").
func TestHyphenatedPrefixes(t *testing.T) {
	lex := testLexicon()
	tests := []struct {
		msg   string
		check func(r Request) bool
	}{
		{"non-repetitive music", func(r Request) bool { return slices.Equal(r.Sounds, []string{SoundVaried}) }},
		{"anti-pop", func(r Request) bool { return slices.Contains(r.ExcludeGenres, "pop") && len(r.Genres) == 0 }},
		{"super-chill vibes", func(r Request) bool { return slices.Equal(r.Moods, []string{"chill"}) }},
	}
	for _, tc := range tests {
		r := ParseRulesWith(tc.msg, lex)
		if len(r.NotUnderstood) > 0 || !tc.check(r) {
			t.Errorf("%q: not understood %q; understood %q", tc.msg, r.NotUnderstood, r.Understood)
		}
	}
	// "anti-road-rage" is against road rage: neither driving nor anger.
	if r := ParseRulesWith("anti-road-rage mix, songs that calm you down", lex); slices.Contains(r.Moods, "angry") || r.Activity != "" {
		t.Errorf("anti-road-rage: moods %q, activity %q", r.Moods, r.Activity)
	}
}

// TestMoodWordsInsideNames leaves a mood's word that begins one of
// WordNet's names of a thing, person or act unread ("grim reaper", "dark
// chocolate", "bubble bath", "heavy lifting"), reported as not understood
// unless a rule reads it, while the other word is read on its own; a name
// that is a genre ("heavy metal"), one the vocabulary reads whole ("love
// song") and weather ("a gentle breeze", not a thing) keep their reading.
func TestMoodWordsInsideNames(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Heavy Metal", "Downtempo"})
	for _, tc := range []struct {
		msg, notMood, setting, activity string
	}{
		{"surprisingly catchy 70s rock about the grim reaper", "dark", "", ""},
		{"dark chocolate and red wine", "dark", "cafe", ""},
		{"a downtempo piano track like a hot bubble bath", "energetic", "bath", ""},
		{"no love songs during heavy lifting please, something brutal", "", "", "working out"},
	} {
		r := ParseRulesWith(tc.msg, lex)
		if tc.notMood != "" && slices.Contains(r.Moods, tc.notMood) || r.Setting != tc.setting || r.Activity != tc.activity || slices.Contains(r.ExcludeContexts, "working out") {
			t.Errorf("%q: moods %q, setting %q, activity %q, refused contexts %q; want no %q, setting %q, activity %q", tc.msg, r.Moods, r.Setting, r.Activity, r.ExcludeContexts, tc.notMood, tc.setting, tc.activity)
		}
	}
	if r := ParseRulesWith("grim reaper", lex); !slices.Contains(r.NotUnderstood, "grim") {
		t.Errorf("grim reaper: not understood %q, want grim among them", r.NotUnderstood)
	}
	if r := ParseRulesWith("heavy metal", lex); len(r.Genres) == 0 || len(r.NotUnderstood) > 0 {
		t.Errorf("heavy metal: genres %q", r.Genres)
	}
	if r := ParseRulesWith("a love song", lex); !slices.Contains(r.Moods, "romantic") {
		t.Errorf("a love song: moods %q", r.Moods)
	}
	if r := ParseRulesWith("like a gentle breeze", lex); r.Energy == nil || *r.Energy > 0.3 {
		t.Errorf("like a gentle breeze: energy %v", r.Energy)
	}
}

// TestCompoundAdjectivesWrittenOpen reads a compound adjective of a past
// participle written without its hyphen ("jazz influenced", "80s
// inspired") as the compound written with it: the word before is what the
// music takes after, and the participle is no mood ("inspired" alone is
// hopeful). "inspired by" still takes its agent after it.
func TestCompoundAdjectivesWrittenOpen(t *testing.T) {
	lex := NewLexicon(nil, nil, nil, []string{"Jazz", "Hip Hop", "Techno", "Classical"})
	for _, tc := range []struct {
		msg    string
		genres []string
	}{
		{"jazz influenced hip hop", []string{"jazz", "hip hop"}},
		{"classical inspired techno", []string{"classical", "techno"}},
		{"80s inspired synth with a spooky energy", nil},
	} {
		r := ParseRulesWith(tc.msg, lex)
		for _, g := range tc.genres {
			if !slices.Contains(r.Genres, g) {
				t.Errorf("%q: genres %q, want %q among them", tc.msg, r.Genres, g)
			}
		}
		if slices.Contains(r.Moods, "hopeful") || len(r.NotUnderstood) > 0 {
			t.Errorf("%q: moods %q, not understood %q", tc.msg, r.Moods, r.NotUnderstood)
		}
	}
	if r := ParseRulesWith("something inspired", lex); !slices.Contains(r.Moods, "hopeful") {
		t.Errorf("something inspired: moods %q, want hopeful", r.Moods)
	}
	if r := ParseRulesWith("music inspired by the ocean", lex); len(r.LikeArtists)+len(r.LikeTracks) == 0 && len(r.SearchWords) == 0 {
		t.Errorf("music inspired by the ocean: nothing read: %+v", r)
	}
}
