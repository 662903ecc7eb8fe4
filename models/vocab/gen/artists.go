package main

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// artist is one artist of artists.txt as the vocabulary keeps it: the name
// as the page writes it, its first three genres of the tree, whether the
// name is read wherever it is said, and the keys of the pages it cites.
type artist struct {
	name    string
	genres  []string
	alone   bool
	sources []string
	// titled is whether the list wrote the name with Wikipedia's
	// disambiguation as a performer's ("Boston (band)"), which says it is
	// an artist's.
	titled bool
	// likeOnly is whether the name is a word or phrase the reader reads
	// as something else ("low", "heart"): a name only where the request
	// says a name follows ("like Heart"), never for its capitals.
	likeOnly bool
}

// disambiguation is Wikipedia's parenthesis after an article's title
// ("Boston (band)", "Feist (singer)"): no part of the name.
var disambiguation = regexp.MustCompile(`\s*\([^()]*\)$`)

// notPerformer matches a disambiguation that says the title is not a
// performer's but a place's or a work's ("Washington (state)", "(record
// label)", "(album)"); another ("(band)", "(country singer)", "(piper)")
// says it is an artist's.
var notPerformer = regexp.MustCompile(`\b(state|city|county|town|village|province|region|island|label|album|song|film|magazine|promoter|journalist|author)\)$`)

// artistWordRe splits a name into the words the reader splits a request
// into (models wordRe): "AC/DC" is "ac dc", "Guns N' Roses" "guns n
// roses", "Earth, Wind & Fire" "earth wind fire".
var artistWordRe = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'&-]*`)

// artistKey returns the words of a name as the reader reads them,
// lowercase, without a leading "the" ("The Beatles" is "beatles").
func artistKey(name string) string {
	var words []string
	for _, w := range artistWordRe.FindAllString(strings.ToLower(name), -1) {
		if w = strings.Trim(w, "'-"); w != "" {
			words = append(words, w)
		}
	}
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// foldMarks returns s with the accented Latin letters of names written as
// their plain letters ("beyoncé" is "beyonce"), as a name is often typed.
func foldMarks(s string) string { return markFolder.Replace(s) }

var markFolder = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u",
	"ñ", "n", "ç", "c", "ý", "y", "ÿ", "y")

// readArtists reads artists.txt: each artist's page genres mapped onto the
// tree by the file's genre lines (or as they are, when the tree has the
// genre), the first three kept. A page genre neither of the tree nor
// mapped, a mapping onto a genre the tree lacks, an undeclared source, an
// artist without a genre of the tree or a name twice is an error. The
// result is keyed by artistKey and, for a name with marks, by its folded
// key too, and for a name with "&" by its key with "and".
func readArtists(path string, parents map[string]string) (map[string]artist, map[string]string, error) {
	return readArtistFile(path, parents, false)
}

// readArtistsByGenre reads artists-bygenre.txt as readArtists reads
// artists.txt, but an artist none of whose lists' genres the tree has is
// left out, and a name's trailing disambiguation ("(band)") is dropped
// and remembered (titled).
func readArtistsByGenre(path string, parents map[string]string) (map[string]artist, map[string]string, error) {
	return readArtistFile(path, parents, true)
}

