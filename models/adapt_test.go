package models

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// example makes an approved note of a track with a genre, tempo, energy
// and mode.
func example(title, genre string, bpm, energy float64, minor bool, moods ...string) AdaptExample {
	key := "C major"
	if minor {
		key = "A minor"
	}
	return AdaptExample{
		Facts: TrackFacts{Title: title, Artist: "A", Genres: []string{genre},
			Features: &FeatureFacts{Version: 3, BPM: bpm, Key: key, Minor: minor, KeyConfidence: 0.8, Energy: energy, PulseClarity: 0.6, LoudnessLUFS: -14}},
		Note: Note{Text: "Notes on " + title + ".", Moods: moods, Genres: []string{genre}},
	}
}

// TestPlanAdaptationSpreadsTheExamples gives eight jazz ballads and three
// very different tracks and asks for four: the pick must take the three
// different ones and one ballad, not four ballads.
func TestPlanAdaptationSpreadsTheExamples(t *testing.T) {
	var ex []AdaptExample
	for i := range 8 {
		ex = append(ex, example("Ballad "+string(rune('A'+i)), "jazz", 70, 0.2, false, "calm"))
	}
	ex = append(ex, example("Stomp", "techno", 135, 0.9, true, "energetic"),
		example("Drift", "ambient", 0, 0.1, true, "dreamy"),
		example("Jig", "folk", 110, 0.5, false, "playful"))
	p := PlanAdaptation("qwen2.5:1.5b-instruct", ex, 4)
	if p.Name != "sleeve-qwen2.5-1.5b-instruct-adapted" || p.Base != "qwen2.5:1.5b-instruct" {
		t.Fatalf("name %q base %q", p.Name, p.Base)
	}
	genres := map[string]int{}
	for _, i := range p.Chosen {
		genres[ex[i].Facts.Genres[0]]++
	}
	if len(p.Chosen) != 4 || genres["jazz"] != 1 || genres["techno"] != 1 || genres["ambient"] != 1 || genres["folk"] != 1 {
		t.Fatalf("picked %v: genres %v, want one of each", p.Chosen, genres)
	}
	if len(p.Messages) != 8 || p.Messages[0].Role != "user" || p.Messages[1].Role != "assistant" {
		t.Fatalf("messages %+v", p.Messages)
	}
	// The user turn is what the note writer sends, the assistant turn
	// the approved note in the reply schema.
	_, user := PromptText(ex[p.Chosen[0]].Facts)
	if p.Messages[0].Content != user {
		t.Errorf("example request %q, want the note writer's %q", p.Messages[0].Content, user)
	}
	var reply noteReply
	if err := json.Unmarshal([]byte(p.Messages[1].Content), &reply); err != nil || reply.Text != ex[p.Chosen[0]].Note.Text {
		t.Errorf("example reply %q: %v", p.Messages[1].Content, err)
	}
	if !strings.Contains(p.System, "never contradict") || !strings.Contains(p.System, "example notes") {
		t.Errorf("system prompt lacks the grounding rules or the house style: %q", p.System)
	}

	// The same inputs give the same key; an edited example, another
	// adapter or another base give another.
	again := PlanAdaptation("qwen2.5:1.5b-instruct", ex, 4)
	if again.Key() != p.Key() {
		t.Error("the same inputs gave another key")
	}
	ex[p.Chosen[0]].Note.Text = "Edited."
	if PlanAdaptation("qwen2.5:1.5b-instruct", ex, 4).Key() == p.Key() {
		t.Error("an edited example kept the key")
	}
	withAdapter := again
	withAdapter.AdapterFile, withAdapter.AdapterDigest = "lora.gguf", "sha256:ab"
	if withAdapter.Key() == again.Key() || PlanAdaptation("llama3.2", ex, 4).Key() == p.Key() {
		t.Error("an adapter or another base kept the key")
	}
}

