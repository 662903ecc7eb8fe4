package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsPointOneWay enforces the design card: main → cmd → {ui, app};
// ui → app; app → {engine, models, library}; engine → {library, models};
// config imports nothing of Sleeve. The domain packages and app never import
// the terminal toolkit.
func TestImportsPointOneWay(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	forbidden := map[string][]string{
		"sleeve/library": {"sleeve/engine", "sleeve/models", "sleeve/ui", "sleeve/app", "sleeve/cmd"},
		"sleeve/models":  {"sleeve/engine", "sleeve/ui", "sleeve/library", "sleeve/app", "sleeve/cmd"},
		"sleeve/engine":  {"sleeve/ui", "sleeve/app", "sleeve/cmd"},
		"sleeve/app":     {"sleeve/ui", "sleeve/cmd"},
		"sleeve/ui":      {"sleeve/cmd"},
		// config is at the bottom: it imports no other package of Sleeve.
		"sleeve/config": {"sleeve/"},
	}
	toolkit := []string{"charm.land/", "github.com/charmbracelet/"}
	withToolkit := map[string]bool{"sleeve/ui": true}
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
			if withToolkit[pkg] {
				continue
			}
			for _, tk := range toolkit {
				if strings.HasPrefix(dep, tk) {
					t.Errorf("%s depends on the terminal toolkit (%s)", pkg, dep)
				}
			}
		}
	}
	// main only calls cmd.
	out, err := exec.Command(goBin, "list", "-f", `{{join .Imports "\n"}}`, "sleeve").CombinedOutput()
	if err != nil {
		t.Fatalf("go list sleeve: %v\n%s", err, out)
	}
	for _, imp := range strings.Fields(string(out)) {
		if strings.HasPrefix(imp, "sleeve/") && imp != "sleeve/cmd" {
			t.Errorf("main imports %s; it should only call sleeve/cmd", imp)
		}
	}
}