// readArtistFile reads a file of artists and their genres (artists.txt's
// form); lists says it is artists-bygenre.txt (readArtistsByGenre).
func readArtistFile(path string, parents map[string]string, lists bool) (map[string]artist, map[string]string, error) {
	sources := map[string]string{}
	mapped := map[string]string{}
	out := map[string]artist{}
	err := eachLine(path, func(line string) error {
		if source, err := readSource(line, sources); source || err != nil {
			return err
		}
		if rest, ok := strings.CutPrefix(line, "genre "); ok {
			page, tree, ok := strings.Cut(rest, "=")
			if !ok {
				return fmt.Errorf("genre line without '=': %q", line)
			}
			page, tree = strings.TrimSpace(page), strings.TrimSpace(tree)
			if _, ok := parents[tree]; !ok && tree != "-" {
				return fmt.Errorf("genre %q is mapped onto %q, which is not a genre of the tree", page, tree)
			}
			mapped[page] = tree
			return nil
		}
		name, body, keys, err := citedLine(line, "artist", sources)
		if err != nil {
			return err
		}
		a := artist{name: strings.TrimSpace(name), sources: keys}
		if lists {
			if bare := disambiguation.ReplaceAllString(a.name, ""); bare != a.name && bare != "" {
				a.titled = !notPerformer.MatchString(strings.ToLower(a.name[len(bare):]))
				a.name = bare
			}
		}
		for _, g := range strings.Split(body, "/") {
			g = strings.ToLower(strings.TrimSpace(g))
			if g == "" {
				continue
			}
			tree, ok := mapped[g]
			if !ok {
				if _, genre := parents[g]; !genre {
					return fmt.Errorf("artist genre %q is not a genre of the tree and has no genre line: %q", g, line)
				}
				tree = g
			}
			if tree != "-" && !contains(a.genres, tree) && (lists || len(a.genres) < 3) {
				a.genres = append(a.genres, tree)
			}
		}
		if lists {
			a.genres = coherentGenres(a.genres, parents)
		}
		if len(a.genres) == 0 {
			if lists {
				return nil
			}
			return fmt.Errorf("artist without a genre of the tree: %q", line)
		}
		key := artistKey(a.name)
		said := []string{key, foldMarks(key)}
		if strings.Contains(a.name, "&") {
			// "Earth, Wind & Fire" is also said "earth wind and fire".
			said = append(said, artistKey(strings.ReplaceAll(a.name, "&", "and")))
		}
		for _, k := range said {
			if old, dup := out[k]; dup && old.name != a.name {
				if lists {
					// Two titles read alike ("The Band", "Band"):
					// the first is kept.
					continue
				}
				return fmt.Errorf("artist %q twice (%q): %q", k, old.name, line)
			}
			out[k] = a
		}
		return nil
	})
	return out, sources, err
}

// artistsAlone sets whether each artist's name is read wherever it is
// said: a name of several words unless WordNet holds the phrase, or its
// singular, as other than a name ("meat loaf", "dire straits"); a word
// that is no lowercase word of the SCOWL list and that WordNet holds, if
// at all, only as a name ("rihanna", "metallica", "u2", "beatles"). A name
// that is an English word ("queen", "journey", "chicago", "eagles") is
// read only where a name is expected.
func (w *wordNet) artistsAlone(artists map[string]artist, scowl []string) error {
	english := wordSet(scowl)
	for key, a := range artists {
		alone, err := w.nameAlone(key, english)
		if err != nil {
			return err
		}
		a.alone = alone
		artists[key] = a
	}
	return nil
}

func wordSet(words []string) map[string]bool {
	set := map[string]bool{}
	for _, s := range words {
		set[s] = true
	}
	return set
}

// nameAlone reports whether a name (an artistKey) is read wherever it is
// said, by artistsAlone's rule.
func (w *wordNet) nameAlone(key string, english map[string]bool) (bool, error) {
	words := strings.Fields(key)
	forms := []string{key}
	last := words[len(words)-1]
	for _, suf := range [][2]string{{"s", ""}, {"es", ""}, {"ies", "y"}} {
		if s, ok := strings.CutSuffix(last, suf[0]); ok && s != "" {
			forms = append(forms, strings.Join(append(append([]string{}, words[:len(words)-1]...), s+suf[1]), " "))
		}
	}
	for _, f := range forms {
		for _, v := range []string{f, strings.Replace(f, " ", "-", 1)} {
			if len(words) == 1 && english[v] {
				return false, nil
			}
			n, err := w.senses(v)
			if err != nil {
				return false, err
			}
			if n == 0 {
				continue
			}
			named, err := w.namesEntity(v)
			if err != nil {
				return false, err
			}
			if !named {
				return false, nil
			}
		}
	}
	return true, nil
}

