// Command gen builds Sleeve's request vocabulary (models/vocab/data.go)
// from its sources, and writes review.txt listing every word that WordNet
// added to a seed, so the expansions can be reviewed and pruned in
// deny.txt.
//
// Sources and licences:
//   - beets' lastgenre genre tree, genres-tree.yaml (MIT, © Adrian Sampson
//     and the beets contributors), from Debian's beets package.
//   - WordNet 3.0 (the WordNet 3.0 licence, © Princeton University, a
//     permissive BSD-style licence), from Debian's wordnet-base package.
//   - seeds.txt, genres-extra.txt and deny.txt in this directory, written
//     for Sleeve (the project's licence).
//   - idioms.txt in this directory, slang and playlist idioms written for
//     Sleeve (the project's licence); each entry names the public pages
//     (dictionaries, Wikipedia, slang glossaries, playlist articles) its
//     meaning was taken from. Only meanings are taken, no text.
//   - artists.txt in this directory: every artist of Wikipedia's "List of
//     best-selling music artists" with the genres of its genre column
//     (facts only, no text copied; each entry cites the page), mapped
//     onto the genre tree.
//   - artists-bygenre.txt in this directory: every artist of Wikipedia's
//     lists of musicians by genre (a 2015 scrape of the lists of the
//     category "Lists of musicians by genre"), with the genres of the
//     lists that name it (facts only; CC BY-SA pages, no text copied),
//     mapped onto the genre tree; addArtistsByGenre adds those
//     artists.txt lacks.
//   - SCOWL's English word list (Copyright 2000-2011 by Kevin Atkinson,
//     permissive; Debian's wamerican package): the words it holds only
//     capitalised and WordNet not at all are kept as names ("brian"); its
//     lowercase words are English words, never misspellings ("cruising",
//     "slippers"), and with WordNet's morphology give the inflected forms
//     of the reader's grammar words (grammar-words.txt: "gets", "goes").
//     Its larger list (size 70; same licence, Debian's wamerican-large)
//     adds the rarer English words that are never misspellings ("themed",
//     not "theses").
//   - The Unicode CLDR English emoji annotations, annotations/en.xml and
//     annotationsDerived/en.xml, and the emoji labels, properties/labels.txt
//     (the Unicode-DFS-2016 licence, © Unicode, Inc., permissive), from
//     Debian's unicode-cldr-core package: each emoji's short name and
//     keywords, and its subgroup (gen/emoji.go reads a few subgroups).
//   - The Unicode CLDR English names of languages and territories,
//     main/en.xml, and its territory data, supplemental/supplementalData.xml
//     (each territory's population and official languages with their
//     share of speakers, and the UN M49 regions that hold it; same licence
//     and package): where each language is spoken, and the region of a
//     place whose word of origin names no genre of its own ("cuban": the
//     Caribbean; gen/languages.go).
//
// Run it from the repository root after `apt-get install beets
// wordnet-base wamerican wamerican-large unicode-cldr-core`:
//
//	go run ./models/vocab/gen
//
// Flags -beets, -wordnet, -dict, -dict-large and -cldr point elsewhere. The generated file is
// committed, so building Sleeve needs neither package.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	sleevevocab "sleeve/models/vocab"
)

