package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// Run runs the suite. newDSN returns the DSN of a new, empty store each time it is called.
func Run(t *testing.T, newDSN func(t *testing.T) string) {
	s := &suite{newDSN: newDSN}
	for _, tc := range []struct {
		name string
		fn   func(*testing.T)
	}{
		{"ScanRoundTrip", s.scanRoundTrip},
		{"EmptyScan", s.emptyScan},
		{"ScanNotFound", s.scanNotFound},
		{"ScanFilters", s.scanFilters},
		{"ScanValidation", s.scanValidation},
		{"SaveScanIsAtomic", s.saveScanIsAtomic},
		{"ParallelSaveScan", s.parallelSaveScan},
		{"Baselines", s.baselines},
		{"ParallelBaselinesFormOneChain", s.parallelBaselines},
		{"Drift", s.drift},
		{"DriftValidation", s.driftValidation},
		{"Enforcement", s.enforcement},
		{"Audit", s.audit},
		{"ReopenKeepsDataAndMigratesOnce", s.reopen},
		{"ParallelOpenOfANewStore", s.parallelOpen},
	} {
		t.Run(tc.name, tc.fn)
	}
}

type suite struct {
	newDSN func(t *testing.T) string
}

var ctx = context.Background()

// open opens a new, empty store, closed when the test ends.
func (s *suite) open(t *testing.T) store.Store {
	t.Helper()
	return openDSN(t, s.newDSN(t))
}

