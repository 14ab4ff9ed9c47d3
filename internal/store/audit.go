package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// AuditEntry is one line of the audit log: who did what to what, when, and why, with the
// state before and after as JSON.
type AuditEntry struct {
	// ID is set by the store.
	ID int64
	// At is when it happened; the store sets it when zero.
	At    time.Time
	Actor string
	// Scope is the scope acted on; zero for actions that concern none.
	Scope Scope
	// Action names what was done, as noun.verb ("enforcement.set", "drift.revert").
	Action string
	// Target names what was acted on within the scope, such as a resource key.
	Target        string
	Before, After json.RawMessage
	Reason        string
}

// Validate says what makes an entry unfit to store.
func (e AuditEntry) Validate() error {
	var errs []error
	if strings.TrimSpace(e.Actor) == "" {
		errs = append(errs, errors.New("actor is required"))
	}
	if strings.TrimSpace(e.Action) == "" {
		errs = append(errs, errors.New("action is required"))
	}
	if e.Before != nil && !json.Valid(e.Before) {
		errs = append(errs, errors.New("before is not valid JSON"))
	}
	if e.After != nil && !json.Valid(e.After) {
		errs = append(errs, errors.New("after is not valid JSON"))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("audit entry: %w", err)
	}
	return nil
}

// AuditFilter selects audit entries; zero fields select everything.
type AuditFilter struct {
	Scope  Scope
	Actor  string
	Action string
	// Since and Until bound the time: Since <= at < Until.
	Since, Until time.Time
	Limit        int
}
