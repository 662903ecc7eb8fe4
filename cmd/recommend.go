package cmd

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"sleeve/app"
	"sleeve/engine"
	"sleeve/engine/eval"
	"sleeve/library"
)

func init() {
	register(newRecommendCommand)
	register(newSimilarCommand)
	register(newFeedbackCommand("rate"))
	register(newFeedbackCommand("skip"))
	register(newProfileCommand)
	register(newWhyNotCommand)
	register(newPlaylistCommand)
	register(newEvalCommand)
}

// recommender opens the store and the recommender.
func (a *runner) recommender(ctx context.Context) (*app.Recommender, *library.Store, error) {
	store, err := a.openStore(ctx)
	if err != nil {
		return nil, nil, err
	}
	client, err := a.modelsClient()
	if err != nil {
		return nil, nil, err
	}
	r, err := app.NewRecommender(ctx, store, client)
	if err != nil {
		return nil, nil, err
	}
	return r, store, nil
}

// resolveTrack finds a track from an ID, a path, "Title" or "Title by
// Artist".
// A title that names several tracks is refused with their IDs, as
// findTrack does for show and set, rather than one of them being taken.
func resolveTrack(ctx context.Context, store *library.Store, cat *engine.Catalog, ref string) (library.TrackID, error) {
	t, err := store.FindTrack(ctx, ref)
	var amb *library.AmbiguousError
	switch {
	case err == nil:
		return t.ID, nil
	case errors.As(err, &amb):
		_, err := findTrack(ctx, store, ref)
		return 0, err
	}
	if id, ok := cat.FindTrack(ref); ok {
		return id, nil
	}
	return 0, fmt.Errorf("no track %q in the library (give an ID from 'sleeve ls', a path, or a title)", ref)
}

// recommendJSON is the stable JSON shape of `sleeve recommend --json`.
type recommendJSON struct {
	Session    string `json:"session"`
	Understood string `json:"understood"`
	// Heard is what this message was read as; NotUnderstood its content
	// words that nothing accounts for.
	Heard         []string `json:"heard"`
	NotUnderstood []string `json:"not_understood"`
	ReadBy        string   `json:"read_by"`
	// Fallback says why the model's reading was not used although a model
	// is configured; ModelNotes which of its readings were not used.
	Fallback   string       `json:"fallback"`
	ModelNotes []string     `json:"model_notes"`
	Search     string       `json:"search"`
	Results    []resultJSON `json:"results"`
	Mix        engine.Mix   `json:"mix"`
	Notices    []string     `json:"notices"`
	Duration   float64      `json:"duration"`
}

type resultJSON struct {
	ID        int64            `json:"id"`
	Path      string           `json:"path"`
	Title     string           `json:"title"`
	Artist    string           `json:"artist"`
	Album     string           `json:"album"`
	Duration  float64          `json:"duration"`
	Score     float64          `json:"score"`
	Reasons   []string         `json:"reasons"`
	Breakdown engine.Breakdown `json:"breakdown"`
}

func resultsJSON(items []engine.Item) []resultJSON {
	out := []resultJSON{}
	for _, it := range items {
		reasons := it.Reasons
		if reasons == nil {
			reasons = []string{}
		}
		out = append(out, resultJSON{ID: int64(it.ID), Path: it.Path, Title: it.Title, Artist: it.Artist, Album: it.Album,
			Duration: it.Duration.Seconds(), Score: round(it.Score, 4), Reasons: reasons, Breakdown: it.Breakdown})
	}
	return out
}

func printResults(a *runner, items []engine.Item) {
	for _, it := range items {
		fmt.Fprintf(a.env.Stdout, "%2d. %s  (%s, id %d, score %.2f)\n", it.Rank, artistTitle(it.Artist, it.Title),
			formatClock(it.Duration), it.ID, it.Score)
		if len(it.Reasons) > 0 {
			fmt.Fprintf(a.env.Stdout, "    %s\n", strings.Join(it.Reasons, "; "))
		}
	}
}

// newRecommendCommand builds `sleeve recommend`.
func newRecommendCommand(a *runner) *cobra.Command {
	var session string
	var n int
	var asJSON, undo bool
	c := &cobra.Command{
		Use:   "recommend TEXT",
		Short: "Rank the library for a request, and refine it turn by turn with --session",
		RunE: a.run(func(ctx context.Context, words []string) error {
			return runRecommend(ctx, a, words, &session, &n, &asJSON, &undo)
		}),
	}
	f := c.Flags()
	f.StringVar(&session, "session", "", "continue the session with this ID (each turn refines it)")
	limitFlag(f, &n, 0, "how many tracks (default: what the request asks, or 10)")
	f.BoolVar(&asJSON, "json", false, "print the results as JSON")
	f.BoolVar(&undo, "undo", false, "take back the session's last turn instead")
	return c
}