func openDSN(t *testing.T, dsn string) store.Store {
	t.Helper()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("open %s: %v", dsn, err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return st
}

var (
	scopeProd  = MustScope("kubernetes:prod/payments")
	scopeStage = MustScope("kubernetes:arn:aws:eks:eu-west-1:123456789012:cluster/stage/")
	scopeAWS   = MustScope("aws:123456789012/eu-west-1")
	t0         = T0
)

// stored is what a scan reads back as: its id, its times as the store keeps them, and no
// list where the scan had an empty one.
func stored(sc store.Scan, id int64) *store.Scan {
	sc.ID = id
	sc.Started, sc.Finished = store.Timestamp(sc.Started), store.Timestamp(sc.Finished)
	if len(sc.Resources) == 0 {
		sc.Resources = nil
	}
	if len(sc.Findings) == 0 {
		sc.Findings = nil
	}
	return &sc
}

func save(t *testing.T, st store.Store, sc store.Scan) int64 {
	t.Helper()
	id, err := st.SaveScan(ctx, sc)
	if err != nil {
		t.Fatalf("SaveScan: %v", err)
	}
	if id <= 0 {
		t.Fatalf("SaveScan returned id %d", id)
	}
	return id
}

func (s *suite) scanRoundTrip(t *testing.T) {
	st := s.open(t)
	for _, scope := range []store.Scope{scopeProd, {}} {
		sc := NewScan(scope, t0, 40, 30)
		id := save(t, st, sc)
		got, err := st.Scan(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want := stored(sc, id)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("scan %d (scope %q) read back differently:\n%s", id, scope, diff(got, want))
		}
		fs, err := st.Findings(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fs, sc.Findings) {
			t.Errorf("Findings(%d) differ from the findings saved", id)
		}
		// Findings that share a rule share it when read back, as they did when saved.
		if fs[0].Rule != fs[len(Rules)].Rule {
			t.Errorf("findings of one rule read back with distinct *Rule values")
		}
		sums, err := st.Scans(ctx, store.ScanFilter{Scope: scope, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		// The zero scope filters nothing, and the newest scan is the one just saved.
		wantSum := want.Summary()
		if len(sums) != 1 || !reflect.DeepEqual(sums[0], wantSum) {
			t.Errorf("Scans summary = %+v, want %+v", sums, wantSum)
		}
	}
}

func (s *suite) emptyScan(t *testing.T) {
	st := s.open(t)
	sc := store.Scan{Scope: scopeAWS, Source: "live-aws", Started: t0, Finished: t0}
	id := save(t, st, sc)
	got, err := st.Scan(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if want := stored(sc, id); !reflect.DeepEqual(got, want) {
		t.Errorf("empty scan read back as %+v, want %+v", got, want)
	}
	if fs, err := st.Findings(ctx, id); err != nil || len(fs) != 0 {
		t.Errorf("Findings = %v, %v", fs, err)
	}
}

func (s *suite) scanNotFound(t *testing.T) {
	st := s.open(t)
	if _, err := st.Scan(ctx, 424242); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Scan of a missing id: %v, want ErrNotFound", err)
	}
	if _, err := st.Findings(ctx, 424242); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Findings of a missing scan: %v, want ErrNotFound", err)
	}
	if sums, err := st.Scans(ctx, store.ScanFilter{}); err != nil || len(sums) != 0 {
		t.Errorf("Scans of an empty store = %v, %v", sums, err)
	}
}

func (s *suite) scanFilters(t *testing.T) {
	st := s.open(t)
	type made struct {
		scope  store.Scope
		source string
		start  time.Time
	}
	var ids []int64
	var all []made
	for i := range 6 {
		m := made{scope: []store.Scope{scopeProd, scopeStage, scopeAWS}[i%3], source: "live-kubernetes", start: t0.Add(time.Duration(i) * time.Hour)}
		if m.scope == scopeAWS {
			m.source = "live-aws"
		}
		sc := NewScan(m.scope, m.start, 2, 1)
		sc.Source = m.source
		ids = append(ids, save(t, st, sc))
		all = append(all, m)
	}
	check := func(name string, f store.ScanFilter, want ...int) {
		t.Helper()
		sums, err := st.Scans(ctx, f)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []int64
		for _, s := range sums {
			got = append(got, s.ID)
		}
		var wantIDs []int64
		for _, i := range want {
			wantIDs = append(wantIDs, ids[i])
		}
		if !reflect.DeepEqual(got, wantIDs) {
			t.Errorf("%s: got scans %v, want %v", name, got, wantIDs)
		}
	}
	check("all, newest first", store.ScanFilter{}, 5, 4, 3, 2, 1, 0)
	check("scope", store.ScanFilter{Scope: scopeProd}, 3, 0)
	check("scope with '/' in its context", store.ScanFilter{Scope: scopeStage}, 4, 1)
	check("source", store.ScanFilter{Source: "live-aws"}, 5, 2)
	check("since", store.ScanFilter{Since: all[4].start}, 5, 4)
	check("until", store.ScanFilter{Until: all[1].start}, 0)
	check("since and until", store.ScanFilter{Since: all[1].start, Until: all[3].start}, 2, 1)
	check("limit", store.ScanFilter{Limit: 2}, 5, 4)
	check("everything", store.ScanFilter{Scope: scopeAWS, Source: "live-aws", Since: t0, Limit: 1}, 5)
	check("nothing", store.ScanFilter{Scope: MustScope("tfstate:/x")})
}

func (s *suite) scanValidation(t *testing.T) {
	st := s.open(t)
	for name, sc := range map[string]store.Scan{
		"not finished":         {Scope: scopeProd, Started: t0},
		"finished before":      {Scope: scopeProd, Started: t0, Finished: t0.Add(-time.Second)},
		"nil resource":         {Started: t0, Finished: t0, Resources: []*resource.Resource{nil}},
		"finding without rule": {Started: t0, Finished: t0, Resources: Resources(1, "x"), Findings: []*finding.Finding{{ResourceKey: "k"}}},
	} {
		if _, err := st.SaveScan(ctx, sc); err == nil {
			t.Errorf("%s: SaveScan accepted it", name)
		}
	}
	expectNoScans(t, st)
}

func expectNoScans(t *testing.T, st store.Store) {
	t.Helper()
	sums, err := st.Scans(ctx, store.ScanFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 0 {
		t.Errorf("a failed SaveScan left %d scan(s) visible: %+v", len(sums), sums)
	}
}

// saveScanIsAtomic fails SaveScan after part of the scan is written (a value that cannot
// be encoded in the last resource, two rules with one id among the last findings) and
// checks that nothing is left, and that the store still takes a scan afterwards.
func (s *suite) saveScanIsAtomic(t *testing.T) {
	st := s.open(t)

	bad := NewScan(scopeProd, t0, 300, 200)
	bad.Resources[len(bad.Resources)-1].Attributes["unencodable"] = make(chan int)
	_, err := st.SaveScan(ctx, bad)
	if err == nil {
		t.Fatal("SaveScan stored a resource holding a channel")
	}
	t.Logf("as expected: %v", err)
	expectNoScans(t, st)

	twoRules := NewScan(scopeProd, t0, 300, 200)
	impostor := *Rules[0]
	impostor.Title = "another rule with the same id"
	twoRules.Findings[len(twoRules.Findings)-1].Rule = &impostor
	if _, err := st.SaveScan(ctx, twoRules); err == nil {
		t.Fatal("SaveScan stored two different rules with one id")
	}
	expectNoScans(t, st)

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := st.SaveScan(cancelled, NewScan(scopeProd, t0, 10, 5)); err == nil {
		t.Fatal("SaveScan with a cancelled context succeeded")
	}
	expectNoScans(t, st)

	good := NewScan(scopeProd, t0, 300, 200)
	id := save(t, st, good)
	got, err := st.Scan(ctx, id)
	if err != nil || len(got.Resources) != 300 || len(got.Findings) != 200 {
		t.Fatalf("after failures, a good scan reads back with %v", err)
	}
}

func (s *suite) parallelSaveScan(t *testing.T) {
	st := s.open(t)
	const workers, each = 6, 3
	var wg sync.WaitGroup
	ids := make(chan int64, workers*each)
	scans := sync.Map{}
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				sc := NewScan(scopeProd, t0.Add(time.Duration(w*each+i)*time.Minute), 150, 60)
				id, err := st.SaveScan(ctx, sc)
				if err != nil {
					errs <- err
					return
				}
				scans.Store(id, sc)
				ids <- id
			}
		}()
	}
	wg.Wait()
	close(ids)
	close(errs)
	for err := range errs {
		t.Fatalf("parallel SaveScan: %v", err)
	}
	seen := map[int64]bool{}
	for id := range ids {
		if seen[id] {
			t.Fatalf("id %d given twice", id)
		}
		seen[id] = true
	}
	sums, err := st.Scans(ctx, store.ScanFilter{})
	if err != nil || len(sums) != workers*each {
		t.Fatalf("Scans = %d, %v; want %d", len(sums), err, workers*each)
	}
	n := 0
	scans.Range(func(k, v any) bool {
		id := k.(int64)
		got, err := st.Scan(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, stored(v.(store.Scan), id)) {
			t.Errorf("scan %d saved in parallel reads back differently", id)
		}
		n++
		return n < 4
	})
}

