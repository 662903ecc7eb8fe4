package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"sleeve/library/synth"
)

// TestExplorerEndToEnd drives the built binary in tmux over the demo
// library, as a person would: write and scan the demo, open the explorer,
// type a request, see the picks, rate the first one down and see the
// ranking change, play the picks as a queue and go to the next, scan
// another folder from the library, and correct a track's tempo in the
// detail pane.
func TestExplorerEndToEnd(t *testing.T) {
	sl := buildE2ESleeve(t)
	dir, bin, run := sl.dir, sl.bin, sl.run
	if out := run("demo", filepath.Join(dir, "music"), "--quiet"); !strings.Contains(out, "32 added") {
		t.Fatalf("demo: %s", out)
	}
	run("notes", "--quiet")

	// An interactive shell with job control runs the explorer, as a
	// person's would, so that Ctrl-Z and fg work as they do there.
	ts := sl.startTmux(140, 36, sl.shellEnv()+" PS1='$ ' bash --norc --noprofile -i")
	ts.text("'" + bin + "'")
	ts.keys("Enter")
	waitFor := ts.waitFor

	waitFor("the library", has("32 tracks"))
	ts.keys("Tab")
	ts.keys("Tab")
	waitFor("the chat", has("Ask for music"))
	ts.text("upbeat techno for running")
	ts.keys("Enter")
	first := regexp.MustCompile(`1\. ([^·│]+) · ([^│]+?)\s*│`)
	s := waitFor("the picks", func(s string) bool { return first.MatchString(s) })
	before := first.FindStringSubmatch(s)
	if !strings.Contains(s, "Understood:") {
		t.Errorf("the understood request is not shown:\n%s", s)
	}

	// Rate the first pick 1 ("not for me"): the list keeps its order and
	// numbers until the person asks again; then the track must no longer
	// lead it.
	ts.keys("Tab")
	ts.keys("1")
	s = waitFor("the rating", has("Rated 1 of 5"))
	if m := first.FindStringSubmatch(s); m == nil || m[1] != before[1] {
		t.Errorf("the rating changed the list before the person asked again:\n%s", s)
	}
	ts.keys("BTab")
	waitFor("the Ask box again", has("enter send"))
	ts.text("upbeat techno for running")
	ts.keys("Enter")
	s = waitFor("a new ranking", func(s string) bool {
		m := first.FindStringSubmatch(s)
		return m != nil && m[1] != before[1]
	})
	after := first.FindStringSubmatch(s)
	t.Logf("first pick before rating: %q by %q; after: %q by %q", before[1], before[2], after[1], after[2])

	// Play the picks as a queue (through ALSA's null device), see the
	// now-playing line move on as the track plays, go to the next pick,
	// and see it in the Queue pane.
	second := regexp.MustCompile(`2\. ([^·│]+) · ([^│]+?)\s*│`).FindStringSubmatch(s)
	third := regexp.MustCompile(`3\. ([^·│]+) · ([^│]+?)\s*│`).FindStringSubmatch(s)
	if second == nil || third == nil {
		t.Fatalf("no second or third pick:\n%s", s)
	}
	nowPlaying := func(title string) *regexp.Regexp {
		return regexp.MustCompile(`(?m)^ ▶ ` + regexp.QuoteMeta(strings.TrimSpace(title)) + ` — .* (\d+):(\d\d) / \d+:\d\d  vol 100%  (\d+)/(\d+)`)
	}
	ts.keys("Tab")
	ts.keys("P")
	s = waitFor("the picks playing", func(s string) bool {
		m := nowPlaying(after[1]).FindStringSubmatch(s)
		// Played for a second at least: the line follows the player.
		return m != nil && m[3] == "1" && (m[1] != "0" || m[2] != "00")
	})
	if !strings.Contains(s, "Playing the ") {
		t.Errorf("no word that the picks play:\n%s", s)
	}
	ts.keys(">")
	s = waitFor("the next pick playing", func(s string) bool {
		m := nowPlaying(second[1]).FindStringSubmatch(s)
		return m != nil && m[3] == "2"
	})
	ts.keys("Tab")
	ts.keys("Tab")
	waitFor("the Queue pane", func(s string) bool {
		return strings.Contains(s, "Queue · 2 of ") && strings.Contains(s, "▶  2. "+strings.TrimSpace(second[1]))
	})
	// Take what plays out of the queue: the third pick, now second,
	// plays.
	ts.keys("d")
	waitFor("the next pick playing after a removal", func(s string) bool {
		m := nowPlaying(third[1]).FindStringSubmatch(s)
		return m != nil && m[3] == "2" && strings.Contains(s, "Removed from the queue")
	})
	for range 3 {
		ts.keys("BTab")
	}
	waitFor("the Ask box", has("enter send"))

	// The help at 80x24, from the picks: each key once, the global keys in
	// full, nothing wider than the terminal.
	ts.resize(80, 24)
	ts.keys("Tab")
	ts.keys("?")
	s = waitFor("the help at 80x24", func(s string) bool {
		return strings.Contains(s, "or esc closes the help") && strings.Contains(s, "q quit")
	})
	for _, want := range []string{"score breakdown", "why not", "new conversation", "exclude artist", "shift+tab"} {
		if strings.Count(s, want) != 1 {
			t.Errorf("the help lists %q %d times:\n%s", want, strings.Count(s, want), s)
		}
	}
	for _, l := range strings.Split(s, "\n") {
		if w := len([]rune(l)); w > 80 {
			t.Errorf("a line of %d cells at 80 columns: %q", w, l)
		}
	}
	ts.keys("Escape")
	ts.resize(140, 36)
	waitFor("the help closed", func(s string) bool {
		return !strings.Contains(s, "or esc closes the help") && first.MatchString(s)
	})

	// Ctrl-Z stops the explorer and gives the terminal back to the shell;
	// fg brings it back redrawn. The same for a SIGTSTP sent from outside.
	shellPID, err := strconv.Atoi(strings.TrimSpace(ts.do("display-message", "-p", "-t", ts.name, "#{pane_pid}")))
	if err != nil {
		t.Fatalf("pane pid: %v", err)
	}
	children, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", shellPID, shellPID))
	explorerPID, err := strconv.Atoi(strings.TrimSpace(string(children)))
	if err != nil {
		t.Fatalf("the explorer's pid from %q: %v", children, err)
	}
	for n, suspend := range []func(){
		func() { ts.keys("C-z") },
		func() { syscall.Kill(explorerPID, syscall.SIGTSTP) },
	} {
		suspend()
		s := waitFor("the shell's prompt after the explorer stopped", has("Stopped"))
		if strings.Contains(s, "Ask for music") {
			t.Errorf("the explorer's screen stayed up while it was stopped:\n%s", s)
		}
		if n == 0 {
			// bg continues it without the terminal: it stops again
			// instead of drawing under the shell (the shell reports the
			// stop before its next prompt).
			//
			// bg's line ("[1]+ 'sleeve' &") comes after the clear, so a
			// "Stopped" seen from then on is news, not the Ctrl-Z's. bash
			// reports a background job's stop before its next prompt, so
			// the test asks for prompts (Enter) until one brings the
			// report: however long the explorer takes to stop again.
			ts.keys("clear; bg", "Enter")
			ts.waitFor("bg continuing the explorer", func(s string) bool { return bgLine.MatchString(s) })
			s := ts.waitForOrSay("the explorer stopped again after bg", func(s string) bool {
				if strings.Contains(s, "Stopped") {
					return true
				}
				ts.keys("Enter")
				return false
			}, func() string { return explorerState(explorerPID, filepath.Join(dir, "sleeve.log")) })
			// The stopped explorer draws no more, and what it drew before
			// it stopped reached the terminal before the shell's report
			// of the stop: this screen shows all it drew after bg.
			if strings.Contains(s, "32 tracks") {
				t.Errorf("the explorer drew in the background after bg:\n%s", s)
			}
		}
		ts.keys("clear; fg", "Enter")
		ts.waitForOrSay("the explorer redrawn after fg (suspension "+strconv.Itoa(n+1)+")", func(s string) bool {
			return strings.Contains(s, "32 tracks") && first.MatchString(s) && !strings.Contains(s, "Stopped")
		}, func() string { return explorerState(explorerPID, filepath.Join(dir, "sleeve.log")) })
	}

	// A scan from the command line while the explorer is open: the
	// explorer notices and shows the new count.
	more := synth.DemoTracks()[:1]
	more[0].Spec.Seconds = 5
	if _, err := synth.WriteDemoTracks(context.Background(), filepath.Join(dir, "more"), more, nil); err != nil {
		t.Fatal(err)
	}
	run("scan", "--no-analyze", "--quiet", filepath.Join(dir, "more"))
	waitFor("the explorer to notice the scan", has("33 tracks"))

	// Correct a tempo from the detail pane: the Library, an artist's
	// album, its first track, then the detail pane and t to type a tempo.
	for range 3 {
		ts.keys("BTab")
	}
	waitFor("the Library", has("Library · Artists"))

	// Scan another folder from the explorer (f in the library): its
	// track joins the library and the status says what the scan did.
	another := synth.DemoTracks()[1:2]
	another[0].Spec.Seconds = 5
	another[0].Path, another[0].Title, another[0].Artist, another[0].Album = filepath.Join("Zephyr Lane", "Late", "01 Tail Light.flac"), "Tail Light", "Zephyr Lane", "Late"
	if _, err := synth.WriteDemoTracks(context.Background(), filepath.Join(dir, "another"), another, nil); err != nil {
		t.Fatal(err)
	}
	ts.keys("f")
	waitFor("the folder to scan", has("Which folder holds your music?"))
	ts.text(filepath.Join(dir, "another"))
	ts.keys("Enter")
	waitFor("the explorer's scan", func(s string) bool {
		return strings.Contains(s, "Scan done: 1 added") && strings.Contains(s, "34 tracks") && strings.Contains(s, "Library · Artists")
	})
	ts.keys("l")
	ts.keys("l")
	waitFor("an album's tracks", has("Contour Lines"))
	ts.keys("Tab")
	// The detail pane loads the track in the background; t before it
	// has one says "Choose a track first".
	waitFor("the track in the detail pane", has("Contour Lines.flac"))
	ts.keys("t")
	waitFor("the tempo input", has("Tempo (BPM):"))
	ts.keys("C-u")
	ts.text("126")
	ts.keys("Enter")
	s = waitFor("the corrected tempo", has("Tempo 126 BPM (yours)"))
	if !strings.Contains(s, "Format FLAC") || !strings.Contains(s, "Contour Lines.flac") {
		t.Errorf("the detail pane lacks the file and its format:\n%s", s)
	}

	ts.keys("q")
	ls := run("ls", "--json", "title:contour")
	if !strings.Contains(ls, `"bpm":126,`) || !strings.Contains(ls, `"bpm_source":"you"`) {
		t.Errorf("the correction is not stored as the person's: %s", ls)
	}
	cmd := exec.Command(bin, "profile")
	cmd.Env = sl.env
	out, _ := cmd.CombinedOutput()
	if !strings.Contains(string(out), strings.TrimSpace(before[2])) {
		t.Errorf("the profile does not mention the rated-down artist %q:\n%s", before[2], out)
	}
}

// bgLine is bash's line for a job that bg continues in the background.
var bgLine = regexp.MustCompile(`(?m)^\[1\]\+ .*sleeve'? &\s*$`)

// explorerState says what the kernel says of the process (its state and
// where it waits) and the end of the explorer's log, for a failure.
func explorerState(pid int, logPath string) string {
	stat, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	wchan, _ := os.ReadFile(fmt.Sprintf("/proc/%d/wchan", pid))
	log, _ := os.ReadFile(logPath)
	lines := strings.Split(strings.TrimSpace(string(log)), "\n")
	if len(lines) > 15 {
		lines = lines[len(lines)-15:]
	}
	return fmt.Sprintf("process %d: %s (wchan %s)\nlog:\n%s", pid, strings.TrimSpace(string(stat)), wchan, strings.Join(lines, "\n"))
}