func runRecommend(ctx context.Context, a *runner, words []string, session *string, n *int, asJSON, undo *bool) error {
	text := strings.TrimSpace(strings.Join(words, " "))
	if text == "" && !*undo {
		return fmt.Errorf("%w: say what you want to hear: sleeve recommend \"calm piano for a rainy evening\"", errUsage)
	}
	r, _, err := a.recommender(ctx)
	if err != nil {
		return err
	}
	if *undo {
		if *session == "" {
			return fmt.Errorf("%w: --undo needs --session", errUsage)
		}
		s, err := r.Undo(ctx, *session)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.env.Stdout, "Took back the last turn of session %s (%d turns left).\n", s.ID, len(s.Turns))
		return nil
	}
	reply, err := r.Recommend(ctx, *session, text, *n)
	if err != nil {
		return err
	}
	if !*asJSON {
		for _, n := range r.Notices {
			fmt.Fprintln(a.env.Stderr, n)
		}
	}
	res := reply.Result
	if *asJSON {
		notices := res.Notices
		if notices == nil {
			notices = []string{}
		}
		return writeJSON(a.env.Stdout, recommendJSON{Session: reply.Session.ID, Understood: reply.Understood,
			Heard: nonNil(reply.Heard), NotUnderstood: nonNil(reply.NotUnderstood), ReadBy: reply.Source,
			Fallback: reply.Fallback, ModelNotes: nonNil(reply.ModelNotes),
			Search: r.Search, Results: resultsJSON(res.Items), Mix: res.Mix, Notices: notices, Duration: res.Duration.Seconds()})
	}
	fmt.Fprintf(a.env.Stdout, "Understood: %s\n", app.HeardLine(reply.Heard))
	if len(reply.Searched) > 0 {
		fmt.Fprintf(a.env.Stdout, "Not understood: %s (searched for as words)\n", strings.Join(reply.Searched, ", "))
	}
	if rest := slices.DeleteFunc(slices.Clone(reply.NotUnderstood), func(w string) bool { return slices.Contains(reply.Searched, w) }); len(rest) > 0 {
		fmt.Fprintf(a.env.Stdout, "Not understood: %s (not searched for: no track holds it, or it was refused)\n", strings.Join(rest, ", "))
	}
	if reply.Refined {
		fmt.Fprintf(a.env.Stdout, "Request now: %s\n", reply.Understood)
	}
	if reply.Fallback != "" {
		fmt.Fprintf(a.env.Stderr, "(read by rules: %s)\n", reply.Fallback)
	}
	for _, n := range reply.ModelNotes {
		fmt.Fprintf(a.env.Stderr, "(%s)\n", n)
	}
	for _, n := range res.Notices {
		fmt.Fprintf(a.env.Stdout, "Note: %s\n", n)
	}
	if len(res.Items) == 0 && len(res.Notices) == 0 {
		fmt.Fprintln(a.env.Stdout, "Nothing in the library fits. Try fewer constraints.")
	}
	printResults(a, res.Items)
	fmt.Fprintf(a.env.Stdout, "Mix: %d familiar, %d unexplored, %d in between; %s in all.\n",
		res.Mix.Familiar, res.Mix.Unexplored, res.Mix.Between, formatClock(res.Duration))
	fmt.Fprintf(a.env.Stdout, "Session %s: refine with sleeve recommend --session %s \"slower\"\n", reply.Session.ID, reply.Session.ID)
	return nil
}

// newSimilarCommand builds `sleeve similar`.
func newSimilarCommand(a *runner) *cobra.Command {
	var n int
	var asJSON bool
	c := &cobra.Command{
		Use:               "similar TRACK",
		Short:             "Tracks that sound like TRACK",
		ValidArgsFunction: completeFiles,
		RunE:              a.run(func(ctx context.Context, refs []string) error { return runSimilar(ctx, a, refs, n, asJSON) }),
	}
	limitFlag(c.Flags(), &n, 10, "how many tracks")
	c.Flags().BoolVar(&asJSON, "json", false, "print the results as JSON")
	return c
}

