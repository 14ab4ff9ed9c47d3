//go:build !unix

package bench_test

func cpuTime() (int64, bool) { return 0, false }
