// Command formats measures how fast Plumb scans each input format: for Terraform,
// CloudFormation (YAML), Kubernetes manifests, Helm charts, Kustomize overlays, Dockerfiles
// and Terraform plan JSON it generates a corpus of N resources, then times scan.Run (the path
// `plumb scan` takes, minus process start and report rendering) two ways:
//
//   - load: with an engine that holds no rules, so the time is reading, rendering (Helm),
//     building (Kustomize), adapting and triaging: what the format costs before any rule runs;
//   - scan: with the built-in library, the whole scan.
//
// eval is their difference. It prints one table row per format and size, with wall and CPU
// time (the machine may be shared: CPU time says what the work cost, wall what a user
// waited), files/s and resources/s. bench/formats.sh runs it; bench/README.md states the
// budget it checks.
//
//	go run ./bench/formats [-n 1000,10000] [-formats terraform,helm] [-runs 3] [-keep DIR]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/plumbsec/plumb/bench/corpus"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

// formats, in the order of the table. load names what the rule-less pass measures.
var formats = []struct {
	name, load string
	gen        generator
}{
	{"terraform", "load", terraform},
	{"cloudformation", "load", cloudFormation},
	{"kubernetes", "load", kubernetes},
	{"helm", "render", helm},
	{"kustomize", "build", kustomize},
	{"dockerfile", "load", dockerfiles},
	{"plan", "load", plans},
}

func terraform(dir string, n int) (int, error) {
	st, err := corpus.Generate(dir, corpus.Options{Resources: n, Seed: 1})
	return st.Files, err
}

// Budget: at 10k resources, in-process (the policy library compiled), each format's whole
// scan costs at most budgetCPU of CPU time: the 2 s wall on 2 cores of bench/README.md. Helm's
// rendering and Kustomize's build are held to budgetCPU on their own, and their evaluation
// to budgetCPU too. CPU time, not wall, decides: on a shared machine wall time measures the
// other tenants.
const (
	budgetN   = 10_000
	budgetCPU = 4 * time.Second
)

type timing struct{ wall, cpu time.Duration }

type row struct {
	format, load       string
	n, files, res, fnd int
	warnings           int
	ld, sc             timing
}

func main() {
	sizes := flag.String("n", "1000,10000", "comma-separated corpus sizes (resources)")
	only := flag.String("formats", "", "comma-separated formats to run (default all)")
	runs := flag.Int("runs", 3, "timed runs of each pass; the median is reported")
	keep := flag.String("keep", "", "write the corpora under this directory and keep them (default: a temporary directory, removed)")
	flag.Parse()
	ns, err := parseSizes(*sizes)
	if err != nil || *runs < 1 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: formats [-n 1000,10000] [-formats a,b] [-runs 3] [-keep DIR]")
		os.Exit(2)
	}
	if err := run(ns, *only, *runs, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "formats:", err)
		os.Exit(2)
	}
}

func parseSizes(s string) ([]int, error) {
	var ns []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, errors.New("bad size " + f)
		}
		ns = append(ns, n)
	}
	return ns, nil
}

