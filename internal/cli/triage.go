package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/config"
	"github.com/plumbsec/plumb/internal/finding"
)

// now is the clock waivers are judged by.
var now = time.Now

// triage applies what the scan itself does not: the config's waivers, then the findings
// baseline. A baseline file that does not exist yet (or --update-baseline) is written with
// the findings that would fail the gate today, which are then accepted.
func triage(cmd *cobra.Command, f *scanFlags, cfg *config.Config, res *finding.Result) error {
	if err := finding.ApplyWaivers(res.Findings, cfg.Waivers, now()); err != nil {
		return fmt.Errorf("config waivers: %w", err)
	}
	if f.updateBaseline && f.baselineFile == "" {
		return errors.New("--update-baseline needs --baseline-file (or baseline_file in .plumb.yaml)")
	}
	if f.baselineFile == "" {
		return nil
	}
	reason := "in findings baseline " + f.baselineFile
	b, err := readBaseline(f.baselineFile)
	switch {
	case errors.Is(err, fs.ErrNotExist) && f.readOnlyBaseline:
		// A report only reads the baseline: writing it is plumb scan's decision.
		fmt.Fprintf(cmd.ErrOrStderr(), "plumb: no findings baseline at %s yet; no finding is accepted\n", f.baselineFile)
		return nil
	case errors.Is(err, fs.ErrNotExist) || f.updateBaseline:
		b = finding.NewBaseline(res.Findings)
		if err := writeBaseline(f.baselineFile, b); err != nil {
			return err
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "plumb: wrote %d %s to the findings baseline %s\n",
			len(b.Findings), plural(len(b.Findings), "finding", "findings"), f.baselineFile)
	case err != nil:
		return err
	}
	b.Apply(res.Findings, reason)
	return nil
}

func readBaseline(path string) (*finding.Baseline, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	b, err := finding.ReadBaseline(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// writeBaseline replaces path through a temporary file, so an interrupted write never
// leaves half a baseline.
func writeBaseline(path string, b *finding.Baseline) error {
	tmp, err := os.CreateTemp(dirOf(path), ".plumb-baseline-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := b.Write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
