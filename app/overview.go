package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"sleeve/library"
	"sleeve/models"
)

// Group names an artist, an album (with its artist) or a genre.
type Group struct {
	// Kind is models.OverviewArtist, OverviewAlbum or OverviewGenre.
	Kind, Name string
	// Artist is the album's artist, for an album.
	Artist string
	// ArtistGiven says that Artist is the album's artist even when it is
	// empty (an album whose tracks name no artist). Without it an empty
	// Artist leaves the artist open, and an album name that more than one
	// artist uses is ambiguous.
	ArtistGiven bool
}

// ErrNoGroup means no track of the library belongs to the group asked for.
var ErrNoGroup = errors.New("no tracks")

// groupedLibrary is the library's present tracks with their notes, read
// once and grouped in memory.
type groupedLibrary struct {
	tracks []library.Track
	notes  map[library.TrackID]library.Note
}

func readGrouped(ctx context.Context, store *library.Store) (*groupedLibrary, error) {
	g := &groupedLibrary{notes: map[library.TrackID]library.Note{}}
	for t, err := range store.Tracks(ctx, library.Filter{Sort: "path"}) {
		if err != nil {
			return nil, err
		}
		g.tracks = append(g.tracks, t)
	}
	for id, n := range store.Notes(ctx) {
		g.notes[id] = n
	}
	return g, ctx.Err()
}

// member reports whether t belongs to grp. Artists and albums are grouped
// as the explorer's browser groups them (by the track's artist, else its
// album artist); names compare without letter case.
func (grp Group) member(t library.Track) bool {
	switch grp.Kind {
	case models.OverviewArtist:
		return strings.EqualFold(t.Tags.DisplayArtist(), grp.Name)
	case models.OverviewAlbum:
		return strings.EqualFold(t.Tags.Album, grp.Name) && (grp.Artist == "" && !grp.ArtistGiven || strings.EqualFold(t.Tags.DisplayArtist(), grp.Artist))
	case models.OverviewGenre:
		for _, g := range t.Tags.Genres {
			if strings.EqualFold(strings.TrimSpace(g), grp.Name) {
				return true
			}
		}
	}
	return false
}

// facts summarises the group's tracks and notes, or reports ErrNoGroup.
func (g *groupedLibrary) facts(grp Group) (models.GroupFacts, error) {
	var facts []models.TrackFacts
	var notes []models.Note
	name, artist := grp.Name, grp.Artist
	artists := map[string]bool{}
	for _, t := range g.tracks {
		if !grp.member(t) {
			continue
		}
		facts = append(facts, FactsOf(t))
		notes = append(notes, modelNote(g.notes[t.ID]))
		// The names as the library spells them.
		switch grp.Kind {
		case models.OverviewArtist:
			name = t.Tags.DisplayArtist()
		case models.OverviewAlbum:
			name, artist = t.Tags.Album, t.Tags.DisplayArtist()
			artists[strings.ToLower(artist)] = true
		case models.OverviewGenre:
			for _, gn := range t.Tags.Genres {
				if strings.EqualFold(strings.TrimSpace(gn), grp.Name) {
					name = strings.TrimSpace(gn)
				}
			}
		}
	}
	if len(facts) == 0 {
		return models.GroupFacts{}, fmt.Errorf("%s %q: %w in the library", grp.Kind, grp.Name, ErrNoGroup)
	}
	if len(artists) > 1 {
		return models.GroupFacts{}, fmt.Errorf("more than one artist has an album called %q; name the artist with --artist", grp.Name)
	}
	return models.SummarizeGroup(grp.Kind, name, artist, facts, notes), nil
}

// groups lists every artist, album and genre of the library, sorted.
func (g *groupedLibrary) groups() []Group {
	seen := map[Group]bool{}
	var out []Group
	add := func(grp Group) {
		key := Group{Kind: grp.Kind, Name: strings.ToLower(grp.Name), Artist: strings.ToLower(grp.Artist)}
		if grp.Name == "" || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, grp)
	}
	for _, t := range g.tracks {
		a := t.Tags.DisplayArtist()
		add(Group{Kind: models.OverviewArtist, Name: a})
		add(Group{Kind: models.OverviewAlbum, Name: t.Tags.Album, Artist: a, ArtistGiven: true})
		for _, gn := range t.Tags.Genres {
			add(Group{Kind: models.OverviewGenre, Name: strings.TrimSpace(gn)})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		if !strings.EqualFold(out[i].Name, out[j].Name) {
			return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
		}
		return strings.ToLower(out[i].Artist) < strings.ToLower(out[j].Artist)
	})
	return out
}

// OverviewOf returns the overview of one group: the stored one when it is
// current, else a new one written with the client's chat model (the
// adapted one when there is one) or, without a usable model, from a
// template, which is stored. A stored model overview that is out of date
// is kept and returned while no model is available.
func OverviewOf(ctx context.Context, store *library.Store, client *models.Client, grp Group) (library.Overview, error) {
	g, err := readGrouped(ctx, store)
	if err != nil {
		return library.Overview{}, err
	}
	client = usableChatClient(ctx, store, client)
	return overviewFor(ctx, store, client, g, grp)
}

// usableChatClient returns the (adapted) client when its chat model can
// be used, else nil.
func usableChatClient(ctx context.Context, store *library.Store, client *models.Client) *models.Client {
	if client == nil {
		return nil
	}
	client, _ = AdaptedClient(ctx, store, client)
	st := client.Status(ctx)
	if !st.Reachable || !st.Chat.Installed || st.Chat.Problem != "" {
		return nil
	}
	return client
}

