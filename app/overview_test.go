package app

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/library/synth"
	"sleeve/models"
)

// measured is what the library measured of a group's tracks, computed
// here from the stored features, apart from the overview writer.
type measured struct {
	bpms                      []int
	major, minor              int
	calm, moderate, energetic int
}

func measure(t *testing.T, s *library.Store, grp Group) measured {
	t.Helper()
	var m measured
	for tr, err := range s.Tracks(context.Background(), library.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		if !grp.member(tr) || tr.Features == nil {
			continue
		}
		f := tr.Features
		if bpm := f.ReliableBPM(); bpm > 0 {
			m.bpms = append(m.bpms, int(bpm+0.5))
		}
		if f.Key != "" && f.KeyConfidence >= models.MinKeyConfidence {
			if f.Minor {
				m.minor++
			} else {
				m.major++
			}
		}
		switch {
		case f.Energy < 0.35:
			m.calm++
		case f.Energy >= 0.65:
			m.energetic++
		default:
			m.moderate++
		}
	}
	return m
}

var (
	bpmFigure    = regexp.MustCompile(`(\d+) BPM`)
	allMode      = regexp.MustCompile(`(?:all (\d+)|(both)) keyed tracks in (major|minor)`)
	oneMode      = regexp.MustCompile(`its one keyed track in (major|minor)`)
	someMode     = regexp.MustCompile(`(\d+) of (\d+) in (major|minor) keys`)
	energyCounts = regexp.MustCompile(`(\d+) (calm|moderate|energetic)\b`)
)

// contradictions lists what text says that the measurements do not bear
// out: a BPM figure outside the measured range, a mode count or an energy
// spread that is not the measured one.
func (m measured) contradictions(text string) []string {
	var out []string
	lo, hi := 1000, 0
	for _, b := range m.bpms {
		lo, hi = min(lo, b), max(hi, b)
	}
	for _, f := range bpmFigure.FindAllStringSubmatch(text, -1) {
		v, _ := strconv.Atoi(f[1])
		if v < lo-3 || v > hi+3 {
			out = append(out, fmt.Sprintf("%s outside %d–%d", f[0], lo, hi))
		}
	}
	if f := allMode.FindStringSubmatch(text); f != nil {
		n, _ := strconv.Atoi(f[1])
		if f[2] == "both" {
			n = 2
		}
		if (f[3] == "minor" && (m.minor != n || m.major != 0)) || (f[3] == "major" && (m.major != n || m.minor != 0)) {
			out = append(out, fmt.Sprintf("%q but %d major, %d minor", f[0], m.major, m.minor))
		}
	}
	if f := oneMode.FindStringSubmatch(text); f != nil && m.major+m.minor != 1 {
		out = append(out, fmt.Sprintf("%q but %d keyed", f[0], m.major+m.minor))
	}
	if f := someMode.FindStringSubmatch(text); f != nil {
		n := map[string]int{"major": m.major, "minor": m.minor}[f[3]]
		if f[1] != strconv.Itoa(n) || f[2] != strconv.Itoa(m.major+m.minor) {
			out = append(out, fmt.Sprintf("%q but %d major, %d minor", f[0], m.major, m.minor))
		}
	}
	total := m.calm + m.moderate + m.energetic
	for phrase, ok := range map[string]bool{"calm throughout": m.calm == total, "low in energy on every track": m.calm == total,
		"energetic throughout": m.energetic == total, "high in energy on every track": m.energetic == total,
		"of moderate energy throughout": m.moderate == total, "even in energy": m.moderate == total} {
		if strings.Contains(text, phrase) && !ok {
			out = append(out, fmt.Sprintf("%q but %d calm, %d moderate, %d energetic", phrase, m.calm, m.moderate, m.energetic))
		}
	}
	if strings.Contains(text, "energy spread of") {
		for _, f := range energyCounts.FindAllStringSubmatch(text[strings.Index(text, "energy spread of"):], -1) {
			want := map[string]int{"calm": m.calm, "moderate": m.moderate, "energetic": m.energetic}[f[2]]
			if f[1] != strconv.Itoa(want) {
				out = append(out, fmt.Sprintf("%q but %d", f[0], want))
			}
		}
	}
	return out
}

