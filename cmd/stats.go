package cmd

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"sleeve/library"
)

// statsJSON is the stable JSON shape of `sleeve stats --json`.
type statsJSON struct {
	Database string         `json:"database"`
	Tracks   int            `json:"tracks"`
	Missing  int            `json:"missing"`
	Artists  int            `json:"artists"`
	Albums   int            `json:"albums"`
	Genres   int            `json:"genres"`
	Duration float64        `json:"duration"`
	Size     int64          `json:"size"`
	Formats  map[string]int `json:"formats"`
	// TopGenres lists every genre with its track count, the most common
	// first; Decades counts tracks per decade ("unknown" for no year).
	TopGenres []genreCountJSON `json:"top_genres"`
	Decades   map[string]int   `json:"decades"`
	Analysis  analysisJSON     `json:"analysis"`
	Notes     noteCountsJSON   `json:"notes"`
	LastScan  *lastScanJSON    `json:"last_scan"`
}

type genreCountJSON struct {
	Genre  string `json:"genre"`
	Tracks int    `json:"tracks"`
}

// analysisJSON says how much of the library is analysed.
type analysisJSON struct {
	UpToDate      int `json:"up_to_date"`
	ToDo          int `json:"to_do"`
	NotAnalysable int `json:"not_analysable"`
}

// noteCountsJSON says how many tracks have sleeve notes, and of which kind.
type noteCountsJSON struct {
	Model    int `json:"model"`
	Template int `json:"template"`
	Approved int `json:"approved"`
	Edited   int `json:"edited"`
	Embedded int `json:"embedded"`
}

type lastScanJSON struct {
	Roots       []string `json:"roots"`
	StartedAt   string   `json:"started_at"`
	Interrupted bool     `json:"interrupted"`
	Added       int      `json:"added"`
	Updated     int      `json:"updated"`
	Moved       int      `json:"moved"`
	Unchanged   int      `json:"unchanged"`
	Missing     int      `json:"missing"`
	Failed      int      `json:"failed"`
}

func init() { register(newStatsCommand) }

// newStatsCommand builds `sleeve stats`.
func newStatsCommand(a *runner) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "stats",
		Short: "Summarise the library",
		Args:  cobra.NoArgs,
		RunE:  a.run(func(ctx context.Context, _ []string) error { return runStats(ctx, a, &asJSON) }),
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the statistics as JSON")
	return c
}