func main() {
	beets := flag.String("beets", "/usr/share/beets/beetsplug/lastgenre/genres-tree.yaml", "beets' genre tree")
	wordnet := flag.String("wordnet", "/usr/share/wordnet", "the WordNet 3.0 database directory")
	dict := flag.String("dict", "/usr/share/dict/american-english", "the SCOWL English word list (Debian's wamerican)")
	dictLarge := flag.String("dict-large", "/usr/share/dict/american-english-large", "SCOWL's larger English word list (Debian's wamerican-large)")
	cldr := flag.String("cldr", "/usr/share/unicode/cldr/common", "the Unicode CLDR common directory (Debian's unicode-cldr-core)")
	dir := flag.String("dir", "models/vocab", "the vocab package directory")
	out := flag.String("out", "", "where to write the Go file (default DIR/data.go)")
	reviewOut := flag.String("review", "", "where to write the review list (default DIR/gen/review.txt)")
	flag.Parse()
	if *out == "" {
		*out = filepath.Join(*dir, "data.go")
	}
	if *reviewOut == "" {
		*reviewOut = filepath.Join(*dir, "gen", "review.txt")
	}
	log.SetFlags(0)

	parents, err := readTree(*beets)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's beets package or pass -beets)", err)
	}
	aliases, near := map[string][]string{}, map[string][]string{}
	also, kin := map[string][]string{}, map[string][]string{}
	if err := readExtra(filepath.Join(*dir, "gen", "genres-extra.txt"), parents, aliases, near, also, kin); err != nil {
		log.Fatal(err)
	}
	deny, err := readDeny(filepath.Join(*dir, "gen", "deny.txt"))
	if err != nil {
		log.Fatal(err)
	}
	wn := &wordNet{dir: *wordnet, index: map[string]map[string][]int64{}}
	scowl, err := lowercaseWords(*dict)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wamerican package or pass -dict)", err)
	}
	closed, err := wn.closedGenreNames(parents, aliases, scowl)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	for _, c := range sortedKeys(closed) {
		aliases[c] = []string{closed[c]}
	}
	spaced, err := wn.spacedGenreNames(parents, aliases)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	for _, c := range sortedKeys(spaced) {
		aliases[c] = []string{spaced[c]}
	}
	composed := composedGenreNames(parents, aliases)
	for _, c := range sortedKeys(composed) {
		aliases[c] = []string{composed[c]}
	}
	slashed := slashedGenreNames(parents, aliases, wordSet(scowl), deny)
	for _, c := range sortedKeys(slashed) {
		aliases[c] = []string{slashed[c]}
	}
	seeds, err := readSeeds(filepath.Join(*dir, "gen", "seeds.txt"))
	if err != nil {
		log.Fatal(err)
	}
	// A "sense" line gives the words of a dictionary's definition of a
	// mood's sense that WordNet lacks; they relate moods (moodsNear) and
	// are no seeds of their own.
	var senses []seed
	seeds = slices.DeleteFunc(seeds, func(s seed) bool {
		if s.kind == "sense" {
			senses = append(senses, seed{kind: "mood", target: s.target, word: s.word})
		}
		return s.kind == "sense"
	})
	tables := map[string]map[string]string{"mood": {}, "context": {}, "setting": {}, "instrument": {}, "form": {}}
	var review strings.Builder
	review.WriteString("# Words WordNet added to each seed (generated by gen/main.go; prune in deny.txt).\n")
	fmt.Fprintf(&review, "genre names written closed up (aliases): %s\n", strings.Join(sortedKeys(closed), ", "))
	fmt.Fprintf(&review, "genre names written apart (aliases): %s\n", strings.Join(sortedKeys(spaced), ", "))
	var expanded []seed
	for _, s := range seeds {
		words := []string{s.word}
		if s.pos != "" {
			depth := 1
			if s.kind == "context" {
				depth = 2 // kinds of kinds of what people do: aerobics is cardiopulmonary exercise
			}
			more, err := wn.expand(s.word, s.pos, s.senses, depth)
			if errors.Is(err, errNoLemma) {
				fmt.Fprintf(&review, "# %s %s: %v, taken literally\n", s.kind, s.target, err)
			} else if err != nil {
				log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
			}
			var added []string
			for _, w := range more {
				if w != s.word && !deny[w] {
					added = append(added, w)
				}
			}
			if len(added) > 0 {
				fmt.Fprintf(&review, "%s %s: %s -> %s\n", s.kind, s.target, s.word, strings.Join(added, ", "))
			}
			words = append(words, added...)
		}
		expanded = append(expanded, seed{kind: s.kind, target: s.target, word: strings.Join(words[1:], "\x00")})
	}
	// Seed words come first, so an expansion never takes a word that a
	// seed gives another meaning ("dark" under moody).
	for _, s := range seeds {
		tables[s.kind][s.word] = s.target
	}
	// An expansion never takes a word that a seed of another kind gives
	// its meaning either ("celebration" stays an activity, not a mood).
	seedKind := map[string]string{}
	for _, s := range seeds {
		if _, ok := seedKind[s.word]; !ok {
			seedKind[s.word] = s.kind
		}
	}
	for _, s := range expanded {
		for _, w := range strings.Split(s.word, "\x00") {
			if k, ok := seedKind[w]; ok && k != s.kind {
				continue
			}
			// Nor a genre's name: "flamenco" is a kind of dancing in
			// WordNet but a genre to the reader.
			if _, genre := parents[w]; genre && s.kind == "context" {
				continue
			}
			if _, taken := tables[s.kind][w]; !taken && w != "" && !deny[w] {
				tables[s.kind][w] = s.target
			}
		}
	}
	// Satellites of a mood seed's adjective cluster, from their side.
	var moodSeeds []seed
	for _, sd := range seeds {
		if sd.kind == "mood" && sd.pos == "a" {
			moodSeeds = append(moodSeeds, sd)
		}
	}
	// takeSatellites puts each word of sats into the table of kind, under
	// the meaning sats gives it, unless a seed gives it a meaning, deny.txt
	// denies it or a table already holds it; it returns the words it took
	// by meaning.
	takeSatellites := func(kind string, sats map[string]string) map[string][]string {
		taken := map[string][]string{}
		for _, w := range sortedKeys(sats) {
			if _, seeded := seedKind[w]; seeded || deny[w] || inAnyTable(tables, w) {
				continue
			}
			tables[kind][w] = sats[w]
			taken[sats[w]] = append(taken[sats[w]], w)
		}
		return taken
	}
	sats, err := wn.satellites(moodSeeds)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	bySat := takeSatellites("mood", sats)
	for _, m := range sortedKeys(bySat) {
		fmt.Fprintf(&review, "mood %s (satellites of a seed's cluster head): %s\n", m, strings.Join(bySat[m], ", "))
	}
	// The weather's temperature: the satellites of WordNet's adjective
	// heads cold and hot (first senses: "having a low or inadequate
	// temperature", "used of physical heat") are the weather of the
	// coldest and the warmest season (WordNet's winter and summer), as
	// "cold weather" and "hot weather" are in idioms.txt: "frosty",
	// "icy", "sweltering", "scorching". The heads themselves are left to
	// those idioms ("hot" is also sexy, "cold" unfriendly).
	temps, err := wn.satellites([]seed{{kind: "setting", target: "snowy", word: "cold", senses: 1}, {kind: "setting", target: "sunny", word: "hot", senses: 1}})
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	byTemp := takeSatellites("setting", temps)
	for _, m := range sortedKeys(byTemp) {
		fmt.Fprintf(&review, "setting %s (satellites of WordNet's cold and hot): %s\n", m, strings.Join(byTemp[m], ", "))
	}
	moodNear := moodsNear(seeds, append(slices.Clone(expanded), senses...), deny)
	var moodNames []string
	for _, sd := range seeds {
		if sd.kind == "mood" && !contains(moodNames, sd.target) {
			moodNames = append(moodNames, sd.target)
		}
	}
	moodKind, err := wn.moodKinds(moodNames)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	pieces, err := wn.pieces()
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	var kept []string
	for _, p := range pieces {
		if !deny[p] {
			kept = append(kept, p)
		}
	}
	fmt.Fprintf(&review, "piece words (synonyms and kinds of tune, song, musical composition): %s\n", strings.Join(kept, ", "))
	pieceSrc := []byte("\n// pieceWords are WordNet's synonyms and kinds (one level) of tune, song and musical composition: words for a piece of music.\nvar pieceWords = " + strconv.Quote(strings.Join(kept, "|")) + "\n")
	readerWords, err := readWords(filepath.Join(*dir, "gen", "reader-words.txt"))
	if err != nil {
		log.Fatal(err)
	}
	known := vocabularyWords(parents, aliases, tables)
	for _, w := range readerWords {
		known[w] = true
	}
	idioms, idiomSources, err := readIdioms(filepath.Join(*dir, "gen", "idioms.txt"), parents, aliases)
	if err != nil {
		log.Fatal(err)
	}
	// An idiom of one word ("slappers", "turnt") is a spelling target of
	// the reader too (spellingTargets), so the English words near it are
	// words, not misspellings of it ("slippers", "turn").
	for p := range idioms {
		if !strings.ContainsAny(p, " -") {
			known[p] = true
		}
	}
	// taken reports whether the vocabulary reads a word already, or a
	// phrase has a genre's name in it, which is left to the genre ("soul
	// food", "rock cornish hen", "folk singer").
	taken := func(w string) bool {
		_, idiom := idioms[w]
		if known[w] || idiom || inAnyTable(tables, w) {
			return true
		}
		for _, p := range strings.Fields(w) {
			_, genre := parents[p]
			_, alias := aliases[p]
			if genre || alias {
				return true
			}
		}
		return false
	}
	// The words of music itself by WordNet's structure (sounds.go): the
	// kinds of singers and singing voices are the voice, and the
	// satellites of loudness are the energy of their head.
	voices, err := wn.voices(taken, deny)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	for _, v := range voices {
		tables["instrument"][v] = "vocals"
		known[v] = true
	}
	fmt.Fprintf(&review, "instrument vocals (first noun senses below singer/n1 and singing voice/n1): %s\n", strings.Join(voices, ", "))
	// addInstruments puts words found by WordNet's structure into the
	// instrument table, each with its instrument, and lists them for
	// review.txt as "word (instrument)".
	addInstruments := func(found map[string]string) string {
		var list []string
		for _, w := range sortedKeys(found) {
			tables["instrument"][w] = found[w]
			known[w] = true
			list = append(list, w+" ("+found[w]+")")
		}
		return strings.Join(list, ", ")
	}
	strikes, err := wn.struck(taken, deny)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	fmt.Fprintf(&review, "struck instruments (first noun senses below piano/n1, drum/n1, percussion instrument/n1): %s\n", addInstruments(strikes))
	players, err := wn.players(tables["instrument"], taken, deny)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	fmt.Fprintf(&review, "players (kinds of musician/n1 derived from an instrument of the table): %s\n", addInstruments(players))
	loudness, err := wn.attributeWords("loudness", map[string]bool{"loud": true, "soft": true}, taken, deny)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	speed, err := wn.attributeWords("swiftness", headTempos, taken, deny)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	for p, v := range soundIdioms(loudness, speed) {
		if _, dup := idioms[p]; dup {
			continue // idioms.txt says it
		}
		idioms[p] = v
		if !strings.Contains(p, " ") {
			known[p] = true
		}
	}
	idiomSources[loudnessSource] = "WordNet 3.0 (Debian wordnet-base): the satellites of loud and soft, the adjective heads of the attribute loudness (sounds.go)"
	idiomSources[speedSource] = "WordNet 3.0 (Debian wordnet-base): the satellites of fast and slow, the adjective heads of the attribute speed or swiftness (sounds.go)"
	for _, attr := range []string{"loudness", "swiftness"} {
		words := loudness
		if attr == "swiftness" {
			words = speed
		}
		by := map[string][]string{}
		for _, w := range sortedKeys(words) {
			by[words[w]] = append(by[words[w]], w)
		}
		for _, head := range sortedKeys(by) {
			fmt.Fprintf(&review, "idioms of %s (satellites of WordNet's %s, an attribute head of %s/n1): %s\n", attr, head, attr, strings.Join(by[head], ", "))
		}
	}
	registers, err := wn.registers(deny)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	fmt.Fprintf(&review, "registers (satellites of the attribute heads of pitch/n1, read before an instrument): %s\n", strings.Join(registers, ", "))
	parts, err := wn.musicParts(kept, taken, deny)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	fmt.Fprintf(&review, "parts of music (kinds of music/n1 and musical time/n1, that sense among a word's first %d): %s\n", partSenses, strings.Join(parts, ", "))
	// Everyday words of a setting or activity, by WordNet's hyponymy
	// below anchor synsets (activities.go): a table of their own, so that
	// they are never spelling targets.
	activity, activityReview, err := wn.activityWords(taken, deny)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	for _, line := range activityReview {
		review.WriteString(line + "\n")
	}
	// SCOWL's larger list (size 70) holds the rarer words a request may
	// say and no misspelling is: "themed", "blading", "meathead". They
	// are only never corrected; they are not words the reader reads as
	// the vocabulary's ("longe" is no base of "longer"), and the names
	// and grammar forms come from the common list alone.
	scowlLarge, err := lowercaseWords(*dictLarge)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wamerican-large package or pass -dict-large)", err)
	}
	english, err := wn.wordsNear(known, scowl)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	rare := rareWordsNear(known, scowlLarge, english)
	origins, regions, fullNames, places, err := wn.origins(parents, filepath.Join(filepath.Dir(*beets), "genres.txt"))
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base and beets packages or pass -wordnet and -beets)", err)
	}
	territories, err := readCLDR(*cldr)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's unicode-cldr-core package or pass -cldr)", err)
	}
	languages, err := wn.languageGenres(territories, origins, places, parents)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's unicode-cldr-core and wordnet-base packages or pass -cldr and -wordnet)", err)
	}
	placeNames, err := wn.placeNames(places)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	byRegion, err := wn.regionOrigins(territories, origins, regions, places, parents)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's unicode-cldr-core and wordnet-base packages or pass -cldr and -wordnet)", err)
	}
	fmt.Fprintf(&review, "words of origin given their region's genres, or a region (CLDR): %s\n", strings.Join(byRegion, ", "))
	if err := os.WriteFile(*reviewOut, []byte(review.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	// A genre named with a place's initial is also named in full
	// ("japanese pop" is j-pop), as beets' genre list names both.
	for _, name := range sortedKeys(fullNames) {
		if _, genre := parents[name]; !genre && aliases[name] == nil {
			aliases[name] = []string{fullNames[name]}
		}
	}
	src := render(parents, aliases, near, also, kin, tables, readerWords, english, rare)
	src = append(src, renderIdioms(idioms, idiomSources)...)
	var ab bytes.Buffer
	writeMap(&ab, "activityTable", "activityTable maps everyday words of a setting or activity to it, as \"n setting kitchen\" or \"n context working out\": words whose first sense as a noun (n) or verb (v) WordNet puts below an anchor synset of gen/activities.go (\"oven\", \"broom\", \"laptop\"). They are never spelling targets.", activity)
	src = append(src, ab.Bytes()...)
	musicians, err := wn.musicians(parents, aliases, tables["instrument"])
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	proper, err := wn.properNouns(*dict)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wamerican package or pass -dict)", err)
	}
	src = append(src, renderNames(musicians, proper)...)
	artists, artistSources, err := readArtists(filepath.Join(*dir, "gen", "artists.txt"), parents)
	if err != nil {
		log.Fatal(err)
	}
	if err := wn.artistsAlone(artists, scowl); err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	more, moreSources, err := readArtistsByGenre(filepath.Join(*dir, "gen", "artists-bygenre.txt"), parents)
	if err != nil {
		log.Fatal(err)
	}
	for k, url := range moreSources {
		if old, dup := artistSources[k]; dup && old != url {
			log.Fatalf("gen: source %q of artists-bygenre.txt is also artists.txt's, as %s", k, old)
		}
		artistSources[k] = url
	}
	isGenre := func(w string) bool {
		_, genre := parents[w]
		_, alias := aliases[w]
		return genre || alias
	}
	// A name must not shadow what the reader reads: a word or phrase of
	// the vocabulary, a grammar word ("the": The The), or a word of a
	// phrase of the vocabulary ("musique": Musique).
	grammarOfNames, err := readWords(filepath.Join(*dir, "gen", "grammar-words.txt"))
	if err != nil {
		log.Fatal(err)
	}
	grammarSet := wordSet(grammarOfNames)
	phraseWords := map[string]bool{}
	addKeyWords(phraseWords, idioms)
	addKeyWords(phraseWords, activity)
	for _, t := range tables {
		addKeyWords(phraseWords, t)
	}
	addKeyWords(phraseWords, parents)
	addKeyWords(phraseWords, aliases)
	voc := vocabularyReader{
		// A name is read as the vocabulary's phrase written with hyphens
		// or closed up too ("laid back" is "laid-back"), as the reader
		// reads a hyphen and a space alike.
		reads: func(p string) bool {
			for _, form := range []string{p, strings.ReplaceAll(p, " ", "-"), strings.ReplaceAll(p, " ", "")} {
				_, idiom := idioms[form]
				if known[form] || idiom || isGenre(form) || inAnyTable(tables, form) || activity[form] != "" || phraseWords[form] {
					return true
				}
			}
			return false
		},
		grammar: func(p string) bool { return grammarSet[p] },
		genre:   isGenre,
		near:    nearVocabulary(known),
	}
	capitalised, err := capitalisedWords(*dict)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wamerican package or pass -dict)", err)
	}
	voc.capitalised = func(w string) bool { return capitalised[w] }
	added, left, err := wn.addArtistsByGenre(artists, more, musicians, scowl, voc)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	log.Printf("gen: %d artist names of artists-bygenre.txt added, %d left out", added, len(left))
	src = append(src, renderArtists(artists, artistSources)...)
	adverbs, err := wn.adverbs()
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	src = append(src, renderAdverbs(adverbs)...)
	degree, err := wn.degreeWords()
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	grammarWords, err := readWords(filepath.Join(*dir, "gen", "grammar-words.txt"))
	if err != nil {
		log.Fatal(err)
	}
	grammar := map[string]bool{}
	for _, g := range grammarWords {
		grammar[g] = true
	}
	forms, err := wn.grammarForms(scowl, grammar)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	src = append(src, renderMorph(degree, forms)...)
	src = append(src, pieceSrc...)
	src = append(src, []byte("\n// musicPartWords are the kinds of WordNet's music/n1 and musical time/n1 that are neither pieces nor genres, in one of their first three senses: parts and properties of music (\"chorus\", \"harmony\", \"rhythm\").\nvar musicPartWords = "+strconv.Quote(strings.Join(parts, "|"))+"\n")...)
	src = append(src, []byte("\n// registerWords are the satellites of WordNet's adjective heads of pitch (high and low, used of sounds and voices): before an instrument they say which member of its family it is (\"tenor sax\", \"baritone guitar\").\nvar registerWords = "+strconv.Quote(strings.Join(registers, "|"))+"\n")...)
	comparatives, err := wn.comparatives(known)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	var cb bytes.Buffer
	writeMap(&cb, "comparativeTable", "comparativeTable maps WordNet's irregular comparative and superlative adjectives (adj.exc) whose base the reader knows onto the base (\"sadder\": sad).", comparatives)
	src = append(src, cb.Bytes()...)
	compounds, err := wn.genreCompounds(func(g string) bool {
		_, tree := parents[g]
		_, alias := aliases[g]
		return tree || alias
	})
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	src = append(src, []byte("\n// genreCompounds are WordNet's nouns of two words, one a genre's name, that name a thing, place, event or food (\"background noise\", \"house party\"): there the word is not the genre.\nvar genreCompounds = "+strconv.Quote(strings.Join(compounds, "|"))+"\n")...)
	verbs, err := wn.phrasalVerbs(tables["setting"])
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	src = append(src, []byte("\n// settingVerbs are WordNet's verbs of several words whose first word is a one-word setting (\"fall asleep\"): there the word is a verb, not the setting.\nvar settingVerbs = "+strconv.Quote(strings.Join(verbs, "|"))+"\n")...)
	mverbs, err := wn.moodVerbs(tables["mood"])
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	src = append(src, []byte("\n// moodVerbs are WordNet's verbs of several words whose first word is a one-word mood and whose first sense's gloss holds no mood word (\"warm up\", \"warm to\"): there the word is a verb, not the mood.\nvar moodVerbs = "+strconv.Quote(strings.Join(mverbs, "|"))+"\n")...)
	mcomp, err := wn.moodCompounds(tables["mood"])
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	src = append(src, []byte("\n// moodCompounds are WordNet's nouns of two words whose first word is a mood's word and whose first sense names a thing, person, place or act with a gloss that holds no mood word (gen/adverbs.go: \"grim reaper\", \"soft drink\", \"bubble bath\"): there the word is part of a name, not said of the music.\nvar moodCompounds = "+strconv.Quote(strings.Join(mcomp, "|"))+"\n")...)
	friends, err := wn.stemFalseFriends(tables, scowl)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	src = append(src, []byte("\n// stemFalseFriends are the English words that the lookup by stem would read as a word of the moods, contexts, settings or instruments although WordNet relates the two in no way (gen/stems.go: \"literally\" is not \"literate\", \"optimal\" not \"optimism\"): they are read by no stem.\nvar stemFalseFriends = "+strconv.Quote(strings.Join(friends, "|"))+"\n")...)
	refusals, err := wn.refusalVerbs(scowl)
	if err != nil {
		log.Fatalf("gen: %v (install Debian's wordnet-base package or pass -wordnet)", err)
	}
	src = append(src, []byte("\n// refusalVerbs are the verbs of WordNet's senses of leaving out or turning down (gen/refusals.go: exclude, omit, leave out, forbid, veto, nix, ban, avoid, rule out, reject, ditch, skip) with the inflected forms of the one-word ones in SCOWL's list (\"excluding\", \"nixed\"): said of music, each refuses what it governs.\nvar refusalVerbs = "+strconv.Quote(strings.Join(refusals, "|"))+"\n")...)
	var ob bytes.Buffer
	writeListMap(&ob, "originGenres", "originGenres maps WordNet's words of origin (an adjective whose first sense pertains to a named place: \"japanese\", \"nigerian\") onto the genres of beets' tree from there (gen/origins.go): the genres with the word in their name, those named with its initial where beets' genres.txt names them in full (\"j-pop\" for \"japanese pop\"), else the genre of the place it is part of (\"african\" for \"nigerian\"), else the genres named after the UN M49 regions that hold its place (Unicode CLDR's territory containment, gen/languages.go: \"cuban\": caribbean and latin american); empty when the tree has none.", origins)
	writeMap(&ob, "originRegions", "originRegions maps a word of origin with genres of its own onto the genre of the place its place is part of (WordNet's part holonyms, gen/origins.go), for a library that has none of its own genres: \"japanese\": asian.", regions)
	writeMap(&ob, "placeOrigins", "placeOrigins maps the one-word name of a place onto its word of origin (WordNet: the place's noun, whose first sense it is, and the adjective that pertains to it, gen/origins.go): \"india\": indian, \"jamaica\": jamaican.", placeNames)
	writeListMap(&ob, "languageGenres", "languageGenres maps a word of origin that also names a language (\"spanish\", \"portuguese\") onto the genres of beets' tree from the places where the language is official and most people speak it (Unicode CLDR's territory data, gen/languages.go), besides its own: the genres of those places' words of origin and of the regions that hold them (\"spanish\": mexican pop, caribbean and latin american).", languages)
	src = append(src, ob.Bytes()...)
	var nb bytes.Buffer
	writeListMap(&nb, "moodNear", "moodNear lists, for each mood, the moods WordNet relates to it: a synonym, similar adjective or feeling noun of one of its seed words is a seed word of the other (\"sad\" for melancholic, \"somber\" for sad and dark).", moodNear)
	writeListMap(&nb, "moodKinds", "moodKinds lists, for each mood whose first sense heads one of WordNet's adjective clusters, the moods whose first sense is a satellite of it (gen/kinds.go): \"melancholic\" and \"wistful\" are kinds of sad.", moodKind)
	src = append(src, nb.Bytes()...)
	emoji, err := emojiNames(filepath.Join(*cldr, "properties", "labels.txt"), filepath.Join(*cldr, "annotations", "en.xml"), filepath.Join(*cldr, "annotationsDerived", "en.xml"))
	if err != nil {
		log.Fatalf("gen: %v (install Debian's unicode-cldr-core package or pass -cldr)", err)
	}
	src = append(src, renderEmoji(emoji)...)
	code, err := format.Source(src)
	if err != nil {
		log.Fatalf("gen: generated code does not parse: %v", err)
	}
	if err := os.WriteFile(*out, code, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen: %d genres, %d aliases, %d moods, %d contexts, %d settings, %d instruments, %d forms, %d idioms, %d musician names, %d artist names, %d proper nouns",
		len(parents), len(aliases), len(tables["mood"]), len(tables["context"]), len(tables["setting"]),
		len(tables["instrument"]), len(tables["form"]), len(idioms), len(musicians), len(artists), len(proper))
}

