package aws

import (
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/plumbsec/plumb/internal/resource"
)

// failure says why a call did not answer: the caller is not allowed, the endpoint does not
// implement it, or anything else (a network error, a server fault that outlasted retries).
type failure int

const (
	failOther failure = iota
	failDenied
	failUnsupported
)

func (f failure) String() string {
	switch f {
	case failDenied:
		return "access denied"
	case failUnsupported:
		return "not supported by the endpoint"
	}
	return "failed"
}

// deniedCodes are the error codes services use for a caller without permission.
var deniedCodes = map[string]bool{
	"AccessDenied": true, "AccessDeniedException": true, "UnauthorizedOperation": true,
	"AuthorizationError": true, "Forbidden": true, "AllAccessDisabled": true,
	"UnauthorizedAccess": true, "AccessDeniedFault": true,
}

// unsupportedCodes are the codes of an operation the endpoint does not implement (an
// emulator) or the account cannot use (a service not enabled in an opt-in region).
var unsupportedCodes = map[string]bool{
	"NotImplemented": true, "InvalidAction": true, "UnknownOperationException": true,
	"UnsupportedOperation": true, "OptInRequired": true, "SubscriptionRequiredException": true,
}

func classify(err error) failure {
	var ae smithy.APIError
	if errors.As(err, &ae) {
		switch code := ae.ErrorCode(); {
		case deniedCodes[code]:
			return failDenied
		case unsupportedCodes[code]:
			return failUnsupported
		}
	}
	var re *smithyhttp.ResponseError
	if errors.As(err, &re) {
		switch re.HTTPStatusCode() {
		case http.StatusForbidden:
			return failDenied
		case http.StatusNotImplemented:
			return failUnsupported
		}
	}
	if strings.Contains(err.Error(), "has not been implemented") { // moto's words for a missing action
		return failUnsupported
	}
	return failOther
}

// errorCode returns the service's error code, "" when the error is not from the service.
func errorCode(err error) string {
	var ae smithy.APIError
	if errors.As(err, &ae) {
		return ae.ErrorCode()
	}
	return ""
}

// hasCode reports whether err carries one of codes: the way a service says "not configured"
// (NoSuchBucketPolicy, NoSuchEntity) rather than failing.
func hasCode(err error, codes ...string) bool {
	c := errorCode(err)
	for _, x := range codes {
		if c == x {
			return true
		}
	}
	return false
}

// operation names the call that failed, "s3:GetBucketPolicy", from the SDK's error.
func operation(err error) string {
	var oe *smithy.OperationError
	if errors.As(err, &oe) {
		return strings.ToLower(strings.ReplaceAll(oe.ServiceID, " ", "")) + ":" + oe.OperationName
	}
	return ""
}

// serviceFailed records that a whole service could not be listed in j's scope: its types
// are partial, and a diagnostic says why — a warning when the caller is denied or the
// endpoint lacks the service, since the rest of the scan is sound; an error otherwise.
func (j *job) serviceFailed(s service, err error) {
	kind := classify(err)
	c := j.c
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, t := range s.types {
		c.partial[t] = true
	}
	c.diags = append(c.diags, resource.Diagnostic{
		Error:   kind == failOther,
		File:    j.scope.String(),
		Summary: fmt.Sprintf("%s not collected: %s", s.name, kind),
		Detail:  fmt.Sprintf("%v; the scan goes on without %s", err, strings.Join(s.types, ", ")),
	})
}

// incomplete records that some resources of typ may be missing from j's scope (a listing
// below the service level failed, such as one user's access keys).
func (j *job) incomplete(typ string, err error) {
	j.c.mu.Lock()
	j.c.partial[typ] = true
	j.c.mu.Unlock()
	j.countDenied(err, "some "+typ+" may be missing")
}

// unknown marks the value at path of r Unknown because the call that reads it failed. Rules
// that need the value then do not fire; the failure is counted for one diagnostic per
// operation.
func (j *job) unknown(r *resource.Resource, path resource.Path, err error) {
	setAt(r.Attributes, path, resource.Unknown{})
	r.Unknowns = append(r.Unknowns, path)
	j.countDenied(err, path.String()+" is unknown")
}

// deniedKey groups failures of one operation in one scope into one diagnostic.
type deniedKey struct {
	scope, op, effect string
	kind              failure
}

type deniedCount struct {
	n      int
	sample error
}

func (j *job) countDenied(err error, effect string) {
	k := deniedKey{scope: j.scope.String(), op: operation(err), effect: effect, kind: classify(err)}
	j.c.mu.Lock()
	defer j.c.mu.Unlock()
	d := j.c.denied[k]
	if d == nil {
		d = &deniedCount{sample: err}
		j.c.denied[k] = d
	}
	d.n++
}

// deniedDiagnostics turns the counted failures into diagnostics; the caller holds c.mu.
func (c *collector) deniedDiagnostics() resource.Diagnostics {
	keys := make([]deniedKey, 0, len(c.denied))
	for k := range c.denied {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, k int) bool {
		a, b := keys[i], keys[k]
		if a.scope != b.scope {
			return a.scope < b.scope
		}
		if a.op != b.op {
			return a.op < b.op
		}
		return a.effect < b.effect
	})
	var out resource.Diagnostics
	for _, k := range keys {
		d := c.denied[k]
		op := k.op
		if op == "" {
			op = "a call"
		}
		out = append(out, resource.Diagnostic{
			Error:   k.kind == failOther,
			File:    k.scope,
			Summary: fmt.Sprintf("%s %s for %d %s: %s", op, k.kind, d.n, plural(d.n, "resource", "resources"), k.effect),
			Detail:  d.sample.Error(),
		})
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// setAt stores v at path in attrs, making the maps on the way; list segments must exist.
func setAt(attrs map[string]any, path resource.Path, v any) {
	var cur any = attrs
	for i, seg := range path {
		last := i == len(path)-1
		switch c := cur.(type) {
		case map[string]any:
			k, _ := seg.(string)
			if last {
				c[k] = v
				return
			}
			next, ok := c[k]
			if !ok {
				next = map[string]any{}
				c[k] = next
			}
			cur = next
		case []any:
			n, _ := seg.(int)
			if n < 0 || n >= len(c) {
				return
			}
			if last {
				c[n] = v
				return
			}
			cur = c[n]
		default:
			return
		}
	}
}