func newBaseline(scope store.Scope, rs []*resource.Resource, approvedBy, note string) store.Baseline {
	return store.Baseline{BaselineSummary: store.BaselineSummary{Scope: scope, ApprovedBy: approvedBy, Note: note}, Resources: rs}
}

func (s *suite) baselines(t *testing.T) {
	st := s.open(t)
	first := Resources(30, "first")
	second := Resources(20, "second")
	b1, err := st.CreateBaseline(ctx, newBaseline(scopeProd, first, "alice", "initial approval"))
	if err != nil {
		t.Fatal(err)
	}
	partial := newBaseline(scopeProd, second, "bob", "after the 2.0 deployment")
	partial.Partial = []string{"NetworkPolicy", "Secret"}
	b2, err := st.CreateBaseline(ctx, partial)
	if err != nil {
		t.Fatal(err)
	}
	other, err := st.CreateBaseline(ctx, newBaseline(scopeAWS, nil, "carol", "an empty account"))
	if err != nil {
		t.Fatal(err)
	}
	if b1.Supersedes != 0 || b2.Supersedes != b1.ID || other.Supersedes != 0 {
		t.Errorf("supersedes: b1 %d, b2 %d (want %d), other %d", b1.Supersedes, b2.Supersedes, b1.ID, other.Supersedes)
	}
	if b1.Scope != scopeProd || b1.ApprovedBy != "alice" || b1.Note != "initial approval" || b1.ResourceCount != 30 ||
		b1.Created.IsZero() || b1.Created.Location() != time.UTC || b2.Created.Before(b1.Created) {
		t.Errorf("summary = %+v", b1)
	}

	active, err := st.ActiveBaseline(ctx, scopeProd)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(active.BaselineSummary, b2) || !reflect.DeepEqual(active.Resources, second) ||
		!reflect.DeepEqual(active.Partial, []string{"NetworkPolicy", "Secret"}) {
		t.Errorf("active baseline = %+v (%d resources), want %+v", active.BaselineSummary, len(active.Resources), b2)
	}
	// The superseded baseline is still there, unchanged.
	old, err := st.Baseline(ctx, b1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(old.BaselineSummary, b1) || !reflect.DeepEqual(old.Resources, first) || old.Partial != nil {
		t.Errorf("superseded baseline changed: %+v", old.BaselineSummary)
	}
	list, err := st.Baselines(ctx, scopeProd)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(list, []store.BaselineSummary{b2, b1}) {
		t.Errorf("Baselines = %+v, want b2, b1", list)
	}
	empty, err := st.ActiveBaseline(ctx, scopeAWS)
	if err != nil || empty.ID != other.ID || len(empty.Resources) != 0 {
		t.Errorf("empty baseline = %+v, %v", empty, err)
	}

	if _, err := st.ActiveBaseline(ctx, scopeStage); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ActiveBaseline of a scope without one: %v, want ErrNotFound", err)
	}
	if _, err := st.Baseline(ctx, 424242); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Baseline of a missing id: %v, want ErrNotFound", err)
	}
	if list, err := st.Baselines(ctx, scopeStage); err != nil || len(list) != 0 {
		t.Errorf("Baselines of a scope without any = %v, %v", list, err)
	}
	if _, err := st.CreateBaseline(ctx, newBaseline(store.Scope{}, first, "alice", "")); err == nil {
		t.Error("a baseline without a scope was accepted")
	}
	if _, err := st.CreateBaseline(ctx, newBaseline(scopeProd, first, " ", "")); err == nil {
		t.Error("a baseline approved by nobody was accepted")
	}
	bad := Resources(3, "bad")
	bad[2].Attributes["x"] = func() {}
	if _, err := st.CreateBaseline(ctx, newBaseline(scopeProd, bad, "alice", "")); err == nil {
		t.Error("a baseline with an unencodable value was accepted")
	}
	if a, _ := st.ActiveBaseline(ctx, scopeProd); a == nil || a.ID != b2.ID {
		t.Errorf("a failed CreateBaseline changed the active baseline to %+v", a)
	}
}

