package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// minSpeakers is the share of a place's people (CLDR's populationPercent)
// who must speak a language, besides its being official there, for the
// place to be one where the language is spoken: Spanish in Mexico (83 %)
// and Spain (99 %), not English in Mexico (13 %, not official) nor French
// in Senegal (official, 26 %).
const minSpeakers = 50

// minPlaceShare and minRegionShare are the shares of a language's
// speakers (over the places where it is spoken) that a place, or a region
// with all its places, must hold for its genres to stand for the
// language: Mexico holds 26 % of the speakers of Spanish and Latin America
// 84 %; Cameroon 14 % of those of French, and Africa 45 %.
const minPlaceShare, minRegionShare = 0.2, 0.5

// unmarkedLanguage is the language the reader reads requests in. Songs in
// it are what a library holds unless it says otherwise, so it names no
// genre: "english lyrics" asks for words, not for the music of the place
// with most English speakers.
const unmarkedLanguage = "english"

// languageGenres returns, for each word of origin that is also the
// English name of a language (CLDR's names: "spanish", "portuguese",
// "persian"), the genres of beets' tree from the places where that
// language is official and spoken by most people (CLDR's territoryInfo),
// without the word's own genres: the genres of the word of origin of each
// such place that holds at least minPlaceShare of the language's speakers
// ("mexican": mexican pop; "brazilian": brazilian; "iranian": iranian pop)
// and the genres named after a region whose places hold at least
// minRegionShare of them (CLDR's territoryContainment, the UN's M49
// regions), where a region names a genre when its name, or an adjective
// WordNet derives from it, is one of the genre's name's parts joined by
// "and" (Latin America, "latin-american", and the Caribbean name
// "caribbean and latin american"). Songs in Spanish are then, in a library
// without Spain's own genres, the music of Mexico and Latin America. The
// unmarkedLanguage has none.
func (w *wordNet) languageGenres(c cldrData, origins map[string][]string, places map[string]int64, parents map[string]string) (map[string][]string, error) {
	names, sup := c.names, c.sup
	nouns, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	wordsOf := map[int64][]string{} // place -> its words of origin
	for word, place := range places {
		wordsOf[place] = append(wordsOf[place], word)
	}
	for _, ws := range wordsOf {
		slices.Sort(ws)
	}
	// placeWords returns the words of origin of a place named in English.
	placeWords := func(name string) []string {
		for _, off := range nouns[strings.ReplaceAll(strings.ToLower(name), " ", "_")] {
			if ws := wordsOf[off]; len(ws) > 0 {
				return ws
			}
		}
		return nil
	}
	regionGenres := func(name string) ([]string, error) { return w.regionGenres(nouns, parents, name) }
	out := map[string][]string{}
	for code, lang := range names.languages {
		word := strings.ToLower(lang)
		own, ok := origins[word]
		if !ok || word == unmarkedLanguage {
			continue
		}
		var gs []string
		add := func(g string) {
			if !slices.Contains(own, g) && !slices.Contains(gs, g) {
				gs = append(gs, g)
			}
		}
		spoken := sup.spokenBy(code, minSpeakers)
		var total float64
		inRegion := map[string]float64{}
		for t, n := range spoken {
			total += n
			for _, region := range sup.regionsOf(t) {
				inRegion[region] += n
			}
		}
		for _, t := range sortedKeys(spoken) {
			if spoken[t] < minPlaceShare*total {
				continue
			}
			for _, ow := range placeWords(names.territories[t]) {
				for _, g := range origins[ow] {
					add(g)
				}
			}
		}
		for _, region := range sortedKeys(inRegion) {
			if inRegion[region] < minRegionShare*total {
				continue
			}
			rg, err := regionGenres(names.territories[region])
			if err != nil {
				return nil, err
			}
			for _, g := range rg {
				add(g)
			}
		}
		if len(gs) > 0 {
			slices.Sort(gs)
			out[word] = gs
		}
	}
	return out, nil
}

