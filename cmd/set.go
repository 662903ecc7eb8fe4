package cmd

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"sleeve/app"
	"sleeve/library"
	"sleeve/library/analysis"
)

// fieldList is a flag that takes correction field names, repeated or
// separated by commas (--clear bpm --clear key, --clear bpm,key), or
// "all".
type fieldList []string

func (l *fieldList) String() string { return strings.Join(*l, ",") }

// Type names the flag's value in help.
func (l *fieldList) Type() string { return "fields" }

func (l *fieldList) Set(v string) error {
	for _, f := range strings.Split(v, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		switch {
		case f == "all":
			*l = append(*l, library.CorrectionFields...)
		case f == "genres":
			*l = append(*l, library.CorrectGenre)
		case f == "not_music" || f == "not-music":
			*l = append(*l, library.CorrectNotMusic)
		case isField(f):
			*l = append(*l, f)
		default:
			return fmt.Errorf("%q is not a correction field (%s, or all)", f, strings.Join(library.CorrectionFields, ", "))
		}
	}
	return nil
}

func isField(f string) bool {
	for _, c := range library.CorrectionFields {
		if c == f {
			return true
		}
	}
	return false
}

func init() { register(newSetCommand) }

// newSetCommand builds `sleeve set`.
func newSetCommand(a *runner) *cobra.Command {
	var asJSON bool
	var clear fieldList
	c := &cobra.Command{
		Use:               "set TRACK FIELD=VALUE...",
		Short:             "Correct what Sleeve knows of a track: bpm=126, bpm=half, bpm=double, key=\"D minor\", genre=Jazz, notmusic=yes",
		ValidArgsFunction: completeFiles,
		RunE: a.run(func(ctx context.Context, rest []string) error {
			return runSet(ctx, a, rest, asJSON, clear)
		}),
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the corrected track as JSON")
	c.Flags().Var(&clear, "clear", "give fields back to analysis and the tags: bpm, key, genre, notmusic (comma-separated or repeated), or all")
	return c
}

func runSet(ctx context.Context, a *runner, rest []string, asJSON bool, clear fieldList) error {
	if len(rest) == 0 {
		return fmt.Errorf("%w: set takes a TRACK and field=value corrections, such as: sleeve set 42 bpm=126 key=\"D minor\"", errUsage)
	}
	ref, assignments := rest[0], rest[1:]
	edit, err := library.ParseCorrections(assignments)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	for _, f := range clear {
		if !edit.Clearing(f) {
			edit.Clear = append(edit.Clear, f)
		}
	}
	if edit.Empty() {
		return fmt.Errorf("%w: nothing to set: give field=value corrections (bpm=126, bpm=half, bpm=double, key=\"D minor\", genre=Jazz, notmusic=yes) or --clear FIELD", errUsage)
	}
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	t, err := findTrack(ctx, store, ref)
	if err != nil {
		return err
	}
	res, err := app.Correct(ctx, store, t.ID, edit)
	if errors.Is(err, library.ErrBadCorrection) {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(a.env.Stdout, toTrackJSON(res.Track, false))
	}
	t = res.Track
	fmt.Fprintf(a.env.Stdout, "%s (%d)\n", artistTitle(t.Tags.DisplayArtist(), t.Tags.Title), t.ID)
	w := newTable(a.env.Stdout, 2)
	for _, r := range correctionRows(t) {
		w.Row("  "+r[0], r[1])
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if n := len(res.Copies); n > 0 {
		var ids []string
		for _, id := range res.Copies {
			ids = append(ids, itoa(int(id)))
		}
		what := "its other copy"
		if n > 1 {
			what = fmt.Sprintf("its %d other copies", n)
		}
		fmt.Fprintf(a.env.Stdout, "The same went to %s (%s), the same music.\n", what, strings.Join(ids, ", "))
	}
	if res.NoteBefore {
		fmt.Fprintln(a.env.Stdout, "Its sleeve note was written before this change; run `sleeve notes` to rewrite it.")
	}
	if res.NoteKept {
		fmt.Fprintln(a.env.Stdout, "Its sleeve note, which you approved or edited, was written before this change and is kept as it is; `sleeve notes edit` changes it.")
	}
	return nil
}

// correctionRows describes the values a correction can set, each as the
// track now reads it and where it comes from: "(yours; measured 63 BPM)"
// or "(measured)".
func correctionRows(t library.Track) [][2]string {
	c := t.Correction
	var m library.Measured
	if c != nil {
		m = c.Measured
	}
	var rows [][2]string
	f := t.Features
	switch {
	case c.Corrected(library.CorrectBPM):
		rows = append(rows, [2]string{"Tempo", fmt.Sprintf("%s BPM   (yours; measured %s)", trimFloat(f.BPM), measuredTempo(m))})
	case f == nil:
		rows = append(rows, [2]string{"Tempo", "not analysed yet"})
	default:
		rows = append(rows, [2]string{"Tempo", tempoText(f) + "   (measured)"})
	}
	switch {
	case c.Corrected(library.CorrectKey):
		was := m.Key
		if was == "" {
			was = "no key"
		}
		rows = append(rows, [2]string{"Key", fmt.Sprintf("%s   (yours; measured %s)", f.Key, was)})
	case f == nil:
		rows = append(rows, [2]string{"Key", "not analysed yet"})
	case f.Key == "":
		rows = append(rows, [2]string{"Key", "none found   (measured)"})
	default:
		rows = append(rows, [2]string{"Key", f.Key + "   (measured)"})
	}
	genres := orDash(strings.Join(t.Tags.Genres, ", "))
	if c.Corrected(library.CorrectGenre) {
		rows = append(rows, [2]string{"Genres", fmt.Sprintf("%s   (yours; tags: %s)", genres, orDash(strings.Join(m.Genres, ", ")))})
	} else {
		rows = append(rows, [2]string{"Genres", genres + "   (tags)"})
	}
	switch {
	case c.Corrected(library.CorrectNotMusic) && *c.NotMusic:
		rows = append(rows, [2]string{"Not music", "yes, marked by you: not recommended unless asked for"})
	case c.Corrected(library.CorrectNotMusic):
		what := "analysis agreed"
		if m.NotMusic != "" {
			what = "analysis took it for " + analysis.DescribeNotMusic(m.NotMusic, t.Duration)
		}
		rows = append(rows, [2]string{"Not music", "no, music by your word (" + what + ")"})
	case f != nil && f.NotMusic != "":
		rows = append(rows, [2]string{"Not music", analysis.DescribeNotMusic(f.NotMusic, t.Duration) + "   (measured)"})
	}
	return rows
}

// measuredTempo says what analysis measured for a corrected tempo.
func measuredTempo(m library.Measured) string {
	switch {
	case !m.HasFeatures:
		return "nothing"
	case m.BPM <= 0:
		return "no steady pulse"
	case m.BPMConfidence < analysis.MinTempoConfidence:
		return fmt.Sprintf("%s BPM, unsure", trimFloat(m.BPM))
	}
	return trimFloat(m.BPM) + " BPM"
}

// tempoText is a measured tempo for people.
func tempoText(f *library.Features) string {
	switch {
	case f.BPM <= 0:
		return "no steady pulse"
	case f.BPMConfidence < analysis.MinTempoConfidence:
		return fmt.Sprintf("%s BPM, unsure", trimFloat(f.BPM))
	}
	return trimFloat(f.BPM) + " BPM"
}

// trimFloat prints a tempo with at most one decimal, and none when whole.
func trimFloat(x float64) string {
	s := fmt.Sprintf("%.1f", x)
	return strings.TrimSuffix(s, ".0")
}
