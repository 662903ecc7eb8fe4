package models

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

// askedOf returns the message and the words a request-reading chat asks
// the model about.
func askedOf(req api.ChatRequest) (string, []string) {
	var data struct {
		Message string   `json:"message"`
		Words   []string `json:"words"`
	}
	user := req.Messages[len(req.Messages)-1].Content
	if i := strings.Index(user, "{"); i >= 0 {
		_ = json.NewDecoder(strings.NewReader(user[i:])).Decode(&data)
	}
	return data.Message, data.Words
}

// knowingModel answers like a model that reads every word the rules know
// as the rules read it alone, and the other words with other.
func knowingModel(other func(w string) []modelReading) func(api.ChatRequest) string {
	return func(req api.ChatRequest) string {
		_, words := askedOf(req)
		out := []modelReading{}
		for _, w := range words {
			r := ParseRules(w)
			switch {
			case len(r.Genres) > 0:
				out = append(out, modelReading{w, "genre", r.Genres[0], false})
			case len(r.Moods) > 0:
				out = append(out, modelReading{w, "mood", r.Moods[0], false})
			case len(r.Instruments) > 0:
				out = append(out, modelReading{w, "instrument", r.Instruments[0], false})
			case r.Activity != "":
				out = append(out, modelReading{w, "activity", r.Activity, false})
			default:
				out = append(out, other(w)...)
			}
		}
		b, _ := json.Marshal(map[string]any{"readings": out})
		return string(b)
	}
}

// TestParseRequestModelReadsTheWordsTheRulesMissed: the model is asked
// only about the word the rules did not understand (with an anchor the
// rules know), maps it onto the library's genres and the known moods, and
// adds that to the rules' reading, whose exclusions, numbers and names
// stand.
func TestParseRequestModelReadsTheWordsTheRulesMissed(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = knowingModel(func(w string) []modelReading {
			return []modelReading{{w, "genre", "bossa nova", false}, {w, "mood", "dreamy", false}}
		})
	})
	p := NewRequestParser(f.client(t, nil)).WithLexicon(testLexicon())
	got, err := p.Parse(context.Background(), "bluesy zorblax grooves like Careless Love, nothing by Freedoom, under 100 bpm", nil)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Request
	if got.Source != SourceModel || got.Fallback != "" || len(got.Notes) != 0 {
		t.Fatalf("source %s, fallback %q, notes %q", got.Source, got.Fallback, got.Notes)
	}
	if !slices.Contains(r.Genres, "blues") || !slices.Contains(r.Genres, "bossa nova") || !slices.Contains(r.Moods, "dreamy") ||
		!slices.Contains(r.Moods, "groovy") {
		t.Errorf("genres %q, moods %q: the rules' and the model's readings together", r.Genres, r.Moods)
	}
	if !slices.Equal(r.ExcludeArtists, []string{"Freedoom", "Freedoom Project"}) || r.TempoMax != 100 || !slices.Equal(r.LikeTracks, []string{"Careless Love"}) {
		t.Errorf("the rules' exclusions, numbers and names must stand: excluded %q, tempo ≤ %d, like %q", r.ExcludeArtists, r.TempoMax, r.LikeTracks)
	}
	if len(r.NotUnderstood) != 0 || !slices.Contains(r.Understood, "genre bossa nova (from “zorblax”, by the model)") {
		t.Errorf("understood %q, not understood %q", r.Understood, r.NotUnderstood)
	}
	chat := f.lastChat()
	msg, words := askedOf(chat)
	if msg != "bluesy zorblax grooves like Careless Love, nothing by Freedoom, under 100 bpm" || !slices.Contains(words, "zorblax") || len(words) > 1+maxAnchors {
		t.Errorf("asked about %q in %q", words, msg)
	}
	// The schema gives the library's genres and the known moods and
	// instruments as the allowed values, and the asked words as the words.
	format := string(chat.Format)
	for _, want := range []string{`"bossa nova"`, `"video game music"`, `"saxophone"`, `"groovy"`, `"zorblax"`} {
		if !strings.Contains(format, want) {
			t.Errorf("schema lacks %s: %s", want, format)
		}
	}
	if strings.Contains(format, `"freedoom"`) {
		t.Errorf("a name the rules resolved is not asked about: %s", format)
	}
}

// TestParseRequestWithoutGapsAsksNoModel: a message the rules understand
// whole costs no model call.
func TestParseRequestWithoutGapsAsksNoModel(t *testing.T) {
	f := newFakeOllama(t)
	got, err := NewRequestParser(f.client(t, nil)).WithLexicon(testLexicon()).Parse(context.Background(), "bluesy, jazzy grooves", nil)
	if err != nil || got.Source != SourceRules || got.Fallback != "" || f.count("/api/chat") != 0 {
		t.Errorf("source %s, fallback %q, %d chats, %v", got.Source, got.Fallback, f.count("/api/chat"), err)
	}
}

