package analysis

import (
	"fmt"
	"io"
	"testing"
)

// TestWriteFrameChroma writes, for every file listed in
// $SLEEVE_CHROMA_FILES, the chroma of each long frame that votes for the
// key to the TSV $SLEEVE_FRAMES_OUT, for scripts/corpus/fit_key_segments.py,
// which compares key estimates over segments and key paths with the global
// one. A row holds the path, the excerpt's index, the frame's index and its
// 12-bin unit-max profile, folded with the whole file's tuning, C first.
// Files are measured as TestWriteChroma measures them, fed to the analyser
// one long hop at a time so that each frame's profile is the change in the
// profile sum. It is skipped unless both variables are set:
//
//	SLEEVE_CHROMA_FILES=/work/corpus/files.list SLEEVE_FRAMES_OUT=/tmp/frames.tsv \
//	    go test -run TestWriteFrameChroma ./library/analysis/
func TestWriteFrameChroma(t *testing.T) {
	writeForListedFiles(t, "SLEEVE_CHROMA_FILES", "SLEEVE_FRAMES_OUT", "frame chroma", "path\texcerpt\tframe"+tonicColumns(),
		func(w io.Writer, path string) error {
			x, err := decodeFile(path)
			if err != nil {
				return err
			}
			a, err := NewAnalyzer(analyzerRate, 0)
			if err != nil {
				return err
			}
			type frame struct {
				excerpt int
				prof    [hpcpSize]float64
			}
			var frames []frame
			hop := a.cfg.hopLong
			for ex, span := range excerptSpans(len(x)) {
				a.BeginExcerpt(span.start)
				for i := span.from; i < span.to; i += hop {
					before, n := a.chroma.sum, a.chroma.frames
					a.Write(x[i:min(i+hop, span.to)])
					if a.chroma.frames > n {
						var p [hpcpSize]float64
						for j := range p {
							p[j] = a.chroma.sum[j] - before[j]
						}
						frames = append(frames, frame{ex, p})
					}
				}
			}
			a.endExcerpt()
			tun := a.chroma.tuning()
			for i, fr := range frames {
				c := fold36(&fr.prof, tun)
				fmt.Fprintf(w, "%s\t%d\t%d", path, fr.excerpt, i)
				for _, v := range c {
					fmt.Fprintf(w, "\t%.4f", v)
				}
				fmt.Fprintln(w)
			}
			return nil
		})
}