func TestAdaptedModelName(t *testing.T) {
	for in, want := range map[string]string{
		"qwen2.5:1.5b-instruct":   "sleeve-qwen2.5-1.5b-instruct-adapted",
		"sleeve-test-chat":        "sleeve-sleeve-test-chat-adapted",
		"llama3.2:latest":         "sleeve-llama3.2-adapted",
		"hf.co/Org/Model:Q4_K_M":  "sleeve-hf.co-org-model-q4_k_m-adapted",
		"we!rd name\x1b[31m:tag ": "sleeve-werdname31m-tag-adapted",
	} {
		if got := AdaptedModelName(in); got != want {
			t.Errorf("AdaptedModelName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCreateAdaptedOnTheFakeServer creates a model with an adapter on the
// fake Ollama: the adapter is uploaded as a blob under its digest, the
// create request carries FROM, SYSTEM, the messages and the adapter, and
// the model is then listed. A create that Ollama fails is an error.
func TestCreateAdaptedOnTheFakeServer(t *testing.T) {
	f := newFakeOllama(t)
	c := f.client(t, nil)
	ctx := context.Background()
	lora := filepath.Join(t.TempDir(), "style-lora.gguf")
	os.WriteFile(lora, []byte("GGUF not really an adapter"), 0o644)
	file, digest, err := c.UploadAdapter(ctx, lora)
	if err != nil || file != "style-lora.gguf" || !strings.HasPrefix(digest, "sha256:") || string(f.blobs[digest]) != "GGUF not really an adapter" {
		t.Fatalf("upload: %q %q %v (blobs %v)", file, digest, err, f.blobs)
	}
	if _, _, err := c.UploadAdapter(ctx, filepath.Join(t.TempDir(), "missing.gguf")); err == nil {
		t.Fatal("a missing adapter file uploaded")
	}
	p := PlanAdaptation("chat", []AdaptExample{example("One", "jazz", 70, 0.2, false, "calm")}, 0)
	p.AdapterFile, p.AdapterDigest = file, digest
	var steps []string
	if err := c.CreateAdapted(ctx, p, func(s string) { steps = append(steps, s) }); err != nil {
		t.Fatal(err)
	}
	req := f.creates[0]
	if req.Model != "sleeve-chat-adapted" || req.From != "chat" || req.System != AdaptSystem() || len(req.Messages) != 2 ||
		req.Adapters["style-lora.gguf"] != digest {
		t.Fatalf("create request %+v", req)
	}
	if len(steps) == 0 || steps[len(steps)-1] != "success" {
		t.Errorf("progress %v", steps)
	}
	if ok, err := c.HasModel(ctx, "sleeve-chat-adapted"); !ok || err != nil {
		t.Fatalf("the created model is not listed: %v %v", ok, err)
	}
	f.set(func(f *fakeOllama) { f.createFail = "unsupported adapter" })
	if err := c.CreateAdapted(ctx, p, nil); err == nil || !strings.Contains(err.Error(), "unsupported adapter") {
		t.Fatalf("a failed create: %v", err)
	}
}

// TestAdaptedDescriberUsesTheModelsSystemPrompt writes a note with an
// adapted client: the request names the adapted model and brings no system
// message (the model's SYSTEM and examples apply), the note records the
// adapted model, and its key differs from the base model's and from
// another adaptation's under the same name.
func TestAdaptedDescriberUsesTheModelsSystemPrompt(t *testing.T) {
	f := newFakeOllama(t)
	base := f.client(t, nil)
	f.set(func(f *fakeOllama) {
		f.models["sleeve-chat-adapted:latest"] = fakeModel{size: 1, caps: []string{"completion"}, dims: 8}
	})
	adapted := base.WithAdaptedChatModel("sleeve-chat-adapted", "k1")
	facts := example("One", "jazz", 70, 0.2, false).Facts
	n, err := NewDescriber(adapted, DescriberConfig{}).Describe(context.Background(), facts)
	if err != nil || n.Template || n.Model != "sleeve-chat-adapted" {
		t.Fatalf("note %+v %v", n, err)
	}
	req := f.lastChat()
	if req.Model != "sleeve-chat-adapted" || len(req.Messages) != 1 || req.Messages[0].Role != "user" {
		t.Fatalf("chat request %+v", req)
	}
	kBase := NewDescriber(base, DescriberConfig{}).Key(facts)
	k1 := NewDescriber(adapted, DescriberConfig{}).Key(facts)
	k2 := NewDescriber(base.WithAdaptedChatModel("sleeve-chat-adapted", "k2"), DescriberConfig{}).Key(facts)
	if kBase == k1 || k1 == k2 {
		t.Errorf("keys: base %s, adaptation 1 %s, adaptation 2 %s", kBase, k1, k2)
	}
	if base.Adapted() || !adapted.Adapted() || adapted.WithChatModel("chat").Adapted() {
		t.Error("Adapted() is wrong")
	}
}
