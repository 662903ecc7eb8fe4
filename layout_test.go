package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsPointOneWay enforces the design card: main → cmd → {ui, app};
// ui → app; app → {engine, models, library}; engine → {library, models};
// config imports nothing of Sleeve. The domain packages and app never import
// the terminal toolkit. TestUIImportsOnlyApp says what ui may import.
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

// TestUIImportsOnlyApp checks that the screen talks to the rest of Sleeve
// through app alone: a package under ui imports, of Sleeve, only app,
// config and ui's own packages; and besides the standard library only the
// terminal toolkit. Its tests may also render test audio with
// library/synth and run a fake Ollama with models/ollamatest.
func TestUIImportsOnlyApp(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command(goBin, "list", "-f",
		`{{.ImportPath}}|{{join .Imports " "}}|{{join .TestImports " "}} {{join .XTestImports " "}}`, "sleeve/ui/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list sleeve/ui/...: %v\n%s", err, out)
	}
	allowed := func(imp string, test bool) bool {
		switch {
		case imp == "sleeve/app", imp == "sleeve/config", imp == "sleeve/ui", strings.HasPrefix(imp, "sleeve/ui/"):
			return true
		case test && (imp == "sleeve/library/synth" || imp == "sleeve/models/ollamatest"):
			return true
		case strings.HasPrefix(imp, "sleeve/"):
			return false
		case strings.HasPrefix(imp, "charm.land/"), strings.HasPrefix(imp, "github.com/charmbracelet/"):
			return true
		}
		// The standard library's paths have no dot in their first element.
		first, _, _ := strings.Cut(imp, "/")
		return !strings.Contains(first, ".")
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, rest, _ := strings.Cut(line, "|")
		imports, tests, _ := strings.Cut(rest, "|")
		for _, imp := range strings.Fields(imports) {
			if !allowed(imp, false) {
				t.Errorf("%s imports %s; the screen reaches the rest of Sleeve through sleeve/app", pkg, imp)
			}
		}
		for _, imp := range strings.Fields(tests) {
			if !allowed(imp, true) {
				t.Errorf("the tests of %s import %s; use sleeve/app", pkg, imp)
			}
		}
	}
}
