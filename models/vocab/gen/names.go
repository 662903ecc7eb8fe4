package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// musicianRoots are the WordNet noun lemmas whose kinds are people who
// make music: a WordNet person (an instance, noun.person) of one of them
// is a musician ("Miles Davis": jazz musician; "Chopin": composer,
// pianist).
var musicianRoots = []string{"musician", "singer", "composer", "songwriter", "conductor", "rapper"}

// glossNotGenres are words of WordNet's glosses that name a genre of the
// tree only by accident ("other", "son of", "instrumental music", which
// says the instruments, not a genre), found on review of the
// generated table; they are not read as genres.
var glossNotGenres = map[string]bool{"other": true, "son": true, "instrumental": true}

// musician is one WordNet musician as the vocabulary keeps it: the name as
// written, and the genres and instruments that WordNet's gloss and kinds
// name ("United States jazz musician; noted for his trumpet style").
type musician struct {
	name        string
	genres      []string
	instruments []string
	// alone is whether the name is read wherever it is said: a full name,
	// or a surname whose first noun sense is the musician ("mozart");
	// otherwise only after "like" or before "style" ("chopin", whose
	// first sense is a shoe; "davis").
	alone bool
}

// musicians returns the musicians WordNet records (instances of the kinds
// of musicianRoots), keyed by each of their names of at most four words,
// lowercase: full names ("miles davis", "billie holiday") always, a single
// surname ("chopin") only when the musician is the word's first noun sense
// (WordNet orders senses by frequency), so "davis" and "holiday" are not
// read as names, except where the request says a name follows ("like
// chopin", "chopin style"). Genres are the genres of the tree (or aliases) that the
// gloss or the kinds' lemmas name; instruments the instrument words of the
// vocabulary among them ("pianist" is piano).
func (w *wordNet) musicians(parents map[string]string, aliases map[string][]string, instruments map[string]string) (map[string]musician, error) {
	idx, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	var todo []int64
	for _, r := range musicianRoots {
		offs := idx[r]
		if r != "musician" && len(offs) > 1 {
			offs = offs[:1] // "conductor" 1 is the music director; other senses are not musicians
		}
		todo = append(todo, offs...)
	}
	kinds, err := w.hyponyms(todo)
	if err != nil {
		return nil, err
	}
	composer := int64(-1)
	if offs := idx["composer"]; len(offs) > 0 {
		composer = offs[0]
	}
	f, err := os.Open(w.dir + "/data.noun")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	given, err := w.givenNames()
	if err != nil {
		return nil, err
	}
	out := map[string]musician{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") || !strings.Contains(line, " @i ") {
			continue
		}
		head, gloss, _ := strings.Cut(line, " | ")
		fs := strings.Fields(head)
		if len(fs) < 4 || fs[1] != "18" {
			continue // not noun.person
		}
		off, _ := strconv.ParseInt(fs[0], 10, 64)
		s, err := w.readSynset("n", off)
		if err != nil {
			return nil, err
		}
		var kindLemmas []string
		// A composer is an instance of composer whose every kind is a
		// kind of musician: not Noel Coward, dramatist and actor too.
		isMusician, isComposer, onlyMusician := false, false, true
		for _, p := range s.ptrs {
			if p.symbol != "@i" {
				continue
			}
			if kinds[p.offset] {
				isMusician = true
			} else {
				onlyMusician = false
			}
			isComposer = isComposer || p.offset == composer
			k, err := w.readSynset("n", p.offset)
			if err != nil {
				return nil, err
			}
			kindLemmas = append(kindLemmas, k.lemmas...)
		}
		if !isMusician {
			continue
		}
		text := strings.ToLower(gloss + " " + strings.ReplaceAll(strings.Join(kindLemmas, " "), "_", " "))
		var m musician
		m.genres = namedIn(text, func(p string) []string {
			if glossNotGenres[p] {
				return nil
			}
			if _, ok := parents[p]; ok {
				return []string{p}
			}
			return aliases[p]
		})
		if len(m.genres) == 0 && onlyMusician {
			m.genres = artMusicGenres(gloss, kindLemmas, isComposer)
		}
		m.instruments = namedIn(text, func(p string) []string {
			if in, ok := instruments[p]; ok {
				return []string{in}
			}
			return nil
		})
		for _, l := range s.lemmas {
			key := strings.ToLower(strings.ReplaceAll(l, "_", " "))
			if j := strings.IndexByte(key, '('); j > 0 {
				key = strings.TrimSpace(key[:j])
			}
			if strings.Count(key, " ") > 3 || strings.ContainsAny(key, ".0123456789") {
				continue
			}
			named := m
			named.name = strings.TrimSpace(strings.Split(strings.ReplaceAll(l, "_", " "), "(")[0])
			named.alone = strings.Contains(key, " ")
			if !named.alone {
				offs := idx[key]
				named.alone = len(offs) > 0 && (offs[0] == off || w.musicOf(offs[0], key)) && !pluralOfNoun(idx, key) && !given[key]
			}
			if old, ok := out[key]; ok && (old.alone || !named.alone) {
				continue // the first musician of a name keeps it
			}
			out[key] = named
		}
	}
	return out, sc.Err()
}

