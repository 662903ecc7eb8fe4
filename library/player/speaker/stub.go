//go:build !cgo || nosound

// Package speaker is the sound-card Output for the player. This build has
// no audio output (it was built without cgo, or with the nosound tag), so
// New always fails; build with CGO_ENABLED=1 and libasound2-dev for sound.
package speaker

import (
	"fmt"
	"time"

	"github.com/gopxl/beep/v2"

	"sleeve/library/player"
)

// Rate is the rate the device would be opened at.
const Rate = 44100

// Buffer is the device buffer the real Output would use.
const Buffer = 100 * time.Millisecond

// Output is never returned by this build's New.
type Output struct{}

// New returns an error wrapping player.ErrNoOutput.
func New() (*Output, error) {
	return nil, fmt.Errorf("%w: no audio output in this build (built without cgo or with the nosound tag)", player.ErrNoOutput)
}

// SampleRate implements player.Output.
func (o *Output) SampleRate() int { return Rate }

// Latency implements player.Output.
func (o *Output) Latency() time.Duration { return Buffer }

// Play implements player.Output; it always fails in this build.
func (o *Output) Play(beep.Streamer) error {
	_, err := New()
	return err
}

var _ player.Output = (*Output)(nil)
