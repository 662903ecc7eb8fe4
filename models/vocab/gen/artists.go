package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// artist is one artist of artists.txt as the vocabulary keeps it: the name
// as the page writes it, its first three genres of the tree, whether the
// name is read wherever it is said, and the keys of the pages it cites.
type artist struct {
	name    string
	genres  []string
	alone   bool
	sources []string
}

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
// mapped, a mapping onto a genre the tree lacks, an undeclared source or a
// name twice is an error. The result is keyed by artistKey and, for a name
// with marks, by its folded key too, and for a name with "&" by its key
// with "and".
func readArtists(path string, parents map[string]string) (map[string]artist, map[string]string, error) {
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
			if tree != "-" && !contains(a.genres, tree) && len(a.genres) < 3 {
				a.genres = append(a.genres, tree)
			}
		}
		if len(a.genres) == 0 {
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
// at all, only as a name ("rihanna", "metallica", "u2", "beatles"). A name that is an English word ("queen", "journey", "chicago",
// "eagles") is read only where a name is expected.
func (w *wordNet) artistsAlone(artists map[string]artist, scowl []string) error {
	english := map[string]bool{}
	for _, s := range scowl {
		english[s] = true
	}
	for key, a := range artists {
		words := strings.Fields(key)
		forms := []string{key}
		last := words[len(words)-1]
		for _, suf := range [][2]string{{"s", ""}, {"es", ""}, {"ies", "y"}} {
			if s, ok := strings.CutSuffix(last, suf[0]); ok && s != "" {
				forms = append(forms, strings.Join(append(append([]string{}, words[:len(words)-1]...), s+suf[1]), " "))
			}
		}
		word := false
		for _, f := range forms {
			for _, v := range []string{f, strings.Replace(f, " ", "-", 1)} {
				if len(words) == 1 && english[v] {
					word = true
				}
				n, err := w.senses(v)
				if err != nil {
					return err
				}
				if n == 0 {
					continue
				}
				named, err := w.namesEntity(v)
				if err != nil {
					return err
				}
				if !named {
					word = true
				}
			}
		}
		a.alone = !word
		artists[key] = a
	}
	return nil
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
		when := "named"
		if !a.alone {
			when = "after like"
		}
		m[k] = a.name + "|" + strings.Join(a.genres, "/") + "|" + when + "|" + strings.Join(a.sources, " ")
	}
	writeMap(&b, "artistTable", "artistTable maps the names of well-known artists (gen/artists.txt: every artist of Wikipedia's list of best-selling music artists), lowercase and without a leading \"the\", onto \"Name|genre/genre|when|sources\": the first three genres of the tree the list gives them, whether the name is read wherever it is said (\"named\") or only where a name is expected (\"after like\"), and the keys of the pages cited (artistSources).", m)
	writeMap(&b, "artistSources", "artistSources maps the source keys of artistTable to the pages the facts were taken from.", sources)
	return b.Bytes()
}
