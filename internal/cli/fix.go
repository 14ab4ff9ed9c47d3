package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/fix"
	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
)

type fixFlags struct {
	scanFlags
	severity, patch, branch string
	apply                   bool
	fromDrift               string // fix_drift.go
}

func newFixCmd(stdout, stderr io.Writer) *cobra.Command {
	f := &fixFlags{}
	cmd := &cobra.Command{
		Use:   "fix [PATH]",
		Short: "Write the fixes of the findings whose rules have one, as code",
		Long: `Scan PATH and, for every open finding whose rule declares a fix, edit the file and
line that set the offending value, keeping every other byte of the file. Prints a unified
diff by default; --apply writes the files, --patch writes a git apply-able patch, --branch
commits the fix on a new git branch. Fixes that cannot be made safely are listed on
standard error with the reason. With --from-drift, the edits write the live values of benign
IaC-vs-live drift back into the IaC instead (see plumb drift --against).
Exit status: 0, or 2 on an error.`,
		Example: `  plumb fix .
  plumb fix infra/ --rule PLB-AWS-EC2-001 --apply
  plumb fix . --severity high --branch plumb/fixes
  plumb drift --scope kubernetes:prod --against deploy/ -o json > drift.json
  plumb fix deploy/ --from-drift drift.json --apply`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := "."
			if len(args) == 1 {
				path = args[0]
			}
			if err := runFix(cmd, f, path, stdout, stderr); err != nil {
				if _, ok := err.(*exitError); ok {
					return err
				}
				return &exitError{code: ExitError, err: err}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	addScanFlags(fl, &f.scanFlags)
	fl.StringVar(&f.severity, "severity", "info", "fix only findings at or above this severity")
	fl.BoolVar(&f.apply, "apply", false, "write the fixed files")
	fl.StringVar(&f.patch, "patch", "", "write the fix as a git apply-able patch to this file")
	fl.StringVar(&f.branch, "branch", "", "create this git branch and commit the fix on it (never pushes)")
	fl.StringVar(&f.fromDrift, "from-drift", "", "write back the live values of benign drift instead: a plumb drift -o json report (- for standard input), or latest for --scope's latest stored drift run")
	return cmd
}

func runFix(cmd *cobra.Command, f *fixFlags, path string, stdout, stderr io.Writer) error {
	if f.fromDrift != "" {
		return runFixFromDrift(cmd, f, path, stdout, stderr)
	}
	if f.live != "" {
		return fmt.Errorf("plumb fix edits files: --live is not supported (see --from-drift in the docs)")
	}
	min, err := finding.ParseSeverity(f.severity)
	if err != nil {
		return fmt.Errorf("--severity: %w", err)
	}
	cfg, err := scanConfig(cmd, &f.scanFlags, path)
	if err != nil {
		return err
	}
	var typ iac.Format
	if f.typ != "" {
		if typ, err = iac.ParseFormat(f.typ); err != nil {
			return fmt.Errorf("--type: %w", err)
		}
	}
	ctx := context.Background()
	eng, err := policy.Load(ctx, policy.Options{
		PolicyDirs: f.policy, Params: cfg.Params(), Disabled: append(cfg.Disabled(), f.skip...),
		Severity: cfg.Severities(), Only: f.rules,
	})
	if err != nil {
		return err
	}
	root, err := scanRoot(path)
	if err != nil {
		return err
	}
	loaded, err := scan.Resources(ctx, scan.Options{
		Path: path, Type: typ,
		Terraform:  terraform.Options{VarFiles: f.varFiles, Vars: f.vars, Env: os.Environ()},
		CfnParams:  f.cfnParams,
		HelmValues: f.helmValues, HelmSet: f.helmSet,
	})
	if err != nil {
		return err
	}
	for _, d := range loaded.Diagnostics {
		if d.Error {
			fmt.Fprintf(stderr, "warning: %s\n", d)
		}
	}
	findings, _, err := eng.Evaluate(ctx, loaded.Resources)
	if err != nil {
		return err
	}
	finding.ApplyInline(findings, declarationsOf(loaded.Resources), os.DirFS(root))
	if err := finding.ApplyConfig(findings, cfg.Suppressions()); err != nil {
		return fmt.Errorf("config suppressions: %w", err)
	}
	var chosen []*finding.Finding
	for _, fd := range findings {
		if fd.Severity() >= min {
			chosen = append(chosen, fd)
		}
	}
	edits, skipped := fix.Plan(chosen, loaded.Resources, root)
	for _, s := range skipped {
		fmt.Fprintf(stderr, "not fixed: %s %s at %s: %s\n", s.Finding.Rule.ID, s.Finding.ResourceKey, s.Finding.Location, s.Reason)
	}
	return writeFix(f, root, edits, stdout)
}

// writeFix prints the edits as a diff and, as the flags ask, writes a patch, applies them or
// commits them on a branch.
func writeFix(f *fixFlags, root string, edits []fix.Edit, stdout io.Writer) error {
	repo, prefix := repoOf(root)
	diff, err := fix.Diff(edits, prefix)
	if err != nil {
		return err
	}
	if f.patch != "" {
		if err := os.WriteFile(f.patch, []byte(diff), 0o644); err != nil {
			return err
		}
	}
	if f.branch != "" {
		if repo == "" {
			return fmt.Errorf("--branch: %s is not inside a git repository", root)
		}
		if len(edits) == 0 {
			return fmt.Errorf("--branch: nothing to fix")
		}
		if err := commitFix(repo, prefix, f.branch, root, edits); err != nil {
			return fmt.Errorf("--branch: %w", err)
		}
	} else if f.apply {
		if err := fix.Apply(root, edits); err != nil {
			return err
		}
	}
	_, err = io.WriteString(stdout, diff)
	return err
}

// scanRoot is the directory the scan's file names are relative to.
func scanRoot(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	if !st.IsDir() {
		return filepath.Dir(abs), nil
	}
	return abs, nil
}

func declarationsOf(rs []*resource.Resource) func(*finding.Finding) resource.Location {
	byKey := make(map[[2]string]*resource.Resource, len(rs))
	for _, r := range rs {
		byKey[[2]string{r.Root, r.Key}] = r
	}
	return func(f *finding.Finding) resource.Location {
		if r := byKey[[2]string{f.ResourceRoot, f.ResourceKey}]; r != nil {
			return r.LocationOf(resource.Path{})
		}
		return resource.Location{}
	}
}

// repoOf returns the git repository root holding dir and dir's path inside it, so that a
// patch names files as git apply expects; outside a repository, "" and the path from the
// working directory.
func repoOf(dir string) (repo, prefix string) {
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--show-toplevel").Output()
	if err == nil {
		repo = strings.TrimSpace(string(out))
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			dir = real
		}
		if rel, err := filepath.Rel(repo, dir); err == nil {
			return repo, filepath.ToSlash(strings.TrimPrefix(rel, "."))
		}
	}
	if cwd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(cwd, dir); err == nil && !strings.HasPrefix(rel, "..") {
			return "", filepath.ToSlash(strings.TrimPrefix(rel, "."))
		}
	}
	return "", ""
}

