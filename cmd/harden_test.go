package cmd

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestForeignDatabaseIsLeftUntouched gives another application's SQLite
// file as --db: every command refuses it with a clear error, and the file
// stays byte for byte as it was, with no -wal or -shm beside it.
func TestForeignDatabaseIsLeftUntouched(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "places.sqlite")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('https://example.org')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	notSQLite := filepath.Join(dir, "notes.txt")
	os.WriteFile(notSQLite, []byte("my shopping list\n"), 0o644)
	music := t.TempDir()
	writeTrack(t, filepath.Join(music, "a.wav"), map[string][]string{"TITLE": {"A"}})

	for _, path := range []string{foreign, notSQLite} {
		before := sha256File(t, path)
		for _, args := range [][]string{{"stats"}, {"ls"}, {"scan", "--no-analyze", music}, {"demo", filepath.Join(dir, "demo")}} {
			code, _, errOut := run(t, path, args...)
			if code != 1 || !strings.Contains(errOut, "left untouched") {
				t.Errorf("%s %v: exit %d, %q; want 1 and a clear refusal", filepath.Base(path), args, code, errOut)
			}
		}
		if after := sha256File(t, path); after != before {
			t.Errorf("%s changed", path)
		}
		for _, suffix := range []string{"-wal", "-shm"} {
			if _, err := os.Stat(path + suffix); err == nil {
				t.Errorf("%s%s was created", path, suffix)
			}
		}
	}
}

// TestReadOnlyCommandsCreateNothing runs every command that only reads
// against a mistyped --db: each says there is no library and how to make
// one, and no folder or file appears.
func TestReadOnlyCommandsCreateNothing(t *testing.T) {
	root := t.TempDir()
	db := filepath.Join(root, "typo", "nested", "lib.db")
	for _, args := range [][]string{
		{"ls"}, {"stats"}, {"show", "1"}, {"prune"}, {"analyze"}, {"notes", "--no-llm"},
		{"similar", "1"}, {"profile"}, {"recommend", "--no-llm", "jazz"}, {"rate", "1", "5"},
		{"playlist", "export", "--session", "s", "--m3u", filepath.Join(root, "out.m3u")},
	} {
		code, _, errOut := run(t, db, args...)
		if code != 1 || !strings.Contains(errOut, "no library at "+db) || !strings.Contains(errOut, "sleeve scan DIR") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "typo")); err == nil {
		t.Error("a read-only command created the database folder")
	}
	if _, err := os.Stat(filepath.Join(root, "out.m3u")); err == nil {
		t.Error("playlist export wrote a file with no library")
	}
	// An empty file is no library either, and stays empty.
	empty := filepath.Join(root, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	if code, _, errOut := run(t, empty, "stats"); code != 1 || !strings.Contains(errOut, "no library") {
		t.Errorf("stats on an empty file: %d %q", code, errOut)
	}
	if fi, _ := os.Stat(empty); fi.Size() != 0 {
		t.Error("stats wrote into an empty file")
	}
}

func sha256File(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// TestPlaylistExportNeverDestroysAFile exports a session's list over the
// open library, over its -wal file, through a symbolic link to it, and
// over another existing file: all are refused, the library still opens
// with its tracks, and --force replaces only the ordinary file.
func TestPlaylistExportNeverDestroysAFile(t *testing.T) {
	t.Parallel()
	db := recommendLibrary(t)
	session := recommend(t, db, "-n", "3", "ambient").Session
	dir := t.TempDir()
	link := filepath.Join(dir, "link.m3u")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	dbSum := sha256File(t, db)
	for _, target := range []string{db, db + "-wal", db + "-shm", link} {
		for _, force := range []bool{false, true} {
			args := []string{"playlist", "export", "--session", session, "--m3u", target}
			if force {
				args = append(args, "--force")
			}
			code, _, errOut := run(t, db, args...)
			if code != 1 || !strings.Contains(errOut, "library database") {
				t.Errorf("export to %s (force %v): exit %d, %q", target, force, code, errOut)
			}
		}
	}
	if sha256File(t, db) != dbSum {
		t.Error("the database changed")
	}
	if code, out, errOut := run(t, db, "stats", "--json"); code != 0 || !strings.Contains(out, `"tracks": 7`) {
		t.Fatalf("library after the refused exports: %d %s %s", code, out, errOut)
	}

	existing := filepath.Join(dir, "mine.m3u")
	os.WriteFile(existing, []byte("my own playlist\n"), 0o644)
	code, _, errOut := run(t, db, "playlist", "export", "--session", session, "--m3u", existing)
	if code != 1 || !strings.Contains(errOut, "--force") {
		t.Errorf("export over an existing file: exit %d, %q", code, errOut)
	}
	if b, _ := os.ReadFile(existing); string(b) != "my own playlist\n" {
		t.Errorf("the existing file was changed: %q", b)
	}
	code, out, errOut := run(t, db, "playlist", "export", "--session", session, "--m3u", existing, "--force")
	var n int
	fmt.Sscanf(out, "Wrote %d", &n)
	if b, _ := os.ReadFile(existing); code != 0 || n == 0 || !strings.HasPrefix(string(b), "#EXTM3U\n") || strings.Count(string(b), "#EXTINF") != n {
		t.Errorf("export --force: %d %s %s\n%s", code, out, errOut, b)
	}
	// No temporary file is left beside it.
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left in the folder: %v", entries)
	}
}

