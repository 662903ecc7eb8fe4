package main

import (
	"slices"
	"strings"
	"unicode"
)

// composedGenreNames returns the names of the tree's genres of several
// words written with another name of a genre they hold, each mapped to the
// genre it names: "detroit rap" for detroit hip hop, "intelligent dnb" for
// intelligent drum and bass, "lofi hip hop" for lo-fi hip hop and
// "traditional metal" for traditional heavy metal. The other names of a
// genre are its aliases that name it alone (or it and its ancestors) and
// the genres spelled with the same letters once "&" is read "n" (a tree
// with both "r&b" and "rnb"). An alias that writes another alias closed up
// ("countryandwestern") is left out, and a name the vocabulary has
// already, as a genre or an alias, keeps its meaning.
func composedGenreNames(parents map[string]string, aliases map[string][]string) map[string]string {
	others := map[string][]string{}
	for _, a := range sortedKeys(aliases) {
		if _, genre := parents[a]; genre {
			continue
		}
		for _, g := range aliases[a] {
			rest := slices.DeleteFunc(slices.Clone(aliases[a]), func(x string) bool { return x == g || ancestor(parents, x, g) })
			if len(rest) == 0 {
				others[g] = append(others[g], a)
			}
		}
	}
	bySpelling := map[string][]string{}
	for _, g := range sortedKeys(parents) {
		bySpelling[spelling(g)] = append(bySpelling[spelling(g)], g)
	}
	for _, twins := range bySpelling {
		for _, g := range twins {
			for _, t := range twins {
				if t != g {
					others[g] = append(others[g], t)
				}
			}
		}
	}
	out := map[string]string{}
	for _, g := range sortedKeys(parents) {
		words := strings.Fields(g)
		if len(words) < 2 {
			continue
		}
		for i := range words {
			for j := i + 1; j <= len(words); j++ {
				part := strings.Join(words[i:j], " ")
				if part == g {
					continue
				}
				for _, o := range others[part] {
					if o != closedUp.Replace(part) && slices.ContainsFunc(others[part], func(x string) bool {
						return x != o && closedUp.Replace(x) == o
					}) {
						continue
					}
					name := strings.Join(slices.Concat(words[:i], []string{o}, words[j:]), " ")
					_, genre := parents[name]
					if _, named := aliases[name]; genre || named {
						continue
					}
					if _, taken := out[name]; !taken {
						out[name] = g
					}
				}
			}
		}
	}
	return out
}

// closedUp writes a name without its spaces and hyphens.
var closedUp = strings.NewReplacer(" ", "", "-", "")

// ancestor reports whether a is a parent of g, or a parent's, in the tree.
func ancestor(parents map[string]string, a, g string) bool {
	for p := parents[g]; p != ""; p = parents[p] {
		if p == a {
			return true
		}
	}
	return false
}

// spelling returns a genre's name as its letters and digits alone, with
// "&" read "n": "r&b" and "rnb" are spelled alike.
func spelling(g string) string {
	var b strings.Builder
	for _, r := range g {
		switch {
		case r == '&':
			b.WriteRune('n')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// slashedGenreNames returns the names that a genre of the tree written
// with a slash gives each of its alternatives, mapped to that genre: the
// words around the slashed word are shared, so "cowboy/western music" is
// "cowboy music" and "western music". An alternative whose last word is
// a genre of its own that the genre's name does not end in is left to
// the reader, which reads it as that genre with its modifier
// ("progressive trance" of "progressive house/trance" is trance, not the
// tree's progressive electronic music). A slashed word that is the
// whole name ("death/doom", "psychobilly/punkabilly") names one style of
// both, read as its parts written together ("death doom", "death-doom")
// and as a part alone that is no English word of SCOWL (english:
// "punkabilly"), as a word ("death", "doom") names other things. A name
// the vocabulary has already, as a genre or an alias, keeps its meaning,
// and a name deny holds is left out.
func slashedGenreNames(parents map[string]string, aliases map[string][]string, english, deny map[string]bool) map[string]string {
	out := map[string]string{}
	add := func(name, g string) {
		if _, genre := parents[name]; genre {
			return
		}
		if _, alias := aliases[name]; alias {
			return
		}
		if deny[name] {
			return
		}
		if _, taken := out[name]; !taken {
			out[name] = g
		}
	}
	for _, g := range sortedKeys(parents) {
		words := strings.Fields(g)
		for k, w := range words {
			a, b, ok := strings.Cut(w, "/")
			if !ok || a == "" || b == "" || strings.Contains(b, "/") {
				continue
			}
			before, after := strings.Join(words[:k], " "), strings.Join(words[k+1:], " ")
			if before == "" && after == "" {
				add(a+" "+b, g)
				add(a+"-"+b, g)
				for _, part := range []string{a, b} {
					if !english[part] {
						add(part, g)
					}
				}
				continue
			}
			for _, part := range []string{a, b} {
				name := strings.TrimSpace(before + " " + part + " " + after)
				if _, genre := parents[lastWord(name)]; genre && lastWord(name) != lastWord(g) {
					continue // "progressive trance": trance, as the reader composes it
				}
				add(name, g)
			}
		}
	}
	return out
}

// lastWord returns the last word of a name.
func lastWord(name string) string {
	fields := strings.Fields(name)
	if len(fields) == 0 {
		return ""
	}
	return fields[len(fields)-1]
}
