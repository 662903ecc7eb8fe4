//go:build race

package library

// raceEnabled is set when the race detector (which slows DSP about five
// times) is on, so that the slowest tests can do less.
const raceEnabled = true