// classicalEra is the year before which a composer WordNet gives no genre
// was born to write art music: the genres of popular music (ragtime,
// blues, jazz, which the glosses of their composers name) came after it.
const classicalEra = 1900

// voiceTypes are the kinds of singer WordNet names by the voice types of
// classical singing: a singer of one sings opera ("Caruso": tenor).
var voiceTypes = map[string]bool{"soprano": true, "tenor": true, "baritone": true, "contralto": true, "coloratura": true, "mezzo-soprano": true, "basso": true}

// recitalists are the kinds of player whose glosses without a genre, before
// popular music's genres, are players of art music ("Casals": cellist).
var recitalists = map[string]bool{"pianist": true, "violinist": true, "cellist": true, "organist": true, "harpsichordist": true, "violist": true}

// artMusicGenres returns the genre of art music a WordNet musician whose
// gloss names no genre plays, from the kinds WordNet files the musician
// under and the dates of the gloss: a singer of a classical voice type
// or called operatic sings opera ("Italian operatic tenor"); a conductor
// leads an orchestra ("Italian conductor of many orchestras"); a composer,
// or a pianist, violinist, cellist or organist, born before popular
// music's genres writes or plays classical music ("Russian composer and
// pianist (1873-1943)"). Otherwise nil: a singer or player without those
// marks may be of any genre.
func artMusicGenres(gloss string, kinds []string, composer bool) []string {
	recitalist := false
	for _, k := range kinds {
		k = strings.ToLower(k)
		switch {
		case voiceTypes[k]:
			return []string{"opera"}
		case k == "conductor":
			return []string{"classical"}
		case recitalists[k]:
			recitalist = true
		}
	}
	if strings.Contains(strings.ToLower(gloss), "operatic") {
		return []string{"opera"}
	}
	if (composer || recitalist) && bornBefore(gloss, classicalEra) {
		return []string{"classical"}
	}
	return nil
}

// bornBefore reports whether a WordNet gloss's dates, the last
// parenthesis ("(1873-1943)", "(born in 1930)"), start before year.
func bornBefore(gloss string, year int) bool {
	open := strings.LastIndexByte(gloss, '(')
	if open < 0 {
		return false
	}
	for _, f := range strings.FieldsFunc(gloss[open:], func(r rune) bool { return r < '0' || r > '9' }) {
		if len(f) == 4 {
			y, _ := strconv.Atoi(f)
			return y < year
		}
	}
	return false
}

// givenNames returns the first words of WordNet's people's names of
// several words, lowercase ("walter" of Walter Scott, "norman" of Norman
// Mailer): a surname that is also a given name ("Walter", Bruno Walter)
// is a name only where a name is expected, not in "songs for my friend
// walter".
func (w *wordNet) givenNames() (map[string]bool, error) {
	f, err := os.Open(w.dir + "/data.noun")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), " ") {
			continue // the licence
		}
		s, err := parseSynset(sc.Bytes())
		if err != nil {
			return nil, err
		}
		if s.lexFile != "18" {
			continue // not noun.person
		}
		for _, lemma := range s.lemmas {
			// Only names of capitalised words: "Strauss_the_Elder" is
			// not a given name and a surname.
			parts := strings.Split(lemma, "_")
			if len(parts) > 1 && !strings.HasSuffix(parts[0], ".") && !slices.ContainsFunc(parts, func(p string) bool { return p == "" || p[0] < 'A' || p[0] > 'Z' }) {
				out[strings.ToLower(parts[0])] = true
			}
		}
	}
	return out, sc.Err()
}

