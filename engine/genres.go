package engine

import (
	"strings"

	"sleeve/models/vocab"
)

// genreAliases are tag spellings the vocabulary does not name, folded
// (see foldGenre).
var genreAliases = map[string]string{
	"metal": "heavy metal", "rap": "hip hop", "d and b": "drum and bass",
	"videogame": "video game music", "videogame music": "video game music",
	"rock n roll": "rock and roll", "edm": "electronic", "orchestral": "classical", "punk": "punk rock",
	"alt rock": "alternative rock", "indie": "indie rock", "prog": "progressive rock",
}

// foldGenre folds a genre name for matching: lower case, accents
// dropped, "&" as "and", apostrophes dropped (the vocabulary's names
// have none: "jerkin'" is "jerkin", "rock 'n' roll" is "rock n roll"),
// and hyphens, slashes and runs of spaces as one space.
func foldGenre(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		r = foldAccent(r)
		switch {
		case r == '&':
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("and")
			space = true
		case r == '\'' || r == '’':
			// Dropped: "Jerkin'" is the tree's "jerkin".
		case r == ' ' || r == '-' || r == '/' || r == '_' || r == ',':
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// treeGenres returns the genres of the vocabulary's genre tree that a name
// means: itself, what it is an alias of, or its form with or without a
// trailing "music" or a hyphen; nil when the tree does not know it.
func treeGenres(name string) []string {
	raw := strings.ToLower(strings.TrimSpace(name))
	f := foldGenre(name)
	for _, k := range []string{raw, f, strings.TrimSuffix(f, " music"), f + " music", strings.ReplaceAll(f, " ", "-")} {
		if vocab.IsGenre(k) {
			return []string{k}
		}
		if gs, _ := vocab.Genres(k); len(gs) > 0 {
			return gs
		}
		if a, ok := genreAliases[k]; ok {
			return []string{a}
		}
	}
	return nil
}

// genreUnder reports whether the genre tag have lies under want in the
// genre tree (or is it): "Hard Bop" is under "jazz". Names the tree does
// not know match by their words instead.
func genreUnder(have, want string) bool {
	hs, ws := treeGenres(have), treeGenres(want)
	if len(hs) == 0 || len(ws) == 0 {
		return genreMatches(strings.ToLower(strings.TrimSpace(have)), want)
	}
	for _, h := range hs {
		for _, w := range ws {
			if treeUnder(h, w) {
				return true
			}
		}
	}
	return false
}

// genreExcluded reports whether the tag have is ruled out by leaving out
// x (a genre or a tag): by the vocabulary's one definition (vocab.Excludes),
// it is when one of the genres have means has one of the genres x names,
// or their kin, among its ancestors along any parent. Names the tree does
// not know match by their words instead.
func genreExcluded(have, x string) bool {
	hs, xs := treeGenres(have), treeGenres(x)
	if len(hs) == 0 || len(xs) == 0 {
		return genreMatches(strings.ToLower(strings.TrimSpace(have)), x)
	}
	for _, h := range hs {
		for _, w := range xs {
			if vocab.Excludes(h, w) {
				return true
			}
		}
	}
	return false
}

// genreBeside reports whether the tag have is a neighbour of want: under
// a genre the vocabulary lists as near want, or under want's parent when
// that is not a top-level branch ("Samba" beside "bossa nova", both
// Brazilian; not "techno" beside "ambient", which only share
// "electronic").
func genreBeside(have, want string) bool {
	hs, ws := treeGenres(have), treeGenres(want)
	for _, w := range ws {
		// The genres the vocabulary lists as near ("downtempo" for
		// ambient, "bossa nova" for jazz) are neighbours too.
		for _, n := range vocab.Near(w) {
			for _, h := range hs {
				if treeUnder(h, n) {
					return true
				}
			}
		}
		p := vocab.Parent(w)
		if p == "" || vocab.Parent(p) == "" {
			continue
		}
		for _, h := range hs {
			if treeUnder(h, p) {
				return true
			}
		}
	}
	return false
}

// genreNear reports whether the tag have sits under want's ancestor at
// the given number of levels up (1 is its parent, even a top-level
// branch): the fallback for a genre the library lacks, which climbs one
// level at a time until some tag is under it.
func genreNear(have, want string, levels int) bool {
	for _, w := range treeGenres(want) {
		ps := []string{w}
		for range levels {
			var up []string
			for _, p := range ps {
				up = append(up, vocab.Parents(p)...)
			}
			ps = up
		}
		for _, p := range ps {
			for _, h := range treeGenres(have) {
				if treeUnder(h, p) {
					return true
				}
			}
		}
	}
	return false
}

// treeUnder reports whether w is h or one of its ancestors in the tree,
// along any parent the vocabulary records.
func treeUnder(h, w string) bool { return vocab.Under(h, w) }

// genresIn returns the genres of the tree that a text names, longest
// first where names overlap ("thrash metal", not also "metal"), leaving
// out words that describe rather than name ("funky").
func genresIn(text string) []string {
	if text == "" {
		return nil
	}
	words := strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune(".,;:!?()", r) {
			return ' '
		}
		return r
	}, strings.ToLower(text)))
	var out []string
	for i := 0; i < len(words); i++ {
		for n := min(4, len(words)-i); n >= 1; n-- {
			name := strings.Join(words[i:i+n], " ")
			if n == 1 {
				// A word the vocabulary reads as a derived form
				// describes ("a funky and moody motswako track"); it
				// does not name the genre of the same spelling (UK
				// funky, a kind of UK garage).
				if _, form := vocab.Genres(name); form {
					continue
				}
			}
			if vocab.IsGenre(name) && (n > 1 || len(name) > 3) {
				out = append(out, name)
				i += n - 1
				break
			}
		}
	}
	return out
}
