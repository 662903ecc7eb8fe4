package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// degreeGloss matches the gloss of an adverb sense that says how much, not
// what: "to an extreme degree" (super, extremely), "used as intensifiers"
// (real, really), "to a moderately sufficient extent" (pretty, somewhat),
// "as much as necessary" (enough).
var degreeGloss = regexp.MustCompile(`\b(degree|extent|intensifiers?|intensify|as much as)\b`)

// degreeWords returns the one-word lemmas of WordNet that have an adverb
// sense whose gloss is of degree (degreeGloss), whatever other parts of
// speech they have ("super", "real", "whole", "pretty", "enough",
// "slightly"): before or after a word they say how much of it, and ask for
// nothing of their own.
func (w *wordNet) degreeWords() ([]string, error) {
	idx, err := w.loadIndex("r")
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(w.dir, "data.adv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	for word, offs := range idx {
		if strings.ContainsAny(word, "_-.'") {
			continue
		}
		for _, off := range offs {
			buf := make([]byte, 4096)
			k, _ := f.ReadAt(buf, off)
			line, _, _ := strings.Cut(string(buf[:k]), "\n")
			_, gloss, _ := strings.Cut(line, " | ")
			// The definition only, not the examples in quotes.
			def, _, _ := strings.Cut(gloss, "\"")
			if degreeGloss.MatchString(def) {
				out = append(out, word)
				break
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// morphyRules are WordNet's detachment rules (morphy(7WN)): the suffixes
// of inflected nouns, verbs and adjectives and what replaces each.
var morphyRules = [][2]string{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"},
	{"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
	{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}

// lemmasOf returns the WordNet lemmas of an inflected form by morphy's
// exception lists and detachment rules, with a doubled final consonant
// undone ("getting", "stopped"), excluding the form itself.
func (w *wordNet) lemmasOf(form string, lemmas map[string]bool, exc map[string][]string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(l string) {
		if l != form && lemmas[l] && !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	for _, l := range exc[form] {
		add(l)
	}
	for _, r := range morphyRules {
		if !strings.HasSuffix(form, r[0]) {
			continue
		}
		base := strings.TrimSuffix(form, r[0]) + r[1]
		add(base)
		if r[1] == "" && len(base) >= 3 && base[len(base)-1] == base[len(base)-2] && (r[0] == "ing" || r[0] == "ed" || r[0] == "er" || r[0] == "est") {
			add(base[:len(base)-1])
		}
	}
	sort.Strings(out)
	return out
}

// grammarForms returns the inflected forms in SCOWL's list (scowl) whose
// WordNet lemmas are all one word of grammar (the reader's function and
// filler words, grammar): "gets", "keeps", "goes", "staying", "helps"
// ask for no more than "get", "keep", "go". A form with a second lemma
// ("leaves": leave and leaf) or that is a WordNet lemma itself is left
// out.
func (w *wordNet) grammarForms(scowl []string, grammar map[string]bool) (map[string]string, error) {
	lemmas, exc, err := w.morphology()
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, form := range scowl {
		if lemmas[form] || grammar[form] {
			continue
		}
		ls := w.lemmasOf(form, lemmas, exc)
		if len(ls) == 1 && grammar[ls[0]] {
			out[form] = ls[0]
		}
	}
	return out, nil
}

// morphology returns WordNet's lemmas of every part of speech and
// morphy's exception lists (an irregular form: its lemmas), which
// lemmasOf reads.
func (w *wordNet) morphology() (map[string]bool, map[string][]string, error) {
	lemmas := map[string]bool{}
	for _, pos := range []string{"n", "v", "a", "r"} {
		idx, err := w.loadIndex(pos)
		if err != nil {
			return nil, nil, err
		}
		for k := range idx {
			lemmas[k] = true
		}
	}
	exc := map[string][]string{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		e, err := w.exceptions(pos)
		if err != nil {
			return nil, nil, err
		}
		for form, ls := range e {
			exc[form] = append(exc[form], ls...)
		}
	}
	return lemmas, exc, nil
}

// renderMorph writes the degree words and the grammar words' forms.
func renderMorph(degree []string, forms map[string]string) []byte {
	var b bytes.Buffer
	b.WriteString("\n// degreeWordList holds WordNet's words with an adverb sense of degree (\"to an extreme degree\", \"used as intensifiers\"): they say how much, and ask for nothing of their own.\n")
	b.WriteString("var degreeWordList = " + strconv.Quote(strings.Join(degree, "|")) + "\n\n")
	writeMap(&b, "grammarFormTable", "grammarFormTable maps the inflected forms of SCOWL's list whose only WordNet lemma (morphy's exceptions and detachment rules) is one of the reader's grammar or filler words onto it (\"gets\": get).", forms)
	return b.Bytes()
}

// closedGenreNames returns the names of the tree's genres and the aliases
// of several words written closed up, without their spaces and hyphens
// ("bossanova", "triphop", "drumandbass"), each with the name it stands
// for, when the closed form is no English word of WordNet or SCOWL, no
// genre or alias already, and stands for one genre only.
func (w *wordNet) closedGenreNames(parents map[string]string, aliases map[string][]string, scowl []string) (map[string]string, error) {
	english := map[string]bool{}
	for _, s := range scowl {
		english[s] = true
	}
	for _, pos := range []string{"n", "v", "a", "r"} {
		idx, err := w.loadIndex(pos)
		if err != nil {
			return nil, err
		}
		for k := range idx {
			english[k] = true
		}
	}
	out, ambiguous := map[string]string{}, map[string]bool{}
	consider := func(name string) {
		if !strings.ContainsAny(name, " -") {
			return
		}
		c := closedUp.Replace(name)
		_, genre := parents[c]
		_, alias := aliases[c]
		if len(c) < 5 || english[c] || genre || alias || strings.ContainsAny(c, "&'.") {
			return
		}
		// A name and its alias written another way ("trip hop",
		// "trip-hop") close up alike and mean the same.
		if gs := aliases[name]; len(gs) == 1 {
			name = gs[0]
		}
		if old, ok := out[c]; ok && old != name {
			ambiguous[c] = true
		}
		out[c] = name
	}
	for _, g := range sortedKeys(parents) {
		consider(g)
	}
	for _, a := range sortedKeys(aliases) {
		consider(a)
	}
	for c := range ambiguous {
		delete(out, c)
	}
	return out, nil
}

// moodVerbs returns WordNet's verbs of several words whose first word is
// a one-word mood of the vocabulary (moods) and whose first sense's gloss
// holds no mood word: there the word is the verb, not the mood ("warm
// up", the engine or the muscles; "warm to", to become excited about).
// Those whose gloss keeps a mood ("chill out" and "calm down", "become
// quiet or calm"; "cheer up") are left out.
func (w *wordNet) moodVerbs(moods map[string]string) ([]string, error) {
	idx, err := w.loadIndex("v")
	if err != nil {
		return nil, err
	}
	var out []string
	for lemma, offs := range idx {
		first, rest, ok := strings.Cut(lemma, "_")
		mood := moods[first]
		if !ok || rest == "" || mood == "" || len(offs) == 0 {
			continue
		}
		s, err := w.readSynsetGloss("v", offs[0])
		if err != nil {
			return nil, err
		}
		if !definedByMood(s, moods) { // "chill out": "become quiet or calm"
			out = append(out, strings.ReplaceAll(lemma, "_", " "))
		}
	}
	sort.Strings(out)
	return out, nil
}

// definedByMood reports whether a gloss's definition (before its first
// quoted example) holds a word of the moods.
func definedByMood(gloss string, moods map[string]string) bool {
	def, _, _ := strings.Cut(gloss, "\"")
	for _, g := range strings.FieldsFunc(strings.ToLower(def), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if moods[g] != "" {
			return true
		}
	}
	return false
}

// readSynsetGloss returns the gloss of the synset at offset of a part of
// speech.
func (w *wordNet) readSynsetGloss(pos string, off int64) (string, error) {
	f, err := os.Open(filepath.Join(w.dir, "data."+posFile[pos]))
	if err != nil {
		return "", err
	}
	defer f.Close()
	buf := make([]byte, 8192)
	k, _ := f.ReadAt(buf, off)
	line, _, _ := strings.Cut(string(buf[:k]), "\n")
	_, gloss, _ := strings.Cut(line, " | ")
	return gloss, nil
}

// spacedGenreNames returns the names of the tree's hyphenated genres and
// aliases written apart ("dance punk" for dance-punk, "post punk" for
// post-punk), as people type them, each mapped to the genre it names.
// Only a name one of whose words is itself a genre is kept, so that the
// spaced form reads as a kind of that genre ("stand up", "go go", "jump
// up" are left out), and none that WordNet holds as a phrase of its own
// or that another entry already names.
func (w *wordNet) spacedGenreNames(parents map[string]string, aliases map[string][]string) (map[string]string, error) {
	phrases := map[string]bool{}
	for _, pos := range []string{"n", "v", "a", "r"} {
		idx, err := w.loadIndex(pos)
		if err != nil {
			return nil, err
		}
		for k := range idx {
			if strings.Contains(k, "_") {
				phrases[strings.ReplaceAll(k, "_", " ")] = true
			}
		}
	}
	isGenreWord := func(word string) bool {
		_, genre := parents[word]
		_, alias := aliases[word]
		return genre || alias
	}
	out := map[string]string{}
	consider := func(name, genre string) {
		if !strings.Contains(name, "-") {
			return
		}
		spaced := strings.ReplaceAll(name, "-", " ")
		_, isGenre := parents[spaced]
		_, isAlias := aliases[spaced]
		if isGenre || isAlias || phrases[spaced] || strings.ContainsAny(spaced, "&'.") {
			return
		}
		if !slices.ContainsFunc(strings.Fields(spaced), isGenreWord) {
			return
		}
		out[spaced] = genre
	}
	for _, g := range sortedKeys(parents) {
		consider(g, g)
	}
	for _, a := range sortedKeys(aliases) {
		if gs := aliases[a]; len(gs) == 1 {
			consider(a, gs[0])
		}
	}
	return out, nil
}
