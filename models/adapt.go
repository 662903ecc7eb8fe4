package models

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ollama/ollama/api"
)

// MaxAdaptExamples is how many example notes an adapted model carries by
// default: enough to show a style, few enough to leave a small model's
// context for the track it is asked about.
const MaxAdaptExamples = 6

// houseStyle is added to the note prompt in an adapted model's SYSTEM.
const houseStyle = " The listener has approved or written the example notes that come before the track: " +
	"write like them, in their length, tone and way of putting things, but about this track's own facts."

// AdaptSystem is the SYSTEM prompt of an adapted model: the note prompt
// with its grounding rules, and the house style.
func AdaptSystem() string { return noteSystem + houseStyle }

// AdaptExample is a note the person approved or edited, with the facts of
// its track.
type AdaptExample struct {
	Facts TrackFacts
	Note  Note
}

// AdaptPlan is what sleeve models adapt asks Ollama to create.
type AdaptPlan struct {
	// Name is the model to create; Base the model it is made FROM.
	Name, Base string
	// System is the SYSTEM prompt.
	System string
	// Messages are the example pairs: the request for a note, as the note
	// writer sends it, and the approved note as the model would answer.
	Messages []Turn
	// Chosen are the indices of the examples picked, in the order given.
	Chosen []int
	// AdapterFile and AdapterDigest name a LoRA adapter uploaded as a
	// blob, or are empty.
	AdapterFile, AdapterDigest string
}

// AdaptedModelName is the name sleeve models adapt gives the model it
// makes from base: "sleeve-qwen2.5-1.5b-instruct-adapted".
func AdaptedModelName(base string) string {
	b := strings.ToLower(strings.TrimSpace(base))
	b = strings.TrimSuffix(b, ":latest")
	b = strings.NewReplacer(":", "-", "/", "-").Replace(b)
	var sb strings.Builder
	for _, r := range b {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' {
			sb.WriteRune(r)
		}
	}
	return "sleeve-" + strings.Trim(sb.String(), "-.") + "-adapted"
}

// PlanAdaptation picks up to max examples (MaxAdaptExamples when max <= 0)
// for spread across genres, tempos, energy, modes and moods, and builds
// the model's SYSTEM prompt and example messages. examples are taken in
// the order given (oldest review first); the pick is deterministic.
func PlanAdaptation(base string, examples []AdaptExample, max int) AdaptPlan {
	if max <= 0 {
		max = MaxAdaptExamples
	}
	p := AdaptPlan{Name: AdaptedModelName(base), Base: base, System: AdaptSystem()}
	p.Chosen = spreadPick(examples, max)
	for _, i := range p.Chosen {
		ex := examples[i]
		_, user := PromptText(ex.Facts)
		p.Messages = append(p.Messages, Turn{Role: "user", Content: user}, Turn{Role: "assistant", Content: exampleReply(ex.Note)})
	}
	return p
}

// exampleReply is an approved note in the JSON the note writer asks for.
func exampleReply(n Note) string {
	orEmpty := func(v []string) []string {
		if v == nil {
			return []string{}
		}
		return v
	}
	b, _ := json.Marshal(noteReply{Text: SanitizeText(n.Text), Moods: orEmpty(n.Moods), Genres: orEmpty(n.Genres),
		Instruments: orEmpty(n.Instruments), Contexts: orEmpty(n.Contexts)})
	return string(b)
}

