package app

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sleeve/models"
	"sleeve/models/ollamatest"
)

// TestModelNotesSurviveOllamaDyingMidRun: when Ollama stops answering in
// the middle of a run that rewrites model notes (here for another chat
// model), the model notes it did not reach are kept as they were, out of
// date, as a run without Ollama keeps them, instead of being replaced by
// template notes; the run says so.
func TestModelNotesSurviveOllamaDyingMidRun(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, 12)
	fake := ollamatest.New(t)
	for _, name := range []string{"chat-a", "chat-b"} {
		fake.Install(name, ollamatest.Model{Capabilities: []string{"completion"}})
	}
	var chats atomic.Int32
	dieAfter := int32(1 << 30)
	fake.Chat(func(ollamatest.ChatRequest) string {
		if chats.Add(1) == dieAfter {
			go fake.Close()
		}
		return `{"text":"A piece of music, heard whole.","moods":[],"genres":[],"instruments":[],"contexts":[]}`
	}, 0)
	res, err := WriteNotes(ctx, s, chatClient(t, fake, "chat-a"), NotesOptions{Concurrency: 1})
	if err != nil || res.ModelNotes != 12 {
		t.Fatalf("first run: %+v, %v", res, err)
	}

	chats.Store(0)
	dieAfter = 3
	var notices []string
	res, err = WriteNotes(ctx, s, chatClient(t, fake, "chat-b"), NotesOptions{Concurrency: 1, OnNotice: func(n string) { notices = append(notices, n) }})
	if err != nil {
		t.Fatal(err)
	}
	byModel := map[string]int{}
	for id, n := range notesOf(t, s) {
		if n.Template {
			t.Errorf("track %d's model note was replaced by a template note: %q", id, n.Text)
		}
		byModel[n.Model]++
	}
	if byModel["chat-b"] == 0 || byModel["chat-a"] == 0 || byModel["chat-a"]+byModel["chat-b"] != 12 {
		t.Errorf("notes by model after Ollama died: %v", byModel)
	}
	if res.KeptStale != byModel["chat-a"] || res.TemplateNotes != 0 {
		t.Errorf("result %+v, want the %d notes of chat-a counted as kept", res, byModel["chat-a"])
	}
	if !strings.Contains(strings.Join(notices, "\n"), "kept") {
		t.Errorf("the run does not say that model notes were kept: %q", notices)
	}
}

// TestGiveUpNoticeSaysWhatHappens: when the language model stops
// answering a run that rewrites model notes and the run gives up on it,
// its notice does not claim that the tracks get template notes (they
// keep their model notes, and no template note is written), nor that a
// later run replaces anything without the model.
func TestGiveUpNoticeSaysWhatHappens(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, 4)
	fake := ollamatest.New(t)
	for _, name := range []string{"chat-a", "chat-b"} {
		fake.Install(name, ollamatest.Model{Capabilities: []string{"completion"}})
	}
	reply := func(ollamatest.ChatRequest) string {
		return `{"text":"A piece of music, heard whole.","moods":[],"genres":[],"instruments":[],"contexts":[]}`
	}
	fake.Chat(reply, 0)
	if res, err := WriteNotes(ctx, s, chatClient(t, fake, "chat-a"), NotesOptions{Concurrency: 1}); err != nil || res.ModelNotes != 4 {
		t.Fatalf("first run: %+v, %v", res, err)
	}
	fake.Chat(reply, time.Hour)
	c, err := models.NewClient(models.ClientConfig{Host: fake.URL(), ChatModel: "chat-b", EmbedModel: "none", Retries: -1, RequestTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var notices []string
	res, err := WriteNotes(ctx, s, c, NotesOptions{Concurrency: 1, OnNotice: func(n string) { notices = append(notices, n) }})
	if err != nil {
		t.Fatal(err)
	}
	if res.TemplateNotes != 0 || res.KeptStale != 4 {
		t.Fatalf("result %+v, want the 4 model notes kept and no template note", res)
	}
	gaveUp := false
	for _, n := range notices {
		if !strings.Contains(n, "did not answer within") {
			continue
		}
		gaveUp = true
		if strings.Contains(n, "the remaining tracks get template notes,") && !strings.Contains(n, "keep the model note") ||
			strings.Contains(n, "which a later run of sleeve notes replaces") {
			t.Errorf("the give-up notice says more than happened: %q", n)
		}
	}
	if !gaveUp {
		t.Errorf("no give-up notice: %q", notices)
	}
}

// TestModelNotesSurviveUnusableReplies: when the language model answers
// a run that rewrites model notes, but every reply is unusable, the model
// notes are kept as they were, as when it stops answering, and the run's
// notice says why without claiming that the model stopped answering.
func TestModelNotesSurviveUnusableReplies(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, 6)
	fake := ollamatest.New(t)
	for _, name := range []string{"chat-a", "chat-b"} {
		fake.Install(name, ollamatest.Model{Capabilities: []string{"completion"}})
	}
	fake.Chat(func(req ollamatest.ChatRequest) string {
		if req.Model == "chat-b" {
			return `{"text": "cut off`
		}
		return `{"text":"A piece of music, heard whole.","moods":[],"genres":[],"instruments":[],"contexts":[]}`
	}, 0)
	if res, err := WriteNotes(ctx, s, chatClient(t, fake, "chat-a"), NotesOptions{Concurrency: 1}); err != nil || res.ModelNotes != 6 {
		t.Fatalf("first run: %+v, %v", res, err)
	}

	var notices []string
	res, err := WriteNotes(ctx, s, chatClient(t, fake, "chat-b"), NotesOptions{Concurrency: 1, OnNotice: func(n string) { notices = append(notices, n) }})
	if err != nil {
		t.Fatal(err)
	}
	for id, n := range notesOf(t, s) {
		if n.Template || n.Model != "chat-a" {
			t.Errorf("track %d's model note was replaced: %+v", id, n)
		}
	}
	if res.KeptStale != 6 {
		t.Errorf("result %+v, want the 6 notes of chat-a counted as kept", res)
	}
	said := strings.Join(notices, "\n")
	if !strings.Contains(said, "6 model notes were kept") || strings.Contains(said, "stopped answering") {
		t.Errorf("the run's notices, with a model that answered unusably:\n%s", said)
	}
}

// chatClient returns a client of the fake Ollama for the chat model chat,
// without embeddings and without retries.
func chatClient(t *testing.T, fake *ollamatest.Server, chat string) *models.Client {
	t.Helper()
	c, err := models.NewClient(models.ClientConfig{Host: fake.URL(), ChatModel: chat, EmbedModel: "none", Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
