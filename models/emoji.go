package models

import (
	"strings"
	"unicode/utf8"

	"sleeve/models/vocab"
)

// readEmoji rewrites each emoji of msg as the word it stands for, and says
// so ("“😴” read as “sleep”"). People put emoji in requests for what they
// picture ("🌧️☕", "😴 music", "💃 latin night"); the Unicode CLDR
// annotations give every emoji a short name and keywords, and an emoji is
// read as the first of those that the vocabulary reads as something (a
// genre, mood, activity, setting or instrument): the sleeping face is
// "sleep", the cloud with rain "rain", the violin the violin. An emoji
// none of whose words the vocabulary knows is left as it is, and, as any
// symbol, is no content word. A run of one emoji ("🔥🔥🔥") is read once.
// Skin tones are dropped, and a sequence CLDR does not name (a family)
// is read as its first emoji.
func readEmoji(msg string) (string, []string) {
	var b strings.Builder
	var said []string
	prev := ""
	for i := 0; i < len(msg); {
		seq, n := emojiAt(msg[i:])
		if n == 0 {
			r, size := utf8.DecodeRuneInString(msg[i:])
			b.WriteRune(r)
			i += size
			if r != ' ' {
				prev = ""
			}
			continue
		}
		i += n
		w := emojiWord(seq)
		if w == "" {
			b.WriteString(msg[i-n : i])
			prev = ""
			continue
		}
		if seq == prev {
			continue // a run of one emoji says it once, louder
		}
		prev = seq
		b.WriteString(" " + w + " ")
		said = appendNew(said, "“"+seq+"” read as “"+w+"”")
	}
	if len(said) == 0 {
		return msg, nil
	}
	return b.String(), said
}

// emojiAt returns the emoji that s starts with, without variation
// selectors or skin tones, and how many bytes of s it takes; 0 when s
// starts with no emoji. A sequence joined by zero width joiners is taken
// whole when CLDR names it, else as its first emoji.
func emojiAt(s string) (string, int) {
	r, size := utf8.DecodeRuneInString(s)
	if !isEmojiRune(r) {
		return "", 0
	}
	var seq strings.Builder
	seq.WriteRune(r)
	first, firstN := string(r), size
	n := size
	for n < len(s) {
		r, size = utf8.DecodeRuneInString(s[n:])
		switch {
		case r == '\ufe0f' || r == '\ufe0e' || r >= 0x1F3FB && r <= 0x1F3FF:
			n += size
			if seq.String() == first {
				firstN = n
			}
			continue
		case r == '\u200d':
			next, nsize := utf8.DecodeRuneInString(s[n+size:])
			if !isEmojiRune(next) {
				break
			}
			seq.WriteRune(r)
			seq.WriteRune(next)
			n += size + nsize
			continue
		}
		break
	}
	if whole := seq.String(); whole != first && vocab.EmojiWords(whole) != nil {
		return whole, n
	}
	if n > firstN && seq.String() != first {
		// An unnamed sequence: read its first emoji, and pass over the rest.
		return first, n
	}
	return first, firstN
}

// isEmojiRune reports whether r is in a Unicode block of pictographs.
func isEmojiRune(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r >= 0x2300 && r <= 0x23FF || r >= 0x2B00 && r <= 0x2BFF
}

// emojiWord returns the word of an emoji's CLDR short name that the
// vocabulary reads as a mood, activity, setting or instrument, or "". The
// short name is what the emoji pictures ("sleeping face", "cloud with
// rain", "woman dancing"); its head noun is tried first (the last word, or
// the word before "of" or "with"), then the other words from the last.
// Then its keywords, which CLDR lists for search ("meditation" for the
// person in lotus position).
// Genres are not read either: no emoji pictures a genre, and a word that
// names one there names a thing ("rock", the stone).
func emojiWord(e string) string {
	words := vocab.EmojiWords(e)
	if len(words) == 0 {
		return ""
	}
	name := strings.Fields(words[0])
	head := len(name) - 1
	for i, w := range name {
		if (w == "of" || w == "with") && i > 0 {
			head = i - 1
			break
		}
	}
	order := []string{strings.Join(name, " "), name[head]}
	for i := len(name) - 1; i >= 0; i-- {
		order = append(order, name[i])
	}
	order = append(order, words[1:]...)
	for _, w := range order {
		if pictured(w) {
			return w
		}
	}
	return ""
}

// pictured reports whether the rules read w, alone, as something an
// emoji can picture: a mood or energy, an activity, a time, a setting or
// an instrument, and no genre, search, count or length. Colours are not read from an
// emoji: the blue heart is not sad.
func pictured(w string) bool {
	if colourWords[w] {
		return false
	}
	r := parseRules(w, nil)
	if len(r.Genres) > 0 || len(r.SearchWords) > 0 || len(r.NotUnderstood) > 0 || r.Count > 0 || r.Duration > 0 {
		return false
	}
	return len(r.Moods) > 0 || r.Energy != nil || r.Activity != "" || r.TimeOfDay != "" || r.Setting != "" || len(r.Instruments) > 0
}

// colourWords are the basic colour terms of English (Berlin and Kay,
// "Basic Color Terms", 1969), which name an emoji's colour, not a mood.
var colourWords = setOf(`red orange yellow green blue purple pink brown black white grey gray`)
