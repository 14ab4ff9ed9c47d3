package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/plumbsec/plumb/internal/drift"
	"github.com/plumbsec/plumb/internal/drift/enforce"
	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	livek8s "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/store"
)

func init() { driftSubcommands = append(driftSubcommands, newDriftWatchCmd) }

func newDriftWatchCmd() *cobra.Command {
	var (
		f        liveFlags
		interval time.Duration
		debounce time.Duration
		once     bool
		noEvents bool
	)
	cmd := &cobra.Command{
		Use:   "watch --scope SCOPE [--interval 1h] [--once]",
		Short: "Run drift cycles until stopped, printing new drift and enforcing the scope's setting",
		Long: `Run a drift cycle now and then every --interval until SIGINT or SIGTERM. Each cycle
compares the live state with the active baseline, stores the run (plumb drift history),
prints the drift that the previous cycle did not report, and reverts drift as the scope's
enforcement setting says (plumb enforce), auditing every revert. For a Kubernetes scope a
change to any collected kind also starts a cycle, --debounce after the last change seen.
With --once, one cycle runs and the exit status is 1 when risky drift is left in place
(kept, paused, or a revert that failed), 0 otherwise.`,
		Example: `  plumb drift watch --scope kubernetes:prod/payments
  plumb drift watch --scope aws:123456789012/eu-west-1 --interval 15m
  plumb drift watch --scope kubernetes:prod/payments --once`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if interval <= 0 || debounce < 0 {
				return fail(errors.New("--interval must be positive and --debounce not negative"))
			}
			w, err := newWatcher(cmd, &f)
			if err != nil {
				return fail(err)
			}
			defer w.st.Close()
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if once {
				left, err := w.cycle(ctx, "once")
				if err != nil {
					return fail(err)
				}
				if left > 0 {
					return &exitError{code: ExitFindings}
				}
				return nil
			}
			if err := w.run(ctx, interval, debounce, !noEvents); err != nil && ctx.Err() == nil {
				return fail(err)
			}
			return nil
		},
	}
	f.add(cmd.Flags())
	f.addPolicy(cmd.Flags())
	fl := cmd.Flags()
	fl.DurationVar(&interval, "interval", time.Hour, "time between two cycles")
	fl.DurationVar(&debounce, "debounce", 5*time.Second, "for a Kubernetes scope, wait this long after the last change seen before a cycle")
	fl.BoolVar(&once, "once", false, "run one cycle and exit")
	fl.BoolVar(&noEvents, "no-events", false, "for a Kubernetes scope, run cycles on the interval only, not on changes")
	return cmd
}

// watcher runs drift cycles for one scope.
type watcher struct {
	f       *liveFlags
	out     io.Writer
	st      store.Store
	sc      store.Scope
	eng     *policy.Engine
	collect func(context.Context) (*drift.Snapshot, error)
	rv      enforce.Reverter
	// seen are the fingerprints of the previous cycle's entries: what was already printed;
	// nil before the first cycle.
	seen map[string]bool
	// stuck are the fingerprints of entries whose revert failed as not revertible: they are
	// not attempted (nor audited) again while they stay the same.
	stuck map[string]bool
}

func newWatcher(cmd *cobra.Command, f *liveFlags) (*watcher, error) {
	ctx := cmd.Context()
	sc, err := f.parseScope()
	if err != nil {
		return nil, err
	}
	cfg, err := cwdConfig(f.configPath, f.noConfig)
	if err != nil {
		return nil, err
	}
	eng, err := f.engine(ctx, cfg)
	if err != nil {
		return nil, err
	}
	collect, err := f.collector(sc)
	if err != nil {
		return nil, err
	}
	var rv enforce.Reverter
	if sc.Kind() != store.ScopeTFState {
		if rv, err = reverterFor(f, sc); err != nil {
			return nil, err
		}
	}
	st, err := openStore(ctx, cmd, cfg)
	if err != nil {
		return nil, err
	}
	return &watcher{f: f, out: cmd.OutOrStdout(), st: st, sc: sc, eng: eng, collect: collect, rv: rv,
		stuck: map[string]bool{}}, nil
}

// run runs cycles until ctx ends: one now, one every interval, and for a Kubernetes scope
// one after each burst of changes. A cycle that fails is reported and the next one runs.
func (w *watcher) run(ctx context.Context, interval, debounce time.Duration, events bool) error {
	changed := make(chan struct{}, 1)
	if events && w.sc.Kind() == store.ScopeKubernetes {
		c, err := livek8s.New(livek8s.Options{Scope: w.sc, Kubeconfig: w.f.kubeconfig})
		if err != nil {
			return err
		}
		go w.watchEvents(ctx, c, changed)
	}
	fmt.Fprintf(w.out, "Watching %s: a cycle every %s%s. Stop with Ctrl-C.\n", w.sc, interval,
		map[bool]string{true: " and on every change"}[events && w.sc.Kind() == store.ScopeKubernetes])
	if _, err := w.cycle(ctx, "start"); err != nil {
		if errors.Is(err, drift.ErrNoBaseline) {
			return err // nothing to watch until there is one
		}
		w.report(0, err)
	}
	tick := time.NewTicker(interval)
	defer tick.Stop()
	var settle <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
			w.report(w.cycle(ctx, "interval"))
		case <-changed:
			settle = time.After(debounce)
		case <-settle:
			settle = nil
			w.report(w.cycle(ctx, "change"))
		}
	}
}

func (w *watcher) report(_ int, err error) {
	if err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintf(w.out, "%s  cycle failed: %v\n", time.Now().UTC().Format(time.RFC3339), err)
	}
}

