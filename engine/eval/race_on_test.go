//go:build race

package eval

// raceEnabled is set when the race detector is on; the slowest checks skip
// then, as the race detector slows the ranking about tenfold.
const raceEnabled = true
