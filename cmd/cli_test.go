package cmd

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"go.senan.xyz/taglib"

	"sleeve/library/analysis"
)

// run runs the command line against a temporary database and returns the
// exit status and what it printed.
func run(t *testing.T, db string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(k string) string {
		if k == "XDG_CONFIG_HOME" {
			return t.TempDir()
		}
		return ""
	}}
	code := Run(context.Background(), append(args, "--db", db, "--config", writeEmptyConfig(t)), env)
	return code, out.String(), errb.String()
}

func writeEmptyConfig(t *testing.T) string {
	p := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(p, []byte("# empty\n"), 0o644)
	return p
}

// writeTrack writes a short tagged WAV file.
func writeTrack(t *testing.T, path string, tags map[string][]string) {
	t.Helper()
	const rate, n = 8000, 8000
	data := make([]byte, 44+2*n)
	copy(data, "RIFF")
	binary.LittleEndian.PutUint32(data[4:], 36+2*n)
	copy(data[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(data[16:], 16)
	binary.LittleEndian.PutUint16(data[20:], 1)
	binary.LittleEndian.PutUint16(data[22:], 1)
	binary.LittleEndian.PutUint32(data[24:], rate)
	binary.LittleEndian.PutUint32(data[28:], rate*2)
	binary.LittleEndian.PutUint16(data[32:], 2)
	binary.LittleEndian.PutUint16(data[34:], 16)
	copy(data[36:], "data")
	binary.LittleEndian.PutUint32(data[40:], 2*n)
	for i := range n {
		binary.LittleEndian.PutUint16(data[44+2*i:], uint16(int16(9000*math.Sin(float64(i)*0.3))))
	}
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := taglib.WriteTags(path, tags, 0); err != nil {
		t.Fatal(err)
	}
}

func keysOf(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestScanListShowStatsPrune(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "Radiohead", "OK Computer", "01 Airbag.wav"),
		map[string][]string{"TITLE": {"Airbag"}, "ARTIST": {"Radiohead"}, "ALBUM": {"OK Computer"}, "DATE": {"1997"}, "GENRE": {"Rock"}})
	writeTrack(t, filepath.Join(dir, "Miles Davis", "Kind of Blue", "03 Blue in Green.wav"),
		map[string][]string{"TITLE": {"Blue in Green"}, "ARTIST": {"Miles Davis"}, "ALBUM": {"Kind of Blue"}, "DATE": {"1959"}, "GENRE": {"Jazz"}})
	os.WriteFile(filepath.Join(dir, "broken.mp3"), []byte("not an mp3"), 0o644)

	code, out, errOut := run(t, db, "scan", dir, "--json")
	if code != 0 {
		t.Fatalf("scan exit %d: %s", code, errOut)
	}
	var sum map[string]any
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("scan --json: %v\n%s", err, out)
	}
	if sum["added"] != 2.0 || sum["failed"] != 1.0 {
		t.Fatalf("scan summary %v", sum)
	}
	if !strings.Contains(errOut, "broken.mp3: ") {
		t.Errorf("no problem line for the broken file on stderr: %q", errOut)
	}
	wantKeys := "added analysis failed interrupted missing moved problems roots seconds unchanged updated"
	if got := strings.Join(keysOf(sum), " "); got != wantKeys {
		t.Errorf("scan JSON keys changed:\n got %s\nwant %s", got, wantKeys)
	}

	code, out, _ = run(t, db, "scan", dir)
	if code != 0 || !strings.Contains(out, "0 added, 0 updated, 0 moved, 2 unchanged, 0 missing, 1 failed") {
		t.Fatalf("rescan: %d %q", code, out)
	}

	code, out, _ = run(t, db, "ls", "--json", "genre:jazz")
	var tracks []map[string]any
	if err := json.Unmarshal([]byte(out), &tracks); err != nil || code != 0 {
		t.Fatalf("ls --json: %d %v\n%s", code, err, out)
	}
	if len(tracks) != 1 || tracks[0]["title"] != "Blue in Green" || tracks[0]["year"] != 1959.0 {
		t.Fatalf("ls genre:jazz = %v", tracks)
	}
	wantTrackKeys := "added_at album album_artist analysis_error artist bitrate bpm bpm_source channels codec comment composer corrections disc disc_total duration features fingerprint format genres genres_source id inferred instruments instruments_heard key key_source missing mtime not_music not_music_source path rating sample_rate size title track track_total updated_at year"
	if got := strings.Join(keysOf(tracks[0]), " "); got != wantTrackKeys {
		t.Errorf("track JSON keys changed:\n got %s\nwant %s", got, wantTrackKeys)
	}
	// The scan analysed the tracks: a one-second tone is flagged as too
	// short to be music, and so has neither key nor tempo.
	if feats, ok := tracks[0]["features"].(map[string]any); !ok || feats["version"] != float64(analysis.Version) ||
		tracks[0]["key"] != "" || feats["key"] != "" || feats["not_music"] != "too short (1 s)" {
		t.Errorf("features after scan: %v, key %v", tracks[0]["features"], tracks[0]["key"])
	}
	if an, ok := sum["analysis"].(map[string]any); !ok || an["analysed"] != 2.0 {
		t.Errorf("scan --json analysis summary %v", sum["analysis"])
	}
	if inf := tracks[0]["inferred"].([]any); len(inf) != 1 || inf[0] != "track" {
		t.Errorf("inferred %v, want [track] (the number came from the file name)", inf)
	}

	// An empty result is an empty array, not null.
	_, out, _ = run(t, db, "ls", "--json", "artist:nobody")
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("empty ls --json = %q", out)
	}

	code, out, _ = run(t, db, "ls", "--sort", "year")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 || !strings.Contains(lines[0], "Blue in Green") {
		t.Fatalf("ls --sort year:\n%s", out)
	}

	id := int(tracks[0]["id"].(float64))
	for _, ref := range []string{itoa(id), filepath.Join(dir, "Miles Davis", "Kind of Blue", "03 Blue in Green.wav")} {
		code, out, errOut = run(t, db, "show", ref, "--json")
		var one map[string]any
		if err := json.Unmarshal([]byte(out), &one); err != nil || code != 0 || one["title"] != "Blue in Green" {
			t.Fatalf("show %s: %d %v %s %s", ref, code, err, out, errOut)
		}
	}
	code, _, errOut = run(t, db, "show", "999")
	if code != 1 || !strings.Contains(errOut, "no track") {
		t.Errorf("show of an unknown track: %d %q", code, errOut)
	}

	code, out, _ = run(t, db, "stats", "--json")
	var st map[string]any
	if err := json.Unmarshal([]byte(out), &st); err != nil || code != 0 || st["tracks"] != 2.0 || st["artists"] != 2.0 {
		t.Fatalf("stats --json: %v %s", err, out)
	}
	if g, _ := st["top_genres"].([]any); len(g) != 2 || fmt.Sprint(st["decades"]) != "map[1950s:1 1990s:1]" {
		t.Errorf("stats --json genres %v, decades %v", st["top_genres"], st["decades"])
	}
	code, out, _ = run(t, db, "stats")
	for _, want := range []string{"Genres: Jazz 1, Rock 1\n", "Decades: 1950s 1, 1990s 1\n", "Analysed: 2 of 2\n",
		"Sleeve notes: none yet ('sleeve notes' writes them)"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("stats lacks %q:\n%s", want, out)
		}
	}

	os.RemoveAll(filepath.Join(dir, "Radiohead"))
	run(t, db, "scan", dir)
	code, out, _ = run(t, db, "prune", "--dry-run")
	if code != 0 || !strings.Contains(out, "Would remove 1 missing track (dry run: nothing removed).") {
		t.Fatalf("prune --dry-run: %q", out)
	}
	code, out, _ = run(t, db, "prune", "--json")
	var pr map[string]any
	if err := json.Unmarshal([]byte(out), &pr); err != nil || pr["removed"] != 1.0 {
		t.Fatalf("prune --json: %v %s", err, out)
	}
	_, out, _ = run(t, db, "stats", "--json")
	json.Unmarshal([]byte(out), &st)
	if st["tracks"] != 1.0 || st["missing"] != 0.0 {
		t.Fatalf("after prune: %v", st)
	}
}