// vocabularyReader tells what of a name the reader already reads: reads
// whether a phrase is a word or phrase of the vocabulary (a genre, mood,
// setting, idiom...) or a word of one of its phrases, grammar whether it
// is one of the reader's grammar and filler words, genre whether a word
// is a genre's name, near whether a word is a near-misspelling of a
// vocabulary word.
// capitalised whether SCOWL's list holds a word only capitalised (a given
// name, a place, a myth: "annie", "chelsea").
type vocabularyReader struct {
	reads, grammar, genre, near, capitalised func(string) bool
}

// addArtistsByGenre adds to artists (artists.txt's) those of
// artists-bygenre.txt (more) that it lacks, and returns how many names it
// added and the names left out with why. Left out are a musician whose
// genres WordNet's gloss gives (musicians: "duke ellington"), a name of
// one or two letters, a grammar word of the reader ("the": The The), a
// name of digits alone ("112", "1975": the reader reads a number there),
// and a name WordNet holds as a place (in one of its senses), whole or
// before its first comma ("united states", "seattle, washington",
// "washington": the scrape took some lists' place columns for names),
// unless the list disambiguated it ("Boston (band)"). A name the reader reads as something else (a word or
// phrase of the vocabulary, or a word of one of its phrases: "low",
// "heart", "musique") is a name only where the request says one follows
// ("like Heart", "heart-style"; likeOnly). Another name is read wherever
// it is said when artistsAlone's rule reads it so and one of its words is
// a name: no lowercase word of SCOWL, no genre's name, no word that starts
// with a digit ("10cc", "2pm"), held by WordNet, if at all, only as a
// name, and, for a name of one word, no near-misspelling of a vocabulary
// word, no word of fewer than four letters and no word SCOWL holds even
// capitalised ("radiohead", "guy clark"); other names ("big star",
// "doors", "dead can dance", "annie") only where a name is expected.
func (w *wordNet) addArtistsByGenre(artists, more map[string]artist, musicians map[string]musician, scowl []string, voc vocabularyReader) (int, []string, error) {
	english := wordSet(scowl)
	added := 0
	var left []string
	for _, key := range sortedKeys(more) {
		a := more[key]
		if _, held := artists[key]; held {
			continue
		}
		if m, ok := musicians[key]; ok && len(m.genres) > 0 {
			// WordNet's gloss says the musician's genres.
			left = append(left, key+" (WordNet)")
			continue
		}
		if len([]rune(key)) < 3 {
			left = append(left, key+" (short)")
			continue
		}
		if voc.grammar(key) {
			left = append(left, key+" (grammar)")
			continue
		}
		if voc.reads(key) {
			a.alone, a.likeOnly = false, true
			artists[key] = a
			added++
			continue
		}
		if strings.Trim(key, "0123456789 ") == "" {
			// "112", "1975": the reader reads a number (a tempo, a
			// year, a count).
			left = append(left, key+" (number)")
			continue
		}
		if !a.titled {
			place, err := w.place(key)
			if err != nil {
				return 0, nil, err
			}
			if first, _, comma := strings.Cut(a.name, ","); comma && !place {
				if place, err = w.place(artistKey(first)); err != nil {
					return 0, nil, err
				}
			}
			if place {
				left = append(left, key+" (place)")
				continue
			}
		}
		alone, err := w.nameAlone(key, english)
		if err != nil {
			return 0, nil, err
		}
		if alone {
			alone = false
			words := strings.Fields(key)
			for _, word := range words {
				if english[word] || voc.genre(word) || unicode.IsDigit([]rune(word)[0]) || len(words) == 1 && (len([]rune(word)) < 4 || voc.near(word) || voc.capitalised(word)) {
					continue
				}
				n, err := w.senses(word)
				if err != nil {
					return 0, nil, err
				}
				named := n == 0
				if !named {
					if named, err = w.namesEntity(word); err != nil {
						return 0, nil, err
					}
				}
				if named {
					alone = true
					break
				}
			}
		}
		a.alone = alone
		artists[key] = a
		added++
	}
	return added, left, nil
}

// place reports whether WordNet holds a phrase as a place in one of its
// senses as a noun (noun.location: "seattle", "united states",
// "washington").
func (w *wordNet) place(phrase string) (bool, error) {
	idx, err := w.loadIndex("n")
	if err != nil {
		return false, err
	}
	for _, off := range idx[strings.ReplaceAll(phrase, " ", "_")] {
		s, err := w.readSynset("n", off)
		if err != nil {
			return false, err
		}
		if s.lexFile == "15" {
			return true, nil
		}
	}
	return false, nil
}