func runStats(ctx context.Context, a *runner, asJSON *bool) error {
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	decades, err := store.Decades(ctx)
	if err != nil {
		return err
	}
	backlog, err := store.AnalysisBacklog(ctx, library.AnalysisQuery{})
	if err != nil {
		return err
	}
	notes, err := store.NoteCounts(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		out := statsJSON{Database: store.Path(), Tracks: st.Tracks, Missing: st.Missing, Artists: st.Artists,
			Albums: st.Albums, Genres: st.Genres, Duration: st.Duration.Seconds(), Size: st.Size, Formats: st.Formats,
			TopGenres: []genreCountJSON{}, Decades: map[string]int{},
			Analysis: analysisJSON{UpToDate: backlog.UpToDate, ToDo: backlog.Need, NotAnalysable: backlog.KnownBad},
			Notes: noteCountsJSON{Model: notes.ModelNotes, Template: notes.TemplateNotes, Approved: notes.Approved,
				Edited: notes.Edited, Embedded: notes.Embedded}}
		for _, g := range st.TopGenres {
			out.TopGenres = append(out.TopGenres, genreCountJSON{Genre: g.Name, Tracks: g.Count})
		}
		for _, d := range decades {
			out.Decades[decadeName(d.Decade)] = d.Count
		}
		if ls := st.LastScan; ls != nil {
			out.LastScan = &lastScanJSON{Roots: ls.Roots, StartedAt: ls.StartedAt.UTC().Format(time.RFC3339),
				Interrupted: ls.Interrupted, Added: ls.Counts.Added, Updated: ls.Counts.Updated, Moved: ls.Counts.Moved,
				Unchanged: ls.Counts.Unchanged, Missing: ls.Counts.Missing, Failed: ls.Counts.Failed}
		}
		return writeJSON(a.env.Stdout, out)
	}
	w := a.env.Stdout
	if st.Tracks == 0 && st.Missing == 0 {
		fmt.Fprintf(w, "The library at %s is empty. Scan a folder with 'sleeve scan ~/Music', or try 'sleeve demo'.\n", tildePath(store.Path()))
		return nil
	}
	by := " by " + plural(st.Artists, "artist")
	if st.Artists == 0 {
		by = " (none with an artist tag)"
	}
	fmt.Fprintf(w, "%s%s on %s, %s\n", plural(st.Tracks, "track"), by,
		plural(st.Albums, "album"), plural(st.Genres, "genre"))
	fmt.Fprintf(w, "%s of music, %s on disk\n", humanDuration(st.Duration), humanBytes(st.Size))
	var formats []string
	for f, n := range st.Formats {
		formats = append(formats, fmt.Sprintf("%s %d", f, n))
	}
	sort.Strings(formats)
	fmt.Fprintf(w, "Formats: %s\n", strings.Join(formats, ", "))
	if len(st.TopGenres) > 0 {
		fmt.Fprintf(w, "Genres: %s\n", genreSummary(st.TopGenres, topGenresShown))
	}
	if len(decades) > 0 {
		var ds []string
		for _, d := range decades {
			ds = append(ds, fmt.Sprintf("%s %d", decadeName(d.Decade), d.Count))
		}
		fmt.Fprintf(w, "Decades: %s\n", strings.Join(ds, ", "))
	}
	analysis := fmt.Sprintf("Analysed: %d of %d", backlog.UpToDate, st.Tracks)
	if backlog.Need > 0 {
		analysis += fmt.Sprintf(" (%d to do: 'sleeve analyze')", backlog.Need)
	}
	if backlog.KnownBad > 0 {
		// Damaged files and formats with no decoder alike; sleeve analyze
		// tells them apart, a line each.
		analysis += fmt.Sprintf(", %d could not be analysed", backlog.KnownBad)
	}
	fmt.Fprintln(w, analysis)
	switch written := notes.ModelNotes + notes.TemplateNotes; {
	case written == 0:
		fmt.Fprintln(w, "Sleeve notes: none yet ('sleeve notes' writes them)")
	default:
		line := fmt.Sprintf("Sleeve notes: %d written by a model, %d from templates; %d approved, %d edited by you",
			notes.ModelNotes, notes.TemplateNotes, notes.Approved, notes.Edited)
		if rest := st.Tracks - written; rest > 0 {
			line += fmt.Sprintf("; %d without one ('sleeve notes')", rest)
		}
		fmt.Fprintln(w, line)
	}
	if st.Missing > 0 {
		fmt.Fprintf(w, "%s missing from disk ('sleeve prune' removes them)\n", plural(st.Missing, "track"))
	}
	if ls := st.LastScan; ls != nil {
		state := ""
		if ls.Interrupted {
			state = " (interrupted)"
		}
		fmt.Fprintf(w, "Last scan %s%s: %d added, %d updated, %d moved, %d unchanged, %d missing, %d failed\n",
			ls.StartedAt.Format("2006-01-02 15:04"), state, ls.Counts.Added, ls.Counts.Updated, ls.Counts.Moved,
			ls.Counts.Unchanged, ls.Counts.Missing, ls.Counts.Failed)
	}
	fmt.Fprintf(w, "Database: %s\n", tildePath(store.Path()))
	return nil
}

// topGenresShown is how many genres the summary names before "and N more"
// (`sleeve stats --json` lists them all).
const topGenresShown = 10

// genreSummary names the most common genres with their track counts,
// then how many more there are.
func genreSummary(genres []library.NameCount, shown int) string {
	var parts []string
	for i, g := range genres {
		if i == shown {
			parts = append(parts, fmt.Sprintf("and %d more", len(genres)-shown))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", g.Name, g.Count))
	}
	return strings.Join(parts, ", ")
}

// decadeName names a decade as people do ("1990s"), "unknown" for 0.
func decadeName(decade int) string {
	if decade == 0 {
		return "unknown"
	}
	return fmt.Sprintf("%ds", decade)
}

func humanDuration(d time.Duration) string {
	h := int(d.Hours())
	if h >= 48 {
		return fmt.Sprintf("%d days %d hours", h/24, h%24)
	}
	if h > 0 {
		return fmt.Sprintf("%d h %02d min", h, int(d.Minutes())%60)
	}
	if d > 0 && d < time.Minute {
		return fmt.Sprintf("%d s", int(d.Round(time.Second).Seconds())) // not "0 min" of music
	}
	return fmt.Sprintf("%d min", int(d.Minutes()))
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

// plural writes a count with its noun, singular for one: "1 artist",
// "2 artists".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// pick returns one for a count of one, and many otherwise.
func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
