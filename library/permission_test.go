package library

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestPermissionDenied checks unreadable files and folders. Root reads
// everything, so as root the test runs itself again as the user nobody in a
// folder that user can write.
func TestPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		runAsNobody(t, "^TestPermissionDenied$")
		return
	}
	base := os.Getenv("SLEEVE_NOBODY_DIR")
	if base == "" {
		base = t.TempDir()
	}
	root := filepath.Join(base, "music")
	writeTaggedWAV(t, filepath.Join(root, "open.wav"), 440, nil)
	writeTaggedWAV(t, filepath.Join(root, "secret.wav"), 550, nil)
	writeTaggedWAV(t, filepath.Join(root, "locked", "inside.wav"), 660, nil)
	s, err := Open(context.Background(), filepath.Join(base, "sleeve.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if res := scanOnce(t, s, root); res.Counts.Added != 3 {
		t.Fatalf("first scan counts %+v", res.Counts)
	}

	os.Chmod(filepath.Join(root, "secret.wav"), 0)
	os.Chmod(filepath.Join(root, "locked"), 0)
	defer os.Chmod(filepath.Join(root, "locked"), 0o755)
	// Change the secret file's time so the scanner must read it again.
	os.Chtimes(filepath.Join(root, "secret.wav"), timeNowPlus(60), timeNowPlus(60))

	res := scanOnce(t, s, root)
	if res.Counts.Missing != 0 {
		t.Fatalf("unreadable files were marked missing: %+v", res.Counts)
	}
	var sawFile, sawDir bool
	for _, p := range res.Problems {
		if strings.HasSuffix(p.Path, "secret.wav") && strings.Contains(p.Reason, "permission denied") {
			sawFile = true
		}
		if strings.HasSuffix(p.Path, "locked") && strings.Contains(p.Reason, "permission denied") {
			sawDir = true
		}
	}
	if !sawFile || !sawDir {
		t.Fatalf("problems %v: want permission denied for secret.wav and locked/", res.Problems)
	}
	if res.Counts.Unchanged != 1 || res.Counts.Failed != 1 {
		t.Fatalf("counts %+v, want 1 unchanged 1 failed", res.Counts)
	}
	if tr := mustTrackByPath(t, s, filepath.Join(root, "locked", "inside.wav")); tr.Missing {
		t.Fatal("track in an unreadable folder marked missing")
	}
}

// runAsNobody runs the named test of this test binary as the user nobody,
// from copies that user can reach, and fails if it fails.
func runAsNobody(t *testing.T, test string) {
	t.Helper()
	dir, err := os.MkdirTemp("", "sleeve-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o777)
	bin := filepath.Join(dir, "library.test")
	src, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	dst, _ := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	io.Copy(dst, src)
	src.Close()
	dst.Close()
	work := filepath.Join(dir, "work")
	os.Mkdir(work, 0o777)
	os.Chmod(work, 0o777)

	cmd := exec.Command(bin, "-test.run="+test, "-test.v")
	cmd.Dir = work
	cmd.Env = []string{"SLEEVE_NOBODY_DIR=" + work, "HOME=" + work, "TMPDIR=" + work, "PATH=" + os.Getenv("PATH")}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("as nobody, the test did not run:\n%s", out)
	}
}
