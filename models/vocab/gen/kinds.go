package main

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
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
	heads, err := w.clusterHeads()
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
		if len(offs) == 0 || !heads[offs[0]] {
			continue
		}
		s, err := w.readSynset("a", offs[0])
		if err != nil {
			return nil, err
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

// clusterHeads returns the offsets of WordNet's head adjectives (synset
// type "a"; their satellites are type "s").
func (w *wordNet) clusterHeads() (map[int64]bool, error) {
	f, err := os.Open(filepath.Join(w.dir, "data.adj"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	heads := map[int64]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		fs := strings.Fields(line)
		if strings.HasPrefix(line, " ") || len(fs) < 4 || fs[2] != "a" {
			continue
		}
		if off, err := strconv.ParseInt(fs[0], 10, 64); err == nil {
			heads[off] = true
		}
	}
	return heads, sc.Err()
}
