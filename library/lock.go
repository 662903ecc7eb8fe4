package library

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrScanRunning is returned by a scan or an analysis when another scan
// or analysis of the same library is under way, in this process or
// another.
var ErrScanRunning = errors.New("another scan or analysis of this library is running; wait for it to finish (or stop it) and try again")

// scanLockPath is the file whose lock marks a running scan. It lives
// beside the database and is never removed, so two processes always lock
// the same file.
func (s *Store) scanLockPath() string { return s.path + ".scan-lock" }

// lockScan takes the library's scan lock without waiting, and returns the
// function that releases it. The operating system releases the lock when
// the process dies, so a killed scan never leaves it held.
func (s *Store) lockScan() (unlock func(), err error) {
	f, err := os.OpenFile(s.scanLockPath(), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("scan lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrScanRunning
		}
		return nil, fmt.Errorf("scan lock: %w", err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// scanRunning reports whether a scan holds the library's scan lock.
func (s *Store) scanRunning() bool {
	if _, err := os.Stat(s.scanLockPath()); err != nil {
		return false
	}
	unlock, err := s.lockScan()
	if err != nil {
		return errors.Is(err, ErrScanRunning)
	}
	unlock()
	return false
}
