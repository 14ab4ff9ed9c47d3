package tfplan

import "testing"

// GenPlan lets the scan benchmark (package tfplan_test) generate the loader benchmark's plans.
var GenPlan = genPlan

// ReportRate lets it report rates the way the loader benchmarks do.
var ReportRate = reportRate

// reportRate reports resources per second of wall time and, since a shared machine's other
// work inflates wall time, CPU nanoseconds per resource; call it after the loop, with the CPU
// time read before it.
func reportRate(b *testing.B, resources int, cpu0 int64, cpuOK bool) {
	n := float64(resources * b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "resources/s")
	if cpu1, ok := cpuTime(); ok && cpuOK {
		b.ReportMetric(float64(cpu1-cpu0)/n, "cpu-ns/resource")
	}
}

// CPUTime is cpuTime, for package tfplan_test.
var CPUTime = cpuTime
