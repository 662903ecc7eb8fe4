package models

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestDescriberGivesUpOnAFailingServer runs a batch of 20 notes against a
// server that answers every chat with HTTP 500, and one that never
// answers: after a few failures the model is not called again, every
// track gets a template note, and the reason is given once with the
// server's error.
func TestDescriberGivesUpOnAFailingServer(t *testing.T) {
	tracks := make([]TrackFacts, 20)
	for i := range tracks {
		tracks[i] = sampleTrack(i)
	}
	for _, c := range []struct {
		name  string
		setup func(f *fakeOllama)
		want  string
		// maxCalls bounds the chat requests the whole batch may make.
		maxCalls int
	}{
		{"500 for every call", func(f *fakeOllama) {
			for range 1000 {
				f.fail["/api/chat"] = append(f.fail["/api/chat"], 500)
			}
		}, "HTTP 500: injected 500", (3 + 1) * 3},
		{"stalls", func(f *fakeOllama) { f.delay = time.Hour }, "did not answer within 300ms", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFakeOllama(t)
			f.set(c.setup)
			var mu sync.Mutex
			var said []string
			var slow []string
			d := NewDescriber(f.client(t, func(cfg *ClientConfig) { cfg.RequestTimeout = 300 * time.Millisecond }),
				DescriberConfig{OnGiveUp: func(s string) {
					mu.Lock()
					defer mu.Unlock()
					said = append(said, s)
				}, SlowAfter: 100 * time.Millisecond, OnSlow: func(s string) {
					mu.Lock()
					defer mu.Unlock()
					slow = append(slow, s)
				}})
			templates := 0
			err := d.DescribeAll(context.Background(), tracks, func(i int, n Note) {
				if n.Template && n.Text != "" {
					templates++
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			if templates != len(tracks) {
				t.Errorf("%d template notes of %d", templates, len(tracks))
			}
			if calls := f.count("/api/chat"); calls > c.maxCalls {
				t.Errorf("%d chat requests for the batch, want at most %d", calls, c.maxCalls)
			}
			if len(said) != 1 || !strings.Contains(said[0], c.want) || !strings.Contains(said[0], "template notes") {
				t.Errorf("said %q, want one sentence with %q", said, c.want)
			}
			// The sentence says what follows and no more: the model is
			// not asked again in this run, a model note is kept, and a
			// later run replaces template notes only once the model
			// answers.
			for _, want := range []string{"not asked again in this run", "keep the model note", "once the model answers"} {
				if len(said) == 1 && !strings.Contains(said[0], want) {
					t.Errorf("said %q, without %q", said[0], want)
				}
			}
			if !d.GaveUp() {
				t.Error("GaveUp is false")
			}
			// A stalled server gets a word after SlowAfter, once (a
			// failing one may too, when its retries take that long).
			mu.Lock()
			defer mu.Unlock()
			if len(slow) > 1 || (c.name == "stalls" && len(slow) != 1) {
				t.Errorf("slow notices %q", slow)
			}
			// A note may take two requests, and the first to time out
			// ends the model's part: no wait "per note".
			for _, m := range slow {
				if strings.Contains(m, "per note") || !strings.Contains(m, "not asked again in this run") {
					t.Errorf("slow notice %q", m)
				}
			}
		})
	}
}

// TestOneFailureDoesNotGiveUp checks that a failure followed by a
// success resets the count.
func TestOneFailureDoesNotGiveUp(t *testing.T) {
	f := newFakeOllama(t)
	f.set(func(f *fakeOllama) { f.fail["/api/chat"] = []int{500, 500, 500, 0, 500, 500, 500} })
	d := NewDescriber(f.client(t, nil), DescriberConfig{Concurrency: 1})
	models := 0
	for i := range 6 {
		if n, _ := d.Describe(context.Background(), sampleTrack(i)); !n.Template {
			models++
		}
	}
	if d.GaveUp() || models < 4 {
		t.Errorf("gave up %v after isolated failures; %d model notes", d.GaveUp(), models)
	}
}
