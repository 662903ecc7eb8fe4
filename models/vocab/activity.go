package vocab

import (
	"slices"
	"strings"
)

// Everyday returns the setting or activity an everyday word names, as
// WordNet places its first sense below one of the generator's anchor
// synsets (gen/activities.go): kind is "setting" or "context" and target
// a setting ("kitchen", "housework", "office", "cafe", "bar", "dinner
// party", "garden") or an activity of models.ContextWords ("working out",
// "dancing", "focus", "driving", "relaxing"). "oven", "pasta" and
// "croissants" are the kitchen, "broom" and "mopping" housework, "laptop"
// and "emails" the office, "boxing" and "volleyball" working out,
// "skating" dancing, "knitting" focus, "mowing" the garden, "truck"
// driving, "fishing" relaxing. It
// returns "", "" for any other word. A word is read in its regular
// inflections only as the part of speech that has the meaning: plurals
// of a noun, and -s, -ing and -ed forms of a verb ("mixed" is no kind of
// mix, a food). The words are never spelling targets.
func Everyday(word string) (kind, target string) {
	v, ok := activityTable[word]
	if !ok {
		v = everydayForm(word)
	}
	if v == "" {
		return "", ""
	}
	_, v, _ = strings.Cut(v, " ") // the parts of speech
	kind, target, _ = strings.Cut(v, " ")
	return kind, target
}

// everydayForm returns the table's entry for a regular inflection of one
// of its words, when the entry has the part of speech the inflection
// belongs to; the last word of a phrase is the one inflected ("hash
// browns").
func everydayForm(word string) string {
	head, last := "", word
	if i := strings.LastIndexByte(word, ' '); i >= 0 {
		head, last = word[:i+1], word[i+1:]
	}
	try := func(base, pos string) string {
		if len(base) < 2 {
			return ""
		}
		v := activityTable[head+base]
		if p, _, _ := strings.Cut(v, " "); v != "" && strings.Contains(p, pos) {
			return v
		}
		return ""
	}
	var v string
	switch {
	case strings.HasSuffix(last, "ies"):
		b := strings.TrimSuffix(last, "ies") + "y"
		v = firstOf(try(b, "n"), try(b, "v"))
	case strings.HasSuffix(last, "es"):
		// English adds "-es" only after a sibilant or an "o" ("boxes",
		// "dishes", "goes"); otherwise the "e" is the word's own:
		// "slopes" is slope, never slop.
		b := strings.TrimSuffix(last, "es")
		if TakesES(b) {
			v = firstOf(try(b, "n"), try(b, "v"), try(b+"e", "n"), try(b+"e", "v"))
		} else {
			v = firstOf(try(b+"e", "n"), try(b+"e", "v"))
		}
	case strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss"):
		b := strings.TrimSuffix(last, "s")
		v = firstOf(try(b, "n"), try(b, "v"))
	case strings.HasSuffix(last, "ing"):
		v = verbBase(strings.TrimSuffix(last, "ing"), try)
	case strings.HasSuffix(last, "ied"):
		v = try(strings.TrimSuffix(last, "ied")+"y", "v")
	case strings.HasSuffix(last, "ed"):
		v = verbBase(strings.TrimSuffix(last, "ed"), try)
	}
	return v
}

// verbBase tries the verb an -ing or -ed form was made from: the stem as
// it is ("scrub-bing" undoubled to "scrub", "clean-ing"), with its e
// restored ("bak-ing").
func verbBase(stem string, try func(base, pos string) string) string {
	v := firstOf(try(stem, "v"), try(stem+"e", "v"))
	if n := len(stem); v == "" && n >= 2 && stem[n-1] == stem[n-2] {
		v = try(stem[:n-1], "v")
	}
	return v
}

func firstOf(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

// IsWord reports whether w is a word the vocabulary holds as it is (one
// of Words) or an English word near one (IsEnglishNear): "low" is,
// "lowe" is not, though a stem would read "lowe" as "low".
func IsWord(w string) bool {
	load()
	_, ok := slices.BinarySearch(words, w)
	return ok || englishWords[w]
}

// TakesES reports whether a base takes "-es" for its plural or third
// person: after s, x, z, ch, sh or o ("buses", "boxes", "waltzes",
// "lunches", "dishes", "potatoes", "goes").
func TakesES(base string) bool {
	for _, end := range []string{"s", "x", "z", "ch", "sh", "o"} {
		if strings.HasSuffix(base, end) {
			return true
		}
	}
	return false
}
