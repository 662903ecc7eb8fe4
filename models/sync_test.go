package models

import (
	"regexp"
	"runtime"
	"testing"
	"time"
)

// Tests that involve goroutines, a fake server and cancellation order
// what happens by channels and by what the goroutines are seen doing,
// never by sleeps or by how long something took.

// deadlockGuard bounds the waits of a test whose order comes from
// channels: far beyond anything the code under test needs, it is there
// only so that a hang fails with a message instead of stalling the run.
const deadlockGuard = 30 * time.Second

// await returns the next value from ch, failing the test if none comes
// within deadlockGuard.
func await[T any](t testing.TB, ch <-chan T, what string) T {
	t.Helper()
	guard := time.NewTimer(deadlockGuard)
	defer guard.Stop()
	select {
	case v := <-ch:
		return v
	case <-guard.C:
		t.Fatalf("%s: nothing after %s", what, deadlockGuard)
		panic("unreachable")
	}
}

// Stacks of goroutines that a test waits to see, for awaitStacks.
var (
	// flightWaiter waits in singleflight.Group.Do for another caller's
	// request (Describer.flight).
	flightWaiter = regexp.MustCompile(`\nsync\.\(\*WaitGroup\)\.Wait\([^\n]*\n[^\n]*\ngolang\.org/x/sync/singleflight\.\(\*Group\)\.Do\(`)
	// retryBackoff waits in Client.retry itself, not in an attempt: the
	// top of its stack (the runtime's frames are not shown) is retry,
	// blocked, which it is only while it waits out the backoff between
	// two attempts.
	retryBackoff = regexp.MustCompile(`goroutine \d+ \[(select|chan receive|sleep)[^\]\n]*\]:\nsleeve/models\.\(\*Client\)\.retry\(`)
)

// awaitStacks waits until at least n goroutines' stacks match re: that
// callers joined a shared request, or a client is between retries, known
// rather than hoped for after a sleep. It polls the stacks, failing after
// deadlockGuard.
func awaitStacks(t *testing.T, re *regexp.Regexp, n int, what string) {
	t.Helper()
	buf := make([]byte, 1<<20)
	for end := time.Now().Add(deadlockGuard); ; {
		k := runtime.Stack(buf, true)
		for k == len(buf) {
			buf = make([]byte, 2*len(buf))
			k = runtime.Stack(buf, true)
		}
		got := len(re.FindAllIndex(buf[:k], -1))
		if got >= n {
			return
		}
		if time.Now().After(end) {
			t.Fatalf("%s: %d goroutines after %s, want %d", what, got, deadlockGuard, n)
		}
		time.Sleep(time.Millisecond) // polling a condition; nothing depends on how long this is
	}
}