// TestParseRequestModelCannotContradictTheRules: a model reading that
// refuses what the rules read as asked for, or asks for what the request
// leaves out, is not used, and a note says so.
func TestParseRequestModelCannotContradictTheRules(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = knowingModel(func(w string) []modelReading {
			return []modelReading{{w, "genre", "blues", true}, {w, "genre", "video game music", false}, {w, "mood", "calm", true}}
		})
	})
	p := NewRequestParser(f.client(t, nil)).WithLexicon(testLexicon())
	got, err := p.Parse(context.Background(), "calm bluesy zorblax, no game music", nil)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Request
	if !slices.Contains(r.Genres, "blues") || slices.Contains(r.ExcludeGenres, "blues") || slices.Contains(r.Genres, "video game music") ||
		!slices.Contains(r.ExcludeGenres, "video game music") || !slices.Contains(r.Moods, "calm") || slices.Contains(r.ExcludeMoods, "calm") {
		t.Errorf("the rules' reading was contradicted: genres %q, excluded %q, moods %q, excluded moods %q", r.Genres, r.ExcludeGenres, r.Moods, r.ExcludeMoods)
	}
	if got.Source != SourceRules || len(got.Notes) != 3 || !slices.Contains(r.NotUnderstood, "zorblax") {
		t.Errorf("source %s, notes %q, not understood %q", got.Source, got.Notes, r.NotUnderstood)
	}
	for _, n := range got.Notes {
		if !strings.Contains(n, "not used") || !strings.Contains(n, "zorblax") {
			t.Errorf("note %q", n)
		}
	}
}

// TestParseRequestModelValuesOutsideTheAllowedSet: a reply naming a genre
// the library does not have, an unknown mood or instrument, an unknown
// kind or a word it was not asked about is not used, field by field, each
// with a note; the valid reading beside them is used.
func TestParseRequestModelValuesOutsideTheAllowedSet(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = knowingModel(func(w string) []modelReading {
			return []modelReading{{w, "genre", "hyperpolka", false}, {w, "mood", "zesty", false}, {w, "instrument", "theremin", false},
				{w, "weather", "rainy", false}, {"banana", "genre", "rock", false}, {w, "activity", "studying", false}}
		})
	})
	got, err := NewRequestParser(f.client(t, nil)).WithLexicon(testLexicon()).Parse(context.Background(), "bluesy zorblax", nil)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Request
	if got.Source != SourceModel || r.Activity != "studying" || slices.Contains(r.Genres, "rock") || slices.Contains(r.Genres, "hyperpolka") ||
		len(r.Moods) != 0 || len(r.Instruments) != 0 {
		t.Errorf("source %s, request %s", got.Source, dataJSON(r))
	}
	want := []string{"“hyperpolka”, which is not a genre of your library", "“zesty”, which is not one of the moods", "“theremin”, which is not one Sleeve knows",
		"the kind “weather”", "“banana”, a word it was not asked about"}
	if len(got.Notes) != len(want) {
		t.Fatalf("notes %q", got.Notes)
	}
	for i, w := range want {
		if !strings.Contains(got.Notes[i], w) || !strings.HasSuffix(got.Notes[i], "not used") {
			t.Errorf("note %d = %q, want it to say %q", i, got.Notes[i], w)
		}
	}
}

// TestParseRequestDistrustsAModelThatMisreadsTheAnchors: a model that
// reads the words the rules know otherwise is not used for the others;
// after three misreads it is no longer asked.
func TestParseRequestDistrustsAModelThatMisreadsTheAnchors(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = func(req api.ChatRequest) string {
			_, words := askedOf(req)
			var out []modelReading
			for _, w := range words {
				out = append(out, modelReading{w, "genre", "rock", false})
			}
			b, _ := json.Marshal(map[string]any{"readings": out})
			return string(b)
		}
	})
	p := NewRequestParser(f.client(t, nil)).WithLexicon(testLexicon())
	for i, msg := range []string{"bluesy zorblax", "calm quuxish piano", "jazzy flimflam"} {
		got, err := p.Parse(context.Background(), msg, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Source != SourceRules || slices.Contains(got.Request.Genres, "rock") || !strings.Contains(got.Fallback, "misread") || got.Failed {
			t.Errorf("%d: source %s, fallback %q, genres %q", i, got.Source, got.Fallback, got.Request.Genres)
		}
	}
	calls := f.count("/api/chat")
	got, _ := p.Parse(context.Background(), "bluesy wibble", nil)
	if f.count("/api/chat") != calls || !strings.Contains(got.Fallback, "no longer reads requests") {
		t.Errorf("after three misreads: %d more chats, fallback %q", f.count("/api/chat")-calls, got.Fallback)
	}
}

