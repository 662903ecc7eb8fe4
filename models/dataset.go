package models

import "strings"

// ChatMessage is one message of a chat-format training example.
type ChatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// TrainingExample is one line of a chat-format JSONL dataset, the shape
// LoRA tools (mlx-lm, Unsloth, Axolotl, torchtune) read:
// {"messages": [{"role": …, "content": …}, …]}.
type TrainingExample struct {
	Messages []ChatMessage `json:"messages"`
}

// pickSystem is the system prompt of the pick examples.
const pickSystem = "You judge whether a track from a listener's library fits their request. " + dataRule +
	` Answer {"fits": true} or {"fits": false}.`

// NoteTrainingExample is an approved or edited note as a training example:
// the adapted model's SYSTEM prompt, the request the note writer sends for
// the track, and the note as the JSON answer.
func NoteTrainingExample(ex AdaptExample) TrainingExample {
	_, user := PromptText(ex.Facts)
	return TrainingExample{Messages: []ChatMessage{{"system", AdaptSystem()}, {"user", user}, {"assistant", exampleReply(ex.Note)}}}
}

// PickTrainingExample is a track recommended for a request, which the
// listener took to (fits) or turned down, as a training example answered
// {"fits": true} or {"fits": false}.
func PickTrainingExample(request string, facts TrackFacts, fits bool) TrainingExample {
	answer := `{"fits": false}`
	if fits {
		answer = `{"fits": true}`
	}
	data := struct {
		Request string     `json:"request"`
		Track   notePrompt `json:"track"`
	}{clip(SanitizeText(strings.TrimSpace(request)), 500), promptData(facts)}
	user := "Request and track (JSON):\n" + dataJSON(data) + "\nDoes the track fit the request?"
	return TrainingExample{Messages: []ChatMessage{{"system", pickSystem}, {"user", user}, {"assistant", answer}}}
}
