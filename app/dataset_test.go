package app

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/models"
)

// readDataset parses chat-format JSONL back, failing on any line that is
// not {"messages": [...]} with a system, a user and an assistant message.
func readDataset(t *testing.T, data []byte) []models.TrainingExample {
	t.Helper()
	var out []models.TrainingExample
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var ex models.TrainingExample
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&ex); err != nil {
			t.Fatalf("line %d: %v: %s", len(out)+1, err, sc.Text())
		}
		if len(ex.Messages) != 3 || ex.Messages[0].Role != "system" || ex.Messages[1].Role != "user" || ex.Messages[2].Role != "assistant" {
			t.Fatalf("line %d has messages %+v", len(out)+1, ex.Messages)
		}
		out = append(out, ex)
	}
	return out
}

// TestExportDatasetRoundTrips exports two reviewed notes and four
// feedback events, reads the JSONL back and finds each note's text and
// words, and each request with its verdict; a middling rating and a play
// outside any request are left out.
func TestExportDatasetRoundTrips(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, 3)
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	ids := reviewSome(t, s, 2)
	now := time.Now()
	for i, f := range []library.Feedback{
		{TrackID: ids[0], Kind: "rate", Rating: 5, Request: "something calm for \"reading\""},
		{TrackID: ids[1], Kind: "skip", Request: "something calm for \"reading\""},
		{TrackID: ids[2], Kind: "more", Request: "late night"},
		{TrackID: ids[2], Kind: "rate", Rating: 3, Request: "late night"},
		{TrackID: ids[1], Kind: "play"},
	} {
		f.At = now.Add(time.Duration(i) * time.Second)
		if err := s.AddFeedback(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	res, err := ExportDataset(ctx, s, &buf)
	if err != nil || res.Notes != 2 || res.Accepted != 2 || res.Rejected != 1 {
		t.Fatalf("export: %+v %v", res, err)
	}
	lines := readDataset(t, buf.Bytes())
	if len(lines) != 5 {
		t.Fatalf("%d lines, want 5", len(lines))
	}
	// The notes come oldest review first; two reviews in the same
	// millisecond come in track order, so each note is found by its text.
	for _, id := range ids[:2] {
		n, _ := s.Note(ctx, id)
		tr, _ := s.Track(ctx, id)
		found := false
		for _, l := range lines[:2] {
			var reply struct {
				Text     string   `json:"text"`
				Moods    []string `json:"moods"`
				Contexts []string `json:"contexts"`
			}
			if err := json.Unmarshal([]byte(l.Messages[2].Content), &reply); err != nil {
				t.Fatal(err)
			}
			if reply.Text != n.Text {
				continue
			}
			found = true
			if strings.Join(reply.Moods, ",") != strings.Join(n.Moods, ",") || strings.Join(reply.Contexts, ",") != strings.Join(n.Contexts, ",") {
				t.Errorf("note %d: exported %+v, stored %+v", id, reply, n)
			}
			if !strings.Contains(l.Messages[1].Content, tr.Tags.Title) || l.Messages[0].Content != models.AdaptSystem() {
				t.Errorf("note %d: the request does not carry the track or the system prompt is not the adapted one", id)
			}
		}
		if !found {
			t.Errorf("note %d (%q) is not in the dataset", id, n.Text)
		}
	}
	want := []struct{ request, answer string }{{`something calm for \"reading\"`, `{"fits": true}`},
		{`something calm for \"reading\"`, `{"fits": false}`}, {"late night", `{"fits": true}`}}
	for i, w := range want {
		l := lines[2+i]
		if !strings.Contains(l.Messages[1].Content, w.request) || l.Messages[2].Content != w.answer {
			t.Errorf("pick %d: %q → %q, want %q → %q", i, l.Messages[1].Content, l.Messages[2].Content, w.request, w.answer)
		}
	}
	// The same library exports the same bytes.
	var again bytes.Buffer
	if _, err := ExportDataset(ctx, s, &again); err != nil || !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Error("a second export differs")
	}
}

// TestExportedDatasetRoundTripsThroughTheRealTestOllama exports the
// reviewed notes, creates a model on the test Ollama from the exported
// lines (their system prompt and message pairs) and reads the model back
// with /api/show: Ollama holds exactly what was exported.
func TestExportedDatasetRoundTripsThroughTheRealTestOllama(t *testing.T) {
	if os.Getenv("SLEEVE_TEST_OLLAMA") == "" {
		t.Skip("SLEEVE_TEST_OLLAMA is not set: start ../shared/ollama/test-ollama to run this test against a real Ollama")
	}
	ctx := context.Background()
	s := demoStore(t, 3)
	if _, err := WriteNotes(ctx, s, nil, NotesOptions{NoLLM: true}); err != nil {
		t.Fatal(err)
	}
	reviewSome(t, s, 3)
	var buf bytes.Buffer
	if _, err := ExportDataset(ctx, s, &buf); err != nil {
		t.Fatal(err)
	}
	lines := readDataset(t, buf.Bytes())
	base := os.Getenv("SLEEVE_TEST_CHAT_MODEL")
	client, err := models.NewClient(models.ClientConfig{Host: os.Getenv("OLLAMA_HOST"), ChatModel: base})
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("sleeve-test-dataset-%d-%d", os.Getpid(), time.Now().UnixNano()%1_000_000)
	t.Cleanup(func() { _ = client.DeleteModel(context.Background(), name) })
	plan := models.AdaptPlan{Name: name, Base: base, System: lines[0].Messages[0].Content}
	for _, l := range lines {
		plan.Messages = append(plan.Messages, models.Turn{Role: "user", Content: l.Messages[1].Content},
			models.Turn{Role: "assistant", Content: l.Messages[2].Content})
	}
	if err := client.CreateAdapted(ctx, plan, nil); err != nil {
		t.Fatal(err)
	}
	target, _ := models.ParseHost(os.Getenv("OLLAMA_HOST"))
	resp, err := http.Post(target.String()+"/api/show", "application/json", strings.NewReader(`{"model":"`+name+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var shown struct {
		System   string               `json:"system"`
		Messages []models.ChatMessage `json:"messages"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&shown); err != nil {
		t.Fatal(err)
	}
	if shown.System != models.AdaptSystem() || len(shown.Messages) != 2*len(lines) {
		t.Fatalf("Ollama holds system %q and %d messages, want %d", shown.System, len(shown.Messages), 2*len(lines))
	}
	for i, l := range lines {
		if shown.Messages[2*i].Content != l.Messages[1].Content || shown.Messages[2*i+1].Content != l.Messages[2].Content {
			t.Errorf("example %d came back changed:\n%q\n%q", i, shown.Messages[2*i+1].Content, l.Messages[2].Content)
		}
	}
}
