package main

import (
	"fmt"
	"strings"
)

// anchor is a WordNet synset that stands for a setting or activity the
// reader knows: the words whose first sense lies at most depth levels of
// hyponymy below it name a thing of that setting ("oven" is a kitchen
// appliance, so the kitchen; "broom" a cleaning implement, so housework).
type anchor struct {
	kind, target string // "setting" or "context", and a value the engine knows
	lemma, pos   string // the synset: a lemma, its part of speech
	sense, depth int    // and its sense number; how far below it to look
	// lexFile, when set, is the lexicographer file a word's first sense
	// must be in: below food, noun.food (13) keeps dishes and drinks and
	// leaves out the vitamins and nutrients of noun.substance.
	lexFile string
}

// anchors are the synsets that tie everyday nouns and verbs to the
// settings and activities Sleeve already ranks by (engine's
// settingContext and activityPriors). Written once and reviewed; the
// words they bring are listed in review.txt. A word below two anchors
// takes the nearer one (a beverage is the café, an alcoholic one the
// bar).
//
//   - The kitchen (cooking): WordNet's food (food, nutrient; solid food),
//     kitchen appliances, kitchen utensils and cookware, and the verb
//     cook (make suitable for consumption by heating) with its kinds: "pasta", "croissants",
//     "oven", "pot", "roast", "simmer".
//   - Housework: cleaning (the act), cleaning implements, home appliances
//     that are not the kitchen's, and the verbs clean and houseclean with
//     their kinds: "broom", "mop", "scrub", "dusting", "laundering".
//   - The café (cosy): beverages that are not alcohol ("tea", "cocoa").
//   - The bar (a dinner party's prior): alcoholic beverages ("wine",
//     "booze", "cognac").
//   - The office (working): computers and electronic mail ("laptop",
//     "emails").
//   - A dinner party: social gatherings that are not parties (the party
//     seed reads those): "reception", "soiree".
//   - Working out: sports that are contact sports or athletic games
//     ("boxing", "wrestling"), where the body works hard; the field and
//     court games of teams (WordNet field_game/n1, court_game/n1: "field
//     hockey", "lacrosse", "volleyball", "badminton") and skiing
//     (skiing/n1), sports where the body works hard.
//   - Dancing: skating (skating/n1, skate/v1 "move along on skates") and
//     the rink (rink/n1, "building that contains a surface for ice skating
//     or roller skating"): skating at a rink is done to its music, in
//     time with it, as dancing is (the roller disco, figure skating's
//     programmes set to music).
//   - Focus: handicrafts (handicraft/n2, "a craft that requires skillful
//     hands": "knitting", "weaving", "bookbinding"), needlework
//     ("embroidery", "crochet"), quilting/n1 ("stitching through layers of
//     fabric") and crafting (craft/v1, "make by hand and with much
//     skill"): the hands and eyes at work on a made thing, with music in
//     the background that leaves the attention to them, as studying and
//     reading do. Painting is not among them: WordNet's paint is as much
//     coating a wall (paint/v2, painting/n3) as making a picture.
//   - The garden: its kinds (garden/n1: "orchard", "herb garden", "rose
//     garden"), its work (gardening/n1; mow/v1 "cut with a blade or
//     mower", rake/v1) and the patio (patio/n1, "usually paved outdoor
//     area adjoining a residence"), the garden's paved part, and the
//     verb plant (plant/v1, "put or set (seeds, seedlings, or plants)
//     into the ground": "planting the garden", "get planting").
//   - Driving: a motorcycle (motorcycle/n1, "a motor vehicle with two
//     wheels": "motorbike", "dirt bike") and a truck (truck/n1, "an
//     automotive vehicle suitable for hauling") are driven as a car is.
//   - Relaxing: fishing (fishing/n1, "the act of someone who fishes as a
//     diversion": "angling", "fly-fishing"), a diversion of patient
//     waiting, not of the body's effort.
//   - Studying: the sciences (science/n1, "a particular branch of
//     scientific knowledge", three levels: "maths", "physics", "chemistry",
//     "organic chemistry", "biology", "economics", "algebra",
//     "trigonometry", "statistics"), what a student learns and is set
//     homework in ("physics homework", "memorizing organic chemistry").
//   - Game night: board games (board_game/n1, "a game played on a
//     specially designed board": "chess", "checkers", "backgammon"), played
//     at the table as its card games are.
//
// The depths are as small as the words asked for allow: food's kinds
// reach dishes three levels down (pasta is a dish, a nutriment, a food),
// a computer's kinds a laptop four levels down. Cleaning, the act, is
// taken one level down: further down are purges and catharsis.
var anchors = []anchor{
	{"setting", "kitchen", "food", "n", 1, 4, foodFile},
	{"setting", "kitchen", "food", "n", 2, 4, foodFile},
	{"setting", "kitchen", "kitchen_appliance", "n", 1, 2, ""},
	{"setting", "kitchen", "kitchen_utensil", "n", 1, 3, ""},
	{"setting", "kitchen", "cookware", "n", 1, 2, ""},
	{"setting", "kitchen", "cook", "v", 3, 1, ""},
	{"setting", "housework", "cleaning", "n", 1, 1, ""},
	{"setting", "housework", "cleaning_implement", "n", 1, 2, ""},
	{"setting", "housework", "home_appliance", "n", 1, 2, ""},
	{"setting", "housework", "clean", "v", 1, 2, ""},
	{"setting", "housework", "houseclean", "v", 1, 1, ""},
	{"setting", "cafe", "beverage", "n", 1, 2, ""},
	{"setting", "bar", "alcohol", "n", 1, 3, ""},
	{"setting", "office", "computer", "n", 1, 4, ""},
	{"setting", "office", "electronic_mail", "n", 1, 1, ""},
	{"setting", "dinner party", "social_gathering", "n", 1, 1, ""},
	{"context", "working out", "contact_sport", "n", 1, 2, ""},
	{"context", "working out", "field_game", "n", 1, 1, ""},
	{"context", "working out", "court_game", "n", 1, 1, ""},
	{"context", "dancing", "skating", "n", 1, 2, ""},
	{"context", "working out", "skiing", "n", 1, 1, ""},
	{"context", "dancing", "skate", "v", 1, 0, ""},
	{"context", "dancing", "rink", "n", 1, 0, ""},
	{"context", "focus", "handicraft", "n", 2, 1, ""},
	{"context", "focus", "needlework", "n", 1, 1, ""},
	{"context", "focus", "quilting", "n", 1, 0, ""},
	{"context", "focus", "craft", "v", 1, 0, ""},
	{"setting", "garden", "garden", "n", 1, 2, ""},
	{"setting", "garden", "gardening", "n", 1, 1, ""},
	{"setting", "garden", "mow", "v", 1, 0, ""},
	{"setting", "garden", "rake", "v", 1, 0, ""},
	{"setting", "garden", "patio", "n", 1, 0, ""},
	{"setting", "garden", "plant", "v", 1, 0, ""},
	{"context", "driving", "motorcycle", "n", 1, 1, ""},
	{"context", "driving", "truck", "n", 1, 0, ""},
	{"context", "relaxing", "fishing", "n", 1, 2, ""},
	{"context", "studying", "science", "n", 1, 3, ""},
	{"context", "working out", "sport", "n", 1, 2, ""},
	{"setting", "game night", "board_game", "n", 1, 1, ""},
}

