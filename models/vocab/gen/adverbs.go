package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/kljensen/snowball/english"
)

// adverbs returns WordNet's adverbs of one word that WordNet holds as no
// other part of speech ("mostly", "softly", "suddenly"), each with the
// adjective its first sense pertains to ("softly" to soft, "slowly" to
// slow), or "" when it has none ("mostly", "somehow"). The reader reads
// an adverb as its adjective when it reads that, and otherwise as a word
// that says how, not what: no music of its own.
func (w *wordNet) adverbs() (map[string]string, error) {
	others := map[string]bool{}
	for _, pos := range []string{"n", "v", "a"} {
		idx, err := w.loadIndex(pos)
		if err != nil {
			return nil, err
		}
		for k := range idx {
			others[k] = true
		}
	}
	idx, err := w.loadIndex("r")
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for word, offs := range idx {
		if others[word] || strings.ContainsAny(word, "_-.'") || len(offs) == 0 {
			continue
		}
		adj, err := w.pertainym(word, offs)
		if err != nil {
			return nil, err
		}
		out[word] = adj
	}
	return out, nil
}

// pertainym returns the adjective the first sense of an adverb that has
// one derives from, read from the lexical "\" pointers of data.adv.
func (w *wordNet) pertainym(word string, offs []int64) (string, error) {
	f, err := os.Open(filepath.Join(w.dir, "data.adv"))
	if err != nil {
		return "", err
	}
	defer f.Close()
	for _, off := range offs {
		buf := make([]byte, 4096)
		k, _ := f.ReadAt(buf, off)
		line, _, _ := strings.Cut(string(buf[:k]), "\n")
		head, _, _ := strings.Cut(line, " | ")
		fs := strings.Fields(head)
		if len(fs) < 4 {
			continue
		}
		n, _ := strconv.ParseInt(fs[3], 16, 32)
		self := 0
		for i := 0; i < int(n); i++ {
			if strings.EqualFold(fs[4+2*i], word) {
				self = i + 1
			}
		}
		p := 4 + 2*int(n)
		if p >= len(fs) {
			continue
		}
		np, _ := strconv.Atoi(fs[p])
		for j := 0; j < np && p+4+4*j < len(fs); j++ {
			q := fs[p+1+4*j : p+5+4*j]
			src, _ := strconv.ParseInt(q[3][:2], 16, 32)
			tgt, _ := strconv.ParseInt(q[3][2:], 16, 32)
			if q[0] != `\` || int(src) != self || tgt == 0 {
				continue
			}
			o, _ := strconv.ParseInt(q[1], 10, 64)
			s, err := w.readSynset("a", o)
			if err != nil {
				return "", err
			}
			if int(tgt) <= len(s.lemmas) {
				if lw := lemmaWord(s.lemmas[tgt-1]); lw != "" {
					return lw, nil
				}
			}
		}
	}
	return "", nil
}

// renderAdverbs writes the adverbs.
func renderAdverbs(adv map[string]string) []byte {
	var b bytes.Buffer
	b.WriteString("\n")
	writeMap(&b, "adverbTable", "adverbTable maps WordNet's one-word adverbs that are no other part of speech onto the adjective their first sense with one pertains to (\"softly\": soft), or \"\".", adv)
	return b.Bytes()
}

// phrasalVerbs returns WordNet's verbs of several words whose first word
// is a one-word setting of the vocabulary ("fall asleep", "fall in love",
// "rain down"), lowercase with spaces: there the word is the verb, not the
// setting ("to fall asleep" is not autumn).
func (w *wordNet) phrasalVerbs(settings map[string]string) ([]string, error) {
	idx, err := w.loadIndex("v")
	if err != nil {
		return nil, err
	}
	var out []string
	for lemma := range idx {
		first, rest, ok := strings.Cut(lemma, "_")
		if !ok || rest == "" {
			continue
		}
		if _, isSetting := settings[first]; isSetting {
			out = append(out, strings.ReplaceAll(lemma, "_", " "))
		}
	}
	sort.Strings(out)
	return out, nil
}

// compoundFiles are the lexicographer files of WordNet nouns that name
// things, places, events and food (noun.artifact, noun.event, noun.food,
// noun.location, noun.object, noun.phenomenon, noun.plant, noun.substance):
// a compound of them is not music, whatever its words.
var compoundFiles = map[string]bool{"06": true, "11": true, "13": true, "15": true, "17": true, "19": true, "20": true, "27": true}

// genreCompounds returns WordNet's nouns of two words, one of them a
// genre's name, that name a thing, place, event or food ("background
// noise", "house party", "beach house", "soul food") by their first
// sense: there the word is not the genre.
func (w *wordNet) genreCompounds(isGenre func(string) bool) ([]string, error) {
	idx, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	var out []string
	for lemma, offs := range idx {
		a, b, ok := strings.Cut(lemma, "_")
		if !ok || strings.Contains(b, "_") || len(offs) == 0 || isGenre(a+" "+b) || !isGenre(a) && !isGenre(b) {
			continue
		}
		s, err := w.readSynset("n", offs[0])
		if err != nil {
			return nil, err
		}
		if compoundFiles[s.lexFile] {
			out = append(out, a+" "+b)
		}
	}
	sort.Strings(out)
	return out, nil
}

// moodCompoundFiles are the lexicographer files of WordNet nouns that name
// a made thing, plant, animal, person, food, substance, part of the body,
// natural object, place, group or act (noun.artifact, noun.plant,
// noun.animal, noun.person, noun.food, noun.substance, noun.body,
// noun.object, noun.location, noun.group, noun.act): what a word of such a
// name says belongs to the name. Words, feelings, states, weather and
// times are left out: a "love song", a "gentle breeze" or a "happy hour"
// may still say how the music should feel.
var moodCompoundFiles = map[string]bool{"06": true, "20": true, "05": true, "18": true, "13": true, "27": true, "08": true, "17": true, "15": true, "14": true, "04": true}

// moodCompounds returns WordNet's nouns of two words whose first word is
// a word of the moods (a key of moods, or a word with a key's stem) and
// whose first sense names a thing, person, place or act
// (moodCompoundFiles) with a gloss that holds no word of the moods: "grim
// reaper", "soft drink", "bubble bath", "heavy lifting". There the word is
// part of a name, not said of the music ("love seat" is "a small sofa
// that seats two people"). A compound whose gloss holds a word of the
// moods is left out, as moodVerbs leaves out "chill out".
func (w *wordNet) moodCompounds(moods map[string]string) ([]string, error) {
	idx, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	stems := map[string]bool{}
	for k := range moods {
		if !strings.ContainsAny(k, " -") && len(k) >= 4 {
			stems[english.Stem(k, false)] = true
		}
	}
	isMood := func(word string) bool {
		return moods[word] != "" || len(word) >= 4 && stems[english.Stem(word, false)]
	}
	var out []string
	for lemma, offs := range idx {
		a, b, ok := strings.Cut(lemma, "_")
		if !ok || strings.Contains(b, "_") || len(offs) == 0 || !isMood(a) || !onlyLetters(a) || !onlyLetters(b) {
			continue
		}
		s, err := w.readSynset("n", offs[0])
		if err != nil {
			return nil, err
		}
		if !moodCompoundFiles[s.lexFile] {
			continue
		}
		gloss, err := w.readSynsetGloss("n", offs[0])
		if err != nil {
			return nil, err
		}
		if !definedByMood(gloss, moods) {
			out = append(out, a+" "+b)
		}
	}
	sort.Strings(out)
	return out, nil
}

// onlyLetters reports whether a word is made of the letters a to z alone.
func onlyLetters(word string) bool {
	return word != "" && strings.IndexFunc(word, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// satellites returns, for each mood seed word that heads one of WordNet's
// adjective clusters, the words of the cluster's satellites (adjectives
// WordNet files as similar to the head: "energizing" to dynamic), each
// with at most maxSenses senses: a satellite means a kind of its head, so
// it reads as the head's mood. The expansion of a seed takes a cluster's
// satellites only when it has at most maxSimilar; this takes them from the
// satellite's side, one word at a time.
func (w *wordNet) satellites(moodSeeds []seed) (map[string]string, error) {
	idx, err := w.loadIndex("a")
	if err != nil {
		return nil, err
	}
	// The seeds' own synsets: the head must be one of them; the first seed
	// of seeds.txt to hold a synset gives its mood.
	heads := map[int64]string{}
	for _, sd := range moodSeeds {
		offs := idx[strings.ReplaceAll(sd.word, " ", "_")]
		for _, o := range offs[:min(sd.senses, len(offs))] {
			if _, ok := heads[o]; !ok {
				heads[o] = sd.target
			}
		}
	}
	f, err := os.Open(filepath.Join(w.dir, "data.adj"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		fs := strings.Fields(line)
		if strings.HasPrefix(line, " ") || len(fs) < 4 || fs[2] != "s" {
			continue
		}
		off, _ := strconv.ParseInt(fs[0], 10, 64)
		s, err := w.readSynset("s", off)
		if err != nil {
			return nil, err
		}
		mood := ""
		for _, p := range s.ptrs {
			if p.symbol != "&" {
				continue
			}
			if m, ok := heads[p.offset]; ok && mood == "" {
				mood = m
			}
		}
		if mood == "" {
			continue
		}
		for _, l := range s.lemmas {
			lw := lemmaWord(l)
			if lw == "" {
				continue
			}
			n, err := w.senses(lw)
			if err != nil {
				return nil, err
			}
			if n <= maxSenses {
				out[lw] = mood
			}
		}
	}
	return out, sc.Err()
}

// comparatives returns WordNet's irregular comparative and superlative
// adjectives (adj.exc: "sadder" sad, "happier" happy) whose base the
// vocabulary or the reader knows; the regular ones ("darker", "chiller")
// the reader finds by WordNet's rules for adjectives (morphy: -er, -est,
// -r, -st).
func (w *wordNet) comparatives(known map[string]bool) (map[string]string, error) {
	data, err := os.ReadFile(filepath.Join(w.dir, "adj.exc"))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && known[f[1]] && !strings.Contains(f[0], "_") {
			out[f[0]] = f[1]
		}
	}
	return out, nil
}

// pieceRoots are the WordNet nouns, first sense, whose synonyms and kinds
// name pieces of music as "songs" and "tunes" do: melody, aria, prelude.
var pieceRoots = []string{"tune", "song", "musical_composition"}

// pieces returns the lemmas of the first synsets of pieceRoots and of
// their kinds one level down, lowercase: words for a piece of music, which
// ask for nothing more than the word "songs" does unless the reader reads
// them otherwise ("lullaby" is for sleeping, "anthem" epic).
func (w *wordNet) pieces() ([]string, error) {
	idx, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	add := func(s synset) {
		for _, l := range s.lemmas {
			if lw := lemmaWord(l); lw != "" && !seen[lw] {
				seen[lw] = true
				out = append(out, lw)
			}
		}
	}
	for _, r := range pieceRoots {
		offs := idx[r]
		if len(offs) == 0 {
			return nil, fmt.Errorf("WordNet has no noun %q", r)
		}
		s, err := w.readSynset("n", offs[0])
		if err != nil {
			return nil, err
		}
		add(s)
		for _, p := range s.ptrs {
			if p.symbol != "~" {
				continue
			}
			k, err := w.readSynset("n", p.offset)
			if err != nil {
				return nil, err
			}
			add(k)
		}
	}
	sort.Strings(out)
	return out, nil
}
