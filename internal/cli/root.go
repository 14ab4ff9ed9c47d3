package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// ExitCode is the process exit status, following the convention of CI gates: 0 nothing at or
// above the threshold, 1 findings at or above it, 2 a usage error or an input Plumb could not
// read.
type ExitCode int

// Exit codes.
const (
	ExitOK       ExitCode = 0
	ExitFindings ExitCode = 1
	ExitError    ExitCode = 2
)

// exitError carries an exit code up through cobra without printing twice.
type exitError struct {
	code ExitCode
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

// Version is set at build time with -ldflags "-X github.com/plumbsec/plumb/internal/cli.Version=…".
var Version = "0.1.0-dev"

// Execute runs the CLI with args and returns the process exit code.
func Execute(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	tuneGC()
	if stop := startProfile(stderr); stop != nil {
		defer stop()
	}
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return int(ExitOK)
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(stderr, "Error:", ee.err)
		}
		return int(ee.code)
	}
	// cobra's own usage errors (unknown flag, bad args) end here.
	fmt.Fprintln(stderr, "Error:", err)
	return int(ExitError)
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "plumb",
		Short:         "Scan infrastructure as code and live cloud state with one policy library",
		Version:       Version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	addDBFlag(root)
	root.AddCommand(newScanCmd(stdout, stderr), newRulesCmd(stdout, stderr), newTestCmd(stdout, stderr),
		newBaselineCmd(stdout), newDriftCmd(stdout), newEnforceCmd(stdout), newAuditCmd(stdout))
	root.AddCommand(newReportCmd(stdout, stderr), newFixCmd(stdout, stderr))
	return root
}

// startProfile writes a CPU profile of the whole run to $PLUMB_CPUPROFILE when it is set (for
// performance reports: `go tool pprof plumb FILE`); it returns the function that ends it.
func startProfile(stderr io.Writer) func() {
	name := os.Getenv("PLUMB_CPUPROFILE")
	if name == "" {
		return nil
	}
	f, err := os.Create(name)
	if err != nil {
		fmt.Fprintln(stderr, "Warning: PLUMB_CPUPROFILE:", err)
		return nil
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(stderr, "Warning: PLUMB_CPUPROFILE:", err)
		f.Close()
		return nil
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