// readTree reads beets' YAML genre tree: nested lists where "- name:" opens
// a branch and "- name" is a leaf. It returns each genre's parent.
func readTree(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	parents := map[string]string{}
	var stack []string // stack[d] is the open branch at depth d
	last := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimLeft(line, " ")
		if !strings.HasPrefix(trimmed, "- ") {
			continue
		}
		depth := (len(line) - len(trimmed)) / 4
		name := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(trimmed, "- ")))
		branch := strings.HasSuffix(name, ":")
		name = strings.Trim(strings.TrimSuffix(name, ":"), `"'`)
		if depth == len(stack)+1 && last != "" {
			// A leaf followed by a deeper item ("- disco polo" then
			// "    - euro disco"): read the leaf as the item's parent.
			stack = append(stack, last)
		}
		if depth > len(stack) {
			return nil, fmt.Errorf("%s: bad indentation at %q", path, line)
		}
		stack = stack[:depth]
		parent := ""
		if depth > 0 {
			parent = stack[depth-1]
		}
		if _, seen := parents[name]; !seen {
			parents[name] = parent
		}
		if branch {
			stack = append(stack, name)
		}
		last = name
	}
	return parents, sc.Err()
}

// readExtra reads genres-extra.txt into the maps. A genre line that moves
// a genre of beets' tree under another parent keeps the tree's parent as
// a second one (in also), so the genre is still a kind of both.
func readExtra(path string, parents map[string]string, aliases, near, also, kin map[string][]string) error {
	return eachLine(path, func(line string) error {
		kind, rest, _ := strings.Cut(line, " ")
		switch kind {
		case "genre", "also":
			name, parent, ok := strings.Cut(rest, "<")
			if !ok {
				return fmt.Errorf("%s line without '<': %q", kind, line)
			}
			name, parent = strings.TrimSpace(name), strings.TrimSpace(parent)
			if kind == "also" {
				if _, known := parents[name]; !known {
					return fmt.Errorf("also line for a genre not in the tree: %q", line)
				}
				also[name] = append(also[name], parent)
				return nil
			}
			if old, known := parents[name]; known && old != "" && old != parent {
				also[name] = append(also[name], old)
			}
			parents[name] = parent
		case "alias", "near", "kin":
			word, list, ok := strings.Cut(rest, "=")
			if !ok {
				return fmt.Errorf("%s line without '=': %q", kind, line)
			}
			var gs []string
			for _, g := range strings.Split(list, "|") {
				gs = append(gs, strings.TrimSpace(g))
			}
			m := aliases
			switch kind {
			case "near":
				m = near
			case "kin":
				m = kin
			}
			m[strings.TrimSpace(word)] = gs
		default:
			return fmt.Errorf("unknown line %q", line)
		}
		return nil
	})
}

