package cmd

import (
	"fmt"
	"runtime"
)

// maxScanWorkers bounds how many files a scan reads at once: beyond it
// more readers only cost memory (each holds a tag reader).
const maxScanWorkers = 64

// maxAnalyzeWorkers bounds how many tracks are analysed at once: analysis
// is CPU-bound and each worker holds decoded audio, so more workers than
// a few per CPU only cost memory.
func maxAnalyzeWorkers() int { return 4 * runtime.NumCPU() }

// clampWorkers checks a --workers value: a negative one is a usage error,
// and one above limit is lowered to it, with a line saying so.
func (a *runner) clampWorkers(n, limit int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("%w: --workers %d: give a positive number, or 0 for one per CPU", errUsage, n)
	}
	if n > limit {
		fmt.Fprintf(a.env.Stderr, "sleeve: --workers %d is more than this machine can use; using %d\n", n, limit)
		return limit, nil
	}
	return n, nil
}