func runSimilar(ctx context.Context, a *runner, refs []string, n int, asJSON bool) error {
	if len(refs) == 0 {
		return fmt.Errorf("%w: similar takes a TRACK", errUsage)
	}
	r, store, err := a.recommender(ctx)
	if err != nil {
		return err
	}
	id, err := resolveTrack(ctx, store, r.Catalog(), strings.Join(refs, " "))
	if err != nil {
		return err
	}
	res, err := r.Similar(ctx, id, n)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(a.env.Stdout, resultsJSON(res.Items))
	}
	if len(res.Items) == 0 {
		// Similarity is measured sound: say why there is none, rather
		// than print nothing.
		seed, err := store.Track(ctx, id)
		if err != nil {
			return err
		}
		name := "“" + orDash(seed.Tags.Title) + "”"
		switch {
		case seed.Features == nil && seed.AnalysisFailure != nil:
			// Running analyze again would not help: say what failed.
			fmt.Fprintf(a.env.Stdout, "Nothing to compare %s with: it could not be analysed (%s).\n", name, seed.AnalysisFailure.Reason)
		case seed.Features == nil:
			fmt.Fprintf(a.env.Stdout, "Nothing to compare %s with: it is not analysed yet (run sleeve analyze).\n", name)
		default:
			fmt.Fprintf(a.env.Stdout, "No other track sounds like %s; tracks not analysed yet are left out (sleeve analyze measures them).\n", name)
		}
		return nil
	}
	printResults(a, res.Items)
	return nil
}

// newFeedbackCommand builds `sleeve rate` and `sleeve skip`.
func newFeedbackCommand(kind string) func(a *runner) *cobra.Command {
	return func(a *runner) *cobra.Command {
		var session string
		c := &cobra.Command{
			Use:               "skip TRACK",
			Short:             "Tell Sleeve a track was not what you wanted",
			ValidArgsFunction: completeFiles,
			RunE:              a.run(func(ctx context.Context, rest []string) error { return runFeedback(ctx, a, kind, rest, session) }),
		}
		if kind == "rate" {
			c.Use, c.Short = "rate TRACK N", "Rate a track from 1 (not for me) to 5"
		}
		c.Flags().StringVar(&session, "session", "", "the session the track was recommended in, if any")
		return c
	}
}

// runFeedback is rate and skip.
func runFeedback(ctx context.Context, a *runner, kind string, rest []string, session string) error {
	var err error
	stars := 0
	if kind == "rate" {
		if len(rest) != 2 {
			return fmt.Errorf("%w: rate takes a TRACK and a rating from 1 (not for me) to 5", errUsage)
		}
		if stars, err = strconv.Atoi(rest[1]); err != nil || stars < 1 || stars > 5 {
			return fmt.Errorf("%w: rating %q: give a whole number from 1 (not for me) to 5", errUsage, rest[1])
		}
		rest = rest[:1]
	}
	if len(rest) != 1 {
		return fmt.Errorf("%w: %s takes one TRACK", errUsage, kind)
	}
	r, store, err := a.recommender(ctx)
	if err != nil {
		return err
	}
	id, err := resolveTrack(ctx, store, r.Catalog(), rest[0])
	if err != nil {
		return err
	}
	if err := r.Feedback(ctx, session, id, kind, stars); err != nil {
		return err
	}
	t, _ := r.Catalog().Track(id)
	if kind == "rate" {
		fmt.Fprintf(a.env.Stdout, "Rated %s %d of 5.\n", artistTitle(t.Artist, t.Title), stars)
	} else {
		fmt.Fprintf(a.env.Stdout, "Skipped %s; it and what sounds like it will sink a little.\n", artistTitle(t.Artist, t.Title))
	}
	return nil
}

// newProfileCommand builds `sleeve profile`.
func newProfileCommand(a *runner) *cobra.Command {
	var asJSON, reset bool
	var like, dislike, forget string
	c := &cobra.Command{
		Use:   "profile",
		Short: "What Sleeve has learned of your taste; edit or reset it",
		Args:  cobra.NoArgs,
		RunE: a.run(func(ctx context.Context, _ []string) error {
			return runProfile(ctx, a, &asJSON, &reset, &like, &dislike, &forget)
		}),
	}
	f := c.Flags()
	f.BoolVar(&asJSON, "json", false, "print the profile as JSON")
	f.BoolVar(&reset, "reset", false, "forget what was learned (your ratings stay as history)")
	f.StringVar(&like, "like", "", "tell Sleeve you like an artist or a genre of the library (genre:NAME when an artist has the name too)")
	f.StringVar(&dislike, "dislike", "", "tell Sleeve you dislike an artist or a genre of the library (genre:NAME when an artist has the name too)")
	f.StringVar(&forget, "forget", "", "remove an artist or a genre (genre:NAME) from the profile")
	return c
}

