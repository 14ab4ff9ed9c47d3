package fix

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// Edit is the new content of one file, with the findings it fixes.
//
// An edit is a whole file rather than a byte range: several fixes in one file (two
// attributes of one resource, a companion beside a fixed block) compose on one syntax tree,
// and a diff, a patch and a write all need the whole file anyway.
type Edit struct {
	// File is relative to the root Plan was given, with forward slashes.
	File     string
	Old, New []byte
	Findings []*finding.Finding
}

// Skipped is a finding whose rule has a fix that could not be made safely.
type Skipped struct {
	Finding *finding.Finding
	Reason  string
}

// Plan works out the edits that fix findings. resources are the scanned resources the
// findings are on; root is the directory their file names are relative to. Findings whose
// rule has no fix are ignored; those with a fix that cannot be applied are Skipped.
func Plan(findings []*finding.Finding, resources []*resource.Resource, root string) ([]Edit, []Skipped) {
	p := &planner{root: root, files: map[string]*file{}, byKey: map[[2]string]*resource.Resource{}}
	for _, r := range resources {
		p.byKey[[2]string{r.Root, r.Key}] = r
	}
	var skipped []Skipped
	for _, f := range sortFindings(findings) {
		if f.Rule == nil || f.Rule.Fix == nil || f.Status != finding.Open {
			continue
		}
		if err := p.fix(f); err != nil {
			skipped = append(skipped, Skipped{Finding: f, Reason: err.Error()})
		}
	}
	edits, errs := p.finish()
	for _, e := range errs {
		for _, f := range e.findings {
			skipped = append(skipped, Skipped{Finding: f, Reason: e.err.Error()})
		}
	}
	return edits, skipped
}

// sortFindings orders findings by file and line, so that edits and skips are stable.
func sortFindings(in []*finding.Finding) []*finding.Finding {
	out := append([]*finding.Finding(nil), in...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Location.File != b.Location.File {
			return a.Location.File < b.Location.File
		}
		if a.Location.StartLine != b.Location.StartLine {
			return a.Location.StartLine < b.Location.StartLine
		}
		return a.Rule.ID < b.Rule.ID
	})
	return out
}

type planner struct {
	root  string
	files map[string]*file
	byKey map[[2]string]*resource.Resource
}

// file is one file being edited: its original bytes and the writer that holds its edits.
type file struct {
	name     string
	old      []byte
	tf       *tfFile
	yaml     []byte // current content for YAML and line-based writers
	findings []*finding.Finding
}

type fileErr struct {
	findings []*finding.Finding
	err      error
}

func (p *planner) fix(f *finding.Finding) error {
	if f.Rule.Fix.None != "" {
		return fmt.Errorf("no automatic fix: %s", f.Rule.Fix.None)
	}
	r := p.byKey[[2]string{f.ResourceRoot, f.ResourceKey}]
	if r == nil {
		return fmt.Errorf("resource %s not found among the scanned resources", f.ResourceKey)
	}
	switch r.Origin {
	case resource.OriginTerraform:
		return p.fixTerraform(f, r)
	case resource.OriginKubernetes, resource.OriginKustomize, resource.OriginHelm:
		return p.fixYAML(f, r)
	case resource.OriginDockerfile:
		return p.fixDockerfile(f, r)
	case resource.OriginCloudFormation:
		return p.fixCloudFormation(f, r)
	}
	return fmt.Errorf("no fix writer for %s sources", r.Origin)
}

// open returns the file name (relative to the root) read for editing.
func (p *planner) open(name string) (*file, error) {
	if fl, ok := p.files[name]; ok {
		return fl, nil
	}
	if name == "" || strings.HasPrefix(name, "<") {
		return nil, fmt.Errorf("value was not set in a file (%q)", name)
	}
	if remote(name) {
		return nil, fmt.Errorf("value is set in a remote module (%s): fix it in the module's source", name)
	}
	src, err := os.ReadFile(filepath.Join(p.root, filepath.FromSlash(name)))
	if err != nil {
		return nil, err
	}
	fl := &file{name: name, old: src, yaml: src}
	p.files[name] = fl
	return fl, nil
}

// remote reports whether a file belongs to a module Terraform downloaded.
func remote(name string) bool {
	return strings.Contains("/"+filepath.ToSlash(name), "/.terraform/")
}

func (p *planner) finish() ([]Edit, []fileErr) {
	names := make([]string, 0, len(p.files))
	for n := range p.files {
		names = append(names, n)
	}
	sort.Strings(names)
	var edits []Edit
	var errs []fileErr
	for _, n := range names {
		fl := p.files[n]
		out := fl.yaml
		if fl.tf != nil {
			var err error
			if out, err = fl.tf.bytes(); err != nil {
				errs = append(errs, fileErr{findings: fl.findings, err: err})
				continue
			}
		}
		if string(out) == string(fl.old) {
			continue
		}
		edits = append(edits, Edit{File: n, Old: fl.old, New: out, Findings: fl.findings})
	}
	return edits, errs
}

// Apply writes each edit's new content under root.
func Apply(root string, edits []Edit) error {
	for _, e := range edits {
		p := filepath.Join(root, filepath.FromSlash(e.File))
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p, e.New, st.Mode().Perm()); err != nil {
			return err
		}
	}
	return nil
}

// Diff renders the edits as one unified diff with a/ and b/ prefixes, git apply-able when
// prefix is the path from the repository root to the edits' root ("" when they are the
// same).
func Diff(edits []Edit, prefix string) (string, error) {
	var b strings.Builder
	for _, e := range edits {
		name := filepath.ToSlash(filepath.Join(prefix, e.File))
		fmt.Fprintf(&b, "diff --git a/%s b/%s\n", name, name)
		d, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
			A: splitLines(e.Old), B: splitLines(e.New),
			FromFile: "a/" + name, ToFile: "b/" + name, Context: 3,
		})
		if err != nil {
			return "", err
		}
		b.WriteString(d)
	}
	return b.String(), nil
}

// splitLines splits a file into lines that keep their newline. A last line without one
// carries git's "\ No newline at end of file" marker as part of its text, so that the diff
// says so exactly where git apply expects it (difflib's SplitLines would add a newline).
func splitLines(b []byte) []string {
	lines := strings.SplitAfter(string(b), "\n")
	if lines[len(lines)-1] == "" {
		return lines[:len(lines)-1]
	}
	lines[len(lines)-1] += "\n\\ No newline at end of file\n"
	return lines
}
