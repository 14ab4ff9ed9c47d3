//go:build !unix

package main

import "time"

// cpuTime is not measured on this platform; the table shows 0.
func cpuTime() time.Duration { return 0 }
