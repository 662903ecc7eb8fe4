package cmd

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sleeve/models"
)

// TestModelsAdaptWithTheRealTestOllama runs sleeve models adapt against
// the test Ollama: it says what it created, sleeve models shows it, a
// second run says nothing changed, and a broken adapter fails with the
// base model kept.
func TestModelsAdaptWithTheRealTestOllama(t *testing.T) {
	if os.Getenv("SLEEVE_TEST_OLLAMA") == "" {
		t.Skip("SLEEVE_TEST_OLLAMA is not set: start ../shared/ollama/test-ollama to run this test against a real Ollama")
	}
	base := os.Getenv("SLEEVE_TEST_CHAT_MODEL")
	vars := map[string]string{"OLLAMA_HOST": os.Getenv("OLLAMA_HOST")}
	name := models.AdaptedModelName(base)
	client, err := models.NewClient(models.ClientConfig{Host: vars["OLLAMA_HOST"], ChatModel: base})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.DeleteModel(context.Background(), name) })
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	for _, title := range []string{"Harbour", "Kiln", "Yard"} {
		writeTrack(t, filepath.Join(dir, title+".wav"), map[string][]string{"TITLE": {title}, "ARTIST": {"Wren"}, "GENRE": {"Folk"}})
	}
	sleeve := func(args ...string) (int, string, string) {
		return runWithEnv(t, db, vars, append(args, "--chat-model", base, "--embed-model", os.Getenv("SLEEVE_TEST_EMBED_MODEL"))...)
	}
	for _, args := range [][]string{{"scan", dir}, {"notes", "--no-llm"}, {"notes", "approve", filepath.Join(dir, "Harbour.wav")},
		{"notes", "edit", filepath.Join(dir, "Kiln.wav"), "--text", "Kiln, slow to cool."}} {
		if code, out, errOut := sleeve(args...); code != 0 {
			t.Fatalf("%v: %d %s %s", args, code, out, errOut)
		}
	}
	code, out, errOut := sleeve("models", "adapt")
	if code != 0 || !strings.Contains(out, "Created "+name+" from "+base+" with 2 example notes") {
		t.Fatalf("adapt: %d %q %q", code, out, errOut)
	}
	if code, out, _ := sleeve("models"); code != 0 || !strings.Contains(out, "Adapted model    "+name) || !strings.Contains(out, "1 approved, 1 edited") {
		t.Fatalf("models: %d %s", code, out)
	}
	if code, out, _ := sleeve("models", "adapt"); code != 0 || !strings.Contains(out, "up to date") {
		t.Fatalf("second adapt: %d %s", code, out)
	}
	bogus := filepath.Join(t.TempDir(), "lora.gguf")
	os.WriteFile(bogus, []byte("not an adapter"), 0o644)
	code, _, errOut = sleeve("models", "adapt", "--adapter", bogus)
	if code != 1 || !strings.Contains(errOut, "failed") || !strings.Contains(errOut, "use "+base+" as before") {
		t.Fatalf("broken adapter: %d %s", code, errOut)
	}
}