func run(ns []int, only string, runs int, keep string) error {
	ctx := context.Background()
	full, err := policy.Load(ctx, policy.Options{})
	if err != nil {
		return err
	}
	empty, err := policy.Load(ctx, policy.Options{NoBuiltin: true})
	if err != nil {
		return err
	}
	work := keep
	if work == "" {
		if work, err = os.MkdirTemp("", "plumb-formats-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}
	var rows []row
	failed := false
	for _, f := range formats {
		if only != "" && !slices.Contains(strings.Split(only, ","), f.name) {
			continue
		}
		for _, n := range ns {
			dir := fmt.Sprintf("%s/%s-n%d", work, f.name, n)
			if _, err := os.Stat(dir); err != nil {
				if _, err := f.gen(dir, n); err != nil {
					return fmt.Errorf("%s: generating %d: %w", f.name, n, err)
				}
			}
			r := row{format: f.name, load: f.load, n: n}
			res, ld, err := measure(ctx, empty, dir, runs)
			if err != nil {
				return err
			}
			r.ld = ld
			if res, r.sc, err = measure(ctx, full, dir, runs); err != nil {
				return err
			}
			r.files, r.res, r.fnd = res.Files, res.Resources, len(res.Findings)
			for _, d := range res.Diagnostics {
				if d.Error {
					fmt.Fprintf(os.Stderr, "%s N=%d: input error on a generated corpus: %s\n", f.name, n, d)
					failed = true
				} else {
					r.warnings++
				}
			}
			if r.res != n {
				fmt.Fprintf(os.Stderr, "%s N=%d: the scan saw %d resources\n", f.name, n, r.res)
			}
			fmt.Fprintln(os.Stderr, r.line())
			rows = append(rows, r)
		}
	}
	printTable(rows)
	if failed {
		return errors.New("input errors on a generated corpus")
	}
	return nil
}

// measure runs scan.Run runs times and returns the last result and the median wall time
// with the CPU time of that same run.
func measure(ctx context.Context, eng *policy.Engine, dir string, runs int) (*finding.Result, timing, error) {
	var ts []timing
	var res *finding.Result
	for i := 0; i < runs; i++ {
		runtime.GC()
		c0, w0 := cpuTime(), time.Now()
		r, err := scan.Run(ctx, eng, scan.Options{Path: dir})
		if err != nil {
			return nil, timing{}, err
		}
		ts = append(ts, timing{time.Since(w0), cpuTime() - c0})
		res = r
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].wall < ts[j].wall })
	return res, ts[(len(ts)-1)/2], nil
}

const header = "%-14s %6s %6s %9s %8s  %-6s %8s %8s  %8s %8s  %8s %8s  %8s %10s %10s  %s\n"

func (r row) line() string {
	eval := timing{r.sc.wall - r.ld.wall, r.sc.cpu - r.ld.cpu}
	return fmt.Sprintf(strings.TrimSuffix(header, "\n"), r.format, strconv.Itoa(r.n), strconv.Itoa(r.files), strconv.Itoa(r.res), strconv.Itoa(r.fnd),
		r.load, secs(r.ld.wall), secs(r.ld.cpu), secs(eval.wall), secs(eval.cpu), secs(r.sc.wall), secs(r.sc.cpu),
		rate(r.files, r.sc.wall), rate(r.res, r.sc.wall), rate(r.res, r.sc.cpu), r.verdict())
}

// verdict applies the budget to a row of size budgetN.
func (r row) verdict() string {
	if r.n != budgetN {
		return ""
	}
	ok := r.sc.cpu <= budgetCPU
	if r.load != "load" {
		ok = r.ld.cpu <= budgetCPU && r.sc.cpu-r.ld.cpu <= budgetCPU
	}
	if ok {
		return "PASS"
	}
	return "FAIL"
}

func printTable(rows []row) {
	fmt.Printf("Plumb per-format scan, %s, %d cores (GOMAXPROCS %d), load average %s\n", time.Now().UTC().Format("2006-01-02T15:04Z"),
		runtime.NumCPU(), runtime.GOMAXPROCS(0), loadAvg())
	fmt.Println("in-process scan.Run, policy library compiled once; median wall of the runs with that run's CPU time (s)")
	fmt.Println("load/render/build = scan with no rules; eval = scan - load; rates are of the whole scan, per wall second and per CPU second")
	fmt.Printf("budget: at N=%d each whole scan <= %s CPU (2 s wall on 2 cores); Helm render and Kustomize build <= %s CPU and their eval <= %s CPU\n\n", budgetN, budgetCPU, budgetCPU, budgetCPU)
	fmt.Printf(header, "format", "N", "files", "resources", "findings", "pass", "wall", "cpu", "eval", "cpu", "scan", "cpu", "files/s", "res/s", "res/cpu-s", "budget")
	for _, r := range rows {
		fmt.Println(r.line())
	}
	for _, r := range rows {
		if r.warnings > 0 {
			fmt.Printf("note: %s N=%d: %d input warnings\n", r.format, r.n, r.warnings)
		}
	}
}

func secs(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', 2, 64) }

func rate(n int, d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	return strconv.FormatFloat(float64(n)/d.Seconds(), 'f', 0, 64)
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}
