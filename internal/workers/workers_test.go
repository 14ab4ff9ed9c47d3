package workers

import (
	"sync/atomic"
	"testing"
)

func TestEachCallsEveryIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000} {
		seen := make([]atomic.Int32, n)
		Each(n, func(i int) { seen[i].Add(1) })
		for i := range seen {
			if got := seen[i].Load(); got != 1 {
				t.Fatalf("n=%d: index %d called %d times", n, i, got)
			}
		}
	}
}

func TestChunksCoverEveryItemOnce(t *testing.T) {
	for _, tc := range []struct{ n, size int }{{0, 10}, {5, 10}, {10, 10}, {1001, 64}, {3, 0}} {
		seen := make([]atomic.Int32, tc.n)
		Chunks(tc.n, tc.size, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				seen[i].Add(1)
			}
		})
		for i := range seen {
			if got := seen[i].Load(); got != 1 {
				t.Fatalf("n=%d size=%d: item %d handled %d times", tc.n, tc.size, i, got)
			}
		}
	}
}