// foodFile is WordNet's lexicographer file of foods (noun.food).
const foodFile = "13"

// musicRoots are the synsets of music itself: a word with a sense below
// one of them is a word of music ("jam", "rock", "score"), never an
// everyday thing, whatever its first sense.
var musicRoots = []struct {
	lemma string
	sense int
}{
	{"music", 1}, {"music", 4}, {"musical_composition", 1}, {"musical_instrument", 1},
	{"musician", 1}, {"musician", 2}, {"dance", 1}, {"dancing", 1}, {"singing", 1}, {"song", 1},
	{"musical_performance", 1}, {"genre", 2},
}

// activityWords returns the words the anchors bring, each with the parts
// of speech whose first sense is below the anchor, its kind and target
// ("n setting kitchen", "nv setting housework"), and the review lines.
// A word is taken when its first sense in the part of speech is one of
// the synsets reached (a "pot" is first a cooking vessel; "dust" is
// first a powder, so the noun is not taken), when it is not a word of
// music (musicRoots), when known does not hold it (the vocabulary reads
// it already), when it is not also an adjective (an adjective describes
// the music: "sweet", "dry", "generic" are no drinks there), and when
// deny does not.
func (w *wordNet) activityWords(known func(string) bool, deny map[string]bool) (map[string]string, []string, error) {
	music := map[int64]bool{}
	// below calls into for each synset at most limit levels of hyponymy
	// below off, with its depth.
	var below func(pos string, off int64, depth, limit int, seen map[int64]int, into func(off int64, d int)) error
	below = func(pos string, off int64, depth, limit int, seen map[int64]int, into func(int64, int)) error {
		if depth >= limit {
			return nil
		}
		s, err := w.readSynset(pos, off)
		if err != nil {
			return err
		}
		for _, p := range s.ptrs {
			if p.symbol != "~" || p.pos != pos {
				continue
			}
			d := depth + 1
			if old, ok := seen[p.offset]; ok && old <= d {
				continue
			}
			seen[p.offset] = d
			into(p.offset, d)
			if err := below(pos, p.offset, d, limit, seen, into); err != nil {
				return err
			}
		}
		return nil
	}
	nouns, err := w.loadIndex("n")
	if err != nil {
		return nil, nil, err
	}
	adjectives, err := w.loadIndex("a")
	if err != nil {
		return nil, nil, err
	}
	for _, r := range musicRoots {
		offs := nouns[r.lemma]
		if len(offs) < r.sense {
			return nil, nil, fmt.Errorf("%w noun %q sense %d", errNoLemma, r.lemma, r.sense)
		}
		root := offs[r.sense-1]
		music[root] = true
		if err := below("n", root, 0, 1<<30, map[int64]int{}, func(o int64, _ int) { music[o] = true }); err != nil {
			return nil, nil, err
		}
	}
	// reached[pos][offset] is the anchor that reaches a synset, nearest
	// first.
	type hit struct {
		a     int
		depth int
	}
	reached := map[string]map[int64]hit{"n": {}, "v": {}}
	for i, a := range anchors {
		idx, err := w.loadIndex(a.pos)
		if err != nil {
			return nil, nil, err
		}
		offs := idx[a.lemma]
		if len(offs) < a.sense {
			return nil, nil, fmt.Errorf("%w %s %q sense %d", errNoLemma, posFile[a.pos], a.lemma, a.sense)
		}
		root := offs[a.sense-1]
		put := func(o int64, d int) {
			if h, ok := reached[a.pos][o]; !ok || d < h.depth {
				reached[a.pos][o] = hit{i, d}
			}
		}
		put(root, 0)
		if err := below(a.pos, root, 0, a.depth, map[int64]int{}, put); err != nil {
			return nil, nil, err
		}
	}
	out := map[string]string{}
	byAnchor := map[int][]string{}
	for _, pos := range []string{"n", "v"} {
		idx, err := w.loadIndex(pos)
		if err != nil {
			return nil, nil, err
		}
		for _, lemma := range sortedKeys(idx) {
			offs := idx[lemma]
			h, ok := reached[pos][offs[0]]
			if !ok {
				continue
			}
			word := lemmaWord(lemma)
			a := anchors[h.a]
			if v, ok := out[word]; ok {
				// A noun and verb of one meaning ("mop"): both forms.
				if p, rest, _ := strings.Cut(v, " "); rest == a.kind+" "+a.target && !strings.Contains(p, pos) {
					out[word] = p + pos + " " + rest
				}
				continue
			}
			if word == "" || deny[word] || known(word) || strings.ContainsAny(word, ".0123456789") {
				continue
			}
			if isMusic(nouns[lemma], music) {
				continue
			}
			if a.lexFile != "" {
				s, err := w.readSynset(pos, offs[0])
				if err != nil {
					return nil, nil, err
				}
				if s.lexFile != a.lexFile {
					continue
				}
			}
			if _, adj := adjectives[lemma]; adj {
				continue // it describes too ("generic", "herbal", "dry")
			}
			out[word] = pos + " " + a.kind + " " + a.target
			byAnchor[h.a] = append(byAnchor[h.a], word)
		}
	}
	var review []string
	for i, a := range anchors {
		review = append(review, fmt.Sprintf("%s %s (first senses below %s/%s%d, %d levels): %s", a.kind, a.target, a.lemma, a.pos, a.sense, a.depth, strings.Join(byAnchor[i], ", ")))
	}
	return out, review, nil
}

// isMusic reports whether one of the noun senses offs is a synset of
// music.
func isMusic(offs []int64, music map[int64]bool) bool {
	for _, o := range offs {
		if music[o] {
			return true
		}
	}
	return false
}
