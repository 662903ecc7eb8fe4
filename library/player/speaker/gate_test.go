//go:build cgo && !nosound

package speaker

import (
	"errors"
	"sync"
	"testing"
)

// fakeDevice records the gate's calls to a device.
type fakeDevice struct {
	mu                sync.Mutex
	suspends, resumes int
	suspended         bool
	failResume        bool
}

func (d *fakeDevice) gate() *gate {
	return &gate{
		suspend: func() error {
			d.mu.Lock()
			defer d.mu.Unlock()
			d.suspends++
			d.suspended = true
			return nil
		},
		resume: func() error {
			d.mu.Lock()
			defer d.mu.Unlock()
			if d.failResume {
				return errors.New(`oto: ALSA error at snd_pcm_open: "default": No such file or directory`)
			}
			d.resumes++
			d.suspended = false
			return nil
		},
	}
}

func TestGateRestsTheDeviceOnlyWhenNothingPlays(t *testing.T) {
	d := &fakeDevice{}
	g := d.gate()
	if err := g.suspendNow(); err != nil {
		t.Fatal(err)
	}
	if !d.suspended {
		t.Fatal("an idle device was left running")
	}
	if err := g.start(); err != nil {
		t.Fatal(err)
	}
	if d.suspended || d.resumes != 1 {
		t.Fatalf("a stream started on a resting device: suspended %v, resumes %d", d.suspended, d.resumes)
	}
	if err := g.start(); err != nil { // a second stream overlaps the first
		t.Fatal(err)
	}
	if d.resumes != 1 {
		t.Errorf("a running device was resumed again (%d resumes)", d.resumes)
	}
	g.done()
	if d.suspended {
		t.Fatal("the device rested while a stream still played")
	}
	g.done()
	if !d.suspended || d.suspends != 2 {
		t.Fatalf("the device did not rest after the last stream: suspended %v, suspends %d", d.suspended, d.suspends)
	}
	if err := g.suspendNow(); err != nil || d.suspends != 2 {
		t.Errorf("a resting device was suspended again (%d suspends, err %v)", d.suspends, err)
	}
}

func TestGateResumeFailureIsAClearError(t *testing.T) {
	d := &fakeDevice{}
	g := d.gate()
	g.suspendNow()
	d.failResume = true
	err := g.start()
	if err == nil {
		t.Fatal("a device that could not wake reported success")
	}
	if got := err.Error(); got != "no sound output: ALSA: cannot open the default device (is there a sound card?): No such file or directory" {
		t.Errorf("error %q", got)
	}
	d.failResume = false
	if err := g.start(); err != nil {
		t.Fatalf("the next start after a failed one: %v", err)
	}
	g.done()
	if !d.suspended {
		t.Error("a failed start was counted as a playing stream: the device never rests")
	}
}

// TestGateUnderConcurrentStreams starts and ends streams from many
// goroutines; at the end nothing plays and the device rests.
func TestGateUnderConcurrentStreams(t *testing.T) {
	d := &fakeDevice{}
	g := d.gate()
	g.suspendNow()
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				if err := g.start(); err != nil {
					t.Error(err)
					return
				}
				g.done()
			}
		}()
	}
	wg.Wait()
	if !d.suspended || g.playing != 0 {
		t.Fatalf("after every stream ended: suspended %v, playing %d", d.suspended, g.playing)
	}
	if d.suspends != d.resumes+1 {
		t.Errorf("%d suspends for %d resumes: the calls do not alternate", d.suspends, d.resumes)
	}
}
