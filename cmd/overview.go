package cmd

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"sleeve/app"
	"sleeve/models"
)

func init() { register(newOverviewCommand) }

// newOverviewCommand builds `sleeve overview artist|album|genre NAME`.
func newOverviewCommand(a *runner) *cobra.Command {
	var asJSON bool
	var artist string
	c := &cobra.Command{
		Use:   "overview artist|album|genre NAME",
		Short: "An overview of an artist, album or genre (NAME may be several words), written from its tracks' features and notes",
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return []string{"artist", "album", "genre"}, cobra.ShellCompDirectiveNoFileComp
			}
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: a.run(func(ctx context.Context, args []string) error {
			return runOverview(ctx, a, args, artist, asJSON)
		}),
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the overview as JSON")
	c.Flags().StringVar(&artist, "artist", "", "with album: the album's artist, when albums of several artists share the name")
	return c
}

func runOverview(ctx context.Context, a *runner, args []string, artist string, asJSON bool) error {
	if len(args) < 2 {
		return fmt.Errorf("%w: overview takes a kind (artist, album or genre) and a NAME", errUsage)
	}
	kind := strings.ToLower(args[0])
	switch kind {
	case models.OverviewArtist, models.OverviewAlbum, models.OverviewGenre:
	default:
		return fmt.Errorf("%w: overview of %q: the kind is artist, album or genre", errUsage, args[0])
	}
	if artist != "" && kind != models.OverviewAlbum {
		return fmt.Errorf("%w: --artist goes with overview album", errUsage)
	}
	name := strings.Join(args[1:], " ")
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	client, err := a.modelsClient()
	if err != nil {
		return err
	}
	o, err := app.OverviewOf(ctx, store, client, app.Group{Kind: kind, Name: name, Artist: artist})
	if errors.Is(err, app.ErrNoGroup) {
		return fmt.Errorf("%w; 'sleeve ls %s:%q' lists what there is", err, map[string]string{"album": "album", "artist": "artist", "genre": "genre"}[kind], name)
	}
	if err != nil {
		return err
	}
	if asJSON {
		var facts json.RawMessage = []byte(o.Facts)
		if !json.Valid(facts) {
			facts = []byte("{}")
		}
		dropped := o.Dropped
		if dropped == nil {
			dropped = []string{}
		}
		return writeJSON(a.env.Stdout, overviewJSON{Kind: o.Kind, Name: o.Name, Artist: o.Artist, Text: o.Text, Model: o.Model,
			Template: o.Template, Version: o.Version, Facts: facts, Dropped: dropped, CreatedAt: o.CreatedAt.UTC().Format("2006-01-02T15:04:05Z")})
	}
	w := a.env.Stdout
	title := o.Name
	if o.Artist != "" {
		title = o.Artist + " — " + o.Name
	}
	fmt.Fprintf(w, "%s (%s)\n\n%s\n\n", title, o.Kind, o.Text)
	by := "written by " + o.Model
	if o.Template {
		by = "from a template, as no language model was available; a run of sleeve notes with Ollama replaces it"
	}
	fmt.Fprintf(w, "(%s)\n", by)
	return nil
}

// overviewJSON is the stable JSON shape of `sleeve overview --json`.
type overviewJSON struct {
	Kind      string          `json:"kind"`
	Name      string          `json:"name"`
	Artist    string          `json:"artist"`
	Text      string          `json:"text"`
	Model     string          `json:"model"`
	Template  bool            `json:"template"`
	Version   int             `json:"version"`
	Facts     json.RawMessage `json:"facts"`
	Dropped   []string        `json:"dropped"`
	CreatedAt string          `json:"created_at"`
}
