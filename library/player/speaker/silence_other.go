//go:build !linux && cgo && !nosound

package speaker

// silenceStderr does nothing: only ALSA prints diagnostics to stderr.
func silenceStderr() (restore func()) { return func() {} }
