package main

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// The words of music itself that WordNet's structure gives a meaning the
// reader can use: the people and voices that sing, the registers of
// voices and instruments, and the loudness of a sound.
//
//   - Voices: every noun whose first sense lies below WordNet's singer
//     (singer/n1: "a person who sings") or singing voice (singing
//     voice/n1), at any depth, means the voice: "crooner", "tenor",
//     "soprano", "contralto", "diva". A word whose first sense is another
//     ("canary" and "thrush" are first birds) is left out.
//   - Registers: the adjectives WordNet files under the heads of the
//     attribute pitch (pitch/n1: high and low "used of sounds and
//     voices"): "tenor" and "alto" ("of a musical instrument"), "soprano",
//     "baritone", "bass", "falsetto", "throaty". Said before an
//     instrument ("tenor sax", "baritone guitar", "throaty vocals") such
//     a word says which member of the instrument's family it is, so the
//     phrase is the instrument.
//   - Speed: the adjectives WordNet files under the heads of the
//     attribute speed (swiftness/n1, speed/n2: fast and slow, "acting or moving
//     quickly" and "not moving quickly"): "fast-paced", "swift",
//     "sluggish", "slow-moving" prefer the tempo of their head, as the
//     reader's "fast" and "slow" do, as idioms citing speedSource.
//   - Loudness: the adjectives WordNet files under the heads of the
//     attribute loudness (loudness/n1: loud, and soft "(of sound)
//     relatively low in volume"): "blaring", "thunderous" are loud,
//     "subdued", "muted", "hushed", "whispering" soft. Each is read as
//     the energy the reader gives its head (models' energyWords: loud
//     0.8, soft 0.25), as an idiom citing loudnessSource.

// voiceRoots are the synsets whose kinds are voices.
var voiceRoots = []struct {
	lemma string
	sense int
}{{"singer", 1}, {"singing_voice", 1}}

// strikeRoots are the synsets whose kinds are struck, nearest first:
// WordNet files the piano and the drum among the percussion instruments
// ("a musical instrument in which the sound is produced by one object
// striking another"), so a kind of piano ("baby grand", "spinet") is the
// piano, a kind of drum ("kettledrum", "steel drum") the drums, and the
// rest percussion ("cymbal", "gong", "castanets", "maraca").
var strikeRoots = []struct {
	lemma  string
	sense  int
	target string
}{{"piano", 1, "piano"}, {"drum", 1, "drums"}, {"percussion_instrument", 1, "percussion"}}

// headLevels are the energy levels of the heads of loudness: the levels
// models' energyWords gives "loud" and "soft" (a test of package models
// keeps them equal).
var headLevels = map[string]float64{"loud": 0.8, "soft": 0.25}

// voices returns the words whose first noun sense is a singer or a
// singing voice or one of their kinds, leaving out the words known
// reports (a table or a genre holds them) and those deny holds.
func (w *wordNet) voices(known func(string) bool, deny map[string]bool) ([]string, error) {
	return w.kindsBelow(voiceRoots, known, deny)
}

// struck returns the words whose first noun sense is a kind of an
// instrument of strikeRoots, each with the nearest root's instrument,
// less those known or denied.
func (w *wordNet) struck(known func(string) bool, deny map[string]bool) (map[string]string, error) {
	out := map[string]string{}
	for _, r := range strikeRoots {
		words, err := w.kindsBelow([]struct {
			lemma string
			sense int
		}{{r.lemma, r.sense}}, func(s string) bool { return known(s) || out[s] != "" }, deny)
		if err != nil {
			return nil, err
		}
		for _, word := range words {
			out[word] = r.target
		}
	}
	return out, nil
}

// kindsBelow returns the words whose first noun sense lies below one of
// the roots, less those known or denied.
func (w *wordNet) kindsBelow(roots []struct {
	lemma string
	sense int
}, known func(string) bool, deny map[string]bool) ([]string, error) {
	nouns, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	var todo []int64
	for _, r := range roots {
		offs := nouns[r.lemma]
		if len(offs) < r.sense {
			return nil, fmt.Errorf("%w noun %q sense %d", errNoLemma, r.lemma, r.sense)
		}
		todo = append(todo, offs[r.sense-1])
	}
	under, err := w.hyponyms(todo)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, lemma := range sortedKeys(nouns) {
		word := lemmaWord(lemma)
		if word == "" || !under[nouns[lemma][0]] || deny[word] || known(word) {
			continue
		}
		out = append(out, word)
	}
	return out, nil
}

