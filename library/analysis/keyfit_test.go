package analysis

import (
	"bufio"
	"fmt"
	"os"
	"strings"
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
	list, out := os.Getenv("SLEEVE_CHROMA_FILES"), os.Getenv("SLEEVE_CHROMA_OUT")
	if list == "" || out == "" {
		t.Skip("set SLEEVE_CHROMA_FILES and SLEEVE_CHROMA_OUT to write chroma")
	}
	f, err := os.Open(list)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	fmt.Fprint(w, "path\ttuning")
	for _, n := range majorTonicNames {
		fmt.Fprintf(w, "\t%s", n)
	}
	fmt.Fprintln(w)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		path := strings.TrimSpace(sc.Text())
		if path == "" {
			continue
		}
		a, err := analyzerOf(path)
		if err != nil {
			t.Logf("%s: %v", path, err)
			continue
		}
		k := a.chroma.estimateKey()
		fmt.Fprintf(w, "%s\t%.4f", path, a.chroma.tuning())
		for _, v := range k.chroma {
			fmt.Fprintf(w, "\t%.5f", v)
		}
		fmt.Fprintln(w)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
