package kubernetes

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/resource"
)

// Load reads the manifest files (absolute paths) on every core. File names in the result
// are relative to root, with forward slashes; resources come in the order of files, then of
// documents. An object whose key another object of the load already has is kept, with a
// warning: two files declaring one object is a mistake the user should see, and a rule must
// still judge both.
func Load(ctx context.Context, root string, files []string) *iac.Result {
	type loaded struct {
		read  bool
		rs    []*resource.Resource
		diags resource.Diagnostics
	}
	results := make([]loaded, len(files))
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(files)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				j := i
				i++
				next.Unlock()
				if j >= len(files) || ctx.Err() != nil {
					return
				}
				name := relName(root, files[j])
				text, err := os.ReadFile(files[j])
				if err != nil {
					results[j].diags = resource.Diagnostics{{Error: true, File: name, Summary: "cannot read file", Detail: err.Error()}}
					continue
				}
				rs, diags := Parse(name, text)
				results[j] = loaded{read: true, rs: rs, diags: diags}
			}
		}()
	}
	wg.Wait()
	out := &iac.Result{}
	for j, l := range results {
		if l.read {
			out.Files = append(out.Files, relName(root, files[j]))
		}
		out.Resources = append(out.Resources, l.rs...)
		out.Diagnostics = append(out.Diagnostics, l.diags...)
	}
	out.Diagnostics = append(out.Diagnostics, duplicateKeys(out.Resources)...)
	sort.Strings(out.Files)
	return out
}

func relName(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil || strings.HasPrefix(r, "..") {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

// duplicateKeys warns, at the later declaration, about every object whose key an earlier one
// has.
func duplicateKeys(rs []*resource.Resource) resource.Diagnostics {
	var diags resource.Diagnostics
	first := make(map[string]*resource.Resource, len(rs))
	for _, r := range rs {
		f, dup := first[r.Key]
		if !dup {
			first[r.Key] = r
			continue
		}
		at := r.LocationOf(nil)
		diags = append(diags, resource.Diagnostic{File: at.File, Line: at.StartLine,
			Summary: fmt.Sprintf("%s is declared more than once", r.Key),
			Detail:  fmt.Sprintf("also at %s; both are scanned", f.LocationOf(nil))})
	}
	return diags
}