// attributeHeads returns the adjective heads WordNet relates to the
// attribute noun lemma (its first sense) by the attribute pointer, with
// their satellites' words, head by head: the heads' own lemmas first.
// w.satelliteOf records the satellites' synsets.
func (w *wordNet) attributeHeads(lemma string) (map[string][]string, error) {
	if w.satelliteOf == nil {
		w.satelliteOf = map[int64]bool{}
	}
	nouns, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	offs := nouns[lemma]
	if len(offs) == 0 {
		return nil, fmt.Errorf("%w noun %q", errNoLemma, lemma)
	}
	attr, err := w.readSynset("n", offs[0])
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, p := range attr.ptrs {
		if p.symbol != "=" {
			continue
		}
		head, err := w.readSynset("a", p.offset)
		if err != nil {
			return nil, err
		}
		name := lemmaWord(head.lemmas[0])
		var words []string
		for _, l := range head.lemmas {
			if lw := lemmaWord(l); lw != "" {
				words = append(words, lw)
			}
		}
		for _, q := range head.ptrs {
			if q.symbol != "&" {
				continue
			}
			sat, err := w.readSynset("s", q.offset)
			if err != nil {
				return nil, err
			}
			w.satelliteOf[q.offset] = true
			for _, l := range sat.lemmas {
				if lw := lemmaWord(l); lw != "" && !contains(words, lw) {
					words = append(words, lw)
				}
			}
		}
		out[name] = append(out[name], words...)
	}
	return out, nil
}

// firstSenseSatellite reports whether the first adjective sense of word
// (WordNet orders senses by how often they were met in its tagged texts)
// is one of the satellites attributeHeads has seen: there the word's
// commonest sense is one of sound ("subdued" is first hushed, "tenor"
// first of an instrument), not another ("sharp" is first of an edge,
// "low" of a degree).
func (w *wordNet) firstSenseSatellite(word string) (bool, error) {
	adjectives, err := w.loadIndex("a")
	if err != nil {
		return false, err
	}
	offs := adjectives[strings.ReplaceAll(word, " ", "_")]
	return len(offs) > 0 && w.satelliteOf[offs[0]], nil
}

// registers returns the words of the pitch heads' satellites whose first
// sense is one of them (not the heads "high" and "low" themselves, which
// say much else before an instrument: "high energy guitar"), without
// those deny holds, sorted.
func (w *wordNet) registers(deny map[string]bool) ([]string, error) {
	heads, err := w.attributeHeads("pitch")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, words := range heads {
		for _, lw := range words[1:] {
			if strings.HasSuffix(lw, "pitched") || deny[lw] || contains(out, lw) {
				continue // a head's own lemma ("high-pitched")
			}
			if first, err := w.firstSenseSatellite(lw); err != nil || !first {
				if err != nil {
					return nil, err
				}
				continue
			}
			out = append(out, lw)
		}
	}
	sort.Strings(out)
	return out, nil
}

// attributeWords returns the words of the satellites of the adjective
// heads of the attribute noun attr, each with its head, leaving out the
// heads themselves (the reader reads "loud", "soft", "fast", "slow"),
// words known reports, words deny holds, and words with more than
// maxSenses senses whose first sense is not one of the attribute's
// ("little", "small", "low", "big"; "subdued", first hushed, is kept).
// It fails when a head is not in want.
func (w *wordNet) attributeWords(attr string, want map[string]bool, known func(string) bool, deny map[string]bool) (map[string]string, error) {
	heads, err := w.attributeHeads(attr)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, head := range sortedKeys(heads) {
		if !want[head] {
			return nil, fmt.Errorf("gen: WordNet's %s has a head %q with no meaning", attr, head)
		}
		for _, lw := range heads[head][1:] {
			if lw == head || deny[lw] || known(lw) {
				continue
			}
			if _, taken := out[lw]; taken {
				continue
			}
			n, err := w.senses(lw)
			if err != nil {
				return nil, err
			}
			first, err := w.firstSenseSatellite(lw)
			if err != nil {
				return nil, err
			}
			if n <= maxSenses || first {
				out[lw] = head
			}
		}
	}
	return out, nil
}

// headTempos are the tempo preferences of the heads of speed, as the
// reader's tempo words "fast" and "slow" give them.
var headTempos = map[string]bool{"fast": true, "slow": true}

// Source keys of the idioms of loudness and speed.
const (
	loudnessSource = "wordnet-loudness"
	speedSource    = "wordnet-speed"
)

