//go:build !unix

package policy

func cpuTime() (int64, bool) { return 0, false }
