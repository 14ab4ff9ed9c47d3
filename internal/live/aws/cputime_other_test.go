//go:build !unix

package aws_test

func cpuTime() (int64, bool) { return 0, false }
