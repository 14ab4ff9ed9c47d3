// Package workers runs independent pieces of work on all cores.
package workers

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls f(0), …, f(n-1) on up to GOMAXPROCS goroutines and returns when every call
// has returned. Indexes are handed out one at a time, so uneven pieces balance themselves;
// f must be safe to run concurrently for different indexes.
func Each(n int, f func(i int)) {
	w := min(runtime.GOMAXPROCS(0), n)
	if w <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range w {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}

// Chunks is Each over n items grouped in runs of at least size, for work too small per
// item to be handed out one at a time: f(lo, hi) handles items lo to hi-1.
func Chunks(n, size int, f func(lo, hi int)) {
	if size < 1 {
		size = 1
	}
	parts := (n + size - 1) / size
	Each(parts, func(p int) { f(p*size, min((p+1)*size, n)) })
}
