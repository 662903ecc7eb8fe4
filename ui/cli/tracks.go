package cli

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"sleeve/library"
	"sleeve/ui/config"
)

func defaultConfigFile() string { return config.DefaultFile() }

// trackJSON is the stable JSON shape of a track in `sleeve ls --json` and
// `sleeve show --json`. Fields are only ever added, never renamed.
type trackJSON struct {
	ID   int64  `json:"id"`
	Path string `json:"path"`
	// PathBase64 carries the exact bytes of a path that is not valid
	// UTF-8, which JSON strings cannot hold.
	PathBase64  string   `json:"path_base64,omitempty"`
	Missing     bool     `json:"missing"`
	Title       string   `json:"title"`
	Artist      string   `json:"artist"`
	Album       string   `json:"album"`
	AlbumArtist string   `json:"album_artist"`
	Genres      []string `json:"genres"`
	Year        int      `json:"year"`
	Track       int      `json:"track"`
	TrackTotal  int      `json:"track_total"`
	Disc        int      `json:"disc"`
	DiscTotal   int      `json:"disc_total"`
	Composer    string   `json:"composer"`
	Comment     string   `json:"comment"`
	Inferred    []string `json:"inferred"`
	Format      string   `json:"format"`
	Codec       string   `json:"codec"`
	Duration    float64  `json:"duration"`
	Bitrate     int      `json:"bitrate"`
	SampleRate  int      `json:"sample_rate"`
	Channels    int      `json:"channels"`
	Size        int64    `json:"size"`
	ModTime     string   `json:"mtime"`
	Fingerprint string   `json:"fingerprint"`
	AddedAt     string   `json:"added_at"`
	UpdatedAt   string   `json:"updated_at"`
}

func toTrackJSON(t library.Track) trackJSON {
	j := trackJSON{
		ID: int64(t.ID), Path: t.Path, Missing: t.Missing,
		Title: t.Tags.Title, Artist: t.Tags.Artist, Album: t.Tags.Album, AlbumArtist: t.Tags.AlbumArtist,
		Genres: t.Tags.Genres, Year: t.Tags.Year, Track: t.Tags.TrackNumber, TrackTotal: t.Tags.TrackTotal,
		Disc: t.Tags.DiscNumber, DiscTotal: t.Tags.DiscTotal, Composer: t.Tags.Composer, Comment: t.Tags.Comment,
		Inferred: t.Tags.Inferred, Format: t.Format, Codec: t.Codec, Duration: t.Duration.Seconds(),
		Bitrate: t.Bitrate, SampleRate: t.SampleRate, Channels: t.Channels, Size: t.Size,
		ModTime: t.ModTime.UTC().Format(time.RFC3339Nano), Fingerprint: t.Fingerprint,
		AddedAt: t.AddedAt.UTC().Format(time.RFC3339), UpdatedAt: t.UpdatedAt.UTC().Format(time.RFC3339),
	}
	if !utf8.ValidString(t.Path) {
		j.Path = strings.ToValidUTF8(t.Path, "\uFFFD")
		j.PathBase64 = base64.StdEncoding.EncodeToString([]byte(t.Path))
	}
	if j.Genres == nil {
		j.Genres = []string{}
	}
	if j.Inferred == nil {
		j.Inferred = []string{}
	}
	return j
}

func runLs(ctx context.Context, a *app, args []string) error {
	fs := a.pending
	asJSON := fs.Bool("json", false, "print a JSON array of tracks")
	sortBy := fs.String("sort", "artist", "order: artist, title, album, year, added, duration or path")
	limit := fs.Int("n", 0, "show at most `N` tracks")
	missing := fs.Bool("missing", false, "include tracks whose files are missing")
	words, err := a.parse("ls", args)
	if err != nil {
		return err
	}
	f, err := library.ParseFilter(strings.Join(words, " "))
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if !library.ValidSort(*sortBy) {
		return fmt.Errorf("%w: unknown sort %q", errUsage, *sortBy)
	}
	f.Sort, f.Limit, f.IncludeMissing = *sortBy, *limit, *missing
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if *asJSON {
		return streamTracksJSON(a.env.Stdout, store.Tracks(ctx, f))
	}
	tw := tabwriter.NewWriter(a.env.Stdout, 0, 0, 2, ' ', 0)
	n := 0
	for t, err := range store.Tracks(ctx, f) {
		if err != nil {
			return err
		}
		n++
		mark := ""
		if t.Missing {
			mark = " (missing)"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s%s\n", t.ID, orDash(t.Tags.DisplayArtist()), orDash(t.Tags.Title),
			orDash(albumYear(t.Tags)), formatClock(t.Duration), mark)
	}
	tw.Flush()
	if n == 0 && a.env.StderrIsTerminal {
		fmt.Fprintln(a.env.Stderr, "No tracks match.")
	}
	return nil
}

