package mototest

import "syscall"

// procAttr puts the server in a process group of its own, so that Stop ends it and anything
// it started, and has the kernel end it if the test binary dies first (a -timeout panic, a
// kill), so that no emulator outlives its tests.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
