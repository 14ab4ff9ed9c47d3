//go:build unix

package aws_test

import "syscall"

// cpuTime returns the CPU time this process has used (user and system, GC included): the
// collector's own cost, which moto's, spent in another process, does not count in.
func cpuTime() (int64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}