// parallelBaselines creates baselines of one scope at once: each must supersede exactly
// the one created before it, so the history is one chain.
func (s *suite) parallelBaselines(t *testing.T) {
	st := s.open(t)
	const n = 8
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := st.CreateBaseline(ctx, newBaseline(scopeProd, Resources(20, fmt.Sprint("p", i)), fmt.Sprint("user", i), ""))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	list, err := st.Baselines(ctx, scopeProd)
	if err != nil || len(list) != n {
		t.Fatalf("Baselines = %d, %v", len(list), err)
	}
	for i, b := range list {
		want := int64(0)
		if i+1 < len(list) {
			want = list[i+1].ID
		}
		if b.Supersedes != want {
			t.Errorf("baseline %d supersedes %d, want %d (the one before it)", b.ID, b.Supersedes, want)
		}
	}
}

func sampleDrift(scope store.Scope, baselineID, scanID int64, at time.Time) store.DriftRun {
	return store.DriftRun{
		Scope: scope, BaselineID: baselineID, ScanID: scanID, At: at,
		Entries: []store.DriftEntry{
			{Key: "apps/v1/Deployment payments/web", Type: "Deployment", Kind: store.Changed, Verdict: store.Benign,
				Changes: []store.Change{{Path: resource.Path{"spec", "replicas"}, Before: int64(2), After: int64(3)}}},
			{Key: "apps/v1/Deployment payments/api", Type: "Deployment", Kind: store.Changed, Verdict: store.Risky,
				Rules: []string{"K8S-POD-001"},
				Changes: []store.Change{
					{Path: resource.Path{"spec", "template", "spec", "containers", 0, "securityContext", "privileged"}, Before: false, After: true},
					{Path: resource.Path{"metadata", "annotations"}, Before: nil, After: map[string]any{"$x": resource.Unknown{}, "ratio": 1.0}},
				}},
			{Key: "v1/Service payments/ext", Type: "Service", Kind: store.Added, Verdict: store.Risky, Rules: []string{"K8S-SVC-002", "K8S-SVC-003"}},
			{Key: "v1/ConfigMap payments/old", Type: "ConfigMap", Kind: store.Removed, Verdict: store.Benign, Changes: []store.Change{}, Rules: []string{}},
		},
	}
}

