package helm

import (
	"context"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/plumbsec/plumb/internal/iac"
)

// Release is what .Release holds when a chart is rendered: `helm template` defaults, with
// the release named "release" in namespace "default".
const (
	ReleaseName      = "release"
	ReleaseNamespace = "default"
)

// Options are the values given on the command line, applied to every chart of a scan in
// the order Helm applies them: the chart's values.yaml, then each ValuesFiles entry, then
// each Set entry.
type Options struct {
	// ValuesFiles are --values files (absolute, or relative to the working directory).
	ValuesFiles []string
	// Set are --set expressions, "a.b=c,d[0]=e" as Helm reads them.
	Set []string
}

// Load renders the charts in dirs (absolute chart directories) on every core and returns
// their objects. File names in the result are relative to root, with forward slashes. A
// chart that cannot be loaded or rendered is reported and the other charts are still read.
func Load(ctx context.Context, root string, dirs []string, opts Options) *iac.Result {
	user := readUserValues(root, opts)
	results := make([]*iac.Result, len(dirs))
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(dirs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				j := i
				i++
				next.Unlock()
				if j >= len(dirs) || ctx.Err() != nil {
					return
				}
				results[j] = loadChart(root, dirs[j], user)
			}
		}()
	}
	wg.Wait()
	out := &iac.Result{Diagnostics: user.diags}
	for _, r := range results {
		out.Merge(r)
	}
	sort.Strings(out.Files)
	return out
}

// relName is p relative to root with forward slashes, or p itself when it is outside root.
func relName(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

// joinRel joins a relative directory name and a chart-relative file name.
func joinRel(dir, name string) string {
	if dir == "." || dir == "" {
		return name
	}
	return path.Join(dir, name)
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