// TestParseRequestCalibratesWithoutAnchors: a message with no word the
// rules know is read by the model only after it read a calibration
// message as the rules do, once.
func TestParseRequestCalibratesWithoutAnchors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		knowing bool
	}{{"knowing", true}, {"guessing", false}} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeOllama(t)
			other := func(w string) []modelReading { return []modelReading{{w, "genre", "latin", false}} }
			f.set(func(f *fakeOllama) {
				f.reply = knowingModel(other)
				if !tc.knowing {
					f.reply = func(req api.ChatRequest) string {
						_, words := askedOf(req)
						out := []modelReading{}
						for _, w := range words {
							out = append(out, other(w)...)
						}
						b, _ := json.Marshal(map[string]any{"readings": out})
						return string(b)
					}
				}
			})
			p := NewRequestParser(f.client(t, nil)).WithLexicon(testLexicon())
			for range 2 {
				got, err := p.Parse(context.Background(), "zorblax", nil)
				if err != nil {
					t.Fatal(err)
				}
				if used := slices.Contains(got.Request.Genres, "latin"); used != tc.knowing {
					t.Errorf("genres %q, fallback %q", got.Request.Genres, got.Fallback)
				}
			}
			if want := map[bool]int{true: 3, false: 1}[tc.knowing]; f.count("/api/chat") != want {
				t.Errorf("%d chats, want %d (one calibration, then the messages while trusted)", f.count("/api/chat"), want)
			}
		})
	}
}

func TestParseRequestFallsBackToRules(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) { f.reply = func(api.ChatRequest) string { return `{"readings": [` } })
	got, err := NewRequestParser(f.client(t, nil)).Parse(context.Background(), "something fast for running, zorblax", nil)
	if err != nil || got.Source != SourceRules || !strings.Contains(got.Fallback, "malformed") || !got.Failed ||
		got.Request.PreferTempoMin != 125 || got.Request.Activity != "running" {
		t.Errorf("parsed = %+v, %v", got, err)
	}
	if n := f.count("/api/chat"); n != 2 {
		t.Errorf("chat calls = %d, want 2 (one retry)", n)
	}
	f.set(func(f *fakeOllama) { f.reply = func(api.ChatRequest) string { return "" } })
	got, _ = NewRequestParser(f.client(t, nil)).Parse(context.Background(), "slow zorblax", nil)
	if got.Source != SourceRules || !strings.Contains(got.Fallback, "an empty reply") || got.Request.PreferTempoMax != 95 {
		t.Errorf("after an empty reply: %+v", got)
	}
	// Without a client the rules answer.
	got, _ = NewRequestParser(nil).Parse(context.Background(), "no Drake", nil)
	if got.Source != SourceRules || !slices.Equal(got.Request.ExcludeArtists, []string{"Drake"}) {
		t.Errorf("rules = %+v", got)
	}
	f.set(func(f *fakeOllama) { f.fail["/api/chat"] = []int{400} })
	got, _ = NewRequestParser(f.client(t, nil)).Parse(context.Background(), "slow zorblax", nil)
	if got.Source != SourceRules || got.Request.PreferTempoMax != 95 || !strings.Contains(got.Fallback, "400") {
		t.Errorf("after HTTP 400: %+v", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewRequestParser(f.client(t, nil)).Parse(ctx, "slow zorblax", nil); err == nil {
		t.Errorf("cancelled parse gave no error")
	}
}

// TestParseRequestSlowModelFallsBackInBoundedTime: a model that takes
// longer than the read timeout leaves the rules' reading within that time,
// and is not asked again for a while. The fake never answers while the
// client waits and the client's own timeout is an hour, so only a parser
// that gives up after its read timeout returns within the test's deadlock
// guard; how long it took is not measured.
func TestParseRequestSlowModelFallsBackInBoundedTime(t *testing.T) {
	f := newFakeOllama(t)
	_, _, release := f.hold()
	p := NewRequestParser(f.client(t, func(c *ClientConfig) { c.RequestTimeout = time.Hour })).WithLexicon(testLexicon()).WithTimeout(100 * time.Millisecond)
	type result struct {
		got Parsed
		err error
	}
	done := make(chan result, 1)
	go func() {
		got, err := p.Parse(context.Background(), "bluesy zorblax, no piano", nil)
		done <- result{got, err}
	}()
	r := await(t, done, "Parse with a model that never answers")
	got, err := r.got, r.err
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != SourceRules || !strings.Contains(got.Fallback, "did not answer within 100ms") || !got.Failed ||
		!slices.Contains(got.Request.Genres, "blues") || !slices.Contains(got.Request.ExcludeInstruments, "piano") {
		t.Errorf("%+v", got)
	}
	calls := f.count("/api/chat")
	got, _ = p.Parse(context.Background(), "jazzy flimflam", nil)
	if f.count("/api/chat") != calls || !strings.Contains(got.Fallback, "took longer than 100ms") {
		t.Errorf("asked again at once (%d chats), fallback %q", f.count("/api/chat")-calls, got.Fallback)
	}
	p.now = func() time.Time { return time.Now().Add(restAfterTimeout + time.Second) }
	release() // the model answers at once now
	f.set(func(f *fakeOllama) { f.reply = knowingModel(func(w string) []modelReading { return nil }) })
	if got, _ = p.Parse(context.Background(), "jazzy flimflam", nil); got.Fallback != "" || f.count("/api/chat") == calls {
		t.Errorf("after the rest the model is asked again: fallback %q", got.Fallback)
	}
}

func TestParseRequestViaModelWithManyGenres(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = knowingModel(func(w string) []modelReading {
			return []modelReading{{w, "genre", "genre 3", false}, {w, "genre", "genre 999", false}}
		})
	})
	var genres []string
	for i := range maxSchemaGenres + 10 {
		genres = append(genres, fmt.Sprintf("Genre %d", i))
	}
	p := NewRequestParser(f.client(t, nil)).WithLexicon(NewLexicon(nil, nil, nil, genres))
	got, err := p.Parse(context.Background(), "calm zorblax please", nil)
	if err != nil {
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
	if !slices.Contains(got.Request.Genres, "genre 3") || slices.Contains(got.Request.Genres, "genre 999") || len(got.Notes) != 1 {
		t.Errorf("genres %q, notes %q", got.Request.Genres, got.Notes)
	}
}