// watchEvents signals changed for every change to a watched object after the initial
// listing. Problems (a kind that cannot be watched) are printed once each.
func (w *watcher) watchEvents(ctx context.Context, c *livek8s.Collector, changed chan<- struct{}) {
	synced := false
	err := c.Watch(ctx, func(e livek8s.Event) {
		switch e.Type {
		case livek8s.Synced:
			synced = true
		case livek8s.Problem:
			fmt.Fprintf(w.out, "watch: %s\n", e.Diagnostic.Summary)
		case livek8s.Added, livek8s.Updated, livek8s.Deleted:
			if synced {
				select {
				case changed <- struct{}{}:
				default:
				}
			}
		}
	})
	if err != nil && ctx.Err() == nil {
		fmt.Fprintf(w.out, "watch: %v; cycles go on every interval\n", err)
	}
}

// resume picks up where the scope's latest stored run left off, so that a restarted
// watcher (or one --once after another) neither prints old drift again nor attempts again,
// and audits again, a revert that was found impossible for the same drift.
func (w *watcher) resume(ctx context.Context) error {
	prev, err := w.st.DriftRuns(ctx, store.DriftFilter{Scope: w.sc, Limit: 1})
	if err != nil {
		return err
	}
	w.seen = map[string]bool{}
	if len(prev) == 0 {
		return nil
	}
	last := prev[0]
	byKey := map[string]string{}
	for _, e := range last.Entries {
		fp := fingerprint(e)
		w.seen[fp] = true
		byKey[e.Key] = fp
	}
	failed, err := w.st.Audit(ctx, store.AuditFilter{Scope: w.sc, Action: enforce.ActionRevertFailed, Since: last.At})
	if err != nil {
		return err
	}
	run := fmt.Sprintf("drift run %d;", last.ID)
	for _, a := range failed {
		if fp, ok := byKey[a.Target]; ok && strings.Contains(a.Reason, run) && strings.Contains(a.Reason, notRevertible) {
			w.stuck[fp] = true
		}
	}
	return nil
}

// notRevertible is the text of the collectors' ErrNotRevertible, as the audit log keeps it.
var notRevertible = livek8s.ErrNotRevertible.Error()

// cycle runs one drift cycle and enforcement, and prints what is new. It returns how many
// risky entries are left in place.
func (w *watcher) cycle(ctx context.Context, why string) (int, error) {
	if w.seen == nil {
		if err := w.resume(ctx); err != nil {
			return 0, err
		}
	}
	run, entries, err := drift.Run(ctx, drift.Options{Store: w.st, Scope: w.sc, Engine: w.eng, Collect: w.collect})
	if err != nil {
		return 0, err
	}
	now := run.At.Format(time.RFC3339)
	seen := make(map[string]bool, len(entries))
	var fresh []drift.Entry
	for _, e := range entries {
		fp := fingerprint(e.DriftEntry)
		seen[fp] = true
		if !w.seen[fp] {
			fresh = append(fresh, e)
		}
	}
	w.seen = seen
	if len(fresh) > 0 {
		fmt.Fprintf(w.out, "%s  run %d (%s): %d new of %d drifted resources\n", now, run.ID, why, len(fresh), len(entries))
		writeEntries(w.out, fresh)
	}
	var todo []enforce.Drift
	left := 0
	fps := map[string]string{}
	for _, e := range entries {
		fps[e.Key] = fingerprint(e.DriftEntry)
		if w.stuck[fps[e.Key]] {
			if e.Risky() {
				left++
			}
			continue
		}
		todo = append(todo, enforce.Drift{DriftEntry: e.DriftEntry, Baseline: e.Baseline, Live: e.Live})
	}
	res, err := enforce.Enforce(ctx, enforce.Options{Store: w.st, Scope: w.sc, RunID: run.ID, Reverter: w.rv}, todo)
	if err != nil {
		return 0, err
	}
	stuck := map[string]bool{}
	for fp := range w.stuck {
		if seen[fp] {
			stuck[fp] = true
		}
	}
	n, unrevertible := w.printEnforcement(now, res)
	for _, k := range unrevertible {
		stuck[fps[k]] = true
	}
	w.stuck = stuck
	return left + n, nil
}

// printEnforcement prints what enforcement did and returns how many risky entries it left
// and the keys of those that cannot be reverted at all.
func (w *watcher) printEnforcement(now string, res *enforce.Result) (left int, unrevertible []string) {
	if res.Held {
		if res.Pending > 0 {
			fmt.Fprintf(w.out, "%s  %s: %d drifted resources not reverted\n", now, res.Why, res.Pending)
		}
	}
	for _, a := range res.Actions {
		switch a.Outcome {
		case enforce.Reverted:
			fmt.Fprintf(w.out, "%s  REVERTED %s %s (audit %d)\n", now, a.Kind, a.Key, a.AuditID)
		case enforce.Failed:
			fmt.Fprintf(w.out, "%s  REVERT FAILED %s %s: %v (audit %d)\n", now, a.Kind, a.Key, a.Err, a.AuditID)
			if errors.Is(a.Err, livek8s.ErrNotRevertible) || errors.Is(a.Err, liveaws.ErrNotRevertible) {
				unrevertible = append(unrevertible, a.Key)
			}
			if a.Verdict == store.Risky {
				left++
			}
		case enforce.Kept:
			if a.Verdict == store.Risky {
				left++
			}
		}
	}
	return left, unrevertible
}

// fingerprint identifies an entry across cycles: the same resource drifted the same way.
func fingerprint(e store.DriftEntry) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x00%s\x00%s\x00%s", e.Key, e.Kind, e.Verdict, strings.Join(e.Rules, ","))
	for _, c := range e.Changes {
		before, _ := store.MarshalValue(c.Before)
		after, _ := store.MarshalValue(c.After)
		fmt.Fprintf(&b, "\x00%s=%s>%s", c.Path, before, after)
	}
	return b.String()
}
