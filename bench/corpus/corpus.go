package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"text/template"
)

// Options say how big a corpus to generate and from which seed.
type Options struct {
	// Resources is the number of canonical resources to aim at. Every stack but the smallest
	// possible lands exactly on its share, so the total equals Resources when it is at least
	// the size of one minimal stack (about 15).
	Resources int
	// Seed fixes every random choice: the same Options give the same files, byte for byte.
	Seed uint64
}

// Stats describe a generated corpus.
type Stats struct {
	// Resources is the number of canonical resources a scan of the corpus reports.
	Resources int
	Stacks    int
	Files     int
	Bytes     int64
}

// Stack sizes are drawn from this range of canonical resources, as a team-sized root module
// is; the last stack takes what is left.
const (
	minStackResources = 150
	maxStackResources = 280
)

// Generate writes a corpus into dir, which must not exist or be empty, and returns what it
// wrote.
func Generate(dir string, opts Options) (Stats, error) {
	if opts.Resources <= 0 {
		return Stats{}, errors.New("corpus: Resources must be positive")
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return Stats{}, fmt.Errorf("corpus: %s is not empty; a stale corpus would skew the count", dir)
	}
	w := &writer{root: dir}
	var stats Stats
	for _, st := range plan(opts) {
		w.stack(st)
		stats.Resources += st.count()
		stats.Stacks++
	}
	if w.err != nil {
		return Stats{}, w.err
	}
	stats.Files, stats.Bytes = w.files, w.bytes
	return stats, nil
}

// plan draws the stacks of a corpus without writing them.
func plan(opts Options) []*stack {
	p := &planner{r: rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))}
	var out []*stack
	for left, i := opts.Resources, 1; left > 0; i++ {
		budget := minStackResources + p.r.IntN(maxStackResources-minStackResources+1)
		if left-budget < minStackResources/2 {
			budget = left
		}
		st := p.base(i)
		st.shrink(budget)
		p.fill(st, budget)
		out = append(out, st)
		left -= st.count()
	}
	return out
}

// writer writes files under root, keeping the first error and what it wrote.
type writer struct {
	root  string
	files int
	bytes int64
	err   error
}

func (w *writer) write(rel string, data []byte) {
	if w.err != nil {
		return
	}
	p := filepath.Join(w.root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		w.err = err
		return
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		w.err = err
		return
	}
	w.files++
	w.bytes += int64(len(data))
}

func (w *writer) render(rel string, t *template.Template, data any) {
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		if w.err == nil {
			w.err = fmt.Errorf("corpus: rendering %s: %w", rel, err)
		}
		return
	}
	w.write(rel, buf.Bytes())
}

// stack writes one root module and its local modules under stacks/NAME.
func (w *writer) stack(st *stack) {
	dir := "stacks/" + st.Name + "/"
	for _, f := range rootFiles {
		w.file(dir, f, st)
	}
	w.write(dir+"variables.tf", variablesTF(st))
	w.write(dir+"terraform.tfvars", tfvars(st))
	for _, f := range moduleFiles {
		w.file(dir+"modules/", f, st)
	}
}

func (w *writer) file(dir string, f file, st *stack) {
	if f.tmpl == nil {
		w.write(dir+f.name, []byte(f.text))
		return
	}
	w.render(dir+f.name, f.tmpl, st)
}