func readDeny(path string) (map[string]bool, error) {
	deny := map[string]bool{}
	err := eachLine(path, func(line string) error {
		for _, w := range strings.Fields(line) {
			deny[strings.ReplaceAll(w, "_", " ")] = true
		}
		return nil
	})
	return deny, err
}

type seed struct {
	kind, target, word, pos string
	senses                  int
}

func readSeeds(path string) ([]seed, error) {
	var out []seed
	err := eachLine(path, func(line string) error {
		head, words, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("seed line without ':': %q", line)
		}
		kind, target, _ := strings.Cut(head, " ")
		for _, w := range strings.Fields(words) {
			s := seed{kind: kind, target: strings.TrimSpace(target)}
			if word, spec, ok := strings.Cut(w, "/"); ok {
				n, err := strconv.Atoi(spec[1:])
				if err != nil || len(spec) < 2 || !strings.Contains("anv", spec[:1]) {
					return fmt.Errorf("bad WordNet spec %q", w)
				}
				w, s.pos, s.senses = word, spec[:1], n
			}
			s.word = strings.ToLower(strings.ReplaceAll(w, "_", " "))
			out = append(out, s)
		}
		return nil
	})
	return out, err
}

func eachLine(path string, fn func(string) error) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
	}
	return nil
}

// wordNet reads synsets from the WordNet 3.0 database files.
type wordNet struct {
	dir   string
	index map[string]map[string][]int64 // pos -> lemma -> synset offsets
	data  map[string]*os.File           // pos -> open data file
	// satelliteOf holds the adjective satellites of the attribute heads
	// read so far (sounds.go).
	satelliteOf map[int64]bool
}