// streamTracksJSON writes a JSON array one track at a time, so that a
// listing of the whole library does not sit in memory.
func streamTracksJSON(w io.Writer, tracks func(func(library.Track, error) bool)) error {
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	first := true
	for t, err := range tracks {
		if err != nil {
			return err
		}
		b, err := json.Marshal(toTrackJSON(t))
		if err != nil {
			return err
		}
		sep := ",\n  "
		if first {
			sep, first = "\n  ", false
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	if !first {
		_, err := io.WriteString(w, "\n]\n")
		return err
	}
	_, err := io.WriteString(w, "]\n")
	return err
}

func albumYear(t library.Tags) string {
	if t.Year > 0 && t.Album != "" {
		return fmt.Sprintf("%s (%d)", t.Album, t.Year)
	}
	return t.Album
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func runShow(ctx context.Context, a *app, args []string) error {
	fs := a.pending
	asJSON := fs.Bool("json", false, "print the track as JSON")
	refs, err := a.parse("show", args)
	if err != nil {
		return err
	}
	if len(refs) != 1 {
		return fmt.Errorf("%w: show takes one TRACK, an ID or a path", errUsage)
	}
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	t, err := store.ResolveTrack(ctx, refs[0])
	if errors.Is(err, library.ErrNotFound) {
		return fmt.Errorf("no track %q in the library (give an ID from 'sleeve ls' or the path of a scanned file)", refs[0])
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.env.Stdout, toTrackJSON(t))
	}
	w := tabwriter.NewWriter(a.env.Stdout, 0, 0, 2, ' ', 0)
	row := func(k, v string, field string) {
		if v == "" || v == "0" {
			return
		}
		if field != "" && t.Tags.IsInferred(field) {
			v += "   (guessed from the file name)"
		}
		fmt.Fprintf(w, "%s\t%s\n", k, v)
	}
	row("Title", t.Tags.Title, "title")
	row("Artist", t.Tags.Artist, "artist")
	row("Album", t.Tags.Album, "album")
	row("Album artist", t.Tags.AlbumArtist, "")
	row("Genres", strings.Join(t.Tags.Genres, ", "), "")
	row("Year", itoa(t.Tags.Year), "")
	row("Track", position(t.Tags.TrackNumber, t.Tags.TrackTotal), "track")
	row("Disc", position(t.Tags.DiscNumber, t.Tags.DiscTotal), "")
	row("Composer", t.Tags.Composer, "")
	row("Comment", t.Tags.Comment, "")
	format := t.Format
	if t.Codec != "" && t.Codec != t.Format {
		format += " (" + t.Codec + ")"
	}
	row("Format", fmt.Sprintf("%s, %d Hz, %s, %d kbit/s", format, t.SampleRate, channels(t.Channels), t.Bitrate), "")
	row("Length", formatClock(t.Duration), "")
	row("File", library.DisplayPath(t.Path), "")
	if t.Missing {
		row("Status", "missing: the last scan did not find this file", "")
	}
	row("ID", itoa(int(t.ID)), "")
	return w.Flush()
}

func itoa(n int) string { return fmt.Sprint(n) }

func position(n, total int) string {
	if n == 0 {
		return ""
	}
	if total > 0 {
		return fmt.Sprintf("%d of %d", n, total)
	}
	return fmt.Sprint(n)
}

func channels(n int) string {
	switch n {
	case 1:
		return "mono"
	case 2:
		return "stereo"
	}
	return fmt.Sprintf("%d channels", n)
}
