//go:build unix && !linux

package mototest

import "syscall"

// procAttr puts the server in a process group of its own, so that Stop ends it and anything
// it started.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}
