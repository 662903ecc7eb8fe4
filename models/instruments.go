package models

import (
	"fmt"
	"strings"

	"sleeve/models/vocab"
)

// InstrumentFamilies maps the instrument words of requests and notes
// (InstrumentWords) to the instrument families that analysis hears
// (piano, organ, guitar, bass, strings, brass, woodwinds, mallets, synth
// lead, synth pad, drums). Words with no family (vocals, choir, samples,
// turntables) are matched on notes alone.
var InstrumentFamilies = map[string][]string{
	"piano":           {"piano"},
	"rhodes":          {"piano"},
	"acoustic guitar": {"guitar"},
	"electric guitar": {"guitar"},
	"banjo":           {"guitar"},
	"ukulele":         {"guitar"},
	"bass":            {"bass"},
	"drums":           {"drums"},
	"drum machine":    {"drums"},
	"percussion":      {"drums"},
	"synthesizer":     {"synth lead", "synth pad"},
	"synth lead":      {"synth lead"},
	"synth pad":       {"synth pad"},
	"strings":         {"strings"},
	"violin":          {"strings"},
	"cello":           {"strings"},
	"harp":            {"strings"},
	"brass":           {"brass"},
	"trumpet":         {"brass"},
	"saxophone":       {"woodwinds"},
	"flute":           {"woodwinds"},
	"woodwinds":       {"woodwinds"},
	"organ":           {"organ"},
	"accordion":       {"organ"},
	"harmonica":       {"organ"},
	"mallets":         {"mallets"},
}

// ledWord is how a note says that a family leads ("piano-led"), noun
// how it names a family in other wordings, and withWord how it names a
// family that joins ("with strings").
var (
	ledWord = map[string]string{"piano": "piano-led", "organ": "organ-led", "guitar": "guitar-led",
		"bass": "bass-led", "strings": "string-led", "brass": "brass-led", "woodwinds": "woodwind-led",
		"mallets": "mallet-led", "synth lead": "synth-led", "synth pad": "pad-led", "drums": "drum-driven"}
	noun = map[string]string{"piano": "the piano", "organ": "the organ", "guitar": "the guitar",
		"bass": "the bass", "strings": "the strings", "brass": "the brass", "woodwinds": "the woodwinds",
		"mallets": "the mallets", "synth lead": "a synth lead", "synth pad": "synth pads", "drums": "the drums"}
	withWord = map[string]string{"piano": "piano", "organ": "organ", "guitar": "guitar", "bass": "bass",
		"strings": "strings", "brass": "brass", "woodwinds": "woodwinds", "mallets": "mallets",
		"synth lead": "a synth lead", "synth pad": "synth pads", "drums": "drums"}
)

// templateInstruments says which instruments analysis hears with
// confidence, in one of several wordings: "It is piano-led, with strings
// and drums.", "In the lead, the piano, over strings and drums."
// It returns "" when none is heard confidently.
func templateInstruments(p picker, tr Traits) string {
	if len(tr.Heard) == 0 {
		return ""
	}
	first := tr.Heard[0]
	led, n := ledWord[first], noun[first]
	if led == "" {
		return ""
	}
	var with []string
	for _, f := range tr.Heard[1:] {
		if w, ok := withWord[f]; ok {
			with = append(with, w)
		}
	}
	// Fourteen wordings each, so that a library where most tracks hear
	// the same families (a folder of drum patterns) does not repeat one
	// wording in more than a tenth of its notes; none puts a verb after
	// the family's name, which may be plural ("the drums").
	if len(with) == 0 {
		return p.pick(
			"It is "+led+" throughout.",
			"It rests on "+n+" alone.",
			"Mostly "+n+", and little else.",
			"The piece belongs to "+n+".",
			"Listen for "+n+" at its centre.",
			"At heart it is "+n+".",
			"Everything hangs on "+n+".",
			"Front and centre: "+n+".",
			"Little but "+n+" here.",
			"The spotlight stays on "+n+".",
			"Its single voice: "+n+".",
			"Nothing competes with "+n+".",
			"Beyond "+n+", little else sounds.",
			"A showcase for "+n+".")
	}
	rest := joinAnd(with)
	return p.pick(
		"It is "+led+", with "+rest+".",
		"In the lead, "+n+", over "+rest+".",
		"At the front, "+n+"; "+rest+" behind.",
		"Up front, "+n+"; around it, "+rest+".",
		"Built around "+n+", joined by "+rest+".",
		"Around "+n+", a ring of "+rest+".",
		"Expect "+n+" first and "+rest+" in support.",
		"Led by "+n+", with "+rest+" alongside.",
		"First "+n+", then "+rest+".",
		"Mainly "+n+", backed by "+rest+".",
		"You hear "+n+" most, and "+rest+" too.",
		"Centred on "+n+", coloured by "+rest+".",
		"Chiefly "+n+", and "+rest+" besides.",
		"Its core is "+n+", its colour "+rest+".")
}

// instrumentContradictions returns one reason per instrument that s names,
// without negation, whose family analysis confidently does not hear, such
// as `"piano" but analysis hears no piano`.
func instrumentContradictions(s string, t Traits) []string {
	if len(t.Absent) == 0 {
		return nil
	}
	absent := map[string]bool{}
	for _, f := range t.Absent {
		absent[f] = true
	}
	var out []string
	for _, clause := range splitClauses(s) {
		toks := tokens(clause)
		for i := 0; i < len(toks); i++ {
			for n := min(3, len(toks)-i); n >= 1; n-- {
				phrase := strings.Join(toks[i:i+n], " ")
				words := vocab.Instruments(phrase)
				if len(words) == 0 {
					continue
				}
				if !negated(toks, i) && allAbsent(words, absent) {
					fam := InstrumentFamilies[words[0]][0]
					out = append(out, fmt.Sprintf("%q but analysis hears no %s", phrase, fam))
				}
				i += n - 1
				break
			}
		}
	}
	return out
}

// allAbsent reports whether every family that the instrument words name
// is absent (a word with no family is never absent).
func allAbsent(words []string, absent map[string]bool) bool {
	for _, w := range words {
		fams := InstrumentFamilies[w]
		if len(fams) == 0 {
			return false
		}
		for _, f := range fams {
			if !absent[f] {
				return false
			}
		}
	}
	return true
}

// familyWords returns the instrument words (InstrumentWords) that name
// the families exactly, for a note's instrument list; guitar is left out,
// since analysis cannot tell an acoustic from an electric one.
func familyWords(fams []string) []string {
	var out []string
	for _, f := range fams {
		if f == "guitar" {
			continue
		}
		if ws := InstrumentFamilies[f]; len(ws) == 1 && ws[0] == f {
			out = append(out, f)
		}
	}
	return out
}