// TestOverviewsOfTheDemoLibrary writes the overviews of the whole demo
// library from templates: every artist and genre has one, none states a
// tempo, mode or energy its tracks do not have, a second run rewrites
// nothing, and a model overview that contradicts its tracks loses those
// sentences.
func TestOverviewsOfTheDemoLibrary(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, len(synth.DemoTracks()))
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	res, err := WriteOverviews(ctx, s, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	groups, err := Groups(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, grp := range groups {
		kinds[grp.Kind]++
		o, err := s.Overview(ctx, grp.Kind, grp.Name, grp.Artist)
		if err != nil {
			t.Fatalf("%s %q has no overview: %v", grp.Kind, grp.Name, err)
		}
		if !o.Template || !strings.Contains(o.Text, grp.Name) {
			t.Errorf("%s %q: %+v", grp.Kind, grp.Name, o)
		}
		if why := measure(t, s, grp).contradictions(o.Text); len(why) > 0 {
			t.Errorf("%s %q: %q contradicts its tracks: %v", grp.Kind, grp.Name, o.Text, why)
		}
		if grp.Kind != models.OverviewAlbum {
			t.Logf("%s: %s", grp.Name, o.Text)
		}
	}
	if kinds["artist"] != 6 || kinds["genre"] < 5 || res.Templates != len(groups) {
		t.Fatalf("groups %v, result %+v", kinds, res)
	}
	again, err := WriteOverviews(ctx, s, nil, nil)
	if err != nil || again.UpToDate != len(groups) {
		t.Fatalf("second run %+v %v", again, err)
	}

	// A model that gets an energetic artist wrong: the checker drops what
	// contradicts the tracks and keeps the rest.
	fake, host := newMiniOllama(t)
	_ = fake
	client, err := models.NewClient(models.ClientConfig{Host: host, ChatModel: "chat", EmbedModel: "embed", RetryBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	grp := Group{Kind: models.OverviewArtist, Name: "Sub Rosa Circuit"}
	m := measure(t, s, grp)
	if m.energetic == 0 {
		t.Fatalf("Sub Rosa Circuit measured %+v", m)
	}
	fake.mu.Lock()
	fake.overviewText = "Sub Rosa Circuit plays slow, calm music at 60 BPM. Its drum and bass rolls on breakbeats."
	fake.mu.Unlock()
	o, err := OverviewOf(ctx, s, client, grp)
	if err != nil {
		t.Fatal(err)
	}
	if o.Template || o.Model != "chat" || o.Text != "Its drum and bass rolls on breakbeats." || len(o.Dropped) != 1 {
		t.Fatalf("model overview %+v", o)
	}
}

// TestExplorerOverviewFollowsTheLibrary: the explorer's quick look at an
// overview (Library.Overview) does not show a template overview written
// from an older state of the library: one stored while a scan was still
// measuring said "199 BPM on the 2 tracks with a clear beat and low in
// energy on every track" in the explorer after 10 of the artist's 17
// tracks were measured, until a run of sleeve notes (found in the
// end-to-end trial). A stale template is written again from the tracks as
// they are; a current one is returned as stored, and so is a model's,
// which only sleeve notes rewrites.
func TestExplorerOverviewFollowsTheLibrary(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, 4)
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	lib := &Library{store: s}
	first, err := lib.Overview(ctx, models.OverviewArtist, "Halcyon Drift", "")
	if err != nil || !first.Template || !strings.Contains(first.Text, "4 tracks") {
		t.Fatalf("first overview %+v %v", first, err)
	}
	first, err = s.Overview(ctx, models.OverviewArtist, "Halcyon Drift", "")
	if err != nil {
		t.Fatal(err)
	}
	again, err := lib.Overview(ctx, models.OverviewArtist, "Halcyon Drift", "")
	if err != nil || again.Key != first.Key || !again.CreatedAt.Equal(first.CreatedAt) {
		t.Errorf("a current overview was written again: %+v, was %+v (%v)", again, first, err)
	}
	stale := first
	stale.Text, stale.Key = "Halcyon Drift has 2 tracks in the library.", "an older key"
	if err := s.SaveOverview(ctx, stale); err != nil {
		t.Fatal(err)
	}
	got, err := lib.Overview(ctx, models.OverviewArtist, "Halcyon Drift", "")
	if err != nil || got.Text != first.Text || got.Key != first.Key {
		t.Errorf("stale template overview shown as %q (key %q), want %q: %v", got.Text, got.Key, first.Text, err)
	}
	byModel := first
	byModel.Text, byModel.Key, byModel.Template, byModel.Model = "A model's words.", "an older key", false, "chat"
	if err := s.SaveOverview(ctx, byModel); err != nil {
		t.Fatal(err)
	}
	if got, err := lib.Overview(ctx, models.OverviewArtist, "Halcyon Drift", ""); err != nil || got.Text != byModel.Text {
		t.Errorf("a model's overview shown as %q: %v", got.Text, err)
	}
}