func TestErrorsAndExitStatus(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"scan", "/does/not/exist"}, 1, "does not exist"},
		{[]string{"bogus"}, 2, `unknown command "bogus"`},
		{[]string{"ls", "colour:red"}, 2, "unknown filter field"},
		{[]string{"ls", "--sort", "mood"}, 2, "unknown sort"},
		{[]string{"show"}, 2, "one TRACK"},
		{[]string{"scan", "--frobnicate"}, 2, "unknown flag: --frobnicate (see 'sleeve scan --help')"},
		{[]string{"ls", "--limit", "many"}, 2, `invalid argument "many" for "-n, --limit"`},
		{[]string{"stats", "extra"}, 2, `unknown command "extra" for "sleeve stats"`},
	}
	for _, c := range cases {
		code, _, errOut := run(t, db, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
	}
}

func TestEveryCommandHasHelp(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	for _, c := range sleeveCommands() {
		code, out, _ := run(t, db, c.Name(), "--help")
		if code != 0 || !strings.Contains(out, "sleeve "+c.Name()) || !strings.Contains(out, "USAGE") ||
			!strings.Contains(out, "--db") || !strings.Contains(out, c.Short) {
			t.Errorf("%s --help: %d\n%s", c.Name(), code, out)
		}
		if _, err := os.Stat(db); !os.IsNotExist(err) {
			t.Fatalf("%s --help created the library", c.Name())
		}
	}
	code, out, _ := run(t, db, "--help")
	if code != 0 || !strings.Contains(strings.ToLower(out), "commands") || !strings.Contains(out, "--no-llm") {
		t.Errorf("--help: %d %s", code, out)
	}
	for _, c := range sleeveCommands() {
		if !strings.Contains(out, c.Short) {
			t.Errorf("--help does not list %s:\n%s", c.Name(), out)
		}
	}
}

func TestNewerDatabaseIsAClearError(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	makeLibrary(t, db)
	// Pretend a future Sleeve wrote it.
	code, _, errOut := run(t, db, "stats")
	if code != 0 {
		t.Fatalf("stats on a fresh db: %s", errOut)
	}
	bumpVersion(t, db, 999)
	code, _, errOut = run(t, db, "stats")
	if code != 1 || !strings.Contains(errOut, "newer version of sleeve") {
		t.Fatalf("exit %d, %q", code, errOut)
	}
}
