package cmd

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
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
	LastScan *lastScanJSON  `json:"last_scan"`
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
	if *asJSON {
		out := statsJSON{Database: store.Path(), Tracks: st.Tracks, Missing: st.Missing, Artists: st.Artists,
			Albums: st.Albums, Genres: st.Genres, Duration: st.Duration.Seconds(), Size: st.Size, Formats: st.Formats}
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
	fmt.Fprintf(w, "%s by %s on %s, %s\n", plural(st.Tracks, "track"), plural(st.Artists, "artist"),
		plural(st.Albums, "album"), plural(st.Genres, "genre"))
	fmt.Fprintf(w, "%s of music, %s on disk\n", humanDuration(st.Duration), humanBytes(st.Size))
	var formats []string
	for f, n := range st.Formats {
		formats = append(formats, fmt.Sprintf("%s %d", f, n))
	}
	sort.Strings(formats)
	fmt.Fprintf(w, "Formats: %s\n", strings.Join(formats, ", "))
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

func humanDuration(d time.Duration) string {
	h := int(d.Hours())
	if h >= 48 {
		return fmt.Sprintf("%d days %d hours", h/24, h%24)
	}
	if h > 0 {
		return fmt.Sprintf("%d h %02d min", h, int(d.Minutes())%60)
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
