package models

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

func TestParseRequestViaModelValidates(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = func(api.ChatRequest) string {
			return `{"moods":["calm","made-up"],"energy":"low","tempo_min":500,"tempo_max":80,"mode":"dorian",` +
				`"genres":["Jazz"],"like_artists":["Bill \u001b[2JEvans"],"exclude_artists":["Kenny G"],"activity":"skydiving",` +
				`"time_of_day":"late night","minutes":45,"count":0,"familiarity":"deep cuts","tempo_change":"","energy_change":"","different":false}`
		}
	})
	p := NewRequestParser(f.client(t, nil))
	got, err := p.Parse(context.Background(), "calm jazz like Bill Evans for late night", nil)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Request
	if got.Source != SourceModel || got.Fallback != "" {
		t.Fatalf("source = %s (%s)", got.Source, got.Fallback)
	}
	if !slices.Equal(r.Moods, []string{"calm"}) || *r.Energy != 0.3 || r.TempoMin != 0 || r.TempoMax != 0 || r.PreferTempoMin != 80 || r.PreferTempoMax != 220 || r.Mode != "" ||
		!slices.Equal(r.Genres, []string{"jazz"}) || !slices.Equal(r.LikeArtists, []string{"Bill Evans"}) || r.Activity != "" ||
		r.TimeOfDay != "late night" || r.Duration != 45*time.Minute || *r.Familiarity != 1 || r.Intent != "calm jazz like Bill Evans for late night" {
		t.Errorf("request = %+v", r)
	}
	msg := f.lastChat().Messages[1].Content
	if !strings.Contains(msg, `"message": "calm jazz like Bill Evans for late night"`) {
		t.Errorf("message not passed as data: %q", msg)
	}
}

func TestParseRequestRefinesPrevious(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = func(api.ChatRequest) string {
			return `{"moods":[],"energy":"","tempo_min":0,"tempo_max":0,"mode":"","genres":[],"like_artists":[],"exclude_artists":[],` +
				`"activity":"","time_of_day":"","minutes":0,"count":0,"familiarity":"","tempo_change":"slower","energy_change":"","different":false}`
		}
	})
	prev := ParseRules("jazz around 120 bpm")
	got, _ := NewRequestParser(f.client(t, nil)).Parse(context.Background(), "slower", &prev)
	if got.Source != SourceModel || got.Request.PreferTempoMax != 108 || got.Request.TempoMin != 0 || !slices.Equal(got.Request.Genres, []string{"jazz"}) || got.Message.TempoShift != -1 {
		t.Errorf("parsed = %+v", got)
	}
	if !strings.Contains(f.lastChat().Messages[1].Content, `"previous_request"`) {
		t.Errorf("previous request not sent")
	}
}