var errNoLemma = errors.New("WordNet has no")

var posFile = map[string]string{"a": "adj", "n": "noun", "v": "verb", "r": "adv"}

// synset is one WordNet synset: its lexicographer file, its lemmas and
// its pointers to other synsets.
type synset struct {
	lexFile string
	// head reports an adjective synset of type "a", the head of one of
	// WordNet's adjective clusters (its satellites are of type "s").
	head   bool
	lemmas []string
	ptrs   []pointer
}

// pointer is a WordNet pointer: its symbol ("&" similar to, "+"
// derivationally related, "~" hyponym), the target's offset and its part
// of speech.
type pointer struct {
	symbol string
	offset int64
	pos    string
	// source and target are the lemmas (from 1) the pointer relates in
	// its synset and the target's; 0 when it relates the synsets.
	source, target int
}

// readSynset reads the synset at offset of a part of speech ("a" or "s"
// adjective, "n" noun, "v" verb).
func (w *wordNet) readSynset(pos string, off int64) (synset, error) {
	if pos == "s" {
		pos = "a"
	}
	if w.data == nil {
		w.data = map[string]*os.File{}
	}
	data, ok := w.data[pos]
	if !ok {
		f, err := os.Open(filepath.Join(w.dir, "data."+posFile[pos]))
		if err != nil {
			return synset{}, err
		}
		w.data[pos], data = f, f
	}
	buf := make([]byte, 16384)
	k, _ := data.ReadAt(buf, off)
	line, _, _ := bytes.Cut(buf[:k], []byte("\n"))
	s, err := parseSynset(line)
	if err != nil {
		return synset{}, fmt.Errorf("synset at %d: %v", off, err)
	}
	return s, nil
}

