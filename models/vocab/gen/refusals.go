package main

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// refusalSenses are the WordNet 3.0 verb senses of leaving something out
// or turning it down, each named by a lemma and its sense number (index.verb
// lists a lemma's synsets in that order): exclude#1 (exclude, except,
// leave out, leave off, omit, take out: "prevent from being included or
// considered or accepted"), forbid#1 (forbid, prohibit, interdict,
// proscribe, veto, disallow, nix: "command against"), ban#2 ("prohibit
// especially by legal means or social pressure"), avoid#1 ("stay clear
// from; keep away from"), rule out#1 (rule out, eliminate, winnow out,
// reject: "dismiss from consideration"; sense 3, its first two being "make
// impossible" and "decide against"), ditch#2 (chuck, ditch: "throw
// away"), skip#2 (cut, skip: "intentionally fail to attend") and hide#1
// (hide, conceal: "prevent from being seen or discovered"). Said of
// music, each refuses what it governs ("exclude classical", "ditched the
// hip hop station", "skipping the ballads", "hide the kenny g and enya").
var refusalSenses = []struct {
	lemma string
	sense int
}{{"exclude", 1}, {"forbid", 1}, {"ban", 2}, {"avoid", 1}, {"rule_out", 3}, {"ditch", 2}, {"skip", 2}, {"hide", 1}}

// refusalDeny are members of refusalSenses' synsets left out because
// their everyday sense in a request is another: "cut" (a track, a
// version), "except" (a preposition the reader reads already), "chuck"
// (a name); and the form "hidden", an adjective in a request ("hidden
// gems", "hidden feelings"), not a verb of leaving out.
var refusalDeny = map[string]bool{"cut": true, "except": true, "chuck": true, "hidden": true}

// refusalVerbs returns the lemmas of refusalSenses' synsets (spaces for
// underscores; "leave out", "take out") and the inflected forms of their
// one-word lemmas in SCOWL's list (scowl) by morphy's rules and
// exceptions ("excluding", "nixed", "vetoes", "skipping", "forbade"):
// forms of a verb (ending in -s, -ed or -ing, or in verb.exc) whose every
// lemma is one of them, so "banes" (also bane) and "skipper" (a noun of
// its own) are left out.
func (w *wordNet) refusalVerbs(scowl []string) ([]string, error) {
	idx, err := w.loadIndex("v")
	if err != nil {
		return nil, err
	}
	verbs := map[string]bool{}
	for _, s := range refusalSenses {
		offs := idx[s.lemma]
		if len(offs) < s.sense {
			continue
		}
		syn, err := w.readSynset("v", offs[s.sense-1])
		if err != nil {
			return nil, err
		}
		for _, l := range syn.lemmas {
			if v := lemmaWord(l); v != "" && !refusalDeny[v] {
				verbs[v] = true
			}
		}
	}
	lemmas, exc, err := w.morphology()
	if err != nil {
		return nil, err
	}
	verbExc, err := w.exceptions("verb")
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for v := range verbs {
		out[v] = true
	}
	for _, form := range scowl {
		if !strings.HasSuffix(form, "s") && !strings.HasSuffix(form, "ed") && !strings.HasSuffix(form, "ing") && verbExc[form] == nil {
			continue
		}
		ls := w.lemmasOf(form, lemmas, exc)
		all := len(ls) > 0
		for _, l := range ls {
			all = all && verbs[l]
		}
		if all && !refusalDeny[form] {
			out[form] = true
		}
	}
	list := make([]string, 0, len(out))
	for v := range out {
		list = append(list, v)
	}
	sort.Strings(list)
	return list, nil
}

// exceptions returns morphy's exception list of one part of speech
// ("verb": verb.exc), an irregular form with its lemmas.
func (w *wordNet) exceptions(pos string) (map[string][]string, error) {
	f, err := os.Open(filepath.Join(w.dir, pos+".exc"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	exc := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fs := strings.Fields(sc.Text()); len(fs) >= 2 {
			exc[fs[0]] = append(exc[fs[0]], fs[1:]...)
		}
	}
	return exc, sc.Err()
}