func TestParseRequestFallsBackToRules(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) { f.reply = func(api.ChatRequest) string { return `{"moods": [` } })
	got, err := NewRequestParser(f.client(t, nil)).Parse(context.Background(), "something fast for running", nil)
	if err != nil || got.Source != SourceRules || !strings.Contains(got.Fallback, "malformed") ||
		got.Request.PreferTempoMin != 125 || got.Request.Activity != "running" {
		t.Errorf("parsed = %+v, %v", got, err)
	}
	if n := f.count("/api/chat"); n != 2 {
		t.Errorf("chat calls = %d, want 2 (one retry)", n)
	}
	// Without a client, and with Ollama failing, the rules answer too.
	got, _ = NewRequestParser(nil).Parse(context.Background(), "no Drake", nil)
	if got.Source != SourceRules || !slices.Equal(got.Request.ExcludeArtists, []string{"Drake"}) {
		t.Errorf("rules = %+v", got)
	}
	f.set(func(f *fakeOllama) { f.fail["/api/chat"] = []int{400} })
	got, _ = NewRequestParser(f.client(t, nil)).Parse(context.Background(), "slow", nil)
	if got.Source != SourceRules || got.Request.PreferTempoMax != 95 || !strings.Contains(got.Fallback, "400") {
		t.Errorf("after HTTP 400: %+v", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewRequestParser(f.client(t, nil)).Parse(ctx, "slow", nil); err == nil {
		t.Errorf("cancelled parse gave no error")
	}
}

func TestParseRequestViaModelUsesTheLibrarysVocabulary(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = func(api.ChatRequest) string {
			return `{"moods":["groovy"],"energy":"","tempo_min":0,"tempo_max":0,"mode":"","genres":["blues","jazz"],` +
				`"like_artists":["careless love"],"exclude_artists":["freedoom"],"instruments":["piano"],"activity":"","time_of_day":"",` +
				`"minutes":0,"count":0,"familiarity":"","tempo_change":"","energy_change":"","different":false}`
		}
	})
	p := NewRequestParser(f.client(t, nil)).WithLexicon(testLexicon())
	got, err := p.Parse(context.Background(), "bluesy jazzy piano grooves like careless love, nothing by freedoom, zorblax", nil)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Request
	if got.Source != SourceModel || !slices.Equal(r.Genres, []string{"blues", "jazz"}) || !slices.Equal(r.Instruments, []string{"piano"}) {
		t.Errorf("request = %s", dataJSON(r))
	}
	if !slices.Equal(r.LikeTracks, []string{"Careless Love"}) || !slices.Equal(r.ExcludeArtists, []string{"Freedoom", "Freedoom Project"}) {
		t.Errorf("names resolve against the library as for rules: like %q / %q, excluded %q", r.LikeArtists, r.LikeTracks, r.ExcludeArtists)
	}
	if !slices.Equal(r.NotUnderstood, []string{"zorblax"}) || !slices.Contains(r.SearchWords, "zorblax") || len(r.Understood) == 0 {
		t.Errorf("understood %q, not understood %q, search %q", r.Understood, r.NotUnderstood, r.SearchWords)
	}
	// The schema gives the library's genres and the known instruments as the allowed values.
	format := string(f.lastChat().Format)
	for _, want := range []string{`"bossa nova"`, `"video game music"`, `"saxophone"`, `"groovy"`} {
		if !strings.Contains(format, want) {
			t.Errorf("schema lacks %s: %s", want, format)
		}
	}
}

func TestParseRequestViaModelWithManyGenres(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = func(api.ChatRequest) string {
			return `{"moods":[],"energy":"","tempo_min":0,"tempo_max":0,"mode":"","genres":["genre 0"],"like_artists":[],` +
				`"exclude_artists":[],"activity":"","time_of_day":"","minutes":0,"count":0,"familiarity":"","tempo_change":"","energy_change":"","different":false}`
		}
	})
	var genres []string
	for i := range maxSchemaGenres + 10 {
		genres = append(genres, fmt.Sprintf("Genre %d", i))
	}
	p := NewRequestParser(f.client(t, nil)).WithLexicon(NewLexicon(nil, nil, nil, genres))
	if _, err := p.Parse(context.Background(), "genre zero please", nil); err != nil {
		t.Fatal(err)
	}
	chat := f.lastChat()
	if strings.Contains(string(chat.Format), `"genre 0"`) {
		t.Error("a library with more genres than the schema can list must not get an enum")
	}
	msg := chat.Messages[1].Content
	if !strings.Contains(msg, `"genre 0"`) || !strings.Contains(msg, fmt.Sprintf(`"genre %d"`, maxSchemaGenres-1)) ||
		strings.Contains(msg, fmt.Sprintf(`"genre %d"`, maxSchemaGenres)) {
		t.Errorf("the message must list the %d most used genres: %s", maxSchemaGenres, msg)
	}
}

// TestParseRequestViaModelKeepsTheRulesNumbers keeps what only the rules
// read in a model's reading: bounds on each track's length and words of
// recency, which the model's schema does not hold.
func TestParseRequestViaModelKeepsTheRulesNumbers(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = func(api.ChatRequest) string {
			return `{"moods":[],"energy":"","tempo_min":0,"tempo_max":0,"mode":"","genres":["Jazz"],"like_artists":[],"exclude_artists":[],` +
				`"activity":"","time_of_day":"","minutes":0,"count":0,"familiarity":"","tempo_change":"","energy_change":"","different":false}`
		}
	})
	got, err := NewRequestParser(f.client(t, nil)).Parse(context.Background(), "recent jazz, songs under 4 minutes", nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := got.Request; got.Source != SourceModel || r.TrackMax != 4*time.Minute || r.PreferYearMin != time.Now().Year()-5 {
		t.Errorf("request = %+v (source %s)", r, got.Source)
	}
}
