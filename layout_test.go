package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsPointOneWay enforces the design card: main → ui → engine,
// models, library, and engine → library; config imports nothing of Sleeve. The domain packages never import
// the terminal toolkit.
func TestImportsPointOneWay(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	forbidden := map[string][]string{
		"sleeve/library": {"sleeve/engine", "sleeve/models", "sleeve/ui"},
		"sleeve/models":  {"sleeve/engine", "sleeve/ui", "sleeve/library"},
		"sleeve/engine":  {"sleeve/ui"},
		// config is at the bottom: it imports no other package of Sleeve.
		"sleeve/config": {"sleeve/"},
	}
	toolkit := []string{"charm.land/", "github.com/charmbracelet/"}
	for pkg, bad := range forbidden {
		out, err := exec.Command(goBin, "list", "-deps", "-f", "{{.ImportPath}}", pkg+"/...").CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, b := range bad {
				if dep == b || strings.HasPrefix(dep, strings.TrimSuffix(b, "/")+"/") {
					if dep == pkg || strings.HasPrefix(dep, pkg+"/") {
						continue
					}
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
			for _, tk := range toolkit {
				if strings.HasPrefix(dep, tk) {
					t.Errorf("%s depends on the terminal toolkit (%s)", pkg, dep)
				}
			}
		}
	}
}
