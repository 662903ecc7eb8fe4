package ui

import (
	"regexp"
	"strings"
	"testing"

	"sleeve/app"
	"sleeve/models/ollamatest"
)

// TestModelsViewOpensPullsAndCloses drives the Models view from the
// library at 80x24: M opens it and is listed in the help, a missing model
// is pulled, the status bar follows, and esc closes the view.
func TestModelsViewOpensPullsAndCloses(t *testing.T) {
	fake := ollamatest.New(t)
	fake.Install("chat", ollamatest.Model{Size: 986_000_000, Capabilities: []string{"completion"}})
	fake.Offer("embed", ollamatest.Model{Size: 274_000_000, Capabilities: []string{"embedding"}})
	mgr, err := app.NewModelManager(app.OllamaSettings{Host: fake.URL(), ChatModel: "chat", EmbedModel: "embed"})
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Models: mgr}, 80, 24)
	press(t, m, "?")
	if !strings.Contains(strings.Join(helpBody(t, m), "\n"), "M language models") {
		t.Errorf("the library's help does not list M:\n%s", screenText(m))
	}
	press(t, m, "esc", "M")
	got := screenText(m)
	if !m.showModels || !strings.Contains(got, "embedding  embed  missing: enter pulls it") {
		t.Fatalf("M did not open the Models view:\n%s", got)
	}
	for _, l := range strings.Split(got, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("line wider than 80: %q", l)
		}
	}
	press(t, m, "down", "enter")
	got = screenText(m)
	if !strings.Contains(got, "Pulled embed.") || !strings.Contains(got, "embed  installed · 274 MB") {
		t.Errorf("after the pull:\n%s", got)
	}
	press(t, m, "?")
	body := strings.Join(helpBody(t, m), "\n")
	for _, want := range []string{`enter +pull`, `r +check again`, `M +close`} {
		if !regexp.MustCompile(want).MatchString(body) {
			t.Errorf("the Models view's help lacks %q:\n%s", want, body)
		}
	}
	press(t, m, "esc", "esc")
	if m.showModels {
		t.Error("esc did not close the Models view")
	}
	// j and k move in the library again.
	if m.focus != paneBrowser {
		t.Errorf("focus is %v after closing the view", m.focus)
	}
}

// TestModelsKeyNotListedWithoutManager: with no model manager, M does
// nothing, so the help does not list it.
func TestModelsKeyNotListedWithoutManager(t *testing.T) {
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{}, 80, 24)
	press(t, m, "?")
	if strings.Contains(strings.Join(helpBody(t, m), "\n"), "language models") {
		t.Error("M listed with no model manager")
	}
	press(t, m, "esc", "M")
	if m.showModels {
		t.Error("M opened a view with no manager")
	}
}

// TestPullGoesOnWithTheViewClosed: a pull keeps running when the view is
// closed, and the status bar shows its progress.
func TestPullProgressInStatusBar(t *testing.T) {
	fake := ollamatest.New(t)
	fake.Offer("chat", ollamatest.Model{Size: 2_000_000_000})
	mgr, err := app.NewModelManager(app.OllamaSettings{Host: fake.URL(), ChatModel: "chat", EmbedModel: "embed"})
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, &fakeLibrary{tracks: fixtureTracks(10)}, Deps{Models: mgr}, 80, 24)
	press(t, m, "M")
	// Start the pull by hand so that the test can stop between messages.
	_, cmd := m.models.Update(keyMsg("enter"))
	press(t, m, "M") // close the view
	msg := cmd()     // "pulling manifest"
	m.Update(msg)
	if !strings.Contains(screenText(m), "Pulling chat: pulling manifest") {
		t.Errorf("the status bar does not show the pull:\n%s", screenText(m))
	}
	m.shutdown()
}

// TestModelsViewFromTheWelcomeScreen: with an empty library, M opens the
// Models view (models can be pulled before there is any music), the
// welcome screen lists it, and M brings the welcome screen back.
func TestModelsViewFromTheWelcomeScreen(t *testing.T) {
	fake := ollamatest.New(t)
	fake.Install("chat", ollamatest.Model{Size: 986_000_000, Capabilities: []string{"completion"}})
	fake.Offer("embed", ollamatest.Model{Size: 274_000_000, Capabilities: []string{"embedding"}})
	mgr, err := app.NewModelManager(app.OllamaSettings{Host: fake.URL(), ChatModel: "chat", EmbedModel: "embed"})
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, &fakeLibrary{}, Deps{Models: mgr}, 80, 24)
	if got := screenText(m); !strings.Contains(got, "Your library is empty") || !strings.Contains(got, "M language models") {
		t.Fatalf("the welcome screen does not list M:\n%s", got)
	}
	press(t, m, "?")
	if !strings.Contains(strings.Join(helpBody(t, m), "\n"), "M language models") {
		t.Errorf("the welcome screen's help does not list M:\n%s", screenText(m))
	}
	press(t, m, "esc", "M")
	got := screenText(m)
	if !m.showModels || !strings.Contains(got, "embedding  embed  missing: enter pulls it") {
		t.Fatalf("M on the welcome screen did not open the Models view:\n%s", got)
	}
	press(t, m, "M")
	if got := screenText(m); m.showModels || !strings.Contains(got, "Your library is empty") {
		t.Errorf("M did not close the Models view back to the welcome screen:\n%s", got)
	}
}