// parseSynset parses one line of a WordNet data file: its lexicographer
// file, lemmas and pointers.
func parseSynset(line []byte) (synset, error) {
	head, _, _ := bytes.Cut(line, []byte(" | "))
	f := strings.Fields(string(head))
	if len(f) < 4 {
		return synset{}, fmt.Errorf("bad synset %.20q", line)
	}
	count, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil {
		return synset{}, fmt.Errorf("bad synset: %v", err)
	}
	s := synset{lexFile: f[1], head: f[2] == "a"}
	i := 4
	for ; i < 4+2*int(count) && i < len(f); i += 2 {
		s.lemmas = append(s.lemmas, f[i])
	}
	if i >= len(f) {
		return s, nil
	}
	np, _ := strconv.Atoi(f[i])
	for p := 0; p < np && i+4+4*p <= len(f); p++ {
		q := f[i+1+4*p : i+5+4*p]
		o, err := strconv.ParseInt(q[1], 10, 64)
		if err != nil {
			return synset{}, fmt.Errorf("bad pointer: %v", err)
		}
		st, _ := strconv.ParseUint(q[3], 16, 16)
		s.ptrs = append(s.ptrs, pointer{symbol: q[0], offset: o, pos: q[2], source: int(st >> 8), target: int(st & 0xff)})
	}
	return s, nil
}

// lemmaWord is a synset lemma as the vocabulary keeps it: lowercase, with
// spaces for underscores and without adjective markers such as "(a)"; ""
// for a proper name or a phrase of more than three words.
func lemmaWord(lemma string) string {
	if j := strings.IndexByte(lemma, '('); j > 0 {
		lemma = lemma[:j]
	}
	if strings.ToLower(lemma) != lemma || strings.Count(lemma, "_") > 2 {
		return ""
	}
	return strings.ReplaceAll(lemma, "_", " ")
}

// feelingFile is the lexicographer file of nouns that name feelings
// (noun.feeling): the nouns of a mood adjective ("sadness" for sad) that
// expand a mood. Nouns of states and attributes ("darkness", "power")
// mean other things too often.
const feelingFile = "12"

// kindFiles are the lexicographer files of nouns whose kinds mean what
// they do (noun.act, noun.artifact, noun.location): kinds of exercise,
// of guitars, of gardens; not of an organ of the body or of the metal
// brass.
var kindFiles = map[string]bool{"04": true, "06": true, "15": true}

// maxSenses is how many senses, over all parts of speech, a word that
// WordNet relates to a seed may have: a word with more ("big", "cold",
// "set", "phrase") is not read by one of them. Seeds are exempt.
const maxSenses = 4

// maxSimilar is how many similar adjectives a seed's synset may have for
// them to be taken: a head adjective with more ("intense") gathers words
// of other meanings.
const maxSimilar = 8

// senses returns how many synsets word has over all parts of speech.
func (w *wordNet) senses(word string) (int, error) {
	n := 0
	for _, pos := range []string{"n", "v", "a", "r"} {
		idx, err := w.loadIndex(pos)
		if err != nil {
			return 0, err
		}
		n += len(idx[strings.ReplaceAll(word, " ", "_")])
	}
	return n, nil
}

