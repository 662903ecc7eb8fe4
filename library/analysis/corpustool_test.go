package analysis

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

// writeForListedFiles runs one of the corpus tools (TestWriteChroma and
// the like). It skips unless $listVar names a file of paths, one a line,
// and $outVar the TSV to write; it writes header and then calls row for
// each path. A path that row fails on is logged and left out.
func writeForListedFiles(t *testing.T, listVar, outVar, what, header string, row func(w io.Writer, path string) error) {
	t.Helper()
	list, out := os.Getenv(listVar), os.Getenv(outVar)
	if list == "" || out == "" {
		t.Skipf("set %s and %s to write %s", listVar, outVar, what)
	}
	f, err := os.Open(list)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	file, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	w := bufio.NewWriter(file)
	defer w.Flush()
	fmt.Fprintln(w, header)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		path := strings.TrimSpace(sc.Text())
		if path == "" {
			continue
		}
		if err := row(w, path); err != nil {
			t.Logf("%s: %v", path, err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// tonicColumns is the header's tail for a 12-bin profile, C first.
func tonicColumns() string {
	return "\t" + strings.Join(majorTonicNames[:], "\t")
}
