package finding

import "github.com/plumbsec/plumb/internal/resource"

// Breach marks a finding whose resource lies on a path from the internet to a crown jewel
// (a data store, a secret, an administrator identity). Such a finding is ranked first and its
// severity is raised one level; the rule's own severity stays in Rule.Severity.
type Breach struct {
	// Severity is the raised severity, which Finding.Severity reports.
	Severity Severity `json:"severity"`
	// Path is the shortest breach path through the resource, from the first resource the
	// internet reaches to the crown jewel.
	Path []Hop `json:"path"`
	// Jewel says what the last hop is: "data store", "secret", "administrator access".
	Jewel string `json:"crown_jewel"`
}

// Hop is one resource of a breach path and how the previous one reaches it.
type Hop struct {
	// Edge is how this hop is reached: for the first, why the internet reaches it
	// ("internet-facing, 0.0.0.0/0 ingress on port 443"); then the kind of link ("target",
	// "instance profile") or the action granted ("s3:GetObject").
	Edge string `json:"edge"`
	// Via lists the keys of the resources the link passes through (the security group, the
	// target group, the policy and its attachment).
	Via      []string          `json:"via,omitempty"`
	Key      string            `json:"resource"`
	Type     string            `json:"type,omitempty"`
	Location resource.Location `json:"location"`
}

// Raise returns the severity one level above s; Critical stays Critical.
func Raise(s Severity) Severity {
	if s >= Critical {
		return Critical
	}
	return s + 1
}
