package store

import (
	"errors"
	"strings"
	"time"

	"github.com/plumbsec/plumb/internal/resource"
)

// BaselineSummary is a baseline without its snapshot: what Baselines lists.
type BaselineSummary struct {
	ID    int64
	Scope Scope
	// Created is when the baseline was stored, which is when it was approved.
	Created    time.Time
	ApprovedBy string
	Note       string
	// Supersedes is the id of the baseline that was active when this one was created, 0 for
	// the scope's first. Following it walks the scope's history.
	Supersedes    int64
	ResourceCount int
	// Partial lists, sorted, the types the snapshot could not read in full (a kind the
	// credentials may not list, a service that refused); empty for a complete baseline.
	// Drift never reports a live resource of such a type as added.
	Partial []string
}

// Baseline is an approved, complete snapshot of a scope.
type Baseline struct {
	BaselineSummary
	Resources []*resource.Resource
}

// Validate says what makes a new baseline unfit to store.
func (b *Baseline) Validate() error {
	if b.Scope.IsZero() {
		return errors.New("baseline: scope is required")
	}
	if strings.TrimSpace(b.ApprovedBy) == "" {
		return errors.New("baseline: approved by is required")
	}
	return nil
}
