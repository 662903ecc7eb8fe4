//go:build linux && cgo && !nosound

package speaker

import (
	"os"
	"syscall"
)

// silenceStderr points fd 2 at /dev/null, where the ALSA library writes
// its diagnostics, and returns a func that restores it.
func silenceStderr() (restore func()) {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		return func() {}
	}
	saved, err := syscall.Dup(2)
	if err != nil {
		null.Close()
		return func() {}
	}
	if err := syscall.Dup3(int(null.Fd()), 2, 0); err != nil {
		syscall.Close(saved)
		null.Close()
		return func() {}
	}
	return func() {
		syscall.Dup3(saved, 2, 0)
		syscall.Close(saved)
		null.Close()
	}
}