// namesEntity reports whether a phrase's first sense is a named person or
// group (an instance of noun.person or noun.group: "elvis presley",
// "beatles") and it has no sense as a verb, adjective or adverb: then it
// is a name, as a musician's surname is when WordNet's first sense of it
// is the musician.
func (w *wordNet) namesEntity(phrase string) (bool, error) {
	key := strings.ReplaceAll(phrase, " ", "_")
	for _, pos := range []string{"v", "a", "r"} {
		idx, err := w.loadIndex(pos)
		if err != nil {
			return false, err
		}
		if len(idx[key]) > 0 {
			return false, nil
		}
	}
	idx, err := w.loadIndex("n")
	if err != nil {
		return false, err
	}
	offs := idx[key]
	if len(offs) == 0 {
		return false, nil
	}
	s, err := w.readSynset("n", offs[0])
	if err != nil {
		return false, err
	}
	if s.lexFile != "18" && s.lexFile != "14" {
		return false, nil
	}
	for _, p := range s.ptrs {
		if p.symbol == "@i" {
			return true, nil
		}
	}
	return false, nil
}

// renderArtists writes the artists and the pages they cite.
func renderArtists(artists map[string]artist, sources map[string]string) []byte {
	var b bytes.Buffer
	b.WriteString("\n")
	m := map[string]string{}
	for k, a := range artists {
		if strings.ContainsAny(k+a.name, "`\t\n|") {
			panic(fmt.Sprintf("artist name %q has a character artistLines cannot hold", a.name))
		}
		when := "named"
		if a.likeOnly {
			when = "like only"
		} else if !a.alone {
			when = "after like"
		}
		m[k] = a.name + "|" + strings.Join(a.genres, "/") + "|" + when + "|" + strings.Join(a.sources, " ")
	}
	// One line a name, "name\tvalue", in a raw string: a map literal of
	// sixteen thousand entries would be half again as long with gofmt's
	// alignment.
	b.WriteString("// artistLines holds the table of well-known artists (gen/artists.txt: every artist of Wikipedia's list of best-selling music artists; gen/artists-bygenre.txt: every artist of Wikipedia's lists of musicians by genre that the first lacks), one line a name: the name lowercase and without a leading \"the\", a tab, and \"Name|genre/genre|when|sources\": three genres of the tree the lists give them (the page's first three for artists.txt, the three that agree most for the lists: coherentGenres), whether the name is read wherever it is said (\"named\"), only where a name is expected (\"after like\": after \"like\", before \"style\", capitalised) or, a word the reader reads otherwise, only where the request says a name follows (\"like only\": after \"like\", before \"style\"), and the keys of the pages cited (artistSources). artistTable reads it.\nconst artistLines = `\n")
	for _, k := range sortedKeys(m) {
		b.WriteString(k + "\t" + m[k] + "\n")
	}
	b.WriteString("`\n\n")
	writeMap(&b, "artistSources", "artistSources maps the source keys of artistLines to the pages the facts were taken from.", sources)
	return b.Bytes()
}

// coherentGenres keeps three of the genres the lists give an artist: the
// lists are read in the order of their titles, which says nothing of the
// artist, so the genres kept are those most of the artist's other genres
// share a branch of the tree with (Amy Winehouse's blue-eyed soul, r&b
// and soul before the alternative rock of a radio format's list), in the
// lists' order among equals.
func coherentGenres(genres []string, parents map[string]string) []string {
	root := func(g string) string {
		for seen := 0; parents[g] != "" && seen < 20; seen++ {
			g = parents[g]
		}
		return g
	}
	branch := map[string]int{}
	for _, g := range genres {
		branch[root(g)]++
	}
	out := slices.Clone(genres)
	slices.SortStableFunc(out, func(a, b string) int { return branch[root(b)] - branch[root(a)] })
	return out[:min(3, len(out))]
}