// regionGenres returns the genres whose name has the region's name, or an
// adjective WordNet derives from it, as one of its parts joined by "and"
// (the Caribbean and Latin America name "caribbean and latin american").
func (w *wordNet) regionGenres(nouns map[string][]int64, parents map[string]string, name string) ([]string, error) {
	forms := []string{strings.ToLower(name)}
	for _, off := range nouns[strings.ReplaceAll(strings.ToLower(name), " ", "_")] {
		s, err := w.readSynset("n", off)
		if err != nil {
			return nil, err
		}
		for _, p := range s.ptrs {
			if p.symbol != "+" || p.pos != "a" && p.pos != "s" {
				continue
			}
			adj, err := w.readSynset(p.pos, p.offset)
			if err != nil {
				return nil, err
			}
			for _, l := range adj.lemmas {
				forms = append(forms, strings.ToLower(strings.NewReplacer("_", " ", "-", " ").Replace(l)))
			}
		}
	}
	var gs []string
	for g := range parents {
		if slices.Contains(forms[1:], g) {
			// The genre the region's adjective names ("african").
			gs = append(gs, g)
			continue
		}
		if !strings.Contains(g, " and ") {
			continue
		}
		for _, part := range strings.Split(g, " and ") {
			if slices.Contains(forms, part) {
				gs = append(gs, g)
				break
			}
		}
	}
	return gs, nil
}

// regionOrigins gives each word of origin with no genre from its place
// nor from a place WordNet says its place is part of ("cuban": Cuba,
// "jamaican": Jamaica) the genres named after the UN M49 regions that
// hold its place (CLDR's territoryContainment), as languageGenres names
// them: Cuba and Jamaica are in the Caribbean and Latin America, and
// "caribbean and latin american" is their genre. A place is a CLDR
// territory by its English name, as WordNet names it. A word whose
// regions name no genre ("irish": Northern Europe, Europe) keeps its
// empty list. A word with genres of its own and no region from WordNet
// takes the first genre its regions name, in the regions' order, as its
// region ("chinese": asian, for a library with no c-pop). It returns the
// words it gave genres or a region to.
func (w *wordNet) regionOrigins(c cldrData, origins map[string][]string, regions map[string]string, places map[string]int64, parents map[string]string) ([]string, error) {
	names, sup := c.names, c.sup
	nouns, err := w.loadIndex("n")
	if err != nil {
		return nil, err
	}
	territoryOf := map[int64]string{} // place -> its CLDR territory
	for _, code := range sortedKeys(names.territories) {
		if isDigits(code) {
			continue
		}
		for _, off := range nouns[strings.ReplaceAll(strings.ToLower(names.territories[code]), " ", "_")] {
			if _, seen := territoryOf[off]; !seen {
				territoryOf[off] = code
			}
		}
	}
	var gave []string
	for _, word := range sortedKeys(origins) {
		code, ok := territoryOf[places[word]]
		if !ok || len(origins[word]) > 0 && regions[word] != "" {
			continue
		}
		var gs []string
		for _, region := range sup.regionsOf(code) {
			rg, err := w.regionGenres(nouns, parents, names.territories[region])
			if err != nil {
				return nil, err
			}
			for _, g := range rg {
				if !slices.Contains(gs, g) {
					gs = append(gs, g)
				}
			}
		}
		own := origins[word]
		gs = slices.DeleteFunc(gs, func(g string) bool { return slices.Contains(own, g) })
		switch {
		case len(gs) == 0:
		case len(own) > 0:
			regions[word] = gs[0]
			gave = append(gave, word)
		default:
			slices.Sort(gs)
			origins[word] = gs
			gave = append(gave, word)
		}
	}
	return gave, nil
}

// cldrData is what the generator reads of CLDR's territory data: the
// English names of languages and territories and the supplemental data,
// read once for languageGenres and regionOrigins.
type cldrData struct {
	names cldrNames
	sup   cldrSupplemental
}

// readCLDR reads en.xml and supplementalData.xml under CLDR's common
// directory.
func readCLDR(dir string) (cldrData, error) {
	names, err := readCLDRNames(filepath.Join(dir, "main", "en.xml"))
	if err != nil {
		return cldrData{}, err
	}
	sup, err := readCLDRSupplemental(filepath.Join(dir, "supplemental", "supplementalData.xml"))
	if err != nil {
		return cldrData{}, err
	}
	return cldrData{names: names, sup: sup}, nil
}