// Key identifies the plan's inputs: the base model, the prompt, the
// examples and the adapter. An unchanged key means creating the model
// again would make the same model.
func (p AdaptPlan) Key() string {
	h := sha256.New()
	fmt.Fprintf(h, "sleeve-adapt\x00%d\x00%s\x00%s\x00%s\x00%s\x00", PromptVersion, normModel(p.Base), p.Name, p.System, p.AdapterDigest)
	for _, m := range p.Messages {
		fmt.Fprintf(h, "%s\x00%s\x00", m.Role, m.Content)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// exampleTraits places an example for spread: genre, tempo, energy and
// mode levels, and moods.
type exampleTraits struct {
	genre         string
	tempo, energy float64
	mode          string
	moods         []string
}

func traitsOf(ex AdaptExample) exampleTraits {
	tr := ReadTraits(ex.Facts.Features)
	e := exampleTraits{tempo: float64(tr.Tempo), energy: float64(tr.Energy), mode: tr.Mode, moods: ex.Note.Moods}
	if len(ex.Facts.Genres) > 0 {
		e.genre = strings.ToLower(strings.TrimSpace(ex.Facts.Genres[0]))
	} else if len(ex.Note.Genres) > 0 {
		e.genre = ex.Note.Genres[0]
	}
	return e
}

// distance is how far apart two examples are for the purpose of spread.
func (a exampleTraits) distance(b exampleTraits) float64 {
	d := 0.0
	if a.genre != b.genre {
		d += 1
	}
	d += 0.5 * math.Abs(a.tempo-b.tempo)
	d += 0.5 * math.Abs(a.energy-b.energy)
	if a.mode != b.mode {
		d += 0.5
	}
	union, both := map[string]bool{}, 0
	for _, m := range a.moods {
		union[m] = true
	}
	for _, m := range b.moods {
		if union[m] {
			both++
		}
		union[m] = true
	}
	if len(union) > 0 {
		d += 1 - float64(both)/float64(len(union))
	}
	return d
}

// spreadPick picks up to max examples, each as far as possible from those
// already picked (farthest-point), starting with the most recent; ties go
// to the more recent. It returns indices in ascending order.
func spreadPick(examples []AdaptExample, max int) []int {
	n := len(examples)
	if n <= max {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	tr := make([]exampleTraits, n)
	for i, ex := range examples {
		tr[i] = traitsOf(ex)
	}
	chosen := []int{n - 1}
	nearest := make([]float64, n)
	for i := range nearest {
		nearest[i] = tr[i].distance(tr[n-1])
	}
	nearest[n-1] = -1 // -1 marks a chosen example
	for len(chosen) < max {
		best := -1
		for i := n - 1; i >= 0; i-- {
			if nearest[i] < 0 {
				continue
			}
			if best < 0 || nearest[i] > nearest[best] {
				best = i
			}
		}
		chosen = append(chosen, best)
		nearest[best] = -1
		for i := range nearest {
			if nearest[i] >= 0 {
				nearest[i] = min(nearest[i], tr[i].distance(tr[best]))
			}
		}
	}
	sort.Ints(chosen)
	return chosen
}

// UploadAdapter uploads a LoRA adapter file (GGUF or safetensors) to
// Ollama as a blob and returns the name to give it in the model and its
// digest.
func (c *Client) UploadAdapter(ctx context.Context, path string) (file, digest string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", "", fmt.Errorf("adapter: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return "", "", fmt.Errorf("adapter: %w", err)
	}
	if info.IsDir() || info.Size() == 0 {
		return "", "", fmt.Errorf("adapter %s: not a file with an adapter in it", path)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", "", fmt.Errorf("adapter: %w", err)
	}
	digest = "sha256:" + hex.EncodeToString(h.Sum(nil))
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", "", fmt.Errorf("adapter: %w", err)
	}
	// One attempt: the body is a stream that cannot be replayed. The
	// upload has no timeout beyond ctx: an adapter can be large.
	if err := c.api.CreateBlob(ctx, digest, f); err != nil {
		return "", "", c.wrap("upload adapter "+filepath.Base(path), "", err)
	}
	return filepath.Base(path), digest, nil
}

// CreateAdapted asks Ollama to create the plan's model FROM its base with
// its SYSTEM prompt, example messages and adapter, calling progress with
// each status Ollama reports. It returns an error unless Ollama reports
// success.
func (c *Client) CreateAdapted(ctx context.Context, p AdaptPlan, progress func(status string)) error {
	if p.Name == "" || p.Base == "" {
		return errors.New("create: no model name or base")
	}
	stream := true
	req := &api.CreateRequest{Model: p.Name, From: p.Base, System: p.System, Stream: &stream}
	for _, m := range p.Messages {
		req.Messages = append(req.Messages, api.Message{Role: m.Role, Content: m.Content})
	}
	if p.AdapterDigest != "" {
		req.Adapters = map[string]string{p.AdapterFile: p.AdapterDigest}
	}
	success := false
	err := c.api.Create(ctx, req, func(r api.ProgressResponse) error {
		if r.Status == "success" {
			success = true
		}
		if progress != nil && r.Status != "" {
			progress(SanitizeText(r.Status))
		}
		return nil
	})
	if err != nil {
		return c.wrap("create "+p.Name, "", err)
	}
	if !success {
		return fmt.Errorf("create %s: %w", p.Name, ErrStreamCut)
	}
	return nil
}

// DeleteModel removes a model from Ollama.
func (c *Client) DeleteModel(ctx context.Context, model string) error {
	err := c.retry(ctx, c.cfg.StatusTimeout, func(ctx context.Context) error {
		return c.api.Delete(ctx, &api.DeleteRequest{Model: model})
	})
	if err != nil {
		return c.wrap("delete "+model, "", err)
	}
	return nil
}
