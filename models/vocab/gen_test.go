package vocab

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedDataIsCurrent regenerates data.go from its sources when
// they are installed (Debian's beets and wordnet-base) and checks that the
// committed file is what the generator writes, so it is never edited by
// hand or left behind its seed lists.
func TestGeneratedDataIsCurrent(t *testing.T) {
	for _, p := range []string{"/usr/share/beets/beetsplug/lastgenre/genres-tree.yaml", "/usr/share/wordnet/index.adj", "/usr/share/dict/american-english", "/usr/share/dict/american-english-large", "/usr/share/unicode/cldr/common/annotations/en.xml"} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s is not installed (apt-get install beets wordnet-base wamerican wamerican-large unicode-cldr-core); the committed data.go is used as is", p)
		}
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	tmp := t.TempDir()
	out := filepath.Join(tmp, "data.go")
	cmd := exec.Command(goBin, "run", "./gen", "-dir", ".", "-out", out, "-review", filepath.Join(tmp, "review.txt"))
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./gen: %v\n%s", err, msg)
	}
	for _, name := range []string{"data.go", "gen/review.txt"} {
		want, err := os.ReadFile(filepath.Join(tmp, filepath.Base(name)))
		if err != nil {
			t.Fatal(err)
		}
		have, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(have, want) {
			t.Errorf("%s is not what the generator writes: run go run ./models/vocab/gen from the repository root", name)
		}
	}
}
