package engine

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/models"
)

// style is a family of tracks for the test library.
type style struct {
	genre       string
	bpm, energy float64
	minor       bool
	moods       []string
	instruments []string
	contexts    []string
	timbre      int // which axis the timbre vector leans on
}

var testStyles = []style{
	{"jazz", 90, 0.35, false, []string{"mellow", "warm"}, []string{"piano", "bass"}, []string{"dinner party", "reading"}, 0},
	{"classical", 70, 0.2, true, []string{"calm", "peaceful"}, []string{"piano", "strings"}, []string{"studying", "focus"}, 1},
	{"techno", 128, 0.85, true, []string{"energetic", "intense"}, []string{"drum machine", "synthesizer"}, []string{"party", "dancing"}, 2},
	{"pop", 118, 0.7, false, []string{"happy", "uplifting"}, []string{"vocals", "synthesizer"}, []string{"party", "driving"}, 3},
	{"metal", 165, 0.95, true, []string{"aggressive", "dark"}, []string{"electric guitar", "drums"}, []string{"working out", "running"}, 4},
	{"ambient", 60, 0.1, true, []string{"dreamy", "dark"}, []string{"synthesizer"}, []string{"sleeping", "late night"}, 5},
}

// testRows builds a library of artistsPer artists per style, each with
// tracksPer tracks of about four minutes, whose notes, tags, features and
// vectors follow the style with a little noise.
func testRows(artistsPer, tracksPer int, seed uint64) []TrackRow {
	rng := rand.New(rand.NewPCG(seed, 1))
	emb := HashEmbedder{Dim: 64}
	var rows []TrackRow
	id := library.TrackID(1)
	for si, st := range testStyles {
		for a := range artistsPer {
			artist := fmt.Sprintf("%s Artist %c", strings.ToUpper(st.genre[:1])+st.genre[1:], 'A'+a)
			for t := range tracksPer {
				bpm := st.bpm + rng.NormFloat64()*4
				energy := min(1, max(0, st.energy+rng.NormFloat64()*0.05))
				timbre := make([]float32, 8)
				for k := range timbre {
					timbre[k] = float32(rng.NormFloat64() * 0.15)
				}
				timbre[st.timbre] += 1
				note := fmt.Sprintf("A %s %s piece with %s. Good for %s.", st.moods[0], st.genre,
					strings.Join(st.instruments, " and "), st.contexts[0])
				rows = append(rows, TrackRow{
					ID: id, Path: fmt.Sprintf("/music/%s/%d.flac", artist, t), Title: fmt.Sprintf("%s %d", artist, t+1),
					Artist: artist, Album: fmt.Sprintf("%s LP%d", artist, t%2+1), Genres: []string{st.genre},
					Duration: time.Duration(200+rng.IntN(80)) * time.Second, HasFeatures: true, BPM: bpm, Energy: energy,
					Brightness: 0.3 + 0.1*float64(si%3), Minor: st.minor, Timbre: timbre, Note: note,
					Moods: st.moods, Instruments: st.instruments, Contexts: st.contexts, Embedding: emb.Vector(note),
				})
				id++
			}
		}
	}
	return rows
}

func testCatalog(t testing.TB) *Catalog {
	t.Helper()
	return NewCatalog(testRows(3, 6, 7))
}

// query resolves a chat message with the models rule parser and embeds it.
func query(t testing.TB, cat *Catalog, s *Session, text string) Query {
	t.Helper()
	q := FromRequest(models.ParseRules(text), cat, s)
	if err := q.Embed(context.Background(), HashEmbedder{Dim: 64}); err != nil {
		t.Fatal(err)
	}
	return q
}

func genresOf(cat *Catalog, res Result) []string {
	var g []string
	for _, it := range res.Items {
		g = append(g, strings.Join(it.Genres, "/"))
	}
	return g
}

func rankOf(res Result, id library.TrackID) int {
	for _, it := range res.Items {
		if it.ID == id {
			return it.Rank
		}
	}
	return 1 << 20
}

// nearTimbre is a timbre vector of four dimensions that differs only in
// its first two: the nearer two vectors are there, the more alike the
// tracks sound.
func nearTimbre(a, b float32) []float32 { return []float32{a, b, 0.1, 0.1} }

// ironTides returns the two tracks by Iron Tides that "like Iron Tides"
// takes for its seeds, at bpm and energy, followed by rows.
func ironTides(bpm, energy float64, rows ...TrackRow) []TrackRow {
	return append([]TrackRow{
		{ID: 1, Title: "Seed One", Artist: "Iron Tides", HasFeatures: true, BPM: bpm, Energy: energy, Timbre: nearTimbre(1, 0)},
		{ID: 2, Title: "Seed Two", Artist: "Iron Tides", HasFeatures: true, BPM: bpm, Energy: energy, Timbre: nearTimbre(1, 0.05)},
	}, rows...)
}

// rankFirstTurn reads text by the rules as the first turn of a session on
// cat and ranks its n best without the diversity pass, as the tests of a
// change relative to seeds need: it returns the query and the result.
func rankFirstTurn(cat *Catalog, text string, n int) (Query, Result) {
	s := NewSession(time.Now())
	q := FromRequest(s.Next(models.ParseRulesWith(text, cat.Lexicon()), cat), cat, s)
	return q, NewRanker(cat).Rank(q, Taste{}, Options{N: n, Weights: DefaultWeights, Diversity: NoDiversity})
}