// TestWorkersAreClamped asks for five million workers: the scan and the
// analysis run with a sane number and say so; a negative number is a
// usage error.
func TestWorkersAreClamped(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "a.wav"), map[string][]string{"TITLE": {"A"}})
	code, out, errOut := run(t, db, "scan", "--workers", "5000000", dir)
	if code != 0 || !strings.Contains(errOut, "--workers 5000000 is more than this machine can use; using 64") || !strings.Contains(out, "1 added") {
		t.Fatalf("scan --workers 5000000: %d %q %q", code, out, errOut)
	}
	code, _, errOut = run(t, db, "analyze", "--workers", "5000000", "--force")
	if code != 0 || !strings.Contains(errOut, "is more than this machine can use") {
		t.Fatalf("analyze --workers 5000000: %d %q", code, errOut)
	}
	for _, c := range []string{"scan", "analyze"} {
		if code, _, errOut := run(t, db, c, "--workers", "-3", dir); code != 2 || !strings.Contains(errOut, "positive number") {
			t.Errorf("%s --workers -3: %d %q", c, code, errOut)
		}
	}
}

// hasTerminalControl reports the first raw control, escape or invisible
// format character in s, other than newline and tab.
func hasTerminalControl(s string) (rune, bool) {
	for _, r := range s {
		if r == '\n' || r == '\t' {
			continue
		}
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200f {
			return r, true
		}
	}
	return 0, false
}

// TestNoEscapeSequenceReachesTheTerminal scans files whose names and tags
// carry OSC and CSI sequences and a right-to-left override, and runs
// every command that prints them, and profile with a hostile --like:
// nothing raw reaches stdout or stderr, and the escaped names are shown.
func TestNoEscapeSequenceReachesTheTerminal(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	hostile := "bad\x1b]0;OWNED\x07\x1b[2J"
	os.WriteFile(filepath.Join(dir, hostile+".mp3"), []byte("not an mp3"), 0o644)
	good := filepath.Join(dir, "evil\u202egnp.\x1b[31mred.wav")
	writeTrack(t, good, map[string][]string{"TITLE": {"Title \u202eesrever"}, "ARTIST": {"Art\u2066ist"}, "ALBUM": {"Al\u009bbum"}})
	check := func(what, out string) {
		t.Helper()
		if r, bad := hasTerminalControl(out); bad {
			t.Errorf("%s printed a raw %U:\n%q", what, r, out)
		}
	}
	code, out, errOut := run(t, db, "scan", dir)
	check("scan", out+errOut)
	if code != 0 || !strings.Contains(errOut, `skipped `+filepath.Join(dir, `bad\x1b]0;OWNED\x07\x1b[2J.mp3`)) {
		t.Errorf("scan: %d, the skipped line is not escaped: %q", code, errOut)
	}
	for _, args := range [][]string{
		{"ls"}, {"ls", "--json"}, {"show", "1"}, {"show", "1", "--json"}, {"show", good}, {"stats"},
		{"similar", "1"}, {"recommend", "--no-llm", "bad\x1b[2J music"}, {"show", "\x1b]0;x\x07"},
		{"profile", "--like", "\x1b[2J\u202e"}, {"profile", "--json"}, {"notes", "--no-llm"}, {"rate", "1", "4"},
	} {
		_, out, errOut := run(t, db, args...)
		check(strings.Join(args, " "), out+errOut)
	}
	_, out, _ = run(t, db, "show", "1")
	if !strings.Contains(out, `evil\u202egnp.\x1b[31mred.wav`) || !strings.Contains(out, `Title \u202eesrever`) {
		t.Errorf("show does not show the escaped path and title:\n%s", out)
	}
	// JSON stays valid and keeps the exact title.
	_, out, _ = run(t, db, "show", "1", "--json")
	var one map[string]any
	if err := json.Unmarshal([]byte(out), &one); err != nil || one["title"] != "Title \u202eesrever" {
		t.Errorf("show --json: %v %v\n%s", err, one["title"], out)
	}
}