func overviewFor(ctx context.Context, store *library.Store, client *models.Client, g *groupedLibrary, grp Group) (library.Overview, error) {
	facts, err := g.facts(grp)
	if err != nil {
		return library.Overview{}, err
	}
	model := ""
	if client != nil {
		model = client.ChatModel()
		if client.Adapted() {
			model += "\x00" + client.AdaptedKey() // another adaptation is another writer
		}
	}
	key := models.OverviewKey(facts, model)
	stored, err := store.Overview(ctx, facts.Kind, facts.Name, facts.Artist)
	switch {
	case err == nil && stored.Key == key:
		return stored, nil
	case err == nil && client == nil && !stored.Template:
		// A model overview beats a template even when a little stale.
		return stored, nil
	case err != nil && !errors.Is(err, library.ErrNotFound):
		return library.Overview{}, err
	}
	o, err := models.WriteOverview(ctx, client, facts)
	if err != nil {
		return library.Overview{}, err
	}
	factsJSON, _ := json.Marshal(o.Facts)
	rec := library.Overview{Kind: facts.Kind, Name: facts.Name, Artist: facts.Artist, Text: o.Text, Facts: string(factsJSON),
		Model: o.Model, Template: o.Template, Version: o.Version, Key: key, Dropped: o.Dropped, CreatedAt: o.CreatedAt}
	if o.Template && client != nil {
		// The model failed: the template is not stored under the model's
		// key, so the next run asks the model again.
		rec.Key = models.OverviewKey(facts, "")
	}
	if err := store.SaveOverview(context.WithoutCancel(ctx), rec); err != nil {
		return library.Overview{}, err
	}
	return rec, nil
}

// OverviewsResult counts what WriteOverviews did.
type OverviewsResult struct {
	Written, Templates, UpToDate int
	Elapsed                      time.Duration
}

// WriteOverviews writes the overview of every artist, album and genre
// whose stored one is missing or out of date, calling progress after each.
func WriteOverviews(ctx context.Context, store *library.Store, client *models.Client, progress func(done, total int)) (OverviewsResult, error) {
	start := time.Now()
	var res OverviewsResult
	g, err := readGrouped(ctx, store)
	if err != nil {
		return res, err
	}
	client = usableChatClient(ctx, store, client)
	groups := g.groups()
	for i, grp := range groups {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		before, _ := store.Overview(ctx, grp.Kind, grp.Name, grp.Artist)
		o, err := overviewFor(ctx, store, client, g, grp)
		if errors.Is(err, ErrNoGroup) {
			continue
		}
		if err != nil {
			return res, err
		}
		switch {
		case o.Key == before.Key && o.CreatedAt.Equal(before.CreatedAt):
			res.UpToDate++
		case o.Template:
			res.Templates++
		default:
			res.Written++
		}
		if progress != nil {
			progress(i+1, len(groups))
		}
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// Groups lists every artist, album and genre of the library.
func Groups(ctx context.Context, store *library.Store) ([]Group, error) {
	g, err := readGrouped(ctx, store)
	if err != nil {
		return nil, err
	}
	return g.groups(), nil
}

// StoredOverview returns the group's stored overview, for a quick look
// (the explorer): a model's as it is (sleeve notes keeps those current),
// a template checked against the group's tracks as they are now and
// written again when they changed (a scan added tracks or measured more
// of them since), and a new template when none is stored.
func StoredOverview(ctx context.Context, store *library.Store, grp Group) (library.Overview, error) {
	o, err := store.Overview(ctx, grp.Kind, grp.Name, grp.Artist)
	switch {
	case err != nil && !errors.Is(err, library.ErrNotFound):
		return o, err
	case err != nil:
		return OverviewOf(ctx, store, nil, grp)
	case !o.Template:
		return o, nil
	}
	g, err := readGroup(ctx, store, grp)
	if err != nil {
		return o, err
	}
	fresh, err := overviewFor(ctx, store, nil, g, grp)
	if errors.Is(err, ErrNoGroup) {
		return o, nil // the narrowed read missed it: show what is stored
	}
	return fresh, err
}

// readGroup reads the tracks that may belong to grp, and their notes: the
// library's tracks narrowed by the group's name (groupedLibrary.facts
// keeps its members), so that checking one overview does not read the
// whole library.
func readGroup(ctx context.Context, store *library.Store, grp Group) (*groupedLibrary, error) {
	field := map[string]string{models.OverviewArtist: "artist", models.OverviewAlbum: "album", models.OverviewGenre: "genre"}[grp.Kind]
	f := library.Filter{Sort: "path"}
	if field != "" && grp.Name != "" {
		f.Conditions = []library.Condition{{Field: field, Value: grp.Name}}
	}
	g := &groupedLibrary{}
	var ids []library.TrackID
	for t, err := range store.Tracks(ctx, f) {
		if err != nil {
			return nil, err
		}
		if !grp.member(t) {
			continue
		}
		g.tracks = append(g.tracks, t)
		ids = append(ids, t.ID)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The notes in bulk: one query per few hundred tracks, not one each.
	notes, err := store.NotesOf(ctx, ids)
	if err != nil {
		return nil, err
	}
	g.notes = notes
	return g, nil
}