// pluralOfNoun reports whether a word is the plural of a common noun of
// WordNet ("sessions", Roger Sessions's surname, is the plural of
// "session"): a surname that is one is a name only where a name is
// expected, not in "long writing sessions".
func pluralOfNoun(idx map[string][]int64, w string) bool {
	for _, suffix := range []string{"s", "es"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && len(idx[stem]) > 0 {
			return true
		}
	}
	return false
}

// musicOf reports whether the noun synset at off is the music of the
// musician a lowercase surname names ("Chopin": "the music of Chopin"),
// which WordNet puts first when texts say the name for the music: the
// surname then names the musician wherever it is said.
func (w *wordNet) musicOf(off int64, surname string) bool {
	gloss, err := w.readSynsetGloss("n", off)
	return err == nil && strings.HasPrefix(strings.ToLower(gloss), "the music of "+surname)
}

// namedIn returns what lookup finds for the phrases of one to three words
// of text, longest first, each word used once, in order of appearance.
func namedIn(text string, lookup func(string) []string) []string {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-' || r == '&')
	})
	var out []string
	for i := 0; i < len(words); i++ {
		for n := min(3, len(words)-i); n >= 1; n-- {
			found := lookup(strings.Join(words[i:i+n], " "))
			if len(found) == 0 {
				continue
			}
			for _, g := range found {
				if !contains(out, g) {
					out = append(out, g)
				}
			}
			i += n - 1
			break
		}
	}
	return out
}

// properNouns returns the words that the SCOWL English word list (Debian's
// wamerican, /usr/share/dict/american-english) holds only capitalised and
// WordNet holds as no common lemma: names of people and places ("brian",
// "kenny", "chopin"), lowercase. A word next to one is taken as part of a
// name, never as a misspelling.
func (w *wordNet) properNouns(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lower, caps := map[string]bool{}, map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.ContainsAny(l, "'") {
			continue
		}
		if strings.ToLower(l) == l {
			lower[l] = true
		} else if l[1:] == strings.ToLower(l[1:]) {
			caps[strings.ToLower(l)] = true
		}
	}
	var out []string
	for c := range caps {
		if lower[c] || len(c) < 3 {
			continue
		}
		n, err := w.senses(c)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out, nil
}

// renderNames writes the musicians and the proper nouns.
func renderNames(ms map[string]musician, proper []string) []byte {
	var b strings.Builder
	b.WriteString("\n// musicianTable maps the names of musicians WordNet records (instances of musician, singer, composer, songwriter, conductor, rapper) onto \"Name|genre/genre|instrument/instrument|when\": the genres and instruments named by WordNet's gloss and kinds, and whether the name is read wherever it is said (\"named\") or only after \"like\" and before \"style\".\n")
	b.WriteString("var musicianTable = map[string]string{\n")
	for _, k := range sortedKeys(ms) {
		m := ms[k]
		alone := "named"
		if !m.alone {
			alone = "after like"
		}
		fmt.Fprintf(&b, "\t%q: %q,\n", k, m.name+"|"+strings.Join(m.genres, "/")+"|"+strings.Join(m.instruments, "/")+"|"+alone)
	}
	b.WriteString("}\n\n")
	b.WriteString("// properNouns are the words the SCOWL word list (Debian wamerican; Copyright 2000-2011 by Kevin Atkinson, see Sources) holds only capitalised and WordNet holds as no common lemma: names.\n")
	b.WriteString("var properNouns = `")
	line := 0
	for i, p := range proper {
		if i > 0 {
			if line+len(p) > 110 {
				b.WriteString("\n")
				line = 0
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString(p)
		line += len(p) + 1
	}
	b.WriteString("`\n")
	return []byte(b.String())
}
