package engine

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteM3U writes items as an extended M3U playlist: the #EXTM3U header,
// then for each track an #EXTINF line with its length in whole seconds and
// "Artist - Title", followed by its path.
func WriteM3U(w io.Writer, items []TrackInfo) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "#EXTM3U")
	for _, t := range items {
		secs := int(t.Duration.Seconds())
		if t.Duration <= 0 {
			secs = -1 // unknown, as the format has it
		}
		fmt.Fprintf(bw, "#EXTINF:%d,%s - %s\n", secs, oneLine(t.Artist), oneLine(t.Title))
		fmt.Fprintln(bw, oneLine(t.Path))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write playlist: %w", err)
	}
	return nil
}

// oneLine keeps a field from breaking the line structure of the file.
func oneLine(s string) string {
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
}

// Tracks returns the track data of a result's items, for WriteM3U.
func (r Result) Tracks() []TrackInfo {
	out := make([]TrackInfo, len(r.Items))
	for i, it := range r.Items {
		out[i] = it.TrackInfo
	}
	return out
}