// expand returns the words the first n synsets of word mean alike: the
// synsets' lemmas; for an adjective, the lemmas of the adjectives similar
// to it ("bittersweet", "heavyhearted" for sad, when it has at most
// maxSimilar) and of the feeling nouns derived from it with their kinds
// two levels down ("sadness", "sorrow", "grief", "heartbreak"); for a
// noun, its kinds ("aerobics", "calisthenics" for exercise). A related
// word is taken only when it has at most maxSenses senses.
func (w *wordNet) expand(word, pos string, n, depth int) ([]string, error) {
	idx, err := w.loadIndex(pos)
	if err != nil {
		return nil, err
	}
	offsets := idx[strings.ReplaceAll(word, " ", "_")]
	if len(offsets) == 0 {
		return nil, fmt.Errorf("%w: %s %q", errNoLemma, posFile[pos], word)
	}
	var out []string
	var related []synset // synsets related to the seed's, whose words must have few senses
	add := func(s synset) { related = append(related, s) }
	// kinds adds the synset's hyponyms, depth levels down.
	var kinds func(s synset, p string, depth int) error
	kinds = func(s synset, p string, depth int) error {
		if depth == 0 {
			return nil
		}
		for _, ptr := range s.ptrs {
			if ptr.symbol != "~" {
				continue
			}
			k, err := w.readSynset(p, ptr.offset)
			if err != nil {
				return err
			}
			add(k)
			if err := kinds(k, p, depth-1); err != nil {
				return err
			}
		}
		return nil
	}
	var seeds []synset
	for _, off := range offsets[:min(n, len(offsets))] {
		s, err := w.readSynset(pos, off)
		if err != nil {
			return nil, err
		}
		for _, l := range s.lemmas { // the seed's own synonyms
			if lw := lemmaWord(l); lw != "" && !contains(out, lw) {
				out = append(out, lw)
			}
		}
		seeds = append(seeds, s)
	}
	for _, s := range seeds {
		similar := 0
		for _, ptr := range s.ptrs {
			if ptr.symbol == "&" {
				similar++
			}
		}
		switch pos {
		case "a":
			for _, ptr := range s.ptrs {
				switch {
				case ptr.symbol == "&" && similar <= maxSimilar:
					t, err := w.readSynset(ptr.pos, ptr.offset)
					if err != nil {
						return nil, err
					}
					add(t)
				case ptr.symbol == "+" && ptr.pos == "n":
					t, err := w.readSynset("n", ptr.offset)
					if err != nil {
						return nil, err
					}
					if t.lexFile != feelingFile {
						continue
					}
					add(t)
					if err := kinds(t, "n", 2); err != nil {
						return nil, err
					}
				}
			}
		case "n":
			if !kindFiles[s.lexFile] {
				continue
			}
			if err := kinds(s, "n", depth); err != nil {
				return nil, err
			}
		}
	}
	for _, s := range related {
		for _, l := range s.lemmas {
			lw := lemmaWord(l)
			if lw == "" || contains(out, lw) {
				continue
			}
			n, err := w.senses(lw)
			if err != nil {
				return nil, err
			}
			if n <= maxSenses {
				out = append(out, lw)
			}
		}
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func (w *wordNet) loadIndex(pos string) (map[string][]int64, error) {
	if idx, ok := w.index[pos]; ok {
		return idx, nil
	}
	f, err := os.Open(filepath.Join(w.dir, "index."+posFile[pos]))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	idx := map[string][]int64{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue // licence header
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		synsets, _ := strconv.Atoi(f[2])
		var offs []int64
		for _, s := range f[len(f)-synsets:] {
			o, err := strconv.ParseInt(s, 10, 64)
			if err == nil {
				offs = append(offs, o)
			}
		}
		idx[f[0]] = offs
	}
	w.index[pos] = idx
	return idx, sc.Err()
}

func render(parents map[string]string, aliases, near, also, kin map[string][]string, tables map[string]map[string]string, readerWords, english, rare []string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by go run ./models/vocab/gen; DO NOT EDIT.\n")
	b.WriteString("// Sources: beets lastgenre genres-tree.yaml (MIT), WordNet 3.0 (WordNet 3.0 licence),\n")
	b.WriteString("// models/vocab/gen/seeds.txt, genres-extra.txt and deny.txt (Sleeve).\n\n")
	b.WriteString("package vocab\n\n")
	writeMap(&b, "genreParent", "genreParent maps each genre to its parent in the genre tree (\"\" for a root).", parents)
	writeListMap(&b, "genreAliases", "genreAliases maps words and phrases to the genres they name.", aliases)
	writeListMap(&b, "genreNear", "genreNear lists the genres a derived form of a genre (\"jazzy\") also means.", near)
	writeListMap(&b, "genreAlso", "genreAlso lists the further parents of a genre: beets' parent of a genre the vocabulary moved, and parents added with \"also\".", also)
	writeListMap(&b, "genreKin", "genreKin lists the genres excluded with a genre: the same family filed elsewhere in the tree.", kin)
	writeMap(&b, "moodTable", "moodTable maps words to the moods of models.MoodWords.", tables["mood"])
	writeMap(&b, "contextTable", "contextTable maps words to the activities of models.ContextWords.", tables["context"])
	writeMap(&b, "settingTable", "settingTable maps words to settings.", tables["setting"])
	writeMap(&b, "instrumentTable", "instrumentTable maps words to instruments of models.InstrumentWords (several joined by \"+\").", tables["instrument"])
	writeMap(&b, "formTable", "formTable maps derived forms (\"bluesy\", \"jazzy\") to the genre they name.", tables["form"])
	fmt.Fprintf(&b, "// readerWords are words the reader reads by its own rules (gen/reader-words.txt).\nvar readerWords = %q\n\n", strings.Join(readerWords, " "))
	b.WriteString("// englishNear lists the English words of WordNet and SCOWL that lie within a\n")
	b.WriteString("// spelling correction's reach of a word the reader knows (a vocabulary word,\n")
	b.WriteString("// a reader word or an idiom of one word) without being one (\"classic\" near\n")
	b.WriteString("// \"classical\", \"slippers\" near \"slappers\"): they are words, not misspellings.\n")
	writeWords(&b, "englishNear", english)
	b.WriteString("\n// rareEnglishNear lists the words of SCOWL's larger list, not in englishNear,\n")
	b.WriteString("// that lie within a spelling correction's reach of a word the reader knows\n")
	b.WriteString("// (\"themed\" near \"theses\"): rarer words, never read as misspellings.\n")
	writeWords(&b, "rareEnglishNear", rare)
	return b.Bytes()
}

// writeWords writes a string variable of words, twelve to a line.
func writeWords(b *bytes.Buffer, name string, words []string) {
	fmt.Fprintf(b, "var %s = `", name)
	for i, w := range words {
		if i > 0 {
			if i%12 == 0 {
				b.WriteString("\n")
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString(w)
	}
	b.WriteString("`\n")
}

// rareWordsNear returns the words of SCOWL's larger list (large) that are
// neither vocabulary words nor among english, the common English words
// near them, but lie within correctionReach of a vocabulary word with the
// same first letter, sorted.
func rareWordsNear(vocab map[string]bool, large, english []string) []string {
	isNear := nearVocabulary(vocab)
	found := map[string]bool{}
	for _, w := range english {
		found[w] = true
	}
	var out []string
	for _, w := range large {
		if !found[w] && isNear(w) {
			found[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// nearVocabulary returns a test of whether a word of three letters or
// more, not itself a vocabulary word, lies within correctionReach of one
// with the same first letter: a word the spelling correction could take
// for it.
func nearVocabulary(vocab map[string]bool) func(string) bool {
	byFirst := map[byte][]string{}
	for v := range vocab {
		if v != "" {
			byFirst[v[0]] = append(byFirst[v[0]], v)
		}
	}
	return func(w string) bool {
		if len(w) < 3 || vocab[w] {
			return false
		}
		reach := correctionReach(len(w))
		for _, v := range byFirst[w[0]] {
			if sleevevocab.SpellingDistance(w, v, reach) <= reach {
				return true
			}
		}
		return false
	}
}

// inAnyTable reports whether one of the word tables holds w.
func inAnyTable(tables map[string]map[string]string, w string) bool {
	for _, t := range tables {
		if _, ok := t[w]; ok {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func writeMap(b *bytes.Buffer, name, doc string, m map[string]string) {
	fmt.Fprintf(b, "// %s\nvar %s = map[string]string{\n", doc, name)
	for _, k := range sortedKeys(m) {
		fmt.Fprintf(b, "\t%q: %q,\n", k, m[k])
	}
	b.WriteString("}\n\n")
}

func writeListMap(b *bytes.Buffer, name, doc string, m map[string][]string) {
	fmt.Fprintf(b, "// %s\nvar %s = map[string][]string{\n", doc, name)
	for _, k := range sortedKeys(m) {
		fmt.Fprintf(b, "\t%q: {", k)
		for i, v := range m[k] {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "%q", v)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n\n")
}

// vocabularyWords are the one-word entries of the vocabulary: genres,
// aliases, forms, moods, contexts, settings and instruments.
func vocabularyWords(parents map[string]string, aliases map[string][]string, tables map[string]map[string]string) map[string]bool {
	words := map[string]bool{}
	add := func(w string) {
		if !strings.ContainsAny(w, " -&'") {
			words[w] = true
		}
	}
	for g := range parents {
		add(g)
	}
	for a := range aliases {
		add(a)
	}
	for _, t := range tables {
		for w := range t {
			add(w)
		}
	}
	return words
}

// correctionReach is how many edits a misspelt word of n letters may be
// from the vocabulary word it is read as; the reader uses the same rule.
func correctionReach(n int) int {
	switch {
	case n < 3:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// wordsNear returns the one-word lemmas of WordNet (nouns, verbs,
// adjectives and adverbs), their regular inflections (-s, -es, -ed, -ing)
// and the lowercase words of SCOWL's list (scowl) that are not vocabulary
// words but lie within correctionReach of one with the same first letter,
// sorted.
func (w *wordNet) wordsNear(vocab map[string]bool, scowl []string) ([]string, error) {
	isNear := nearVocabulary(vocab)
	found := map[string]bool{}
	near := func(w string) {
		if !found[w] && isNear(w) {
			found[w] = true
		}
	}
	// SCOWL's lowercase words hold the inflected forms WordNet's lemmas
	// and the regular suffixes below miss: "cruising" (an e dropped),
	// "harmonies" (y to ies), "shorter", "simpler" (comparatives).
	for _, w := range scowl {
		near(w)
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(w.dir, "index."+pos))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, " ") {
				continue
			}
			lemma, _, _ := strings.Cut(line, " ")
			if len(lemma) < 3 || strings.Trim(lemma, "abcdefghijklmnopqrstuvwxyz") != "" {
				continue
			}
			// The lemma and its regular inflections: "chants" is a word,
			// not a misspelling of "canty", though "chant" is far from it.
			for _, w := range []string{lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"} {
				near(w)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return sortedKeys(found), nil
}

// lowercaseWords returns the words of SCOWL's word list that are
// written in lower case and only of the letters a to z: English words and
// their inflected forms, without names and possessives.
func lowercaseWords(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" && strings.Trim(l, "abcdefghijklmnopqrstuvwxyz") == "" {
			out = append(out, l)
		}
	}
	return out, nil
}

// addKeyWords adds to set every word of the phrases that key m.
func addKeyWords[V any](set map[string]bool, m map[string]V) {
	for p := range m {
		for _, w := range strings.Fields(p) {
			set[w] = true
		}
	}
}

// capitalisedWords returns the words of a SCOWL list written with a
// capital ("Annie", "Chelsea"), lowercase.
func capitalisedWords(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if r := []rune(l); len(r) > 1 && unicode.IsUpper(r[0]) && strings.ToLower(l[:1])+l[1:] == strings.ToLower(l) {
			out[strings.ToLower(l)] = true
		}
	}
	return out, nil
}

// readWords reads the words of a list file (blank lines and # comments
// skipped).
func readWords(path string) ([]string, error) {
	var out []string
	err := eachLine(path, func(line string) error {
		out = append(out, strings.Fields(line)...)
		return nil
	})
	return out, err
}

// idiomFields are the fields an idiom may set (see idioms.txt).
var idiomFields = map[string]bool{"genre": true, "mood": true, "instrument": true, "activity": true, "setting": true, "time": true,
	"energy": true, "tempo": true, "era": true, "familiar": true, "song": true, "says": true}

// readSource reads a "source KEY = URL" line of a table that cites its
// pages into sources, and reports whether line was one.
func readSource(line string, sources map[string]string) (bool, error) {
	rest, ok := strings.CutPrefix(line, "source ")
	if !ok {
		return false, nil
	}
	key, url, ok := strings.Cut(rest, "=")
	if !ok {
		return true, fmt.Errorf("source line without '=': %q", line)
	}
	sources[strings.TrimSpace(key)] = strings.TrimSpace(url)
	return true, nil
}

// citedLine splits an entry "HEAD => BODY [KEY KEY]" of a table that cites
// its pages (kind names the entry in errors): every key must be a source
// declared before it.
func citedLine(line, kind string, sources map[string]string) (head, body string, keys []string, err error) {
	head, rest, ok := strings.Cut(line, "=>")
	if !ok {
		return "", "", nil, fmt.Errorf("%s line without '=>': %q", kind, line)
	}
	body, cite, ok := strings.Cut(rest, "[")
	if !ok || !strings.HasSuffix(cite, "]") {
		return "", "", nil, fmt.Errorf("%s line without [sources]: %q", kind, line)
	}
	keys = strings.Fields(strings.TrimSuffix(cite, "]"))
	for _, k := range keys {
		if _, ok := sources[k]; !ok {
			return "", "", nil, fmt.Errorf("%s cites undeclared source %q: %q", kind, k, line)
		}
	}
	return head, body, keys, nil
}

// readIdioms reads idioms.txt: each phrase of an entry maps to its fields
// encoded as "field=v|v;field=v;src=key key", and each source key to its
// address. Genres must be of the tree or aliases, energies numbers in
// [0, 1], and every cited source declared.
func readIdioms(path string, parents map[string]string, aliases map[string][]string) (map[string]string, map[string]string, error) {
	idioms, sources := map[string]string{}, map[string]string{}
	err := eachLine(path, func(line string) error {
		if source, err := readSource(line, sources); source || err != nil {
			return err
		}
		phrases, body, keys, err := citedLine(line, "idiom", sources)
		if err != nil {
			return err
		}
		var fields []string
		for _, f := range strings.Split(body, ";") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			name, value, _ := strings.Cut(f, " ")
			name, value = strings.TrimSpace(name), strings.TrimSpace(value)
			if !idiomFields[name] {
				return fmt.Errorf("unknown idiom field %q: %q", name, line)
			}
			switch name {
			case "genre":
				for _, g := range strings.Split(value, "/") {
					_, tree := parents[g]
					_, alias := aliases[g]
					if !tree && !alias {
						return fmt.Errorf("idiom genre %q is neither in the tree nor an alias: %q", g, line)
					}
				}
			case "energy":
				if v, err := strconv.ParseFloat(value, 64); err != nil || v < 0 || v > 1 {
					return fmt.Errorf("idiom energy %q is not in [0, 1]: %q", value, line)
				}
			case "tempo":
				if value != "slow" && value != "fast" {
					return fmt.Errorf("idiom tempo %q is not slow or fast: %q", value, line)
				}
			}
			fields = append(fields, name+"="+strings.ReplaceAll(value, "/", "|"))
		}
		fields = append(fields, "src="+strings.Join(keys, " "))
		for _, p := range strings.Split(phrases, ",") {
			p = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(p, "-", " ")), " "))
			if p == "" {
				continue
			}
			if _, dup := idioms[p]; dup {
				return fmt.Errorf("idiom %q twice", p)
			}
			idioms[p] = strings.Join(fields, ";")
		}
		return nil
	})
	return idioms, sources, err
}

func renderIdioms(idioms, sources map[string]string) []byte {
	var b bytes.Buffer
	b.WriteString("\n")
	writeMap(&b, "idiomTable", "idiomTable maps slang and playlist idioms (gen/idioms.txt), hyphens read as spaces, to what they ask: \"field=v|v;…;src=keys\".", idioms)
	writeMap(&b, "idiomSources", "idiomSources maps the source keys of idiomTable to the pages the meanings were taken from.", sources)
	return b.Bytes()
}

// moodsNear relates the moods whose WordNet expansions reach each other's
// seed words: mood A is near mood B when a word WordNet added to a seed of
// A (not denied) is a seed word of B, or the other way round. The words
// of a sense line of seeds.txt count as words added to the mood's seeds:
// a definition that WordNet lacks ("chill": relaxed, easygoing).
func moodsNear(seeds, expanded []seed, deny map[string]bool) map[string][]string {
	seedOf := map[string][]string{} // seed word -> moods
	for _, s := range seeds {
		if s.kind == "mood" && !contains(seedOf[s.word], s.target) {
			seedOf[s.word] = append(seedOf[s.word], s.target)
		}
	}
	near := map[string][]string{}
	link := func(a, b string) {
		if a == b {
			return
		}
		if !contains(near[a], b) {
			near[a] = append(near[a], b)
		}
		if !contains(near[b], a) {
			near[b] = append(near[b], a)
		}
	}
	for _, e := range expanded {
		if e.kind != "mood" {
			continue
		}
		for _, w := range strings.Split(e.word, "\x00") {
			if w == "" || deny[w] {
				continue
			}
			for _, m := range seedOf[w] {
				link(e.target, m)
			}
		}
	}
	for k := range near {
		sort.Strings(near[k])
	}
	return near
}