// TestParseRequestRefinesPrevious: a follow-up read with the model still
// refines the request before it, and exclusions persist.
func TestParseRequestRefinesPrevious(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = knowingModel(func(w string) []modelReading { return []modelReading{{w, "mood", "dark", false}} })
	})
	p := NewRequestParser(f.client(t, nil)).WithLexicon(testLexicon())
	first, _ := p.Parse(context.Background(), "jazz around 120 bpm, no piano", nil)
	got, err := p.Parse(context.Background(), "slower and more sepulchral", &first.Request)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Request
	if got.Source != SourceModel || r.PreferTempoMax != 108 || r.TempoMin != 0 || !slices.Equal(r.Genres, []string{"jazz"}) ||
		!slices.Contains(r.ExcludeInstruments, "piano") || !slices.Contains(r.Moods, "dark") || got.Message.TempoShift != -1 {
		t.Errorf("source %s, request %s", got.Source, dataJSON(r))
	}
}

// TestParseRequestModelReadsAQualityOfSound: a word the rules do not know
// ("scratchy") that the model reads as a quality of sound is asked for as
// it, refused as its other end, and one that contradicts the rules'
// reading of another word is not used.
func TestParseRequestModelReadsAQualityOfSound(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) {
		f.reply = knowingModel(func(w string) []modelReading {
			switch w {
			case "scratchy":
				return []modelReading{{w, "sound", "rough", false}}
			case "glassy":
				return []modelReading{{w, "sound", "clean", false}}
			}
			return nil
		})
	})
	p := NewRequestParser(f.client(t, nil)).WithLexicon(testLexicon())
	for _, tc := range []struct {
		msg    string
		sounds []string
		said   string
	}{
		{"scratchy blues", []string{SoundRough}, "sound rough (from “scratchy”, by the model)"},
		{"blues, nothing scratchy", []string{SoundClean}, "sound clean (from “scratchy”, by the model)"},
		{"gritty but glassy blues", []string{SoundRough}, ""},
	} {
		got, err := p.Parse(context.Background(), tc.msg, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Request.Sounds, tc.sounds) {
			t.Errorf("%q: sounds %v, want %v (notes %q)", tc.msg, got.Request.Sounds, tc.sounds, got.Notes)
		}
		if tc.said != "" && !slices.Contains(got.Request.Understood, tc.said) {
			t.Errorf("%q: understood %q, want %q", tc.msg, got.Request.Understood, tc.said)
		}
		if tc.said == "" && !strings.Contains(strings.Join(got.Notes, " "), "contradicts the rules' reading") {
			t.Errorf("%q: notes %q, want the contradiction said", tc.msg, got.Notes)
		}
	}
	if format := string(f.lastChat().Format); !strings.Contains(format, `"repetitive"`) || !strings.Contains(format, `"sound"`) {
		t.Errorf("schema lacks the qualities of sound: %s", format)
	}
}
