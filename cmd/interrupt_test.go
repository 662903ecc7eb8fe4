package cmd

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestInterruptWhileOpeningExits130 runs the long commands with their
// context cancelled before they begin, as a Ctrl-C that lands while the
// library is still opening leaves it: each ends with status 130 and says
// it was interrupted, as when Ctrl-C stops the work itself, and the
// library opens afterwards with everything in it kept. (The open is the
// first thing to consult the context, so a context cancelled from the
// start lands the interruption there every time.)
func TestInterruptWhileOpeningExits130(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	music := t.TempDir()
	for _, name := range []string{"a", "b"} {
		writeTrack(t, filepath.Join(music, name+".wav"), map[string][]string{"TITLE": {name}, "ARTIST": {"Someone"}})
	}
	if code, out, errOut := run(t, db, "scan", "--no-analyze", "--quiet", music); code != 0 {
		t.Fatalf("scan: exit %d\n%s%s", code, out, errOut)
	}
	cancelled := func(args ...string) (int, string, string) {
		t.Helper()
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var out, errb bytes.Buffer
		env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(string) string { return "" }}
		code := Run(ctx, append(args, "--db", db, "--config", writeEmptyConfig(t)), env)
		return code, out.String(), errb.String()
	}
	for _, c := range []struct {
		args []string
		// says is what the command prints on stdout or stderr.
		says string
		// asJSON is set when all of stdout must be JSON.
		asJSON bool
	}{
		{[]string{"analyze"}, "Every finished track is saved; run 'sleeve analyze' again to do the rest.", false},
		{[]string{"analyze", "--json"}, `"interrupted": true`, true},
		{[]string{"scan", music}, "Everything read so far is saved; run the same scan again to finish.", false},
		{[]string{"scan", "--json", music}, `"interrupted": true`, true},
		{[]string{"demo", filepath.Join(t.TempDir(), "demo")}, "sleeve: interrupted; nothing stored was lost", false},
		{[]string{"notes", "--no-llm"}, "sleeve: interrupted; nothing stored was lost", false},
		{[]string{"stats"}, "sleeve: interrupted; nothing stored was lost", false},
	} {
		code, out, errOut := cancelled(c.args...)
		if code != 130 {
			t.Errorf("sleeve %s interrupted while opening: exit %d, want 130\n%s%s", strings.Join(c.args, " "), code, out, errOut)
			continue
		}
		if !strings.Contains(out+errOut, c.says) {
			t.Errorf("sleeve %s interrupted while opening said\n%s%s\nwant it to say %q", strings.Join(c.args, " "), out, errOut, c.says)
		}
		if c.asJSON {
			var v map[string]any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Errorf("sleeve %s interrupted while opening: stdout not JSON: %v\n%s", strings.Join(c.args, " "), err, out)
			}
		}
	}

	// Nothing was lost: the library opens, holds both tracks, and a run
	// left alone analyses them.
	code, out, errOut := run(t, db, "analyze", "--json", "--quiet")
	var res struct {
		Analysed    int  `json:"analysed"`
		UpToDate    int  `json:"up_to_date"`
		Interrupted bool `json:"interrupted"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.Analysed+res.UpToDate != 2 || res.Interrupted {
		t.Errorf("analyze after the interruptions: exit %d, %+v, want 0 and both tracks analysed\n%s%s", code, res, out, errOut)
	}
}
