package app

import (
	"context"
	"slices"
	"strings"
	"testing"

	"sleeve/models"
	"sleeve/models/ollamatest"
)

// TestQueryEmbedderFallsBackToWords: when Ollama stops answering in the
// middle of a conversation, a request is matched by words, with the
// reason kept for the reply, instead of failing; only a cancelled request
// fails.
func TestQueryEmbedderFallsBackToWords(t *testing.T) {
	c, err := models.NewClient(models.ClientConfig{Host: ollamatest.ClosedAddress(t), EmbedModel: "embed", Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	var problem string
	q := queryEmbedder{c: c, problem: &problem}
	v, err := q.Embed(context.Background(), "calm jazz")
	if v != nil || err != nil || !strings.Contains(problem, "unreachable") {
		t.Errorf("vector %v, error %v, problem %q", v, err, problem)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := q.Embed(ctx, "calm jazz"); err == nil {
		t.Error("a cancelled request must fail")
	}
}

// TestRequestNowNamesTracksAndKeptRefusals: the whole request after a
// turn ("Request now" on the command line, the Ask pane's summary) names
// a track picked by its place in the list by its title, never by the
// session's internal reference ("track:12"), and keeps naming an artist
// that "no more of that artist" left out in the turns after it, since the
// ranking still leaves that artist out.
func TestRequestNowNamesTracksAndKeptRefusals(t *testing.T) {
	ctx := context.Background()
	r, first := calmList(t, 10)
	second := first.Result.Items[1]
	more, err := r.Recommend(ctx, first.Session.ID, "more like the second one", 10)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(more.Understood, "track:") || !strings.Contains(more.Understood, "“"+second.Title+"”") {
		t.Errorf("after “more like the second one” (%q) the request reads %q", second.Title, more.Understood)
	}
	away, err := r.Recommend(ctx, first.Session.ID, "no more of that artist", 10)
	if err != nil {
		t.Fatal(err)
	}
	left := more.Result.Items[0].Artist
	for _, it := range away.Result.Items {
		if it.Artist == left {
			t.Fatalf("“no more of that artist” kept %s: %+v", left, away.Result.Items)
		}
	}
	later, err := r.Recommend(ctx, first.Session.ID, "a bit faster", 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range later.Result.Items {
		if it.Artist == left {
			t.Errorf("%s is back after a later turn: %+v", left, later.Result.Items)
		}
	}
	for _, reply := range []Reply{away, later} {
		if !strings.Contains(reply.Understood, left) {
			t.Errorf("the request %q does not say that %s is left out", reply.Understood, left)
		}
	}
}

// TestWhyQuestionAnswersFromTheList: "why the second one?" after a list
// is answered with the reasons that pick was given, and "why this one?"
// with where the reasons are; neither is read as a new request, so the
// list and the conversation stay as they were.
func TestWhyQuestionAnswersFromTheList(t *testing.T) {
	ctx := context.Background()
	r, first := calmList(t, 5)
	second := first.Result.Items[1]
	for _, c := range []struct{ ask, want string }{
		{"why the second one?", "#2 “" + second.Title + "”: " + strings.Join(second.Reasons, "; ")},
		{"but why this one", "Each pick's reasons are under it"},
		{"why?", "`sleeve why-not TRACK --session " + first.Session.ID + "`"},
	} {
		why, err := r.Recommend(ctx, first.Session.ID, c.ask, 5)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(why.Result.Notices, " "); !strings.Contains(got, c.want) {
			t.Errorf("%q: notices %q, want %q", c.ask, why.Result.Notices, c.want)
		}
		if len(why.Result.Items) != len(first.Result.Items) || why.Result.Items[1].ID != second.ID {
			t.Errorf("%q changed the list: %v", c.ask, why.Result.IDs())
		}
		if len(why.Session.Turns) != 1 || why.Understood != first.Understood {
			t.Errorf("%q became a turn: %d turns, request %q", c.ask, len(why.Session.Turns), why.Understood)
		}
	}
}

// TestWhyNotIsASuggestion: "why not …" and "why don't you …" after a
// list suggest a request rather than ask about the list, so they are read
// as a new turn, as any request is, and never answered from the list.
func TestWhyNotIsASuggestion(t *testing.T) {
	ctx := context.Background()
	r, first := calmList(t, 5)
	for i, ask := range []string{"why not something faster?", "why don't you play something faster", "why dont we go faster",
		"Why\tnot faster?"} {
		reply, err := r.Recommend(ctx, first.Session.ID, ask, 5)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(reply.Heard, "a question about the list") || len(reply.Session.Turns) != i+2 {
			t.Errorf("%q was answered as a question about the list: heard %q, %d turns", ask, reply.Heard, len(reply.Session.Turns))
		}
	}
}

// calmList returns a Recommender over a demo library of 16 tracks and
// its reply to "something calm" with up to n picks, at least two.
func calmList(t *testing.T, n int) (*Recommender, Reply) {
	t.Helper()
	ctx := context.Background()
	r, err := NewRecommender(ctx, demoStore(t, 16), nil)
	if err != nil {
		t.Fatal(err)
	}
	first, err := r.Recommend(ctx, "", "something calm", n)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Result.Items) < 2 {
		t.Fatalf("too few picks: %+v", first.Result.Items)
	}
	return r, first
}

// TestWhyQuestionAfterAnEmptyList: "why the first one?" after a turn that
// found nothing is still a question about the list, not a new request: it
// says there is no pick to explain and why nothing fitted, and leaves the
// conversation as it was. It was read as a request, which searched for
// "first" in every later turn and dropped what the turns before asked
// (found in the end-to-end trial).
func TestWhyQuestionAfterAnEmptyList(t *testing.T) {
	ctx := context.Background()
	r, err := NewRecommender(ctx, demoStore(t, 20), nil) // the 20th is Marisol Quartet's last
	if err != nil {
		t.Fatal(err)
	}
	first, err := r.Recommend(ctx, "", "jazz", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Result.Items) == 0 || first.Result.Items[0].Artist != "Marisol Quartet" {
		t.Fatalf("jazz lists %+v, want Marisol Quartet", first.Result.Items)
	}
	empty, err := r.Recommend(ctx, first.Session.ID, "nothing by Marisol Quartet", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(empty.Result.Items) != 0 {
		t.Fatalf("jazz without its one artist lists %v, want nothing", empty.Result.IDs())
	}
	for _, ask := range []string{"why the first one?", "why?"} {
		why, err := r.Recommend(ctx, first.Session.ID, ask, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(why.Heard, "a question about the list") || len(why.Session.Turns) != 2 || why.Understood != empty.Understood {
			t.Errorf("%q became a turn: heard %q, %d turns, request %q (was %q)", ask, why.Heard, len(why.Session.Turns), why.Understood, empty.Understood)
		}
		got := strings.Join(why.Result.Notices, " ")
		if !strings.Contains(got, "There are no picks to explain") || !strings.Contains(got, strings.Join(empty.Result.Notices, " ")) {
			t.Errorf("%q: notices %q, want no picks to explain and why (%q)", ask, why.Result.Notices, empty.Result.Notices)
		}
		if len(why.Result.Items) != 0 {
			t.Errorf("%q listed %v", ask, why.Result.IDs())
		}
	}
}
