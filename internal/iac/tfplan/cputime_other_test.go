//go:build !unix

package tfplan

func cpuTime() (int64, bool) { return 0, false }
