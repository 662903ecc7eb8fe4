package library

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sleeve/library/synth"
)

func tagsOf(title, artist, album string) map[string][]string {
	return map[string][]string{"TITLE": {title}, "ARTIST": {artist}, "ALBUM": {album}}
}

func mustTrackByPath(t *testing.T, s *Store, p string) Track {
	t.Helper()
	tr, err := s.TrackByPath(context.Background(), p)
	if err != nil {
		t.Fatalf("track at %s: %v", p, err)
	}
	return tr
}

func TestScanIsIncremental(t *testing.T) {
	root := t.TempDir()
	for i, name := range []string{"a", "b", "c"} {
		writeTaggedWAV(t, filepath.Join(root, "Artist", "Album", name+".wav"), 220*float64(i+1), tagsOf(strings.ToUpper(name), "Artist", "Album"))
	}
	s := openTestStore(t)
	first := scanOnce(t, s, root)
	if first.Counts != (ScanCounts{Added: 3}) {
		t.Fatalf("first scan counts %+v, want 3 added", first.Counts)
	}
	second := scanOnce(t, s, root)
	if second.Counts != (ScanCounts{Unchanged: 3}) {
		t.Fatalf("second scan counts %+v, want 3 unchanged", second.Counts)
	}

	// Retag one file: same path, new size and time, so it is updated in place.
	p := filepath.Join(root, "Artist", "Album", "b.wav")
	before := mustTrackByPath(t, s, p)
	writeTaggedWAV(t, p, 330, tagsOf("B (Remastered)", "Artist", "Album"))
	future := time.Now().Add(time.Minute)
	os.Chtimes(p, future, future)
	third := scanOnce(t, s, root)
	if third.Counts != (ScanCounts{Updated: 1, Unchanged: 2}) {
		t.Fatalf("third scan counts %+v, want 1 updated 2 unchanged", third.Counts)
	}
	after := mustTrackByPath(t, s, p)
	if after.ID != before.ID || after.Tags.Title != "B (Remastered)" {
		t.Errorf("updated track: id %d→%d title %q", before.ID, after.ID, after.Tags.Title)
	}
}

// countingReader counts how many files were read, to prove that unchanged
// files are not read again.
type countingReader struct {
	TagReader
	n atomic.Int64
}

func (c *countingReader) ReadFile(p string) (FileInfo, error) {
	c.n.Add(1)
	return c.TagReader.ReadFile(p)
}

func TestUnchangedFilesAreNotRead(t *testing.T) {
	root := t.TempDir()
	for i := range 5 {
		writeTaggedWAV(t, filepath.Join(root, "x", string(rune('a'+i))+".wav"), 440, nil)
	}
	s := openTestStore(t)
	r := &countingReader{TagReader: TaglibReader{}}
	sc := NewScanner(s, r, ScanOptions{})
	if _, err := sc.Scan(context.Background(), []string{root}); err != nil {
		t.Fatal(err)
	}
	if r.n.Load() != 5 {
		t.Fatalf("first scan read %d files, want 5", r.n.Load())
	}
	if _, err := sc.Scan(context.Background(), []string{root}); err != nil {
		t.Fatal(err)
	}
	if r.n.Load() != 5 {
		t.Fatalf("rescan read %d more files, want 0", r.n.Load()-5)
	}
}