// runWithin runs the command line like run, failing the test if it does
// not return within limit.
func runWithin(t *testing.T, limit time.Duration, db string, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errOut := run(t, db, args...)
		done <- result{code, out, errOut}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(limit):
		t.Fatalf("sleeve %v still runs after %s", args, limit)
	}
	return 0, "", ""
}

// TestScannedFileReplacedByAPipe replaces scanned tracks by named pipes
// with no writer: analyze, show and a rescan finish at once and say what
// the file is, where they used to hang.
func TestScannedFileReplacedByAPipe(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	wav, mp3 := filepath.Join(dir, "a.wav"), filepath.Join(dir, "b.mp3")
	writeTrack(t, wav, map[string][]string{"TITLE": {"A"}})
	writeTrack(t, filepath.Join(dir, "c.wav"), map[string][]string{"TITLE": {"C"}})
	if code, _, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatal(errOut)
	}
	os.Remove(wav)
	if err := syscall.Mkfifo(wav, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	syscall.Mkfifo(mp3, 0o644)
	code, out, errOut := runWithin(t, 60*time.Second, db, "analyze")
	if code != 0 || !strings.Contains(errOut, "a.wav") || !strings.Contains(errOut, "named pipe") || !strings.Contains(out, "Analysed 1 track ") {
		t.Errorf("analyze with a pipe: %d\n%s\n%s", code, out, errOut)
	}
	code, _, errOut = runWithin(t, 60*time.Second, db, "scan", dir)
	if code != 0 {
		t.Errorf("rescan with pipes: %d %s", code, errOut)
	}
	runWithin(t, 60*time.Second, db, "play", "--no-ffmpeg", wav)
}

// TestBadFilterNumbersAndHugeTermsAreRefused gives ls a NaN tempo, a year
// beyond any integer, a 100 KB artist and a thousand words: each exits 2
// with a message instead of listing nothing or failing inside SQLite.
func TestBadFilterNumbersAndHugeTermsAreRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	makeLibrary(t, db)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"ls", "bpm:NaN"}, `"NaN" is not a number`},
		{[]string{"ls", "bpm:Inf..200"}, `"Inf" is not a number`},
		{[]string{"ls", "year:99999999999999999999"}, `out of range`},
		{[]string{"ls", "artist:" + strings.Repeat("a", 100_000)}, "too long; at most 1000"},
		{[]string{"ls", strings.Repeat("word ", 1000)}, "at most 64"},
		{[]string{"analyze", "year:1e300"}, "out of range"},
	} {
		code, out, errOut := run(t, db, c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) || out != "" {
			t.Errorf("%.40q: exit %d, %q; want 2 and %q", c.args, code, errOut, c.want)
		}
	}
}

// TestOneIsSingularAndQuietRerun scans one track: the summaries say "1
// track", "1 artist", "1 album"; a notes run with Ollama unreachable says
// so when it writes template notes, and says nothing of it when every
// note is up to date.
func TestOneIsSingularAndQuietRerun(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "a.wav"), map[string][]string{"TITLE": {"A"}, "ARTIST": {"X"}, "ALBUM": {"Y"}, "GENRE": {"Jazz"}})
	code, out, errOut := run(t, db, "scan", dir)
	if code != 0 || !strings.Contains(out, "Analysed 1 track in") {
		t.Errorf("scan: %d %q %q", code, out, errOut)
	}
	_, out, _ = run(t, db, "stats")
	if !strings.Contains(out, "1 track by 1 artist on 1 album, 1 genre") {
		t.Errorf("stats: %q", out)
	}
	cfg := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(cfg, []byte("[ollama]\nhost = \"http://127.0.0.1:1\"\n"), 0o644)
	notes := func() (string, string) {
		var o, e strings.Builder
		Run(context.Background(), []string{"notes", "--db", db, "--config", cfg}, Env{Stdout: &o, Stderr: &e, Getenv: func(string) string { return "" }})
		return o.String(), e.String()
	}
	out, errOut = notes()
	if !strings.Contains(out, "Wrote 1 template note in") || !strings.Contains(errOut, "Writing template notes") {
		t.Errorf("first notes run: %q %q", out, errOut)
	}
	out, errOut = notes()
	if strings.Contains(errOut, "Writing template notes") || !strings.Contains(out, "Wrote 0 template notes") || !strings.Contains(out, "1 up to date") {
		t.Errorf("second notes run: %q %q", out, errOut)
	}
}

