package store

import (
	"errors"
	"fmt"
	"time"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// Scan is one complete scan: what was read and what the rules said of it.
type Scan struct {
	// ID is set by the store.
	ID int64
	// Scope is the live scope scanned; zero for a scan of IaC files.
	Scope Scope
	// Source says what was scanned: the directory for IaC, the collector for live state
	// ("live-kubernetes", "live-aws").
	Source            string
	Started, Finished time.Time
	Resources         []*resource.Resource
	Findings          []*finding.Finding
	Skipped           []finding.Skip
	Diagnostics       resource.Diagnostics
}

// ScanSummary is a scan without its body: what Scans lists.
type ScanSummary struct {
	ID                int64
	Scope             Scope
	Source            string
	Started, Finished time.Time
	ResourceCount     int
	FindingCount      int
	// Open counts the open findings at each severity (severities with none are absent).
	Open map[finding.Severity]int
}

// Summary returns the scan's summary.
func (s *Scan) Summary() ScanSummary {
	open := map[finding.Severity]int{}
	for _, f := range s.Findings {
		if f != nil && f.Rule != nil && f.Status == finding.Open {
			open[f.Rule.Severity]++
		}
	}
	return ScanSummary{
		ID: s.ID, Scope: s.Scope, Source: s.Source, Started: s.Started, Finished: s.Finished,
		ResourceCount: len(s.Resources), FindingCount: len(s.Findings), Open: open,
	}
}

// Validate says what makes a scan unfit to store. It checks only what is cheap; values
// that cannot be encoded are found while the scan is written, and abort the transaction.
func (s *Scan) Validate() error {
	var errs []error
	if s.Started.IsZero() || s.Finished.IsZero() {
		errs = append(errs, errors.New("a scan is stored once complete: started and finished are required"))
	} else if s.Finished.Before(s.Started) {
		errs = append(errs, fmt.Errorf("finished %s is before started %s", s.Finished, s.Started))
	}
	for i, r := range s.Resources {
		if r == nil {
			errs = append(errs, fmt.Errorf("resources[%d] is nil", i))
		}
	}
	for i, f := range s.Findings {
		if f == nil || f.Rule == nil {
			errs = append(errs, fmt.Errorf("findings[%d] has no rule", i))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	return nil
}

// ScanFilter selects scans; zero fields select everything.
type ScanFilter struct {
	Scope  Scope
	Source string
	// Since and Until bound the start time: Since <= started < Until.
	Since, Until time.Time
	Limit        int
}
