//go:build !race

package eval

// raceEnabled is set when the race detector is on.
const raceEnabled = false
