package cmd

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
)

// TestLsAlignsWideCharacters lists a library with Japanese and Latin
// titles: the album column starts at the same display column on every
// line, as a terminal draws it (two cells for each wide character).
func TestLsAlignsWideCharacters(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "a.wav"), map[string][]string{"TITLE": {"夜に駆ける"}, "ARTIST": {"YOASOBI"}, "ALBUM": {"THE BOOK"}})
	writeTrack(t, filepath.Join(dir, "b.wav"), map[string][]string{"TITLE": {"Blue in Green"}, "ARTIST": {"Miles Davis"}, "ALBUM": {"Kind of Blue"}})
	writeTrack(t, filepath.Join(dir, "c.wav"), map[string][]string{"TITLE": {"真夜中のドア"}, "ARTIST": {"松原みき"}, "ALBUM": {"Pocket Park"}})
	if code, _, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatalf("scan: %d %s", code, errOut)
	}
	code, out, _ := run(t, db, "ls")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if code != 0 || len(lines) != 3 {
		t.Fatalf("ls: %d\n%s", code, out)
	}
	col := -1
	for _, line := range lines {
		var album string
		for _, a := range []string{"THE BOOK", "Kind of Blue", "Pocket Park"} {
			if strings.Contains(line, a) {
				album = a
			}
		}
		if album == "" {
			t.Fatalf("no album on line %q", line)
		}
		at := lipgloss.Width(line[:strings.Index(line, album)])
		if col >= 0 && at != col {
			t.Errorf("album column at display column %d, earlier %d:\n%s", at, col, out)
		}
		col = at
	}
}

// TestTableAlignsByDisplayWidth pads by cells: "夜に" is four cells wide.
func TestTableAlignsByDisplayWidth(t *testing.T) {
	var b strings.Builder
	tw := newTable(&b, 2)
	tw.Row("夜に", "x", "end")
	tw.Row("abcdef", "y", "end")
	if err := tw.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "夜に    x  end\nabcdef  y  end\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

// TestProfileRefusesUnknownArtist: liking an artist the library does not
// have is refused with exit 2, a clear message and close names; nothing is
// stored. A known artist, spelled loosely, is accepted, and --forget takes
// any name.
func TestProfileRefusesUnknownArtist(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "a.wav"), map[string][]string{"TITLE": {"So What"}, "ARTIST": {"Miles Davis"}})
	writeTrack(t, filepath.Join(dir, "b.wav"), map[string][]string{"TITLE": {"Naima"}, "ARTIST": {"John Coltrane"}})
	if code, _, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatalf("scan: %d %s", code, errOut)
	}
	code, out, errOut := run(t, db, "profile", "--like", "Nobody Here")
	if code != 2 || !strings.Contains(errOut, `no artist "Nobody Here" in the library`) {
		t.Fatalf("profile --like Nobody Here: %d %q %q", code, out, errOut)
	}
	code, _, errOut = run(t, db, "profile", "--dislike", "Miles Davies")
	if code != 2 || !strings.Contains(errOut, `did you mean "Miles Davis"?`) {
		t.Errorf("profile --dislike Miles Davies: %d %q", code, errOut)
	}
	_, out, _ = run(t, db, "profile", "--json")
	if strings.Contains(out, "Nobody") || strings.Contains(out, "Davies") {
		t.Errorf("a refused name was stored:\n%s", out)
	}
	if code, out, errOut = run(t, db, "profile", "--like", "miles davis"); code != 0 || !strings.Contains(out, "Miles Davis") {
		t.Errorf("profile --like miles davis: %d %q %q", code, out, errOut)
	}
	if code, _, errOut = run(t, db, "profile", "--forget", "Nobody Here"); code != 0 {
		t.Errorf("profile --forget of an unknown name: %d %q", code, errOut)
	}
}

// TestLsShowsAndFiltersRatings rates tracks with `sleeve rate` and lists
// them: `ls` shows each latest rating as stars, `ls rating:4..` keeps the
// tracks rated four or five, `rating:none` the unrated one, and --json
// carries the rating (null when not rated).
func TestLsShowsAndFiltersRatings(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "a.wav"), map[string][]string{"TITLE": {"So What"}, "ARTIST": {"Miles Davis"}})
	writeTrack(t, filepath.Join(dir, "b.wav"), map[string][]string{"TITLE": {"Naima"}, "ARTIST": {"John Coltrane"}})
	writeTrack(t, filepath.Join(dir, "c.wav"), map[string][]string{"TITLE": {"Peace Piece"}, "ARTIST": {"Bill Evans"}})
	if code, _, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatalf("scan: %d %s", code, errOut)
	}
	for _, r := range [][2]string{{filepath.Join(dir, "a.wav"), "5"}, {filepath.Join(dir, "b.wav"), "5"}, {filepath.Join(dir, "b.wav"), "2"}} {
		if code, _, errOut := run(t, db, "rate", r[0], r[1]); code != 0 {
			t.Fatalf("rate %s %s: %d %s", r[0], r[1], code, errOut)
		}
	}
	code, out, _ := run(t, db, "ls")
	for _, want := range []string{"So What", "★★★★★", "Naima", "★★☆☆☆"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("ls: %d, no %q in\n%s", code, want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "Peace Piece") && strings.Contains(line, "★") {
			t.Errorf("an unrated track shows stars: %q", line)
		}
	}
	code, out, errOut := run(t, db, "ls", "rating:4..")
	if lines := strings.Split(strings.TrimRight(out, "\n"), "\n"); code != 0 || len(lines) != 1 || !strings.Contains(lines[0], "So What") {
		t.Fatalf("ls rating:4..: %d %q\n%s", code, errOut, out)
	}
	code, out, _ = run(t, db, "ls", "rating:none")
	if lines := strings.Split(strings.TrimRight(out, "\n"), "\n"); code != 0 || len(lines) != 1 || !strings.Contains(lines[0], "Peace Piece") {
		t.Fatalf("ls rating:none: %d\n%s", code, out)
	}
	code, out, _ = run(t, db, "ls", "--json", "rating:..3")
	if code != 0 || !strings.Contains(out, `"title":"Naima"`) || !strings.Contains(out, `"rating":2`) || strings.Contains(out, "So What") {
		t.Fatalf("ls --json rating:..3: %d\n%s", code, out)
	}
	if code, _, errOut := run(t, db, "ls", "rating:7"); code != 2 || !strings.Contains(errOut, "ratings go from 1 to 5") {
		t.Errorf("ls rating:7: %d %q", code, errOut)
	}
}

