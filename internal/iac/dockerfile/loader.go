package dockerfile

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/resource"
)

// Type is the canonical type of a Dockerfile resource.
const Type = "dockerfile"

// maxFileSize bounds what is read of one file: a Dockerfile is a few kilobytes, and a file
// far larger is not one that anybody builds.
const maxFileSize = 8 << 20

// Load reads the Dockerfiles at files (absolute paths) into one resource each. Keys, files
// and locations are relative to root. Files are parsed in parallel; the result is in the
// order of files.
func Load(ctx context.Context, root string, files []string) *iac.Result {
	type outcome struct {
		res   *resource.Resource
		diags resource.Diagnostics
		rel   string
	}
	out := make([]outcome, len(files))
	work := make(chan int)
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(files))
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				rel := relPath(root, files[i])
				res, diags := loadFile(files[i], rel)
				out[i] = outcome{res, diags, rel}
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()

	result := &iac.Result{}
	for i, o := range out {
		if o.rel == "" { // not reached: the context was cancelled
			result.Diagnostics = append(result.Diagnostics, resource.Diagnostic{Error: true,
				File: relPath(root, files[i]), Summary: "not read", Detail: ctx.Err().Error()})
			continue
		}
		result.Files = append(result.Files, o.rel)
		result.Diagnostics = append(result.Diagnostics, o.diags...)
		if o.res != nil {
			result.Resources = append(result.Resources, o.res)
		}
	}
	return result
}

func relPath(root, p string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		rel = p
	}
	return filepath.ToSlash(rel)
}

func loadFile(path, rel string) (*resource.Resource, resource.Diagnostics) {
	f, err := os.Open(path)
	if err != nil {
		return nil, resource.Diagnostics{{Error: true, File: rel, Summary: "cannot read file", Detail: err.Error()}}
	}
	defer f.Close()
	src, err := readLimited(f)
	if err != nil {
		return nil, resource.Diagnostics{{Error: true, File: rel, Summary: "cannot read file", Detail: err.Error()}}
	}
	return Parse(rel, src)
}

func readLimited(f *os.File) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, err
	}
	if n > maxFileSize {
		return nil, fmt.Errorf("larger than %d MiB: not a Dockerfile Plumb reads", maxFileSize>>20)
	}
	return buf.Bytes(), nil
}

// Parse reads one Dockerfile whose path relative to the scan root is file. It returns the
// file's resource, or nil when the file does not parse, and what was wrong with it.
func Parse(file string, src []byte) (res *resource.Resource, diags resource.Diagnostics) {
	defer func() {
		if r := recover(); r != nil {
			res = nil
			diags = append(diags, resource.Diagnostic{Error: true, File: file,
				Summary: "internal error while reading this Dockerfile; please report it", Detail: fmt.Sprint(r)})
		}
	}()
	src = stripAnnotations(src)
	ast, err := parser.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, resource.Diagnostics{parseError(file, err)}
	}
	b := newBuilder(file, src, ast)
	for _, w := range ast.Warnings {
		d := resource.Diagnostic{File: file, Summary: w.Short}
		if w.Location != nil {
			d.Line = w.Location.Start.Line
		}
		b.diags = append(b.diags, d)
	}
	b.build(ast.AST)
	return b.res, b.diags
}

// parseError turns a BuildKit parser error into a diagnostic at its line. The parser
// reports an empty file as an error; it is one, since docker build refuses it.
func parseError(file string, err error) resource.Diagnostic {
	d := resource.Diagnostic{Error: true, File: file, Summary: "Dockerfile does not parse", Detail: err.Error()}
	var le *parser.LocationError
	if errors.As(err, &le) {
		d.Detail = le.Unwrap().Error()
		if len(le.Locations) > 0 && len(le.Locations[0]) > 0 {
			d.Line = max(le.Locations[0][0].Start.Line, 1)
		}
	}
	d.Detail = maskText(d.Detail)
	return d
}
