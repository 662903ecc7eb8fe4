package ui

import (
	"os"
	"syscall"
	"unsafe"
)

// inForeground reports whether this process's group is the foreground
// group of the terminal f (TIOCGPGRP); when f is not a terminal, it
// reports true.
func inForeground(f *os.File) bool {
	var pgrp int32
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), uintptr(syscall.TIOCGPGRP), uintptr(unsafe.Pointer(&pgrp)))
	if errno != 0 {
		return true
	}
	return int(pgrp) == syscall.Getpgrp()
}