// TestLsFavourites: `ls --favourites` lists the tracks rated 4 or 5, the
// most recently rated first, as `ls rating:4.. --sort rated` does; a
// track rated down since is not among them.
func TestLsFavourites(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "a.wav"), map[string][]string{"TITLE": {"So What"}, "ARTIST": {"Miles Davis"}})
	writeTrack(t, filepath.Join(dir, "b.wav"), map[string][]string{"TITLE": {"Naima"}, "ARTIST": {"John Coltrane"}})
	writeTrack(t, filepath.Join(dir, "c.wav"), map[string][]string{"TITLE": {"Peace Piece"}, "ARTIST": {"Bill Evans"}})
	if code, _, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatalf("scan: %d %s", code, errOut)
	}
	for _, r := range [][2]string{{"b.wav", "5"}, {"a.wav", "4"}, {"c.wav", "5"}, {"b.wav", "2"}} {
		if code, _, errOut := run(t, db, "rate", filepath.Join(dir, r[0]), r[1]); code != 0 {
			t.Fatalf("rate %s %s: %d %s", r[0], r[1], code, errOut)
		}
		time.Sleep(5 * time.Millisecond) // ratings a few milliseconds apart
	}
	for _, args := range [][]string{{"ls", "--favourites"}, {"ls", "rating:4..", "--sort", "rated"}} {
		code, out, errOut := run(t, db, args...)
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if code != 0 || len(lines) != 2 || !strings.Contains(lines[0], "Peace Piece") || !strings.Contains(lines[1], "So What") {
			t.Errorf("%v: %d %q\n%s", args, code, errOut, out)
		}
	}
}

// TestProfileTakesAGenre: --dislike and --like take a genre of the library
// as they take an artist, with or without "genre:", and say which they
// took; a name that is neither is refused and nothing is stored, and an
// artist's name stays the artist's.
func TestProfileTakesAGenre(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "lib.db")
	writeTrack(t, filepath.Join(dir, "a.wav"), map[string][]string{"TITLE": {"So What"}, "ARTIST": {"Miles Davis"}, "GENRE": {"Jazz"}})
	writeTrack(t, filepath.Join(dir, "b.wav"), map[string][]string{"TITLE": {"Drone"}, "ARTIST": {"Ambient"}, "GENRE": {"Synth-pop"}})
	if code, _, errOut := run(t, db, "scan", "--no-analyze", dir); code != 0 {
		t.Fatalf("scan: %d %s", code, errOut)
	}
	code, out, errOut := run(t, db, "profile", "--dislike", "jazz")
	if code != 0 || !strings.Contains(out, "Disliked the genre jazz.") || !strings.Contains(out, "Not for you: jazz") {
		t.Errorf("profile --dislike jazz: %d %q %q", code, out, errOut)
	}
	code, out, errOut = run(t, db, "profile", "--like", "synth pop")
	if code != 0 || !strings.Contains(out, "Liked the genre synth-pop.") {
		t.Errorf("profile --like 'synth pop': %d %q %q", code, out, errOut)
	}
	// An artist named like a genre is the artist.
	code, out, errOut = run(t, db, "profile", "--dislike", "ambient")
	if code != 0 || !strings.Contains(out, "Disliked the artist Ambient.") {
		t.Errorf("profile --dislike ambient: %d %q %q", code, out, errOut)
	}
	code, _, errOut = run(t, db, "profile", "--dislike", "genre:zydeco")
	if code != 2 || !strings.Contains(errOut, `no genre "zydeco" in the library`) {
		t.Errorf("profile --dislike genre:zydeco: %d %q", code, errOut)
	}
	code, out, errOut = run(t, db, "profile", "--json", "--forget", "jazz")
	if code != 0 || strings.Contains(out, "jazz") || !strings.Contains(errOut, "Forgot the genre jazz.") {
		t.Errorf("profile --json --forget jazz: %d %q %q", code, out, errOut)
	}
	if strings.Contains(out, "zydeco") {
		t.Errorf("a refused genre was stored:\n%s", out)
	}
}