// cldrNames are CLDR's English names of languages and territories, by
// code ("es": Spanish, "MX": Mexico, "419": Latin America).
type cldrNames struct {
	languages, territories map[string]string
}

// readCLDRNames reads the names of languages and territories from CLDR's
// en.xml, leaving out the alternative forms ("alt" short or variant).
func readCLDRNames(path string) (cldrNames, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return cldrNames{}, err
	}
	type name struct {
		Type string `xml:"type,attr"`
		Alt  string `xml:"alt,attr"`
		Name string `xml:",chardata"`
	}
	var doc struct {
		Languages   []name `xml:"localeDisplayNames>languages>language"`
		Territories []name `xml:"localeDisplayNames>territories>territory"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return cldrNames{}, err
	}
	n := cldrNames{languages: map[string]string{}, territories: map[string]string{}}
	for _, l := range doc.Languages {
		if l.Alt == "" && !strings.Contains(l.Type, "_") {
			n.languages[l.Type] = l.Name
		}
	}
	for _, t := range doc.Territories {
		if t.Alt == "" {
			n.territories[t.Type] = t.Name
		}
	}
	return n, nil
}

// cldrSupplemental holds what supplementalData.xml says of where each
// language is spoken and which regions hold each territory.
type cldrSupplemental struct {
	// speakers maps a language code to the territories where it is
	// official, each with the share of people who speak it (percent).
	speakers map[string]map[string]float64
	// population is each territory's number of people.
	population map[string]float64
	// parents maps a territory or region to the M49 regions that
	// directly contain it.
	parents map[string][]string
}

// readCLDRSupplemental reads the territories' languages and the M49
// containment of CLDR's supplementalData.xml.
func readCLDRSupplemental(path string) (cldrSupplemental, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return cldrSupplemental{}, err
	}
	var doc struct {
		Groups []struct {
			Type     string `xml:"type,attr"`
			Contains string `xml:"contains,attr"`
			Status   string `xml:"status,attr"`
		} `xml:"territoryContainment>group"`
		Territories []struct {
			Type       string  `xml:"type,attr"`
			Population float64 `xml:"population,attr"`
			Languages  []struct {
				Type     string `xml:"type,attr"`
				Percent  string `xml:"populationPercent,attr"`
				Official string `xml:"officialStatus,attr"`
			} `xml:"languagePopulation"`
		} `xml:"territoryInfo>territory"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return cldrSupplemental{}, err
	}
	s := cldrSupplemental{speakers: map[string]map[string]float64{}, population: map[string]float64{}, parents: map[string][]string{}}
	for _, t := range doc.Territories {
		s.population[t.Type] = t.Population
		for _, l := range t.Languages {
			if l.Official != "official" && l.Official != "de_facto_official" {
				continue
			}
			pct, err := strconv.ParseFloat(l.Percent, 64)
			if err != nil {
				continue
			}
			if s.speakers[l.Type] == nil {
				s.speakers[l.Type] = map[string]float64{}
			}
			s.speakers[l.Type][t.Type] = pct
		}
	}
	for _, g := range doc.Groups {
		// The M49 regions have numeric codes; the World (001) holds
		// everything and names no music.
		if g.Status != "" || g.Type == "001" || !isDigits(g.Type) {
			continue
		}
		for _, c := range strings.Fields(g.Contains) {
			s.parents[c] = append(s.parents[c], g.Type)
		}
	}
	return s, nil
}

// spokenBy returns the territories where a language is official and
// spoken by at least minPercent of the people, each with the number of
// people there who speak it.
func (s cldrSupplemental) spokenBy(lang string, minPercent float64) map[string]float64 {
	ts := map[string]float64{}
	for t, pct := range s.speakers[lang] {
		if pct >= minPercent {
			ts[t] = s.population[t] * pct / 100
		}
	}
	return ts
}

// regionsOf returns, sorted, every M49 region that holds a territory,
// directly or through another region.
func (s cldrSupplemental) regionsOf(t string) []string {
	var out []string
	queue := slices.Clone(s.parents[t])
	for len(queue) > 0 {
		r := queue[0]
		queue = queue[1:]
		if slices.Contains(out, r) {
			continue
		}
		out = append(out, r)
		queue = append(queue, s.parents[r]...)
	}
	slices.Sort(out)
	return out
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
