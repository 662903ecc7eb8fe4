package main

import (
	"sort"
	"strings"
)

// moodKinds returns, for each mood whose name's first adjective sense is
// the head of one of WordNet's adjective clusters, the moods whose name's
// first sense is a satellite of that head: WordNet files "melancholic"
// ("characterized by or causing or expressing sadness") and "wistful"
// ("showing pensive sadness") among the adjectives similar to "sad"
// ("experiencing or showing sorrow or unhappiness"), so both are kinds of
// sad, as a genre's children are kinds of it. A track tagged with a kind
// of a mood has that mood; the moods merely near one another
// (moodsNear) are alternatives to it. The first senses are the seeds'
// own (seeds.txt: sad/a1, melancholic/a1).
func (w *wordNet) moodKinds(moods []string) (map[string][]string, error) {
	idx, err := w.loadIndex("a")
	if err != nil {
		return nil, err
	}
	first := map[int64]string{} // first sense -> mood
	for _, m := range moods {
		if offs := idx[strings.ReplaceAll(m, " ", "_")]; len(offs) > 0 {
			first[offs[0]] = m
		}
	}
	out := map[string][]string{}
	for _, m := range moods {
		offs := idx[strings.ReplaceAll(m, " ", "_")]
		if len(offs) == 0 {
			continue
		}
		s, err := w.readSynset("a", offs[0])
		if err != nil {
			return nil, err
		}
		if !s.head {
			continue
		}
		for _, p := range s.ptrs {
			if k, ok := first[p.offset]; ok && p.symbol == "&" && k != m {
				out[m] = append(out[m], k)
			}
		}
		sort.Strings(out[m])
	}
	return out, nil
}