// commitFix creates branch at the current HEAD of repo, writes the edits and commits them
// with a message listing the findings fixed. It uses the user's own git (no library could
// be added to this build) and never pushes. Files with uncommitted changes are refused, so
// the commit holds the fix and nothing else.
func commitFix(repo, prefix, branch, root string, edits []fix.Edit) error {
	var files []string
	for _, e := range edits {
		files = append(files, filepath.ToSlash(filepath.Join(prefix, e.File)))
	}
	if out, err := git(repo, append([]string{"status", "--porcelain", "--"}, files...)...); err != nil {
		return err
	} else if strings.TrimSpace(out) != "" {
		return fmt.Errorf("files to fix have uncommitted changes:\n%s", out)
	}
	if _, err := git(repo, "switch", "-c", branch); err != nil {
		return err
	}
	if err := fix.Apply(root, edits); err != nil {
		return err
	}
	if _, err := git(repo, append([]string{"add", "--"}, files...)...); err != nil {
		return err
	}
	_, err := git(repo, "commit", "-q", "-m", commitMessage(edits), "--")
	return err
}

func commitMessage(edits []fix.Edit) string {
	seen := map[string]bool{}
	var lines []string
	for _, e := range edits {
		for _, f := range e.Findings {
			l := fmt.Sprintf("- %s %s (%s)", f.Rule.ID, f.ResourceKey, f.Rule.Title)
			if !seen[l] {
				seen[l] = true
				lines = append(lines, l)
			}
		}
	}
	sort.Strings(lines)
	if len(edits) > 0 && len(edits[0].Findings) > 0 && edits[0].Findings[0].Rule.ID == fix.DriftRuleID {
		return fmt.Sprintf("Write back %d live value(s) of benign drift found by plumb\n\n%s\n", len(lines), strings.Join(lines, "\n"))
	}
	return fmt.Sprintf("Fix %d finding(s) found by plumb\n\n%s\n", len(lines), strings.Join(lines, "\n"))
}

func git(repo string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", repo}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(errb.String()))
	}
	return out.String(), nil
}