func runProfile(ctx context.Context, a *runner, asJSON, reset *bool, like, dislike, forget *string) error {
	// Two opposite edits of one name at once: the last would win unsaid.
	names := map[string]string{}
	for _, e := range []struct{ flag, name string }{{"like", *like}, {"dislike", *dislike}, {"forget", *forget}} {
		key := strings.ToLower(strings.TrimSpace(e.name))
		if key == "" {
			continue
		}
		if other, ok := names[key]; ok {
			return fmt.Errorf("%w: --%s and --%s both name %q; give one of them", errUsage, other, e.flag, e.name)
		}
		names[key] = e.flag
	}
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	cat, err := engine.LoadCatalog(ctx, store, "")
	if err != nil {
		return err
	}
	for _, e := range []struct {
		flag     string
		name     string
		affinity float64
	}{{"like", *like, 1}, {"dislike", *dislike, -1}, {"forget", *forget, 0}} {
		if e.name == "" {
			continue
		}
		kind, name, err := profileName(cat, e.flag, e.name, e.affinity != 0)
		if err != nil {
			return err
		}
		if err := store.SetTasteEdit(ctx, library.TasteEdit{Kind: kind, Name: name, Affinity: e.affinity, At: time.Now()}); err != nil {
			return err
		}
		// Say which was taken: a name may be an artist's or a genre's.
		out := a.env.Stdout
		if *asJSON {
			out = a.env.Stderr
		}
		verb := map[string]string{"like": "Liked", "dislike": "Disliked", "forget": "Forgot"}[e.flag]
		fmt.Fprintf(out, "%s the %s %s.\n", verb, kind, name)
	}
	if *reset {
		if err := store.ResetTaste(ctx, time.Now()); err != nil {
			return err
		}
		fmt.Fprintln(a.env.Stdout, "Your taste profile is reset; new ratings start it again.")
	}
	taste, err := engine.LoadTaste(ctx, store, cat)
	if err != nil {
		return err
	}
	p := taste.Profile()
	if *asJSON {
		if p.Summary == nil {
			p.Summary = []string{}
		}
		return writeJSON(a.env.Stdout, p)
	}
	if len(p.Summary) == 0 {
		fmt.Fprintln(a.env.Stdout, "Nothing learned yet: rate tracks (sleeve rate TRACK 1-5) or skip them, and this fills in.")
	}
	for _, line := range p.Summary {
		fmt.Fprintln(a.env.Stdout, line)
	}
	return nil
}

// profileName resolves the name a profile edit is given to an artist or a
// genre: "genre:NAME" is a genre; otherwise an artist of the library by
// that name, else a genre of the library, as `--like` and `--dislike`
// take either. Liking or disliking a name the library has neither as an
// artist nor as a genre is refused (it would be stored and never match
// anything), with close artists' names; forgetting takes any name (it may
// have left the library), a genre when the library has one by that name
// and no artist.
func profileName(cat *engine.Catalog, flag, name string, check bool) (kind, resolved string, err error) {
	if g, ok := strings.CutPrefix(name, "genre:"); ok {
		if tagged, ok := cat.GenreExactly(g); ok {
			return "genre", tagged, nil
		}
		if !check {
			return "genre", g, nil
		}
		return "", "", fmt.Errorf("%w: --%s: no genre %q in the library (sleeve stats lists the genres)", errUsage, flag, g)
	}
	if tagged, ok := cat.ArtistExactly(name); ok {
		return "artist", tagged, nil
	}
	if g, ok := cat.GenreExactly(name); ok {
		return "genre", g, nil
	}
	if !check {
		return "artist", name, nil
	}
	_, err = checkArtist(cat, flag, name)
	return "", "", err
}

// checkArtist refuses an artist the library does not have, suggesting
// close names. It returns the artist's name as tagged.
func checkArtist(cat *engine.Catalog, flag, name string) (string, error) {
	if tagged, ok := cat.ArtistExactly(name); ok {
		return tagged, nil
	}
	msg := fmt.Sprintf("--%s: no artist %q in the library, nor a genre", flag, name)
	if like := cat.ArtistsLike(name, 3); len(like) > 0 {
		quoted := make([]string, len(like))
		for i, l := range like {
			quoted[i] = fmt.Sprintf("%q", l)
		}
		msg += "; did you mean " + strings.Join(quoted, ", ") + "?"
	} else {
		msg += " (sleeve ls artist:NAME lists the artists)"
	}
	return "", fmt.Errorf("%w: %s", errUsage, msg)
}