func TestMovedFileKeepsItsID(t *testing.T) {
	root := t.TempDir()
	old := filepath.Join(root, "Inbox", "song.wav")
	writeTaggedWAV(t, old, 440, tagsOf("Song", "Band", "Record"))
	writeTaggedWAV(t, filepath.Join(root, "Inbox", "other.wav"), 550, tagsOf("Other", "Band", "Record"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	orig := mustTrackByPath(t, s, old)

	// Move into a folder that sorts before and one that sorts after the old
	// one, so both walk orders are covered.
	for _, dest := range []string{filepath.Join(root, "AAA", "renamed.wav"), filepath.Join(root, "ZZZ", "again.wav")} {
		from := orig.Path
		os.MkdirAll(filepath.Dir(dest), 0o755)
		if err := os.Rename(from, dest); err != nil {
			t.Fatal(err)
		}
		res := scanOnce(t, s, root)
		if res.Counts != (ScanCounts{Moved: 1, Unchanged: 1}) {
			t.Fatalf("after move to %s: counts %+v, want 1 moved 1 unchanged", dest, res.Counts)
		}
		moved := mustTrackByPath(t, s, dest)
		if moved.ID != orig.ID {
			t.Fatalf("moved track has id %d, want %d", moved.ID, orig.ID)
		}
		if moved.Missing {
			t.Fatalf("moved track is marked missing")
		}
		if _, err := s.TrackByPath(context.Background(), from); !errors.Is(err, ErrNotFound) {
			t.Fatalf("old path still stored: %v", err)
		}
		orig = moved
	}
}

func TestCopiedFileIsANewTrack(t *testing.T) {
	root := t.TempDir()
	a := filepath.Join(root, "a.wav")
	writeTaggedWAV(t, a, 440, tagsOf("Song", "Band", "Record"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	data, _ := os.ReadFile(a)
	os.WriteFile(filepath.Join(root, "copy.wav"), data, 0o644)
	res := scanOnce(t, s, root)
	if res.Counts != (ScanCounts{Added: 1, Unchanged: 1}) {
		t.Fatalf("counts %+v, want 1 added 1 unchanged", res.Counts)
	}
}

func TestDeletedFileIsMarkedMissingThenPruned(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	keep := filepath.Join(root, "Album", "keep.wav")
	gone := filepath.Join(root, "Album", "gone.wav")
	goneDir := filepath.Join(root, "Old Album", "x.wav")
	writeTaggedWAV(t, keep, 440, tagsOf("Keep", "A", "Album"))
	writeTaggedWAV(t, gone, 550, tagsOf("Gone", "A", "Album"))
	writeTaggedWAV(t, goneDir, 660, tagsOf("X", "A", "Old Album"))
	s := openTestStore(t)
	scanOnce(t, s, root)
	os.Remove(gone)
	os.RemoveAll(filepath.Dir(goneDir))

	res := scanOnce(t, s, root)
	if res.Counts != (ScanCounts{Unchanged: 1, Missing: 2}) {
		t.Fatalf("counts %+v, want 1 unchanged 2 missing", res.Counts)
	}
	tr := mustTrackByPath(t, s, gone)
	if !tr.Missing {
		t.Fatal("deleted file not marked missing")
	}
	// Missing tracks are hidden from listings but still stored.
	n := 0
	for _, err := range s.Tracks(ctx, Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 1 {
		t.Fatalf("listing shows %d tracks, want 1", n)
	}
	// A rescan does not count them missing again.
	if res := scanOnce(t, s, root); res.Counts != (ScanCounts{Unchanged: 1}) {
		t.Fatalf("rescan counts %+v, want 1 unchanged", res.Counts)
	}
	dry, err := s.Prune(ctx, true)
	if err != nil || len(dry) != 2 {
		t.Fatalf("dry-run prune: %d, %v; want 2", len(dry), err)
	}
	if tr := mustTrackByPath(t, s, gone); !tr.Missing {
		t.Fatal("dry run removed a track")
	}
	pruned, err := s.Prune(ctx, false)
	if err != nil || len(pruned) != 2 || pruned[0].Path != gone {
		t.Fatalf("prune: %v, %v; want the 2 missing tracks", pruned, err)
	}
	if _, err := s.TrackByPath(ctx, gone); !errors.Is(err, ErrNotFound) {
		t.Fatalf("pruned track still there: %v", err)
	}
}

func TestMissingFileThatReturnsIsPresentAgain(t *testing.T) {
	root := t.TempDir()
	p := filepath.Join(root, "a.wav")
	writeTaggedWAV(t, p, 440, nil)
	s := openTestStore(t)
	scanOnce(t, s, root)
	data, _ := os.ReadFile(p)
	st, _ := os.Stat(p)
	os.Remove(p)
	scanOnce(t, s, root)
	os.WriteFile(p, data, 0o644)
	os.Chtimes(p, st.ModTime(), st.ModTime())
	scanOnce(t, s, root)
	if tr := mustTrackByPath(t, s, p); tr.Missing {
		t.Fatal("returned file still marked missing")
	}
}

func TestScanningOneFolderLeavesOthersAlone(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	writeTaggedWAV(t, filepath.Join(a, "a.wav"), 440, nil)
	writeTaggedWAV(t, filepath.Join(b, "b.wav"), 440, nil)
	s := openTestStore(t)
	scanOnce(t, s, a, b)
	res := scanOnce(t, s, a)
	if res.Counts.Missing != 0 {
		t.Fatalf("scanning %s marked %d tracks of another folder missing", a, res.Counts.Missing)
	}
}

func TestBadFilesAreReportedAndTheScanGoesOn(t *testing.T) {
	root := t.TempDir()
	writeTaggedWAV(t, filepath.Join(root, "good1.wav"), 440, tagsOf("Good 1", "A", "B"))
	writeTaggedWAV(t, filepath.Join(root, "z", "good2.wav"), 550, tagsOf("Good 2", "A", "B"))
	os.WriteFile(filepath.Join(root, "empty.mp3"), nil, 0o644)
	os.WriteFile(filepath.Join(root, "readme.flac"), []byte("not audio at all, just text that has an audio name"), 0o644)
	writeWAV(t, filepath.Join(root, "corrupt.wav"), 1, 440)
	data, _ := os.ReadFile(filepath.Join(root, "corrupt.wav"))
	for i := 8; i < 40; i++ {
		data[i] = 0xff
	}
	os.WriteFile(filepath.Join(root, "corrupt.wav"), data, 0o644)
	// A file name that is not UTF-8 (Latin-1 "café") is still a file.
	latin1 := filepath.Join(root, "caf\xe9.wav")
	writeTaggedWAV(t, filepath.Join(root, "tmp-latin1.wav"), 440, tagsOf("Café", "A", "B"))
	if err := os.Rename(filepath.Join(root, "tmp-latin1.wav"), latin1); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "cover.jpg"), []byte("jpeg"), 0o644)

	s := openTestStore(t)
	var reported []Problem
	sc := NewScanner(s, TaglibReader{}, ScanOptions{OnProblem: func(p Problem) { reported = append(reported, p) }})
	res, err := sc.Scan(context.Background(), []string{root})
	if err != nil {
		t.Fatal(err)
	}
	if res.Counts.Added != 3 || res.Counts.Failed != 3 {
		t.Fatalf("counts %+v, want 3 added 3 failed; problems %v", res.Counts, res.Problems)
	}
	want := map[string]string{
		"empty.mp3":   "empty",
		"readme.flac": "not a readable audio file",
		"corrupt.wav": "not a readable audio file",
	}
	if len(reported) != len(want) {
		t.Fatalf("reported %d problems, want %d: %v", len(reported), len(want), reported)
	}
	for _, p := range reported {
		w, ok := want[filepath.Base(p.Path)]
		if !ok || !strings.Contains(p.Reason, w) {
			t.Errorf("problem %q, want reason containing %q", p, w)
		}
		if !strings.HasPrefix(p.String(), p.Path+": ") {
			t.Errorf("problem line %q does not start with the path", p)
		}
	}
	tr := mustTrackByPath(t, s, latin1)
	if tr.Tags.Title != "Café" {
		t.Errorf("non-UTF-8 file title %q", tr.Tags.Title)
	}
	if got := DisplayPath(latin1); !strings.HasSuffix(got, `caf\xe9.wav`) {
		t.Errorf("display path %q", got)
	}
}

func TestMissingFolderIsAnError(t *testing.T) {
	s := openTestStore(t)
	_, err := NewScanner(s, TaglibReader{}, ScanOptions{}).Scan(context.Background(), []string{filepath.Join(t.TempDir(), "nope")})
	if err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("error %v, want 'does not exist'", err)
	}
	f := filepath.Join(t.TempDir(), "file.wav")
	writeWAV(t, f, 1, 440)
	_, err = NewScanner(s, TaglibReader{}, ScanOptions{}).Scan(context.Background(), []string{f})
	if err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Fatalf("error %v, want 'not a folder'", err)
	}
}

func TestSymlinkLoopIsReportedOnce(t *testing.T) {
	root := t.TempDir()
	writeTaggedWAV(t, filepath.Join(root, "a", "song.wav"), 440, nil)
	if err := os.Symlink("..", filepath.Join(root, "a", "up")); err != nil {
		t.Skip("symlinks not supported here:", err)
	}
	os.Symlink("self", filepath.Join(root, "a", "self"))
	ext := t.TempDir()
	writeTaggedWAV(t, filepath.Join(ext, "linked.wav"), 550, nil)
	os.Symlink(ext, filepath.Join(root, "linked"))

	s := openTestStore(t)
	res := scanOnce(t, s, root)
	if res.Counts.Added != 2 {
		t.Fatalf("counts %+v, want 2 added (one through a link)", res.Counts)
	}
	var loops, broken int
	for _, p := range res.Problems {
		switch {
		case strings.Contains(p.Reason, "symbolic link loop"):
			loops++
		case strings.Contains(p.Reason, "symbolic link"):
			broken++
		}
	}
	if loops != 1 || broken != 1 {
		t.Fatalf("problems %v: want one loop and one self-referencing link", res.Problems)
	}
}

// vanishingReader deletes a file just before reading it, as if the person
// moved it away in the middle of the scan.
type vanishingReader struct {
	TagReader
	victim string
}

func (v vanishingReader) ReadFile(p string) (FileInfo, error) {
	if p == v.victim {
		os.Remove(p)
	}
	return v.TagReader.ReadFile(p)
}

func TestFileVanishingDuringScan(t *testing.T) {
	root := t.TempDir()
	victim := filepath.Join(root, "b.wav")
	writeTaggedWAV(t, filepath.Join(root, "a.wav"), 440, nil)
	writeTaggedWAV(t, victim, 550, nil)
	s := openTestStore(t)
	res, err := NewScanner(s, vanishingReader{TaglibReader{}, victim}, ScanOptions{}).Scan(context.Background(), []string{root})
	if err != nil {
		t.Fatal(err)
	}
	if res.Counts.Added != 1 || res.Counts.Failed != 1 || len(res.Problems) != 1 {
		t.Fatalf("counts %+v problems %v", res.Counts, res.Problems)
	}
	if !strings.Contains(res.Problems[0].Reason, "vanished") {
		t.Errorf("reason %q, want 'vanished'", res.Problems[0].Reason)
	}
}

// cancellingReader cancels the scan after n files, like Ctrl-C.
type cancellingReader struct {
	TagReader
	after  int64
	n      atomic.Int64
	cancel context.CancelFunc
}

func (c *cancellingReader) ReadFile(p string) (FileInfo, error) {
	if c.n.Add(1) == c.after {
		c.cancel()
	}
	return c.TagReader.ReadFile(p)
}

func TestInterruptedScanKeepsWhatItRead(t *testing.T) {
	root := t.TempDir()
	for i := range 40 {
		writeTaggedWAV(t, filepath.Join(root, "d"+string(rune('a'+i%5)), string(rune('a'+i))+".wav"), 440, nil)
	}
	s := openTestStore(t)
	scanOnce(t, s, root) // everything known...
	os.RemoveAll(filepath.Join(root, "da"))
	// ...then a new batch, and an interrupted rescan.
	for i := range 30 {
		writeTaggedWAV(t, filepath.Join(root, "new", string(rune('A'+i))+".wav"), 330, nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &cancellingReader{TagReader: TaglibReader{}, after: 10, cancel: cancel}
	res, err := NewScanner(s, r, ScanOptions{Workers: 1}).Scan(ctx, []string{root})
	if err != nil {
		t.Fatalf("interrupted scan returned error: %v", err)
	}
	if !res.Interrupted {
		t.Fatal("scan not marked interrupted")
	}
	if res.Counts.Missing != 0 {
		t.Fatalf("interrupted scan marked %d tracks missing", res.Counts.Missing)
	}
	stored := 0
	for _, err := range s.Tracks(context.Background(), Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		stored++
	}
	if stored != 40+res.Counts.Added || res.Counts.Added == 0 {
		t.Fatalf("stored %d tracks after adding %d of 30 new", stored, res.Counts.Added)
	}
	// The next scan picks up where it stopped.
	res = scanOnce(t, s, root)
	if res.Counts.Added+stored-40 != 30 || res.Counts.Missing != 8 {
		t.Fatalf("resumed scan counts %+v", res.Counts)
	}
}

func TestProgressIsReported(t *testing.T) {
	root := t.TempDir()
	for i := range 6 {
		writeTaggedWAV(t, filepath.Join(root, string(rune('a'+i))+".wav"), 440, nil)
	}
	s := openTestStore(t)
	var last ScanProgress
	calls := 0
	sc := NewScanner(s, TaglibReader{}, ScanOptions{ProgressEvery: time.Nanosecond, OnProgress: func(p ScanProgress) { last = p; calls++ }})
	if _, err := sc.Scan(context.Background(), []string{root}); err != nil {
		t.Fatal(err)
	}
	if calls < 2 || !last.WalkDone || last.Found != 6 || last.Counts.Seen() != 6 {
		t.Fatalf("%d progress calls, last %+v", calls, last)
	}
}

func TestFilterListing(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	add := func(name, title, artist, genre, year string) {
		writeTaggedWAV(t, filepath.Join(root, name), 440, map[string][]string{
			"TITLE": {title}, "ARTIST": {artist}, "GENRE": {genre}, "DATE": {year}, "ALBUM": {"X"}})
	}
	add("1.wav", "Airbag", "Radiohead", "Rock", "1997")
	add("2.wav", "Blue in Green", "Miles Davis", "Jazz", "1959")
	add("3.wav", "Pyramid Song", "Radiohead", "Art Rock; Jazz", "2001")
	add("4.wav", "Café 100%", "Édith", "Chanson", "1960")
	s := openTestStore(t)
	scanOnce(t, s, root)
	cases := []struct {
		expr string
		want []string
	}{
		{"artist:radiohead", []string{"Airbag", "Pyramid Song"}},
		{"genre:jazz", []string{"Blue in Green", "Pyramid Song"}},
		{"year:1990..1999", []string{"Airbag"}},
		{"year:..1960 genre:jazz", []string{"Blue in Green"}},
		{"pyramid", []string{"Pyramid Song"}},
		{"pyr", []string{"Pyramid Song"}},
		{"artist:radiohead song", []string{"Pyramid Song"}},
		{"cafe", []string{"Café 100%"}},
		{`title:"100%"`, []string{"Café 100%"}},
		{`title:"in green"`, []string{"Blue in Green"}},
		{`"AND" OR NEAR(`, nil},
		{"", []string{"Blue in Green", "Airbag", "Pyramid Song", "Café 100%"}},
	}
	for _, c := range cases {
		t.Run(c.expr, func(t *testing.T) {
			f, err := ParseFilter(c.expr)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for tr, err := range s.Tracks(ctx, f) {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, tr.Tags.Title)
			}
			if c.expr != "" {
				slices.Sort(got)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	for _, bad := range []string{"colour:red", "year:abc", "year:2000..1990", "artist:", "rating:9", "rating:..0", "rating:good", "rating:"} {
		if _, err := ParseFilter(bad); err == nil {
			t.Errorf("ParseFilter(%q) accepted", bad)
		}
	}
}

// TestScanReadsFilesByContent scans files whose names do not say what
// they hold: an Ogg named .mp3, a FLAC with no extension, a FastTracker
// module, and beside them a text file and a JPEG that are left alone. With
// analysis limited to pure Go, the module is listed as not analysable.
func TestScanReadsFilesByContent(t *testing.T) {
	root := t.TempDir()
	flacPath := filepath.Join(root, "track.flac")
	writeSynth(t, flacPath, synth.Spec{BPM: 100, Seconds: 6, SampleRate: 22050, Seed: 8}, "No Extension")
	bare := filepath.Join(root, "track")
	if err := os.Rename(flacPath, bare); err != nil {
		t.Fatal(err)
	}
	module := filepath.Join(root, "tune.xm")
	f, err := os.Create(module)
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.WriteXM(f, "Little Tune", 2); err != nil {
		t.Fatal(err)
	}
	f.Close()
	os.WriteFile(filepath.Join(root, "notes.txt"), []byte("OggS is how an Ogg file starts"), 0o644)
	os.WriteFile(filepath.Join(root, "cover.jpg"), []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), 0o644)
	os.WriteFile(filepath.Join(root, "README"), []byte("not audio either"), 0o644)
	want := 2
	var misnamed string
	if _, err := exec.LookPath("ffmpeg"); err == nil {
		misnamed = filepath.Join(root, "Misnamed.mp3")
		ogg := filepath.Join(root, "misnamed.ogg")
		writeSynth(t, ogg, synth.Spec{BPM: 120, Seconds: 6, SampleRate: 22050, Seed: 9}, "Ogg in Disguise")
		if err := os.Rename(ogg, misnamed); err != nil {
			t.Fatal(err)
		}
		want++
	} else {
		t.Log("ffmpeg is not installed: no Ogg named .mp3 to scan")
	}

	s := openTestStore(t)
	res := scanOnce(t, s, root)
	if res.Counts.Added != want || res.Counts.Failed != 0 {
		t.Fatalf("scan: %+v %v, want %d added", res.Counts, res.Problems, want)
	}
	if tr := mustTrackByPath(t, s, bare); tr.Tags.Title != "No Extension" || tr.Format != "flac" {
		t.Errorf("file without extension: %q, %s", tr.Tags.Title, tr.Format)
	}
	if tr := mustTrackByPath(t, s, module); tr.Tags.Title != "Little Tune" || tr.Format != "xm" {
		t.Errorf("module: %q, %s", tr.Tags.Title, tr.Format)
	}
	if misnamed != "" {
		if tr := mustTrackByPath(t, s, misnamed); tr.Tags.Title != "Ogg in Disguise" || tr.Format != "ogg" || tr.Duration < 5*time.Second {
			t.Errorf("Ogg named .mp3: %q, %s, %v", tr.Tags.Title, tr.Format, tr.Duration)
		}
	}

	an := analyzeOnce(t, s, AnalyzeOptions{NoFFmpeg: true})
	if an.Counts.Analysed != want-1 || an.Counts.NotAnalysable != 1 {
		t.Fatalf("analysis in pure Go: %+v %v", an.Counts, an.Problems)
	}
	tr := mustTrackByPath(t, s, module)
	if tr.AnalysisFailure == nil || !tr.AnalysisFailure.NotAnalysable || !strings.Contains(tr.AnalysisFailure.Reason, "no decoder for this format (xm)") {
		t.Errorf("module without ffmpeg: %+v", tr.AnalysisFailure)
	}
}
