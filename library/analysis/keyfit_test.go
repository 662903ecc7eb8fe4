package analysis

import (
	"fmt"
	"io"
	"testing"
)

// TestWriteChroma writes the global chroma of every file listed in
// $SLEEVE_CHROMA_FILES (one path a line) to the TSV $SLEEVE_CHROMA_OUT, for
// scripts/corpus/fit_key.py, which compares key profiles on the development
// corpus. The chroma is the tuned, sum-normalised 12-bin profile that
// estimateKey correlates with the key profiles, C first. Files are measured
// as TestWriteTempoCandidates measures them. It is skipped unless both
// variables are set:
//
//	SLEEVE_CHROMA_FILES=/work/corpus/files.list SLEEVE_CHROMA_OUT=/tmp/chroma.tsv \
//	    go test -run TestWriteChroma ./library/analysis/
func TestWriteChroma(t *testing.T) {
	writeForListedFiles(t, "SLEEVE_CHROMA_FILES", "SLEEVE_CHROMA_OUT", "chroma", "path\ttuning"+tonicColumns(),
		func(w io.Writer, path string) error {
			a, err := analyzerOf(path)
			if err != nil {
				return err
			}
			k := a.chroma.estimateKey()
			fmt.Fprintf(w, "%s\t%.4f", path, a.chroma.tuning())
			for _, v := range k.chroma {
				fmt.Fprintf(w, "\t%.5f", v)
			}
			fmt.Fprintln(w)
			return nil
		})
}