// soundIdioms renders the words of loudness (at their head's energy,
// headLevels) and of speed (at their head's tempo) as idiom table
// entries.
func soundIdioms(loud, speed map[string]string) map[string]string {
	out := map[string]string{}
	for w, head := range loud {
		out[strings.ReplaceAll(w, "-", " ")] = "energy=" + strconv.FormatFloat(headLevels[head], 'g', -1, 64) + ";src=" + loudnessSource
	}
	for w, head := range speed {
		if _, dup := out[strings.ReplaceAll(w, "-", " ")]; !dup {
			out[strings.ReplaceAll(w, "-", " ")] = "tempo=" + head + ";src=" + speedSource
		}
	}
	return out
}

// partRoots are the synsets whose kinds (one level down) are the parts
// and properties of music: music/n1 ("an artistic form of auditory
// communication": its refrain or chorus, its harmony, a section,
// syncopation, polyphony, its genres) and musical time/n1 (its rhythm or
// beat).
var partRoots = []string{"music", "musical_time"}

// partSenses is how far down a word's noun senses its sense of music
// may lie for the word to be read as it: "chorus" is a refrain third,
// "harmony" second, "genre" third; "air" (seventh) and "line" (26th)
// mean other things in a request.
const partSenses = 3

// musicParts returns the one-word lemmas of the kinds of partRoots whose
// sense there is among their first partSenses noun senses, leaving out
// the words for a piece (pieces), words known reports (genres, the
// vocabulary's words, idioms such as "beat") and words deny holds,
// sorted.
func (w *wordNet) musicParts(pieces []string, known func(string) bool, deny map[string]bool) ([]string, error) {
	nouns, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range partRoots {
		offs := nouns[r]
		if len(offs) == 0 {
			return nil, fmt.Errorf("%w noun %q", errNoLemma, r)
		}
		root, err := w.readSynset("n", offs[0])
		if err != nil {
			return nil, err
		}
		for _, p := range root.ptrs {
			if p.symbol != "~" || p.pos != "n" {
				continue
			}
			k, err := w.readSynset("n", p.offset)
			if err != nil {
				return nil, err
			}
			for _, l := range k.lemmas {
				lw := lemmaWord(l)
				if lw == "" || strings.ContainsAny(lw, " -'") || contains(out, lw) || contains(pieces, lw) || deny[lw] || known(lw) {
					continue
				}
				senses := nouns[l]
				at := -1
				for i, o := range senses {
					if o == p.offset {
						at = i
					}
				}
				if at >= 0 && at < partSenses {
					out = append(out, lw)
				}
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// players returns the kinds of musician/n1 (at any depth) that WordNet
// derives from an instrument the instrument table holds, each with that
// instrument's meaning: "pianist" from piano, "cellist" from cello,
// "flautist" from flute, "tympanist" from drum. The derivational pointer
// names the lemma on each side, so "harpist" is the harp's player, not
// the harmonica's (WordNet's "mouth harp"). Words known reports and
// words deny holds are left out.
func (w *wordNet) players(instruments map[string]string, known func(string) bool, deny map[string]bool) (map[string]string, error) {
	nouns, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	kinds, err := w.hyponyms([]int64{nouns["musician"][0]})
	if err != nil {
		return nil, err
	}
	offs := make([]int64, 0, len(kinds))
	for off := range kinds {
		offs = append(offs, off)
	}
	sort.Slice(offs, func(i, j int) bool { return offs[i] < offs[j] })
	out := map[string]string{}
	for _, off := range offs {
		s, err := w.readSynset("n", off)
		if err != nil {
			return nil, err
		}
		for _, p := range s.ptrs {
			if p.symbol != "+" || p.pos != "n" || p.source == 0 || p.source > len(s.lemmas) {
				continue
			}
			t, err := w.readSynset("n", p.offset)
			if err != nil {
				return nil, err
			}
			if p.target == 0 || p.target > len(t.lemmas) {
				continue
			}
			player, played := lemmaWord(s.lemmas[p.source-1]), lemmaWord(t.lemmas[p.target-1])
			v, ok := instruments[played]
			if !ok || player == "" || deny[player] || known(player) {
				continue
			}
			if _, dup := out[player]; !dup {
				out[player] = v
			}
		}
	}
	return out, nil
}

// hyponyms returns the noun synsets at roots and every kind below them
// (WordNet's "~" pointers, followed to the bottom).
func (w *wordNet) hyponyms(roots []int64) (map[int64]bool, error) {
	kinds := map[int64]bool{}
	todo := slices.Clone(roots)
	for len(todo) > 0 {
		off := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if kinds[off] {
			continue
		}
		kinds[off] = true
		s, err := w.readSynset("n", off)
		if err != nil {
			return nil, err
		}
		for _, p := range s.ptrs {
			if p.symbol == "~" && p.pos == "n" {
				todo = append(todo, p.offset)
			}
		}
	}
	return kinds, nil
}
