package library

import (
	"os"
	"testing"
)

// benchDirPath holds the benchmarks' audio files, if any were written.
var benchDirPath string

// TestMain removes the benchmarks' shared audio files after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDirPath != "" {
		os.RemoveAll(benchDirPath)
	}
	os.Exit(code)
}