func (s *suite) drift(t *testing.T) {
	st := s.open(t)
	b, err := st.CreateBaseline(ctx, newBaseline(scopeProd, Resources(4, "b"), "alice", ""))
	if err != nil {
		t.Fatal(err)
	}
	scanID := save(t, st, NewScan(scopeProd, t0, 4, 2))
	runs := []store.DriftRun{
		sampleDrift(scopeProd, b.ID, scanID, t0),
		sampleDrift(scopeProd, b.ID, 0, t0.Add(time.Hour)),
		sampleDrift(scopeStage, 0, 0, t0.Add(2*time.Hour)),
		{Scope: scopeProd, BaselineID: b.ID, At: t0.Add(3 * time.Hour)}, // no drift: still a run
	}
	runs[1].Partial = []string{"aws_s3_bucket"}
	for i := range runs {
		id, err := st.SaveDrift(ctx, runs[i])
		if err != nil {
			t.Fatal(err)
		}
		runs[i].ID, runs[i].At = id, store.Timestamp(runs[i].At)
	}
	got, err := st.DriftRuns(ctx, store.DriftFilter{Scope: scopeProd})
	if err != nil {
		t.Fatal(err)
	}
	if want := []store.DriftRun{runs[3], runs[1], runs[0]}; !reflect.DeepEqual(got, want) {
		t.Errorf("DriftRuns(prod) differ:\n%s", diff(got, want))
	}
	one, err := st.DriftRun(ctx, runs[0].ID)
	if err != nil || !reflect.DeepEqual(*one, runs[0]) {
		t.Errorf("DriftRun(%d) = %+v, %v", runs[0].ID, one, err)
	}
	if got, _ := st.DriftRuns(ctx, store.DriftFilter{Since: t0.Add(time.Hour), Limit: 2}); len(got) != 2 || got[0].ID != runs[3].ID || got[1].ID != runs[2].ID {
		t.Errorf("DriftRuns(since, limit 2) = %d runs", len(got))
	}
	if _, err := st.DriftRun(ctx, 424242); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("DriftRun of a missing id: %v", err)
	}

	// The current time is filled in when At is zero.
	before := store.Now()
	run := sampleDrift(scopeAWS, 0, 0, time.Time{})
	id, err := st.SaveDrift(ctx, run)
	if err != nil {
		t.Fatal(err)
	}
	stamped, _ := st.DriftRun(ctx, id)
	if stamped.At.Before(before) || stamped.At.After(store.Now()) {
		t.Errorf("At = %v, want now", stamped.At)
	}
}

func (s *suite) driftValidation(t *testing.T) {
	st := s.open(t)
	unjudged := sampleDrift(scopeProd, 0, 0, t0)
	unjudged.Entries[3].Verdict = 0
	noKind := sampleDrift(scopeProd, 0, 0, t0)
	noKind.Entries[0].Kind = 0
	unencodable := sampleDrift(scopeProd, 0, 0, t0)
	unencodable.Entries[3].Changes = []store.Change{{Path: resource.Path{"x"}, After: struct{}{}}}
	for name, run := range map[string]store.DriftRun{
		"no scope":              {Entries: sampleDrift(scopeProd, 0, 0, t0).Entries},
		"entry without verdict": unjudged,
		"entry without kind":    noKind,
		"unencodable change":    unencodable,
		"missing baseline":      sampleDrift(scopeProd, 424242, 0, t0),
		"missing scan":          sampleDrift(scopeProd, 0, 424242, t0),
	} {
		if _, err := st.SaveDrift(ctx, run); err == nil {
			t.Errorf("%s: SaveDrift accepted it", name)
		}
	}
	if runs, err := st.DriftRuns(ctx, store.DriftFilter{}); err != nil || len(runs) != 0 {
		t.Errorf("failed SaveDrift calls left %d runs, %v", len(runs), err)
	}
}

