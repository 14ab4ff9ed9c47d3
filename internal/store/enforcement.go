package store

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Enforcement is a scope's enforcement setting.
type Enforcement struct {
	Mode EnforcementMode
	// Paused stops reverting without changing the mode, for a deployment window.
	Paused bool
	// Reason says why the setting was changed; By who changed it.
	Reason string
	By     string
	// Updated is set by the store; zero for a scope never set.
	Updated time.Time
}

// ActionEnforcementSet is the audit action that SetEnforcement appends.
const ActionEnforcementSet = "enforcement.set"

// Validate says what makes a setting unfit to store.
func (e Enforcement) Validate() error {
	var errs []error
	if !e.Mode.Valid() {
		errs = append(errs, fmt.Errorf("mode %s is not off, risky or all", e.Mode))
	}
	if strings.TrimSpace(e.By) == "" {
		errs = append(errs, errors.New("by is required: every change of enforcement is audited"))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("enforcement: %w", err)
	}
	return nil
}

// AuditJSON is the form in which a setting appears as before or after in the audit log.
func (e Enforcement) AuditJSON() []byte {
	return fmt.Appendf(nil, `{"mode":%q,"paused":%t}`, e.Mode.String(), e.Paused)
}
