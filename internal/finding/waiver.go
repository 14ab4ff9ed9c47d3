package finding

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Waiver is one entry of the config file's waiver list: a temporary exception with an owner
// and an end date. Findings of Rule on the resources and files it names are waived until the
// end of Expires (UTC); from the next day on they are open again, and outputs say that the
// waiver expired.
type Waiver struct {
	// Rule, Resource and File match findings as a Suppression's do.
	Rule     string `json:"rule" yaml:"rule"`
	Resource string `json:"resource,omitempty" yaml:"resource,omitempty"`
	File     string `json:"file,omitempty" yaml:"file,omitempty"`
	// Owner is who answers for the exception; required.
	Owner string `json:"owner" yaml:"owner"`
	// Reason says why; required.
	Reason string `json:"reason" yaml:"reason"`
	// Expires is the last day the waiver holds, as YYYY-MM-DD; required.
	Expires string `json:"expires" yaml:"expires"`
}

// ExpiryDate is the layout of Waiver.Expires.
const ExpiryDate = "2006-01-02"

// End is the instant the waiver stops holding: the start of the day after Expires, UTC.
func (w Waiver) End() (time.Time, error) {
	d, err := time.Parse(ExpiryDate, strings.TrimSpace(w.Expires))
	if err != nil {
		return time.Time{}, fmt.Errorf("expires %q is not a date (want YYYY-MM-DD)", w.Expires)
	}
	return d.AddDate(0, 0, 1), nil
}

// Expired reports whether the waiver no longer holds at now.
func (w Waiver) Expired(now time.Time) bool {
	end, err := w.End()
	return err == nil && !now.Before(end)
}

// ApplyWaivers waives the open findings that a waiver in force matches: each gets status
// Waived, the waiver's reason, and Waiver. An open finding that only an expired waiver
// matches stays open, with Waiver and WaiverExpired set so outputs can say so. Findings
// already suppressed, waived or accepted are left alone. Nothing is applied when any waiver
// is invalid; the error names every invalid entry by its index.
func ApplyWaivers(findings []*Finding, waivers []Waiver, now time.Time) error {
	if err := validateWaivers(waivers); err != nil {
		return err
	}
	for _, f := range findings {
		if f.Status != Open || f.Rule == nil {
			continue
		}
		var expired *Waiver
		for i := range waivers {
			w := &waivers[i]
			if !w.suppression().matches(f) {
				continue
			}
			if w.Expired(now) {
				if expired == nil {
					expired = w
				}
				continue
			}
			f.Status = Waived
			f.Reason = strings.TrimSpace(w.Reason)
			f.InSource = false
			f.Waiver, f.WaiverExpired = w, false
			expired = nil
			break
		}
		if expired != nil {
			f.Waiver, f.WaiverExpired = expired, true
		}
	}
	return nil
}

func (w Waiver) suppression() Suppression {
	return Suppression{Rule: w.Rule, Resource: w.Resource, File: w.File, Reason: w.Reason}
}

func validateWaivers(ws []Waiver) error {
	var errs []error
	for i, w := range ws {
		problems := w.suppression().problems()
		if strings.TrimSpace(w.Owner) == "" {
			problems = append(problems, "owner is required: say who answers for the exception")
		}
		if strings.TrimSpace(w.Expires) == "" {
			problems = append(problems, "expires is required (YYYY-MM-DD): a waiver without an end is a suppression")
		} else if _, err := w.End(); err != nil {
			problems = append(problems, err.Error())
		}
		for _, p := range problems {
			errs = append(errs, fmt.Errorf("waivers[%d]: %s", i, p))
		}
	}
	return errors.Join(errs...)
}