func (s *suite) enforcement(t *testing.T) {
	st := s.open(t)
	e, err := st.Enforcement(ctx, scopeProd)
	if err != nil {
		t.Fatal(err)
	}
	if e != (store.Enforcement{}) || e.Mode != store.EnforceOff {
		t.Errorf("a scope never set = %+v, want off", e)
	}
	before := store.Now()
	if err := st.SetEnforcement(ctx, scopeProd, store.Enforcement{Mode: store.EnforceRisky, By: "alice", Reason: "go live"}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetEnforcement(ctx, scopeProd, store.Enforcement{Mode: store.EnforceRisky, Paused: true, By: "deploy-bot", Reason: "release 2.0"}); err != nil {
		t.Fatal(err)
	}
	e, err = st.Enforcement(ctx, scopeProd)
	if err != nil {
		t.Fatal(err)
	}
	if e.Mode != store.EnforceRisky || !e.Paused || e.By != "deploy-bot" || e.Reason != "release 2.0" || e.Updated.Before(before) {
		t.Errorf("Enforcement = %+v", e)
	}
	if other, _ := st.Enforcement(ctx, scopeStage); other.Mode != store.EnforceOff {
		t.Errorf("setting one scope changed another: %+v", other)
	}
	for name, bad := range map[string]store.Enforcement{
		"bad mode": {Mode: 7, By: "alice"},
		"nobody":   {Mode: store.EnforceAll},
	} {
		if err := st.SetEnforcement(ctx, scopeProd, bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := st.SetEnforcement(ctx, store.Scope{}, store.Enforcement{By: "alice"}); err == nil {
		t.Error("enforcement of no scope was accepted")
	}

	// Each change is in the audit log, with before and after.
	log, err := st.Audit(ctx, store.AuditFilter{Scope: scopeProd, Action: store.ActionEnforcementSet})
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 {
		t.Fatalf("audit has %d enforcement entries, want 2: %+v", len(log), log)
	}
	if log[0].Actor != "deploy-bot" || log[0].Reason != "release 2.0" ||
		string(log[0].Before) != `{"mode":"risky","paused":false}` || string(log[0].After) != `{"mode":"risky","paused":true}` {
		t.Errorf("newest entry = %+v (before %s, after %s)", log[0], log[0].Before, log[0].After)
	}
	if log[1].Actor != "alice" || string(log[1].Before) != `{"mode":"off","paused":false}` {
		t.Errorf("oldest entry = %+v (before %s)", log[1], log[1].Before)
	}
	if all, _ := st.Audit(ctx, store.AuditFilter{}); len(all) != 2 {
		t.Errorf("refused changes were audited: %d entries", len(all))
	}
}

func (s *suite) audit(t *testing.T) {
	st := s.open(t)
	entries := []store.AuditEntry{
		{At: t0, Actor: "plumb", Scope: scopeProd, Action: "drift.revert", Target: "apps/v1/Deployment payments/api",
			Before: []byte(`{"privileged": true,  "n": 1.50}`), After: []byte(`{"privileged":false}`), Reason: "risky drift K8S-POD-001"},
		{At: t0.Add(time.Minute), Actor: "alice", Scope: scopeProd, Action: "baseline.create", Target: "7"},
		{At: t0.Add(2 * time.Minute), Actor: "plumb", Scope: scopeAWS, Action: "drift.revert", Target: "sg-1", After: []byte(`null`)},
		{At: t0.Add(3 * time.Minute), Actor: "bob", Action: "token.create"},
	}
	for i := range entries {
		id, err := st.AppendAudit(ctx, entries[i])
		if err != nil {
			t.Fatal(err)
		}
		entries[i].ID, entries[i].At = id, store.Timestamp(entries[i].At)
	}
	check := func(name string, f store.AuditFilter, want ...int) {
		t.Helper()
		got, err := st.Audit(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var w []store.AuditEntry
		for _, i := range want {
			w = append(w, entries[i])
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("%s:\n%s", name, diff(got, w))
		}
	}
	check("all, newest first", store.AuditFilter{}, 3, 2, 1, 0)
	check("scope", store.AuditFilter{Scope: scopeProd}, 1, 0)
	check("actor", store.AuditFilter{Actor: "plumb"}, 2, 0)
	check("action", store.AuditFilter{Action: "drift.revert", Scope: scopeAWS}, 2)
	check("time", store.AuditFilter{Since: t0.Add(time.Minute), Until: t0.Add(3 * time.Minute)}, 2, 1)
	check("limit", store.AuditFilter{Limit: 1}, 3)

	before := store.Now()
	id, err := st.AppendAudit(ctx, store.AuditEntry{Actor: "x", Action: "y"})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := st.Audit(ctx, store.AuditFilter{Limit: 1})
	if got[0].ID != id || got[0].At.Before(before) || got[0].Before != nil || got[0].After != nil {
		t.Errorf("entry with zero time = %+v", got[0])
	}
	for name, bad := range map[string]store.AuditEntry{
		"no actor":     {Action: "a"},
		"no action":    {Actor: "a"},
		"invalid json": {Actor: "a", Action: "b", Before: []byte("{")},
	} {
		if _, err := st.AppendAudit(ctx, bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func (s *suite) reopen(t *testing.T) {
	dsn := s.newDSN(t)
	first, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	sc := NewScan(scopeProd, t0, 5, 3)
	id := save(t, first, sc)
	b, err := first.CreateBaseline(ctx, newBaseline(scopeProd, sc.Resources, "alice", ""))
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		st, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatalf("reopening a migrated store: %v", err)
		}
		got, err := st.Scan(ctx, id)
		if err != nil || !reflect.DeepEqual(got, stored(sc, id)) {
			t.Errorf("after reopening, scan %d = %v", id, err)
		}
		if a, err := st.ActiveBaseline(ctx, scopeProd); err != nil || a.ID != b.ID {
			t.Errorf("after reopening, active baseline = %v", err)
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// parallelOpen opens one new store from several goroutines at once: each must see the
// schema either not yet there (and create it) or complete, never half made.
func (s *suite) parallelOpen(t *testing.T) {
	dsn := s.newDSN(t)
	const n = 4
	stores := make([]store.Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = store.Open(ctx, dsn)
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Errorf("open %d: %v", i, errs[i])
			continue
		}
		if _, err := stores[i].SaveScan(ctx, NewScan(scopeProd, t0, 2, 1)); err != nil {
			t.Errorf("store %d: %v", i, err)
		}
		stores[i].Close()
	}
}

// diff says where two values first differ, for failure messages small enough to read.
func diff(got, want any) string {
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	if p := firstDiff(g, w, ""); p != "" {
		return p
	}
	return fmt.Sprintf("got %+v\nwant %+v", got, want)
}

func firstDiff(g, w reflect.Value, path string) string {
	if !g.IsValid() || !w.IsValid() {
		if g.IsValid() != w.IsValid() {
			return fmt.Sprintf("%s: one side is missing", path)
		}
		return ""
	}
	if g.Type() != w.Type() {
		return fmt.Sprintf("%s: type %s, want %s", path, g.Type(), w.Type())
	}
	switch g.Kind() {
	case reflect.Pointer, reflect.Interface:
		if g.IsNil() || w.IsNil() {
			if g.IsNil() != w.IsNil() {
				return fmt.Sprintf("%s: %v, want %v", path, g, w)
			}
			return ""
		}
		return firstDiff(g.Elem(), w.Elem(), path)
	case reflect.Struct:
		for i := range g.NumField() {
			if !g.Type().Field(i).IsExported() {
				continue
			}
			if d := firstDiff(g.Field(i), w.Field(i), path+"."+g.Type().Field(i).Name); d != "" {
				return d
			}
		}
		if !reflect.DeepEqual(g.Interface(), w.Interface()) {
			return fmt.Sprintf("%s: %+v, want %+v", path, g, w)
		}
		return ""
	case reflect.Slice:
		if g.IsNil() != w.IsNil() {
			return fmt.Sprintf("%s: nil %v, want nil %v", path, g.IsNil(), w.IsNil())
		}
		if g.Len() != w.Len() {
			return fmt.Sprintf("%s: length %d, want %d", path, g.Len(), w.Len())
		}
		for i := range g.Len() {
			if d := firstDiff(g.Index(i), w.Index(i), fmt.Sprintf("%s[%d]", path, i)); d != "" {
				return d
			}
		}
		return ""
	case reflect.Map:
		if g.IsNil() != w.IsNil() {
			return fmt.Sprintf("%s: nil %v, want nil %v", path, g.IsNil(), w.IsNil())
		}
		for _, k := range w.MapKeys() {
			if d := firstDiff(g.MapIndex(k), w.MapIndex(k), fmt.Sprintf("%s[%v]", path, k)); d != "" {
				return d
			}
		}
		if g.Len() != w.Len() {
			return fmt.Sprintf("%s: %d keys, want %d", path, g.Len(), w.Len())
		}
		return ""
	}
	if !reflect.DeepEqual(g.Interface(), w.Interface()) {
		return fmt.Sprintf("%s: %#v, want %#v", path, g, w)
	}
	return ""
}