// newWhyNotCommand builds `sleeve why-not`.
func newWhyNotCommand(a *runner) *cobra.Command {
	var session string
	c := &cobra.Command{
		Use:               "why-not TRACK",
		Short:             "Say what kept TRACK out of a session's list",
		ValidArgsFunction: completeFiles,
		RunE:              a.run(func(ctx context.Context, refs []string) error { return runWhyNot(ctx, a, refs, session) }),
	}
	c.Flags().StringVar(&session, "session", "", "the session whose last list is asked about")
	return c
}

func runWhyNot(ctx context.Context, a *runner, refs []string, session string) error {
	if len(refs) == 0 || session == "" {
		return fmt.Errorf("%w: why-not takes a TRACK and --session ID", errUsage)
	}
	r, store, err := a.recommender(ctx)
	if err != nil {
		return err
	}
	id, err := resolveTrack(ctx, store, r.Catalog(), strings.Join(refs, " "))
	if err != nil {
		return err
	}
	why, err := r.WhyNot(ctx, session, id)
	if err != nil {
		return err
	}
	fmt.Fprintln(a.env.Stdout, why)
	return nil
}

// newPlaylistCommand builds `sleeve playlist export`.
func newPlaylistCommand(a *runner) *cobra.Command {
	usage := fmt.Errorf("%w: sleeve playlist export --session ID [--m3u FILE]", errUsage)
	c := &cobra.Command{
		Use:   "playlist",
		Short: "Export a session's list: playlist export --session ID [--m3u FILE]",
		RunE:  a.run(func(context.Context, []string) error { return usage }),
	}
	var session, m3u string
	var force bool
	export := &cobra.Command{
		Use:   "export",
		Short: "Write a session's last list as an M3U playlist",
		Long: `Write a session's last list as an M3U playlist.

With --m3u the playlist is that file (an existing one is replaced only with --force);
without it, a new file in the playlists folder ("playlists" in the config file, by
default ~/.local/share/sleeve/playlists), as the explorer's export writes. The full path
of the file written is printed.`,
		Args:              cobra.NoArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: a.run(func(ctx context.Context, _ []string) error {
			if session == "" {
				return usage
			}
			return runPlaylistExport(ctx, a, session, m3u, force)
		}),
	}
	f := export.Flags()
	f.StringVar(&session, "session", "", "the session whose last list is exported")
	f.StringVar(&m3u, "m3u", "", "write the playlist to this file (default: a new file in the playlists folder)")
	f.BoolVar(&force, "force", false, "replace the playlist file if it exists")
	_ = export.MarkFlagFilename("m3u", "m3u", "m3u8")
	c.AddCommand(export)
	return c
}

func runPlaylistExport(ctx context.Context, a *runner, session, m3u string, force bool) error {
	r, store, err := a.recommender(ctx)
	if err != nil {
		return err
	}
	tracks, err := r.SessionTracks(ctx, session)
	if err != nil {
		return err
	}
	ids := make([]library.TrackID, len(tracks))
	for i, t := range tracks {
		ids[i] = t.ID
	}
	path, n, err := app.NewLibrary(store).WritePlaylist(ctx, ids, app.PlaylistOptions{
		File: m3u, Overwrite: force, Dir: a.cfg.PlaylistDir, Name: "session"})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.env.Stdout, "Wrote %s to %s.\n", plural(n, "track"), library.DisplayPath(path))
	return nil
}

// newEvalCommand builds `sleeve eval`.
func newEvalCommand(a *runner) *cobra.Command {
	var rounds int
	c := &cobra.Command{
		Use:   "eval",
		Short: "Run the recommender's evaluation harness and print its figures",
		Args:  cobra.NoArgs,
		RunE: a.run(func(context.Context, []string) error {
			if rounds < 0 {
				return errors.New("--rounds must be 0 (the figures before feedback only) or more")
			}
			fmt.Fprint(a.env.Stdout, eval.Evaluate(engine.DefaultWeights, rounds).String())
			return nil
		}),
	}
	c.Flags().IntVar(&rounds, "rounds", 5, "rounds of simulated feedback (0: the figures before feedback only)")
	return c
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
