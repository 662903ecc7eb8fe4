package app

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"strings"

	"sleeve/models"
)

// Model management: what `sleeve models` prints and the explorer's Models
// view shows, and the pulls both start. Both go through a ModelManager.

// ModelStatus describes one configured model: installed or not, its size,
// and why it cannot be used.
type ModelStatus = models.ModelStatus

// InstalledModel is one model Ollama has locally.
type InstalledModel = models.InstalledModel

// PullProgress is one progress report of a pull.
type PullProgress = models.PullProgress

// OllamaSettings are the configured language-model settings.
type OllamaSettings struct {
	// Host is Ollama's address, in any form OLLAMA_HOST accepts.
	Host string
	// ChatModel and EmbedModel are the configured model names; empty
	// means the defaults.
	ChatModel, EmbedModel string
	// Disabled is set when the language model is turned off (--no-llm,
	// SLEEVE_NO_LLM or the config). Models can still be listed and pulled.
	Disabled bool
}

// ModelsReport is what is known of the language models: what is configured,
// whether Ollama answers, what it has installed, and when it does not
// answer, how to start it.
type ModelsReport struct {
	// Host is the address that was asked.
	Host string
	// Disabled repeats OllamaSettings.Disabled.
	Disabled bool
	// Reachable is set when Ollama answered; Version is its version.
	Reachable bool
	Version   string
	// Reason says why Ollama did not answer, with the address; Cause says
	// only why, in a few words ("nothing is listening there").
	Reason, Cause string
	// Chat and Embed are the configured models.
	Chat, Embed ModelStatus
	// Installed lists every installed model, sorted by name.
	Installed []InstalledModel
	// StartAdvice says, line by line, how to start Ollama when it does not
	// answer; empty when it does.
	StartAdvice []string
	// Err is the error behind an unreachable server or a failed listing.
	Err error
}

// Missing returns the configured models that are not installed, once
// each, when Ollama answered.
func (r ModelsReport) Missing() []string {
	var out []string
	for _, m := range []ModelStatus{r.Chat, r.Embed} {
		if r.Reachable && r.Err == nil && !m.Installed && !containsModel(out, m.Name) {
			out = append(out, m.Name)
		}
	}
	return out
}

func containsModel(list []string, name string) bool {
	for _, n := range list {
		if models.SameModel(n, name) {
			return true
		}
	}
	return false
}

// ModelManager lists and pulls the language models of one Ollama server.
// It is safe for concurrent use.
type ModelManager struct {
	client   *models.Client
	disabled bool
	// lookPath and exists are exec.LookPath and a file check, replaced in
	// tests.
	lookPath func(string) (string, error)
	exists   func(string) bool
}

// NewModelManager returns a manager for the configured Ollama. It does not
// contact Ollama.
func NewModelManager(s OllamaSettings) (*ModelManager, error) {
	client, err := models.NewClient(models.ClientConfig{Host: s.Host, ChatModel: s.ChatModel, EmbedModel: s.EmbedModel})
	if err != nil {
		return nil, fmt.Errorf("ollama host %q: %w", s.Host, err)
	}
	return &ModelManager{client: client, disabled: s.Disabled, lookPath: exec.LookPath, exists: fileExists}, nil
}

// Host returns the address the manager talks to.
func (m *ModelManager) Host() string { return m.client.Host() }

// Report asks Ollama what it has. It never fails: an unreachable server is
// described in the report, with how to start it.
func (m *ModelManager) Report(ctx context.Context) ModelsReport {
	st := m.client.Status(ctx)
	r := ModelsReport{
		Host: st.Host, Disabled: m.disabled, Reachable: st.Reachable, Version: st.Version, Reason: st.Reason,
		Chat: st.Chat, Embed: st.Embed, Installed: st.Installed, Err: st.Err,
	}
	if !st.Reachable {
		r.StartAdvice = m.startAdvice(st.Host)
		r.Cause = shortCause(st.Reason, st.Host)
	}
	return r
}

// StartAdvice says how to start Ollama on this machine and how to point
// Sleeve at another address, without asking Ollama anything; Report gives
// the same advice when Ollama does not answer.
func (m *ModelManager) StartAdvice() []string { return m.startAdvice(m.client.Host()) }

// Pull downloads one model, calling progress for every report, until it
// is installed or ctx is cancelled. Ollama keeps what it has downloaded,
// so a cancelled pull resumes where it stopped when it is started again.
func (m *ModelManager) Pull(ctx context.Context, name string, progress func(PullProgress)) error {
	return m.client.Pull(ctx, name, progress)
}

// PullMissing pulls every configured model that is not installed, one
// after the other, and returns those it pulled.
func (m *ModelManager) PullMissing(ctx context.Context, progress func(PullProgress)) ([]string, error) {
	return m.client.PullMissing(ctx, progress)
}

// Canceled reports whether err is a pull or report that stopped because
// its context was cancelled.
func Canceled(err error) bool { return errors.Is(err, context.Canceled) }

// Systemd unit files the Ollama installer writes, in the order systemd
// reads them.
var ollamaUnits = []string{
	"/etc/systemd/system/ollama.service",
	"/usr/local/lib/systemd/system/ollama.service",
	"/usr/lib/systemd/system/ollama.service",
	"/lib/systemd/system/ollama.service",
}

// startAdvice says how to start Ollama on this machine, going by whether
// the ollama command is installed and whether the installer's systemd unit
// is there, and how to point Sleeve at another address. The address tried
// is in the report's Reason and Host.
func (m *ModelManager) startAdvice(host string) []string {
	var out []string
	if !localHost(host) {
		out = append(out, fmt.Sprintf("%s is another machine: start Ollama there, "+
			"listening on that address (OLLAMA_HOST=0.0.0.0 ollama serve).", host))
	} else {
		bin, err := m.lookPath("ollama")
		unit := ""
		for _, u := range ollamaUnits {
			if m.exists(u) {
				unit = u
				break
			}
		}
		switch {
		case err != nil:
			out = append(out, "The ollama command is not installed here. Install it from https://ollama.com/download "+
				"(on Linux: curl -fsSL https://ollama.com/install.sh | sh), then start it: ollama serve")
		case unit != "":
			out = append(out, fmt.Sprintf("Start its service: sudo systemctl start ollama (the unit %s; "+
				"sudo systemctl enable --now ollama starts it at boot too),", unit))
			out = append(out, "or run it in another terminal: ollama serve")
		default:
			out = append(out, fmt.Sprintf("Start it in another terminal: ollama serve (%s).", bin))
			out = append(out, "If the installer set up its service: sudo systemctl start ollama")
		}
	}
	out = append(out, "Another address: set OLLAMA_HOST, or host under [ollama] in the config file.")
	return out
}

// shortCause takes the address and the advice out of an unreachable
// server's reason, leaving why it did not answer.
func shortCause(reason, host string) string {
	cause := strings.TrimPrefix(reason, models.ErrUnreachable.Error()+" at "+host+": ")
	cause, _, _ = strings.Cut(cause, "; start it")
	return cause
}

// localHost reports whether a base URL names this machine.
func localHost(base string) bool {
	u, err := url.Parse(base)
	if err != nil {
		return true
	}
	h := u.Hostname()
	if h == "localhost" || h == "" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}

func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir()
}
