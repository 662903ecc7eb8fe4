package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

// cldrAnnotations is one CLDR annotations file: for each emoji, its
// keywords ("face | good night | sleep | sleeping face | ZZZ") and its
// short name, the text a screen reader speaks ("sleeping face").
type cldrAnnotations struct {
	Annotations []struct {
		Emoji string `xml:"cp,attr"`
		Type  string `xml:"type,attr"`
		Text  string `xml:",chardata"`
	} `xml:"annotations>annotation"`
}

// emojiNames reads the English CLDR annotations (the hand-written file and
// the one derived for sequences, such as "person running" with a gender)
// and returns, for each emoji, its short name followed by its keywords,
// lowercase and joined by "|": the words people mean by it, which the
// reader tries in that order against its vocabulary. Emoji with a skin
// tone are left out (the reader drops the tone), and so are the emoji of
// subgroups a request never means (readSubgroups).
func emojiNames(labels string, paths ...string) (map[string]string, error) {
	pictures, err := readLabels(labels)
	if err != nil {
		return nil, err
	}
	names := map[string][]string{}
	keywords := map[string][]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var a cldrAnnotations
		if err := xml.Unmarshal(data, &a); err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		for _, an := range a.Annotations {
			e := strings.ReplaceAll(an.Emoji, "\ufe0f", "")
			if !pictures[e] || hasSkinTone(e) || strings.Contains(emojiDenied, e) {
				continue
			}
			var words []string
			for _, w := range strings.Split(an.Text, "|") {
				w = strings.ToLower(strings.TrimSpace(w))
				if w != "" && hasLetter(w) && !strings.ContainsAny(w, ":") && !emojiKeywordsDenied[w] {
					words = append(words, w)
				}
			}
			if an.Type == "tts" {
				names[e] = words
			} else {
				keywords[e] = words
			}
		}
	}
	out := map[string]string{}
	for e, kw := range keywords {
		var all []string
		for _, w := range append(names[e], kw...) {
			if !contains(all, w) {
				all = append(all, w)
			}
		}
		if len(all) > 0 {
			out[e] = strings.Join(all, "|")
		}
	}
	return out, nil
}

// readSubgroups are the CLDR subgroups of emoji that picture what a
// request may ask for: a feeling (the faces), an activity or sport, an
// occasion, the weather, a place, a way of travelling, a drink, a thing
// of the house, books, sound and music. Left out are the subgroups whose
// names name things a request never means by them: symbols and signs
// ("heavy equals sign", "bar chart"), flags, people by their roles ("police
// officer" is no office), animals, food (pictured for itself, not the
// kitchen), games, tools, money, clothing and hands.
var readSubgroups = map[string]bool{
	"face-positive": true, "face-neutral": true, "face-negative": true, "cat-face": true, "emotion": true,
	"person-activity": true, "person-sport": true,
	"event": true, "sport": true,
	"sky & weather": true, "place-geographic": true, "place-building": true, "place-other": true,
	"transport-ground": true, "transport-water": true, "transport-air": true,
	"drink": true, "household": true, "book-paper": true, "sound": true, "music": true, "musical-instrument": true,
	"plant-flower": true, "plant-other": true,
}

// emojiDenied are emoji of readSubgroups whose short name or keywords
// hold a word the reader would take in another sense, reviewed in the
// list of readings: the oil drum and the postal horn are no instruments,
// the blue book no mood, the carp streamer and the sheaf of rice no
// kitchen, the suspension railway no suspense, the bar of soap no bar,
// and neither the rainbow nor the beach umbrella is rain. Sparkles are
// left out because chat uses them for emphasis and decoration ("soft girl
// music ✨"), not for a bright sound.
const emojiDenied = "🛢📯📘🎏🌾🚟🧼🌈⛱✨"

// emojiKeywordsDenied are CLDR keywords that say how an emoji is drawn,
// not what it pictures: "comic" marks the emoji of comic strips (the
// collision, the dizzy star, the sweat droplets).
var emojiKeywordsDenied = map[string]bool{"comic": true}

// readLabels reads CLDR's emoji labels (common/properties/labels.txt: a
// set of emoji, its group and its subgroup a line) and returns the emoji
// of readSubgroups, without variation selectors.
func readLabels(path string) (map[string]bool, error) {
	out := map[string]bool{}
	err := eachLine(path, func(line string) error {
		parts := strings.Split(line, ";")
		if len(parts) != 3 {
			return fmt.Errorf("%s: a line without a set, group and subgroup: %q", path, line)
		}
		if !readSubgroups[strings.TrimSpace(parts[2])] {
			return nil
		}
		set := []rune(strings.Trim(strings.TrimSpace(parts[0]), "[]"))
		for i := 0; i < len(set); i++ {
			switch {
			case set[i] == '{':
				end := i + 1
				for end < len(set) && set[end] != '}' {
					end++
				}
				out[strings.ReplaceAll(string(set[i+1:end]), "\ufe0f", "")] = true
				i = end
			case i+2 < len(set) && set[i+1] == '-':
				for r := set[i]; r <= set[i+2]; r++ {
					out[string(r)] = true
				}
				i += 2
			default:
				out[string(set[i])] = true
			}
		}
		return nil
	})
	return out, err
}

// hasSkinTone reports whether s holds one of the five skin tone modifiers.
func hasSkinTone(s string) bool {
	for _, r := range s {
		if r >= 0x1F3FB && r <= 0x1F3FF {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// renderEmoji writes the emoji names as a Go map literal, sorted.
func renderEmoji(names map[string]string) []byte {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("\n// emojiNames maps each emoji of the Unicode CLDR English annotations (Unicode-DFS-2016 licence, Debian's unicode-cldr-core; FE0F variation selectors dropped, skin tones left out) onto its short name and keywords joined by \"|\", in that order: \"😴\" is \"sleeping face|face|good night|sleep|zzz\".\nvar emojiNames = map[string]string{\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%q: %q,\n", k, names[k])
	}
	b.WriteString("}\n")
	return []byte(b.String())
}
