//go:build !unix

package storetest

func cpuTime() (int64, bool) { return 0, false }