// TestHugeWAVSaysTheSizeIsTheLimit scans a sparse, header-valid WAV of
// 2 GiB: the scan says that the size is the limit, not that the file is
// damaged.
func TestHugeWAVSaysTheSizeIsTheLimit(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	const data = 2 << 30
	head := make([]byte, 44)
	copy(head, "RIFF")
	binary.LittleEndian.PutUint32(head[4:], 36+data)
	copy(head[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(head[16:], 16)
	binary.LittleEndian.PutUint16(head[20:], 1)
	binary.LittleEndian.PutUint16(head[22:], 2)
	binary.LittleEndian.PutUint32(head[24:], 44100)
	binary.LittleEndian.PutUint32(head[28:], 44100*4)
	binary.LittleEndian.PutUint16(head[32:], 4)
	binary.LittleEndian.PutUint16(head[34:], 16)
	copy(head[36:], "data")
	binary.LittleEndian.PutUint32(head[40:], data)
	p := filepath.Join(dir, "long recording.wav")
	if err := os.WriteFile(p, head, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(p, 44+data); err != nil {
		t.Skip("no sparse files here:", err)
	}
	code, out, errOut := run(t, db, "scan", dir)
	if code != 0 || !strings.Contains(errOut, "long recording.wav: too large to read: the file is 2.0 GiB, and Sleeve reads files up to 2 GiB") ||
		strings.Contains(errOut, "damaged") || !strings.Contains(out, "1 failed") {
		t.Errorf("scan of a 2 GiB WAV: %d %q %q", code, out, errOut)
	}
}

// TestFolderReachedTwiceIsListedOnce reaches a folder through a symbolic
// link and through its real path, in one scan and in scans of each: its
// track is stored once, by its real path.
func TestFolderReachedTwiceIsListedOnce(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "real", "a.wav"), map[string][]string{"TITLE": {"A"}})
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "a-link")); err != nil {
		t.Skip(err)
	}
	for _, root := range []string{dir, filepath.Join(dir, "a-link"), filepath.Join(dir, "real"), dir} {
		if code, _, errOut := run(t, db, "scan", "--no-analyze", root); code != 0 {
			t.Fatalf("scan %s: %s", root, errOut)
		}
		_, out, _ := run(t, db, "ls", "--json", "--missing")
		var tracks []map[string]any
		json.Unmarshal([]byte(out), &tracks)
		if len(tracks) != 1 || tracks[0]["path"] != filepath.Join(dir, "real", "a.wav") || tracks[0]["missing"] != false {
			t.Fatalf("after scanning %s: %s", root, out)
		}
	}
}

// TestModelsWorksBeforeAnyLibrary checks the models before the first
// scan, as the README's Ollama steps do: it reports and creates nothing.
func TestModelsWorksBeforeAnyLibrary(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none", "lib.db")
	cfg := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(cfg, []byte("[ollama]\nhost = \"http://127.0.0.1:1\"\n"), 0o644)
	var o, e strings.Builder
	code := Run(context.Background(), []string{"models", "--db", db, "--config", cfg}, Env{Stdout: &o, Stderr: &e, Getenv: func(string) string { return "" }})
	if code != 0 || !strings.Contains(o.String(), "Ollama") {
		t.Errorf("models with no library: %d %q %q", code, o.String(), e.String())
	}
	if _, err := os.Stat(filepath.Dir(db)); err == nil {
		t.Error("models created the library's folder")
	}
}

// TestModelsPullSaysHowToStartOllama: a pull with Ollama not running
// fails with the address it tried and how to start Ollama.
func TestModelsPullSaysHowToStartOllama(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(cfg, []byte("[ollama]\nhost = \"http://127.0.0.1:1\"\n"), 0o644)
	var o, e strings.Builder
	code := Run(context.Background(), []string{"models", "pull", "some-model", "--db", filepath.Join(t.TempDir(), "lib.db"), "--config", cfg},
		Env{Stdout: &o, Stderr: &e, Getenv: func(string) string { return "" }})
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	for _, want := range []string{"unreachable at http://127.0.0.1:1", "ollama serve", "OLLAMA_HOST"} {
		if !strings.Contains(e.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, e.String())
		}
	}
}
